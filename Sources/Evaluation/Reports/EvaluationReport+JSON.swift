extension EvaluationReport {
    /// The report as JSON: scores as fractions in [0, 1], keys in a fixed order.
    func renderJSON() -> String {
        var members: [(String, JSONValue)] = [
            ("layer", .string(evaluation.layer.rawValue)),
            ("scheme", .string(primaryScheme.rawValue)),
            ("documents_scored", .integer(evaluation.documents.count)),
        ]
        if tagInput { members.append(("tag_scheme", .string(tagScheme?.rawValue ?? "conlleval"))) }
        members += schemeMembers(primaryScheme)
        if let accuracy = evaluation.accuracy {
            members.append((
                "accuracy",
                .object([
                    ("tokens", .integer(accuracy.tokens)), ("correct_tags", .integer(accuracy.correctTags)),
                    ("accuracy", .number(accuracy.fraction)),
                ])
            ))
        }
        if schemes.count > 1 {
            members.append(("schemes", .object(schemes.map { ($0.rawValue, .object(schemeMembers($0))) })))
        }
        if sections.contains(.documents) { members.append(("documents", documentsJSON)) }
        if sections.contains(.confusion) { members.append(("confusion", confusionJSON)) }
        if sections.contains(.errors) { members.append(("errors", errorsJSON)) }
        if let bootstrap { members.append(("bootstrap", Self.json(bootstrap))) }
        if let comparison { members.append(("comparison", Self.json(comparison.result, name: comparison.name))) }
        members.append(("notes", .array(notes.map { .string($0) })))
        return JSONValue.object(members).rendered() + "\n"
    }

    /// `overall`, `labels` and `macro` of one scheme.
    private func schemeMembers(_ scheme: Scheme) -> [(String, JSONValue)] {
        let macro = evaluation.macroAverage(scheme)
        return [
            ("overall", Self.json(evaluation.counts(scheme))),
            ("labels", .object(evaluation.labels.map { ($0, Self.json(evaluation.counts(scheme, label: $0))) })),
            ("macro", .object([("precision", .number(macro.precision)), ("recall", .number(macro.recall)), ("f1", .number(macro.f1))])),
        ]
    }

    static func json(_ counts: MatchCounts) -> JSONValue {
        let scores = counts.scores
        return .object([
            ("precision", .number(scores.precision)), ("recall", .number(scores.recall)), ("f1", .number(scores.f1)),
            ("true_positives", .count(counts.truePositives)), ("false_positives", .count(counts.falsePositives)),
            ("false_negatives", .count(counts.falseNegatives)), ("correct", .integer(counts.correct)),
            ("incorrect", .integer(counts.incorrect)), ("partial", .integer(counts.partial)), ("missed", .integer(counts.missed)),
            ("spurious", .integer(counts.spurious)), ("possible", .integer(counts.possible)), ("actual", .integer(counts.actual)),
        ])
    }

    private var documentsJSON: JSONValue {
        .array(
            evaluation.documents.map { document in
                guard case .object(let counts) = Self.json(primaryScheme.counts(document.tally)) else { return .null }
                return .object([("id", .string(document.id)), ("presence", .string(document.presence.rawValue))] + counts)
            })
    }

    private var confusionJSON: JSONValue {
        let matrix = ConfusionMatrix(evaluation)
        return .object([
            ("labels", .array(matrix.labels.map { .string($0) })),
            (
                "matrix",
                .object(
                    matrix.labels.map { gold in
                        (gold, .object(matrix.labels.map { ($0, .integer(matrix.count(gold: gold, system: $0))) }))
                    })
            ),
        ])
    }

    private var errorsJSON: JSONValue {
        let grouped = ErrorAnalysis.errors(in: evaluation, contextWidth: contextWidth)
        func mention(_ mention: ErrorEntry.Mention?) -> JSONValue {
            guard let mention else { return .null }
            return .object([
                ("label", .string(mention.label)), ("start", .integer(mention.span.start)), ("end", .integer(mention.span.end)),
                ("text", .string(mention.text)),
            ])
        }
        return .object(
            ErrorAnalysis.kinds.map { kind in
                let entries = (grouped[kind] ?? []).map { entry -> JSONValue in
                    .object([
                        ("document", .string(entry.document)), ("gold", mention(entry.gold)), ("system", mention(entry.system)),
                        ("left_context", .string(entry.leftContext)), ("right_context", .string(entry.rightContext)),
                    ])
                }
                return (kind.rawValue, .array(entries))
            })
    }

    private static func json(_ bootstrap: BootstrapResult) -> JSONValue {
        func interval(_ interval: ConfidenceInterval) -> JSONValue { .array([.number(interval.lower), .number(interval.upper)]) }
        return .object([
            ("scheme", .string(bootstrap.scheme.rawValue)), ("level", .number(bootstrap.level)),
            ("iterations", .integer(bootstrap.iterations)), ("seed", .string(String(bootstrap.seed))),
            ("documents", .integer(bootstrap.documents)), ("precision", interval(bootstrap.precision)),
            ("recall", interval(bootstrap.recall)), ("f1", interval(bootstrap.f1)),
        ])
    }

    private static func json(_ comparison: SystemComparison, name: String) -> JSONValue {
        .object([
            ("against", .string(name)), ("scheme", .string(comparison.scheme.rawValue)), ("f1", .number(comparison.f1)),
            ("other_f1", .number(comparison.otherF1)), ("difference", .number(comparison.difference)),
            ("p_value", .number(comparison.pValue)), ("test", .string("paired approximate randomization")),
            ("iterations", .integer(comparison.iterations)), ("seed", .string(String(comparison.seed))),
            ("documents", .integer(comparison.documents)),
        ])
    }
}
