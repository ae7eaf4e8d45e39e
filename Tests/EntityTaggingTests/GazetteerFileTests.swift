import CorpusModel
@testable import EntityTagging
import Testing

@Suite("Gazetteer files: the CLASS<TAB>phrase format, parsed strictly")
struct GazetteerFileTests {
    @Test func parsesEntitiesAndCues() throws {
        let file = try GazetteerFile(
            parsing: "# header\n\nLOC\tJapan\nLOC\tU.S.\ngiven-name\tTaro\ntitle\tDefense Minister\n", path: "x.tsv")
        #expect(file.entries.map(\.phrase) == ["Japan", "U.S.", "Taro", "Defense Minister"])
        #expect(file.entries.map(\.line) == [3, 4, 5, 6])
        #expect(file.entries[0].kind == .entity(.location))
        #expect(file.entries[3].kind == .cue(.title))
    }

    @Test func aPhraseMayBeAnEntityAndACue() throws {
        let file = try GazetteerFile(parsing: "LOC\tJordan\ngiven-name\tJordan\n", path: "x.tsv")
        #expect(file.entries.count == 2)
    }

    @Test(arguments: [
        ("LOC Japan\n", "x.tsv:1:1: error: expected 2 tab-separated fields, found 1\n    LOC Japan"),
        ("LOC\tJapan\tx\n", "x.tsv:1:1: error: expected 2 tab-separated fields, found 3\n    LOC\tJapan\tx"),
        ("LOC\t\n", "x.tsv:1:5: error: empty phrase\n    LOC\t"),
        ("\tJapan\n", "x.tsv:1:1: error: empty class\n    \tJapan"),
        ("LOC\tJapan \n", "x.tsv:1:10: error: stray whitespace in the phrase\n    LOC\tJapan "),
        ("LOC\t Japan\n", "x.tsv:1:5: error: stray whitespace in the phrase\n    LOC\t Japan"),
        ("LOC\tNew  York\n", "x.tsv:1:9: error: stray whitespace in the phrase\n    LOC\tNew  York"),
        ("   \n", "x.tsv:1:1: error: expected 2 tab-separated fields, found 1\n       "),
        ("LOC\tS\u{E3}o\u{A0}Paulo\n", "x.tsv:1:8: error: stray whitespace in the phrase\n    LOC\tS\u{E3}o\u{A0}Paulo"),
        ("LOC\t\u{D6}zt\u{FC}rk \u{3000}\n", "x.tsv:1:12: error: stray whitespace in the phrase\n    LOC\t\u{D6}zt\u{FC}rk \u{3000}"),
        ("LOC\tT\u{14D}ky\u{14D}\tx\n", "x.tsv:1:1: error: expected 2 tab-separated fields, found 3\n    LOC\tT\u{14D}ky\u{14D}\tx"),
        ("LOC\tZ\u{FC}rich\r\n", "x.tsv:1:11: error: carriage return in line (rule files use \\n line ends)\n    LOC\tZ\u{FC}rich\r"),
        ("PLACE\tJapan\n",
         "x.tsv:1:1: error: unknown class 'PLACE' (expected one of: PER, LOC, ORG, MISC, given-name, title, org-head, loc-head, event-head, name-particle, common, country)\n    PLACE\tJapan"),
        ("LOC\tJapan\nLOC\tJapan\n", "x.tsv:2:5: error: duplicate entry 'Japan' (first on line 1)\n    LOC\tJapan"),
        ("LOC\tJordan\nPER\tJordan\n", "x.tsv:2:1: error: duplicate entry 'LOC\tJordan' (first on line 1)\n    PER\tJordan"),
        ("LOC\tJapan\r\n", "x.tsv:1:10: error: carriage return in line (rule files use \\n line ends)\n    LOC\tJapan\r"),
    ])
    func rejectsMalformedLines(text: String, message: String) {
        #expect(throws: (any Error).self) { try GazetteerFile(parsing: text, path: "x.tsv") }
        do {
            _ = try GazetteerFile(parsing: text, path: "x.tsv")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func builtinRulesLoad() throws {
        let rules = try TaggerRules.loadBuiltin()
        #expect(rules.counts.phrases > 5000)
        #expect(rules.counts.patterns >= 10)
    }

    @Test func userEntriesOverrideBuiltinOnes() throws {
        let rules = try TaggerRules.loadBuiltin().adding(gazetteer: "ORG\tJapan\n", path: "user.tsv")
        let document = Document(id: "x", text: "Japan")
        #expect(EntityTagger(rules: rules).tag(document, tokens: [Span(0, 5)], sentences: [Span(0, 5)]).map(\.label) == ["ORG"])
    }
}
