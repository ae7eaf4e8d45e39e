extension BuiltinRules {
    /// Clitics split off a word's end, in both styles.
    static let clitics = #"""
# Clitics split off the end of a word: "don't" -> do|n't, "Japan's" -> Japan|'s, "I'm" -> I|'m.
# Source: the Penn Treebank tokenization guidelines (also UD English). An apostrophe here matches both
# ' (U+0027) and ’ (U+2019); letters match in either case.

[clitics]
n't
's
'm
're
've
'll
'd
"""#
}
