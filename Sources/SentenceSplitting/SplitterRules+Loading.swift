import CorpusModel
import Foundation

extension SplitterRules {
    /// Whether a file of a rules directory holds sentence-splitter rules: `splitter.tsv` or
    /// `splitter-*.tsv`. Other files (the tokenizer's, the entity tagger's) are left to their own stages.
    public static func isRuleFileName(_ name: String) -> Bool { RuleFileNames.isSplitterFile(name) }

    /// Loads the sentence-splitter rules of a `--rules DIR` directory: every file named `splitter.tsv` or
    /// `splitter-*.tsv`,
    /// in name order, each through the same parser as the built-in rules.
    /// - Parameter directory: The directory's path.
    /// - Returns: The rules of those files together (an entry listed in two of them is a duplicate), or `nil` when the directory holds none (the
    ///   directory may hold only other stages' rules). Combine them with ``builtin`` through ``adding(_:)``.
    /// - Throws: ``SentenceSplittingError/unreadableRules(path:reason:)`` when the directory or a file cannot
    ///   be read or is not UTF-8, and any parse error of ``init(parsing:file:)`` with its `file:line`.
    public static func load(directory: String) throws(SentenceSplittingError) -> SplitterRules? {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .unreadableRules(path: directory, reason: "not a readable directory")
        }
        var combined: SplitterRules?
        for name in names.filter(isRuleFileName).sorted() {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .unreadableRules(path: path, reason: "not a readable file")
            }
            let text = String(decoding: data, as: UTF8.self)
            guard text.utf8.elementsEqual(data) else { throw .unreadableRules(path: path, reason: "not valid UTF-8") }
            let rules = try SplitterRules(parsing: text, file: path)
            if let base = combined {
                combined = try base.combined(with: rules, replacing: false)
            } else {
                combined = rules
            }
        }
        return combined
    }
}
