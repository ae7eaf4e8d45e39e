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
        let prefix = Array(key.utf8) + [0x3D]  // "key="
        for item in misc.utf8.split(separator: 0x7C) where item.starts(with: prefix) {
            return String(decoding: item.dropFirst(prefix.count), as: UTF8.self)
        }
        return nil
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
            switch key {
            case "lemma": lemma = value
            case "upos": upos = value
            case "xpos": xpos = value
            case "feats": feats = value
            case "head": head = value
            case "deprel": deprel = value
            case "deps": deps = value
            case "misc": misc = value
            case "pos": pos = value
            case "chunk": chunk = value
            default: break
            }
        }
    }

    /// LEMMA to DEPS, in column order (XPOS falling back to `pos`).
    var wordColumns: [(name: String, value: String?)] {
        [("lemma", lemma), ("upos", upos), ("xpos", xpos ?? pos), ("feats", feats), ("head", head), ("deprel", deprel), ("deps", deps)]
    }
}
