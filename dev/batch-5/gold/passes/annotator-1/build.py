#!/usr/bin/env python3
"""Hand annotation of the dev5 articles (annotator-1).

Every mention below was chosen by reading the text. For each mention the list gives
the surface text, the label, the DATE value, and a selector that picks the occurrence:
  * a str  -> left context: the text immediately before the mention ("^" = start of
              the file); the pair (context + surface) must occur exactly once;
  * an int -> occurrence index (0-based) of the surface text, counting only matches
              not glued to a letter/digit on either side.
PERSON mentions carry a speaker key (who they name); a QUOTE carries the key of its
speaker, or None when the speaker is never named (GUIDELINES 7a).  The script only
computes offsets, chooses for each QUOTE the nearest PERSON mention of its speaker by
character distance (GUIDELINES 7), checks the result and writes annotation.jsonl.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")  # dev/batch-5/corpus


def P(text, who, sel):
    return ("PERSON", text, None, sel, who)


def E(label, text, sel):
    assert label in ("ORG", "GPE", "LOC", "NORP")
    return (label, text, None, sel, None)


def D(text, value, sel):
    return ("DATE", text, value, sel, None)


def Q(text, speaker, sel=""):
    return ("QUOTE", text, None, sel, speaker)


DOCS = [
    # ------------------------------------------------------------------ ECB
    ("dev5-ecb-rate-cut", "ecb", [
        E("ORG", "ECB", "^"),
        D("this year", "2024", "for third time "),
        E("LOC", "eurozone", "this year as "),
        P("Hannah Verhoeven", "Verhoeven", "By "),
        E("GPE", "Frankfurt", "Verhoeven in "),
        P("Luca Ferrante", "Ferrante", "and "),
        E("GPE", "London", "Ferrante in "),
        E("ORG", "European Central Bank", "The "),
        D("this year", "2024", "the third time "),
        D("Thursday", "2024-10-17", "this year on "),
        E("LOC", "eurozone", "across the "),
        D("Thursday", "2024-10-17", "expected.\n\n"),
        E("ORG", "ECB", "since the "),
        D("June", "2024-06", "loosening policy in "),
        E("GPE", "Germany", "yield on "),
        D("Friday", "2024-10-18", "per cent on "),
        E("GPE", "Italy", "three weeks. "),
        D("late 2021", "2021", "tightest since "),
        E("LOC", "euro area", "inflation in the "),
        D("September", "2024-09", "1.7 per cent in "),
        E("ORG", "Eurostat", "according to "),
        D("June 2021", "2021-06", "first time since "),
        E("GPE", "Germany", "output in "),
        E("GPE", "France", "Germany and "),
        D("the second quarter", "2024-04/2024-06", "0.2 per cent in "),
        Q("The balance of risks has shifted decisively from inflation to growth,", "Vollmer"),
        P("Katrin Vollmer", "Vollmer", "said "),
        E("LOC", "eurozone", "chief "),
        E("ORG", "Hartwell & Lenz", "economist at "),
        E("GPE", "Frankfurt", "Lenz in "),
        Q("Six months ago the worry was that wage deals would keep services inflation sticky. "
          "Now the worry is that the recovery stalls before the first quarter of 2025 is out.", "Vollmer"),
        D("Six months ago", "2024-04", "Frankfurt. \u201c"),
        D("the first quarter of 2025", "2025-01/2025-03", "stalls before "),
        P("Vollmer", "Vollmer", "is out.\u201d\n\n"),
        D("December", "2024-12", "quarter-point cut in "),
        D("the end of March", "2025-03", "two more by "),
        D("December", "2024-12", "move at the "),
        P("Matteo Ricciardi", "Ricciardi", "at the December meeting.\n\n"),
        E("ORG", "Banca Serravalle", "strategist at "),
        E("GPE", "Milan", "Serravalle in "),
        Q("The market is front-running the ECB again,", "Ricciardi"),
        E("ORG", "ECB", "front-running the "),
        Q("Core inflation is still running at 2.7 per cent, and the Governing Council has been very "
          "clear that it is not pre-committing to anything. I would not be surprised to see a pause "
          "early next year.", "Ricciardi"),
        E("ORG", "Governing Council", "and the "),
        D("early next year", "2025", "a pause "),
        D("early August", "2024-08", "level since "),
        E("ORG", "ECB", "weighed the "),
        E("GPE", "US", "resilient "),
        E("ORG", "Fed", "The "),
        D("September", "2024-09", "half a point in "),
        D("March 2020", "2020-03", "first cut since "),
        D("this month", "2024-10", "jobs data "),
        E("ORG", "Federal Reserve", "when the "),
        D("November", "2024-11", "meets in "),
        E("NORP", "German", "Shorter-dated "),
        D("July", "2024-07", "as recently as "),
        E("NORP", "French", "July. "),
        E("GPE", "Paris", "lagged after "),
        D("2025", "2025", "presented a "),
        D("third-quarter", "2024-07/2024-09", "estimates of "),
        D("October 30", "2024-10-30", "due on "),
        E("ORG", "Bank of England", "to the "),
        D("the following week", "2024-11-04/2024-11-10", "which meets "),
        P("Vollmer", "Vollmer", "following week. "),
        Q("all but seal", "Vollmer"),
        D("December", "2024-12", "seal\u201d a "),
    ]),
    # ------------------------------------------------------------------ Peru
    ("dev5-peru-decree-powers", "peru", [
        E("GPE", "Peru", "^"),
        E("ORG", "Congress", 0),
        E("GPE", "Lima", "march in "),
        E("GPE", "LIMA", "\n\n"),
        D("June 12", "2023-06-12", "LIMA, "),
        E("GPE", "Peru", 1),
        E("ORG", "Congress", 1),
        D("Thursday", "2023-06-08", "late on "),
        P("Rosa Elvira Quispe Mamani", "Quispe", "President "),
        E("ORG", "Fuerza Renovadora Nacional", "conservative "),
        E("ORG", "FRN", "Nacional ("),
        E("ORG", "Alianza Democr\u00e1tica Peruana", "centre-right "),
        E("ORG", "ADP", "Peruana ("),
        P("Quispe", "Quispe", "(ADP). "),
        E("ORG", "Per\u00fa Justo y Solidario", "own party, "),
        E("ORG", "PJS", "Solidario ("),
        E("GPE", "Puno", "regions of "),
        E("GPE", "Cusco", "Puno and "),
        Q("This is not a reform, it is a coup carried out in slow motion,", "Huaman"),
        P("Milagros Huam\u00e1n Torres", "Huaman", "said "),
        E("ORG", "PJS", "Torres, a "),
        E("GPE", "Puno", "congresswoman from "),
        Q("They could not win at the ballot box, so now they want to govern from the chamber.", "Huaman"),
        P("Jos\u00e9 Antonio Villarreal P\u00e9rez", "Villarreal", "sponsor, "),
        E("ORG", "FRN", "P\u00e9rez of the "),
        D("July 2021", "2021-07", "taking office in "),
        Q("No president can be above the Constitution, and no president can spend the nation's money "
          "without asking the nation's representatives,", "Villarreal"),
        P("Villarreal", "Villarreal", "representatives,\" "),
        D("Saturday", "2023-06-10", "On "),
        E("GPE", "Lima", "central "),
        E("GPE", "Puno", "bus from "),
        E("GPE", "Ayacucho", "Puno, "),
        E("GPE", "Apur\u00edmac", "Ayacucho and "),
        Q("Congress does not represent us", None),
        E("ORG", "Congress", "reading \""),
        E("ORG", "National Police of Peru", "police of the "),
        E("ORG", "Ombudsman's Office", "although the "),
        P("Quispe", "Quispe", "Uni\u00f3n.\n\n"),
        E("GPE", "Juliaca", "schoolteacher from "),
        E("ORG", "Constitutional Court", "ask the "),
        D("next week", "2023-06-19/2023-06-25", "scheduled for "),
        D("Sunday", "2023-06-11", "address on "),
        Q("a handful of parties that answer to Lima's business elite", "Quispe"),
        E("GPE", "Lima", "answer to "),
        D("2026", "2026", "until the "),
        Q("Neither side has the votes to finish the other off,", "Cardenas"),
        P("Fernando C\u00e1rdenas Ruiz", "Cardenas", "said "),
        E("ORG", "Pontifical Catholic University of Peru", "scientist at the "),
        Q("What we are likely to see is months of institutional trench warfare, with the economy "
          "paying the price.", "Cardenas"),
        E("NORP", "Peruvian", "The "),
        D("Friday", "2023-06-09", "dollar on "),
        D("this month", "2023-06", "second time "),
    ]),
    # ------------------------------------------------------------------ Greece
    ("dev5-greece-wildfire", "greece", [
        E("GPE", "Greece", "in southern "),
        E("GPE", "Sparta", "evacuate near "),
        E("GPE", "ATHENS", "Sparta\n\n"),
        E("GPE", "Greece", "ATHENS, "),
        E("LOC", "Peloponnese", "in the southern "),
        D("Sunday", "2019-07-28", "Peloponnese on "),
        E("LOC", "Mount Parnon", "foothills of "),
        D("Saturday", "2019-07-27", "out early "),
        E("GPE", "Kastori", "village of "),
        E("GPE", "Sparta", "northeast of "),
        E("LOC", "Evrotas River", "down the "),
        E("ORG", "Hellenic Fire Service", "mph), the "),
        D("Sunday", "2019-07-28", "said. By "),
        E("GPE", "Sparti", "municipality of "),
        E("GPE", "Agios Konstantinos", "outside the village of "),
        P("Nikos Theodoropoulos", "Theodoropoulos", "spokesman "),
        E("GPE", "Sparta", "hospital in "),
        Q("We are fighting on three fronts at once, in very difficult terrain,", "Theodoropoulos"),
        P("Theodoropoulos", "Theodoropoulos", "terrain,\" "),
        E("ORG", "ERT", "broadcaster "),
        Q("The wind is not giving us a break.", "Theodoropoulos"),
        E("GPE", "Italy", "deployed. "),
        E("GPE", "Croatia", "Italy and "),
        E("ORG", "European Union", "under the "),
        E("GPE", "Greece", "mechanism, "),
        E("ORG", "Ministry for Climate Crisis and Civil Protection", "Greece's "),
        E("GPE", "Kastori", "residents of "),
        E("GPE", "Pellana", "Kastori, "),
        E("GPE", "Logkanikos", "Pellana, "),
        D("Sunday", "2019-07-28", "6 p.m. "),
        E("GPE", "Sparta", "head toward "),
        E("GPE", "Gytheio", "coastal town of "),
        E("GPE", "Vresthena", "people in "),
        Q("I have lived in this house for 52 years. My father planted these trees,", None),
        E("GPE", "Pellana", "woman in "),
        Q("Where am I supposed to go? If it burns, I burn with it.", None),
        E("GPE", "Sparta", "with it.\"\n\n"),
        P("Eleni Vrettou", "Vrettou", "mayor, "),
        E("GPE", "Sparta", "road linking "),
        E("GPE", "Tripoli", "Sparta and "),
        E("ORG", "National Meteorological Service", "The "),
        E("GPE", "Laconia", "persist across "),
        E("GPE", "Arcadia", "Laconia and "),
        D("Wednesday", "2019-07-31", "until at least "),
        D("Monday", "2019-07-29", "again on "),
        E("LOC", "Peloponnese", "much of the "),
        E("LOC", "Evia", "island of "),
        E("GPE", "Attica", "and the "),
        E("GPE", "Athens", "region around "),
        E("GPE", "Greece", "Athens.\n\n"),
        D("recent years", "PAST_REF", "wildfires in "),
        D("Last July", "2018-07", "climate change. "),
        E("GPE", "Kyllini", "western town of "),
    ]),
    # ------------------------------------------------------------------ Super Eagles
    ("dev5-super-eagles-squad", "eagles", [
        P("Akinwale", "Akinwale", "^"),
        E("ORG", "Super Eagles", "recalled as "),
        E("ORG", "Ghana", "squad for "),
        E("ORG", "Benin", "Ghana and "),
        P("Chidinma Okafor", "Okafor", "By "),
        E("GPE", "LAGOS", "Okafor\r\n\r\n"),
        E("ORG", "Ibadan Stallions", "LAGOS \u2014 "),
        P("Tobiloba Akinwale", "Akinwale", "Stallions striker "),
        E("ORG", "Super Eagles", "his first "),
        E("ORG", "Nigeria Premier Football League", "finishing the "),
        E("ORG", "Nigeria Football Federation", "goals, the "),
        D("Monday", "2026-03-16", "announced on "),
        E("ORG", "Sierra Leone", "came against "),
        D("November 2023", "2023-11", "Leone in "),
        E("ORG", "Ghana", "away to "),
        E("GPE", "Accra", "Ghana in "),
        D("March 27", "2026-03-27", "Accra on "),
        E("ORG", "Benin", "home to "),
        E("GPE", "Uyo", "Benin in "),
        D("four days later", "2026-03-31", "Uyo "),
        P("Akinwale", "Akinwale", "later.\r\n\r\n"),
        D("Sunday", "2026-03-15", "twice on "),
        E("ORG", "Stallions", "as the "),
        E("ORG", "Kano Rovers", "Stallions beat "),
        E("ORG", "Enugu City", "clear of "),
        D("2009", "2009", "title since "),
        E("ORG", "Instagram", "shirt on "),
        Q("Never stopped believing. God did it again \U0001F985\U0001F49A\U0001F1F3\U0001F1EC", "Akinwale"),
        P("Emmanuel Okorie", "Okorie", "Head coach "),
        D("August", "2025-08", "took charge in "),
        Q("We watch every league match, not just the ones on television. Tobi has been the most "
          "consistent forward in the country this season, and he plays the way we want to play, "
          "pressing from the front,", "Okorie"),
        P("Tobi", "Akinwale", "on television. "),
        P("Okorie", "Okorie", "he said.\r\n\r\n"),
        E("ORG", "Ibadan", "call-up with "),
        P("Garba Musa Danjuma", "Danjuma", "Ibadan coach "),
        Q("This is a message to every boy playing in Kaduna, in Aba, in Port Harcourt,", "Danjuma"),
        E("GPE", "Kaduna", "playing in "),
        E("GPE", "Aba", "Kaduna, in "),
        E("GPE", "Port Harcourt", "Aba, in "),
        P("Danjuma", "Danjuma", "Harcourt,\u201d "),
        D("Sunday", "2026-03-15", "reporters after "),
        Q("If you perform, they will see you.", "Danjuma"),
        E("NORP", "European", "built around "),
        P("Ifeanyi Eze", "Eze", "captain "),
        E("ORG", "Lyon", "Eze, the "),
        E("ORG", "Besiktas", "and the "),
        P("Samuel Ogbonna", "Ogbonna", "midfielder "),
        P("Kelechi Adewale", "Adewale", "Defender "),
        E("ORG", "Lagos Metropolitan", "who left "),
        E("NORP", "Belgian", "for a "),
        D("January", "2026-01", "club in "),
        E("ORG", "Ghana", "injury.\r\n\r\nThe "),
        E("NORP", "West African", "the two "),
        D("2022", "2022", "rivals since "),
        E("GPE", "Ghana", "40,000. "),
        E("ORG", "Black Stars", "Ghana\u2019s "),
        E("LOC", "Africa", "qualify for the "),
        E("GPE", "Morocco", "Nations in "),
        Q("Nigeria against Ghana is never a friendly, whatever the fixture list says,", "Okorie"),
        E("ORG", "Nigeria", "Morocco.\r\n\r\n\u201c"),
        E("ORG", "Ghana", "Nigeria against "),
        P("Okorie", "Okorie", "says,\u201d "),
        Q("We will treat it like a final.", "Okorie"),
        E("ORG", "NFF", "final.\u201d\r\n\r\n"),
        P("Halima Sadiq-Bello", "Sadiq-Bello", "general secretary "),
        E("ORG", "Benin", "sales for the "),
        D("Thursday", "2026-03-19", "open on "),
        E("GPE", "Uyo", "camp in "),
        D("March 22", "2026-03-22", "Uyo on "),
        D("the following day", "2026-03-23", "players joining "),
        E("ORG", "Nigeria", "fixtures.\r\n\r\n"),
        D("2027", "2027", "remains on the "),
        E("LOC", "Africa", "2027 "),
        E("GPE", "Kenya", "co-hosted by "),
        E("GPE", "Uganda", "Kenya, "),
        E("GPE", "Tanzania", "Uganda and "),
        D("September", "2026-09", "resume in "),
    ]),
    # ------------------------------------------------------------------ Kirishima
    ("dev5-kirishima-battery-plant", "kirishima", [
        E("ORG", "Kirishima Electric", "^"),
        E("GPE", "Kitakyushu", "battery plant in "),
        E("GPE", "China", "rivalry with "),
        E("GPE", "TOKYO", "heats up\n\n"),
        D("Aug 7", "2025-08-07", "TOKYO, "),
        E("NORP", "Japanese", "Aug 7 - "),
        E("ORG", "Kirishima Electric Industries", "electronics maker "),
        D("Thursday", "2025-08-07", "said on "),
        E("GPE", "Kitakyushu", "southern city of "),
        E("NORP", "Japanese", "Kitakyushu, as "),
        E("NORP", "Chinese", "ground from "),
        E("ORG", "Kirishima Mobility Solutions", "owned unit "),
        D("the second half of fiscal 2027", "2027-10/2028-03", "output starting in "),
        E("GPE", "Japan", "company said.\n\n"),
        E("ORG", "Ministry of Economy, Trade and Industry", "Japan's "),
        E("ORG", "METI", "Industry ("),
        E("GPE", "Kitakyushu", "said. The "),
        E("GPE", "Wakamatsu", "site in the "),
        Q("We cannot leave the heart of the electric car entirely to overseas manufacturers,", "Sawada"),
        E("ORG", "Kirishima", "manufacturers,\" "),
        P("Sawada Kenji", "Sawada", "Kirishima President "),
        E("GPE", "Tokyo", "news conference in "),
        Q("This plant is about cost competitiveness first, and about economic security second.", "Sawada"),
        E("ORG", "Kirishima", "announcement came as "),
        D("the April-June quarter", "2025-04/2025-06", "yen for "),
        E("GPE", "China", "motors in "),
        E("GPE", "U.S.", "impact of "),
        E("ORG", "Kirishima", "forecast unchanged.\n\n"),
        E("GPE", "Osaka", "headquarters in "),
        D("fiscal 2024", "2024-04/2025-03", "trillion yen in "),
        D("March", "2025-03", "that ended in "),
        P("Ono Mariko", "Ono", "Financial Officer "),
        E("NORP", "Chinese", "break even.\n\n"),
        D("this year", "2025", "widened their lead "),
        E("GPE", "Shenzhen", "this year. "),
        E("ORG", "Huaxin Power", "Shenzhen-based "),
        D("the first half of 2025", "2025-01/2025-06", "LFP cells in "),
        D("a year earlier", "2024-01/2024-06", "41% from "),
        D("this week", "2025-08-04/2025-08-10", "earlier, and "),
        E("GPE", "Yibin", "its plant in "),
        E("GPE", "Sichuan", "Yibin, in "),
        E("GPE", "Kitakyushu", "Analysts said the "),
        E("ORG", "Kirishima", "ambitious but that "),
        Q("Without scale, Japanese battery makers will be squeezed out of the mass market within five years,", "Fujimoto"),
        E("NORP", "Japanese", "Without scale, "),
        P("Fujimoto Ryo", "Fujimoto", "years,\" said "),
        E("ORG", "Marunouchi Securities", "an analyst at "),
        Q("The subsidy helps, but the real test is whether carmakers sign long-term offtake contracts.", "Fujimoto"),
        E("ORG", "Kirishima", "offtake contracts.\"\n\n"),
        E("NORP", "South Korean", "automakers and a "),
        P("Sawada", "Sawada", "name them. "),
        D("the end of the year", "2025", "agreement by "),
        E("GPE", "Kitakyushu", "end of the year.\n\n"),
        P("Nakahara Yoshiko", "Nakahara", "Kitakyushu Mayor "),
        D("recent decades", "PAST_REF", "heavy industry in "),
        Q("The steelworks built this city once,", "Nakahara"),
        Q("We hope batteries can do it again.", "Nakahara"),
        E("ORG", "Kirishima", "do it again.\"\n\n"),
        E("GPE", "Tokyo", "3.2% in "),
    ]),
    # ------------------------------------------------------------------ Energy support
    ("dev5-energy-support-revolt", "energy", [
        E("NORP", "Tory", "^"),
        P("Rachel Ellingham", "Ellingham", "By "),
        E("NORP", "Conservative", "Correspondent\n\n"),
        D("next spring", "2023-SP", "energy support "),
        D("last Thursday", "2022-11-17", "autumn statement "),
        D("April", "2023-04", "guarantee from "),
        E("ORG", "Office for Budget Responsibility", "household bill. The "),
        D("the next two years", "2023/2024", "7 per cent over "),
        P("Harriet Fenwick-Lowe", "Fenwick-Lowe", "records began.\n\n"),
        E("NORP", "Conservative", "Fenwick-Lowe, the "),
        E("GPE", "Stroud", "MP for "),
        Q("I have constituents in their eighties who are sitting in one room with a blanket because "
          "they are frightened of the meter,", "Fenwick-Lowe"),
        Q("I did not come into politics to tell them that help is being withdrawn in the middle of "
          "the next winter.", "Fenwick-Lowe"),
        D("the middle of the next winter", "2023-WI", "being withdrawn in "),
        P("Fenwick-Lowe", "Fenwick-Lowe", "winter.\u2019\n\n"),
        E("NORP", "Tory", "at least 20 "),
        D("2019", "2019", "from the "),
        D("the end of 2023", "2023", "benefits until "),
        E("ORG", "Treasury", "2023.\n\n"),
        P("Charlotte Pembury", "Pembury", "Treasury minister "),
        E("ORG", "Commons", "plans in the "),
        D("Monday", "2022-11-21", "Commons on "),
        Q("sound public finances", "Pembury"),
        D("October", "2022-10", "billion since "),
        Q("This government has stood behind families through the most difficult winter in a generation,", "Pembury"),
        P("Pembury", "Pembury", "generation,\u2019 "),
        Q("But open-ended, untargeted support is not something any responsible government can promise.", "Pembury"),
        E("ORG", "Labour", "promise.\u2019\n\n"),
        E("ORG", "Treasury", "Labour\u2019s shadow "),
        P("Daniel Okafor", "Okafor", "Treasury minister, "),
        Q("making working people pay for twelve years of Tory failure", "Okafor"),
        E("NORP", "Tory", "twelve years of "),
        E("ORG", "Liberal Democrats", "help.\n\nThe "),
        E("ORG", "SNP", "Democrats and the "),
        P("Alasdair MacLeod", "MacLeod", "be frozen. "),
        E("ORG", "SNP", "MacLeod, the "),
        E("ORG", "Treasury", "SNP\u2019s "),
        E("GPE", "Inverclyde", "MP for "),
        E("NORP", "Scottish", "Inverclyde, said "),
        E("NORP", "Lib Dem", "electric heating. "),
        E("GPE", "Bath", "MP for "),
        P("Sophie Kendrick", "Kendrick", "Bath "),
        Q("left rural pensioners out in the cold, quite literally", "Kendrick"),
        E("ORG", "Treasury Select Committee", "literally\u2019.\n\nThe "),
        D("next month", "2022-12", "the measures "),
        P("Geoffrey Tindall", "Tindall", "chair, Sir "),
        Q("We have heard a great deal about fiscal credibility, and rightly so.", "Tindall"),
        Q("But credibility also means being able to explain to a pensioner in Hartlepool or Harrogate "
          "why her bill is going up in April when she was told the worst was over,", "Tindall"),
        E("GPE", "Hartlepool", "pensioner in "),
        E("GPE", "Harrogate", "Hartlepool or "),
        D("April", "2023-04", "going up in "),
        E("NORP", "Conservative", "one senior "),
        D("February", "2023-02", "expected until "),
        E("ORG", "Labour", "But with "),
    ]),
    # ------------------------------------------------------------------ IPF trial
    ("dev5-ipf-drug-trial", "ipf", [
        E("ORG", "Calder Ridge", "shares of "),
        P("Megan Whitcombe", "Whitcombe", "By "),
        E("ORG", "Calder Ridge Therapeutics", "drug from "),
        D("Tuesday", "2025-02-18", "trial released "),
        E("GPE", "Boston", "decade.\n\nThe "),
        E("ORG", "Food and Drug Administration", "ask the "),
        D("the end of June", "2025-06", "velpirestat, by "),
        E("ORG", "Calder Ridge", "Shares of "),
        D("Tuesday", "2025-02-18", "jumped 38% on "),
        D("Wednesday", "2025-02-19", "early trading "),
        E("GPE", "United States", "sites in the "),
        E("GPE", "Canada", "United States, "),
        E("LOC", "Europe", "Canada, "),
        E("GPE", "Japan", "Europe and "),
        D("late 2022", "2022", "starting in "),
        E("NORP", "Americans", "roughly 100,000 "),
        E("ORG", "FDA", "approved by the "),
        D("2014", "2014", "FDA in "),
        Q("This is the most encouraging data I have seen in this disease in the past decade,", "Raghunathan"),
        D("the past decade", "2015/2024", "this disease in "),
        P("Priya Raghunathan", "Raghunathan", "said Dr. "),
        E("ORG", "Vanderbilt University Medical Center", "pulmonologist at "),
        E("GPE", "Nashville", "Medical Center in "),
        Q("We are not reversing the scarring, and I want to be careful about that. But slowing it this "
          "much could mean years of meaningful life for people.", "Raghunathan"),
        P("Thomas Greenleaf", "Greenleaf", "celebrate. Dr. "),
        E("ORG", "University of Pittsburgh", "medicine at the "),
        Q("Lung function is a reasonable surrogate, but patients care about breathing, walking and "
          "staying out of the hospital,", "Greenleaf"),
        Q("I would want to see the hospitalization and survival data before calling this a breakthrough.", "Greenleaf"),
        E("ORG", "Calder Ridge", "breakthrough.\"\n\n"),
        E("ORG", "American Thoracic Society", "presented at the "),
        E("GPE", "San Francisco", "meeting in "),
        D("May", "2025-05", "San Francisco in "),
        P("Gloria", "Gloria", "\n\nFor "),
        E("GPE", "Murfreesboro", "bookkeeper from "),
        E("GPE", "Tennessee", "Murfreesboro, "),
        D("early 2023", "2023", "the trial in "),
        Q("Before, I couldn't walk to the mailbox without stopping to catch my breath,", "Gloria"),
        Q("Now I'm gardening again. I don't know if I got the real pill, but something changed.", "Gloria"),
        E("ORG", "Calder Ridge", "something changed.\"\n\n"),
        P("Alan Brightwater", "Brightwater", "chief executive "),
        E("ORG", "FDA", "approval. If the "),
        D("the end of the year", "2025", "come before "),
    ]),
    # ------------------------------------------------------------------ Ghent
    ("dev5-ghent-still-life", "ghent", [
        E("GPE", "Ghent", "^"),
        E("NORP", "Flemish", "a forgotten "),
        P("Isabelle Dufour", "Dufour", "By "),
        E("GPE", "GHENT", "Dufour\n\n"),
        P("Cornelis van Haesendonck", "van Haesendonck", "three centuries, "),
        E("GPE", "Antwerp", "inventories of "),
        D("This summer", "2023-SU", "at all, in the inventories of Antwerp merchants. "),
        P("Cornelis van Haesendonck", "van Haesendonck", "Tides and Tables: "),
        E("ORG", "Museum of Fine Arts Ghent", "runs at the "),
        E("ORG", "MSK", "Ghent ("),
        D("June 3 to September 28", "2023-06-03/2023-09-28", "(MSK) from "),
        E("NORP", "Flemish", "devoted to a "),
        D("the 17th century", "1600/1699", "still-life painter of "),
        D("2007", "2007", "renovation in "),
        D("about 1648", "1648", "large canvas from "),
        E("GPE", "Bruges", "collection in "),
        E("NORP", "Spanish", "lent by a "),
        E("GPE", "Netherlands", "the southern "),
        E("NORP", "Habsburg", "were under "),
        E("ORG", "Leontine Aerts Foundation", "organised with the "),
        E("GPE", "Brussels", "Foundation, a "),
        E("GPE", "Amsterdam", "and with the "),
        E("ORG", "Van Oorschot & Mertens", "Amsterdam gallery "),
        Q("We knew he was good, but we did not know how good,", "Verhaeghe"),
        P("Annelies Verhaeghe", "Verhaeghe", "how good,\u201d said "),
        Q("Under infrared you can see him changing his mind again and again. He moves a fish, then moves "
          "it back. That is not a workshop painter producing to order.", "Verhaeghe"),
        E("NORP", "Dutch", "contemporary pieces, the "),
        P("Saskia Brouwer", "Brouwer", "Dutch artist "),
        E("LOC", "Scheldt", "film of the "),
        P("van Haesendonck", "van Haesendonck", "detail of one of "),
        E("GPE", "Ghent", "Across the room, the "),
        P("Jonas De Clercq", "De Clercq", "sculptor "),
        Q("People think of still life as quiet,", "Verhaeghe"),
        P("Verhaeghe", "Verhaeghe", "quiet,\u201d "),
        Q("but these paintings are full of anxiety: about the sea, about money, about time running out. "
          "Artists today recognise that immediately.", "Verhaeghe"),
        D("today", "PRESENT_REF", "Artists "),
        E("ORG", "Aerts Foundation", "funded by the "),
        E("ORG", "Royal Institute for Cultural Heritage", "carried out with the "),
        E("GPE", "Brussels", "Heritage in "),
        P("van Haesendonck", "van Haesendonck", "long attributed to "),
        E("GPE", "Ghent", "After "),
        D("this autumn", "2023-FA", "will travel "),
        E("ORG", "Palais des Beaux-Arts", "autumn to the "),
        E("GPE", "Lille", "Beaux-Arts in "),
        E("GPE", "France", "shown in "),
        D("17th-century", "1600/1699", "a concert of "),
        E("NORP", "Flemish", "17th-century "),
        D("Monday", "2023-05-22", "go on sale on "),
    ]),
]

LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "QUOTE"}
VALUE_RE = re.compile(
    r"^(?:PAST_REF|PRESENT_REF|FUTURE_REF|"
    r"(?:\d{4}(?:-\d{2}(?:-\d{2})?|-(?:SP|SU|FA|WI))?)"
    r"(?:/\d{4}(?:-\d{2}(?:-\d{2})?|-(?:SP|SU|FA|WI))?)?)$")


def bounded(text, s):
    """Start offsets of s in text that are not glued to a letter/digit."""
    out, i = [], text.find(s)
    while i != -1:
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(s)] if i + len(s) < len(text) else " "
        if not (s[0].isalnum() and before.isalnum()) and not (s[-1].isalnum() and after.isalnum()):
            out.append(i)
        i = text.find(s, i + 1)
    return out


def locate(text, surface, sel):
    if isinstance(sel, int):
        hits = bounded(text, surface)
        if sel >= len(hits):
            raise ValueError(f"occurrence {sel} of {surface!r} not found ({len(hits)} hits)")
        return hits[sel]
    if sel == "^":
        if not text.startswith(surface):
            raise ValueError(f"{surface!r} is not at the start of the text")
        return 0
    hits = [i for i in bounded(text, surface) if text[:i].endswith(sel)]
    if len(hits) != 1:
        raise ValueError(f"{surface!r} with left context {sel!r}: {len(hits)} matches")
    return hits[0]


def build_doc(doc_id, short, mentions):
    path = os.path.join(CORPUS, doc_id + ".txt")
    with open(path, encoding="utf-8", newline="") as fh:
        text = fh.read()
    spans = []
    for label, surface, value, sel, who in mentions:
        assert label in LABELS, label
        start = locate(text, surface, sel)
        end = start + len(surface)
        assert text[start:end] == surface
        spans.append(dict(start=start, end=end, label=label, text=surface, value=value, who=who))
    # reading order as listed
    for a, b in zip(spans, spans[1:]):
        if b["start"] < a["start"] or (b["start"] == a["start"] and a["label"] != "QUOTE"):
            raise ValueError(f"{doc_id}: not in reading order: {a['text']!r} then {b['text']!r}")
    # flatness: only entities/dates inside a QUOTE; nothing else overlaps
    for i, a in enumerate(spans):
        for b in spans[i + 1:]:
            if a["start"] < b["end"] and b["start"] < a["end"]:
                outer, inner = (a, b) if a["label"] == "QUOTE" else (b, a)
                ok = (outer["label"] == "QUOTE" and inner["label"] != "QUOTE"
                      and outer["start"] <= inner["start"] and inner["end"] <= outer["end"])
                if not ok:
                    raise ValueError(f"{doc_id}: overlapping spans {a['text']!r} / {b['text']!r}")
    # minimal spans
    for s in spans:
        t = s["text"]
        if t != t.strip():
            raise ValueError(f"{doc_id}: whitespace at edge of {t!r}")
        if s["label"] == "QUOTE":
            if t[0] in "\"'\u2018\u2019\u201c\u201d" or t[-1] in "\"'\u2018\u2019\u201c\u201d":
                raise ValueError(f"{doc_id}: quotation mark inside QUOTE edge {t!r}")
            opening = text[s["start"] - 1]
            if opening not in "\"\u2018\u201c":
                raise ValueError(f"{doc_id}: QUOTE {t[:30]!r} not preceded by an opening mark")
        else:
            if not (t[0].isalnum() and (t[-1].isalnum() or t.endswith("."))):
                raise ValueError(f"{doc_id}: punctuation at edge of {t!r}")
        if s["label"] == "DATE":
            if not s["value"] or not VALUE_RE.match(s["value"]):
                raise ValueError(f"{doc_id}: bad DATE value {s['value']!r} for {t!r}")
        elif s["value"] is not None:
            raise ValueError(f"{doc_id}: value on non-DATE {t!r}")
    # ids
    for n, s in enumerate(spans, 1):
        s["id"] = f"{short}-{n}"
    ids = [s["id"] for s in spans]
    assert len(ids) == len(set(ids))
    # said_by: nearest PERSON mention (character distance) naming the speaker
    relations = []
    for q in spans:
        if q["label"] != "QUOTE" or q["who"] is None:
            continue
        best = None
        for p in spans:
            if p["label"] != "PERSON" or p["who"] != q["who"]:
                continue
            if q["start"] <= p["start"] and p["end"] <= q["end"]:
                continue  # a mention inside the quote itself is not its attribution
            dist = q["start"] - p["end"] if p["end"] <= q["start"] else p["start"] - q["end"]
            if best is None or dist < best[0]:
                best = (dist, p)
            elif dist == best[0]:
                print(f"WARNING {doc_id}: tie for {q['id']} between {best[1]['id']} and {p['id']}")
        if best is None:
            raise ValueError(f"{doc_id}: no PERSON mention for speaker {q['who']!r}")
        relations.append({"from": q["id"], "to": best[1]["id"], "type": "said_by"})
    out_spans = []
    for s in spans:
        d = {"id": s["id"], "start": s["start"], "end": s["end"], "label": s["label"], "text": s["text"]}
        if s["label"] == "DATE":
            d["value"] = s["value"]
        out_spans.append(d)
    return {"doc_id": doc_id, "spans": out_spans, "relations": relations}, text


def main():
    with open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8") as fh:
        manifest = [json.loads(line) for line in fh if line.strip()]
    order = [m["doc_id"] for m in manifest]
    by_id = {d[0]: d for d in DOCS}
    assert sorted(order) == sorted(by_id), "every manifest article must be annotated"
    docs = []
    for doc_id in order:
        doc, _ = build_doc(*by_id[doc_id])
        docs.append(doc)
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    for doc in docs:
        counts = {}
        for s in doc["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
        print(doc["doc_id"], len(doc["spans"]), counts, "said_by:", len(doc["relations"]))


if __name__ == "__main__":
    sys.exit(main())
