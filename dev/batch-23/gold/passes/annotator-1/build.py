#!/usr/bin/env python3
"""Hand-chosen mentions for the eight holdout17 articles; this script only computes offsets.

Each article's mentions are listed in reading order. Entries:
  (surface, LABEL)                      entity
  (surface, "DATE", value)              date
  ("Q", start_snippet, end_snippet, speaker_key_or_None)   QUOTE: text inside the marks,
        from start_snippet to the end of end_snippet (both chosen by hand); speaker_key names
        the PERSON (SPEAKERS maps it to that person's name forms); the said_by target is the
        nearest PERSON mention of that person by character distance (guidelines sec. 7).
A mention is found at the next occurrence at or after a cursor (word-boundary checked);
after a QUOTE the cursor stays at the quote start so that entities inside it are found next.
An optional 4th/5th element {"ctx": "..."} (entities) forces the left context.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")
OPEN_Q = "\"“‘'"
CLOSE_Q = "\"”’'"

D = {}

# ---------------------------------------------------------------- fellside (dct Sun 2019-10-13)
D["holdout17-fellside-cup-final"] = dict(short="fellside", speakers={
    "AB": {"Keira Ashworth-Brown", "Ashworth-Brown"},
    "GP": {"Graham Petheridge", "Petheridge"},
}, m=[
    ("Fellside Athletic", "ORG"),
    ("Sunday, October 13, 2019", "DATE", "2019-10-13"),
    ("Fellside Athletic", "ORG"),
    ("Friday", "DATE", "2019-10-11"),
    ("Tynebridge Wanderers", "ORG"),
    ("Gateshead", "GPE"), ("England", "GPE"),
    ("1978", "DATE", "1978"),
    ("Wanderers", "ORG"),
    ("Swedish", "NORP"), ("Sofia Lindqvist", "PERSON"),
    ("Fellside", "ORG"), ("Hannah Osei", "PERSON"), ("Niamh Doherty", "PERSON"),
    ("Keira Ashworth-Brown", "PERSON"), ("Doherty", "PERSON"),
    ("Q", "I've waited", "a night like this,", "AB"),
    ("Ashworth-Brown", "PERSON"),
    ("Q", "Last season we lost", "for the right reasons.", "AB"),
    ("Last season", "DATE", "PAST_REF"),
    ("Tonight", "DATE", "2019-10-11"),
    ("Fellside", "ORG"), ("Graham Petheridge", "PERSON"), ("2016", "DATE", "2016"),
    ("Q", "We were second best", "pretend otherwise,", "GP"),
    ("Petheridge", "PERSON"),
    ("Q", "But this group", "again tonight.", "GP"),
    ("the spring", "DATE", "2019-SP"),
    ("tonight", "DATE", "2019-10-11"),
    ("Northern Counties Football Association", "ORG"),
    ("2017", "DATE", "2017"), ("Sunderland", "GPE"),
    ("Wanderers", "ORG"), ("last season", "DATE", "PAST_REF"),
    ("Marcus Adeyemi-Clarke", "PERSON"),
    ("Saturday", "DATE", "2019-10-12"),
    ("Fellside", "ORG"), ("Lindqvist", "PERSON"),
    ("Fellside", "ORG"), ("the 1970s", "DATE", "1970/1979"), ("River Tyne", "LOC"),
    ("1976", "DATE", "1976"), ("1978", "DATE", "1978"),
    ("the 1990s", "DATE", "1990/1999"), ("2009", "DATE", "2009"),
    ("Petheridge", "PERSON"), ("last season", "DATE", "PAST_REF"),
    ("Ashworth-Brown", "PERSON"), ("Durham", "GPE"),
    ("Monday", "DATE", "2019-10-14"),
    ("Doherty", "PERSON"), ("Margaret Tully", "PERSON"), ("1978", "DATE", "1978"),
    ("Northern Counties Football Association", "ORG"),
    ("next season", "DATE", "FUTURE_REF"),
    ("September 2020", "DATE", "2020-09"),
    ("Fellside", "ORG"), ("November", "DATE", "2019-11"),
    # Sources (headlines in quotes are titles, not QUOTE)
    ("Ashworth-Brown", "PERSON"), ("Fellside", "ORG"),
    ("Tyneside Evening Courier", "ORG"), ("October 11, 2019", "DATE", "2019-10-11"),
    ("North East Sport Weekly", "ORG"), ("October 9, 2019", "DATE", "2019-10-09"),
    ("Wanderers", "ORG"), ("Lindqvist", "PERSON"),
    ("Tyneside Evening Courier", "ORG"), ("October 12, 2019", "DATE", "2019-10-12"),
])

# ---------------------------------------------------------------- cauvery (dct Fri 2023-10-13)
D["holdout17-cauvery-assembly-walkout"] = dict(short="cauvery", speakers={
    "KR": {"K. Ramasamy", "Ramasamy"},
    "SA": {"S. Arulmozhi", "Arulmozhi"},
    "PC": {"P. Chinnadurai", "Chinnadurai"},
    "PRS": {"P.R. Selvakumar"},
}, m=[
    ("DMK", "ORG"), ("AIADMK", "ORG"), ("Assembly", "ORG"), ("Cauvery", "LOC"),
    ("CHENNAI", "GPE"), ("DMK", "ORG"), ("AIADMK", "ORG"), ("Assembly", "ORG"),
    ("Thursday", "DATE", "2023-10-12"), ("Cauvery", "LOC"), ("Karnataka", "GPE"),
    ("AIADMK", "ORG"),
    ("AIADMK", "ORG"), ("K. Ramasamy", "PERSON"), ("Manapparai", "GPE"),
    ("Thanjavur", "GPE"), ("Tiruvarur", "GPE"), ("Nagapattinam", "GPE"),
    ("Q", "Farmers in the delta", "attended meetings,", "KR"),
    ("June", "DATE", "2023-06"), ("Supreme Court", "ORG"),
    ("Ramasamy", "PERSON"),
    ("S. Arulmozhi", "PERSON"),
    ("Cauvery Water Management Authority", "ORG"), ("CWMA", "ORG"),
    ("Supreme Court", "ORG"), ("last month", "DATE", "2023-09"), ("Karnataka", "GPE"),
    ("Q", "We have not compromised", "until it does,", "SA"),
    ("Tamil Nadu", "GPE"), ("Karnataka", "GPE"), ("2018", "DATE", "2018"),
    ("this year", "DATE", "2023"),
    ("Thursday", "DATE", "2023-10-12"),
    ("AIADMK", "ORG"), ("P. Chinnadurai", "PERSON"), ("DMK", "ORG"),
    ("Q", "silent before", "in Bengaluru.", "PC"),
    ("Bengaluru", "GPE"),
    ("AIADMK", "ORG"),
    ("Chinnadurai", "PERSON"),
    ("Q", "Thiru Arulmozhi", "in Thanjavur.", "PC"),
    ("Arulmozhi", "PERSON"), ("Bengaluru", "GPE"), ("Chennai", "GPE"), ("Thanjavur", "GPE"),
    ("BJP", "ORG"), ("V. Thirumalaivasan", "PERSON"), ("Tirunelveli", "GPE"),
    ("Dravidian", "NORP"), ("CWMA", "ORG"), ("August", "DATE", "2023-08"),
    ("Karnataka", "GPE"), ("Biligundlu", "GPE"),
    ("Tiruchi", "GPE"), ("Madurai", "GPE"), ("Monday", "DATE", "2023-10-16"),
    ("P.R. Selvakumar", "PERSON"),
    ("Q", "We are not asking", "share of the Cauvery,", "PRS"),
    ("Cauvery", "LOC"),
    ("N. Sivagurunathan", "PERSON"),
    ("next week", "DATE", "2023-10-16/2023-10-22"),
    ("Cauvery", "LOC"),
])

# ---------------------------------------------------------------- sudan (dct Tue 2024-02-20)
D["holdout17-sudan-port-sudan-aid"] = dict(short="sudan", speakers={
    "FZ": {"Fatima al-Zubair"},
    "KA": {"Khalid el-Amin", "El-Amin"},
    "OS": {"Omar Abdelgadir el-Sheikh"},
}, m=[
    ("Sudan", "GPE"), ("Port Sudan", "GPE"),
    ("Port Sudan", "GPE"), ("Sudan", "GPE"), ("Fatima al-Zubair", "PERSON"),
    ("Khartoum", "GPE"), ("last April", "DATE", "2023-04"),
    ("Sudanese", "NORP"), ("Rapid Support Forces", "ORG"), ("RSF", "ORG"),
    ("Port Sudan", "GPE"), ("Khartoum", "GPE"), ("Omdurman", "GPE"), ("Nile", "LOC"),
    ("Q", "We left with nothing", "we were wearing,", "FZ"),
    ("Al Jazeera", "ORG"),
    ("Q", "My children ask me", "answer for them.", "FZ"),
    ("United Nations", "ORG"), ("Sudan", "GPE"), ("Darfur", "GPE"), ("Kordofan", "GPE"),
    ("RSF", "ORG"), ("Khartoum", "GPE"),
    ("Port Sudan", "GPE"), ("Red Sea", "LOC"), ("UN", "ORG"),
    ("Q", "We have food in the warehouses", "need it most,", "KA"),
    ("Khalid el-Amin", "PERSON"), ("World Food Programme", "ORG"), ("WFP", "ORG"),
    ("Port Sudan", "GPE"),
    ("Q", "Every week that passes", "gets smaller.", "KA"),
    ("El-Amin", "PERSON"), ("WFP", "ORG"), ("January", "DATE", "2024-01"),
    ("December", "DATE", "2023-12"), ("RSF", "ORG"), ("Wad Madani", "GPE"),
    ("Gezira", "GPE"), ("Sudan", "GPE"),
    ("Wad Madani", "GPE"), ("Kassala", "GPE"), ("Gedaref", "GPE"), ("Port Sudan", "GPE"),
    ("Khartoum", "GPE"),
    ("UN", "ORG"), ("UNHCR", "ORG"), ("Chad", "GPE"), ("Egypt", "GPE"), ("South Sudan", "GPE"),
    ("Chad", "GPE"), ("Sudanese", "NORP"), ("Darfur", "GPE"),
    ("Kassala", "GPE"),
    ("Q", "We negotiate access", "eating leaves.", None),
    ("RSF", "ORG"), ("RSF", "ORG"), ("Port Sudan", "GPE"), ("Saudi", "NORP"), ("Jeddah", "GPE"),
    ("December", "DATE", "2023-12"),
    ("Omar Abdelgadir el-Sheikh", "PERSON"),
    ("Q", "Most of them walked", "on a lorry,", "OS"),
    ("Q", "By the time they reach us", "too weak to eat.", "OS"),
    ("Fatima al-Zubair", "PERSON"), ("January", "DATE", "2024-01"), ("Egypt", "GPE"),
    ("Q", "We used to feed", "our neighbours,", "FZ"),
    ("Q", "Now I stand in line", "and hope.", "FZ"),
])

# ---------------------------------------------------------------- shannon (dct Wed 2017-11-15, CRLF)
D["holdout17-shannon-clare-flood-relief"] = dict(short="shannon", speakers={
    "SOB": {"Séamus Ó Briain", "Ó Briain"},
    "TMGR": {"Tomás Mac Giolla Rua", "Mac Giolla Rua"},
    "ENC": {"Eibhlín Ní Chathasaigh"},
    "MMM": {"Máirtín Mac Mathúna", "Mac Mathúna"},
}, m=[
    ("Shannon", "LOC"), ("Co Clare", "GPE"),
    ("Q", "years behind schedule", "years behind schedule", "SOB"),
    ("Dáil", "ORG"),
    ("Gráinne Ní Chonaill", "PERSON"),
    ("Shannon", "LOC"), ("Co Clare", "GPE"), ("Dáil", "ORG"),
    ("Fianna Fáil", "ORG"), ("Séamus Ó Briain", "PERSON"), ("Clare", "GPE"),
    ("Tuesday", "DATE", "2017-11-14"), ("Clonlara", "GPE"), ("O’Briensbridge", "GPE"),
    ("December 2015", "DATE", "2015-12"),
    ("Q", "I have stood in kitchens", "to the countertops,", "SOB"),
    ("Clonlara", "GPE"),
    ("Ó Briain", "PERSON"),
    ("Q", "These families were told", "has been turned.", "SOB"),
    ("2016", "DATE", "2016"), ("the following year", "DATE", "2017"),
    ("Q", "Now they are being told", "and they know it.", "SOB"),
    ("2020", "DATE", "2020"), ("Clare", "GPE"),
    ("Office of Public Works", "ORG"), ("next year", "DATE", "2018"),
    ("the next decade", "DATE", "FUTURE_REF"),
    ("Sinn Féin", "ORG"), ("Tomás Mac Giolla Rua", "PERSON"), ("Clare", "GPE"),
    ("Q", "People cannot sell", "from the State,", "TMGR"),
    ("Mac Giolla Rua", "PERSON"),
    ("Wednesday", "DATE", "2017-11-15"), ("Office of Public Works", "ORG"),
    ("Q", "complex and environmentally sensitive", "complex and environmentally sensitive", None),
    ("Q", "The OPW remains", "in the interim,", None),
    ("OPW", "ORG"), ("Clare County Council", "ORG"), ("ESB", "ORG"),
    ("ESB", "ORG"),
    ("Seanad", "ORG"), ("Wednesday", "DATE", "2017-11-15"), ("Fine Gael", "ORG"),
    ("Eibhlín Ní Chathasaigh", "PERSON"), ("Ennis", "GPE"), ("Shannon", "LOC"),
    ("Q", "We will not get it right", "by rushing it,", "ENC"),
    ("Q", "A scheme that fails", "no scheme at all.", "ENC"),
    ("Máirtín Mac Mathúna", "PERSON"), ("the past month", "DATE", "PAST_REF"),
    ("Q", "Every November", "hold our breath,", "MMM"),
    ("Mac Mathúna", "PERSON"),
    ("Dáil", "ORG"), ("Fianna Fáil", "ORG"), ("next Tuesday", "DATE", "2017-11-21"),
])

# ---------------------------------------------------------------- hdb (dct Thu 2025-03-06)
D["holdout17-hdb-jurong-tampines-upgrade"] = dict(short="hdb", speakers={
    "TWM": {"Tan Wei Ming", "Tan"},
    "RS": {"R. Selvaraj", "Selvaraj"},
    "NAI": {"Nur Aisyah Ismail", "Nur Aisyah"},
    "LSH": {"Lim Siew Hoon"},
}, m=[
    ("HDB", "ORG"), ("Jurong", "GPE"), ("Tampines", "GPE"), ("next year", "DATE", "2026"),
    ("SINGAPORE", "GPE"), ("Housing Board", "ORG"), ("Jurong", "GPE"), ("Tampines", "GPE"),
    ("next year", "DATE", "2026"), ("March 5", "DATE", "2025-03-05"),
    ("Ministry of National Development", "ORG"), ("MND", "ORG"),
    ("the 1980s", "DATE", "1980/1989"), ("1990s", "DATE", "1990/1999"),
    ("Jurong West", "GPE"), ("Tampines North", "GPE"),
    ("the second half of 2026", "DATE", "2026-07/2026-12"), ("2031", "DATE", "2031"),
    ("HDB", "ORG"),
    ("Tan Wei Ming", "PERSON"), ("Tampines GRC", "GPE"),
    ("Q", "Many of our seniors", "what they were,", "TWM"),
    ("Tan", "PERSON"), ("People’s Action Party", "ORG"), ("PAP", "ORG"),
    ("Q", "If we can make the walk", "to their lives.", "TWM"),
    ("last year", "DATE", "2024"),
    ("Jurong West", "GPE"), ("R. Selvaraj", "PERSON"), ("years ago", "DATE", "PAST_REF"),
    ("Q", "The plan sounds good", "on paper,", "RS"),
    ("Selvaraj", "PERSON"), ("1987", "DATE", "1987"),
    ("Q", "But we have heard", "oldest blocks first.", "RS"),
    ("Workers’ Party", "ORG"), ("WP", "ORG"),
    ("WP", "ORG"), ("Nur Aisyah Ismail", "PERSON"), ("Tampines", "GPE"),
    ("Q", "Residents want upgrading", "outside their windows,", "NAI"),
    ("Nur Aisyah", "PERSON"),
    ("Q", "Clear timelines", "as the money.", "NAI"),
    ("MND", "ORG"), ("Singapore", "GPE"),
    ("Bedok", "GPE"), ("Ang Mo Kio", "GPE"),
    ("Lim Siew Hoon", "PERSON"),
    ("Q", "Just make sure", "the lift works,", "LSH"),
    ("Q", "That is all I need.", "That is all I need.", "LSH"),
])

# ---------------------------------------------------------------- norrland (dct Tue 2016-05-24)
D["holdout17-norrland-travel-deduction"] = dict(short="norrland", speakers={
    "AB": {"Åsa Berglöf", "Berglöf"},
    "GS": {"Göran Själander"},
    "MO": {"Mårten Öhrvall", "Öhrvall"},
    "EH": {"Elin Häggström", "Häggström"},
}, m=[
    ("Moderates", "ORG"), ("Norrland", "LOC"),
    ("Sweden", "GPE"), ("Moderates", "ORG"), ("Norrland", "LOC"), ("Riksdag", "ORG"),
    ("Monday", "DATE", "2016-05-23"), ("Sweden", "GPE"), ("today", "DATE", "PRESENT_REF"),
    ("Åsa Berglöf", "PERSON"), ("Moderate", "NORP"), ("Västerbotten", "GPE"),
    ("Q", "If you live in Stockholm", "there is no bus,", "AB"),
    ("Stockholm", "GPE"), ("Arvidsjaur", "GPE"),
    ("Berglöf", "PERSON"), ("The Local", "ORG"),
    ("Q", "Our tax system", "recognize that.", "AB"),
    ("Norrland", "LOC"), ("Social Democrat", "NORP"), ("Green", "NORP"),
    ("last year", "DATE", "2015"),
    ("Social Democrats", "ORG"), ("Göran Själander", "PERSON"), ("Riksdag", "ORG"),
    ("Committee on Taxation", "ORG"),
    ("Q", "It sounds generous", "actually needs it,", "GS"),
    ("Q", "A nurse in Kiruna", "gets thousands.", "GS"),
    ("Kiruna", "GPE"),
    ("the autumn", "DATE", "2016-FA"), ("2017", "DATE", "2017"),
    ("Sweden Democrats", "ORG"), ("recent years", "DATE", "PAST_REF"),
    ("Mårten Öhrvall", "PERSON"),
    ("Q", "Norrland has been treated", "goes south,", "MO"),
    ("Norrland", "LOC"), ("Sweden", "GPE"),
    ("Öhrvall", "PERSON"),
    ("Moderates", "ORG"), ("Alliance", "ORG"), ("Sweden Democrats", "ORG"), ("Riksdag", "ORG"),
    ("Centre Party", "ORG"), ("Liberals", "ORG"),
    ("Elin Häggström", "PERSON"), ("University of Gothenburg", "ORG"),
    ("Q", "a blunt tool", "a blunt tool", "EH"),
    ("Q", "The evidence suggests", "or to move north,", "EH"),
    ("Q", "If the goal is", "would do more.", "EH"),
    ("Norrland", "LOC"),
    ("Häggström", "PERSON"),
    ("Sweden", "GPE"),
    ("Berglöf", "PERSON"), ("the autumn", "DATE", "2016-FA"),
    ("Q", "listen to the north", "for once", "AB"),
    ("Riksdag", "ORG"), ("June 2nd", "DATE", "2016-06-02"),
])

# ---------------------------------------------------------------- bluenile (dct Thu 2022-06-09)
D["holdout17-blue-nile-bridge-delay"] = dict(short="bluenile", speakers={
    "MA": {"Meseret Alemayehu", "Meseret"},
    "GT": {"Gemechu Tolessa", "Gemechu"},
    "HW": {"Hirut Wondimu", "Hirut"},
    "DKA": {"Dawit Kebede Ayana", "Dawit"},
}, m=[
    ("Blue Nile", "LOC"), ("Oromia", "GPE"), ("Amhara", "GPE"),
    ("Addis Ababa", "GPE"), ("June 9/2022", "DATE", "2022-06-09"), ("Blue Nile", "LOC"),
    ("Oromia", "GPE"), ("Amhara", "GPE"),
    ("Blue Nile", "LOC"), ("Abay", "LOC"), ("North Shewa", "GPE"), ("Oromia", "GPE"),
    ("East Gojjam", "GPE"), ("Amhara", "GPE"), ("March 2019", "DATE", "2019-03"),
    ("the end of 2021", "DATE", "2021"), ("last October", "DATE", "2021-10"),
    ("Meseret Alemayehu", "PERSON"), ("Amhara", "GPE"), ("Addis Standard", "ORG"),
    ("Q", "Two women drowned", "with their goods,", "MA"),
    ("April", "DATE", "2022-04"),
    ("Meseret", "PERSON"),
    ("Q", "Every year before the rains", "no one at the site.", "MA"),
    ("this week", "DATE", "2022-06-06/2022-06-12"), ("Facebook", "ORG"),
    ("Tuesday", "DATE", "2022-06-07"),
    ("Q", "Three years of promises", "#BuildTheBridge", None),
    ("Abay", "LOC"),
    ("Gemechu Tolessa", "PERSON"), ("Oromia Roads and Logistics Bureau", "ORG"),
    ("the past year", "DATE", "PAST_REF"),
    ("Q", "The contract was signed", "must be revised,", "GT"),
    ("Gemechu", "PERSON"), ("May", "DATE", "2022-05"),
    ("Hirut Wondimu", "PERSON"), ("Ethiopian Roads Administration", "ORG"), ("ERA", "ORG"),
    ("Addis Standard", "ORG"), ("Wednesday", "DATE", "2022-06-08"),
    ("Q", "We are aware of the concerns", "next fiscal year,", "HW"),
    ("the next fiscal year", "DATE", "2022-07/2023-06"),
    ("Hirut", "PERSON"),
    ("Amhara", "GPE"), ("Prosperity Party", "ORG"),
    ("Q", "a symbol of broken promises", "a symbol of broken promises", None),
    ("Q", "People no longer believe", "we tell them,", None),
    ("2019", "DATE", "2019"), ("Addis Ababa", "GPE"), ("East Gojjam", "GPE"),
    ("Bahir Dar", "GPE"),
    ("Dawit Kebede Ayana", "PERSON"), ("Addis Ababa", "GPE"),
    ("Q", "Contracts that were signed", "remain half-built,", "DKA"),
    ("three or four years ago", "DATE", "2018/2019"), ("today", "DATE", "PRESENT_REF"),
    ("Dawit", "PERSON"),
    ("House of Peoples’ Representatives", "ORG"),
    ("the 2022/23 fiscal year", "DATE", "2022-07/2023-06"), ("next month", "DATE", "2022-07"),
])

# ---------------------------------------------------------------- mrt (dct Fri 2018-04-27)
D["holdout17-mrt-subsidies-kaohsiung-taichung"] = dict(short="mrt", speakers={
    "CYT": {"Chen Yi-ting", "陳怡婷", "Chen"},
    "HKW": {"Huang Kuo-wei", "黃國維", "Huang"},
    "WPL": {"Wu Pei-ling", "吳佩玲", "Wu"},
    "SMH": {"Su Ming-hsuan", "蘇明軒"},
    "KWC": {"Kao Wen-ching", "高文卿", "Kao"},
}, m=[
    ("Kaohsiung", "GPE"), ("Taichung", "GPE"),
    ("Lin Chia-hao", "PERSON"),
    ("Chinese Nationalist Party", "ORG"), ("KMT", "ORG"), ("Democratic Progressive Party", "ORG"),
    ("DPP", "ORG"), ("yesterday", "DATE", "2018-04-26"), ("Kaohsiung", "GPE"),
    ("Taichung", "GPE"), ("KMT", "ORG"), ("DPP", "ORG"), ("Nov. 24", "DATE", "2018-11-24"),
    ("Legislative Yuan", "ORG"), ("Transportation Committee", "ORG"), ("KMT", "ORG"),
    ("Chen Yi-ting", "PERSON"), ("陳怡婷", "PERSON"),
    ("Ministry of Transportation and Communications", "ORG"), ("MOTC", "ORG"),
    ("Kaohsiung", "GPE"), ("Taichung", "GPE"), ("KMT", "ORG"),
    ("Q", "left sitting", "in a drawer.", "CYT"),
    ("Q", "The Forward-looking", "wants to keep,", "CYT"),
    ("Chen", "PERSON"),
    ("DPP", "ORG"), ("Huang Kuo-wei", "PERSON"), ("黃國維", "PERSON"), ("Executive Yuan", "ORG"),
    ("years ago", "DATE", "PAST_REF"),
    ("Q", "The Green Line has been", "election this year?", "HKW"),
    ("2009", "DATE", "2009"), ("this year", "DATE", "2018"),
    ("Huang", "PERSON"),
    ("MOTC", "ORG"), ("Wu Pei-ling", "PERSON"), ("吳佩玲", "PERSON"),
    ("Q", "No local government", "revise their plans,", "WPL"),
    ("Wu", "PERSON"),
    ("Kaohsiung", "GPE"), ("the first quarter", "DATE", "2018-01/2018-03"),
    ("last year", "DATE", "2017"),
    ("Wu", "PERSON"), ("Taichung", "GPE"), ("next year", "DATE", "2019"),
    ("Chen", "PERSON"), ("last year", "DATE", "2017"),
    ("Wu", "PERSON"), ("the end of June", "DATE", "2018-06"),
    ("KMT", "ORG"), ("Changhua County", "GPE"), ("Wu", "PERSON"),
    ("DPP", "ORG"), ("Su Ming-hsuan", "PERSON"), ("蘇明軒", "PERSON"), ("Kaohsiung", "GPE"),
    ("Q", "pawns in a political fight.", "pawns in a political fight.", "SMH"),
    ("the third quarter", "DATE", "2018-07/2018-09"),
    ("the first quarter", "DATE", "2018-01/2018-03"),
    ("National Taiwan University", "ORG"), ("Kao Wen-ching", "PERSON"), ("高文卿", "PERSON"),
    ("Q", "Taiwan has built", "built safely,", "KWC"),
    ("Taiwan", "GPE"),
    ("Kao", "PERSON"),
])


def isword(c):
    return c.isalnum() or c in "_"


def find_entity(text, s, cur):
    i = cur
    while True:
        i = text.find(s, i)
        if i < 0:
            raise SystemExit(f"not found after {cur}: {s!r}")
        j = i + len(s)
        if (i == 0 or not isword(text[i - 1])) and (j == len(text) or not isword(text[j])):
            return i, j
        i += 1


def build(doc_id, spec, text):
    short = spec["short"]
    spans, rels, pending = [], [], []
    cur = 0
    for n, m in enumerate(spec["m"], 1):
        sid = f"{short}-{n}"
        if m[0] == "Q":
            _, a, b, spk = m
            s = text.find(a, cur)
            assert s >= 0, (doc_id, a)
            e = text.find(b, s)
            assert e >= 0, (doc_id, b)
            e += len(b)
            assert text[s - 1] in OPEN_Q, (doc_id, a, text[s - 1])
            assert e == len(text) or text[e] in CLOSE_Q or text[e] in "\r\n", (doc_id, b, text[e])
            assert "\n" not in text[s:e], (doc_id, a)
            spans.append(dict(id=sid, start=s, end=e, label="QUOTE", text=text[s:e]))
            pending.append((sid, s, e, spk))
            cur = s
        else:
            surf, lab = m[0], m[1]
            s, e = find_entity(text, surf, cur)
            assert text[s:e] == surf
            d = dict(id=sid, start=s, end=e, label=lab, text=surf)
            if lab == "DATE":
                d["value"] = m[2]
            spans.append(d)
            cur = e
    # checks: unique ids, flat (only entity/date inside QUOTE)
    assert len({x["id"] for x in spans}) == len(spans)
    ss = sorted(spans, key=lambda x: (x["start"], -x["end"]))
    for x in spans:
        assert x["text"] == text[x["start"]:x["end"]] and x["text"] == x["text"].strip()
        for y in spans:
            if x is y:
                continue
            if x["start"] < y["end"] and y["start"] < x["end"]:  # overlap
                ok = (x["label"] == "QUOTE" and y["label"] != "QUOTE"
                      and x["start"] <= y["start"] and y["end"] <= x["end"])
                ok2 = (y["label"] == "QUOTE" and x["label"] != "QUOTE"
                       and y["start"] <= x["start"] and x["end"] <= y["end"])
                assert ok or ok2, (doc_id, x, y)
    # said_by: nearest PERSON mention of the speaker
    persons = [x for x in spans if x["label"] == "PERSON"]
    for qid, s, e, spk in pending:
        if spk is None:
            continue
        names = spec["speakers"][spk]
        cands = [p for p in persons if p["text"] in names]
        assert cands, (doc_id, spk)

        def dist(p):
            if p["end"] <= s:
                return s - p["end"]
            if p["start"] >= e:
                return p["start"] - e
            return 0
        best = min(cands, key=dist)
        rels.append({"from": qid, "to": best["id"], "type": "said_by"})
    return {"doc_id": doc_id, "spans": ss and sorted(spans, key=lambda x: x["start"]), "relations": rels}


def main():
    manifest = [json.loads(l) for l in open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8")]
    out = []
    for row in manifest:
        text = open(os.path.join(CORPUS, row["file"]), encoding="utf-8", newline="").read()
        out.append(build(row["doc_id"], D[row["doc_id"]], text))
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for r in out:
        from collections import Counter
        c = Counter(x["label"] for x in r["spans"])
        print(r["doc_id"], dict(sorted(c.items())), "said_by", len(r["relations"]))


if __name__ == "__main__":
    main()
