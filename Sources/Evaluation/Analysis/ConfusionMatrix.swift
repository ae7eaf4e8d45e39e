/// Counts of gold label × system label over spans whose boundaries match exactly (correct and
/// wrong-label pairs); spans without an exact partner are not in it.
public struct ConfusionMatrix: Hashable, Sendable {
    /// The labels of the rows and columns, sorted by UTF-8 bytes.
    public let labels: [String]
    /// `counts[gold][system]`: how many same-boundary pairs have that gold and that system label.
    public let counts: [String: [String: Int]]

    /// Builds the matrix of an evaluation.
    public init(_ evaluation: Evaluation) {
        var counts: [String: [String: Int]] = [:]
        var labels = Set<String>()
        for document in evaluation.documents {
            for pair in document.alignment where pair.kind == .match || pair.kind == .wrongLabel {
                guard let gold = pair.gold?.label, let system = pair.system?.label else { continue }
                counts[gold, default: [:]][system, default: 0] += 1
                labels.insert(gold)
                labels.insert(system)
            }
        }
        self.labels = Array(labels).sortedByBytes()
        self.counts = counts
    }

    /// The count for one cell (0 when empty).
    public func count(gold: String, system: String) -> Int { counts[gold]?[system] ?? 0 }
}
