/// The lines of one CoNLL-U sentence: its comments and its word lines, as byte ranges into the file.
struct CoNLLUBlock {
    /// What a word line's ID says it is.
    enum LineID: Equatable {
        /// A syntactic word (`5`).
        case word(Int)
        /// A multiword token spanning words `first` to `last` (`3-4`).
        case range(first: Int, last: Int)
        /// An empty node of the enhanced graph (`8.1`).
        case emptyNode
    }

    /// A comment line: its number and the bytes after `#`.
    struct Comment {
        var line: Int
        var content: Range<Int>
    }

    /// A word line: its number, where it starts, its ID, and the index of its first field in ``fields``.
    struct Row {
        var line: Int
        var lineStart: Int
        var id: LineID
        var firstField: Int
    }

    /// The number of tab-separated columns of a word line.
    static let columnCount = 10

    private(set) var comments: [Comment] = []
    private(set) var rows: [Row] = []
    /// Ten byte ranges per row.
    private(set) var fields: [Range<Int>] = []

    var isEmpty: Bool { comments.isEmpty && rows.isEmpty }

    mutating func removeAll() {
        comments.removeAll(keepingCapacity: true)
        rows.removeAll(keepingCapacity: true)
        fields.removeAll(keepingCapacity: true)
    }

    mutating func addComment(line: Int, content: Range<Int>) {
        comments.append(Comment(line: line, content: content))
    }

    /// Adds a word line.
    /// - Throws: ``FormatError`` for a wrong number of columns or an ID that is not `N`, `N-M` or `N.M`.
    mutating func addRow(line: Int, range: Range<Int>, of source: CoNLLSource) throws(FormatError) {
        let first = fields.count
        source.bytes.withUnsafeBufferPointer { bytes in
            var start = range.lowerBound
            for index in range where bytes[index] == 0x09 {
                fields.append(start..<index)
                start = index + 1
            }
            fields.append(start..<range.upperBound)
        }
        let count = fields.count - first
        guard count == Self.columnCount else {
            fields.removeSubrange(first...)
            throw FormatError(
                path: source.path, line: line, message: "the line has \(count) tab-separated columns, expected \(Self.columnCount)")
        }
        guard let id = Self.parseID(source.bytes[fields[first]]) else {
            throw FormatError(
                path: source.path, line: line, column: 1,
                message: "invalid ID \"\(source.string(fields[first]))\" (expected a word number N, a range N-M or an empty node N.M)")
        }
        rows.append(Row(line: line, lineStart: range.lowerBound, id: id, firstField: first))
    }

    /// The byte range of column `column` (0-based: 0 ID, 1 FORM, … 9 MISC) of a row.
    func field(_ column: Int, of row: Row) -> Range<Int> { fields[row.firstField + column] }

    private static func parseID(_ bytes: ArraySlice<UInt8>) -> LineID? {
        var numbers: [Int] = [0]
        var separator: UInt8?
        for byte in bytes {
            switch byte {
            case 0x30...0x39:
                guard numbers[numbers.count - 1] < 1_000_000 else { return nil }
                numbers[numbers.count - 1] = numbers[numbers.count - 1] * 10 + Int(byte - 0x30)
            case 0x2D, 0x2E:
                guard separator == nil else { return nil }  // one '-' or '.' at most: "1-2-3" is no ID
                separator = byte
                numbers.append(0)
            default:
                return nil
            }
        }
        guard !bytes.isEmpty, bytes.first != separator, bytes.last != separator else { return nil }
        switch separator {
        case nil: return numbers[0] > 0 ? .word(numbers[0]) : nil
        case 0x2D: return numbers[0] > 0 && numbers[1] > numbers[0] ? .range(first: numbers[0], last: numbers[1]) : nil
        default: return numbers[1] > 0 ? .emptyNode : nil
        }
    }
}
