extension BuiltinRules {
    static let organizationHeads = #"""
# Organisation heads: the last word (or words) of an organisation's name. The pattern rules label
# capitalised words followed by one of these as ORG ("Fuji Bank", "Tokyo Stock Exchange"), and one of
# these followed by "of" and a name ("University of Tokyo", "Bank of Japan").
# Source: written by hand from general knowledge of English organisation names (legal forms of companies,
# kinds of public bodies, clubs and institutions). Not taken from any annotated corpus.
# Format: CLASS<TAB>phrase
#
# --- Legal forms of companies (with and without the period) ---
org-head	Inc
org-head	Inc.
org-head	Corp
org-head	Corp.
org-head	Corporation
org-head	Co
org-head	Co.
org-head	Ltd
org-head	Ltd.
org-head	Limited
org-head	Plc
org-head	PLC
org-head	plc
org-head	LLC
org-head	LLP
org-head	AG
org-head	GmbH
org-head	SA
org-head	S.A.
org-head	NV
org-head	N.V.
org-head	BV
org-head	SpA
# Spanish/Italian "Sociedad/Società per Azioni" and the Japanese "Kabushiki Kaisha" short forms.
org-head	SpA.
org-head	KK
org-head	AB
org-head	ASA
org-head	Oyj
org-head	Bhd
org-head	Pty
org-head	Holdings
org-head	Group
org-head	Industries
org-head	Enterprises
org-head	Company
org-head	Companies
org-head	Partners
org-head	Associates
org-head	Brothers
org-head	Bros
org-head	Bros.
# --- Kinds of business ---
org-head	Bank
org-head	Bancorp
org-head	Securities
org-head	Investments
org-head	Capital
org-head	Insurance
org-head	Assurance
org-head	Airlines
org-head	Airways
org-head	Motors
org-head	Motor
org-head	Electric
org-head	Electronics
org-head	Steel
org-head	Chemical
org-head	Chemicals
org-head	Pharmaceuticals
org-head	Pharmaceutical
org-head	Petroleum
org-head	Oil
org-head	Energy
org-head	Power
org-head	Telecom
org-head	Telecommunications
org-head	Communications
org-head	Systems
org-head	Services
org-head	Solutions
org-head	Products
org-head	Laboratories
org-head	Labs
org-head	Stores
org-head	Controls
org-head	Instruments
org-head	Technologies
org-head	Technology
org-head	Software
org-head	Foods
org-head	Mining
org-head	Resources
org-head	Exchange
org-head	Fund
org-head	Trust
org-head	Railway
org-head	Railways
org-head	Railroad
org-head	Shipping
org-head	Press
org-head	Times
org-head	Post
org-head	Journal
org-head	News
org-head	Television
org-head	Radio
org-head	Broadcasting
# --- Public bodies ---
org-head	Ministry
org-head	Department
org-head	Agency
org-head	Bureau
org-head	Office
org-head	Commission
org-head	Committee
org-head	Council
org-head	Authority
org-head	Administration
org-head	Assembly
org-head	Parliament
org-head	Congress
org-head	Senate
org-head	Court
org-head	Tribunal
org-head	Police
org-head	Army
org-head	Navy
org-head	Force
org-head	Forces
org-head	Corps
org-head	Guard
org-head	Service
org-head	Institute
org-head	Institution
org-head	Board
org-head	Cabinet
org-head	Government
# --- Parties, unions, associations, institutions ---
org-head	Party
org-head	Front
org-head	Movement
org-head	Alliance
org-head	Coalition
org-head	League
org-head	Union
org-head	Federation
org-head	Confederation
org-head	Association
org-head	Society
org-head	Organisation
org-head	Organization
org-head	Foundation
org-head	Centre
org-head	Center
org-head	University
org-head	College
org-head	School
org-head	Academy
org-head	Hospital
org-head	Church
# --- Sport ---
org-head	Club
org-head	FC
org-head	F.C.
org-head	United
org-head	Rovers
org-head	Wanderers
org-head	Athletic
org-head	Athletico
org-head	Olympic
org-head	Olympique
org-head	Sporting
"""#
}
