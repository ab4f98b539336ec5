#!/usr/bin/env python3
"""Hand-chosen annotations for the eight holdout13 articles.

Every mention below was chosen by reading the text (GUIDELINES.md). This script only
locates each chosen mention in the unmodified text, checks it, and writes annotation.jsonl.

Each article is a list of mentions in reading order. A mention is found by searching
forward from a cursor (the end of the previous mention; for a QUOTE, its start,
so that the entities/dates inside it come next). `ctx` is a short left context that must
immediately precede the mention, used where the next occurrence is not the wanted one.
Matches must sit on word boundaries.

said_by pairs are given by hand as (quote key, PERSON key); the script checks that the
chosen PERSON mention is the nearest mention of that speaker (section 7).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")  # heldout/corpus


def _m(text, label, value=None, ctx=None, k=None, who=None, mp=False):
    return dict(text=text, label=label, value=value, ctx=ctx, k=k, who=who, mp=mp)


def P(text, who, ctx=None, k=None):
    return _m(text, "PERSON", ctx=ctx, k=k, who=who)


def O(text, ctx=None):
    return _m(text, "ORG", ctx=ctx)


def G(text, ctx=None):
    return _m(text, "GPE", ctx=ctx)


def L(text, ctx=None):
    return _m(text, "LOC", ctx=ctx)


def N(text, ctx=None):
    return _m(text, "NORP", ctx=ctx)


def D(text, value, ctx=None):
    return _m(text, "DATE", value=value, ctx=ctx)


def Q(text, k, ctx=None, mp=False):
    """QUOTE: text inside the marks. mp=True: non-final paragraph of a multi-paragraph quote."""
    return _m(text, "QUOTE", ctx=ctx, k=k, mp=mp)


DOCS = []

# ---------------------------------------------------------------- brazil (dct 2022-03-03, Thu)
DOCS.append(dict(
    doc_id="holdout13-brazil-sanitation-results", short="bra",
    items=[
        # headline
        G("Brazil"), O("Águas do Cerrado"), O("BNDES"),
        # dateline
        G("SAO PAULO"), D("March 3", "2022-03-03"), O("Reuters"),
        N("Brazilian"), O("Águas do Cerrado Saneamento SA"), D("Thursday", "2022-03-03"),
        D("fourth-quarter", "2021-10/2021-12"),
        O("BNDES"),
        D("October-December", "2021-10/2021-12"),
        D("a year earlier", "2020-10/2020-12"),
        G("Brasilia"), O("Refinitiv"),
        D("2021", "2021"),
        P("João Pedro da Silva Souza", "souza"),
        G("Goiás"), G("Mato Grosso"), D("2021", "2021"), O("Congress"), D("2020", "2020"),
        Q("The new framework changed the rules of the game. Municipalities have to reach "
          "universal coverage by 2033, and they cannot do it without private capital,", "q1"),
        D("2033", "2033"),
        P("Souza", "souza", k="souza2"),
        Q("We intend to be at the table in every auction in the center-west this year.", "q2"),
        D("this year", "2022"),
        O("BNDES"),
        P("Ana Luíza de Almeida", "almeida", k="almeida1"),
        D("the second half of the year", "2022-07/2022-12"),
        Q("depending on market conditions.", "q3"),
        O("CVM"), O("Águas do Cerrado"), O("B3"), D("2019", "2019"),
        D("the past 12 months", "PAST_REF"),
        G("Brazil"), D("a year ago", "2021"), D("last month", "2022-02"),
        D("March 15-16", "2022-03-15/2022-03-16"),
        Q("It is a solid quarter, but leverage is the question,", "q4"),
        P("Rafael Vieira dos Santos Lima", "lima", k="lima1"),
        O("Planalto Investimentos"),
        Q("With the Selic where it is, every real of new debt costs much more than it did in "
          "early 2021.", "q5"),
        D("2021", "2021", ctx="early "),
        D("December", "2021-12"), D("the end of 2020", "2020"),
        P("Almeida", "almeida"),
        D("the third quarter", "2022-07/2022-09"), D("2023", "2023"),
        O("Águas do Cerrado"), D("this year", "2022"), D("2021", "2021"),
        D("April 28", "2022-04-28"),
        O("Águas do Cerrado"), G("Sao Paulo"),
        # credits
        P("Mariana Teixeira Duarte", "duarte"), P("Paulo Henrique de Oliveira", "oliveira"),
        G("Brasilia"), P("Jonathan Keane-Whitfield", "keane"),
    ],
    rels=[("q1", "souza2"), ("q2", "souza2"), ("q3", "almeida1"), ("q4", "lima1"),
          ("q5", "lima1")],
))

# ---------------------------------------------------------------- hobart (dct 2016-04-07, Thu)
DOCS.append(dict(
    doc_id="holdout13-hobart-speed-limit", short="hob",
    items=[
        O("Hobart City Council"),
        D("Thursday, April 7, 2016", "2016-04-07"),
        O("Hobart City Council"), G("Tasmania"), G("Australia"), D("Wednesday", "2016-04-06"),
        O("Tasmanian Department of State Growth"),
        D("the end of June", "2016-06"), D("September", "2016-09"),
        D("last week", "2016-03-28/2016-04-03"), D("2012 and 2015", "2012/2015"),
        P("Margaret Tollis-Brown", "tollis", k="tollis1"),
        Q("We have been talking about this since 2012, and in that time people have been hurt "
          "on streets that were never designed for the traffic we now push through them,", "q1"),
        D("2012", "2012"),
        Q("Forty is not slow. It is the speed at which a driver can still stop for a child who "
          "steps off the kerb.", "q2"),
        P("Peter Vancoughnett", "vanc", k="vanc1"),
        Q("Traders in the city have had two difficult years of roadworks already,", "q3"),
        Q("Nobody in this room wants to see anyone hurt, but we are asking people to accept a "
          "blanket rule without showing them how it will work.", "q4"),
        P("Vancoughnett", "vanc", k="vanc2"),
        D("next month", "2016-05"),
        O("Royal Automobile Club of Tasmania"), O("RACT"), D("Wednesday", "2016-04-06"),
        O("Tasmanian Greens"), G("Launceston"), G("Devonport"),
        P("Tollis-Brown", "tollis"), D("2012", "2012"), D("2014", "2014"),
        N("Australian"), G("Sydney"), G("Melbourne"),
        D("Wednesday", "2016-04-06"), D("the next two financial years", "FUTURE_REF"),
        D("May", "2016-05"),
        # sources
        O("Hobart City Council"),
        D("6 April 2016", "2016-04-06"),
        O("Hobart City Council"), D("April 6, 2016", "2016-04-06"),
        P("Ellen Marchbank", "marchbank"), O("Derwent Valley Gazette"),
        D("April 7, 2016", "2016-04-07"),
        O("RACT"), G("Hobart"), O("Royal Automobile Club of Tasmania"),
        D("April 6, 2016", "2016-04-06"),
    ],
    rels=[("q1", "tollis1"), ("q2", "tollis1"), ("q3", "vanc1"), ("q4", "vanc2")],
))

# ---------------------------------------------------------------- indus (dct 2024-06-11, Tue)
DOCS.append(dict(
    doc_id="holdout13-indus-water-walkout", short="ind",
    items=[
        O("PPP"), O("NA"), L("Indus"), G("Sindh"),
        P("Rehan Ahmed Siddiqui", "siddiqui"),
        G("ISLAMABAD"), O("Pakistan Peoples Party"), O("PPP"), D("Monday", "2024-06-10"),
        O("National Assembly"),
        Q("unprecedented", "q1"),
        G("Sindh"),
        D("2023-24", "2023-07/2024-06"), D("2024-25", "2024-07/2025-06"),
        O("Indus River System Authority"), O("Irsa"), L("Indus"),
        O("PPP"), P("Syed Ali Raza", "raza", k="raza1"), G("Thatta"), G("Sindh"),
        D("1991", "1991"), G("Punjab"),
        Q("Sindh is at the tail end of the Indus, and every time there is a shortage, Sindh pays "
          "first and pays the most. Our cotton is drying in the fields and our people in Karachi "
          "are buying water from tankers.", "q2"),
        G("Sindh"), L("Indus"), G("Sindh"), G("Karachi"),
        O("Council of Common Interests"), O("CCI"), D("last year", "2023"), G("Sindh"),
        P("Raza", "raza", k="raza2"),
        D("fiscal year 2023-24", "2023-07/2024-06"), G("Sindh"), D("the end of May", "2024-05"),
        P("Sadia Noreen Khan", "khan", k="khan1"), O("Irsa"), G("Punjab"),
        Q("Nobody is stealing anybody's water. The telemetry system will be installed at all "
          "barrages by December, and then every province will see the same numbers,", "q3"),
        D("December", "2024-12"),
        Q("substantial", "q4"),
        G("Sindh"), G("Balochistan"),
        O("PTI"), O("Sunni Ittehad Council"), O("SIC"), O("PPP"), O("SIC"),
        P("Muhammad Asif bin Tariq", "asif"), G("Mianwali"), G("Punjab"), O("PML-N"),
        Q("The government cannot even keep its own allies satisfied. How will it handle the IMF, "
          "inflation and the water crisis at the same time?", "q5"),
        O("IMF"),
        P("Asif", "asif", k="asif2"),
        O("PML-N"), P("Rana Iftikhar Ahmed", "rana", k="rana1"),
        Q("natural shortage", "q6"),
        O("Irsa"),
        O("PPP"), D("Thursday", "2024-06-13"),
        O("Sindh Irrigation Department"), D("Monday", "2024-06-10"),
        D("the past week", "PAST_REF"), D("the first half of July", "2024-07"),
        O("National Assembly"), D("Wednesday", "2024-06-12"),
        D("fiscal year 2024-25", "2024-07/2025-06"),
    ],
    # q1 ("unprecedented") is attributed only to the PPP lawmakers as a group: no said_by (7a)
    rels=[("q2", "raza2"), ("q3", "khan1"), ("q4", "khan1"), ("q5", "asif2"), ("q6", "rana1")],
))

# ---------------------------------------------------------------- istanbul (dct 2019-11-14, Thu)
DOCS.append(dict(
    doc_id="holdout13-istanbul-quake-fund", short="ist",
    items=[
        O("Parliament"), G("Istanbul"),
        O("DAILY SABAH"), G("ISTANBUL"),
        O("Turkish Grand National Assembly"), O("TBMM"), D("Wednesday", "2019-11-13"),
        G("Istanbul"),
        O("Justice and Development Party"), O("AK Party"), O("Nationalist Movement Party"),
        O("MHP"), O("Republican People's Party"), O("CHP"), O("Peoples' Democratic Party"),
        O("HDP"),
        D("2000", "2000"), D("January", "2020-01"), D("the spring of 2020", "2020-SP"),
        Q("Istanbul cannot wait for the next earthquake to find out which buildings will stand "
          "and which will not,", "q1"),
        G("Istanbul"),
        O("AK Party"), G("Istanbul"), P("Şükrü Yılmaz", "yilmaz", k="yilmaz1"),
        O("Planning and Budget Committee"),
        Q("This fund is not the end of the work. It is the beginning of a program that will touch "
          "every district, from the historic peninsula to the shores of the Bosphorus.", "q2"),
        L("Bosphorus"),
        O("CHP"), P("Gülşen Aydoğan", "aydogan"),
        Q("We have been saying the same thing since 1999. Every government promises urban "
          "transformation after an earthquake, and every time the money goes to the most "
          "profitable plots, not to the most dangerous buildings,", "q3"),
        D("1999", "1999"),
        P("Aydoğan", "aydogan", k="aydogan2"), O("General Assembly"),
        O("MHP"), O("MHP"), P("Erkan Kılıçdoğanoğlu", "kilic"),
        D("the end of the year", "2019"),
        D("Sept. 26", "2019-09-26"), L("Sea of Marmara"), G("Silivri"),
        D("1999", "1999"), L("Marmara"),
        O("Boğaziçi University"), O("Kandilli Observatory"), G("Istanbul"),
        D("the next 30 years", "FUTURE_REF"),
        G("Istanbul"), D("Thursday", "2019-11-14"), G("Istanbul"),
        P("Cevdet Öztürkoğlu", "ozturk", k="ozturk1"),
        Q("Our teams will work together with the Disaster and Emergency Management Authority "
          "(AFAD) and the municipalities, district by district. Nobody will be left out because "
          "they cannot afford it,", "q4"),
        O("Disaster and Emergency Management Authority"), O("AFAD"),
        G("Ankara"), O("Environment and Urbanization Ministry"),
        G("Kocaeli"), G("Yalova"), G("Bursa"), O("Parliament"), D("next year", "2020"),
        O("Istanbul Metropolitan Municipality"), O("CHP"), D("June", "2019-06"),
        O("AK Party"), D("last month", "2019-10"),
    ],
    rels=[("q1", "yilmaz1"), ("q2", "yilmaz1"), ("q3", "aydogan2"), ("q4", "ozturk1")],
))

# ---------------------------------------------------------------- kerry (dct 2016-03-13, Sun)
DOCS.append(dict(
    doc_id="holdout13-kerry-beat-dublin", short="ker",
    items=[
        P("Ó Súilleabháin", "seanos"), O("Kerry"), O("Dublin"), G("Killarney"),
        O("Kerry"), O("Dublin"),
        P("Seán Ó Súilleabháin", "seanos"), O("Kerry"), D("last year", "2015"),
        L("Ireland", ctx="All-"),
        O("Kingdom"), O("Dublin"), O("Allianz Football League"),
        O("Kerry"), O("Dublin"), P("Éamonn Ó Ceallacháin", "eoc"), D("April", "2016-04"),
        O("Dublin"), P("Fergal Ó Maoláin", "fom"), P("Cathal Ó hAodha", "coh"),
        P("Ciarán Mac Amhlaoibh", "cma"),
        O("Kerry"), P("Donnchadh Mac Gearailt", "dmg"), O("An Ghaeltacht"),
        P("Ó Súilleabháin", "seanos"), P("Micheál Ó Laoire", "mol"), O("Dublin"),
        P("Shane Kilbride-Nolan", "skn"),
        O("Dublin"), P("Ó hAodha", "coh"), O("Dr Crokes"), P("Conor Breathnach", "cb"),
        O("Kerry"), P("Éamonn Ó Ceallacháin", "eoc", k="eoc2"),
        # two-paragraph quote: one span per paragraph (7a)
        Q("We knew what was coming. Dublin are the All-Ireland champions for a reason, and they "
          "came down here to put us back in our box. The first half was a battle and to be "
          "honest we were lucky to be only a point down.", "q1", mp=True),
        O("Dublin"), L("Ireland", ctx="All-"),
        Q("But the lads showed real character after the break. Seán has been working on that side "
          "of his game all winter, and that goal was the reward. We'll enjoy tonight, but Mayo in "
          "Castlebar next Sunday will be just as hard.", "q2"),
        P("Seán", "seanos"), D("winter", "2015-WI"), D("tonight", "2016-03-13"), O("Mayo"),
        G("Castlebar"), D("next Sunday", "2016-03-20"),
        O("Dublin"), P("Declan Mac Diarmada", "dmd", k="dmd1"),
        Q("second to every breaking ball", "q3"),
        Q("Fair play to Kerry, they wanted it more today,", "q4"),
        O("Kerry"), D("today", "2016-03-13"),
        Q("We've a few lads carrying knocks, and we'll have a look at them during the week.", "q5"),
        D("the week", "2016-03-14/2016-03-20"),
        O("Kerry"), P("Donal Ó Loingsigh", "dol", k="dol1"),
        Q("Kingdom come 💚💛 Great to see the young lads stand up to the champions. "
          "Ó Súilleabháin is the real deal,", "q6"),
        O("Kingdom"), P("Ó Súilleabháin", "seanos"),
        O("Twitter"),
        O("Dublin"), O("Monaghan"), D("Saturday week", "2016-03-26"),
        P("Rory Ó Ceallaigh", "roc"),
        # team sheets
        O("Kerry"), P("S Ó Súilleabháin", "seanos"), P("D Mac Gearailt", "dmg"),
        P("P Ó Coileáin", "poc"), P("M Ó Laoire", "mol"), P("K Doolin", "kd"),
        P("C Breathnach", "cb"),
        O("Dublin"), P("C Ó hAodha", "coh"), P("C Mac Amhlaoibh", "cma"),
        P("M Delaney-Burke", "mdb"), P("L Ó Dubhghaill", "lod"), P("R Ó Ceallaigh", "roc"),
        P("Fergal Ó Maoláin", "fom"), G("Sligo"),
    ],
    rels=[("q1", "eoc2"), ("q2", "eoc2"), ("q3", "dmd1"), ("q4", "dmd1"), ("q5", "dmd1"),
          ("q6", "dol1")],
))

# ---------------------------------------------------------------- mekong (dct 2023-08-22, Tue)
DOCS.append(dict(
    doc_id="holdout13-mekong-reservoirs", short="mek",
    items=[
        L("Mekong Delta"),
        L("Mekong Delta"),
        P("Nguyễn Văn An", "an"), G("Hanoi"), D("Monday", "2023-08-21"),
        G("Bến Tre"), G("Trà Vinh"), G("Sóc Trăng"), G("Bạc Liêu"), G("Cà Mau"),
        P("An", "an", k="an2"),
        Q("We cannot keep reacting every time the salt comes in. The delta needs storage, and it "
          "needs it before the next El Niño year, not after,", "q1"),
        D("the first quarter of next year", "2024-01/2024-03"), D("the end of 2025", "2025"),
        O("World Bank"),
        L("Mekong Delta"), G("Vietnam"), D("2019-2020", "2019/2020"), D("2016", "2016"),
        O("National Center for Hydro-Meteorological Forecasting"), D("this month", "2023-08"),
        D("next year", "2024"), L("Mekong River"),
        P("Trần Thị Hồng", "hong", k="hong1"), G("Bến Tre"), G("Chợ Lách District"),
        D("2020", "2020"),
        Q("We bought water by the tanker, VND200,000 a cubic meter, and still it was not enough. "
          "If the reservoir is only 15\u00a0km away, it will change everything for us,", "q2"),
        P("Lê Quang Minh", "minh"), O("Can Tho University"),
        Q("Upstream dams in China and Laos, sand mining and groundwater extraction are all making "
          "the delta sink and the salt come deeper. Storage is necessary, but the provinces also "
          "need to change what they grow,", "q3"),
        G("China"), G("Laos"),
        P("Minh", "minh", k="minh2"),
        P("An", "an"), O("Ministry of Natural Resources and Environment"),
        D("October", "2023-10"),
        D("Last year", "2022"), L("Mekong Delta"), D("2030", "2030"),
        G("Sóc Trăng"), G("Bạc Liêu"),
        G("Ho Chi Minh City"), L("Saigon"), L("Đồng Nai"), G("HCMC"),
        D("last week", "2023-08-14/2023-08-20"),
    ],
    rels=[("q1", "an2"), ("q2", "hong1"), ("q3", "minh2")],
))

# ---------------------------------------------------------------- negev (dct 2017-11-19, Sun)
DOCS.append(dict(
    doc_id="holdout13-negev-housing-plan", short="neg",
    items=[
        L("Negev"),
        G("Dimona"), G("Yeruham"), G("Ofakim"),
        O("TOI"),
        D("Sunday", "2017-11-19"), L("Negev"),
        O("Construction and Housing Ministry"), O("Finance Ministry"),
        O("Israel Land Authority"),
        G("Dimona"), G("Yeruham"), G("Ofakim"), G("Netivot"),
        D("the next four years", "FUTURE_REF"),
        O("Knesset"), D("next month", "2017-12"),
        Q("For 70 years, every government has talked about making the Negev bloom. This plan "
          "finally puts the money where the talk has been,", "q1"),
        L("Negev"),
        O("Likud"), P("Moshe Azoulay", "azoulay", k="azoulay1"), O("Knesset"), L("Negev"),
        L("Galilee"), G("Dimona"),
        Q("A young couple from Tel Aviv who pays NIS 5,000 a month in rent will be able to own a "
          "home in the south for less than that.", "q2"),
        G("Tel Aviv"),
        O("Yesh Atid"), P("Yael Ben-David", "bd"), O("Knesset Finance Committee"),
        D("2015", "2015"),
        Q("This is the third time in three years that the government has approved the same plan "
          "with a new name,", "q3"),
        P("Ben-David", "bd", k="bd2"),
        Q("Land is not the problem in Yeruham. The problem is that there are no jobs, the train "
          "doesn’t come, and the schools are losing teachers. You can give people cheap "
          "apartments, but they won’t stay.", "q4"),
        G("Yeruham"),
        # spokesperson never named: no said_by (7a)
        Q("This is not a marketing campaign. It is a binding government decision, with a budget "
          "and a timetable, and the minister intends to see it through,", "q5"),
        O("Central Bureau of Statistics"), L("Negev"), D("last year", "2016"),
        G("Beersheba"), N("Bedouin"), N("Jewish"), D("the 1950s", "1950/1959"),
        N("Bedouin"), L("Negev"), D("Sunday", "2017-11-19"),
        O("Regional Council for the Unrecognized Villages"), N("Arab"),
        # statement of an organisation, no named person: no said_by (7a)
        Q("left out once again.", "q6"),
        D("2022", "2022"), O("Israel Defense Forces"), L("Negev"),
        D("the decade", "2010/2019"),
        P("Dalia Amsalem", "amsalem", k="amsalem1"), G("Dimona"), N("Israelis"),
        Q("Every week I get calls from couples in Holon and Bat Yam who can’t afford anything. "
          "If the money actually arrives, they will come,", "q7"),
        G("Holon"), G("Bat Yam"),
        O("Finance Ministry"), D("January", "2018-01"),
    ],
    rels=[("q1", "azoulay1"), ("q2", "azoulay1"), ("q3", "bd2"), ("q4", "bd2"),
          ("q7", "amsalem1")],
))

# ---------------------------------------------------------------- red sea (dct 2025-03-26, Wed)
EID = "2025-03-30/2025-04-01"        # 1-3 Shawwal: the day after Ramadan 29 (= Sat 29 March)
RAMADAN = "2025-03-01/2025-03-29"    # Ramadan 29 = 2025-03-29 per the text
DOCS.append(dict(
    doc_id="holdout13-red-sea-eid-bookings", short="red",
    items=[
        L("Red Sea"), D("Eid", EID),
        P("NADA AL-MUTAIRI", "mutairi"),
        G("RIYADH"), N("Saudi"), O("Marsa Al-Bahr Resorts"), L("Red Sea"),
        D("Eid Al-Fitr", EID), N("Saudi"),
        G("Jeddah"), G("Yanbu"), G("Umluj"), D("Wednesday", "2025-03-26"),
        D("the last days of Ramadan", RAMADAN), D("Eid", EID), D("last year", "2024"),
        Q("We are seeing a clear shift. Five years ago, most of our guests were foreign visitors "
          "or business travelers. Today, more than 70 percent are Saudi families from Riyadh, "
          "Jeddah and the Eastern Province,", "q1"),
        D("Five years ago", "2020"), D("Today", "PRESENT_REF"), N("Saudi"), G("Riyadh"),
        G("Jeddah"), G("Eastern Province"),
        P("Reem Al-Otaibi", "otaibi", k="otaibi1"),
        Q("Many of them book the whole Eid week, and they come back in the summer.", "q2"),
        D("Eid", EID), D("the summer", "2025-SU"),
        P("Faisal bin Abdullah Al-Qahtani", "qahtani"), O("Marsa Al-Bahr"),
        D("the next three years", "FUTURE_REF"), L("Red Sea"), G("Kingdom"),
        Q("Vision 2030 has opened the coast to Saudis in a way that simply did not exist a decade "
          "ago. Our job is to make sure the experience matches the scenery,", "q3"),
        N("Saudis"), D("a decade ago", "2015"),
        P("Al-Qahtani", "qahtani", k="qahtani2"), O("Arab News"),
        O("Ministry of Human Resources and Social Development"), D("this month", "2025-03"),
        D("Eid Al-Fitr", EID), D("Ramadan 29", "2025-03-29"),
        O("Supreme Court"), N("Muslims"), G("Kingdom"), D("Saturday, March 29", "2025-03-29"),
        N("Saudi"), O("Ministry of Tourism"), G("Kingdom"), D("2024", "2024"), D("2030", "2030"),
        L("Red Sea"), O("Marsa Al-Bahr"), O("Tourism Development Fund"), G("Al-Wajh"),
        G("Yanbu"),
        P("Al-Otaibi", "otaibi", k="otaibi2"), D("Ramadan", RAMADAN), D("Eid", EID),
        Q("Our busiest night will probably be the first night of Eid. Every room is booked, and "
          "we already have a waiting list,", "q4"),
        D("Eid", EID),
        O("General Authority for Statistics"), G("Makkah"), G("Madinah"),
        D("the last ten days of Ramadan last year", "2024-03-11/2024-04-09"),
        D("the first quarter of 2024", "2024-01/2024-03"),
        P("Al-Qahtani", "qahtani"), O("Marsa Al-Bahr"), D("the end of the year", "2025"),
    ],
    rels=[("q1", "otaibi1"), ("q2", "otaibi1"), ("q3", "qahtani2"), ("q4", "otaibi2")],
))

OPEN = set('"“‘\'')
CLOSE = set('"”’\'')


def is_word(c):
    return c.isalnum()


def locate(text, items, doc):
    cur = 0
    spans = []
    for it in items:
        s = it["text"]
        pat = (it["ctx"] or "") + s
        pos = cur
        while True:
            i = text.find(pat, pos)
            if i < 0:
                sys.exit(f"{doc}: not found after {cur}: {pat!r}")
            st = i + len(it["ctx"] or "")
            en = st + len(s)
            ok = True
            if not it["ctx"] and st > 0 and is_word(text[st - 1]) and is_word(s[0]):
                ok = False
            if en < len(text) and is_word(text[en]) and is_word(s[-1]):
                ok = False
            if ok:
                break
            pos = i + 1
        assert text[st:en] == s
        spans.append(dict(st=st, en=en, **it))
        cur = st if it["label"] == "QUOTE" else en
    return spans


def check_and_build(text, d):
    spans = locate(text, d["items"], d["doc_id"])
    short = d["short"]
    # minimal span: no surrounding whitespace
    for s in spans:
        t = s["text"]
        assert t == t.strip(), (d["doc_id"], t)
        if s["label"] == "QUOTE":
            assert text[s["st"] - 1] in OPEN, (d["doc_id"], t[:30])
            if s["mp"]:
                assert text[s["en"]:s["en"] + 1] in ("\n", "\r"), (d["doc_id"], t[:30])
            else:
                assert text[s["en"]] in CLOSE, (d["doc_id"], t[-30:])
        if s["label"] == "DATE":
            assert s["value"], t
    # flatness
    srt = sorted(spans, key=lambda s: (s["st"], -s["en"]))
    for a_i, a in enumerate(srt):
        for b in srt[a_i + 1:]:
            if b["st"] >= a["en"]:
                break
            inside = a["label"] == "QUOTE" and b["label"] != "QUOTE" and b["en"] <= a["en"]
            if not inside:
                sys.exit(f"{d['doc_id']}: overlap {a['text']!r} / {b['text']!r}")
    # ids in reading order
    out_spans = []
    for n, s in enumerate(srt, 1):
        s["id"] = f"{short}-{n}"
        o = dict(id=s["id"], start=s["st"], end=s["en"], label=s["label"], text=s["text"])
        if s["label"] == "DATE":
            o["value"] = s["value"]
        out_spans.append(o)
    ids = [o["id"] for o in out_spans]
    assert len(ids) == len(set(ids))
    keys = {}
    for s in spans:
        if s["k"]:
            assert s["k"] not in keys, s["k"]
            keys[s["k"]] = s
    rels = []
    linked = set()
    for qk, pk in d["rels"]:
        q, p = keys[qk], keys[pk]
        assert q["label"] == "QUOTE" and p["label"] == "PERSON"
        assert qk not in linked
        linked.add(qk)

        def dist(x):
            if x["en"] <= q["st"]:
                return q["st"] - x["en"]
            if x["st"] >= q["en"]:
                return x["st"] - q["en"]
            return 0
        same = [x for x in spans if x["label"] == "PERSON" and x["who"] == p["who"]]
        best = min(same, key=dist)
        if best is not p:
            sys.exit(f"{d['doc_id']}: {qk} -> {pk} is not nearest; nearest is "
                     f"{best['text']!r}@{best['st']} (d={dist(best)}) vs {dist(p)}")
        rels.append({"from": q["id"], "to": p["id"], "type": "said_by"})
    unlinked = [s["k"] for s in spans if s["label"] == "QUOTE" and s["k"] not in linked]
    return dict(doc_id=d["doc_id"], spans=out_spans, relations=rels), spans, unlinked


def coverage_report(text, spans, doc):
    """Occurrences of annotated surface strings that no span covers (for review)."""
    covered = [(s["st"], s["en"]) for s in spans if s["label"] != "QUOTE"]
    seen = set()
    for s in spans:
        t = s["text"]
        if s["label"] == "QUOTE" or t in seen:
            continue
        seen.add(t)
        i = text.find(t)
        while i >= 0:
            e = i + len(t)
            bnd = (i == 0 or not is_word(text[i - 1])) and (e >= len(text) or not is_word(text[e]))
            if bnd and not any(a <= i and e <= b for a, b in covered):
                print(f"  uncovered {s['label']} {t!r} at {i}: ...{text[max(0, i - 30):e + 20]!r}")
            i = text.find(t, i + 1)


def main():
    manifest = {}
    with open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            manifest[r["doc_id"]] = r
    report = "--report" in sys.argv
    lines = []
    for d in DOCS:
        path = os.path.join(CORPUS, manifest[d["doc_id"]]["file"])
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        rec, spans, unlinked = check_and_build(text, d)
        lines.append(json.dumps(rec, ensure_ascii=False))
        if report:
            from collections import Counter
            c = Counter(s["label"] for s in rec["spans"])
            print(d["doc_id"], dict(sorted(c.items())), "said_by:", len(rec["relations"]),
                  "quotes without said_by:", unlinked)
            coverage_report(text, spans, d["doc_id"])
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
