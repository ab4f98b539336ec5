#!/usr/bin/env python3
"""Hand annotation of the dev8 corpus (annotator-1).

Every mention below was chosen by reading the text.  The script only turns the
hand-written list into offsets:

* Mentions are listed per article in reading order.  Each one is searched for
  from a cursor (word-bounded), so repeated names resolve to the right
  occurrence automatically; after an entity/date the cursor moves to its end,
  after a QUOTE it moves to the QUOTE's start, so that the entities and dates
  inside the quote (listed right after it) are found inside it.
* An optional `ctx` (short left context) pins an occurrence explicitly.
* QUOTE entries name their speaker (a key of SPEAKERS[doc]) or None when the
  speaker is never named as a person (section 7a).  said_by goes to the PERSON
  span naming that speaker that is nearest to the quote by character distance
  (section 7).

Checks: text[start:end] == surface text, spans are flat (only entities/dates
inside a QUOTE), QUOTE boundaries sit right after an opening mark and right
before a closing mark or the end of a paragraph, ids unique.
"""
import json
import re
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[3] / "corpus"  # dev/batch-8/corpus
OUT = Path(__file__).resolve().parent / "annotation.jsonl"

P, O, G, L, N = "PERSON", "ORG", "GPE", "LOC", "NORP"


def D(text, value, ctx=None):
    return ("DATE", text, value, ctx)


def E(text, label, ctx=None):
    return (label, text, None, ctx)


def Q(text, speaker, ctx=None):
    return ("QUOTE", text, speaker, ctx)


DOCS = {}
SPEAKERS = {}

# ---------------------------------------------------------------- galway
SPEAKERS["gal"] = {
    "nibhriain": ["Mairéad Ní Bhriain", "Ní Bhriain"],
    "macgiollari": ["Pádraig Mac Giolla Rí", "Mac Giolla Rí"],
    "breathnach": ["Seosaimhín Breathnach", "Breathnach"],
    "oheidhin": ["Lorcan Ó hEidhin", "Ó hEidhin"],
    "ocinneide": ["Niall Ó Cinnéide", "Ó Cinnéide"],
}
DOCS["gal"] = ("dev8-galway-knocknacarra-housing", [
    # headline
    E("Galway", G), E("Knocknacarra", G),
    # byline
    E("Áine Nic Dhonnchadha", P),
    # p1
    E("Galway", G), E("Sinn Féin", O), D("2025", "2025"),
    # p2
    E("Knocknacarra", G), E("Galway Bay", L), E("Galway City Council", O),
    D("Wednesday", "2022-02-09"),
    E("Fianna Fáil", O), E("Sinn Féin", O), E("Independents", N),
    # p3
    E("Corrib Homes Trust", O), D("the spring of 2020", "2020-SP"),
    E("Department of Housing", O), D("next month", "2022-03"),
    # p4
    E("Sinn Féin", O), E("Mairéad Ní Bhriain", P),
    Q("a disgrace for every family stuck in emergency accommodation in this city", "nibhriain"),
    # p5
    Q("We have more than 1,400 households on the housing list in Galway and last night we told 124 of them to keep waiting,", "nibhriain"),
    E("Galway", G), D("last night", "2022-02-09"),
    Q("Nobody who voted against this can stand over it on a doorstep.", "nibhriain"),
    # p6
    E("Ní Bhriain", P), E("Dáil", O), D("next week", "2022-02-14/2022-02-20"),
    # p7
    E("Pádraig Mac Giolla Rí", P), E("FF", O),
    Q("without one proper conversation with the people who live there", "macgiollari"),
    # p8
    Q("This is not about who gets to live in Knocknacarra,", "macgiollari"),
    E("Knocknacarra", G),
    E("Irish Times", O), D("Thursday", "2022-02-10"),
    Q("It is about a road that floods every winter, a sewer network that was at capacity in 2019, and a national school that has been teaching children in prefabs for six years.", "macgiollari"),
    D("2019", "2019"),
    # p9
    E("Éamon Ó Flaithearta", P), D("last summer", "2021-SU"),
    # p10
    E("Seosaimhín Breathnach", P), E("Knocknacarra Residents’ Association", O),
    D("January", "2022-01"),
    Q("People here are not against anyone,", "breathnach"),
    Q("We want the infrastructure first, and that is what we were promised in 2017.", "breathnach"),
    D("2017", "2017"),
    # p11
    E("Labour", O), E("Colm Ó Máille", P),
    # p12
    E("Lorcan Ó hEidhin", P),
    Q("reflect carefully", "oheidhin"),
    # p13
    E("Niall Ó Cinnéide", P), D("last month", "2022-01"), E("Galway", G),
    Q("falling further behind", "ocinneide"),
    # p14
    E("Dublin", G), D("Thursday", "2022-02-10"),
    Q("deeply disappointing", "ocinneide"),
    # p15
    Q("I respect the right of elected members to make decisions for their own area, but I would ask them to look at the numbers,", "ocinneide"),
    Q("Galway needs something close to 1,000 new homes a year and it delivered fewer than half of that in 2021.", "ocinneide"),
    E("Galway", G), D("2021", "2021"),
    # p16
    E("Land Development Agency", O), D("last year", "2021"),
    # p17
    E("Corrib Homes Trust", O),
    Q("considering all options", None),
    D("the summer", "2022-SU"),
])

