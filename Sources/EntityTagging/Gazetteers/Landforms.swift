extension BuiltinGazetteers {
    static let landforms = #"""
# Islands and archipelagos, mountains and mountain ranges, volcanoes, deserts, peninsulas, capes and
# other natural features named in international news.
# Purpose: LOC evidence for the entity tagger. Island states and territories are in Countries, regional
# islands of a country (Hokkaido, Sicily, Borneo) in Regions.
# Source: hand-written from general knowledge (facts only).
# Left out bare: "Everest" is listed, but not "Rocky" / "Rockies" alone ("Rockies" is also the Colorado
# baseball club, see SportsClubs, so only "Rocky Mountains" is here), nor "Olympus" (the camera company).
# Format: CLASS<TAB>phrase
#
# --- Islands and archipelagos ---
LOC	Greenland
LOC	Iceland
LOC	Svalbard
LOC	Spitsbergen
LOC	Faroe Islands
LOC	British Isles
LOC	Falkland Islands
LOC	South Georgia
LOC	Galapagos Islands
LOC	Galapagos
LOC	Easter Island
LOC	Hawaiian Islands
LOC	Aleutian Islands
LOC	Aleutians
LOC	Long Island
LOC	Staten Island
LOC	Rhode Island
LOC	Ellis Island
LOC	Martha's Vineyard
LOC	Nantucket
LOC	Florida Keys
LOC	Key West
LOC	Vancouver Island
LOC	Baffin Island
LOC	Ellesmere Island
LOC	Cape Breton Island
LOC	Hispaniola
LOC	Greater Antilles
LOC	Lesser Antilles
LOC	Antilles
LOC	Leeward Islands
LOC	Windward Islands
LOC	Tierra del Fuego
LOC	Crete
LOC	Corfu
LOC	Lesbos
LOC	Lesvos
LOC	Samos
LOC	Chios
LOC	Kos
LOC	Santorini
LOC	Mykonos
LOC	Cyclades
LOC	Dodecanese
LOC	Capri
LOC	Elba
LOC	Lampedusa
LOC	Sicily
LOC	Sardinia
LOC	Corsica
LOC	Malta
LOC	Gozo
LOC	Cyprus
LOC	Zanzibar
LOC	Pemba
LOC	Socotra
LOC	Madagascar
LOC	Mauritius
LOC	Reunion
LOC	Canary Islands
LOC	Cape Verde Islands
LOC	Bioko
LOC	Diego Garcia
LOC	Chagos Islands
LOC	Andaman Islands
LOC	Nicobar Islands
LOC	Lakshadweep
LOC	Sri Lanka
LOC	Borneo
LOC	New Guinea
LOC	Bougainville
LOC	Guadalcanal
LOC	Timor
LOC	Lombok
LOC	Sumatra
LOC	Java
LOC	Mindanao
LOC	Luzon
LOC	Palawan
LOC	Cebu
LOC	Leyte
LOC	Hainan Island
LOC	Kinmen
LOC	Quemoy
LOC	Matsu
LOC	Penghu
LOC	Pratas Islands
LOC	Scarborough Shoal
LOC	Second Thomas Shoal
LOC	Mischief Reef
LOC	Hokkaido
LOC	Honshu
LOC	Kyushu
LOC	Shikoku
LOC	Okinawa
LOC	Okinawa Island
LOC	Iwo Jima
LOC	Sado Island
LOC	Tsushima
LOC	Ulleung Island
LOC	Yeonpyeong Island
LOC	Ganghwa Island
LOC	Sakhalin
LOC	Kunashir
LOC	Iturup
LOC	Shikotan
LOC	Habomai
LOC	Habomai Islands
LOC	Tasmania
LOC	North Island
LOC	South Island
LOC	Tahiti
LOC	Bora Bora
LOC	Guam
LOC	Saipan
LOC	Tinian
LOC	Wake Island
LOC	Midway
LOC	Midway Atoll
LOC	Bikini Atoll
LOC	Marshall Islands
LOC	Solomon Islands
LOC	Cook Islands
LOC	Pitcairn Islands
LOC	Christmas Island
LOC	Cocos Islands
LOC	Norfolk Island
LOC	Lord Howe Island
LOC	Manus Island
LOC	Nauru
LOC	Isle of Man
LOC	Isle of Wight
LOC	Anglesey
LOC	Isle of Skye
LOC	Guernsey
LOC	Jersey
LOC	Sark
LOC	Heligoland
LOC	Sylt
LOC	Rügen
LOC	Gotland
LOC	Bornholm
LOC	Aland Islands
LOC	Robben Island
LOC	Ascension Island
LOC	St Helena
# --- Mountains, mountain ranges and volcanoes ---
LOC	Mount Everest
LOC	Everest
LOC	K2
LOC	Kangchenjunga
LOC	Annapurna
LOC	Himalayas
LOC	Himalaya
LOC	Karakoram
LOC	Hindu Kush
LOC	Pamirs
LOC	Pamir Mountains
LOC	Tian Shan
LOC	Altai Mountains
LOC	Ural Mountains
LOC	Caucasus Mountains
LOC	Mount Elbrus
LOC	Mount Ararat
LOC	Zagros Mountains
LOC	Alborz
LOC	Atlas Mountains
LOC	Mount Kilimanjaro
LOC	Kilimanjaro
LOC	Mount Kenya
LOC	Rwenzori Mountains
LOC	Drakensberg
LOC	Table Mountain
LOC	Alps
LOC	Swiss Alps
LOC	French Alps
LOC	Italian Alps
LOC	Bavarian Alps
LOC	Mont Blanc
LOC	Matterhorn
LOC	Eiger
LOC	Jungfrau
LOC	Dolomites
LOC	Pyrenees
LOC	Apennines
LOC	Carpathians
LOC	Carpathian Mountains
LOC	Balkan Mountains
LOC	Mount Olympus
LOC	Mount Etna
LOC	Etna
LOC	Vesuvius
LOC	Mount Vesuvius
LOC	Stromboli
LOC	Ben Nevis
LOC	Snowdon
LOC	Pennines
LOC	Rocky Mountains
LOC	Appalachians
LOC	Appalachian Mountains
LOC	Sierra Nevada
LOC	Cascade Range
LOC	Cascades
LOC	Mount Rainier
LOC	Mount St. Helens
LOC	Mount Rushmore
LOC	Denali
LOC	Mount McKinley
LOC	Mauna Loa
LOC	Mauna Kea
LOC	Kilauea
LOC	Andes Mountains
LOC	Aconcagua
LOC	Sierra Madre
LOC	Mount Fuji
LOC	Mt. Fuji
LOC	Mt Fuji
LOC	Fujiyama
LOC	Mount Aso
LOC	Mount Ontake
LOC	Sakurajima
LOC	Mount Paektu
LOC	Paektu
LOC	Mount Kumgang
LOC	Mount Pinatubo
LOC	Pinatubo
LOC	Mount Mayon
LOC	Mount Merapi
LOC	Merapi
LOC	Krakatoa
LOC	Mount Agung
LOC	Tambora
LOC	Mount Sinai
LOC	Mount of Olives
LOC	Temple Mount
LOC	Golan
LOC	Great Dividing Range
LOC	Uluru
LOC	Ayers Rock
LOC	Mount Cook
LOC	Eyjafjallajokull
LOC	Hekla
# --- Deserts, peninsulas, capes, plains, forests and other features ---
LOC	Sahara Desert
LOC	Kalahari
LOC	Kalahari Desert
LOC	Namib Desert
LOC	Gobi
LOC	Gobi Desert
LOC	Taklamakan
LOC	Negev
LOC	Negev Desert
LOC	Sinai Desert
LOC	Arabian Desert
LOC	Empty Quarter
LOC	Rub al-Khali
LOC	Syrian Desert
LOC	Mojave Desert
LOC	Sonoran Desert
LOC	Atacama
LOC	Atacama Desert
LOC	Death Valley
LOC	Grand Canyon
LOC	Great Barrier Reef
LOC	Great Rift Valley
LOC	Rift Valley
LOC	Serengeti
LOC	Masai Mara
LOC	Okavango
LOC	Congo Basin
LOC	Amazon Basin
LOC	Amazon rainforest
LOC	Pantanal
LOC	Everglades
LOC	Yellowstone
LOC	Yosemite
LOC	Great Plains
LOC	Tibetan Plateau
LOC	Deccan
LOC	Kamchatka Peninsula
LOC	Crimean Peninsula
LOC	Balkan Peninsula
LOC	Malay Peninsula
LOC	Jutland
LOC	Peloponnese
LOC	Gallipoli
LOC	Kola Peninsula
LOC	Yamal Peninsula
LOC	Cape Horn
LOC	Cape of Good Hope
LOC	Cape Cod
LOC	Cape Canaveral
LOC	Khyber Pass
LOC	Brenner Pass
LOC	Fertile Crescent
LOC	Bering Land Bridge
LOC	Ring of Fire
"""#
}
