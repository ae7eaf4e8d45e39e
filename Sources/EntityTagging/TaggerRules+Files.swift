import CorpusModel
import Foundation

extension TaggerRules {
    /// These rules plus users' rule directories and gazetteer files, read strictly (UTF-8, `\n` line ends).
    ///
    /// A rule directory holds gazetteer files named `*.tsv` and pattern files named `*.rules` (other files,
    /// and the splitter's `splitter*.tsv`, are left to other stages; files are read in name order). Directories are read first, then the gazetteer files in
    /// the order given, so an entry of a later file overrides one of an earlier file, and every user entry
    /// overrides a built-in one.
    /// - Parameters:
    ///   - gazetteerFiles: Gazetteer files (`--gazetteer FILE`).
    ///   - ruleDirectories: Rule directories (`--rules DIR`).
    /// - Throws: ``EntityTaggingError/unreadableFile(path:reason:)`` or
    ///   ``EntityTaggingError/invalidLine(path:line:column:text:problem:)``.
    public func adding(gazetteerFiles: [String] = [], ruleDirectories: [String] = []) throws(EntityTaggingError)
        -> TaggerRules
    {
        if gazetteerFiles.isEmpty && ruleDirectories.isEmpty { return self }  // nothing to recompile
        var gazetteers = userGazetteers
        var patterns = patternFiles
        for directory in ruleDirectories {
            for path in try Self.ruleFiles(in: directory) {
                if path.hasSuffix(".tsv") {
                    gazetteers.append(try GazetteerFile(parsing: try Self.read(path), path: path))
                } else {
                    patterns.append(try PatternFile(parsing: try Self.read(path), path: path))
                }
            }
        }
        for path in gazetteerFiles {
            gazetteers.append(try GazetteerFile(parsing: try Self.read(path), path: path))
        }
        return TaggerRules(builtin: builtinGazetteers, user: gazetteers, patterns: patterns)
    }

    /// Whether a file of a rules directory holds entity-tagger rules: a pattern file `*.rules`, or a
    /// gazetteer `*.tsv` other than the sentence splitter's `splitter.tsv` and `splitter-*.tsv` (one
    /// `--rules DIR` may serve every stage; hidden files are skipped).
    public static func isRuleFileName(_ name: String) -> Bool { RuleFileNames.isTaggerFile(name) }

    /// The entity-tagger rule files of a directory (``isRuleFileName(_:)``), sorted by name.
    private static func ruleFiles(in directory: String) throws(EntityTaggingError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw .unreadableFile(path: directory, reason: "no such directory")
        }
        guard isDirectory.boolValue else { throw .unreadableFile(path: directory, reason: "not a directory") }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .unreadableFile(path: directory, reason: (error as NSError).localizedDescription)
        }
        return names.filter(isRuleFileName).sorted()
            .map { (directory as NSString).appendingPathComponent($0) }
    }

    /// A rule file's text, as strict UTF-8.
    private static func read(_ path: String) throws(EntityTaggingError) -> String {
        do {
            return try Document(contentsOf: path).text
        } catch {
            switch error {
            case .unreadableFile(_, let reason): throw .unreadableFile(path: path, reason: reason)
            case .invalidUTF8(_, let offset, let line, let column):
                throw .invalidLine(
                    path: path, line: line, column: column, text: "", problem: .invalidUTF8(byteOffset: offset))
            case .invalidAnnotation: throw .unreadableFile(path: path, reason: error.description)
            }
        }
    }
}
