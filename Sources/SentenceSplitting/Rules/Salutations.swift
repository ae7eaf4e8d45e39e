extension BuiltinRules {
    /// Words of letters' greetings and sign-offs (rule text, parsed at start-up).
    static let salutations = #"""
# Sentence-splitter salutations: the words of a letter's greetings and sign-offs.
# Format: WORD<TAB>CLASS[<TAB># comment]; written in lower case, matching any case.
# Use: a sentence of at most four tokens that starts with a `greeting` word or whose comma follows a
# `sign-off` word ends at that comma when a capitalised word follows ("Dear Nina, Here's a tip",
# "Best regards, Debra Perlingiere"): in e-mail and letters these are sentences of their own.
# Source: compiled for CorpusKit from the conventions of English letters and e-mail.

# greeting: the first word of a greeting or sign-off
dear	greeting
hi	greeting
hello	greeting
hey	greeting
greetings	greeting
thanks	greeting
thank	greeting	# "Thank you, Phillip"
regards	greeting
sincerely	greeting
cheers	greeting

# sign-off: the word right before a sign-off's comma
regards	sign-off	# "Best regards,", "Kindest regards,", "Warm regards,"
wishes	sign-off	# "Best wishes,"
thanks	sign-off	# "Many thanks,"
sincerely	sign-off	# "Yours sincerely,"
truly	sign-off	# "Yours truly,"
faithfully	sign-off	# "Yours faithfully,"
cheers	sign-off
"""#
}
