/// The built-in rule tables, compiled into the binary as rule text (never read from resources at run
/// time) and parsed at start-up by the same parser as users' files.
enum BuiltinRules {
    /// Each table's name (as error messages and tests name it) and its text, in loading order.
    static let tables: [(name: String, text: String)] = [
        ("builtin/splitter-abbreviations.tsv", abbreviations),
        ("builtin/splitter-starters.tsv", starters),
        ("builtin/splitter-line-continuations.tsv", lineContinuations),
        ("builtin/splitter-salutations.tsv", salutations),
    ]

    /// The parsed tables. They are part of the program and a test proves they parse: a malformed table
    /// is a defect of the build and stops the process with the table's name and line.
    static let parsed: SplitterRules = {
        do { return try parseTables() } catch { preconditionFailure("invalid built-in splitter rules: \(error)") }
    }()

    /// Parses every table; an entry listed in two tables is a duplicate.
    static func parseTables() throws(SentenceSplittingError) -> SplitterRules {
        var rules = SplitterRules()
        for table in tables {
            rules = try rules.combined(with: SplitterRules(parsing: table.text, file: table.name), replacing: false)
        }
        return rules
    }
}

extension SplitterRules {
    /// The built-in rules: abbreviations, sentence starters and line continuations for English
    /// (see `Rules/` and `docs/sentence-splitter.md`), parsed once.
    public static var builtin: SplitterRules { BuiltinRules.parsed }
}
