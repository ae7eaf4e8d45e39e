import CorpusKit

/// Where a report goes: standard output, or a file written atomically (`-o FILE`).
enum ReportOutput {
    /// Writes `text` to `path` (atomically) or to the console.
    static func write(_ text: String, to path: String?, console: Console) throws(CLIError) {
        if let path { try AtomicFile.write(text, to: path) } else { console.write(text) }
    }
}

/// The options the evaluation commands share: what to score and how to read the labels.
enum ScoringArguments {
    /// The options, for command specs.
    static let options: [OptionSpec] = [
        OptionSpec(["--layer"], .value("LAYER"), help: "entity (default), sentence or token."),
        OptionSpec(["--labels"], .value("L1,L2"), help: "Score only these labels (after --map)."),
        OptionSpec(["--map"], .repeatable("OLD=NEW"), help: "Relabel on both sides before scoring (e.g. GPE=LOC); repeatable."),
        OptionSpec(["--allow-missing"], help: "Score a document found on one side only (all missed or all spurious) instead of stopping."),
        OptionSpec(["--corpus"], .value("DIR"), help: "The corpus root: stand-off text paths are relative to it; brat NAME.ann texts may be DIR/NAME.txt (default: Corpus)."),
        OptionSpec(["--from"], .value("FORMAT"), help: "Format of input files whose extension does not tell (e.g. CoNLL-2003 .txt): conll2003, conllu, brat, json, jsonl."),
        OptionSpec(["--gold-layer"], .value("NAME"), help: "Score the gold side's layer NAME as --layer (e.g. CoNLL-U syntactic words: --layer token --gold-layer word)."),
    ]

    /// The layers that can be scored.
    enum Layer: String, CaseIterable {
        case entity, sentence, token
    }

    /// The corpus root (`--corpus`, default `Corpus`).
    static func corpus(_ arguments: ParsedArguments) -> String { arguments.value("--corpus") ?? "Corpus" }

    /// The reader for annotation sets in any format (`--from`, `--corpus`; CoNLL-U syntactic words kept).
    static func reader(_ arguments: ParsedArguments) throws(CLIError) -> DocumentReader {
        DocumentReader(
            from: try arguments.choice("--from", as: DocumentFormat.self), conll2003: CoNLL2003ReadOptions(),
            conllu: CoNLLUReadOptions(words: true), corpus: corpus(arguments), commandName: arguments.spec.fullName,
            fromOverridesExtensions: false)
    }

    /// `--gold-layer NAME`, as the move of the gold side's layer NAME onto the scored layer.
    static func goldLayer(_ arguments: ParsedArguments, scoring: ScoringOptions) -> (from: LayerName, to: LayerName)? {
        arguments.value("--gold-layer").map { (LayerName(rawValue: $0), scoring.layer) }
    }

    /// The scoring options given.
    static func scoringOptions(_ arguments: ParsedArguments) throws(CLIError) -> ScoringOptions {
        let layer = try arguments.choice("--layer", as: Layer.self) ?? .entity
        let map: LabelMap
        do {
            map = try LabelMap(parsing: arguments.values("--map"))
        } catch {
            throw .usage("\(arguments.spec.fullName): \(error.description)")
        }
        var labels: Set<String>?
        if let list = arguments.value("--labels") {
            let items = list.split(separator: ",").map(String.init)
            guard !items.isEmpty else { throw .usage("\(arguments.spec.fullName): error: --labels needs at least one label") }
            labels = Set(items)
        }
        return ScoringOptions(layer: LayerName(rawValue: layer.rawValue), labelMap: map, labels: labels)
    }
}
