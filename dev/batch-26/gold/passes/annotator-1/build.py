#!/usr/bin/env python3
"""Hand annotation of the eight holdout20 articles (annotator pass in /work/wt/h20p).

Every entry below was chosen by reading the article; nothing here is extracted by a tool.
An entry is (surface, label, DATE value or None, options). Options:
  ctx     left context that must immediately precede the surface (disambiguation)
  ent     PERSON: key of the person the mention names
  speaker QUOTE: key of the speaker (None = speaker never named -> no said_by); required for QUOTE
  inq     True for an entity/DATE span that lies inside the QUOTE entered just before it

Each surface is looked up with a cursor that only moves forward. After a QUOTE the cursor stays
at the quote's start so that the spans inside it can be found; the first entry without `inq`
jumps past the end of the quote.

Run: python3 build.py  -> writes annotation.jsonl next to this file and prints a listing.
Standard library only.
"""
import datetime as dt
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def D(s):
    return dt.date.fromisoformat(s)


def wd_past(dct, name):
    """Nearest `name` on or before the dct (past tense)."""
    d = D(dct)
    k = WEEKDAYS.index(name)
    return (d - dt.timedelta(days=(d.weekday() - k) % 7)).isoformat()


def wd_future(dct, name):
    """Nearest `name` on or after the dct (future tense)."""
    d = D(dct)
    k = WEEKDAYS.index(name)
    return (d + dt.timedelta(days=(k - d.weekday()) % 7)).isoformat()


def wd_next(dct, name):
    """'next <weekday>': that weekday in the calendar week (Mon-Sun) after the dct's week."""
    d = D(dct)
    monday_next = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=7)
    return (monday_next + dt.timedelta(days=WEEKDAYS.index(name))).isoformat()


def wd_range_future(dct, first, last):
    return wd_future(dct, first) + "/" + wd_future(dct, last)


def last_week(dct):
    d = D(dct)
    mon = d - dt.timedelta(days=d.weekday() + 7)
    return mon.isoformat() + "/" + (mon + dt.timedelta(days=6)).isoformat()


def this_week(dct):
    d = D(dct)
    mon = d - dt.timedelta(days=d.weekday())
    return mon.isoformat() + "/" + (mon + dt.timedelta(days=6)).isoformat()


def weekend_future(dct):
    sat = D(wd_future(dct, "Saturday"))
    return sat.isoformat() + "/" + (sat + dt.timedelta(days=1)).isoformat()


P, O, G, L, N, T, Q = "PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "QUOTE"


def e(surface, label, value=None, **opt):
    return (surface, label, value, opt)


# ---------------------------------------------------------------------------------------------
# Al Jazeera, Jordan water (dct Tuesday 2021-08-03; CRLF line endings)
# ---------------------------------------------------------------------------------------------
JOR = "2021-08-03"
jordan = [
    e("Jordan", G),                                   # headline
    e("Syrian", N),
    e("Mafraq", G),
    e("Dana Suleiman", P, ent="suleiman"),            # byline
    e("3 Aug 2021", T, "2021-08-03"),
    e("Amman", G),                                    # dateline
    e("Jordan", G),
    e("Jordan", G),
    e("this summer", T, "2021-SU"),
    e("Monday", T, wd_past(JOR, "Monday")),
    e("Amman", G),
    e("Zarqa", G),
    e("Ministry of Water and Irrigation", O),
    e("We are managing a deficit, not a failure of the network. There is simply not enough "
      "water in the system,", Q, speaker="shboul"),
    e("Hani al-Shboul", P, ent="shboul"),
    e("Al Jazeera", O),
    e("the 2020-21 season", T, "2020/2021"),
    e("Zarqa River", L),
    e("the end of June", T, "2021-06"),
    e("Syrians", N),
    e("Mafraq", G),
    e("UNICEF", O),
    e("Jordanian", N),
    e("Sunday", T, wd_past(JOR, "Sunday")),
    e("mid-July", T, "2021-07"),
    e("Families are choosing between drinking, cooking and washing,", Q, speaker="haddadin"),
    e("Lina Haddadin", P, ent="haddadin"),
    e("UN", O, ctx="the "),
    e("Amman", G),
    e("When temperatures are above 40 degrees, that is a dangerous choice, especially for small "
      "children.", Q, speaker="haddadin"),
    e("Mahmoud al-Hariri", P, ent="hariri"),
    e("Deraa", G),
    e("the spring", T, "2021-SP"),
    e("In Syria we had a well next to the house. Here I count every litre,", Q, speaker="hariri"),
    e("Syria", G, inq=True),
    e("My wife wakes up at four in the morning when the truck comes, because if she is late, the "
      "tank is empty.", Q, speaker="hariri"),
    e("UN", O, ctx="The "),
    e("UNHCR", O),
    e("Jordan", G),
    e("2021", T, "2021"),
    e("the end of July", T, "2021-07"),
    e("Last week", T, last_week(JOR)),
    e("Kuwait Fund for Arab Economic Development", O),
    e("Disi", L),
    e("Faisal bin Mutlaq al-Ajmi", P, ent="ajmi"),
    e("Levant", L),
    e("in the first quarter of next year", Q, speaker="ajmi"),
    e("the first quarter of next year", T, "2022-01/2022-03", inq=True),
    e("Jordan has carried a burden for the whole region. Our support for its water security is a "
      "long-term commitment, not a gesture,", Q, speaker="ajmi"),
    e("Jordan", G, inq=True),
    e("al-Ajmi", P, ent="ajmi"),
    e("Suha al-Zoubi", P, ent="zoubi"),
    e("University of Jordan", O),
    e("Azraq", L),
    e("Yarmouk River", L),
    e("the past decade", T, "PAST_REF"),
    e("Every summer we talk about emergency measures, and every winter we forget,", Q,
      speaker="zoubi"),
    e("Without serious investment in desalination on the Red Sea at Aqaba, the numbers will not "
      "add up by 2030.", Q, speaker="zoubi"),
    e("Red Sea", L, inq=True),
    e("Aqaba", G, inq=True),
    e("2030", T, "2030", inq=True),
]

