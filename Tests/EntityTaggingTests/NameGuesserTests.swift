import CorpusModel
@testable import EntityTagging
import TestSupport
import Testing

/// The name guesser's evidence from elsewhere in the document, for short words and for words longer than
/// eight bytes (which take another path): each case beside the same text without the evidence.
@Suite("Name guesser: what the rest of the document says about a word")
struct NameGuesserTests {
    @Test(arguments: [
        // A sentence's first word seen in lower case elsewhere is no name.
        "Grumblesworth ⟦PER|Tavistock⟧ spoke. He was grumblesworth.",
        "⟦PER|Grumblesworth Tavistock⟧ spoke. He was late.",
        "Grumble ⟦PER|Tavistock⟧ spoke. He was grumble.",
        "⟦PER|Grumble Tavistock⟧ spoke. He was late.",
        // A shape guess whose last word is seen in lower case elsewhere goes.
        "We met Sponsored Contentious today. The contentious issue was raised.",
        "We met ⟦PER|Sponsored Contentious⟧ today.",
        "We met Sponsored Content today. The content was raised.",
        "We met ⟦PER|Sponsored Content⟧ today.",
        // A lone first word seen capitalised mid-sentence elsewhere is a name.
        "⟦PER|Vanderbiltson⟧ said so. We met Mr. ⟦PER|Vanderbiltson⟧ there.",
        "Vanderbiltson said so. We met them there.",
        "⟦PER|Vander⟧ said so. We met Mr. ⟦PER|Vander⟧ there.",
        "Vander said so. We met them there.",
    ])
    func guessesAsMarked(_ marked: String) {
        let expected = MarkedText(marked)
        let found = tagWithPipeline(expected.text)
        #expect(MarkedText(text: expected.text, annotations: found) == expected, "got \(MarkedText(text: expected.text, annotations: found))")
    }
}
