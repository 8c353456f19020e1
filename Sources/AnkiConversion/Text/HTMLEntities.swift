import Foundation

/// HTML character references: numeric ones and the named ones Anki's editor and common decks use.
enum HTMLEntities {
    /// The character a reference at the start of `text` stands for, and how many characters it takes;
    /// nil when `text` does not start with a reference Recall knows.
    static func decode(_ text: Substring) -> (String?, Int) {
        guard text.first == "&" else { return (nil, 0) }
        let body = text.dropFirst().prefix(33)
        guard let semicolon = body.firstIndex(of: ";") else { return (nil, 0) }
        let name = body[..<semicolon]
        let length = name.count + 2
        if name.first == "#" {
            let digits = name.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            guard let value, value != 0 else { return (nil, 0) }
            // Out-of-range and surrogate code points become the replacement character, as browsers show them.
            return (String(Character(Unicode.Scalar(value) ?? "\u{FFFD}")), length)
        }
        guard let character = named[String(name)] else { return (nil, 0) }
        return (character, length)
    }

    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ensp": "\u{2002}",
        "emsp": "\u{2003}", "thinsp": "\u{2009}", "shy": "\u{AD}", "zwnj": "\u{200C}", "zwj": "\u{200D}",
        "ndash": "–", "mdash": "—", "hellip": "…", "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“",
        "rdquo": "”", "bdquo": "„", "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›", "bull": "•",
        "middot": "·", "prime": "′", "Prime": "″", "dagger": "†", "Dagger": "‡", "permil": "‰", "sect": "§",
        "para": "¶", "copy": "©", "reg": "®", "trade": "™", "deg": "°", "plusmn": "±", "times": "×",
        "divide": "÷", "minus": "−", "frac12": "½", "frac14": "¼", "frac34": "¾", "sup1": "¹", "sup2": "²",
        "sup3": "³", "micro": "µ", "cent": "¢", "pound": "£", "euro": "€", "yen": "¥", "curren": "¤",
        "iexcl": "¡", "iquest": "¿", "ordf": "ª", "ordm": "º", "not": "¬", "macr": "¯", "acute": "´",
        "cedil": "¸", "uml": "¨", "brvbar": "¦", "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓",
        "harr": "↔", "lArr": "⇐", "rArr": "⇒", "hArr": "⇔", "le": "≤", "ge": "≥", "ne": "≠", "asymp": "≈",
        "equiv": "≡", "infin": "∞", "sum": "∑", "prod": "∏", "radic": "√", "part": "∂", "int": "∫",
        "isin": "∈", "notin": "∉", "cap": "∩", "cup": "∪", "sub": "⊂", "sup": "⊃", "and": "∧", "or": "∨",
        "forall": "∀", "exist": "∃", "empty": "∅", "nabla": "∇", "prop": "∝", "ang": "∠", "there4": "∴",
        "AElig": "Æ", "aelig": "æ", "OElig": "Œ", "oelig": "œ", "szlig": "ß", "ETH": "Ð", "eth": "ð",
        "THORN": "Þ", "thorn": "þ", "Oslash": "Ø", "oslash": "ø", "Aring": "Å", "aring": "å", "Ccedil": "Ç",
        "ccedil": "ç", "Ntilde": "Ñ", "ntilde": "ñ", "Scaron": "Š", "scaron": "š", "Yuml": "Ÿ", "yuml": "ÿ",
        "fnof": "ƒ", "circ": "ˆ", "tilde": "˜",
        "Alpha": "Α", "Beta": "Β", "Gamma": "Γ", "Delta": "Δ", "Epsilon": "Ε", "Zeta": "Ζ", "Eta": "Η",
        "Theta": "Θ", "Iota": "Ι", "Kappa": "Κ", "Lambda": "Λ", "Mu": "Μ", "Nu": "Ν", "Xi": "Ξ", "Omicron": "Ο",
        "Pi": "Π", "Rho": "Ρ", "Sigma": "Σ", "Tau": "Τ", "Upsilon": "Υ", "Phi": "Φ", "Chi": "Χ", "Psi": "Ψ",
        "Omega": "Ω", "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "zeta": "ζ",
        "eta": "η", "theta": "θ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ",
        "omicron": "ο", "pi": "π", "rho": "ρ", "sigmaf": "ς", "sigma": "σ", "tau": "τ", "upsilon": "υ",
        "phi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
    ].merging(accented) { first, _ in first }

    /// The Latin-1 letters with accents: `&eacute;`, `&Uuml;`, … built from the base letter and the accent.
    static let accented: [String: String] = {
        let accents: [(String, String, String)] = [
            ("grave", "\u{300}", "AEIOUaeiou"), ("acute", "\u{301}", "AEIOUYaeiouy"), ("circ", "\u{302}", "AEIOUaeiou"),
            ("tilde", "\u{303}", "ANOano"), ("uml", "\u{308}", "AEIOUaeiouy"),
        ]
        var table: [String: String] = [:]
        for (name, mark, letters) in accents {
            for letter in letters {
                table["\(letter)\(name)"] = (String(letter) + mark).precomposedStringWithCanonicalMapping
            }
        }
        return table
    }()
}