# ---------------------------------------------------------------------------------------------
# BBC, Hemyock surgery (dct Tuesday 2023-02-21)
# ---------------------------------------------------------------------------------------------
HEM = "2023-02-21"
hemyock = [
    e("Hemyock", G),                                  # headline
    e("Rachel Penhaligon", P, ent="penhaligon"),
    e("BBC News", O),
    e("Devon", G),                                     # "BBC News, Devon"
    e("Devon", G, ctx="a "),
    e("stranded", Q, speaker=None),                   # patients, never named
    e("this spring", T, "2023-SP"),
    e("Blackdown Practice", O),
    e("Hemyock", G),
    e("31 May", T, "2023-05-31"),
    e("Cullompton", G),
    e("NHS Devon", O),
    e("Monday", T, wd_past(HEM, "Monday")),
    e("2021", T, "2021"),
    e("Margaret Sully", P, ent="sully"),
    e("Cullompton", G),
    # quotation over two paragraphs: one span per paragraph (7a)
    e("I've been going to that surgery since 1969. If I need a blood test now I'll have to give "
      "up a whole day for it, and I'm one of the lucky ones because my neighbour can sometimes "
      "take me.", Q, speaker="sully"),
    e("1969", T, "1969", inq=True),
    e("There are people up here in the Blackdown Hills who simply won't go, and that frightens "
      "me.", Q, speaker="sully"),
    e("Blackdown Hills", L, inq=True),
    e("Alun Treharne", P, ent="treharne"),
    e("last year", T, "2022"),
    e("We have advertised for a salaried GP four times in the past 18 months and had one "
      "applicant,", Q, speaker="treharne"),
    e("the past 18 months", T, "PAST_REF", inq=True),
    e("Running a rural surgery with one partner is not safe for patients and it is not safe for "
      "us.", Q, speaker="treharne"),
    e("Mid Devon District Council", O),
    e("Culm Valley", L),
    e("Liberal Democrat", N),
    e("Hazel Brimacombe", P, ent="brimacombe"),
    e("the latest blow", Q, speaker="brimacombe"),
    e("Devon", G),
    e("Somerset", G),
    e("Hemyock", G),
    e("2019", T, "2019"),
    e("We keep being told to build more homes in the villages, and at the same time every service "
      "is moving into the towns,", Q, speaker="brimacombe"),
    e("Conservative", N),
    e("Giles Ashworth-Reed", P, ent="ashworth"),
    e("Department of Health and Social Care", O),
    e("NHS Devon", O),
    e("March", T, "2023-03"),
    e("We understand this is unsettling news and we are committed to making sure no patient loses "
      "access to care,", Q, speaker=None),             # NHS Devon spokesperson, never named
    e("Royal Devon University Healthcare NHS Foundation Trust", O),
    e("Tiverton", G),
    e("Honiton", G),
    e("Culmstock", G),
    e("Exeter", G),
    e("next Tuesday", T, wd_next(HEM, "Tuesday")),
]

