#!/usr/bin/env python3
"""Hand-chosen mentions -> offsets. Mentions are listed in reading order per article.
Entry forms:
  (surface, label)                      entity
  (surface, "DATE", value)              date
  (surface, label, None, {"ctx": s})    pick the occurrence preceded by left context s
  (surface, "PERSON", None, {"who": k}) person mention with speaker identity k
  ("QUOTE", surface, speaker_who_or_None, [inner mentions])
Each mention is searched from the end of the previous one (inner mentions inside their quote).
said_by: speaker identity is chosen by hand; the script links the quote to that speaker's
PERSON mention nearest by character distance (guidelines section 7) and prints it for review."""
import json, re, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")  # heldout/corpus

def P(s, who, ctx=None):
    d = {"who": who}
    if ctx: d["ctx"] = ctx
    return (s, "PERSON", None, d)

def Q(s, by, inner=()):
    return ("QUOTE", s, by, list(inner))

DOCS = {}

# ---------------------------------------------------------------- argentina (dct 2025-08-19, Tue)
DOCS["holdout15-argentina-dollar-demand"] = ("argentina", [
    P("Valentina Acosta Ferreyra", "acosta"),
    ("US", "GPE", None, {"ctx": "the "}),
    ("October", "DATE", "2025-10"),
    ("INDEC", "ORG"),
    ("the first half of the year", "DATE", "2025-01/2025-06"),
    ("2017", "DATE", "2017"),
    ("July", "DATE", "2025-07"),
    ("last Wednesday", "DATE", "2025-08-13"),
    ("Central Bank", "ORG"),
    ("BCRA", "ORG"),
    ("July", "DATE", "2025-07"),
    ("April", "DATE", "2025-04"),
    ("Buenos Aires", "GPE"),
    ("Córdoba", "GPE"),
    ("Pampa Research", "ORG"),
    ("Monday", "DATE", "2025-08-18"),
    Q("There is a very Argentine reflex at work here,", "rossi", [("Argentine", "NORP")]),
    P("Martín Ezequiel Rossi", "rossi"),
    ("Pampa Research", "ORG"),
    Q("Every time an election comes close, people protect their savings in dollars, regardless of what the monthly inflation number says.", "rossi"),
    P("Rossi", "rossi"),
    ("June", "DATE", "2025-06"),
    ("BCRA", "ORG"),
    ("the last month", "DATE", "PAST_REF"),
    Q("The government's bet is that lower inflation will eventually restore confidence in the peso. That is reasonable in the long run,", "rossi"),
    Q("But in the short run, with rates this volatile, small companies simply cannot plan.", "rossi"),
    ("Córdoba", "GPE"),
    P("Lucía Beatriz Giménez", "gimenez"),
    ("last year", "DATE", "2024"),
    Q("Our costs are in dollars and our customers pay in pesos at 60 days,", "gimenez"),
    Q("We used to worry about inflation. Now we worry that nobody is buying.", "gimenez"),
    ("Buenos Aires", "GPE"),
    P("Roberto Daniel Ibarra Paz", "ibarra"),
    ("Friday", "DATE", "2025-08-15"),
    ("the first half of the year", "DATE", "2025-01/2025-06"),
    ("Economy Ministry", "ORG"),
    ("Treasury", "ORG"),
    ("January and June", "DATE", "2025-01/2025-06"),
    Q("not abandon fiscal balance to win votes.", None),
    ("Central Bank", "ORG"),
    ("October 26", "DATE", "2025-10-26"),
    ("Argentine", "NORP"),
    ("Monday", "DATE", "2025-08-18"),
    ("Buenos Aires", "GPE"),
    ("BCRA", "ORG"),
    ("2025", "DATE", "2025"),
    ("2024", "DATE", "2024"),
    P("Rossi", "rossi"),
    Q("Disinflation is real,", "rossi"),
    Q("The question is whether Argentines believe it will last beyond December.", "rossi",
      [("Argentines", "NORP"), ("December", "DATE", "2025-12")]),
    ("INDEC", "ORG"),
    ("August", "DATE", "2025-08"),
    ("September 10", "DATE", "2025-09-10"),
])

