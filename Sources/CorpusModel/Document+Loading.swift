import Foundation

extension Document {
    /// Loads a text file strictly: its bytes must be valid UTF-8 and are kept exactly (a BOM stays
    /// U+FEFF, `\r\n` stays two characters, NUL is a character).
    ///
    /// Foundation's text loaders drop a BOM and replace bad bytes, which would shift every offset;
    /// this loader reads raw bytes and validates them itself.
    /// - Parameters:
    ///   - path: The file to read.
    ///   - id: The document's identifier; by default the file name without its extension.
    ///   - sourcePath: The path recorded in annotation files (relative to the corpus root); by default `path`.
    /// - Throws: ``CorpusModelError/unreadableFile(path:reason:)`` or ``CorpusModelError/invalidUTF8(path:byteOffset:line:column:)``.
    public init(contentsOf path: String, id: String? = nil, sourcePath: String? = nil) throws(CorpusModelError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadableFile(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw .unreadableFile(path: path, reason: "is a directory") }
        let name = id ?? ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        if let text = try Self.readRegularFile(path) {
            self.init(id: name, text: text, sourcePath: sourcePath ?? path)
            return
        }
        // Pipes and other special files have no size to read into: read their bytes, then decode.
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadableFile(path: path, reason: (error as NSError).localizedDescription)
        }
        try self.init(utf8: data, id: name, path: path, sourcePath: sourcePath ?? path)
    }

    /// Reads a regular file straight into a string's storage and validates it there, so the text is held
    /// once, not twice (file bytes and string). Returns `nil` for a file that is not regular.
    private static func readRegularFile(_ path: String) throws(CorpusModelError) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            attributes[.type] as? FileAttributeType == .typeRegular, let size = attributes[.size] as? Int
        else { return nil }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadableFile(path: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        var failure: CorpusModelError?
        let descriptor = handle.fileDescriptor
        let text = String(unsafeUninitializedCapacity: max(size, 1)) { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            var count = 0
            while count < size {
                let read = Foundation.read(descriptor, base + count, size - count)
                if read <= 0 { break }
                count += read
            }
            failure = invalidUTF8(in: UnsafeBufferPointer(rebasing: buffer[..<count]), path: path)
            return failure == nil ? count : 0
        }
        if let failure { throw failure }
        return text
    }

    /// The error naming the first byte of `bytes` that is not valid UTF-8, or `nil` when all are valid.
    private static func invalidUTF8(in bytes: UnsafeBufferPointer<UInt8>, path: String) -> CorpusModelError? {
        guard let bad = UTF8Validation.firstInvalidByte(in: bytes) else { return nil }
        let (line, column) = UTF8Validation.lineAndColumn(of: bad, in: bytes)
        return .invalidUTF8(path: path, byteOffset: bad, line: line, column: column)
    }

    /// Creates a document from bytes that must be valid UTF-8, kept exactly.
    /// - Parameters:
    ///   - bytes: The text's bytes.
    ///   - id: The document's identifier.
    ///   - path: The name used in error messages (a file path, or `<stdin>`).
    ///   - sourcePath: The path recorded in annotation files, if any.
    /// - Throws: ``CorpusModelError/invalidUTF8(path:byteOffset:line:column:)`` naming the first bad byte.
    public init(
        utf8 bytes: some Collection<UInt8>, id: String, path: String, sourcePath: String? = nil
    ) throws(CorpusModelError) {
        let decode = { (buffer: UnsafeBufferPointer<UInt8>) -> Result<String, CorpusModelError> in
            if let failure = Self.invalidUTF8(in: buffer, path: path) { return .failure(failure) }
            return .success(String(decoding: buffer, as: UTF8.self))
        }
        // Decode straight from the caller's storage when it is contiguous (Data, Array): one copy, not two.
        let result = bytes.withContiguousStorageIfAvailable(decode) ?? Array(bytes).withUnsafeBufferPointer(decode)
        self.init(id: id, text: try result.get(), sourcePath: sourcePath)
    }
}
