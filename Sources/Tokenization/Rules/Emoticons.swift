extension BuiltinRules {
    /// Emoticons kept whole, in both styles.
    static let emoticons = #"""
# Emoticons kept whole as one token (UD EWT keeps ":)" whole). Those starting with punctuation are
# also split off the end of a word ("great:)" -> great|:)).
# Source: common Western and Eastern emoticons (a fact list). Left out on purpose: "):" and "(:",
# which are far more often a closing bracket and a colon ("(see above):") than a face.

[emoticons]
:)
:-)
:(
:-(
;)
;-)
:D
:-D
:P
:-P
:p
:-p
:O
:-O
:o
:/
:-/
:|
:-|
:'(
:')
:*
:-*
;D
;P
=)
=(
=D
=P
:]
:[
:}
XD
xD
<3
</3
^_^
^^
-_-
o_O
O_o
>:(
"""#
}
