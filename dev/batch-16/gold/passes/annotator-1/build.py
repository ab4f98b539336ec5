#!/usr/bin/env python3
"""Hand-chosen mentions for the eight holdout10 articles.

Every mention below was chosen by reading the text. This script only locates
each chosen mention in the unmodified text (half-open [start, end) str indices),
checks it, and writes annotation.jsonl.

Entry helpers (listed in reading order per article):
  E(surface, LABEL, left=None)        entity span (PERSON via P, others via E)
  P(surface, who, tag=None, left=None) PERSON span; `who` = which person (for said_by checks)
  D(surface, value, left=None)        DATE span with value
  Q(first, last, by=None, to=None, inner=[...])
        QUOTE span running from the first occurrence of `first` (after the cursor)
        to the end of the next occurrence of `last`; `by` = speaker key (None:
        speaker never named, no said_by), `to` = tag of the PERSON mention chosen
        by hand as the said_by target; `inner` = entity/date spans inside it.
`left`: the text immediately before the mention must end with this string.
The script checks that each hand-chosen said_by target is the nearest mention of
that speaker (section 7), that spans are flat, that ids are unique, and that
text[start:end] == surface.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")  # heldout/corpus


def E(s, label, left=None):
    return {"kind": "ent", "s": s, "label": label, "left": left}


def P(s, who, tag=None, left=None):
    return {"kind": "ent", "s": s, "label": "PERSON", "who": who, "tag": tag, "left": left}


def D(s, value, left=None):
    return {"kind": "ent", "s": s, "label": "DATE", "value": value, "left": left}


def Q(first, last, by=None, to=None, inner=(), left=None):
    return {"kind": "quote", "first": first, "last": last, "by": by, "to": to,
            "inner": list(inner), "left": left}


DOCS = {}

# ---------------------------------------------------------------- ballarat (dct 2022-03-09, Wed)
DOCS["holdout10-ballarat-one-punch-sentence"] = ("ballarat", [
    E("Ballarat", "GPE"),
    P("Kirsty McAllister-Reid", "kmr"),
    E("Ballarat", "GPE"),
    E("Supreme Court", "ORG"),
    Q("senseless, cowardly", "entirely avoidable", by="cfm", to="cfm1"),
    P("Jarrod Kettering", "jk"),
    D("last year", "2021"),
    P("Luke Papadimitriou", "lp"),
    D("New Year's Day 2021", "2021-01-01"),
    P("Papadimitriou", "lp"),
    P("Kettering", "jk"),
    E("Supreme Court of Victoria", "ORG"),
    D("Tuesday", "2022-03-08"),
    P("Catherine Fairleigh-Moss", "cfm", tag="cfm1"),
    Q("Mr Papadimitriou was walking away", "did not want to fight,", by="cfm", to="cfm2",
      inner=[P("Papadimitriou", "lp")]),
    P("Fairleigh-Moss", "cfm", tag="cfm2"),
    Q("You followed him", "hit the footpath.", by="cfm", to="cfm2"),
    Q("Nothing that was said", "for the rest of your life.", by="cfm", to="cfm2"),
    P("Papadimitriou", "lp"),
    D("four days later", "2021-01-05"),
    E("Victoria", "GPE"),
    D("2014", "2014"),
    P("Kettering", "jk"),
    P("Rohan Wickramasinghe", "rw"),
    D("December", "2021-12"),
    P("Fairleigh-Moss", "cfm", tag="cfm3"),
    P("Kettering", "jk"),
    Q("You wrote a letter", "sincerely meant,", by="cfm", to="cfm3"),
    Q("It does not, however", "what you did.", by="cfm", to="cfm3"),
    P("Kettering", "jk"),
    P("Papadimitriou", "lp"),
    P("Sofia Papadimitriou", "sp"),
    Q("I have had to explain", "what a funeral is,", by="sp", to="sp2"),
    P("Papadimitriou", "sp", tag="sp2"),
    Q("Nobody should have to do that", "stranger's temper.", by="sp", to="sp2"),
    E("Crown", "ORG"),
    P("Angela Di Stefano", "ads", tag="ads1"),
    Q("a textbook example", "a textbook example", by="ads", to="ads1"),
    P("Papadimitriou", "sp"),
    P("George Karalis", "gk"),
    Q("Eleven years is not", "it is something,", by="gk", to="gk2",
      inner=[P("Luke", "lp")]),
    P("Karalis", "gk", tag="gk2"),
    Q("We just want people", "raise a fist.", by="gk", to="gk2"),
    E("Victoria Police", "ORG"),
    D("the past two years", "PAST_REF"),
    E("Ballarat", "GPE"),
    E("Bendigo", "GPE"),
    D("the Easter long weekend", "2022-04-15/2022-04-18"),
])

# ---------------------------------------------------------------- boj (dct 2024-04-26, Fri)
FY24 = "2024-04/2025-03"
DOCS["holdout10-boj-weak-yen-outlook"] = ("boj", [
    E("BOJ", "ORG"),
    E("TOKYO", "GPE"),
    D("April 26", "2024-04-26"),
    E("Kyodo", "ORG"),
    E("Bank of Japan", "ORG"),
    D("Friday", "2024-04-26"),
    D("fiscal 2024", FY24),
    E("U.S.", "GPE"),
    D("March", "2024-03"),
    E("BOJ", "ORG"),
    D("fiscal 2024", FY24),
    D("April", "2024-04"),
    D("January", "2024-01"),
    D("fiscal 2025 and fiscal 2026", "2025-04/2027-03"),
    E("Tokyo", "GPE"),
    Q("The market was looking", "did not get one,", by="km", to="km1"),
    P("Kenta Morishita", "km", tag="km1"),
    E("Tokai Yamato Research Institute", "ORG"),
    Q("As long as the gap", "will not go away.", by="km", to="km1",
      inner=[E("U.S.", "GPE")]),
    E("Ministry of Finance", "ORG"),
    D("the autumn of 2022", "2022-FA"),
    Q("We are watching currency moves", "excessive fluctuations,"),  # unnamed official
    E("Finance Ministry", "ORG"),
    P("Emiko Hirano", "eh"),
    E("Higashiosaka", "GPE"),
    E("Osaka Prefecture", "GPE"),
    D("the past two years", "PAST_REF"),
    Q("Our clients understand", "months of negotiation,", by="eh", to="eh2"),
    P("Hirano", "eh", tag="eh2"),
    Q("We raised wages", "do it again next year.", by="eh", to="eh2",
      inner=[D("this spring", "2024-SP"), D("next year", "2025")]),
    D("fiscal 2024", FY24),
    E("Ministry of Economy, Trade and Industry", "ORG"),
    E("Japan", "GPE"),
    D("this year", "2024"),
    E("Japanese Trade Union Confederation", "ORG"),
    E("Rengo", "ORG"),
    E("BOJ", "ORG"),
    D("July", "2024-07"),
    Q("If the yen stays", "the data it wants,", by="yn", to="yn1",
      inner=[D("the summer", "2024-SU")]),
    P("Yui Nakamura", "yn", tag="yn1"),
    E("Kansai Mirai Securities", "ORG"),
    D("fiscal 2024", FY24),
    D("the previous year", "2023-04/2024-03"),
    E("Finance Ministry", "ORG"),
    D("May 31", "2024-05-31"),
])

# ---------------------------------------------------------------- dail (dct 2019-10-16, Wed)
DOCS["holdout10-dail-rent-pressure-zones"] = ("dail", [
    E("Sinn Féin", "ORG"),
    E("Fianna Fáil", "ORG"),
    E("Government", "ORG"),
    P("Síle Nic Amhlaoibh", "sna"),
    E("Government", "ORG"),
    E("Oireachtas", "ORG"),
    D("the end of the year", "2019"),
    Q("would be legislating", "rather than on evidence", by="pos", to="pos1"),
    E("Joint Committee on Housing, Planning and Local Government", "ORG"),
    D("Wednesday", "2019-10-16"),
    P("Pádraig Ó Súilleabháin", "pos", tag="pos1"),
    E("Residential Tenancies Board", "ORG"),
    E("RTB", "ORG"),
    D("the second quarter", "2019-04/2019-06"),
    D("November", "2019-11"),
    Q("I understand the frustration", "8 or 9 per cent a year,", by="pos", to="pos1",
      inner=[E("Drogheda", "GPE"), E("Dundalk", "GPE"), E("Ennis", "GPE")]),
    Q("But a designation", "will be worse off.", by="pos", to="pos1",
      inner=[E("High Court", "ORG")]),
    E("Sinn Féin", "ORG"),
    P("Eoin Mac Lochlainn", "eml"),
    D("the new year", "2020"),
    Q("The Minister has had", "since the summer,", by="eml", to="eml2",
      inner=[D("the summer", "2019-SU")]),
    P("Mac Lochlainn", "eml", tag="eml2"),
    Q("He had them when", "collecting the rent.", by="eml", to="eml2",
      inner=[E("Dáil", "ORG"), D("last week", "2019-10-07/2019-10-13")]),
    D("December 2016", "2016-12"),
    E("Dublin", "GPE"),
    E("Cork", "GPE"),
    E("Galway", "GPE"),
    E("Government", "ORG"),
    E("Fianna Fáil", "ORG"),
    E("Fine Gael", "ORG"),
    E("Government", "ORG"),
    D("2016", "2016"),
    E("Fianna Fáil", "ORG"),
    P("Darragh Ó Ceallaigh", "doc", tag="doc1"),
    E("Department of Housing", "ORG"),
    Q("on at least four occasions", "on at least four occasions", by="doc", to="doc2"),
    D("April", "2019-04"),
    Q("We are not looking for a row", "for a row,", by="doc", to="doc2"),
    P("Ó Ceallaigh", "doc", tag="doc2"),
    Q("We are looking for an answer", "looking for a date.", by="doc", to="doc2"),
    E("Fine Gael", "ORG"),
    P("Niamh de Búrca", "ndb", tag="ndb1"),
    E("Fine Gael", "ORG"),
    E("Galway West", "LOC"),
    Q("pretending there is a switch", "the Minister can flick", by="ndb", to="ndb1"),
    E("Labour", "ORG"),
    P("Seosamh Mac Giolla Bhríde", "smgb", tag="smgb1"),
    E("Co Louth", "GPE"),
    Q("since before the last general election", "since before the last general election",
      by="smgb", to="smgb1"),
    P("Ó Súilleabháin", "pos"),
    E("RTB", "ORG"),
    D("next year", "2020"),
    D("last week", "2019-10-07/2019-10-13"),
    E("Department of Housing", "ORG"),
    Q("in the coming weeks", "in the coming weeks",  # unnamed spokeswoman
      inner=[D("the coming weeks", "FUTURE_REF")]),
    E("Oireachtas", "ORG"),
    Q("as soon as the data allows", "as soon as the data allows"),  # unnamed spokeswoman
    E("Dublin Tenants’ Network", "ORG"),
    P("Aoife Ní Bhriain", "anb", tag="anb1"),
    Q("the forgotten people", "this housing crisis", by="anb", to="anb1"),
    D("next Tuesday", "2019-10-22"),
])

# ---------------------------------------------------------------- marathwada (dct 2023-06-05, Mon)
DOCS["holdout10-marathwada-monsoon-sowing"] = ("marathwada", [
    E("Marathwada", "LOC"),
    D("June 15", "2023-06-15"),
    P("Abhijit Kulkarni", "ak"),
    E("TNN", "ORG"),
    E("AURANGABAD", "GPE"),
    E("Kerala", "GPE"),
    E("Maharashtra", "GPE"),
    E("Marathwada", "LOC"),
    D("June 15", "2023-06-15"),
    E("India Meteorological Department", "ORG"),
    E("IMD", "ORG"),
    D("last week", "2023-05-29/2023-06-04"),
    E("Kerala", "GPE"),
    D("June 1", "2023-06-01"),
    E("Arabian Sea", "LOC"),
    E("Arabian Sea", "LOC"),
    E("Konkan", "LOC"),
    E("Western Ghats", "LOC"),
    E("Marathwada", "LOC"),
    D("June 15", "2023-06-15"),
    Q("Sowing on the basis", "fertiliser is lost,", by="scp", to="scp1",
      inner=[D("this year", "2023")]),
    P("Sunil Chavan-Patil", "scp", tag="scp1"),
    D("Sunday", "2023-06-04"),
    E("Beed", "GPE"),
    E("Latur", "GPE"),
    E("Jalna", "GPE"),
    E("Parbhani", "GPE"),
    E("Dharashiv", "GPE"),
    E("Marathwada", "LOC"),
    E("Sahyadri", "LOC"),
    D("the past decade", "PAST_REF"),
    E("Beed", "GPE"),
    E("Latur", "GPE"),
    D("last year", "2022"),
    E("Godavari", "LOC"),
    D("Sunday", "2023-06-04"),
    D("the same day in 2022", "2022-06-04"),
    P("Dnyaneshwar Shinde", "ds", tag="ds1"),
    E("Kaij", "GPE"),
    E("Beed", "GPE"),
    Q("The seed is in the house", "wait for the sky.", by="ds", to="ds1"),
    D("April", "2023-04"),
    E("Union ministry of agriculture and farmers' welfare", "ORG"),
    E("MoA&FW", "ORG"),
    E("National Disaster Response Fund", "ORG"),
    E("NDRF", "ORG"),
    D("March and April", "2023-03/2023-04"),
    D("the end of this month", "2023-06"),
    E("Jalna", "GPE"),
    E("Latur", "GPE"),
    Q("Farmers don't want", "first week of sowing,", by="rd", to="rd1",
      inner=[D("Last year", "2022")]),
    P("Rahul Deshmukh", "rd", tag="rd1"),
    P("Meenal Joshi", "mj", tag="mj1"),
    E("Vasantrao Naik Marathwada Krishi Vidyapeeth", "ORG"),
    E("Parbhani", "GPE"),
    Q("A delay of ten days", "costs everything,", by="mj", to="mj1"),
    E("IMD", "ORG"),
    D("June-September", "2023-06/2023-09"),
    D("this week", "2023-06-05/2023-06-11"),
])

# ---------------------------------------------------------------- nuggets (dct 2019-11-23, Sat)
DOCS["holdout10-nuggets-timberwolves"] = ("nuggets", [
    P("Oyelaran", "mo"),
    E("Nuggets", "ORG"),
    E("Timberwolves", "ORG"),
    E("DENVER", "GPE"),
    E("AP", "ORG"),
    P("Marcus Oyelaran", "mo"),
    P("Tomás Ibarra-Quintero", "tiq"),
    E("Denver Nuggets", "ORG"),
    E("Minnesota Timberwolves", "ORG"),
    D("Saturday", "2019-11-23"),
    P("Oyelaran", "mo"),
    E("Denver", "ORG"),
    E("Minnesota", "ORG"),
    E("Nuggets", "ORG"),
    E("Western Conference", "ORG"),
    Q("We got a little comfortable", "just go away,", by="mo", to="mo4"),
    P("Oyelaran", "mo", tag="mo4"),
    Q("But we've been in those spots", "Nobody panicked.", by="mo", to="mo4"),
    P("DeShawn Kirkby", "dk"),
    E("Minnesota", "ORG"),
    P("Luka Varga", "lv"),
    E("Timberwolves", "ORG"),
    E("Denver", "ORG"),
    E("Minnesota", "ORG"),
    P("Kirkby", "dk"),
    E("Timberwolves", "ORG"),
    P("Varga", "lv"),
    P("Ibarra-Quintero", "tiq"),
    P("Oyelaran", "mo"),
    Q("That's why you want the ball", "in his hands,", by="db", to="db1"),
    E("Nuggets", "ORG"),
    P("Dale Brennan", "db", tag="db1"),
    Q("He saw they were going", "a lot of times.", by="db", to="db2",
      inner=[P("Marcus", "mo")]),
    P("Brennan", "db", tag="db2"),
    Q("We've got to be a lot cleaner", "cleaner than that,", by="db", to="db2"),
    Q("We were throwing it", "that's a loss.", by="db", to="db2"),
    E("Timberwolves", "ORG"),
    P("Rick Halloran", "rh"),
    Q("We dug ourselves a hole", "every night,", by="rh", to="rh2"),
    P("Halloran", "rh", tag="rh2"),
    Q("But I liked the fight", "guarded in the third.", by="rh", to="rh2"),
    E("Denver", "ORG"),
    P("Jalen Pruett-Sims", "jps"),
    E("Nuggets", "ORG"),
    P("Ibarra-Quintero", "tiq", tag="tiq3"),
    Q("about 90 percent.", "about 90 percent.", by="tiq", to="tiq4"),
    Q("It's still a little stiff", "it held up,", by="tiq", to="tiq4"),
    P("Ibarra-Quintero", "tiq", tag="tiq4"),
    Q("I'll take that.", "I'll take that.", by="tiq", to="tiq4"),
    E("Timberwolves", "ORG"),
    P("Andre Whitfield", "aw"),
    E("Minnesota", "ORG"),
    E("Nuggets", "ORG"),
    P("Oyelaran", "mo"),
    E("Denver", "ORG"),
    E("Minnesota", "ORG"),
    E("Timberwolves", "ORG"),
    E("Phoenix Suns", "ORG"),
    D("Monday", "2019-11-25"),
    E("Nuggets", "ORG"),
    E("Utah Jazz", "ORG"),
    D("Tuesday", "2019-11-26"),
])

# ---------------------------------------------------------------- oslo (dct 2017-11-22, Wed)
DOCS["holdout10-oslo-ppi-kidney-study"] = ("oslo", [
    E("Norwegian", "NORP"),
    P("Line Kristiansen", "lk"),
    E("Norwegian", "NORP"),
    D("Wednesday", "2017-11-22"),
    E("University of Oslo", "ORG"),
    D("2004 and 2015", "2004/2015"),
    E("Norwegian Prescription Database", "ORG"),
    E("Norwegian Patient Registry", "ORG"),
    E("BMJ Open", "ORG"),
    D("the 1990s", "1990/1999"),
    E("Scandinavia", "LOC"),
    E("Norway", "GPE"),
    D("last year", "2016"),
    Q("This is not a reason", "on their own,", by="ioh", to="ioh1"),
    P("Ingrid Østby-Hansen", "ioh", tag="ioh1"),
    E("Institute of Health and Society", "ORG"),
    Q("But we see many patients", "should be reviewed.", by="ioh", to="ioh1",
      inner=[D("ten years ago", "2007")]),
    P("Håkon Brøndbo", "hb"),
    E("Oslo University Hospital", "ORG"),
    E("United States", "GPE"),
    E("Taiwan", "GPE"),
    Q("What the Norwegian registries", "for a long time,", by="hb", to="hb2",
      inner=[E("Norwegian", "NORP")]),
    P("Brøndbo", "hb", tag="hb2"),
    P("Søren Kjærgaard", "sk"),
    E("Aarhus University", "ORG"),
    E("Denmark", "GPE"),
    E("Danish", "NORP"),
    D("next year", "2018"),
    E("Nordvik Pharma", "ORG"),
    E("Bergen", "GPE"),
    E("Norway", "GPE"),
    E("Sweden", "GPE"),
    E("Denmark", "GPE"),
    Q("Patient safety is", "doctor or pharmacist."),  # unnamed spokesperson
    E("Norwegian Medicines Agency", "ORG"),
    E("European", "NORP"),
    P("Østby-Hansen", "ioh"),
    E("Research Council of Norway", "ORG"),
    D("2018 to 2021", "2018/2021"),
])

# ---------------------------------------------------------------- savanna (dct 2020-02-18, Tue)
DOCS["holdout10-savanna-mobile-outage"] = ("savanna", [
    E("Kenya", "GPE"),
    E("Savanna Mobile", "ORG"),
    P("Wanjiku Mbugua", "wm"),
    E("NAIROBI", "GPE"),
    D("Feb 18", "2020-02-18"),
    E("Reuters", "ORG"),
    E("Kenyan", "NORP"),
    E("Savanna Mobile", "ORG"),
    D("Tuesday", "2020-02-18"),
    D("this month", "2020-02"),
    D("Feb. 7", "2020-02-07"),
    E("Nairobi", "GPE"),
    E("Mombasa", "GPE"),
    E("Kisumu", "GPE"),
    D("the weekend", "2020-02-08/2020-02-09"),
    E("Savanna", "ORG"),
    E("Kenya", "GPE"),
    Q("We let our customers down", "cannot happen again,", by="oow", to="oow1"),
    P("Otieno Odhiambo-Were", "oow", tag="oow1"),
    E("Nairobi", "GPE"),
    E("Communications Authority of Kenya", "ORG"),
    E("CA", "ORG", left="("),
    E("Reuters", "ORG"),
    Q("The scale and duration", "millions of Kenyans,", by="mcr", to="mcr1",
      inner=[E("Kenyans", "NORP")]),
    E("CA", "ORG", left=" "),
    P("Mercy Chebet-Rono", "mcr", tag="mcr1"),
    E("Central Bank of Kenya", "ORG"),
    E("Savanna", "ORG"),
    D("March 2", "2020-03-02"),
    E("Twitter", "ORG"),
    E("Nairobi", "GPE"),
    P("Brian Kiprotich", "bk", tag="bk1"),
    Q("Day 3 with no Pesa Haraka", "@SavannaMobileKE?", by="bk", to="bk1",
      inner=[D("this month", "2020-02"), E("@SavannaMobileKE", "ORG")]),
    E("Kenya", "GPE"),
    D("2019", "2019"),
    E("Savanna", "ORG"),
    D("this month", "2020-02"),
    D("the third quarter of its financial year", "2019-10/2019-12"),
    D("October to December", "2019-10/2019-12"),
    E("Nairobi Securities Exchange", "ORG"),
    D("Tuesday", "2020-02-18"),
    Q("The direct revenue loss", "as insurance,", by="nm", to="nm1"),
    P("Njeri Mwangi", "nm", tag="nm1"),
    E("Nairobi", "GPE"),
    E("Kilimo Capital", "ORG"),
    Q("That kind of churn", "expensive to reverse.", by="nm", to="nm1"),
    E("Savanna", "ORG"),
    E("Safaricom", "ORG"),
    E("Airtel Kenya", "ORG"),
    E("Safaricom", "ORG"),
    P("Odhiambo-Were", "oow"),
    P("Wanjiku Mbugua", "wm"),
    P("Duncan Ochieng", "do"),
    P("Kirsten Laurent", "kl"),
])

# ---------------------------------------------------------------- saxony (dct 2026-09-07, Mon)
DOCS["holdout10-saxony-anhalt-election"] = ("saxony", [
    E("Saxony-Anhalt", "GPE"),
    E("AfD", "ORG"),
    E("CDU", "ORG"),
    E("Alternative for Germany", "ORG"),
    E("Saxony-Anhalt", "GPE"),
    E("Christian Democrats", "NORP"),
    E("Magdeburg", "GPE"),
    E("Alternative for Germany", "ORG"),
    E("AfD", "ORG"),
    D("Sunday", "2026-09-06"),
    E("Saxony-Anhalt", "GPE"),
    D("Monday", "2026-09-07"),
    E("AfD", "ORG"),
    P("Friedrich Merz", "fm"),
    E("Christian Democratic Union", "ORG"),
    E("CDU", "ORG"),
    E("Social Democrats", "NORP"),
    E("SPD", "ORG"),
    E("Left Party", "ORG"),
    E("Greens", "NORP"),
    E("Free Democrats", "NORP"),
    E("FDP", "ORG"),
    D("five years ago", "2021"),
    E("AfD", "ORG"),
    E("Germany", "GPE"),
    E("CDU", "ORG"),
    P("Matthias Brünnow", "mb"),
    D("last year", "2025"),
    E("SPD", "ORG"),
    E("Greens", "NORP"),
    D("this week", "2026-09-07/2026-09-13"),
    Q("The voters have given us", "the democratic center,", by="mb", to="mb2"),
    P("Brünnow", "mb", tag="mb2"),
    E("Magdeburg", "GPE"),
    D("Sunday", "2026-09-06"),
    Q("We will not let this state", "we have built since 1990.", by="mb", to="mb2",
      inner=[D("1990", "1990")]),
    E("AfD", "ORG"),
    P("Ulrich von Steinwehr", "uvs", tag="uvs1"),
    Q("a historic day for", "for Saxony-Anhalt", by="uvs", to="uvs1",
      inner=[E("Saxony-Anhalt", "GPE")]),
    Q("If the CDU forms", "majority in five years,", by="uvs", to="uvs2",
      inner=[E("CDU", "ORG"), D("five years", "2031")]),
    P("von Steinwehr", "uvs", tag="uvs2"),
    E("AfD", "ORG"),
    E("Harz", "LOC"),
    E("Saxony", "GPE", left="border with "),
    E("CDU", "ORG"),
    E("AfD", "ORG"),
    E("Schönebeck", "GPE"),
    E("Elbe River", "LOC"),
    E("Magdeburg", "GPE"),
    E("Berlin", "GPE"),
    Q("They close the pharmacy", "the way they do,"),  # unnamed woman
    Q("I have voted for the CDU", "This time I didn't.",  # unnamed woman
      inner=[E("CDU", "ORG")]),
    P("Merz", "fm"),
    E("Bundestag", "ORG"),
    D("this fall", "2026-FA"),
    E("SPD", "ORG"),
    P("Jörg Schäfer-Lübke", "jsl", tag="jsl1"),
    Q("People wanted to decide", "not in that race,", by="jsl", to="jsl1"),
    Q("But without us", "our responsibility is.", by="jsl", to="jsl1",
      inner=[E("AfD", "ORG")]),
    E("Green", "NORP"),
    P("Friederike Höhn", "fh", tag="fh1"),
    E("Halle", "GPE"),
    E("Magdeburg", "GPE"),
    Q("We were written off", "for months,", by="fh", to="fh1"),
    D("October", "2026-10"),
])

OPEN_MARKS = '"“‘\''
CLOSE_MARKS = '"”’\''


def find(text, s, cursor, left, what):
    i = text.find(s, cursor)
    while i >= 0 and left is not None and not text[:i].endswith(left):
        i = text.find(s, i + 1)
    if i < 0:
        raise SystemExit(f"{what}: {s!r} not found after {cursor}")
    return i


def build(doc_id, short, items):
    path = os.path.join(CORPUS, doc_id + ".txt")
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    raw = []  # (start, end, label, value, meta)
    cursor = 0
    for it in items:
        if it["kind"] == "ent":
            st = find(text, it["s"], cursor, it["left"], doc_id)
            en = st + len(it["s"])
            raw.append([st, en, it, None])
            cursor = en
        else:
            st = find(text, it["first"], cursor, it["left"], doc_id)
            en = text.find(it["last"], st) + len(it["last"])
            assert en >= st + len(it["first"]), (doc_id, it["first"])
            qrec = [st, en, it, None]
            raw.append(qrec)
            c2 = st
            for inn in it["inner"]:
                ist = find(text, inn["s"], c2, inn["left"], doc_id)
                ien = ist + len(inn["s"])
                assert st <= ist and ien <= en, (doc_id, inn["s"], "not inside quote")
                raw.append([ist, ien, inn, qrec])
                c2 = ien
            cursor = en
    raw.sort(key=lambda r: (r[0], -r[1]))
    spans, rels = [], []
    tags = {}
    for n, r in enumerate(raw, 1):
        st, en, it, _ = r
        sid = f"{short}-{n}"
        r.append(sid)
        label = "QUOTE" if it["kind"] == "quote" else it["label"]
        sp = {"id": sid, "start": st, "end": en, "label": label, "text": text[st:en]}
        if label == "DATE":
            sp["value"] = it["value"]
        if label != "QUOTE":
            assert sp["text"] == it["s"]
        assert sp["text"] == sp["text"].strip(), sid
        spans.append(sp)
        if it.get("tag"):
            assert it["tag"] not in tags
            tags[it["tag"]] = r
    # quote boundary check: preceded by an opening mark; followed by a closing mark
    # or the end of the paragraph (multi-paragraph quote, section 7a)
    for r in raw:
        st, en, it = r[0], r[1], r[2]
        if it["kind"] != "quote":
            continue
        assert text[st - 1] in OPEN_MARKS, (doc_id, it["first"], text[st - 1])
        nxt = text[en:en + 1]
        assert nxt in CLOSE_MARKS or text[en:en + 2] in ("\n\n", "\r\n"), (doc_id, it["last"], repr(nxt))
    # flatness: nothing overlaps except entity/date inside QUOTE
    for i, a in enumerate(spans):
        for b in spans[i + 1:]:
            if a["start"] < b["end"] and b["start"] < a["end"]:
                ok = (a["label"] == "QUOTE" and b["label"] != "QUOTE"
                      and a["start"] <= b["start"] and b["end"] <= a["end"])
                ok = ok or (b["label"] == "QUOTE" and a["label"] != "QUOTE"
                            and b["start"] <= a["start"] and a["end"] <= b["end"])
                assert ok, (doc_id, a, b)
    ids = [s["id"] for s in spans]
    assert len(ids) == len(set(ids))
    # said_by: hand-chosen target, checked to be the nearest mention of that speaker
    for r in raw:
        it = r[2]
        if it["kind"] != "quote":
            continue
        if it["by"] is None:
            assert it["to"] is None
            continue
        tgt = tags[it["to"]]
        assert tgt[2]["who"] == it["by"], (doc_id, it["first"])
        qs, qe = r[0], r[1]

        def dist(p):
            return qs - p[1] if p[1] <= qs else (p[0] - qe if p[0] >= qe else 0)

        cands = [p for p in raw if p[2].get("label") == "PERSON" and p[2].get("who") == it["by"]]
        best = min(dist(p) for p in cands)
        assert dist(tgt) == best, (doc_id, it["first"], "target not nearest", dist(tgt), best)
        rels.append({"from": r[4], "to": tgt[4], "type": "said_by"})
    return {"doc_id": doc_id, "spans": spans, "relations": rels}, text, raw


def main():
    out = []
    with open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8") as f:
        order = [json.loads(l)["doc_id"] for l in f if l.strip()]
    for doc_id in order:
        short, items = DOCS[doc_id]
        rec, _, _ = build(doc_id, short, items)
        out.append(rec)
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    for rec in out:
        c = {}
        for s in rec["spans"]:
            c[s["label"]] = c.get(s["label"], 0) + 1
        print(rec["doc_id"], c, "said_by", len(rec["relations"]))


if __name__ == "__main__":
    main()
