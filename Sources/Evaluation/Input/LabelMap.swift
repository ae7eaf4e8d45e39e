/// Relabels spans before scoring (`--map GPE=LOC`): each label maps to at most one new label; labels not
/// in the map stay as they are. Mapping applies to both sides.
public struct LabelMap: Hashable, Sendable {
    /// New labels by old label.
    public let mapping: [String: String]

    /// Creates a map from pairs old → new.
    public init(_ mapping: [String: String] = [:]) {
        self.mapping = mapping
    }

    /// Parses `OLD=NEW` entries, as given to `--map`.
    /// - Throws: ``EvaluationError/invalidLabelMapping(_:)`` for an entry without `=`, with an empty label,
    ///   or mapping a label already mapped.
    public init(parsing entries: [String]) throws(EvaluationError) {
        var mapping: [String: String] = [:]
        for entry in entries {
            guard let equals = entry.firstIndex(of: "=") else { throw .invalidLabelMapping(entry) }
            let old = String(entry[..<equals])
            let new = String(entry[entry.index(after: equals)...])
            guard !old.isEmpty, !new.isEmpty, mapping.updateValue(new, forKey: old) == nil else {
                throw .invalidLabelMapping(entry)
            }
        }
        self.mapping = mapping
    }

    /// The label after mapping.
    public func apply(_ label: String) -> String { mapping[label] ?? label }
}
