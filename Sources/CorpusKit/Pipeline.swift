/// The annotation stages, in the order they run: each reads the layers of the stages before it.
public enum Stage: String, CaseIterable, Comparable, Sendable {
    /// The ``Tokenizer``: adds the `token` layer.
    case token
    /// The ``SentenceSplitter``: adds the `sentence` layer (needs tokens).
    case sentence
    /// The ``EntityTagger``: adds the `entity` layer (needs tokens and sentences).
    case entity

    /// The layer the stage produces.
    public var layer: LayerName {
        switch self {
        case .token: return .token
        case .sentence: return .sentence
        case .entity: return .entity
        }
    }

    /// Pipeline order.
    public static func < (lhs: Stage, rhs: Stage) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .token: return 0
        case .sentence: return 1
        case .entity: return 2
        }
    }
}

/// Composes the stages: document in, annotated document out.
///
/// Algorithm, for each stage in pipeline order (token, sentence, entity):
/// 1. If the stage was asked for, run it and set (or replace) its layer.
/// 2. Otherwise, if a later asked-for stage needs its layer and the document lacks it, run it too.
/// 3. Otherwise keep whatever layer the document already has (for example gold tokens read from a
///    CoNLL file), so that a user can feed in layers from elsewhere.
///
/// Guarantees: the text is never edited; the result's layers satisfy ``AnnotatedDocument/validate()``.
/// A pipeline is an immutable value and may annotate many documents concurrently.
public struct Pipeline: Sendable {
    /// The stages asked for.
    public let stages: Set<Stage>
    /// The tokenizer the token stage runs.
    public let tokenizer: Tokenizer
    /// The splitter the sentence stage runs.
    public let splitter: SentenceSplitter
    /// The tagger the entity stage runs.
    public let tagger: EntityTagger

    /// Creates a pipeline.
    /// - Parameters:
    ///   - stages: The stages to run (their prerequisites run too when a document lacks their layers).
    ///   - tokenizer: The tokenizer (PTB style by default).
    ///   - splitter: The sentence splitter.
    ///   - tagger: The entity tagger.
    public init(
        stages: Set<Stage> = Set(Stage.allCases), tokenizer: Tokenizer = Tokenizer(),
        splitter: SentenceSplitter = SentenceSplitter(), tagger: EntityTagger = EntityTagger()
    ) {
        self.stages = stages
        self.tokenizer = tokenizer
        self.splitter = splitter
        self.tagger = tagger
    }

    /// Annotates a plain document.
    public func annotate(_ document: Document) -> AnnotatedDocument {
        annotate(AnnotatedDocument(document))
    }

    /// Adds the pipeline's layers to a document that may already carry some.
    public func annotate(_ input: AnnotatedDocument) -> AnnotatedDocument {
        var result = input
        let document = input.document
        let highest = stages.max()
        for stage in Stage.allCases {
            let asked = stages.contains(stage)
            let needed = highest.map { stage < $0 } ?? false
            guard asked || (needed && result[layer: stage.layer] == nil) else { continue }
            switch stage {
            case .token:
                result.setLayer(AnnotationLayer(.token, spans: tokenizer.tokenize(document), producer: tokenizer.producer))
            case .sentence:
                let tokens = result[layer: .token]?.spans ?? []
                let sentences = splitter.split(document, tokens: tokens)
                result.setLayer(AnnotationLayer(.sentence, spans: sentences, producer: splitter.producer))
            case .entity:
                let tokens = result[layer: .token]?.spans ?? []
                let sentences = result[layer: .sentence]?.spans ?? []
                let entities = tagger.tag(document, tokens: tokens, sentences: sentences)
                result.setLayer(AnnotationLayer(.entity, annotations: entities, producer: tagger.producer))
            }
        }
        return result
    }
}
