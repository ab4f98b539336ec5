#!/usr/bin/env python3
"""Hand-chosen annotation for the eight holdout7 articles.

Every mention below was chosen by reading the text. This script only
computes offsets (half-open [start, end) Python str indices into the
unmodified text), checks them, and writes annotation.jsonl.

Mention helpers:
  E(text, label, ctx=None, key=None, who=None)   entity (PERSON/ORG/GPE/LOC/NORP)
  D(text, value, ctx=None, key=None)             DATE with value
  Q(text, key, who=None, ctx=None)               QUOTE (text inside the marks)
`ctx` is a short left context that must immediately precede the mention.
Mentions are located in reading order: each is searched from a cursor that
moves to the end of the previous entity/date (to the start of a QUOTE, so
that the entities and dates inside it are found next).
`who` names the real person behind a PERSON mention or the speaker of a
QUOTE; it is used only to check that each hand-chosen said_by target is the
nearest mention of that speaker (section 7).
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")  # heldout/corpus


def E(text, label, ctx=None, key=None, who=None):
    return dict(text=text, label=label, ctx=ctx, key=key, who=who)


def D(text, value, ctx=None, key=None):
    return dict(text=text, label="DATE", value=value, ctx=ctx, key=key, who=None)


def Q(text, key, who=None, ctx=None):
    return dict(text=text, label="QUOTE", ctx=ctx, key=key, who=who)


def P(text, who, ctx=None, key=None):
    return E(text, "PERSON", ctx=ctx, key=key, who=who)


DOCS = []

# ---------------------------------------------------------------- alps
# dct 2022-09-28 (Wednesday)
DOCS.append(dict(
    doc_id="holdout7-alps-rhone-glaciers", short="alps",
    mentions=[
        # headline
        Q("We are watching a water tower empty", "q0"),
        E("Alps", "LOC"),
        E("Rhône", "LOC"),
        # standfirst
        D("summer", "2022-SU", ctx="a record "),
        E("Lake Geneva", "LOC"),
        E("Camargue", "LOC"),
        # byline
        P("Sophie Lindqvist", "lindqvist"),
        E("Gletsch", "GPE"),
        # para 1
        E("Rhône glacier", "LOC"),
        P("Léa Morel-Vautrin", "morel"),
        Q("In the 1850s the ice reached all the way there,", "q1", who="morel"),
        D("the 1850s", "1850/1859"),
        Q("When my grandmother came here as a girl in the 1950s, you could walk on to it from the road. Now you need good legs and half an hour.", "q2", who="morel"),
        D("the 1950s", "1950/1959"),
        # para 2
        P("Morel-Vautrin", "morel"),
        E("University of Lausanne", "ORG"),
        E("Swiss", "NORP"),
        E("Valais", "GPE"),
        E("Lake Geneva", "LOC"),
        E("France", "GPE"),
        E("Mediterranean", "LOC"),
        D("This summer", "2022-SU"),
        # para 3
        E("Swiss", "NORP"),
        D("2022", "2022"),
        E("Glamos", "ORG"),
        D("summer of 2003", "2003-SU"),
        E("Saharan", "NORP"),
        D("March", "2022-03"),
        D("June", "2022-06"),
        D("August", "2022-08"),
        E("Bernese Alps", "LOC"),
        E("Valais", "GPE"),
        E("Aletsch", "LOC"),
        E("Alps", "LOC"),
        # para 4
        Q("For most of the 20th century the glaciers behaved like a savings account,", "q3", who="oberholzer"),
        D("the 20th century", "1900/1999"),
        P("Matthias Oberholzer-Kägi", "oberholzer"),
        E("ETH Zurich", "ORG"),
        Q("In a dry, hot summer they paid out meltwater just when the lowlands needed it. What we are doing now is spending the capital.", "q4", who="oberholzer"),
        # para 5
        E("Rhône", "LOC"),
        D("the late 1990s", "1990/1999"),
        D("the 2000s", "2000/2009"),
        D("the 2050s", "2050/2059"),
        E("Geneva", "GPE"),
        D("the end of the century", "2000/2099"),
        # para 6
        E("French", "NORP"),
        E("Rhône", "LOC"),
        E("Drôme", "GPE"),
        E("Vaucluse", "GPE"),
        E("Camargue", "LOC"),
        D("This summer", "2022-SU"),
        E("EDF", "ORG"),
        # para 7
        Q("People in Lyon or Arles think of the glaciers as a postcard,", "q5", who="duret"),
        E("Lyon", "GPE"),
        E("Arles", "GPE"),
        P("Camille Duret-Lambert", "duret"),
        E("Rhône Vivant", "ORG"),
        E("Lyon", "GPE"),
        Q("They are not a postcard. They are part of the plumbing of southern France, and the plumbing is failing.", "q6", who="duret"),
        E("France", "GPE"),
        # para 8
        E("Swiss", "NORP"),
        E("French", "NORP"),
        E("Lake Geneva", "LOC"),
        E("Franco", "NORP"),
        E("Swiss", "NORP"),
        # para 9
        P("Anna Köhler-Brandt", "kohler"),
        E("Valais", "GPE"),
        D("the 1980s", "1980/1989"),
        Q("Nobody talks like that any more,", "q7", who="kohler"),
        Q("The question is how we live with rivers that no longer have a glacier at the top.", "q8", who="kohler"),
        # para 10
        P("Morel-Vautrin", "morel"),
        E("Gletsch", "GPE"),
        D("next spring", "2023-SP"),
        D("2002", "2002"),
        # para 11
        Q("I used to think I was documenting a glacier,", "q9", who="morel"),
        Q("Now I think I am writing its obituary.", "q10", who="morel"),
    ],
))

# ---------------------------------------------------------------- derbyshire
# dct 2017-09-20 (Wednesday); CRLF line ends
DOCS.append(dict(
    doc_id="holdout7-derbyshire-quarry", short="derby",
    mentions=[
        E("Buxton", "GPE"),
        P("Rachel Thornley", "thornley"),
        E("BBC News", "ORG"),
        E("Derbyshire", "GPE"),
        E("Peak District National Park", "LOC"),
        E("Derbyshire County Council", "ORG"),
        D("Monday", "2017-09-18"),
        E("Brayfield Aggregates", "ORG"),
        E("Buxton", "GPE"),
        D("2042", "2042"),
        E("Green Fairfield", "GPE"),
        P("Tony Haldane", "haldane"),
        E("Conservative", "NORP"),
        Q("weighed the evidence very carefully", "q1", who="haldane"),
        Q("Nobody on this committee takes a decision like this lightly,", "q2", who="haldane"),
        Q("But the stone has to come from somewhere, and this site already has the rail sidings and the plant in place.", "q3", who="haldane"),
        P("Ruth Pemberton", "pemberton"),
        E("Labour", "ORG"),
        Q("a kick in the teeth", "q4", who="pemberton"),
        P("Helen Oakes-Bradbury", "oakes"),
        E("Green Fairfield Parish Council", "ORG"),
        Q("We have lived alongside this quarry for three generations and we have never once asked for it to close,", "q5", who="oakes"),
        Q("What we asked for was a proper plan for the lorries. At the moment there are HGVs rumbling past the primary school from six in the morning, and nothing in these conditions changes that.", "q6", who="oakes"),
        E("Peak District National Park Authority", "ORG"),
        D("June", "2017-06"),
        E("Axe Edge Moor", "LOC"),
        E("River Wye", "LOC"),
        D("Monday", "2017-09-18"),
        Q("moderate", "q7"),  # unnamed council planning officer: no said_by (7a)
        E("Brayfield", "ORG"),
        P("Simon Kettering", "kettering"),
        D("next spring", "2018-SP"),
        Q("We have listened to the community and we have changed the scheme significantly since it was first submitted in 2015,", "q8", who="kettering"),
        D("2015", "2015"),
        Q("Lorry numbers will be capped and we will be moving more stone by rail than ever before.", "q9", who="kettering"),
        E("Save Harrow Edge", "ORG"),
        D("this week", "2017-09-18/2017-09-24"),
        P("Priya Chandler", "chandler"),
        Q("This isn’t over. We have until the end of October to gather our evidence, and we intend to use every day of it.", "q10", who="chandler"),
        D("the end of October", "2017-10"),
        E("Department for Communities and Local Government", "ORG"),
        P("Haldane", "haldane"),
        D("16 October", "2017-10-16"),
    ],
))

# ---------------------------------------------------------------- fernbrook
# dct 2024-06-11 (Tuesday)
DOCS.append(dict(
    doc_id="holdout7-fernbrook-series-b", short="fern",
    mentions=[
        E("Fernbrook", "ORG"),
        P("Dana Whitlock", "whitlock"),
        E("SAN FRANCISCO", "GPE"),
        E("Fernbrook", "ORG"),
        D("Tuesday", "2024-06-11"),
        E("Halvorsen Ventures", "ORG"),
        E("Pinecrest Capital", "ORG"),
        E("Redline Partners", "ORG"),
        E("Northgate Growth", "ORG"),
        E("Fernbrook", "ORG"),
        D("2021", "2021"),
        P("Maya Okonkwo-Reyes", "okonkwo"),
        E("Midwest", "LOC"),
        P("Tomás Ibarra", "ibarra"),
        E("Fernbrook", "ORG"),
        D("the end of its fiscal first quarter", "2024-02/2024-04"),
        D("April 30", "2024-04-30"),
        D("a year earlier", "2023-04-30"),
        D("the fourth quarter of fiscal 2025", "2024-11/2025-01"),
        D("January 2025", "2025-01"),
        P("Okonkwo-Reyes", "okonkwo"),
        E("X", "ORG", ctx="on "),
        D("Tuesday", "2024-06-11"),
        Q("Denials are a $260B problem and we're just getting started. Huge thanks to our team and our hospital partners 🙌 And yes, we're hiring,", "q1", who="okonkwo"),
        E("U.S.", "GPE"),
        E("American Hospital Association", "ORG"),
        D("2022", "2022"),
        D("last year", "2023"),
        D("February", "2024-02"),
        E("Change Healthcare", "ORG"),
        Q("Every hospital CFO I talk to has the same story: they're hiring more people to argue with insurers, and they're still losing,", "q2", who="okonkwo"),
        P("Okonkwo-Reyes", "okonkwo"),
        Q("We think a well-built AI system can level that playing field.", "q3", who="okonkwo"),
        E("Fernbrook", "ORG"),
        D("the start of last year", "2023"),
        P("Ibarra", "ibarra"),
        E("Centers for Medicare & Medicaid Services", "ORG"),
        E("CMS", "ORG"),
        D("this year", "2024"),
        P("Erik Lindahl", "lindahl"),
        E("Halvorsen", "ORG"),
        E("Fernbrook", "ORG"),
        Q("Insurers have spent a decade automating denials. Hospitals have been fighting back with fax machines,", "q4", who="lindahl"),
        D("the next 18 months", "FUTURE_REF"),
        E("Fernbrook", "ORG"),
        E("Austin", "GPE"),
        E("Texas", "GPE"),
        D("this fall", "2024-FA"),
    ],
))

# ---------------------------------------------------------------- hasselt
# dct 2023-02-18 (Saturday); sports teams named after places are ORG (section 2)
DOCS.append(dict(
    doc_id="holdout7-hasselt-namur-report", short="hass",
    mentions=[
        P("Van der Heyden", "vdh"),
        E("Hasselt", "ORG"),
        E("Sporting Hasselt", "ORG"),
        E("Olympic Namur", "ORG"),
        P("Jesper van der Heyden", "vdh"),
        E("Sporting Hasselt", "ORG"),
        E("Olympic Namur", "ORG"),
        D("Saturday", "2023-02-18"),
        E("Jupiler Pro League", "ORG"),
        D("this season", "2022/2023"),
        E("Distillers", "ORG"),
        D("December", "2022-12"),
        E("Namur", "ORG"),
        P("Nathan Lefèvre", "lefevre"),
        P("Mathis De Smet", "desmet"),
        P("Moussa Traoré", "traore"),
        E("Hasselt", "ORG"),
        P("Lucas Verbeke", "verbeke"),
        P("Arnaud de Moor", "demoor"),
        P("Van der Heyden", "vdh"),
        E("Utrecht", "ORG"),
        D("the summer", "2022-SU"),
        P("Thiago dos Reis", "dosreis"),
        E("Namur", "ORG"),
        D("last season", "2021/2022"),
        D("October", "2022-10"),
        P("De Moor", "demoor"),
        P("Verbeke", "verbeke"),
        E("Hasselt", "ORG"),
        P("Luc Verhaegen", "verhaegen"),
        P("Senne Peeters", "peeters"),
        P("Dos Reis", "dosreis"),
        P("van der Heyden", "vdh"),
        P("De Smet", "desmet"),
        D("the 2022-23 campaign", "2022/2023"),
        Q("At half-time I told them we were playing like we were afraid to lose, not like we wanted to win,", "q1", who="verhaegen"),
        P("Verhaegen", "verhaegen"),
        Q("The second half was the team I know. Jesper is a striker who always finds the space, and Thiago was unplayable on that left side.", "q2", who="verhaegen"),
        P("Jesper", "vdh"),
        P("Thiago", "dosreis"),
        E("Brazilian", "NORP"),
        E("Vitória", "ORG"),
        D("2021", "2021"),
        D("winter", "2022-WI"),
        Q("The fans never stopped singing, even when we were losing,", "q3", who="dosreis"),
        P("dos Reis", "dosreis"),
        Q("We owed them this.", "q4", who="dosreis"),
        E("Namur", "ORG"),
        P("Stéphane Delvaux", "delvaux"),
        Q("We did everything right for an hour,", "q5", who="delvaux"),
        P("Delvaux", "delvaux"),
        Q("Then we stopped defending the box. At this level, if you give a player like van der Heyden one chance, he scores. That's the lesson, and it's a hard one.", "q6", who="delvaux"),
        P("van der Heyden", "vdh"),
        P("de Moor", "demoor"),
        D("Monday", "2023-02-20"),
        Q("I hope it's only a knock,", "q7", who="delvaux"),
        Q("We cannot afford to lose him now.", "q8", who="delvaux"),
        E("Hasselt", "ORG"),
        E("Mechelen", "ORG"),
        E("Club Brugge", "ORG"),
        D("Sunday", "2023-02-19"),
        E("Namur", "ORG"),
        E("Hasselt", "ORG"),
        E("Genk", "GPE"),
        D("next Saturday", "2023-02-25"),
        E("Limburg", "GPE"),
        D("2019", "2019"),
        Q("It is the game everybody in the city has been waiting for,", "q9", who="vdh"),
        P("van der Heyden", "vdh"),
        Q("We'll enjoy tonight and then start thinking about it on Monday.", "q10", who="vdh"),
        D("tonight", "2023-02-18"),
        D("Monday", "2023-02-20"),
    ],
))

# ---------------------------------------------------------------- kansas
# dct 2018-04-27 (Friday); state fiscal year begins July 1 (text)
DOCS.append(dict(
    doc_id="holdout7-kansas-budget", short="kans",
    mentions=[
        E("Kansas Legislature", "ORG"),
        P("MELISSA TRAN", "tran"),
        E("Associated Press", "ORG"),
        E("TOPEKA", "GPE"),
        E("Kan.", "GPE"),
        E("AP", "ORG"),
        E("Kansas Legislature", "ORG"),
        D("Thursday", "2018-04-26"),
        E("Republican", "NORP"),
        P("Raymond Tolliver", "tolliver"),
        E("Senate", "ORG"),
        E("House", "ORG"),
        D("2019 fiscal year", "2018-07/2019-06"),
        D("July 1", "2018-07-01"),
        D("2012", "2012"),
        D("last year", "2017"),
        Q("This is not a perfect budget, but it is an honest one,", "q1", who="mcallister"),
        P("Carolyn McAllister", "mcallister"),
        E("R", "NORP", ctx="McAllister, "),
        E("Wichita", "GPE"),
        E("Senate Ways and Means Committee", "ORG"),
        Q("For the first time in a long time, we are not raiding the highway fund to pay the light bill.", "q2", who="mcallister"),
        E("Department of Corrections", "ORG"),
        D("last summer", "2017-SU"),
        E("Department for Children and Families", "ORG"),
        E("Democrats", "NORP"),
        D("the past decade", "PAST_REF"),
        Q("We are papering over the cracks,", "q3", who="price"),
        P("Darnell Price", "price"),
        E("D", "NORP", ctx="Price, "),
        E("Kansas City", "GPE"),
        E("Democrat", "NORP"),
        E("House Appropriations Committee", "ORG"),
        Q("Come January, we'll be right back here looking for money we don't have.", "q4", who="price"),
        D("January", "2019-01"),
        P("Price", "price"),
        E("Democrats", "NORP"),
        E("House Appropriations", "ORG"),
        P("Gary Lindqvist", "lindqvist"),
        E("R", "NORP", ctx="Lindqvist, "),
        E("Olathe", "GPE"),
        D("the weekend", "2018-04-21/2018-04-22"),
        Q("Nobody got everything they wanted, and that's usually a sign you've done your job,", "q5", who="lindqvist"),
        P("Lindqvist", "lindqvist"),
        D("June 30, 2019", "2019-06-30"),
        E("Republicans", "NORP"),
        P("Travis Hoelscher", "hoelscher"),
        E("R", "NORP", ctx="Hoelscher, "),
        E("Hays", "GPE"),
        E("Legislature", "ORG"),
        Q("lost its nerve", "q6", who="hoelscher"),
        D("the past 10 months", "PAST_REF"),
        E("Department of Revenue", "ORG"),
        D("fiscal 2019", "2018-07/2019-06"),
        D("April 20", "2018-04-20"),
        P("Tolliver", "tolliver"),
        D("next week", "2018-04-30/2018-05-06"),
        # spokeswoman never named: no said_by (7a)
        Q("The governor appreciates the hard work of legislators and will review the budget line by line before making any decisions,", "q7"),
        P("Tolliver", "tolliver"),
        D("Friday", "2018-04-27"),
        E("Kansas Supreme Court", "ORG"),
        D("Oct. 2", "2017-10-02"),
        E("Legislature", "ORG"),
        D("April 30", "2018-04-30"),
        D("this month", "2018-04"),
        E("Legislature", "ORG"),
        D("Jan. 8", "2018-01-08"),
        D("May 4", "2018-05-04"),
    ],
))

# ---------------------------------------------------------------- sc highway
# dct 2023-10-30 (Monday); Diwali 2023 = 12 Nov, 2022 = 24 Oct, 2021 = 4 Nov
DOCS.append(dict(
    doc_id="holdout7-sc-highway-compensation", short="sc",
    mentions=[
        E("SC", "ORG"),
        E("NEW DELHI", "GPE"),
        E("Supreme Court", "ORG"),
        D("Monday", "2023-10-30"),
        E("Union Ministry of Road Transport and Highways", "ORG"),
        E("Tamil Nadu", "GPE"),
        D("Diwali", "2023-11-12"),
        P("A. S. Venkataraman", "venkat"),
        P("Meera Kulshrestha", "kulsh"),
        E("Krishnagiri", "GPE"),
        E("Dharmapuri", "GPE"),
        D("2019", "2019"),
        E("Hosur", "GPE"),
        E("Dharmapuri", "GPE"),
        D("March 2021", "2021-03"),
        Q("These are small cultivators. For them, Rs 8 lakh or Rs 10 lakh is the difference between sowing the next crop and leaving the field empty. The ministry cannot keep them running from one office to another for two years,", "q1", who="venkat"),
        P("Venkataraman", "venkat"),
        P("Anil Thakral", "thakral"),
        E("National Highways Authority of India", "ORG"),
        E("NHAI", "ORG"),
        E("Ministry of Finance", "ORG"),
        Q("The funds are in the pipeline. Certain procedural formalities have to be completed,", "q2", who="thakral"),
        P("Thakral", "thakral"),
        Q("Four weeks from now Diwali will be over. What will these families tell their children?", "q3", who="kulsh"),
        D("Four weeks from now", "2023-11-27"),
        D("Diwali", "2023-11-12"),
        P("Kulshrestha", "kulsh"),
        P("P. K. Menon", "menon"),
        Q("The State is adding hurdle after hurdle. The award has attained finality, the NHAI has not challenged it, and yet not a rupee of interest has been paid,", "q4", who="menon"),
        E("NHAI", "ORG"),
        P("Menon", "menon"),
        D("November 8", "2023-11-08"),
        E("Krishnagiri", "GPE"),
        E("Dharmapuri", "GPE"),
        D("November 20", "2023-11-20"),
        E("PTI", "ORG"),
        P("K. Ramesh", "ramesh"),
        E("Krishnagiri District Land Losers' Welfare Association", "ORG"),
        Q("Many of us had hoped to buy seed and clothes for the children before Diwali last year also, and the year before. This time we feel the court has heard us,", "q5", who="ramesh"),
        D("Diwali last year", "2022-10-24"),
        D("the year before", "2021"),
        P("Ramesh", "ramesh"),
        E("Centre", "ORG"),
        E("NHAI", "ORG"),
        D("October 9", "2023-10-09"),
    ],
))

# ---------------------------------------------------------------- townsville
# dct 2016-11-22 (Tuesday)
DOCS.append(dict(
    doc_id="holdout7-townsville-bottle-shop", short="tsv",
    mentions=[
        E("Townsville", "GPE"),
        P("Harriet Coombe", "coombe"),
        E("Townsville", "GPE"),
        P("Jayden Michael Corbett", "corbett"),
        E("Townsville Magistrates Court", "ORG"),
        D("Tuesday", "2016-11-22"),
        P("Corbett", "corbett"),
        E("Kirwan", "GPE"),
        D("Saturday", "2016-11-19"),
        E("Ross River", "LOC"),
        E("Annandale", "GPE"),
        D("Sunday", "2016-11-20"),
        P("Brett Lowrie", "lowrie"),
        P("Corbett", "corbett"),
        D("this year", "2016"),
        E("Legal Aid Queensland", "ORG"),
        P("Ana Fifita", "fifita"),
        E("Mount Isa", "GPE"),
        Q("He has support, he has work waiting for him and he is prepared to report to police daily,", "q1", who="fifita"),
        P("Fifita", "fifita"),
        P("Ian Kowalczyk", "kowal"),
        P("Corbett", "corbett"),
        Q("The allegation is that a young worker, alone at the counter late on a Saturday night, was confronted with a large blade and told to hand over the takings,", "q2", who="kowal"),
        D("Saturday", "2016-11-19"),
        P("Kowalczyk", "kowal"),
        # multi-paragraph quote: one span per paragraph (7a)
        Q("Whatever the strength of the prosecution case turns out to be, I cannot ignore the defendant's history of failing to appear, and I am not satisfied that any condition I could impose would ensure he attends court.", "q3", who="kowal"),
        Q("Bail is refused.", "q4", who="kowal"),
        P("Corbett", "corbett"),
        D("December 14", "2016-12-14"),
        P("Kerrie-Anne Dwyer", "dwyer"),
        E("Townsville Criminal Investigation Branch", "ORG"),
        Q("This was a frightening experience for a young person just doing their job,", "q5", who="dwyer"),
        P("Dwyer", "dwyer"),
        Q("We'd also like to thank members of the public who gave us dashcam footage, which was a big part of this investigation.", "q6", who="dwyer"),
        E("ABC", "ORG"),
        D("the weekend", "2016-11-19/2016-11-20"),
        Q("We close at ten now instead of eleven. You just don't know who's going to walk in,", "q7"),  # unnamed man
        E("Queensland Police Service", "ORG"),
        D("Monday", "2016-11-21"),
        E("Townsville Childrens Court", "ORG"),
        D("this week", "2016-11-21/2016-11-27"),
        Q("Investigations are continuing, and police are not ruling out further charges,", "q8"),  # unnamed spokeswoman
    ],
))

# ---------------------------------------------------------------- uganda
# dct 2016-03-03 (Thursday); marketing year October-September (text)
DOCS.append(dict(
    doc_id="holdout7-uganda-coffee", short="uga",
    mentions=[
        E("Uganda", "GPE"),
        E("KAMPALA", "GPE"),
        D("March 3", "2016-03-03"),
        E("Reuters", "ORG"),
        E("Uganda", "GPE"),
        D("the 2015/16 marketing year", "2015-10/2016-09"),
        D("last year", "2015"),
        E("Lake Victoria", "LOC"),
        E("Rwenzori Mountains", "LOC"),
        D("Thursday", "2016-03-03"),
        E("Africa", "LOC"),
        E("Ethiopia", "GPE"),
        D("the 2014/15 season", "2014-10/2015-09"),
        E("Uganda Coffee Development Authority", "ORG"),
        E("UCDA", "ORG"),
        E("Uganda", "GPE"),
        Q("We are now looking at somewhere between 3.2 and 3.3 million bags for the year, down from our earlier projection of 3.7 million,", "q1", who="tumusiime"),
        E("UCDA", "ORG"),
        P("Emmanuel Tumusiime", "tumusiime"),
        E("Reuters", "ORG"),
        Q("The rains came at exactly the wrong moment for the robusta crop.", "q2", who="tumusiime"),
        D("the October-December quarter", "2015-10/2015-12"),
        D("the same period a year earlier", "2014-10/2014-12"),
        E("UCDA", "ORG"),
        P("Tumusiime", "tumusiime"),
        D("January", "2016-01"),
        D("the January-March quarter", "2016-01/2016-03"),
        D("last year", "2015"),
        E("Uganda", "GPE"),
        E("Lake Victoria", "LOC"),
        E("Mount Elgon", "LOC"),
        E("Rwenzori Mountains", "LOC"),
        E("Democratic Republic of Congo", "GPE"),
        E("Semliki", "LOC"),
        E("Mpanga", "LOC"),
        D("November", "2015-11"),
        E("Ministry of Agriculture, Animal Industry and Fisheries", "ORG"),
        Q("Some of our farmers in Bundibugyo and Kasese lost the whole of the first picking,", "q3", who="opio"),
        E("Bundibugyo", "GPE"),
        E("Kasese", "GPE"),
        P("Patrick Opio", "opio"),
        D("May", "2016-05"),
        E("African", "NORP"),
        D("last year", "2015"),
        E("Ministry of Finance, Planning and Economic Development", "ORG"),
        E("Kampala", "GPE"),
        D("this week", "2016-02-29/2016-03-06"),
        D("December", "2015-12"),
        Q("Exporters are fighting over every bag,", "q4", who="mutebi"),
        P("Joseph Mutebi", "mutebi"),
        E("Kampala", "GPE"),
        E("Lweza Commodities", "ORG"),
        Q("Some roasters in Europe have already pushed contracts for March and April shipment into the third quarter because they know the volumes are not there.", "q5", who="mutebi"),
        E("Europe", "LOC"),
        D("March and April", "2016-03/2016-04"),
        D("the third quarter", "2016-07/2016-09"),
        P("Mutebi", "mutebi"),
        E("Ugandan", "NORP"),
        E("Vietnamese", "NORP"),
        E("London", "GPE"),
        D("the middle of the year", "2016"),
        E("Ministry of Trade, Industry and Cooperatives", "ORG"),
        E("UCDA", "ORG"),
        D("next week", "2016-03-07/2016-03-13"),
        E("UCDA", "ORG"),
        D("the 2016/17 marketing year", "2016-10/2017-09"),
        D("2014", "2014"),
        P("Moses Kasujja", "kasujja"),
        P("Helen Marsh", "marsh"),
    ],
))

# said_by pairs chosen by hand: quote key -> PERSON mention, given as
# (surface text, n-th mention of that surface among the doc's PERSON spans, 0-based)
SAID_BY = {
    "holdout7-alps-rhone-glaciers": {
        "q1": ("Léa Morel-Vautrin", 0), "q2": ("Morel-Vautrin", 0),
        "q3": ("Matthias Oberholzer-Kägi", 0), "q4": ("Matthias Oberholzer-Kägi", 0),
        "q5": ("Camille Duret-Lambert", 0), "q6": ("Camille Duret-Lambert", 0),
        "q7": ("Anna Köhler-Brandt", 0), "q8": ("Anna Köhler-Brandt", 0),
        "q9": ("Morel-Vautrin", 1), "q10": ("Morel-Vautrin", 1),
        # q0 (headline): speaker never identified -> none
    },
    "holdout7-derbyshire-quarry": {
        "q1": ("Tony Haldane", 0), "q2": ("Tony Haldane", 0), "q3": ("Tony Haldane", 0),
        "q4": ("Ruth Pemberton", 0),
        "q5": ("Helen Oakes-Bradbury", 0), "q6": ("Helen Oakes-Bradbury", 0),
        "q8": ("Simon Kettering", 0), "q9": ("Simon Kettering", 0),
        "q10": ("Priya Chandler", 0),
        # q7 ('moderate'): unnamed council planning officer -> none
    },
    "holdout7-fernbrook-series-b": {
        "q1": ("Okonkwo-Reyes", 0), "q2": ("Okonkwo-Reyes", 1), "q3": ("Okonkwo-Reyes", 1),
        "q4": ("Erik Lindahl", 0),
    },
    "holdout7-hasselt-namur-report": {
        "q1": ("Verhaegen", 0), "q2": ("Verhaegen", 0),
        "q3": ("dos Reis", 0), "q4": ("dos Reis", 0),
        "q5": ("Delvaux", 0), "q6": ("Delvaux", 0), "q7": ("Delvaux", 0), "q8": ("Delvaux", 0),
        "q9": ("van der Heyden", 2), "q10": ("van der Heyden", 2),
    },
    "holdout7-kansas-budget": {
        "q1": ("Carolyn McAllister", 0), "q2": ("Carolyn McAllister", 0),
        "q3": ("Darnell Price", 0), "q4": ("Price", 0),
        "q5": ("Lindqvist", 0),
        "q6": ("Travis Hoelscher", 0),
        # q7: spokeswoman for Tolliver, never named -> none
    },
    "holdout7-sc-highway-compensation": {
        "q1": ("Venkataraman", 0), "q2": ("Thakral", 0), "q3": ("Kulshrestha", 0),
        "q4": ("Menon", 0), "q5": ("Ramesh", 0),
    },
    "holdout7-townsville-bottle-shop": {
        "q1": ("Fifita", 0), "q2": ("Kowalczyk", 0), "q3": ("Kowalczyk", 0), "q4": ("Kowalczyk", 0),
        "q5": ("Dwyer", 0), "q6": ("Dwyer", 0),
        # q7 unnamed man, q8 unnamed QPS spokeswoman -> none
    },
    "holdout7-uganda-coffee": {
        "q1": ("Emmanuel Tumusiime", 0), "q2": ("Emmanuel Tumusiime", 0),
        "q3": ("Patrick Opio", 0),
        "q4": ("Joseph Mutebi", 0), "q5": ("Mutebi", 0),
    },
}

OPEN_MARKS = "\"“‘'"
CLOSE_MARKS = "\"”’'"


def locate(text, m, cursor):
    pat = re.escape(m["text"])
    if m["text"][0].isalnum() or m["text"][0] == "_":
        pat = r"(?<!\w)" + pat
    if m["text"][-1].isalnum():
        pat = pat + r"(?!\w)"
    if m["ctx"]:
        pat = "(?<=" + re.escape(m["ctx"]) + ")" + pat
    r = re.compile(pat).search(text, cursor)
    if not r:
        raise SystemExit(f"not found after {cursor}: {m['text']!r} ctx={m['ctx']!r}")
    return r.start(), r.end()


def build(doc):
    path = os.path.join(CORPUS, doc["doc_id"] + ".txt")
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    cursor = 0
    spans = []
    for m in doc["mentions"]:
        s, e = locate(text, m, cursor)
        assert text[s:e] == m["text"]
        cursor = s if m["label"] == "QUOTE" else e
        spans.append(dict(m, start=s, end=e))
    # reading order must be preserved
    for a, b in zip(spans, spans[1:]):
        assert a["start"] <= b["start"], (a["text"], b["text"])
    # quote marks: opening mark right before, closing mark right after
    # (or end of paragraph for a non-final paragraph of a multi-paragraph quote)
    for sp in spans:
        if sp["label"] != "QUOTE":
            continue
        assert text[sp["start"] - 1] in OPEN_MARKS, sp["text"]
        after = text[sp["end"]:sp["end"] + 1]
        assert after in CLOSE_MARKS or after in ("\n", "\r"), sp["text"]
        assert sp["text"] == sp["text"].strip()
    # flatness: only entities/dates may lie inside a QUOTE; nothing else overlaps
    for i, a in enumerate(spans):
        for b in spans[i + 1:]:
            if a["start"] < b["end"] and b["start"] < a["end"]:
                inner, outer = (b, a) if a["start"] <= b["start"] and b["end"] <= a["end"] else (a, b)
                ok = (outer["label"] == "QUOTE" and inner["label"] != "QUOTE"
                      and outer["start"] <= inner["start"] and inner["end"] <= outer["end"])
                assert ok, ("overlap", a["text"], b["text"])
    # minimal spans
    for sp in spans:
        if sp["label"] != "QUOTE":
            assert sp["text"] == sp["text"].strip(" \t\r\n.,;:'\"’‘“”") or sp["text"].endswith("."), sp["text"]
    # ids
    out_spans = []
    for n, sp in enumerate(spans, 1):
        sp["id"] = f"{doc['short']}-{n}"
        o = dict(id=sp["id"], start=sp["start"], end=sp["end"], label=sp["label"], text=sp["text"])
        if sp["label"] == "DATE":
            o["value"] = sp["value"]
        out_spans.append(o)
    assert len({o["id"] for o in out_spans}) == len(out_spans)
    # relations
    persons = [sp for sp in spans if sp["label"] == "PERSON"]
    quotes = {sp["key"]: sp for sp in spans if sp["label"] == "QUOTE"}
    assert len(quotes) == sum(1 for sp in spans if sp["label"] == "QUOTE"), "duplicate quote key"
    rels = []
    pairs = SAID_BY[doc["doc_id"]]
    for qk, (ptext, nth) in pairs.items():
        q = quotes[qk]
        cands = [p for p in persons if p["text"] == ptext]
        p = cands[nth]
        # check: chosen person names the speaker and is the nearest such mention
        assert p["who"] == q["who"], (qk, ptext)

        def dist(x):
            if x["end"] <= q["start"]:
                return q["start"] - x["end"]
            if x["start"] >= q["end"]:
                return x["start"] - q["end"]
            return 0
        same = [x for x in persons if x["who"] == q["who"]]
        best = min(dist(x) for x in same)
        assert dist(p) == best, (qk, ptext, dist(p), best)
        rels.append(dict(**{"from": q["id"], "to": p["id"], "type": "said_by"}))
    for qk, q in quotes.items():
        if qk not in pairs:
            assert q["who"] is None, qk
    rels.sort(key=lambda r: int(r["from"].split("-")[-1]))
    return dict(doc_id=doc["doc_id"], spans=out_spans, relations=rels)


def main():
    out = [build(d) for d in DOCS]
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    from collections import Counter
    tot = Counter()
    for rec in out:
        c = Counter(s["label"] for s in rec["spans"])
        tot.update(c)
        print(rec["doc_id"], dict(sorted(c.items())), "said_by", len(rec["relations"]), "spans", len(rec["spans"]))
    print("TOTAL", dict(sorted(tot.items())), sum(tot.values()),
          "said_by", sum(len(r["relations"]) for r in out))


if __name__ == "__main__":
    main()
