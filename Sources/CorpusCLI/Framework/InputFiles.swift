import Foundation

/// The input files a command was given: files as named, directories recursed (sorted, hidden entries
/// skipped), each file paired with its path relative to the root it was found under.
struct InputFiles {
    /// A file to process.
    struct File: Equatable {
        /// The path to open.
        let path: String
        /// The path relative to the directory it was found in (just the file name for a named file).
        let relativePath: String
        /// The file name without its extension: the document id.
        var stem: String { ((relativePath as NSString).lastPathComponent as NSString).deletingPathExtension }
    }

    /// The files whose extension is one of those asked for.
    private(set) var files: [File] = []
    /// Files found in directories but skipped because of their extension (a note each, not an error).
    private(set) var skipped: [String] = []

    /// Collects the files.
    /// - Parameters:
    ///   - paths: Files and directories, as given on the command line.
    ///   - extensions: Extensions to take from directories (without the dot). A file named explicitly is
    ///     taken whatever its extension.
    /// - Throws: A data error naming the first path that does not exist.
    init(_ paths: [String], extensions: Set<String>) throws(CLIError) {
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .data("\(path): error: no such file or directory")
            }
            guard isDirectory.boolValue else {
                files.append(File(path: path, relativePath: (path as NSString).lastPathComponent))
                continue
            }
            let relativePaths = (manager.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted()
            for relative in relativePaths {
                let full = (path as NSString).appendingPathComponent(relative)
                var entryIsDirectory: ObjCBool = false
                let hidden = relative.split(separator: "/").contains { $0.hasPrefix(".") }
                guard !hidden, manager.fileExists(atPath: full, isDirectory: &entryIsDirectory), !entryIsDirectory.boolValue
                else { continue }
                if extensions.contains((relative as NSString).pathExtension.lowercased()) {
                    files.append(File(path: full, relativePath: relative))
                } else {
                    skipped.append(full)
                }
            }
        }
    }
}
