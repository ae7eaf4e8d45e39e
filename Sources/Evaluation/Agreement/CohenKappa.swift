/// Cohen's kappa between two annotators' categorical labels of the same items.
///
/// κ = (p_o − p_e) / (1 − p_e), where p_o is the share of items both label alike and p_e the agreement
/// expected by chance from each annotator's label distribution (Cohen 1960).
public struct CohenKappa: Hashable, Sendable {
    /// The number of items labelled.
    public private(set) var items = 0
    /// The number of items both label alike.
    public private(set) var agreements = 0
    /// How often the first annotator used each label.
    public private(set) var firstCounts: [String: Int] = [:]
    /// How often the second annotator used each label.
    public private(set) var secondCounts: [String: Int] = [:]

    /// An empty tally.
    public init() {}

    /// Records one item's two labels.
    public mutating func add(_ first: String, _ second: String) {
        items += 1
        if first == second { agreements += 1 }
        firstCounts[first, default: 0] += 1
        secondCounts[second, default: 0] += 1
    }

    /// p_o: the observed agreement (0 with no items).
    public var observedAgreement: Double { items == 0 ? 0 : Double(agreements) / Double(items) }

    /// p_e: the agreement expected by chance.
    public var expectedAgreement: Double {
        guard items > 0 else { return 0 }
        let total = Double(items)
        return firstCounts.reduce(0.0) { sum, entry in
            sum + Double(entry.value) / total * Double(secondCounts[entry.key] ?? 0) / total
        }
    }

    /// κ, or `nil` when chance agreement is already perfect (both annotators used one and the same label
    /// throughout, or there are no items) and kappa is undefined.
    public var kappa: Double? {
        let expected = expectedAgreement
        guard items > 0, expected < 1 else { return nil }
        return (observedAgreement - expected) / (1 - expected)
    }
}
