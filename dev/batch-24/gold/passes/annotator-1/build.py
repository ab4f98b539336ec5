#!/usr/bin/env python3
"""Hand-chosen annotation of the eight holdout18 articles.

Every mention below was chosen by reading the text (no NLP tool).  This
script only turns the hand-written list into offsets:

* each entry is (surface text, label, DATE value or None, options); options may
  carry a "key" (to refer to the span in a said_by pair) and "ctx" (a short
  left context that must immediately precede the surface text);
* entries are listed in reading order; the surface is searched from a cursor
  that moves past each found entity (for a QUOTE the cursor stays at
  the quote start, so that entities inside the quote are found next);
* a match must not be glued to a letter/digit on either side;
* checks: text[start:end] == surface, flat spans (only entity/date spans may lie
  inside a QUOTE), unique ids, every said_by points from a QUOTE to a PERSON and
  that PERSON is the nearest mention of the speaker (given by its name forms).

Output: annotation.jsonl next to this script.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")

ENTITY = {"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE"}


def P(t, **o): return (t, "PERSON", None, o)
def O(t, **o): return (t, "ORG", None, o)
def G(t, **o): return (t, "GPE", None, o)
def L(t, **o): return (t, "LOC", None, o)
def N(t, **o): return (t, "NORP", None, o)
def D(t, v, **o): return (t, "DATE", v, o)
def Q(t, **o): return (t, "QUOTE", None, o)


DOCS = []

# ---------------------------------------------------------------- rail
DOCS.append(dict(
    doc_id="holdout18-euronews-rail-freight", short="rail",
    mentions=[
        G("Brussels"),
        D("2030", "2030"),
        P("Clara Moreau-Lindt"),
        G("BRUSSELS"),
        O("European Commission"),
        D("Wednesday", "2021-04-21"),
        D("2030", "2030"),
        G("Brussels"),
        P("Ilse Vandermeulen", key="vdm1"),
        D("the early 2000s", "2000/2009"),
        Q("We have talked about modal shift for twenty years. Trucks have kept winning, because the rules let them win,", key="q1"),
        P("Vandermeulen", key="vdm2"),
        Q("This proposal changes the rules.", key="q2"),
        D("the end of 2023", "2023"),
        O("EU"),
        O("Commission"),
        O("EU"),
        D("2021", "2021"),
        D("this month", "2021-04"),
        N("Portuguese"),
        O("Council of the EU"),
        O("European Parliament"),
        Q("This is the first time the Commission puts a number on it that governments can be held to,", key="q3"),
        O("Commission"),
        N("Dutch"),
        N("Green"),
        P("Joost van den Berg", key="vdb"),
        N("French"),
        O("Renew Europe"),
        P("Hélène de Villeneuve", key="hdv"),
        Q("Targets without money are only wishes. I want to see where the billions come from before I celebrate.", key="q4"),
        N("German"),
        N("Christian Democrat"),
        P("Markus Stollberg"),
        O("European People's Party"),
        O("EPP"),
        L("Europe"),
        P("Marek Zieliński", key="zi1"),
        N("Polish"),
        L("Europe"),
        Q("You cannot order a business onto a train that does not exist,", key="q5"),
        P("Zieliński", key="zi2"),
        O("Community of European Railway and Infrastructure Companies"),
        O("CER"),
        D("2027", "2027"),
        Q("The ambition is right. The question is whether the money follows,", key="q6"),  # unnamed CER spokesperson
        O("CER"),
        O("European Parliament"),
        O("Council"),
        D("next year", "2022"),
    ],
    said_by=[
        ("q1", "vdm2", {"Ilse Vandermeulen", "Vandermeulen"}),
        ("q2", "vdm2", {"Ilse Vandermeulen", "Vandermeulen"}),
        ("q3", "vdb", {"Joost van den Berg"}),
        ("q4", "hdv", {"Hélène de Villeneuve"}),
        ("q5", "zi2", {"Marek Zieliński", "Zieliński"}),
    ],
))

# ---------------------------------------------------------------- rta
DOCS.append(dict(
    doc_id="holdout18-gulfnews-rta-express-buses", short="rta",
    mentions=[
        O("RTA"),
        G("Dubai"),
        G("Sharjah"),
        D("January 1", "2025-01-01"),
        P("Layla al-Hashimi"),
        G("Dubai"),                      # dateline "Dubai:"
        G("Dubai"),
        G("Sharjah"),
        D("January 1, 2025", "2025-01-01"),
        O("Roads and Transport Authority"),
        O("RTA"),
        D("Monday", "2024-12-09"),
        O("Sharjah Roads and Transport Authority"),
        O("SRTA"),
        G("Al Qusais"),
        G("Dubai Internet City"),
        G("Al Taawun"),
        G("University City"),
        G("Sharjah"),
        O("RTA"),
        D("Ramadan 1446", "2025-03"),
        D("March 1", "2025-03-01"),
        D("Eid Al Fitr", "2025-03-30"),
        P("Khalid bin Saeed al-Mansoori", key="man1"),
        O("RTA"),
        O("Public Transport Agency"),
        Q("These routes give commuters a reliable alternative to sitting in traffic at seven in the morning,", key="q1"),
        Q("Each express bus can take around 40 cars off the road at peak hours, and we have given them dedicated lanes on the busiest stretches.", key="q2"),
        P("Al-Mansoori", key="man2"),
        O("RTA"),
        P("Abdullah bin Rashid al-Suwaidi", key="suw1"),
        O("SRTA"),
        D("last year", "2023"),
        Q("We looked at where people actually start and finish their journeys, not only at the bus stations,", key="q3"),
        P("al-Suwaidi", key="suw2"),
        Q("University City was an obvious choice because thousands of students come from Dubai every morning.", key="q4"),
        G("University City"),
        G("Dubai"),
        O("Ministry of Energy and Infrastructure"),
        G("Dubai"),
        G("Sharjah"),
        D("the end of 2025", "2025"),
        Q("I leave home in Al Taawun at 6.15am and I still reach my office late three days a week,", key="q5"),
        G("Al Taawun"),
        P("Rajesh Menon", key="men"),
        N("Indian"),
        G("Dubai Internet City"),
        Q("If the bus is really faster than my car, I will leave the car at home.", key="q6"),
        N("Emirati"),
        P("Fatima al-Shamsi"),
        G("Sharjah"),
        G("Al Qusais"),
        O("RTA"),
        G("Dubai"),
        O("RTA"),
        G("Abu Dhabi"),
        D("2023", "2023"),
        O("RTA"),
        D("the end of December", "2024-12"),
    ],
    said_by=[
        ("q1", "man2", {"Khalid bin Saeed al-Mansoori", "Al-Mansoori"}),
        ("q2", "man2", {"Khalid bin Saeed al-Mansoori", "Al-Mansoori"}),
        ("q3", "suw2", {"Abdullah bin Rashid al-Suwaidi", "al-Suwaidi"}),
        ("q4", "suw2", {"Abdullah bin Rashid al-Suwaidi", "al-Suwaidi"}),
        ("q5", "men", {"Rajesh Menon"}),
        ("q6", "men", {"Rajesh Menon"}),
    ],
))

# ---------------------------------------------------------------- egay
DOCS.append(dict(
    doc_id="holdout18-inquirer-egay-flood-probe", short="egay",
    mentions=[
        O("DPWH"),
        P("Kristine Joy Manalastas"),
        G("MANILA"),
        G("Philippines"),
        D("Wednesday", "2023-08-02"),
        G("Central Luzon"),
        G("Bulacan"),
        G("Pampanga"),
        P("Gregorio de la Vega", key="dlv1"),
        O("Senate"),
        O("Department of Public Works and Highways"),
        O("DPWH"),
        D("2021", "2021"),
        Q("We were told these projects would protect our people. Where did the money go when the water came?", key="q1"),
        P("de la Vega", key="dlv2"),
        P("Ma. Lourdes Dela Paz-Navarro", key="dpn1"),
        G("Calumpit"),
        G("Hagonoy"),
        L("Fuga Island"),
        G("Aparri"),
        G("Cagayan"),
        D("July 26", "2023-07-26"),
        Q("Our kababayans in Bulacan are not asking for miracles. They are asking for dikes that do not break,", key="q2"),
        G("Bulacan"),
        P("Dela Paz-Navarro", key="dpn2"),
        O("DPWH"),
        P("Reynaldo Macaraeg", key="mac1"),
        G("Central Luzon"),
        D("the last week of July", "2023-07"),
        Q("Our structures worked as designed. The volume of water was simply beyond what any dike in the area was built for,", key="q3"),
        P("Macaraeg", key="mac2"),
        O("Senate"),
        D("Last Tuesday", "2023-08-01"),
        O("Department of the Interior and Local Government"),
        O("DILG"),
        Q("No family should be sent home to a house that is still under water,", key="q4"),  # the DILG (no person)
        O("DILG"),
        G("Barangay San Roque"),
        G("Calumpit"),
        P("Lorna Dimaculangan", key="dim1"),
        O("Facebook"),
        Q("Hanggang dibdib pa rin ang tubig sa Purok 4. Salamat po sa lahat ng nagpadala ng tulong 🙏 Huwag po munang bumalik sa bahay malapit sa ilog 🌊,", key="q5"),
        G("Purok 4"),
        P("Dimaculangan", key="dim2"),
        D("Tuesday", "2023-08-01"),
        G("Purok 4"),
        O("National Disaster Risk Reduction and Management Council"),
        D("Last year", "2022"),
        O("Commission on Audit"),
        O("DPWH"),
        G("Pampanga"),
        G("Macabebe"),
        P("De la Vega", key="dlv3"),
        D("next week", "2023-08-07/2023-08-13"),
    ],
    said_by=[
        ("q1", "dlv2", {"Gregorio de la Vega", "de la Vega", "De la Vega"}),
        ("q2", "dpn2", {"Ma. Lourdes Dela Paz-Navarro", "Dela Paz-Navarro"}),
        ("q3", "mac2", {"Reynaldo Macaraeg", "Macaraeg"}),
        ("q5", "dim2", {"Lorna Dimaculangan", "Dimaculangan"}),
    ],
))

# ---------------------------------------------------------------- kessler
DOCS.append(dict(
    doc_id="holdout18-kessler-antrieb-outlook", short="kessler",
    mentions=[
        N("German"),
        O("Kessler Antrieb"),
        G("FRANKFURT"),
        D("May 14", "2024-05-14"),
        O("Reuters"),
        N("German"),
        O("Kessler Antrieb AG"),
        D("Tuesday", "2024-05-14"),
        D("fiscal 2024", "2024-01/2024-12"),
        D("first-quarter", "2024-01/2024-03"),
        G("Frankfurt"),
        G("Stuttgart"),
        N("European"),
        N("Chinese"),
        D("the year", "2024-01/2024-12"),
        O("Kessler"),
        D("December", "2024-12"),
        D("March", "2024-03"),
        D("the three months to March", "2024-01/2024-03"),
        D("a year earlier", "2023-01/2023-03"),
        P("Annette Vogelsang-Brandt", key="vb1"),
        D("2025 and 2026", "2025/2026"),
        O("Kessler"),
        G("Hungary"),
        G("Mexico"),
        Q("We are not seeing a collapse in demand, we are seeing a delay,", key="q1"),
        P("Vogelsang-Brandt", key="vb2"),
        Q("The platforms we have been nominated for have not been cancelled. But our customers are taking their time, and we have to size the business for the volumes we actually see in 2024, not the ones we were promised in 2022.", key="q2"),
        D("2024", "2024"),
        D("2022", "2022"),
        D("the end of next year", "2025"),
        G("Germany"),
        D("the second and third quarters", "2024-04/2024-09"),
        O("IG Metall"),
        D("June", "2024-06"),
        Q("The measures are painful, but they are necessary to protect our competitiveness,", key="q3"),  # unnamed spokesperson
        Q("The first quarter was weak, but the message on the second half is what worries us,", key="q4"),
        D("The first quarter", "2024-01/2024-03"),
        D("the second half", "2024-07/2024-12"),
        P("Lukas Oberhauser", key="obe"),
        O("Rhein Capital Partners"),
        Q("Management is effectively telling us there is no recovery in electric volumes before the fourth quarter at the earliest.", key="q5"),
        D("the fourth quarter", "2024-10/2024-12"),
        O("Hartwig & Co"),
        P("Sofia Marchetti", key="mar1"),
        O("Kessler"),
        D("the second quarter of 2020", "2020-04/2020-06"),
        Q("They can afford this year. They cannot afford two more like it,", key="q6"),
        D("this year", "2024"),
        P("Marchetti", key="mar2"),
        G("Frankfurt"),
        O("Kessler"),
        Q("looks thinner than at any point since the pandemic.", key="q7"),  # unnamed analyst
        P("Rainer Koll"),
        D("the end of March", "2024-03"),
        D("the third quarter", "2024-07/2024-09"),
        O("Kessler"),
        D("recent months", "PAST_REF"),
        L("Europe"),
        G("Germany"),
        D("December", "2023-12"),
        O("Kessler"),
        G("Germany"),
        D("the start of the year", "2024"),
        P("Tobias Kramer-Lenz"),
        P("Helen Pryce"),
    ],
    said_by=[
        ("q1", "vb2", {"Annette Vogelsang-Brandt", "Vogelsang-Brandt"}),
        ("q2", "vb2", {"Annette Vogelsang-Brandt", "Vogelsang-Brandt"}),
        ("q4", "obe", {"Lukas Oberhauser"}),
        ("q5", "obe", {"Lukas Oberhauser"}),
        ("q6", "mar2", {"Sofia Marchetti", "Marchetti"}),
    ],
))

# ---------------------------------------------------------------- tram
DOCS.append(dict(
    doc_id="holdout18-ljubljana-tram-opens", short="tram",
    mentions=[
        G("Ljubljana"),
        D("Saturday, September 29, 2018", "2018-09-29"),
        G("Ljubljana"),
        G("Slovenia"),
        D("Friday", "2018-09-28"),
        G("Brdo"),
        D("December 1958", "1958-12"),
        P("Tjaša Kranjc-Novak", key="kn"),
        G("Brdo"),
        Q("the most important change to how people move around Ljubljana in two generations.", key="q1"),
        G("Ljubljana"),
        Q("My grandmother rode the old tram to work along Tržaška cesta. Today my children rode the new one along the same street.", key="q2"),
        D("Today", "2018-09-28"),
        O("European Union"),
        O("Cohesion Fund"),
        G("Slovenia"),
        O("Ministry of Infrastructure"),
        D("March 2016", "2016-03"),
        D("the end of 2017", "2017"),
        N("Roman"),
        G("Emona"),
        O("University of Ljubljana"),
        O("Mestni Tramvaj Ljubljana"),
        G("Czech Republic"),
        P("Matej Žagar", key="za1"),
        Q("We expected worse, to be honest,", key="q3"),
        P("Žagar", key="za2"),
        Q("The drivers have been training on the line since June, and it showed.", key="q4"),
        D("June", "2018-06"),
        G("Vič"),
        D("Thursday", "2018-09-27"),
        P("Bojan Hribar", key="hri"),
        Q("cost some of our members everything they had.", key="q5"),
        G("Črnuče"),
        D("next spring", "2019-SP"),
        D("the mid-2020s", "2020/2029"),
        N("European"),
        G("Ljubljana"),
        D("1901", "1901"),
        G("Austria-Hungary"),
        D("the 1930s", "1930/1939"),
        D("the 1950s", "1950/1959"),
        P("Petra Golob"),
        G("Ljubljani"),
        O("Delo"),
        D("September 28, 2018", "2018-09-28"),
        G("Ljubljana"),
        O("Slovenia Times"),
        D("September 28, 2018", "2018-09-28"),
        P("Andrej Kos"),
        O("Slovenian Press Agency"),
        D("September 27, 2018", "2018-09-27"),
    ],
    said_by=[
        ("q1", "kn", {"Tjaša Kranjc-Novak", "Kranjc-Novak"}),
        ("q2", "kn", {"Tjaša Kranjc-Novak", "Kranjc-Novak"}),
        ("q3", "za2", {"Matej Žagar", "Žagar"}),
        ("q4", "za2", {"Matej Žagar", "Žagar"}),
        ("q5", "hri", {"Bojan Hribar", "Hribar"}),
    ],
))

# ---------------------------------------------------------------- namibian
DOCS.append(dict(
    doc_id="holdout18-namibian-regional-councils", short="namibian",
    mentions=[
        P("Ndeshipanda Amukoshi"),
        G("Khomas"),
        G("Erongo"),
        G("Oshana"),
        D("this financial year", "2017-04/2018-03"),
        G("Windhoek"),
        D("Monday", "2017-07-17"),
        O("Erongo Regional Council"),
        P("Festus Nangolo-Haufiku", key="nh1"),
        D("2017/18", "2017-04/2018-03"),
        # quotation over two paragraphs: one span per paragraph (7a)
        Q("At the DRC in Swakopmund alone we have more than 20 000 people, and in Walvis Bay the backyard shacks grow every month. With N$38 million we can service maybe 600 plots, and only if the contractors finish on time.", key="q1"),
        G("DRC"),
        G("Swakopmund"),
        G("Walvis Bay"),
        Q("I am not saying the ministry does not care. I am saying the numbers do not add up, and we will sit here next year with the same problem if nothing changes,", key="q2"),
        D("next year", "2018"),
        P("Nangolo-Haufiku", key="nh2"),
        O("Ministry of Urban and Rural Development"),
        D("last year", "2016"),
        D("the 2016/17 financial year", "2016-04/2017-03"),
        D("the end of March", "2017-03"),
        P("Magdalena Shikongo", key="shi1"),
        Q("We are being asked for bigger allocations by councils that returned money to Treasury last year. That is a conversation we have to have honestly,", key="q3"),
        O("Treasury"),
        D("last year", "2016"),
        O("Khomas Regional Council"),
        P("Ester Amutenya", key="amu1"),
        O("Swapo"),
        G("Katutura East"),
        G("Windhoek"),
        G("Havana"),
        G("Okahandja Park"),
        Q("People are using the riverbed. When the rain comes in January, that is a health crisis waiting for us,", key="q4"),
        D("January", "2018-01"),
        P("Amutenya", key="amu2"),
        G("Oshana"),
        G("Oshakati East"),
        P("Tuhafeni Shivute"),
        G("Oshakati"),
        G("Ongwediva"),
        D("2011", "2011"),
        G("Walvis Bay"),
        P("Marthinus Coetzee", key="coe1"),
        O("Popular Democratic Movement"),
        O("PDM"),
        O("Swapo"),
        Q("The money is not the only problem. Tenders are awarded late, the work starts in November, and by March they tell you it is too late to spend,", key="q5"),
        D("November", "2016-11"),
        D("March", "2017-03"),
        P("Coetzee", key="coe2"),
        G("Swakopmund"),
        P("Klaus Dittmann"),
        G("DRC"),
        O("Namibian"),
        D("the past two years", "PAST_REF"),
        P("Shikongo", key="shi2"),
        O("Cabinet"),
        D("September", "2017-09"),
        D("the first quarter", "2017-04/2017-06"),
    ],
    said_by=[
        ("q1", "nh1", {"Festus Nangolo-Haufiku", "Nangolo-Haufiku"}),
        ("q2", "nh2", {"Festus Nangolo-Haufiku", "Nangolo-Haufiku"}),
        ("q3", "shi1", {"Magdalena Shikongo", "Shikongo"}),
        ("q4", "amu2", {"Ester Amutenya", "Amutenya"}),
        ("q5", "coe2", {"Marthinus Coetzee", "Coetzee"}),
    ],
))

# ---------------------------------------------------------------- whakatane
DOCS.append(dict(
    doc_id="holdout18-rnz-whakatane-cycle-trail", short="whakatane",
    mentions=[
        G("Whakatāne"),
        N("Ngāti Awa"),
        P("Mereana Tūtaki"),
        G("Bay of Plenty"),
        G("Ōhope"),
        G("Matatā"),
        O("Whakatāne District Council"),
        D("this week", "2025-05-19/2025-05-25"),
        D("Tuesday", "2025-05-20"),
        O("Te Rūnanga o Ngāti Awa"),
        O("Bay of Plenty Regional Council"),
        O("NZ Transport Agency Waka Kotahi"),
        L("Ōhope Beach"),
        L("Whakatāne River"),
        L("Rangitāiki River"),
        G("Matatā"),
        N("Ngāti Awa"),
        P("Tīpene Rāwiri", key="raw"),
        Q("This coastline carries the stories of our tūpuna. People will ride past places where waka landed and pā stood, and for the first time those stories will be told where they happened,", key="q1"),
        Q("It's not just a bike path for us. It's a way of bringing our young people back to the whenua.", key="q2"),
        G("Whakatāne"),
        L("Rangitāiki River"),
        G("Thornton"),
        D("Matariki next month", "2025-06-20"),
        P("Gavin Treloar", key="tre1"),
        Q("I like the trail. I just don't think this is the year to borrow for it,", key="q3"),
        P("Treloar", key="tre2"),
        Q("We have wastewater pipes in Edgecumbe that are older than most people in this room.", key="q4"),
        G("Edgecumbe"),
        D("August", "2025-08"),
        P("Aroha Ngātai-Wilson", key="ngw"),
        Q("Ōhope gets the summer crowds already. Matatā and Thornton don't, and this gives people a reason to stop there,", key="q5"),
        G("Ōhope"),
        G("Matatā"),
        G("Thornton"),
        O("Bay of Plenty Regional Council"),
        L("Rangitāiki"),
        L("Ōhiwa Harbour"),
        D("2021", "2021"),
        D("2027", "2027"),
    ],
    said_by=[
        ("q1", "raw", {"Tīpene Rāwiri", "Rāwiri"}),
        ("q2", "raw", {"Tīpene Rāwiri", "Rāwiri"}),
        ("q3", "tre2", {"Gavin Treloar", "Treloar"}),
        ("q4", "tre2", {"Gavin Treloar", "Treloar"}),
        ("q5", "ngw", {"Aroha Ngātai-Wilson", "Ngātai-Wilson"}),
    ],
))

# ---------------------------------------------------------------- ferry
DOCS.append(dict(
    doc_id="holdout18-scotsman-ferry-delay", short="ferry",
    mentions=[
        Q("lost summer", key="q0"),  # headline; "Island leaders", never a named person
        P("Eilidh McLaren"),
        L("Outer Hebrides"),
        D("another summer", "2024-SU"),
        G("Uig"),
        D("autumn next year", "2024-FA"),
        D("9 October 2023", "2023-10-09"),
        O("CMAL"),
        O("Comhairle nan Eilean Siar"),
        G("Uig"),
        L("Skye"),
        G("Tarbert"),
        G("Lochmaddy"),
        D("spring 2024", "2024-SP"),
        P("Kenneth MacAulay", key="mca1"),
        Q("anger, but not surprise", key="q1"),
        L("Harris"),
        L("North Uist"),
        Q("Every summer we are told that next summer will be different,", key="q2"),
        D("next summer", "2024-SU"),
        P("MacAulay", key="mca2"),
        Q("Businesses here have lost bookings, hauliers have lost loads, and families have missed hospital appointments on the mainland. We need a date we can believe in, and we need a relief vessel in the meantime.", key="q3"),
        O("Holyrood"),
        D("Tuesday", "2023-10-10"),
        O("Scottish Labour"),
        O("SNP"),
        Q("managing decline", key="q4"),  # attributed to Scottish Labour (a party), no person
        P("Fiona McGarrity", key="mcg"),
        O("Scottish Labour"),
        Q("run out of patience with apologies", key="q5"),
        Q("The Scottish Government has known since the spring that this vessel was in trouble. Islanders found out from a letter to their council.", key="q6"),
        O("Scottish Government"),
        D("the spring", "2023-SP"),
        O("SNP"),
        P("Alasdair MacInnes", key="mci"),
        L("Benbecula"),
        Q("wrong to pretend the problems began with this government", key="q7"),
        Q("far better communication than they have had", key="q8"),
        O("CalMac"),
        G("Uig"),
        D("the 2024 season", "2024"),
        D("the peak weeks of July and August", "2024-07/2024-08"),
        O("Scottish Government"),
        Q("We recognise the frustration this delay will cause. Ministers have asked CMAL for a full timeline by the end of the month and will update Parliament as soon as it is received.", key="q9"),  # unnamed spokesman
        O("CMAL"),
        D("the end of the month", "2023-10"),
        O("Parliament"),
        Q("We are investing more than £700 million in ferry services and infrastructure over the next five years, and six new major vessels will join the fleet by 2027.", key="q10"),  # unnamed spokesman
        D("the next five years", "FUTURE_REF"),
        D("2027", "2027"),
        O("Scottish Conservatives"),
        O("CMAL"),
        O("Scottish Greens"),
        G("Tarbert"),
        D("2017", "2017"),
        P("Morag Macdonald-Reid", key="mmr"),
        D("this year", "2023"),
        Q("We had 40 cancellations in August alone,", key="q11"),
        D("August", "2023-08"),
        Q("People don’t rebook. They just go to Mull or Arran instead.", key="q12"),
        L("Mull"),
        L("Arran"),
    ],
    said_by=[
        ("q1", "mca1", {"Kenneth MacAulay", "MacAulay"}),
        ("q2", "mca2", {"Kenneth MacAulay", "MacAulay"}),
        ("q3", "mca2", {"Kenneth MacAulay", "MacAulay"}),
        ("q5", "mcg", {"Fiona McGarrity", "McGarrity"}),
        ("q6", "mcg", {"Fiona McGarrity", "McGarrity"}),
        ("q7", "mci", {"Alasdair MacInnes", "MacInnes"}),
        ("q8", "mci", {"Alasdair MacInnes", "MacInnes"}),
        ("q11", "mmr", {"Morag Macdonald-Reid", "Macdonald-Reid"}),
        ("q12", "mmr", {"Morag Macdonald-Reid", "Macdonald-Reid"}),
    ],
))

QUOTE_OPEN = {'"', "“", "‘", "'"}
QUOTE_CLOSE = {'"', "”", "’", "'"}


def find(text, surface, label, cursor, ctx):
    pos = cursor
    while True:
        i = text.find(surface, pos)
        if i < 0:
            raise SystemExit(f"not found after {cursor}: {surface!r}")
        j = i + len(surface)
        ok = True
        if label != "QUOTE":
            if i > 0 and text[i - 1].isalnum():
                ok = False
            if j < len(text) and text[j].isalnum():
                ok = False
        if ctx is not None and text[max(0, i - len(ctx)):i] != ctx:
            ok = False
        if ok:
            return i, j
        pos = i + 1


def nearest_dist(a, b):
    """character distance between two non-overlapping spans"""
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0


def build(doc, manifest):
    meta = manifest[doc["doc_id"]]
    path = os.path.join(CORPUS, meta["file"])
    with open(path, encoding="utf-8", newline="") as fh:
        text = fh.read()
    spans, keys = [], {}
    cursor = 0
    for n, (surface, label, value, opts) in enumerate(doc["mentions"], 1):
        start, end = find(text, surface, label, cursor, opts.get("ctx"))
        assert text[start:end] == surface
        assert surface == surface.strip(), surface
        if label == "QUOTE":
            # the marks themselves are outside the span
            assert text[start - 1] in QUOTE_OPEN, (surface, text[start - 1])
            assert text[end] in QUOTE_CLOSE or text[end] in "\r\n", (surface, repr(text[end]))
            cursor = start
        else:
            cursor = end
        sid = f"{doc['short']}-{n}"
        sp = {"id": sid, "start": start, "end": end, "label": label, "text": surface}
        if label == "DATE":
            assert value, surface
            sp["value"] = value
        else:
            assert value is None
        spans.append(sp)
        if "key" in opts:
            assert opts["key"] not in keys, opts["key"]
            keys[opts["key"]] = sp
    # ids unique
    assert len({s["id"] for s in spans}) == len(spans)
    # reading order
    for a, b in zip(spans, spans[1:]):
        assert a["start"] <= b["start"], (a, b)
    # flatness: only entity/date inside QUOTE
    for a in spans:
        for b in spans:
            if a is b:
                continue
            if a["start"] < b["end"] and b["start"] < a["end"]:
                inside = a["start"] <= b["start"] and b["end"] <= a["end"]
                if not (a["label"] == "QUOTE" and b["label"] in ENTITY and inside) and \
                   not (b["label"] == "QUOTE" and a["label"] in ENTITY and
                        b["start"] <= a["start"] and a["end"] <= b["end"]):
                    raise SystemExit(f"overlap {a} {b}")
    # relations
    rels = []
    seen_q = set()
    for qk, pk, forms in doc["said_by"]:
        q, p = keys[qk], keys[pk]
        assert q["label"] == "QUOTE" and p["label"] == "PERSON"
        assert p["text"] in forms
        assert q["id"] not in seen_q
        seen_q.add(q["id"])
        cands = [s for s in spans if s["label"] == "PERSON" and s["text"] in forms]
        qd = (q["start"], q["end"])
        best = min(nearest_dist(qd, (s["start"], s["end"])) for s in cands)
        mine = nearest_dist(qd, (p["start"], p["end"]))
        assert mine == best, f"{qk}->{pk} is not the nearest ({mine} vs {best})"
        rels.append({"from": q["id"], "to": p["id"], "type": "said_by"})
    return {"doc_id": doc["doc_id"], "spans": spans, "relations": rels}


def main():
    manifest = {}
    with open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                m = json.loads(line)
                manifest[m["doc_id"]] = m
    assert {d["doc_id"] for d in DOCS} == set(manifest)
    out = []
    for doc in DOCS:
        out.append(build(doc, manifest))
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    for rec in out:
        counts = {}
        for s in rec["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
        print(rec["doc_id"], dict(sorted(counts.items())), "said_by:", len(rec["relations"]))


if __name__ == "__main__":
    main()
