#!/usr/bin/env python3
"""Hand annotation of the six holdout2 articles (annotator-2).

Every mention below was chosen by reading the text.  This script only
computes character offsets, runs consistency checks and writes
annotation.jsonl.

Mention tuple: (surface, label, value, ctx, key)
  surface : exact covered text
  label   : PERSON ORG GPE LOC NORP DATE QUOTE
  value   : DATE value (None for other labels)
  ctx     : left context that must immediately precede the surface text
            (str; ctx+surface must occur exactly once in the document), or
            an int = 0-based occurrence index of the surface string, or a
            (left, right) pair of contexts around the surface text.
  key     : optional name used in the said_by list
Relations: (quote_key, person_key) pairs.  A QUOTE with no pair has a speaker
who is never named (GUIDELINES 7a).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")

LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "QUOTE"}

DOCS = []

# ---------------------------------------------------------------------------
# holdout2-jakarta-court-recount  (dct 2025-02-18, a Tuesday)
# ---------------------------------------------------------------------------
DOCS.append(dict(
    doc_id="holdout2-jakarta-court-recount",
    short="jakarta",
    mentions=[
        # headline
        ("Indonesian", "NORP", None, 0, None),
        ("North Sulawesi", "GPE", None, "disputed ", None),
        # byline
        ("Dewi Anggraini", "PERSON", None, "By ", None),
        ("Michael Tran", "PERSON", None, "By Dewi Anggraini and ", None),
        # dateline + lead
        ("JAKARTA", "GPE", None, 0, None),
        ("Feb 18", "DATE", "2025-02-18", "JAKARTA, ", None),
        ("Reuters", "ORG", None, "(", None),
        ("Indonesia", "GPE", None, ") - ", None),
        ("Constitutional Court", "ORG", None, "Indonesia's ", None),
        ("Tuesday", "DATE", "2025-02-18", "Constitutional Court on ", None),
        ("North Sulawesi", "GPE", None, "polling stations in ", None),
        ("last year", "DATE", "2024", "who lost ", None),
        # para 2
        ("Manado", "GPE", None, "the cities of ", None),
        ("Bitung", "GPE", None, "Manado and ", None),
        ("Minahasa", "GPE", None, "parts of the ", None),
        ("November", "DATE", "2024-11", "during the ", None),
        # para 3
        ("The irregularities were not isolated. They were structured, systematic and massive,",
         "QUOTE", None, "\"", "q1"),
        ("Haryanto Siregar", "PERSON", None, "presiding judge ", "siregar"),
        # para 4
        ("Adrianus Kalangi", "PERSON", None, "setback for ", None),
        ("Manado", "GPE", None, "the former ", None),
        ("December", "DATE", "2024-12", "the winner in ", None),
        ("People's Work Party", "ORG", None, 0, None),
        ("Partai Karya Rakyat Indonesia", "ORG", None, 0, None),
        ("PKRI", "ORG", None, 0, None),
        # para 5
        ("Grace Rumondor", "PERSON", None, "His challenger, ", None),
        ("National Renewal Party", "ORG", None, 0, None),
        ("Partai Pembaruan Nasional", "ORG", None, 0, None),
        ("PPN", "ORG", None, 0, None),
        # para 6
        ("We did not get everything we asked for, but the court has listened to the people of North Sulawesi,",
         "QUOTE", None, "\"", "q2"),
        ("North Sulawesi", "GPE", None, "the people of ", None),
        ("Rumondor", "PERSON", None, ",\" ", "rumondor"),
        ("Jakarta", "GPE", None, "in central ", None),
        ("We are ready to campaign again tomorrow.", "QUOTE", None, "\"", "q3"),
        ("tomorrow", "DATE", "2025-02-19", "campaign again ", None),
        # para 7
        ("PKRI", "ORG", None, "A ", None),
        ("General Elections Commission", "ORG", None, 0, None),
        ("KPU", "ORG", None, "Commission (", None),
        ("Our candidate won fairly and he will win again. The numbers will not change,",
         "QUOTE", None, "\"", "q4"),  # "A PKRI spokesman", never named: no said_by
        # para 8
        ("Kalangi", "PERSON", None, "\n\n", None),
        ("next month", "DATE", "2025-03", "sworn in ", None),
        # para 9
        ("KPU", "ORG", None, "The ", None),
        ("Sunday", "DATE", "2025-02-16", "said on ", None),
        ("North Sulawesi", "GPE", None, "organise one in ", None),
        ("April", "DATE", "2025-04", "the end of ", None),
        # para 10
        ("Home Affairs Ministry", "ORG", None, 0, None),
        ("Sulawesi", "LOC", None, "northern tip of ", None),
        ("Celebes Sea", "LOC", None, 0, None),
        ("March", "DATE", "2025-03", "the end of ", None),
        # para 11
        ("Indonesia", "GPE", None, "\n\n", None),
        ("November", "DATE", "2024-11", "cities in ", None),
        ("Constitutional Court", "ORG", None, "The ", None),
        ("2019", "DATE", "2019", "after the ", None),
        # para 12
        ("Tuesday", "DATE", "2025-02-18", "analysts said ", None),
        ("2024", "DATE", "2024", "the ", None),
        # para 13
        ("This is the court trying to rebuild its credibility,", "QUOTE", None, "\"", "q5"),
        ("Lestari Wibowo", "PERSON", None, "said ", "wibowo"),
        ("University of Indonesia", "ORG", None, 0, None),
        ("A re-vote in a few hundred polling stations is a limited remedy, but it sends a message to local officials that ballot tampering has consequences.",
         "QUOTE", None, "\"", "q6"),
        # para 14
        ("PPN", "ORG", None, "\n\n", None),
        ("Indonesia", "GPE", None, "eastern ", None),
        ("2019", "DATE", "2019", "founded in ", None),
        # sign-off
        ("Dewi Anggraini", "PERSON", None, "(Reporting by ", None),
        ("Michael Tran", "PERSON", None, "(Reporting by Dewi Anggraini and ", None),
        ("Sarah Whitcombe", "PERSON", None, "Editing by ", None),
    ],
    relations=[("q1", "siregar"), ("q2", "rumondor"), ("q3", "rumondor"),
               ("q5", "wibowo"), ("q6", "wibowo")],
))

# ---------------------------------------------------------------------------
# holdout2-nsw-water-restrictions  (dct 2019-12-05, a Thursday; CRLF text;
# southern-hemisphere seasons: summer = Dec-Feb, autumn = Mar-May,
# winter = Jun-Aug; a season is valued by the year in which it begins)
# ---------------------------------------------------------------------------
DOCS.append(dict(
    doc_id="holdout2-nsw-water-restrictions",
    short="nsw",
    mentions=[
        ("Bellinga", "GPE", None, 0, None),
        ("Kirsty O'Halloran", "PERSON", None, "By ", None),
        # para 1
        ("Bellinga", "GPE", None, "Residents of ", None),
        ("next week", "DATE", "2019-W50", "history from ", None),
        ("Wednesday", "DATE", "2019-12-04", "voted on ", None),
        # para 2
        ("Cudgegong River", "LOC", None, 0, None),
        ("Monday", "DATE", "2019-12-02", "capacity on ", None),
        ("last summer", "DATE", "2018-SU", "the start of ", None),
        # para 3
        ("Bellinga Shire Council", "ORG", None, 0, None),
        ("Robyn Fairweather", "PERSON", None, "mayor ", "fairweather1"),
        ("Nobody on this council wanted to be here, but we have had two years of well below average rain and the dam is dropping faster than our worst modelling,",
         "QUOTE", None, "\u2018", "q1"),
        # para 4
        ("If we don't act now, we are looking at carting water into town by the middle of next year.",
         "QUOTE", None, "\u2018", "q2"),
        ("next year", "DATE", "2020", "the middle of ", None),
        # para 5
        ("Monday, December 9", "DATE", "2019-12-09", "into force on ", None),
        # para 6
        ("Fairweather", "PERSON", None, "Ms ", "fairweather2"),
        ("the coming months", "DATE", "FUTURE_REF", "properties in ", None),
        # para 7
        ("Darren Pitcaithly", "PERSON", None, 0, None),
        ("NSW Government", "ORG", None, 0, None),
        ("Bellinga", "GPE", None, "connect ", None),
        ("WaterNSW", "ORG", None, 0, None),
        # para 8
        ("We have been talking to the department since the winter, and I'm hopeful of an answer before Christmas,",
         "QUOTE", None, "\u2018", "q3"),
        ("the winter", "DATE", "2019-WI", "department since ", None),
        ("Christmas", "DATE", "2019-12-25", "answer before ", None),
        ("Pitcaithly", "PERSON", None, "Mr ", "pitcaithly"),
        # para 9
        ("Bureau of Meteorology", "ORG", None, 0, None),
        ("Central West", "LOC", None, 0, None),
        ("autumn", "DATE", "2020-FA", "rainfall before ", None),
        ("NSW Rural Fire Service", "ORG", None, 0, None),
        ("this month", "DATE", "2019-12", "three days ", None),
        # para 11
        ("Lachlan Moloney", "PERSON", None, 0, None),
        ("Bellinga", "GPE", None, "farmed near ", None),
        ("the 1890s", "DATE", "189", "since ", None),
        ("the autumn of 2018", "DATE", "2018-FA", "since ", None),
        # para 12
        ("Town people are only now finding out what it's like,", "QUOTE", None, "\u2018", "q4"),
        ("Moloney", "PERSON", None, "Mr ", "moloney"),
        ("We've been carting water to stock for eighteen months. I hope the restrictions wake a few people up.",
         "QUOTE", None, "\u2018", "q5"),
        # para 13
        ("Bellinga Bowling Club", "ORG", None, 0, None),
        # para 14 -- "one resident", never named: no said_by
        ("We'll play on dirt if we have to,", "QUOTE", None, "\u2018", "q6"),
        ("Thursday", "DATE", "2019-12-05", "clubhouse on ", None),
        ("It's the kids I feel sorry for, with no pool this summer.", "QUOTE", None, "\u2018", "q7"),
        ("this summer", "DATE", "2019-SU", "no pool ", None),
        # para 15
        ("February", "DATE", "2020-02", "at its ", None),
        # para 16
        ("Hamish Tenbury", "PERSON", None, 0, "tenbury"),
        ("October", "DATE", "2019-10", "rules in ", None),
        ("The numbers speak for themselves,", "QUOTE", None, "\u2018", "q8"),
    ],
    relations=[("q1", "fairweather1"), ("q2", "fairweather1"), ("q3", "pitcaithly"),
               ("q4", "moloney"), ("q5", "moloney"), ("q8", "tenbury")],
))

# ---------------------------------------------------------------------------
# holdout2-dundee-kestrels-hull  (dct 2022-03-06, a Sunday)
# Place names standing for teams are ORG (GUIDELINES 2).
# ---------------------------------------------------------------------------
DOCS.append(dict(
    doc_id="holdout2-dundee-kestrels-hull",
    short="dundee",
    mentions=[
        ("Kestrels", "ORG", None, 0, None),
        ("Wolverines", "ORG", None, 0, None),
        ("Ouellette", "PERSON", None, "\n\n", None),
        ("Dundee", "ORG", None, "double keeps ", None),
        ("Fraser Lindsay", "PERSON", None, "By ", None),
        ("Dundee Kestrels", "ORG", None, "\n\n", None),
        ("Hull Wolverines", "ORG", None, "Kestrels 4 ", None),
        # para 1
        ("Jean-Philippe Ouellette", "PERSON", None, 0, "ouellette"),
        ("Dundee Kestrels", "ORG", None, "as the ", None),
        ("Hull Wolverines", "ORG", None, "to beat the ", None),
        ("Premier Ice League", "ORG", None, 0, None),
        # para 2
        ("Kestrels", "ORG", None, ("\n\nThe ", " trailed"), None),
        ("Hull", "ORG", None, "second in which ", None),
        ("Czech", "NORP", None, 0, None),
        ("Mat\u011bj Novotn\u00fd", "PERSON", None, 0, None),
        ("Callum Readhead", "PERSON", None, 0, None),
        # para 3
        ("Ouellette", "PERSON", None, "But ", None),
        ("French-Canadian", "NORP", None, 0, None),
        ("Dundee", "ORG", None, "who joined ", None),
        ("Qu\u00e9bec", "GPE", None, 0, None),
        ("the summer", "DATE", "2021-SU", "ranks in ", None),
        ("Kestrels", "ORG", None, "then put the ", None),
        ("Kalle M\u00e4kinen", "PERSON", None, 0, None),
        # para 4
        ("Ross McAllister", "PERSON", None, 0, None),
        # para 5
        ("Dundee", "ORG", None, ("\n\n", " head coach"), None),
        ("Siobhan Kerr-Whitelaw", "PERSON", None, 0, "kw1"),
        ("Saturday", "DATE", "2022-03-05", "spells of ", None),
        # multi-paragraph quote (GUIDELINES 7a): one span per paragraph
        ("I told them at the second intermission that we had been too passive. Hull came here with a plan, they clogged up the neutral zone and they made us look slow, and give them credit for that.",
         "QUOTE", None, "\u201c", "q1"),
        ("Hull", "ORG", None, "too passive. ", None),
        ("But this group has been in tight games all through the 2021-22 season and they never panic. JP was outstanding in the third, and I thought Kalle and the defence settled everything down once we got the first one.",
         "QUOTE", None, "\u201c", "q2"),
        ("the 2021-22 season", "DATE", "2021/2022", "all through ", None),
        ("JP", "PERSON", None, "never panic. ", None),
        ("Kalle", "PERSON", None, "I thought ", None),
        ("We\u2019re not getting carried away. There are six games left and three of them are on the road. Nobody in that dressing room is talking about the title yet.",
         "QUOTE", None, "\u201c", "q3"),
        # para 9
        ("Kestrels", "ORG", None, ("\n\nThe ", " opened"), None),
        ("Aleksander Wi\u015bniewski", "PERSON", None, 0, None),
        ("Novotn\u00fd", "PERSON", None, "but ", None),
        ("this season", "DATE", "2021/2022", "31 goals ", None),
        ("Dundee", "ORG", None, "starting after ", None),
        ("Ewan Doig", "PERSON", None, 0, None),
        # para 10
        ("Hull", "ORG", None, "\n\n", None),
        ("Tomas Lindqvist", "PERSON", None, 0, None),
        ("Wolverines", "ORG", None, "The ", None),
        # para 11
        ("We played 40 good minutes and 20 poor ones, and at this level that isn\u2019t enough,",
         "QUOTE", None, "\u201c", "q4"),
        ("Hull", "ORG", None, "\u201d ", None),
        ("Darren Booth", "PERSON", None, 0, "booth"),
        ("Novotn\u00fd", "PERSON", None, "added that ", None),
        ("Monday", "DATE", "2022-03-07", "assessed on ", None),
        # para 12
        ("Cardiff Ravens", "ORG", None, 0, None),
        ("Belfast Harriers", "ORG", None, 0, None),
        ("Saturday", "DATE", "2022-03-05", "Harriers on ", None),
        ("Dundee", "ORG", None, "leaves ", None),
        ("Cardiff", "GPE", None, "meet in ", None),
        ("March 19", "DATE", "2022-03-19", 0, None),
        # para 13
        ("Kestrels", "ORG", None, ("\n\nThe ", ", who finished"), None),
        ("last season", "DATE", "2020/2021", "seventh ", None),
        ("2019", "DATE", "2019", "play-offs in ", None),
        ("Graeme Soutar", "PERSON", None, 0, None),
        ("2020", "DATE", "2020", "Soutar in ", None),
        ("Kerr-Whitelaw", "PERSON", None, "under ", "kw2"),
        ("Swedish", "NORP", None, 0, None),
        # para 14
        ("She has changed the whole culture of the place,", "QUOTE", None, "\u201c", "q5"),
        ("McAllister", "PERSON", None, "said ", "mcallister"),
        ("Nobody takes a shift off anymore.", "QUOTE", None, "\u201c", "q6"),
        # para 15
        ("Dundee", "ORG", None, ("\n\n", " travel"), None),
        ("Sheffield", "GPE", None, 0, None),
        ("Wednesday", "DATE", "2022-03-09", "on ", None),
        ("Belfast", "ORG", None, "hosting ", None),
        ("next Saturday", "DATE", "2022-03-12", 0, None),
    ],
    relations=[("q1", "kw1"), ("q2", "kw1"), ("q3", "kw1"), ("q4", "booth"),
               ("q5", "mcallister"), ("q6", "mcallister")],
))

# ---------------------------------------------------------------------------
# holdout2-eu-asthma-traffic-study  (dct 2023-11-14, a Tuesday)
# ---------------------------------------------------------------------------
DOCS.append(dict(
    doc_id="holdout2-eu-asthma-traffic-study",
    short="euasthma",
    mentions=[
        ("European", "NORP", None, "six-city ", None),
        # para 1
        ("European", "NORP", None, "a large ", None),
        ("Tuesday", "DATE", "2023-11-14", "published on ", None),
        # para 2
        ("2010 and 2013", "DATE", "2010/2013", 0, None),
        ("Krak\u00f3w", "GPE", None, "six cities: ", None),
        ("Rotterdam", "GPE", None, "Krak\u00f3w, ", None),
        ("Seville", "GPE", None, "Rotterdam, ", None),
        ("Lyon", "GPE", None, 0, None),
        ("Turin", "GPE", None, 0, None),
        ("Brno", "GPE", None, 0, None),
        ("Jagiellonian University", "ORG", None, "led by the ", None),
        ("Krak\u00f3w", "GPE", None, "University in ", None),
        ("Erasmus MC", "ORG", None, "together with ", None),
        ("Rotterdam", "GPE", None, "Erasmus MC in ", None),
        ("Lancet Regional Health - Europe", "ORG", None, 0, None),
        # para 3
        ("2015 and 2020", "DATE", "2015/2020", 0, None),
        ("Krak\u00f3w", "GPE", None, "strongest in ", None),
        ("Seville", "GPE", None, "Krak\u00f3w and ", None),
        ("Rotterdam", "GPE", None, "weakest in ", None),
        ("the 2010s", "DATE", "201", 0, None),
        # para 4
        ("We expected to find an association, but we were surprised by how consistent it was across very different cities and climates,",
         "QUOTE", None, "\"", "q1"),
        ("Marta Kowalczyk", "PERSON", None, 0, "kowalczyk"),
        ("Jagiellonian University", "ORG", None, "epidemiologist at the ", None),
        # para 5
        ("March to June", "DATE", "XXXX-03/XXXX-06", 0, None),
        ("Joost van den Heuvel", "PERSON", None, 0, None),
        ("Erasmus MC", "ORG", None, "Heuvel of ", None),
        # para 6
        ("Van den Heuvel", "PERSON", None, "\n\n", "vdh"),
        ("The absolute risk for any one child is still small. What matters is that across a whole city, thousands of cases could be prevented,",
         "QUOTE", None, "\"", "q2"),
        # para 7
        ("Europe", "LOC", None, "ten children in ", None),
        ("the 1980s and 1990s", "DATE", "198/199", 0, None),
        ("European Environment Agency", "ORG", None, 0, None),
        ("last year", "DATE", "2022", "estimated ", None),
        ("European Union", "ORG", None, 0, None),
        # para 8
        ("EU", "ORG", None, "revision of the ", None),
        ("World Health Organization", "ORG", None, 0, None),
        ("2021", "DATE", "2021", "Organization in ", None),
        ("European Parliament", "ORG", None, 0, None),
        ("next year", "DATE", "2024", "continue into ", None),
        # para 9
        ("Luc\u00eda Ortega Belmonte", "PERSON", None, 0, "ortega"),
        ("University of Seville", "ORG", None, 0, None),
        ("Spanish", "NORP", None, 0, None),
        ("Every year we wait, another cohort of children grows up breathing this air. We already know what works, which is fewer cars near homes and schools.",
         "QUOTE", None, "\"", "q3"),
        # para 11
        ("Henrik Aalstad", "PERSON", None, 0, "aalstad"),
        ("Norwegian Institute of Public Health", "ORG", None, 0, None),
        ("one of the most robust pieces of evidence we have in Europe", "QUOTE", None, "\"", "q4"),
        ("Europe", "LOC", None, "we have in ", None),
        # para 12
        ("European Respiratory Society", "ORG", None, 0, None),
        ("Milan", "GPE", None, 0, None),
        ("10\u00a0September", "DATE", "2023-09-10", 0, None),  # non-breaking space
        ("2026", "DATE", "2026", "expected by ", None),
    ],
    relations=[("q1", "kowalczyk"), ("q2", "vdh"), ("q3", "ortega"), ("q4", "aalstad")],
))

# ---------------------------------------------------------------------------
# holdout2-voltline-ipo-delay  (dct 2025-10-09, a Thursday)
# ---------------------------------------------------------------------------
DOCS.append(dict(
    doc_id="holdout2-voltline-ipo-delay",
    short="voltline",
    mentions=[
        ("Voltline", "ORG", None, "startup ", None),
        ("Nasdaq", "ORG", None, "delays ", None),
        ("Megan Schultz", "PERSON", None, "By ", None),
        # dateline + para 1
        ("AUSTIN", "GPE", None, 0, None),
        ("Texas", "GPE", None, "AUSTIN, ", None),
        ("Voltline Energy", "ORG", None, 0, None),
        ("Austin", "GPE", None, "the ", None),
        ("U.S. Consumer Product Safety Commission", "ORG", None, 0, None),
        # para 2
        ("Securities and Exchange Commission", "ORG", None, 0, None),
        ("CPSC", "ORG", None, "letter from the ", None),
        ("Oct. 3", "DATE", "2025-10-03", 0, None),
        # quoted wording of the filing/letter: no named person -> no said_by
        ("exceeded normal operating temperatures.", "QUOTE", None, "\"", "q1"),
        ("Arizona", "GPE", None, 0, None),
        ("California", "GPE", None, "Arizona and ", None),
        ("Tuesday", "DATE", "2025-10-07", "according to ", None),
        # para 3
        ("Voltline", "ORG", None, ("\n\n", " had been"), None),
        ("this week", "DATE", "2025-W41", "shares ", None),
        ("Nasdaq", "ORG", None, "trading on the ", None),
        # para 4
        ("We are cooperating fully with the commission and we believe the issue is limited to a single batch of cells from one supplier,",
         "QUOTE", None, "\"", "q2"),
        ("Dana Okafor", "PERSON", None, 0, "okafor1"),
        ("Wednesday", "DATE", "2025-10-08", "statement on ", None),
        ("Customer safety comes before any timetable.", "QUOTE", None, "\"", "q3"),
        # para 5
        ("Okafor", "PERSON", None, "\n\n", "okafor2"),
        ("2019", "DATE", "2019", "company in ", None),
        ("Luis Arreola", "PERSON", None, 0, None),
        ("X", "ORG", None, "posted on ", None),
        ("We hear you. Thermal patch rolls out to every Cinder tonight. Thank you for your patience \U0001F50B",
         "QUOTE", None, "\"", "q4"),
        ("tonight", "DATE", "PAST_REF", "Cinder ", None),
        # para 6
        ("U.S.", "GPE", None, "sector. ", None),
        ("the second quarter", "DATE", "2025-Q2", "57% in ", None),
        ("a year earlier", "DATE", "2024-Q2", "from ", None),
        # para 7
        ("Investors were willing to look past the losses because the growth story is real, but a safety question is a different kind of risk,",
         "QUOTE", None, "\"", "q5"),
        ("Priya Raman", "PERSON", None, 0, "raman"),
        ("Westover Research", "ORG", None, 0, None),
        ("Until the CPSC closes this out, I don't see how the underwriters get this deal done in the fourth quarter.",
         "QUOTE", None, "\"", "q6"),
        ("CPSC", "ORG", None, "Until the ", None),
        ("the fourth quarter", "DATE", "2025-Q4", 0, None),
        # para 8
        ("Voltline", "ORG", None, "According to the filing, ", None),
        ("the fiscal year ended June 30", "DATE", "FY2025", 0, None),
        ("fiscal 2024", "DATE", "FY2024", 0, None),
        ("Q2 of its current fiscal year", "DATE", "FY2026-Q2", 0, None),
        ("July", "DATE", "2025-07", "began in ", None),
        # para 9
        ("Halyard Ventures", "ORG", None, 0, None),
        ("Northbeam Capital", "ORG", None, 0, None),
        ("June 2023", "DATE", "2023-06", 0, None),
        ("Pacific Crest Holdings", "ORG", None, 0, None),
        ("California", "GPE", None, "software in ", None),
        # para 10
        ("Halyard", "ORG", None, "A ", None),
        ("Ethan Brody", "PERSON", None, 0, None),
        ("Voltline", "ORG", None, "sits on ", None),
        # para 11
        ("Voltline", "ORG", None, ("\n\n", " said in the filing"), None),
        ("the third quarter", "DATE", "2025-Q3", 0, None),
        ("could have a material adverse effect", "QUOTE", None, "\"", "q7"),
        ("fiscal 2026", "DATE", "FY2026", 0, None),
        # para 12
        ("Honestly, it hasn't put me off,", "QUOTE", None, "\"", "q8"),
        ("Carla Mendes", "PERSON", None, 0, "mendes"),
        ("Phoenix", "GPE", None, 0, None),
        ("last year", "DATE", "2024", "Phoenix ", None),
        ("The app caught the problem before I did, and they sent someone out within two days.",
         "QUOTE", None, "\"", "q9"),
        # para 13
        ("CPSC", "ORG", None, "\n\nThe ", None),
        ("Brightwell Power", "ORG", None, 0, None),
        ("New York Stock Exchange", "ORG", None, 0, None),
        ("March", "DATE", "2025-03", "Exchange in ", None),
        ("Wednesday", "DATE", "2025-10-08", "4% on ", None),
    ],
    relations=[("q2", "okafor1"), ("q3", "okafor2"), ("q4", "okafor2"),
               ("q5", "raman"), ("q6", "raman"), ("q8", "mendes"), ("q9", "mendes")],
))

# ---------------------------------------------------------------------------
# holdout2-boise-basque-obituary  (dct 2021-06-24, a Thursday)
# ---------------------------------------------------------------------------
DOCS.append(dict(
    doc_id="holdout2-boise-basque-obituary",
    short="boise",
    mentions=[
        ("Itziar Uriarte", "PERSON", None, 0, None),
        ("Boise", "GPE", None, "kept ", None),
        ("Basque", "NORP", None, ("Boise\u2019s ", " songs"), None),
        ("Hannah Castellanos", "PERSON", None, "By ", None),
        # para 1
        ("Itziar Uriarte", "PERSON", None, "\n\n", None),
        ("Boise", "GPE", None, "the voice of ", None),
        ("Basque", "NORP", None, "the voice of Boise\u2019s ", None),
        ("Saturday", "DATE", "2021-06-19", "died on ", None),
        ("North End", "LOC", None, 0, None),
        # para 2
        ("Ane Uriarte Lasa", "PERSON", None, 0, "ane"),
        # para 3
        ("Itziar Arrieta", "PERSON", None, "Born ", None),
        ("March 3, 1937", "DATE", "1937-03-03", 0, None),
        ("Gernika", "GPE", None, 0, None),
        ("Basque", "NORP", None, "in the ", None),
        ("Biscay", "GPE", None, 0, None),
        ("Spain", "GPE", None, "northern ", None),
        ("That spring", "DATE", "1937-SP", 0, None),
        ("German", "NORP", None, 0, None),
        ("Italian", "NORP", None, 0, None),
        ("Oka valley", "LOC", None, 0, None),
        # para 4
        ("She never remembered it, of course, but she grew up in its shadow,", "QUOTE", None, "\u201c", "q1"),
        ("Singing was how that generation held on to what had nearly been taken from them.", "QUOTE", None, "\u201c", "q2"),
        # para 5
        ("1956", "DATE", "1956", "In ", None),
        ("New York", "GPE", None, "sailed to ", None),
        ("Joseba Uriarte", "PERSON", None, "marry ", None),
        ("Owyhee Mountains", "LOC", None, 0, None),
        ("Boise", "GPE", None, "settled in ", None),
        ("Basque", "NORP", None, "young ", None),
        # para 6
        ("Two years later", "DATE", "1958", 0, None),
        ("Basque", "NORP", None, ("at the ", " center downtown"), None),
        ("Basque", "NORP", None, "Euskara, the ", None),
        ("Franco", "PERSON", None, "suppressed in ", None),
        ("Spain", "GPE", None, "Franco\u2019s ", None),
        ("Zazpiak Bat Singers", "ORG", None, "later called the ", None),
        ("1964", "DATE", "1964", 0, None),
        ("Reno", "GPE", None, 0, None),
        ("Nevada", "GPE", None, "Reno, ", None),
        ("Bakersfield", "GPE", None, 0, None),
        ("California", "GPE", None, "Bakersfield, ", None),
        # para 7
        ("the late 1970s", "DATE", "197", 0, None),
        ("Basque", "NORP", None, "began giving ", None),
        ("Boise State University", "ORG", None, 0, None),
        ("2003", "DATE", "2003", 0, None),
        # para 8
        ("She had no patience for excuses and endless patience for people who were trying,",
         "QUOTE", None, "\u201c", "q3"),
        ("Mikel Goitia", "PERSON", None, 0, "goitia"),
        ("Zazpiak Bat Singers", "ORG", None, "now directs the ", None),
        ("Half the Basque-American kids in this valley can sing \u2018Agur Jaunak\u2019 because Itziar made them.",
         "QUOTE", None, "\u201c", "q4"),
        ("Basque-American", "NORP", None, 0, None),
        ("Itziar", "PERSON", None, "because ", "itziar_q"),
        # para 9
        ("Idaho Basque Heritage Society", "ORG", None, 0, None),
        ("1972", "DATE", "1972", 0, None),
        ("the 1980s", "DATE", "198", "much of ", None),
        ("1995", "DATE", "1995", 0, None),
        ("Basque", "NORP", None, "the international ", None),
        ("Boise", "GPE", None, "festival in ", None),
        ("Basque Government", "ORG", None, 0, None),
        ("Vitoria-Gasteiz", "GPE", None, 0, None),
        ("2008", "DATE", "2008", 0, None),
        # para 10
        ("You went to rehearsal and you left with a tin of croquetas,", "QUOTE", None, "\u201c", "q5"),
        ("Nerea Zubizarreta", "PERSON", None, 0, "nerea"),
        ("That was non-negotiable.", "QUOTE", None, "\u201c", "q6"),
        # para 11
        ("Joseba Uriarte", "PERSON", None, "\n\n", None),
        ("Dec. 12, 1999", "DATE", "1999-12-12", 0, None),
        ("Peio", "PERSON", None, 0, None),
        ("Elko", "GPE", None, 0, None),
        ("Nevada", "GPE", None, "Elko, ", None),
        # para 12 -- "she" = Itziar Uriarte; nearest naming mention is the
        # "Itziar" inside q4
        ("Spain", "GPE", None, "moved back to ", None),
        ("I left one home and built another,", "QUOTE", None, "\u201c", "q7"),
        ("Now I have two, and that is more than most people get.", "QUOTE", None, "\u201c", "q8"),
        # para 13
        ("July 1", "DATE", "2021-07-01", 0, None),
    ],
    relations=[("q1", "ane"), ("q2", "ane"), ("q3", "goitia"), ("q4", "goitia"),
               ("q5", "nerea"), ("q6", "nerea"), ("q7", "itziar_q"), ("q8", "itziar_q")],
))

# Which PERSON mentions name which speaker (used only to check that each
# said_by target is the nearest naming mention, GUIDELINES 7).
SAME_PERSON = {
    "holdout2-nsw-water-restrictions": [["Robyn Fairweather", "Fairweather"]],
    "holdout2-dundee-kestrels-hull": [["Siobhan Kerr-Whitelaw", "Kerr-Whitelaw"],
                                      ["Ross McAllister", "McAllister"]],
    "holdout2-voltline-ipo-delay": [["Dana Okafor", "Okafor"]],
    "holdout2-boise-basque-obituary": [["Itziar Uriarte", "Itziar Arrieta", "Itziar"]],
    "holdout2-eu-asthma-traffic-study": [["Joost van den Heuvel", "Van den Heuvel"]],
    "holdout2-jakarta-court-recount": [["Grace Rumondor", "Rumondor"]],
}


def locate(text, surface, ctx):
    if isinstance(ctx, int):
        pos, n = -1, -1
        while n < ctx:
            pos = text.find(surface, pos + 1)
            if pos < 0:
                raise ValueError("occurrence %d of %r not found" % (ctx, surface))
            n += 1
        return pos
    right = ""
    if isinstance(ctx, tuple):
        ctx, right = ctx
    probe = ctx + surface + right
    first = text.find(probe)
    if first < 0:
        raise ValueError("context %r + %r not found" % (ctx, surface))
    if text.find(probe, first + 1) >= 0:
        raise ValueError("context %r + %r is ambiguous" % (ctx, surface))
    return first + len(ctx)


def build_doc(doc, dct):
    path = os.path.join(CORPUS, doc["doc_id"] + ".txt")
    with open(path, encoding="utf-8", newline="") as fh:
        text = fh.read()
    raw = []
    keys = {}
    for surface, label, value, ctx, key in doc["mentions"]:
        assert label in LABELS, label
        assert (label == "DATE") == (value is not None), (surface, label, value)
        start = locate(text, surface, ctx)
        end = start + len(surface)
        assert text[start:end] == surface
        # minimal span: no surrounding whitespace / punctuation for entities
        assert surface == surface.strip(), surface
        if label != "QUOTE":
            assert surface[0].isalnum() and (surface[-1].isalnum() or surface[-1] == "."), surface
        raw.append(dict(start=start, end=end, label=label, text=surface, value=value, key=key))
    # reading order as written (quotes precede the spans they contain)
    for a, b in zip(raw, raw[1:]):
        assert a["start"] <= b["start"], ("order", a["text"], b["text"])
    spans = sorted(raw, key=lambda s: (s["start"], -s["end"]))
    # duplicates / flatness
    for i, a in enumerate(spans):
        for b in spans[i + 1:]:
            if b["start"] >= a["end"]:
                break
            # overlap: only entity/date spans inside a QUOTE are allowed
            if a["label"] == "QUOTE" and b["label"] != "QUOTE" and b["end"] <= a["end"]:
                continue
            raise ValueError("overlap %r %r" % (a, b))
    out_spans = []
    for n, s in enumerate(spans, 1):
        sid = "%s-%d" % (doc["short"], n)
        s["id"] = sid
        if s["key"]:
            assert s["key"] not in keys, s["key"]
            keys[s["key"]] = s
        o = dict(id=sid, start=s["start"], end=s["end"], label=s["label"], text=s["text"])
        if s["label"] == "DATE":
            o["value"] = s["value"]
        out_spans.append(o)
    ids = [o["id"] for o in out_spans]
    assert len(ids) == len(set(ids))
    relations = []
    seen_q = set()
    groups = SAME_PERSON.get(doc["doc_id"], [])
    for qk, pk in doc["relations"]:
        q, p = keys[qk], keys[pk]
        assert q["label"] == "QUOTE" and p["label"] == "PERSON", (qk, pk)
        assert q["id"] not in seen_q, qk
        seen_q.add(q["id"])
        # nearest-mention check among PERSON spans naming the same speaker
        names = [p["text"]]
        for g in groups:
            if p["text"] in g:
                names = g
        def dist(s):
            if s["end"] <= q["start"]:
                return q["start"] - s["end"]
            if s["start"] >= q["end"]:
                return s["start"] - q["end"]
            return 0 if not (s["start"] >= q["start"] and s["end"] <= q["end"]) else 10 ** 9
        cands = [s for s in spans if s["label"] == "PERSON" and s["text"] in names]
        best = min(cands, key=dist)
        if best is not p:
            raise ValueError("said_by for %s is not the nearest naming mention: %r (d=%d) vs %r (d=%d)"
                             % (qk, p["text"], dist(p), best["text"], dist(best)))
        relations.append({"from": q["id"], "to": p["id"], "type": "said_by"})
    relations.sort(key=lambda r: int(r["from"].rsplit("-", 1)[1]))
    return {"doc_id": doc["doc_id"], "spans": out_spans, "relations": relations}


def main():
    manifest = {}
    with open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                m = json.loads(line)
                manifest[m["doc_id"]] = m
    order = [m for m in manifest]  # manifest order
    by_id = {d["doc_id"]: d for d in DOCS}
    assert set(by_id) == set(manifest), set(by_id) ^ set(manifest)
    lines = []
    for doc_id in order:
        rec = build_doc(by_id[doc_id], manifest[doc_id]["dct"])
        lines.append(json.dumps(rec, ensure_ascii=False))
        counts = {}
        for s in rec["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
        print(doc_id, dict(sorted(counts.items())), "said_by:", len(rec["relations"]), file=sys.stderr)
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