# ---------------------------------------------------------------------------------------------
# Independent.ie, Arranmore pier (dct Thursday 2018-04-26; straight single quotation marks)
# ---------------------------------------------------------------------------------------------
ARR = "2018-04-26"
arranmore = [
    e("Árainn Mhór", L),                              # headline
    e("slow death", Q, speaker=None),                 # islanders, no named speaker
    e("2020", T, "2020"),
    e("Síle Ní Bhraonáin", P, ent="nibhraonain"),     # byline
    e("Árainn Mhór", L),
    e("Co Donegal", G),
    e("Donegal County Council", O),
    e("Tuesday", T, wd_past(ARR, "Tuesday")),
    e("Leabgarrow", G),
    e("last September", T, "2017-09"),
    e("2020", T, "2020"),                             # "early 2020": narrowing word outside
    e("Burtonport", G),
    e("Rosses", L),
    e("the 1950s", T, "1950/1959"),
    e("Seosamh Ó Gallchobhair", P, ent="ogallchobhair"),
    e("Dáil", O),
    e("yesterday", T, "2018-04-25"),
    e("promised this pier for ten years", Q, speaker="ogallchobhair"),
    # two-paragraph quotation (first paragraph has no closing mark)
    e("Every winter the ferry cannot berth safely for days at a time. Children miss school in "
      "Dungloe, people miss hospital appointments in Letterkenny, and the lorries with the heating "
      "oil sit on the quay in Burtonport.", Q, speaker="ogallchobhair"),
    e("Dungloe", G, inq=True),
    e("Letterkenny", G, inq=True),
    e("Burtonport", G, inq=True),
    e("We are not asking for a favour. We are asking for the same pier that any town on the "
      "mainland would take for granted,", Q, speaker="ogallchobhair"),
    e("Fianna Fáil", O),
    e("House", O),
    e("Department of Rural and Community Development", O),
    e("Sinn Féin", O),
    e("Máire Ní Bhriain", P, ent="nibhriain"),
    e("Glenties Municipal District", G),
    e("left holding the bill", Q, speaker="nibhriain"),
    e("Government", O),
    e("The council put in its share in good faith in 2016. Now we're told the price has gone up "
      "and somebody has to find another million and a half. It won't be the islanders, I can tell "
      "you that,", Q, speaker="nibhriain"),
    e("2016", T, "2016", inq=True),
    e("Dónal Mac Aodha", P, ent="macaodha"),
    e("Christmas", T, "2017-12-25"),
    e("When the weather turns in November, you start counting the days until you can get off. "
      "That's no way to raise a family,", Q, speaker="macaodha"),
    e("Mac Aodha", P, ent="macaodha"),
    e("We have people in Glasgow and in Boston who would come home tomorrow if they thought there "
      "was a future here.", Q, speaker="macaodha"),
    e("Glasgow", G, inq=True),
    e("Boston", G, inq=True),
    e("tomorrow", T, "2018-04-27", inq=True),
    e("Árainn Mhór", L),
    e("Scottish", N),
    e("Scotland", G),
    e("Údarás na Gaeltachta", O),
    e("Mac Aodha", P, ent="macaodha"),
    e("Nóirín Uí Dhomhnaill", P, ent="uidhomhnaill"),
    e("this summer", T, "2018-SU"),
    e("last year", T, "2017"),
    e("Tourists ring me and the first question is about the ferry. What am I supposed to tell "
      "them?", Q, speaker="uidhomhnaill"),
    e("the end of June", T, "2018-06"),
]

# ---------------------------------------------------------------------------------------------
# NPR, Navajo wells (dct Wednesday 2017-02-08; emoji in a quoted post)
# ---------------------------------------------------------------------------------------------
NAV = "2017-02-08"
navajo = [
    e("Navajo", N),                                   # headline
    e("New Mexico", G),
    e("February 8, 2017", T, "2017-02-08"),
    e("Ben Ortega", P, ent="ortega"),
    e("Gallup", G),
    e("N.M.", G),
    e("Lorena Tsosie", P, ent="tsosie"),
    e("Navajo Nation", G),
    e("My grandmother drank from that well her whole life,", Q, speaker="tsosie"),
    e("Tsosie", P, ent="tsosie"),
    e("Nobody ever came to tell us whether it was safe. We just stopped trusting it.", Q,
      speaker="tsosie"),
    e("New Mexico Legislature", O),
    e("McKinley", G),
    e("Cibola", G),
    e("House Energy, Environment and Natural Resources Committee", O),
    e("Tuesday", T, wd_past(NAV, "Tuesday")),
    e("Democratic", N),
    e("Marlene Benally-Cruz", P, ent="benallycruz"),
    e("Mount Taylor", L),
    e("the 1950s into the 1980s", T, "1950/1989"),
    # two-paragraph quotation
    e("This is not a Navajo problem or a Republican problem or a Democratic problem.", Q,
      speaker="benallycruz"),
    e("Navajo", N, inq=True),
    e("Republican", N, inq=True),
    e("Democratic", N, inq=True),
    e("These mines fed the country's weapons program for decades. The least the state can do is "
      "tell families what is in their water,", Q, speaker="benallycruz"),
    e("Benally-Cruz", P, ent="benallycruz"),
    e("U.S. Environmental Protection Agency", O),
    e("Navajo", N),
    e("New Mexico", G),
    e("Arizona", G),
    e("Utah", G),
    e("EPA", O),
    e("San Francisco", G),
    e("supports efforts by states and tribes to expand well testing", Q, speaker=None),
    e("New Mexico", G),
    e("Navajo Nation Council", O),
    e("Jerome Nakai", P, ent="nakai"),
    e("We have families hauling water 30, 40 miles,", Q, speaker="nakai"),
    e("Nakai", P, ent="nakai"),
    e("The state takes tax money from this land. It can spend some of it on the people who live "
      "here.", Q, speaker="nakai"),
    e("Tsosie", P, ent="tsosie"),                     # "Tsosie's daughter" = Lorena
    e("Kayla", P, ent="kayla"),
    e("Last week", T, last_week(NAV)),
    e("Facebook", O),
    e("Another Saturday hauling water \U0001F4A7 Please call your legislators and tell them to "
      "pass HB 212 \U0001F64F", Q, speaker="kayla"),
    e("Saturday", T, wd_past(NAV, "Saturday"), inq=True),
    e("Santa Fe", G),
    e("Republican", N),
    e("Curtis Hollings", P, ent="hollings"),
    e("Washington", G),
    e("this year", T, "2017"),
    e("The federal government created this mess and the federal government should pay for it,",
      Q, speaker="hollings"),
    e("Hollings", P, ent="hollings"),
    e("Tuesday", T, wd_past(NAV, "Tuesday")),
    e("Esther Manuelito", P, ent="manuelito"),
    e("University of New Mexico", O),
    e("Diné", N),
    e("Puerco River", L),
    e("last summer", T, "2016-SU"),
    e("House Appropriations and Finance Committee", O),
    e("March 18", T, "2017-03-18"),
    e("Lorena Tsosie", P, ent="tsosie"),
    e("Santa Fe", G),
    e("I'll believe it when somebody knocks on my door with a test kit,", Q, speaker="tsosie"),
]

