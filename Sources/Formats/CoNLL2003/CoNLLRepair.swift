/// Something a lenient CoNLL reader repaired (a tag that broke its scheme, a `# text` that disagrees with
/// the tokens), with where it stands.
public struct CoNLLRepair: Hashable, Sendable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in Unicode scalars, when known.
    public var column: Int?
    /// What was wrong and how it was read (`I-PER after O: an iob2 entity starts with B-PER; read as B-PER`).
    public var message: String

    /// Creates a repair note.
    public init(path: String, line: Int, column: Int?, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// A note for a tag violation: its description, and the tag it was read as when that differs.
    init(path: String, line: Int, column: Int, violation: TagViolation) {
        let reading = violation.isRepair ? "; read as \(violation.readAs)" : ""
        self.init(path: path, line: line, column: column, message: "\(violation)\(reading)")
    }

    /// `path:line:col: warning: message`.
    public var description: String {
        "\(path):\(line)\(column.map { ":\($0)" } ?? ""): warning: \(message)"
    }
}
