/// Which stage a file of a `--rules DIR` directory belongs to, by its name. One directory may serve every
/// stage; each stage reads only its own files, so that none takes another's for its own.
public enum RuleFileNames {
    /// The tokenizer's files: `tokenizer*.txt`.
    public static func isTokenizerFile(_ name: String) -> Bool {
        name.hasPrefix("tokenizer") && name.hasSuffix(".txt")
    }

    /// The sentence splitter's files: `splitter.tsv` and `splitter-*.tsv`.
    public static func isSplitterFile(_ name: String) -> Bool {
        name == "splitter.tsv" || (name.hasPrefix("splitter-") && name.hasSuffix(".tsv"))
    }

    /// The entity tagger's files: pattern files `*.rules`, and gazetteers `*.tsv` other than the splitter's;
    /// hidden files are skipped.
    public static func isTaggerFile(_ name: String) -> Bool {
        guard !name.hasPrefix(".") else { return false }
        return name.hasSuffix(".rules") || (name.hasSuffix(".tsv") && !isSplitterFile(name))
    }
}