# ---------------------------------------------------------------- crete (dct 2022-09-23, Fri)
DOCS["holdout15-crete-desalination"] = ("crete", [
    ("Crete", "GPE"),
    ("Parliament", "ORG"),
    ("Crete", "GPE"),
    ("next summer", "DATE", "2023-SU"),
    ("Parliament", "ORG"),
    ("Thursday", "DATE", "2022-09-22"),
    ("New Democracy", "ORG"),
    P("Giorgos Papadimitriou", "papadimitriou"),
    ("Hersonissos", "GPE"),
    ("November", "DATE", "2022-11"),
    Q("Crete cannot face another summer like this one,", "papadimitriou", [("Crete", "GPE")]),
    P("Papadimitriou", "papadimitriou"),
    Q("In July and August, some villages in the Heraklion prefecture had water for only a few hours a day. We are acting now so that this does not happen again.",
      "papadimitriou", [("July and August", "DATE", "2022-07/2022-08"), ("Heraklion", "GPE")]),
    ("Aegean", "LOC"),
    ("Leros", "GPE"),
    ("Kalymnos", "GPE"),
    ("SYRIZA", "ORG"),
    P("Eleni Karamanli", "karamanli"),
    ("Heraklion", "GPE"),
    Q("The ministry is presenting an emergency measure as a long-term strategy,", "karamanli"),
    Q("Desalination is expensive and energy-hungry. Where is the plan for the dams that were promised in 2019? Where is the plan for the farmers of the Messara plain?",
      "karamanli", [("2019", "DATE", "2019"), ("Messara", "LOC")]),
    P("Karamanli", "karamanli"),
    Q("designed around the needs of the hotels.", "karamanli"),
    ("PASOK-KINAL", "ORG"),
    P("Nikos Stavroulakis-Vardakis", "stavroulakis"),
    Q("Water is a public good and must stay in public hands,", "stavroulakis"),
    ("PASOK", "ORG"),
    ("next month", "DATE", "2022-10"),
    ("Hellenic Statistical Authority", "ORG"),
    ("ELSTAT", "ORG"),
    ("Crete", "GPE"),
    ("2019", "DATE", "2019"),
    ("this year", "DATE", "2022"),
    ("Mediterranean", "LOC"),
    ("last year", "DATE", "2021"),
    ("University of Crete", "ORG"),
    ("the 1980s", "DATE", "1980/1989"),
    ("2023", "DATE", "2023"),
    ("Parliament", "ORG"),
    ("next month", "DATE", "2022-10"),
    ("Finance Ministry", "ORG"),
    ("Kathimerini", "ORG"),
    ("this year", "DATE", "2022"),
    ("Thessaloniki", "GPE"),
    P("Kyriakos Mitsotakis", "mitsotakis"),
    ("this month", "DATE", "2022-09"),
    ("Thessaloniki Water Supply and Sewerage Company", "ORG"),
    ("EYATH", "ORG"),
    ("Athens", "GPE"),
    ("EYDAP", "ORG"),
    ("this week", "DATE", "2022-09-19/2022-09-25"),
    ("Mornos", "LOC"),
    ("the coming two years", "DATE", "FUTURE_REF"),
    P("Papadimitriou", "papadimitriou"),
    ("Cretan", "NORP"),
    ("Chania", "GPE"),
    ("Ierapetra", "GPE"),
    ("the end of the year", "DATE", "2022"),
    Q("We want all three running by June 2024,", "papadimitriou", [("June 2024", "DATE", "2024-06")]),
])

