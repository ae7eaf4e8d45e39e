// The umbrella module: `import CorpusKit` gives a Swift program every part of the toolkit.
@_exported import CorpusModel
@_exported import EntityTagging
@_exported import Evaluation
@_exported import Formats
@_exported import SentenceSplitting
@_exported import Tokenization
