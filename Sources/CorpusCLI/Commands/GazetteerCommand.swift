import CorpusKit
import Foundation

/// `corpus gazetteer build`: compiles a gazetteer for `--gazetteer` from annotated data.
struct GazetteerBuildCommand: Command {
    static let spec = CommandSpec(
        path: ["gazetteer", "build"], summary: "Compile a gazetteer from annotated data (CoNLL-2003 files).",
        synopsis: "FILE ... -o OUT.tsv",
        options: [
            OptionSpec(["-o", "--output"], .value("OUT.tsv"), help: "The gazetteer file to write (required)."),
        ],
        discussion: """
            Each entity's phrase is kept with its most frequent label; a phrase that occurs more often outside
            any entity than as an entity (counted on whole tokens in the same data) is left out.
            Input: CoNLL-2003 files (*.conll, *.txt; any tag scheme, detected).

            EXAMPLE:
              corpus gazetteer build ../shared/data/conll2003/train.txt -o train.tsv
              corpus tag --gazetteer train.tsv story.txt
            """)

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> ExitCode {
        guard let output = arguments.value("--output") else {
            throw .usage("\(spec.fullName): error: missing -o OUT.tsv")
        }
        guard !arguments.positionals.isEmpty else {
            throw .usage("\(spec.fullName): error: no input files")
        }
        var builder = GazetteerBuilder()
        for path in arguments.positionals {
            let file: CoNLL2003File
            do {
                file = try CoNLL2003Reader().read(contentsOf: path)
            } catch {
                throw .data(error.description)
            }
            for annotated in file.documents {
                builder.add(
                    annotated.document, tokens: annotated[layer: .token]?.spans ?? [],
                    entities: annotated[layer: .entity]?.annotations ?? [])
            }
        }
        let text = builder.gazetteerText(sources: arguments.positionals.map { ($0 as NSString).lastPathComponent })
        try AtomicFile.write(text, to: output)
        let kept = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.count
        console.error("corpus gazetteer build: wrote \(kept) phrases to \(output)")
        return .success
    }
}
