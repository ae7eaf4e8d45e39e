import Formats

/// The distinct tags of a file, each parsed once: a tag is then a small integer, its type an integer too,
/// so that reading a large file allocates nothing per token.
///
/// A file has few distinct tags: lookup compares bytes with each known tag in turn (the first seen, usually
/// `O`, first); past 32 distinct tags it hashes the bytes (FNV-1a) and compares bytes on a hit.
struct TagTable {
    /// A tag as the chunker sees it: conlleval's kind and an interned type.
    struct Interned: Equatable {
        let kind: ConllevalTag.Kind
        let type: Int32

        /// The tag of a sentence boundary: conlleval reads a blank line or a `-X-` line as `O` (type ``) on both sides.
        static let outside = Interned(kind: .outside, type: 0)
    }

    private let raw: Bool
    /// Per entry: the tag's bytes as written.
    private var texts: [[UInt8]] = []
    /// Per entry: conlleval's kind and interned type.
    private(set) var interned: [Interned] = []
    /// Per entry: equal for two texts conlleval reads as the same tag (`B` and `B-` both are (`B`, ``)).
    private(set) var identities: [Int32] = []
    /// Per entry: the tag as a tag scheme reads it, `nil` when it is no scheme's tag.
    private(set) var entityTags: [EntityTag?] = []
    private var byHash: [UInt64: [Int32]] = [:]
    private var identityOf: [ConllevalTag: Int32] = [:]
    private var typeIndex: [String: Int32] = ["": 0]
    /// The distinct types; index 0 is the empty type.
    private(set) var types: [String] = [""]

    /// Up to this many distinct tags, lookup is a linear scan.
    private static let linearLimit = 32

    /// A table reading tags as they are (`raw == false`) or as bare types (conlleval's `-r`).
    init(raw: Bool) { self.raw = raw }

    /// The index of a tag's entry, parsing it the first time it is seen.
    mutating func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if texts.count <= Self.linearLimit {
            for (index, text) in texts.enumerated() where text.count == bytes.count && text.elementsEqual(bytes) { return index }
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        if texts.count > Self.linearLimit, let candidates = byHash[hash] {
            for index in candidates where texts[Int(index)].elementsEqual(bytes) { return Int(index) }
        }
        let text = Substring(decoding: bytes, as: UTF8.self)
        let tag = ConllevalTag(parsing: text, raw: raw)
        let identity = identityOf[tag] ?? Int32(identityOf.count)
        identityOf[tag] = identity
        let type = typeIndex[tag.type] ?? Int32(types.count)
        if type == types.count {
            typeIndex[tag.type] = type
            types.append(tag.type)
        }
        let index = texts.count
        texts.append(Array(bytes))
        interned.append(Interned(kind: tag.kind, type: type))
        identities.append(identity)
        entityTags.append(raw ? (text == "O" ? EntityTag.outside : EntityTag(.single, label: String(text))) : EntityTag(text))
        byHash[hash, default: []].append(Int32(index))
        return index
    }
}
