extension BuiltinRules {
    /// Top-level domains, for URLs without a scheme and for telling `Newsfeed.Com` from `Sketch.Title`.
    static let domainSuffixes = #"""
# Domain endings: "google.com/search" is a URL, and "Newsfeed.Com" stays whole while a glued
# "Sketch.Title" splits at the period. Source: IANA root zone database (generic and common country
# top-level domains; a fact list). Compared in lower case.

[domain-suffixes]
com
net
org
edu
gov
mil
int
info
biz
io
co
uk
us
ca
au
de
fr
jp
cn
in
nz
ru
it
es
nl
eu
ch
se
no
be
at
dk
fi
ie
il
kr
br
mx
za
tv
me
ly
"""#
}
