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
}
