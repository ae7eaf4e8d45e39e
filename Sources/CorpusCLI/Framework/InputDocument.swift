import CorpusModel
import Foundation

/// Reads the one document a command such as `tokenize` works on: a file, or standard input for `-` or no path.
enum InputDocument {
    /// Loads the document strictly (see ``Document/init(contentsOf:id:sourcePath:)``).
    /// - Throws: A data error naming the file and the position of a bad byte, or a missing file.
    static func read(_ path: String?) throws(CLIError) -> Document {
        do {
            guard let path, path != "-" else {
                let bytes = FileHandle.standardInput.readDataToEndOfFile()
                return try Document(utf8: bytes, id: "stdin", path: "<stdin>")
            }
            return try Document(contentsOf: path)
        } catch {
            throw .data(error.description)
        }
    }

    /// The single optional path argument of a command that reads one document.
    static func path(from arguments: ParsedArguments) throws(CLIError) -> String? {
        guard arguments.positionals.count <= 1 else {
            throw .usage("\(arguments.spec.fullName): error: expected at most one FILE, got \(arguments.positionals.count)")
        }
        return arguments.positionals.first
    }
}
