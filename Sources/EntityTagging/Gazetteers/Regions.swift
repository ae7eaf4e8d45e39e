extension BuiltinGazetteers {
    static let regions = #"""
# Continents, world regions, historical and geopolitical regions, and first-level subdivisions (provinces,
# prefectures, states) of countries often in international news.
# Purpose: LOC evidence for the entity tagger.
# Source: ISO 3166-2 subdivision names of Japan, Canada, Australia, India, Brazil, Mexico, South Africa
# and Pakistan (via the `pycountry` PyPI package 26.2.16, LGPL-2.1; facts only; Indian names without the
# ISO transliteration macrons); continents, regions and the English names of subdivisions of other
# countries (China, Germany, Spain, Italy, France, Russia, ...) added by hand from general knowledge.
# Adjectival region names that are MISC in CoNLL-2003 ("Asian", "European") are in Nationalities.
# "Lazio" is left out: in English news it is the Rome football club (ORG, SportsClubs).
# Format: CLASS<TAB>phrase
#
# --- Continents and world regions ---
LOC	Africa
LOC	Antarctica
LOC	Asia
LOC	Australasia
LOC	Europe
LOC	North America
LOC	South America
LOC	Central America
LOC	Latin America
LOC	Americas
LOC	Oceania
LOC	Eurasia
LOC	Arctic
LOC	Antarctic
LOC	Asia-Pacific
LOC	Asia Pacific
LOC	Indo-Pacific
LOC	Pacific Rim
LOC	East Asia
LOC	Northeast Asia
LOC	Southeast Asia
LOC	South Asia
LOC	Central Asia
LOC	West Asia
LOC	North Asia
LOC	Far East
LOC	Middle East
LOC	Near East
LOC	Mideast
LOC	Gulf
LOC	Persian Gulf
LOC	Levant
LOC	Maghreb
LOC	North Africa
LOC	West Africa
LOC	East Africa
LOC	Central Africa
LOC	Southern Africa
LOC	South Africa
LOC	Sub-Saharan Africa
LOC	Horn of Africa
LOC	Sahel
LOC	Sahara
LOC	Western Europe
LOC	Eastern Europe
LOC	Central Europe
LOC	Northern Europe
LOC	Southern Europe
LOC	Southeastern Europe
LOC	Scandinavia
LOC	Baltics
LOC	Balkans
LOC	Western Balkans
LOC	Caucasus
LOC	North Caucasus
LOC	South Caucasus
LOC	Transcaucasia
LOC	Iberia
LOC	Iberian Peninsula
LOC	Benelux
LOC	Mediterranean
LOC	Caribbean
LOC	West Indies
LOC	Andes
LOC	Patagonia
LOC	Amazonia
LOC	Siberia
LOC	Indochina
LOC	Korean Peninsula
LOC	Arabian Peninsula
LOC	Indian Subcontinent
LOC	Polynesia
LOC	Melanesia
LOC	Micronesia
LOC	Pacific Islands
LOC	Anatolia
LOC	Mesopotamia
LOC	Holy Land
LOC	Persian Gulf region
LOC	Gulf region
LOC	Western Hemisphere
LOC	Northern Hemisphere
LOC	Southern Hemisphere
LOC	Global South
LOC	Third World
LOC	Silicon Valley
LOC	Wall Street
LOC	Midwest
LOC	Deep South
LOC	New England
LOC	Pacific Northwest
LOC	Rust Belt
LOC	Bible Belt
LOC	Sun Belt
LOC	West Coast
LOC	East Coast
LOC	Gulf Coast
# --- Disputed, occupied and conflict regions ---
LOC	West Bank
LOC	Gaza
LOC	Gaza Strip
LOC	East Jerusalem
LOC	Golan Heights
LOC	Golan
LOC	Sinai
LOC	Sinai Peninsula
LOC	Kurdistan
LOC	Iraqi Kurdistan
LOC	Kashmir
LOC	Jammu
LOC	Tibet
LOC	Xinjiang
LOC	Inner Mongolia
LOC	Chechnya
LOC	Dagestan
LOC	Ingushetia
LOC	Nagorno-Karabakh
LOC	Karabakh
LOC	Crimea
LOC	Donbas
LOC	Donbass
LOC	Darfur
LOC	Kordofan
LOC	Western Sahara
LOC	Cabinda
LOC	Kosovo
LOC	Krajina
LOC	Slavonia
LOC	Eastern Slavonia
LOC	Republika Srpska
LOC	Kurdish region
LOC	Northern Territories
LOC	Kuril Islands
LOC	Kurils
LOC	Spratly Islands
LOC	Spratlys
LOC	Paracel Islands
LOC	Paracels
LOC	Senkaku Islands
LOC	Senkakus
LOC	Diaoyu Islands
LOC	Takeshima
LOC	Dokdo
LOC	Mindanao
LOC	Aceh
LOC	East Timor
LOC	Punjab
LOC	Baluchistan
LOC	Waziristan
LOC	North Waziristan
LOC	South Waziristan
LOC	Helmand
LOC	Ogaden
LOC	Tigray
LOC	Biafra
LOC	Niger Delta
LOC	Chiapas
# --- China: provinces, autonomous regions, special administrative regions ---
LOC	Anhui
LOC	Fujian
LOC	Gansu
LOC	Guangdong
LOC	Guangxi
LOC	Guizhou
LOC	Hainan
LOC	Hebei
LOC	Heilongjiang
LOC	Henan
LOC	Hubei
LOC	Hunan
LOC	Jiangsu
LOC	Jiangxi
LOC	Jilin
LOC	Liaoning
LOC	Ningxia
LOC	Qinghai
LOC	Shaanxi
LOC	Shandong
LOC	Shanxi
LOC	Sichuan
LOC	Yunnan
LOC	Zhejiang
LOC	Manchuria
LOC	Mainland China
# --- Japan: regions and islands (prefectures are generated below) ---
LOC	Kanto
LOC	Kansai
LOC	Kinki
LOC	Tohoku
LOC	Chubu
LOC	Chugoku
LOC	Shikoku
LOC	Kyushu
LOC	Honshu
LOC	Hokuriku
LOC	Ryukyu Islands
LOC	Ogasawara Islands
# --- Korea: provinces ---
LOC	Gyeonggi
LOC	Gangwon
LOC	Jeju
LOC	Jeju Island
LOC	Cheju
LOC	North Chungcheong
LOC	South Chungcheong
LOC	North Gyeongsang
LOC	South Gyeongsang
LOC	North Jeolla
LOC	South Jeolla
# --- Taiwan, Southeast Asia ---
LOC	Sabah
LOC	Sarawak
LOC	Borneo
LOC	Java
LOC	Sumatra
LOC	Sulawesi
LOC	Kalimantan
LOC	Papua
LOC	West Papua
LOC	Irian Jaya
LOC	Bali
LOC	Luzon
LOC	Visayas
LOC	Mekong Delta
# --- Germany ---
LOC	Bavaria
LOC	Baden-Wuerttemberg
LOC	Baden-Württemberg
LOC	Hesse
LOC	Lower Saxony
LOC	North Rhine-Westphalia
LOC	Rhineland-Palatinate
LOC	Saarland
LOC	Saxony
LOC	Saxony-Anhalt
LOC	Schleswig-Holstein
LOC	Thuringia
LOC	Mecklenburg-Western Pomerania
LOC	Mecklenburg-Vorpommern
LOC	Rhineland
LOC	Ruhr
# --- France ---
LOC	Alsace
LOC	Lorraine
LOC	Brittany
LOC	Normandy
LOC	Burgundy
LOC	Provence
LOC	Corsica
LOC	Riviera
LOC	French Riviera
LOC	Cote d'Azur
LOC	Ile-de-France
LOC	Aquitaine
LOC	Languedoc
LOC	Auvergne
LOC	Picardy
# --- Spain and Portugal ---
LOC	Andalusia
LOC	Catalonia
LOC	Basque Country
LOC	Galicia
LOC	Asturias
LOC	Cantabria
LOC	Navarre
LOC	Aragon
LOC	Castile
LOC	Extremadura
LOC	Valencia region
LOC	Canary Islands
LOC	Canaries
LOC	Balearic Islands
LOC	Balearics
LOC	Mallorca
LOC	Majorca
LOC	Ibiza
LOC	Algarve
LOC	Azores
LOC	Madeira
# --- Italy ---
LOC	Lombardy
LOC	Piedmont
LOC	Tuscany
LOC	Veneto
LOC	Liguria
LOC	Emilia-Romagna
LOC	Umbria
LOC	Campania
LOC	Calabria
LOC	Apulia
LOC	Puglia
LOC	Sicily
LOC	Sardinia
LOC	South Tyrol
# --- United Kingdom and Ireland ---
LOC	Ulster
LOC	Cornwall
LOC	Devon
LOC	Scottish Highlands
LOC	Merseyside
LOC	Midlands
LOC	West Midlands
LOC	East Anglia
LOC	Home Counties
LOC	Isle of Wight
LOC	Shetland
LOC	Orkney
LOC	Hebrides
LOC	Channel Islands
LOC	Belfast Lough
# --- Russia and the former Soviet Union ---
LOC	Moscow region
LOC	Kaliningrad
LOC	Tatarstan
LOC	Bashkortostan
LOC	Yakutia
LOC	Chukotka
LOC	Kamchatka
LOC	Sakhalin
LOC	Primorye
LOC	Karelia
LOC	Urals
LOC	Far East region
# --- Canada, Australia, Latin America (beyond the generated ISO names) ---
LOC	Newfoundland
LOC	Labrador
LOC	Quebec province
LOC	Tasmania
LOC	Buenos Aires province
LOC	Tierra del Fuego
LOC	Yucatan Peninsula
#
# --- ISO 3166-2 subdivisions (generated) ---
LOC	Aguascalientes
LOC	Aichi
LOC	Akita
LOC	Alagoas
LOC	Alberta
LOC	Amapa
LOC	Amapá
LOC	Amazonas
LOC	Andaman and Nicobar Islands
LOC	Andhra Pradesh
LOC	Aomori
LOC	Arunachal Pradesh
LOC	Assam
LOC	Australian Capital Territory
LOC	Azad Jammu and Kashmir
LOC	Bahia
LOC	Baja California
LOC	Baja California Sur
LOC	Balochistan
LOC	Bihar
LOC	British Columbia
LOC	Campeche
LOC	Ceara
LOC	Ceará
LOC	Chandigarh
LOC	Chhattisgarh
LOC	Chiba
LOC	Chihuahua
LOC	Ciudad de Mexico
LOC	Ciudad de México
LOC	Coahuila de Zaragoza
LOC	Colima
LOC	Dadra and Nagar Haveli and Daman and Diu
LOC	Delhi
LOC	Distrito Federal
LOC	Durango
LOC	Eastern Cape
LOC	Ehime
LOC	Espirito Santo
LOC	Espírito Santo
LOC	Free State
LOC	Fukui
LOC	Fukuoka
LOC	Fukushima
LOC	Gauteng
LOC	Gifu
LOC	Gilgit-Baltistan
LOC	Goa
LOC	Goias
LOC	Goiás
LOC	Guanajuato
LOC	Gujarat
LOC	Gunma
LOC	Haryana
LOC	Himachal Pradesh
LOC	Hiroshima
LOC	Hokkaido
LOC	Hyogo
LOC	Ibaraki
LOC	Ishikawa
LOC	Islamabad
LOC	Iwate
LOC	Jalisco
LOC	Jammu and Kashmir
LOC	Jharkhand
LOC	Kagawa
LOC	Kagoshima
LOC	Kanagawa
LOC	Karnataka
LOC	Kerala
LOC	Khyber Pakhtunkhwa
LOC	Kochi
LOC	Kumamoto
LOC	Kwazulu-Natal
LOC	Kyoto
LOC	Ladakh
LOC	Lakshadweep
LOC	Limpopo
LOC	Madhya Pradesh
LOC	Maharashtra
LOC	Manipur
LOC	Manitoba
LOC	Maranhao
LOC	Maranhão
LOC	Mato Grosso
LOC	Mato Grosso do Sul
LOC	Meghalaya
LOC	Mexico
LOC	Michoacan de Ocampo
LOC	Michoacán de Ocampo
LOC	Mie
LOC	Minas Gerais
LOC	Miyagi
LOC	Mizoram
LOC	Morelos
LOC	Mpumalanga
LOC	México
LOC	Nagaland
LOC	Nagano
LOC	Nagasaki
LOC	Nara
LOC	Nayarit
LOC	New Brunswick
LOC	New South Wales
LOC	Newfoundland and Labrador
LOC	Niigata
LOC	Northern Cape
LOC	Northern Territory
LOC	Northwest Territories
LOC	Nova Scotia
LOC	Nuevo Leon
LOC	Nuevo León
LOC	Nunavut
LOC	Oaxaca
LOC	Odisha
LOC	Oita
LOC	Okayama
LOC	Okinawa
LOC	Ontario
LOC	Osaka
LOC	Paraiba
LOC	Parana
LOC	Paraná
LOC	Paraíba
LOC	Pernambuco
LOC	Piaui
LOC	Piauí
LOC	Prince Edward Island
LOC	Puducherry
LOC	Puebla
LOC	Quebec
LOC	Queensland
LOC	Queretaro
LOC	Querétaro
LOC	Quintana Roo
LOC	Rajasthan
LOC	Rio Grande do Norte
LOC	Rio Grande do Sul
LOC	Rio de Janeiro
LOC	Rondonia
LOC	Rondônia
LOC	Roraima
LOC	Saitama
LOC	San Luis Potosi
LOC	San Luis Potosí
LOC	Santa Catarina
LOC	Sao Paulo
LOC	Saskatchewan
LOC	Sergipe
LOC	Shiga
LOC	Shimane
LOC	Shizuoka
LOC	Sikkim
LOC	Sinaloa
LOC	Sindh
LOC	Sonora
LOC	South Australia
LOC	São Paulo
LOC	Tabasco
LOC	Tamaulipas
LOC	Tamil Nadu
LOC	Telangana
LOC	Tlaxcala
LOC	Tocantins
LOC	Tochigi
LOC	Tokushima
LOC	Tokyo
LOC	Tottori
LOC	Toyama
LOC	Tripura
LOC	Uttar Pradesh
LOC	Uttarakhand
LOC	Veracruz de Ignacio de la Llave
LOC	Victoria
LOC	Wakayama
LOC	West Bengal
LOC	Western Australia
LOC	Western Cape
LOC	Yamagata
LOC	Yamaguchi
LOC	Yamanashi
LOC	Yucatan
LOC	Yucatán
LOC	Yukon
LOC	Zacatecas
"""#
}
