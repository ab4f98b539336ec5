#!/usr/bin/env python3
"""Hand annotation of the eight holdout20 articles (one independent pass).

Every entry below was chosen by reading the article; nothing here is produced by an NLP tool.
Entry: (surface, label, DATE value or None, options)
  options:  ctx  - left context that must immediately precede the surface (disambiguation)
            who  - PERSON: key of the real person the mention names
            by   - QUOTE: key of the speaker (None = speaker never named -> no said_by)
The script finds each surface with a forward-moving cursor, checks the spans and writes
annotation.jsonl next to itself.  said_by goes to the nearest PERSON mention (character
distance, before or after, mentions inside other quotes included) whose `who` is the speaker.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")

LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "QUOTE"}
VALUE_RE = re.compile(
    r"^(PAST_REF|PRESENT_REF|FUTURE_REF|"
    r"(\d{4}(-\d{2}(-\d{2})?|-(SP|SU|FA|WI))?)(/\d{4}(-\d{2}(-\d{2})?|-(SP|SU|FA|WI))?)?)$"
)


def P(s, who, **kw):
    return (s, "PERSON", None, dict(kw, who=who))


def Q(s, by, **kw):
    return (s, "QUOTE", None, dict(kw, by=by))


def D(s, value, **kw):
    return (s, "DATE", value, kw)


def E(s, label, **kw):
    return (s, label, None, kw)


DOCS = {}

# ---------------------------------------------------------------- Al Jazeera, dct 2021-08-03 (Tue), CRLF
DOCS["holdout20-aljazeera-jordan-water"] = [
    E("Jordan", "GPE"),
    E("Syrian", "NORP"),
    E("Mafraq", "GPE"),
    P("Dana Suleiman", "suleiman"),
    D("3 Aug 2021", "2021-08-03"),
    E("Amman", "GPE"),
    E("Jordan", "GPE"),
    E("Jordan", "GPE"),
    D("this summer", "2021-SU"),
    D("Monday", "2021-08-02"),
    E("Amman", "GPE"),
    E("Zarqa", "GPE"),
    E("Ministry of Water and Irrigation", "ORG"),
    Q("We are managing a deficit, not a failure of the network. There is simply not enough water in the system,", "shboul"),
    P("Hani al-Shboul", "shboul"),
    E("Al Jazeera", "ORG"),
    D("the 2020-21 season", "2020/2021"),
    E("Zarqa River", "LOC"),
    D("the end of June", "2021-06"),
    E("Syrians", "NORP"),
    E("Mafraq", "GPE"),
    E("UNICEF", "ORG"),
    E("Jordanian", "NORP"),
    D("Sunday", "2021-08-01"),
    D("mid-July", "2021-07"),
    Q("Families are choosing between drinking, cooking and washing,", "haddadin"),
    P("Lina Haddadin", "haddadin"),
    E("UN", "ORG"),
    E("Amman", "GPE"),
    Q("When temperatures are above 40 degrees, that is a dangerous choice, especially for small children.", "haddadin"),
    P("Mahmoud al-Hariri", "hariri"),
    E("Deraa", "GPE"),
    D("the spring", "2021-SP"),
    Q("In Syria we had a well next to the house. Here I count every litre,", "hariri"),
    E("Syria", "GPE"),
    Q("My wife wakes up at four in the morning when the truck comes, because if she is late, the tank is empty.", "hariri"),
    E("UN", "ORG"),
    E("UNHCR", "ORG"),
    E("Jordan", "GPE"),
    D("2021", "2021"),
    D("the end of July", "2021-07"),
    D("Last week", "2021-07-26/2021-08-01"),
    E("Kuwait Fund for Arab Economic Development", "ORG"),
    E("Disi aquifer", "LOC"),
    P("Faisal bin Mutlaq al-Ajmi", "ajmi"),
    E("Levant", "LOC"),
    Q("in the first quarter of next year", "ajmi"),
    D("the first quarter of next year", "2022-01/2022-03"),
    Q("Jordan has carried a burden for the whole region. Our support for its water security is a long-term commitment, not a gesture,", "ajmi"),
    E("Jordan", "GPE"),
    P("al-Ajmi", "ajmi"),
    P("Suha al-Zoubi", "zoubi"),
    E("University of Jordan", "ORG"),
    E("Azraq basin", "LOC"),
    E("Yarmouk River", "LOC"),
    D("the past decade", "PAST_REF"),
    Q("Every summer we talk about emergency measures, and every winter we forget,", "zoubi"),
    Q("Without serious investment in desalination on the Red Sea at Aqaba, the numbers will not add up by 2030.", "zoubi"),
    E("Red Sea", "LOC"),
    E("Aqaba", "GPE"),
    D("2030", "2030"),
]

# ---------------------------------------------------------------- BBC, dct 2023-02-21 (Tue)
DOCS["holdout20-bbc-hemyock-surgery"] = [
    E("Hemyock", "GPE"),
    P("Rachel Penhaligon", "penhaligon"),
    E("BBC News", "ORG"),
    E("Devon", "GPE"),
    E("Devon", "GPE"),
    Q("stranded", None),
    D("this spring", "2023-SP"),
    E("Blackdown Practice", "ORG"),
    E("Hemyock", "GPE"),
    D("31 May", "2023-05-31"),
    E("Cullompton", "GPE"),
    E("NHS Devon", "ORG"),
    D("Monday", "2023-02-20"),
    D("2021", "2021"),
    P("Margaret Sully", "sully"),
    E("Cullompton", "GPE"),
    Q("I've been going to that surgery since 1969. If I need a blood test now I'll have to give up a whole day for it, and I'm one of the lucky ones because my neighbour can sometimes take me.", "sully"),
    D("1969", "1969"),
    Q("There are people up here in the Blackdown Hills who simply won't go, and that frightens me.", "sully"),
    E("Blackdown Hills", "LOC"),
    P("Alun Treharne", "treharne"),
    D("last year", "2022"),
    Q("We have advertised for a salaried GP four times in the past 18 months and had one applicant,", "treharne"),
    D("the past 18 months", "PAST_REF"),
    Q("Running a rural surgery with one partner is not safe for patients and it is not safe for us.", "treharne"),
    E("Mid Devon District Council", "ORG"),
    E("Culm Valley", "LOC"),
    E("Liberal Democrat", "NORP"),
    P("Hazel Brimacombe", "brimacombe"),
    Q("the latest blow", "brimacombe"),
    E("Devon", "GPE"),
    E("Somerset", "GPE"),
    E("Hemyock", "GPE"),
    D("2019", "2019"),
    Q("We keep being told to build more homes in the villages, and at the same time every service is moving into the towns,", "brimacombe"),
    E("Conservative", "NORP"),
    P("Giles Ashworth-Reed", "ashworth-reed"),
    E("Department of Health and Social Care", "ORG"),
    E("NHS Devon", "ORG"),
    D("March", "2023-03"),
    Q("We understand this is unsettling news and we are committed to making sure no patient loses access to care,", None),
    E("Royal Devon University Healthcare NHS Foundation Trust", "ORG"),
    E("Tiverton", "GPE"),
    E("Honiton", "GPE"),
    E("Culmstock", "GPE"),
    E("Exeter", "GPE"),
    D("next Tuesday", "2023-02-28"),
]

# ---------------------------------------------------------------- Independent, dct 2018-04-26 (Thu)
DOCS["holdout20-independent-arranmore-pier"] = [
    E("Árainn Mhór", "LOC"),
    Q("slow death", None),
    D("2020", "2020"),
    P("Síle Ní Bhraonáin", "bhraonain"),
    E("Árainn Mhór", "LOC"),
    E("Co Donegal", "GPE"),
    E("Donegal County Council", "ORG"),
    D("Tuesday", "2018-04-24"),
    E("Leabgarrow", "GPE"),
    D("last September", "2017-09"),
    D("2020", "2020", ctx="early "),
    E("Burtonport", "GPE"),
    E("Rosses", "LOC"),
    D("the 1950s", "1950/1959"),
    P("Seosamh Ó Gallchobhair", "gallchobhair"),
    E("Dáil", "ORG"),
    D("yesterday", "2018-04-25"),
    Q("promised this pier for ten years", "gallchobhair"),
    Q("Every winter the ferry cannot berth safely for days at a time. Children miss school in Dungloe, people miss hospital appointments in Letterkenny, and the lorries with the heating oil sit on the quay in Burtonport.", "gallchobhair"),
    E("Dungloe", "GPE"),
    E("Letterkenny", "GPE"),
    E("Burtonport", "GPE"),
    Q("We are not asking for a favour. We are asking for the same pier that any town on the mainland would take for granted,", "gallchobhair"),
    E("Fianna Fáil", "ORG"),
    E("House", "ORG", ctx="told the "),
    E("Department of Rural and Community Development", "ORG"),
    E("Sinn Féin", "ORG"),
    P("Máire Ní Bhriain", "bhriain"),
    E("Glenties Municipal District", "GPE"),
    Q("left holding the bill", "bhriain"),
    E("Government", "ORG"),
    Q("The council put in its share in good faith in 2016. Now we're told the price has gone up and somebody has to find another million and a half. It won't be the islanders, I can tell you that,", "bhriain"),
    D("2016", "2016"),
    P("Dónal Mac Aodha", "macaodha"),
    D("Christmas", "2017-12-25"),
    Q("When the weather turns in November, you start counting the days until you can get off. That's no way to raise a family,", "macaodha"),
    P("Mac Aodha", "macaodha"),
    Q("We have people in Glasgow and in Boston who would come home tomorrow if they thought there was a future here.", "macaodha"),
    E("Glasgow", "GPE"),
    E("Boston", "GPE"),
    D("tomorrow", "2018-04-27"),
    E("Árainn Mhór", "LOC"),
    E("Scottish", "NORP"),
    E("Scotland", "GPE"),
    E("Údarás na Gaeltachta", "ORG"),
    P("Mac Aodha", "macaodha"),
    P("Nóirín Uí Dhomhnaill", "uidhomhnaill"),
    D("this summer", "2018-SU"),
    D("last year", "2017"),
    Q("Tourists ring me and the first question is about the ferry. What am I supposed to tell them?", "uidhomhnaill"),
    D("the end of June", "2018-06"),
]

# ---------------------------------------------------------------- NPR, dct 2017-02-08 (Wed), emoji
DOCS["holdout20-npr-navajo-wells"] = [
    E("Navajo", "NORP"),
    E("New Mexico", "GPE"),
    D("February 8, 2017", "2017-02-08"),
    P("Ben Ortega", "ortega"),
    E("Gallup", "GPE"),
    E("N.M.", "GPE"),
    P("Lorena Tsosie", "lorena"),
    E("Navajo Nation", "GPE"),
    Q("My grandmother drank from that well her whole life,", "lorena"),
    P("Tsosie", "lorena"),
    Q("Nobody ever came to tell us whether it was safe. We just stopped trusting it.", "lorena"),
    E("New Mexico Legislature", "ORG"),
    E("McKinley", "GPE"),
    E("Cibola", "GPE"),
    E("House Energy, Environment and Natural Resources Committee", "ORG"),
    D("Tuesday", "2017-02-07"),
    E("Democratic", "NORP"),
    P("Marlene Benally-Cruz", "benally"),
    E("Mount Taylor", "LOC"),
    D("the 1950s into the 1980s", "1950/1989"),
    Q("This is not a Navajo problem or a Republican problem or a Democratic problem.", "benally"),
    E("Navajo", "NORP"),
    E("Republican", "NORP"),
    E("Democratic", "NORP"),
    Q("These mines fed the country's weapons program for decades. The least the state can do is tell families what is in their water,", "benally"),
    P("Benally-Cruz", "benally"),
    E("U.S. Environmental Protection Agency", "ORG"),
    E("Navajo", "NORP"),
    E("New Mexico", "GPE"),
    E("Arizona", "GPE"),
    E("Utah", "GPE"),
    E("EPA", "ORG"),
    E("San Francisco", "GPE"),
    Q("supports efforts by states and tribes to expand well testing", None),
    E("New Mexico", "GPE"),
    E("Navajo Nation Council", "ORG"),
    P("Jerome Nakai", "nakai"),
    Q("We have families hauling water 30, 40 miles,", "nakai"),
    P("Nakai", "nakai"),
    Q("The state takes tax money from this land. It can spend some of it on the people who live here.", "nakai"),
    P("Tsosie", "lorena"),
    P("Kayla", "kayla"),
    D("Last week", "2017-01-30/2017-02-05"),
    E("Facebook", "ORG"),
    Q("Another Saturday hauling water \U0001F4A7 Please call your legislators and tell them to pass HB 212 \U0001F64F", "kayla"),
    D("Saturday", "2017-02-04"),
    E("Santa Fe", "GPE"),
    E("Republican", "NORP"),
    P("Curtis Hollings", "hollings"),
    E("Washington", "GPE"),
    D("this year", "2017"),
    Q("The federal government created this mess and the federal government should pay for it,", "hollings"),
    P("Hollings", "hollings"),
    D("Tuesday", "2017-02-07"),
    P("Esther Manuelito", "manuelito"),
    E("University of New Mexico", "ORG"),
    E("Diné", "NORP"),
    E("Puerco River", "LOC"),
    D("last summer", "2016-SU"),
    E("House Appropriations and Finance Committee", "ORG"),
    D("March 18", "2017-03-18"),
    P("Lorena Tsosie", "lorena"),
    E("Santa Fe", "GPE"),
    Q("I'll believe it when somebody knocks on my door with a test kit,", "lorena"),
]

# ---------------------------------------------------------------- Premium Times, dct 2022-10-11 (Tue)
DOCS["holdout20-premiumtimes-ibadan-flood"] = [
    E("Oyo", "GPE"),
    E("Ibadan", "GPE"),
    P("Kehinde Adeyemo-Bakare", "adeyemo"),
    D("October 11, 2022", "2022-10-11"),
    E("Oyo State Government", "ORG"),
    E("Ibadan", "GPE"),
    D("Sunday", "2022-10-09"),
    E("Ona", "LOC"),
    E("Ogunpa", "LOC"),
    P("Abiodun Oyelaran", "oyelaran"),
    D("Monday", "2022-10-10"),
    E("Ibadan North-West", "GPE"),
    E("Ibadan South-East", "GPE"),
    E("Ido", "GPE"),
    Q("We are not waiting for anybody to die before we act. Those living directly on the flood plains must move, at least until the rains end,", "oyelaran"),
    P("Oyelaran", "oyelaran"),
    D("Sunday", "2022-10-09"),
    E("National Emergency Management Agency", "ORG"),
    E("NEMA", "ORG"),
    E("Oyo State Emergency Management Agency", "ORG"),
    E("South-west", "LOC"),
    P("Sa'idu Garba Kurfi", "kurfi"),
    E("PREMIUM TIMES", "ORG"),
    E("Ibadan", "GPE"),
    D("the weekend", "2022-10-15/2022-10-16"),
    Q("Oyo is one of 18 states we flagged as high risk this year. The warnings were there, but people went back to building on waterways,", "kurfi"),
    E("Oyo", "GPE"),
    D("this year", "2022"),
    E("Nigeria Hydrological Services Agency", "ORG"),
    E("NIHSA", "ORG"),
    D("May", "2022-05"),
    E("Ogun River basin", "LOC"),
    D("July and October", "2022-07/2022-10"),
    E("Apete", "GPE"),
    E("Ido", "GPE"),
    P("Rasheed Olaniyi", "olaniyi"),
    E("Ona", "LOC"),
    Q("faster than anybody has seen since 2011", "olaniyi"),
    D("2011", "2011"),
    Q("By midnight, the water was at the windows. We carried the children and the old people on our backs,", "olaniyi"),
    Q("Some families lost everything they owned.", "olaniyi"),
    E("Ibadan North-West", "GPE"),
    P("Ngozi Ezeanyika", "ezeanyika"),
    E("Igbo", "NORP"),
    D("Sunday", "2022-10-09"),
    Q("I took a loan of N500,000 only last month to restock for the Christmas season. Now everything is wet. Who will pay that loan?", "ezeanyika"),
    D("last month", "2022-09"),
    D("the Christmas season", "2022-12"),
    E("Hausa", "NORP"),
    E("Sabo", "GPE"),
    P("Chidinma Okafor-Eze", "okafor"),
    E("Lagos", "GPE"),
    E("Green Delta Initiative", "ORG"),
    Q("Demolition without resettlement only moves the problem to another street. The poor will simply build on the next river,", "okafor"),
    E("Nigerian Meteorological Agency", "ORG"),
    E("NiMet", "ORG"),
    E("South-west", "LOC"),
    D("the next two weeks", "FUTURE_REF"),
]

# ---------------------------------------------------------------- Reuters, dct 2019-11-07 (Thu)
DOCS["holdout20-reuters-bafin-auvera"] = [
    E("German", "NORP"),
    E("BaFin", "ORG"),
    E("Auvera", "ORG"),
    E("FRANKFURT", "GPE"),
    D("Nov 7", "2019-11-07"),
    E("Reuters", "ORG"),
    E("Germany", "GPE"),
    E("BaFin", "ORG"),
    E("Auvera Bank AG", "ORG"),
    D("Thursday", "2019-11-07"),
    E("BaFin", "ORG"),
    E("Keller Brandt Treuhand", "ORG"),
    E("Frankfurt", "GPE"),
    E("Auvera", "ORG"),
    D("the end of March 2020", "2020-03"),
    E("Frankfurt Stock Exchange", "ORG"),
    D("June 2017", "2017-06"),
    E("Germany", "GPE"),
    E("Austria", "GPE"),
    E("Baltic", "LOC"),
    Q("We take the findings very seriously and we have already begun to act on them,", "adamczyk"),
    P("Henrik Adamczyk", "adamczyk"),
    Q("None of the issues BaFin raised concerns our retail customers, and their deposits are safe.", "adamczyk"),
    E("BaFin", "ORG"),
    E("BaFin", "ORG"),
    Q("identified deficiencies in customer due diligence and in the monitoring of transactions", None),
    D("May and August", "2019-05/2019-08"),
    E("Vilnius", "GPE"),
    E("Lithuania", "GPE"),
    E("Latvia", "GPE"),
    D("the start of 2018", "2018"),
    E("Auvera", "ORG"),
    D("the next six months", "FUTURE_REF"),
    E("Frankfurt", "GPE"),
    E("Bank of Lithuania", "ORG"),
    E("Vilnius", "GPE"),
    E("German", "NORP"),
    E("Lithuanian", "NORP"),
    D("next year", "2020"),
    Q("The business customer book was the growth story. Freezing it for five months at least takes the shine off the 2020 guidance,", "bruckner"),
    D("2020", "2020"),
    P("Anja Brückner", "bruckner"),
    E("Hellwig & Roth Securities", "ORG"),
    E("Auvera", "ORG"),
    D("last month", "2019-10"),
    D("third quarter", "2019-07/2019-09"),
    D("Thursday", "2019-11-07"),
    D("Nov. 14", "2019-11-14"),
    E("Auvera", "ORG"),
    E("BaFin", "ORG"),
    E("Bundesbank", "ORG"),
    E("European Central Bank", "ORG"),
    E("euro zone", "LOC"),
    E("German", "NORP"),
    E("Berlin", "GPE"),
    E("European", "NORP"),
    D("recent years", "PAST_REF"),
    Q("Overall we remain supportive, but management has to show that this is a one-off and not a pattern,", "oehlenschlaeger"),
    P("Markus Oehlenschläger", "oehlenschlaeger"),
    E("Taunus Capital", "ORG"),
    E("Auvera", "ORG"),
    P("Tom Kessler", "kessler"),
    P("Ieva Rimkutė", "rimkute"),
    E("Vilnius", "GPE"),
    P("Kirsten Dowell", "dowell"),
]

# ---------------------------------------------------------------- Straits Times, dct 2024-05-16 (Thu), NBSP
DOCS["holdout20-straitstimes-tampines-paths"] = [
    E("Tampines", "GPE"),
    D("2026", "2026"),
    P("Ng Jia Xuan", "ng"),
    D("May 16, 2024", "2024-05-16"),
    E("SINGAPORE", "GPE"),
    E("Tampines North", "GPE"),
    E("Tampines West", "GPE"),
    D("the end of 2026", "2026"),
    E("Land Transport Authority", "ORG"),
    E("LTA", "ORG"),
    D("May 15", "2024-05-15"),
    D("the third quarter of 2024", "2024-07/2024-09"),
    E("LTA", "ORG"),
    E("Sungei Tampines", "LOC"),
    Q("Many residents told us they would cycle to the station if the route were sheltered and well lit. This project is a direct response to that feedback,", "rajendran"),
    P("Sivakumar Rajendran", "rajendran"),
    E("LTA", "ORG"),
    E("Ministry of Transport", "ORG"),
    D("March", "2024-03"),
    E("HDB", "ORG"),
    D("2030", "2030"),
    E("Punggol", "GPE"),
    E("Woodlands", "GPE"),
    E("Tampines Town Council", "ORG"),
    P("Siti Rohani Ismail", "siti"),
    D("last year", "2023"),
    Q("We see elderly residents using tricycles and personal mobility aids, not just young people on bicycles,", "siti"),
    Q("The racks have to work for all of them.", "siti"),
    P("Tay Boon Keng", "tay"),
    Q("When it rains, the walk is not possible. I end up standing at the void deck for 20 minutes,", "tay"),
    P("Tay", "tay"),
    P("Nurul Aisyah Hamzah", "nurul"),
    E("Changi General Hospital", "ORG"),
    Q("I sleep in the day after night shifts, so I hope the contractor will keep the noisy work to reasonable hours,", "nurul"),
    E("LTA", "ORG"),
    E("Ministry of National Development", "ORG"),
    D("2019", "2019"),
    E("Government", "ORG"),
    D("May 20 to June 2", "2024-05-20/2024-06-02"),
    D("the end of June", "2024-06"),
]

# ---------------------------------------------------------------- Wikinews, dct 2016-09-14 (Wed)
DOCS["holdout20-wikinews-tyrol-landslide"] = [
    E("Sanna", "LOC"),
    E("Tyrol", "GPE"),
    E("Pians", "GPE"),
    D("Wednesday, September 14, 2016", "2016-09-14"),
    E("Austrian", "NORP"),
    E("Pians", "GPE"),
    D("Monday", "2016-09-12"),
    E("Sanna", "LOC"),
    E("Landeck", "GPE"),
    E("Tyrol", "GPE"),
    E("Stanzer Valley", "LOC"),
    D("September 12", "2016-09-12"),
    E("Lechtal Alps", "LOC"),
    P("Bernhard Tauscher", "tauscher"),
    E("Tyrolean", "NORP"),
    E("Landeck", "GPE"),
    D("Tuesday", "2016-09-13"),
    Q("at least until the weekend", "tauscher"),
    D("the weekend", "2016-09-17/2016-09-18"),
    E("Austrian Armed Forces", "ORG"),
    E("Tyrolean Red Cross", "ORG"),
    Q("We are not going to take any risks with people's lives. The water behind the dam has to go down in a controlled way before anyone goes home,", "tauscher"),
    P("Tauscher", "tauscher"),
    E("Pians", "GPE"),
    P("Veit Hammerle", "hammerle"),
    E("Landeck", "GPE"),
    E("German", "NORP"),
    E("Dutch", "NORP"),
    E("Innsbruck", "GPE"),
    Q("People here remember the summer of 2005, when the Sanna and the Trisanna came over their banks and took bridges with them,", "hammerle"),
    D("the summer of 2005", "2005-SU"),
    E("Sanna", "LOC"),
    E("Trisanna", "LOC"),
    P("Hammerle", "hammerle"),
    Q("Nobody complained about leaving. They packed a bag and went.", "hammerle"),
    P("Martina Zangerl-Fuchs", "zangerl"),
    E("University of Innsbruck", "ORG"),
    D("Tuesday", "2016-09-13"),
    D("August", "2016-08"),
    P("Zangerl-Fuchs", "zangerl"),
    D("last winter", "2015-WI"),
    Q("The rain of the past week simply pushed a slope that was already unstable over the edge,", "zangerl"),
    D("the past week", "PAST_REF"),
    Q("What worries us now is not the dam itself but the material that is still hanging above it. That could come down as well if the weather turns again.", "zangerl"),
    E("Austria", "GPE"),
    E("Central Institute for Meteorology and Geodynamics", "ORG"),
    E("ZAMG", "ORG"),
    D("Thursday and Friday", "2016-09-15/2016-09-16"),
    D("Sunday", "2016-09-18"),
    E("Austrian Federal Railways", "ORG"),
    E("ÖBB", "ORG"),
    E("Landeck", "GPE"),
    E("St. Anton", "GPE"),
    D("Monday", "2016-09-12"),
    D("the end of the month", "2016-09"),
    E("Vienna", "GPE"),
    E("Switzerland", "GPE"),
    E("German", "NORP"),
    E("Bavaria", "GPE"),
    D("the week", "2016-09-12/2016-09-18", ctx="later in "),
    P("Lukas Prantl", "prantl"),
    E("Pians", "GPE"),
    E("Inntaler Rundschau", "ORG"),
    D("September 13, 2016", "2016-09-13"),
    P("Claudia Wechner", "wechner"),
    E("Austria", "GPE"),
    E("Alpine Press Service", "ORG"),
    D("September 13, 2016", "2016-09-13"),
    P("Johanna Ladner", "ladner"),
    E("Sanna", "LOC"),
    E("Oberland Nachrichten", "ORG"),
    D("September 14, 2016", "2016-09-14"),
]


def locate(text, entries, doc_id):
    """Find each entry in reading order; returns list of dicts (no ids yet)."""
    cursor = 0
    found = []
    for surface, label, value, opts in entries:
        ctx = opts.get("ctx", "")
        if ctx:
            i = text.find(ctx + surface, max(0, cursor - len(ctx)))
            start = -1 if i < 0 else i + len(ctx)
        else:
            start = text.find(surface, cursor)
        if start < 0:
            sys.exit(f"{doc_id}: cannot find {surface!r} ({label}) after offset {cursor}")
        end = start + len(surface)
        found.append(dict(start=start, end=end, label=label, text=surface, value=value, opts=opts))
        # a QUOTE may contain mentions: continue searching just inside it
        cursor = start if label == "QUOTE" else end
    return found


def check_and_build(doc_id, text, found):
    assert all(f["label"] in LABELS for f in found), doc_id
    found.sort(key=lambda f: (f["start"], -f["end"]))
    spans, relations, errors = [], [], []
    for n, f in enumerate(found, 1):
        f["id"] = f"{doc_id}-s{n:03d}"
    # exact text
    for f in found:
        if text[f["start"]:f["end"]] != f["text"]:
            errors.append(f"text mismatch {f}")
        if f["text"] != f["text"].strip() or not f["text"]:
            errors.append(f"untrimmed span {f['text']!r}")
        if f["label"] == "DATE":
            if not f["value"] or not VALUE_RE.match(f["value"]):
                errors.append(f"bad DATE value {f['text']!r} {f['value']!r}")
        elif f["value"] is not None:
            errors.append(f"value on non-DATE {f['text']!r}")
    # overlaps: only entity/DATE inside a QUOTE
    for i, a in enumerate(found):
        for b in found[i + 1:]:
            if b["start"] >= a["end"]:
                continue
            inside_quote = (
                (a["label"] == "QUOTE" and b["label"] != "QUOTE" and a["start"] <= b["start"] and b["end"] <= a["end"])
                or (b["label"] == "QUOTE" and a["label"] != "QUOTE" and b["start"] <= a["start"] and a["end"] <= b["end"])
            )
            if not inside_quote:
                errors.append(f"overlap {a['text']!r}[{a['start']},{a['end']}) / {b['text']!r}[{b['start']},{b['end']})")
    ids = [f["id"] for f in found]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    # said_by: nearest PERSON mention naming the speaker
    persons = [f for f in found if f["label"] == "PERSON"]
    for q in (f for f in found if f["label"] == "QUOTE"):
        by = q["opts"].get("by", "MISSING")
        if by == "MISSING":
            errors.append(f"QUOTE without `by`: {q['text'][:40]!r}")
            continue
        if by is None:
            continue
        cands = [p for p in persons if p["opts"].get("who") == by]
        if not cands:
            errors.append(f"no PERSON mention for speaker {by!r}")
            continue

        def dist(p):
            if p["end"] <= q["start"]:
                return q["start"] - p["end"]
            if p["start"] >= q["end"]:
                return p["start"] - q["end"]
            return 0

        best = min(cands, key=lambda p: (dist(p), p["start"]))
        relations.append({"from": q["id"], "to": best["id"], "type": "said_by"})
    byid = {f["id"]: f for f in found}
    for r in relations:
        if byid[r["from"]]["label"] != "QUOTE" or byid[r["to"]]["label"] != "PERSON":
            errors.append(f"bad relation {r}")
    froms = [r["from"] for r in relations]
    if len(froms) != len(set(froms)):
        errors.append("QUOTE with more than one said_by")
    for f in found:
        s = {"id": f["id"], "start": f["start"], "end": f["end"], "label": f["label"], "text": f["text"]}
        if f["label"] == "DATE":
            s["value"] = f["value"]
        spans.append(s)
    return spans, relations, errors


def main():
    manifest = {}
    with open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                m = json.loads(line)
                manifest[m["doc_id"]] = m
    assert set(manifest) == set(DOCS), (sorted(manifest), sorted(DOCS))
    out, all_errors = [], []
    for doc_id in sorted(DOCS):
        path = os.path.join(CORPUS, manifest[doc_id]["file"])
        with open(path, encoding="utf-8", newline="") as fh:
            text = fh.read()
        found = locate(text, DOCS[doc_id], doc_id)
        spans, relations, errors = check_and_build(doc_id, text, found)
        all_errors += [f"{doc_id}: {e}" for e in errors]
        out.append({"doc_id": doc_id, "spans": spans, "relations": relations})
    if all_errors:
        print("\n".join(all_errors))
        sys.exit(1)
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as fh:
        for d in out:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    counts = {}
    for d in out:
        for s in d["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    nrel = sum(len(d["relations"]) for d in out)
    print("docs:", len(out), "spans:", sum(counts.values()), dict(sorted(counts.items())), "said_by:", nrel)


if __name__ == "__main__":
    main()