# ---------------------------------------------------------------- danube (dct 2025-11-05, Wed)
DOCS["holdout15-danube-flood-funding"] = ("danube", [
    ("Tisza", "ORG"),
    ("Danube", "LOC"),
    ("Budapest", "GPE"),
    ("National Assembly", "ORG"),
    ("Danube", "LOC"),
    ("Tuesday", "DATE", "2025-11-04"),
    ("Fidesz", "ORG"),
    ("Tisza", "ORG"),
    ("Budapest", "GPE"),
    ("Újpest", "GPE"),
    ("Csepel", "GPE"),
    ("Óbuda", "GPE"),
    ("Danube Bend", "LOC"),
    ("Szentendre", "GPE"),
    ("Vác", "GPE"),
    ("February", "DATE", "2026-02"),
    ("next spring", "DATE", "2026-SP"),
    ("Fidesz", "ORG"),
    P("Zoltán Nagy", "nagy"),
    ("2024", "DATE", "2024"),
    Q("In September last year the Danube reached 8.5 meters in Budapest. We were lucky that the defenses held, but luck is not a strategy,",
      "nagy", [("September last year", "DATE", "2024-09"), ("Danube", "LOC"), ("Budapest", "GPE")]),
    P("Nagy", "nagy"),
    Q("This package protects families and their homes, and it will be carried out by the state water authority, which has the expertise to do it.", "nagy"),
    ("Tisza", "ORG"),
    ("next April", "DATE", "2026-04"),
    ("Budapest", "GPE"),
    Q("Nobody in Tisza is against flood protection. We are against the government using it as a campaign tool,",
      "szucs", [("Tisza", "ORG")]),
    P("Katalin Szűcs-Horváth", "szucs"),
    ("Tisza", "ORG"),
    ("Budapest", "GPE"),
    ("General Directorate of Water Management", "ORG"),
    ("OVF", "ORG"),
    Q("Half of this money will end up with the usual friends of the government, and the people of Óbuda will still be filling sandbags,",
      "szucs", [("Óbuda", "GPE")]),
    P("Szűcs-Horváth", "szucs"),
    ("EU", "ORG"),
    ("Budapest", "GPE"),
    ("Brussels", "GPE"),
    ("Ministry of Interior", "ORG"),
    ("OVF", "ORG"),
    Q("The Tisza party is trying to make politics out of the safety of Budapest residents,", None,
      [("Tisza", "ORG"), ("Budapest", "GPE")]),
    ("Budapest", "GPE"),
    P("Bence Tóth-Kovács", "toth"),
    Q("We have been asking for this money for two years. We are glad it is finally here, but we would like to know where exactly it is going,", "toth"),
    ("Hungary Today", "ORG"),
    ("Danube", "LOC"),
    P("Réka Fehér-Lukács", "feher"),
    ("Budapest University of Technology and Economics", "ORG"),
    ("Budapest", "GPE"),
    ("2002", "DATE", "2002"),
    Q("The embankments built in the 1970s and 1980s were designed for a different climate,", "feher",
      [("the 1970s and 1980s", "DATE", "1970/1989")]),
    Q("Some sections in northern Budapest are simply too low.", "feher", [("Budapest", "GPE")]),
    ("2026", "DATE", "2026"),
    ("Fidesz", "ORG"),
    ("2010", "DATE", "2010"),
    ("Budapest", "GPE"),
    P("Nagy Zoltán", "nagy"),
    ("National Assembly", "ORG"),
    ("Tuesday", "DATE", "2025-11-04"),
    ("Facebook", "ORG"),
    P("Nagy Zoltán", "nagy"),
])

