/// What the gazetteers say about one phrase: its entity label (if any) and its cue classes.
struct PhraseInfo: Sendable, Equatable {
    /// The entity label, if the phrase is an entity: the one of the last list that gave it one.
    var label: EntityLabel?
    /// Every label any list gave the phrase (bit `EntityLabel.index`): `Montreal` is a LOC in the built-in
    /// cities and may be an ORG (a club) in a user's gazetteer; patterns asking for `@LOC` still see it.
    var listedLabels: UInt8 = 0
    /// The cue classes the phrase belongs to.
    var cues: CueSet
    /// Whether the label came from a user's gazetteer (which outranks the built-in lists).
    var isUserEntry: Bool
    /// Whether this is the all-caps form of a listed phrase (`WASHINGTON` for `Washington`).
    var isCapsVariant: Bool

    /// The label's and the cues' bits, as ``PhraseClass/featureBit`` numbers them.
    var classes: UInt32 {
        UInt32(listedLabels) << 8 | UInt32(cues.bits) << 12
    }
}

/// Every gazetteer phrase merged into one trie: later files override the entity label of earlier ones
/// (a user's entry overrides a built-in one); cue classes accumulate. Each phrase is also entered in
/// capitals (unless that form is listed itself) so headlines and datelines match. The trie also numbers
/// the pattern rules' literal tokens. Immutable; a class so that the tagger's loops share its tables
/// instead of copying them.
final class Lexicon: Sendable {
    let trie: PhraseTrie
    /// The payloads of ``trie``.
    let infos: [PhraseInfo]
    /// The number of phrases as listed (without all-caps forms).
    let phraseCount: Int

    /// Merges gazetteer files.
    /// - Parameters:
    ///   - builtin: The built-in files, in order.
    ///   - user: Users' files, in order; they override the built-in ones.
    ///   - literals: The pattern rules' literal tokens and their numbers (see ``PhraseTrie/walk(in:tokens:first:limit:cache:into:)``).
    init(builtin: [GazetteerFile], user: [GazetteerFile], literals: [(bytes: [UInt8], number: Int32)] = []) {
        var order: [String] = []
        var merged: [String: PhraseInfo] = [:]
        for (file, isUser) in builtin.map({ ($0, false) }) + user.map({ ($0, true) }) {
            for entry in file.entries {
                var info = merged[entry.phrase] ?? {
                    order.append(entry.phrase)
                    return PhraseInfo(label: nil, cues: CueSet(), isUserEntry: false, isCapsVariant: false)
                }()
                switch entry.kind {
                case .entity(let label):
                    info.label = label
                    info.listedLabels |= 1 << UInt8(label.index)
                    info.isUserEntry = isUser
                    if label == .location { for cue in file.impliedLocationCues { info.cues.insert(cue) } }
                case .cue(let cue):
                    info.cues.insert(cue)
                }
                merged[entry.phrase] = info
            }
        }
        var infos: [PhraseInfo] = []
        var phrases: [(bytes: [UInt8], payload: Int32)] = []
        for phrase in order {
            guard let info = merged[phrase] else { continue }
            phrases.append((Array(phrase.utf8), Int32(infos.count)))
            infos.append(info)
        }
        for phrase in order {
            let capitals = phrase.uppercased()
            guard capitals != phrase, merged[capitals] == nil, var info = merged[phrase] else { continue }
            info.isCapsVariant = true
            phrases.append((Array(capitals.utf8), Int32(infos.count)))
            infos.append(info)
        }
        self.trie = PhraseTrie(phrases, literals: literals)
        self.infos = infos
        self.phraseCount = order.count
    }
}
