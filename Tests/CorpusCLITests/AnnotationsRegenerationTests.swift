import Foundation
import Testing

@Suite("The committed Annotations/ are what corpus annotate makes of Corpus/")
struct AnnotationsRegenerationTests {
    @Test func regeneratingGivesIdenticalBytes() throws {
        let output = try CorpusBinary.temporaryDirectory()
        let result = try CorpusBinary.run(["annotate", "Corpus", "-o", output.path])
        #expect(result.status == 0)
        let committed = CorpusBinary.packageRoot.appendingPathComponent("Annotations")
        let names = try FileManager.default.contentsOfDirectory(atPath: committed.path).filter { $0.hasSuffix(".json") }.sorted()
        let regenerated = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(!names.isEmpty)
        #expect(names == regenerated)
        for name in names {
            let old = try Data(contentsOf: committed.appendingPathComponent(name))
            let new = try Data(contentsOf: output.appendingPathComponent(name))
            #expect(old == new, "Annotations/\(name) is stale: run `swift run corpus annotate` and commit the result")
        }
    }

    @Test func everyGoldFileParsesAndQuotesItsDocument() throws {
        // Each .ann under Evaluation/gold is read against Corpus/<name>.txt: offsets in range, on character
        // boundaries, and every quoted text equal to the text at its offsets.
        let gold = CorpusBinary.packageRoot.appendingPathComponent("Evaluation/gold")
        let files = try FileManager.default.contentsOfDirectory(atPath: gold.path).filter { $0.hasSuffix(".ann") }
        let texts = try FileManager.default.contentsOfDirectory(atPath: CorpusBinary.packageRoot.appendingPathComponent("Corpus").path)
        #expect(Set(files.map { String($0.dropLast(4)) }) == Set(texts.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }))
        let result = try CorpusBinary.run(["validate", "Evaluation/gold", "--corpus", "Corpus"])
        #expect(result.status == 0)
        #expect(result.stderr == "\(files.count) of \(files.count) file\(files.count == 1 ? "" : "s") valid\n")
    }

    @Test func committedAnnotationsValidate() throws {
        let result = try CorpusBinary.run(["validate", "Annotations", "--corpus", "Corpus"])
        #expect(result.status == 0)
    }
}
