#!/usr/bin/env python3
"""Hand-chosen mentions for the eight holdout4 articles.

Each mention is (surface, label, extra[, left_context]):
  PERSON: extra = key naming the person (used for said_by)
  DATE:   extra = value
  QUOTE:  extra = key of the speaker, or None when the speaker is never named (7a)
  others: extra = None
Mentions are listed in reading order; a QUOTE is listed before the entities inside it.
The script locates each surface at its next whole-word occurrence after the previous
mention (or after the optional left_context string), computes offsets, checks them,
resolves said_by to the speaker's nearest PERSON mention (character distance) and writes
annotation.jsonl.
"""
import json, os, sys

CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "corpus")  # heldout/corpus
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "annotation.jsonl")

P, O, G, L, N, D, Q = "PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "QUOTE"

DOCS = {}

# ---------------------------------------------------------------- boise (dct 2024-02-08 Thu)
DOCS["holdout4-boise-settlement"] = ("boise", [
    ("Boise", G, None),
    ("2022", D, "2022"),
    ("BOISE", G, None),
    ("Idaho", G, None),
    ("AP", O, None),
    ("Boise City Council", O, None),
    ("2022", D, "2022"),
    ("Tuesday", D, "2024-02-06"),
    ("Dana Whitcomb-Reyes", P, "dana"),
    ("Whitcomb-Reyes", P, "dana"),
    ("Boise Police Department", O, None),
    ("U.S. District Court", O, None),
    ("Boise", G, None),
    ("Jan. 14, 2023", D, "2023-01-14"),
    ("Aug. 27, 2022", D, "2022-08-27"),
    ("last spring", D, "2023-SP"),
    ("November 2022", D, "2022-11"),
    ("Priya Venkataraman", P, "priya"),
    ("the past decade", D, "PAST_REF"),
    ("The money matters, because Dana couldn't work for four months,", Q, "priya"),
    ("Dana", P, "dana"),
    ("Venkataraman", P, "priya"),
    ("But what she really wanted was for somebody at the city to watch that video and say, 'That was wrong.'", Q, "priya"),
    ("Whitcomb-Reyes", P, "dana"),
    ("Tuesday", D, "2024-02-06"),
    ("Nobody from the city has ever said sorry to my face.", Q, "dana"),
    ("Tuesday", D, "2024-02-06"),
    ("X", O, None, "posted on "),
    ("Eighteen months, one broken wrist, and still no sorry. But we did it \U0001F49B Thank you to everyone who believed me.", Q, "dana"),
    ("Marcus Delahunt", P, "delahunt"),
    ("Wednesday", D, "2024-02-07"),
    ("2023", D, "2023"),
    ("last summer", D, "2023-SU"),
    ("Oregon", G, None),
    ("We respect the council's decision to resolve this case and avoid the cost and uncertainty of a trial,", Q, "delahunt"),
    ("Delahunt", P, "delahunt"),
    ("Tobias Reinholt", P, "reinholt"),
    ("Associated Press", O, None),
    ("Wednesday", D, "2024-02-07"),
    ("If the officers followed policy, we should say so in court. If they didn't, the policy is the problem, and a check doesn't fix that,", Q, "reinholt"),
    ("Reinholt", P, "reinholt"),
    ("ACLU of Idaho", O, None),
    ("Whitcomb-Reyes", P, "dana"),
    ("last year", D, "2023"),
    ("Feb. 20", D, "2024-02-20"),
    ("April", D, "2024-04"),
])

