/// An error loading the tagger's rules: a gazetteer or pattern file that cannot be read or holds a bad line.
///
/// Rules are validated when they load, so tagging itself never throws.
public enum EntityTaggingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A rule file or directory could not be read (missing, a directory where a file was expected, …).
    case unreadableFile(path: String, reason: String)
    /// A line of a rule file is wrong. `line` is 1-based; `column` is the 1-based Unicode scalar column
    /// where the problem starts; `text` is the offending line as written.
    case invalidLine(path: String, line: Int, column: Int, text: String, problem: RuleFileProblem)

    /// `path:line:col: error: message`, as compilers print it.
    public var description: String {
        switch self {
        case .unreadableFile(let path, let reason):
            return "\(path): error: cannot read rule file: \(reason)"
        case .invalidLine(let path, let line, let column, let text, let problem):
            return "\(path):\(line):\(column): error: \(problem)\n    \(text)"
        }
    }
}

/// What is wrong with a line of a gazetteer or pattern file.
public enum RuleFileProblem: Equatable, Sendable, CustomStringConvertible {
    /// The line does not have the tab-separated fields its format needs.
    case wrongFieldCount(expected: Int, found: Int)
    /// A field is empty.
    case emptyField(name: String)
    /// A field starts or ends with whitespace, or a phrase holds a tab or two spaces in a row.
    case strayWhitespace(field: String)
    /// The class of a gazetteer line is not one of the entity labels or cue classes.
    case unknownClass(String)
    /// The same entry appears twice in one file; `firstLine` is where it first appeared.
    case duplicate(entry: String, firstLine: Int)
    /// A rule's priority is not a whole number from 0 to 1000.
    case invalidPriority(String)
    /// A pattern does not parse; the message says why.
    case invalidPattern(String)
    /// A line holds a carriage return (rule files use `\n` line ends only).
    case carriageReturn
    /// The file is not valid UTF-8; `byteOffset` is the first bad byte (0-based).
    case invalidUTF8(byteOffset: Int)

    /// A short explanation.
    public var description: String {
        switch self {
        case .wrongFieldCount(let expected, let found):
            return "expected \(expected) tab-separated fields, found \(found)"
        case .emptyField(let name): return "empty \(name)"
        case .strayWhitespace(let field): return "stray whitespace in the \(field)"
        case .unknownClass(let name):
            let known = (EntityLabel.allCases.map(\.rawValue) + CueClass.allCases.map(\.rawValue)).joined(separator: ", ")
            return "unknown class '\(name)' (expected one of: \(known))"
        case .duplicate(let entry, let firstLine): return "duplicate entry '\(entry)' (first on line \(firstLine))"
        case .invalidPriority(let text): return "invalid priority '\(text)' (expected a whole number from 0 to 1000)"
        case .invalidPattern(let reason): return "invalid pattern: \(reason)"
        case .carriageReturn: return "carriage return in line (rule files use \\n line ends)"
        case .invalidUTF8(let offset): return "invalid UTF-8 at byte offset \(offset)"
        }
    }
}
