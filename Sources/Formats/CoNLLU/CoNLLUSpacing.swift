/// How CoNLL-U records the whitespace of the original text, shared by the reader and the writer.
///
/// - After a token (in MISC): nothing means the default gap; `SpaceAfter=No` means no gap;
///   `SpacesAfter=…` gives the gap exactly, escaped (UD v2: `\s` space, `\t` tab, `\n` line feed, `\r`
///   carriage return, `\p` `|`, `\\` backslash; U+000B, U+000C and every non-ASCII character as `\uXXXX`
///   (`\u00A0` for a no-break space), so that the value is plain ASCII: no reader splits the line at a
///   U+2028 or strips a no-break space as it would strip padding).
/// - The default gap is a space inside a sentence and between the sentences of a paragraph, a line feed
///   before a sentence that starts a paragraph (`# newpar`), and nothing at the end of a document.
/// - `SpacesBefore=…` on a document's first token gives the whitespace before it.
/// - `# text` is the sentence's text on one line: each line break (`\r\n`, `\n`, `\r`, U+000B, U+000C,
///   U+0085, U+2028, U+2029) becomes one space. The exact text comes back from the tokens and gaps.
enum CoNLLUSpacing {
    /// The gap a reader assumes after a token when MISC says nothing.
    enum DefaultGap {
        /// Inside a sentence, or before the next sentence of the same paragraph: one space.
        case space
        /// Before a sentence that starts a paragraph: one line feed.
        case lineFeed
        /// At the end of the document: nothing.
        case none

        /// Whether a gap is this default.
        func matches(_ gap: some Collection<UInt8>) -> Bool {
            switch self {
            case .space: return gap.count == 1 && gap.first == 0x20
            case .lineFeed: return gap.count == 1 && gap.first == 0x0A
            case .none: return gap.isEmpty
            }
        }

        var bytes: [UInt8] {
            switch self {
            case .space: return [0x20]
            case .lineFeed: return [0x0A]
            case .none: return []
            }
        }
    }

    /// Escapes a gap for `SpacesAfter=` / `SpacesBefore=`.
    static func escape(_ gap: some Collection<UInt8>) -> String {
        var out = ""
        for scalar in String(decoding: Array(gap), as: UTF8.self).unicodeScalars {
            switch scalar.value {
            case 0x20: out += "\\s"
            case 0x09: out += "\\t"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x7C: out += "\\p"
            case 0x5C: out += "\\\\"
            case 0x0B, 0x0C, 0x80...:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Resolves the escapes of a `SpacesAfter=` / `SpacesBefore=` value.
    /// - Returns: The gap's bytes, or `nil` for an unknown escape or a trailing backslash.
    static func unescape(_ value: some Collection<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        var bytes = value.makeIterator()
        while let byte = bytes.next() {
            guard byte == 0x5C else {
                out.append(byte)
                continue
            }
            switch bytes.next() {
            case 0x73: out.append(0x20)
            case 0x74: out.append(0x09)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x70: out.append(0x7C)
            case 0x5C: out.append(0x5C)
            case 0x75:  // \uXXXX
                var hex: [UInt8] = []
                for _ in 0..<4 { if let digit = bytes.next() { hex.append(digit) } }
                guard hex.count == 4, let value = UInt32(String(decoding: hex, as: UTF8.self), radix: 16),
                    let scalar = Unicode.Scalar(value)
                else { return nil }
                out += String(scalar).utf8
            default: return nil
            }
        }
        return out
    }

    /// A sentence's text as `# text` holds it: every line break made one space.
    static func commentText(_ bytes: some Collection<UInt8>) -> String {
        // Line breaks are 0x0A–0x0D, or start with 0xC2 (U+0085) or 0xE2 (U+2028, U+2029).
        if !bytes.contains(where: { (0x0A...0x0D).contains($0) || $0 == 0xC2 || $0 == 0xE2 }) {
            return String(decoding: Array(bytes), as: UTF8.self)
        }
        var scalars = String.UnicodeScalarView()
        var afterCarriageReturn = false
        for scalar in String(decoding: Array(bytes), as: UTF8.self).unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            switch scalar.value {
            case 0x0A where afterCarriageReturn: continue  // \r\n is one line break
            case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Whether `comment` is what `# text` holds for a sentence whose text is `sentence` (compared as bytes
    /// when the sentence has no line break, the reader's common case).
    static func isCommentText(_ comment: ArraySlice<UInt8>, of sentence: ArraySlice<UInt8>) -> Bool {
        if !sentence.contains(where: { (0x0A...0x0D).contains($0) || $0 == 0xC2 || $0 == 0xE2 }) {
            return comment.elementsEqual(sentence)
        }
        return commentText(sentence) == String(decoding: comment, as: UTF8.self)
    }

    /// Whether bytes of valid UTF-8 are all whitespace (Unicode `White_Space`).
    static func isWhitespace(_ bytes: some Collection<UInt8>) -> Bool {
        if bytes.allSatisfy({ $0 < 0x80 }) {
            return bytes.allSatisfy { $0 == 0x20 || (0x09...0x0D).contains($0) }
        }
        return String(decoding: Array(bytes), as: UTF8.self).unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }

    /// Whether a gap holds a blank line (two line breaks): the sign of a new paragraph in plain text.
    static func hasBlankLine(_ gap: some Collection<UInt8>) -> Bool {
        var breaks = 0
        var previous: UInt8 = 0
        for byte in gap {
            if byte == 0x0A, previous != 0x0D { breaks += 1 }
            if byte == 0x0D { breaks += 1 }
            previous = byte
        }
        return breaks >= 2
    }
}
