extension BuiltinRules {
    /// Special cases shared by both styles.
    static let specialCases = #"""
# Special cases: a surface text and the pieces it splits into (they must join back exactly).
# Matched in lower case, Capitalised or UPPER case. Source: the Penn Treebank tokenizer's list of
# split words ("gonna", "gotta", "wanna", "lemme", "gimme") and the UD English guidelines.
# "cannot" is split in style ud only: CoNLL-2003 keeps it whole.

[special-cases]
gonna	gon na
gotta	got ta
wanna	wan na
outta	out ta
lemme	lem me
gimme	gim me
dunno	du n no
# Archaic contractions, split like "it is" ('T|is, as the Penn Treebank does).
'tis	't is
'twas	't was
# Clipped forms that start with an apostrophe, kept whole rather than read as a quote.
'em	'em
'til	'til
'cause	'cause
'n'	'n'
# Names that end in punctuation.
Yahoo!	Yahoo!
# Abbreviations with a slash (a slash between words is otherwise a token in style ud).
w/	w/
w/o	w/o
b/c	b/c
n/a	n/a
c/o	c/o
"""#
}