# ---------------------------------------------------------------- dunedin (dct 2015-10-25, Sun)
DOCS["holdout15-dunedin-by-election"] = ("dunedin", [
    ("Dunedin", "GPE"),
    ("Sunday, October 25, 2015", "DATE", "2015-10-25"),
    P("Margaret Tuhiwai-Bell", "tuhiwai"),
    ("Waikouaiti-Chalmers", "GPE"),
    ("Dunedin City Council", "ORG"),
    ("New Zealand", "GPE"),
    P("Craig Lindqvist", "lindqvist"),
    ("Saturday", "DATE", "2015-10-24"),
    P("Tuhiwai-Bell", "tuhiwai"),
    P("Lindqvist", "lindqvist"),
    P("Hemi Rowe-Karaka", "rowe"),
    ("2013", "DATE", "2013"),
    ("August", "DATE", "2015-08"),
    P("Desmond Whyte", "whyte"),
    ("Otago Regional Council", "ORG"),
    P("Whyte", "whyte"),
    ("2011", "DATE", "2011"),
    ("Port Chalmers", "GPE"),
    ("Saturday", "DATE", "2015-10-24"),
    P("Tuhiwai-Bell", "tuhiwai"),
    ("last month", "DATE", "2015-09"),
    Q("People out here told me they felt forgotten by the council, and I heard that at every door,", "tuhiwai"),
    Q("My first job is to get the Blueskin Bay road repairs back on the agenda before Christmas.", "tuhiwai",
      [("Blueskin Bay", "LOC"), ("Christmas", "DATE", "2015-12-25")]),
    P("Tuhiwai-Bell", "tuhiwai"),
    ("Dunedin Hospital", "ORG"),
    ("2012", "DATE", "2012"),
    ("Port Chalmers", "GPE"),
    P("Lindqvist", "lindqvist"),
    ("Port Chalmers", "GPE"),
    Q("It's a close result and I respect the voters, but I'd like to see the final numbers before I say anything more,", "lindqvist"),
    ("next year", "DATE", "2016"),
    Q("I'm proud of the campaign we ran. We talked about jobs at the port, and I think that conversation has only just started.", "lindqvist"),
    ("Thursday", "DATE", "2015-10-29"),
    Q("We don't anticipate the special votes will change the outcome, but every vote is counted before a result is declared,", None),
    P("Rowe-Karaka", "rowe"),
    ("Wikinews", "ORG"),
    Q("a real appetite for a younger voice", "rowe"),
    ("November 10", "DATE", "2015-11-10"),
    ("October 2016", "DATE", "2016-10"),
    ("September", "DATE", "2015-09"),
    P("Tuhiwai-Bell", "tuhiwai"),
    ("Waikouaiti-Chalmers", "GPE"),
    ("Southern Coast Courier", "ORG"),
    ("October 24, 2015", "DATE", "2015-10-24"),
    ("Waikouaiti-Chalmers", "GPE"),
    ("Dunedin City Council", "ORG"),
    ("October 24, 2015", "DATE", "2015-10-24"),
    ("Southern Coast Courier", "ORG"),
    ("September 4, 2015", "DATE", "2015-09-04"),
])

# ---------------------------------------------------------------- jalisco (dct 2024-06-12, Wed)
DOCS["holdout15-jalisco-water-shortage"] = ("jalisco", [
    ("Jalisco", "GPE"),
    ("Zapotlanejo", "GPE"),
    ("Jalisco", "GPE"),
    ("Wednesday", "DATE", "2024-06-12"),
    ("Mexico", "GPE"),
    ("May 24", "DATE", "2024-05-24"),
    P("María Fernanda López Ortega", "lopez"),
    ("Tuesday", "DATE", "2024-06-11"),
    Q("We are doing everything within our reach, but we cannot invent water that is not there,", "lopez"),
    P("López", "lopez"),
    Q("The wells are at their lowest level in 30 years, and we need the federal government to approve the new well we requested in January.",
      "lopez", [("January", "DATE", "2024-01")]),
    P("López", "lopez"),
    ("Movimiento Ciudadano", "ORG"),
    ("National Water Commission", "ORG"),
    ("Conagua", "ORG"),
    ("Conagua", "ORG"),
    ("Mexico News Daily", "ORG"),
    ("La Loma", "LOC"),
    ("X", "ORG", None, {"ctx": "posted on "}),
    ("Sunday", "DATE", "2024-06-09"),
    P("Luis Alberto Ramírez Cisneros", "ramirez"),
    Q("Third week without water in La Loma 💧🚫 The tanker came once on Friday and left after 20 minutes. Our children can't bathe before school. How much longer?",
      "ramirez", [("La Loma", "LOC"), ("Friday", "DATE", "2024-06-07")]),
    P("Ramírez", "ramirez"),
    ("Zapotlanejo", "GPE"),
    ("Conagua", "ORG"),
    ("Mexico", "GPE"),
    ("the end of May", "DATE", "2024-05"),
    ("Jalisco", "GPE"),
    ("Guanajuato", "GPE"),
    ("Oaxaca", "GPE"),
    ("Chihuahua", "GPE"),
    ("Mexico City", "GPE"),
    ("last week", "DATE", "2024-06-03/2024-06-09"),
    ("Oaxaca", "GPE"),
    ("Central Valleys", "LOC"),
    ("April", "DATE", "2024-04"),
    ("Morena", "ORG"),
    ("Jalisco Congress", "ORG"),
    ("PAN", "ORG"),
    ("PRI", "ORG"),
    ("Conagua", "ORG"),
    Q("For six years Morena has told us that everything is fine with water,", "ruiz", [("Morena", "ORG")]),
    ("PAN", "ORG"),
    P("Héctor Javier Ruiz de la Peña", "ruiz"),
    ("Monday", "DATE", "2024-06-10"),
    Q("Now families in Jalisco are paying the price.", "ruiz", [("Jalisco", "GPE")]),
    ("Morena", "ORG"),
    P("Claudia Ivette Sandoval Núñez", "sandoval"),
    Q("The PAN governed Jalisco for 18 years and never built the dams it promised,", "sandoval",
      [("PAN", "ORG"), ("Jalisco", "GPE")]),
    Q("It is easy to point fingers from the opposition.", "sandoval"),
    ("June 2", "DATE", "2024-06-02"),
    ("Morena", "ORG"),
    ("Chamber of Deputies", "ORG"),
    ("Movimiento Ciudadano", "ORG"),
    ("Jalisco", "GPE"),
    ("Jalisco", "GPE"),
    ("mid-June", "DATE", "2024-06"),
    ("recent years", "DATE", "PAST_REF"),
    Q("Even when the rains come, the aquifers will take years to recover,", "esparza"),
    P("Rodrigo Esparza Villaseñor", "esparza"),
    ("University of Guadalajara", "ORG"),
    Q("Municipalities like Zapotlanejo need to reduce leaks, which in some systems account for 40% of the water pumped.",
      "esparza", [("Zapotlanejo", "GPE")]),
    P("López", "lopez"),
    ("July", "DATE", "2024-07"),
    ("El Informador", "ORG"),
    ("Milenio", "ORG"),
])

