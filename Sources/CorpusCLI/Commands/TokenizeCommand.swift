import CorpusKit

/// `corpus tokenize`: prints the tokens of a text file or standard input, one per line with offsets.
struct TokenizeCommand: Command {
    static let spec = CommandSpec(
        path: ["tokenize"], summary: "Print the tokens of a text file or standard input, one per line.",
        synopsis: "[FILE | -] [--style ptb|ud] [--rules DIR ...]",
        options: PipelineOptions.specs.filter { ["--style", "--rules"].contains($0.canonicalName) },
        discussion: """
            Each line is START<TAB>END<TAB>TOKEN: Unicode scalar offsets into the text, end-exclusive (as Python,
            brat and spaCy count). Tokens never contain whitespace, so no escaping is needed.

            EXAMPLES:
              corpus tokenize Corpus/story.txt
              echo "I can't go to the U.S. today." | corpus tokenize --style ud
            """)

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> ExitCode {
        let document = try InputDocument.read(try InputDocument.path(from: arguments))
        let tokenizer = try PipelineOptions.tokenizer(arguments)
        console.write(SpanListing.render(tokenizer.tokenize(document).map { Annotation($0) }, in: document))
        return .success
    }
}
