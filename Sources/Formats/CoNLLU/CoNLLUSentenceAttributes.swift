/// The sentence attributes the CoNLL-U reader sets and the writer reads back.
enum CoNLLUSentenceAttributes {
    /// `# sent_id`.
    static let sentID = "sent_id"
    /// `# newpar`: the paragraph's id, or empty.
    static let newpar = "newpar"
    /// Free comments, one per line.
    static let comment = "comment"
    /// Empty-node lines (`8.1 …`), kept verbatim, one per line, when reading words.
    static let emptyNodes = "empty_nodes"

    /// The attributes written in comments of their own (all others become `# key = value`).
    static let special: Set = [sentID, newpar, comment, emptyNodes]
}
