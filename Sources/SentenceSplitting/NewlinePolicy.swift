/// What a single line break means to the ``SentenceSplitter``. A blank line (a line holding only
/// whitespace) ends a sentence under every policy.
public enum NewlinePolicy: String, CaseIterable, Sendable {
    /// Decide from the shape of the lines (the default): a line break ends a sentence after a heading or a
    /// sign-off, before a list item, and before a line that starts a sentence; it does not when the line
    /// ends mid-phrase (a comma after a long line, `;`, `the`) or the next line goes on in lower case.
    case auto
    /// Every line break ends a sentence (one sentence or heading per line).
    case always
    /// A line break is a space; only punctuation and blank lines end sentences.
    case never
}
