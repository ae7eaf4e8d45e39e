/// The token attributes the CoNLL readers and writers use, and how one format's attribute stands in for
/// another's when converting.
///
/// | CoNLL-2003 column | CoNLL-U column | token attribute |
/// |---|---|---|
/// | POS | XPOS | `pos` (CoNLL-2003), `xpos` (CoNLL-U); each writer falls back to the other |
/// | chunk | MISC `Chunk=` | `chunk` (CoNLL-2003); the CoNLL-U writer adds it to MISC, the CoNLL-2003 writer reads it back from `misc` |
/// | — | LEMMA, UPOS, FEATS, HEAD, DEPREL, DEPS | `lemma`, `upos`, `feats`, `head`, `deprel`, `deps` |
/// | — | MISC (other items) | `misc` |
enum CoNLLAttributes {
    /// The CoNLL-U MISC key that holds a CoNLL-2003 chunk tag.
    static let chunkMiscKey = "Chunk"

    /// The value of an attribute, falling back to the other format's name for it.
    static func value(of name: String, in attributes: [String: String]) -> String? {
        if let value = attributes[name] { return value }
        switch name {
        case "pos": return attributes["xpos"]
        case "xpos": return attributes["pos"]
        case "chunk": return attributes["misc"].flatMap { miscValue(of: chunkMiscKey, in: $0) }
        default: return nil
        }
    }

    /// The value of `key` in a MISC field (`A=1|Chunk=B-NP`), if present.
    static func miscValue(of key: String, in misc: String) -> String? {
        for item in misc.split(separator: "|") {
            guard let equals = item.firstIndex(of: "="), item[..<equals] == key else { continue }
            return String(item[item.index(after: equals)...])
        }
        return nil
    }
}
