extension BuiltinRules {
    /// Words that continue a sentence across a line break (rule text, parsed at start-up).
    static let lineContinuations = #"""
# Sentence-splitter line continuations: words that, last on a line, show that the sentence goes on
# on the next line (newline policy `auto`), whatever the next line starts with ("agreed with the\nU.S.").
# Format: WORD<TAB>continues-line[<TAB># comment]; written in lower case, matching any case.
# Source: compiled for CorpusKit: articles, possessive determiners, conjunctions and the prepositions that
# are hardly ever stranded at a sentence end (stranded ones such as "in", "for", "about" are left out:
# "I'm in\nRegards," is two sentences).
the	continues-line
a	continues-line
an	continues-line
of	continues-line
from	continues-line
into	continues-line
onto	continues-line
and	continues-line
or	continues-line
nor	continues-line
but	continues-line
than	continues-line
my	continues-line
our	continues-line
your	continues-line
their	continues-line
its	continues-line
whose	continues-line
very	continues-line
"""#
}
