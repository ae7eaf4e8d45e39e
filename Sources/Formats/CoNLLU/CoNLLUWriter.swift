import CorpusModel

/// Writes stand-off documents as CoNLL-U, keeping their exact text.
///
/// Output, per document: each sentence's comments — `# newdoc id = <document id>` (first sentence),
/// `# sent_id` (the sentence's `sent_id` attribute, or `<document id>-<n>`), `# newpar` where a paragraph
/// starts, other sentence attributes as `# key = value`, free comments, `# text` — then one line per word
/// with ten tab-separated columns and a blank line.
///
/// Algorithm:
/// 1. Group tokens into sentences and fit entities onto tokens (see ``MisalignedEntityPolicy``); encode
///    them as `NER=` tags in MISC in the chosen scheme, on every token when the document has the layer.
/// 2. A sentence starts a paragraph when it carries a `newpar` attribute (read from CoNLL-U) or a blank
///    line separates it from the previous sentence; the first sentence does when any other does.
/// 3. For each token, compare the text up to the next token with the gap a reader assumes (see
///    ``CoNLLUSpacing``) and write `SpaceAfter=No` or `SpacesAfter=…` where they differ (and
///    `SpacesBefore=…` for whitespace before the first token): reading the file back rebuilds the text
///    byte for byte. `# text` is the sentence's text with each line break written as a space.
/// 4. Columns come from the token attributes `lemma`, `upos`, `xpos` (or `pos`), `feats`, `head`,
///    `deprel`, `deps` and `misc`, `_` where absent; a `chunk` attribute becomes `Chunk=` in MISC. With a
///    ``LayerName/word`` layer, a token holding several words (or a word whose `form` differs from the
///    text) is written as a multiword range line followed by its word lines, with the words' attributes.
///    Empty nodes kept in a sentence's `empty_nodes` attribute are written back after their word.
///
/// What cannot be written is an error naming the document and offsets: text between tokens that is not
/// whitespace, and a tab or line break inside a token or a column value. A document without tokens has
/// no sentence to carry it and is left out.
public struct CoNLLUWriter: ManyDocumentWriter {
    /// How documents are written.
    public var options: CoNLLUWriteOptions

    /// Creates a writer.
    public init(options: CoNLLUWriteOptions = CoNLLUWriteOptions()) { self.options = options }

    /// Appends one document to `output`.
    /// - Returns: How many of its entities had to be fitted onto tokens.
    /// - Throws: ``FormatError`` naming the document (as its path) for what cannot be written; `output`
    ///   is then left as it was.
    @discardableResult
    public func write(_ document: AnnotatedDocument, to output: inout [UInt8]) throws(FormatError) -> EntityAlignmentCounts {
        let grid = try TokenGrid(document)
        var counts = EntityAlignmentCounts()
        let tags = try grid.tags(
            of: options.entityLayer, scheme: options.scheme, policy: options.misaligned, counts: &counts, separator: "|")
        var sentenceWriter = try CoNLLUSentenceWriter(grid: grid, tags: tags)
        let mark = output.count
        do throws(FormatError) {
            for index in grid.sentences.indices { try sentenceWriter.write(sentence: index, to: &output) }
        } catch {
            output.removeSubrange(mark...)
            throw error
        }
        return counts
    }
}