# ---------------------------------------------------------------- kharkiv (dct 2023-03-15, Wed)
DOCS["holdout15-kharkiv-heating-rada"] = ("kharkiv", [
    ("Rada", "ORG"),
    ("Kharkiv Oblast", "GPE"),
    ("winter", "DATE", "2023-WI"),
    P("Daryna Lysenko", "lysenko"),
    ("Verkhovna Rada", "ORG"),
    ("Tuesday", "DATE", "2023-03-14"),
    ("Kharkiv Oblast", "GPE"),
    ("Russian", "NORP"),
    ("Ministry for Communities, Territories and Infrastructure Development", "ORG"),
    ("Kharkiv", "GPE"),
    ("Izium", "GPE"),
    ("Kupiansk", "GPE"),
    ("Chuhuiv", "GPE"),
    ("Russian", "NORP"),
    ("last October", "DATE", "2022-10"),
    Q("We cannot go into another winter with the same patchwork repairs we had this year,", "kovalenko",
      [("this year", "DATE", "2023")]),
    P("Oleksandr Kovalenko", "kovalenko"),
    ("Servant of the People", "ORG"),
    Q("People in Kupiansk spent weeks in apartments at six degrees. That must not happen again.", "kovalenko",
      [("Kupiansk", "GPE")]),
    P("Kovalenko", "kovalenko"),
    ("April", "DATE", "2023-04"),
    ("October", "DATE", "2023-10"),
    ("2023-2024", "DATE", "2023/2024"),
    ("Ministry for Communities, Territories and Infrastructure Development", "ORG"),
    P("Iryna Shevchuk-Bondar", "shevchuk"),
    ("Kyiv Independent", "ORG"),
    Q("Large central boiler houses are an obvious target for Russia,", "shevchuk", [("Russia", "GPE")]),
    P("Shevchuk-Bondar", "shevchuk"),
    Q("Smaller, decentralized units are harder to hit, and if one is destroyed, a whole district does not lose heat.", "shevchuk"),
    ("Ukrainian", "NORP"),
    ("Dnipro", "GPE"),
    ("Zaporizhzhia", "GPE"),
    ("Dnipro", "LOC"),
    ("European", "NORP"),
    ("February", "DATE", "2023-02"),
    ("Kharkiv Oblast", "GPE"),
    P("Viktor Tymoshchuk", "tymoshchuk"),
    Q("This is an important step, and I am grateful to the members of parliament who supported it,", "tymoshchuk"),
    ("Telegram", "ORG"),
    Q("But we estimate that full restoration of heating in the liberated communities will cost at least UAH 11 billion.", "tymoshchuk"),
    Q("We will continue to work with international donors to close the gap,", "tymoshchuk"),
    ("Finance Ministry", "ORG"),
    ("February", "DATE", "2023-02"),
    ("last week", "DATE", "2023-03-06/2023-03-12"),
    ("European Solidarity", "ORG"),
    Q("Two months were lost on discussions that could have taken two weeks,", None),
    ("European Solidarity", "ORG"),
    ("Russian", "NORP"),
    ("Kharkiv Oblast", "GPE"),
    ("February 2022", "DATE", "2022-02"),
    ("Ukraine", "GPE"),
    ("September 2022", "DATE", "2022-09"),
    ("Kupiansk", "GPE"),
    ("the winter", "DATE", "2022-WI"),
    ("United Nations Development Programme", "ORG"),
    P("Volodymyr Zelensky", "zelensky"),
])

