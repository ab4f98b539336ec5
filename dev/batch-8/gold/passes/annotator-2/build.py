#!/usr/bin/env python3
"""Annotator-2 pass over the dev8 corpus.

Every mention below was chosen by hand from reading the texts under GUIDELINES.md.
This script only locates them (offsets), checks them and writes annotation.jsonl.

Mention entry: (surface, label, value_or_None, opts)
  opts keys (all optional):
    "ctx":  left context that must immediately precede the surface (disambiguation check)
    "who":  for PERSON: identity key of the person named (defaults to the surface)
    "spk":  for QUOTE: identity key of the speaker, or None when the speaker is never named
Mentions are listed in reading order; each is searched for from a cursor that moves to the
end of the previous span (to the start of a QUOTE, so that spans inside it are found next).
said_by goes to the PERSON mention of the speaker nearest to the quote (character gap,
before or after, section 7); the script computes that distance, the speaker is chosen by hand.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")  # dev/batch-8/corpus

P, O, G, L, N, D, Q = "PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "QUOTE"


def m(text, label, value=None, **opts):
    return (text, label, value, opts)


DOCS = {}

# ---------------------------------------------------------------- fife (dct 2017-04-19, Wed)
DOCS["dev8-fife-cyclist-death-court"] = ("fif", [
    m("Fife", G),                                   # headline
    m("Fife", G, ctx="on a "),
    m("Callum Fraser-Lennox", P, who="Fraser-Lennox"),
    m("Glenrothes", G),
    m("Andrew McKechnie", P, who="McKechnie"),
    m("Leslie", G),
    m("3 March last year", D, "2016-03-03"),
    m("McKechnie", P, ctx="Mr "),
    m("Markinch", G),
    m("Dunfermline Sheriff Court", O),
    m("Fraser-Lennox", P),
    m("McKechnie", P, ctx="Mr "),
    m("Eilidh MacInnes", P, who="MacInnes"),
    m("heavily smeared", Q, spk="MacInnes"),
    m("The accused told police at the scene that he had been dazzled and simply did not see "
      "Mr McKechnie until the moment of impact,", Q, spk="MacInnes"),
    m("McKechnie", P, ctx="Mr "),
    m("MacInnes", P, ctx="Ms "),
    m("The Crown's position is that a careful and competent driver, faced with those conditions, "
      "would have slowed down significantly or stopped.", Q, spk="MacInnes"),
    m("Crown", O),
    m("Fraser-Lennox", P),
    m("February", D, "2017-02"),
    m("Gordon Sturrock", P, who="Sturrock"),
    m("utterly devastated", Q, spk="Sturrock"),
    m("He has to live with the knowledge that a man went out for a morning ride and did not come "
      "home, and that it was his van that caused it,", Q, spk="Sturrock"),
    m("Sturrock", P, ctx="Mr "),
    m("Fraser-Lennox", P),
    m("McKechnie", P, ctx="the "),                  # "the McKechnie family"
    m("last summer", D, "2016-SU"),
    m("the autumn", D, "2016-FA"),
    m("Wednesday", D, "2017-04-19"),
    m("Morag Galbraith", P, who="Galbraith"),
    m("You knew the sun was in your eyes and you knew that your windscreen was dirty. You chose to "
      "carry on at speed rather than slow down. The consequences of that choice were catastrophic "
      "for Mr McKechnie and for those who loved him.", Q, spk="Galbraith"),
    m("McKechnie", P, ctx="Mr "),
    m("Galbraith", P, ctx="Sheriff "),
    m("Fraser-Lennox", P),
    m("McKechnie", P, ctx="Mr "),
    m("Kingdom Cycling Club", O),
    m("Kirkcaldy", G),
    m("Glenrothes", G),
    m("Police Scotland", O),
    # family statement over two paragraphs (7a): one span per paragraph, speaker never named
    m("Andy was a husband, a dad, a grandad and a friend to more people than we ever knew. He loved "
      "the roads of Fife and he was careful on them every single day.", Q, spk=None),
    m("Andy", P, who="McKechnie"),
    m("Fife", G),
    m("Nothing that happened in court today brings him back. We only ask drivers to slow down when "
      "they cannot see what is in front of them.", Q, spk=None),
    m("today", D, "2017-04-19"),
    m("Police Scotland", O),
    m("Fife", G),
])

# ---------------------------------------------------------------- galway (dct 2022-02-10, Thu)
DOCS["dev8-galway-knocknacarra-housing"] = ("gal", [
    m("Galway", G),                                 # headline
    m("Knocknacarra", G),
    m("Áine Nic Dhonnchadha", P),                   # byline
    m("Galway", G, ctx="edge of "),
    m("Sinn Féin", O),
    m("2025", D, "2025"),
    m("Knocknacarra", G),
    m("Galway Bay", L),
    m("Galway City Council", O),
    m("Wednesday", D, "2022-02-09"),
    m("Fianna Fáil", O),
    m("Sinn Féin", O),
    m("Independents", N),
    m("Corrib Homes Trust", O),
    m("the spring of 2020", D, "2020-SP"),
    m("Department of Housing", O),
    m("next month", D, "2022-03"),
    m("Sinn Féin", O),
    m("Mairéad Ní Bhriain", P, who="Ní Bhriain"),
    m("a disgrace for every family stuck in emergency accommodation in this city", Q, spk="Ní Bhriain"),
    m("We have more than 1,400 households on the housing list in Galway and last night we told 124 "
      "of them to keep waiting,", Q, spk="Ní Bhriain"),
    m("Galway", G),
    m("last night", D, "2022-02-09"),
    m("Nobody who voted against this can stand over it on a doorstep.", Q, spk="Ní Bhriain"),
    m("Ní Bhriain", P, ctx="Ms "),
    m("Dáil", O),
    m("next week", D, "2022-02-14/2022-02-20"),
    m("Pádraig Mac Giolla Rí", P, who="Mac Giolla Rí"),
    m("FF", O),
    m("without one proper conversation with the people who live there", Q, spk="Mac Giolla Rí"),
    m("This is not about who gets to live in Knocknacarra,", Q, spk="Mac Giolla Rí"),
    m("Knocknacarra", G),
    m("Irish Times", O),
    m("Thursday", D, "2022-02-10"),
    m("It is about a road that floods every winter, a sewer network that was at capacity in 2019, "
      "and a national school that has been teaching children in prefabs for six years.", Q,
      spk="Mac Giolla Rí"),
    m("2019", D, "2019"),
    m("Éamon Ó Flaithearta", P),
    m("last summer", D, "2021-SU"),
    m("Seosaimhín Breathnach", P),
    m("Knocknacarra Residents’ Association", O),
    m("January", D, "2022-01"),
    m("People here are not against anyone,", Q, spk="Seosaimhín Breathnach"),
    m("We want the infrastructure first, and that is what we were promised in 2017.", Q,
      spk="Seosaimhín Breathnach"),
    m("2017", D, "2017"),
    m("Labour", O),
    m("Colm Ó Máille", P),
    m("Lorcan Ó hEidhin", P),
    m("reflect carefully", Q, spk="Lorcan Ó hEidhin"),
    m("Niall Ó Cinnéide", P),
    m("last month", D, "2022-01"),
    m("Galway", G),
    m("falling further behind", Q, spk="Niall Ó Cinnéide"),
    m("Dublin", G),
    m("Thursday", D, "2022-02-10"),
    m("deeply disappointing", Q, spk="Niall Ó Cinnéide"),
    m("I respect the right of elected members to make decisions for their own area, but I would ask "
      "them to look at the numbers,", Q, spk="Niall Ó Cinnéide"),
    m("Galway needs something close to 1,000 new homes a year and it delivered fewer than half of "
      "that in 2021.", Q, spk="Niall Ó Cinnéide"),
    m("Galway", G),
    m("2021", D, "2021"),
    m("Land Development Agency", O),
    m("last year", D, "2021"),
    m("Corrib Homes Trust", O),
    m("considering all options", Q, spk=None),      # statement of an organisation
    m("the summer", D, "2022-SU"),
])

# ---------------------------------------------------------------- kansai (dct 2023-11-08, Wed)
DOCS["dev8-kansai-semiconductor-earnings"] = ("kan", [
    m("Kansai Semiconductor", O),                   # headline
    m("Yuki Morishita", P),
    m("Grace Ng-Whitfield", P),
    m("Bloomberg", O),
    m("Kansai Semiconductor Holdings Co.", O),
    m("Japan", G),
    m("the three months ended Sept. 30", D, "2023-07/2023-09"),
    m("Kyoto", G),
    m("Wednesday", D, "2023-11-08"),
    m("Bloomberg", O),
    m("the fiscal second quarter", D, "2023-07/2023-09"),
    m("Kansai Semi", O),
    m("the fiscal year ending March 2024", D, "2023-04/2024-03"),
    m("Tokyo", G),
    m("Wednesday", D, "2023-11-08"),
    m("this year", D, "2023"),
    m("the second half of 2022", D, "2022-07/2022-12"),
    m("South Korean", N),
    m("the July-September period", D, "2023-07/2023-09"),
    m("The AI piece is doing exactly what bulls hoped it would, and it's doing it a quarter earlier "
      "than we expected,", Q, spk="Arakawa"),
    m("Kenji Arakawa", P, who="Arakawa"),
    m("Nakanoshima Securities Co.", O),
    m("Osaka", G),
    m("The question now is whether they can add capacity fast enough without repeating the "
      "overinvestment of 2021.", Q, spk="Arakawa"),
    m("2021", D, "2021"),
    m("Arakawa", P),
    m("Kansai Semi", O),
    m("the quarter", D, "2023-07/2023-09"),
    m("a year earlier", D, "2022-07/2022-09"),
    m("Priya Raghunathan", P, who="Raghunathan"),
    m("Singapore", G),
    m("Meridian Bay Capital", O),
    m("Chinese", N),
    m("the December quarter", D, "2023-10/2023-12"),
    m("We'd be careful extrapolating one strong quarter,", Q, spk="Raghunathan"),
    m("Raghunathan", P),
    m("Wednesday", D, "2023-11-08"),
    m("Outside of AI, pricing is still soft, and the fiscal third quarter usually brings seasonal "
      "pressure on the mobile side.", Q, spk="Raghunathan"),
    m("the April-June quarter", D, "2023-04/2023-06"),
    m("the first half of the fiscal year", D, "2023-04/2023-09"),
    m("Kansai Semi", O),
    m("fiscal 2023", D, "2023-04/2024-03"),
    m("March 31", D, "2024-03-31"),
    m("the end of the fiscal year", D, "2023-04/2024-03"),
    m("Kumamoto", G),
    m("Kyushu", L),
    m("Kumamoto", G),
    m("last year", D, "2022"),
    m("Tokyo", G),
    m("Hiroshi Kanemoto", P),
    m("April 2022", D, "2022-04"),
    m("Thursday", D, "2023-11-09"),
    m("Kansai Semi", O),
    m("no plans at this time", Q, spk=None),        # unnamed spokeswoman
    m("the fiscal year", D, "2023-04/2024-03"),
    m("March", D, "2024-03"),
    m("Our priority for the next 12 months is securing supply for our largest customers,", Q, spk=None),
    m("the next 12 months", D, "FUTURE_REF"),
    m("Kansai Semi", O),
    m("American", N),
    m("New York", G),
    m("Min-jung Baek", P),
])

# ---------------------------------------------------------------- matildas (dct 2025-04-06, Sun)
DOCS["dev8-matildas-japan-friendly"] = ("mat", [
    m("Kovačević-Ross", P),                         # headline
    m("Matildas", O),
    m("Japan", O),
    m("Siobhan Tremayne", P),                       # byline
    m("Melbourne", G),
    m("Australia", O),
    m("Japan", O),
    m("Saturday", D, "2025-04-05"),
    m("Tahnee Kovačević-Ross", P, who="Kovačević-Ross"),
    m("Matildas", O),
    m("Nadeshiko", O),
    m("Japan", O),
    m("Haruka Nishimoto", P, who="Nishimoto"),
    m("Manchester Athletic", O),
    m("Grace Okonkwo-Reid", P, who="Okonkwo-Reid"),
    m("Aoi Fujisawa", P, who="Fujisawa"),
    m("Fujisawa", P),
    m("Kobe Sakura", O),
    m("Australia", O),
    m("Chiara Del Vecchio", P),
    m("Rin Ōtsuka", P),
    m("Australia", O),
    m("Lars Øvergaard", P, who="Øvergaard"),
    m("Okonkwo-Reid", P),
    m("Kovačević-Ross", P),
    m("Jess Tuimavave", P, who="Tuimavave"),
    m("Tuimavave", P),
    m("Kovačević-Ross", P),
    m("Japan", O),
    m("Momoka Hirai", P),
    m("Perth Athletic", O),
    m("Ellie-Mae Santangelo", P),
    m("At half-time I didn't have to say very much, because the players knew it wasn't good enough,",
      Q, spk="Øvergaard"),
    m("Øvergaard", P),
    # quote over two paragraphs (7a): one span per paragraph
    m("We were too slow moving the ball and Japan punished us for it. They are one of the best teams "
      "in the world at finding the space between your lines.", Q, spk="Øvergaard"),
    m("Japan", O),
    m("But what I liked was the reaction. We changed the shape, we put Tahnee closer to Jess, and we "
      "were braver on the ball. That's the identity we want to have when we go into the Asian Cup "
      "next year, in front of our own people.", Q, spk="Øvergaard"),
    m("Tahnee", P, who="Kovačević-Ross"),
    m("Jess", P, who="Tuimavave"),
    m("next year", D, "2026"),
    m("Kovačević-Ross", P),
    m("Perth Athletic", O),
    m("I just tried to stay patient, because Japan don't give you much and you might only get one "
      "or two looks,", Q, spk="Kovačević-Ross"),
    m("Japan", O),
    m("Kovačević-Ross", P),
    m("Jess did all the hard work for the first one. I just had to hit the target.", Q,
      spk="Kovačević-Ross"),
    m("Jess", P, who="Tuimavave"),
    m("Wollongong", G),
    m("My nan has never seen me score for Australia in person, so that one was for her,", Q,
      spk="Kovačević-Ross"),
    m("Australia", O),
    m("Japan", O),
    m("Kenta Sugimura", P, who="Sugimura"),
    m("lost concentration for 10 minutes, and at this level that is enough", Q, spk="Sugimura"),
    m("Nishimoto", P),
    m("Japan", O),
    m("Sugimura", P),
    m("Australia", O),
    m("Japan", O),
    m("Osaka", G),
    m("last October", D, "2024-10"),
    m("Sydney", G),
    m("Tuesday", D, "2025-04-08"),
    m("Øvergaard", P),
    m("Malmö Stad FF", O),
    m("Freya Lindqvist-Hale", P),
])

# ---------------------------------------------------------------- oklahoma (dct 2016-05-11, Wed)
DOCS["dev8-oklahoma-tornadoes"] = ("okl", [
    m("Oklahoma", G),                               # headline
    m("DARLA HUTCHENS-MORROW", P),                  # byline
    m("Associated Press", O),
    m("NORMAN", G),                                 # dateline
    m("Okla.", G),
    m("AP", O),
    m("Oklahoma", G),
    m("Tuesday", D, "2016-05-10"),
    m("Lake Thunderbird", L),
    m("Wednesday", D, "2016-05-11"),
    m("National Weather Service", O),
    m("Cleveland", G),
    m("McClain", G),
    m("Pottawatomie", G),
    m("Wednesday and Thursday", D, "2016-05-11/2016-05-12"),
    m("Cleveland County Emergency Management", O),
    m("Rhonda Pettibone-Clay", P, who="Pettibone-Clay"),
    m("Norman", G),
    m("We had crews out with flashlights until about 3 this morning, going house to house,", Q,
      spk="Pettibone-Clay"),
    m("this morning", D, "2016-05-11"),
    m("Pettibone-Clay", P),
    m("Wednesday", D, "2016-05-11"),
    m("In some of these neighborhoods you can't tell where one house ended and the next one started.",
      Q, spk="Pettibone-Clay"),
    m("Norman", G),
    m("Oklahoma City", G),
    m("Oklahoma Department of Transportation", O),
    m("Tomás Villarreal", P, who="Villarreal"),
    m("Little Axe", G),
    m("I heard it before I saw anything. It sounded like a freight train coming up the hill,", Q,
      spk="Villarreal"),
    m("Villarreal", P),
    m("When we came up, the roof was sitting in the neighbor's pasture and the truck was on its side.",
      Q, spk="Villarreal"),
    m("May 20, 2013", D, "2013-05-20"),
    m("Moore", G),
    m("My wife said I was wasting money,", Q, spk="Villarreal"),
    m("She doesn't say that anymore.", Q, spk="Villarreal"),
    m("Storm Prediction Center", O),
    m("Norman", G),
    m("Sunday", D, "2016-05-08"),
    m("Plains", L),
    m("Tuesday", D, "2016-05-10"),
    m("Kyle Brandtner", P, who="Brandtner"),
    m("Norman", G),
    m("Canadian River", L),
    m("Tecumseh", G),
    m("This was a classic May setup for Oklahoma,", Q, spk="Brandtner"),
    m("Oklahoma", G),
    m("Brandtner", P),
    m("People had warning, and I think that's the reason we're not talking about a much higher "
      "number this morning.", Q, spk="Brandtner"),
    m("this morning", D, "2016-05-11"),
    m("University of Oklahoma", O),
    m("Wednesday", D, "2016-05-11"),
    m("Cleveland County", G),
    m("American Red Cross", O),
    m("Baptist", N),
    m("Noble", G),
    m("Wednesday", D, "2016-05-11"),
    m("Wednesday", D, "2016-05-11"),
    m("the weekend", D, "2016-05-14/2016-05-15"),
    m("Thursday", D, "2016-05-12"),
    m("Oklahoma", G),
    m("Texas", G),
    m("Arkansas", G),
])

# ---------------------------------------------------------------- turkey (dct 2018-06-07, Thu)
DOCS["dev8-turkey-neolithic-hall"] = ("tur", [
    m("Turkey", G),                                 # headline
    m("Marta Oliveira-Santos", P),                  # byline
    m("Turkey", G),
    m("10,000 years ago", D, "-7982"),
    m("Yassıkaya Tepe", L),
    m("Şanlıurfa", G),
    m("9,400 and 8,900 BCE", D, "-9400/-8900"),
    m("6 June", D, "2018-06-06"),
    m("Antiquity", O),
    m("Harran University", O),
    m("Şanlıurfa", G),
    m("German Archaeological Institute", O),
    m("Elif Yıldırım-Koç", P, who="Yıldırım-Koç"),
    m("Harran University", O),
    m("People were not farming first and building afterwards. They were coming together in huge "
      "numbers to eat, and the building was the reason they came.", Q, spk="Yıldırım-Koç"),
    m("Şanlıurfa", G),
    m("Göbekli Tepe", L),
    m("the 1990s", D, "1990/1999"),
    m("Yassıkaya Tepe", L),
    m("the 1970s", D, "1970/1979"),
    m("Istanbul University", O),
    m("University of Chicago", O),
    m("We went back to the survey notebooks from the 1970s and the description was two lines long,",
      Q, spk="Falkenrath"),
    m("the 1970s", D, "1970/1979"),
    m("Jonas Falkenrath", P, who="Falkenrath"),
    m("University of Tübingen", O),
    m("Germany", G),
    m("Nobody imagined what was sitting under half a metre of soil.", Q, spk="Falkenrath"),
    m("Falkenrath", P),
    m("Harran", L, ctx="plains of the "),
    m("the middle of the ninth millennium BCE", D, "-9000/-8001"),
    m("the seventh century BCE", D, "-0700/-0601"),
    m("This is a really careful piece of work, and it fits with a picture that has been emerging over "
      "the past 20 years,", Q, spk="Thornhill"),
    m("the past 20 years", D, "PAST_REF"),
    m("Rebecca Thornhill", P, who="Thornhill"),
    m("University College London", O),
    m("What I would like to see next is whether any of that wild einkorn shows the first signs of "
      "domestication.", Q, spk="Thornhill"),
    m("Thornhill", P),
    m("Karacadağ", L),
    m("Yassıkaya Tepe", L),
    m("September", D, "2018-09"),
    m("Turkey", G),
    m("Ministry of Culture and Tourism", O),
    m("Yıldırım-Koç", P),
    m("2020", D, "2020"),
    m("For most of the twentieth century we told a story in which farming came first and everything "
      "else followed,", Q, spk="Yıldırım-Koç"),
    m("the twentieth century", D, "1900/1999"),
    m("Sites like this one are turning that story upside down.", Q, spk="Yıldırım-Koç"),
])

# ---------------------------------------------------------------- vaal (dct 2021-03-04, Thu)
DOCS["dev8-vaal-sewage-committee"] = ("vaa", [
    m("Vaal", L),                                   # headline
    m("ANC", O),
    m("DA", O),
    m("Lindiwe Mabaso", P),                         # byline
    m("Parliament", O),
    m("Portfolio Committee on Water and Sanitation", O),
    m("Wednesday", D, "2021-03-03"),
    m("Nomvula Dlamini-Khoza", P, who="Dlamini-Khoza"),
    m("the end of the month", D, "2021-03"),
    m("Vaal River", L),
    m("ANC", O),
    m("Dlamini-Khoza", P),
    m("2018", D, "2018"),
    m("Emfuleni", G),
    m("South African National Defence Force", O),
    m("three years ago", D, "2018"),
    m("Wednesday", D, "2021-03-03"),
    m("We are not sitting on our hands. There are contractors on site today in Sebokeng and in "
      "Vanderbijlpark,", Q, spk="Dlamini-Khoza"),
    m("today", D, "2021-03-03"),
    m("Sebokeng", G),
    m("Vanderbijlpark", G),
    m("Dlamini-Khoza", P),
    m("DA", O),
    m("Leon van der Westhuizen", P, who="van der Westhuizen"),
    m("Minister, there were contractors on site in 2019 as well, and the river is dirtier now than "
      "it was then.", Q, spk="van der Westhuizen"),
    m("2019", D, "2019"),
    m("Van der Westhuizen", P, who="van der Westhuizen"),
    m("DA", O),
    m("Emfuleni", G),
    m("for longer than some of the children in those streets have been alive", Q,
      spk="van der Westhuizen"),
    m("Special Investigating Unit", O),
    m("South African Human Rights Commission", O),
    m("last month", D, "2021-02"),
    m("Vaal", L),
    m("EFF", O),
    m("Mbali Sithole-Radebe", P, who="Sithole-Radebe"),
    m("the end of excuses", Q, spk="Sithole-Radebe"),
    m("ANC", O),
    m("Emfuleni", G),
    m("this year", D, "2021"),
    m("This is an ANC municipality, run by ANC councillors, that was rescued by an ANC national "
      "government that has now failed for three years,", Q, spk="Sithole-Radebe"),
    m("ANC", O),
    m("ANC", O),
    m("ANC", O),
    m("Sithole-Radebe", P),
    m("Nobody in this room is going to tell me that is an accident.", Q, spk="Sithole-Radebe"),
    m("ANC", O),
    m("Mosa Mahlangu", P, who="Mahlangu"),
    m("cheap politics", Q, spk="Mahlangu"),
    m("Mahlangu", P),
    m("progress reports without progress", Q, spk="Mahlangu"),
    m("Rand Water", O),
    m("2019", D, "2019"),
    m("Emfuleni", G),
    m("next week", D, "2021-03-08/2021-03-14"),
    m("National Treasury", O),
    m("the 2021/22 financial year", D, "2021-04/2022-03"),
    m("1 April", D, "2021-04-01"),
    m("Sebokeng", G),
    m("May", D, "2021-05"),
    m("two weeks ago", D, "2021-02-15/2021-02-21"),
    m("Rietspruit", L),
    m("Vaal", L),
    m("Monday", D, "2021-03-01"),
    m("Gauteng", G),
    m("2018", D, "2018"),
    m("IFP", O),
    m("Sibusiso Ntuli", P),
    m("Gauteng", G),
    m("Dlamini-Khoza", P),
    m("the end of March", D, "2021-03"),
    m("I am not going to stand here and say this will be fixed by Christmas,", Q, spk="Dlamini-Khoza"),
    m("Christmas", D, "2021-12-25"),
    m("What I will say is that by the time I come back, you will have dates and you will have rand "
      "amounts.", Q, spk="Dlamini-Khoza"),
])

# ---------------------------------------------------------------- wroclaw (dct 2015-11-24, Tue)
DOCS["dev8-wroclaw-game-studio"] = ("wro", [
    m("Polish", N),                                 # headline
    m("Iskra Games", O),
    m("March", D, "2016-03"),
    m("Katarzyna Wiśniewska-Brandt", P),            # byline
    m("WROCŁAW", G),                                # dateline
    m("Poland", G),
    m("Nov 24", D, "2015-11-24"),
    m("Reuters", O),
    m("Iskra Games", O),
    m("Polish", N),
    m("Wrocław", G),
    m("March 14 next year", D, "2016-03-14"),
    m("Tuesday", D, "2015-11-24"),
    m("Polish", N),
    m("Silesia", L),
    m("Kestrel Bay Interactive", O),
    m("London", G),
    m("Iskra", O),
    m("2014", D, "2014"),
    m("It's official: Hollow Meridian launches March 14 🎮 Thank you to everyone who has waited with "
      "us. See you in the marshes 🐸,", Q, spk=None),  # the studio's post, no person named
    m("March 14", D, "2016-03-14"),
    m("Twitter", O),
    m("Tuesday", D, "2015-11-24"),
    m("Iskra", O),
    m("2012", D, "2012"),
    m("Michał Wróblewski", P, who="Wróblewski"),
    m("Kraków", G),
    m("Zofia Łęcka-Borowiec", P, who="Łęcka-Borowiec"),
    m("We started with four people around one kitchen table, and we did not know if we would last "
      "a year,", Q, spk="Wróblewski"),
    m("Wróblewski", P),
    m("Reuters", O),
    m("Oder", L),
    m("Now we have a team of 40 and a publisher that lets us make the game we want. That is not a "
      "small thing in this business.", Q, spk="Wróblewski"),
    m("this autumn", D, "2015-FA"),
    m("Delays hurt, but a broken launch hurts for years,", Q, spk="Wróblewski"),
    m("Łęcka-Borowiec", P),
    m("Lower Silesia", L),
    m("Opole", G),
    m("last spring", D, "2015-SP"),
    m("Poland", G),
    m("recent years", D, "PAST_REF"),
    m("Europe", L),
    m("Iskra", O),
    m("National Centre for Research and Development", O),
    m("2014", D, "2014"),
    m("Investors have become very enthusiastic about anything Polish with a sword on the cover, and "
      "that is not always healthy,", Q, spk="Kołodziej"),
    m("Polish", N),
    m("Tomasz Kołodziej", P, who="Kołodziej"),
    m("Vistula Brokerage House", O),
    m("Warsaw", G),
    m("For a studio like Iskra the real test is the first month on sale. If 'Hollow Meridian' sells "
      "300,000 copies in the first quarter, they are in a very comfortable position.", Q,
      spk="Kołodziej"),
    m("Iskra", O),
    m("Kołodziej", P),
    m("Warsaw Stock Exchange", O),
    m("NewConnect", O),
    m("Polish", N),
    m("2013", D, "2013"),
    m("Wróblewski", P),
    m("not on the table", Q, spk="Wróblewski"),
    m("Kestrel Bay Interactive", O),
    m("Kestrel Bay", O),
    m("British", N),
    m("Harriet Colquhoun-Shaw", P),
    m("Finland", G),
    m("Estonia", G),
    m("September", D, "2015-09"),
    m("the end of 2017", D, "2017"),
    m("Katarzyna Wiśniewska-Brandt", P),
    m("Piotr Zieliński", P),
    m("Mark Ellery", P),
])

QUOTE_MARKS = "\"“”‘’'"


def build(doc_id, short, mentions, text):
    spans, errors = [], []
    cursor = 0
    for i, (surf, label, value, opts) in enumerate(mentions):
        pos = text.find(surf, cursor)
        ctx = opts.get("ctx")
        while pos >= 0 and ctx is not None and not text[:pos].endswith(ctx):
            pos = text.find(surf, pos + 1)
        if pos < 0:
            errors.append(f"{doc_id}: not found after {cursor}: {surf!r}")
            continue
        start, end = pos, pos + len(surf)
        assert text[start:end] == surf
        span = {"id": f"{short}-{len(spans) + 1}", "start": start, "end": end,
                "label": label, "text": surf}
        if label == D:
            if not value:
                errors.append(f"{doc_id}: DATE without value: {surf!r}")
            span["value"] = value
        elif value is not None:
            errors.append(f"{doc_id}: value on non-DATE {surf!r}")
        span["_who"] = opts.get("who", surf) if label == P else None
        span["_spk"] = opts.get("spk", "MISSING") if label == Q else None
        if label == Q and "spk" not in opts:
            errors.append(f"{doc_id}: QUOTE without explicit spk: {surf[:40]!r}")
        # boundary checks
        if surf != surf.strip() or surf[0] in ".,;:" or (label != Q and surf[-1] in ",;:"):
            errors.append(f"{doc_id}: untrimmed span {surf!r}")
        if label != Q:
            before = text[start - 1] if start > 0 else " "
            after = text[end] if end < len(text) else " "
            if before.isalnum() or after.isalnum():
                errors.append(f"{doc_id}: span inside a word {surf!r} at {start}")
        else:
            before = text[start - 1]
            after = text[end] if end < len(text) else "\n"
            if before not in QUOTE_MARKS:
                errors.append(f"{doc_id}: quote not after a mark: {surf[:40]!r}")
            if after not in QUOTE_MARKS and after not in "\r\n":
                errors.append(f"{doc_id}: quote not before a mark/paragraph end: {surf[:40]!r}")
        spans.append(span)
        cursor = start if label == Q else end

    # flatness: only entity/date spans inside a QUOTE
    ss = sorted(spans, key=lambda s: (s["start"], -s["end"]))
    for a in range(len(ss)):
        for b in range(a + 1, len(ss)):
            x, y = ss[a], ss[b]
            if y["start"] >= x["end"]:
                break
            if x["label"] == Q and y["label"] != Q and y["end"] <= x["end"]:
                continue
            errors.append(f"{doc_id}: overlap {x['id']} {x['text'][:30]!r} / {y['id']} {y['text'][:30]!r}")
    ids = [s["id"] for s in spans]
    if len(ids) != len(set(ids)):
        errors.append(f"{doc_id}: duplicate ids")

    # said_by: nearest PERSON mention (character gap) of the hand-chosen speaker
    relations = []
    persons = [s for s in spans if s["label"] == P]
    for q in spans:
        if q["label"] != Q or q["_spk"] is None:
            continue
        cands = [p for p in persons if p["_who"] == q["_spk"]]
        if not cands:
            errors.append(f"{doc_id}: no PERSON mention for speaker {q['_spk']!r}")
            continue

        def gap(p):
            return max(0, q["start"] - p["end"], p["start"] - q["end"])
        best = min(cands, key=lambda p: (gap(p), p["start"]))
        relations.append({"from": q["id"], "to": best["id"], "type": "said_by"})
    for s in spans:
        s.pop("_who")
        s.pop("_spk")
    return {"doc_id": doc_id, "spans": spans, "relations": relations}, errors


def main():
    manifest = [json.loads(l) for l in open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8")]
    out, all_errors = [], []
    for entry in manifest:
        doc_id = entry["doc_id"]
        short, mentions = DOCS[doc_id]
        with open(os.path.join(CORPUS, entry["file"]), encoding="utf-8", newline="") as fh:
            text = fh.read()
        doc, errors = build(doc_id, short, mentions, text)
        all_errors += errors
        out.append(doc)
    if all_errors:
        print("\n".join(all_errors))
        sys.exit(1)
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as fh:
        for doc in out:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    for doc in out:
        counts = {}
        for s in doc["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
        print(doc["doc_id"], dict(sorted(counts.items())), "said_by:", len(doc["relations"]))


if __name__ == "__main__":
    main()