# ---------------------------------------------------------------- borrisokane (dct 2017-08-22 Tue)
DOCS["holdout4-borrisokane-replay"] = ("borr", [
    ("Borrisokane", O, None),
    ("Dónal Ó Floinn", P, "floinn"),
    ("Borrisokane GAA", O, None),
    ("Tipperary", G, None),
    ("Sunday", D, "2017-08-20"),
    ("North Tipperary", L, None),
    ("Kildangan", O, None),
    ("Borrisokane", O, None),
    ("Nenagh", G, None),
    ("Kildangan", O, None),
    ("Monday", D, "2017-08-21"),
    ("CCC", O, None),
    ("Thurles", G, None),
    ("Monday", D, "2017-08-21"),
    ("Saturday, August 26th", D, "2017-08-26"),
    ("Cloughjordan", G, None),
    ("Borrisokane", O, None),
    ("Seán Ó Cinnéide", P, "cinneide"),
    ("Tuesday", D, "2017-08-22"),
    ("We are very disappointed. Our lads played the game in front of them and they won it fair and square,", Q, "cinneide"),
    ("The referee is the timekeeper, and the rules say his decision is final. We will bring this to the Munster Council if we have to.", Q, "cinneide"),
    ("Munster Council", O, None),
    ("Liam de Búrca", P, "deburca"),
    ("Moycarkey-Borris", O, None),
    ("CCC", O, None),
    ("Kildangan", O, None),
    ("Aoife Ní Bhriain", P, "nibhriain"),
    ("This was never about winning a match in a committee room,", Q, "nibhriain"),
    ("Kildangan", O, None),
    ("The rules are there for everyone, and every team is entitled to a full game.", Q, "nibhriain"),
    ("Borrisokane", O, None),
    ("Pádraig Mac Cárthaigh", P, "maccarthaigh"),
    ("Tipperary", O, None),
    ("If we have to play them again, we’ll play them again,", Q, "maccarthaigh"),
    ("But I’d rather the lads were training for a final than sitting around waiting on a phone call.", Q, "maccarthaigh"),
    ("Nenagh Éire Óg", O, None),
    ("Sunday, September 3rd", D, "2017-09-03"),
    ("Tomás Ó hUiginn", P, "ohuiginn"),
    ("Tuesday", D, "2017-08-22"),
    ("North Tipperary", L, None),
    ("CCC", O, None),
    ("Last year", D, "2016"),
    ("Toomevara", O, None),
    ("Kilruane", O, None),
])

# ---------------------------------------------------------------- caceres (dct 2025-02-23 Sun)
DOCS["holdout4-caceres-avila"] = ("cac", [
    ("Dos Santos", P, "dossantos"),
    ("Cáceres", O, None),
    ("Ávila", O, None),
    ("Verdinegros", O, None),
    ("Marta Llorente-Vidal", P, "llorente"),
    ("Thiago dos Santos", P, "dossantos"),
    ("Sporting Cáceres", O, None),
    ("Racing Ávila", O, None),
    ("Saturday", D, "2025-02-22"),
    ("Verdinegros", O, None),
    ("Segunda División", O, None),
    ("Joaquín Echeverría Lasa", P, "echeverria"),
    ("October", D, "2024-10"),
    ("Ávila", O, None),
    ("Iker de la Fuente", P, "delafuente"),
    ("Luis Ángel Carbajo", P, "carbajo"),
    ("De la Fuente", P, "delafuente"),
    ("Unión Gijonesa", O, None),
    ("this season", D, "2024/2025"),
    ("Ávila", O, None),
    ("2021", D, "2021"),
    ("Cáceres", O, None),
    ("Jonás van der Berg", P, "vanderberg"),
    ("Carbajo", P, "carbajo"),
    ("Echeverría Lasa", P, "echeverria"),
    ("Dos Santos", P, "dossantos"),
    ("Rubén Quintanilla", P, "quintanilla"),
    ("Álvaro Núñez-Salcedo", P, "nunez"),
    ("Brazilian", N, None),
    ("Xabier Oyarzabal-Etxeberria", P, "oyarzabal"),
    ("Ávila", O, None),
    ("Mamadou N'Diaye", P, "ndiaye"),
    ("Núñez-Salcedo", P, "nunez"),
    ("Cáceres", O, None),
    ("Dos Santos", P, "dossantos"),
    ("Sergio de la Peña", P, "delapena"),
    ("I told him at half-time: you have 45 minutes to show me you should be starting,", Q, "echeverria"),
    ("Echeverría Lasa", P, "echeverria"),
    ("He gave me the answer with two goals. Now he has made my job on Monday very difficult.", Q, "echeverria"),
    ("Monday", D, "2025-02-24"),
    ("Cáceres", O, None),
    ("Andrés Villalobos", P, "villalobos"),
    ("Christmas", D, "2024-12-25"),
    ("In November we were a team that was afraid of the ball. Today we were losing at home against one of the best sides in the division and nobody panicked,", Q, "echeverria"),
    ("November", D, "2024-11"),
    ("Today", D, "2025-02-22"),
    ("That is the biggest change. But we have 15 games left, and nobody has given us anything yet.", Q, "echeverria"),
    ("Dos Santos", P, "dossantos"),
    ("Brazilian", N, None),
    ("Atlético Cerrado", O, None),
    ("January", D, "2025-01"),
    ("Unión Alicantina", O, None),
    ("last season", D, "2023/2024"),
    ("Extremadura", G, None),
    ("The people here have been waiting for me to score, and I have been waiting too,", Q, "dossantos"),
    ("Ávila", O, None),
    ("Rubén Ortiz de Zárate", P, "ortiz"),
    ("We were in control and we let them back into the game. That is on me, not on the referee,", Q, "ortiz"),
    ("Ortiz de Zárate", P, "ortiz"),
    ("We have to look at ourselves before next week.", Q, "ortiz"),
    ("next week", D, "2025-02-24/2025-03-02"),
    ("Cáceres", O, None),
    ("Sporting Zamorano", O, None),
    ("next Sunday", D, "2025-03-02"),
    ("Ávila", O, None),
    ("Atlético Cartagenero", O, None),
    ("Saturday, March 1", D, "2025-03-01"),
    ("the 2024-25 season", D, "2024/2025"),
])