# ---------------------------------------------------------------------------------------------
# Premium Times, Ibadan flood (dct Tuesday 2022-10-11)
# ---------------------------------------------------------------------------------------------
IBA = "2022-10-11"
ibadan = [
    e("Oyo", G),                                      # headline "Oyo govt"
    e("Ibadan", G),
    e("Kehinde Adeyemo-Bakare", P, ent="adeyemo"),
    e("October 11, 2022", T, "2022-10-11"),
    e("Oyo State Government", O),
    e("Ibadan", G),
    e("Sunday", T, wd_past(IBA, "Sunday")),
    e("Ona", L),
    e("Ogunpa", L),
    e("Abiodun Oyelaran", P, ent="oyelaran"),
    e("Monday", T, wd_past(IBA, "Monday")),
    e("Ibadan North-West", G),
    e("Ibadan South-East", G),
    e("Ido", G),
    e("We are not waiting for anybody to die before we act. Those living directly on the flood "
      "plains must move, at least until the rains end,", Q, speaker="oyelaran"),
    e("Oyelaran", P, ent="oyelaran"),
    e("Sunday", T, wd_past(IBA, "Sunday")),           # "since Sunday night"
    e("National Emergency Management Agency", O),
    e("NEMA", O),
    e("Oyo State Emergency Management Agency", O),
    e("South-west", L),
    e("Sa'idu Garba Kurfi", P, ent="kurfi"),
    e("PREMIUM TIMES", O),
    e("Ibadan", G),
    e("the weekend", T, weekend_future(IBA)),
    e("Oyo is one of 18 states we flagged as high risk this year. The warnings were there, but "
      "people went back to building on waterways,", Q, speaker="kurfi"),
    e("Oyo", G, inq=True),
    e("this year", T, "2022", inq=True),
    e("Nigeria Hydrological Services Agency", O),
    e("NIHSA", O),
    e("May", T, "2022-05"),
    e("Ogun River", L),
    e("July and October", T, "2022-07/2022-10"),
    e("Apete", G),
    e("Ido", G),
    e("Rasheed Olaniyi", P, ent="olaniyi"),
    e("Ona", L),
    e("faster than anybody has seen since 2011", Q, speaker="olaniyi"),
    e("2011", T, "2011", inq=True),
    e("By midnight, the water was at the windows. We carried the children and the old people on "
      "our backs,", Q, speaker="olaniyi"),
    e("Some families lost everything they owned.", Q, speaker="olaniyi"),
    e("Ibadan North-West", G),
    e("Ngozi Ezeanyika", P, ent="ezeanyika"),
    e("Igbo", N),
    e("Sunday", T, wd_past(IBA, "Sunday")),           # "on Sunday evening"
    e("I took a loan of N500,000 only last month to restock for the Christmas season. Now "
      "everything is wet. Who will pay that loan?", Q, speaker="ezeanyika"),
    e("last month", T, "2022-09", inq=True),
    e("the Christmas season", T, "2022-12", inq=True),
    e("Hausa", N),
    e("Sabo", G),
    e("Chidinma Okafor-Eze", P, ent="okafor"),
    e("Lagos", G),
    e("Green Delta Initiative", O),
    e("Demolition without resettlement only moves the problem to another street. The poor will "
      "simply build on the next river,", Q, speaker="okafor"),
    e("Nigerian Meteorological Agency", O),
    e("NiMet", O),
    e("South-west", L),
    e("the next two weeks", T, "FUTURE_REF"),
]