# ---------------------------------------------------------------- kansai
SPEAKERS["kan"] = {
    "arakawa": ["Kenji Arakawa", "Arakawa"],
    "raghunathan": ["Priya Raghunathan", "Raghunathan"],
}
DOCS["kan"] = ("dev8-kansai-semiconductor-earnings", [
    # headline
    E("Kansai Semiconductor", O),
    # byline
    E("Yuki Morishita", P), E("Grace Ng-Whitfield", P),
    # p1
    E("Bloomberg", O), E("Kansai Semiconductor Holdings Co.", O), E("Japan", G),
    # p2
    D("Sept. 30", "2023-09-30"), E("Kyoto", G), D("Wednesday", "2023-11-08"),
    E("Bloomberg", O), D("the fiscal second quarter", "2023-07/2023-09"),
    # p3
    E("Kansai Semi", O),
    D("the fiscal year ending March 2024", "2023-04/2024-03"),
    E("Tokyo", G), D("Wednesday", "2023-11-08"), D("this year", "2023"),
    # p4
    D("the second half of 2022", "2022-07/2022-12"), E("South Korean", N),
    D("the July-September period", "2023-07/2023-09"),
    # p5
    Q("The AI piece is doing exactly what bulls hoped it would, and it's doing it a quarter earlier than we expected,", "arakawa"),
    E("Kenji Arakawa", P), E("Nakanoshima Securities Co.", O), E("Osaka", G),
    Q("The question now is whether they can add capacity fast enough without repeating the overinvestment of 2021.", "arakawa"),
    D("2021", "2021"),
    # p6
    E("Arakawa", P), E("Kansai Semi", O), D("the quarter", "2023-07/2023-09"),
    D("a year earlier", "2022-07/2022-09"),
    # p7
    E("Priya Raghunathan", P), E("Singapore", G), E("Meridian Bay Capital", O),
    E("Chinese", N), D("the December quarter", "2023-10/2023-12"),
    # p8
    Q("We'd be careful extrapolating one strong quarter,", "raghunathan"),
    E("Raghunathan", P), D("Wednesday", "2023-11-08"),
    Q("Outside of AI, pricing is still soft, and the fiscal third quarter usually brings seasonal pressure on the mobile side.", "raghunathan"),
    D("the fiscal third quarter", "2023-10/2023-12"),
    # p9
    D("the April-June quarter", "2023-04/2023-06"),
    D("the first half of the fiscal year", "2023-04/2023-09"),
    # p10
    E("Kansai Semi", O), D("fiscal 2023", "2023-04/2024-03"), D("March 31", "2024-03-31"),
    D("the end of the fiscal year", "2023-04/2024-03"),
    E("Kumamoto", G), E("Kyushu", L), E("Kumamoto", G), D("last year", "2022"),
    E("Tokyo", G),
    # p11
    E("Hiroshi Kanemoto", P), D("April 2022", "2022-04"), D("Thursday", "2023-11-09"),
    # p12
    E("Kansai Semi", O),
    Q("no plans at this time", None),
    D("the fiscal year", "2023-04/2024-03"), D("March", "2024-03"),
    # p13
    Q("Our priority for the next 12 months is securing supply for our largest customers,", None),
    D("the next 12 months", "FUTURE_REF"),
    # p14
    E("Kansai Semi", O), E("American", N), E("New York", G),
    # tag
    E("Min-jung Baek", P),
])

