extension BuiltinGazetteers {
    static let religions = #"""
# Religions, denominations, their adherents and adjectives, and scriptures.
# Purpose: MISC evidence for the entity tagger (CoNLL-2003 practice: "Muslim", "Catholic", "Islamic",
# "Koran" are MISC). Churches and religious organisations as bodies ("Roman Catholic Church") are ORG
# and are left to the organisation-head rule.
# Source: hand-written from general knowledge (facts only). Older news spellings (Moslem, Shi'ite)
# are kept because archives such as CoNLL-2003 (1996) use them.
# Left out: "God", "Allah" and founders' names (persons, not religions); "Orthodox" alone is kept as it
# is capitalised only for the church ("Orthodox Jews", "Greek Orthodox").
# Format: CLASS<TAB>phrase
#
MISC	Christian
MISC	Christians
MISC	Christianity
MISC	Christendom
MISC	Catholic
MISC	Catholics
MISC	Catholicism
MISC	Roman Catholic
MISC	Roman Catholics
MISC	Protestant
MISC	Protestants
MISC	Protestantism
MISC	Orthodox
MISC	Greek Orthodox
MISC	Russian Orthodox
MISC	Serbian Orthodox
MISC	Eastern Orthodox
MISC	Anglican
MISC	Anglicans
MISC	Episcopalian
MISC	Episcopalians
MISC	Lutheran
MISC	Lutherans
MISC	Calvinist
MISC	Methodist
MISC	Methodists
MISC	Baptist
MISC	Baptists
MISC	Presbyterian
MISC	Presbyterians
MISC	Evangelical
MISC	Evangelicals
MISC	Pentecostal
MISC	Pentecostals
MISC	Mormon
MISC	Mormons
MISC	Quaker
MISC	Quakers
MISC	Amish
MISC	Mennonite
MISC	Mennonites
MISC	Adventist
MISC	Adventists
MISC	Jehovah's Witness
MISC	Jehovah's Witnesses
MISC	Coptic
MISC	Copt
MISC	Copts
MISC	Maronite
MISC	Maronites
MISC	Chaldean
MISC	Assyrian
MISC	Assyrians
MISC	Armenian Apostolic
MISC	Uniate
MISC	Islam
MISC	Islamic
MISC	Islamist
MISC	Islamists
MISC	Muslim
MISC	Muslims
MISC	Moslem
MISC	Moslems
MISC	Sunni
MISC	Sunnis
MISC	Shia
MISC	Shias
MISC	Shi'a
MISC	Shiite
MISC	Shiites
MISC	Shi'ite
MISC	Shi'ites
MISC	Sufi
MISC	Sufis
MISC	Sufism
MISC	Wahhabi
MISC	Wahhabism
MISC	Salafi
MISC	Salafist
MISC	Salafists
MISC	Alawite
MISC	Alawites
MISC	Ahmadi
MISC	Ahmadiyya
MISC	Ismaili
MISC	Druze
MISC	Yazidi
MISC	Yazidis
MISC	Zaydi
MISC	Judaism
MISC	Jew
MISC	Jews
MISC	Jewish
MISC	Jewry
MISC	Hasidic
MISC	Hassidic
MISC	Haredi
MISC	Zionist
MISC	Zionists
MISC	Zionism
MISC	Hindu
MISC	Hindus
MISC	Hinduism
MISC	Buddhism
MISC	Buddhist
MISC	Buddhists
MISC	Tibetan Buddhism
MISC	Zen
MISC	Sikhs
MISC	Sikhism
MISC	Jain
MISC	Jains
MISC	Jainism
MISC	Shinto
MISC	Shintoism
MISC	Taoism
MISC	Taoist
MISC	Daoism
MISC	Confucianism
MISC	Confucian
MISC	Zoroastrian
MISC	Zoroastrianism
MISC	Baha'i
MISC	Bahai
MISC	Rastafarian
MISC	Rastafarians
MISC	Scientology
MISC	Scientologist
MISC	Scientologists
MISC	Unification Church
MISC	Moonies
MISC	Falun Gong
MISC	Pagan
MISC	Wiccan
# --- Scriptures and religious festivals are in Events; scriptures here ---
MISC	Bible
MISC	Holy Bible
MISC	Old Testament
MISC	New Testament
MISC	Gospel
MISC	Gospels
MISC	Koran
MISC	Quran
MISC	Qur'an
MISC	Torah
MISC	Talmud
MISC	Sharia
MISC	Hadith
MISC	Vedas
MISC	Bhagavad Gita
"""#
}
