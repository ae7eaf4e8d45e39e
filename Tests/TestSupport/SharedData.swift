import Foundation

/// The shared data sets (CoNLL-2003, UD English EWT) in `shared/data` beside the package, or beside the
/// folder of worktrees one level up. They are not part of the project: tests that use them skip when
/// they are absent.
public enum SharedData {
    private static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The path of a shared data file (`"conll2003/dev.txt"`), if present.
    public static func path(_ relative: String) -> String? {
        for base in ["../shared/data", "../../shared/data"] {
            let path = packageRoot.appendingPathComponent(base).appendingPathComponent(relative).standardizedFileURL.path
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        return nil
    }
}
