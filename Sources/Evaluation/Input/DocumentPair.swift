import CorpusModel

/// The gold and system annotations of one document, or one side alone when a document is missing from
/// the other (scored as all missed, or all spurious).
public enum DocumentPair: Sendable {
    /// Both sides; their texts must be identical.
    case matched(gold: AnnotatedDocument, system: AnnotatedDocument)
    /// Gold annotations only: every gold span is missed.
    case goldOnly(AnnotatedDocument)
    /// System annotations only: every system span is spurious.
    case systemOnly(AnnotatedDocument)

    /// The document's identifier.
    public var id: String { document.id }

    /// The document (the gold side's when both are present).
    public var document: Document {
        switch self {
        case .matched(let gold, _), .goldOnly(let gold): return gold.document
        case .systemOnly(let system): return system.document
        }
    }

    /// The gold side, if present.
    public var gold: AnnotatedDocument? {
        switch self {
        case .matched(let gold, _), .goldOnly(let gold): return gold
        case .systemOnly: return nil
        }
    }

    /// The system side, if present.
    public var system: AnnotatedDocument? {
        switch self {
        case .matched(_, let system), .systemOnly(let system): return system
        case .goldOnly: return nil
        }
    }

    /// Pairs gold and system documents by identifier.
    /// - Parameters:
    ///   - gold: The gold documents.
    ///   - system: The system documents.
    ///   - allowMissing: Whether a document on one side only is scored (as all missed or all spurious)
    ///     rather than an error.
    /// - Returns: The pairs, sorted by identifier.
    /// - Throws: ``EvaluationError/noDocuments`` when both sides are empty,
    ///   ``EvaluationError/duplicateDocument(id:side:)``, or
    ///   ``EvaluationError/missingDocument(id:missingFrom:)`` for the first unpaired document.
    public static func pair(
        gold: [AnnotatedDocument], system: [AnnotatedDocument], allowMissing: Bool = false
    ) throws(EvaluationError) -> [DocumentPair] {
        guard !gold.isEmpty || !system.isEmpty else { throw .noDocuments }
        let goldByID = try index(gold, side: .gold)
        let systemByID = try index(system, side: .system)
        var pairs: [DocumentPair] = []
        for id in Set(goldByID.keys).union(systemByID.keys).sorted() {
            switch (goldByID[id], systemByID[id]) {
            case (let gold?, let system?): pairs.append(.matched(gold: gold, system: system))
            case (let gold?, nil):
                guard allowMissing else { throw .missingDocument(id: id, missingFrom: .system) }
                pairs.append(.goldOnly(gold))
            case (nil, let system?):
                guard allowMissing else { throw .missingDocument(id: id, missingFrom: .gold) }
                pairs.append(.systemOnly(system))
            case (nil, nil): break
            }
        }
        return pairs
    }

    private static func index(
        _ documents: [AnnotatedDocument], side: EvaluationError.Side
    ) throws(EvaluationError) -> [String: AnnotatedDocument] {
        var byID: [String: AnnotatedDocument] = [:]
        for document in documents {
            guard byID.updateValue(document, forKey: document.document.id) == nil else {
                throw .duplicateDocument(id: document.document.id, side: side)
            }
        }
        return byID
    }
}
