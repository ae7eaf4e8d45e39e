extension BuiltinGazetteers {
    static let languages = #"""
# Languages and language families.
# Purpose: MISC evidence for the entity tagger (CoNLL-2003 practice: "English", "Arabic" are MISC).
# Many names are also nationalities (Japanese, French) with the same label; they are listed in both.
# Source: ISO 639-1 language names (the languages with a two-letter code; via the `pycountry` PyPI
# package 26.2.16, LGPL-2.1; facts only; alternative names after ";" split off, accented names also given
# in ASCII), plus common English names and families added by hand from general knowledge.
# "Celtic" is left out: capitalised alone it is the Glasgow club (ORG, SportsClubs).
# Format: CLASS<TAB>phrase
#
MISC	Mandarin
MISC	Cantonese
MISC	Hokkien
MISC	Hakka
MISC	Putonghua
MISC	Farsi
MISC	Dari
MISC	Pashto
MISC	Punjabi
MISC	Filipino
MISC	Tagalog
MISC	Malay
MISC	Bahasa
MISC	Bahasa Indonesia
MISC	Bahasa Malaysia
MISC	Swahili
MISC	Kiswahili
MISC	Sesotho
MISC	Setswana
MISC	Gaelic
MISC	Irish Gaelic
MISC	Creole
MISC	Haitian Creole
MISC	Flemish
MISC	Slovene
MISC	Serbo-Croat
MISC	Moldovan
MISC	Kyrgyz
MISC	Uyghur
MISC	Nauruan
MISC	Greek
MISC	Ancient Greek
MISC	Aramaic
MISC	Coptic
MISC	Hebrew
MISC	Ladino
MISC	Romani
MISC	Sinhalese
MISC	Tamil
MISC	Amharic
MISC	Tigrinya
MISC	Berber
MISC	Tamazight
MISC	Esperanto
MISC	Sign Language
MISC	American Sign Language
# --- Language families and groups ---
MISC	Germanic
MISC	Slavonic
MISC	Semitic
MISC	Bantu
MISC	Indo-European
MISC	Sino-Tibetan
MISC	Turkic
#
# --- ISO 639-1 names (generated) ---
MISC	Abkhazian
MISC	Afrikaans
MISC	Akan
MISC	Albanian
MISC	Arabic
MISC	Aragonese
MISC	Armenian
MISC	Assamese
MISC	Avaric
MISC	Avestan
MISC	Aymara
MISC	Azerbaijani
MISC	Bambara
MISC	Bashkir
MISC	Basque
MISC	Belarusian
MISC	Bengali
MISC	Bislama
MISC	Bosnian
MISC	Breton
MISC	Bulgarian
MISC	Burmese
MISC	Catalan
MISC	Chamorro
MISC	Chechen
MISC	Chichewa
MISC	Chinese
MISC	Church Slavic
MISC	Chuvash
MISC	Cornish
MISC	Corsican
MISC	Cree
MISC	Croatian
MISC	Czech
MISC	Danish
MISC	Divehi
MISC	Dutch
MISC	Dzongkha
MISC	English
MISC	Estonian
MISC	Ewe
MISC	Faroese
MISC	Fijian
MISC	Finnish
MISC	French
MISC	Fulah
MISC	Galician
MISC	Ganda
MISC	Georgian
MISC	German
MISC	Guarani
MISC	Gujarati
MISC	Haitian
MISC	Hausa
MISC	Herero
MISC	Hindi
MISC	Hiri Motu
MISC	Hungarian
MISC	Icelandic
MISC	Igbo
MISC	Indonesian
MISC	Inuktitut
MISC	Inupiaq
MISC	Irish
MISC	Italian
MISC	Japanese
MISC	Javanese
MISC	Kalaallisut
MISC	Kannada
MISC	Kanuri
MISC	Kashmiri
MISC	Kazakh
MISC	Khmer
MISC	Kikuyu
MISC	Kinyarwanda
MISC	Kirghiz
MISC	Kongo
MISC	Korean
MISC	Kuanyama
MISC	Kurdish
MISC	Lao
MISC	Latin
MISC	Latvian
MISC	Limburgan
MISC	Lingala
MISC	Lithuanian
MISC	Luba-Katanga
MISC	Luxembourgish
MISC	Macedonian
MISC	Malagasy
MISC	Malayalam
MISC	Maltese
MISC	Manx
MISC	Maori
MISC	Marathi
MISC	Marshallese
MISC	Mongolian
MISC	Navajo
MISC	Ndonga
MISC	North Ndebele
MISC	Northern Sami
MISC	Norwegian
MISC	Norwegian Bokmal
MISC	Norwegian Bokmål
MISC	Norwegian Nynorsk
MISC	Ojibwa
MISC	Oromo
MISC	Ossetian
MISC	Pali
MISC	Panjabi
MISC	Persian
MISC	Polish
MISC	Portuguese
MISC	Pushto
MISC	Quechua
MISC	Romanian
MISC	Romansh
MISC	Rundi
MISC	Russian
MISC	Samoan
MISC	Sango
MISC	Sanskrit
MISC	Sardinian
MISC	Scottish Gaelic
MISC	Serbian
MISC	Serbo-Croatian
MISC	Shona
MISC	Sichuan Yi
MISC	Sindhi
MISC	Sinhala
MISC	Slovak
MISC	Slovenian
MISC	Somali
MISC	South Ndebele
MISC	Southern Sotho
MISC	Spanish
MISC	Sundanese
MISC	Swati
MISC	Swedish
MISC	Tahitian
MISC	Tajik
MISC	Tatar
MISC	Telugu
MISC	Thai
MISC	Tibetan
MISC	Tsonga
MISC	Tswana
MISC	Turkish
MISC	Turkmen
MISC	Twi
MISC	Uighur
MISC	Ukrainian
MISC	Urdu
MISC	Uzbek
MISC	Venda
MISC	Vietnamese
MISC	Walloon
MISC	Welsh
MISC	Western Frisian
MISC	Wolof
MISC	Xhosa
MISC	Yiddish
MISC	Yoruba
MISC	Zhuang
MISC	Zulu
"""#
}
