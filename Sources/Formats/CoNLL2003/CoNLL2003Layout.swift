/// The columns of a CoNLL-2003 file: the token first, then token attributes, then the entity tag and,
/// for conlleval's input, a predicted tag.
///
/// CoNLL-2003 itself is `token POS chunk NER` (``standard``); `token NER` (``tokenAndTag``) is the common
/// two-column layout.
public struct CoNLL2003Layout: Hashable, Sendable, CustomStringConvertible {
    /// The token attributes written between the token and the tag, in order (`pos`, `chunk`), `_` where a
    /// token lacks one. `nil` lets the reader infer them: `pos` and `chunk` when a line has two such
    /// columns, `col1`, `col2`, … (numbered after the token) otherwise; the writer then writes `pos` and `chunk`.
    public var attributeColumns: [String]?
    /// Whether a second tag column follows the entity tag: the predicted tag, conlleval's last column.
    public var predictedTag: Bool

    /// Creates a layout.
    /// - Parameters:
    ///   - attributeColumns: The attribute columns between token and tag, or `nil` to infer them.
    ///   - predictedTag: Whether a predicted-tag column follows the tag.
    public init(attributeColumns: [String]? = nil, predictedTag: Bool = false) {
        self.attributeColumns = attributeColumns
        self.predictedTag = predictedTag
    }

    /// `token POS chunk NER`, as CoNLL-2003 is distributed.
    public static let standard = CoNLL2003Layout(attributeColumns: ["pos", "chunk"])
    /// `token NER`.
    public static let tokenAndTag = CoNLL2003Layout(attributeColumns: [])

    /// The attribute names given to inferred columns: `pos`, `chunk` for two, `col1`… otherwise.
    static func inferredAttributeColumns(count: Int) -> [String] {
        count == 2 ? ["pos", "chunk"] : (0..<count).map { "col\($0 + 1)" }
    }

    /// Parses a column list such as `token,ner`, `token,pos,chunk,ner` or `token,pos,chunk,ner,predicted`:
    /// `token` first, then attribute names, then `ner`, then optionally `predicted`.
    /// - Returns: The layout, or `nil` when the list breaks that order or names a column twice.
    public init?(columns list: String) {
        var names = list.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard names.first == "token" else { return nil }
        names.removeFirst()
        let predicted = names.last == "predicted"
        if predicted { names.removeLast() }
        guard names.last == "ner" else { return nil }
        names.removeLast()
        let reserved: Set<String> = ["token", "ner", "predicted", ""]
        guard Set(names).count == names.count, names.allSatisfy({ !reserved.contains($0) && Self.isPlainName($0) })
        else { return nil }
        self.init(attributeColumns: names, predictedTag: predicted)
    }

    /// `token,pos,chunk,ner` (with `…` for inferred attribute columns).
    public var description: String {
        (["token"] + (attributeColumns ?? ["…"]) + ["ner"] + (predictedTag ? ["predicted"] : [])).joined(separator: ",")
    }

    /// Letters, digits, `_`, `-` and `.` only: a name that cannot break a column list.
    private static func isPlainName(_ name: String) -> Bool {
        name.utf8.allSatisfy { byte in
            (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte)
                || byte == 0x5F || byte == 0x2D || byte == 0x2E
        }
    }
}
