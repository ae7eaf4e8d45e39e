/// The class of a sentence-splitter rule: the second column of a rule line, saying how its entry behaves.
///
/// Abbreviations (entries ending in `.`) are grouped by how they behave at a sentence end, as in CoreNLP's
/// `WordToSentenceProcessor`; the other classes are words that help those decisions and the decision at a
/// single line break.
public enum SplitterRuleClass: String, CaseIterable, Sendable {
    /// An abbreviation that never ends a sentence: a title or a phrase that always has more to come
    /// (`Mr.`, `Mt.`, `e.g.`, `vs.`).
    case neverFinal = "never-final"
    /// An abbreviation that ends a sentence only when the next word is a sentence starter (`U.S. How` ends,
    /// `U.S. Secretary` does not): abbreviations that often stand before a capitalised name or a number
    /// (`U.S.`, `Sep.`, `No.`).
    case finalBeforeStarter = "final-before-starter"
    /// An abbreviation that ends a sentence when the next word is capitalised (`etc.`, `Inc.`, `p.m.`).
    case finalBeforeCapital = "final-before-capital"
    /// A word that begins sentences: capitalised after an abbreviation it makes the abbreviation final; in
    /// lower case at the start of a line (web text) it makes the line break a sentence end. Written in
    /// lower case; it matches any case.
    case starter
    /// A word that begins sentences only when capitalised (after an abbreviation); in lower case at the
    /// start of a line it usually continues a sentence (`and`, `in`). Written in lower case.
    case capitalizedStarter = "capitalized-starter"
    /// A word that, last on a line, shows that the sentence goes on on the next line (`the`, `of`, `and`).
    /// Written in lower case; it matches any case.
    case continuesLine = "continues-line"
    /// A word that opens a letter's greeting or sign-off when it is a sentence's first word (`dear`, `hi`,
    /// `thanks`): such a short sentence ends at its comma when a capitalised word follows
    /// (`Dear Nina, Here's a tip`). Written in lower case.
    case greeting
    /// A word that ends a sign-off right before its comma (`Best regards,`, `Kind wishes,`): the short
    /// sentence ends at the comma when a capitalised word follows (`Best regards, Debra`). Written in lower case.
    case signOff = "sign-off"

    /// Whether the class is one of the three abbreviation behaviours (entries end in `.`).
    var isAbbreviation: Bool {
        switch self {
        case .neverFinal, .finalBeforeStarter, .finalBeforeCapital: return true
        case .starter, .capitalizedStarter, .continuesLine, .greeting, .signOff: return false
        }
    }

    /// The entries of one namespace must be unique; an entry may be both a starter and a line continuation.
    var namespace: Namespace {
        switch self {
        case .neverFinal, .finalBeforeStarter, .finalBeforeCapital: return .abbreviations
        case .starter, .capitalizedStarter: return .starters
        case .continuesLine: return .lineContinuations
        case .greeting: return .greetings
        case .signOff: return .signOffs
        }
    }

    /// The lists rules go into.
    enum Namespace: Sendable {
        case abbreviations, starters, lineContinuations, greetings, signOffs
    }
}