# ---------------------------------------------------------------- hallwerk (dct 2019-11-07 Thu)
# Hallwerk's financial year runs October to September (stated in the text).
DOCS["holdout4-hallwerk-results"] = ("hall", [
    ("Hallwerk", O, None),
    ("China", G, None),
    ("FRANKFURT", G, None),
    ("Nov 7", D, "2019-11-07"),
    ("Reuters", O, None),
    ("German", N, None),
    ("Hallwerk AG", O, None),
    ("new financial year", D, "2019-10/2020-09"),
    ("Thursday", D, "2019-11-07"),
    ("fiscal fourth quarter", D, "2019-07/2019-09"),
    ("China", G, None),
    ("U.S.", G, None),
    ("China", G, None),
    ("Stuttgart", G, None),
    ("fiscal 2019/20", D, "2019-10/2020-09"),
    ("the 12 months to Sept. 30", D, "2018-10/2019-09"),
    ("Refinitiv", O, None),
    ("Hallwerk", O, None),
    ("Germany", G, None),
    ("We are not in a crisis, but we are clearly in a downturn, and we are planning for it,", Q, "vollmer"),
    ("Annegret Vollmer-Sietz", P, "vollmer"),
    ("Our automotive customers are postponing decisions on new production lines until they know what their drivetrains will look like in five years.", Q, "vollmer"),
    ("five years", D, "2024"),
    ("the July-September period", D, "2019-07/2019-09"),
    ("a year earlier", D, "2018-07/2018-09"),
    ("the full year", D, "2018-10/2019-09"),
    ("2017/18", D, "2017-10/2018-09"),
    ("February", D, "2020-02"),
    ("Torsten Lindqvist", P, "lindqvist"),
    ("Germany", G, None),
    ("the end of 2020", D, "2020"),
    ("Esslingen", G, None),
    ("Chemnitz", G, None),
    ("January", D, "2020-01"),
    ("IG Metall", O, None),
    ("The savings will come through mainly in the second half of the fiscal year,", Q, "lindqvist"),
    ("the second half of the fiscal year", D, "2020-04/2020-09"),
    ("Lindqvist", P, "lindqvist"),
    ("the first quarter", D, "2019-10/2019-12"),
    ("Germany", G, None),
    ("VDMA", O, None),
    ("last week", D, "2019-10-28/2019-11-03"),
    ("the third quarter", D, "2019-07/2019-09"),
    ("euro zone", L, None),
    ("VDMA", O, None),
    ("next year", D, "2020"),
    ("Hallwerk", O, None),
    ("Order intake is weak, but the margin held up better than we had feared, and management is acting early rather than late,", Q, "oberholzer"),
    ("Katrin Oberholzer", P, "oberholzer"),
    ("Munich", G, None),
    ("Bankhaus Meyring", O, None),
    ("Felix Adeyemi-Braun", P, "adeyemi"),
    ("Weser Research", O, None),
    ("a kitchen-sink guidance", Q, "adeyemi"),
    ("If Washington and Beijing agree even a partial deal before Christmas, this guidance will look very conservative in a few months,", Q, "adeyemi"),
    ("Washington", G, None),
    ("Beijing", G, None),
    ("Christmas", D, "2019-12-25"),
    ("a few months", D, "FUTURE_REF"),
    ("Vollmer-Sietz", P, "vollmer"),
    ("China", G, None),
    ("the past fiscal year", D, "2018-10/2019-09"),
    ("October", D, "2019-10"),
    ("Hallwerk", O, None),
    ("Chengdu", G, None),
    ("the spring", D, "2020-SP"),
    ("German", N, None),
    ("Handelsblatt", O, None),
    ("last month", D, "2019-10"),
    ("Hallwerk Beteiligungs GmbH", O, None),
    ("Hallwerk", O, None),
    ("first-quarter", D, "2019-10/2019-12"),
    ("Feb. 6", D, "2020-02-06"),
    ("Jana Stemmler", P, "stemmler"),
    ("Owen Hartwell", P, "hartwell"),
])

