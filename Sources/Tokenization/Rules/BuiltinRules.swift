/// The rule files compiled into the binary, parsed at first use by the same parser as users' files.
enum BuiltinRules {
    /// Style `ptb`: the shared files plus the newswire abbreviations.
    static let ptb = compile([
        ("builtin/abbreviations.txt", abbreviations),
        ("builtin/abbreviations-newswire.txt", newswireAbbreviations),
        ("builtin/clitics.txt", clitics),
        ("builtin/emoticons.txt", emoticons),
        ("builtin/special-cases.txt", specialCases),
        ("builtin/domain-suffixes.txt", domainSuffixes),
    ])

    /// Style `ud`: the shared files plus EWT's hyphen prefixes and web-text contractions.
    static let ud = compile([
        ("builtin/abbreviations.txt", abbreviations),
        ("builtin/clitics.txt", clitics),
        ("builtin/emoticons.txt", emoticons),
        ("builtin/special-cases.txt", specialCases),
        ("builtin/special-cases-ud.txt", udSpecialCases),
        ("builtin/hyphen-prefixes-ud.txt", udHyphenPrefixes),
        ("builtin/domain-suffixes.txt", domainSuffixes),
    ])

    /// Parses and combines built-in files; they are checked by the test suite, so a failure here is a
    /// programmer error.
    private static func compile(_ files: [(name: String, text: String)]) -> TokenizerRules {
        do {
            var rules = TokenizerRules()
            for file in files { rules = try rules.adding(TokenizerRules(parsing: file.text, file: file.name)) }
            return rules
        } catch {
            preconditionFailure("invalid built-in tokenizer rules: \(error)")
        }
    }
}
