#!/usr/bin/env python3
"""Annotator-2 pass over the dev4 corpus.

Every mention below was chosen by hand, by reading the articles, under GUIDELINES.md.
This script only locates each hand-chosen surface string in the text (in reading order,
optionally constrained by a short left context), computes half-open [start, end) offsets,
checks the result and writes annotation.jsonl.

Mention helpers:
  E(surface, label, ctx=None, inq=False)   entity (PERSON/ORG/GPE/LOC/NORP) without a key
  P(surface, who, key=None, ctx=None, inq=False)  PERSON; `who` = the real person it names
  D(surface, value, ctx=None, inq=False)   DATE with its value
  Q(surface, key, speaker, ctx=None)       QUOTE; `speaker` = who of the speaker, or None
                                           when the speaker is never named (section 7a)
`inq=True` marks an entity/date that lies inside the preceding QUOTE (checked).
`ctx` is a short left context that must immediately precede the surface.
SAID_BY lists the hand-chosen (quote key, person key) pairs; the script checks that the
person named is the speaker and is the nearest mention of that speaker (section 7).
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")  # dev/batch-4/corpus


def E(surface, label, ctx=None, inq=False):
    return dict(surface=surface, label=label, ctx=ctx, inq=inq)


def P(surface, who, key=None, ctx=None, inq=False):
    return dict(surface=surface, label="PERSON", who=who, key=key, ctx=ctx, inq=inq)


def D(surface, value, ctx=None, inq=False):
    return dict(surface=surface, label="DATE", value=value, ctx=ctx, inq=inq)


def Q(surface, key, speaker, ctx=None):
    return dict(surface=surface, label="QUOTE", key=key, speaker=speaker, ctx=ctx, inq=False)


DOCS = []

# ---------------------------------------------------------------------------------------
# dev4-telangana-fee-dues  (dct 2024-02-13, a Tuesday)
DOCS.append(dict(
    doc_id="dev4-telangana-fee-dues", short="telangana",
    mentions=[
        # headline
        E("HC", "ORG"),
        E("Telangana", "GPE"),
        D("March 31", "2024-03-31"),
        # para 1
        E("HYDERABAD", "GPE"),
        E("Telangana High Court", "ORG"),
        D("Monday", "2024-02-12"),
        D("March 31", "2024-03-31"),
        Q("cannot be made to suffer for the administrative delays of the department.", "q_court", None),
        # para 2
        P("P. Srinivasa Rao", "Rao_J"),
        P("Anuradha Venkatesh", "Venkatesh"),
        E("Telangana Private Professional Colleges Managements Association", "ORG"),
        D("the 2021-22 and 2022-23 academic years", "2021/2023"),
        # para 3
        P("Venkat Narayana Murthy", "Murthy", key="p_murthy"),
        E("Rangareddy", "GPE"),
        E("Medchal", "GPE"),
        E("Warangal", "GPE"),
        D("November", "2023-11", ctx="since "),
        Q("Managements are borrowing at 14 per cent interest to keep the doors open. The government is holding our money and our students are holding the bill,", "q_murthy", "Murthy"),
        # para 4
        P("T. Harsha Vardhan", "Vardhan", key="p_vardhan"),
        E("Finance department", "ORG"),
        D("last month", "2024-01"),
        Q("in a phased manner", "q_vardhan", "Vardhan"),
        D("April 5", "2024-04-05"),
        # para 5
        E("Congress", "ORG"),
        E("Assembly", "ORG"),
        E("Cabinet", "ORG"),
        D("Friday", "2024-02-16"),
        # para 6
        E("BRS", "ORG"),
        Q("For two months they have been holding review meetings and press conferences. The High Court has now told them what students have been telling them since December,", "q_rao", "RaoMLA"),
        E("High Court", "ORG", inq=True),
        D("December", "2023-12", inq=True),
        E("BRS", "ORG"),
        P("K. Raghavender Rao", "RaoMLA", key="p_rao"),
        # para 7
        E("Congress", "ORG"),
        P("Shabnam Qureshi", "Qureshi", key="p_qureshi"),
        E("BRS", "ORG"),
        Q("an empty treasury and a mountain of unpaid bills", "q_qureshi1", "Qureshi"),
        Q("We are paying for their sins, but we will pay. Not a single student will lose a seat because of this.", "q_qureshi2", "Qureshi"),
        # para 8
        E("BJP", "ORG"),
        P("N. Prabhakar Goud", "Goud"),
        E("SC", "NORP"),
        E("ST", "NORP"),
        E("BC", "NORP"),
        E("CPI(M)", "ORG"),
        # para 9
        E("SFI", "ORG"),
        E("ABVP", "ORG"),
        E("Nampally", "GPE"),
        D("Thursday", "2024-02-15"),
        Q("My father is a farmer in Nalgonda. He has already sold two acres for my hostel fees,", "q_lavanya1", "Lavanya"),
        E("Nalgonda", "GPE", inq=True),
        P("G. Lavanya", "Lavanya", key="p_lavanya"),
        Q("If the certificate is not given, all of that is wasted.", "q_lavanya2", "Lavanya"),
        # para 10
        D("April 8", "2024-04-08"),
    ],
    said_by=[
        ("q_murthy", "p_murthy"),
        ("q_vardhan", "p_vardhan"),
        ("q_rao", "p_rao"),
        ("q_qureshi1", "p_qureshi"),
        ("q_qureshi2", "p_qureshi"),
        ("q_lavanya1", "p_lavanya"),
        ("q_lavanya2", "p_lavanya"),
    ],
))

# ---------------------------------------------------------------------------------------
# dev4-athenry-data-centre  (dct 2022-11-09, a Wednesday)
DOCS.append(dict(
    doc_id="dev4-athenry-data-centre", short="athenry",
    mentions=[
        # headline, byline
        E("Athenry", "GPE"),
        P("Siobhán Ní Chonaola", "NiChonaola"),
        D("Wednesday, 9 November 2022", "2022-11-09"),
        # para 1
        E("Athenry", "GPE"),
        E("Galway County Council", "ORG"),
        D("Monday", "2022-11-07"),
        Q("turn the lights off on the rest of east Galway", "q_councillor", None),
        E("Galway", "GPE", inq=True),
        # para 2
        E("Corrib Digital Infrastructure Ltd", "ORG"),
        E("Lisheenkyle", "GPE"),
        # para 3
        D("August", "2022-08"),
        D("last month", "2022-10"),
        D("Christmas", "2022-12-25"),
        # para 4
        Q("We are being asked to take it on trust that the grid can cope,", "q_kw1", "KennyWalsh"),
        P("Aoife Kenny-Walsh", "KennyWalsh", key="p_kw1"),
        E("Athenry", "GPE"),
        E("Oranmore", "GPE"),
        Q("EirGrid has said publicly that the Dublin region can’t take any more of these for years. Why would anyone believe the west is different?", "q_kw2", "KennyWalsh"),
        E("EirGrid", "ORG", inq=True),
        E("Dublin", "GPE", inq=True),
        # para 5
        P("Kenny-Walsh", "KennyWalsh", key="p_kw2"),
        E("Clareen aquifer", "LOC"),
        Q("a serious worry for every farmer with a well", "q_kw3", "KennyWalsh"),
        # para 6
        Q("This is exactly the kind of investment Galway has been crying out for, and we are sitting here finding reasons to say no,", "q_morrissey1", "Morrissey"),
        E("Galway", "GPE", inq=True),
        E("Fine Gael", "ORG"),
        P("Declan Morrissey", "Morrissey", key="p_morrissey"),
        Q("If it goes to Mayo or across the border into Clare, nobody will thank us.", "q_morrissey2", "Morrissey"),
        E("Mayo", "GPE", inq=True),
        E("Clare", "GPE", inq=True),
        # para 7
        E("Dublin", "GPE"),
        D("September", "2022-09"),
        # para 8
        P("Colm Fahy", "Fahy", key="p_fahy"),
        E("Fianna Fáil", "ORG"),
        D("Tuesday", "2022-11-08"),
        Q("being dragged out", "q_fahy", "Fahy"),
        E("Sinn Féin", "ORG"),
        P("Róisín Geraghty", "Geraghty", key="p_geraghty"),
        E("Commission for Regulation of Utilities", "ORG"),
        # para 9
        Q("People in Athenry aren’t against jobs. They are against being told a story,", "q_geraghty1", "Geraghty"),
        E("Athenry", "GPE", inq=True),
        Q("Give us the figures and let people decide.", "q_geraghty2", "Geraghty"),
        # para 10
        E("Corrib Digital", "ORG"),
        Q("engaged fully and openly", "q_spokesperson", None),
        E("Athenry", "GPE"),
        D("next week", "2022-11-14/2022-11-20"),
        # para 11
        E("An Bord Pleanála", "ORG"),
        Q("This is going to Dublin no matter what,", "q_official1", None),
        E("Dublin", "GPE", inq=True),
        E("Advertiser", "ORG"),
        Q("The only question is who lodges the appeal.", "q_official2", None),
        # para 12
        D("January", "2023-01"),
    ],
    said_by=[
        ("q_kw1", "p_kw1"),
        ("q_kw2", "p_kw2"),
        ("q_kw3", "p_kw2"),
        ("q_morrissey1", "p_morrissey"),
        ("q_morrissey2", "p_morrissey"),
        ("q_fahy", "p_fahy"),
        ("q_geraghty1", "p_geraghty"),
        ("q_geraghty2", "p_geraghty"),
    ],
))

# ---------------------------------------------------------------------------------------
# dev4-kenya-power-halfyear  (dct 2025-03-12, a Wednesday)
DOCS.append(dict(
    doc_id="dev4-kenya-power-halfyear", short="kenya",
    mentions=[
        # headline
        E("Kenya Power", "ORG"),
        # para 1
        E("NAIROBI", "GPE"),
        E("Kenya", "GPE", ctx="NAIROBI, "),
        E("Kenya Power", "ORG"),
        D("December 31", "2024-12-31"),
        # para 2
        D("Tuesday", "2025-03-11"),
        D("the first half of the 2024/25 financial year", "2024-07/2024-12"),
        D("a year earlier", "2023-07/2023-12"),
        # para 3
        P("Josephine Wambui-Ndegwa", "WambuiNdegwa", key="p_wn"),
        Q("We lost almost a quarter of the power we bought three years ago. Today that figure is below 21 per cent, and every point is worth about Sh2 billion to us,", "q_wn1", "WambuiNdegwa"),
        D("three years ago", "2022", inq=True),
        D("Today", "PRESENT_REF", inq=True),
        E("Nairobi", "GPE"),
        # para 4
        D("the third quarter", "2025-01/2025-03"),
        E("Energy and Petroleum Regulatory Authority", "ORG"),
        E("EPRA", "ORG"),
        Q("We will not be able to sustain these margins if the pass-through is delayed,", "q_wn2", "WambuiNdegwa"),
        # para 5
        E("EPRA", "ORG"),
        P("Kiprotich Langat", "Langat", key="p_langat"),
        D("last week", "2025-03-03/2025-03-09"),
        Q("before the end of April", "q_langat", "Langat"),
        D("April", "2025-04", inq=True),
        E("Mombasa", "GPE"),
        E("Kisumu", "GPE"),
        E("Eldoret", "GPE"),
        # para 6
        E("Kenya Energy Workers Union", "ORG"),
        E("KEWU", "ORG"),
        D("March 24", "2025-03-24"),
        D("2023", "2023"),
        P("Hassan Odhiambo", "Odhiambo", key="p_odhiambo1"),
        Q("waited patiently for eighteen months", "q_odhiambo1", "Odhiambo"),
        # para 7
        Q("If there is money for dividends, there is money for the linesman who climbs a pole in the rain,", "q_odhiambo2", "Odhiambo"),
        P("Odhiambo", "Odhiambo", key="p_odhiambo2"),
        D("Monday", "2025-03-10"),
        # para 8
        E("Kenya Power", "ORG"),
        E("National Treasury", "ORG"),
        # para 9
        Q("The headline number flatters the underlying business a little, because roughly a third of the improvement is the currency,", "q_kamau1", "Kamau"),
        P("Wanjiru Kamau", "Kamau", key="p_kamau"),
        E("Mara Ridge Securities", "ORG"),
        Q("But the reduction in system losses is real, and that is the number investors should watch in the second half.", "q_kamau2", "Kamau"),
        D("the second half", "2025-01/2025-06", inq=True),
        # para 10
        P("Nicholas Oyugi", "Oyugi", key="p_oyugi"),
        E("Nairobi", "GPE"),
        E("Lango Capital", "ORG"),
        E("Nairobi Securities Exchange", "ORG"),
        D("the past year", "2024-03-12/2025-03-12"),
        Q("priced for a dividend that may not come until 2026", "q_oyugi", "Oyugi"),
        D("2026", "2026", inq=True),
        # para 11
        E("Kenya Power", "ORG"),
        D("Tuesday", "2025-03-11"),
    ],
    said_by=[
        ("q_wn1", "p_wn"),
        ("q_wn2", "p_wn"),
        ("q_langat", "p_langat"),
        ("q_odhiambo1", "p_odhiambo1"),
        ("q_odhiambo2", "p_odhiambo2"),
        ("q_kamau1", "p_kamau"),
        ("q_kamau2", "p_kamau"),
        ("q_oyugi", "p_oyugi"),
    ],
))

# ---------------------------------------------------------------------------------------
# dev4-tripoli-clashes  (dct 2019-10-16, a Wednesday)
DOCS.append(dict(
    doc_id="dev4-tripoli-clashes", short="tripoli",
    mentions=[
        # headline
        E("Libyan", "NORP"),
        # para 1
        E("TRIPOLI", "GPE"),
        E("Libya", "GPE"),
        E("AP", "ORG"),
        E("Libya", "GPE"),
        E("U.N.", "ORG"),
        E("Tripoli", "GPE"),
        D("Tuesday", "2019-10-15"),
        D("this month", "2019-10"),
        # para 2
        E("Ain Zara", "GPE"),
        E("Nour Brigade", "ORG"),
        E("Al-Fajr Security Battalion", "ORG"),
        D("Wednesday", "2019-10-16"),
        # para 3
        P("Malek Ben Youssef", "BenYoussef", key="p_by"),
        E("Health Ministry", "ORG"),
        E("Tripoli", "GPE"),
        Q("Our teams could not reach the injured for more than four hours,", "q_by1", "BenYoussef"),
        Q("We are asking all sides to respect the red crescent and let us work.", "q_by2", "BenYoussef"),
        # para 4
        E("Interior Ministry", "ORG"),
        E("Government of National Accord", "ORG"),
        E("Ain Zara", "GPE"),
        E("Salah al-Din", "GPE"),
        E("Libya", "GPE"),
        D("2011", "2011"),
        P("Moammar Gadhafi", "Gadhafi"),
        # para 5
        Q("about money, not politics.", "q_official1", None),
        Q("Whoever holds the depot sells the fuel. Everybody knows this,", "q_official2", None),
        # para 6
        E("Facebook", "ORG"),
        E("Nour Brigade", "ORG"),
        Q("treachery", "q_statement", None),
        # para 7
        E("U.N. Support Mission in Libya", "ORG"),
        Q("deeply alarmed", "q_unsmil", None),
        P("Hélène Marchetti-Rossi", "MarchettiRossi", key="p_mr"),
        Q("only serves those who want Libya divided.", "q_mr", "MarchettiRossi"),
        E("Libya", "GPE", inq=True),
        # para 8
        E("Sudanese", "NORP"),
        E("Eritrean", "NORP"),
        E("Chadian", "NORP"),
        Q("The guards left. The doors are locked and there is no water since yesterday,", "q_migrant", None),
        D("yesterday", "2019-10-15", inq=True),
        E("Sudanese", "NORP"),
        E("Associated Press", "ORG"),
        # para 9
        E("Tripoli", "GPE"),
        D("April", "2019-04"),
        E("Libya", "GPE"),
        D("this month", "2019-10"),
        E("Italian", "NORP"),
        E("Turkish", "NORP"),
        E("Tripoli", "GPE"),
        # para 10
        Q("The eastern offensive pushed these groups together, and the lull is now letting their old quarrels come back,", "q_mansouri", "Mansouri"),
        P("Tarek Mansouri", "Mansouri", key="p_mansouri"),
        E("Libyan", "NORP"),
        E("Tunis", "GPE"),
    ],
    said_by=[
        ("q_by1", "p_by"),
        ("q_by2", "p_by"),
        ("q_mr", "p_mr"),
        ("q_mansouri", "p_mansouri"),
    ],
))

# ---------------------------------------------------------------------------------------
# dev4-nordsee-open-final  (dct 2024-06-23, a Sunday)
DOCS.append(dict(
    doc_id="dev4-nordsee-open-final", short="nordsee",
    mentions=[
        # headline
        P("Nováková", "Novakova"),
        D("last year", "2023"),
        # para 1
        E("BREMEN", "GPE"),
        E("Germany", "GPE"),
        P("Tereza Nováková", "Novakova"),
        E("Czech Republic", "GPE"),
        D("Sunday", "2024-06-23"),
        E("Poland", "GPE"),
        P("Zuzanna Wójcik", "Wojcik"),
        # para 2
        E("Brno", "GPE"),
        D("last year", "2023"),
        E("Spain", "GPE"),
        P("Lucía Peñalver", "Penalver"),
        # para 3
        Q("I was thinking about it in the shower this morning, honestly,", "q_nov1", "Novakova"),
        D("this morning", "2024-06-23", inq=True),
        P("Nováková", "Novakova", key="p_nov1"),
        Q("Last year I was too nervous to even look at the trophy. Today I told myself: you have been here, you know the way.", "q_nov2", "Novakova"),
        D("Last year", "2023", inq=True),
        D("Today", "2024-06-23", inq=True),
        D("May", "2024-05"),
        Q("given me a little more control when the ball stays low.", "q_nov3", "Novakova"),
        # para 4
        P("Wójcik", "Wojcik"),
        E("Polish", "NORP"),
        E("Szczecin", "GPE"),
        # para 5
        Q("She played the big points better than me. That is tennis,", "q_woj1", "Wojcik"),
        P("Wójcik", "Wojcik", key="p_woj"),
        E("WTA", "ORG"),
        Q("I am proud of the week. I came here with a sore shoulder and I leave with a lot of matches in my body before Wimbledon.", "q_woj2", "Wojcik"),
        # para 6
        E("Polish Tennis Association", "ORG"),
        D("Saturday", "2024-06-22"),
        P("Wójcik", "Wojcik"),
        E("London", "GPE"),
        D("Monday", "2024-06-24"),
        # para 7
        P("Nováková", "Novakova"),
        E("Slovenia", "GPE"),
        P("Nika Žagar", "Zagar"),
        D("Friday", "2024-06-21"),
        E("Romanian", "NORP"),
        P("Ioana Dumitrescu", "Dumitrescu"),
        D("Saturday", "2024-06-22"),
        D("Sunday", "2024-06-23"),
        # para 8
        P("Peñalver", "Penalver", key="p_pen"),
        D("Tuesday", "2024-06-18"),
        Q("the hardest one of the season.", "q_pen", "Penalver"),
        # para 9
        P("Nováková", "Novakova", key="p_nov2"),
        Q("Grass season: unlocked 🌱🏆 Děkuju Bremen!", "q_nov4", "Novakova"),
        E("Bremen", "GPE", inq=True),
        # para 10
        P("Jiří Holub", "Holub", key="p_holub"),
        E("Czech Tennis Association", "ORG"),
        E("Halle", "GPE"),
        Q("People think Czech players only like clay. She has always had the hands for grass; she just needed the legs,", "q_holub", "Holub"),
        E("Czech", "NORP", inq=True),
        # para 11
        P("Nováková", "Novakova"),
        D("Monday", "2024-06-24"),
        E("WTA", "ORG"),
        E("Czech", "NORP"),
        # para 12
        D("Monday", "2024-06-24"),
        D("Friday", "2024-06-28"),
    ],
    said_by=[
        ("q_nov1", "p_nov1"),
        ("q_nov2", "p_nov1"),
        ("q_nov3", "p_nov1"),
        ("q_woj1", "p_woj"),
        ("q_woj2", "p_woj"),
        ("q_pen", "p_pen"),
        ("q_nov4", "p_nov2"),
        ("q_holub", "p_holub"),
    ],
))

# ---------------------------------------------------------------------------------------
# dev4-pennsylvania-pfas-bill  (dct 2021-03-18, a Thursday)
DOCS.append(dict(
    doc_id="dev4-pennsylvania-pfas-bill", short="pfas",
    mentions=[
        # headline
        E("Pa. Senate", "ORG"),
        E("GOP", "ORG"),
        # para 1
        E("HARRISBURG", "GPE"),
        E("Pa.", "GPE"),
        E("Pennsylvania Senate", "ORG"),
        D("Wednesday", "2021-03-17"),
        E("Republicans", "NORP"),
        # para 2
        D("next January", "2022-01"),
        P("Ellen Marsh", "Marsh"),
        E("Democrat", "NORP"),
        # para 3
        P("Dale Hoffmeyer", "Hoffmeyer"),
        E("Republican", "NORP"),
        E("Lancaster County", "GPE"),
        D("2019", "2019"),
        E("Environmental Resources and Energy Committee", "ORG"),
        # para 4
        Q("I've sat in kitchens with families who were told for years their water was fine. It was not fine,", "q_hoff1", "Hoffmeyer"),
        P("Hoffmeyer", "Hoffmeyer", key="p_hoff"),
        Q("This isn't a Republican issue or a Democratic issue. It's a 'can I give my kid a glass of water' issue.", "q_hoff2", "Hoffmeyer"),
        E("Republican", "NORP", inq=True),
        E("Democratic", "NORP", inq=True),
        # para 6
        E("Democrats", "NORP"),
        Q("Ten parts per trillion is a start, but the science is moving faster than this building,", "q_quintero", "Quintero"),
        P("Marisol Quintero", "Quintero", key="p_quintero"),
        E("Philadelphia", "GPE"),
        E("Democrat", "NORP"),
        # para 7
        E("Commonwealth Manufacturers Alliance", "ORG"),
        Q("Every dollar of that lands on somebody's water bill,", "q_pallone", "Pallone"),
        P("Gregory Pallone", "Pallone", key="p_pallone"),
        # para 8
        E("Senate", "ORG", ctx="\n\n"),
        P("Karen Eckert", "Eckert"),
        E("Republican", "NORP"),
        E("Westmoreland County", "GPE"),
        Q("looks forward to reviewing the committee's work.", "q_spokesman", None),
        # para 9
        Q("Two years ago we couldn't get a hearing,", "q_rhodes1", "Rhodes"),
        D("Two years ago", "2019", inq=True),
        P("Tanya Rhodes", "Rhodes", key="p_rhodes"),
        E("Keystone Clean Water Coalition", "ORG"),
        E("Bucks", "GPE"),
        E("Montgomery", "GPE"),
        Q("Now we have a Republican from Lancaster County carrying the bill. That tells you where voters are.", "q_rhodes2", "Rhodes"),
        E("Republican", "NORP", inq=True),
        E("Lancaster County", "GPE", inq=True),
        # para 10
        D("2022", "2022"),
        E("House", "ORG"),
        E("Senate", "ORG"),
        # para 11
        E("Department of Environmental Protection", "ORG"),
        D("2023", "2023"),
    ],
    said_by=[
        ("q_hoff1", "p_hoff"),
        ("q_hoff2", "p_hoff"),
        ("q_quintero", "p_quintero"),
        ("q_pallone", "p_pallone"),
        ("q_rhodes1", "p_rhodes"),
        ("q_rhodes2", "p_rhodes"),
    ],
))

# ---------------------------------------------------------------------------------------
# dev4-lunar-ice-tessera  (dct 2026-01-20, a Tuesday)
DOCS.append(dict(
    doc_id="dev4-lunar-ice-tessera", short="lunar",
    mentions=[
        # headline, subheading
        E("lunar south pole", "LOC"),
        E("European", "NORP"),
        D("2030s", "2030/2039"),
        # para 1
        E("Moon", "LOC"),
        D("more than half a century ago", "PAST_REF"),
        E("lunar south pole", "LOC"),
        D("Monday", "2026-01-19"),
        E("Nature Astronomy", "ORG"),
        # para 2
        E("University of Edinburgh", "ORG"),
        E("Tohoku University", "ORG"),
        E("Japan", "GPE"),
        D("1969 and 1972", "1969/1972"),
        # para 3
        Q("These are signals that people have been staring at since the 1970s. Nobody was wrong about them; we simply did not have the tools to pull this kind of detail out,", "q_macleod1", "MacLeod"),
        D("the 1970s", "1970/1979", inq=True),
        P("Fiona MacLeod", "MacLeod", key="p_macleod1"),
        E("Edinburgh", "ORG"),
        Q("noisy, patchy and recorded on tape", "q_macleod2", "MacLeod"),
        # para 4
        D("the 1960s", "1960/1969"),
        E("American", "NORP"),
        # para 5
        Q("If even a fraction of this is real, it changes the arithmetic for everyone planning to live and work at the south pole,", "q_arakawa", "Arakawa"),
        E("south pole", "LOC", inq=True),
        P("Kenji Arakawa", "Arakawa", key="p_arakawa"),
        E("Tohoku University", "ORG"),
        # para 6
        E("European Space Agency", "ORG"),
        E("ESA", "ORG"),
        D("2025", "2025"),
        D("2031 and 2033", "2031/2033"),
        # para 7
        Q("This is precisely the kind of result that tells us where to point the radar first,", "q_ferrante", "Ferrante"),
        P("Lucia Ferrante", "Ferrante", key="p_ferrante"),
        E("Japan Aerospace Exploration Agency", "ORG"),
        E("JAXA", "ORG"),
        E("NASA", "ORG"),
        # para 8
        Q("Apollo seismometers were extraordinary for their time, but they were placed hundreds of kilometres from the south pole,", "q_osei1", "OseiBonsu"),
        E("south pole", "LOC", inq=True),
        P("Amara Osei-Bonsu", "OseiBonsu", key="p_osei"),
        E("University of Arizona", "ORG"),
        Q("You are inferring a great deal from waves that have travelled a very long way.", "q_osei2", "OseiBonsu"),
        # para 9
        Q("a clever use of an archive that most of us had written off.", "q_osei3", "OseiBonsu"),
        # para 10
        E("south pole", "LOC"),
        D("the next decade", "FUTURE_REF"),
        P("MacLeod", "MacLeod"),
        E("China", "GPE"),
        D("the decade", "2020/2029"),
    ],
    said_by=[
        ("q_macleod1", "p_macleod1"),
        ("q_macleod2", "p_macleod1"),
        ("q_arakawa", "p_arakawa"),
        ("q_ferrante", "p_ferrante"),
        ("q_osei1", "p_osei"),
        ("q_osei2", "p_osei"),
        ("q_osei3", "p_osei"),
    ],
))

# ---------------------------------------------------------------------------------------
# dev4-hamilton-manslaughter-verdict  (dct 2024-09-27, a Friday; CRLF line ends)
DOCS.append(dict(
    doc_id="dev4-hamilton-manslaughter-verdict", short="hamilton",
    mentions=[
        # headline, byline
        E("Hamilton", "GPE"),
        P("Rebecca Lindqvist", "Lindqvist"),
        # para 1
        E("HAMILTON", "GPE"),
        E("Ontario Superior Court", "ORG"),
        D("Thursday", "2024-09-26"),
        E("Hamilton", "GPE"),
        D("June 4, 2023", "2023-06-04"),
        # para 2
        P("Tyler Brennan", "Brennan"),
        P("Margaret O'Donnell", "ODonnell"),
        D("December", "2024-12"),
        # para 3
        P("Jordan Ackerley", "JordanAckerley"),
        E("Stoney Creek", "GPE"),
        E("Crown", "ORG"),
        P("Brennan", "Brennan"),
        P("Ackerley", "JordanAckerley"),
        # para 4
        P("Brennan", "Brennan"),
        P("Ackerley", "JordanAckerley"),
        P("Brennan", "Brennan", key="p_brennan"),
        D("last week", "2024-09-16/2024-09-22"),
        Q("panicked", "q_brennan", "Brennan"),
        # para 5
        D("Monday", "2024-09-23"),
        P("Priya Raman", "Raman", key="p_raman"),
        # paras 6-7: one quotation over two paragraphs -> one span per paragraph (7a)
        Q("You have watched the video. You have seen Mr. Brennan walk out of that store, reach into his jacket, and cross the parking lot. He was not cornered. He was not running away. He walked towards Mr. Ackerley.", "q_raman1", "Raman"),
        P("Brennan", "Brennan", inq=True),
        P("Ackerley", "JordanAckerley", inq=True),
        Q("Self-defence requires that the accused actually believed he was under threat and that what he did was reasonable. Nothing about those twelve seconds was reasonable,", "q_raman2", "Raman"),
        # para 8
        P("Daniel Szabo", "Szabo", key="p_szabo1"),
        Q("The Crown is asking you to fill a gap with guesses,", "q_szabo1", "Szabo"),
        E("Crown", "ORG", inq=True),
        Q("You cannot convict a man of murder on what you imagine happened off screen.", "q_szabo2", "Szabo"),
        # para 9 (witness never named: publication ban)
        Q("The taller one kept saying, 'Back off, back off,' and then they were on the ground,", "q_witness", None),
        # para 10
        P("Ackerley", "JordanAckerley"),
        P("Danielle Ackerley", "DanielleAckerley", key="p_danielle"),
        Q("Jordan went out to buy milk. That's all. Whatever the word is on the paper, he's not coming home,", "q_danielle", "DanielleAckerley"),
        P("Jordan", "JordanAckerley", inq=True),
        # para 11
        P("Szabo", "Szabo", key="p_szabo2"),
        Q("grateful the jury listened carefully", "q_szabo3", "Szabo"),
        # para 12
        E("Hamilton Police Service", "ORG"),
        P("Brennan", "Brennan"),
        E("Brantford", "GPE"),
        D("June 9, 2023", "2023-06-09"),
        # para 13
        D("Dec. 12", "2024-12-12"),
    ],
    said_by=[
        ("q_brennan", "p_brennan"),
        ("q_raman1", "p_raman"),
        ("q_raman2", "p_raman"),
        ("q_szabo1", "p_szabo1"),
        ("q_szabo2", "p_szabo1"),
        ("q_danielle", "p_danielle"),
        ("q_szabo3", "p_szabo2"),
    ],
))

# =======================================================================================
LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "QUOTE"}
VALUE_RE = re.compile(
    r"^(PAST_REF|PRESENT_REF|FUTURE_REF|"
    r"\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?|\d{4}-(SP|SU|FA|WI))$"
)
QUOTE_MARKS = "\"“”‘’'"


def is_word(c):
    return c.isalnum()


def locate(text, m, cursor):
    s = m["surface"]
    pos = cursor
    while True:
        i = text.find(s, pos)
        if i < 0:
            raise SystemExit(f"not found after {cursor}: {s!r} (ctx={m['ctx']!r})")
        ok = True
        if m["ctx"] is not None and text[max(0, i - len(m["ctx"])):i] != m["ctx"]:
            ok = False
        if m["label"] != "QUOTE":
            if i > 0 and is_word(text[i - 1]) and is_word(s[0]):
                ok = False
            j = i + len(s)
            if j < len(text) and is_word(text[j]) and is_word(s[-1]):
                ok = False
        if ok:
            return i
        pos = i + 1


def build(doc):
    path = os.path.join(CORPUS, doc["doc_id"] + ".txt")
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    spans, keymap, who, speaker = [], {}, {}, {}
    cursor = 0
    for n, m in enumerate(doc["mentions"], 1):
        assert m["label"] in LABELS, m
        start = locate(text, m, cursor)
        end = start + len(m["surface"])
        assert text[start:end] == m["surface"]
        assert m["surface"] == m["surface"].strip(), m
        sid = f"{doc['short']}-{n}"
        sp = {"id": sid, "start": start, "end": end, "label": m["label"], "text": text[start:end]}
        if m["label"] == "DATE":
            assert VALUE_RE.match(m["value"]), m
            sp["value"] = m["value"]
        spans.append(sp)
        if m.get("key"):
            assert m["key"] not in keymap, m
            keymap[m["key"]] = sid
        if m["label"] == "PERSON":
            who[sid] = m["who"]
        if m["label"] == "QUOTE":
            speaker[sid] = m["speaker"]
            # the span must sit between quotation marks (or run to the end of a paragraph
            # in a multi-paragraph quotation, section 7a)
            assert text[start - 1] in QUOTE_MARKS, (sid, text[start - 3:start + 3])
            assert end == len(text) or text[end] in QUOTE_MARKS or text[end] in "\r\n", sid
            cursor = start  # entities inside the quote are searched from its start
        else:
            cursor = end
        sp["_inq"] = m["inq"]

    # ids unique
    ids = [s["id"] for s in spans]
    assert len(ids) == len(set(ids))
    # reading order
    assert all(a["start"] < b["start"] or (a["start"] == b["start"] and a["label"] == "QUOTE")
               for a, b in zip(spans, spans[1:])), doc["doc_id"]
    # flatness: no overlap except entity/date strictly inside a QUOTE
    quotes = [s for s in spans if s["label"] == "QUOTE"]
    for a in spans:
        inside = [q for q in quotes if q is not a and q["start"] <= a["start"] and a["end"] <= q["end"]]
        if a["label"] == "QUOTE":
            assert not inside, a
        assert bool(inside) == a["_inq"], ("inside-quote flag mismatch", a)
    for i, a in enumerate(spans):
        for b in spans[i + 1:]:
            if a["start"] < b["end"] and b["start"] < a["end"]:
                qa, qb = a["label"] == "QUOTE", b["label"] == "QUOTE"
                contained = (qa and not qb and a["start"] <= b["start"] and b["end"] <= a["end"]) or \
                            (qb and not qa and b["start"] <= a["start"] and a["end"] <= b["end"])
                assert contained, ("overlap", a, b)

    # said_by: hand-chosen pairs, checked against the rule of section 7
    by_id = {s["id"]: s for s in spans}
    rels, seen = [], set()
    for qk, pk in doc["said_by"]:
        qid, pid = keymap[qk], keymap[pk]
        q, p = by_id[qid], by_id[pid]
        assert q["label"] == "QUOTE" and p["label"] == "PERSON"
        assert speaker[qid] is not None and who[pid] == speaker[qid], (qk, pk)
        assert qid not in seen
        seen.add(qid)

        def dist(s):
            if s["end"] <= q["start"]:
                return q["start"] - s["end"]
            if s["start"] >= q["end"]:
                return s["start"] - q["end"]
            return 0

        cands = [s for s in spans if s["label"] == "PERSON" and who[s["id"]] == speaker[qid]]
        best = min(cands, key=dist)
        assert dist(p) == dist(best), ("not the nearest mention", qk, pk, best)
        rels.append({"from": qid, "to": pid, "type": "said_by"})
    for qid, spk in speaker.items():
        assert (spk is None) == (qid not in seen), ("said_by missing/extra", qid)
    for s in spans:
        del s["_inq"]
    return {"doc_id": doc["doc_id"], "spans": spans, "relations": rels}


def main():
    with open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8") as f:
        manifest = [json.loads(l) for l in f if l.strip()]
    order = [m["doc_id"] for m in manifest]
    docs = {d["doc_id"]: d for d in DOCS}
    assert set(order) == set(docs), (set(order) ^ set(docs))
    out = [build(docs[d]) for d in order]
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    for rec in out:
        counts = {}
        for s in rec["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
        print(rec["doc_id"], dict(sorted(counts.items())), "said_by:", len(rec["relations"]))


if __name__ == "__main__":
    main()