# ---------------------------------------------------------------------------------------------
# Reuters, BaFin / Auvera (dct Thursday 2019-11-07)
# ---------------------------------------------------------------------------------------------
BAF = "2019-11-07"
bafin = [
    e("German", N),                                   # headline
    e("BaFin", O),
    e("Auvera", O),
    e("FRANKFURT", G),
    e("Nov 7", T, "2019-11-07"),
    e("Reuters", O),
    e("Germany", G),
    e("BaFin", O),
    e("Auvera Bank AG", O),
    e("Thursday", T, wd_past(BAF, "Thursday")),
    e("BaFin", O),
    e("Keller Brandt Treuhand", O),
    e("Frankfurt", G),
    e("Auvera", O),
    e("the end of March 2020", T, "2020-03"),
    e("Frankfurt Stock Exchange", O),
    e("June 2017", T, "2017-06"),
    e("Germany", G),
    e("Austria", G),
    e("Baltic", L),
    e("We take the findings very seriously and we have already begun to act on them,", Q,
      speaker="adamczyk"),
    e("Henrik Adamczyk", P, ent="adamczyk"),
    e("None of the issues BaFin raised concerns our retail customers, and their deposits are "
      "safe.", Q, speaker="adamczyk"),
    e("BaFin", O, inq=True),
    e("BaFin", O),
    e("identified deficiencies in customer due diligence and in the monitoring of transactions",
      Q, speaker=None),                               # BaFin spokeswoman, never named
    e("May and August", T, "2019-05/2019-08"),
    e("Vilnius", G),
    e("Lithuania", G),
    e("Latvia", G),
    e("the start of 2018", T, "2018"),
    e("Auvera", O),
    e("the next six months", T, "FUTURE_REF"),
    e("Frankfurt", G),
    e("Bank of Lithuania", O),
    e("Vilnius", G),
    e("German", N),
    e("Lithuanian", N),
    e("next year", T, "2020"),
    e("The business customer book was the growth story. Freezing it for five months at least "
      "takes the shine off the 2020 guidance,", Q, speaker="bruckner"),
    e("2020", T, "2020", inq=True),
    e("Anja Brückner", P, ent="bruckner"),
    e("Hellwig & Roth Securities", O),
    e("Auvera", O),
    e("last month", T, "2019-10"),
    e("third quarter", T, "2019-07/2019-09"),
    e("Thursday", T, wd_past(BAF, "Thursday")),
    e("Nov. 14", T, "2019-11-14"),
    e("Auvera", O),
    e("BaFin", O),
    e("Bundesbank", O),
    e("European Central Bank", O),
    e("German", N),
    e("Berlin", G),
    e("European", N),
    e("recent years", T, "PAST_REF"),
    e("Overall we remain supportive, but management has to show that this is a one-off and not a "
      "pattern,", Q, speaker="oehlenschlaeger"),
    e("Markus Oehlenschläger", P, ent="oehlenschlaeger"),
    e("Taunus Capital", O),
    e("Auvera", O),
    e("Tom Kessler", P, ent="kessler"),
    e("Ieva Rimkutė", P, ent="rimkute"),
    e("Vilnius", G),
    e("Kirsten Dowell", P, ent="dowell"),
]

