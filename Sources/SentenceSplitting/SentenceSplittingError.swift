/// An error loading sentence-splitter rules: which file, which line, and what is wrong with it.
///
/// Applying rules never throws: every rule is checked when it loads.
public enum SentenceSplittingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A rule line does not follow the format `ENTRY<TAB>CLASS[<TAB># comment]`.
    /// - `file`: the file (or built-in table) being parsed; `line`: 1-based; `text`: the line as written;
    ///   `reason`: what is wrong, without a trailing period.
    case malformedRule(file: String, line: Int, text: String, reason: String)
    /// The same entry is listed twice (in one file, or in a file added to rules that already hold it
    /// with the same class). `file`/`line` point at the second listing, `firstFile`/`firstLine` at the first.
    case duplicateRule(file: String, line: Int, entry: String, firstFile: String, firstLine: Int)
    /// A rules directory or one of its files cannot be read.
    case unreadableRules(path: String, reason: String)

    /// `file:line: error: message`, as compilers print it.
    public var description: String {
        switch self {
        case .malformedRule(let file, let line, let text, let reason):
            return "\(file):\(line): error: \(reason): \(quoted(text))"
        case .duplicateRule(let file, let line, let entry, let firstFile, let firstLine):
            return "\(file):\(line): error: duplicate rule \(quoted(entry)) (first listed at \(firstFile):\(firstLine))"
        case .unreadableRules(let path, let reason):
            return "\(path): error: cannot read sentence-splitter rules: \(reason)"
        }
    }

    /// The text in double quotes with tabs made visible, so stray whitespace shows in messages.
    private func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\t" { out += "\\t" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "\""
    }
}
