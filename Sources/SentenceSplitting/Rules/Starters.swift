extension BuiltinRules {
    /// Words that begin sentences (rule text, parsed at start-up).
    static let starters = #"""
# Sentence-splitter sentence starters: words that begin sentences.
# Format: WORD<TAB>CLASS[<TAB># comment]; words are written in lower case and match any case.
# Use: after an abbreviation of class final-before-starter ("in the U.S. How about you?") a capitalised
# starter ends the sentence; at the start of a line, a lower-case word of class `starter` makes the line
# break a sentence end in web text ("love this park\nthis is a great park"), while other lower-case words
# continue the sentence ("Get trusted insights from experts\nwithin Asia itself.").
# Source: compiled for CorpusKit from the closed-class words of English (pronouns, determiners,
# conjunctions, discourse markers), the words Punkt learns as frequent sentence starters.

# starter: begin sentences in any case, even in lower case at the start of a line.
i	starter
he	starter
she	starter
we	starter
they	starter
you	starter
what	starter
how	starter
why	starter
well	starter
ok	starter
okay	starter
yes	starter
yeah	starter
yep	starter
nope	starter
oh	starter
wow	starter
hi	starter
hello	starter
hey	starter
thanks	starter
please	starter
lol	starter
btw	starter	# "by the way", a web-text sentence opener
omg	starter

# capitalized-starter: begin sentences when capitalised; in lower case at a line start they usually
# continue one ("as good as\nthe original").
the	capitalized-starter
a	capitalized-starter
an	capitalized-starter
this	capitalized-starter
that	capitalized-starter
these	capitalized-starter
those	capitalized-starter
it	capitalized-starter
its	capitalized-starter
there	capitalized-starter
here	capitalized-starter
my	capitalized-starter
our	capitalized-starter
your	capitalized-starter
his	capitalized-starter
her	capitalized-starter
their	capitalized-starter
and	capitalized-starter
but	capitalized-starter
or	capitalized-starter
so	capitalized-starter
yet	capitalized-starter
then	capitalized-starter
now	capitalized-starter
also	capitalized-starter
however	capitalized-starter
meanwhile	capitalized-starter
moreover	capitalized-starter
furthermore	capitalized-starter
still	capitalized-starter
instead	capitalized-starter
although	capitalized-starter
though	capitalized-starter
while	capitalized-starter
when	capitalized-starter
where	capitalized-starter
who	capitalized-starter
which	capitalized-starter
if	capitalized-starter
because	capitalized-starter
since	capitalized-starter
after	capitalized-starter
before	capitalized-starter
as	capitalized-starter
at	capitalized-starter
in	capitalized-starter
on	capitalized-starter
for	capitalized-starter
from	capitalized-starter
by	capitalized-starter
with	capitalized-starter
during	capitalized-starter
despite	capitalized-starter
today	capitalized-starter
yesterday	capitalized-starter
tomorrow	capitalized-starter
many	capitalized-starter
most	capitalized-starter
some	capitalized-starter
several	capitalized-starter
each	capitalized-starter
every	capitalized-starter
all	capitalized-starter
both	capitalized-starter
no	capitalized-starter
not	capitalized-starter
let	capitalized-starter
"""#
}
