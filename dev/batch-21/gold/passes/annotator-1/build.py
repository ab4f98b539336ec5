#!/usr/bin/env python3
"""Hand-chosen annotations for the eight holdout15 articles.

Every mention below was chosen by reading the text (GUIDELINES.md). This script only
computes offsets: each entry is found at its first occurrence (on word boundaries) at or
after the previous entry, in reading order. An entity that lies inside a QUOTE carries
{"in": True}; other entities are searched after the end of the last quote. A QUOTE carries
"by": the surface forms of the speaker's name (chosen by hand), or None when the speaker is
never named (7a); said_by then goes to the PERSON mention of that speaker nearest to the
quote by character distance (section 7). Optional "ctx": a short left context that must
immediately precede the mention.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")  # heldout/corpus

P, O, G, L, N, D, Q = "PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "QUOTE"
IN = {"in": True}


def q(by):
    return {"by": by}


ROSSI = ["Martín Ezequiel Rossi", "Rossi"]
GIMENEZ = ["Lucía Beatriz Giménez", "Giménez"]
PAPA = ["Giorgos Papadimitriou", "Papadimitriou"]
KARAM = ["Eleni Karamanli", "Karamanli"]
STAV = ["Nikos Stavroulakis-Vardakis", "Stavroulakis-Vardakis"]
NAGY = ["Zoltán Nagy", "Nagy", "Nagy Zoltán"]
SZUCS = ["Katalin Szűcs-Horváth", "Szűcs-Horváth"]
TOTH = ["Bence Tóth-Kovács", "Tóth-Kovács"]
FEHER = ["Réka Fehér-Lukács", "Fehér-Lukács"]
TUHI = ["Margaret Tuhiwai-Bell", "Tuhiwai-Bell"]
LIND = ["Craig Lindqvist", "Lindqvist"]
ROWE = ["Hemi Rowe-Karaka", "Rowe-Karaka"]
LOPEZ = ["María Fernanda López Ortega", "López"]
RAMIREZ = ["Luis Alberto Ramírez Cisneros", "Ramírez"]
RUIZ = ["Héctor Javier Ruiz de la Peña"]
SANDOVAL = ["Claudia Ivette Sandoval Núñez"]
ESPARZA = ["Rodrigo Esparza Villaseñor"]
KOVAL = ["Oleksandr Kovalenko", "Kovalenko"]
SHEV = ["Iryna Shevchuk-Bondar", "Shevchuk-Bondar"]
TYMO = ["Viktor Tymoshchuk", "Tymoshchuk"]
DISSA = ["W.A. Dissanayake", "Dissanayake"]
JAYA = ["Harshana Rathnayake Jayawardena"]
KUMARAN = ["Selvarajah Kumaran", "Kumaran"]
GUNA = ["Anoma Gunasekera-Perera"]
AGBEKO = ["Akosua Dzifa Agbeko", "Agbeko"]
ASANTE = ["Kwame Asante-Mensah", "Asante-Mensah"]
AHIA = ["Emmanuel Kofi Ahiadorme", "Ahiadorme"]

DOCS = {}

# ---------------------------------------------------------------- Argentina (dct Tue 2025-08-19)
DOCS["holdout15-argentina-dollar-demand"] = ("arg", [
    ("Valentina Acosta Ferreyra", P),
    ("US", G, None, {"ctx": "the "}),
    ("October", D, "2025-10"),
    ("INDEC", O),
    ("the first half of the year", D, "2025-01/2025-06"),
    ("2017", D, "2017"),
    ("July", D, "2025-07"),
    ("last Wednesday", D, "2025-08-13"),
    ("Central Bank", O),
    ("BCRA", O),
    ("July", D, "2025-07"),
    ("April", D, "2025-04"),
    ("Buenos Aires", G),
    ("Córdoba", G),
    ("Pampa Research", O),
    ("Monday", D, "2025-08-18"),
    ("There is a very Argentine reflex at work here,", Q, None, q(ROSSI)),
    ("Argentine", N, None, IN),
    ("Martín Ezequiel Rossi", P),
    ("Pampa Research", O),
    ("Every time an election comes close, people protect their savings in dollars, regardless of what the monthly inflation number says.", Q, None, q(ROSSI)),
    ("Rossi", P),
    ("June", D, "2025-06"),
    ("BCRA", O),
    ("the last month", D, "PAST_REF"),
    ("The government's bet is that lower inflation will eventually restore confidence in the peso. That is reasonable in the long run,", Q, None, q(ROSSI)),
    ("But in the short run, with rates this volatile, small companies simply cannot plan.", Q, None, q(ROSSI)),
    ("Córdoba", G),
    ("Lucía Beatriz Giménez", P),
    ("last year", D, "2024"),
    ("Our costs are in dollars and our customers pay in pesos at 60 days,", Q, None, q(GIMENEZ)),
    ("We used to worry about inflation. Now we worry that nobody is buying.", Q, None, q(GIMENEZ)),
    ("Buenos Aires", G),
    ("Roberto Daniel Ibarra Paz", P),
    ("Friday", D, "2025-08-15"),
    ("the first half of the year", D, "2025-01/2025-06"),
    ("Economy Ministry", O),
    ("Treasury", O),
    ("January and June", D, "2025-01/2025-06"),
    ("not abandon fiscal balance to win votes.", Q, None, q(None)),
    ("Central Bank", O),
    ("October 26", D, "2025-10-26"),
    ("Argentine", N),
    ("Monday", D, "2025-08-18"),
    ("Buenos Aires", G),
    ("BCRA", O),
    ("2025", D, "2025"),
    ("2024", D, "2024"),
    ("Rossi", P),
    ("Disinflation is real,", Q, None, q(ROSSI)),
    ("The question is whether Argentines believe it will last beyond December.", Q, None, q(ROSSI)),
    ("Argentines", N, None, IN),
    ("December", D, "2025-12", IN),
    ("INDEC", O),
    ("August", D, "2025-08"),
    ("September 10", D, "2025-09-10"),
])

# ---------------------------------------------------------------- Crete (dct Fri 2022-09-23)
DOCS["holdout15-crete-desalination"] = ("cre", [
    ("Crete", G),
    ("Parliament", O),
    ("Crete", G),
    ("next summer", D, "2023-SU"),
    ("Parliament", O),
    ("Thursday", D, "2022-09-22"),
    ("New Democracy", O),
    ("Giorgos Papadimitriou", P),
    ("Hersonissos", G),
    ("November", D, "2022-11"),
    ("Crete cannot face another summer like this one,", Q, None, q(PAPA)),
    ("Crete", G, None, IN),
    ("Papadimitriou", P),
    ("In July and August, some villages in the Heraklion prefecture had water for only a few hours a day. We are acting now so that this does not happen again.", Q, None, q(PAPA)),
    ("July and August", D, "2022-07/2022-08", IN),
    ("Heraklion", G, None, IN),
    ("Aegean", L),
    ("Leros", G),
    ("Kalymnos", G),
    ("SYRIZA", O),
    ("Eleni Karamanli", P),
    ("Heraklion", G),
    ("The ministry is presenting an emergency measure as a long-term strategy,", Q, None, q(KARAM)),
    ("Desalination is expensive and energy-hungry. Where is the plan for the dams that were promised in 2019? Where is the plan for the farmers of the Messara plain?", Q, None, q(KARAM)),
    ("2019", D, "2019", IN),
    ("Messara", L, None, IN),
    ("Karamanli", P),
    ("designed around the needs of the hotels.", Q, None, q(KARAM)),
    ("PASOK-KINAL", O),
    ("Nikos Stavroulakis-Vardakis", P),
    ("Water is a public good and must stay in public hands,", Q, None, q(STAV)),
    ("PASOK", O),
    ("next month", D, "2022-10"),
    ("Hellenic Statistical Authority", O),
    ("ELSTAT", O),
    ("Crete", G),
    ("2019", D, "2019"),
    ("this year", D, "2022"),
    ("Mediterranean", L),
    ("last year", D, "2021"),
    ("University of Crete", O),
    ("the 1980s", D, "1980/1989"),
    ("2023", D, "2023"),
    ("Parliament", O),
    ("next month", D, "2022-10"),
    ("Finance Ministry", O),
    ("Kathimerini", O),
    ("this year", D, "2022"),
    ("Thessaloniki", G),
    ("Kyriakos Mitsotakis", P),
    ("this month", D, "2022-09"),
    ("Thessaloniki Water Supply and Sewerage Company", O),
    ("EYATH", O),
    ("Athens", G),
    ("EYDAP", O),
    ("this week", D, "2022-09-19/2022-09-25"),
    ("Mornos", L),
    ("the coming two years", D, "FUTURE_REF"),
    ("Papadimitriou", P),
    ("Cretan", N),
    ("Chania", G),
    ("Ierapetra", G),
    ("the end of the year", D, "2022"),
    ("We want all three running by June 2024,", Q, None, q(PAPA)),
    ("June 2024", D, "2024-06", IN),
])

# ---------------------------------------------------------------- Danube (dct Wed 2025-11-05)
DOCS["holdout15-danube-flood-funding"] = ("dan", [
    ("Tisza", O),
    ("Danube", L),
    ("Budapest", G),
    ("National Assembly", O),
    ("Danube", L),
    ("Tuesday", D, "2025-11-04"),
    ("Fidesz", O),
    ("Tisza", O),
    ("Budapest", G),
    ("Újpest", G),
    ("Csepel", G),
    ("Óbuda", G),
    ("Danube Bend", L),
    ("Szentendre", G),
    ("Vác", G),
    ("February", D, "2026-02"),
    ("next spring", D, "2026-SP"),
    ("Fidesz", O),
    ("Zoltán Nagy", P),
    ("2024", D, "2024"),
    ("In September last year the Danube reached 8.5 meters in Budapest. We were lucky that the defenses held, but luck is not a strategy,", Q, None, q(NAGY)),
    ("September last year", D, "2024-09", IN),
    ("Danube", L, None, IN),
    ("Budapest", G, None, IN),
    ("Nagy", P),
    ("This package protects families and their homes, and it will be carried out by the state water authority, which has the expertise to do it.", Q, None, q(NAGY)),
    ("Tisza", O),
    ("next April", D, "2026-04"),
    ("Budapest", G),
    ("Nobody in Tisza is against flood protection. We are against the government using it as a campaign tool,", Q, None, q(SZUCS)),
    ("Tisza", O, None, IN),
    ("Katalin Szűcs-Horváth", P),
    ("Tisza", O),
    ("Budapest", G),
    ("General Directorate of Water Management", O),
    ("OVF", O),
    ("Half of this money will end up with the usual friends of the government, and the people of Óbuda will still be filling sandbags,", Q, None, q(SZUCS)),
    ("Óbuda", G, None, IN),
    ("Szűcs-Horváth", P),
    ("EU", O),
    ("Budapest", G),
    ("Brussels", G),
    ("Ministry of Interior", O),
    ("OVF", O),
    ("The Tisza party is trying to make politics out of the safety of Budapest residents,", Q, None, q(None)),
    ("Tisza", O, None, IN),
    ("Budapest", G, None, IN),
    ("Budapest", G),
    ("Bence Tóth-Kovács", P),
    ("We have been asking for this money for two years. We are glad it is finally here, but we would like to know where exactly it is going,", Q, None, q(TOTH)),
    ("Hungary Today", O),
    ("Danube", L),
    ("Réka Fehér-Lukács", P),
    ("Budapest University of Technology and Economics", O),
    ("Budapest", G),
    ("2002", D, "2002"),
    ("The embankments built in the 1970s and 1980s were designed for a different climate,", Q, None, q(FEHER)),
    ("the 1970s and 1980s", D, "1970/1989", IN),
    ("Some sections in northern Budapest are simply too low.", Q, None, q(FEHER)),
    ("Budapest", G, None, IN),
    ("2026", D, "2026"),
    ("Fidesz", O),
    ("2010", D, "2010"),
    ("Budapest", G),
    ("Nagy Zoltán", P),
    ("National Assembly", O),
    ("Tuesday", D, "2025-11-04"),
    ("Facebook", O),
    ("Nagy Zoltán", P),
])

# ---------------------------------------------------------------- Dunedin (dct Sun 2015-10-25)
DOCS["holdout15-dunedin-by-election"] = ("dun", [
    ("Dunedin", G),
    ("Sunday, October 25, 2015", D, "2015-10-25"),
    ("Margaret Tuhiwai-Bell", P),
    ("Waikouaiti-Chalmers", G),
    ("Dunedin City Council", O),
    ("New Zealand", G),
    ("Craig Lindqvist", P),
    ("Saturday", D, "2015-10-24"),
    ("Tuhiwai-Bell", P),
    ("Lindqvist", P),
    ("Hemi Rowe-Karaka", P),
    ("2013", D, "2013"),
    ("August", D, "2015-08"),
    ("Desmond Whyte", P),
    ("Otago Regional Council", O),
    ("Whyte", P),
    ("2011", D, "2011"),
    ("Port Chalmers", G),
    ("Saturday", D, "2015-10-24"),
    ("Tuhiwai-Bell", P),
    ("last month", D, "2015-09"),
    ("People out here told me they felt forgotten by the council, and I heard that at every door,", Q, None, q(TUHI)),
    ("My first job is to get the Blueskin Bay road repairs back on the agenda before Christmas.", Q, None, q(TUHI)),
    ("Blueskin Bay", L, None, IN),
    ("Christmas", D, "2015-12-25", IN),
    ("Tuhiwai-Bell", P),
    ("Dunedin Hospital", O),
    ("2012", D, "2012"),
    ("Port Chalmers", G),
    ("Lindqvist", P),
    ("Port Chalmers", G),
    ("It's a close result and I respect the voters, but I'd like to see the final numbers before I say anything more,", Q, None, q(LIND)),
    ("next year", D, "2016"),
    ("I'm proud of the campaign we ran. We talked about jobs at the port, and I think that conversation has only just started.", Q, None, q(LIND)),
    ("Thursday", D, "2015-10-29"),
    ("We don't anticipate the special votes will change the outcome, but every vote is counted before a result is declared,", Q, None, q(None)),
    ("Rowe-Karaka", P),
    ("Wikinews", O),
    ("a real appetite for a younger voice", Q, None, q(ROWE)),
    ("November 10", D, "2015-11-10"),
    ("October 2016", D, "2016-10"),
    ("September", D, "2015-09"),
    ("Tuhiwai-Bell", P),
    ("Waikouaiti-Chalmers", G),
    ("Southern Coast Courier", O),
    ("October 24, 2015", D, "2015-10-24"),
    ("Waikouaiti-Chalmers", G),
    ("Dunedin City Council", O),
    ("October 24, 2015", D, "2015-10-24"),
    ("Southern Coast Courier", O),
    ("September 4, 2015", D, "2015-09-04"),
])

# ---------------------------------------------------------------- Jalisco (dct Wed 2024-06-12)
DOCS["holdout15-jalisco-water-shortage"] = ("jal", [
    ("Jalisco", G),
    ("Zapotlanejo", G),
    ("Jalisco", G),
    ("Wednesday", D, "2024-06-12"),
    ("Mexico", G),
    ("May 24", D, "2024-05-24"),
    ("María Fernanda López Ortega", P),
    ("Tuesday", D, "2024-06-11"),
    ("We are doing everything within our reach, but we cannot invent water that is not there,", Q, None, q(LOPEZ)),
    ("López", P),
    ("The wells are at their lowest level in 30 years, and we need the federal government to approve the new well we requested in January.", Q, None, q(LOPEZ)),
    ("January", D, "2024-01", IN),
    ("López", P),
    ("Movimiento Ciudadano", O),
    ("National Water Commission", O),
    ("Conagua", O),
    ("Conagua", O),
    ("Mexico News Daily", O),
    ("La Loma", L),
    ("X", O, None, {"ctx": "posted on "}),
    ("Sunday", D, "2024-06-09"),
    ("Luis Alberto Ramírez Cisneros", P),
    ("Third week without water in La Loma 💧🚫 The tanker came once on Friday and left after 20 minutes. Our children can't bathe before school. How much longer?", Q, None, q(RAMIREZ)),
    ("La Loma", L, None, IN),
    ("Friday", D, "2024-06-07", IN),
    ("Ramírez", P),
    ("Zapotlanejo", G),
    ("Conagua", O),
    ("Mexico", G),
    ("the end of May", D, "2024-05"),
    ("Jalisco", G),
    ("Guanajuato", G),
    ("Oaxaca", G),
    ("Chihuahua", G),
    ("Mexico City", G),
    ("last week", D, "2024-06-03/2024-06-09"),
    ("Oaxaca", G),
    ("Central Valleys", L),
    ("April", D, "2024-04"),
    ("Morena", O),
    ("Jalisco Congress", O),
    ("PAN", O),
    ("PRI", O),
    ("Conagua", O),
    ("For six years Morena has told us that everything is fine with water,", Q, None, q(RUIZ)),
    ("Morena", O, None, IN),
    ("PAN", O),
    ("Héctor Javier Ruiz de la Peña", P),
    ("Monday", D, "2024-06-10"),
    ("Now families in Jalisco are paying the price.", Q, None, q(RUIZ)),
    ("Jalisco", G, None, IN),
    ("Morena", O),
    ("Claudia Ivette Sandoval Núñez", P),
    ("The PAN governed Jalisco for 18 years and never built the dams it promised,", Q, None, q(SANDOVAL)),
    ("PAN", O, None, IN),
    ("Jalisco", G, None, IN),
    ("It is easy to point fingers from the opposition.", Q, None, q(SANDOVAL)),
    ("June 2", D, "2024-06-02"),
    ("Morena", O),
    ("Chamber of Deputies", O),
    ("Movimiento Ciudadano", O),
    ("Jalisco", G),
    ("Jalisco", G),
    ("mid-June", D, "2024-06"),
    ("recent years", D, "PAST_REF"),
    ("Even when the rains come, the aquifers will take years to recover,", Q, None, q(ESPARZA)),
    ("Rodrigo Esparza Villaseñor", P),
    ("University of Guadalajara", O),
    ("Municipalities like Zapotlanejo need to reduce leaks, which in some systems account for 40% of the water pumped.", Q, None, q(ESPARZA)),
    ("Zapotlanejo", G, None, IN),
    ("López", P),
    ("July", D, "2024-07"),
    ("El Informador", O),
    ("Milenio", O),
])

# ---------------------------------------------------------------- Kharkiv (dct Wed 2023-03-15)
MCTID = "Ministry for Communities, Territories and Infrastructure Development"
DOCS["holdout15-kharkiv-heating-rada"] = ("kha", [
    ("Rada", O),
    ("Kharkiv Oblast", G),
    ("winter", D, "2023-WI"),
    ("Daryna Lysenko", P),
    ("Verkhovna Rada", O),
    ("Tuesday", D, "2023-03-14"),
    ("Kharkiv Oblast", G),
    ("Russian", N),
    (MCTID, O),
    ("Kharkiv", G),
    ("Izium", G),
    ("Kupiansk", G),
    ("Chuhuiv", G),
    ("Russian", N),
    ("last October", D, "2022-10"),
    ("We cannot go into another winter with the same patchwork repairs we had this year,", Q, None, q(KOVAL)),
    ("this year", D, "2023", IN),
    ("Oleksandr Kovalenko", P),
    ("Servant of the People", O),
    ("People in Kupiansk spent weeks in apartments at six degrees. That must not happen again.", Q, None, q(KOVAL)),
    ("Kupiansk", G, None, IN),
    ("Kovalenko", P),
    ("April", D, "2023-04"),
    ("October", D, "2023-10"),
    ("2023-2024", D, "2023/2024"),
    (MCTID, O),
    ("Iryna Shevchuk-Bondar", P),
    ("Kyiv Independent", O),
    ("Large central boiler houses are an obvious target for Russia,", Q, None, q(SHEV)),
    ("Russia", G, None, IN),
    ("Shevchuk-Bondar", P),
    ("Smaller, decentralized units are harder to hit, and if one is destroyed, a whole district does not lose heat.", Q, None, q(SHEV)),
    ("Ukrainian", N),
    ("Dnipro", G),
    ("Zaporizhzhia", G),
    ("Dnipro", L),
    ("European", N),
    ("February", D, "2023-02"),
    ("Kharkiv Oblast", G),
    ("Viktor Tymoshchuk", P),
    ("This is an important step, and I am grateful to the members of parliament who supported it,", Q, None, q(TYMO)),
    ("Telegram", O),
    ("But we estimate that full restoration of heating in the liberated communities will cost at least UAH 11 billion.", Q, None, q(TYMO)),
    ("We will continue to work with international donors to close the gap,", Q, None, q(TYMO)),
    ("Finance Ministry", O),
    ("February", D, "2023-02"),
    ("last week", D, "2023-03-06/2023-03-12"),
    ("European Solidarity", O),
    ("Two months were lost on discussions that could have taken two weeks,", Q, None, q(None)),
    ("European Solidarity", O),
    ("Russian", N),
    ("Kharkiv Oblast", G),
    ("February 2022", D, "2022-02"),
    ("Ukraine", G),
    ("September 2022", D, "2022-09"),
    ("Kupiansk", G),
    ("the winter", D, "2022-WI"),
    ("United Nations Development Programme", O),
    ("Volodymyr Zelensky", P),
])

# ---------------------------------------------------------------- New Year prices (dct Wed 2021-04-07)
DOCS["holdout15-new-year-prices"] = ("nyp", [
    ("New Year", D, "2021-04-14"),
    ("Nadeesha Wickremasinghe", P),
    ("Sinhala and Tamil New Year", D, "2021-04-14"),
    ("Colombo", G),
    ("yesterday", D, "2021-04-06"),
    ("Central Bank of Sri Lanka", O),
    ("CBSL", O),
    ("last week", D, "2021-03-29/2021-04-04"),
    ("Pettah", L),
    ("March", D, "2021-03"),
    ("a year earlier", D, "2020-03"),
    ("W.A. Dissanayake", P),
    ("Daily Mirror", O),
    ("New Year", D, "2021-04-14"),
    ("Lak Sathosa", O),
    ("tomorrow", D, "2021-04-08"),
    ("We are aware of the burden on the people. The pack containing 12 essential items will be sold at Rs. 1,500, which is nearly Rs. 600 below the market price,", Q, None, q(DISSA)),
    ("We have also instructed the Consumer Affairs Authority to conduct raids on traders who hoard goods or sell above the maximum retail price.", Q, None, q(DISSA)),
    ("Consumer Affairs Authority", O, None, IN),
    ("Dissanayake", P),
    ("the beginning of March", D, "2021-03"),
    ("Samagi Jana Balawegaya", O),
    ("SJB", O),
    ("SJB", O),
    ("Harshana Rathnayake Jayawardena", P),
    ("SLPP", O),
    ("2019", D, "2019"),
    ("This Government came to power promising to bring down the cost of living. Today a family cannot even prepare kiribath for the New Year without borrowing money,", Q, None, q(JAYA)),
    ("Today", D, "PRESENT_REF", IN),
    ("New Year", D, "2021-04-14", IN),
    ("The food pack is a publicity stunt. What people need is a permanent solution,", Q, None, q(JAYA)),
    ("SLPP", O),
    ("taken every possible step to protect consumers.", Q, None, q(None)),
    ("Jaffna", G),
    ("New Year", D, "2021-04-14"),
    ("previous years", D, "PAST_REF"),
    ("Selvarajah Kumaran", P),
    ("Jaffna Traders' Association", O),
    ("North", L),
    ("Earlier, people bought new clothes and sweets in large quantities. This year, they buy only what is necessary,", Q, None, q(KUMARAN)),
    ("This year", D, "2021", IN),
    ("Kumaran", P),
    ("Transport costs from Colombo have also gone up, so we have to sell at a higher price.", Q, None, q(KUMARAN)),
    ("Colombo", G, None, IN),
    ("US", G),
    ("January", D, "2021-01"),
    ("Central Bank", O),
    ("Anoma Gunasekera-Perera", P),
    ("University of Colombo", O),
    ("Unless the import restrictions are eased in a targeted manner, prices of essentials will continue to rise through the second quarter,", Q, None, q(GUNA)),
    ("the second quarter", D, "2021-04/2021-06", IN),
    ("Colombo", G),
    ("April 10 to 15", D, "2021-04-10/2021-04-15"),
    ("New Year", D, "2021-04-14"),
    ("April 14", D, "2021-04-14"),
])

# ---------------------------------------------------------------- Volta (dct Thu 2019-11-07), CRLF
DOCS["holdout15-volta-voter-registration"] = ("vol", [
    ("Volta", G),
    ("NDC", O),
    ("Thursday, 7 November 2019", D, "2019-11-07"),
    ("National Democratic Congress", O),
    ("NDC", O),
    ("Volta Region", G),
    ("Electoral Commission", O),
    ("Ho", G),
    ("Wednesday", D, "2019-11-06"),
    ("Akosua Dzifa Agbeko", P),
    ("Ketu South", G),
    ("Keta", G),
    ("Akatsi North", G),
    ("Our people woke up at dawn, some travelled more than ten kilometres, only to be told the machines are not working. This is not acceptable,", Q, None, q(AGBEKO)),
    ("We are not accusing anybody, but the EC must make sure every eligible Ghanaian who wants to register is given the opportunity before the exercise ends,", Q, None, q(AGBEKO)),
    ("EC", O, None, IN),
    ("Ghanaian", N, None, IN),
    ("Agbeko", P),
    ("Electoral Commission", O),
    ("Saturday, November 2", D, "2019-11-02"),
    ("November 15", D, "2019-11-15"),
    ("December 17", D, "2019-12-17"),
    ("New Patriotic Party", O),
    ("NPP", O),
    ("Commission", O),
    ("NPP", O),
    ("Volta", G),
    ("Kwame Asante-Mensah", P),
    ("GhanaWeb", O),
    ("NDC", O),
    ("crying wolf.", Q, None, q(ASANTE)),
    ("The exercise is going smoothly in all the districts. Where there have been challenges, the EC has replaced the devices within hours,", Q, None, q(ASANTE)),
    ("EC", O, None, IN),
    ("Asante-Mensah", P),
    ("The NDC knows the 2020 elections are coming and they are already preparing excuses.", Q, None, q(ASANTE)),
    ("NDC", O, None, IN),
    ("2020", D, "2020", IN),
    ("NPP", O),
    ("NDC", O),
    ("Volta", G),
    ("next year", D, "2020"),
    ("Volta", G),
    ("Emmanuel Kofi Ahiadorme", P),
    ("Electoral Commission", O),
    ("Registration is a civic duty, not a battlefield,", Q, None, q(AHIA)),
    ("Ho", G),
    ("Tuesday", D, "2019-11-05"),
    ("I have spoken with the Regional Electoral Officer and I am assured that additional devices have been dispatched from Accra. Nobody will be disenfranchised.", Q, None, q(AHIA)),
    ("Accra", G, None, IN),
    ("Ahiadorme", P),
    ("Commission", O),
    ("Ho", G),
    ("Monday", D, "2019-11-04"),
    ("They have all been replaced. We are registering an average of 35 people per centre per day, which is within our projections,", Q, None, q(None)),
    ("Commission", O),
    ("Volta", G),
    ("Oti", G),
    ("next week", D, "2019-11-11/2019-11-17"),
    ("Kumasi", G),
    ("Ashanti Region", G),
    ("last week", D, "2019-10-28/2019-11-03"),
    ("Coalition of Domestic Election Observers", O),
    ("CODEO", O),
    ("generally peaceful", Q, None, q(None)),
    ("Greater Accra", G),
    ("Ashanti Region", G),
    ("Electoral Commission", O),
    ("Parliament", O),
    ("July", D, "2019-07"),
    ("2018", D, "2018"),
    ("Commission", O),
])

LABELS = {P, O, G, L, N, D, Q}


def isword(ch):
    return ch.isalnum()


def find(text, surface, frm, ctx=None):
    i = frm
    while True:
        i = text.find(surface, i)
        if i < 0:
            raise ValueError("not found: %r from %d" % (surface, frm))
        j = i + len(surface)
        ok = True
        if isword(surface[0]) and i > 0 and isword(text[i - 1]):
            ok = False
        if isword(surface[-1]) and j < len(text) and isword(text[j]):
            ok = False
        if ctx is not None and text[max(0, i - len(ctx)):i] != ctx:
            ok = False
        if ok:
            return i, j
        i += 1


def build(doc_id, short, entries, text):
    spans, quote_by = [], {}
    cursor, last_q = 0, None
    for e in entries:
        surface, label = e[0], e[1]
        value = e[2] if len(e) > 2 else None
        opts = e[3] if len(e) > 3 else {}
        assert label in LABELS, e
        assert (label == D) == (value is not None), e
        if label == Q:
            s, t = find(text, surface, cursor)
            last_q = (s, t)
            cursor = s
        elif opts.get("in"):
            s, t = find(text, surface, cursor, opts.get("ctx"))
            assert last_q and last_q[0] <= s and t <= last_q[1], ("not inside quote", e)
            cursor = t
        else:
            frm = max(cursor, last_q[1]) if last_q else cursor
            s, t = find(text, surface, frm, opts.get("ctx"))
            cursor = t
        assert text[s:t] == surface
        assert surface == surface.strip() and surface.strip(" ,;:“”\"'‘’") != "" and surface[0] not in " \t\r\n"
        sp = {"start": s, "end": t, "label": label, "text": surface}
        if value is not None:
            sp["value"] = value
        spans.append(sp)
        if label == Q:
            quote_by[id(sp)] = opts["by"]
    order = sorted(range(len(spans)), key=lambda k: (spans[k]["start"], -spans[k]["end"]))
    spans = [spans[k] for k in order]
    for n, sp in enumerate(spans, 1):
        sp_id = "%s-%d" % (short, n)
        by = quote_by.pop(id(sp), "none")
        sp["id"] = sp_id
        if by != "none":
            sp["_by"] = by
    # flatness: only non-QUOTE spans may lie inside a QUOTE; nothing else overlaps
    for a in range(len(spans)):
        for b in range(a + 1, len(spans)):
            x, y = spans[a], spans[b]
            if y["start"] >= x["end"]:
                break
            assert x["label"] == Q and y["label"] != Q and y["end"] <= x["end"], (doc_id, x, y)
    ids = [sp["id"] for sp in spans]
    assert len(ids) == len(set(ids))
    relations = []
    for sp in spans:
        if sp["label"] != Q:
            continue
        by = sp.pop("_by")
        if by is None:
            continue
        best = None
        for p in spans:
            if p["label"] != P or p["text"] not in by:
                continue
            if p["end"] <= sp["start"]:
                dist = sp["start"] - p["end"]
            elif p["start"] >= sp["end"]:
                dist = p["start"] - sp["end"]
            else:
                dist = 0
            if best is None or dist < best[0]:
                best = (dist, p["id"])
        assert best is not None, ("no speaker mention", doc_id, sp)
        relations.append({"from": sp["id"], "to": best[1], "type": "said_by"})
    out = []
    for sp in spans:
        d = {"id": sp["id"], "start": sp["start"], "end": sp["end"], "label": sp["label"], "text": sp["text"]}
        if "value" in sp:
            d["value"] = sp["value"]
        out.append(d)
    return {"doc_id": doc_id, "spans": out, "relations": relations}


def main():
    manifest = {}
    with open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                manifest[r["doc_id"]] = r
    lines = []
    for doc_id in sorted(DOCS):
        short, entries = DOCS[doc_id]
        path = os.path.join(CORPUS, manifest[doc_id]["file"])
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        rec = build(doc_id, short, entries, text)
        for sp in rec["spans"]:
            assert text[sp["start"]:sp["end"]] == sp["text"]
        lines.append(json.dumps(rec, ensure_ascii=False))
    assert set(DOCS) == set(manifest)
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
