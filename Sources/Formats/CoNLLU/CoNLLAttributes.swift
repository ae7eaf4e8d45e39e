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

    /// The value of `key` in a MISC field (`A=1|Chunk=B-NP`), if present.
    static func miscValue(of key: String, in misc: String) -> String? {
        var misc = misc
        return misc.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x7C { end += 1 }
                // The item starts with `key=`.
                var matched = 0
                for byte in key.utf8 {
                    guard start + matched < end, bytes[start + matched] == byte else { break }
                    matched += 1
                }
                if matched == key.utf8.count, start + matched < end, bytes[start + matched] == 0x3D {
                    return String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + matched + 1)..<end]), as: UTF8.self)
                }
                start = end + 1
            }
            return nil
        }
    }
}
