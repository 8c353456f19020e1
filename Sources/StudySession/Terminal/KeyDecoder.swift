/// Turns the bytes a terminal sends into keys: UTF-8 characters, control keys and the escape sequences of
/// xterm-like terminals (arrows, Home/End, Delete, Page Up/Down in both their CSI and SS3 spellings).
///
/// Bytes may arrive split anywhere; whatever is incomplete waits for the next `feed`. A lone Escape cannot
/// be told from the start of a sequence until the input pauses, so the live terminal calls `flush()` when
/// no more bytes come within a few milliseconds.
public struct KeyDecoder: Sendable {
    private var pending: [UInt8] = []

    public init() {}

    /// True when bytes are held back waiting for the rest of a sequence or character.
    public var hasPending: Bool { !pending.isEmpty }

    /// Decodes as many whole keys as the bytes so far allow.
    public mutating func feed<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> [Key] {
        pending.append(contentsOf: bytes)
        var keys: [Key] = []
        var index = 0
        while index < pending.count {
            guard let (key, used) = Self.decode(pending, at: index, final: false) else { break }
            if let key { keys.append(key) }
            index += used
        }
        pending.removeFirst(index)
        return keys
    }

    /// The input paused: whatever is pending is taken as it stands (a lone Escape is the Escape key).
    public mutating func flush() -> [Key] {
        var keys: [Key] = []
        var index = 0
        while index < pending.count {
            guard let (key, used) = Self.decode(pending, at: index, final: true) else { break }
            if let key { keys.append(key) }
            index += used
        }
        pending.removeAll()
        return keys
    }

    /// One key from `bytes[start...]` and how many bytes it took; `nil` when more bytes are needed
    /// (never when `final`); a `nil` key for bytes that are consumed but mean nothing here.
    static func decode(_ bytes: [UInt8], at start: Int, final: Bool) -> (Key?, Int)? {
        let byte = bytes[start]
        switch byte {
        case 0x1B:
            return decodeEscape(bytes, at: start, final: final)
        case 0x0D, 0x0A:
            return (.enter, 1)
        case 0x09:
            return (.tab, 1)
        case 0x7F, 0x08:
            return (.backspace, 1)
        case 0x00:
            return (nil, 1)
        case 0x01...0x1A:
            return (.control(Character(Unicode.Scalar(byte + 0x60))), 1)
        case 0x1C...0x1F:
            return (nil, 1)
        default:
            return decodeCharacter(bytes, at: start, final: final)
        }
    }

    private static func decodeCharacter(_ bytes: [UInt8], at start: Int, final: Bool) -> (Key?, Int)? {
        let byte = bytes[start]
        let length: Int
        switch byte {
        case 0x00..<0x80: length = 1
        case 0xC2..<0xE0: length = 2
        case 0xE0..<0xF0: length = 3
        case 0xF0..<0xF5: length = 4
        default: return (.character("\u{FFFD}"), 1)  // a stray continuation byte or an impossible lead byte
        }
        let available = bytes.count - start
        var used = 1
        while used < min(length, available), bytes[start + used] & 0xC0 == 0x80 {
            used += 1
        }
        if used < length {
            if used == available && !final { return nil }  // the rest is still on its way
            return (.character("\u{FFFD}"), used)
        }
        var decoder = UTF8()
        var iterator = bytes[start..<(start + length)].makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else {
            return (.character("\u{FFFD}"), length)
        }
        return (.character(Character(scalar)), length)
    }

    private static func decodeEscape(_ bytes: [UInt8], at start: Int, final: Bool) -> (Key?, Int)? {
        let available = bytes.count - start
        guard available >= 2 else { return final ? (.escape, 1) : nil }
        let next = bytes[start + 1]
        switch next {
        case UInt8(ascii: "["):
            // CSI: parameter and intermediate bytes 0x20–0x3F, then one final byte 0x40–0x7E.
            var index = start + 2
            while index < bytes.count, (0x20...0x3F).contains(bytes[index]) {
                index += 1
            }
            guard index < bytes.count else { return final ? (.escape, 1) : nil }
            let finalByte = bytes[index]
            let parameters = String(decoding: bytes[(start + 2)..<index], as: UTF8.self)
            return (csiKey(parameters: parameters, final: finalByte), index - start + 1)
        case UInt8(ascii: "O"):
            guard available >= 3 else { return final ? (.meta("O"), 2) : nil }
            return (ss3Key(bytes[start + 2]), 3)
        case 0x1B:
            return (.escape, 1)
        default:
            guard let (key, used) = decode(bytes, at: start + 1, final: final) else { return nil }
            if case .character(let character) = key {
                return (.meta(character), used + 1)
            }
            return (key, used + 1)
        }
    }

    private static func csiKey(parameters: String, final: UInt8) -> Key? {
        let first = parameters.split(separator: ";").first.map(String.init) ?? ""
        switch final {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return .right
        case UInt8(ascii: "D"): return .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "Z"): return nil  // Shift-Tab
        case UInt8(ascii: "~"):
            switch first {
            case "1", "7": return .home
            case "4", "8": return .end
            case "3": return .delete
            case "5": return .pageUp
            case "6": return .pageDown
            default: return nil
            }
        default:
            return nil
        }
    }

    private static func ss3Key(_ byte: UInt8) -> Key? {
        switch byte {
        case UInt8(ascii: "A"): .up
        case UInt8(ascii: "B"): .down
        case UInt8(ascii: "C"): .right
        case UInt8(ascii: "D"): .left
        case UInt8(ascii: "H"): .home
        case UInt8(ascii: "F"): .end
        case UInt8(ascii: "M"): .enter
        default: nil
        }
    }
}
