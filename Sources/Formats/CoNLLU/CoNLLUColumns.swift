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