# ---------------------------------------------------------------- lake victoria (dct 2016-09-14 Wed; CRLF)
DOCS["holdout4-lake-victoria-commission"] = ("lvc", [
    ("Lake Victoria", L, None),
    ("NAIROBI", G, None),
    ("AFP", O, None),
    ("East African", N, None),
    ("Tuesday", D, "2016-09-13"),
    ("Ugandan", N, None),
    ("Lake Victoria Basin Commission", O, None),
    ("Africa", L, None),
    ("Josephine Atuhaire-Mugisha", P, "atuhaire"),
    ("Uganda", G, None),
    ("Ministry of Water and Environment", O, None),
    ("East African Community", O, None),
    ("EAC", O, None),
    ("Kenyan", N, None),
    ("Kisumu", G, None),
    ("Tanzanian", N, None),
    ("Hamisi Seif Mbarouk", P, "mbarouk"),
    ("January", D, "2016-01"),
    ("Atuhaire-Mugisha", P, "atuhaire"),
    ("The lake does not know where Uganda ends and Kenya begins. If we do not act together, we will lose it together.", Q, "atuhaire"),
    ("Uganda", G, None),
    ("Kenya", G, None),
    ("Winam Gulf", L, None),
    ("October", D, "2016-10"),
    ("Kenya", G, None),
    ("Uganda", G, None),
    ("Tanzania", G, None),
    ("Rwanda", G, None),
    ("Burundi", G, None),
    ("White Nile", L, None),
    ("Egypt", G, None),
    ("the early 2000s", D, "2000/2009"),
    ("Kisumu", G, None),
    ("Mwanza", G, None),
    ("the late 1990s", D, "1990/1999"),
    ("last year", D, "2015"),
    ("Mount Elgon", L, None),
    ("Kagera", L, None),
    ("Mara", L, None),
    ("Mara", L, None),
    ("Mau escarpment", L, None),
    ("Great Rift Valley", L, None),
    ("Serengeti", L, None),
    ("Tanzania", G, None),
    ("UN Environment Programme", O, None),
    ("UNEP", O, None),
    ("Nairobi", G, None),
    ("2014", D, "2014"),
    ("World Bank", O, None),
    ("African Development Bank", O, None),
    ("AfDB", O, None),
    ("Kampala", G, None),
    ("Dar es Salaam", G, None),
    ("EAC", O, None),
    ("Tanzania", G, None),
    ("Arusha", G, None),
    ("This was never really about the lake. It was about who controls the money,", Q, None),
    ("Kenya", G, None),
    ("March", D, "2016-03"),
    ("June", D, "2016-06"),
    ("Ugandan", N, None),
    ("Atuhaire-Mugisha", P, "atuhaire"),
    ("Kisumu", G, None),
    ("next month", D, "2016-10"),
])

