/// The tokenization convention a ``Tokenizer`` follows.
public enum TokenizerStyle: String, CaseIterable, Sendable {
    /// CoNLL-2003 / Penn Treebank conventions (the default): clitics split (`do|n't`, `Japan|'s`),
    /// hyphenated words and slashed words kept whole (`10-year`, `Japan-U.S.`, `and/or`).
    case ptb
    /// Universal Dependencies English (EWT) conventions: clitics split, hyphens and slashes are tokens
    /// of their own (`10|-|year`, `and|/|or`) except after common prefixes (`e-mail`, `non-human`) and
    /// inside phone numbers and dates; a number glued to a short unit is split (`375|mm`).
    case ud
}
