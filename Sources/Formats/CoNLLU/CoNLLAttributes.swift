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

/// A token's or word's attributes sorted into the CoNLL-U columns, in one pass over the dictionary (the
/// writer's hot path: one hash walk instead of a lookup per column).
struct CoNLLUColumns {
    var lemma: String?
    var upos: String?
    var xpos: String?
    var feats: String?
    var head: String?
    var deprel: String?
    var deps: String?
    var misc: String?
    /// CoNLL-2003's names, standing in for XPOS and for a `Chunk=` MISC item.
    var pos: String?
    var chunk: String?

    init(_ attributes: [String: String]) {
        for (key, value) in attributes {
            // Dispatch on the first byte, so that a key is compared with at most two names.
            switch key.utf8.first {
            case 0x6C where key == "lemma": lemma = value
            case 0x75 where key == "upos": upos = value
            case 0x78 where key == "xpos": xpos = value
            case 0x66 where key == "feats": feats = value
            case 0x68 where key == "head": head = value
            case 0x64 where key == "deprel": deprel = value
            case 0x64 where key == "deps": deps = value
            case 0x6D where key == "misc": misc = value
            case 0x70 where key == "pos": pos = value
            case 0x63 where key == "chunk": chunk = value
            default: break
            }
        }
    }

    /// The value of a CoNLL-2003 attribute column: `pos` falls back to XPOS, `chunk` to MISC's `Chunk=`,
    /// other names are looked up in `attributes`.
    func conll2003Value(of name: String, in attributes: [String: String]) -> String? {
        switch name {
        case "pos": return pos ?? xpos
        case "chunk": return chunk ?? misc.flatMap { CoNLLAttributes.miscValue(of: CoNLLAttributes.chunkMiscKey, in: $0) }
        default: return attributes[name]
        }
    }
}
