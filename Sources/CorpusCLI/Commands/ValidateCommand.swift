import CorpusKit
import Foundation

/// `corpus validate`: checks annotation files against their texts.
struct ValidateCommand: Command {
    static let spec = CommandSpec(
        path: ["validate"], summary: "Check annotation files (.json, .jsonl, .ann) against their texts.",
        synopsis: "[PATH ...] [--corpus DIR]",
        options: [
            OptionSpec(["--corpus"], .value("DIR"), help: "The corpus root the files' text paths are relative to (default: Corpus)."),
        ],
        discussion: """
            PATHs are files and directories (recursed); the default is Annotations. A stand-off .json file is checked
            in full: syntax, format and version, every key, offsets in range, on character boundaries, ordered and (for
            tokens and sentences) not overlapping, and the SHA-256 and length of the text it names. Each line of a
            .jsonl stream is checked against the text it holds. A brat .ann file is checked against the .txt of the
            same name beside it or under --corpus: offsets in range and each quoted text equal to the text.
            Prints one line per valid file; errors go to standard error as path:line:col: error: ... (exit 65).
            """)

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> ExitCode {
        let corpus = arguments.value("--corpus") ?? "Corpus"
        let paths = arguments.positionals.isEmpty ? ["Annotations"] : arguments.positionals
        let inputs = try InputFiles(paths, extensions: ["json", "jsonl", "ann"])
        var invalid = 0
        for file in inputs.files {
            do throws(FormatError) {
                console.write("ok    \(file.path) (\(summary(try check(file, corpus: corpus))))\n")
            } catch {
                console.error(error.description)
                invalid += 1
            }
        }
        let count = inputs.files.count
        console.error("\(count - invalid) of \(count) file\(count == 1 ? "" : "s") valid")
        return invalid == 0 ? .success : .dataError
    }

    /// Reads one file in full; what it returns is what was checked.
    private static func check(_ file: InputFiles.File, corpus: String) throws(FormatError) -> [AnnotatedDocument] {
        switch (file.path as NSString).pathExtension.lowercased() {
        case "jsonl":
            var reader = LineReader(try handle(file.path))
            var documents: [AnnotatedDocument] = []
            while let line = reader.next() {
                if line.isEmpty { continue }
                documents.append(try JSONLines.decodeAnnotated(line: line, lineNumber: reader.lineNumber, path: file.path))
            }
            return documents
        case "ann":
            let document = try bratText(for: file, corpus: corpus)
            return [AnnotatedDocument(document, layers: [try Brat.read(contentsOf: file.path, document: document).entities])]
        default:
            return [try StandoffJSON.read(contentsOf: file.path, corpusRoot: corpus)]
        }
    }

    /// The `.txt` a brat file annotates: beside it, or at the same relative path under the corpus root.
    static func bratText(for file: InputFiles.File, corpus: String) throws(FormatError) -> Document {
        let beside = (file.path as NSString).deletingPathExtension + ".txt"
        let underCorpus = (corpus as NSString).appendingPathComponent((file.relativePath as NSString).deletingPathExtension + ".txt")
        guard let text = [beside, underCorpus].first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            throw FormatError(path: file.path, message: "no text for this file: neither \(beside) nor \(underCorpus) exists")
        }
        do {
            return try Document(contentsOf: text)
        } catch {
            throw FormatError(path: text, message: error.description)
        }
    }

    private static func handle(_ path: String) throws(FormatError) -> FileHandle {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw FormatError(path: path, message: "cannot read file")
        }
        return handle
    }

    /// `1 document: 1,203 tokens, 45 sentences, 81 entities`.
    private static func summary(_ documents: [AnnotatedDocument]) -> String {
        let counts = [LayerName.token, .sentence, .entity].compactMap { name -> String? in
            let total = documents.reduce(0) { $0 + ($1[layer: name]?.annotations.count ?? 0) }
            let present = documents.contains { $0[layer: name] != nil }
            let noun = total == 1 ? name.rawValue : name == .entity ? "entities" : "\(name)s"
            return present ? "\(total) \(noun)" : nil
        }
        let head = "\(documents.count) document\(documents.count == 1 ? "" : "s")"
        return ([head] + counts).joined(separator: ", ")
    }
}