# ---------------------------------------------------------------- lancaster (dct 2023-03-15 Wed)
DOCS["holdout4-lancaster-housing"] = ("lanc", [
    ("A betrayal of local democracy", Q, "costigan"),
    ("Lancaster", G, None),
    ("Rowena Achterberg", P, "achterberg"),
    ("riding roughshod", Q, None),
    ("Lancaster", G, None),
    ("the past 18 months", D, "PAST_REF"),
    ("Nigel Haverstock", P, "haverstock"),
    ("Department for Levelling Up, Housing and Communities", O, None),
    ("DLUHC", O, None),
    ("Tuesday", D, "2023-03-14"),
    ("last October", D, "2022-10"),
    ("Bowerham Fields", L, None),
    ("Nigel", P, "haverstock"),
    ("Lancaster", G, None),
    ("consistently failed", Q, "haverstock"),
    ("2019", D, "2019"),
    ("the need for new homes, including 540 affordable homes, outweighs the harm identified by the council", Q, "haverstock"),
    ("Labour", O, None),
    ("Conservatives", N, None),
    ("September 2021", D, "2021-09"),
    ("May last year", D, "2022-05"),
    ("Green", N, None),
    ("Liberal Democrat", N, None),
    ("Niamh Costigan-Reid", P, "costigan"),
    ("Labour", O, None),
    ("This is a betrayal of local democracy. Councillors from every party looked at this scheme, listened to residents and said no – not once but twice. The minister has decided that he knows better from an office in Westminster.", Q, "costigan"),
    ("Westminster", G, None),
    ("Nobody here is against new homes. We are against homes with no new school, no GP surgery and a single road in and out that already floods every winter. I will be asking the secretary of state to come to the house and explain himself.", Q, "costigan"),
    ("Joanna Ferrier", P, "ferrier"),
    ("Green party", O, None),
    ("We will look at every option open to us,", Q, "ferrier"),
    ("What we will not do is pretend that this is acceptable.", Q, "ferrier"),
    ("Conservative", N, None),
    ("Anthony Wrexham-Pryce", P, "wrexham"),
    ("Tory", N, None),
    ("long overdue", Q, "wrexham"),
    ("Young families in Lancashire cannot wait another decade for a council that keeps saying no,", Q, "wrexham"),
    ("Lancashire", G, None),
    ("Wrexham-Pryce", P, "wrexham"),
    ("Guardian", O, None),
    ("The inspector looked at the evidence, and the minister followed the inspector. That is how the system is supposed to work.", Q, "wrexham"),
    ("Conservative", N, None),
    ("December", D, "2022-12"),
    ("4 May", D, "2023-05-04"),
    ("frankly baffling", Q, None),
    ("Liberal Democrats", O, None),
    ("Fiona MacAskill", P, "macaskill"),
    ("broken", Q, "macaskill"),
    ("Campaign to Protect Rural England", O, None),
    ("CPRE", O, None),
    ("Once these fields are concreted over, they are gone for ever,", Q, "oduya"),
    ("Margaret Oduya-Finch", P, "oduya"),
    ("Lancashire", G, None),
    ("Downing Street", O, None),
    ("Wednesday", D, "2023-03-15"),
    ("Ministers take these decisions on the merits of each case, and the minister has followed the inspector’s recommendation.", Q, None),
    ("Harlow Peak Homes", O, None),
    ("next spring", D, "2024-SP"),
    ("2026", D, "2026"),
    ("Craig Ellison", P, "ellison"),
    ("which is more than any scheme in the district in the last 20 years", Q, "ellison"),
    ("the last 20 years", D, "PAST_REF"),
    ("2020", D, "2020"),
    ("Bowerham", L, None),
    ("Saturday", D, "2023-03-18"),
    ("Hilary Okonkwo-Bates", P, "okonkwo"),
    ("Costigan-Reid", P, "costigan"),
    ("next week", D, "2023-03-20/2023-03-26"),
])

# ---------------------------------------------------------------- rural heart (dct 2018-06-12 Tue; NSW, southern hemisphere)
DOCS["holdout4-rural-heart-heat"] = ("heat", [
    ("Lachlan Pemberton-Yates", P, "pemberton"),
    ("NSW", G, None),
    ("University of Newcastle", O, None),
    ("Medical Journal of Australia", O, None),
    ("Monday", D, "2018-06-11"),
    ("NSW Ambulance", O, None),
    ("the summers of 2010-11 and 2016-17", D, "2010-SU/2016-SU"),
    ("Sydney", G, None),
    ("Newcastle", G, None),
    ("Wollongong", G, None),
    ("Mei-Ling Ashcroft", P, "ashcroft"),
    ("Heat puts extra strain on the heart, and it also slows everything down: ambulances are busier, roads are closed by bushfires, and the helicopter might be on another job 300\u00a0km away,", Q, "ashcroft"),
    ("Ashcroft", P, "ashcroft"),
    ("A patient in Bourke or Walgett can wait hours for the kind of treatment that someone in Newcastle gets in 90 minutes. On a 45-degree day, those hours matter.", Q, "ashcroft"),
    ("Bourke", G, None),
    ("Walgett", G, None),
    ("Newcastle", G, None),
    ("New England", L, None),
    ("Graham Otieno", P, "otieno"),
    ("the summer of 2016-17", D, "2016-SU"),
    ("NSW", G, None),
    ("We are going to see more summers like that one, not fewer,", Q, "otieno"),
    ("Otieno", P, "otieno"),
    ("NSW Health", O, None),
    ("Sydney", G, None),
    ("NSW Health", O, None),
    ("Heart attack survival in rural NSW has improved significantly over the past decade, and we continue to invest in regional cardiac services,", Q, None),
    ("NSW", G, None),
    ("the past decade", D, "PAST_REF"),
    ("Royal Flying Doctor Service", O, None),
    ("RFDS", O, None),
    ("last summer", D, "2017-SU"),
    ("two years earlier", D, "2015-SU"),
    ("Heart Foundation", O, None),
    ("next summer", D, "2018-SU"),
    ("NSW", G, None),
    ("Kerry-Anne Mulqueeney", P, "mulqueeney"),
    ("This winter we will be talking to government about a plan, so that we are not caught out again in December,", Q, "mulqueeney"),
    ("This winter", D, "2018-WI"),
    ("December", D, "2018-12"),
])

