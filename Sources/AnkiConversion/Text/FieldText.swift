import Foundation

/// An Anki field's HTML as plain text: tags dropped, line breaks kept, entities decoded, media taken out and
/// listed.
///
/// Anki fields are fragments written by its editor (`<b>`, `<div>`, `<br>`, `&nbsp;`, `<img src>`,
/// `[sound:…]`), not whole documents, so a small converter suffices; it keeps its own rules because no HTML
/// library is among Recall's dependencies and Foundation's HTML import does not exist on Linux.
public struct FieldText: Sendable, Hashable {
    /// The text: one space between words, `\n` between blocks, no control characters.
    public var text: String
    /// Images named by `<img src="…">`.
    public var images: [String] = []
    /// Sounds and videos named by `[sound:…]`, `<audio>` or `<video>`.
    public var sounds: [String] = []

    public init(html: String) {
        var converter = Converter()
        converter.run(html)
        text = converter.finish()
        images = converter.images
        sounds = converter.sounds
    }

    /// Tags that start a new line.
    static let blocks: Set<String> = [
        "br", "div", "p", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "pre", "hr", "dt", "dd", "section", "article", "header", "footer",
    ]
    /// Tags whose content is not text to read.
    static let hidden: Set<String> = ["script", "style", "head", "title", "template"]

    struct Converter {
        var output = ""
        var pendingSpace = false
        var pendingBreak = false
        var hiddenDepth = 0
        var images: [String] = []
        var sounds: [String] = []

        mutating func run(_ html: String) {
            var rest = Substring(html)
            while let index = rest.firstIndex(where: { $0 == "<" || $0 == "&" || $0 == "[" }) {
                text(rest[..<index])
                rest = rest[index...]
                switch rest.first {
                case "<":
                    guard let close = rest.firstIndex(of: ">") else {
                        text(rest)
                        return
                    }
                    tag(rest[rest.index(after: rest.startIndex)..<close])
                    rest = rest[rest.index(after: close)...]
                case "&":
                    let (decoded, length) = HTMLEntities.decode(rest)
                    if let decoded {
                        text(Substring(decoded))
                        rest = rest.dropFirst(length)
                    } else {
                        text("&")
                        rest = rest.dropFirst()
                    }
                default:
                    if rest.hasPrefix("[sound:"), let close = rest.firstIndex(of: "]") {
                        if hiddenDepth == 0 { sounds.append(String(rest[rest.index(rest.startIndex, offsetBy: 7)..<close])) }
                        rest = rest[rest.index(after: close)...]
                    } else {
                        text("[")
                        rest = rest.dropFirst()
                    }
                }
            }
            text(rest)
        }

        mutating func tag(_ body: Substring) {
            if body.hasPrefix("!") || body.hasPrefix("?") { return }
            let closing = body.hasPrefix("/")
            let inner = closing ? body.dropFirst() : body
            let name = String(inner.prefix { $0.isLetter || $0.isNumber }).lowercased()
            if Self.hiddenTags.contains(name) {
                hiddenDepth = max(0, hiddenDepth + (closing ? -1 : (body.hasSuffix("/") ? 0 : 1)))
                return
            }
            guard hiddenDepth == 0 else { return }
            if !closing {
                switch name {
                case "img": if let src = attribute("src", in: inner) { images.append(src) }
                case "audio", "video", "source": if let src = attribute("src", in: inner) { sounds.append(src) }
                default: break
                }
            }
            if FieldText.blocks.contains(name) { pendingBreak = true }
        }

        static let hiddenTags = FieldText.hidden

        /// The value of one attribute of a tag, quoted or not.
        func attribute(_ name: String, in tag: Substring) -> String? {
            var rest = tag[...]
            while let range = rest.range(of: name, options: .caseInsensitive) {
                var after = rest[range.upperBound...].drop { $0 == " " }
                let before = rest[..<range.lowerBound].last
                rest = rest[range.upperBound...]
                guard before == nil || before == " " || before == "\t" || before == "\n", after.first == "=" else { continue }
                after = after.dropFirst().drop { $0 == " " }
                let value: Substring
                if let quote = after.first, quote == "\"" || quote == "'" {
                    value = after.dropFirst().prefix { $0 != quote }
                } else {
                    value = after.prefix { $0 != " " && $0 != ">" && $0 != "/" }
                }
                var converter = Converter()
                converter.run(String(value))
                let decoded = converter.finish()
                return decoded.isEmpty ? nil : decoded
            }
            return nil
        }

        mutating func text(_ piece: Substring) {
            guard hiddenDepth == 0 else { return }
            for scalar in piece.unicodeScalars {
                let isSpace =
                    scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{A0}"
                    || scalar == "\u{0C}"
                if isSpace {
                    pendingSpace = true
                    continue
                }
                // Control and format characters other than the joiners that scripts need.
                if scalar.properties.generalCategory == .control { continue }
                if scalar.properties.generalCategory == .format, scalar != "\u{200D}", scalar != "\u{200C}" { continue }
                if pendingBreak {
                    if !output.isEmpty { output.append("\n") }
                    pendingBreak = false
                    pendingSpace = false
                } else if pendingSpace {
                    if !output.isEmpty { output.append(" ") }
                    pendingSpace = false
                }
                output.unicodeScalars.append(scalar)
            }
        }

        mutating func finish() -> String {
            output
        }
    }
}
