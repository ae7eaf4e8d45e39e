extension BuiltinRules {
    /// Style `ud`: contractions written without an apostrophe, split as UD English EWT splits them.
    static let udSpecialCases = #"""
# Web-text contractions without an apostrophe, split where the apostrophe would be (UD English EWT
# annotates "dont" as do|nt and "im" as i|m). Only unambiguous spellings: "its", "ill", "id", "lets",
# "hes", "wont", "shell", "well", "were" are ordinary words and are left alone.
# Source: the UD English EWT annotation conventions for multiword tokens.

[special-cases]
# UD English splits "cannot" like "can not" (CoNLL-2003, and so style ptb, keeps it whole).
cannot	can not
dont	do nt
doesnt	does nt
didnt	did nt
cant	ca nt
couldnt	could nt
shouldnt	should nt
wouldnt	would nt
isnt	is nt
arent	are nt
wasnt	was nt
werent	were nt
havent	have nt
hasnt	has nt
hadnt	had nt
aint	ai nt
mustnt	must nt
im	i m
ive	i ve
youre	you re
youve	you ve
youll	you ll
theyre	they re
theyve	they ve
theyll	they ll
weve	we ve
thats	that s
whats	what s
theres	there s
heres	here s
alot	a lot
"""#
}
