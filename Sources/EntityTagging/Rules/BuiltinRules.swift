/// The tagger's own built-in rule files, compiled into the binary as plain text and parsed at start-up by
/// the same parsers that read users' `--rules DIR` files.
///
/// `gazetteers` are cue lists in the gazetteer format (`CLASS<TAB>phrase`) for the cue classes the
/// pattern rules and the name guesser use beside the entity lists of ``BuiltinGazetteers``;
/// `patterns` are pattern-rule files (`NAME<TAB>PRIORITY<TAB>PATTERN`, see `docs/entity-tagger.md`).
enum BuiltinRules {
    /// Cue lists: `(name, text)`.
    static let gazetteers: [(name: String, text: String)] = [
        ("organization-heads", organizationHeads),
        ("location-heads", locationHeads),
        ("event-heads", eventHeads),
        ("name-particles", nameParticles),
        ("common-words", commonWords),
    ]

    /// Pattern files: `(name, text)`.
    static let patterns: [(name: String, text: String)] = [
        ("patterns", patternRules),
    ]
}
