import Foundation
import HelperPrograms

@testable import RecallCLI

/// A small deck in Greek and Cyrillic script, and the PDF tools the print tests read PDFs back with.
enum PrintTestSupport {
    static let deckYAML = """
        id: firsts
        title: Πρώτα βήματα — Первые шаги
        subject: History
        language: en

        people:
          gagarin:
            name: Юрий Гагарин
            aliases: [Yuri Gagarin]
            role: Первый космонавт
          tereshkova:
            name: Валентина Терешкова
            aliases: [Valentina Tereshkova]
            role: Первая женщина в космосе
          korolev:
            name: Сергей Королёв
            aliases: [Sergei Korolev]
            role: Главный конструктор
          alexander:
            name: Αλέξανδρος ο Μέγας
            aliases: [Alexander the Great]
            role: Βασιλιάς της Μακεδονίας
          pericles:
            name: Περικλής
            aliases: [Pericles]
            role: Αθηναίος στρατηγός

        events:
          vostok-1:
            date: 1961-04-12
            event: Полёт «Востока-1»
            who: gagarin
          vostok-6:
            date: 1963-06-16
            event: Полёт «Востока-6»
            who: tereshkova
          sputnik:
            date: 1957-10-04
            event: Запуск «Спутника-1»
            who: korolev
          luna-2:
            date: 1959-09-14
            event: «Луна-2» достигает Луны

        figures:
          orbit:
            value: 108
            unit: минут полёта «Востока-1»

        quotes:
          poekhali:
            quote: Поехали!
            who: gagarin
            when: 1961-04-12

        terms:
          demokratia:
            term: δημοκρατία
            definition: Η εξουσία του λαού
          kosmos:
            term: космос
            definition: Вселенная за пределами атмосферы Земли
          agora:
            term: αγορά
            definition: Η κεντρική πλατεία της αρχαίας πόλης

        cards:
          alphabet:
            front: Сколько букв в русском алфавите?
            back: "33"

        """

    /// A temporary folder holding `Decks/firsts.yaml` and an empty `Progress/`.
    static func workspace() throws -> URL {
        let directory = try RecallBinary.temporaryDirectory()
        let decks = directory.appendingPathComponent("Decks")
        try FileManager.default.createDirectory(at: decks, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("Progress"), withIntermediateDirectories: true)
        try Data(deckYAML.utf8).write(to: decks.appendingPathComponent("firsts.yaml"))
        return directory
    }

    /// Runs a poppler tool (`pdftotext`, `pdfinfo`) and returns its standard output.
    static func poppler(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let result = try ChildProcess.run(process)
        guard result.status == 0 else {
            throw PopplerMissing(tool: tool)
        }
        return String(decoding: result.standardOutput, as: UTF8.self)
    }

    struct PopplerMissing: Error, CustomStringConvertible {
        var tool: String
        var description: String { "\(tool) failed or is missing: run scripts/install-system-packages.sh (poppler-utils)" }
    }

    /// Text with every run of white space as one space, and runs of underscores (blanks) as one.
    static func flattened(_ text: String) -> String {
        var out = ""
        var lastSpace = false
        var lastUnderscore = false
        for ch in text {
            if ch.isWhitespace {
                if !lastSpace { out.append(" ") }
                lastSpace = true
                continue
            }
            if ch == "_" {
                if !lastUnderscore { out.append("_") }
                lastUnderscore = true
                lastSpace = false
                continue
            }
            out.append(ch)
            lastSpace = false
            lastUnderscore = false
        }
        return out
    }
}