# ---------------------------------------------------------------- oklahoma
SPEAKERS["okl"] = {
    "pettibone": ["Rhonda Pettibone-Clay", "Pettibone-Clay"],
    "villarreal": ["Tomás Villarreal", "Villarreal"],
    "brandtner": ["Kyle Brandtner", "Brandtner"],
}
DOCS["okl"] = ("dev8-oklahoma-tornadoes", [
    # headline
    E("Oklahoma", G),
    # byline
    E("DARLA HUTCHENS-MORROW", P), E("Associated Press", O),
    # dateline + p1
    E("NORMAN", G), E("Okla.", G), E("AP", O),
    E("Oklahoma", G), D("Tuesday", "2016-05-10"), E("Lake Thunderbird", L),
    D("Wednesday", "2016-05-11"),
    # p2
    E("National Weather Service", O), E("Cleveland", G), E("McClain", G),
    E("Pottawatomie", G), D("Wednesday and Thursday", "2016-05-11/2016-05-12"),
    # p3
    E("Cleveland County Emergency Management", O), E("Rhonda Pettibone-Clay", P),
    E("Norman", G),
    # p4
    Q("We had crews out with flashlights until about 3 this morning, going house to house,", "pettibone"),
    D("this morning", "2016-05-11"),
    E("Pettibone-Clay", P), D("Wednesday", "2016-05-11"),
    Q("In some of these neighborhoods you can't tell where one house ended and the next one started.", "pettibone"),
    # p5
    E("Norman", G), E("Oklahoma City", G), E("Oklahoma Department of Transportation", O),
    # p6
    E("Tomás Villarreal", P), E("Little Axe", G),
    # p7
    Q("I heard it before I saw anything. It sounded like a freight train coming up the hill,", "villarreal"),
    E("Villarreal", P),
    Q("When we came up, the roof was sitting in the neighbor's pasture and the truck was on its side.", "villarreal"),
    # p8
    D("May 20, 2013", "2013-05-20"), E("Moore", G),
    Q("My wife said I was wasting money,", "villarreal"),
    Q("She doesn't say that anymore.", "villarreal"),
    # p9
    E("Storm Prediction Center", O), E("Norman", G), D("Sunday", "2016-05-08"),
    E("Plains", L), D("Tuesday", "2016-05-10"),
    # p10
    E("Kyle Brandtner", P), E("Norman", G), E("Canadian River", L), E("Tecumseh", G),
    # p11
    Q("This was a classic May setup for Oklahoma,", "brandtner"),
    D("May", "2016-05"), E("Oklahoma", G),
    E("Brandtner", P),
    Q("People had warning, and I think that's the reason we're not talking about a much higher number this morning.", "brandtner"),
    D("this morning", "2016-05-11"),
    # p12
    E("University of Oklahoma", O), D("Wednesday", "2016-05-11"),
    E("Cleveland County", G), E("American Red Cross", O), E("Baptist", N), E("Noble", G),
    # p13
    D("Wednesday", "2016-05-11"),
    # p14
    D("Wednesday", "2016-05-11"), D("the weekend", "2016-05-14/2016-05-15"),
    # p15
    D("Thursday", "2016-05-12"), E("Oklahoma", G), E("Texas", G), E("Arkansas", G),
])

