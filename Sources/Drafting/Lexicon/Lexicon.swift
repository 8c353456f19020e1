/// The word lists drafting reads an article with: month names, number words, titles, first names, places,
/// the heads of named things, the verbs of speech. Every list is committed here, in the source, so that a
/// draft is the same on every machine and nothing is downloaded.
///
/// Lists are written as space-separated words (multi-word entries joined with `_`) and matched lowercased.
enum Lexicon {
    /// A set of lowercased entries from a space-separated list; `_` stands for a space inside an entry.
    static func words(_ list: String) -> Set<String> {
        Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { $0.replacingOccurrences(of: "_", with: " ").lowercased() })
    }
}
