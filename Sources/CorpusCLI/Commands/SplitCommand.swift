import CorpusKit

/// `corpus split`: prints the sentences of a text file or standard input, one per line with offsets.
struct SplitCommand: Command {
    static let spec = CommandSpec(
        path: ["split"], summary: "Print the sentences of a text file or standard input, one per line.",
        synopsis: "[FILE | -] [--style ptb|ud] [--newlines auto|always|never] [--rules DIR ...]",
        options: PipelineOptions.specs.filter { ["--style", "--newlines", "--rules"].contains($0.canonicalName) },
        discussion: """
            Each line is START<TAB>END<TAB>SENTENCE: Unicode scalar offsets into the text, end-exclusive. Line breaks,
            tabs and backslashes inside a sentence are written \\n, \\r, \\t and \\\\ so that each sentence stays on one line.

            EXAMPLES:
              corpus split Corpus/story.txt
              corpus split --newlines always notes.txt
            """)

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> ExitCode {
        let document = try InputDocument.read(try InputDocument.path(from: arguments))
        let tokens = try PipelineOptions.tokenizer(arguments).tokenize(document)
        let sentences = try PipelineOptions.splitter(arguments).split(document, tokens: tokens)
        console.write(SpanListing.render(sentences.map { Annotation($0) }, in: document))
        return .success
    }
}
