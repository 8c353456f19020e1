import Foundation
import GRDB

/// Text read back with every character it was stored with, NUL included.
///
/// GRDB reads a text column as a C string, which ends at the first NUL; an answer a learner typed or a log
/// brought in must come back as it was (`Arch\0imedes`, not `Arch`). Its bytes are read as a blob, which
/// SQLite hands over whole. Only for rows read straight from a statement (cursors and records), whose
/// columns have not been copied as C strings yet.
enum ExactText {
    static func read(_ row: Row, _ column: String) -> String? {
        guard let bytes = row[column] as Data? else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