# ---------------------------------------------------------------- matildas
SPEAKERS["mat"] = {
    "overgaard": ["Lars Øvergaard", "Øvergaard"],
    "kovacevic": ["Tahnee Kovačević-Ross", "Kovačević-Ross", "Tahnee"],
    "sugimura": ["Kenta Sugimura", "Sugimura"],
}
DOCS["mat"] = ("dev8-matildas-japan-friendly", [
    # headline
    E("Kovačević-Ross", P), E("Matildas", O), E("Japan", O),
    # byline
    E("Siobhan Tremayne", P), E("Melbourne", G),
    # p1
    E("Australia", O), E("Japan", O), D("Saturday", "2025-04-05"),
    E("Tahnee Kovačević-Ross", P), E("Matildas", O), E("Nadeshiko", O),
    # p2
    E("Japan", O), E("Haruka Nishimoto", P), E("Manchester Athletic", O),
    E("Grace Okonkwo-Reid", P), E("Aoi Fujisawa", P),
    # p3
    E("Fujisawa", P), E("Kobe Sakura", O), E("Australia", O),
    E("Chiara Del Vecchio", P), E("Rin Ōtsuka", P),
    # p4
    E("Australia", O), E("Lars Øvergaard", P), E("Okonkwo-Reid", P),
    E("Kovačević-Ross", P), E("Jess Tuimavave", P),
    # p5
    E("Tuimavave", P), E("Kovačević-Ross", P), E("Japan", O), E("Momoka Hirai", P),
    E("Perth Athletic", O), E("Ellie-Mae Santangelo", P),
    # p6
    Q("At half-time I didn't have to say very much, because the players knew it wasn't good enough,", "overgaard"),
    E("Øvergaard", P),
    Q("We were too slow moving the ball and Japan punished us for it. They are one of the best teams in the world at finding the space between your lines.", "overgaard"),
    E("Japan", O),
    # p7 (second paragraph of the same quotation, section 7a)
    Q("But what I liked was the reaction. We changed the shape, we put Tahnee closer to Jess, and we were braver on the ball. That's the identity we want to have when we go into the Asian Cup next year, in front of our own people.", "overgaard"),
    E("Tahnee", P), E("Jess", P), D("next year", "2026"),
    # p8
    E("Kovačević-Ross", P), E("Perth Athletic", O),
    # p9
    Q("I just tried to stay patient, because Japan don't give you much and you might only get one or two looks,", "kovacevic"),
    E("Japan", O), E("Kovačević-Ross", P),
    Q("Jess did all the hard work for the first one. I just had to hit the target.", "kovacevic"),
    E("Jess", P),
    # p10
    E("Wollongong", G),
    Q("My nan has never seen me score for Australia in person, so that one was for her,", "kovacevic"),
    E("Australia", O),
    # p11
    E("Japan", O), E("Kenta Sugimura", P),
    Q("lost concentration for 10 minutes, and at this level that is enough", "sugimura"),
    # p12
    E("Nishimoto", P), E("Japan", O), E("Sugimura", P),
    # p13
    E("Australia", O), E("Japan", O), E("Osaka", G), D("last October", "2024-10"),
    E("Sydney", G), D("Tuesday", "2025-04-08"),
    # p14
    E("Øvergaard", P), E("Malmö Stad FF", O), E("Freya Lindqvist-Hale", P),
])

