/// The comments of one CoNLL-U sentence, interpreted.
///
/// `# newdoc [id = X]` and `# newpar [id = X]` mark documents and paragraphs; `# sent_id = X` and
/// `# text = X` are kept apart; other `# key = value` comments become sentence attributes named `key`, and
/// free comments are kept, one per line, in the `comment` attribute.
struct CoNLLUComments {
    /// A `# newdoc`: its id, if given, and its line.
    var newdoc: (id: String?, line: Int)?
    /// A `# newpar`: its id, or empty.
    var newpar: String?
    /// The bytes of the `# text` value and its line.
    var text: (value: Range<Int>, line: Int)?
    /// Every other `key = value` comment (and `sent_id`), in order.
    var attributes: [(key: String, value: String)] = []
    /// Free comments.
    var free: [String] = []

    /// The columns line of a CoNLL-U Plus file that is plain CoNLL-U.
    static let standardColumns = "ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC"

    /// Checks a comment line that declares CoNLL-U Plus columns: only the ten standard columns are read.
    /// - Parameter content: The bytes after `#`.
    /// - Throws: ``FormatError`` for `# global.columns = …` naming other columns.
    static func checkColumns(_ content: Range<Int>, line: Int, source: CoNLLSource) throws(FormatError) {
        let prefix = " global.columns = ".utf8
        guard source.bytes[content].starts(with: prefix) else { return }
        let value = source.string((content.lowerBound + prefix.count)..<content.upperBound)
        if value != standardColumns {
            throw FormatError(
                path: source.path, line: line,
                message: "CoNLL-U Plus columns \"\(value)\" are not supported (expected \(standardColumns))")
        }
    }

    /// Interprets a block's comments.
    init(_ block: CoNLLUBlock, source: CoNLLSource) {
        let textPrefix = " text = ".utf8
        for comment in block.comments {
            if source.bytes[comment.content].starts(with: textPrefix) {  // every sentence has one: no strings
                text = ((comment.content.lowerBound + textPrefix.count)..<comment.content.upperBound, comment.line)
                continue
            }
            var content = Substring(source.string(comment.content))
            if content.first == " " { content.removeFirst() }
            if let marker = Marker(content, "newdoc") {
                newdoc = (marker.id, comment.line)
            } else if let marker = Marker(content, "newpar") {
                newpar = marker.id ?? ""
            } else if let equals = Self.separator(in: content) {
                let key = String(content[..<equals.lowerBound])
                let value = String(content[equals.upperBound...])
                switch key {
                case "text": text = (comment.content.upperBound - value.utf8.count..<comment.content.upperBound, comment.line)
                case "global.columns": break  // checked by ``checkColumns(_:line:source:)`` as the line is read
                default: attributes.append((key, value))
                }
            } else {
                free.append(String(content))
            }
        }
    }

    /// The first ` = ` in a comment (a byte scan: comments are read for every sentence).
    private static func separator(in content: Substring) -> Range<Substring.Index>? {
        let bytes = content.utf8
        var index = bytes.startIndex
        while index != bytes.endIndex {
            if bytes[index] == 0x3D, index != bytes.startIndex, bytes[bytes.index(before: index)] == 0x20 {
                let after = bytes.index(after: index)
                if after != bytes.endIndex, bytes[after] == 0x20 {
                    return bytes.index(before: index)..<bytes.index(after: after)
                }
            }
            index = bytes.index(after: index)
        }
        return nil
    }

    /// A `# newdoc` or `# newpar` comment, with or without `id = X`.
    private struct Marker {
        /// The id, when given.
        var id: String?

        /// Reads `word` or `word id = X` from a comment; `nil` when it is something else.
        init?(_ content: Substring, _ word: String) {
            guard content.hasPrefix(word) else { return nil }
            let rest = content.dropFirst(word.count)
            if rest.allSatisfy({ $0 == " " }) { return }
            guard let equals = rest.firstIndex(of: "="), Self.trimmed(rest[..<equals]) == "id" else { return nil }
            id = String(Self.trimmed(rest[rest.index(after: equals)...]))
        }

        private static func trimmed(_ text: Substring) -> Substring {
            guard let first = text.firstIndex(where: { $0 != " " }), let last = text.lastIndex(where: { $0 != " " }) else { return "" }
            return text[first...last]
        }
    }
}
