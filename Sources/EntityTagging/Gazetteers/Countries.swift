extension BuiltinGazetteers {
    static let countries = #"""
# Countries and territories, with their common short forms and former names still seen in news archives.
# Purpose: LOC evidence for the entity tagger (CoNLL-2003 practice: a country is LOC, also when it stands
# for its government, as in "Japan said").
# Source: ISO 3166-1 English short, common and official names (via the `pycountry` PyPI package 26.2.16,
# LGPL-2.1; facts only; names holding a comma or parentheses left out), plus short forms, alternative
# spellings and former countries added by hand from general knowledge.
# Ambiguous entries kept on purpose (case-sensitive lookup, so lower-case "turkey", "china" never match):
#   Chad, Jordan, Georgia - also given names / a US state; in news text the country reading dominates
#   unless a given-name or title rule fires first, so they are NOT in GivenNames.
#   Jersey - the island; "New Jersey" is longer and wins by longest match.
#   Niger, Guinea, Mali, Togo - no common English word clashes in capitalised form.
# Format: CLASS<TAB>phrase
#
# --- Short forms and common names (hand-written) ---
LOC	US
LOC	U.S.
LOC	USA
LOC	U.S.A.
# "America" alone is LOC in CoNLL-2003 (the country); "Americas" is in Regions.
LOC	America
LOC	UK
LOC	U.K.
LOC	Britain
LOC	Great Britain
# The UK's constituent countries are LOC as places; their national sports teams are tagged by the context rules.
LOC	England
LOC	Scotland
LOC	Wales
LOC	Northern Ireland
LOC	Korea
LOC	Republic of Korea
LOC	ROK
LOC	DPRK
LOC	Russia
LOC	Iran
LOC	Syria
LOC	Laos
LOC	Vietnam
LOC	Brunei
LOC	Bolivia
LOC	Venezuela
LOC	Tanzania
LOC	Moldova
LOC	Micronesia
LOC	Macedonia
LOC	Ivory Coast
LOC	Cote d'Ivoire
LOC	Cape Verde
LOC	Swaziland
LOC	Burma
# "Holland" is used for the Netherlands in news and sports reports.
LOC	Holland
LOC	The Netherlands
LOC	East Timor
LOC	Vatican
LOC	Vatican City
LOC	Holy See
LOC	Palestine
LOC	Kosovo
LOC	DR Congo
LOC	DRC
LOC	Democratic Republic of Congo
LOC	Democratic Republic of the Congo
LOC	Republic of Congo
LOC	Congo Republic
LOC	Congo-Brazzaville
LOC	Congo-Kinshasa
LOC	UAE
LOC	U.A.E.
LOC	Bosnia
LOC	Herzegovina
LOC	Bosnia-Herzegovina
LOC	Trinidad
LOC	Tobago
LOC	St Kitts and Nevis
LOC	St. Kitts and Nevis
LOC	St Lucia
LOC	St. Lucia
LOC	St Vincent and the Grenadines
LOC	St. Vincent and the Grenadines
LOC	Antigua
LOC	Sao Tome
LOC	São Tomé and Príncipe
LOC	Republic of China
LOC	PRC
LOC	Turkey
LOC	Czech Republic
LOC	Slovak Republic
LOC	Papua New Guinea
LOC	Macau
LOC	Falklands
LOC	Falkland Islands
LOC	Curacao
LOC	Sint Maarten
LOC	St Maarten
LOC	Saint Martin
LOC	Bonaire
LOC	Saint Helena
LOC	St Helena
LOC	Ascension Island
LOC	Tristan da Cunha
LOC	U.S. Virgin Islands
LOC	US Virgin Islands
LOC	Virgin Islands
LOC	Gambia
LOC	The Gambia
LOC	Bahamas
LOC	The Bahamas
LOC	Philippines
LOC	Somaliland
LOC	Northern Cyprus
LOC	Abkhazia
LOC	South Ossetia
LOC	Transnistria
# --- Former countries still common in news archives (CoNLL-2003 itself is 1996 Reuters news) ---
LOC	Soviet Union
LOC	USSR
LOC	U.S.S.R.
LOC	Yugoslavia
LOC	Federal Republic of Yugoslavia
LOC	Serbia and Montenegro
LOC	Czechoslovakia
LOC	East Germany
LOC	West Germany
LOC	Zaire
LOC	Rhodesia
LOC	Netherlands Antilles
LOC	Ceylon
LOC	Persia
#
# --- ISO 3166-1 names (generated) ---
LOC	Afghanistan
LOC	Aland Islands
LOC	Albania
LOC	Algeria
LOC	American Samoa
LOC	Andorra
LOC	Angola
LOC	Anguilla
LOC	Antarctica
LOC	Antigua and Barbuda
LOC	Arab Republic of Egypt
LOC	Argentina
LOC	Argentine Republic
LOC	Armenia
LOC	Aruba
LOC	Australia
LOC	Austria
LOC	Azerbaijan
LOC	Bahrain
LOC	Bangladesh
LOC	Barbados
LOC	Belarus
LOC	Belgium
LOC	Belize
LOC	Benin
LOC	Bermuda
LOC	Bhutan
LOC	Bolivarian Republic of Venezuela
LOC	Bosnia and Herzegovina
LOC	Botswana
LOC	Bouvet Island
LOC	Brazil
LOC	British Indian Ocean Territory
LOC	British Virgin Islands
LOC	Brunei Darussalam
LOC	Bulgaria
LOC	Burkina Faso
LOC	Burundi
LOC	Cabo Verde
LOC	Cambodia
LOC	Cameroon
LOC	Canada
LOC	Cayman Islands
LOC	Central African Republic
LOC	Chad
LOC	Chile
LOC	China
LOC	Christmas Island
LOC	Colombia
LOC	Commonwealth of Dominica
LOC	Commonwealth of the Bahamas
LOC	Commonwealth of the Northern Mariana Islands
LOC	Comoros
LOC	Congo
LOC	Cook Islands
LOC	Costa Rica
LOC	Croatia
LOC	Cuba
LOC	Curaçao
LOC	Cyprus
LOC	Czechia
LOC	Côte d'Ivoire
LOC	Democratic People's Republic of Korea
LOC	Democratic Republic of Sao Tome and Principe
LOC	Democratic Republic of Timor-Leste
LOC	Democratic Socialist Republic of Sri Lanka
LOC	Denmark
LOC	Djibouti
LOC	Dominica
LOC	Dominican Republic
LOC	Eastern Republic of Uruguay
LOC	Ecuador
LOC	Egypt
LOC	El Salvador
LOC	Equatorial Guinea
LOC	Eritrea
LOC	Estonia
LOC	Eswatini
LOC	Ethiopia
LOC	Faroe Islands
LOC	Federal Democratic Republic of Ethiopia
LOC	Federal Democratic Republic of Nepal
LOC	Federal Republic of Germany
LOC	Federal Republic of Nigeria
LOC	Federal Republic of Somalia
LOC	Federated States of Micronesia
LOC	Federative Republic of Brazil
LOC	Fiji
LOC	Finland
LOC	France
LOC	French Guiana
LOC	French Polynesia
LOC	French Republic
LOC	French Southern Territories
LOC	Gabon
LOC	Gabonese Republic
LOC	Georgia
LOC	Germany
LOC	Ghana
LOC	Gibraltar
LOC	Grand Duchy of Luxembourg
LOC	Greece
LOC	Greenland
LOC	Grenada
LOC	Guadeloupe
LOC	Guam
LOC	Guatemala
LOC	Guernsey
LOC	Guinea
LOC	Guinea-Bissau
LOC	Guyana
LOC	Haiti
LOC	Hashemite Kingdom of Jordan
LOC	Heard Island and McDonald Islands
LOC	Hellenic Republic
LOC	Honduras
LOC	Hong Kong
LOC	Hong Kong Special Administrative Region of China
LOC	Hungary
LOC	Iceland
LOC	Independent State of Papua New Guinea
LOC	Independent State of Samoa
LOC	India
LOC	Indonesia
LOC	Iraq
LOC	Ireland
LOC	Islamic Republic of Afghanistan
LOC	Islamic Republic of Iran
LOC	Islamic Republic of Mauritania
LOC	Islamic Republic of Pakistan
LOC	Isle of Man
LOC	Israel
LOC	Italian Republic
LOC	Italy
LOC	Jamaica
LOC	Japan
LOC	Jersey
LOC	Jordan
LOC	Kazakhstan
LOC	Kenya
LOC	Kingdom of Bahrain
LOC	Kingdom of Belgium
LOC	Kingdom of Bhutan
LOC	Kingdom of Cambodia
LOC	Kingdom of Denmark
LOC	Kingdom of Eswatini
LOC	Kingdom of Lesotho
LOC	Kingdom of Morocco
LOC	Kingdom of Norway
LOC	Kingdom of Saudi Arabia
LOC	Kingdom of Spain
LOC	Kingdom of Sweden
LOC	Kingdom of Thailand
LOC	Kingdom of Tonga
LOC	Kingdom of the Netherlands
LOC	Kiribati
LOC	Kuwait
LOC	Kyrgyz Republic
LOC	Kyrgyzstan
LOC	Lao People's Democratic Republic
LOC	Latvia
LOC	Lebanese Republic
LOC	Lebanon
LOC	Lesotho
LOC	Liberia
LOC	Libya
LOC	Liechtenstein
LOC	Lithuania
LOC	Luxembourg
LOC	Macao
LOC	Macao Special Administrative Region of China
LOC	Madagascar
LOC	Malawi
LOC	Malaysia
LOC	Maldives
LOC	Mali
LOC	Malta
LOC	Marshall Islands
LOC	Martinique
LOC	Mauritania
LOC	Mauritius
LOC	Mayotte
LOC	Mexico
LOC	Monaco
LOC	Mongolia
LOC	Montenegro
LOC	Montserrat
LOC	Morocco
LOC	Mozambique
LOC	Myanmar
LOC	Namibia
LOC	Nauru
LOC	Nepal
LOC	Netherlands
LOC	New Caledonia
LOC	New Zealand
LOC	Nicaragua
LOC	Niger
LOC	Nigeria
LOC	Niue
LOC	Norfolk Island
LOC	North Korea
LOC	North Macedonia
LOC	Northern Mariana Islands
LOC	Norway
LOC	Oman
LOC	Pakistan
LOC	Palau
LOC	Panama
LOC	Paraguay
LOC	People's Democratic Republic of Algeria
LOC	People's Republic of Bangladesh
LOC	People's Republic of China
LOC	Peru
LOC	Pitcairn
LOC	Plurinational State of Bolivia
LOC	Poland
LOC	Portugal
LOC	Portuguese Republic
LOC	Principality of Andorra
LOC	Principality of Liechtenstein
LOC	Principality of Monaco
LOC	Puerto Rico
LOC	Qatar
LOC	Republic of Albania
LOC	Republic of Angola
LOC	Republic of Armenia
LOC	Republic of Austria
LOC	Republic of Azerbaijan
LOC	Republic of Belarus
LOC	Republic of Benin
LOC	Republic of Bosnia and Herzegovina
LOC	Republic of Botswana
LOC	Republic of Bulgaria
LOC	Republic of Burundi
LOC	Republic of Cabo Verde
LOC	Republic of Cameroon
LOC	Republic of Chad
LOC	Republic of Chile
LOC	Republic of Colombia
LOC	Republic of Costa Rica
LOC	Republic of Cote d'Ivoire
LOC	Republic of Croatia
LOC	Republic of Cuba
LOC	Republic of Cyprus
LOC	Republic of Côte d'Ivoire
LOC	Republic of Djibouti
LOC	Republic of Ecuador
LOC	Republic of El Salvador
LOC	Republic of Equatorial Guinea
LOC	Republic of Estonia
LOC	Republic of Fiji
LOC	Republic of Finland
LOC	Republic of Ghana
LOC	Republic of Guatemala
LOC	Republic of Guinea
LOC	Republic of Guinea-Bissau
LOC	Republic of Guyana
LOC	Republic of Haiti
LOC	Republic of Honduras
LOC	Republic of Iceland
LOC	Republic of India
LOC	Republic of Indonesia
LOC	Republic of Iraq
LOC	Republic of Kazakhstan
LOC	Republic of Kenya
LOC	Republic of Kiribati
LOC	Republic of Latvia
LOC	Republic of Liberia
LOC	Republic of Lithuania
LOC	Republic of Madagascar
LOC	Republic of Malawi
LOC	Republic of Maldives
LOC	Republic of Mali
LOC	Republic of Malta
LOC	Republic of Mauritius
LOC	Republic of Moldova
LOC	Republic of Mozambique
LOC	Republic of Myanmar
LOC	Republic of Namibia
LOC	Republic of Nauru
LOC	Republic of Nicaragua
LOC	Republic of North Macedonia
LOC	Republic of Palau
LOC	Republic of Panama
LOC	Republic of Paraguay
LOC	Republic of Peru
LOC	Republic of Poland
LOC	Republic of San Marino
LOC	Republic of Senegal
LOC	Republic of Serbia
LOC	Republic of Seychelles
LOC	Republic of Sierra Leone
LOC	Republic of Singapore
LOC	Republic of Slovenia
LOC	Republic of South Africa
LOC	Republic of South Sudan
LOC	Republic of Suriname
LOC	Republic of Tajikistan
LOC	Republic of Trinidad and Tobago
LOC	Republic of Tunisia
LOC	Republic of Turkiye
LOC	Republic of Türkiye
LOC	Republic of Uganda
LOC	Republic of Uzbekistan
LOC	Republic of Vanuatu
LOC	Republic of Yemen
LOC	Republic of Zambia
LOC	Republic of Zimbabwe
LOC	Republic of the Congo
LOC	Republic of the Gambia
LOC	Republic of the Marshall Islands
LOC	Republic of the Niger
LOC	Republic of the Philippines
LOC	Republic of the Sudan
LOC	Reunion
LOC	Romania
LOC	Russian Federation
LOC	Rwanda
LOC	Rwandese Republic
LOC	Réunion
LOC	Saint Barthelemy
LOC	Saint Barthélemy
LOC	Saint Kitts and Nevis
LOC	Saint Lucia
LOC	Saint Pierre and Miquelon
LOC	Saint Vincent and the Grenadines
LOC	Samoa
LOC	San Marino
LOC	Sao Tome and Principe
LOC	Saudi Arabia
LOC	Senegal
LOC	Serbia
LOC	Seychelles
LOC	Sierra Leone
LOC	Singapore
LOC	Slovakia
LOC	Slovenia
LOC	Socialist Republic of Viet Nam
LOC	Solomon Islands
LOC	Somalia
LOC	South Africa
LOC	South Georgia and the South Sandwich Islands
LOC	South Korea
LOC	South Sudan
LOC	Spain
LOC	Sri Lanka
LOC	State of Israel
LOC	State of Kuwait
LOC	State of Qatar
LOC	Sudan
LOC	Sultanate of Oman
LOC	Suriname
LOC	Svalbard and Jan Mayen
LOC	Sweden
LOC	Swiss Confederation
LOC	Switzerland
LOC	Syrian Arab Republic
LOC	Taiwan
LOC	Tajikistan
LOC	Thailand
LOC	Timor-Leste
LOC	Togo
LOC	Togolese Republic
LOC	Tokelau
LOC	Tonga
LOC	Trinidad and Tobago
LOC	Tunisia
LOC	Turkiye
LOC	Turkmenistan
LOC	Turks and Caicos Islands
LOC	Tuvalu
LOC	Türkiye
LOC	Uganda
LOC	Ukraine
LOC	Union of the Comoros
LOC	United Arab Emirates
LOC	United Kingdom
LOC	United Kingdom of Great Britain and Northern Ireland
LOC	United Mexican States
LOC	United Republic of Tanzania
LOC	United States
LOC	United States Minor Outlying Islands
LOC	United States of America
LOC	Uruguay
LOC	Uzbekistan
LOC	Vanuatu
LOC	Viet Nam
LOC	Virgin Islands of the United States
LOC	Wallis and Futuna
LOC	Western Sahara
LOC	Yemen
LOC	Zambia
LOC	Zimbabwe
LOC	Åland Islands
"""#
}
