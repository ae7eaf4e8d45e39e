import CorpusModel
import Foundation
import TestSupport
import Testing

@testable import Tokenization

private let ewtDevFile = SharedData.path("ud-ewt/dev.conllu").map(URL.init(fileURLWithPath:))
private let conllDevFile = SharedData.path("conll2003/dev.txt").map(URL.init(fileURLWithPath:))

/// Style `ptb` against CoNLL-2003 dev: its tokens, joined by spaces (sentences by newlines), must come
/// back whole — the convention is CoNLL-2003's. Skipped without the shared data.
@Suite(.enabled(if: conllDevFile != nil, "../shared/data/conll2003/dev.txt is absent"))
struct CoNLLConventionTests {
    @Test func ptbKeepsCoNLLTokensWhole() throws {
        let url = try #require(conllDevFile)
        var (kept, total) = (0, 0)
        let tokenizer = Tokenizer(style: .ptb)
        for document in try String(contentsOf: url, encoding: .utf8).components(separatedBy: "-DOCSTART-") {
            let sentences = document.split(separator: "\n", omittingEmptySubsequences: false)
                .split(whereSeparator: { $0.isEmpty }).dropFirst()  // the rest of the -DOCSTART- line
                .map { $0.map { String($0.prefix(while: { $0 != " " })) } }
            var text = ""
            var gold: [Span] = []
            for sentence in sentences {
                if !text.isEmpty { text += "\n" }
                for (index, token) in sentence.enumerated() {
                    if index > 0 { text += " " }
                    gold.append(Span(text.utf8.count, text.utf8.count + token.utf8.count))
                    text += token
                }
            }
            let system = Set(tokenizer.tokenize(Document(id: "conll", text: text)))
            kept += gold.filter(system.contains).count
            total += gold.count
        }
        #expect(total == 51_362)
        #expect(Double(kept) / Double(total) >= 0.999, "\(kept) of \(total) tokens kept whole")
    }
}

/// Token F1 of style `ud` against UD English EWT dev, when the shared data is present (it is not part of
/// the project; the test is skipped without it). Guards the accuracy the documentation reports.
@Suite(.enabled(if: ewtDevFile != nil, "../shared/data/ud-ewt/dev.conllu is absent"))
struct EWTAccuracyTests {
    @Test func udTokenF1OnEWTDev() throws {
        let url = try #require(ewtDevFile)
        let documents = EWTDocument.read(try String(contentsOf: url, encoding: .utf8))
        #expect(documents.count == 318)
        var (truePositives, systemCount, goldCount) = (0, 0, 0)
        let tokenizer = Tokenizer(style: .ud)
        for document in documents {
            let system = Set(tokenizer.tokenize(Document(id: "ewt", text: document.text)))
            truePositives += system.intersection(document.tokens).count
            systemCount += system.count
            goldCount += document.tokens.count
        }
        let precision = Double(truePositives) / Double(systemCount)
        let recall = Double(truePositives) / Double(goldCount)
        let f1 = 2 * precision * recall / (precision + recall)
        #expect(goldCount == 25_147)
        #expect(f1 >= 0.994, "token F1 \(f1) (P \(precision), R \(recall))")
    }
}

/// A document of a CoNLL-U file rebuilt as text — sentences of a paragraph joined by a space,
/// paragraphs by a newline — with its gold tokens: syntactic words, placed inside their surface token
/// when their forms join to it, else the surface token as one span.
private struct EWTDocument {
    var text = ""
    var tokens: Set<Span> = []

    static func read(_ conllu: String) -> [EWTDocument] {
        var documents: [EWTDocument] = []
        var sentenceText = ""
        var startsParagraph = false
        var rows: [[Substring]] = []
        func finishSentence() {
            guard !rows.isEmpty, !documents.isEmpty else { return }
            documents[documents.count - 1].add(sentence: sentenceText, rows: rows, newParagraph: startsParagraph)
            rows = []
            startsParagraph = false
        }
        for line in conllu.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("# newdoc") {
                finishSentence()
                documents.append(EWTDocument())
                startsParagraph = false
            } else if line.hasPrefix("# newpar") {
                startsParagraph = true
            } else if line.hasPrefix("# text = ") {
                sentenceText = String(line.dropFirst("# text = ".count))
            } else if line.isEmpty {
                finishSentence()
            } else if !line.hasPrefix("#") {
                rows.append(line.split(separator: "\t", omittingEmptySubsequences: false))
            }
        }
        finishSentence()
        return documents
    }

    /// Appends a sentence and the spans of its tokens, found in order in its text.
    mutating func add(sentence: String, rows: [[Substring]], newParagraph: Bool) {
        if !text.isEmpty { text += newParagraph ? "\n" : " " }
        let base = text.utf8.count
        text += sentence
        let bytes = Array(sentence.utf8)
        var position = 0
        var index = 0
        while index < rows.count {
            let id = rows[index][0]
            if id.contains(".") {  // an empty node: no text
                index += 1
                continue
            }
            let form = Array(rows[index][1].utf8)
            guard let start = Self.find(form, in: bytes, from: position) else { return }
            if let dash = id.firstIndex(of: "-"), let last = Int(id[id.index(after: dash)...]), let first = Int(id[..<dash]) {
                let words = rows[(index + 1)...].prefix(last - first + 1).map { Array($0[1].utf8) }
                if words.joined().elementsEqual(form) {
                    var offset = start
                    for word in words {
                        tokens.insert(Span(base + offset, base + offset + word.count))
                        offset += word.count
                    }
                } else {
                    tokens.insert(Span(base + start, base + start + form.count))
                }
                index += 1 + words.count
            } else {
                tokens.insert(Span(base + start, base + start + form.count))
                index += 1
            }
            position = start + form.count
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var offset = start
        while offset + needle.count <= haystack.count {
            if haystack[offset..<(offset + needle.count)].elementsEqual(needle) { return offset }
            offset += 1
        }
        return nil
    }
}
