#!/usr/bin/env python3
"""Hand-chosen annotations for the eight holdout21 articles (standard library only).

Each article lists its mentions in reading order as entries
    (surface, label, value_or_None, opts)
opts (optional dict):
    ctx  - text that immediately precedes the surface (disambiguates the match)
    q    - True when the span lies inside the preceding QUOTE
    who  - speaker key of a PERSON mention (default: ALIASES[surface] or surface)
    by   - speaker key of a QUOTE (None / absent = speaker never named -> no said_by)
Spans are found with a cursor moving forward.  said_by goes to the PERSON mention of the
speaker nearest to the quote (character distance, before or after; guidelines section 7).
Writes annotation.jsonl next to this script.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")
LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "QUOTE"}

Q = {"q": True}


def E(surface, label, value=None, **opts):
    return (surface, label, value, opts)


DOCS = {}
ALIASES = {}

# ---------------------------------------------------------------- AFP, dct 2019-06-12 (Wed)
ALIASES["holdout21-afp-beaujolais-hail"] = {
    "Jean-Baptiste Morel": "Morel", "Morel": "Morel",
    "Sylvie Lacombe": "Lacombe",
    "Thomas Girard": "Girard", "Girard": "Girard",
}
DOCS["holdout21-afp-beaujolais-hail"] = [
    E("Beaujolais", "LOC"),
    E("LYON", "GPE"),
    E("AFP", "ORG"),
    E("France", "GPE"),
    E("Beaujolais", "LOC"),
    E("Wednesday", "DATE", "2019-06-12"),
    E("Lyon", "GPE"),
    E("Saturday", "DATE", "2019-06-08"),
    E("the size of walnuts", "QUOTE"),  # attributed to an organisation only: no said_by
    E("Odenas", "GPE"),
    E("Saint-Lager", "GPE"),
    E("Cercié", "GPE"),
    E("Rhône Chamber of Agriculture", "ORG"),
    E("In thirty-two years I have never seen anything like it. The vines look as if someone went through them with a scythe,", "QUOTE", by="Morel"),
    E("Jean-Baptiste Morel", "PERSON"),
    E("Cave des Coteaux de Brouilly", "ORG"),
    E("Mont Brouilly", "LOC"),
    E("Rhône", "GPE", ctx="The "),
    E("Tuesday", "DATE", "2019-06-11"),
    E("Beaujolais", "LOC"),
    E("Assessors from the insurers will be on the ground by the end of next week,", "QUOTE"),  # unnamed spokeswoman
    E("the end of next week", "DATE", "2019-06-17/2019-06-23", q=True),
    E("Lyon", "GPE"),
    E("Sylvie Lacombe", "PERSON"),
    E("Ardières", "LOC"),
    E("Villefranche-sur-Saône", "GPE"),
    E("AFP", "ORG"),
    E("Brouilly", "LOC"),
    E("Last year we had a beautiful vintage, and we thought the bad years were behind us,", "QUOTE", by="Lacombe"),
    E("Last year", "DATE", "2018", q=True),
    E("Now I have to explain to the bank that there will be almost nothing to sell in 2020.", "QUOTE", by="Lacombe"),
    E("2020", "DATE", "2020", q=True),
    E("FNSEA", "ORG"),
    E("Auvergne-Rhône-Alpes", "GPE"),
    E("Monday", "DATE", "2019-06-10"),
    E("Thomas Girard", "PERSON"),
    E("Météo-France", "ORG"),
    E("Saône", "LOC", ctx="the "),
    E("recent years", "DATE", "PAST_REF"),
    E("Mediterranean", "LOC"),
    E("Atlantic", "LOC"),
    E("We cannot yet say that each individual storm is linked to climate change, but the trend in the Rhône valley is clear,", "QUOTE", by="Girard"),
    E("Rhône", "LOC", q=True),
    E("Girard", "PERSON"),
    E("Beaujolais", "LOC", ctx="The "),
    E("Britain", "GPE"),
    E("Japan", "GPE"),
    E("July 2016", "DATE", "2016-07"),
    E("April 2017", "DATE", "2017-04"),
    E("Morel", "PERSON"),
    E("For a family that has just started, one summer like this can mean the end,", "QUOTE", by="Morel"),
    E("National Assembly", "ORG"),
    E("Paris", "GPE"),
    E("next month", "DATE", "2019-07"),
    E("Japanese", "NORP"),
    E("British", "NORP"),
    E("AFP", "ORG"),
    E("2019", "DATE", "2019"),
]

# ------------------------------------------------------- Jakarta Post, dct 2020-10-06 (Tue)
ALIASES["holdout21-jakartapost-temanggung-coffee"] = {
    "Agus Wibisono": "Agus", "Agus": "Agus",
    "Retno Widyaningsih": "Retno", "Retno": "Retno",
    "Bambang Sutrisno": "Bambang",
}
DOCS["holdout21-jakartapost-temanggung-coffee"] = [
    E("Temanggung", "GPE"),
    E("Dian Kusumawati", "PERSON"),
    E("Jakarta Post", "ORG"),
    E("Temanggung", "GPE"),
    E("Central Java", "GPE"),
    E("Tue, October 6, 2020", "DATE", "2020-10-06"),
    E("Mount Sindoro", "LOC"),
    E("Mount Sumbing", "LOC"),
    E("Temanggung", "GPE"),
    E("Central Java", "GPE"),
    E("this year", "DATE", "2020"),
    E("Wagiyo", "PERSON"),
    E("Tlahab", "GPE"),
    E("Kledung", "GPE"),
    E("Japan", "GPE"),
    E("South Korea", "GPE"),
    E("April", "DATE", "2020-04"),
    E("Usually the exporters come in June and take everything we have. This year nobody came,", "QUOTE", by="Wagiyo"),
    E("This year", "DATE", "2020", q=True),
    E("We picked the cherries anyway, because if you leave them on the tree the whole plantation gets sick.", "QUOTE", by="Wagiyo"),
    E("Suharti", "PERSON"),
    E("Kopi Sindoro Sejahtera", "ORG"),
    E("July", "DATE", "2020-07"),
    E("The price online is better than what the exporters pay, but the volume is much smaller. We still have almost 40 tonnes in our warehouse,", "QUOTE", by="Suharti"),
    E("Temanggung", "GPE"),
    E("Semarang", "GPE"),
    E("Surabaya", "GPE"),
    E("Japanese", "NORP"),
    E("European", "NORP"),
    E("Temanggung", "GPE"),
    E("2020", "DATE", "2020", ctx="revised "),
    E("Temanggung", "GPE"),
    E("Agus Wibisono", "PERSON"),
    E("Saturday", "DATE", "2020-10-03"),
    E("September", "DATE", "2020-09"),
    E("Our farmers know coffee better than anyone, but many of them have never opened an online shop. We want to close that gap before next year's harvest,", "QUOTE", by="Agus"),
    E("next year", "DATE", "2021", q=True),
    E("Agus", "PERSON"),
    E("Agriculture Ministry", "ORG"),
    E("Retno Widyaningsih", "PERSON"),
    E("Jakarta", "GPE"),
    E("last week", "DATE", "2020-09-28/2020-10-04"),
    E("before the end of the year", "QUOTE", by="Retno"),
    E("the end of the year", "DATE", "2020", q=True),
    E("Central Java", "GPE"),
    E("Lampung", "GPE"),
    E("North Sumatra", "GPE"),
    E("Retno", "PERSON"),
    E("Trade Ministry", "ORG"),
    E("Indonesia", "GPE"),
    E("Sumatra", "LOC"),
    E("Java", "LOC"),
    E("Bambang Sutrisno", "PERSON"),
    E("Parakan", "GPE"),
    E("Temanggung", "GPE"),
    E("Indonesia", "GPE"),
    E("Young people in Jakarta drink a lot of coffee, but they do not buy 40 tonnes,", "QUOTE", by="Bambang"),
    E("Jakarta", "GPE", q=True),
    E("Tlahab", "GPE"),
    E("Progo River", "LOC"),
    E("Indian Ocean", "LOC"),
    E("Wagiyo", "PERSON"),
    E("Dimas", "PERSON"),
    E("Instagram", "ORG"),
    E("September", "DATE", "2020-09"),
    E("next month", "DATE", "2020-11"),
]

# -------------------------------------------------------- Japan Times, dct 2023-04-19 (Wed)
ALIASES["holdout21-japantimes-yokohama-hydrogen"] = {
    "Kenji Morimoto": "Morimoto", "Morimoto": "Morimoto",
    "Sato Yumiko": "Sato", "Sato": "Sato",
    "Takahashi Ren": "Takahashi", "Takahashi": "Takahashi",
    "Hiroshi Nakagawa": "Nakagawa", "Nakagawa": "Nakagawa",
    "Ayumi Kobayashi": "Kobayashi",
}
DOCS["holdout21-japantimes-yokohama-hydrogen"] = [
    E("Yokohama", "GPE"),
    E("Naka Ward", "GPE"),
    E("Sakura Ishikawa", "PERSON"),
    E("YOKOHAMA", "GPE"),
    E("Yokohama", "GPE"),
    E("Tuesday", "DATE", "2023-04-18"),
    E("Kanagawa Prefecture", "GPE"),
    E("2030", "DATE", "2030"),
    E("Minatomirai Mobility Co.", "ORG"),
    E("Chinatown", "LOC"),
    E("Naka Ward", "GPE"),
    E("the end of September", "DATE", "2023-09"),
    E("Ōoka River", "LOC"),
    E("We want passengers to forget that they are riding a hydrogen bus. It should feel exactly like the bus they take every morning,", "QUOTE", by="Morimoto"),
    E("Kenji Morimoto", "PERSON"),
    E("Morimoto", "PERSON"),
    E("last autumn", "DATE", "2022-FA"),
    E("Ministry of Land, Infrastructure, Transport and Tourism", "ORG"),
    E("Naka Ward", "GPE"),
    E("June", "DATE", "2023-06"),
    E("Nishi Ward", "GPE"),
    E("fiscal 2024", "DATE", "2024-04/2025-03"),
    E("April next year", "DATE", "2024-04"),
    E("Yokohama has hills, narrow streets and a lot of tourists. If the bus works here, it will work almost anywhere in Japan,", "QUOTE", by="Sato"),
    E("Yokohama", "GPE", q=True),
    E("Japan", "GPE", q=True),
    E("Sato Yumiko", "PERSON"),
    E("Sato", "PERSON", ctx=". "),
    E("Tokyo", "GPE"),
    E("2017", "DATE", "2017"),
    E("Minatomirai Mobility", "ORG"),
    E("2016", "DATE", "2016"),
    E("Tsurumi Ward", "GPE"),
    E("German", "NORP"),
    E("Takahashi Ren", "PERSON"),
    E("Stuttgart", "GPE"),
    E("Mercedes-Benz", "ORG"),
    E("The Germans taught us that reliability matters more than range,", "QUOTE", by="Takahashi"),
    E("Germans", "NORP", q=True),
    E("Takahashi", "PERSON"),
    E("Hiroshi Nakagawa", "PERSON"),
    E("Yokohama National University", "ORG"),
    E("Japan", "GPE"),
    E("Unless the price of green hydrogen falls sharply in the next few years, these buses will depend on subsidies for a long time,", "QUOTE", by="Nakagawa"),
    E("the next few years", "DATE", "FUTURE_REF", q=True),
    E("Nakagawa", "PERSON"),
    E("Kanto", "LOC"),
    E("Tuesday", "DATE", "2023-04-18"),
    E("Ayumi Kobayashi", "PERSON"),
    E("Naka Ward", "GPE"),
    E("From the window you could even see Mount Fuji this morning,", "QUOTE", by="Kobayashi"),
    E("Mount Fuji", "LOC", q=True),
    E("this morning", "DATE", "2023-04-18", q=True),
    E("Kanagawa Prefectural Government", "ORG"),
    E("July", "DATE", "2023-07"),
    E("Kawasaki", "GPE"),
    E("Sagamihara", "GPE"),
]

# ------------------------------------------------------ Mail & Guardian, dct 2016-09-30 (Fri)
ALIASES["holdout21-mailguardian-tshwane-bus-strike"] = {
    "Sibusiso Ndlovu": "Ndlovu", "Ndlovu": "Ndlovu",
    "Johan van der Merwe": "VdM", "Van der Merwe": "VdM",
    "Thandeka Mkhize": "Mkhize", "Annelie Botha": "Botha",
    "Nomvula Khumalo": "Khumalo", "Pieter Joubert": "Joubert",
}
DOCS["holdout21-mailguardian-tshwane-bus-strike"] = [
    E("Tshwane", "GPE"),
    E("Samwu", "ORG"),
    E("Thulani Mahlangu", "PERSON"),
    E("30 Sep 2016", "DATE", "2016-09-30"),
    E("Mamelodi", "GPE"),
    E("Soshanguve", "GPE"),
    E("Atteridgeville", "GPE"),
    E("this week", "DATE", "2016-09-26/2016-10-02"),
    E("City of Tshwane Metropolitan Municipality", "ORG"),
    E("DA", "ORG"),
    E("South African Municipal Workers' Union", "ORG"),
    E("Samwu", "ORG"),
    E("Tuesday", "DATE", "2016-09-27"),
    E("Pretoria", "GPE"),
    E("August", "DATE", "2016-08"),
    E("Samwu", "ORG"),
    E("Tshwane", "GPE"),
    E("Sibusiso Ndlovu", "PERSON"),
    E("Mail & Guardian", "ORG"),
    E("a serious offer", "QUOTE", by="Ndlovu"),
    # one quotation over two paragraphs: one span per paragraph (7a)
    E("We are not going back until the city puts real money on the table. Our members drove these buses through the elections and through the unrest in June, and they were promised that the new administration would respect workers.", "QUOTE", by="Ndlovu"),
    E("June", "DATE", "2016-06", q=True),
    E("Instead they get letters threatening them with dismissal. That is not how you build a relationship with labour,", "QUOTE", by="Ndlovu"),
    E("Ndlovu", "PERSON"),
    E("Johan van der Merwe", "PERSON"),
    E("South African Local Government Association", "ORG"),
    E("Ratepayers in Tshwane are already carrying a deficit of more than R2-billion that we inherited. We will not balance the books on their backs,", "QUOTE", by="VdM"),
    E("Tshwane", "GPE", q=True),
    E("Van der Merwe", "PERSON"),
    E("Thursday", "DATE", "2016-09-29"),
    E("according to the normal procedure", "QUOTE", by="VdM"),
    E("ANC", "ORG"),
    E("August 3", "DATE", "2016-08-03"),
    E("DA", "ORG"),
    E("ANC", "ORG"),
    E("Tshwane", "GPE"),
    E("Thandeka Mkhize", "PERSON"),
    E("declared war on the workers who keep this city moving", "QUOTE", by="Mkhize"),
    E("EFF", "ORG"),
    E("DA", "ORG"),
    E("Cosatu", "ORG"),
    E("Samwu", "ORG"),
    E("next week", "DATE", "2016-10-03/2016-10-09"),
    E("Annelie Botha", "PERSON"),
    E("Centurion", "GPE"),
    E("Mamelodi", "GPE"),
    E("Tuesday", "DATE", "2016-09-27"),
    E("I earn a nurse's salary. I can't pay double to get to work for another week,", "QUOTE", by="Botha"),
    E("Nomvula Khumalo", "PERSON"),
    E("The people who buy from me come by bus. No buses, no customers,", "QUOTE", by="Khumalo"),
    E("Pieter Joubert", "PERSON"),
    E("University of Pretoria", "ORG"),
    E("Gauteng", "GPE"),
    E("Samwu has always had its strongest ties with the ANC. Any DA administration was going to be tested early,", "QUOTE", by="Joubert"),
    E("Samwu", "ORG", q=True),
    E("ANC", "ORG", q=True),
    E("DA", "ORG", q=True),
    E("Monday", "DATE", "2016-10-03"),
    E("2016-17", "DATE", "2016-07/2017-06"),
    E("February next year", "DATE", "2017-02"),
]

# ---------------------------------------------------------------- Stuff, dct 2024-07-10 (Wed)
ALIASES["holdout21-stuff-sh4-slip"] = {
    "Grant Pallister": "Pallister", "Pallister": "Pallister",
    "Hone Tāwhai": "Tawhai",
    "Liz Marsden": "Marsden", "Marsden": "Marsden",
    "Aroha Te Whata": "TeWhata", "Te Whata": "TeWhata",
}
DOCS["holdout21-stuff-sh4-slip"] = [
    E("Taumarunui", "GPE"),
    E("Ōwhango", "GPE"),
    E("Mereana Walker", "PERSON"),
    E("Jul 10 2024", "DATE", "2024-07-10"),
    E("Taumarunui", "GPE"),
    E("Ōwhango", "GPE"),
    E("North Island", "LOC"),
    E("Tuesday", "DATE", "2024-07-09"),
    E("National Park", "GPE"),
    E("NZ Transport Agency Waka Kotahi", "ORG"),
    E("Whakapapa River", "LOC"),
    E("Grant Pallister", "PERSON"),
    E("Wednesday", "DATE", "2024-07-10"),
    E("We won’t be putting crews underneath it until we’re confident it has stopped. Realistically, people should plan on the road being shut until at least the weekend,", "QUOTE", by="Pallister"),
    E("the weekend", "DATE", "2024-07-13/2024-07-14", q=True),
    E("Pallister", "PERSON"),
    E("MetService", "ORG"),
    E("Taumarunui", "GPE"),
    E("Ruapehu", "GPE"),
    E("Monday", "DATE", "2024-07-08"),
    E("Ōwhango", "GPE"),
    E("February last year", "DATE", "2023-02"),
    E("Ruapehu District Council", "ORG"),
    E("Hone Tāwhai", "PERSON"),
    E("Whanganui River", "LOC"),
    E("Raetihi", "GPE"),
    E("Taumarunui", "GPE"),
    E("The council’s message is simple. If you don’t need to travel, don’t,", "QUOTE", by="Tawhai"),
    E("Ōwhango", "GPE"),
    E("Liz Marsden", "PERSON"),
    E("Facebook", "ORG"),
    E("Wednesday", "DATE", "2024-07-10"),
    E("Road’s shut both ways again 😩 If you’re stuck at our end, the kettle’s on and the soup is free till Friday 🙏", "QUOTE", by="Marsden"),
    E("Friday", "DATE", "2024-07-12", q=True),
    E("Marsden", "PERSON"),
    E("Stuff", "ORG"),
    E("It’s what you do out here. Nobody’s going anywhere,", "QUOTE", by="Marsden"),
    E("Ngāti Hāua", "NORP"),
    E("Aroha Te Whata", "PERSON"),
    E("Ōwhango", "GPE"),
    E("Ngāti Tūwharetoa", "NORP"),
    E("Ngāti Maniapoto", "NORP"),
    E("Our people have lived with this awa and these maunga for generations. We know how to look after each other, but the roads have to be fixed properly this time,", "QUOTE", by="TeWhata"),
    E("Te Whata", "PERSON"),
    E("Taumarunui", "GPE"),
    E("National Park", "GPE"),
    E("last winter", "DATE", "2023-WI"),
    E("Pallister", "PERSON"),
    E("the end of September", "DATE", "2024-09"),
    E("Mount Ruapehu", "LOC"),
    E("Tongariro National Park", "LOC"),
    E("Thursday", "DATE", "2024-07-11"),
    E("MetService", "ORG"),
    E("Manawatū-Whanganui", "GPE"),
    E("Waikato", "GPE"),
    E("next week", "DATE", "2024-07-15/2024-07-21"),
    E("Auckland", "GPE"),
    E("Wellington", "GPE"),
    E("Taupō", "GPE"),
]

# ------------------------------------------------------------ Telegraph, dct 2022-02-15 (Tue)
ALIASES["holdout21-telegraph-rural-buses"] = {
    "Rachel Ashworth-Lane": "Ashworth-Lane",
    "Daniel Okafor": "Okafor", "Okafor": "Okafor",
    "Keith Brathwaite": "Brathwaite", "Margaret Hodgson": "Hodgson",
    "Owen Pritchard": "Pritchard",
}
DOCS["holdout21-telegraph-rural-buses"] = [
    E("Harriet Lowther", "PERSON"),
    E("Cumbria", "GPE"),
    E("North Yorkshire", "GPE"),
    E("the spring", "DATE", "2022-SP"),
    E("March 2020", "DATE", "2020-03"),
    E("5 April", "DATE", "2022-04-05"),
    E("Fellside Coaches", "ORG"),
    E("Kendal", "GPE"),
    E("Penrith", "GPE"),
    E("Lake District", "LOC"),
    E("yesterday", "DATE", "2022-02-14"),
    E("Rachel Ashworth-Lane", "PERSON"),
    E("We have put more than £2 billion into keeping buses on the road since the start of the pandemic, and we will not abandon the villages that depend on them,", "QUOTE", by="Ashworth-Lane"),
    E("very few passengers long before Covid", "QUOTE", by="Ashworth-Lane"),
    E("the end of March", "DATE", "2022-03"),
    E("Penrith", "GPE"),
    E("yesterday", "DATE", "2022-02-14"),
    E("Daniel Okafor", "PERSON"),
    E("Labour", "ORG"),
    E("Conservatives", "NORP"),
    E("quietly abandoning rural England", "QUOTE", by="Okafor"),
    E("England", "GPE", q=True),
    E("Okafor", "PERSON"),
    # one quotation over two paragraphs: one span per paragraph (7a)
    E("Families in places like Alston and Kirkby Stephen were promised that levelling up would reach them. Instead they are being told that the only bus to the nearest hospital will stop running in the spring.", "QUOTE", by="Okafor"),
    E("Alston", "GPE", q=True),
    E("Kirkby Stephen", "GPE", q=True),
    E("the spring", "DATE", "2022-SP", q=True),
    E("Ministers have had two years to come up with a plan for rural transport. They have produced nothing but press releases.", "QUOTE", by="Okafor"),
    E("Tory", "NORP"),
    E("North of England", "LOC"),
    E("Department for Transport", "ORG"),
    E("last week", "DATE", "2022-02-07/2022-02-13"),
    E("Cumbria County Council", "ORG"),
    E("2019", "DATE", "2019"),
    E("Keith Brathwaite", "PERSON"),
    E("We are being asked to choose between buses and potholes,", "QUOTE", by="Brathwaite"),
    E("That is not a choice any council should have to make.", "QUOTE", by="Brathwaite"),
    E("Alston", "GPE"),
    E("North Pennines", "LOC"),
    E("South Tyne", "LOC"),
    E("Carlisle", "GPE"),
    E("Penrith", "GPE"),
    E("Margaret Hodgson", "PERSON"),
    E("the early 1960s", "DATE", "1960/1969"),
    E("The bus is my lifeline. Without it I can’t get to Carlisle for my eye appointments, and my daughter lives in Scotland,", "QUOTE", by="Hodgson"),
    E("Carlisle", "GPE", q=True),
    E("Scotland", "GPE", q=True),
    E("Campaign for Better Transport", "ORG"),
    E("England", "GPE"),
    E("Owen Pritchard", "PERSON"),
    E("If these routes go in April, they will not come back.", "QUOTE", by="Pritchard"),
    E("April", "DATE", "2022-04", q=True),
    E("Department for Transport", "ORG"),
    E("the next financial year", "DATE", "2022-04/2023-03"),
    E("shortly", "QUOTE"),  # unnamed spokesman: no said_by
]

# ------------------------------------------------- The Hindu (CRLF), dct 2018-08-23 (Thu)
ALIASES["holdout21-thehindu-chennai-drains"] = {
    "S. Meenakshi Sundaram": "Sundaram",
    "P. Arumugam": "Arumugam", "Arumugam": "Arumugam",
    "V. Kavitha": "Kavitha", "Kavitha": "Kavitha",
}
DOCS["holdout21-thehindu-chennai-drains"] = [
    E("Corporation", "ORG"),
    E("CHENNAI", "GPE"),
    E("Greater Chennai Corporation", "ORG"),
    E("October", "DATE", "2018-10"),
    E("Wednesday", "DATE", "2018-08-22"),
    E("the first week of August", "DATE", "2018-08"),
    E("Water Resources Department", "ORG"),
    E("WRD", "ORG"),
    E("Public Works Department", "ORG"),
    E("Adyar", "LOC"),
    E("Cooum", "LOC"),
    E("Buckingham Canal", "LOC"),
    E("We have identified 1,894 km of storm water drains for desilting. Nearly 40% of the work has been completed, and the rest will be finished by September-end,", "QUOTE", by="Sundaram"),
    E("September-end", "DATE", "2018-09", q=True),
    E("S. Meenakshi Sundaram", "PERSON"),
    E("Greater Chennai Corporation", "ORG"),
    E("Corporation", "ORG"),
    E("Adyar", "GPE"),
    E("Perungudi", "GPE"),
    E("Sholinganallur", "GPE"),
    E("December 2015", "DATE", "2015-12"),
    E("Velachery", "GPE"),
    E("Madipakkam", "GPE"),
    E("WRD", "ORG"),
    E("Adyar", "LOC"),
    E("Kotturpuram", "GPE"),
    E("Saidapet", "GPE"),
    E("Buckingham Canal", "LOC"),
    E("Mylapore", "GPE"),
    E("P. Arumugam", "PERSON"),
    E("WRD", "ORG"),
    E("Chennai", "GPE"),
    E("Kerala", "GPE"),
    E("this month", "DATE", "2018-08"),
    E("What happened in Kerala is a warning to every city. We cannot wait for the first heavy spell to check whether the sluices at the mouth of the Adyar are working,", "QUOTE", by="Arumugam"),
    E("Kerala", "GPE", q=True),
    E("Adyar", "LOC", q=True),
    E("Arumugam", "PERSON"),
    E("Pallikaranai", "LOC"),
    E("Bay of Bengal", "LOC"),
    E("Okkiyam Maduvu", "LOC"),
    E("October 15", "DATE", "2018-10-15"),
    E("Every year they say the work will be completed by September-end, and every year the water enters our houses in November,", "QUOTE", by="Kavitha"),
    E("V. Kavitha", "PERSON"),
    E("Ram Nagar Residents' Welfare Association", "ORG"),
    E("Velachery", "GPE"),
    E("Corporation", "ORG"),
    E("January", "DATE", "2018-01"),
    E("They remove the silt from the drain and leave it on the road. When it rains, it goes straight back in,", "QUOTE", by="Kavitha"),
    E("Kavitha", "PERSON"),
    E("R. Lakshmi Narayanan", "PERSON"),
    E("Adyar", "LOC"),
    E("Chembarambakkam", "LOC"),
    E("2015", "DATE", "2015"),
    E("Malayali", "NORP"),
    E("Anna Nagar", "GPE"),
    E("T. Nagar", "GPE"),
    E("Kerala", "GPE"),
    E("last week", "DATE", "2018-08-13/2018-08-19"),
    E("Corporation", "ORG"),
    E("Tuesday", "DATE", "2018-08-21"),
    E("Ernakulam", "GPE"),
    E("Thrissur", "GPE"),
    E("India Meteorological Department", "ORG"),
    E("Tamil Nadu", "GPE"),
    E("this year", "DATE", "2018"),
    E("Corporation", "ORG"),
    E("October 1", "DATE", "2018-10-01"),
]

# ------------------------------------------------------------- Wikinews, dct 2017-03-09 (Thu)
ALIASES["holdout21-wikinews-danube-floods"] = {
    "Milena Stanojević": "Stanojevic", "Stanojević": "Stanojevic",
    "Zoran Ilić": "Ilic", "Jovan Radulović": "Radulovic",
    "Ivana Marković": "Markovic", "Marković": "Markovic",
}
DOCS["holdout21-wikinews-danube-floods"] = [
    E("Danube", "LOC"),
    E("Serbia", "GPE"),
    E("Thursday, March 9, 2017", "DATE", "2017-03-09"),
    E("Danube", "LOC"),
    E("Serbia", "GPE"),
    E("Tuesday and Wednesday", "DATE", "2017-03-07/2017-03-08"),
    E("Carpathian Mountains", "LOC"),
    E("Golubac", "GPE"),
    E("Serbia", "GPE"),
    E("Sector for Emergency Management", "ORG"),
    E("Braničevo District", "GPE"),
    E("Požarevac", "GPE"),
    E("Veliko Gradište", "GPE"),
    E("Romanian", "NORP"),
    E("Caraș-Severin", "GPE"),
    E("Mehedinți", "GPE"),
    E("Milena Stanojević", "PERSON"),
    E("Požarevac", "GPE"),
    E("Wednesday", "DATE", "2017-03-08"),
    E("Golubac", "GPE"),
    E("April 2006", "DATE", "2006-04"),
    E("We have not seen the river behave like this for more than a decade,", "QUOTE", by="Stanojevic"),
    E("Stanojević", "PERSON"),
    E("The ground is saturated, and every centimetre of rain now goes straight into the Danube.", "QUOTE", by="Stanojevic"),
    E("Danube", "LOC", q=True),
    E("Pek", "LOC"),
    E("Danube", "LOC"),
    E("Veliko Gradište", "GPE"),
    E("Tuesday", "DATE", "2017-03-07"),
    E("Zoran Ilić", "PERSON"),
    E("Ram", "GPE"),
    E("By six o'clock the water was in the yard. By eight it was in the kitchen,", "QUOTE", by="Ilic"),
    E("Serbian", "NORP"),
    E("Belgrade", "GPE"),
    E("Wednesday", "DATE", "2017-03-08"),
    E("Jovan Radulović", "PERSON"),
    E("Ministry of Interior", "ORG"),
    E("serious but under control", "QUOTE", by="Radulovic"),
    E("Smederevo", "GPE"),
    E("Republic Hydrometeorological Service of Serbia", "ORG"),
    E("Danube", "LOC"),
    E("Friday", "DATE", "2017-03-10"),
    E("Saturday", "DATE", "2017-03-11"),
    E("Ivana Marković", "PERSON"),
    E("University of Belgrade", "ORG"),
    E("February", "DATE", "2017-02"),
    E("the first week of March", "DATE", "2017-03"),
    E("Late-winter floods are not rare on the Danube, but this year the snowmelt and the rain arrived almost at the same moment,", "QUOTE", by="Markovic"),
    E("Danube", "LOC", q=True),
    E("this year", "DATE", "2017", q=True),
    E("Marković", "PERSON"),
    E("Wikinews", "ORG"),
    E("If the Iron Gates reservoir had not been lowered last week, the situation in Golubac would be considerably worse.", "QUOTE", by="Markovic"),
    E("Iron Gates", "LOC", q=True),
    E("last week", "DATE", "2017-02-27/2017-03-05", q=True),
    E("Golubac", "GPE", q=True),
    E("Hungarian", "NORP"),
    E("Croatian", "NORP"),
    E("International Commission for the Protection of the Danube River", "ORG"),
    E("Golubac", "GPE"),
    E("the spring of 2006", "DATE", "2006-SP"),
    E("Danube", "LOC"),
    E("Balkans", "LOC"),
    E("Stanojević", "PERSON"),
    E("at least until next week,", "QUOTE", by="Stanojevic"),
    E("next week", "DATE", "2017-03-13/2017-03-19", q=True),
    E("Ram", "GPE"),
    E("Golubac", "GPE"),
    # Sources list: article titles in quotation marks are titles, not QUOTEs (7a)
    E("Ana Petrović", "PERSON"),
    E("Danube", "LOC"),
    E("Golubac", "GPE"),
    E("Balkan Morning Wire", "ORG"),
    E("March 8, 2017", "DATE", "2017-03-08"),
    E("Marko Jović", "PERSON"),
    E("Braničevo", "GPE"),
    E("Danube Regional Herald", "ORG"),
    E("March 8, 2017", "DATE", "2017-03-08"),
    E("Elena Dumitrescu", "PERSON"),
    E("Romania", "GPE"),
    E("Banat", "LOC"),
    E("Bucharest Evening Courier", "ORG"),
    E("March 7, 2017", "DATE", "2017-03-07"),
]


def is_word_char(c):
    return c.isalnum()


def build_doc(doc_id, text, entries, aliases):
    spans, meta = [], []
    cursor = 0
    quote_end = -1  # end of the most recent QUOTE
    for n, (surface, label, value, opts) in enumerate(entries):
        assert label in LABELS, (doc_id, surface, label)
        ctx = opts.get("ctx", "")
        pos = text.find(ctx + surface, cursor)
        # skip matches that are only part of a longer word
        while pos != -1 and label != "QUOTE":
            s = pos + len(ctx)
            e = s + len(surface)
            before_ok = s == 0 or not is_word_char(text[s - 1]) or ctx
            after_ok = e == len(text) or not is_word_char(text[e])
            if before_ok and after_ok:
                break
            pos = text.find(ctx + surface, pos + 1)
        assert pos != -1, f"{doc_id}: not found after {cursor}: {surface!r}"
        start = pos + len(ctx)
        end = start + len(surface)
        assert text[start:end] == surface
        inner = bool(opts.get("q"))
        if inner:
            assert start < quote_end and end <= quote_end, f"{doc_id}: {surface!r} flagged inside quote but is not"
        else:
            assert start >= quote_end, f"{doc_id}: {surface!r} found inside a quote without q=True"
        if label == "DATE":
            assert value, (doc_id, surface)
        else:
            assert value is None, (doc_id, surface)
        if label == "QUOTE":
            quote_end = end
            cursor = start
        else:
            cursor = end
        sid = f"{doc_id.split('-', 1)[1][:12]}-{n + 1:03d}"
        span = {"id": sid, "start": start, "end": end, "label": label, "text": surface}
        if label == "DATE":
            span["value"] = value
        spans.append(span)
        who = aliases.get(surface, surface) if label == "PERSON" else None
        meta.append({"inner": inner, "who": who, "by": opts.get("by")})

    # ids unique
    ids = [s["id"] for s in spans]
    assert len(ids) == len(set(ids)), doc_id
    # spans in reading order and flat, except entity/DATE spans inside a QUOTE
    for i, a in enumerate(spans):
        for b in spans[i + 1:]:
            if a["start"] < b["end"] and b["start"] < a["end"]:
                quote, other = (a, b) if a["label"] == "QUOTE" else (b, a)
                ok = (quote["label"] == "QUOTE" and other["label"] != "QUOTE"
                      and quote["start"] <= other["start"] and other["end"] <= quote["end"])
                assert ok, f"{doc_id}: overlap {a} {b}"
    # minimal spans: no leading/trailing whitespace
    for s in spans:
        assert s["text"] == s["text"].strip(), s

    # said_by: nearest PERSON mention of the speaker (character distance between spans)
    relations = []
    for s, m in zip(spans, meta):
        if s["label"] != "QUOTE":
            assert m["by"] is None
            continue
        if m["by"] is None:
            continue  # speaker never named in the article (7a)
        cands = [(p, pm) for p, pm in zip(spans, meta) if p["label"] == "PERSON" and pm["who"] == m["by"]]
        assert cands, f"{doc_id}: no PERSON for speaker {m['by']}"

        def dist(p):
            if p["end"] <= s["start"]:
                return s["start"] - p["end"]
            if p["start"] >= s["end"]:
                return p["start"] - s["end"]
            return 0
        best = min(cands, key=lambda c: dist(c[0]))[0]
        relations.append({"from": s["id"], "to": best["id"], "type": "said_by"})
    for r in relations:
        frm = next(s for s in spans if s["id"] == r["from"])
        to = next(s for s in spans if s["id"] == r["to"])
        assert frm["label"] == "QUOTE" and to["label"] == "PERSON"
    assert len({r["from"] for r in relations}) == len(relations)
    return {"doc_id": doc_id, "spans": spans, "relations": relations}


def main():
    manifest = {}
    with open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                manifest[d["doc_id"]] = d
    assert set(manifest) == set(DOCS), set(manifest) ^ set(DOCS)
    out = []
    for doc_id in sorted(DOCS):
        path = os.path.join(CORPUS, manifest[doc_id]["file"])
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        out.append(build_doc(doc_id, text, DOCS[doc_id], ALIASES.get(doc_id, {})))
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    total = {}
    for d in out:
        c = {}
        for s in d["spans"]:
            c[s["label"]] = c.get(s["label"], 0) + 1
            total[s["label"]] = total.get(s["label"], 0) + 1
        print(d["doc_id"], len(d["spans"]), "spans", len(d["relations"]), "said_by", dict(sorted(c.items())))
    print("TOTAL", dict(sorted(total.items())), "said_by", sum(len(d["relations"]) for d in out))


if __name__ == "__main__":
    main()
