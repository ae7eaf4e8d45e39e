/// An error reading or writing a file format: where it happened and what is wrong.
///
/// Every reader reports the file, the 1-based line and (where it helps) the 1-based column, so that
/// the command line can print `path:line:col: error: message` as compilers do.
public struct FormatError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file (or `<stdin>`, or a document id) the error is about.
    public var path: String
    /// The 1-based line, when the error has one.
    public var line: Int?
    /// The 1-based column in Unicode scalars, when the error has one.
    public var column: Int?
    /// What is wrong, in a sentence without a trailing period (e.g. `unknown tag "B-FOO"`).
    public var message: String

    /// Creates an error.
    public init(path: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:col: error: message`, leaving out what is unknown.
    public var description: String {
        var location = path
        if let line { location += ":\(line)" }
        if line != nil, let column { location += ":\(column)" }
        return "\(location): error: \(message)"
    }
}
