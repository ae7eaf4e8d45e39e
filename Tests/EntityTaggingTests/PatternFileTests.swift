import CorpusModel
@testable import EntityTagging
import TestSupport
import Testing

@Suite("Pattern files: NAME<TAB>PRIORITY<TAB>PATTERN, parsed strictly")
struct PatternFileTests {
    @Test func parsesElementsCapturesAndAnchors() throws {
        let file = try PatternFile(
            parsing: "# rules\ntitle\t80\t^ @title [PER Name&!@common+] \"said\"? $\n", path: "p.rules")
        let rule = try #require(file.rules.first)
        #expect(rule.name == "title")
        #expect(rule.priority == 80)
        #expect(rule.anchoredAtStart && rule.anchoredAtEnd)
        #expect(rule.elements.count == 3)
        #expect(rule.elements[0].alternatives == [.phrase(all: [.cue(.title)], none: [])])
        #expect(rule.elements[1].alternatives == [.token(.all([.shape(.name), .not(.inClass(.cue(.common)))]))])
        #expect(rule.elements[1].minimum == 1 && rule.elements[1].maximum == Int.max)
        #expect(rule.elements[2].alternatives == [.token(.literal(Array("said".utf8)))])
        #expect(rule.elements[2].minimum == 0)
        #expect(rule.captures == [PatternCapture(label: .person, elements: 1..<2)])
    }

    @Test func phraseAlternativesCombineClasses() throws {
        let file = try PatternFile(parsing: "club\t65\t[ORG @LOC&!@country] Number\n", path: "p.rules")
        #expect(file.rules[0].elements[0].alternatives == [.phrase(all: [.label(.location)], none: [.cue(.country)])])
    }

    @Test(arguments: [
        ("r\t1\tName\n", "p.rules:1:5: error: invalid pattern: no [LABEL …] group"),
        ("r\t1\t[PER Name\n", "p.rules:1:5: error: invalid pattern: '[' is never closed"),
        ("r\t1\t[XYZ Name]\n", "p.rules:1:6: error: invalid pattern: expected an entity label (PER, LOC, ORG, MISC or O) after '['"),
        ("r\t1\t[PER Nome]\n", "p.rules:1:10: error: invalid pattern: unknown shape 'Nome' (expected one of: Cap, Upper, Initial, Name, Lower, Number, Punct, Any)"),
        ("r\t1\t[PER @titel Name]\n", "p.rules:1:10: error: invalid pattern: unknown class '@titel'"),
        ("r\t1\t[PER \"of Name]\n", "p.rules:1:10: error: invalid pattern: unterminated literal"),
        ("r\t1\t[PER [LOC Name]]\n", "p.rules:1:10: error: invalid pattern: brackets do not nest"),
        ("r\t1\tName]\n", "p.rules:1:9: error: invalid pattern: ']' without '['"),
        ("r\t1\t[PER Name] $ Name\n", "p.rules:1:16: error: invalid pattern: '$' must end the pattern"),
        ("r\tten\t[PER Name]\n", "p.rules:1:3: error: invalid priority 'ten' (expected a whole number from 0 to 1000)"),
        ("r\t1\t[PER Name]\nr\t2\t[LOC Name]\n", "p.rules:2:1: error: duplicate entry 'r' (first on line 1)"),
        ("r\t1\n", "p.rules:1:1: error: expected 3 tab-separated fields, found 2"),
    ])
    func rejectsMalformedRules(text: String, message: String) {
        do {
            _ = try PatternFile(parsing: text, path: "p.rules")
            Issue.record("no error for \(text)")
        } catch {
            #expect(error.description.split(separator: "\n").first.map(String.init) == message)
        }
    }

    @Test func userRuleReplacesTheBuiltinOneOfTheSameName() throws {
        let rules = try TaggerRules.loadBuiltin().adding(patterns: "title-name\t80\t@title [MISC Name+]\n", path: "u.rules")
        let found = tagWithPipeline("He met President Grobnik.", tagger: EntityTagger(rules: rules))
        #expect(MarkedText(text: "He met President Grobnik.", annotations: found).description == "He met President ⟦MISC|Grobnik⟧.")
    }

    @Test func blockingGroupsKeepTokensUnlabelled() throws {
        let rules = try TaggerRules.loadBuiltin().adding(patterns: "no-tokyo\t95\t[O \"Tokyo\"]\n", path: "u.rules")
        #expect(tagWithPipeline("They met in Tokyo.", tagger: EntityTagger(rules: rules)).isEmpty)
    }

    @Test(arguments: [
        ("teams.tsv", true), ("ships.rules", true), ("splitter.tsv", false), ("splitter-abbreviations.tsv", false),
        ("tokenizer.txt", false), (".hidden.tsv", false), ("notes.md", false),
    ])
    func ruleDirectoriesAreSharedWithOtherStages(name: String, isTaggers: Bool) {
        #expect(TaggerRules.isRuleFileName(name) == isTaggers)
    }
}