# ---------------------------------------------------------------------------------------------
# Straits Times, Tampines paths (dct Thursday 2024-05-16; non-breaking spaces in measures)
# ---------------------------------------------------------------------------------------------
TAM = "2024-05-16"
tampines = [
    e("Tampines", G),                                 # headline
    e("2026", T, "2026"),
    e("Ng Jia Xuan", P, ent="ng"),
    e("May 16, 2024", T, "2024-05-16"),
    e("SINGAPORE", G),
    e("Tampines North", G),
    e("Tampines West", G),
    e("the end of 2026", T, "2026"),
    e("Land Transport Authority", O),
    e("LTA", O),
    e("May 15", T, "2024-05-15"),
    e("the third quarter of 2024", T, "2024-07/2024-09"),
    e("LTA", O),
    e("Sungei Tampines", L),
    e("Many residents told us they would cycle to the station if the route were sheltered and "
      "well lit. This project is a direct response to that feedback,", Q, speaker="sivakumar"),
    e("Sivakumar Rajendran", P, ent="sivakumar"),
    e("LTA", O),
    e("Ministry of Transport", O),
    e("March", T, "2024-03"),
    e("HDB", O),
    e("2030", T, "2030"),
    e("Punggol", G),
    e("Woodlands", G),
    e("Tampines Town Council", O),
    e("Siti Rohani Ismail", P, ent="siti"),
    e("last year", T, "2023"),
    e("We see elderly residents using tricycles and personal mobility aids, not just young people "
      "on bicycles,", Q, speaker="siti"),
    e("The racks have to work for all of them.", Q, speaker="siti"),
    e("Tay Boon Keng", P, ent="tay"),
    e("When it rains, the walk is not possible. I end up standing at the void deck for 20 "
      "minutes,", Q, speaker="tay"),
    e("Tay", P, ent="tay"),
    e("Nurul Aisyah Hamzah", P, ent="nurul"),
    e("Changi General Hospital", O),
    e("I sleep in the day after night shifts, so I hope the contractor will keep the noisy work to "
      "reasonable hours,", Q, speaker="nurul"),
    e("LTA", O),
    e("Ministry of National Development", O),
    e("2019", T, "2019"),
    e("Government", O),
    e("May 20 to June 2", T, "2024-05-20/2024-06-02"),
    e("the end of June", T, "2024-06"),
]

# ---------------------------------------------------------------------------------------------
# Wikinews, Tyrol landslide (dct Wednesday 2016-09-14)
# ---------------------------------------------------------------------------------------------
TYR = "2016-09-14"
tyrol = [
    e("Sanna", L),                                    # headline
    e("Tyrol", G),
    e("Pians", G),
    e("Wednesday, September 14, 2016", T, "2016-09-14"),
    e("Austrian", N),
    e("Pians", G),
    e("Monday", T, wd_past(TYR, "Monday")),           # "Monday evening"
    e("Sanna", L),
    e("Landeck", G),
    e("Tyrol", G),
    e("Stanzer Valley", L),
    e("September 12", T, "2016-09-12"),
    e("Lechtal Alps", L),
    e("Bernhard Tauscher", P, ent="tauscher"),
    e("Tyrolean", N),
    e("Landeck", G),
    e("Tuesday", T, wd_past(TYR, "Tuesday")),
    e("at least until the weekend", Q, speaker="tauscher"),
    e("the weekend", T, weekend_future(TYR), inq=True),
    e("Austrian Armed Forces", O),
    e("Tyrolean Red Cross", O),
    e("We are not going to take any risks with people's lives. The water behind the dam has to go "
      "down in a controlled way before anyone goes home,", Q, speaker="tauscher"),
    e("Tauscher", P, ent="tauscher"),
    e("Pians", G),
    e("Veit Hammerle", P, ent="hammerle"),
    e("Landeck", G),
    e("German", N),
    e("Dutch", N),
    e("Innsbruck", G),
    e("People here remember the summer of 2005, when the Sanna and the Trisanna came over their "
      "banks and took bridges with them,", Q, speaker="hammerle"),
    e("the summer of 2005", T, "2005-SU", inq=True),
    e("Sanna", L, inq=True),
    e("Trisanna", L, inq=True),
    e("Hammerle", P, ent="hammerle"),
    e("Nobody complained about leaving. They packed a bag and went.", Q, speaker="hammerle"),
    e("Martina Zangerl-Fuchs", P, ent="zangerl"),
    e("University of Innsbruck", O),
    e("Tuesday", T, wd_past(TYR, "Tuesday")),         # "Tuesday morning"
    e("August", T, "2016-08"),                        # "early August": narrowing word outside
    e("Zangerl-Fuchs", P, ent="zangerl"),
    e("last winter", T, "2015-WI"),
    e("The rain of the past week simply pushed a slope that was already unstable over the edge,",
      Q, speaker="zangerl"),
    e("the past week", T, "PAST_REF", inq=True),
    e("What worries us now is not the dam itself but the material that is still hanging above it. "
      "That could come down as well if the weather turns again.", Q, speaker="zangerl"),
    e("Austria", G),
    e("Central Institute for Meteorology and Geodynamics", O),
    e("ZAMG", O),
    e("Thursday and Friday", T, wd_range_future(TYR, "Thursday", "Friday")),
    e("Sunday", T, wd_future(TYR, "Sunday")),
    e("Austrian Federal Railways", O),
    e("ÖBB", O),
    e("Landeck", G),
    e("St. Anton", G),
    e("Monday", T, wd_past(TYR, "Monday")),           # "Monday night"
    e("the end of the month", T, "2016-09"),
    e("Vienna", G),
    e("Switzerland", G),
    e("German", N),
    e("Bavaria", G),
    e("the week", T, this_week(TYR)),                 # "later in the week"
    # Sources list: article titles in quotation marks are titles, not QUOTEs (7a)
    e("Lukas Prantl", P, ent="prantl"),
    e("Pians", G),
    e("Inntaler Rundschau", O),
    e("September 13, 2016", T, "2016-09-13"),
    e("Claudia Wechner", P, ent="wechner"),
    e("Austria", G),
    e("Alpine Press Service", O),
    e("September 13, 2016", T, "2016-09-13"),
    e("Johanna Ladner", P, ent="ladner"),
    e("Sanna", L),
    e("Oberland Nachrichten", O),
    e("September 14, 2016", T, "2016-09-14"),
]

