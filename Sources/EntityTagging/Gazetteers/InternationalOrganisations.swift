extension BuiltinGazetteers {
    static let internationalOrganisations = #"""
# International and intergovernmental organisations, alliances, blocs, courts, development banks, NGOs
# and their agencies, with their common short forms and acronyms.
# Purpose: ORG evidence for the entity tagger (CoNLL-2003 practice: "U.N.", "NATO", "EU" are ORG).
# Source: hand-written from general knowledge (facts only).
# Notes: "G7", "G8", "G20" are ORG as groups of governments; "Quad" (the US-Japan-India-Australia dialogue)
# is left out as a common word; "Commonwealth" is kept (capitalised, it names the organisation).
# Format: CLASS<TAB>phrase
#
# --- United Nations system ---
ORG	United Nations
ORG	UN
ORG	U.N.
ORG	UN Security Council
ORG	U.N. Security Council
ORG	Security Council
ORG	UN General Assembly
ORG	U.N. General Assembly
ORG	General Assembly
ORG	UN Secretariat
ORG	UN Human Rights Council
ORG	Human Rights Council
ORG	UNHCR
ORG	UN High Commissioner for Refugees
ORG	UNICEF
ORG	UNESCO
ORG	UNDP
ORG	UNEP
ORG	UNCTAD
ORG	UNRWA
ORG	UNFPA
ORG	UNIDO
ORG	UNAIDS
ORG	UNOCHA
ORG	OCHA
ORG	UNPROFOR
ORG	UNMIK
ORG	UNIFIL
ORG	UNFCCC
ORG	IPCC
ORG	Intergovernmental Panel on Climate Change
ORG	World Food Programme
ORG	World Food Program
ORG	WFP
ORG	Food and Agriculture Organization
ORG	FAO
ORG	World Health Organization
ORG	World Health Organisation
# "WHO" is listed as the organisation; in all-caps headlines the word "who" collides (the tagger decides
# whether its all-caps variant applies to acronyms).
ORG	WHO
ORG	International Labour Organization
ORG	International Labor Organization
ORG	ILO
ORG	International Atomic Energy Agency
ORG	IAEA
ORG	International Maritime Organization
ORG	IMO
ORG	International Civil Aviation Organization
ORG	ICAO
ORG	International Telecommunication Union
ORG	ITU
ORG	Universal Postal Union
ORG	World Intellectual Property Organization
ORG	WIPO
ORG	World Meteorological Organization
ORG	WMO
ORG	International Organization for Migration
ORG	IOM
ORG	International Court of Justice
ORG	ICJ
ORG	World Court
ORG	International Criminal Court
ORG	ICC
ORG	International Criminal Tribunal for the former Yugoslavia
ORG	ICTY
ORG	International Criminal Tribunal for Rwanda
ORG	ICTR
ORG	Permanent Court of Arbitration
# --- Finance and trade ---
ORG	International Monetary Fund
ORG	IMF
ORG	World Bank
ORG	World Bank Group
ORG	International Finance Corporation
ORG	IFC
ORG	World Trade Organization
ORG	World Trade Organisation
ORG	WTO
ORG	General Agreement on Tariffs and Trade
ORG	GATT
ORG	Organisation for Economic Co-operation and Development
ORG	Organization for Economic Cooperation and Development
ORG	OECD
ORG	Bank for International Settlements
ORG	BIS
ORG	Financial Stability Board
ORG	Financial Action Task Force
ORG	FATF
ORG	Paris Club
ORG	London Club
ORG	Asian Development Bank
ORG	ADB
ORG	Asian Infrastructure Investment Bank
ORG	AIIB
ORG	African Development Bank
ORG	AfDB
ORG	Inter-American Development Bank
ORG	IDB
ORG	European Bank for Reconstruction and Development
ORG	EBRD
ORG	European Investment Bank
ORG	EIB
ORG	New Development Bank
ORG	Islamic Development Bank
ORG	Organization of the Petroleum Exporting Countries
ORG	Organisation of the Petroleum Exporting Countries
ORG	OPEC
ORG	OPEC+
ORG	International Energy Agency
ORG	IEA
ORG	International Renewable Energy Agency
ORG	IRENA
# --- Europe ---
ORG	European Union
ORG	EU
ORG	E.U.
ORG	European Community
ORG	European Communities
ORG	EC
ORG	European Economic Community
ORG	EEC
ORG	European Commission
ORG	European Parliament
ORG	European Council
ORG	Council of the European Union
ORG	Council of Ministers
ORG	European Court of Justice
ORG	ECJ
ORG	European Court of Human Rights
ORG	European Central Bank
ORG	ECB
ORG	European Monetary Institute
ORG	Eurostat
ORG	Europol
ORG	Eurojust
ORG	Frontex
ORG	Eurogroup
ORG	Euratom
ORG	European Space Agency
ORG	ESA
ORG	European Medicines Agency
ORG	EMA
ORG	European Stability Mechanism
ORG	ESM
ORG	Council of Europe
ORG	Organization for Security and Cooperation in Europe
ORG	Organisation for Security and Co-operation in Europe
ORG	OSCE
ORG	Conference on Security and Cooperation in Europe
ORG	CSCE
ORG	European Free Trade Association
ORG	EFTA
ORG	Western European Union
ORG	WEU
ORG	Nordic Council
ORG	Benelux Union
ORG	Visegrad Group
ORG	CERN
# --- Security alliances ---
ORG	North Atlantic Treaty Organization
ORG	North Atlantic Treaty Organisation
ORG	NATO
ORG	Nato
ORG	Warsaw Pact
ORG	Partnership for Peace
ORG	AUKUS
ORG	Five Eyes
ORG	Collective Security Treaty Organization
ORG	CSTO
ORG	Shanghai Cooperation Organisation
ORG	Shanghai Cooperation Organization
ORG	SCO
ORG	IFOR
ORG	SFOR
ORG	KFOR
ORG	ISAF
# --- Asia-Pacific, Americas, Africa, Middle East ---
ORG	Association of Southeast Asian Nations
ORG	Association of South East Asian Nations
ORG	ASEAN
ORG	Asean
ORG	ASEAN Regional Forum
ORG	Asia-Pacific Economic Cooperation
ORG	APEC
ORG	Apec
ORG	East Asia Summit
ORG	South Asian Association for Regional Cooperation
ORG	SAARC
ORG	Pacific Islands Forum
ORG	South Pacific Forum
ORG	Colombo Plan
ORG	Organization of American States
ORG	OAS
ORG	Mercosur
ORG	Mercosul
ORG	Andean Community
ORG	Andean Pact
ORG	Caricom
ORG	CARICOM
ORG	Central American Common Market
ORG	NAFTA
ORG	USMCA
ORG	Union of South American Nations
ORG	African Union
ORG	AU
ORG	Organization of African Unity
ORG	Organisation of African Unity
ORG	OAU
ORG	Economic Community of West African States
ORG	ECOWAS
ORG	ECOMOG
ORG	Southern African Development Community
ORG	SADC
ORG	East African Community
ORG	IGAD
ORG	Arab League
ORG	League of Arab States
ORG	Gulf Cooperation Council
ORG	GCC
ORG	Organisation of Islamic Cooperation
ORG	Organization of Islamic Cooperation
ORG	Organisation of the Islamic Conference
ORG	Organization of the Islamic Conference
ORG	OIC
ORG	Arab Maghreb Union
ORG	Commonwealth
ORG	Commonwealth of Nations
ORG	Commonwealth of Independent States
ORG	CIS
ORG	Eurasian Economic Union
ORG	Non-Aligned Movement
ORG	Group of 77
ORG	G77
ORG	Group of Seven
ORG	Group of Eight
ORG	Group of 20
ORG	Group of Twenty
ORG	G7
ORG	G-7
ORG	G8
ORG	G-8
ORG	G20
ORG	G-20
ORG	G-24
ORG	BRICS
ORG	Brics
ORG	League of Nations
ORG	Interpol
ORG	INTERPOL
# --- NGOs and humanitarian bodies ---
ORG	International Committee of the Red Cross
ORG	ICRC
ORG	Red Cross
ORG	Red Crescent
ORG	International Federation of Red Cross and Red Crescent Societies
ORG	Amnesty International
ORG	Human Rights Watch
ORG	Medecins Sans Frontieres
ORG	Médecins Sans Frontières
ORG	Doctors Without Borders
ORG	MSF
ORG	Oxfam
ORG	Save the Children
ORG	Greenpeace
ORG	World Wildlife Fund
ORG	World Wide Fund for Nature
ORG	WWF
ORG	Transparency International
ORG	Reporters Without Borders
ORG	Committee to Protect Journalists
ORG	CPJ
ORG	International Crisis Group
ORG	Care International
ORG	World Vision
ORG	Caritas
ORG	International Rescue Committee
ORG	Human Rights First
ORG	Freedom House
ORG	World Economic Forum
ORG	WEF
ORG	Bill & Melinda Gates Foundation
ORG	Gates Foundation
ORG	Rockefeller Foundation
ORG	Ford Foundation
ORG	Wikimedia Foundation
ORG	International Campaign to Ban Landmines
ORG	Nobel Committee
ORG	Norwegian Nobel Committee
ORG	Club of Rome
ORG	Trilateral Commission
ORG	Bilderberg Group
"""#
}