# ---------------------------------------------------------------- vaal
SPEAKERS["vaa"] = {
    "dlamini": ["Nomvula Dlamini-Khoza", "Dlamini-Khoza"],
    "vdw": ["Leon van der Westhuizen", "Van der Westhuizen", "van der Westhuizen"],
    "sithole": ["Mbali Sithole-Radebe", "Sithole-Radebe"],
    "mahlangu": ["Mosa Mahlangu", "Mahlangu"],
}
DOCS["vaa"] = ("dev8-vaal-sewage-committee", [
    # headline
    E("Vaal", L), E("ANC", O), E("DA", O),
    # byline
    E("Lindiwe Mabaso", P),
    # p1
    E("Parliament", O), E("Portfolio Committee on Water and Sanitation", O),
    D("Wednesday", "2021-03-03"), E("Nomvula Dlamini-Khoza", P),
    D("the end of the month", "2021-03"), E("Vaal River", L), E("ANC", O),
    # p2
    E("Dlamini-Khoza", P), D("2018", "2018"), E("Emfuleni", G),
    E("South African National Defence Force", O), D("three years ago", "2018"),
    D("Wednesday", "2021-03-03"),
    # p3
    Q("We are not sitting on our hands. There are contractors on site today in Sebokeng and in Vanderbijlpark,", "dlamini"),
    D("today", "2021-03-03"), E("Sebokeng", G), E("Vanderbijlpark", G),
    E("Dlamini-Khoza", P), E("DA", O), E("Leon van der Westhuizen", P),
    Q("Minister, there were contractors on site in 2019 as well, and the river is dirtier now than it was then.", "vdw"),
    D("2019", "2019"),
    # p4
    E("Van der Westhuizen", P), E("DA", O), E("Emfuleni", G),
    Q("for longer than some of the children in those streets have been alive", "vdw"),
    E("Special Investigating Unit", O),
    # p5
    E("South African Human Rights Commission", O), D("last month", "2021-02"),
    E("Vaal", L),
    # p6
    E("EFF", O), E("Mbali Sithole-Radebe", P),
    Q("the end of excuses", "sithole"),
    E("ANC", O), E("Emfuleni", G), D("this year", "2021"),
    # p7
    Q("This is an ANC municipality, run by ANC councillors, that was rescued by an ANC national government that has now failed for three years,", "sithole"),
    E("ANC", O), E("ANC", O), E("ANC", O),
    E("Sithole-Radebe", P),
    Q("Nobody in this room is going to tell me that is an accident.", "sithole"),
    # p8
    E("ANC", O), E("Mosa Mahlangu", P),
    Q("cheap politics", "mahlangu"),
    # p9
    E("Mahlangu", P),
    Q("progress reports without progress", "mahlangu"),
    E("Rand Water", O), D("2019", "2019"), E("Emfuleni", G),
    D("next week", "2021-03-08/2021-03-14"),
    # p10
    E("National Treasury", O), D("the 2021/22 financial year", "2021-04/2022-03"),
    D("1 April", "2021-04-01"), E("Sebokeng", G), D("May", "2021-05"),
    # p11
    D("two weeks ago", "2021-02-15/2021-02-21"), E("Rietspruit", L), E("Vaal", L),
    D("Monday", "2021-03-01"),
    # p12
    E("Gauteng", G), D("2018", "2018"), E("IFP", O), E("Sibusiso Ntuli", P),
    E("Gauteng", G),
    # p13
    E("Dlamini-Khoza", P), D("the end of March", "2021-03"),
    Q("I am not going to stand here and say this will be fixed by Christmas,", "dlamini"),
    D("Christmas", "2021-12-25"),
    Q("What I will say is that by the time I come back, you will have dates and you will have rand amounts.", "dlamini"),
])

