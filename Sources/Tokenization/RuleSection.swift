/// The sections of a tokenizer rule file, introduced by a `[name]` header line.
///
/// Every section holds one entry per line; `special-cases` entries are `surface<TAB>piece piece …`.
enum RuleSection: String, CaseIterable, Sendable {
    /// Tokens kept whole with their final period (`Dr.`, `Inc.`), matched exactly (case-sensitive).
    case abbreviations
    /// Like `abbreviations`, but kept whole only when the next token starts with a digit (`No. 5`, `p. 12`).
    case abbreviationsBeforeNumbers = "abbreviations-before-numbers"
    /// Exceptions: a surface text and the pieces it splits into (`cannot<TAB>can not`); the pieces must
    /// join back to the surface. Matched when a whole chunk (or what is left of it after punctuation is
    /// peeled) is the surface in lower case, Capitalised or UPPER case.
    case specialCases = "special-cases"
    /// Emoticons kept whole (`:-)`, `<3`); those starting with punctuation are also split off a word's end.
    case emoticons
    /// Clitics split off a word's end (`n't`, `'s`); an apostrophe in an entry also matches U+2019 and
    /// letters match in either case.
    case clitics
    /// Style `ud`: word beginnings that keep their hyphen (`e` keeps `e-mail` whole), compared in lower case.
    case hyphenPrefixes = "hyphen-prefixes"
    /// Domain endings (`com`): `Newsfeed.Com` stays whole, whereas a glued `Sketch.Title` splits at the period.
    case domainSuffixes = "domain-suffixes"

    /// The known names, for error messages.
    static var allNames: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
