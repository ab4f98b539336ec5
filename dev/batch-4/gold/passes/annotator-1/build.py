#!/usr/bin/env python3
"""Hand annotation of the dev4 corpus (annotator-1).

Every mention below was chosen by hand, by reading the articles, under GUIDELINES.md.
Mentions are listed per article in reading order.  This script only:
  * computes offsets (half-open [start, end) Python str indices into the unmodified text,
    read with open(path, encoding="utf-8", newline="")),
  * checks text[start:end] == surface text, flatness, unique ids, said_by targets,
  * resolves each said_by to the PERSON mention of the (hand-chosen) speaker that is nearest
    to the quote by character distance (GUIDELINES section 7),
  * writes annotation.jsonl.

Locating an occurrence: each mention is searched forward from a cursor (the end of the
previous entity/date mention, or the start of the previous QUOTE so that entities inside a
quote are found inside it), as a whole word (no letter/digit directly before or after).
`ctx` optionally gives text that must immediately precede the mention.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")  # dev/batch-4/corpus


# ---------------------------------------------------------------- helpers
def P(s, ctx=None):
    return dict(text=s, label="PERSON", ctx=ctx)


def O(s, ctx=None):
    return dict(text=s, label="ORG", ctx=ctx)


def G(s, ctx=None):
    return dict(text=s, label="GPE", ctx=ctx)


def L(s, ctx=None):
    return dict(text=s, label="LOC", ctx=ctx)


def N(s, ctx=None):
    return dict(text=s, label="NORP", ctx=ctx)


def D(s, value, ctx=None):
    return dict(text=s, label="DATE", value=value, ctx=ctx)


def Q(s, by, ctx=None):
    """QUOTE; `by` is the tuple of surface forms naming the speaker (PERSON mentions of
    that one person), or None when the speaker is never named (section 7a)."""
    return dict(text=s, label="QUOTE", by=by, ctx=ctx)


# ---------------------------------------------------------------- annotations
DOCS = {}

# ======================================================================
# dev4-telangana-fee-dues  (dct 2024-02-13, Tuesday)
# ======================================================================
VNM = ("Venkat Narayana Murthy",)
THV = ("T. Harsha Vardhan",)
KRR = ("K. Raghavender Rao",)
SQ = ("Shabnam Qureshi",)
GL = ("G. Lavanya",)
DOCS["dev4-telangana-fee-dues"] = ("telangana", [
    # headline
    O("HC"),
    G("Telangana"),
    D("March 31", "2024-03-31"),
    # para 1
    G("HYDERABAD"),
    O("Telangana High Court"),
    D("Monday", "2024-02-12"),
    D("March 31", "2024-03-31"),
    # observation of the court (Division Bench of two judges): no single named speaker
    Q("cannot be made to suffer for the administrative delays of the department.", None),
    # para 2
    P("P. Srinivasa Rao"),
    P("Anuradha Venkatesh"),
    O("Telangana Private Professional Colleges Managements Association"),
    D("2021-22 and 2022-23 academic years", "2021/2023"),
    # para 3
    P("Venkat Narayana Murthy"),
    G("Rangareddy"),
    G("Medchal"),
    G("Warangal"),
    D("November", "2023-11"),
    Q("Managements are borrowing at 14 per cent interest to keep the doors open. The government "
      "is holding our money and our students are holding the bill,", VNM),
    # para 4
    P("T. Harsha Vardhan"),
    O("Finance department"),
    D("last month", "2024-01"),
    Q("in a phased manner", THV),
    D("April 5", "2024-04-05"),
    # para 5
    O("Congress"),
    O("Assembly"),
    O("Cabinet"),
    D("Friday", "2024-02-16"),
    # para 6
    O("BRS"),
    Q("For two months they have been holding review meetings and press conferences. The High "
      "Court has now told them what students have been telling them since December,", KRR),
    O("High Court"),
    D("December", "2023-12"),
    O("BRS"),
    P("K. Raghavender Rao"),
    # para 7
    O("Congress"),
    P("Shabnam Qureshi"),
    O("BRS"),
    Q("an empty treasury and a mountain of unpaid bills", SQ),
    Q("We are paying for their sins, but we will pay. Not a single student will lose a seat "
      "because of this.", SQ),
    # para 8
    O("BJP"),
    P("N. Prabhakar Goud"),
    N("SC"),
    N("ST"),
    N("BC"),
    O("CPI(M)"),
    # para 9
    O("SFI"),
    O("ABVP"),
    G("Nampally"),
    D("Thursday", "2024-02-15"),
    Q("My father is a farmer in Nalgonda. He has already sold two acres for my hostel fees,", GL),
    G("Nalgonda"),
    P("G. Lavanya"),
    Q("If the certificate is not given, all of that is wasted.", GL),
    # para 10
    D("April 8", "2024-04-08"),
])

# ======================================================================
# dev4-athenry-data-centre  (dct 2022-11-09, Wednesday)
# ======================================================================
AKW = ("Aoife Kenny-Walsh", "Kenny-Walsh")
DM = ("Declan Morrissey",)
CF = ("Colm Fahy",)
RG = ("Róisín Geraghty",)
DOCS["dev4-athenry-data-centre"] = ("athenry", [
    # headline
    G("Athenry"),
    # byline
    P("Siobhán Ní Chonaola"),
    D("Wednesday, 9 November 2022", "2022-11-09"),
    # para 1
    G("Athenry"),
    O("Galway County Council"),
    D("Monday", "2022-11-07"),
    # "one councillor" is never identified
    Q("turn the lights off on the rest of east Galway", None),
    G("Galway"),
    # para 2
    O("Corrib Digital Infrastructure Ltd"),
    G("Lisheenkyle"),
    # para 3
    D("August", "2022-08"),
    D("last month", "2022-10"),
    D("Christmas", "2022-12-25"),
    # para 4
    Q("We are being asked to take it on trust that the grid can cope,", AKW),
    P("Aoife Kenny-Walsh"),
    G("Athenry", ctx="the "),
    G("Oranmore"),
    Q("EirGrid has said publicly that the Dublin region can’t take any more of these for years. "
      "Why would anyone believe the west is different?", AKW),
    O("EirGrid"),
    G("Dublin"),
    # para 5
    P("Kenny-Walsh"),
    L("Clareen aquifer"),
    Q("a serious worry for every farmer with a well", AKW),
    # para 6
    Q("This is exactly the kind of investment Galway has been crying out for, and we are sitting "
      "here finding reasons to say no,", DM),
    G("Galway"),
    O("Fine Gael"),
    P("Declan Morrissey"),
    Q("If it goes to Mayo or across the border into Clare, nobody will thank us.", DM),
    G("Mayo"),
    G("Clare"),
    # para 7
    G("Dublin"),
    D("September", "2022-09"),
    # para 8
    P("Colm Fahy"),
    O("Fianna Fáil"),
    D("Tuesday", "2022-11-08"),
    Q("being dragged out", CF),
    O("Sinn Féin"),
    P("Róisín Geraghty"),
    O("Commission for Regulation of Utilities"),
    # para 9
    Q("People in Athenry aren’t against jobs. They are against being told a story,", RG),
    G("Athenry"),
    Q("Give us the figures and let people decide.", RG),
    # para 10 (spokesperson never named)
    O("Corrib Digital"),
    Q("engaged fully and openly", None),
    G("Athenry"),
    D("next week", "2022-11-14/2022-11-20"),
    # para 11 (official never named)
    O("An Bord Pleanála"),
    Q("This is going to Dublin no matter what,", None),
    G("Dublin"),
    O("Advertiser"),
    Q("The only question is who lodges the appeal.", None),
    # para 12
    D("January", "2023-01"),
])

# ======================================================================
# dev4-kenya-power-halfyear  (dct 2025-03-12, Wednesday)
# ======================================================================
JWN = ("Josephine Wambui-Ndegwa", "Wambui-Ndegwa")
KL = ("Kiprotich Langat", "Langat")
HO = ("Hassan Odhiambo", "Odhiambo")
WK = ("Wanjiru Kamau", "Kamau")
NO = ("Nicholas Oyugi", "Oyugi")
DOCS["dev4-kenya-power-halfyear"] = ("kenya", [
    # headline
    O("Kenya Power"),
    # dateline + para 1
    G("NAIROBI"),
    G("Kenya", ctx="NAIROBI, "),
    O("Kenya Power"),
    D("December 31", "2024-12-31"),
    # para 2
    D("Tuesday", "2025-03-11"),
    D("the first half of the 2024/25 financial year", "2024-07/2024-12"),
    D("a year earlier", "2023-07/2023-12"),
    # para 3
    P("Josephine Wambui-Ndegwa"),
    Q("We lost almost a quarter of the power we bought three years ago. Today that figure is "
      "below 21 per cent, and every point is worth about Sh2 billion to us,", JWN),
    D("three years ago", "2022"),
    D("Today", "PRESENT_REF"),
    G("Nairobi"),
    # para 4
    D("the third quarter", "2025-01/2025-03"),
    O("Energy and Petroleum Regulatory Authority"),
    O("EPRA"),
    Q("We will not be able to sustain these margins if the pass-through is delayed,", JWN),
    # para 5
    O("EPRA"),
    P("Kiprotich Langat"),
    D("last week", "2025-03-03/2025-03-09"),
    Q("before the end of April", KL),
    D("April", "2025-04"),
    G("Mombasa"),
    G("Kisumu"),
    G("Eldoret"),
    # para 6
    O("Kenya Energy Workers Union"),
    O("KEWU"),
    D("March 24", "2025-03-24"),
    D("2023", "2023"),
    P("Hassan Odhiambo"),
    Q("waited patiently for eighteen months", HO),
    # para 7
    Q("If there is money for dividends, there is money for the linesman who climbs a pole in "
      "the rain,", HO),
    P("Odhiambo"),
    D("Monday", "2025-03-10"),
    # para 8
    O("Kenya Power"),
    O("National Treasury"),
    # para 9
    Q("The headline number flatters the underlying business a little, because roughly a third "
      "of the improvement is the currency,", WK),
    P("Wanjiru Kamau"),
    O("Mara Ridge Securities"),
    Q("But the reduction in system losses is real, and that is the number investors should "
      "watch in the second half.", WK),
    D("the second half", "2025-01/2025-06"),
    # para 10
    P("Nicholas Oyugi"),
    G("Nairobi"),
    O("Lango Capital"),
    O("Nairobi Securities Exchange"),
    D("the past year", "2024-03/2025-03"),
    Q("priced for a dividend that may not come until 2026", NO),
    D("2026", "2026"),
    # para 11
    O("Kenya Power"),
    D("Tuesday", "2025-03-11"),
])

# ======================================================================
# dev4-tripoli-clashes  (dct 2019-10-16, Wednesday)
# ======================================================================
MBY = ("Malek Ben Youssef",)
HMR = ("Hélène Marchetti-Rossi", "Marchetti-Rossi")
TM = ("Tarek Mansouri", "Mansouri")
DOCS["dev4-tripoli-clashes"] = ("tripoli", [
    # headline
    N("Libyan"),
    # dateline + para 1
    G("TRIPOLI"),
    G("Libya"),
    O("AP"),
    G("Libya"),
    O("U.N."),
    G("Tripoli"),
    D("Tuesday", "2019-10-15"),
    D("this month", "2019-10"),
    # para 2
    G("Ain Zara"),
    O("Nour Brigade"),
    O("Al-Fajr Security Battalion"),
    D("Wednesday", "2019-10-16"),
    # para 3
    P("Malek Ben Youssef"),
    O("Health Ministry"),
    G("Tripoli"),
    Q("Our teams could not reach the injured for more than four hours,", MBY),
    Q("We are asking all sides to respect the red crescent and let us work.", MBY),
    # para 4
    O("Interior Ministry"),
    O("Government of National Accord"),
    G("Ain Zara"),
    G("Salah al-Din"),
    G("Libya"),
    D("2011", "2011"),
    P("Moammar Gadhafi"),
    # para 5 (official never named)
    Q("about money, not politics.", None),
    Q("Whoever holds the depot sells the fuel. Everybody knows this,", None),
    # para 6 (statement of a militia, no named author)
    O("Facebook"),
    O("Nour Brigade"),
    Q("treachery", None),
    # para 7 (mission as a body, then its named deputy head)
    O("U.N. Support Mission in Libya"),
    Q("deeply alarmed", None),
    P("Hélène Marchetti-Rossi"),
    Q("only serves those who want Libya divided.", HMR),
    G("Libya"),
    # para 8 (man never named)
    N("Sudanese"),
    N("Eritrean"),
    N("Chadian"),
    Q("The guards left. The doors are locked and there is no water since yesterday,", None),
    D("yesterday", "2019-10-15"),
    N("Sudanese"),
    O("Associated Press"),
    # para 9
    G("Tripoli"),
    D("April", "2019-04"),
    G("Libya"),
    D("this month", "2019-10"),
    N("Italian"),
    N("Turkish"),
    G("Tripoli"),
    # para 10
    Q("The eastern offensive pushed these groups together, and the lull is now letting their "
      "old quarrels come back,", TM),
    P("Tarek Mansouri"),
    N("Libyan"),
    G("Tunis"),
])

# ======================================================================
# dev4-nordsee-open-final  (dct 2024-06-23, Sunday)
# ======================================================================
TN = ("Tereza Nováková", "Nováková")
ZW = ("Zuzanna Wójcik", "Wójcik")
LP = ("Lucía Peñalver", "Peñalver")
JH = ("Jiří Holub", "Holub")
DOCS["dev4-nordsee-open-final"] = ("nordsee", [
    # headline
    P("Nováková"),
    D("last year", "2023"),
    # dateline + para 1
    G("BREMEN"),
    G("Germany"),
    P("Tereza Nováková"),
    G("Czech Republic"),
    D("Sunday", "2024-06-23"),
    G("Poland"),
    P("Zuzanna Wójcik"),
    # para 2
    G("Brno"),
    D("last year", "2023"),
    G("Spain"),
    P("Lucía Peñalver"),
    # para 3
    Q("I was thinking about it in the shower this morning, honestly,", TN),
    D("this morning", "2024-06-23"),
    P("Nováková"),
    Q("Last year I was too nervous to even look at the trophy. Today I told myself: you have "
      "been here, you know the way.", TN),
    D("Last year", "2023"),
    D("Today", "2024-06-23"),
    D("May", "2024-05"),
    Q("given me a little more control when the ball stays low.", TN),
    # para 4
    P("Wójcik"),
    N("Polish"),
    G("Szczecin"),
    # para 5
    Q("She played the big points better than me. That is tennis,", ZW),
    P("Wójcik"),
    O("WTA"),
    Q("I am proud of the week. I came here with a sore shoulder and I leave with a lot of "
      "matches in my body before Wimbledon.", ZW),
    # para 6
    O("Polish Tennis Association"),
    D("Saturday", "2024-06-22"),
    P("Wójcik"),
    G("London"),
    D("Monday", "2024-06-24"),
    # para 7
    P("Nováková"),
    G("Slovenia"),
    P("Nika Žagar"),
    D("Friday", "2024-06-21"),
    N("Romanian"),
    P("Ioana Dumitrescu"),
    D("Saturday", "2024-06-22"),
    D("Sunday", "2024-06-23"),
    # para 8
    P("Peñalver"),
    D("Tuesday", "2024-06-18"),
    Q("the hardest one of the season.", LP),
    # para 9
    P("Nováková"),
    Q("Grass season: unlocked 🌱🏆 Děkuju Bremen!", TN),
    G("Bremen"),
    # para 10
    P("Jiří Holub"),
    O("Czech Tennis Association"),
    G("Halle"),
    Q("People think Czech players only like clay. She has always had the hands for grass; she "
      "just needed the legs,", JH),
    N("Czech"),
    # para 11
    P("Nováková"),
    D("Monday", "2024-06-24"),
    O("WTA"),
    N("Czech"),
    # para 12
    D("Monday", "2024-06-24"),
    D("Friday", "2024-06-28"),
])

# ======================================================================
# dev4-pennsylvania-pfas-bill  (dct 2021-03-18, Thursday)
# ======================================================================
DH = ("Dale Hoffmeyer", "Hoffmeyer")
MQ = ("Marisol Quintero", "Quintero")
GP = ("Gregory Pallone", "Pallone")
TR = ("Tanya Rhodes", "Rhodes")
DOCS["dev4-pennsylvania-pfas-bill"] = ("pfas", [
    # headline
    O("Pa. Senate"),
    O("GOP"),
    # dateline + para 1
    G("HARRISBURG"),
    G("Pa.", ctx="HARRISBURG, "),
    O("Pennsylvania Senate"),
    D("Wednesday", "2021-03-17"),
    N("Republicans"),
    # para 2
    D("next January", "2022-01"),
    P("Ellen Marsh"),
    N("Democrat"),
    # para 3
    P("Dale Hoffmeyer"),
    N("Republican"),
    G("Lancaster County"),
    D("2019", "2019"),
    O("Environmental Resources and Energy Committee"),
    # para 4
    Q("I've sat in kitchens with families who were told for years their water was fine. It was "
      "not fine,", DH),
    P("Hoffmeyer"),
    Q("This isn't a Republican issue or a Democratic issue. It's a 'can I give my kid a glass of "
      "water' issue.", DH),
    N("Republican"),
    N("Democratic"),
    # para 5
    D("summer", "2021-SU"),
    # para 6
    N("Democrats"),
    Q("Ten parts per trillion is a start, but the science is moving faster than this building,", MQ),
    P("Marisol Quintero"),
    G("Philadelphia"),
    N("Democrat"),
    # para 7
    O("Commonwealth Manufacturers Alliance"),
    Q("Every dollar of that lands on somebody's water bill,", GP),
    P("Gregory Pallone"),
    # para 8 ("Senate" in "Senate Majority Leader" is part of the title)
    P("Karen Eckert"),
    N("Republican"),
    G("Westmoreland County"),
    # spokesman never named
    Q("looks forward to reviewing the committee's work.", None),
    # para 9
    Q("Two years ago we couldn't get a hearing,", TR),
    D("Two years ago", "2019"),
    P("Tanya Rhodes"),
    O("Keystone Clean Water Coalition"),
    G("Bucks"),
    G("Montgomery"),
    Q("Now we have a Republican from Lancaster County carrying the bill. That tells you where "
      "voters are.", TR),
    N("Republican"),
    G("Lancaster County"),
    # para 10
    D("2022", "2022"),
    O("House"),
    O("Senate"),
    # para 11
    O("Department of Environmental Protection"),
    D("2023", "2023"),
])

# ======================================================================
# dev4-lunar-ice-tessera  (dct 2026-01-20, Tuesday)
# ======================================================================
FM = ("Fiona MacLeod", "MacLeod")
KA = ("Kenji Arakawa", "Arakawa")
LF = ("Lucia Ferrante", "Ferrante")
AOB = ("Amara Osei-Bonsu", "Osei-Bonsu")
DOCS["dev4-lunar-ice-tessera"] = ("lunar", [
    # subheading
    N("European"),
    D("2030s", "2030/2039"),
    # para 1
    L("Moon"),
    D("more than half a century ago", "PAST_REF"),
    D("Monday", "2026-01-19"),
    O("Nature Astronomy"),
    # para 2
    O("University of Edinburgh"),
    O("Tohoku University"),
    G("Japan"),
    D("1969 and 1972", "1969/1972"),
    # para 3
    Q("These are signals that people have been staring at since the 1970s. Nobody was wrong "
      "about them; we simply did not have the tools to pull this kind of detail out,", FM),
    D("1970s", "1970/1979"),
    P("Fiona MacLeod"),
    O("Edinburgh"),
    Q("noisy, patchy and recorded on tape", FM),
    # para 4
    D("1960s", "1960/1969"),
    N("American"),
    # para 5
    Q("If even a fraction of this is real, it changes the arithmetic for everyone planning to "
      "live and work at the south pole,", KA),
    P("Kenji Arakawa"),
    O("Tohoku University"),
    # para 6
    O("European Space Agency"),
    O("ESA"),
    D("2025", "2025"),
    D("2031 and 2033", "2031/2033"),
    # para 7
    Q("This is precisely the kind of result that tells us where to point the radar first,", LF),
    P("Lucia Ferrante"),
    O("Japan Aerospace Exploration Agency"),
    O("JAXA"),
    O("NASA"),
    # para 8
    Q("Apollo seismometers were extraordinary for their time, but they were placed hundreds of "
      "kilometres from the south pole,", AOB),
    P("Amara Osei-Bonsu"),
    O("University of Arizona"),
    Q("You are inferring a great deal from waves that have travelled a very long way.", AOB),
    # para 9
    Q("a clever use of an archive that most of us had written off.", AOB),
    # para 10
    D("the next decade", "2026/2036"),
    P("MacLeod"),
    G("China"),
    D("the decade", "2020/2029"),
])

# ======================================================================
# dev4-hamilton-manslaughter-verdict  (dct 2024-09-27, Friday; CRLF line ends)
# ======================================================================
TB = ("Tyler Brennan", "Brennan")
PR = ("Priya Raman", "Raman")
DS = ("Daniel Szabo", "Szabo")
DA = ("Danielle Ackerley",)
DOCS["dev4-hamilton-manslaughter-verdict"] = ("hamilton", [
    # headline
    G("Hamilton"),
    # byline
    P("Rebecca Lindqvist"),
    # dateline + para 1
    G("HAMILTON"),
    O("Ontario Superior Court"),
    D("Thursday", "2024-09-26"),
    G("Hamilton"),
    D("June 4, 2023", "2023-06-04"),
    # para 2
    P("Tyler Brennan"),
    P("Margaret O'Donnell"),
    D("December", "2024-12"),
    # para 3
    P("Jordan Ackerley"),
    G("Stoney Creek"),
    O("Crown"),
    P("Brennan"),
    P("Ackerley"),
    # para 4
    P("Brennan"),
    P("Ackerley"),
    P("Brennan"),
    D("last week", "2024-09-16/2024-09-22"),
    Q("panicked", TB),
    # para 5
    D("Monday", "2024-09-23"),
    P("Priya Raman"),
    # paras 6-7: one quotation over two paragraphs -> one span per paragraph (section 7a)
    Q("You have watched the video. You have seen Mr. Brennan walk out of that store, reach into "
      "his jacket, and cross the parking lot. He was not cornered. He was not running away. He "
      "walked towards Mr. Ackerley.", PR),
    P("Brennan"),
    P("Ackerley"),
    Q("Self-defence requires that the accused actually believed he was under threat and that "
      "what he did was reasonable. Nothing about those twelve seconds was reasonable,", PR),
    # para 8
    P("Daniel Szabo"),
    Q("The Crown is asking you to fill a gap with guesses,", DS),
    O("Crown"),
    Q("You cannot convict a man of murder on what you imagine happened off screen.", DS),
    # para 9 (witness cannot be identified: never named)
    Q("The taller one kept saying, 'Back off, back off,' and then they were on the ground,", None),
    # para 10
    P("Ackerley"),
    P("Danielle Ackerley"),
    Q("Jordan went out to buy milk. That's all. Whatever the word is on the paper, he's not "
      "coming home,", DA),
    P("Jordan"),
    # para 11
    P("Szabo"),
    Q("grateful the jury listened carefully", DS),
    # para 12
    O("Hamilton Police Service"),
    P("Brennan"),
    G("Brantford"),
    D("June 9, 2023", "2023-06-09"),
    # para 13
    D("Dec. 12", "2024-12-12"),
])


# ---------------------------------------------------------------- machinery
def isword(c):
    return c.isalnum()


def find_mention(text, m, cursor):
    s = m["text"]
    ctx = m.get("ctx") or ""
    pos = max(0, cursor - len(ctx))
    while True:
        i = text.find(ctx + s, pos)
        if i < 0:
            raise ValueError("not found after %d: %r (ctx %r)" % (cursor, s, ctx))
        start = i + len(ctx)
        end = start + len(s)
        ok = True
        if isword(s[0]) and start > 0 and isword(text[start - 1]):
            ok = False
        if isword(s[-1]) and end < len(text) and isword(text[end]):
            ok = False
        if ok:
            return start, end
        pos = i + 1


def build_doc(doc_id, short, mentions):
    path = os.path.join(CORPUS, doc_id + ".txt")
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    spans, quote_by = [], {}
    cursor = 0
    for n, m in enumerate(mentions, 1):
        start, end = find_mention(text, m, cursor)
        assert text[start:end] == m["text"], (doc_id, m)
        assert m["text"] == m["text"].strip(), m
        sp = {"id": "%s-%d" % (short, n), "start": start, "end": end,
              "label": m["label"], "text": m["text"]}
        if m["label"] == "DATE":
            sp["value"] = m["value"]
        spans.append(sp)
        if m["label"] == "QUOTE":
            quote_by[sp["id"]] = m["by"]
            cursor = start  # entities inside the quote come next
        else:
            cursor = end
    # ids unique
    ids = [s["id"] for s in spans]
    assert len(ids) == len(set(ids))
    # reading order
    for a, b in zip(spans, spans[1:]):
        assert a["start"] <= b["start"], (a, b)
    # flatness: only entity/date spans inside a QUOTE
    for i, a in enumerate(spans):
        for b in spans[i + 1:]:
            if a["start"] < b["end"] and b["start"] < a["end"]:
                outer, inner = (a, b) if a["label"] == "QUOTE" else (b, a)
                assert outer["label"] == "QUOTE" and inner["label"] != "QUOTE", (a, b)
                assert outer["start"] <= inner["start"] and inner["end"] <= outer["end"], (a, b)
    # no quotation mark inside the edges of a quote span / quote spans exclude the marks
    for s in spans:
        if s["label"] == "QUOTE":
            assert s["text"][0] not in "\"“‘'" and s["text"][-1] not in "\"”’'", s
    # said_by: nearest PERSON mention (character distance) naming the hand-chosen speaker
    relations = []
    persons = [s for s in spans if s["label"] == "PERSON"]
    for qid, by in quote_by.items():
        if by is None:
            continue
        q = next(s for s in spans if s["id"] == qid)
        cands = [p for p in persons if p["text"] in by
                 and not (q["start"] <= p["start"] and p["end"] <= q["end"])]
        assert cands, (qid, by)

        def dist(p):
            if p["end"] <= q["start"]:
                return q["start"] - p["end"]
            return p["start"] - q["end"]
        best = min(cands, key=dist)
        relations.append({"from": qid, "to": best["id"], "type": "said_by"})
    return text, {"doc_id": doc_id, "spans": spans, "relations": relations}


def main():
    with open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8") as f:
        manifest = [json.loads(l) for l in f if l.strip()]
    out = []
    for entry in manifest:
        doc_id = entry["doc_id"]
        short, mentions = DOCS[doc_id]
        text, rec = build_doc(doc_id, short, mentions)
        out.append(rec)
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # summary
    labels = ["PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "QUOTE"]
    print("doc_id".ljust(38) + " ".join(l[:6].rjust(6) for l in labels) + "  said_by")
    for rec in out:
        c = [sum(1 for s in rec["spans"] if s["label"] == l) for l in labels]
        print(rec["doc_id"].ljust(38) + " ".join(str(x).rjust(6) for x in c)
              + str(len(rec["relations"])).rjust(9))


if __name__ == "__main__":
    main()