# ---------------------------------------------------------------- new-year (dct 2021-04-07, Wed)
DOCS["holdout15-new-year-prices"] = ("newyear", [
    ("New Year", "DATE", "2021-04-14"),
    P("Nadeesha Wickremasinghe", "wickremasinghe"),
    ("Sinhala and Tamil New Year", "DATE", "2021-04-14"),
    ("Colombo", "GPE"),
    ("yesterday", "DATE", "2021-04-06"),
    ("Central Bank of Sri Lanka", "ORG"),
    ("CBSL", "ORG"),
    ("last week", "DATE", "2021-03-29/2021-04-04"),
    ("Pettah", "LOC"),
    ("March", "DATE", "2021-03"),
    ("a year earlier", "DATE", "2020-03"),
    P("W.A. Dissanayake", "dissanayake"),
    ("Daily Mirror", "ORG"),
    ("Lak Sathosa", "ORG"),
    ("tomorrow", "DATE", "2021-04-08"),
    Q("We are aware of the burden on the people. The pack containing 12 essential items will be sold at Rs. 1,500, which is nearly Rs. 600 below the market price,", "dissanayake"),
    Q("We have also instructed the Consumer Affairs Authority to conduct raids on traders who hoard goods or sell above the maximum retail price.",
      "dissanayake", [("Consumer Affairs Authority", "ORG")]),
    P("Dissanayake", "dissanayake"),
    ("the beginning of March", "DATE", "2021-03"),
    ("Samagi Jana Balawegaya", "ORG"),
    ("SJB", "ORG"),
    ("SJB", "ORG"),
    P("Harshana Rathnayake Jayawardena", "jayawardena"),
    ("SLPP", "ORG"),
    ("2019", "DATE", "2019"),
    Q("This Government came to power promising to bring down the cost of living. Today a family cannot even prepare kiribath for the New Year without borrowing money,",
      "jayawardena", [("Today", "DATE", "PRESENT_REF")]),
    Q("The food pack is a publicity stunt. What people need is a permanent solution,", "jayawardena"),
    ("SLPP", "ORG"),
    Q("taken every possible step to protect consumers.", None),
    ("Jaffna", "GPE"),
    ("previous years", "DATE", "PAST_REF"),
    P("Selvarajah Kumaran", "kumaran"),
    ("Jaffna Traders' Association", "ORG"),
    ("North", "LOC"),
    Q("Earlier, people bought new clothes and sweets in large quantities. This year, they buy only what is necessary,", "kumaran",
      [("This year", "DATE", "2021")]),
    P("Kumaran", "kumaran"),
    Q("Transport costs from Colombo have also gone up, so we have to sell at a higher price.", "kumaran",
      [("Colombo", "GPE")]),
    ("US", "GPE"),
    ("January", "DATE", "2021-01"),
    ("Central Bank", "ORG"),
    P("Anoma Gunasekera-Perera", "gunasekera"),
    ("University of Colombo", "ORG"),
    Q("Unless the import restrictions are eased in a targeted manner, prices of essentials will continue to rise through the second quarter,",
      "gunasekera", [("the second quarter", "DATE", "2021-04/2021-06")]),
    ("Colombo", "GPE"),
    ("April 10 to 15", "DATE", "2021-04-10/2021-04-15"),
    ("April 14", "DATE", "2021-04-14"),
])