DOCS = {
    "holdout20-aljazeera-jordan-water": (JOR, jordan),
    "holdout20-bbc-hemyock-surgery": (HEM, hemyock),
    "holdout20-independent-arranmore-pier": (ARR, arranmore),
    "holdout20-npr-navajo-wells": (NAV, navajo),
    "holdout20-premiumtimes-ibadan-flood": (IBA, ibadan),
    "holdout20-reuters-bafin-auvera": (BAF, bafin),
    "holdout20-straitstimes-tampines-paths": (TAM, tampines),
    "holdout20-wikinews-tyrol-landslide": (TYR, tyrol),
}

LABELS = {P, O, G, L, N, T, Q}
OPEN_MARKS = {'"', "'", "\u201c", "\u2018"}
CLOSE_MARKS = {'"', "'", "\u201d", "\u2019"}
import re
VALUE_RE = re.compile(
    r"^(PAST_REF|PRESENT_REF|FUTURE_REF|"
    r"(\d{4}(-\d{2}(-\d{2})?|-(SP|SU|FA|WI))?)(/\d{4}(-\d{2}(-\d{2})?|-(SP|SU|FA|WI))?)?)$")


def fail(msg):
    print("ERROR:", msg)
    sys.exit(1)


def is_word(c):
    return c.isalnum()


def build_doc(doc_id, text, entries):
    spans = []          # dicts with internal keys
    cursor = 0
    open_quote = None   # (start, end) of the last QUOTE
    for i, (surface, label, value, opt) in enumerate(entries):
        if label not in LABELS:
            fail(f"{doc_id}: bad label {label}")
        unknown = set(opt) - {"ctx", "ent", "speaker", "inq"}
        if unknown:
            fail(f"{doc_id}: unknown options {unknown}")
        inq = opt.get("inq", False)
        if open_quote and not inq:
            cursor = max(cursor, open_quote[1])
        ctx = opt.get("ctx", "")
        pos = text.find(ctx + surface, cursor)
        if pos < 0:
            fail(f"{doc_id}: entry {i} {surface!r} (ctx {ctx!r}) not found after {cursor}")
        start = pos + len(ctx)
        end = start + len(surface)
        assert text[start:end] == surface
        if surface != surface.strip():
            fail(f"{doc_id}: whitespace at edge of {surface!r}")
        if label != Q:
            # entity/date spans must sit on word boundaries
            if start > 0 and is_word(text[start - 1]) and is_word(surface[0]):
                fail(f"{doc_id}: {surface!r} at {start} starts inside a word")
            if end < len(text) and is_word(text[end]) and is_word(surface[-1]):
                fail(f"{doc_id}: {surface!r} at {start} ends inside a word")
            if surface[-1] in ",;:" or surface[0] in "\"'(":
                fail(f"{doc_id}: punctuation at edge of {surface!r}")
        if inq:
            if not open_quote or not (open_quote[0] <= start and end <= open_quote[1]):
                fail(f"{doc_id}: {surface!r} marked inq but not inside the last QUOTE")
        elif open_quote and start < open_quote[1]:
            fail(f"{doc_id}: {surface!r} lies inside a QUOTE but is not marked inq")
        if label == T:
            if value is None or not VALUE_RE.match(value):
                fail(f"{doc_id}: DATE {surface!r} has bad value {value!r}")
        elif value is not None:
            fail(f"{doc_id}: value on non-DATE {surface!r}")
        if label == P and "ent" not in opt:
            fail(f"{doc_id}: PERSON {surface!r} without ent")
        if label == Q:
            if "speaker" not in opt:
                fail(f"{doc_id}: QUOTE {surface[:30]!r} without speaker option")
            before = text[start - 1] if start > 0 else ""
            after = text[end] if end < len(text) else ""
            if before not in OPEN_MARKS:
                fail(f"{doc_id}: QUOTE at {start} not preceded by a quotation mark")
            # closing mark, or end of paragraph for a non-final paragraph of a long quotation
            if after not in CLOSE_MARKS and after not in ("\n", "\r"):
                fail(f"{doc_id}: QUOTE at {start} not followed by a mark or paragraph end")
            open_quote = (start, end)
            cursor = start
        else:
            cursor = end
        sp = {"start": start, "end": end, "label": label, "text": surface}
        if label == T:
            sp["value"] = value
        sp["_opt"] = opt
        spans.append(sp)

    spans.sort(key=lambda s: (s["start"], -s["end"]))
    for k, sp in enumerate(spans, 1):
        sp["id"] = f"{doc_id.split('-', 1)[1].split('-')[0]}-{k}"
    ids = [s["id"] for s in spans]
    if len(ids) != len(set(ids)):
        fail(f"{doc_id}: duplicate ids")

    # overlap check: only entity/DATE spans inside a QUOTE may overlap
    for a in range(len(spans)):
        for b in range(a + 1, len(spans)):
            x, y = spans[a], spans[b]
            if x["start"] < y["end"] and y["start"] < x["end"]:
                inside = (x["label"] == Q and y["label"] != Q
                          and x["start"] <= y["start"] and y["end"] <= x["end"])
                inside |= (y["label"] == Q and x["label"] != Q
                           and y["start"] <= x["start"] and x["end"] <= y["end"])
                if not inside:
                    fail(f"{doc_id}: overlapping spans {x['text']!r} and {y['text']!r}")

    # said_by: nearest PERSON mention of the speaker by character distance
    persons = [s for s in spans if s["label"] == P]
    relations = []
    unlinked = []
    for q in spans:
        if q["label"] != Q:
            continue
        key = q["_opt"]["speaker"]
        if key is None:
            unlinked.append(q)
            continue
        cands = [p for p in persons if p["_opt"]["ent"] == key]
        if not cands:
            fail(f"{doc_id}: no PERSON mention for speaker {key}")

        def dist(p):
            if p["end"] <= q["start"]:
                return q["start"] - p["end"]
            if p["start"] >= q["end"]:
                return p["start"] - q["end"]
            return 0
        best = min(cands, key=lambda p: (dist(p), p["start"]))
        ties = [p for p in cands if dist(p) == dist(best)]
        if len(ties) > 1:
            print(f"  WARNING {doc_id}: tie for nearest {key} mention")
        q["_to"] = (best, dist(best))
        relations.append({"from": q["id"], "to": best["id"], "type": "said_by"})

    # final validation of relations
    byid = {s["id"]: s for s in spans}
    for r in relations:
        if byid[r["from"]]["label"] != Q or byid[r["to"]]["label"] != P:
            fail(f"{doc_id}: bad relation {r}")
    if len({r["from"] for r in relations}) != len(relations):
        fail(f"{doc_id}: a QUOTE has two said_by relations")

    out_spans = []
    for s in spans:
        o = {"id": s["id"], "start": s["start"], "end": s["end"], "label": s["label"],
             "text": s["text"]}
        if s["label"] == T:
            o["value"] = s["value"]
        assert text[o["start"]:o["end"]] == o["text"]
        out_spans.append(o)
    return {"doc_id": doc_id, "spans": out_spans, "relations": relations}, spans, unlinked