# ---------------------------------------------------------------- solar pump (dct 2025-03-05 Wed; Indian fiscal year April-March)
DOCS["holdout4-solar-pump-scheme"] = ("solar", [
    ("VIJAYAWADA", G, None),
    ("2025-26", D, "2025-04/2026-03"),
    ("last week", D, "2025-02-24/2025-03-02"),
    ("G. Venkata Ramana Rao", P, "rao"),
    ("Andhra Pradesh Southern Power Distribution Company Limited", O, None),
    ("APSPDCL", O, None),
    ("New and Renewable Energy Development Corporation of Andhra Pradesh", O, None),
    ("NREDCAP", O, None),
    ("March 3", D, "2025-03-03"),
    ("Rayalaseema", L, None),
    ("Prakasam", G, None),
    ("Our farmers have waited years for reliable daytime power. With a solar pump, a farmer in Anantapur will not have to go to his field at midnight to switch on the motor,", Q, "rao"),
    ("Anantapur", G, None),
    ("Venkata Ramana Rao", P, "rao"),
    ("This is not a subsidy. It is an investment that will reduce the burden on the discoms for the next 25 years.", Q, "rao"),
    ("the next 25 years", D, "FUTURE_REF"),
    ("Union Ministry of New and Renewable Energy", O, None),
    ("MNRE", O, None),
    ("Last fiscal", D, "2023-04/2024-03"),
    ("NREDCAP", O, None),
    ("the current fiscal", D, "2024-04/2025-03"),
    ("K. Lakshmi Prasanna", P, "prasanna"),
    ("the end of this month", D, "2025-03"),
    ("June", D, "2025-06"),
    ("the peak summer months", D, "2025-SU"),
    ("March 2026", D, "2026-03"),
    ("We have learnt from the first phase. Earlier, a farmer had to wait four to five months for a pump after paying his share. We want to bring that down to 45 days,", Q, "prasanna"),
    ("Prasanna", P, "prasanna"),
    ("Kiranam Agritech Pvt. Ltd.", O, None),
    ("Guntur", G, None),
    ("2019", D, "2019"),
    ("S. Harika Chowdary", P, "chowdary"),
    ("P. Vamsi Krishna", P, "krishna"),
    ("IIT Madras", O, None),
    ("December", D, "2024-12"),
    ("Nearly one in six pumps installed in the first phase developed some fault within a year, and most farmers did not know whom to call,", Q, "chowdary"),
    ("Chowdary", P, "chowdary"),
    ("With monitoring, the vendor gets an alert before the farmer even notices a problem.", Q, "chowdary"),
    ("YSR Congress Party", O, None),
    ("YSRCP", O, None),
    ("B. Narasimha Murthy", P, "murthy"),
    ("2023", D, "2023"),
    ("M. Obul Reddy", P, "reddy"),
    ("Kadiri", G, None),
    ("Sri Sathya Sai", G, None),
    ("last year", D, "2024"),
    ("For the first time I could water my crop in the afternoon, when I can see what I am doing,", Q, "reddy"),
    ("Ugadi", D, "2025-03-30"),
])


def isword(c):
    return c.isalnum() or c == "_"


