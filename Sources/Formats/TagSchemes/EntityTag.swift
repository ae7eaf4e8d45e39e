/// One token's tag: `O`, or a prefix and a label such as `B-PER`.
///
/// A tag is split at its first hyphen, as conlleval does: `B-MISC-X` has the label `MISC-X`.
public struct EntityTag: Hashable, Sendable, CustomStringConvertible {
    /// Where the token stands in its entity.
    public var prefix: TagPrefix
    /// The entity label (`PER`); empty for ``outside``.
    public var label: String

    /// The tag `O`.
    public static let outside = EntityTag(.outside, label: "")

    /// Creates a tag.
    /// - Parameters:
    ///   - prefix: The position prefix.
    ///   - label: The entity label; ignored (made empty) for `O`.
    public init(_ prefix: TagPrefix, label: String) {
        self.prefix = prefix
        self.label = prefix == .outside ? "" : label
    }

    /// Parses a tag: `O`, or `B-`, `I-`, `E-`, `S-`, `L-` (read as `E-`), `U-` (read as `S-`) followed by a
    /// non-empty label. Returns `nil` for anything else (`B`, `X-PER`, `B-`, `o`).
    public init?(_ text: some StringProtocol) {
        var copy = String(text)
        guard let tag = copy.withUTF8({ EntityTag(utf8: $0) }) else { return nil }
        self = tag
    }

    /// Parses a tag from its UTF-8 bytes (see ``init(_:)``).
    init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let first = bytes.first else { return nil }
        if bytes.count == 1 {
            guard first == 0x4F else { return nil }
            self = .outside
            return
        }
        guard bytes.count > 2, bytes[1] == 0x2D else { return nil }  // "X-" and a label
        let prefix: TagPrefix
        switch first {
        case 0x42: prefix = .begin
        case 0x49: prefix = .inside
        case 0x45, 0x4C: prefix = .end  // E, L
        case 0x53, 0x55: prefix = .single  // S, U
        default: return nil
        }
        self.init(prefix, label: String(decoding: UnsafeBufferPointer(rebasing: bytes[2...]), as: UTF8.self))
    }

    /// The tag as written (`O`, `B-PER`).
    public var description: String {
        var bytes: [UInt8] = []
        append(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the tag as written (`O`, `B-PER`) to UTF-8 output.
    func append(to output: inout [UInt8]) {
        output.append(prefix.rawValue)
        guard prefix != .outside else { return }
        output.append(0x2D)
        output.appendUTF8(label)
    }
}
