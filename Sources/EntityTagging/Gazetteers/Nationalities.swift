extension BuiltinGazetteers {
    static let nationalities = #"""
# Nationalities, demonyms, ethnic groups and adjectives formed from place names.
# Purpose: MISC evidence for the entity tagger (CoNLL-2003 practice: "Japanese", "Americans", "Kurdish",
# "European" are MISC, whether adjective or noun).
# Source: country demonyms from the `countryinfo` PyPI package 1.0.1 (MIT; facts only; a few odd or
# outdated forms left out), with their regular plural nouns (-s) formed by the generator; other forms,
# ethnic groups and regional adjectives added by hand from general knowledge.
# Left out on purpose: "Han", "Hui", "Luo" (also common Chinese / Korean surnames), "Roma" (AS Roma, and
# Rome in Italian), "Sami" (a given name), "Texans" (the NFL club; "Texan" is kept), "Kiwis" (the
# New Zealand rugby league team), "Yankee" (the Yankees club), "Baltic" (LOC, the sea, in WaterBodies).
# Format: CLASS<TAB>phrase
#
# --- National forms not in the generated list ---
MISC	Briton
MISC	Britons
MISC	Brit
MISC	Brits
MISC	English
MISC	Englishman
MISC	Englishmen
MISC	Scottish
MISC	Scot
MISC	Scots
MISC	Scotsman
MISC	Welsh
MISC	Welshman
MISC	Irishman
MISC	Irishmen
MISC	Northern Irish
MISC	Frenchman
MISC	Frenchmen
MISC	Frenchwoman
MISC	Dutchman
MISC	Dutchmen
MISC	Spaniard
MISC	Spaniards
MISC	Pole
MISC	Poles
MISC	Dane
MISC	Danes
MISC	Swede
MISC	Swedes
MISC	Finn
MISC	Finns
MISC	Turk
MISC	Turks
MISC	Serb
MISC	Serbs
MISC	Croat
MISC	Croats
MISC	Bosniak
MISC	Bosniaks
MISC	Slovenian
MISC	Slovenians
MISC	Slovakian
MISC	Kosovar
MISC	Kosovars
MISC	Kosovo Albanian
MISC	Kosovo Albanians
MISC	Icelandic
MISC	Luxembourgish
MISC	Argentine
MISC	Argentines
MISC	Argentinian
MISC	Argentinians
MISC	Ecuadorian
MISC	Ecuadorians
MISC	Cape Verdean
MISC	Cape Verdeans
MISC	Comorian
MISC	Djiboutian
MISC	Djiboutians
MISC	Laotian
MISC	Laotians
MISC	Lao
MISC	Uzbek
MISC	Uzbeks
MISC	Kazakh
MISC	Kazakhs
MISC	Kyrgyz
MISC	Tajik
MISC	Tajiks
MISC	Azeri
MISC	Azeris
MISC	Belarussian
MISC	Byelorussian
MISC	Saudi
MISC	Saudis
MISC	Surinamese
MISC	Maldivian
MISC	Maldivians
MISC	Basotho
MISC	Batswana
MISC	Motswana
MISC	Botswanan
MISC	Tobagonian
MISC	Kittitian
MISC	Vincentian
MISC	Nevisian
MISC	Sao Tomean
MISC	Aussie
MISC	Aussies
MISC	Kiwi
MISC	Filipina
MISC	Hong Konger
MISC	Hong Kongers
MISC	Macanese
MISC	Tibetan
MISC	Tibetans
MISC	Soviet
MISC	Soviets
MISC	Yugoslav
MISC	Yugoslavs
MISC	Czechoslovak
MISC	Rhodesian
MISC	Zairean
MISC	Zaireans
MISC	Persian
MISC	Persians
MISC	Ottoman
MISC	Burman
MISC	Korean
MISC	Koreans
MISC	Taiwanese
MISC	Palestinian-Israeli
# --- Regional and supranational adjectives ---
MISC	Asian
MISC	Asians
MISC	European
MISC	Europeans
MISC	African
MISC	Africans
MISC	Latin American
MISC	Latin Americans
MISC	South American
MISC	South Americans
MISC	North American
MISC	North Americans
MISC	Central American
MISC	Central Asian
MISC	Southeast Asian
MISC	East Asian
MISC	South Asian
MISC	Middle Eastern
MISC	Arab
MISC	Arabs
MISC	Arabian
MISC	Balkan
MISC	Caucasian
MISC	Scandinavian
MISC	Scandinavians
MISC	Nordic
MISC	Iberian
MISC	Pacific Islander
MISC	Pacific Islanders
MISC	Eurasian
MISC	Trans-Pacific
MISC	Anglo-Saxon
MISC	Anglo-American
MISC	Francophone
MISC	Anglophone
MISC	Hispanic
MISC	Hispanics
MISC	Latino
MISC	Latinos
MISC	Latina
MISC	African-American
MISC	African-Americans
MISC	African American
MISC	African Americans
MISC	Asian-American
MISC	Asian-Americans
MISC	Asian American
MISC	Asian Americans
MISC	Native American
MISC	Native Americans
MISC	Mexican-American
MISC	Arab-American
MISC	Arab Americans
MISC	Japanese-American
MISC	Korean-American
MISC	Chinese-American
MISC	Irish-American
# "Western" (Western countries, Western diplomats) is MISC in CoNLL-2003; longer names such as
# "Western Australia", "Western Cape" or "Western Union" win by longest match.
MISC	Western
MISC	Westerners
# --- Sub-national and city adjectives ---
MISC	Texan
MISC	Californian
MISC	Californians
MISC	Floridian
MISC	New Englander
MISC	Hawaiian
MISC	Hawaiians
MISC	Alaskan
MISC	Catalan
MISC	Catalans
MISC	Basque
MISC	Basques
MISC	Galician
MISC	Andalusian
MISC	Corsican
MISC	Breton
MISC	Bavarian
MISC	Bavarians
MISC	Prussian
MISC	Sicilian
MISC	Sardinian
MISC	Tuscan
MISC	Flemish
MISC	Walloon
MISC	Quebecer
MISC	Quebecers
MISC	Quebecois
MISC	Québécois
MISC	Muscovite
MISC	Muscovites
MISC	Parisian
MISC	Parisians
MISC	Londoner
MISC	Londoners
MISC	Okinawan
MISC	Okinawans
MISC	Cantonese
MISC	Shanghainese
MISC	Kashmiri
MISC	Kashmiris
MISC	Punjabi
MISC	Punjabis
MISC	Bengali
MISC	Bengalis
MISC	Sindhi
MISC	Gujarati
MISC	Chechen
MISC	Chechens
MISC	Crimean
MISC	Siberian
MISC	Cossack
MISC	Cossacks
MISC	Kurd
MISC	Kurds
MISC	Kurdish
MISC	Tamil
MISC	Tamils
MISC	Sinhalese
MISC	Sikh
# --- Ethnic groups and peoples ---
MISC	Pashtun
MISC	Pashtuns
MISC	Hazara
MISC	Hazaras
MISC	Baloch
MISC	Baluch
MISC	Rohingya
MISC	Uighur
MISC	Uighurs
MISC	Uyghur
MISC	Uyghurs
MISC	Manchu
MISC	Hmong
# "Karen" is also a given name and "Shan" a surname: listed for the Myanmar peoples, comment kept as a flag.
MISC	Karen
MISC	Shan
MISC	Kachin
MISC	Zulu
MISC	Zulus
MISC	Xhosa
MISC	Afrikaner
MISC	Afrikaners
MISC	Boer
MISC	Boers
MISC	Maasai
MISC	Masai
MISC	Kikuyu
MISC	Yoruba
MISC	Igbo
MISC	Ibo
MISC	Hausa
MISC	Fulani
MISC	Hutu
MISC	Hutus
MISC	Tutsi
MISC	Tutsis
MISC	Amhara
MISC	Oromo
MISC	Tigrayan
MISC	Tigrayans
MISC	Somalilander
MISC	Berber
MISC	Berbers
MISC	Tuareg
MISC	Tuaregs
MISC	Bedouin
MISC	Bedouins
MISC	Sephardic
MISC	Ashkenazi
MISC	Slav
MISC	Slavs
MISC	Slavic
MISC	Ossetian
MISC	Ossetians
MISC	Abkhaz
MISC	Abkhazian
MISC	Circassian
MISC	Ingush
MISC	Tatar
MISC	Tatars
MISC	Bashkir
MISC	Yakut
MISC	Inuit
MISC	Eskimo
MISC	Maori
MISC	Aboriginal
MISC	Aborigine
MISC	Aborigines
MISC	Cherokee
MISC	Navajo
MISC	Sioux
MISC	Apache
MISC	Ainu
MISC	Gypsy
MISC	Gypsies
#
# --- Country demonyms and their plurals (generated) ---
MISC	Afghan
MISC	Afghans
MISC	Albanian
MISC	Albanians
MISC	Algerian
MISC	Algerians
MISC	American
MISC	American Samoan
MISC	American Samoans
MISC	Americans
MISC	Andorran
MISC	Andorrans
MISC	Angolan
MISC	Angolans
MISC	Anguillian
MISC	Anguillians
MISC	Antiguan
MISC	Antiguans
MISC	Armenian
MISC	Armenians
MISC	Aruban
MISC	Arubans
MISC	Australian
MISC	Australians
MISC	Austrian
MISC	Austrians
MISC	Azerbaijani
MISC	Azerbaijanis
MISC	Bahamian
MISC	Bahamians
MISC	Bahraini
MISC	Bahrainis
MISC	Bangladeshi
MISC	Bangladeshis
MISC	Barbadian
MISC	Barbadians
MISC	Barbudan
MISC	Barbudans
MISC	Belarusian
MISC	Belarusians
MISC	Belgian
MISC	Belgians
MISC	Belizean
MISC	Belizeans
MISC	Beninese
MISC	Bermudian
MISC	Bermudians
MISC	Bhutanese
MISC	Bolivian
MISC	Bolivians
MISC	Bosnian
MISC	Bosnians
MISC	Brazilian
MISC	Brazilians
MISC	British
MISC	Bruneian
MISC	Bruneians
MISC	Bulgarian
MISC	Bulgarians
MISC	Burkinabe
MISC	Burkinabes
MISC	Burmese
MISC	Burundian
MISC	Burundians
MISC	Cambodian
MISC	Cambodians
MISC	Cameroonian
MISC	Cameroonians
MISC	Canadian
MISC	Canadians
MISC	Caymanian
MISC	Caymanians
MISC	Central African
MISC	Central Africans
MISC	Chadian
MISC	Chadians
MISC	Chilean
MISC	Chileans
MISC	Chinese
MISC	Cocos Islander
MISC	Cocos Islanders
MISC	Colombian
MISC	Colombians
MISC	Congolese
MISC	Cook Islander
MISC	Cook Islanders
MISC	Costa Rican
MISC	Costa Ricans
MISC	Croatian
MISC	Croatians
MISC	Cuban
MISC	Cubans
MISC	Cypriot
MISC	Cypriots
MISC	Czech
MISC	Czechs
MISC	Danish
MISC	Dominican
MISC	Dominicans
MISC	Dutch
MISC	East Timorese
MISC	Egyptian
MISC	Egyptians
MISC	Emirati
MISC	Emiratis
MISC	Equatorial Guinean
MISC	Equatorial Guineans
MISC	Eritrean
MISC	Eritreans
MISC	Estonian
MISC	Estonians
MISC	Ethiopian
MISC	Ethiopians
MISC	Falkland Islander
MISC	Falkland Islanders
MISC	Faroese
MISC	Fijian
MISC	Fijians
MISC	Filipino
MISC	Filipinos
MISC	Finnish
MISC	French
MISC	French Polynesian
MISC	French Polynesians
MISC	Gabonese
MISC	Gambian
MISC	Gambians
MISC	Georgian
MISC	Georgians
MISC	German
MISC	Germans
MISC	Ghanaian
MISC	Ghanaians
MISC	Greek
MISC	Greeks
MISC	Greenlandic
MISC	Grenadian
MISC	Grenadians
MISC	Guamanian
MISC	Guamanians
MISC	Guatemalan
MISC	Guatemalans
MISC	Guinea-Bissauan
MISC	Guinea-Bissauans
MISC	Guinean
MISC	Guineans
MISC	Guyanese
MISC	Haitian
MISC	Haitians
MISC	Herzegovinian
MISC	Herzegovinians
MISC	Honduran
MISC	Hondurans
MISC	Hungarian
MISC	Hungarians
MISC	I-Kiribati
MISC	Icelander
MISC	Icelanders
MISC	Indian
MISC	Indians
MISC	Indonesian
MISC	Indonesians
MISC	Iranian
MISC	Iranians
MISC	Iraqi
MISC	Iraqis
MISC	Irish
MISC	Israeli
MISC	Israelis
MISC	Italian
MISC	Italians
MISC	Ivorian
MISC	Ivorians
MISC	Jamaican
MISC	Jamaicans
MISC	Japanese
MISC	Jordanian
MISC	Jordanians
MISC	Kazakhstani
MISC	Kazakhstanis
MISC	Kenyan
MISC	Kenyans
MISC	Kuwaiti
MISC	Kuwaitis
MISC	Latvian
MISC	Latvians
MISC	Lebanese
MISC	Liberian
MISC	Liberians
MISC	Libyan
MISC	Libyans
MISC	Liechtensteiner
MISC	Liechtensteiners
MISC	Lithuanian
MISC	Lithuanians
MISC	Luxembourger
MISC	Luxembourgers
MISC	Macedonian
MISC	Macedonians
MISC	Malagasy
MISC	Malawian
MISC	Malawians
MISC	Malaysian
MISC	Malaysians
MISC	Malian
MISC	Malians
MISC	Maltese
MISC	Manx
MISC	Marshallese
MISC	Mauritanian
MISC	Mauritanians
MISC	Mauritian
MISC	Mauritians
MISC	Mexican
MISC	Mexicans
MISC	Micronesian
MISC	Micronesians
MISC	Moldovan
MISC	Moldovans
MISC	Monegasque
MISC	Monegasques
MISC	Mongolian
MISC	Mongolians
MISC	Montenegrin
MISC	Montenegrins
MISC	Moroccan
MISC	Moroccans
MISC	Mozambican
MISC	Mozambicans
MISC	Namibian
MISC	Namibians
MISC	Nauruan
MISC	Nauruans
MISC	Nepalese
MISC	New Caledonian
MISC	New Caledonians
MISC	New Zealander
MISC	New Zealanders
MISC	Ni-Vanuatu
MISC	Nicaraguan
MISC	Nicaraguans
MISC	Nigerian
MISC	Nigerians
MISC	Nigerien
MISC	Nigeriens
MISC	Niuean
MISC	Niueans
MISC	Norfolk Islander
MISC	Norfolk Islanders
MISC	North Korean
MISC	North Koreans
MISC	Norwegian
MISC	Norwegians
MISC	Omani
MISC	Omanis
MISC	Pakistani
MISC	Pakistanis
MISC	Palauan
MISC	Palauans
MISC	Palestinian
MISC	Palestinians
MISC	Panamanian
MISC	Panamanians
MISC	Papua New Guinean
MISC	Papua New Guineans
MISC	Paraguayan
MISC	Paraguayans
MISC	Peruvian
MISC	Peruvians
MISC	Pitcairn Islander
MISC	Pitcairn Islanders
MISC	Polish
MISC	Portuguese
MISC	Puerto Rican
MISC	Puerto Ricans
MISC	Qatari
MISC	Qataris
MISC	Romanian
MISC	Romanians
MISC	Russian
MISC	Russians
MISC	Rwandan
MISC	Rwandans
MISC	Sahrawi
MISC	Sahrawis
MISC	Saint Lucian
MISC	Saint Lucians
MISC	Saint Vincentian
MISC	Saint Vincentians
MISC	Salvadoran
MISC	Salvadorans
MISC	Sammarinese
MISC	Samoan
MISC	Samoans
MISC	Saudi Arabian
MISC	Saudi Arabians
MISC	Senegalese
MISC	Serbian
MISC	Serbians
MISC	Seychellois
MISC	Sierra Leonean
MISC	Sierra Leoneans
MISC	Singaporean
MISC	Singaporeans
MISC	Slovak
MISC	Slovaks
MISC	Slovene
MISC	Slovenes
MISC	Solomon Islander
MISC	Solomon Islanders
MISC	Somali
MISC	Somalis
MISC	South African
MISC	South Africans
MISC	South Korean
MISC	South Koreans
MISC	South Sudanese
MISC	Spanish
MISC	Sri Lankan
MISC	Sri Lankans
MISC	Sudanese
MISC	Swazi
MISC	Swazis
MISC	Swedish
MISC	Swiss
MISC	Syrian
MISC	Syrians
MISC	Tanzanian
MISC	Tanzanians
MISC	Thai
MISC	Thais
MISC	Togolese
MISC	Tokelauan
MISC	Tokelauans
MISC	Tongan
MISC	Tongans
MISC	Trinidadian
MISC	Trinidadians
MISC	Tunisian
MISC	Tunisians
MISC	Turkish
MISC	Turkmen
MISC	Tuvaluan
MISC	Tuvaluans
MISC	Ugandan
MISC	Ugandans
MISC	Ukrainian
MISC	Ukrainians
MISC	Uruguayan
MISC	Uruguayans
MISC	Venezuelan
MISC	Venezuelans
MISC	Vietnamese
MISC	Yemeni
MISC	Yemenis
MISC	Zambian
MISC	Zambians
MISC	Zimbabwean
MISC	Zimbabweans
"""#
}
