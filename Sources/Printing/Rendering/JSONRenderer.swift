import Foundation

/// A quiz as JSON: the whole manifest (questions, each version's order, options and key, the copies).
public struct JSONRenderer: Sendable {
    public init() {}

    public func render(_ quiz: Quiz) throws -> String {
        String(decoding: try quiz.manifestJSON(), as: UTF8.self) + "\n"
    }
}
