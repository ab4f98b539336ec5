#!/usr/bin/env python3
"""Hand annotation of the eight holdout19 articles (one independent pass).

Every mention below was chosen by reading the article text; this script only
locates each hand-chosen surface string in the text (cursor moving forward,
optional left context), checks the result and writes annotation.jsonl.

Entry format: (surface, label, DATE value or None, options)
options:
  ctx  - left context that must immediately precede the surface (disambiguation)
  in   - True if the mention lies inside a QUOTE span (checked)
  who  - PERSON: key of the person named (default: the surface);
         QUOTE: key of the speaker, or None for a speaker never named
         (no said_by relation then, GUIDELINES 7a).
said_by goes to the PERSON mention with that key nearest to the QUOTE by
character distance (gap between the spans, before or after), GUIDELINES 7.
Standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")

IN = {"in": True}


def W(key, **kw):
    d = {"who": key}
    d.update(kw)
    return d


DOCS = {}

# ---------------------------------------------------------------- abc (dct Tue 2023-03-21)
DOCS["holdout19-abc-gariwerd-resort"] = [
    ("Grampians", "LOC", None, {}),
    ("Gariwerd", "LOC", None, {}),
    ("Emma Kirkland", "PERSON", None, {}),
    ("Jarrah Wilson", "PERSON", None, {}),
    ("ABC Wimmera", "ORG", None, {}),
    ("Tue 21 Mar 2023", "DATE", "2023-03-21", {}),
    ("Gariwerd", "LOC", None, {}),
    ("Grampians National Park", "LOC", None, {}),
    ("Victorian", "NORP", None, {}),
    ("Northern Grampians Shire Council", "ORG", None, {}),
    ("Tuesday", "DATE", "2023-03-21", {}),
    ("Halls Gap", "GPE", None, {}),
    ("Naarm", "GPE", None, {}),
    ("Melbourne", "GPE", None, {}),
    ("Ballarat", "GPE", None, {}),
    ("Kestrel Ridge Hospitality", "ORG", None, {}),
    ("Djab Wurrung", "NORP", None, {}),
    ("Lorraine Baxter", "PERSON", None, W("Baxter")),
    ("Our old people painted in these hills for thousands of years,", "QUOTE", None, W("Baxter")),
    ("You don\u2019t put a day spa next to that and call it consultation.", "QUOTE", None, W("Baxter")),
    ("Murray Sheehan", "PERSON", None, W("Sheehan")),
    ("This council has listened, and the conditions reflect that,", "QUOTE", None, W("Sheehan")),
    ("Sheehan", "PERSON", None, W("Sheehan")),
    ("But Halls Gap needs year-round jobs, not just seasonal work, and this project brings about 45 of them.",
     "QUOTE", None, W("Sheehan")),
    ("Halls Gap", "GPE", None, IN),
    ("Greens", "ORG", None, {}),
    ("Leah Tran", "PERSON", None, W("Tran")),
    ("We were handed the report on Friday afternoon and asked to vote on it four days later,",
     "QUOTE", None, W("Tran")),
    ("Friday", "DATE", "2023-03-17", IN),
    ("four days later", "DATE", "2023-03-21", IN),
    ("Kestrel Ridge", "ORG", None, {}),
    ("Sophie Anand", "PERSON", None, {}),
    ("October", "DATE", "2022-10", {}),
    ("spring", "DATE", "2023-SP", {}),
    ("December next year", "DATE", "2024-12", {}),
    ("Fyans Creek", "LOC", None, {}),
    ("Halls Gap", "GPE", None, {}),
    ("Lake Bellfield", "LOC", None, {}),
    ("Wimmera", "LOC", None, {}),
    ("Gariwerd", "LOC", None, {}),
    ("Aboriginal", "NORP", None, {}),
    ("Victoria", "GPE", None, {}),
    ("Djab Wurrung", "NORP", None, {}),
    ("Jardwadjali", "NORP", None, {}),
    ("last year", "DATE", "2022", {}),
    ("Naarm", "GPE", None, {}),
    ("Tarntanya", "GPE", None, {}),
    ("Adelaide", "GPE", None, {}),
    ("Grampians Tourism", "ORG", None, {}),
    ("Parks Victoria", "ORG", None, {}),
    ("Victorian Civil and Administrative Tribunal", "ORG", None, {}),
    ("Lorraine", "PERSON", None, W("Baxter")),
    ("the Easter long weekend", "DATE", "2023-04-07/2023-04-10", {}),
]

# ---------------------------------------------------------------- ap (dct Wed 2021-08-11)
DOCS["holdout19-ap-montana-wildfire"] = [
    ("Montana", "GPE", None, {}),
    ("Bitterroot Valley", "LOC", None, {}),
    ("ELLEN MARSH", "PERSON", None, {}),
    ("Associated Press", "ORG", None, {}),
    ("HAMILTON", "GPE", None, {}),
    ("Mont.", "GPE", None, {}),
    ("AP", "ORG", None, {}),
    ("Sapphire Mountains", "LOC", None, {}),
    ("Montana", "GPE", None, {}),
    ("Bitterroot Valley", "LOC", None, {}),
    ("Wednesday", "DATE", "2021-08-11", {}),
    ("Bitterroot River", "LOC", None, {}),
    ("Monday", "DATE", "2021-08-09", {}),
    ("Hamilton", "GPE", None, {}),
    ("Wednesday", "DATE", "2021-08-11", {}),
    ("Bitterroot National Forest", "ORG", None, {}),
    ("Ravalli County", "GPE", None, {}),
    ("Dale Brandvold", "PERSON", None, W("Brandvold")),
    ("Sleeping Child", "LOC", None, {}),
    ("We had people pulling horse trailers out at 2 in the morning,", "QUOTE", None, W("Brandvold")),
    ("Brandvold", "PERSON", None, W("Brandvold")),
    ("Most folks didn't argue with us. They've lived here long enough to know what these fires can do.",
     "QUOTE", None, W("Brandvold")),
    ("Rosa Delgado-Whitfield", "PERSON", None, W("Delgado-Whitfield")),
    ("Tuesday", "DATE", "2021-08-10", {}),
    ("Hamilton", "GPE", None, {}),
    # quotation over two paragraphs: one span per paragraph (7a)
    ("We are asking everyone on the east side of the valley to be ready to leave at a moment's notice. "
     "The forecast doesn't give us a break until the weekend at the earliest.",
     "QUOTE", None, W("Delgado-Whitfield")),
    ("the weekend", "DATE", "2021-08-14/2021-08-15", IN),
    ("If you get the call, don't stop to pack the photo albums. Just go,", "QUOTE", None, W("Delgado-Whitfield")),
    ("National Weather Service", "ORG", None, {}),
    ("Montana", "GPE", None, {}),
    ("Idaho", "GPE", None, {}),
    ("Thursday through Saturday", "DATE", "2021-08-12/2021-08-14", {}),
    ("Carla Nyquist", "PERSON", None, W("Nyquist")),
    ("Red Cross", "ORG", None, {}),
    ("You could see the glow over the ridge from my kitchen window,", "QUOTE", None, W("Nyquist")),
    ("Nyquist", "PERSON", None, W("Nyquist")),
    ("Corvallis", "GPE", None, {}),
    ("1989", "DATE", "1989", {}),
    ("I've been through evacuations before, in the summer of 2012, but never this fast.",
     "QUOTE", None, W("Nyquist")),
    ("the summer of 2012", "DATE", "2012-SU", IN),
    ("Sapphire Valley Power Cooperative", "ORG", None, {}),
    ("Todd Lindqvist", "PERSON", None, W("Lindqvist")),
    ("for several days", "QUOTE", None, W("Lindqvist")),
    ("Montana", "GPE", None, {}),
    ("June and July", "DATE", "2021-06/2021-07", {}),
    ("Bitterroot River", "LOC", None, {}),
    ("Darby", "GPE", None, {}),
    ("August", "DATE", "2021-08", {}),
    ("1988", "DATE", "1988", {}),
    ("U.S. Geological Survey", "ORG", None, {}),
    ("West", "LOC", None, {"ctx": "the "}),
    ("Idaho", "GPE", None, {}),
    ("Oregon", "GPE", None, {}),
    ("Northern California", "LOC", None, {}),
    ("National Interagency Fire Center", "ORG", None, {}),
    ("Boise", "GPE", None, {}),
    ("Idaho", "GPE", None, {}),
    ("Wednesday", "DATE", "2021-08-11", {}),
    ("Washington", "GPE", None, {}),
    ("British Columbia", "GPE", None, {}),
    ("last week", "DATE", "2021-08-02/2021-08-08", {}),
    ("Utah", "GPE", None, {}),
    ("Colorado", "GPE", None, {}),
    ("Aug. 14", "DATE", "2021-08-14", {}),
    ("Associated Press", "ORG", None, {}),
    ("Tom\u00e1s Ruelas", "PERSON", None, {}),
    ("Boise", "GPE", None, {}),
    ("Idaho", "GPE", None, {}),
]

# ---------------------------------------------------------------- cbc (dct Thu 2024-01-18)
DOCS["holdout19-cbc-norway-house-outage"] = [
    ("Norway House Cree Nation", "GPE", None, {}),
    ("Manitoba", "GPE", None, {}),
    ("Sarah Petrowski", "PERSON", None, {}),
    ("CBC News", "ORG", None, {}),
    ("Jan 18, 2024", "DATE", "2024-01-18", {}),
    ("Norway House Cree Nation", "GPE", None, {}),
    ("Manitoba", "GPE", None, {}),
    ("Manitoba Hydro", "ORG", None, {}),
    ("Wednesday", "DATE", "2024-01-17", {}),
    ("Crown", "ORG", None, {}),
    ("Sunday, Jan. 14", "DATE", "2024-01-14", {}),
    ("Nelson River", "LOC", None, {}),
    ("Marcel Robinson", "PERSON", None, W("Robinson")),
    # quotation over two paragraphs (7a)
    ("People were burning whatever they had to stay warm. We had elders on oxygen who could not be left "
     "in cold houses for even one night.", "QUOTE", None, W("Robinson")),
    ("This cannot keep happening every winter. We need our own backup power here in the community, not a "
     "promise that crews will come up from Thompson when the weather allows it,", "QUOTE", None, W("Robinson")),
    ("Thompson", "GPE", None, IN),
    ("Robinson", "PERSON", None, W("Robinson")),
    ("Wednesday", "DATE", "2024-01-17", {}),
    ("Cree", "NORP", None, {}),
    ("Nelson River", "LOC", None, {}),
    ("Playgreen Lake", "LOC", None, {}),
    ("Lake Winnipeg", "LOC", None, {}),
    ("Manitoba Hydro", "ORG", None, {}),
    ("Dana Kowalchuk", "PERSON", None, W("Kowalchuk")),
    ("Tuesday", "DATE", "2024-01-16", {}),
    ("Our crews were working in conditions that were, frankly, dangerous, and they did not stop until every "
     "customer was back on,", "QUOTE", None, W("Kowalchuk")),
    ("Kowalchuk", "PERSON", None, W("Kowalchuk")),
    ("Norway House", "GPE", None, {}),
    ("spring", "DATE", "2024-SP", {}),
    ("Indigenous Services Canada", "ORG", None, {}),
    ("Monday", "DATE", "2024-01-15", {}),
    ("Tanya Muswagon", "PERSON", None, W("Muswagon")),
    ("Facebook", "ORG", None, {}),
    ("Wednesday", "DATE", "2024-01-17", {}),
    ("LIGHTS ARE ON \U0001F4A1 Thank you to every single lineworker who came out in this cold \U0001F64F #NorwayHouse,",
     "QUOTE", None, W("Muswagon")),
    ("NorwayHouse", "GPE", None, IN),
    ("Thursday", "DATE", "2024-01-18", {}),
    ("February 2019", "DATE", "2019-02", {}),
    ("Robinson", "PERSON", None, W("Robinson")),
    ("Ottawa", "GPE", None, {}),
    ("Environment Canada", "ORG", None, {}),
    ("this week", "DATE", "2024-01-15/2024-01-21", {}),
    ("Manitoba", "GPE", None, {}),
    ("Saskatchewan", "GPE", None, {}),
    ("Prairies", "LOC", None, {}),
    ("next week", "DATE", "2024-01-22/2024-01-28", {}),
]

# ---------------------------------------------------------------- guardian (dct Wed 2018-05-16)
DOCS["holdout19-guardian-wye-sewage"] = [
    ("River Wye", "LOC", None, {}),
    ("Helena Marsh", "PERSON", None, {}),
    ("Wed 16 May 2018", "DATE", "2018-05-16", {}),
    ("River Wye", "LOC", None, {}),
    ("Marches Water", "ORG", None, {}),
    ("Hereford crown court", "ORG", None, {}),
    ("Wednesday", "DATE", "2018-05-16", {}),
    ("Hay-on-Wye", "GPE", None, {}),
    ("England", "GPE", None, {}),
    ("Wales", "GPE", None, {}),
    ("the August bank holiday weekend last year", "DATE", "2017-08-26/2017-08-28", {}),
    ("Environment Agency", "ORG", None, {}),
    ("Natural Resources Wales", "ORG", None, {}),
    ("Alison Pryce-Roberts", "PERSON", None, W("Pryce-Roberts")),
    ("wholly failed", "QUOTE", None, W("Pryce-Roberts")),
    ("This was not a freak event. The alarm sounded 17 times over two days, and on each occasion it was ignored,",
     "QUOTE", None, W("Pryce-Roberts")),
    ("Marches Water", "ORG", None, {}),
    ("Herefordshire", "GPE", None, {}),
    ("Shropshire", "GPE", None, {}),
    ("Powys", "GPE", None, {}),
    ("Graham Tolley", "PERSON", None, W("Tolley")),
    ("We are deeply sorry. We let down the communities we serve and the river that runs through them.",
     "QUOTE", None, W("Tolley")),
    ("Wye", "LOC", None, {"ctx": "The "}),
    ("Plynlimon", "LOC", None, {}),
    ("Cambrian mountains", "LOC", None, {}),
    ("Severn estuary", "LOC", None, {}),
    ("Chepstow", "GPE", None, {}),
    ("recent years", "DATE", "PAST_REF", {}),
    ("Owen Pritchard", "PERSON", None, W("Pritchard")),
    ("Glasbury", "GPE", None, {}),
    ("Welsh", "NORP", None, {}),
    ("We were pulling dead fish out of the water for a week. Some of those salmon had come all the way back "
     "from Greenland,", "QUOTE", None, W("Pritchard")),
    ("Greenland", "GPE", None, IN),
    ("Labour", "ORG", None, {}),
    ("Carys Whitlow", "PERSON", None, W("Whitlow")),
    ("a rounding error", "QUOTE", None, W("Whitlow")),
    ("2017", "DATE", "2017", {}),
    ("Ministers talk about a green Brexit, but they have allowed water companies to treat Britain\u2019s rivers "
     "as open sewers,", "QUOTE", None, W("Whitlow")),
    ("Britain", "GPE", None, IN),
    ("A Labour government would give regulators the powers and the money to stop this.",
     "QUOTE", None, W("Whitlow")),
    ("Labour", "ORG", None, IN),
    ("Whitlow", "PERSON", None, W("Whitlow")),
    ("July", "DATE", "2018-07", {}),
    ("Department for Environment, Food and Rural Affairs", "ORG", None, {}),
    ("been clear that pollution of this kind is unacceptable", "QUOTE", None, W(None)),
    ("Environment Agency", "ORG", None, {}),
    ("Environment Agency", "ORG", None, {}),
    ("Midlands", "LOC", None, {}),
    ("Welsh", "NORP", None, {}),
    ("the end of the year", "DATE", "2018", {}),
    ("Marches Water", "ORG", None, {}),
    ("mid-June", "DATE", "2018-06", {}),
]

# ---------------------------------------------------------------- nation (dct Wed 2025-02-19)
DOCS["holdout19-nation-coast-water"] = [
    ("Mombasa", "GPE", None, {}),
    ("Kilifi", "GPE", None, {}),
    ("Sabaki", "LOC", None, {}),
    ("Rehema Nzai", "PERSON", None, {}),
    ("Wednesday, February 19, 2025", "DATE", "2025-02-19", {}),
    ("Mombasa", "GPE", None, {}),
    ("Kilifi", "GPE", None, {}),
    ("Sabaki River", "LOC", None, {}),
    ("Kilifi", "GPE", None, {}),
    ("Tuesday", "DATE", "2025-02-18", {}),
    ("Baricho", "GPE", None, {}),
    ("Malindi", "GPE", None, {}),
    ("Mariakani", "GPE", None, {}),
    ("Mombasa", "GPE", None, {}),
    ("Baricho", "GPE", None, {}),
    ("Mzima Springs", "LOC", None, {}),
    ("Taita Taveta", "GPE", None, {}),
    ("Marere springs", "LOC", None, {}),
    ("Kwale", "GPE", None, {}),
    ("Mombasa", "GPE", None, {}),
    ("Mwanaisha Salim", "PERSON", None, W("Salim")),
    ("a daily humiliation", "QUOTE", None, W("Salim")),
    ("A mother in Likoni should not spend three hours in a queue for two jerricans. Maji ni uhai, and we intend "
     "to treat it that way,", "QUOTE", None, W("Salim")),
    ("Likoni", "GPE", None, IN),
    ("Kilifi", "GPE", None, {}),
    ("Baraka Kahindi", "PERSON", None, W("Kahindi")),
    ("Mombasa", "GPE", None, {}),
    ("Ministry of Water, Sanitation and Irrigation", "ORG", None, {}),
    ("Kilifi people have watched water from our own river pass through our villages to Mombasa while our taps "
     "stay dry. This time, every village along the route will get a connection,", "QUOTE", None, W("Kahindi")),
    ("Kilifi", "GPE", None, IN),
    ("Mombasa", "GPE", None, IN),
    ("Kahindi", "PERSON", None, W("Kahindi")),
    ("Coast Water Works Development Agency", "ORG", None, {}),
    ("next month", "DATE", "2025-03", {}),
    ("December 2026", "DATE", "2026-12", {}),
    ("Juma Mwinyi", "PERSON", None, W("Mwinyi")),
    ("Kenyan", "NORP", None, {}),
    ("Chinese", "NORP", None, {}),
    ("Sino-Pwani Construction Ltd", "ORG", None, {}),
    ("The Sabaki carries enough water even in the dry season. Our problem has always been pipes, not rivers,",
     "QUOTE", None, W("Mwinyi")),
    ("Sabaki", "LOC", None, IN),
    ("Mwinyi", "PERSON", None, W("Mwinyi")),
    ("Athi", "LOC", None, {}),
    ("Galana", "LOC", None, {}),
    ("Nairobi", "GPE", None, {}),
    ("Tsavo East National Park", "LOC", None, {}),
    ("Indian Ocean", "LOC", None, {}),
    ("Malindi", "GPE", None, {}),
    ("October to December 2023", "DATE", "2023-10/2023-12", {}),
    ("Mariakani", "GPE", None, {}),
    ("Mombasa", "GPE", None, {}),
    ("Likoni", "GPE", None, {}),
    ("Zawadi Omar", "PERSON", None, W("Omar")),
    ("When the taps run dry we buy from the carts. Some days I spend Sh300 on water alone,",
     "QUOTE", None, W("Omar")),
    ("Nation", "ORG", None, {}),
    ("Mombasa", "GPE", None, {}),
    ("2019", "DATE", "2019", {}),
    ("Kilifi County Assembly", "ORG", None, {}),
    ("next week", "DATE", "2025-02-24/2025-03-02", {}),
    ("Salim", "PERSON", None, W("Salim")),
    ("Mombasa", "GPE", None, {}),
    ("2027", "DATE", "2027", {}),
]

# ---------------------------------------------------------------- scmp (dct Thu 2015-11-26)
DOCS["holdout19-scmp-crossborder-coach"] = [
    ("Fiona Kwan", "PERSON", None, {}),
    ("26 Nov, 2015", "DATE", "2015-11-26", {}),
    ("Tuen Mun", "GPE", None, {}),
    ("Shenzhen", "GPE", None, {"ctx": "to "}),
    ("Gold Harbour Cross-Border Transport", "ORG", None, {}),
    ("Shekou", "GPE", None, {}),
    ("Nanshan", "GPE", None, {}),
    ("Sunday", "DATE", "2015-11-22", {}),
    ("Ngau Hom Shek", "GPE", None, {}),
    ("Yuen Long", "GPE", None, {}),
    ("Lam", "PERSON", None, {}),
    ("Monday", "DATE", "2015-11-23", {}),
    ("Legislative Council", "ORG", None, {}),
    ("Thursday", "DATE", "2015-11-26", {}),
    ("Democratic Party", "ORG", None, {}),
    ("Eddie Fok Kin-wah", "PERSON", None, W("Fok")),
    ("Hong Kong", "GPE", None, {}),
    ("gaps big enough to drive a coach through", "QUOTE", None, W("Fok")),
    ("The Transport Department tells us Guangdong checks the drivers, and Guangdong tells us Hong Kong checks "
     "the vehicles,", "QUOTE", None, W("Fok")),
    ("Transport Department", "ORG", None, IN),
    ("Guangdong", "GPE", None, IN),
    ("Guangdong", "GPE", None, IN),
    ("Hong Kong", "GPE", None, IN),
    ("Fok", "PERSON", None, W("Fok")),
    ("In the end, nobody checks anything.", "QUOTE", None, W("Fok")),
    ("Kenneth Lo Wing-hong", "PERSON", None, W("Lo")),
    ("Gold Harbour", "ORG", None, {}),
    ("this year", "DATE", "2015", {}),
    ("December and February", "DATE", "2015-12/2016-02", {}),
    ("Christmas", "DATE", "2015-12-25", {}),
    ("the Lunar New Year", "DATE", "2016-02-08", {}),
    ("If any operator is found to have cut corners on maintenance or on drivers\u2019 working hours, its quota "
     "will be suspended,", "QUOTE", None, W("Lo")),
    ("Lo", "PERSON", None, {"who": "Lo", "ctx": "\u201d "}),
    ("the first nine months of this year", "DATE", "2015-01/2015-09", {}),
    ("the same period of 2014", "DATE", "2014-01/2014-09", {}),
    ("Cheryl Yip Suk-yee", "PERSON", None, {}),
    ("Democratic Alliance for the Betterment and Progress of Hong Kong", "ORG", None, {}),
    ("New Territories West", "GPE", None, {}),
    ("Tuen Mun", "GPE", None, {}),
    ("Yuen Long", "GPE", None, {}),
    ("Shenzhen", "GPE", None, {}),
    ("Dongguan", "GPE", None, {}),
    ("2023", "DATE", "2023", {}),
    ("Mandy Chu Hoi-yan", "PERSON", None, W("Chu")),
    ("Qianhai", "GPE", None, {}),
    ("He was yawning when we left Tuen Mun and the bus kept drifting towards the side,", "QUOTE", None, W("Chu")),
    ("Tuen Mun", "GPE", None, IN),
    ("I thought we would go over the barrier into the sea.", "QUOTE", None, W("Chu")),
    ("Gold Harbour", "ORG", None, {}),
    ("cooperating fully with the police", "QUOTE", None, W(None)),
    ("Hong Kong", "GPE", None, {}),
    ("Guangdong", "GPE", None, {}),
    ("Hongkongers", "NORP", None, {}),
    ("Chinese", "NORP", None, {}),
    ("Mong Kok", "GPE", None, {}),
    ("Causeway Bay", "GPE", None, {}),
    ("Yuen Long", "GPE", None, {}),
    ("Shekou", "GPE", None, {}),
    ("2007", "DATE", "2007", {}),
    ("March next year", "DATE", "2016-03", {}),
]

# ---------------------------------------------------------------- toi (dct Tue 2016-07-19, CRLF)
DOCS["holdout19-toi-pune-desilting"] = [
    ("PMC", "ORG", None, {}),
    ("Mula-Mutha", "LOC", None, {}),
    ("Khadakwasla", "LOC", None, {}),
    ("Prasad Joshi", "PERSON", None, {}),
    ("TNN", "ORG", None, {}),
    ("Jul 19, 2016", "DATE", "2016-07-19", {}),
    ("PUNE", "GPE", None, {}),
    ("Pune Municipal Corporation", "ORG", None, {}),
    ("PMC", "ORG", None, {}),
    ("Monday", "DATE", "2016-07-18", {}),
    ("Mula-Mutha", "LOC", None, {}),
    ("Khadakwasla", "LOC", None, {}),
    ("Vitthalwadi", "GPE", None, {}),
    ("Patil Estate", "GPE", None, {}),
    ("Sangamwadi", "GPE", None, {}),
    ("Khadakwasla", "LOC", None, {}),
    ("Saturday", "DATE", "2016-07-16", {}),
    ("Sahyadris", "LOC", None, {}),
    ("Thursday and Saturday", "DATE", "2016-07-14/2016-07-16", {}),
    ("Sudhir Bhosale", "PERSON", None, W("Bhosale")),
    # quotation over two paragraphs (7a)
    ("We have identified 23 spots between Vitthalwadi and the Sangam bridge where construction waste has "
     "narrowed the channel. Work will begin as soon as the water level drops, and we want it finished before "
     "the heavy spell expected in the second half of August.", "QUOTE", None, W("Bhosale")),
    ("Vitthalwadi", "GPE", None, IN),
    ("the second half of August", "DATE", "2016-08", IN),
    ("Contractors who dumped this debris will be identified and fined. We will not let the river be used as a "
     "landfill,", "QUOTE", None, W("Bhosale")),
    ("Bhosale", "PERSON", None, W("Bhosale")),
    ("TOI", "ORG", None, {}),
    ("Anand Gaikwad", "PERSON", None, {}),
    ("last year", "DATE", "2015", {}),
    ("last month", "DATE", "2016-06", {}),
    ("Every year the PMC wakes up only after people's homes are under water,", "QUOTE", None, W("Thorat")),
    ("PMC", "ORG", None, IN),
    ("BJP", "ORG", None, {}),
    ("Vidya Thorat", "PERSON", None, W("Thorat")),
    ("Hingne-Vitthalwadi", "GPE", None, {}),
    ("The same contractors were paid Rs 1.8 crore in 2015 for the same job.", "QUOTE", None, W("Thorat")),
    ("2015", "DATE", "2015", IN),
    ("Milind Patwardhan", "PERSON", None, W("Patwardhan")),
    ("Khadakwasla irrigation division", "ORG", None, {}),
    ("Khadakwasla was at 94% on Saturday evening and the inflow from Panshet and Varasgaon was rising every "
     "hour. We had no option,", "QUOTE", None, W("Patwardhan")),
    ("Khadakwasla", "LOC", None, IN),
    ("Saturday", "DATE", "2016-07-16", IN),
    ("Panshet", "LOC", None, IN),
    ("Varasgaon", "LOC", None, IN),
    ("Ekta Nagari", "GPE", None, {}),
    ("Vitthalwadi", "GPE", None, {}),
    ("We got the SMS at 11.30pm and by midnight the water was at knee level,", "QUOTE", None, W("Deshmukh")),
    ("Shubhangi Deshmukh", "PERSON", None, W("Deshmukh")),
    ("Our fridge, our beds, the children's school books, everything is gone.", "QUOTE", None, W("Deshmukh")),
    ("Maharashtra", "GPE", None, {}),
    ("Rajendra Sawant", "PERSON", None, {}),
    ("Friday", "DATE", "2016-07-22", {}),
    ("Mula-Mutha", "LOC", None, {}),
    ("last year", "DATE", "2015", {}),
    ("Mumbai", "GPE", None, {}),
    ("Pimpri Chinchwad Municipal Corporation", "ORG", None, {}),
    ("PCMC", "ORG", None, {}),
    ("Pavana", "LOC", None, {}),
    ("Pimple Gurav", "GPE", None, {}),
    ("Sunday", "DATE", "2016-07-17", {}),
]

# ---------------------------------------------------------------- wikinews (dct Thu 2019-10-24)
DOCS["holdout19-wikinews-rhine-grounding"] = [
    ("Dutch", "NORP", None, {}),
    ("Rhine", "LOC", None, {}),
    ("Bingen", "GPE", None, {}),
    ("Thursday, October 24, 2019", "DATE", "2019-10-24", {}),
    ("Dutch", "NORP", None, {}),
    ("Rhine", "LOC", None, {}),
    ("German", "NORP", None, {}),
    ("Bingen am Rhein", "GPE", None, {}),
    ("Tuesday", "DATE", "2019-10-22", {}),
    ("Europe", "LOC", None, {}),
    ("Rotterdam", "GPE", None, {}),
    ("Van Aalst Binnenvaart", "ORG", None, {}),
    ("Duisburg", "GPE", None, {}),
    ("Karlsruhe", "GPE", None, {}),
    ("Binger Loch", "LOC", None, {}),
    ("Middle Rhine", "LOC", None, {}),
    ("Wasserstra\u00dfen- und Schifffahrtsamt Bingen", "ORG", None, {}),
    ("Rhine", "LOC", None, {}),
    ("July and September", "DATE", "2019-07/2019-09", {}),
    ("Alps", "LOC", None, {}),
    ("Germany", "GPE", None, {}),
    ("the autumn", "DATE", "2019-FA", {}),
    ("Kaub", "GPE", None, {}),
    ("Tuesday", "DATE", "2019-10-22", {}),
    ("The captain reported a loss of steering at the worst possible spot,", "QUOTE", None, W("Lenz")),
    ("Martina Lenz", "PERSON", None, W("Lenz")),
    ("With the water this low, there is very little room for error between Bingen and the Loreley.",
     "QUOTE", None, W("Lenz")),
    ("Bingen", "GPE", None, IN),
    ("Loreley", "LOC", None, IN),
    ("Rhineland-Palatinate", "GPE", None, {}),
    ("R\u00fcdesheim", "GPE", None, {}),
    ("Oberwesel", "GPE", None, {}),
    ("Koblenz", "GPE", None, {}),
    ("Mainz", "GPE", None, {}),
    ("Wednesday", "DATE", "2019-10-23", {}),
    ("Pieter Declercq", "PERSON", None, W("Declercq")),
    ("Belgian", "NORP", None, {}),
    ("We dropped both anchors within a minute, and that kept her from swinging across the channel,",
     "QUOTE", None, W("Declercq")),
    ("Joost van Aalst", "PERSON", None, W("van Aalst")),
    ("German", "NORP", None, {}),
    ("We will find out what failed in the steering gear,", "QUOTE", None, W("van Aalst")),
    ("van Aalst", "PERSON", None, W("van Aalst")),
    ("and we will pay for every hour that others have lost because of this.", "QUOTE", None, W("van Aalst")),
    ("Wednesday", "DATE", "2019-10-23", {}),
    ("Bingen", "GPE", None, {}),
    ("today", "DATE", "2019-10-24", {}),
    ("Hendrik Auerbach", "PERSON", None, W("Auerbach")),
    ("Rhine Barge Operators' Association", "ORG", None, {}),
    ("Rotterdam", "GPE", None, {}),
    ("Swiss", "NORP", None, {}),
    ("Basel", "GPE", None, {}),
    ("August", "DATE", "2019-08", {}),
    ("If the winter is dry as well, companies along the Rhine will have to look at the railways again,",
     "QUOTE", None, W("Auerbach")),
    ("the winter", "DATE", "2019-WI", IN),
    ("Rhine", "LOC", None, IN),
    ("Auerbach", "PERSON", None, W("Auerbach")),
    ("St. Goar", "GPE", None, {}),
    ("the autumn of 2018", "DATE", "2018-FA", {}),
    ("Katrin Vollmer", "PERSON", None, {}),
    ("Bingen", "GPE", None, {}),
    ("Rhein", "LOC", None, {}),
    ("Mittelrhein-Kurier", "ORG", None, {}),
    ("October 23, 2019", "DATE", "2019-10-23", {}),
    ("Sanne de Wit", "PERSON", None, {}),
    ("Rotterdamse", "NORP", None, {}),
    ("Rijn", "LOC", None, {}),
    ("Binnenvaart Dagblad", "ORG", None, {}),
    ("October 23, 2019", "DATE", "2019-10-23", {}),
    ("Thomas Reiner", "PERSON", None, {}),
    ("Rhine", "LOC", None, {}),
    ("Bingen", "GPE", None, {}),
    ("European Freight Review", "ORG", None, {}),
    ("October 24, 2019", "DATE", "2019-10-24", {}),
]

LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "QUOTE"}
import re
VALUE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-(?:SP|SU|FA|WI)|PAST_REF|PRESENT_REF|FUTURE_REF)$")


def check_value(v):
    parts = v.split("/")
    return len(parts) in (1, 2) and all(VALUE_RE.match(p) for p in parts)


def build_doc(doc_id, text, entries):
    errors = []
    spans, meta = [], []
    cursor = 0
    for n, (surface, label, value, opts) in enumerate(entries, 1):
        assert label in LABELS, (doc_id, surface, label)
        ctx = opts.get("ctx", "")
        pos = text.find(ctx + surface, max(0, cursor - len(ctx)))
        while pos != -1 and pos + len(ctx) < cursor:
            pos = text.find(ctx + surface, pos + 1)
        if pos == -1:
            errors.append(f"{doc_id}: not found after {cursor}: {surface!r}")
            continue
        start = pos + len(ctx)
        end = start + len(surface)
        assert text[start:end] == surface
        sid = f"T{n}"
        span = {"id": sid, "start": start, "end": end, "label": label, "text": surface}
        if label == "DATE":
            if not value or not check_value(value):
                errors.append(f"{doc_id}: bad DATE value {value!r} for {surface!r}")
            span["value"] = value
        elif value is not None:
            errors.append(f"{doc_id}: value on non-DATE {surface!r}")
        if surface != surface.strip() or (label != "QUOTE" and surface[-1] in ".,;:!?'\u2019\"" and
                                          surface not in ("Mont.",)):
            errors.append(f"{doc_id}: non-minimal span {surface!r}")
        spans.append(span)
        meta.append(opts)
        # QUOTE: the cursor stays at its start so its inner mentions are found next
        cursor = start if label == "QUOTE" else end

    # inside-quote flags must agree with the text
    quotes = [s for s in spans if s["label"] == "QUOTE"]
    for s, o in zip(spans, meta):
        if s["label"] == "QUOTE":
            continue
        inside = any(q["start"] <= s["start"] and s["end"] <= q["end"] for q in quotes)
        if inside != bool(o.get("in")):
            errors.append(f"{doc_id}: inside-quote flag wrong for {s['text']!r} at {s['start']}")

    # overlaps: none, except entity/DATE spans inside a QUOTE
    ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if b["start"] >= a["end"]:
                break
            ok = (a["label"] == "QUOTE" and b["label"] != "QUOTE" and b["end"] <= a["end"]) or \
                 (b["label"] == "QUOTE" and a["label"] != "QUOTE" and a["start"] >= b["start"] and a["end"] <= b["end"])
            if not ok:
                errors.append(f"{doc_id}: overlap {a['text']!r} / {b['text']!r}")

    ids = [s["id"] for s in spans]
    if len(ids) != len(set(ids)):
        errors.append(f"{doc_id}: duplicate ids")

    # said_by: nearest PERSON mention of the speaker by character distance
    persons = [(s, o.get("who", s["text"])) for s, o in zip(spans, meta) if s["label"] == "PERSON"]
    relations = []
    for s, o in zip(spans, meta):
        if s["label"] != "QUOTE":
            continue
        if "who" not in o:
            errors.append(f"{doc_id}: QUOTE without speaker decision {s['text'][:30]!r}")
            continue
        key = o["who"]
        if key is None:
            continue
        cands = [p for p, k in persons if k == key]
        if not cands:
            errors.append(f"{doc_id}: no PERSON mention for speaker {key!r}")
            continue

        def dist(p):
            if p["end"] <= s["start"]:
                return s["start"] - p["end"]
            if p["start"] >= s["end"]:
                return p["start"] - s["end"]
            return 0
        best = min(cands, key=lambda p: (dist(p), p["start"]))
        relations.append({"from": s["id"], "to": best["id"], "type": "said_by"})

    byid = {s["id"]: s for s in spans}
    for r in relations:
        assert byid[r["from"]]["label"] == "QUOTE" and byid[r["to"]]["label"] == "PERSON"
    froms = [r["from"] for r in relations]
    if len(froms) != len(set(froms)):
        errors.append(f"{doc_id}: QUOTE with more than one said_by")
    return {"doc_id": doc_id, "spans": spans, "relations": relations}, errors


def main():
    manifest = {}
    with open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                m = json.loads(line)
                manifest[m["doc_id"]] = m
    assert set(manifest) == set(DOCS), set(manifest) ^ set(DOCS)
    out, all_errors = [], []
    for doc_id in sorted(DOCS):
        path = os.path.join(CORPUS, manifest[doc_id]["file"])
        with open(path, encoding="utf-8", newline="") as fh:
            text = fh.read()
        doc, errs = build_doc(doc_id, text, DOCS[doc_id])
        for s in doc["spans"]:
            assert text[s["start"]:s["end"]] == s["text"]
        out.append(doc)
        all_errors += errs
    if all_errors:
        print("\n".join(all_errors), file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for doc in out:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    from collections import Counter
    total = Counter()
    nrel = 0
    for doc in out:
        c = Counter(s["label"] for s in doc["spans"])
        total += c
        nrel += len(doc["relations"])
        print(doc["doc_id"], dict(sorted(c.items())), "said_by:", len(doc["relations"]))
    print("TOTAL", dict(sorted(total.items())), "spans:", sum(total.values()), "said_by:", nrel)


if __name__ == "__main__":
    main()
