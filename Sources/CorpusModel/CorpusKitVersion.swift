/// The version of CorpusKit, recorded as the producer version of every layer it writes.
public enum CorpusKitVersion {
    /// The release version (semantic versioning).
    public static let current = "0.1.0"
}
