import CorpusKit
import Foundation

/// `corpus tag`: tokenizes, splits and tags text files (or standard input) and prints their entities.
struct TagCommand: Command {
    enum OutputFormat: String, CaseIterable { case tsv, brat }

    static let spec = CommandSpec(
        path: ["tag"], summary: "Print the named entities of text files or standard input.",
        synopsis: "[FILE ... | -] [--gazetteer FILE ...] [--rules DIR ...] [--format tsv|brat]",
        options: [
            OptionSpec(["--gazetteer"], .repeatable("FILE"), help: "Add a gazetteer (CLASS<TAB>phrase lines); repeatable, later files win."),
            OptionSpec(["--rules"], .repeatable("DIR"), help: "Add rule files from DIR (*.tsv gazetteers, *.rules patterns); repeatable."),
            OptionSpec(["--no-builtin"], help: "Leave out the built-in gazetteers and pattern rules."),
            OptionSpec(["--format"], .value("FORMAT"), help: "tsv (default): start, end, label, text per line; brat: .ann lines."),
        ],
        discussion: """
            Offsets are Unicode scalar offsets into the file's text, end-exclusive (as Python, brat and spaCy count).
            With several files, each line starts with the file's path and a tab.

            EXAMPLES:
              corpus tag Corpus/story.txt
              echo 'Defense Minister Takeshi Iwaya met NATO officials.' | corpus tag
              corpus tag --gazetteer train.tsv --format brat story.txt > story.ann
            """)

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> ExitCode {
        let format = try arguments.choice("--format", as: OutputFormat.self) ?? .tsv
        let rules = try TaggerRulesOption.rules(from: arguments)
        let pipeline = EntityPipeline(tagger: EntityTagger(rules: rules))
        let paths = arguments.positionals.isEmpty ? ["-"] : arguments.positionals
        for path in paths {
            let document = try readDocument(path)
            let entities = pipeline.entities(of: document)
            let offsets = OffsetTable(document)
            let prefix = paths.count > 1 ? path + "\t" : ""
            for (number, entity) in entities.enumerated() {
                guard let scalars = offsets.scalarSpan(entity.span) else { continue }
                let label = entity.label ?? ""
                let text = document.text(of: entity.span)
                switch format {
                case .tsv: console.write("\(prefix)\(scalars.start)\t\(scalars.end)\t\(label)\t\(text)\n")
                case .brat: console.write("\(prefix)T\(number + 1)\t\(label) \(scalars.start) \(scalars.end)\t\(text)\n")
                }
            }
        }
        return .success
    }

    /// A text file, or standard input for `-`, loaded strictly.
    private static func readDocument(_ path: String) throws(CLIError) -> Document {
        do {
            if path == "-" {
                return try Document(utf8: FileHandle.standardInput.readDataToEndOfFile(), id: "stdin", path: "<stdin>")
            }
            return try Document(contentsOf: path)
        } catch {
            throw .data(error.description)
        }
    }
}

/// The tokenizer, splitter and tagger run one after the other on a document.
struct EntityPipeline: Sendable {
    let tokenizer = Tokenizer()
    let splitter = SentenceSplitter()
    let tagger: EntityTagger

    func entities(of document: Document) -> [Annotation] {
        let tokens = tokenizer.tokenize(document)
        let sentences = splitter.split(document, tokens: tokens)
        return tagger.tag(document, tokens: tokens, sentences: sentences)
    }
}

/// The `--gazetteer`, `--rules` and `--no-builtin` options, turned into tagger rules.
enum TaggerRulesOption {
    static func rules(from arguments: ParsedArguments) throws(CLIError) -> TaggerRules {
        let base: TaggerRules
        do {
            base = arguments.flag("--no-builtin") ? .empty : try TaggerRules.loadBuiltin()
            return try base.adding(gazetteerFiles: arguments.values("--gazetteer"), ruleDirectories: arguments.values("--rules"))
        } catch {
            throw .data(error.description)
        }
    }
}
