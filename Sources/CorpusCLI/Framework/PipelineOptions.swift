import CorpusKit

/// The options shared by every command that runs annotation stages (`annotate`, `tokenize`, `split`,
/// `bench`, …), and how they become a configured ``Pipeline``.
enum PipelineOptions {
    /// `--stages`, `--style`, `--newlines`, `--rules`, `--gazetteer`, `--no-builtin`.
    static let specs: [OptionSpec] = [
        OptionSpec(["--stages"], .value("LIST"), help: "Stages to run: token,sentence,entity (default: all three)."),
        OptionSpec(["--style"], .value("STYLE"), help: "Tokenizer convention: ptb (default; CoNLL-2003/Penn Treebank) or ud (UD English EWT)."),
        OptionSpec(["--newlines"], .value("POLICY"), help: "A single line break ends a sentence: auto (default; by the shape of the lines), always, never."),
        OptionSpec(["--rules"], .repeatable("DIR"), help: "Add rule files from DIR: tokenizer*.txt, splitter*.tsv, gazetteer *.tsv, *.rules (repeatable)."),
        OptionSpec(["--gazetteer"], .repeatable("FILE"), help: "Add an entity gazetteer of CLASS<TAB>phrase lines (repeatable; later files win)."),
        OptionSpec(["--no-builtin"], help: "Leave out the built-in entity gazetteers and patterns (user rules only)."),
    ]

    /// The stages asked for with `--stages`, or `defaults`.
    static func stages(_ arguments: ParsedArguments, defaults: Set<Stage> = Set(Stage.allCases)) throws(CLIError) -> Set<Stage> {
        guard let listed = try arguments.list("--stages", of: Stage.self) else { return defaults }
        return Set(listed)
    }

    /// The tokenizer the options describe: the style's built-in rules plus those of each `--rules` directory.
    static func tokenizer(_ arguments: ParsedArguments) throws(CLIError) -> Tokenizer {
        let style = try arguments.choice("--style", as: TokenizerStyle.self) ?? .ptb
        var rules = TokenizerRules.builtin(for: style)
        do {
            for directory in arguments.values("--rules") {
                if let user = try TokenizerRules.load(directory: directory) { rules = try rules.adding(user) }
            }
        } catch {
            throw .data(error.description)
        }
        return Tokenizer(style: style, rules: rules)
    }

    /// The sentence splitter the options describe.
    static func splitter(_ arguments: ParsedArguments) throws(CLIError) -> SentenceSplitter {
        let policy = try arguments.choice("--newlines", as: NewlinePolicy.self) ?? .auto
        var rules = SplitterRules.builtin
        do {
            for directory in arguments.values("--rules") {
                if let user = try SplitterRules.load(directory: directory) { rules = try rules.adding(user) }
            }
        } catch {
            throw .data(error.description)
        }
        return SentenceSplitter(newlines: policy, rules: rules)
    }

    /// The entity tagger the options describe.
    static func tagger(_ arguments: ParsedArguments) throws(CLIError) -> EntityTagger {
        do {
            let base = arguments.flag("--no-builtin") ? TaggerRules.empty : TaggerRules.builtin
            let rules = try base.adding(gazetteerFiles: arguments.values("--gazetteer"), ruleDirectories: arguments.values("--rules"))
            return EntityTagger(rules: rules)
        } catch {
            throw .data(error.description)
        }
    }

    /// The whole pipeline the options describe; rules of stages that will not run are not loaded.
    static func pipeline(_ arguments: ParsedArguments, defaults: Set<Stage> = Set(Stage.allCases)) throws(CLIError) -> Pipeline {
        let stages = try stages(arguments, defaults: defaults)
        return Pipeline(
            stages: stages,
            tokenizer: try tokenizer(arguments),
            splitter: try splitter(arguments),
            tagger: stages.contains(.entity) ? try tagger(arguments) : EntityTagger(rules: .empty))
    }
}
