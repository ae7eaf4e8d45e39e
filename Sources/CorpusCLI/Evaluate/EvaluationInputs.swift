import CorpusKit
import Foundation

/// The inputs of `corpus evaluate`, checked for consistency: a conlleval file, two token-aligned CoNLL
/// files, or two annotation sets; and how to score them.
struct EvaluationInputs {
    /// Where gold and system come from.
    enum Source {
        /// One file in conlleval's format (gold and system tags side by side).
        case conll(String)
        /// Two CoNLL files with the same tokens.
        case conllPair(gold: String, system: String)
        /// Two sets of stand-off JSON or brat files.
        case annotations(gold: String, system: String)
    }

    private(set) var source: Source
    let scoring: ScoringOptions
    let conllOptions: ConllevalOptions
    let allowMissing: Bool
    let reader: DocumentReader
    let goldLayer: (from: LayerName, to: LayerName)?

    /// Reads and checks the input options.
    /// - Throws: A usage error for a missing or contradictory combination of options.
    init(_ arguments: ParsedArguments) throws(CLIError) {
        let name = arguments.spec.fullName
        let gold = arguments.value("--gold")
        let system = arguments.value("--system")
        if let conll = arguments.value("--conll") {
            guard gold == nil, system == nil else { throw .usage("\(name): error: give either --conll or --gold and --system, not both") }
            source = .conll(conll)
        } else {
            guard let gold, let system else {
                throw .usage("\(name): error: give --gold and --system (directories or files), or --conll FILE")
            }
            source = .annotations(gold: gold, system: system)
        }
        scoring = try ScoringArguments.scoringOptions(arguments)
        reader = try ScoringArguments.reader(arguments)
        goldLayer = ScoringArguments.goldLayer(arguments, scoring: scoring)
        // Two CoNLL-2003 files scored on entities are read as conlleval reads them (token-aligned, its chunk rules).
        if case .annotations(let gold, let system) = source, scoring.layer == .entity, goldLayer == nil,
            try Self.isCoNLL2003File(gold, reader), try Self.isCoNLL2003File(system, reader)
        {
            source = .conllPair(gold: gold, system: system)
        }
        let tagScheme = try arguments.choice("--tag-scheme", as: TagScheme.self)
        let raw = arguments.flag("--raw-tags")
        let delimiter = arguments.value("--delimiter")
        if case .annotations = source, tagScheme != nil || raw || delimiter != nil {
            throw .usage("\(name): error: --tag-scheme, --delimiter and --raw-tags apply to CoNLL input only")
        }
        if case .annotations = source {} else if scoring.layer != .entity {
            throw .usage("\(name): error: CoNLL input has one token and sentence layer for both sides: score --layer entity")
        }
        if raw && tagScheme != nil { throw .usage("\(name): error: --raw-tags and --tag-scheme exclude each other") }
        conllOptions = ConllevalOptions(
            delimiter: delimiter.map(ConllevalOptions.delimiter(parsing:)) ?? .whitespace, rawTags: raw, tagScheme: tagScheme)
        allowMissing = arguments.flag("--allow-missing")
    }

    /// Reads the inputs, scores them and prepares the report with notes about the input.
    func report(schemes: [Scheme]) throws(CLIError) -> EvaluationReport {
        switch source {
        case .conll, .conllPair:
            let input = try readConll(systemOverride: nil)
            let evaluation = try score(input.documents, accuracy: input.accuracy)
            return EvaluationReport(
                evaluation, schemes: schemes, tagInput: true, tagScheme: input.tagScheme, notes: Self.notes(for: input))
        case .annotations(let gold, let system):
            let sets = try AnnotationSets(gold: gold, system: system, reader: reader, allowMissing: allowMissing, goldLayer: goldLayer)
            return EvaluationReport(try score(sets.pairs, accuracy: nil), schemes: schemes, notes: sets.notes)
        }
    }

    /// Scores another system on the same gold (for `--against`): another conlleval file, another CoNLL
    /// system file, or another annotation set.
    func evaluation(ofSystem other: String) throws(CLIError) -> Evaluation {
        switch source {
        case .conll, .conllPair:
            let input = try readConll(systemOverride: other)
            return try score(input.documents, accuracy: input.accuracy)
        case .annotations(let gold, _):
            let sets = try AnnotationSets(gold: gold, system: other, reader: reader, allowMissing: allowMissing, goldLayer: goldLayer)
            return try score(sets.pairs, accuracy: nil)
        }
    }

    private func readConll(systemOverride: String?) throws(CLIError) -> ConllevalInput {
        do {
            switch source {
            case .conll(let file):
                let path = systemOverride ?? file
                guard path == "-" else { return try ConllevalReader.read(contentsOf: path, options: conllOptions) }
                return try ConllevalReader.read(Self.standardInput(), path: "<stdin>", options: conllOptions)
            case .conllPair(let gold, let system):
                return try ConllevalReader.read(goldContentsOf: gold, systemContentsOf: systemOverride ?? system, options: conllOptions)
            case .annotations:
                preconditionFailure("annotation sets are not CoNLL input")
            }
        } catch {
            throw .data(error.description)
        }
    }

    /// Standard input, strictly decoded as UTF-8.
    private static func standardInput() throws(EvaluationError) -> String {
        do {
            return try Document(utf8: FileHandle.standardInput.readDataToEndOfFile(), id: "stdin", path: "<stdin>").text
        } catch {
            throw .text(error)
        }
    }

    private func score(_ pairs: [DocumentPair], accuracy: TagAccuracy?) throws(CLIError) -> Evaluation {
        do {
            return try Scorer.score(pairs: pairs, options: scoring, accuracy: accuracy)
        } catch {
            throw .data(error.description)
        }
    }

    /// Whether a path is one CoNLL-2003 file (by its extension, or `--from conll2003`).
    private static func isCoNLL2003File(_ path: String, _ reader: DocumentReader) throws(CLIError) -> Bool {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return false }
        return try reader.format(of: path) == .conll2003
    }

    /// Notes on how CoNLL tags were read: conlleval divergences and scheme violations.
    static func notes(for input: ConllevalInput) -> [String] {
        var notes: [String] = []
        if !input.divergentLines.isEmpty {
            let first = input.divergentLines.prefix(5).map(String.init).joined(separator: ", ")
            notes.append(
                "on \(input.divergentLines.count) lines (first: \(first)) conlleval's rules keep a chunk open across an O tag or open a chunk without closing the open one; conlleval.pl may count correct chunks differently there")
        }
        if let scheme = input.tagScheme, !input.violations.isEmpty {
            notes.append("\(input.violations.count) tags break the \(scheme) scheme and were read as conlleval would read them:")
            notes += input.violations.prefix(20).map(\.description)
            if input.violations.count > 20 { notes.append("… and \(input.violations.count - 20) more") }
        }
        return notes
    }
}