# ---------------------------------------------------------------- turkey
SPEAKERS["tur"] = {
    "yildirim": ["Elif Yıldırım-Koç", "Yıldırım-Koç"],
    "falkenrath": ["Jonas Falkenrath", "Falkenrath"],
    "thornhill": ["Rebecca Thornhill", "Thornhill"],
}
DOCS["tur"] = ("dev8-turkey-neolithic-hall", [
    # headline
    E("Turkey", G),
    # byline
    E("Marta Oliveira-Santos", P),
    # p1
    E("Turkey", G), D("10,000 years ago", "-7982"),
    # p2
    E("Yassıkaya Tepe", L), E("Şanlıurfa", G),
    D("9,400 and 8,900 BCE", "-9400/-8900"), D("6 June", "2018-06-06"),
    E("Antiquity", O),
    # p3
    E("Harran University", O), E("Şanlıurfa", G), E("German Archaeological Institute", O),
    # p4
    E("Elif Yıldırım-Koç", P), E("Harran University", O),
    Q("People were not farming first and building afterwards. They were coming together in huge numbers to eat, and the building was the reason they came.", "yildirim"),
    # p5
    E("Şanlıurfa", G), E("Göbekli Tepe", L), D("the 1990s", "1990/1999"),
    E("Yassıkaya Tepe", L), D("the 1970s", "1970/1979"),
    E("Istanbul University", O), E("University of Chicago", O),
    # p6
    Q("We went back to the survey notebooks from the 1970s and the description was two lines long,", "falkenrath"),
    D("the 1970s", "1970/1979"),
    E("Jonas Falkenrath", P), E("University of Tübingen", O), E("Germany", G),
    Q("Nobody imagined what was sitting under half a metre of soil.", "falkenrath"),
    # p7
    E("Falkenrath", P), E("Harran", L),
    # p8
    D("the middle of the ninth millennium BCE", "-9000/-8001"),
    D("the seventh century BCE", "-0700/-0601"),
    # p9
    Q("This is a really careful piece of work, and it fits with a picture that has been emerging over the past 20 years,", "thornhill"),
    D("the past 20 years", "PAST_REF"),
    E("Rebecca Thornhill", P), E("University College London", O),
    Q("What I would like to see next is whether any of that wild einkorn shows the first signs of domestication.", "thornhill"),
    # p10
    E("Thornhill", P), E("Karacadağ", L), E("Yassıkaya Tepe", L),
    # p11
    D("September", "2018-09"), E("Turkey", G), E("Ministry of Culture and Tourism", O),
    E("Yıldırım-Koç", P), D("2020", "2020"),
    # p12
    Q("For most of the twentieth century we told a story in which farming came first and everything else followed,", "yildirim"),
    D("the twentieth century", "1900/1999"),
    Q("Sites like this one are turning that story upside down.", "yildirim"),
])

# ---------------------------------------------------------------- fife
SPEAKERS["fif"] = {
    "macinnes": ["Eilidh MacInnes", "MacInnes"],
    "sturrock": ["Gordon Sturrock", "Sturrock"],
    "galbraith": ["Morag Galbraith", "Galbraith"],
}
DOCS["fif"] = ("dev8-fife-cyclist-death-court", [
    # headline
    E("Fife", G),
    # p1
    E("Fife", G),
    # p2
    E("Callum Fraser-Lennox", P), E("Glenrothes", G), E("Andrew McKechnie", P),
    E("Leslie", G), D("3 March last year", "2016-03-03"),
    # p3
    E("McKechnie", P), E("Markinch", G),
    # p4
    E("Dunfermline Sheriff Court", O), E("Fraser-Lennox", P), E("McKechnie", P),
    # p5
    E("Eilidh MacInnes", P),
    Q("heavily smeared", "macinnes"),
    # p7
    Q("The accused told police at the scene that he had been dazzled and simply did not see Mr McKechnie until the moment of impact,", "macinnes"),
    E("McKechnie", P),
    E("MacInnes", P),
    # p8
    Q("The Crown's position is that a careful and competent driver, faced with those conditions, would have slowed down significantly or stopped.", "macinnes"),
    E("Crown", O),
    # p9
    E("Fraser-Lennox", P),
    # p10
    D("February", "2017-02"),
    # p11
    E("Gordon Sturrock", P),
    Q("utterly devastated", "sturrock"),
    # p12
    Q("He has to live with the knowledge that a man went out for a morning ride and did not come home, and that it was his van that caused it,", "sturrock"),
    E("Sturrock", P),
    # p13
    E("Fraser-Lennox", P), E("McKechnie", P), D("last summer", "2016-SU"),
    D("the autumn", "2016-FA"),
    # p14
    D("Wednesday", "2017-04-19"), E("Morag Galbraith", P),
    # p15
    Q("You knew the sun was in your eyes and you knew that your windscreen was dirty. You chose to carry on at speed rather than slow down. The consequences of that choice were catastrophic for Mr McKechnie and for those who loved him.", "galbraith"),
    E("McKechnie", P),
    # p16
    E("Galbraith", P), E("Fraser-Lennox", P),
    # p17
    E("McKechnie", P), E("Kingdom Cycling Club", O), E("Kirkcaldy", G), E("Glenrothes", G),
    # p18 (multi-paragraph statement by "his family": no named speaker, 7a)
    E("Police Scotland", O),
    Q("Andy was a husband, a dad, a grandad and a friend to more people than we ever knew. He loved the roads of Fife and he was careful on them every single day.", None),
    E("Andy", P), E("Fife", G),
    # p19
    Q("Nothing that happened in court today brings him back. We only ask drivers to slow down when they cannot see what is in front of them.", None),
    D("today", "2017-04-19"),
    # p20
    E("Police Scotland", O), E("Fife", G),
])

