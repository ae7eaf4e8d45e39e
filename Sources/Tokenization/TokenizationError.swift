/// Errors of the tokenizer module: reading and checking rule files.
///
/// Rules are validated when they load, so tokenizing never throws. Every case names the file and, where
/// there is one, the 1-based line, so that messages read `file:line: error: …`.
public enum TokenizationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A rule file or directory could not be read.
    case unreadableFile(path: String, reason: String)
    /// A `[section]` header names no known section; `name` is what stood between the brackets.
    case unknownSection(file: String, line: Int, name: String)
    /// An entry stands before the first `[section]` header.
    case entryOutsideSection(file: String, line: Int, text: String)
    /// A line starts or ends with whitespace, or its fields are separated by more than one space or tab.
    case strayWhitespace(file: String, line: Int, text: String)
    /// A line does not have the shape its section requires; `reason` says what is expected.
    case malformedEntry(file: String, line: Int, text: String, reason: String)
    /// An entry is listed twice in one section; `firstFile`/`firstLine` locate the earlier one.
    case duplicateEntry(file: String, line: Int, entry: String, firstFile: String, firstLine: Int)
    /// A special case whose pieces do not concatenate to its surface text (tokens are spans of the text,
    /// so they must join back exactly).
    case specialCaseDoesNotJoin(file: String, line: Int, surface: String, pieces: [String])

    /// A `file:line: error: message` line.
    public var description: String {
        switch self {
        case .unreadableFile(let path, let reason):
            return "\(path): error: cannot read rules: \(reason)"
        case .unknownSection(let file, let line, let name):
            return "\(file):\(line): error: unknown section [\(name)] (known: \(RuleSection.allNames))"
        case .entryOutsideSection(let file, let line, let text):
            return "\(file):\(line): error: entry '\(text)' before any [section] header"
        case .strayWhitespace(let file, let line, let text):
            return "\(file):\(line): error: stray whitespace in '\(text)' (fields are separated by one tab, pieces by one space)"
        case .malformedEntry(let file, let line, let text, let reason):
            return "\(file):\(line): error: malformed entry '\(text)': \(reason)"
        case .duplicateEntry(let file, let line, let entry, let firstFile, let firstLine):
            return "\(file):\(line): error: duplicate entry '\(entry)' (first listed at \(firstFile):\(firstLine))"
        case .specialCaseDoesNotJoin(let file, let line, let surface, let pieces):
            return "\(file):\(line): error: special case '\(surface)': pieces '\(pieces.joined(separator: " "))' do not join back to the surface text"
        }
    }
}
