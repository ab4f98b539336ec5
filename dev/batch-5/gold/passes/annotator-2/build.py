#!/usr/bin/env python3
"""Hand annotation of the dev5 corpus (annotator-2).

Every mention below was chosen by reading the text; this script only turns the hand list
into offsets and checks it.  Mentions are listed per article in reading order.  Each one is
located by searching for its surface text from the position of the previous mention onward
(so the n-th listed "Sparta" is the n-th "Sparta" in reading order); an optional `ctx`
(left context that must immediately precede the mention) or `occ` (take the n-th hit after
the cursor) disambiguates where needed.  After a QUOTE the cursor stays inside the quote so
that entity and date mentions inside it are found next.

Helpers:
  E(text, label)               entity span (PERSON/ORG/GPE/LOC/NORP)
  P(text, who, key=None)       PERSON span; `who` names the real person (used only for the
                               nearest-mention check of said_by), `key` lets a QUOTE point to it
  D(text, value)               DATE span with its value (section 6)
  Q(text, by)                  QUOTE span (text inside the marks); `by` = key of the PERSON
                               span chosen as said_by target, or None (speaker never named, 7a)

Checks: text[start:end] == surface; no whitespace/punctuation trimming problems (no leading
or trailing whitespace); word boundaries for alphanumeric edges; spans flat except entity /
date spans inside a QUOTE; unique ids; each said_by target is a PERSON span and is the
nearest PERSON mention (by character distance) of the same person.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")  # dev/batch-5/corpus


def E(text, label, ctx=None, occ=1):
    assert label in ("ORG", "GPE", "LOC", "NORP"), label
    return dict(text=text, label=label, ctx=ctx, occ=occ)


def P(text, who, key=None, ctx=None, occ=1):
    return dict(text=text, label="PERSON", who=who, key=key, ctx=ctx, occ=occ)


def D(text, value, ctx=None, occ=1):
    return dict(text=text, label="DATE", value=value, ctx=ctx, occ=occ)


def Q(text, by, ctx=None, occ=1):
    return dict(text=text, label="QUOTE", by=by, ctx=ctx, occ=occ)


DOCS = {}

# ---------------------------------------------------------------------------------------
# dev5-ecb-rate-cut  (dct 2024-10-18, a Friday)
# ---------------------------------------------------------------------------------------
DOCS["dev5-ecb-rate-cut"] = ("ecb", [
    # headline
    E("ECB", "ORG"),
    D("this year", "2024"),
    E("eurozone", "LOC"),
    # byline
    P("Hannah Verhoeven", "verhoeven"),
    E("Frankfurt", "GPE"),
    P("Luca Ferrante", "ferrante"),
    E("London", "GPE"),
    # para 1
    E("European Central Bank", "ORG"),
    D("this year", "2024"),
    D("Thursday", "2024-10-17"),
    E("eurozone", "LOC"),
    # para 2
    D("Thursday", "2024-10-17"),
    E("ECB", "ORG"),
    D("June", "2024-06"),
    E("Germany", "GPE"),
    D("Friday", "2024-10-18"),
    E("Italy", "GPE"),
    D("late 2021", "2021"),
    # para 3
    E("euro area", "LOC"),
    D("September", "2024-09"),
    E("Eurostat", "ORG"),
    D("June 2021", "2021-06"),
    E("Germany", "GPE"),
    E("France", "GPE"),
    D("the second quarter", "2024-04/2024-06"),
    # para 4
    Q("The balance of risks has shifted decisively from inflation to growth,", by="vollmer1"),
    P("Katrin Vollmer", "vollmer", key="vollmer1"),
    E("eurozone", "LOC"),
    E("Hartwell & Lenz", "ORG"),
    E("Frankfurt", "GPE"),
    Q("Six months ago the worry was that wage deals would keep services inflation sticky. "
      "Now the worry is that the recovery stalls before the first quarter of 2025 is out.",
      by="vollmer2"),
    D("Six months ago", "2024-04"),
    D("the first quarter of 2025", "2025-01/2025-03"),
    # para 5
    P("Vollmer", "vollmer", key="vollmer2"),
    D("December", "2024-12"),
    D("the end of March", "2025-03"),
    D("December", "2024-12"),
    # para 6
    P("Matteo Ricciardi", "ricciardi", key="ricciardi"),
    E("Banca Serravalle", "ORG"),
    E("Milan", "GPE"),
    Q("The market is front-running the ECB again,", by="ricciardi"),
    E("ECB", "ORG"),
    Q("Core inflation is still running at 2.7 per cent, and the Governing Council has been "
      "very clear that it is not pre-committing to anything. I would not be surprised to see "
      "a pause early next year.", by="ricciardi"),
    E("Governing Council", "ORG"),
    D("early next year", "2025"),
    # para 7
    D("early August", "2024-08"),
    E("ECB", "ORG"),
    E("US", "GPE"),
    E("Fed", "ORG"),
    D("September", "2024-09"),
    D("March 2020", "2020-03"),
    D("this month", "2024-10"),
    E("Federal Reserve", "ORG"),
    D("November", "2024-11"),
    # para 8
    E("German", "NORP"),
    D("July", "2024-07"),
    E("French", "NORP"),
    E("Paris", "GPE"),
    D("2025", "2025"),
    # para 9
    D("third-quarter", "2024-07/2024-09"),
    D("October 30", "2024-10-30"),
    E("Bank of England", "ORG"),
    D("the following week", "2024-11-04/2024-11-10"),
    P("Vollmer", "vollmer", key="vollmer3"),
    Q("all but seal", by="vollmer3"),
    D("December", "2024-12"),
])

# ---------------------------------------------------------------------------------------
# dev5-energy-support-revolt  (dct 2022-11-21, a Monday)
# ---------------------------------------------------------------------------------------
DOCS["dev5-energy-support-revolt"] = ("energy", [
    # headline
    E("Tory", "NORP"),
    # byline
    P("Rachel Ellingham", "ellingham"),
    # para 1
    E("Conservative", "NORP"),
    D("next spring", "2023-SP"),
    # para 2
    D("last Thursday", "2022-11-17"),
    D("April", "2023-04"),
    E("Office for Budget Responsibility", "ORG"),
    D("the next two years", "2023/2024"),
    # para 3
    P("Harriet Fenwick-Lowe", "fenwick-lowe"),
    E("Conservative", "NORP"),
    E("Stroud", "GPE"),
    Q("I have constituents in their eighties who are sitting in one room with a blanket "
      "because they are frightened of the meter,", by="fl2"),
    Q("I did not come into politics to tell them that help is being withdrawn in the middle "
      "of the next winter.", by="fl2"),
    D("the middle of the next winter", "2023-WI"),
    # para 4
    P("Fenwick-Lowe", "fenwick-lowe", key="fl2"),
    E("Tory", "NORP"),
    D("2019", "2019"),
    D("the end of 2023", "2023"),
    # para 5
    P("Charlotte Pembury", "pembury", key="pembury1"),
    E("Commons", "ORG"),
    D("Monday", "2022-11-21"),
    Q("sound public finances", by="pembury1"),
    D("October", "2022-10"),
    # para 6
    Q("This government has stood behind families through the most difficult winter in a "
      "generation,", by="pembury2"),
    P("Pembury", "pembury", key="pembury2"),
    Q("But open-ended, untargeted support is not something any responsible government can "
      "promise.", by="pembury2"),
    # para 7
    E("Labour", "ORG"),
    P("Daniel Okafor", "okafor", key="okafor"),
    Q("making working people pay for twelve years of Tory failure", by="okafor"),
    E("Tory", "NORP"),
    # para 8
    E("Liberal Democrats", "ORG"),
    E("SNP", "ORG"),
    P("Alasdair MacLeod", "macleod"),
    E("SNP", "ORG"),
    E("Inverclyde", "GPE"),
    E("Scottish", "NORP"),
    E("Lib Dem", "NORP"),
    E("Bath", "GPE"),
    P("Sophie Kendrick", "kendrick", key="kendrick"),
    Q("left rural pensioners out in the cold, quite literally", by="kendrick"),
    # para 9
    E("Treasury Select Committee", "ORG"),
    D("next month", "2022-12"),
    P("Geoffrey Tindall", "tindall", key="tindall"),
    # paras 10-11: one quotation over two paragraphs (7a): one span per paragraph
    Q("We have heard a great deal about fiscal credibility, and rightly so.", by="tindall"),
    Q("But credibility also means being able to explain to a pensioner in Hartlepool or "
      "Harrogate why her bill is going up in April when she was told the worst was over,",
      by="tindall"),
    E("Hartlepool", "GPE"),
    E("Harrogate", "GPE"),
    D("April", "2023-04"),
    # para 12
    E("Conservative", "NORP"),
    D("February", "2023-02"),
    E("Labour", "ORG"),
])

# ---------------------------------------------------------------------------------------
# dev5-ghent-still-life  (dct 2023-05-19, a Friday)
# ---------------------------------------------------------------------------------------
DOCS["dev5-ghent-still-life"] = ("ghent", [
    # headline
    E("Ghent", "GPE"),
    E("Flemish", "NORP"),
    # byline, dateline
    P("Isabelle Dufour", "dufour"),
    E("GHENT", "GPE"),
    # para 1
    P("Cornelis van Haesendonck", "haesendonck"),
    E("Antwerp", "GPE"),
    D("This summer", "2023-SU"),
    # para 2 (exhibition title in quotation marks is a title, not a QUOTE; the painter's
    # name inside it is still a PERSON mention)
    P("Cornelis van Haesendonck", "haesendonck"),
    E("Museum of Fine Arts Ghent", "ORG"),
    E("MSK", "ORG"),
    D("June 3 to September 28", "2023-06-03/2023-09-28"),
    E("Flemish", "NORP"),
    D("the 17th century", "1600/1699"),
    D("2007", "2007"),
    # para 3 (both quoted strings are painting titles, not QUOTEs)
    D("about 1648", "1648"),
    E("Bruges", "GPE"),
    E("Spanish", "NORP"),
    E("Netherlands", "GPE"),
    E("Habsburg", "NORP"),
    # para 4
    E("Leontine Aerts Foundation", "ORG"),
    E("Brussels", "GPE"),
    E("Amsterdam", "GPE"),
    E("Van Oorschot & Mertens", "ORG"),
    # para 5
    Q("We knew he was good, but we did not know how good,", by="verh1"),
    P("Annelies Verhaeghe", "verhaeghe", key="verh1"),
    Q("Under infrared you can see him changing his mind again and again. He moves a fish, "
      "then moves it back. That is not a workshop painter producing to order.", by="verh1"),
    # para 6 ("Low Water" is a title)
    E("Dutch", "NORP"),
    P("Saskia Brouwer", "brouwer"),
    E("Scheldt", "LOC"),
    P("van Haesendonck", "haesendonck"),
    E("Ghent", "GPE"),
    P("Jonas De Clercq", "declercq"),
    # para 7
    Q("People think of still life as quiet,", by="verh2"),
    P("Verhaeghe", "verhaeghe", key="verh2"),
    Q("but these paintings are full of anxiety: about the sea, about money, about time "
      "running out. Artists today recognise that immediately.", by="verh2"),
    D("today", "PRESENT_REF"),
    # para 8
    E("Aerts Foundation", "ORG"),
    E("Royal Institute for Cultural Heritage", "ORG"),
    E("Brussels", "GPE"),
    P("van Haesendonck", "haesendonck"),
    # para 9
    E("Ghent", "GPE"),
    D("this autumn", "2023-FA"),
    E("Palais des Beaux-Arts", "ORG"),
    E("Lille", "GPE"),
    E("France", "GPE"),
    # para 10 ("Tuesday to Sunday", "on Thursdays": recurring opening hours, not DATE;
    # "the opening weekend": anchored to the exhibition's opening, not DATE)
    D("17th-century", "1600/1699"),
    E("Flemish", "NORP"),
    D("Monday", "2023-05-22"),
])

# ---------------------------------------------------------------------------------------
# dev5-greece-wildfire  (dct 2019-07-28, a Sunday)
# ---------------------------------------------------------------------------------------
DOCS["dev5-greece-wildfire"] = ("greece", [
    # headline
    E("Greece", "GPE"),
    E("Sparta", "GPE"),
    # dateline
    E("ATHENS", "GPE"),
    E("Greece", "GPE"),
    # para 1
    E("Peloponnese", "LOC"),
    D("Sunday", "2019-07-28"),
    E("Mount Parnon", "LOC"),
    # para 2
    D("Saturday", "2019-07-27"),       # "early Saturday": part of the day excluded
    E("Kastori", "GPE"),
    E("Sparta", "GPE"),
    E("Evrotas River", "LOC"),
    E("Hellenic Fire Service", "ORG"),
    D("Sunday", "2019-07-28"),         # "Sunday afternoon"
    E("Sparti", "GPE"),
    # para 3
    E("Agios Konstantinos", "GPE"),
    P("Nikos Theodoropoulos", "theodoropoulos"),
    E("Sparta", "GPE"),
    # para 4
    Q("We are fighting on three fronts at once, in very difficult terrain,", by="theo"),
    P("Theodoropoulos", "theodoropoulos", key="theo"),
    E("ERT", "ORG"),
    Q("The wind is not giving us a break.", by="theo"),
    # para 5
    E("Italy", "GPE"),
    E("Croatia", "GPE"),
    E("European Union", "ORG"),
    E("Greece", "GPE"),
    E("Ministry for Climate Crisis and Civil Protection", "ORG"),
    # para 6
    E("Kastori", "GPE"),
    E("Pellana", "GPE"),
    E("Logkanikos", "GPE"),
    D("Sunday", "2019-07-28"),         # "6 p.m. Sunday": clock time excluded
    E("Sparta", "GPE"),
    E("Gytheio", "GPE"),
    E("Vresthena", "GPE"),
    # para 7: unnamed speaker -> QUOTEs without said_by (7a)
    Q("I have lived in this house for 52 years. My father planted these trees,", by=None),
    E("Pellana", "GPE"),
    Q("Where am I supposed to go? If it burns, I burn with it.", by=None),
    # para 8
    E("Sparta", "GPE"),
    P("Eleni Vrettou", "vrettou"),
    E("Sparta", "GPE"),
    E("Tripoli", "GPE"),
    # para 9 ("very high" is a quoted rating category, not speech: no QUOTE)
    E("National Meteorological Service", "ORG"),
    E("Laconia", "GPE"),
    E("Arcadia", "GPE"),
    D("Wednesday", "2019-07-31"),
    D("Monday", "2019-07-29"),         # "Monday evening"
    E("Peloponnese", "LOC"),
    E("Evia", "LOC"),
    E("Attica", "GPE"),
    E("Athens", "GPE"),
    # para 10
    E("Greece", "GPE"),
    D("recent years", "PAST_REF"),
    D("Last July", "2018-07"),
    E("Kyllini", "GPE"),
])

# ---------------------------------------------------------------------------------------
# dev5-ipf-drug-trial  (dct 2025-02-19, a Wednesday)
# ---------------------------------------------------------------------------------------
DOCS["dev5-ipf-drug-trial"] = ("ipf", [
    # headline
    E("Calder Ridge", "ORG"),
    # byline
    P("Megan Whitcombe", "whitcombe"),
    # para 1
    E("Calder Ridge Therapeutics", "ORG"),
    D("Tuesday", "2025-02-18"),
    # para 2
    E("Boston", "GPE"),
    E("Food and Drug Administration", "ORG"),
    D("the end of June", "2025-06"),
    E("Calder Ridge", "ORG"),
    D("Tuesday", "2025-02-18"),
    D("Wednesday", "2025-02-19"),
    # para 3
    E("United States", "GPE"),
    E("Canada", "GPE"),
    E("Europe", "LOC"),
    E("Japan", "GPE"),
    D("late 2022", "2022"),
    # para 4
    E("Americans", "NORP"),
    E("FDA", "ORG"),
    D("2014", "2014"),
    # para 5
    Q("This is the most encouraging data I have seen in this disease in the past decade,",
      by="raghu"),
    D("the past decade", "2015/2024"),
    P("Priya Raghunathan", "raghunathan", key="raghu"),
    E("Vanderbilt University Medical Center", "ORG"),
    E("Nashville", "GPE"),
    Q("We are not reversing the scarring, and I want to be careful about that. But slowing "
      "it this much could mean years of meaningful life for people.", by="raghu"),
    # para 7
    P("Thomas Greenleaf", "greenleaf", key="greenleaf"),
    E("University of Pittsburgh", "ORG"),
    Q("Lung function is a reasonable surrogate, but patients care about breathing, walking "
      "and staying out of the hospital,", by="greenleaf"),
    Q("I would want to see the hospitalization and survival data before calling this a "
      "breakthrough.", by="greenleaf"),
    # para 8
    E("Calder Ridge", "ORG"),
    E("American Thoracic Society", "ORG"),
    E("San Francisco", "GPE"),
    D("May", "2025-05"),
    # para 9
    P("Gloria", "gloria", key="gloria"),
    E("Murfreesboro", "GPE"),
    E("Tennessee", "GPE"),
    D("early 2023", "2023"),
    # para 10
    Q("Before, I couldn't walk to the mailbox without stopping to catch my breath,",
      by="gloria"),
    Q("Now I'm gardening again. I don't know if I got the real pill, but something changed.",
      by="gloria"),
    # para 11
    E("Calder Ridge", "ORG"),
    P("Alan Brightwater", "brightwater"),
    E("FDA", "ORG"),
    D("the end of the year", "2025"),
])

# ---------------------------------------------------------------------------------------
# dev5-kirishima-battery-plant  (dct 2025-08-07, a Thursday)
# ---------------------------------------------------------------------------------------
DOCS["dev5-kirishima-battery-plant"] = ("kirishima", [
    # headline
    E("Kirishima Electric", "ORG"),
    E("Kitakyushu", "GPE"),
    E("China", "GPE"),
    # dateline
    E("TOKYO", "GPE"),
    D("Aug 7", "2025-08-07"),
    # para 1
    E("Japanese", "NORP"),
    E("Kirishima Electric Industries", "ORG"),
    D("Thursday", "2025-08-07"),
    E("Kitakyushu", "GPE"),
    E("Japanese", "NORP"),
    E("Chinese", "NORP"),
    # para 2 (fiscal year runs April-March: "fiscal 2024, the year that ended in March")
    E("Kirishima Mobility Solutions", "ORG"),
    D("the second half of fiscal 2027", "2027-10/2028-03"),
    # para 3
    E("Japan", "GPE"),
    E("Ministry of Economy, Trade and Industry", "ORG"),
    E("METI", "ORG"),
    E("Kitakyushu", "GPE"),
    E("Wakamatsu", "GPE"),
    # para 4
    Q("We cannot leave the heart of the electric car entirely to overseas manufacturers,",
      by="sawada1"),
    E("Kirishima", "ORG"),
    P("Sawada Kenji", "sawada", key="sawada1"),
    E("Tokyo", "GPE"),
    Q("This plant is about cost competitiveness first, and about economic security second.",
      by="sawada1"),
    # para 5
    E("Kirishima", "ORG"),
    D("the April-June quarter", "2025-04/2025-06"),
    E("China", "GPE"),
    E("U.S.", "GPE"),
    # para 6
    E("Kirishima", "ORG"),
    E("Osaka", "GPE"),
    D("fiscal 2024", "2024-04/2025-03"),
    D("March", "2025-03"),
    P("Ono Mariko", "ono"),
    # para 7
    E("Chinese", "NORP"),
    D("this year", "2025"),
    E("Shenzhen", "GPE"),
    E("Huaxin Power", "ORG"),
    D("the first half of 2025", "2025-01/2025-06"),
    D("a year earlier", "2024-01/2024-06"),
    D("this week", "2025-08-04/2025-08-10"),
    E("Yibin", "GPE"),
    E("Sichuan", "GPE"),
    # para 8
    E("Kitakyushu", "GPE"),
    E("Kirishima", "ORG"),
    Q("Without scale, Japanese battery makers will be squeezed out of the mass market "
      "within five years,", by="fujimoto"),
    E("Japanese", "NORP"),
    P("Fujimoto Ryo", "fujimoto", key="fujimoto"),
    E("Marunouchi Securities", "ORG"),
    Q("The subsidy helps, but the real test is whether carmakers sign long-term offtake "
      "contracts.", by="fujimoto"),
    # para 9
    E("Kirishima", "ORG"),
    E("South Korean", "NORP"),
    P("Sawada", "sawada"),
    D("the end of the year", "2025"),
    # para 10
    E("Kitakyushu", "GPE"),
    P("Nakahara Yoshiko", "nakahara", key="nakahara"),
    D("recent decades", "PAST_REF"),
    Q("The steelworks built this city once,", by="nakahara"),
    Q("We hope batteries can do it again.", by="nakahara"),
    # para 11
    E("Kirishima", "ORG"),
    E("Tokyo", "GPE"),
])

# ---------------------------------------------------------------------------------------
# dev5-peru-decree-powers  (dct 2023-06-12, a Monday)
# ---------------------------------------------------------------------------------------
DOCS["dev5-peru-decree-powers"] = ("peru", [
    # headline
    E("Peru", "GPE"),
    E("Congress", "ORG"),
    E("Lima", "GPE"),
    # dateline
    E("LIMA", "GPE"),
    D("June 12", "2023-06-12"),
    # para 1
    E("Peru", "GPE"),
    E("Congress", "ORG"),
    D("Thursday", "2023-06-08"),       # "late on Thursday"
    P("Rosa Elvira Quispe Mamani", "quispe"),
    # para 2
    E("Fuerza Renovadora Nacional", "ORG"),
    E("FRN", "ORG"),
    E("Alianza Democrática Peruana", "ORG"),
    E("ADP", "ORG"),
    P("Quispe", "quispe"),
    E("Perú Justo y Solidario", "ORG"),
    E("PJS", "ORG"),
    E("Puno", "GPE"),
    E("Cusco", "GPE"),
    # para 3
    Q("This is not a reform, it is a coup carried out in slow motion,", by="huaman"),
    P("Milagros Huamán Torres", "huaman", key="huaman"),
    E("PJS", "ORG"),
    E("Puno", "GPE"),
    Q("They could not win at the ballot box, so now they want to govern from the chamber.",
      by="huaman"),
    # para 4
    P("José Antonio Villarreal Pérez", "villarreal"),
    E("FRN", "ORG"),
    D("July 2021", "2021-07"),
    # para 5
    Q("No president can be above the Constitution, and no president can spend the nation's "
      "money without asking the nation's representatives,", by="villarreal"),
    P("Villarreal", "villarreal", key="villarreal"),
    # para 6
    D("Saturday", "2023-06-10"),
    E("Lima", "GPE"),
    E("Puno", "GPE"),
    E("Ayacucho", "GPE"),
    E("Apurímac", "GPE"),
    Q("Congress does not represent us", by=None),   # banner text, writers never named
    E("Congress", "ORG"),
    E("National Police of Peru", "ORG"),
    # para 7
    E("Ombudsman's Office", "ORG"),
    # para 8
    P("Quispe", "quispe", key="quispe3"),
    E("Juliaca", "GPE"),
    E("Constitutional Court", "ORG"),
    D("next week", "2023-06-19/2023-06-25"),
    D("Sunday", "2023-06-11"),
    Q("a handful of parties that answer to Lima's business elite", by="quispe3"),
    E("Lima", "GPE"),
    # para 9
    D("2026", "2026"),
    Q("Neither side has the votes to finish the other off,", by="cardenas"),
    P("Fernando Cárdenas Ruiz", "cardenas", key="cardenas"),
    E("Pontifical Catholic University of Peru", "ORG"),
    Q("What we are likely to see is months of institutional trench warfare, with the economy "
      "paying the price.", by="cardenas"),
    # para 10
    E("Peruvian", "NORP"),
    D("Friday", "2023-06-09"),
    D("this month", "2023-06"),
])

# ---------------------------------------------------------------------------------------
# dev5-super-eagles-squad  (dct 2026-03-17, a Tuesday; CRLF line ends)
# ---------------------------------------------------------------------------------------
DOCS["dev5-super-eagles-squad"] = ("eagles", [
    # headline (Ghana, Benin: the opposing national teams -> ORG, section 2)
    P("Akinwale", "akinwale"),
    E("Super Eagles", "ORG"),
    E("Ghana", "ORG"),
    E("Benin", "ORG"),
    # byline, dateline
    P("Chidinma Okafor", "c-okafor"),
    E("LAGOS", "GPE"),
    # para 1
    E("Ibadan Stallions", "ORG"),
    P("Tobiloba Akinwale", "akinwale"),
    E("Super Eagles", "ORG"),
    E("Nigeria Premier Football League", "ORG"),
    E("Nigeria Football Federation", "ORG"),
    D("Monday", "2026-03-16"),
    # para 2
    E("Sierra Leone", "ORG"),
    D("November 2023", "2023-11"),
    E("Ghana", "ORG"),
    E("Accra", "GPE"),
    D("March 27", "2026-03-27"),
    E("Benin", "ORG"),
    E("Uyo", "GPE"),
    D("four days later", "2026-03-31"),
    # para 3
    P("Akinwale", "akinwale"),
    D("Sunday", "2026-03-15"),
    E("Stallions", "ORG"),
    E("Kano Rovers", "ORG"),
    E("Enugu City", "ORG"),
    D("2009", "2009"),
    E("Instagram", "ORG"),
    Q("Never stopped believing. God did it again \U0001F985\U0001F49A\U0001F1F3\U0001F1EC",
      by="tobi"),
    # para 4
    P("Emmanuel Okorie", "okorie"),
    D("August", "2025-08"),
    Q("We watch every league match, not just the ones on television. Tobi has been the most "
      "consistent forward in the country this season, and he plays the way we want to play, "
      "pressing from the front,", by="okorie2"),
    P("Tobi", "akinwale", key="tobi"),
    # para 5
    P("Okorie", "okorie", key="okorie2"),
    E("Ibadan", "ORG"),
    P("Garba Musa Danjuma", "danjuma"),
    Q("This is a message to every boy playing in Kaduna, in Aba, in Port Harcourt,",
      by="danjuma2"),
    E("Kaduna", "GPE"),
    E("Aba", "GPE"),
    E("Port Harcourt", "GPE"),
    P("Danjuma", "danjuma", key="danjuma2"),
    D("Sunday", "2026-03-15"),
    Q("If you perform, they will see you.", by="danjuma2"),
    # para 6
    E("European", "NORP"),
    P("Ifeanyi Eze", "eze"),
    E("Lyon", "ORG"),
    E("Besiktas", "ORG"),
    P("Samuel Ogbonna", "ogbonna"),
    P("Kelechi Adewale", "adewale"),
    E("Lagos Metropolitan", "ORG"),
    E("Belgian", "NORP"),
    D("January", "2026-01"),
    # para 7
    E("Ghana", "ORG"),                 # "The Ghana match": the opposing team
    E("West African", "NORP"),
    D("2022", "2022"),
    E("Ghana", "GPE"),                 # "Ghana's Black Stars": the country's team
    E("Black Stars", "ORG"),
    E("Morocco", "GPE"),
    # para 8
    Q("Nigeria against Ghana is never a friendly, whatever the fixture list says,",
      by="okorie3"),
    E("Nigeria", "ORG"),
    E("Ghana", "ORG"),
    P("Okorie", "okorie", key="okorie3"),
    Q("We will treat it like a final.", by="okorie3"),
    # para 9
    E("NFF", "ORG"),
    P("Halima Sadiq-Bello", "sadiq-bello"),
    E("Benin", "ORG"),
    D("Thursday", "2026-03-19"),
    E("Uyo", "GPE"),
    D("March 22", "2026-03-22"),
    D("the following day", "2026-03-23"),
    # para 10
    E("Nigeria", "ORG"),               # the national team's focus
    D("2027", "2027"),
    E("Kenya", "GPE"),
    E("Uganda", "GPE"),
    E("Tanzania", "GPE"),
    D("September", "2026-09"),
])

# ---------------------------------------------------------------------------------------

QUOTE_MARKS = "\"'\u2018\u2019\u201c\u201d"


def locate(text, m, cursor):
    s = m["text"]
    pos = cursor
    hits = 0
    while True:
        i = text.find(s, pos)
        if i < 0:
            raise SystemExit("not found after %d: %r" % (cursor, s))
        ok = True
        if s[0].isalnum() and i > 0 and text[i - 1].isalnum():
            ok = False
        j = i + len(s)
        if s[-1].isalnum() and j < len(text) and text[j].isalnum():
            ok = False
        if ok and m.get("ctx") and not text[:i].endswith(m["ctx"]):
            ok = False
        if ok:
            hits += 1
            if hits == m.get("occ", 1):
                return i, j
        pos = i + 1


def build_doc(doc_id, short, mentions):
    path = os.path.join(CORPUS, doc_id + ".txt")
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    spans, keys, cursor = [], {}, 0
    for n, m in enumerate(mentions, 1):
        start, end = locate(text, m, cursor)
        assert text[start:end] == m["text"]
        assert m["text"] == m["text"].strip(), m
        sp = {"id": "%s-%d" % (short, n), "start": start, "end": end,
              "label": m["label"], "text": m["text"]}
        if m["label"] == "DATE":
            sp["value"] = m["value"]
        if m["label"] == "QUOTE":
            # the span must sit right inside a pair of quotation marks or, for a paragraph of
            # a multi-paragraph quote, run to the end of the paragraph
            assert text[start - 1] in QUOTE_MARKS, (m, text[start - 1])
            assert end == len(text) or text[end] in QUOTE_MARKS or text[end] in "\r\n", m
            cursor = start
        else:
            cursor = end
        sp["_m"] = m
        spans.append(sp)
        if m.get("key"):
            assert m["key"] not in keys, m["key"]
            keys[m["key"]] = sp
    # flatness
    for a in spans:
        for b in spans:
            if a is b:
                continue
            if a["start"] < b["end"] and b["start"] < a["end"]:
                inside_quote = (a["label"] == "QUOTE" and b["label"] != "QUOTE"
                                and a["start"] <= b["start"] and b["end"] <= a["end"])
                inside_quote |= (b["label"] == "QUOTE" and a["label"] != "QUOTE"
                                 and b["start"] <= a["start"] and a["end"] <= b["end"])
                assert inside_quote, ("overlap", a["text"], b["text"])
    # reading order
    assert [s["start"] for s in spans] == sorted(s["start"] for s in spans), doc_id
    ids = [s["id"] for s in spans]
    assert len(ids) == len(set(ids))
    # said_by
    relations = []
    for sp in spans:
        m = sp["_m"]
        if m["label"] != "QUOTE" or m["by"] is None:
            continue
        tgt = keys[m["by"]]
        assert tgt["label"] == "PERSON"
        who = tgt["_m"]["who"]

        def dist(p):
            if p["end"] <= sp["start"]:
                return sp["start"] - p["end"]
            if p["start"] >= sp["end"]:
                return p["start"] - sp["end"]
            return 0  # mention inside the quote itself
        cands = [p for p in spans if p["label"] == "PERSON" and p["_m"]["who"] == who]
        best = min(cands, key=dist)
        if best is not tgt:
            print("WARNING %s: nearest mention of %s to %s is %s (%d) not %s (%d)" % (
                doc_id, who, sp["id"], best["id"], dist(best), tgt["id"], dist(tgt)),
                file=sys.stderr)
        relations.append({"from": sp["id"], "to": tgt["id"], "type": "said_by"})
    out = []
    for sp in spans:
        sp = dict(sp)
        del sp["_m"]
        out.append(sp)
    return {"doc_id": doc_id, "spans": out, "relations": relations}


def main():
    manifest = [json.loads(l) for l in open(os.path.join(CORPUS, "manifest.jsonl"),
                                              encoding="utf-8")]
    order = [r["doc_id"] for r in manifest]
    assert set(order) == set(DOCS), set(order) ^ set(DOCS)
    docs = [build_doc(d, *DOCS[d]) for d in order]
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    for d in docs:
        counts = {}
        for s in d["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
        print(d["doc_id"], dict(sorted(counts.items())), "said_by:", len(d["relations"]))


if __name__ == "__main__":
    main()