# ---------------------------------------------------------------- wroclaw
SPEAKERS["wro"] = {
    "wroblewski": ["Michał Wróblewski", "Wróblewski"],
    "kolodziej": ["Tomasz Kołodziej", "Kołodziej"],
}
DOCS["wro"] = ("dev8-wroclaw-game-studio", [
    # headline
    E("Polish", N), E("Iskra Games", O), D("March", "2016-03"),
    # byline
    E("Katarzyna Wiśniewska-Brandt", P),
    # dateline + p1
    E("WROCŁAW", G), E("Poland", G), D("Nov 24", "2015-11-24"), E("Reuters", O),
    E("Iskra Games", O), E("Polish", N), E("Wrocław", G),
    D("March 14 next year", "2016-03-14"), D("Tuesday", "2015-11-24"),
    E("Polish", N),
    # p2
    E("Silesia", L), E("Kestrel Bay Interactive", O), E("London", G),
    E("Iskra", O), D("2014", "2014"),
    # p3
    Q("It's official: Hollow Meridian launches March 14 🎮 Thank you to everyone who has waited with us. See you in the marshes 🐸,", None),
    D("March 14", "2016-03-14"),
    E("Twitter", O), D("Tuesday", "2015-11-24"),
    # p4
    E("Iskra", O), D("2012", "2012"), E("Michał Wróblewski", P), E("Kraków", G),
    E("Zofia Łęcka-Borowiec", P),
    # p5
    Q("We started with four people around one kitchen table, and we did not know if we would last a year,", "wroblewski"),
    E("Wróblewski", P), E("Reuters", O), E("Oder", L),
    Q("Now we have a team of 40 and a publisher that lets us make the game we want. That is not a small thing in this business.", "wroblewski"),
    # p6
    D("this autumn", "2015-FA"),
    # p7
    Q("Delays hurt, but a broken launch hurts for years,", "wroblewski"),
    # p8
    E("Łęcka-Borowiec", P), E("Lower Silesia", G), E("Opole", G),
    D("last spring", "2015-SP"),
    # p9
    E("Poland", G), D("recent years", "PAST_REF"), E("Europe", L), E("Iskra", O),
    E("National Centre for Research and Development", O), D("2014", "2014"),
    # p11
    Q("Investors have become very enthusiastic about anything Polish with a sword on the cover, and that is not always healthy,", "kolodziej"),
    E("Polish", N),
    E("Tomasz Kołodziej", P), E("Vistula Brokerage House", O), E("Warsaw", G),
    Q("For a studio like Iskra the real test is the first month on sale. If 'Hollow Meridian' sells 300,000 copies in the first quarter, they are in a very comfortable position.", "kolodziej"),
    E("Iskra", O),
    # p12
    E("Kołodziej", P), E("Warsaw Stock Exchange", O), E("NewConnect", O),
    E("Polish", N), D("2013", "2013"),
    # p13
    E("Wróblewski", P),
    Q("not on the table", "wroblewski"),
    E("Kestrel Bay Interactive", O),
    # p14
    E("Kestrel Bay", O), E("British", N), E("Harriet Colquhoun-Shaw", P),
    E("Finland", G), E("Estonia", G), D("September", "2015-09"),
    D("the end of 2017", "2017"),
    # credit line
    E("Katarzyna Wiśniewska-Brandt", P), E("Piotr Zieliński", P), E("Mark Ellery", P),
])