def locate(text, surface, cursor, ctx=None):
    pos = cursor
    if ctx is not None:
        k = text.find(ctx, cursor)
        if k < 0:
            raise ValueError(f"context {ctx!r} not found after {cursor}")
        pos = k + len(ctx)
        if not text.startswith(surface, pos):
            raise ValueError(f"{surface!r} does not follow context {ctx!r}")
        return pos
    while True:
        k = text.find(surface, pos)
        if k < 0:
            raise ValueError(f"{surface!r} not found after {cursor}")
        before = text[k - 1] if k > 0 else " "
        after = text[k + len(surface)] if k + len(surface) < len(text) else " "
        if not (isword(surface[0]) and isword(before)) and not (isword(surface[-1]) and isword(after)):
            return k
        pos = k + 1


def gap(a, b):
    if a["end"] <= b["start"]:
        return b["start"] - a["end"]
    if b["end"] <= a["start"]:
        return a["start"] - b["end"]
    return 0


def build(doc_id, short, mentions, verbose=False):
    path = os.path.join(CORPUS, doc_id + ".txt")
    text = open(path, encoding="utf-8", newline="").read()
    spans, keys, cursor = [], {}, 0
    for n, m in enumerate(mentions, 1):
        surface, label, extra = m[0], m[1], m[2]
        ctx = m[3] if len(m) > 3 else None
        start = locate(text, surface, cursor, ctx)
        end = start + len(surface)
        assert text[start:end] == surface
        assert surface == surface.strip() and surface, surface
        sp = {"id": f"{short}-{n}", "start": start, "end": end, "label": label, "text": surface}
        if label == D:
            assert extra, surface
            sp["value"] = extra
        spans.append(sp)
        keys[sp["id"]] = extra
        # QUOTE: inner spans follow from its start; other spans: continue after the end
        cursor = start if label == Q else end
    # flatness: only entity/date spans inside a QUOTE
    ids = [s["id"] for s in spans]
    assert len(ids) == len(set(ids))
    for i, a in enumerate(spans):
        for b in spans[i + 1:]:
            if a["start"] < b["end"] and b["start"] < a["end"]:
                outer, inner = (a, b) if a["end"] - a["start"] >= b["end"] - b["start"] else (b, a)
                ok = (outer["label"] == Q and inner["label"] != Q and outer["start"] <= inner["start"]
                      and inner["end"] <= outer["end"])
                assert ok, (a, b)
    # minimal-span check for punctuation at the edges of entity spans
    for s in spans:
        if s["label"] not in (Q,):
            assert s["text"][0].isalnum() and (s["text"][-1].isalnum() or s["text"].endswith(".")), s
    # said_by: nearest PERSON mention of the speaker
    rels = []
    for s in spans:
        if s["label"] != Q:
            continue
        who = keys[s["id"]]
        if who is None:
            continue
        cands = [p for p in spans if p["label"] == P and keys[p["id"]] == who]
        assert cands, (s, who)
        best = min(cands, key=lambda p: (gap(s, p), p["start"]))
        rels.append({"from": s["id"], "to": best["id"], "type": "said_by"})
    if verbose:
        for s in spans:
            lc = text[max(0, s["start"] - 25):s["start"]].replace("\r", "").replace("\n", "/")
            rc = text[s["end"]:s["end"] + 15].replace("\r", "").replace("\n", "/")
            v = s.get("value", "")
            t = s["text"] if len(s["text"]) < 60 else s["text"][:28] + " ... " + s["text"][-28:]
            print(f'{s["id"]:9} {s["label"]:6} {s["start"]:5}-{s["end"]:<5} {lc:>25}[{t}]{rc:15} {v}')
        for r in rels:
            q = next(x for x in spans if x["id"] == r["from"]); p = next(x for x in spans if x["id"] == r["to"])
            print(f'  said_by {r["from"]} ({q["text"][:30]}...) -> {r["to"]} {p["text"]} gap={gap(q, p)}')
    return {"doc_id": doc_id, "spans": spans, "relations": rels}


def main():
    verbose = "-v" in sys.argv
    manifest = [json.loads(l) for l in open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8")]
    out = []
    for row in manifest:
        short, mentions = DOCS[row["doc_id"]]
        if verbose:
            print("=" * 20, row["doc_id"], row["dct"])
        out.append(build(row["doc_id"], short, mentions, verbose))
    with open(OUT, "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    for d in out:
        c = {}
        for s in d["spans"]:
            c[s["label"]] = c.get(s["label"], 0) + 1
        print(d["doc_id"], dict(sorted(c.items())), "said_by:", len(d["relations"]))


if __name__ == "__main__":
    main()
