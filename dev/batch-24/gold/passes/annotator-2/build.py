#!/usr/bin/env python3
"""Hand-chosen annotation of the eight holdout18 articles.

Every mention below was chosen by reading the text (see notes.md for the judgment calls).
The script only locates each listed mention in the unmodified text, in reading order,
computes half-open [start, end) offsets, checks them, and writes annotation.jsonl.

Entry helpers:
  P(text, key, ref)   PERSON; `key` names the person (used to check "nearest mention"),
                      `ref` is a local name a QUOTE can point to.
  E(text, label)      ORG / GPE / LOC / NORP
  D(text, value)      DATE with its value
  Q(text, by)         QUOTE (text inside the marks); `by` = ref of the PERSON mention that is
                      the said_by target, or None when the speaker is never named (section 7a).
  any entry may take after="..." : the text that must immediately precede the mention.

Search rule: each mention is looked up from a cursor that moves forward in reading order;
after a QUOTE the cursor stays at the quote's start, so the entity and date spans
inside the quote (listed right after it) are found inside it. Non-QUOTE mentions must sit on
word boundaries.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")


def P(text, key=None, ref=None, after=None):
    return dict(text=text, label="PERSON", key=key or text, ref=ref, after=after)


def E(text, label, after=None):
    assert label in ("ORG", "GPE", "LOC", "NORP"), label
    return dict(text=text, label=label, after=after)


def D(text, value, after=None):
    return dict(text=text, label="DATE", value=value, after=after)


def Q(text, by, after=None):
    return dict(text=text, label="QUOTE", by=by, after=after)


DOCS = {}

# ---------------------------------------------------------------------------
# euronews, dct 2021-04-22 (Thursday)
DOCS["holdout18-euronews-rail-freight"] = ("euronews", [
    # headline
    E("Brussels", "GPE"),
    D("2030", "2030"),
    # byline
    P("Clara Moreau-Lindt"),
    # dateline + lead
    E("BRUSSELS", "GPE"),
    E("European Commission", "ORG"),
    D("Wednesday", "2021-04-21"),
    D("2030", "2030"),
    E("Brussels", "GPE"),
    P("Ilse Vandermeulen", key="Vandermeulen", ref="vdm1"),
    D("the early 2000s", "2000/2009"),
    Q("We have talked about modal shift for twenty years. Trucks have kept winning, because the rules let them win,", by="vdm2"),
    P("Vandermeulen", key="Vandermeulen", ref="vdm2"),
    Q("This proposal changes the rules.", by="vdm2"),
    D("the end of 2023", "2023"),
    E("EU", "ORG"),
    E("Commission", "ORG"),
    # "European Year of Rail": not annotated (a designation, see notes.md)
    E("EU", "ORG"),
    D("2021", "2021"),
    D("this month", "2021-04"),
    E("Portuguese", "NORP"),
    E("Council of the EU", "ORG"),
    E("European Parliament", "ORG"),
    Q("This is the first time the Commission puts a number on it that governments can be held to,", by="vdb"),
    E("Commission", "ORG"),
    E("Dutch", "NORP"),
    E("Green", "NORP"),
    P("Joost van den Berg", ref="vdb"),
    E("French", "NORP"),
    E("Renew Europe", "ORG"),
    P("Hélène de Villeneuve", ref="hdv"),
    Q("Targets without money are only wishes. I want to see where the billions come from before I celebrate.", by="hdv"),
    E("German", "NORP"),
    E("Christian Democrat", "NORP"),
    P("Markus Stollberg"),
    E("European People's Party", "ORG"),
    E("EPP", "ORG"),
    E("Europe", "LOC", after="central and eastern "),
    P("Marek Zieliński", key="Zieliński", ref="zie1"),
    E("Polish", "NORP"),
    E("Europe", "LOC", after="much of "),
    Q("You cannot order a business onto a train that does not exist,", by="zie2"),
    P("Zieliński", key="Zieliński", ref="zie2"),
    E("Community of European Railway and Infrastructure Companies", "ORG"),
    E("CER", "ORG"),
    D("2027", "2027"),
    Q("The ambition is right. The question is whether the money follows,", by=None),  # "a CER spokesperson"
    E("CER", "ORG"),
    E("European Parliament", "ORG"),
    E("Council", "ORG", after="and the "),
    D("next year", "2022"),
])

# ---------------------------------------------------------------------------
# gulfnews, dct 2024-12-10 (Tuesday)
DOCS["holdout18-gulfnews-rta-express-buses"] = ("gulfnews", [
    E("RTA", "ORG"),
    E("Dubai", "GPE"),
    E("Sharjah", "GPE"),
    D("January 1", "2025-01-01"),
    P("Layla al-Hashimi"),
    E("Dubai", "GPE", after="\n\n"),  # dateline "Dubai:"
    E("Dubai", "GPE", after="between "),
    E("Sharjah", "GPE"),
    D("January 1, 2025", "2025-01-01"),
    E("Roads and Transport Authority", "ORG"),
    E("RTA", "ORG"),
    D("Monday", "2024-12-09"),
    E("Sharjah Roads and Transport Authority", "ORG"),
    E("SRTA", "ORG"),
    E("Al Qusais", "LOC"),
    E("Dubai Internet City", "LOC"),
    E("Al Taawun", "LOC"),
    E("University City", "LOC"),
    E("Sharjah", "GPE"),
    E("RTA", "ORG"),
    D("Ramadan 1446", "2025-03"),
    D("March 1", "2025-03-01"),
    D("Eid Al Fitr", "2025-03-30"),
    P("Khalid bin Saeed al-Mansoori", key="al-Mansoori", ref="man1"),
    E("RTA", "ORG"),
    E("Public Transport Agency", "ORG"),
    Q("These routes give commuters a reliable alternative to sitting in traffic at seven in the morning,", by="man2"),
    Q("Each express bus can take around 40 cars off the road at peak hours, and we have given them dedicated lanes on the busiest stretches.", by="man2"),
    P("Al-Mansoori", key="al-Mansoori", ref="man2"),
    E("RTA", "ORG"),
    P("Abdullah bin Rashid al-Suwaidi", key="al-Suwaidi", ref="suw1"),
    E("SRTA", "ORG"),
    D("last year", "2023"),
    Q("We looked at where people actually start and finish their journeys, not only at the bus stations,", by="suw2"),
    P("al-Suwaidi", key="al-Suwaidi", ref="suw2"),
    Q("University City was an obvious choice because thousands of students come from Dubai every morning.", by="suw2"),
    E("University City", "LOC"),
    E("Dubai", "GPE"),
    E("Ministry of Energy and Infrastructure", "ORG"),
    E("Dubai", "GPE"),
    E("Sharjah", "GPE"),
    D("the end of 2025", "2025"),
    Q("I leave home in Al Taawun at 6.15am and I still reach my office late three days a week,", by="men"),
    E("Al Taawun", "LOC"),
    P("Rajesh Menon", ref="men"),
    E("Indian", "NORP"),
    E("Dubai Internet City", "LOC"),
    Q("If the bus is really faster than my car, I will leave the car at home.", by="men"),
    E("Emirati", "NORP"),
    P("Fatima al-Shamsi"),
    E("Sharjah", "GPE"),
    E("Al Qusais", "LOC"),
    E("RTA", "ORG"),
    E("Dubai", "GPE"),
    E("RTA", "ORG"),
    E("Abu Dhabi", "GPE"),
    D("2023", "2023"),
    E("RTA", "ORG"),
    D("the end of December", "2024-12"),
])

# ---------------------------------------------------------------------------
# inquirer, dct 2023-08-03 (Thursday)
DOCS["holdout18-inquirer-egay-flood-probe"] = ("inquirer", [
    E("DPWH", "ORG"),
    P("Kristine Joy Manalastas"),
    E("MANILA", "GPE"),
    E("Philippines", "GPE"),
    D("Wednesday", "2023-08-02"),
    E("Central Luzon", "LOC"),
    E("Bulacan", "GPE"),
    E("Pampanga", "GPE"),
    P("Gregorio de la Vega", key="de la Vega", ref="dlv1"),
    E("Senate", "ORG"),
    E("Department of Public Works and Highways", "ORG"),
    E("DPWH", "ORG"),
    D("2021", "2021"),
    Q("We were told these projects would protect our people. Where did the money go when the water came?", by="dlv2"),
    P("de la Vega", key="de la Vega", ref="dlv2"),
    P("Ma. Lourdes Dela Paz-Navarro", key="Dela Paz-Navarro", ref="dpn1"),
    E("Calumpit", "GPE"),
    E("Hagonoy", "GPE"),
    E("Fuga Island", "LOC"),
    E("Aparri", "GPE"),
    E("Cagayan", "GPE"),
    D("July 26", "2023-07-26"),
    Q("Our kababayans in Bulacan are not asking for miracles. They are asking for dikes that do not break,", by="dpn2"),
    E("Bulacan", "GPE"),
    P("Dela Paz-Navarro", key="Dela Paz-Navarro", ref="dpn2"),
    E("DPWH", "ORG"),
    P("Reynaldo Macaraeg", key="Macaraeg", ref="mac1"),
    E("Central Luzon", "LOC"),
    D("the last week of July", "2023-07"),
    Q("Our structures worked as designed. The volume of water was simply beyond what any dike in the area was built for,", by="mac2"),
    P("Macaraeg", key="Macaraeg", ref="mac2"),
    E("Senate", "ORG"),
    D("Last Tuesday", "2023-08-01"),
    E("Department of the Interior and Local Government", "ORG"),
    E("DILG", "ORG"),
    Q("No family should be sent home to a house that is still under water,", by=None),  # "the DILG said"
    E("DILG", "ORG"),
    E("Barangay San Roque", "GPE"),
    E("Calumpit", "GPE"),
    P("Lorna Dimaculangan", key="Dimaculangan", ref="dim1"),
    E("Facebook", "ORG"),
    Q("Hanggang dibdib pa rin ang tubig sa Purok 4. Salamat po sa lahat ng nagpadala ng tulong \U0001F64F Huwag po munang bumalik sa bahay malapit sa ilog \U0001F30A,", by="dim2"),
    E("Purok 4", "LOC"),
    P("Dimaculangan", key="Dimaculangan", ref="dim2"),
    D("Tuesday", "2023-08-01"),
    E("Purok 4", "LOC"),
    E("National Disaster Risk Reduction and Management Council", "ORG"),
    D("Last year", "2022"),
    E("Commission on Audit", "ORG"),
    E("DPWH", "ORG"),
    E("Pampanga", "GPE"),
    E("Macabebe", "GPE"),
    P("De la Vega", key="de la Vega", ref="dlv3"),
    D("next week", "2023-08-07/2023-08-13"),
])

# ---------------------------------------------------------------------------
# kessler, dct 2024-05-14 (Tuesday); Kessler's fiscal year ends in December (text)
DOCS["holdout18-kessler-antrieb-outlook"] = ("kessler", [
    E("German", "NORP"),
    E("Kessler Antrieb", "ORG"),
    E("FRANKFURT", "GPE"),
    D("May 14", "2024-05-14"),
    E("Reuters", "ORG"),
    E("German", "NORP"),
    E("Kessler Antrieb AG", "ORG"),
    D("Tuesday", "2024-05-14"),
    D("fiscal 2024", "2024-01/2024-12"),
    D("first-quarter", "2024-01/2024-03"),
    E("Frankfurt", "GPE"),
    E("Stuttgart", "GPE"),
    E("European", "NORP"),
    E("Chinese", "NORP"),
    D("the year", "2024-01/2024-12", after="for "),
    E("Kessler", "ORG"),
    D("December", "2024-12"),
    D("March", "2024-03", after="gave in "),
    D("the three months to March", "2024-01/2024-03"),
    D("a year earlier", "2023-01/2023-03"),
    P("Annette Vogelsang-Brandt", key="Vogelsang-Brandt", ref="vb1"),
    D("2025 and 2026", "2025/2026"),
    E("Kessler", "ORG"),
    E("Hungary", "GPE"),
    E("Mexico", "GPE"),
    Q("We are not seeing a collapse in demand, we are seeing a delay,", by="vb2"),
    P("Vogelsang-Brandt", key="Vogelsang-Brandt", ref="vb2"),
    Q("The platforms we have been nominated for have not been cancelled. But our customers are taking their time, and we have to size the business for the volumes we actually see in 2024, not the ones we were promised in 2022.", by="vb2"),
    D("2024", "2024"),
    D("2022", "2022"),
    D("the end of next year", "2025"),
    E("Germany", "GPE"),
    D("the second and third quarters", "2024-04/2024-09"),
    E("IG Metall", "ORG"),
    D("June", "2024-06"),
    Q("The measures are painful, but they are necessary to protect our competitiveness,", by=None),  # "the spokesperson"
    Q("The first quarter was weak, but the message on the second half is what worries us,", by="obe"),
    D("The first quarter", "2024-01/2024-03"),
    D("the second half", "2024-07/2024-12"),
    P("Lukas Oberhauser", ref="obe"),
    E("Rhein Capital Partners", "ORG"),
    Q("Management is effectively telling us there is no recovery in electric volumes before the fourth quarter at the earliest.", by="obe"),
    D("the fourth quarter", "2024-10/2024-12"),
    E("Hartwig & Co", "ORG"),
    P("Sofia Marchetti", key="Marchetti", ref="mar1"),
    E("Kessler", "ORG"),
    D("the second quarter of 2020", "2020-04/2020-06"),
    Q("They can afford this year. They cannot afford two more like it,", by="mar2"),
    D("this year", "2024"),
    P("Marchetti", key="Marchetti", ref="mar2"),
    E("Frankfurt", "GPE"),
    E("Kessler", "ORG"),
    Q("looks thinner than at any point since the pandemic.", by=None),  # unnamed analyst
    P("Rainer Koll"),
    D("the end of March", "2024-03"),
    D("the third quarter", "2024-07/2024-09"),
    E("Kessler", "ORG"),
    D("recent months", "PAST_REF"),
    E("Europe", "LOC"),
    E("Germany", "GPE"),
    D("December", "2023-12"),
    E("Kessler", "ORG"),
    E("Germany", "GPE"),
    D("the start of the year", "2024"),
    P("Tobias Kramer-Lenz"),
    P("Helen Pryce"),
])

# ---------------------------------------------------------------------------
# ljubljana, dct 2018-09-29 (Saturday)
DOCS["holdout18-ljubljana-tram-opens"] = ("ljubljana", [
    E("Ljubljana", "GPE"),
    D("Saturday, September 29, 2018", "2018-09-29"),
    E("Ljubljana", "GPE"),
    E("Slovenia", "GPE"),
    D("Friday", "2018-09-28"),
    E("Brdo", "LOC"),
    D("December 1958", "1958-12"),
    P("Tjaša Kranjc-Novak", ref="tkn"),
    E("Brdo", "LOC"),
    Q("the most important change to how people move around Ljubljana in two generations.", by="tkn"),
    E("Ljubljana", "GPE"),
    Q("My grandmother rode the old tram to work along Tržaška cesta. Today my children rode the new one along the same street.", by="tkn"),
    D("Today", "2018-09-28"),
    E("European Union", "ORG"),
    E("Cohesion Fund", "ORG"),
    E("Slovenia", "GPE"),
    E("Ministry of Infrastructure", "ORG"),
    D("March 2016", "2016-03"),
    D("the end of 2017", "2017"),
    E("Roman", "NORP"),
    E("Emona", "GPE"),
    E("University of Ljubljana", "ORG"),
    E("Mestni Tramvaj Ljubljana", "ORG"),
    E("Czech Republic", "GPE"),
    P("Matej Žagar", key="Žagar", ref="zag1"),
    Q("We expected worse, to be honest,", by="zag2"),
    P("Žagar", key="Žagar", ref="zag2"),
    Q("The drivers have been training on the line since June, and it showed.", by="zag2"),
    D("June", "2018-06"),
    E("Vič", "LOC"),
    D("Thursday", "2018-09-27"),
    P("Bojan Hribar", ref="hri"),
    Q("cost some of our members everything they had.", by="hri"),
    E("Črnuče", "LOC"),
    D("next spring", "2019-SP"),
    D("the mid-2020s", "2020/2029"),
    E("European", "NORP"),
    E("Ljubljana", "GPE"),
    D("1901", "1901"),
    E("Austria-Hungary", "GPE"),
    D("the 1930s", "1930/1939"),
    D("the 1950s", "1950/1959"),
    # sources
    P("Petra Golob"),
    E("Ljubljani", "GPE"),
    E("Delo", "ORG"),
    D("September 28, 2018", "2018-09-28"),
    E("Ljubljana", "GPE"),
    E("The Slovenia Times", "ORG"),
    D("September 28, 2018", "2018-09-28"),
    P("Andrej Kos"),
    E("Slovenian Press Agency", "ORG"),
    D("September 27, 2018", "2018-09-27"),
])

# ---------------------------------------------------------------------------
# namibian, dct 2017-07-19 (Wednesday); government financial year April-March
DOCS["holdout18-namibian-regional-councils"] = ("namibian", [
    P("Ndeshipanda Amukoshi"),
    E("Khomas", "GPE"),
    E("Erongo", "GPE"),
    E("Oshana", "GPE"),
    D("this financial year", "2017-04/2018-03"),
    E("Windhoek", "GPE"),
    D("Monday", "2017-07-17"),
    E("Erongo Regional Council", "ORG"),
    P("Festus Nangolo-Haufiku", key="Nangolo-Haufiku", ref="nh1"),
    D("2017/18", "2017-04/2018-03"),
    # multi-paragraph quote: one span per paragraph (7a)
    Q("At the DRC in Swakopmund alone we have more than 20 000 people, and in Walvis Bay the backyard shacks grow every month. With N$38 million we can service maybe 600 plots, and only if the contractors finish on time.", by="nh1"),
    E("DRC", "LOC"),
    E("Swakopmund", "GPE"),
    E("Walvis Bay", "GPE"),
    Q("I am not saying the ministry does not care. I am saying the numbers do not add up, and we will sit here next year with the same problem if nothing changes,", by="nh2"),
    D("next year", "2018"),
    P("Nangolo-Haufiku", key="Nangolo-Haufiku", ref="nh2"),
    E("Ministry of Urban and Rural Development", "ORG"),
    D("last year", "2016"),
    D("the 2016/17 financial year", "2016-04/2017-03"),
    D("the end of March", "2017-03"),
    P("Magdalena Shikongo", key="Shikongo", ref="shi1"),
    Q("We are being asked for bigger allocations by councils that returned money to Treasury last year. That is a conversation we have to have honestly,", by="shi1"),
    E("Treasury", "ORG"),
    D("last year", "2016"),
    E("Khomas Regional Council", "ORG"),
    P("Ester Amutenya", key="Amutenya", ref="amu1"),
    E("Swapo", "ORG"),
    E("Katutura East", "LOC"),
    E("Windhoek", "GPE"),
    E("Havana", "LOC"),
    E("Okahandja Park", "LOC"),
    Q("People are using the riverbed. When the rain comes in January, that is a health crisis waiting for us,", by="amu2"),
    D("January", "2018-01"),
    P("Amutenya", key="Amutenya", ref="amu2"),
    E("Oshana", "GPE"),
    E("Oshakati East", "LOC"),
    P("Tuhafeni Shivute"),
    E("Oshakati", "GPE"),
    E("Ongwediva", "GPE"),
    D("2011", "2011"),
    E("Walvis Bay", "GPE"),
    P("Marthinus Coetzee", key="Coetzee", ref="coe1"),
    E("Popular Democratic Movement", "ORG"),
    E("PDM", "ORG"),
    E("Swapo", "ORG"),
    Q("The money is not the only problem. Tenders are awarded late, the work starts in November, and by March they tell you it is too late to spend,", by="coe2"),
    D("November", "2017-11"),
    D("March", "2018-03"),
    P("Coetzee", key="Coetzee", ref="coe2"),
    E("Swakopmund", "GPE"),
    P("Klaus Dittmann"),
    E("DRC", "LOC"),
    E("The Namibian", "ORG"),
    D("the past two years", "PAST_REF"),
    P("Shikongo", key="Shikongo", ref="shi2"),
    E("Cabinet", "ORG"),
    D("September", "2017-09"),
    D("the first quarter", "2017-04/2017-06"),
])

# ---------------------------------------------------------------------------
# rnz, dct 2025-05-21 (Wednesday)
DOCS["holdout18-rnz-whakatane-cycle-trail"] = ("rnz", [
    E("Whakatāne", "GPE"),
    E("Ngāti Awa", "NORP"),
    P("Mereana Tūtaki"),
    E("Bay of Plenty", "GPE"),
    E("Ōhope", "GPE"),
    E("Matatā", "GPE"),
    E("Whakatāne District Council", "ORG"),
    D("this week", "2025-05-19/2025-05-25"),
    D("Tuesday", "2025-05-20"),
    E("Te Rūnanga o Ngāti Awa", "ORG"),
    E("Bay of Plenty Regional Council", "ORG"),
    E("NZ Transport Agency Waka Kotahi", "ORG"),
    E("Ōhope Beach", "LOC"),
    E("Whakatāne River", "LOC"),
    E("Rangitāiki River", "LOC"),
    E("Matatā", "GPE"),
    E("Ngāti Awa", "NORP"),
    P("Tīpene Rāwiri", ref="raw"),
    Q("This coastline carries the stories of our tūpuna. People will ride past places where waka landed and pā stood, and for the first time those stories will be told where they happened,", by="raw"),
    Q("It's not just a bike path for us. It's a way of bringing our young people back to the whenua.", by="raw"),
    E("Whakatāne", "GPE"),
    E("Rangitāiki River", "LOC"),
    E("Thornton", "GPE"),
    D("Matariki", "2025-06-20"),
    D("next month", "2025-06"),
    P("Gavin Treloar", key="Treloar", ref="tre1"),
    Q("I like the trail. I just don't think this is the year to borrow for it,", by="tre2"),
    P("Treloar", key="Treloar", ref="tre2"),
    Q("We have wastewater pipes in Edgecumbe that are older than most people in this room.", by="tre2"),
    E("Edgecumbe", "GPE"),
    D("August", "2025-08"),
    P("Aroha Ngātai-Wilson", ref="anw"),
    Q("Ōhope gets the summer crowds already. Matatā and Thornton don't, and this gives people a reason to stop there,", by="anw"),
    E("Ōhope", "GPE"),
    E("Matatā", "GPE"),
    E("Thornton", "GPE"),
    E("Bay of Plenty Regional Council", "ORG"),
    E("Rangitāiki", "LOC"),
    E("Ōhiwa Harbour", "LOC"),
    D("2021", "2021"),
    D("2027", "2027"),
])

# ---------------------------------------------------------------------------
# scotsman, dct 2023-10-11 (Wednesday); CRLF line ends
DOCS["holdout18-scotsman-ferry-delay"] = ("scotsman", [
    Q("lost summer", by=None),  # headline, attributed to unnamed "Island leaders"
    P("Eilidh McLaren"),
    E("Outer Hebrides", "LOC"),
    D("another summer", "2024-SU"),
    E("Uig", "GPE"),
    D("autumn next year", "2024-FA"),
    D("9 October 2023", "2023-10-09"),
    E("CMAL", "ORG"),
    E("Comhairle nan Eilean Siar", "ORG"),
    E("Uig", "GPE"),
    E("Skye", "LOC"),
    E("Tarbert", "GPE"),
    E("Lochmaddy", "GPE"),
    D("spring 2024", "2024-SP"),
    P("Kenneth MacAulay", key="MacAulay", ref="mca1"),
    Q("anger, but not surprise", by="mca1"),
    E("Harris", "LOC"),
    E("North Uist", "LOC"),
    Q("Every summer we are told that next summer will be different,", by="mca2"),
    D("next summer", "2024-SU"),
    P("MacAulay", key="MacAulay", ref="mca2"),
    Q("Businesses here have lost bookings, hauliers have lost loads, and families have missed hospital appointments on the mainland. We need a date we can believe in, and we need a relief vessel in the meantime.", by="mca2"),
    E("Holyrood", "ORG"),
    D("Tuesday", "2023-10-10"),
    E("Scottish Labour", "ORG"),
    E("SNP", "ORG"),
    Q("managing decline", by=None),  # attributed to Scottish Labour (a party), no person named
    P("Fiona McGarrity", ref="mcg"),
    E("Scottish Labour", "ORG"),
    Q("run out of patience with apologies", by="mcg"),
    Q("The Scottish Government has known since the spring that this vessel was in trouble. Islanders found out from a letter to their council.", by="mcg"),
    E("Scottish Government", "ORG"),
    D("the spring", "2023-SP"),
    E("SNP", "ORG"),
    P("Alasdair MacInnes", ref="mci"),
    E("Benbecula", "LOC"),
    Q("wrong to pretend the problems began with this government", by="mci"),
    Q("far better communication than they have had", by="mci"),
    E("CalMac", "ORG"),
    E("Uig", "GPE"),
    D("2024", "2024"),
    D("the peak weeks of July and August", "2024-07/2024-08"),
    E("Scottish Government", "ORG"),
    Q("We recognise the frustration this delay will cause. Ministers have asked CMAL for a full timeline by the end of the month and will update Parliament as soon as it is received.", by=None),  # unnamed spokesman
    E("CMAL", "ORG"),
    D("the end of the month", "2023-10"),
    E("Parliament", "ORG"),
    Q("We are investing more than £700 million in ferry services and infrastructure over the next five years, and six new major vessels will join the fleet by 2027.", by=None),
    D("the next five years", "FUTURE_REF"),
    D("2027", "2027"),
    E("Scottish Conservatives", "ORG"),
    E("CMAL", "ORG"),
    E("Scottish Greens", "ORG"),
    E("Tarbert", "GPE"),
    D("2017", "2017"),
    P("Morag Macdonald-Reid", ref="mmr"),
    D("this year", "2023"),
    Q("We had 40 cancellations in August alone,", by="mmr"),
    D("August", "2023-08"),
    Q("People don’t rebook. They just go to Mull or Arran instead.", by="mmr"),
    E("Mull", "LOC"),
    E("Arran", "LOC"),
])

OPEN_MARKS = {"\u201c", "\u2018", '"', "'"}
CLOSE_MARKS = {"\u201d", "\u2019", '"', "'"}


def locate(text, m, cursor):
    s = m["text"]
    if m["label"] == "QUOTE":
        pat = re.escape(s)
    else:
        pat = r"(?<!\w)" + re.escape(s) + r"(?!\w)"
    if m.get("after"):
        pat = r"(?<=" + re.escape(m["after"]) + r")" + pat
    mo = re.compile(pat).search(text, cursor)
    if not mo:
        sys.exit(f"NOT FOUND after {cursor}: {m}")
    return mo.start(), mo.end()


def build():
    manifest = {}
    with open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            manifest[r["doc_id"]] = r
    out = []
    for doc_id, (short, entries) in DOCS.items():
        path = os.path.join(CORPUS, manifest[doc_id]["file"])
        text = open(path, encoding="utf-8", newline="").read()
        cursor = 0
        spans = []
        for m in entries:
            st, en = locate(text, m, cursor)
            assert text[st:en] == m["text"]
            cursor = st if m["label"] == "QUOTE" else en
            spans.append(dict(m, start=st, end=en))
        # QUOTE spans: must sit right inside quotation marks (or run to paragraph end, 7a)
        for s in spans:
            if s["label"] == "QUOTE":
                before = text[s["start"] - 1]
                after = text[s["end"]] if s["end"] < len(text) else "\n"
                assert before in OPEN_MARKS, (doc_id, s["text"][:30], before)
                assert after in CLOSE_MARKS or after in "\r\n", (doc_id, s["text"][-30:], after)
            else:
                t = s["text"]
                assert t == t.strip() and t[0].isalnum() and (t[-1].isalnum() or t[-1] in ".s"), t
        # reading order must equal listing order
        order = sorted(range(len(spans)), key=lambda i: (spans[i]["start"], -spans[i]["end"]))
        assert order == list(range(len(spans))), f"{doc_id}: entries not in reading order"
        # flatness: only entity/date spans inside a QUOTE
        for i, a in enumerate(spans):
            for b in spans[i + 1:]:
                if b["start"] >= a["end"]:
                    continue
                ok = a["label"] == "QUOTE" and b["label"] != "QUOTE" and b["end"] <= a["end"]
                assert ok, f"{doc_id}: overlap {a['text']!r} / {b['text']!r}"
        # ids
        for n, s in enumerate(spans, 1):
            s["id"] = f"{short}-{n}"
        ids = [s["id"] for s in spans]
        assert len(set(ids)) == len(ids)
        refs = {}
        for s in spans:
            if s["label"] == "PERSON" and s.get("ref"):
                assert s["ref"] not in refs, s["ref"]
                refs[s["ref"]] = s
        relations = []
        for q in spans:
            if q["label"] != "QUOTE" or q["by"] is None:
                continue
            p = refs[q["by"]]
            # check the chosen mention is the nearest mention of that speaker (section 7)
            def dist(x):
                if x["end"] <= q["start"]:
                    return q["start"] - x["end"]
                if x["start"] >= q["end"]:
                    return x["start"] - q["end"]
                return 0  # inside the quote
            same = [x for x in spans if x["label"] == "PERSON" and x["key"] == p["key"]]
            best = min(same, key=dist)
            assert dist(best) == dist(p), (doc_id, q["text"][:40], p["text"], best["text"], dist(p), dist(best))
            relations.append({"from": q["id"], "to": p["id"], "type": "said_by"})
        rec_spans = []
        for s in spans:
            r = {"id": s["id"], "start": s["start"], "end": s["end"], "label": s["label"], "text": s["text"]}
            if s["label"] == "DATE":
                r["value"] = s["value"]
            rec_spans.append(r)
        out.append({"doc_id": doc_id, "spans": rec_spans, "relations": relations})
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    res = build()
    from collections import Counter
    for r in res:
        c = Counter(s["label"] for s in r["spans"])
        print(r["doc_id"], dict(sorted(c.items())), "said_by:", len(r["relations"]))