ORDER = ["gal", "kan", "okl", "mat", "vaa", "tur", "fif", "wro"]
OPEN_MARKS = {'"', "“", "‘", "'"}
CLOSE_MARKS = {'"', "”", "’", "'"}


def find(text, surface, cursor, ctx):
    pat = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
    pos = cursor
    while True:
        m = pat.search(text, pos)
        if not m:
            raise ValueError(f"not found after {cursor}: {surface!r} ctx={ctx!r}")
        if ctx is None or text[:m.start()].endswith(ctx):
            return m.start(), m.end()
        pos = m.start() + 1


def build(short, doc_id, entries, speakers):
    text = open(CORPUS / f"{doc_id}.txt", encoding="utf-8", newline="").read()
    spans, pending = [], []
    cursor = 0
    for n, (label, surface, extra, ctx) in enumerate(entries, 1):
        s, e = find(text, surface, cursor, ctx)
        assert text[s:e] == surface
        span = {"id": f"{short}-{n}", "start": s, "end": e, "label": label, "text": surface}
        if label == "DATE":
            span["value"] = extra
        if label == "QUOTE":
            assert text[s - 1] in OPEN_MARKS, (surface, text[s - 1])
            assert e == len(text) or text[e] in CLOSE_MARKS or text[e] in "\r\n", (surface, text[e:e + 3])
            pending.append((span, extra))
            cursor = s
        else:
            cursor = e
        spans.append(span)
    # flatness
    ids = [sp["id"] for sp in spans]
    assert len(ids) == len(set(ids))
    for a in spans:
        for b in spans:
            if a is b or a["end"] <= b["start"] or b["end"] <= a["start"]:
                continue
            inside_quote = (a["label"] == "QUOTE" and b["label"] != "QUOTE"
                            and a["start"] <= b["start"] and b["end"] <= a["end"])
            inside_quote |= (b["label"] == "QUOTE" and a["label"] != "QUOTE"
                             and b["start"] <= a["start"] and a["end"] <= b["end"])
            assert inside_quote, (a, b)
    # said_by: nearest PERSON mention naming the speaker
    relations = []
    persons = [sp for sp in spans if sp["label"] == "PERSON"]
    for q, spk in pending:
        if spk is None:
            continue
        names = set(speakers[spk])
        cands = [p for p in persons if p["text"] in names]
        assert cands, (q, spk)

        def dist(p):
            if p["end"] <= q["start"]:
                return q["start"] - p["end"]
            if p["start"] >= q["end"]:
                return p["start"] - q["end"]
            return 0  # inside the quote itself
        best = min(cands, key=lambda p: (dist(p), p["start"]))
        relations.append({"from": q["id"], "to": best["id"], "type": "said_by"})
    spans.sort(key=lambda sp: (sp["start"], -sp["end"]))
    return {"doc_id": doc_id, "spans": spans, "relations": relations}, text


def main():
    verbose = "-v" in sys.argv
    with open(OUT, "w", encoding="utf-8") as f:
        for short in ORDER:
            doc_id, entries = DOCS[short]
            rec, text = build(short, doc_id, entries, SPEAKERS[short])
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            if verbose:
                byid = {s["id"]: s for s in rec["spans"]}
                print(f"== {short} {doc_id}: {len(rec['spans'])} spans, {len(rec['relations'])} said_by")
                for s in rec["spans"]:
                    l = text[max(0, s['start'] - 25):s['start']].replace("\n", "/").replace("\r", "")
                    print(f"  {s['id']:7} {s['label']:6} {s['start']:5}-{s['end']:<5} [{l}] {s['text'][:70]!r} {s.get('value', '')}")
                for r in rec["relations"]:
                    print(f"  said_by {r['from']} -> {r['to']} {byid[r['to']]['text']!r} @{byid[r['to']]['start']}")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