# ---------------------------------------------------------------- volta (dct 2019-11-07, Thu)
DOCS["holdout15-volta-voter-registration"] = ("volta", [
    ("Volta", "GPE"),
    ("NDC", "ORG"),
    ("Thursday, 7 November 2019", "DATE", "2019-11-07"),
    ("National Democratic Congress", "ORG"),
    ("NDC", "ORG"),
    ("Volta Region", "GPE"),
    ("Electoral Commission", "ORG"),
    ("Ho", "GPE", None, {"ctx": "journalists in "}),
    ("Wednesday", "DATE", "2019-11-06"),
    P("Akosua Dzifa Agbeko", "agbeko"),
    ("Ketu South", "GPE"),
    ("Keta", "GPE"),
    ("Akatsi North", "GPE"),
    Q("Our people woke up at dawn, some travelled more than ten kilometres, only to be told the machines are not working. This is not acceptable,", "agbeko"),
    Q("We are not accusing anybody, but the EC must make sure every eligible Ghanaian who wants to register is given the opportunity before the exercise ends,",
      "agbeko", [("EC", "ORG"), ("Ghanaian", "NORP")]),
    P("Agbeko", "agbeko"),
    ("Electoral Commission", "ORG"),
    ("Saturday, November 2", "DATE", "2019-11-02"),
    ("November 15", "DATE", "2019-11-15"),
    ("December 17", "DATE", "2019-12-17"),
    ("New Patriotic Party", "ORG"),
    ("NPP", "ORG"),
    ("Commission", "ORG"),
    ("NPP", "ORG"),
    ("Volta", "GPE"),
    P("Kwame Asante-Mensah", "asante"),
    ("GhanaWeb", "ORG"),
    ("NDC", "ORG"),
    Q("crying wolf.", "asante"),
    Q("The exercise is going smoothly in all the districts. Where there have been challenges, the EC has replaced the devices within hours,",
      "asante", [("EC", "ORG")]),
    P("Asante-Mensah", "asante"),
    Q("The NDC knows the 2020 elections are coming and they are already preparing excuses.", "asante",
      [("NDC", "ORG"), ("2020", "DATE", "2020")]),
    ("NPP", "ORG"),
    ("NDC", "ORG"),
    ("Volta", "GPE"),
    ("next year", "DATE", "2020"),
    ("Volta", "GPE"),
    P("Emmanuel Kofi Ahiadorme", "ahiadorme"),
    ("Electoral Commission", "ORG"),
    Q("Registration is a civic duty, not a battlefield,", "ahiadorme"),
    ("Ho", "GPE", None, {"ctx": "leaders in "}),
    ("Tuesday", "DATE", "2019-11-05"),
    Q("I have spoken with the Regional Electoral Officer and I am assured that additional devices have been dispatched from Accra. Nobody will be disenfranchised.",
      "ahiadorme", [("Accra", "GPE")]),
    P("Ahiadorme", "ahiadorme"),
    ("Commission", "ORG"),
    ("Ho", "GPE", None, {"ctx": "Commission in "}),
    ("Monday", "DATE", "2019-11-04"),
    Q("They have all been replaced. We are registering an average of 35 people per centre per day, which is within our projections,", None),
    ("Commission", "ORG"),
    ("Volta", "GPE"),
    ("Oti", "GPE"),
    ("next week", "DATE", "2019-11-11/2019-11-17"),
    ("Kumasi", "GPE"),
    ("Ashanti Region", "GPE"),
    ("last week", "DATE", "2019-10-28/2019-11-03"),
    ("Coalition of Domestic Election Observers", "ORG"),
    ("CODEO", "ORG"),
    Q("generally peaceful", None),
    ("Greater Accra", "GPE"),
    ("Ashanti Region", "GPE"),
    ("Electoral Commission", "ORG"),
    ("Parliament", "ORG"),
    ("July", "DATE", "2019-07"),
    ("2018", "DATE", "2018"),
    ("Commission", "ORG"),
])

LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "QUOTE"}


def find(text, surface, cursor, limit, ctx=None):
    if ctx:
        i = text.find(ctx + surface, max(0, cursor - len(ctx)), limit)
        if i < 0:
            raise ValueError(f"not found: {ctx!r}+{surface!r} from {cursor}")
        return i + len(ctx)
    i = text.find(surface, cursor, limit)
    if i < 0:
        raise ValueError(f"not found: {surface!r} from {cursor}")
    return i


