extension SplitterRules {
    /// Parses rule text: the one parser for the built-in rules and for users' files.
    ///
    /// Format, one rule a line: `ENTRY<TAB>CLASS`, optionally followed by `<TAB># comment`. Lines starting
    /// with `#` are comments; empty lines separate groups. Loading is strict: stray whitespace (leading,
    /// trailing, a carriage return, a space inside an entry), an unknown class, an abbreviation that does
    /// not end in `.`, a word entry not written in lower case, and a second listing of an entry are errors.
    /// - Parameters:
    ///   - text: The rule text.
    ///   - file: The name errors report (a path, or the built-in table's name).
    /// - Throws: ``SentenceSplittingError/malformedRule(file:line:text:reason:)`` or
    ///   ``SentenceSplittingError/duplicateRule(file:line:entry:firstFile:firstLine:)``, with the 1-based line.
    public init(parsing text: String, file: String) throws(SentenceSplittingError) {
        self.init()
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if line.isEmpty || line.first == "#" { continue }
            let (entry, ruleClass) = try Self.parseRule(String(line), file: file, line: number)
            try insert(entry, ruleClass, at: Origin(file: file, line: number), replacing: false)
        }
    }

    /// Splits and checks one rule line.
    private static func parseRule(
        _ line: String, file: String, line number: Int
    ) throws(SentenceSplittingError) -> (String, SplitterRuleClass) {
        func malformed(_ reason: String) -> SentenceSplittingError {
            .malformedRule(file: file, line: number, text: line, reason: reason)
        }
        if let first = line.unicodeScalars.first, first.properties.isWhitespace, first != "\t" {
            throw malformed("leading whitespace")
        }
        if let last = line.unicodeScalars.last, last.properties.isWhitespace {
            throw malformed("trailing whitespace")
        }
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard fields.count >= 2 else { throw malformed("expected ENTRY<TAB>CLASS") }
        guard fields.count == 2 || (fields.count == 3 && fields[2].hasPrefix("#")) else {
            throw malformed("expected ENTRY<TAB>CLASS, then nothing or <TAB># comment")
        }
        let entry = fields[0]
        guard !entry.isEmpty else { throw malformed("empty entry") }
        guard !entry.unicodeScalars.contains(where: \.properties.isWhitespace) else {
            throw malformed("whitespace inside the entry")
        }
        guard let ruleClass = SplitterRuleClass(rawValue: fields[1]) else {
            let known = SplitterRuleClass.allCases.map(\.rawValue).joined(separator: ", ")
            throw malformed("unknown class \"\(fields[1])\" (known: \(known))")
        }
        if ruleClass.isAbbreviation {
            guard entry.count >= 2, entry.hasSuffix(".") else {
                throw malformed("an abbreviation must end in \".\" after at least one character")
            }
        } else {
            guard !entry.hasSuffix(".") else { throw malformed("a \(ruleClass.rawValue) word must not end in \".\"") }
            guard entry == entry.lowercased() else {
                throw malformed("write \(ruleClass.rawValue) words in lower case (they match any case)")
            }
        }
        return (entry, ruleClass)
    }
}
