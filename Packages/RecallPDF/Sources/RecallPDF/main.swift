import Foundation
import Printing

// recall-pdf --output PATH [--input JOB.json]
//
// Reads a `PaperJob` (JSON, from standard input unless --input is given), lays the quiz out for its paper
// size with Pango's measurements, draws it with Cairo and writes the PDF to PATH. Prints the page count.
// `recall print --format pdf` runs this; it is a separate program so that `recall` builds without Pango.

let usage = "usage: recall-pdf --output PATH [--input JOB.json]  (the job is JSON on standard input by default)"

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("recall-pdf: \(message)\n".utf8))
    exit(1)
}

var output: String?
var input: String?
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--output", "-o": output = arguments.popFirst()
    case "--input", "-i": input = arguments.popFirst()
    case "--help", "-h":
        print(usage)
        exit(0)
    default: fail("unknown argument '\(argument)'\n\(usage)")
    }
}
guard let output else { fail("no output file given\n\(usage)") }

let data: Data
if let input {
    guard let read = FileManager.default.contents(atPath: input) else { fail("cannot read '\(input)'") }
    data = read
} else {
    data = FileHandle.standardInput.readDataToEndOfFile()
}

let job: PaperJob
do {
    job = try JSONDecoder().decode(PaperJob.self, from: data)
} catch {
    fail("the job is not a quiz job in JSON: \(error)")
}

do {
    let canvas = try PangoCanvas(path: output, paper: job.paper, title: job.quiz.title)
    let layout = PageLayout(paper: job.paper, measurer: canvas).layout(job)
    for page in layout.pages {
        canvas.draw(page)
    }
    try canvas.finish()
    print("\(layout.pages.count) page\(layout.pages.count == 1 ? "" : "s")")
} catch {
    fail(error.description)
}
