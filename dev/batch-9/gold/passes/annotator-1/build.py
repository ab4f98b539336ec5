#!/usr/bin/env python3
"""Hand-chosen annotations for the six holdout3 articles.

Every mention below was chosen by reading the text.  The script only:
  * finds each surface string in reading order (a cursor moves through the text;
    an optional left context `ctx` pins the occurrence),
  * checks text[start:end] == surface, flatness (only entity/date spans may lie
    inside a QUOTE, and an entity is inside a quote exactly when it is marked q=True),
    unique ids, reading order,
  * checks that every hand-chosen said_by target is the nearest mention of that
    speaker (by character distance), given the speaker's surface forms,
  * writes annotation.jsonl.

Mention tuple: (surface, label, value_or_None, opts)
  opts: ctx  -> left context that must immediately precede the surface
        q    -> True when the mention lies inside a QUOTE span
        k    -> a key, used by the said_by pairs
Said_by pairs: (quote_key, person_key); quotes with an unnamed speaker have no pair.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")  # heldout/corpus

P, O, G, L, N, D, Q = "PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "QUOTE"


def m(surface, label, value=None, **opts):
    return (surface, label, value, opts)


DOCS = []

# ---------------------------------------------------------------------------
# kid: holdout3-kidderminster-hospital-corridors (dct 2023-10-11, Wednesday)
# ---------------------------------------------------------------------------
DOCS.append(dict(
    doc_id="holdout3-kidderminster-hospital-corridors", short="kid",
    persons={"MOP": ["Margaret Oyelaran-Pugh", "Oyelaran-Pugh"],
             "SW": ["Sarah Whitcombe"]},
    mentions=[
        # headline
        m("Kidderminster", G),
        m("waited 30 hours in corridors", Q, k="qH"),
        # byline
        m("Tom Ashworth", P),
        m("BBC News", O),
        m("West Midlands", G),
        # lede
        m("Worcestershire", G),
        m("Margaret Oyelaran-Pugh", P, k="mop1"),
        m("Worcestershire County Council", O),
        m("in tears", Q, k="qTears"),
        # (Kidderminster General Hospital: facility used as a place -> no span)
        m("I have had a man in his eighties tell me he lay on a trolley next to the fire doors "
          "from Sunday morning until Monday lunchtime,", Q, k="q1"),
        m("Sunday", D, "2023-10-08", q=True),
        m("Monday", D, "2023-10-09", q=True),
        m("That is not care. That is a system that has stopped working, and the board needs to "
          "stop telling us it is coping.", Q, k="q2"),
        m("Severn and Wyre Hospitals NHS Trust", O),
        m("9 October", D, "2023-10-09"),
        m("BBC", O),
        m("Kidderminster", G),
        m("September", D, "2023-09"),
        m("September 2022", D, "2022-09"),
        # spokesperson, two-paragraph quote, speaker never named
        m("We are sorry that some patients have waited far longer than we would want, and we "
          "understand how distressing that is for them and for their families.", Q),
        m("Our staff are working incredibly hard under sustained pressure, and we have opened 18 "
          "additional beds this week so that patients can be moved out of the emergency "
          "department more quickly.", Q),
        m("this week", D, "2023-10-09/2023-10-15", q=True),
        m("Neil Fairbrother-Hayes", P),
        m("26 October", D, "2023-10-26"),
        m("West Midlands Ambulance Service", O),
        m("September", D, "2023-09"),
        m("Worcestershire", G),
        m("Herefordshire", G),
        m("Sarah Whitcombe", P, k="sw1"),
        m("Bewdley", G),
        m("Sunday", D, "2023-10-08"),
        m("The nurses were wonderful, but they were run ragged,", Q, k="q3"),
        m("Mum kept apologising for being a nuisance. Nobody’s mother should be left like that.",
          Q, k="q4"),
        m("NHS England", O),
        m("14 March 2022", D, "2022-03-14"),
        m("Care Quality Commission", O),
        m("CQC", O),
        m("Oyelaran-Pugh", P, k="mop2"),
        m("Liberal Democrat", N),
        m("Kidderminster", G),
        m("NHS England", O),
        m("We were told last winter that this would never happen again,", Q, k="q5"),
        m("last winter", D, "2022-WI", q=True),
        m("Here we are at the start of October and it is already worse than anything we saw in "
          "January.", Q, k="q6"),
        m("the start of October", D, "2023-10", q=True),
        m("January", D, "2023-01", q=True),
        m("the end of the month", D, "2023-10"),
    ],
    said_by=[("qH", "mop1"), ("qTears", "mop1"), ("q1", "mop1"), ("q2", "mop1"),
             ("q3", "sw1"), ("q4", "sw1"), ("q5", "mop2"), ("q6", "mop2")],
    speaker_of={"qH": "MOP", "qTears": "MOP", "q1": "MOP", "q2": "MOP",
                "q3": "SW", "q4": "SW", "q5": "MOP", "q6": "MOP"},
))

# ---------------------------------------------------------------------------
# lot: holdout3-lotbiniere-sud-byelection (dct 2017-11-21, Tuesday; CRLF text)
# ---------------------------------------------------------------------------
DOCS.append(dict(
    doc_id="holdout3-lotbiniere-sud-byelection", short="lot",
    persons={"GTO": ["Geneviève Tremblay-Ouellet", "Tremblay-Ouellet"],
             "JGF": ["Josée Gagnon-Fortin"],
             "MAB": ["Marc-André Bélanger", "Bélanger"],
             "ASB": ["Anne-Sophie Bérubé", "Bérubé"]},
    mentions=[
        # headline
        m("Bloc Québécois", O),
        m("Lotbinière-Sud", G),
        m("Liberals", N),
        # byline
        m("Stéphanie Lévesque", P),
        m("Canadian Press", O),
        # dateline + lede
        m("OTTAWA", G),
        m("Bloc Québécois", O),
        m("Quebec", G),
        m("Lotbinière-Sud", G),
        m("Liberals", N),
        m("Bloc", O),
        m("Geneviève Tremblay-Ouellet", P),
        m("Saint-Agapit", G),
        m("Monday", D, "2017-11-20"),
        m("Elections Canada", O),
        m("Liberal", N),
        m("Marc-André Bélanger", P),
        m("Conservative", N),
        m("Yannick Poirier", P),
        m("NDP", O),
        m("Chantal Aubé-Leclerc", P),
        m("People here are not against development. They are against being told that a pipeline "
          "is coming through their maple groves whether they like it or not,", Q, k="qJGF"),
        m("Josée Gagnon-Fortin", P, k="jgf"),
        m("Saint-Flavien", G),
        m("Bloc", O),
        # (Laurentian Express pipeline: infrastructure/facility -> no span)
        m("Calgary", G),
        m("Calder Midstream Ltd.", O),
        m("Alberta", G),
        m("Lévis", G),
        m("Chaudière River", L),
        m("Tremblay-Ouellet", P, k="gto1"),
        m("House of Commons", O),
        m("This was a referendum on the pipeline, and the people of Lotbinière-Sud answered very "
          "clearly,", Q, k="qG1"),
        m("Lotbinière-Sud", G, q=True),
        m("Saint-Agapit", G),
        m("Monday", D, "2017-11-20"),
        m("Ottawa is going to have to listen.", Q, k="qG2"),
        m("Ottawa", G, q=True),
        m("Bélanger", P, k="mab"),
        m("Liberal", N),
        m("We ran a positive campaign, and I'm proud of it,", Q, k="qB1"),
        m("But I heard the worry at the doors, and I'll be making sure the prime minister hears "
          "it too.", Q, k="qB2"),
        m("August", D, "2017-08"),
        m("Liberal", N),
        m("Denis Lachance-Roy", P),
        m("2015", D, "2015"),
        m("Calder Midstream", O),
        m("third-quarter", D, "2017-07/2017-09"),
        m("Nov. 9", D, "2017-11-09"),
        m("2014", D, "2014"),
        m("National Energy Board", O),
        m("next spring", D, "2018-SP"),
        m("the first quarter of 2019", D, "2019-01/2019-03"),
        m("the 2018-19 fiscal year", D, "2018-04/2019-03"),
        m("Indigenous", N),
        m("House of Commons", O),
        m("last month", D, "2017-10"),
        m("Université Laval", O),
        m("Anne-Sophie Bérubé", P),
        m("Liberals", N),
        m("Byelections are usually about local irritants, and governments lose them all the time,",
          Q, k="qA1"),
        m("Bérubé", P, k="asb"),
        m("But when a pipeline route becomes the ballot question in a riding like this one, the "
          "party has to ask itself what happens in 2019 across the whole South Shore.", Q, k="qA2"),
        m("2019", D, "2019", q=True),
        m("South Shore", L, q=True),
        m("Calder Midstream", O),
        m("continue to engage", Q),  # unnamed spokeswoman: no said_by (7a)
        m("Tremblay-Ouellet", P),
        m("House", O, ctx="before the "),
        m("mid-December", D, "2017-12"),
    ],
    said_by=[("qJGF", "jgf"), ("qG1", "gto1"), ("qG2", "gto1"), ("qB1", "mab"),
             ("qB2", "mab"), ("qA1", "asb"), ("qA2", "asb")],
    speaker_of={"qJGF": "JGF", "qG1": "GTO", "qG2": "GTO", "qB1": "MAB", "qB2": "MAB",
                "qA1": "ASB", "qA2": "ASB"},
))

# ---------------------------------------------------------------------------
# kng: holdout3-kingsmead-odi-pakistan (dct 2026-01-18, Sunday)
# Pakistan / South Africa / Proteas as teams -> ORG (section 2); Kingsmead and
# Newlands are grounds (facilities) -> no span; Centurion / Cape Town / Durban GPE.
# ---------------------------------------------------------------------------
DOCS.append(dict(
    doc_id="holdout3-kingsmead-odi-pakistan", short="kng",
    persons={"AUH": ["Mohammad Ahsan-ul-Haq", "Ahsan-ul-Haq", "Ahsan"],
             "SM": ["Sibusiso Mahlangu"],
             "FZ": ["Fawad Zia-ud-Din", "Zia-ud-Din"]},
    mentions=[
        # headline
        m("Ahsan-ul-Haq", P),
        m("Pakistan", O),
        # byline
        m("Lungile Mthembu", P),
        # dateline + lede
        m("DURBAN", G),
        m("Mohammad Ahsan-ul-Haq", P),
        m("Pakistan", O),
        m("South Africa", O),
        m("Sunday", D, "2026-01-18"),
        m("Pakistan", O),
        m("Fawad Zia-ud-Din", P),
        m("South Africa", O),
        m("Ruan van der Walt", P),
        m("Noman Zafar", P),
        m("Shaheer Ali Khan", P),
        m("Cape Town", G),
        m("Wednesday", D, "2026-01-21"),
        m("Ahsan-ul-Haq", P),
        m("Dewald de la Rey", P),
        m("Jan-Hendrik du Toit", P),
        m("Kagiso Sithole-Mabena", P),
        m("I told myself after the drop that the next ball is a new ball,", Q, k="qA1"),
        m("Ahsan-ul-Haq", P, k="auh"),
        m("The coaches said this pitch rewards you if you stay until the 20th over, so I waited.",
          Q, k="qA2"),
        m("Du Toit", P),
        m("South Africa", O),
        m("Zia-ud-Din", P),
        m("Hasan Raza Butt", P),
        m("Imad-ud-Din Saleem", P),
        m("Proteas", O),
        m("Van der Walt", P),
        m("Tristan Abrahams", P),
        m("Abrahams", P),
        m("de la Rey", P),
        m("Noman Zafar", P),
        m("van der Walt", P),
        m("Wiaan Janse van Rensburg", P),
        m("Sithole-Mabena", P),
        m("We were probably 20 or 30 runs over par with the ball, and then we lost wickets in "
          "clusters, which you just can't afford against an attack like that,", Q, k="qM1"),
        m("South Africa", O),
        m("Sibusiso Mahlangu", P, k="sm"),
        # two-paragraph quote (7a): one span per paragraph
        m("Ahsan played one of the better one-day knocks I've seen at this ground. He took the "
          "short ball on, and once he got past 50 he didn't give us a sniff.", Q, k="qM2"),
        m("Ahsan", P, q=True),
        m("We'll look at the combinations before Wednesday. Dewald's hamstring is a bit tight, so "
          "we'll see how he pulls up, but I'm backing this group to turn up in Cape Town.",
          Q, k="qM3"),
        m("Wednesday", D, "2026-01-21", q=True),
        m("Dewald", P, q=True),
        m("Cape Town", G, q=True),
        m("Zia-ud-Din", P, k="fz"),
        m("Centurion", G),
        m("Thursday", D, "2026-01-15"),
        m("Thursday was a wake-up call,", Q, k="qZ1"),
        m("Thursday", D, "2026-01-15", q=True),
        m("We were too passive at Centurion. Today the boys played with freedom, and Noman was "
          "outstanding in the middle overs.", Q, k="qZ2"),
        m("Centurion", G, q=True),
        m("Today", D, "2026-01-18", q=True),
        m("Noman", P, q=True),
        m("Pakistan", O),
        m("2013", D, "2013"),
        m("Cricket South Africa", O),
        m("Sunday", D, "2026-01-18"),
    ],
    said_by=[("qA1", "auh"), ("qA2", "auh"), ("qM1", "sm"), ("qM2", "sm"), ("qM3", "sm"),
             ("qZ1", "fz"), ("qZ2", "fz")],
    speaker_of={"qA1": "AUH", "qA2": "AUH", "qM1": "SM", "qM2": "SM", "qM3": "SM",
                "qZ1": "FZ", "qZ2": "FZ"},
))

# ---------------------------------------------------------------------------
# amm: holdout3-amman-refugee-talks (dct 2016-03-03, Thursday)
# ---------------------------------------------------------------------------
DOCS.append(dict(
    doc_id="holdout3-amman-refugee-talks", short="amm",
    persons={"HR": ["Hazem al-Rawashdeh", "Al-Rawashdeh"],
             "TM": ["Tarek el-Menshawy", "el-Menshawy"],
             "KM": ["Khalid bin Suleiman al-Mutairi", "al-Mutairi"],
             "JA": ["Jens Aagaard"]},
    mentions=[
        # headline
        m("Jordan", G),
        m("Syria", G),
        # dateline + lede
        m("AMMAN", G),
        m("March 3", D, "2016-03-03"),
        m("AFP", O),
        m("Jordan", G),
        m("Thursday", D, "2016-03-03"),
        m("last month", D, "2016-02"),
        m("Syrian", N),
        m("UN", O),
        m("Amman", G),
        m("Lebanon", G),
        m("Iraq", G),
        m("Egypt", G),
        m("Turkey", G),
        m("UNHCR", O),
        m("World Food Programme", O),
        m("WFP", O),
        m("London", G),
        m("Syrians", N),
        m("2020", D, "2020"),
        m("Jordan", G),
        m("Syrian", N),
        m("UNHCR", O),
        m("2011", D, "2011"),
        m("Pledges do not build classrooms. Cheques do,", Q, k="qH1"),
        m("Hazem al-Rawashdeh", P, k="hr"),
        m("We were promised that London would be different, and we will judge it by what arrives "
          "before the summer.", Q, k="qH2"),
        m("London", G, q=True),
        m("the summer", D, "2016-SU", q=True),
        m("Jordan", G),
        m("Ministry of Planning and International Cooperation", O),
        m("2016-2018", D, "2016/2018"),
        m("this year", D, "2016"),
        m("Egypt", G),
        m("Tarek el-Menshawy", P),
        m("Cairo", G),
        m("Jordanian", N),
        m("Saudi", N),
        m("Khalid bin Suleiman al-Mutairi", P),
        m("Riyadh", G),
        m("The host countries have carried this burden for five years with very little thanks,",
          Q, k="qT"),
        m("el-Menshawy", P, k="tm"),
        m("al-Mutairi", P, k="km"),
        m("the Kingdom has never made a promise it did not keep.", Q, k="qK"),
        m("Lebanon", G),
        m("Syrians", N),
        m("Walid Abou Fakhr", P),
        m("Jens Aagaard", P, k="ja"),
        m("UNHCR", O),
        m("Jordan", G),
        m("Families are skipping meals, pulling children out of school and taking on debt they "
          "cannot repay,", Q, k="qJ1"),
        m("The generosity of Jordanians has been extraordinary, but it is not unlimited.",
          Q, k="qJ2"),
        m("Jordanians", N, q=True),
        m("2016", D, "2016"),
        m("Jordan", G),
        m("the end of February", D, "2016-02"),
        m("WFP", O),
        m("last year", D, "2015"),
        m("Jordan", G),
        m("Lebanon", G),
        m("Europe", L),
        m("United States", G),
        m("Russia", G),
        m("Syria", G),
        # unnamed Iraqi diplomat: no said_by (7a)
        m("Nobody in this room believes the families will go home this year,", Q),
        m("this year", D, "2016", q=True),
        m("Iraqi", N),
        m("We are planning for years, not months.", Q),
        m("Al-Rawashdeh", P),
        m("Beirut", G),
        m("May", D, "2016-05"),
        m("London", G),
    ],
    said_by=[("qH1", "hr"), ("qH2", "hr"), ("qT", "tm"), ("qK", "km"),
             ("qJ1", "ja"), ("qJ2", "ja")],
    speaker_of={"qH1": "HR", "qH2": "HR", "qT": "TM", "qK": "KM", "qJ1": "JA", "qJ2": "JA"},
))

# ---------------------------------------------------------------------------
# led: holdout3-ledgerly-layoffs-breach (dct 2018-10-09, Tuesday)
# ---------------------------------------------------------------------------
DOCS.append(dict(
    doc_id="holdout3-ledgerly-layoffs-breach", short="led",
    persons={"PRW": ["Priya Raman-Whitfield", "Raman-Whitfield"],
             "DK": ["Dana Kowalczyk", "Kowalczyk"]},
    mentions=[
        # headline
        m("Ledgerly", O),
        # byline
        m("DANIEL OKAFOR", P),
        m("AP", O),
        # dateline + lede
        m("SAN FRANCISCO", G),
        m("AP", O),
        m("Ledgerly", O),
        m("San Francisco", G),
        m("Tuesday", D, "2018-10-09"),
        # company statement: no named speaker -> no said_by (7a)
        m("a painful but necessary step", Q),
        m("rebuild trust with our customers and put the business on a sustainable footing.", Q),
        m("San Francisco", G),
        m("Austin", G),
        m("Texas", G),
        m("Jan. 31", D, "2019-01-31"),
        m("Ledgerly", O),
        m("Sept. 27", D, "2018-09-27"),
        m("Aug. 14 and Sept. 3", D, "2018-08-14/2018-09-03"),
        m("Priya Raman-Whitfield", P),
        m("2014", D, "2014"),
        m("Twitter", O),
        m("Today I said goodbye to 240 people who helped build Ledgerly. This decision is mine, "
          "and so is the responsibility \U0001F494", Q, k="qP"),
        m("Today", D, "2018-10-09", q=True),
        m("Ledgerly", O, q=True),
        m("Raman-Whitfield", P, k="prw"),
        m("San Francisco", G),
        m("Ledgerly", O),
        m("Federal Trade Commission", O),
        m("Ledgerly", O),
        m("Northgate Ventures", O),
        m("March 2017", D, "2017-03"),
        m("Dana Kowalczyk", P),
        m("Harborview Research", O),
        m("A breach is survivable. A breach plus a cash crunch is much harder, and I think that’s "
          "what we’re looking at here,", Q, k="qK1"),
        m("Kowalczyk", P, k="dk"),
        m("Small businesses are conservative customers. Once they move their books somewhere "
          "else, they don’t come back for a discount.", Q, k="qK2"),
        m("Ledgerly", O),
        m("the fourth quarter", D, "2018-10/2018-12"),
        m("LinkedIn", O),
        m("Tuesday", D, "2018-10-09"),
        m("Tomás Echeverría", P),
        m("Ledgerly", O),
        m("the end of the year", D, "2018"),
        m("this year", D, "2018"),
        m("Bay Area", L),
        m("the spring", D, "2018-SP"),
    ],
    said_by=[("qP", "prw"), ("qK1", "dk"), ("qK2", "dk")],
    speaker_of={"qP": "PRW", "qK1": "DK", "qK2": "DK"},
))

# ---------------------------------------------------------------------------
# nig: holdout3-nigardsbreen-glacier-retreat (dct 2025-02-12, Wednesday)
# ---------------------------------------------------------------------------
DOCS.append(dict(
    doc_id="holdout3-nigardsbreen-glacier-retreat", short="nig",
    persons={"ISA": ["Ingrid Solheim-Aasen", "Solheim-Aasen"],
             "HO": ["Håkon Østby", "Østby"],
             "ES": ["Elin Sjöberg"],
             "ABN": ["Arne Bakken-Nesheim"]},
    mentions=[
        # headline
        m("Norway", G),
        m("Nigardsbreen", L),
        # byline
        m("Siri Haugland", P),
        m("last September", D, "2024-09"),
        m("Ingrid Solheim-Aasen", P),
        m("Nigardsbreen", L),
        m("When I started here as a student, the ice was touching that rock,", Q, k="qI1"),
        m("Solheim-Aasen", P, k="isa1"),
        m("University of Bergen", O),
        m("Now it takes me ten minutes to walk from the marker to the front of the glacier.",
          Q, k="qI2"),
        m("Nigardsbreen", L),
        m("Jostedalsbreen", L),
        m("Norway", G),
        m("1748", D, "1748"),
        m("last month", D, "2025-01"),
        m("Journal of Glaciology", O),
        m("2014 and 2024", D, "2014/2024"),
        m("1962", D, "1962"),
        m("Solheim-Aasen", P),
        m("Norwegian Water Resources and Energy Directorate", O),
        m("NVE", O),
        m("Stockholm University", O),
        m("the 1930s", D, "1930/1939"),
        m("1984–2024", D, "1984/2024"),
        m("the past decade", D, "PAST_REF"),
        m("the 1960s and 1970s", D, "1960/1979"),
        m("the 1990s", D, "1990/1999"),
        m("Håkon Østby", P, k="ho1"),
        m("NVE", O),
        m("Nigardsbreen", L),
        m("2003", D, "2003"),
        m("The 1990s were the exception. What we are seeing now is the rule.", Q, k="qH1"),
        m("The 1990s", D, "1990/1999", q=True),
        m("Last summer was not the worst on record – that was 2018 – but the melt season started "
          "early and finished late,", Q, k="qH2"),
        m("Last summer", D, "2024-SU", q=True),
        m("2018", D, "2018", q=True),
        m("Østby", P, k="ho2"),
        m("We had bare ice high on the plateau by the middle of August, which used to be unusual.",
          Q, k="qH3"),
        m("the middle of August", D, "2024-08", q=True),
        m("Scandinavia", L),
        m("Elin Sjöberg", P, k="es"),
        m("Stockholm University", O),
        m("Tarfala Research Station", O),
        m("Swedish Lapland", L),
        m("Storglaciären", L),
        m("1946", D, "1946"),
        m("the 1990s", D, "1990/1999"),
        m("These long records are what allow us to say with confidence that this is not natural "
          "variability,", Q, k="qE1"),
        m("You cannot see a trend in five years. You can see it in seventy.", Q, k="qE2"),
        m("Jostedalen", L),
        m("Arne Bakken-Nesheim", P, k="abn"),
        m("the 1700s", D, "1700/1799"),
        m("My grandfather could see the glacier from the kitchen window,", Q, k="qB1"),
        m("My children have to drive up the valley to show it to theirs.", Q, k="qB2"),
        m("Intergovernmental Panel on Climate Change", O),
        m("IPCC", O),
        m("Nigardsbreen", L),
        m("the 2080s", D, "2080/2089"),
        m("Solheim-Aasen", P, k="isa3"),
        m("this winter", D, "2024-WI"),
        m("One good winter helps for a season,", Q, k="qI3"),
        m("It does not turn the glacier around.", Q, k="qI4"),
    ],
    said_by=[("qI1", "isa1"), ("qI2", "isa1"), ("qH1", "ho1"), ("qH2", "ho2"), ("qH3", "ho2"),
             ("qE1", "es"), ("qE2", "es"), ("qB1", "abn"), ("qB2", "abn"),
             ("qI3", "isa3"), ("qI4", "isa3")],
    speaker_of={"qI1": "ISA", "qI2": "ISA", "qH1": "HO", "qH2": "HO", "qH3": "HO",
                "qE1": "ES", "qE2": "ES", "qB1": "ABN", "qB2": "ABN", "qI3": "ISA", "qI4": "ISA"},
))


LABELS = {P, O, G, L, N, D, Q}
STRIP = " \t\r\n.,;:!?\"'“”‘’()[]"


def build(doc):
    path = os.path.join(CORPUS, doc["doc_id"] + ".txt")
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    spans, keys = [], {}
    cursor = 0
    for i, (surface, label, value, opts) in enumerate(doc["mentions"]):
        assert label in LABELS, (doc["short"], surface, label)
        assert (label == D) == (value is not None), (doc["short"], surface, "value iff DATE")
        ctx = opts.get("ctx", "")
        pos = text.find(ctx + surface, cursor)
        if pos < 0:
            sys.exit(f"{doc['short']}: not found after {cursor}: {ctx + surface!r}")
        start = pos + len(ctx)
        end = start + len(surface)
        assert text[start:end] == surface
        if label != Q:  # minimal span check for entities and dates
            assert surface == surface.strip(STRIP) or surface.endswith("Ltd."), surface
        sid = f"{doc['short']}-{len(spans) + 1}"
        span = {"id": sid, "start": start, "end": end, "label": label, "text": surface}
        if value is not None:
            span["value"] = value
        span["_q"] = bool(opts.get("q", False))
        spans.append(span)
        if "k" in opts:
            assert opts["k"] not in keys, opts["k"]
            keys[opts["k"]] = sid
        cursor = start if label == Q else end

    # ids unique
    ids = [s["id"] for s in spans]
    assert len(ids) == len(set(ids))
    # reading order
    for a, b in zip(spans, spans[1:]):
        assert (a["start"], a["end"]) <= (b["start"], b["end"]) or a["label"] == Q, (a, b)
    # flatness + q-flag consistency
    quotes = [s for s in spans if s["label"] == Q]
    for s in spans:
        inside = [q for q in quotes if q is not s and q["start"] <= s["start"] and s["end"] <= q["end"]]
        if s["label"] == Q:
            assert not inside, ("quote in quote", s)
        assert bool(inside) == s["_q"], ("q flag mismatch", s)
    for a in spans:
        for b in spans:
            if a is b or b["label"] == Q:
                continue
            overlap = a["start"] < b["end"] and b["start"] < a["end"]
            if not overlap:
                continue
            contained = a["start"] <= b["start"] and b["end"] <= a["end"]
            assert a["label"] == Q and b["label"] != Q and contained, ("not flat", a, b)
    # said_by
    by_id = {s["id"]: s for s in spans}
    rels = []
    linked = set()
    for qk, pk in doc["said_by"]:
        qs, ps = by_id[keys[qk]], by_id[keys[pk]]
        assert qs["label"] == Q and ps["label"] == P
        assert qs["id"] not in linked
        linked.add(qs["id"])
        forms = doc["persons"][doc["speaker_of"][qk]]
        assert ps["text"] in forms, (qk, pk)

        def dist(p):
            if p["end"] <= qs["start"]:
                return qs["start"] - p["end"]
            if p["start"] >= qs["end"]:
                return p["start"] - qs["end"]
            return 0
        cands = [s for s in spans if s["label"] == P and s["text"] in forms]
        best = min(dist(c) for c in cands)
        assert dist(ps) == best, (doc["short"], qk, "not nearest", ps, best)
        rels.append({"from": qs["id"], "to": ps["id"], "type": "said_by"})
    unlinked = [q["id"] for q in quotes if q["id"] not in linked]
    for s in spans:
        del s["_q"]
    return {"doc_id": doc["doc_id"], "spans": spans, "relations": rels}, text, unlinked


def main():
    out = []
    for doc in DOCS:
        rec, text, unlinked = build(doc)
        out.append(rec)
        counts = {}
        for s in rec["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
        print(doc["short"], dict(sorted(counts.items())), "said_by", len(rec["relations"]),
              "quotes without said_by", unlinked)
        if "-v" in sys.argv:
            for s in rec["spans"]:
                left = text[max(0, s["start"] - 25):s["start"]].replace("\n", "/").replace("\r", "")
                print(f"   {s['id']:8} {s['label']:6} {s.get('value', ''):22} [{left}]{s['text'][:60]!r}")
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