def main():
    manifest = {}
    with open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                m = json.loads(line)
                manifest[m["doc_id"]] = m
    if set(manifest) != set(DOCS):
        fail("documents in manifest and in build.py differ")
    out = []
    totals = {}
    nrel = 0
    for doc_id in sorted(DOCS):
        dct, entries = DOCS[doc_id]
        m = manifest[doc_id]
        if m["dct"] != dct:
            fail(f"{doc_id}: dct {dct} != manifest {m['dct']}")
        path = os.path.join(CORPUS, m["file"])
        raw = open(path, "rb").read()
        if hashlib.sha256(raw).hexdigest() != m["sha256"]:
            fail(f"{doc_id}: sha256 mismatch")
        text = open(path, encoding="utf-8", newline="").read()
        doc, spans, unlinked = build_doc(doc_id, text, entries)
        out.append(doc)
        counts = {}
        for s in doc["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
            totals[s["label"]] = totals.get(s["label"], 0) + 1
        nrel += len(doc["relations"])
        print(f"== {doc_id} (dct {dct}, {len(text)} chars) {counts} said_by={len(doc['relations'])}")
        if "-v" in sys.argv:
            for s in spans:
                extra = ""
                if s["label"] == T:
                    extra = " = " + s["value"]
                if s["label"] == Q:
                    if "_to" in s:
                        p, d = s["_to"]
                        extra = f" -> {p['id']} {p['text']!r} (dist {d})"
                    else:
                        extra = " -> (no said_by: speaker never named)"
                t = s["text"] if len(s["text"]) < 60 else s["text"][:57] + "..."
                print(f"  {s['id']:>14} {s['start']:5}-{s['end']:<5} {s['label']:6} {t!r}{extra}")
    outpath = os.path.join(HERE, "annotation.jsonl")
    with open(outpath, "w", encoding="utf-8", newline="\n") as f:
        for doc in out:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print("totals", dict(sorted(totals.items())), "spans", sum(totals.values()), "said_by", nrel)
    print("wrote", outpath)


if __name__ == "__main__":
    main()
