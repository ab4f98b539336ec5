#!/usr/bin/env python3
"""Hand-chosen annotations for the eight holdout21 articles (one annotator pass).

Every mention below was chosen by reading the article text; this script only locates the
hand-written surfaces in the text (a forward-moving cursor, optional left context), checks
the result, and writes annotation.jsonl next to itself. Standard library only.

Entry format: (surface, label, value_or_None, opts)
  opts keys:
    ctx  - left context that must immediately precede the surface (disambiguation)
    q    - True for an entity/DATE span that lies inside a QUOTE span
    by   - QUOTE only: tuple of the speaker's name forms; said_by goes to the nearest
           PERSON span (character distance, before or after) whose text is one of them.
           Absent on a QUOTE = speaker never named -> no said_by (guidelines 7a).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")

P, O, G, L, N, D, Q = "PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "QUOTE"

DOCS = {}

# ---------------------------------------------------------------- AFP, dct 2019-06-12 (Wed)
MOREL = ("Jean-Baptiste Morel", "Morel")
LACOMBE = ("Sylvie Lacombe", "Lacombe")
GIRARD = ("Thomas Girard", "Girard")
DOCS["holdout21-afp-beaujolais-hail"] = [
    ("Beaujolais", L, None, {}),
    ("LYON", G, None, {}),
    ("AFP", O, None, {}),
    ("France", G, None, {}),
    ("Beaujolais", L, None, {}),
    ("Wednesday", D, "2019-06-12", {}),
    ("Lyon", G, None, {}),
    ("Saturday", D, "2019-06-08", {}),
    ("the size of walnuts", Q, None, {}),  # attributed to an organisation only: no said_by
    ("Odenas", G, None, {}),
    ("Saint-Lager", G, None, {}),
    ("Cercié", G, None, {}),
    ("Rhône Chamber of Agriculture", O, None, {}),
    ("In thirty-two years I have never seen anything like it. The vines look as if someone went through them with a scythe,", Q, None, {"by": MOREL}),
    ("Jean-Baptiste Morel", P, None, {}),
    ("Cave des Coteaux de Brouilly", O, None, {}),
    ("Mont Brouilly", L, None, {}),
    ("Rhône", G, None, {"ctx": "The "}),  # the department in "The Rhône prefecture"
    ("Tuesday", D, "2019-06-11", {}),
    ("Beaujolais", L, None, {}),
    ("Assessors from the insurers will be on the ground by the end of next week,", Q, None, {}),  # unnamed spokeswoman
    ("the end of next week", D, "2019-06-17/2019-06-23", {"q": True}),
    ("Lyon", G, None, {}),
    ("Sylvie Lacombe", P, None, {}),
    ("Ardières", L, None, {}),
    ("Villefranche-sur-Saône", G, None, {}),
    ("AFP", O, None, {}),
    ("Last year we had a beautiful vintage, and we thought the bad years were behind us,", Q, None, {"by": LACOMBE}),
    ("Last year", D, "2018", {"q": True}),
    ("Now I have to explain to the bank that there will be almost nothing to sell in 2020.", Q, None, {"by": LACOMBE}),
    ("2020", D, "2020", {"q": True}),
    ("FNSEA", O, None, {}),
    ("Auvergne-Rhône-Alpes", G, None, {}),
    ("Monday", D, "2019-06-10", {}),
    ("Thomas Girard", P, None, {}),
    ("Météo-France", O, None, {}),
    ("Saône", L, None, {"ctx": "the "}),
    ("recent years", D, "PAST_REF", {}),
    ("Mediterranean", L, None, {}),
    ("Atlantic", L, None, {}),
    ("We cannot yet say that each individual storm is linked to climate change, but the trend in the Rhône valley is clear,", Q, None, {"by": GIRARD}),
    ("Rhône", L, None, {"q": True}),
    ("Girard", P, None, {}),
    ("Beaujolais", L, None, {}),
    ("Britain", G, None, {}),
    ("Japan", G, None, {}),
    ("July 2016", D, "2016-07", {}),
    ("April 2017", D, "2017-04", {}),
    ("Morel", P, None, {}),
    ("For a family that has just started, one summer like this can mean the end,", Q, None, {"by": MOREL}),
    ("National Assembly", O, None, {}),
    ("Paris", G, None, {}),
    ("next month", D, "2019-07", {}),
    ("Japanese", N, None, {}),
    ("British", N, None, {}),
    ("AFP", O, None, {}),
    ("2019", D, "2019", {}),
]

# ------------------------------------------------------ Jakarta Post, dct 2020-10-06 (Tue)
WAGIYO = ("Wagiyo",)
SUHARTI = ("Suharti",)
AGUS = ("Agus Wibisono", "Agus")
RETNO = ("Retno Widyaningsih", "Retno")
BAMBANG = ("Bambang Sutrisno", "Bambang")
DOCS["holdout21-jakartapost-temanggung-coffee"] = [
    ("Temanggung", G, None, {}),
    ("Dian Kusumawati", P, None, {}),
    ("Jakarta Post", O, None, {}),
    ("Temanggung", G, None, {}),
    ("Central Java", G, None, {}),
    ("Tue, October 6, 2020", D, "2020-10-06", {}),
    ("Mount Sindoro", L, None, {}),
    ("Mount Sumbing", L, None, {}),
    ("Temanggung", G, None, {}),
    ("Central Java", G, None, {}),
    ("this year", D, "2020", {}),
    ("Wagiyo", P, None, {}),
    ("Tlahab", G, None, {}),
    ("Kledung", G, None, {}),
    ("Japan", G, None, {}),
    ("South Korea", G, None, {}),
    ("April", D, "2020-04", {}),
    ("Usually the exporters come in June and take everything we have. This year nobody came,", Q, None, {"by": WAGIYO}),
    ("This year", D, "2020", {"q": True}),
    ("We picked the cherries anyway, because if you leave them on the tree the whole plantation gets sick.", Q, None, {"by": WAGIYO}),
    ("Suharti", P, None, {}),
    ("Kopi Sindoro Sejahtera", O, None, {}),
    ("July", D, "2020-07", {}),
    ("The price online is better than what the exporters pay, but the volume is much smaller. We still have almost 40 tonnes in our warehouse,", Q, None, {"by": SUHARTI}),
    ("Temanggung", G, None, {}),
    ("Semarang", G, None, {}),
    ("Surabaya", G, None, {}),
    ("Japanese", N, None, {}),
    ("European", N, None, {}),
    ("Temanggung", G, None, {}),
    ("2020", D, "2020", {}),
    ("Temanggung", G, None, {}),
    ("Agus Wibisono", P, None, {}),
    ("Saturday", D, "2020-10-03", {}),
    ("September", D, "2020-09", {}),
    ("Our farmers know coffee better than anyone, but many of them have never opened an online shop. We want to close that gap before next year's harvest,", Q, None, {"by": AGUS}),
    ("next year", D, "2021", {"q": True}),
    ("Agus", P, None, {}),
    ("Agriculture Ministry", O, None, {}),
    ("Retno Widyaningsih", P, None, {}),
    ("Jakarta", G, None, {}),
    ("last week", D, "2020-09-28/2020-10-04", {}),
    ("before the end of the year", Q, None, {"by": RETNO}),
    ("the end of the year", D, "2020", {"q": True}),
    ("Central Java", G, None, {}),
    ("Lampung", G, None, {}),
    ("North Sumatra", G, None, {}),
    ("Retno", P, None, {}),
    ("Trade Ministry", O, None, {}),
    ("Indonesia", G, None, {}),
    ("Sumatra", L, None, {}),
    ("Java", L, None, {}),
    ("Bambang Sutrisno", P, None, {}),
    ("Parakan", G, None, {}),
    ("Temanggung", G, None, {}),
    ("Indonesia", G, None, {}),
    ("Young people in Jakarta drink a lot of coffee, but they do not buy 40 tonnes,", Q, None, {"by": BAMBANG}),
    ("Jakarta", G, None, {"q": True}),
    ("Tlahab", G, None, {}),
    ("Progo River", L, None, {}),
    ("Indian Ocean", L, None, {}),
    ("Wagiyo", P, None, {}),
    ("Dimas", P, None, {}),
    ("Instagram", O, None, {}),
    ("September", D, "2020-09", {}),
    ("next month", D, "2020-11", {}),
]

# ------------------------------------------------------ Japan Times, dct 2023-04-19 (Wed)
MORIMOTO = ("Kenji Morimoto", "Morimoto")
SATO = ("Sato Yumiko", "Sato")
TAKAHASHI = ("Takahashi Ren", "Takahashi")
NAKAGAWA = ("Hiroshi Nakagawa", "Nakagawa")
KOBAYASHI = ("Ayumi Kobayashi", "Kobayashi")
DOCS["holdout21-japantimes-yokohama-hydrogen"] = [
    ("Yokohama", G, None, {}),
    ("Naka Ward", G, None, {}),
    ("Sakura Ishikawa", P, None, {}),
    ("YOKOHAMA", G, None, {}),
    ("Yokohama", G, None, {}),
    ("Tuesday", D, "2023-04-18", {}),
    ("Kanagawa Prefecture", G, None, {}),
    ("2030", D, "2030", {}),
    ("Minatomirai Mobility Co.", O, None, {}),
    ("Chinatown", L, None, {}),
    ("Naka Ward", G, None, {}),
    ("the end of September", D, "2023-09", {}),
    ("Ōoka River", L, None, {}),
    ("We want passengers to forget that they are riding a hydrogen bus. It should feel exactly like the bus they take every morning,", Q, None, {"by": MORIMOTO}),
    ("Kenji Morimoto", P, None, {}),
    ("Morimoto", P, None, {}),
    ("last autumn", D, "2022-FA", {}),
    ("Ministry of Land, Infrastructure, Transport and Tourism", O, None, {}),
    ("Naka Ward", G, None, {}),
    ("June", D, "2023-06", {}),
    ("Nishi Ward", G, None, {}),
    ("fiscal 2024", D, "2024-04/2025-03", {}),
    ("April next year", D, "2024-04", {}),
    ("Yokohama has hills, narrow streets and a lot of tourists. If the bus works here, it will work almost anywhere in Japan,", Q, None, {"by": SATO}),
    ("Yokohama", G, None, {"q": True}),
    ("Japan", G, None, {"q": True}),
    ("Sato Yumiko", P, None, {}),
    ("Sato", P, None, {}),
    ("Tokyo", G, None, {}),
    ("2017", D, "2017", {}),
    ("Minatomirai Mobility", O, None, {}),
    ("2016", D, "2016", {}),
    ("Tsurumi Ward", G, None, {}),
    ("German", N, None, {}),
    ("Takahashi Ren", P, None, {}),
    ("Stuttgart", G, None, {}),
    ("Mercedes-Benz", O, None, {}),
    ("The Germans taught us that reliability matters more than range,", Q, None, {"by": TAKAHASHI}),
    ("Germans", N, None, {"q": True}),
    ("Takahashi", P, None, {}),
    ("Hiroshi Nakagawa", P, None, {}),
    ("Yokohama National University", O, None, {}),
    ("Japan", G, None, {}),
    ("Unless the price of green hydrogen falls sharply in the next few years, these buses will depend on subsidies for a long time,", Q, None, {"by": NAKAGAWA}),
    ("the next few years", D, "FUTURE_REF", {"q": True}),
    ("Nakagawa", P, None, {}),
    ("Kanto", L, None, {}),
    ("Tuesday", D, "2023-04-18", {}),
    ("Ayumi Kobayashi", P, None, {}),
    ("Naka Ward", G, None, {}),
    ("From the window you could even see Mount Fuji this morning,", Q, None, {"by": KOBAYASHI}),
    ("Mount Fuji", L, None, {"q": True}),
    ("this morning", D, "2023-04-18", {"q": True}),
    ("Kanagawa Prefectural Government", O, None, {}),
    ("July", D, "2023-07", {}),
    ("Kawasaki", G, None, {}),
    ("Sagamihara", G, None, {}),
]

# ---------------------------------------------------- Mail & Guardian, dct 2016-09-30 (Fri)
NDLOVU = ("Sibusiso Ndlovu", "Ndlovu")
VDM = ("Johan van der Merwe", "Van der Merwe")
MKHIZE = ("Thandeka Mkhize", "Mkhize")
BOTHA = ("Annelie Botha", "Botha")
KHUMALO = ("Nomvula Khumalo", "Khumalo")
JOUBERT = ("Pieter Joubert", "Joubert")
DOCS["holdout21-mailguardian-tshwane-bus-strike"] = [
    ("Tshwane", G, None, {}),
    ("Samwu", O, None, {}),
    ("Thulani Mahlangu", P, None, {}),
    ("30 Sep 2016", D, "2016-09-30", {}),
    ("Mamelodi", G, None, {}),
    ("Soshanguve", G, None, {}),
    ("Atteridgeville", G, None, {}),
    ("this week", D, "2016-09-26/2016-10-02", {}),
    ("City of Tshwane Metropolitan Municipality", O, None, {}),
    ("DA", O, None, {}),
    ("South African Municipal Workers' Union", O, None, {}),
    ("Samwu", O, None, {}),
    ("Tuesday", D, "2016-09-27", {}),
    ("Pretoria", G, None, {}),
    ("August", D, "2016-08", {}),
    ("Samwu", O, None, {}),
    ("Tshwane", G, None, {}),
    ("Sibusiso Ndlovu", P, None, {}),
    ("Mail & Guardian", O, None, {}),
    ("a serious offer", Q, None, {"by": NDLOVU}),
    # quotation over two paragraphs: one span per paragraph (7a)
    ("We are not going back until the city puts real money on the table. Our members drove these buses through the elections and through the unrest in June, and they were promised that the new administration would respect workers.", Q, None, {"by": NDLOVU}),
    ("June", D, "2016-06", {"q": True}),
    ("Instead they get letters threatening them with dismissal. That is not how you build a relationship with labour,", Q, None, {"by": NDLOVU}),
    ("Ndlovu", P, None, {}),
    ("Johan van der Merwe", P, None, {}),
    ("South African Local Government Association", O, None, {}),
    ("Ratepayers in Tshwane are already carrying a deficit of more than R2-billion that we inherited. We will not balance the books on their backs,", Q, None, {"by": VDM}),
    ("Tshwane", G, None, {"q": True}),
    ("Van der Merwe", P, None, {}),
    ("Thursday", D, "2016-09-29", {}),
    ("according to the normal procedure", Q, None, {"by": VDM}),
    ("ANC", O, None, {}),
    ("August 3", D, "2016-08-03", {}),
    ("DA", O, None, {}),
    ("ANC", O, None, {}),
    ("Tshwane", G, None, {}),
    ("Thandeka Mkhize", P, None, {}),
    ("declared war on the workers who keep this city moving", Q, None, {"by": MKHIZE}),
    ("EFF", O, None, {}),
    ("DA", O, None, {}),
    ("Cosatu", O, None, {}),
    ("Samwu", O, None, {}),
    ("next week", D, "2016-10-03/2016-10-09", {}),
    ("Annelie Botha", P, None, {}),
    ("Centurion", G, None, {}),
    ("Mamelodi", G, None, {}),
    ("Tuesday", D, "2016-09-27", {}),
    ("I earn a nurse's salary. I can't pay double to get to work for another week,", Q, None, {"by": BOTHA}),
    ("Nomvula Khumalo", P, None, {}),
    ("The people who buy from me come by bus. No buses, no customers,", Q, None, {"by": KHUMALO}),
    ("Pieter Joubert", P, None, {}),
    ("University of Pretoria", O, None, {}),
    ("Gauteng", G, None, {}),
    ("Samwu has always had its strongest ties with the ANC. Any DA administration was going to be tested early,", Q, None, {"by": JOUBERT}),
    ("Samwu", O, None, {"q": True}),
    ("ANC", O, None, {"q": True}),
    ("DA", O, None, {"q": True}),
    ("Monday", D, "2016-10-03", {}),
    ("2016-17", D, "2016-07/2017-06", {}),
    ("February next year", D, "2017-02", {}),
]

# ---------------------------------------------------------------- Stuff, dct 2024-07-10 (Wed)
PALLISTER = ("Grant Pallister", "Pallister")
TAWHAI = ("Hone Tāwhai", "Tāwhai")
MARSDEN = ("Liz Marsden", "Marsden")
TEWHATA = ("Aroha Te Whata", "Te Whata")
DOCS["holdout21-stuff-sh4-slip"] = [
    ("Taumarunui", G, None, {}),
    ("Ōwhango", G, None, {}),
    ("Mereana Walker", P, None, {}),
    ("Jul 10 2024", D, "2024-07-10", {}),
    ("Taumarunui", G, None, {}),
    ("Ōwhango", G, None, {}),
    ("North Island", L, None, {}),
    ("Tuesday", D, "2024-07-09", {}),
    ("National Park", G, None, {}),
    ("NZ Transport Agency Waka Kotahi", O, None, {}),
    ("Whakapapa River", L, None, {}),
    ("Grant Pallister", P, None, {}),
    ("Wednesday", D, "2024-07-10", {}),
    ("We won’t be putting crews underneath it until we’re confident it has stopped. Realistically, people should plan on the road being shut until at least the weekend,", Q, None, {"by": PALLISTER}),
    ("the weekend", D, "2024-07-13/2024-07-14", {"q": True}),
    ("Pallister", P, None, {}),
    ("MetService", O, None, {}),
    ("Taumarunui", G, None, {}),
    ("Ruapehu", G, None, {}),
    ("Monday", D, "2024-07-08", {}),
    ("Ōwhango", G, None, {}),
    ("February last year", D, "2023-02", {}),
    ("Ruapehu District Council", O, None, {}),
    ("Hone Tāwhai", P, None, {}),
    ("Whanganui River", L, None, {}),
    ("Raetihi", G, None, {}),
    ("Taumarunui", G, None, {}),
    ("The council’s message is simple. If you don’t need to travel, don’t,", Q, None, {"by": TAWHAI}),
    ("Ōwhango", G, None, {}),
    ("Liz Marsden", P, None, {}),
    ("Facebook", O, None, {}),
    ("Wednesday", D, "2024-07-10", {}),
    ("Road’s shut both ways again \U0001F629 If you’re stuck at our end, the kettle’s on and the soup is free till Friday \U0001F64F", Q, None, {"by": MARSDEN}),
    ("Friday", D, "2024-07-12", {"q": True}),
    ("Marsden", P, None, {}),
    ("Stuff", O, None, {}),
    ("It’s what you do out here. Nobody’s going anywhere,", Q, None, {"by": MARSDEN}),
    ("Ngāti Hāua", N, None, {}),
    ("Aroha Te Whata", P, None, {}),
    ("Ōwhango", G, None, {}),
    ("Ngāti Tūwharetoa", N, None, {}),
    ("Ngāti Maniapoto", N, None, {}),
    ("Our people have lived with this awa and these maunga for generations. We know how to look after each other, but the roads have to be fixed properly this time,", Q, None, {"by": TEWHATA}),
    ("Te Whata", P, None, {}),
    ("Taumarunui", G, None, {}),
    ("National Park", G, None, {}),
    ("last winter", D, "2023-WI", {}),
    ("Pallister", P, None, {}),
    ("the end of September", D, "2024-09", {}),
    ("Mount Ruapehu", L, None, {}),
    ("Tongariro National Park", L, None, {}),
    ("Thursday", D, "2024-07-11", {}),
    ("MetService", O, None, {}),
    ("Manawatū-Whanganui", G, None, {}),
    ("Waikato", G, None, {}),
    ("next week", D, "2024-07-15/2024-07-21", {}),
    ("Auckland", G, None, {}),
    ("Wellington", G, None, {}),
    ("Taupō", G, None, {}),
]

# ------------------------------------------------------------ Telegraph, dct 2022-02-15 (Tue)
ASHWORTH = ("Rachel Ashworth-Lane", "Ashworth-Lane")
OKAFOR = ("Daniel Okafor", "Okafor")
BRATHWAITE = ("Keith Brathwaite", "Brathwaite")
HODGSON = ("Margaret Hodgson", "Hodgson")
PRITCHARD = ("Owen Pritchard", "Pritchard")
DOCS["holdout21-telegraph-rural-buses"] = [
    ("Harriet Lowther", P, None, {}),
    ("Cumbria", G, None, {}),
    ("North Yorkshire", G, None, {}),
    ("the spring", D, "2022-SP", {}),
    ("March 2020", D, "2020-03", {}),
    ("5 April", D, "2022-04-05", {}),
    ("Fellside Coaches", O, None, {}),
    ("Kendal", G, None, {}),
    ("Penrith", G, None, {}),
    ("Lake District", L, None, {}),
    ("yesterday", D, "2022-02-14", {}),
    ("Rachel Ashworth-Lane", P, None, {}),
    ("Government", O, None, {}),
    ("We have put more than £2 billion into keeping buses on the road since the start of the pandemic, and we will not abandon the villages that depend on them,", Q, None, {"by": ASHWORTH}),
    ("very few passengers long before Covid", Q, None, {"by": ASHWORTH}),
    ("the end of March", D, "2022-03", {}),
    ("Penrith", G, None, {}),
    ("yesterday", D, "2022-02-14", {}),
    ("Daniel Okafor", P, None, {}),
    ("Labour", O, None, {}),
    ("Conservatives", N, None, {}),
    ("quietly abandoning rural England", Q, None, {"by": OKAFOR}),
    ("England", G, None, {"q": True}),
    ("Okafor", P, None, {}),
    # quotation over two paragraphs: one span per paragraph (7a)
    ("Families in places like Alston and Kirkby Stephen were promised that levelling up would reach them. Instead they are being told that the only bus to the nearest hospital will stop running in the spring.", Q, None, {"by": OKAFOR}),
    ("Alston", G, None, {"q": True}),
    ("Kirkby Stephen", G, None, {"q": True}),
    ("the spring", D, "2022-SP", {"q": True}),
    ("Ministers have had two years to come up with a plan for rural transport. They have produced nothing but press releases.", Q, None, {"by": OKAFOR}),
    ("Tory", N, None, {}),
    ("North of England", L, None, {}),
    ("Department for Transport", O, None, {}),
    ("last week", D, "2022-02-07/2022-02-13", {}),
    ("Cumbria County Council", O, None, {}),
    ("2019", D, "2019", {}),
    ("Keith Brathwaite", P, None, {}),
    ("We are being asked to choose between buses and potholes,", Q, None, {"by": BRATHWAITE}),
    ("That is not a choice any council should have to make.", Q, None, {"by": BRATHWAITE}),
    ("Alston", G, None, {}),
    ("North Pennines", L, None, {}),
    ("South Tyne", L, None, {}),
    ("Carlisle", G, None, {}),
    ("Penrith", G, None, {}),
    ("Margaret Hodgson", P, None, {}),
    ("the early 1960s", D, "1960/1969", {}),
    ("The bus is my lifeline. Without it I can’t get to Carlisle for my eye appointments, and my daughter lives in Scotland,", Q, None, {"by": HODGSON}),
    ("Carlisle", G, None, {"q": True}),
    ("Scotland", G, None, {"q": True}),
    ("Campaign for Better Transport", O, None, {}),
    ("England", G, None, {}),
    ("Owen Pritchard", P, None, {}),
    ("If these routes go in April, they will not come back.", Q, None, {"by": PRITCHARD}),
    ("April", D, "2022-04", {"q": True}),
    ("Department for Transport", O, None, {}),
    ("the next financial year", D, "2022-04/2023-03", {}),
    ("shortly", Q, None, {}),  # unnamed spokesman: no said_by
]

# ------------------------------------------------ The Hindu (CRLF), dct 2018-08-23 (Thu)
SUNDARAM = ("S. Meenakshi Sundaram", "Meenakshi Sundaram", "Sundaram")
ARUMUGAM = ("P. Arumugam", "Arumugam")
KAVITHA = ("V. Kavitha", "Kavitha")
DOCS["holdout21-thehindu-chennai-drains"] = [
    ("Corporation", O, None, {}),
    ("CHENNAI", G, None, {}),
    ("Greater Chennai Corporation", O, None, {}),
    ("October", D, "2018-10", {}),
    ("Wednesday", D, "2018-08-22", {}),
    ("the first week of August", D, "2018-08", {}),
    ("Water Resources Department", O, None, {}),
    ("WRD", O, None, {}),
    ("Public Works Department", O, None, {}),
    ("Adyar", L, None, {}),
    ("Cooum", L, None, {}),
    ("Buckingham Canal", L, None, {}),
    ("We have identified 1,894 km of storm water drains for desilting. Nearly 40% of the work has been completed, and the rest will be finished by September-end,", Q, None, {"by": SUNDARAM}),
    ("September-end", D, "2018-09", {"q": True}),
    ("S. Meenakshi Sundaram", P, None, {}),
    ("Greater Chennai Corporation", O, None, {}),
    ("Corporation", O, None, {}),
    ("Adyar", G, None, {}),
    ("Perungudi", G, None, {}),
    ("Sholinganallur", G, None, {}),
    ("December 2015", D, "2015-12", {}),
    ("Velachery", G, None, {}),
    ("Madipakkam", G, None, {}),
    ("WRD", O, None, {}),
    ("Adyar", L, None, {}),
    ("Kotturpuram", G, None, {}),
    ("Saidapet", G, None, {}),
    ("Buckingham Canal", L, None, {}),
    ("Mylapore", G, None, {}),
    ("P. Arumugam", P, None, {}),
    ("WRD", O, None, {}),
    ("Chennai", G, None, {}),
    ("Kerala", G, None, {}),
    ("this month", D, "2018-08", {}),
    ("What happened in Kerala is a warning to every city. We cannot wait for the first heavy spell to check whether the sluices at the mouth of the Adyar are working,", Q, None, {"by": ARUMUGAM}),
    ("Kerala", G, None, {"q": True}),
    ("Adyar", L, None, {"q": True}),
    ("Arumugam", P, None, {}),
    ("Pallikaranai", L, None, {}),
    ("Bay of Bengal", L, None, {}),
    ("Okkiyam Maduvu", L, None, {}),
    ("October 15", D, "2018-10-15", {}),
    ("Every year they say the work will be completed by September-end, and every year the water enters our houses in November,", Q, None, {"by": KAVITHA}),
    ("V. Kavitha", P, None, {}),
    ("Ram Nagar Residents' Welfare Association", O, None, {}),
    ("Velachery", G, None, {}),
    ("Corporation", O, None, {}),
    ("January", D, "2018-01", {}),
    ("They remove the silt from the drain and leave it on the road. When it rains, it goes straight back in,", Q, None, {"by": KAVITHA}),
    ("Kavitha", P, None, {}),
    ("R. Lakshmi Narayanan", P, None, {}),
    ("Adyar", L, None, {}),
    ("Chembarambakkam", L, None, {}),
    ("2015", D, "2015", {}),
    ("Malayali", N, None, {}),
    ("Anna Nagar", G, None, {}),
    ("T. Nagar", G, None, {}),
    ("Kerala", G, None, {}),
    ("last week", D, "2018-08-13/2018-08-19", {}),
    ("Corporation", O, None, {}),
    ("Tuesday", D, "2018-08-21", {}),
    ("Ernakulam", G, None, {}),
    ("Thrissur", G, None, {}),
    ("India Meteorological Department", O, None, {}),
    ("Tamil Nadu", G, None, {}),
    ("this year", D, "2018", {}),
    ("Corporation", O, None, {}),
    ("October 1", D, "2018-10-01", {}),
]

# ------------------------------------------------------------ Wikinews, dct 2017-03-09 (Thu)
STANOJEVIC = ("Milena Stanojević", "Stanojević")
ILIC = ("Zoran Ilić", "Ilić")
RADULOVIC = ("Jovan Radulović", "Radulović")
MARKOVIC = ("Ivana Marković", "Marković")
DOCS["holdout21-wikinews-danube-floods"] = [
    ("Danube", L, None, {}),
    ("Serbia", G, None, {}),
    ("Thursday, March 9, 2017", D, "2017-03-09", {}),
    ("Danube", L, None, {}),
    ("Serbia", G, None, {}),
    ("Tuesday and Wednesday", D, "2017-03-07/2017-03-08", {}),
    ("Carpathian Mountains", L, None, {}),
    ("Golubac", G, None, {}),
    ("Serbia", G, None, {}),
    ("Sector for Emergency Management", O, None, {}),
    ("Braničevo District", G, None, {}),
    ("Požarevac", G, None, {}),
    ("Veliko Gradište", G, None, {}),
    ("Romanian", N, None, {}),
    ("Caraș-Severin", G, None, {}),
    ("Mehedinți", G, None, {}),
    ("Milena Stanojević", P, None, {}),
    ("Požarevac", G, None, {}),
    ("Wednesday", D, "2017-03-08", {}),
    ("Golubac", G, None, {}),
    ("April 2006", D, "2006-04", {}),
    ("We have not seen the river behave like this for more than a decade,", Q, None, {"by": STANOJEVIC}),
    ("Stanojević", P, None, {}),
    ("The ground is saturated, and every centimetre of rain now goes straight into the Danube.", Q, None, {"by": STANOJEVIC}),
    ("Danube", L, None, {"q": True}),
    ("Pek", L, None, {}),
    ("Danube", L, None, {}),
    ("Veliko Gradište", G, None, {}),
    ("Tuesday", D, "2017-03-07", {}),
    ("Zoran Ilić", P, None, {}),
    ("Ram", G, None, {}),
    ("By six o'clock the water was in the yard. By eight it was in the kitchen,", Q, None, {"by": ILIC}),
    ("Serbian", N, None, {}),
    ("Belgrade", G, None, {}),
    ("Wednesday", D, "2017-03-08", {}),
    ("Jovan Radulović", P, None, {}),
    ("Ministry of Interior", O, None, {}),
    ("serious but under control", Q, None, {"by": RADULOVIC}),
    ("Smederevo", G, None, {}),
    ("Republic Hydrometeorological Service of Serbia", O, None, {}),
    ("Danube", L, None, {}),
    ("Friday or Saturday", D, "2017-03-10/2017-03-11", {}),
    ("Ivana Marković", P, None, {}),
    ("University of Belgrade", O, None, {}),
    ("February", D, "2017-02", {}),
    ("the first week of March", D, "2017-03", {}),
    ("Late-winter floods are not rare on the Danube, but this year the snowmelt and the rain arrived almost at the same moment,", Q, None, {"by": MARKOVIC}),
    ("Danube", L, None, {"q": True}),
    ("this year", D, "2017", {"q": True}),
    ("Marković", P, None, {}),
    ("Wikinews", O, None, {}),
    ("If the Iron Gates reservoir had not been lowered last week, the situation in Golubac would be considerably worse.", Q, None, {"by": MARKOVIC}),
    ("Iron Gates", L, None, {"q": True}),
    ("last week", D, "2017-02-27/2017-03-05", {"q": True}),
    ("Golubac", G, None, {"q": True}),
    ("Hungarian", N, None, {}),
    ("Croatian", N, None, {}),
    ("International Commission for the Protection of the Danube River", O, None, {}),
    ("Golubac", G, None, {}),
    ("the spring of 2006", D, "2006-SP", {}),
    ("Danube", L, None, {}),
    ("Balkans", L, None, {}),
    ("Stanojević", P, None, {}),
    ("at least until next week,", Q, None, {"by": STANOJEVIC}),
    ("next week", D, "2017-03-13/2017-03-19", {"q": True}),
    ("Ram", G, None, {}),
    ("Golubac", G, None, {}),
    # Sources: article titles in quotation marks are not QUOTEs (7a); names inside are annotated
    ("Ana Petrović", P, None, {}),
    ("Danube", L, None, {}),
    ("Golubac", G, None, {}),
    ("Balkan Morning Wire", O, None, {}),
    ("March 8, 2017", D, "2017-03-08", {}),
    ("Marko Jović", P, None, {}),
    ("Braničevo", G, None, {}),
    ("Danube Regional Herald", O, None, {}),
    ("March 8, 2017", D, "2017-03-08", {}),
    ("Elena Dumitrescu", P, None, {}),
    ("Romania", G, None, {}),
    ("Banat", L, None, {}),
    ("Bucharest Evening Courier", O, None, {}),
    ("March 7, 2017", D, "2017-03-07", {}),
]

LABELS = {P, O, G, L, N, D, Q}
WORDCH = str.isalnum


def build_doc(doc_id, entries, text):
    spans, relations, quotes = [], [], []
    cursor = 0
    for n, (surface, label, value, opts) in enumerate(entries, 1):
        assert label in LABELS, (doc_id, surface, label)
        assert (value is not None) == (label == D), (doc_id, surface, "value only on DATE")
        ctx = opts.get("ctx", "")
        i = text.find(ctx + surface, cursor)
        if i < 0:
            raise SystemExit(f"{doc_id}: not found after {cursor}: {ctx + surface!r}")
        start = i + len(ctx)
        end = start + len(surface)
        assert text[start:end] == surface
        if label != Q:  # whole-word match for entities and dates
            assert start == 0 or not WORDCH(text[start - 1]), (doc_id, surface, start)
            assert end == len(text) or not WORDCH(text[end]), (doc_id, surface, end)
        sp = {"id": f"{doc_id.split('-', 1)[1]}-{n:03d}", "start": start, "end": end,
              "label": label, "text": surface}
        if label == D:
            sp["value"] = value
        spans.append(sp)
        if label == Q:
            quotes.append((sp, opts.get("by")))
            cursor = start  # entities inside the quote follow
        else:
            inside = [q for q, _ in quotes if q["start"] <= start and end <= q["end"]]
            assert bool(inside) == bool(opts.get("q")), (doc_id, surface, start, "quote nesting flag")
            cursor = end
    # flat spans: no overlap except entity/DATE inside a QUOTE
    ss = sorted(spans, key=lambda s: (s["start"], -s["end"]))
    for a_i, a in enumerate(ss):
        for b in ss[a_i + 1:]:
            if b["start"] >= a["end"]:
                break
            ok = a["label"] == Q and b["label"] != Q and b["end"] <= a["end"]
            assert ok, (doc_id, "overlap", a, b)
    ids = [s["id"] for s in spans]
    assert len(ids) == len(set(ids)), doc_id
    # said_by: nearest PERSON mention naming the speaker
    persons = [s for s in spans if s["label"] == P]
    for q, names in quotes:
        if not names:
            continue
        cands = [p for p in persons if p["text"] in names]
        assert cands, (doc_id, q["text"], names)
        dist = lambda p: max(0, p["start"] - q["end"], q["start"] - p["end"])
        best = min(cands, key=dist)
        ties = [p for p in cands if dist(p) == dist(best)]
        assert len(ties) == 1, (doc_id, q["text"], "tie")
        relations.append({"from": q["id"], "to": best["id"], "type": "said_by"})
    byid = {s["id"]: s for s in spans}
    for r in relations:
        assert byid[r["from"]]["label"] == Q and byid[r["to"]]["label"] == P
    assert len({r["from"] for r in relations}) == len(relations)
    spans.sort(key=lambda s: (s["start"], s["end"]))
    return {"doc_id": doc_id, "spans": spans, "relations": relations}


def main():
    manifest = [json.loads(l) for l in open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8")]
    assert {m["doc_id"] for m in manifest} == set(DOCS), "doc set mismatch"
    out = []
    for m in sorted(manifest, key=lambda m: m["doc_id"]):
        with open(os.path.join(CORPUS, m["file"]), encoding="utf-8", newline="") as f:
            text = f.read()
        out.append(build_doc(m["doc_id"], DOCS[m["doc_id"]], text))
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    tot = {}
    for d in out:
        c = {}
        for s in d["spans"]:
            c[s["label"]] = c.get(s["label"], 0) + 1
            tot[s["label"]] = tot.get(s["label"], 0) + 1
        print(d["doc_id"], dict(sorted(c.items())), "said_by", len(d["relations"]))
    print("TOTAL", dict(sorted(tot.items())), "said_by", sum(len(d["relations"]) for d in out))


if __name__ == "__main__":
    main()
