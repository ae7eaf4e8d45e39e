/// Parses tags with a memory of the ones already seen, so that reading a file does not build the same
/// label string for every token (a tag set is small: CoNLL-2003 has nine tags).
struct EntityTagCache {
    private var known: [(bytes: [UInt8], tag: EntityTag)] = []
    /// Beyond this many distinct tags, new ones are parsed without being remembered.
    private let capacity = 64

    /// The tag written by `bytes`, or `nil` when they are not a tag (see ``EntityTag/init(_:)``).
    mutating func tag(_ bytes: UnsafeBufferPointer<UInt8>) -> EntityTag? {
        if bytes.count == 1, bytes[0] == 0x4F { return .outside }
        for entry in known where entry.bytes.elementsEqual(bytes) { return entry.tag }
        guard let tag = EntityTag(utf8: bytes) else { return nil }
        if known.count < capacity { known.append((Array(bytes), tag)) }
        return tag
    }
}
