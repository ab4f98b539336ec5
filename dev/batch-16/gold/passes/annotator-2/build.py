#!/usr/bin/env python3
"""Hand-chosen mentions -> offsets -> annotation.jsonl.

Each entry: (surface, label, opts). opts keys:
  v   : DATE value
  ctx : left context that must immediately precede the match (to pick the occurrence)
  who : person key for PERSON (default: last token of surface)
  by  : person key of the speaker for QUOTE (None = speaker never named, no said_by)
Mentions are listed in reading order; each is searched from a cursor that advances past the
previous mention (for a QUOTE the cursor stays at its start so inner mentions are found inside).
said_by goes to the PERSON mention with key == by that is nearest by character distance (GUIDELINES 7).
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")  # heldout/corpus

P, O, G, L, N, D, Q = "PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "QUOTE"

DOCS = {}

DOCS["holdout10-ballarat-one-punch-sentence"] = ("ballarat", [
    ("Ballarat", G, {}),
    ("Kirsty McAllister-Reid", P, {}),
    ("Ballarat", G, {}),
    ("Supreme Court", O, {}),
    ("senseless, cowardly and entirely avoidable", Q, {"by": "Fairleigh-Moss"}),
    ("Jarrod Kettering", P, {}),
    ("last year", D, {"v": "2021"}),
    ("Luke Papadimitriou", P, {}),
    ("New Year's Day 2021", D, {"v": "2021-01-01"}),
    ("Papadimitriou", P, {}),
    ("Kettering", P, {}),
    ("Supreme Court of Victoria", O, {}),
    ("Tuesday", D, {"v": "2022-03-08"}),
    ("Catherine Fairleigh-Moss", P, {}),
    ("Mr Papadimitriou was walking away. He had made it plain that he did not want to fight,", Q, {"by": "Fairleigh-Moss"}),
    ("Papadimitriou", P, {}),
    ("Fairleigh-Moss", P, {}),
    ("You followed him for some 20 metres and struck him from the side, with such force that he was unconscious before his head hit the footpath.", Q, {"by": "Fairleigh-Moss"}),
    ("Nothing that was said to you that night could begin to explain what you did next. A young family has lost a husband and a father, and you will carry that for the rest of your life.", Q, {"by": "Fairleigh-Moss"}),
    ("Papadimitriou", P, {}),
    ("Royal Melbourne Hospital", O, {}),
    ("four days later", D, {"v": "2021-01-05"}),
    ("Victoria", G, {}),
    ("2014", D, {"v": "2014"}),
    ("Kettering", P, {}),
    ("Rohan Wickramasinghe", P, {}),
    ("December", D, {"v": "2021-12"}),
    ("Fairleigh-Moss", P, {}),
    ("Kettering", P, {}),
    ("You wrote a letter to the family which I have read, and which I have no doubt was sincerely meant,", Q, {"by": "Fairleigh-Moss"}),
    ("It does not, however, change the gravity of what you did.", Q, {"by": "Fairleigh-Moss"}),
    ("Kettering", P, {}),
    ("Papadimitriou", P, {}),
    ("Sofia Papadimitriou", P, {"who": "Sofia"}),
    ("I have had to explain to a four-year-old what a funeral is,", Q, {"by": "Sofia"}),
    ("Papadimitriou", P, {"who": "Sofia"}),
    ("Nobody should have to do that because of a stranger's temper.", Q, {"by": "Sofia"}),
    ("Crown", O, {}),
    ("Angela Di Stefano", P, {}),
    ("a textbook example", Q, {"by": "Stefano"}),
    ("Papadimitriou", P, {"who": "Sofia"}),
    ("George Karalis", P, {}),
    ("Eleven years is not Luke's life, but it is something,", Q, {"by": "Karalis"}),
    ("Luke", P, {"who": "Papadimitriou"}),
    ("Karalis", P, {}),
    ("We just want people to hear his name and think twice before they raise a fist.", Q, {"by": "Karalis"}),
    ("Victoria Police", O, {}),
    ("the past two years", D, {"v": "PAST_REF"}),
    ("Ballarat", G, {}),
    ("Bendigo", G, {}),
    ("the Easter long weekend", D, {"v": "2022-04-15/2022-04-18"}),
])

DOCS["holdout10-boj-weak-yen-outlook"] = ("boj", [
    ("BOJ", O, {}),
    ("TOKYO", G, {}),
    ("April 26", D, {"v": "2024-04-26"}),
    ("Kyodo", O, {}),
    ("Bank of Japan", O, {}),
    ("Friday", D, {"v": "2024-04-26"}),
    ("fiscal 2024", D, {"v": "2024-04/2025-03"}),
    ("U.S.", G, {}),
    ("March", D, {"v": "2024-03"}),
    ("BOJ", O, {}),
    ("fiscal 2024", D, {"v": "2024-04/2025-03"}),
    ("April", D, {"v": "2024-04"}),
    ("January", D, {"v": "2024-01"}),
    ("fiscal 2025 and fiscal 2026", D, {"v": "2025-04/2027-03"}),
    ("Tokyo", G, {}),
    ("The market was looking for a hawkish message and did not get one,", Q, {"by": "Morishita"}),
    ("Kenta Morishita", P, {}),
    ("Tokai Yamato Research Institute", O, {}),
    ("As long as the gap with U.S. rates stays this wide, the pressure on the yen will not go away.", Q, {"by": "Morishita"}),
    ("U.S.", G, {}),
    ("Ministry of Finance", O, {}),
    ("the autumn of 2022", D, {"v": "2022-FA"}),
    ("We are watching currency moves with a high sense of urgency and will take appropriate action against excessive fluctuations,", Q, {"by": None}),
    ("Finance Ministry", O, {}),
    ("Emiko Hirano", P, {}),
    ("Higashiosaka", G, {}),
    ("Osaka Prefecture", G, {}),
    ("the past two years", D, {"v": "PAST_REF"}),
    ("Our clients understand in principle, but every time we ask to raise our prices it takes months of negotiation,", Q, {"by": "Hirano"}),
    ("Hirano", P, {}),
    ("We raised wages this spring because we had to keep our workers, but I do not know if we can do it again next year.", Q, {"by": "Hirano"}),
    ("this spring", D, {"v": "2024-SP"}),
    ("next year", D, {"v": "2025"}),
    ("fiscal 2024", D, {"v": "2024-04/2025-03"}),
    ("Ministry of Economy, Trade and Industry", O, {}),
    ("Japan", G, {}),
    ("this year", D, {"v": "2024"}),
    ("Japanese Trade Union Confederation", O, {}),
    ("Rengo", O, {}),
    ("BOJ", O, {}),
    ("July", D, {"v": "2024-07"}),
    ("If the yen stays at these levels into the summer, the bank may not be able to wait for the data it wants,", Q, {"by": "Nakamura"}),
    ("the summer", D, {"v": "2024-SU"}),
    ("Yui Nakamura", P, {}),
    ("Kansai Mirai Securities", O, {}),
    ("fiscal 2024", D, {"v": "2024-04/2025-03"}),
    ("the previous year", D, {"v": "2023-04/2024-03"}),
    ("Finance Ministry", O, {}),
    ("May 31", D, {"v": "2024-05-31"}),
])

DOCS["holdout10-dail-rent-pressure-zones"] = ("dail", [
    ("Sinn Féin", O, {}),
    ("Fianna Fáil", O, {}),
    ("Government", O, {}),
    ("Síle Nic Amhlaoibh", P, {"who": "NicAmhlaoibh"}),
    ("Government", O, {}),
    ("Oireachtas", O, {}),
    ("the end of the year", D, {"v": "2019"}),
    ("would be legislating on instinct rather than on evidence", Q, {"by": "Súilleabháin"}),
    ("Joint Committee on Housing, Planning and Local Government", O, {}),
    ("Wednesday", D, {"v": "2019-10-16"}),
    ("Pádraig Ó Súilleabháin", P, {}),
    ("Residential Tenancies Board", O, {}),
    ("RTB", O, {}),
    ("the second quarter", D, {"v": "2019-04/2019-06"}),
    ("November", D, {"v": "2019-11"}),
    ("I understand the frustration of tenants in Drogheda, Dundalk and Ennis who are seeing rents rise by 8 or 9 per cent a year,", Q, {"by": "Súilleabháin"}),
    ("Drogheda", G, {}),
    ("Dundalk", G, {}),
    ("Ennis", G, {}),
    ("But a designation has to stand up in law. If we extend it on the basis of incomplete figures, a landlord will take us to the High Court and win, and every tenant in that town will be worse off.", Q, {"by": "Súilleabháin"}),
    ("High Court", O, {}),
    ("Sinn Féin", O, {}),
    ("Eoin Mac Lochlainn", P, {}),
    ("the new year", D, {"v": "2020"}),
    ("The Minister has had these figures since the summer,", Q, {"by": "Lochlainn"}),
    ("the summer", D, {"v": "2019-SU"}),
    ("Mac Lochlainn", P, {}),
    ("He had them when he stood up in the Dáil last week and told us the rental market was stabilising. It is not stabilising, unless you are the one collecting the rent.", Q, {"by": "Lochlainn"}),
    ("Dáil", O, {}),
    ("last week", D, {"v": "2019-10-07/2019-10-13"}),
    ("December 2016", D, {"v": "2016-12"}),
    ("Dublin", G, {}),
    ("Cork", G, {}),
    ("Galway", G, {}),
    ("Government", O, {}),
    ("Fianna Fáil", O, {}),
    ("Fine Gael", O, {}),
    ("Government", O, {}),
    ("2016", D, {"v": "2016"}),
    ("Fianna Fáil", O, {}),
    ("Darragh Ó Ceallaigh", P, {}),
    ("Department of Housing", O, {}),
    ("on at least four occasions", Q, {"by": "Ceallaigh"}),
    ("April", D, {"v": "2019-04"}),
    ("We are not looking for a row,", Q, {"by": "Ceallaigh"}),
    ("Ó Ceallaigh", P, {}),
    ("We are looking for an answer, and we are looking for a date.", Q, {"by": "Ceallaigh"}),
    ("Fine Gael", O, {}),
    ("Niamh de Búrca", P, {}),
    ("Fine Gael", O, {}),
    ("Galway West", L, {}),
    ("pretending there is a switch the Minister can flick", Q, {"by": "Búrca"}),
    ("Labour", O, {}),
    ("Seosamh Mac Giolla Bhríde", P, {}),
    ("Co Louth", G, {}),
    ("since before the last general election", Q, {"by": "Bhríde"}),
    ("Ó Súilleabháin", P, {}),
    ("RTB", O, {}),
    ("next year", D, {"v": "2020"}),
    ("last week", D, {"v": "2019-10-07/2019-10-13"}),
    ("Department of Housing", O, {}),
    ("in the coming weeks", Q, {"by": None}),
    ("the coming weeks", D, {"v": "FUTURE_REF"}),
    ("Oireachtas", O, {}),
    ("as soon as the data allows", Q, {"by": None}),
    ("Dublin Tenants’ Network", O, {}),
    ("Aoife Ní Bhriain", P, {"who": "NiBhriain"}),
    ("the forgotten people of this housing crisis", Q, {"by": "NiBhriain"}),
    ("next Tuesday", D, {"v": "2019-10-22"}),
])

DOCS["holdout10-marathwada-monsoon-sowing"] = ("marathwada", [
    ("Marathwada", L, {}),
    ("June 15", D, {"v": "2023-06-15"}),
    ("Abhijit Kulkarni", P, {}),
    ("TNN", O, {}),
    ("AURANGABAD", G, {}),
    ("Kerala", G, {}),
    ("Maharashtra", G, {}),
    ("Marathwada", L, {}),
    ("June 15", D, {"v": "2023-06-15"}),
    ("India Meteorological Department", O, {}),
    ("IMD", O, {}),
    ("last week", D, {"v": "2023-05-29/2023-06-04"}),
    ("Kerala", G, {}),
    ("June 1", D, {"v": "2023-06-01"}),
    ("Arabian Sea", L, {}),
    ("Arabian Sea", L, {}),
    ("Konkan", L, {}),
    ("Western Ghats", L, {}),
    ("Marathwada", L, {}),
    ("June 15", D, {"v": "2023-06-15"}),
    ("Sowing on the basis of one or two pre-monsoon showers is the biggest risk farmers can take this year. If there is a dry spell of two or three weeks after germination, the entire investment in seed and fertiliser is lost,", Q, {"by": "Chavan-Patil"}),
    ("this year", D, {"v": "2023"}),
    ("Sunil Chavan-Patil", P, {}),
    ("Sunday", D, {"v": "2023-06-04"}),
    ("Beed", G, {}),
    ("Latur", G, {}),
    ("Jalna", G, {}),
    ("Parbhani", G, {}),
    ("Dharashiv", G, {}),
    ("Marathwada", L, {}),
    ("Sahyadri", L, {}),
    ("the past decade", D, {"v": "PAST_REF"}),
    ("Beed", G, {}),
    ("Latur", G, {}),
    ("last year", D, {"v": "2022"}),
    ("Godavari", L, {}),
    ("Sunday", D, {"v": "2023-06-04"}),
    ("the same day in 2022", D, {"v": "2022-06-04"}),
    ("Dnyaneshwar Shinde", P, {}),
    ("Kaij", G, {}),
    ("Beed", G, {}),
    ("The seed is in the house and the loan is in the bank. Now we only wait for the sky.", Q, {"by": "Shinde"}),
    ("April", D, {"v": "2023-04"}),
    ("Union ministry of agriculture and farmers' welfare", O, {}),
    ("MoA&FW", O, {}),
    ("National Disaster Response Fund", O, {}),
    ("NDRF", O, {}),
    ("March and April", D, {"v": "2023-03/2023-04"}),
    ("the end of this month", D, {"v": "2023-06"}),
    ("Jalna", G, {}),
    ("Latur", G, {}),
    ("Farmers don't want to be caught without seed when the rain comes. Last year prices went up by Rs 400 a bag in the first week of sowing,", Q, {"by": "Deshmukh"}),
    ("Last year", D, {"v": "2022"}),
    ("Rahul Deshmukh", P, {}),
    ("Meenal Joshi", P, {}),
    ("Vasantrao Naik Marathwada Krishi Vidyapeeth", O, {}),
    ("Parbhani", G, {}),
    ("A delay of ten days costs very little in yield. A failed sowing costs everything,", Q, {"by": "Joshi"}),
    ("IMD", O, {}),
    ("June-September", D, {"v": "2023-06/2023-09"}),
    ("this week", D, {"v": "2023-06-05/2023-06-11"}),
])

DOCS["holdout10-nuggets-timberwolves"] = ("nuggets", [
    ("Oyelaran", P, {}),
    ("Nuggets", O, {}),
    ("Timberwolves", O, {}),
    ("DENVER", G, {}),
    ("AP", O, {}),
    ("Marcus Oyelaran", P, {}),
    ("Tomás Ibarra-Quintero", P, {}),
    ("Denver Nuggets", O, {}),
    ("Minnesota Timberwolves", O, {}),
    ("Saturday", D, {"v": "2019-11-23"}),
    ("Oyelaran", P, {}),
    ("Denver", O, {}),
    ("Minnesota", O, {}),
    ("Nuggets", O, {}),
    ("Western Conference", O, {}),
    ("We got a little comfortable in the third quarter, and that's a good team over there. They're not going to just go away,", Q, {"by": "Oyelaran"}),
    ("Oyelaran", P, {}),
    ("But we've been in those spots before. Nobody panicked.", Q, {"by": "Oyelaran"}),
    ("DeShawn Kirkby", P, {}),
    ("Minnesota", O, {}),
    ("Luka Varga", P, {}),
    ("Timberwolves", O, {}),
    ("Denver", O, {}),
    ("Minnesota", O, {}),
    ("Kirkby", P, {}),
    ("Timberwolves", O, {}),
    ("Varga", P, {}),
    ("Ibarra-Quintero", P, {}),
    ("Oyelaran", P, {}),
    ("That's why you want the ball in his hands,", Q, {"by": "Brennan"}),
    ("Nuggets", O, {}),
    ("Dale Brennan", P, {}),
    ("He saw they were going under the screen and he didn't hesitate. Marcus has made that shot for us a lot of times.", Q, {"by": "Brennan"}),
    ("Marcus", P, {"who": "Oyelaran"}),
    ("Brennan", P, {}),
    ("We've got to be a lot cleaner than that,", Q, {"by": "Brennan"}),
    ("We were throwing it all over the gym in the third quarter. Against a better shooting team, that's a loss.", Q, {"by": "Brennan"}),
    ("Timberwolves", O, {}),
    ("Rick Halloran", P, {}),
    ("We dug ourselves a hole in the first half. We can't keep doing that on the road and expect to come back every night,", Q, {"by": "Halloran"}),
    ("Halloran", P, {}),
    ("But I liked the fight. I liked how we guarded in the third.", Q, {"by": "Halloran"}),
    ("Denver", O, {}),
    ("Jalen Pruett-Sims", P, {}),
    ("Nuggets", O, {}),
    ("Ibarra-Quintero", P, {}),
    ("about 90 percent.", Q, {"by": "Ibarra-Quintero"}),
    ("It's still a little stiff, but it held up,", Q, {"by": "Ibarra-Quintero"}),
    ("Ibarra-Quintero", P, {}),
    ("I'll take that.", Q, {"by": "Ibarra-Quintero"}),
    ("Timberwolves", O, {}),
    ("Andre Whitfield", P, {}),
    ("Minnesota", O, {}),
    ("Nuggets", O, {}),
    ("Oyelaran", P, {}),
    ("Denver", O, {}),
    ("Minnesota", O, {}),
    ("Timberwolves", O, {}),
    ("Phoenix Suns", O, {}),
    ("Monday", D, {"v": "2019-11-25"}),
    ("Nuggets", O, {}),
    ("Utah Jazz", O, {}),
    ("Tuesday", D, {"v": "2019-11-26"}),
])

DOCS["holdout10-oslo-ppi-kidney-study"] = ("oslo", [
    ("Norwegian", N, {}),
    ("Line Kristiansen", P, {}),
    ("Norwegian", N, {}),
    ("Wednesday", D, {"v": "2017-11-22"}),
    ("University of Oslo", O, {}),
    ("2004 and 2015", D, {"v": "2004/2015"}),
    ("Norwegian Prescription Database", O, {}),
    ("Norwegian Patient Registry", O, {}),
    ("BMJ Open", O, {}),
    ("the 1990s", D, {"v": "1990/1999"}),
    ("Scandinavia", L, {}),
    ("Norway", G, {}),
    ("last year", D, {"v": "2016"}),
    ("This is not a reason for anyone to stop taking their medicine on their own,", Q, {"by": "Østby-Hansen"}),
    ("Ingrid Østby-Hansen", P, {}),
    ("Institute of Health and Society", O, {}),
    ("But we see many patients who started on a PPI for a short-term problem ten years ago and have simply never stopped. Those prescriptions should be reviewed.", Q, {"by": "Østby-Hansen"}),
    ("ten years ago", D, {"v": "2007"}),
    ("Håkon Brøndbo", P, {}),
    ("Oslo University Hospital", O, {}),
    ("United States", G, {}),
    ("Taiwan", G, {}),
    ("What the Norwegian registries add is completeness. You can follow almost everyone, for a long time,", Q, {"by": "Brøndbo"}),
    ("Norwegian", N, {}),
    ("Brøndbo", P, {}),
    ("Søren Kjærgaard", P, {}),
    ("Aarhus University", O, {}),
    ("Denmark", G, {}),
    ("Danish", N, {}),
    ("next year", D, {"v": "2018"}),
    ("Nordvik Pharma", O, {}),
    ("Bergen", G, {}),
    ("Norway", G, {}),
    ("Sweden", G, {}),
    ("Denmark", G, {}),
    ("Patient safety is our first priority. PPIs have a well-documented safety profile when used as directed, and we encourage anyone with questions about their treatment to speak to their doctor or pharmacist.", Q, {"by": None}),
    ("Norwegian Medicines Agency", O, {}),
    ("European", N, {}),
    ("Østby-Hansen", P, {}),
    ("Research Council of Norway", O, {}),
    ("2018 to 2021", D, {"v": "2018/2021"}),
])

DOCS["holdout10-savanna-mobile-outage"] = ("savanna", [
    ("Kenya", G, {}),
    ("Savanna Mobile", O, {}),
    ("Wanjiku Mbugua", P, {}),
    ("NAIROBI", G, {}),
    ("Feb 18", D, {"v": "2020-02-18"}),
    ("Reuters", O, {}),
    ("Kenyan", N, {}),
    ("Savanna Mobile", O, {}),
    ("Tuesday", D, {"v": "2020-02-18"}),
    ("this month", D, {"v": "2020-02"}),
    ("Feb. 7", D, {"v": "2020-02-07"}),
    ("Nairobi", G, {}),
    ("Mombasa", G, {}),
    ("Kisumu", G, {}),
    ("the weekend", D, {"v": "2020-02-08/2020-02-09"}),
    ("Savanna", O, {}),
    ("Kenya", G, {}),
    ("We let our customers down, and we are sorry. We have already changed how upgrades are tested and rolled out so that this cannot happen again,", Q, {"by": "Odhiambo-Were"}),
    ("Otieno Odhiambo-Were", P, {}),
    ("Nairobi", G, {}),
    ("Communications Authority of Kenya", O, {}),
    ("CA", O, {}),
    ("Reuters", O, {}),
    ("The scale and duration of this disruption is unacceptable for a licensee that provides critical financial services to millions of Kenyans,", Q, {"by": "Chebet-Rono"}),
    ("Kenyans", N, {}),
    ("CA", O, {}),
    ("Mercy Chebet-Rono", P, {}),
    ("Central Bank of Kenya", O, {}),
    ("Savanna", O, {}),
    ("March 2", D, {"v": "2020-03-02"}),
    ("Twitter", O, {}),
    ("Nairobi", G, {}),
    ("Brian Kiprotich", P, {}),
    ("Day 3 with no Pesa Haraka. Customers walking away because they can't pay 😡 Who is paying my rent this month @SavannaMobileKE?", Q, {"by": "Kiprotich"}),
    ("this month", D, {"v": "2020-02"}),
    ("SavannaMobileKE", O, {}),
    ("Kenya", G, {}),
    ("2019", D, {"v": "2019"}),
    ("Savanna", O, {}),
    ("this month", D, {"v": "2020-02"}),
    ("the third quarter of its financial year", D, {"v": "2019-10/2019-12"}),
    ("October to December", D, {"v": "2019-10/2019-12"}),
    ("Nairobi Securities Exchange", O, {}),
    ("Tuesday", D, {"v": "2020-02-18"}),
    ("The direct revenue loss is manageable. The bigger question is whether customers and merchants start keeping a second SIM from a competitor as insurance,", Q, {"by": "Mwangi"}),
    ("Njeri Mwangi", P, {}),
    ("Nairobi", G, {}),
    ("Kilimo Capital", O, {}),
    ("That kind of churn is expensive to reverse.", Q, {"by": "Mwangi"}),
    ("Savanna", O, {}),
    ("Safaricom", O, {}),
    ("Airtel Kenya", O, {}),
    ("Safaricom", O, {}),
    ("Odhiambo-Were", P, {}),
    ("Wanjiku Mbugua", P, {}),
    ("Duncan Ochieng", P, {}),
    ("Kirsten Laurent", P, {}),
])

DOCS["holdout10-saxony-anhalt-election"] = ("saxony", [
    ("Saxony-Anhalt", G, {}),
    ("AfD", O, {}),
    ("CDU", O, {}),
    ("Alternative for Germany", O, {}),
    ("Saxony-Anhalt", G, {}),
    ("Christian Democrats", N, {}),
    ("Magdeburg", G, {}),
    ("Alternative for Germany", O, {}),
    ("AfD", O, {}),
    ("Sunday", D, {"v": "2026-09-06"}),
    ("Saxony-Anhalt", G, {}),
    ("Monday", D, {"v": "2026-09-07"}),
    ("AfD", O, {}),
    ("Friedrich Merz", P, {}),
    ("Christian Democratic Union", O, {}),
    ("CDU", O, {}),
    ("Social Democrats", N, {}),
    ("SPD", O, {}),
    ("Left Party", O, {}),
    ("Greens", N, {}),
    ("Free Democrats", N, {}),
    ("FDP", O, {}),
    ("five years ago", D, {"v": "2021"}),
    ("AfD", O, {}),
    ("Germany", G, {}),
    ("CDU", O, {}),
    ("Matthias Brünnow", P, {}),
    ("last year", D, {"v": "2025"}),
    ("SPD", O, {}),
    ("Greens", N, {}),
    ("this week", D, {"v": "2026-09-07/2026-09-13"}),
    ("The voters have given us a clear mandate to form a stable government from the democratic center,", Q, {"by": "Brünnow"}),
    ("Brünnow", P, {}),
    ("Magdeburg", G, {}),
    ("Sunday", D, {"v": "2026-09-06"}),
    ("We will not let this state be governed by people who want to tear down what we have built since 1990.", Q, {"by": "Brünnow"}),
    ("1990", D, {"v": "1990"}),
    ("AfD", O, {}),
    ("Ulrich von Steinwehr", P, {}),
    ("a historic day for Saxony-Anhalt", Q, {"by": "Steinwehr"}),
    ("Saxony-Anhalt", G, {}),
    ("If the CDU forms yet another coalition of losers, they should not be surprised when we win an absolute majority in five years,", Q, {"by": "Steinwehr"}),
    ("CDU", O, {}),
    ("five years", D, {"v": "2031"}),
    ("von Steinwehr", P, {}),
    ("AfD", O, {}),
    ("Harz", L, {}),
    ("Saxony", G, {}),
    ("CDU", O, {}),
    ("AfD", O, {}),
    ("Schönebeck", G, {}),
    ("Elbe River", L, {}),
    ("Magdeburg", G, {}),
    ("Berlin", G, {}),
    ("They close the pharmacy, they close the bank, and then they wonder why people vote the way they do,", Q, {"by": None}),
    ("I have voted for the CDU all my life. This time I didn't.", Q, {"by": None}),
    ("CDU", O, {}),
    ("Merz", P, {}),
    ("Bundestag", O, {}),
    ("this fall", D, {"v": "2026-FA"}),
    ("SPD", O, {}),
    ("Jörg Schäfer-Lübke", P, {}),
    ("People wanted to decide who comes first, and we were not in that race,", Q, {"by": "Schäfer-Lübke"}),
    ("But without us, there is no majority against the AfD. We know what our responsibility is.", Q, {"by": "Schäfer-Lübke"}),
    ("AfD", O, {}),
    ("Green", N, {}),
    ("Friederike Höhn", P, {}),
    ("Halle", G, {}),
    ("Magdeburg", G, {}),
    ("We were written off for months,", Q, {"by": "Höhn"}),
    ("October", D, {"v": "2026-10"}),
])


def isword(c):
    return c.isalnum()


def locate(text, surface, label, cursor, ctx):
    i = cursor
    while True:
        s = text.find(surface, i)
        if s < 0:
            raise SystemExit(f"not found after {cursor}: {surface!r}")
        e = s + len(surface)
        ok = True
        if label != "QUOTE":
            if s > 0 and isword(text[s - 1]) or e < len(text) and isword(text[e]):
                ok = False
        if ctx and text[max(0, s - len(ctx)):s] != ctx:
            ok = False
        if ok:
            return s, e
        i = s + 1


def main():
    manifest = {}
    with open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            manifest[r["doc_id"]] = r
    out = []
    verbose = "-v" in sys.argv
    for doc_id, (short, entries) in DOCS.items():
        path = os.path.join(CORPUS, manifest[doc_id]["file"])
        text = open(path, encoding="utf-8", newline="").read()
        cursor = 0
        spans, meta = [], []
        for n, (surface, label, opts) in enumerate(entries, 1):
            s, e = locate(text, surface, label, cursor, opts.get("ctx"))
            assert text[s:e] == surface
            assert surface == surface.strip() and surface
            sp = {"id": f"{short}-{n}", "start": s, "end": e, "label": label, "text": surface}
            if label == "DATE":
                sp["value"] = opts["v"]
            else:
                assert "v" not in opts
            spans.append(sp)
            who = opts.get("who") or (surface.split()[-1] if label == "PERSON" else None)
            meta.append((who, opts.get("by", "UNSET")))
            cursor = s if label == "QUOTE" else e
        # ids unique
        assert len({s["id"] for s in spans}) == len(spans)
        # flatness: only entity/date spans may lie inside a QUOTE
        for a in spans:
            for b in spans:
                if a is b:
                    continue
                if a["start"] < b["end"] and b["start"] < a["end"]:
                    inner_ok = (a["label"] == "QUOTE" and b["label"] != "QUOTE"
                                and a["start"] <= b["start"] and b["end"] <= a["end"])
                    inner_ok2 = (b["label"] == "QUOTE" and a["label"] != "QUOTE"
                                 and b["start"] <= a["start"] and a["end"] <= b["end"])
                    assert inner_ok or inner_ok2, (a, b)
        # said_by
        rels = []
        persons = [(sp, m[0]) for sp, m in zip(spans, meta) if sp["label"] == "PERSON"]
        for sp, (who, by) in zip(spans, meta):
            if sp["label"] != "QUOTE":
                continue
            assert by != "UNSET", sp
            if by is None:
                if verbose:
                    print(f"  {sp['id']} QUOTE (no named speaker)")
                continue
            cands = []
            for p, pw in persons:
                if pw != by:
                    continue
                if p["end"] <= sp["start"]:
                    d = sp["start"] - p["end"]
                elif p["start"] >= sp["end"]:
                    d = p["start"] - sp["end"]
                else:
                    d = 0
                cands.append((d, p["start"], p))
            assert cands, (sp, by)
            cands.sort(key=lambda x: (x[0], x[1]))
            p = cands[0][2]
            rels.append({"from": sp["id"], "to": p["id"], "type": "said_by"})
            if verbose:
                print(f"  {sp['id']} -> {p['id']} {p['text']!r} (d={cands[0][0]})")
        spans.sort(key=lambda x: x["start"])
        out.append({"doc_id": doc_id, "spans": spans, "relations": rels})
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    for r in out:
        c = Counter(s["label"] for s in r["spans"])
        print(r["doc_id"], dict(sorted(c.items())), "said_by", len(r["relations"]))


if __name__ == "__main__":
    main()