def entity(text, m, cursor, limit):
    surface, label = m[0], m[1]
    value = m[2] if len(m) > 2 else None
    extra = m[3] if len(m) > 3 else {}
    assert label in LABELS and label != "QUOTE", m
    assert (label == "DATE") == (value is not None), m
    s = find(text, surface, cursor, limit, extra.get("ctx"))
    sp = {"start": s, "end": s + len(surface), "label": label, "text": surface}
    if value is not None:
        sp["value"] = value
    if "who" in extra:
        sp["_who"] = extra["who"]
    return sp


def build(doc_id, short, mentions):
    path = os.path.join(CORPUS, doc_id + ".txt")
    text = open(path, encoding="utf-8", newline="").read()
    spans, quotes = [], []
    cursor = 0
    for m in mentions:
        if m[0] == "QUOTE":
            _, surface, by, inner = m
            s = find(text, surface, cursor, len(text))
            q = {"start": s, "end": s + len(surface), "label": "QUOTE", "text": surface, "_by": by}
            spans.append(q)
            c2 = s
            for im in inner:
                sp = entity(text, im, c2, q["end"])
                spans.append(sp)
                c2 = sp["end"]
            cursor = q["end"]
        else:
            sp = entity(text, m, cursor, len(text))
            spans.append(sp)
            cursor = sp["end"]
    spans.sort(key=lambda x: (x["start"], -x["end"]))
    # checks
    for sp in spans:
        t = text[sp["start"]:sp["end"]]
        assert t == sp["text"], (t, sp)
        assert t == t.strip() and t, sp
    for a in spans:
        for b in spans:
            if a is b:
                continue
            if a["start"] < b["end"] and b["start"] < a["end"]:
                ok = (a["label"] == "QUOTE" and b["label"] != "QUOTE"
                      and a["start"] <= b["start"] and b["end"] <= a["end"])
                ok2 = (b["label"] == "QUOTE" and a["label"] != "QUOTE"
                       and b["start"] <= a["start"] and a["end"] <= b["end"])
                assert ok or ok2, ("overlap", a, b)
    for n, sp in enumerate(spans, 1):
        sp["id"] = f"{short}-{n}"
    assert len({s["id"] for s in spans}) == len(spans)
    rels = []
    persons = [s for s in spans if s["label"] == "PERSON"]
    for q in spans:
        if q["label"] != "QUOTE" or q["_by"] is None:
            continue
        cands = [p for p in persons if p["_who"] == q["_by"]]
        assert cands, q

        def dist(p):
            if p["end"] <= q["start"]:
                return q["start"] - p["end"]
            if p["start"] >= q["end"]:
                return p["start"] - q["end"]
            return 0
        cands.sort(key=dist)
        if len(cands) > 1 and dist(cands[0]) == dist(cands[1]):
            print("TIE", doc_id, q["text"][:40], file=sys.stderr)
        rels.append({"from": q["id"], "to": cands[0]["id"], "type": "said_by"})
        print(f"  said_by {q['id']} [{q['text'][:35]}...] -> {cands[0]['id']} {cands[0]['text']} (d={dist(cands[0])})")
    out = []
    for s in spans:
        d = {"id": s["id"], "start": s["start"], "end": s["end"], "label": s["label"], "text": s["text"]}
        if "value" in s:
            d["value"] = s["value"]
        out.append(d)
    return {"doc_id": doc_id, "spans": out, "relations": rels}, text


def main():
    manifest = [json.loads(l) for l in open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8")]
    lines = []
    for rec in manifest:
        doc_id = rec["doc_id"]
        short, mentions = DOCS[doc_id]
        print(doc_id)
        doc, text = build(doc_id, short, mentions)
        lines.append(json.dumps(doc, ensure_ascii=False))
        from collections import Counter
        c = Counter(s["label"] for s in doc["spans"])
        print("  counts", dict(sorted(c.items())), "said_by", len(doc["relations"]))
        # review aid: annotated entity strings that occur more often than annotated
        ann = Counter(s["text"] for s in doc["spans"] if s["label"] != "QUOTE")
        for surf, n in ann.items():
            occ = len(re.findall(r"(?<!\w)" + re.escape(surf) + r"(?!\w)", text))
            if occ != n:
                print(f"  REVIEW {surf!r}: annotated {n}, occurs {occ}")
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
