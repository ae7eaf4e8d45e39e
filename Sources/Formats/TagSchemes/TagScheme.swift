/// A way of writing entity chunks as one tag per token.
///
/// Every tag is `O` (outside any entity) or a prefix, a hyphen and a label (`B-PER`). The schemes differ in
/// which prefixes they use and where (Ramshaw & Marcus 1995; Tjong Kim Sang & Veenstra 1999):
///
/// | scheme  | prefixes      | rule |
/// |---------|---------------|------|
/// | `iob1`  | `I` `B`       | `I-` everywhere; `B-` only on the first token of an entity that directly follows another entity of the same label |
/// | `iob2`  | `B` `I`       | `B-` on the first token of every entity, `I-` on the others (the default; CoNLL-2003 as distributed today) |
/// | `ioe1`  | `I` `E`       | `I-` everywhere; `E-` only on the last token of an entity that is directly followed by another entity of the same label |
/// | `ioe2`  | `I` `E`       | `E-` on the last token of every entity, `I-` on the others |
/// | `bioes` | `B` `I` `E` `S` | `S-` for one-token entities; otherwise `B-`, `I-`…, `E-` (BILOU: `L-` = `E-` and `U-` = `S-` are accepted on reading) |
/// | `io`    | `I`           | `I-` on every entity token |
///
/// Every scheme but `io` keeps two adjacent entities of one label apart. In `io` they cannot be told apart
/// and decode as one entity: that is inherent to the scheme, the only place where a chunk follows from
/// label equality.
public enum TagScheme: String, CaseIterable, Sendable, CustomStringConvertible {
    /// `I-` inside entities, `B-` only between two adjacent entities of one label.
    case iob1
    /// `B-` at the start of every entity, `I-` inside (the default).
    case iob2
    /// `I-` inside entities, `E-` only between two adjacent entities of one label.
    case ioe1
    /// `E-` at the end of every entity, `I-` inside.
    case ioe2
    /// `B-`, `I-`, `E-` for entities of two or more tokens, `S-` for one-token entities (also called BILOU).
    case bioes
    /// `I-` on every entity token; adjacent entities of one label merge.
    case io

    /// The prefixes the scheme writes, besides `O`.
    public var prefixes: Set<TagPrefix> { Set([TagPrefix.begin, .inside, .end, .single].filter(uses)) }

    /// Whether the scheme writes `prefix` (`O` is in every scheme); a switch, for the decoder's hot path.
    func uses(_ prefix: TagPrefix) -> Bool {
        switch prefix {
        case .outside: return true
        case .inside: return true
        case .begin: return self == .iob1 || self == .iob2 || self == .bioes
        case .end: return self == .ioe1 || self == .ioe2 || self == .bioes
        case .single: return self == .bioes
        }
    }

    /// Whether every entity must end with `E-` (or be `S-`): `ioe2` and `bioes`.
    var endsEveryEntity: Bool { self == .ioe2 || self == .bioes }

    /// Whether every entity must start with `B-` (or be `S-`): `iob2` and `bioes`.
    var beginsEveryEntity: Bool { self == .iob2 || self == .bioes }

    /// The scheme's name as written on the command line (`iob2`).
    public var description: String { rawValue }
}
