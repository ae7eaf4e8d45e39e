extension BuiltinRules {
    /// Style `ud`: word beginnings that keep their hyphen.
    static let udHyphenPrefixes = #"""
# Style ud splits hyphenated compounds at the hyphen ("10-year" -> 10|-|year), except after these
# prefixes, which UD English EWT keeps attached ("e-mail", "non-human", "re-wording", "anti-smoker").
# Source: the UD English tokenization guidelines (list of bound prefixes). Compared in lower case.

[hyphen-prefixes]
a
anti
co
counter
de
e
ex
extra
inter
intra
macro
micro
mid
mini
multi
non
over
post
pre
pro
re
semi
sub
super
trans
tri
ultra
un
vice
"""#
}
