/// The CoNLL-2003 entity types the tagger assigns.
public enum EntityLabel: String, CaseIterable, Sendable, Hashable, Comparable {
    /// Persons (real or fictional), without titles or roles.
    case person = "PER"
    /// Locations: countries, cities, regions, natural features, facilities.
    case location = "LOC"
    /// Organisations: companies, government bodies, parties, teams, agencies, media.
    case organization = "ORG"
    /// Other names: nationalities, demonyms, languages, religions, events, hyphenated compounds of names.
    case miscellaneous = "MISC"

    /// Orders by declaration (PER, LOC, ORG, MISC).
    public static func < (lhs: EntityLabel, rhs: EntityLabel) -> Bool { lhs.index < rhs.index }

    /// The position in `allCases` (0–3), used to index per-label tables.
    var index: Int {
        switch self {
        case .person: return 0
        case .location: return 1
        case .organization: return 2
        case .miscellaneous: return 3
        }
    }
}

/// Classes of gazetteer entries that are evidence for a rule rather than entities themselves.
///
/// A phrase may belong to several cue classes and to at most one ``EntityLabel``.
public enum CueClass: String, CaseIterable, Sendable, Hashable {
    /// A common given name: a capitalised word after it is likely part of a person's name.
    case givenName = "given-name"
    /// A person's title or role (`President`, `Defense Minister`, `Mr.`): a trigger, never part of the entity.
    case title = "title"
    /// The last word of an organisation's name (`Inc`, `Ministry`, `University`, `Club`).
    case organizationHead = "org-head"
    /// The last word of a location's name (`Islands`, `Sea`, `Prefecture`, `River`).
    case locationHead = "loc-head"
    /// The last word of an event's name (`Cup`, `Open`, `Championships`, `War`): MISC.
    case eventHead = "event-head"
    /// A lower-case word that may join the parts of a name (`of`, `de`, `van`, `bin`).
    case nameParticle = "name-particle"
    /// A capitalised word that is not a name by itself (`The`, `Monday`, `January`): never guessed as an entity.
    case common = "common"
    /// A country (its national sports teams are LOC, where a city's club is ORG). The built-in list
    /// `countries` gives this cue to each of its LOC phrases.
    case country = "country"

    /// The bit of this class in a ``CueSet``.
    var bit: UInt8 {
        switch self {
        case .givenName: return 1 << 0
        case .title: return 1 << 1
        case .organizationHead: return 1 << 2
        case .locationHead: return 1 << 3
        case .nameParticle: return 1 << 4
        case .common: return 1 << 5
        case .country: return 1 << 6
        case .eventHead: return 1 << 7
        }
    }
}

/// A set of cue classes as a bit set.
struct CueSet: Hashable, Sendable {
    var bits: UInt8 = 0

    /// Whether the set holds `cue`.
    func contains(_ cue: CueClass) -> Bool { bits & cue.bit != 0 }

    /// Adds `cue`.
    mutating func insert(_ cue: CueClass) { bits |= cue.bit }

    /// Whether the set is empty.
    var isEmpty: Bool { bits == 0 }
}
