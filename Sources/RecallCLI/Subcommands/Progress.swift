import ArgumentParser
import ProgressStore

/// `recall progress import|export`: review logs in and out of the progress file.
struct Progress: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import and export review logs.",
        discussion: """
            A review log is CSV with the header learner,card,reviewed_at,rating plus any of \
            duration_ms,source,answer,correct,id,question_form, or the JSON Lines that export writes. \
            Imported reviews are replayed through each learner's scheduler in time order.
            """,
        subcommands: [ProgressImport.self, ProgressExport.self]
    )
}

extension ReviewLogFormat: ExpressibleByArgument {}
