// swift-tools-version:6.0
// CorpusKit: stand-off annotation, scoring and CoNLL conversion for text corpora.
// No package dependencies: the Swift toolchain only (Foundation, Dispatch, Swift Testing).
import PackageDescription

let package = Package(
    name: "CorpusKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "CorpusKit", targets: ["CorpusKit"]),
        .executable(name: "corpus", targets: ["corpus"]),
    ],
    targets: [
        // The data model: documents, spans, layers, offsets, strict loading, SHA-256.
        .target(name: "CorpusModel"),
        // The annotation stages, each depending on the model only.
        .target(name: "Tokenization", dependencies: ["CorpusModel"]),
        .target(name: "SentenceSplitting", dependencies: ["CorpusModel"]),
        .target(name: "EntityTagging", dependencies: ["CorpusModel"]),
        // Readers and writers of every file format.
        .target(name: "Formats", dependencies: ["CorpusModel"]),
        // Span matching, scores, reports, significance.
        .target(name: "Evaluation", dependencies: ["CorpusModel", "Formats"]),
        // The Swift-facing umbrella: re-exports the modules and composes the stages into a Pipeline.
        .target(
            name: "CorpusKit",
            dependencies: ["CorpusModel", "Tokenization", "SentenceSplitting", "EntityTagging", "Formats", "Evaluation"]
        ),
        // The command line as a testable library, and the thin executable.
        .target(name: "CorpusCLI", dependencies: ["CorpusKit"]),
        .executableTarget(name: "corpus", dependencies: ["CorpusCLI"]),

        // Helpers shared by the test targets (marked-text cases); not part of any product.
        .target(name: "TestSupport", dependencies: ["CorpusModel"], path: "Tests/TestSupport"),

        .testTarget(name: "CorpusModelTests", dependencies: ["CorpusModel", "TestSupport"]),
        .testTarget(name: "TokenizationTests", dependencies: ["Tokenization", "TestSupport"], resources: [.copy("Cases")]),
        .testTarget(name: "SentenceSplittingTests", dependencies: ["SentenceSplitting", "Tokenization", "TestSupport"], resources: [.copy("Cases")]),
        .testTarget(name: "EntityTaggingTests", dependencies: ["EntityTagging", "SentenceSplitting", "Tokenization", "TestSupport"], resources: [.copy("Cases")]),
        .testTarget(name: "FormatsTests", dependencies: ["Formats", "TestSupport"], resources: [.copy("Golden")]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "TestSupport"], resources: [.copy("Golden")]),
        .testTarget(name: "CorpusKitTests", dependencies: ["CorpusKit", "TestSupport"]),
        .testTarget(name: "CorpusCLITests", dependencies: ["CorpusCLI", "corpus", "TestSupport"], exclude: ["Golden"]),
    ]
)
