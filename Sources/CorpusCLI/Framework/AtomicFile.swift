import Foundation

/// Writes output files so that a reader never sees half of one: write a temporary file beside the target,
/// then rename it over the target (an atomic step on POSIX file systems).
enum AtomicFile {
    /// Writes `bytes` to `path`, creating parent directories as needed.
    /// - Throws: A failure naming the path when the directory cannot be created or the file written.
    static func write(_ bytes: some Collection<UInt8>, to path: String) throws(CLIError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(bytes).write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .failure("\(path): error: cannot write file: \(Self.reason(error))")
        }
        // rename(2) replaces the target in one step: readers see the old file or the new one, never a part.
        guard rename(temporary.path, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .failure("\(path): error: cannot write file: \(reason)")
        }
    }

    /// Writes text as UTF-8 (see ``write(_:to:)``).
    static func write(_ text: String, to path: String) throws(CLIError) {
        try write(Array(text.utf8), to: path)
    }

    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            let posix = POSIXErrorCode(rawValue: Int32(underlying.code)), underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(posix.rawValue))
        }
        return nsError.localizedDescription
    }
}
