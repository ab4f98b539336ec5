#!/usr/bin/env python3
"""Hand-chosen mentions for the eight holdout8 articles.

Every mention below was chosen by reading the text (no NLP tool).  The script only
turns the hand list into offsets and checks it:

  * each entry is located by searching forward, in reading order, from the previous
    entry (after a QUOTE the search continues *inside* the quote, so the entity and
    date mentions inside it are found there); a match must not be glued to a letter
    or digit on either side; `skip` = number of such matches to pass over;
  * text[start:end] == surface, no leading/trailing whitespace;
  * spans are flat (only entity/date spans may lie inside a QUOTE);
  * ids are unique;
  * every said_by goes QUOTE -> PERSON, and the hand-picked PERSON mention is checked
    to be the nearest mention (character distance, before or after) of that speaker.

Entry forms:
  (surface, LABEL)
  (surface, "DATE", value)
  (surface, "PERSON", None, {"who": key})            # key groups one person's mentions
  (surface, "QUOTE", None, {"by": "key#n"})          # n-th (1-based) mention of key
  (surface, "QUOTE", None, {"by": None})             # speaker never named (7a)
  any entry may add {"skip": k}
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent.parent / "corpus"  # heldout/corpus

DOCS = []  # (doc_id, short, [entries])

# ---------------------------------------------------------------- assam (dct 2015-08-03, Monday)
DOCS.append(("holdout8-assam-floods", "assam", [
    # headline
    ("Assam", "GPE"),
    ("Brahmaputra", "LOC"),
    # dateline
    ("Guwahati", "GPE"),
    ("August 3", "DATE", "2015-08-03"),
    ("Brahmaputra", "LOC"),
    ("Assam", "GPE"),
    ("Monday", "DATE", "2015-08-03"),
    ("this season", "DATE", "2015-SU"),
    ("Assam State Disaster Management Authority", "ORG"),
    ("ASDMA", "ORG"),
    ("Lakhimpur", "GPE"),
    ("Dhemaji", "GPE"),
    ("Barpeta", "GPE"),
    ("Morigaon", "GPE"),
    ("Barpeta", "GPE"),
    ("Sunday", "DATE", "2015-08-02"),
    ("Brahmaputra", "LOC"),
    ("Neamatighat", "GPE"),
    ("Jorhat", "GPE"),
    ("Dhubri", "GPE"),
    ("Central Water Commission", "ORG"),
    ("CWC", "ORG"),
    ("Subansiri", "LOC"),
    ("Jia Bharali", "LOC"),
    ("Beki", "LOC"),
    ("Puthimari", "LOC"),
    ("Lakhimpur", "GPE"),
    ("Ranganadi", "LOC"),
    ("Sunday", "DATE", "2015-08-02"),
    ("The breach happened around 11 pm and by one in the morning the water was waist-deep in the market. We have moved about 6,000 people to higher ground, but many families do not want to leave their cattle behind,",
     "QUOTE", None, {"by": "borgohain#1"}),
    ("Lakhimpur", "GPE"),
    ("Ranjit Borgohain", "PERSON", None, {"who": "borgohain"}),
    ("National Disaster Response Force", "ORG"),
    ("NDRF", "ORG"),
    ("State Disaster Response Force", "ORG"),
    ("SDRF", "ORG"),
    ("Army", "ORG"),
    ("Dhemaji", "GPE"),
    ("Lakhimpur", "GPE"),
    ("Our biggest problem is reaching people in the chars. The current is very strong and some of the sandbar villages have been cut off since Thursday,",
     "QUOTE", None, {"by": "rathore#1"}),
    ("Thursday", "DATE", "2015-07-30"),
    ("Vikram Singh Rathore", "PERSON", None, {"who": "rathore"}),
    ("NDRF", "ORG"),
    ("Brahmaputra", "LOC"),
    ("Jonai", "GPE"),
    ("Dhemaji", "GPE"),
    ("We had no warning. The water came in the night and took everything, the rice, the clothes, my children's school books,",
     "QUOTE", None, {"by": None}),
    ("Now we wait for the boat to bring food.", "QUOTE", None, {"by": None}),
    ("Kaziranga National Park", "LOC"),
    ("Karbi Anglong", "LOC"),
    ("Pranjal Saikia", "PERSON", None, {"who": "saikia"}),
    ("Last year we lost 18 animals to speeding trucks during the floods. We cannot let that happen again,",
     "QUOTE", None, {"by": "saikia#2"}),
    ("Last year", "DATE", "2014"),
    ("Saikia", "PERSON", None, {"who": "saikia"}),
    ("Jatin Hazarika", "PERSON", None, {"who": "hazarika"}),
    ("Assam", "GPE"),
    ("Centre", "ORG"),
    ("Guwahati", "GPE"),
    ("this week", "DATE", "2015-08-03/2015-08-09"),
    ("Indian Red Cross Society", "ORG"),
    ("UNICEF", "ORG"),
    ("Barpeta", "GPE"),
    ("Morigaon", "GPE"),
    ("Bhutan", "GPE"),
    ("the weekend", "DATE", "2015-08-01/2015-08-02"),
    ("Beki", "LOC"),
    ("Manas", "LOC"),
    ("Assam", "GPE"),
    ("India Meteorological Department", "ORG"),
    ("IMD", "ORG"),
    ("Arunachal Pradesh", "GPE"),
    ("Assam", "GPE"),
    ("Thursday", "DATE", "2015-08-06"),
    ("Brahmaputra", "LOC"),
    ("the end of the week", "DATE", "2015-08-03/2015-08-09"),
]))

# ---------------------------------------------------------------- boise (dct 2017-06-14, Wednesday)
DOCS.append(("holdout8-boise-state-street-rezone", "boise", [
    ("Boise", "GPE"),
    ("Dana Kowalczyk", "PERSON", None, {"who": "kowalczyk"}),
    ("Boise City Council", "ORG"),
    ("Wednesday", "DATE", "2017-06-14"),
    ("Tuesday", "DATE", "2017-06-13"),
    ("Sagebrush Urban Partners", "ORG"),
    ("We have a dead parking lot on a bus line, a block from a grocery store,",
     "QUOTE", None, {"by": "delgado#1"}),
    ("Council", "ORG"),
    ("Rosa Delgado-Hart", "PERSON", None, {"who": "delgado"}),
    ("If we can't say yes to housing here, I honestly don't know where we can.",
     "QUOTE", None, {"by": "delgado#1"}),
    ("Council", "ORG"),
    ("Greg Halloran", "PERSON", None, {"who": "halloran"}),
    ("Council", "ORG"),
    ("Patricia Ammon", "PERSON", None, {"who": "ammon"}),
    ("Neighbors found out how tall this building would be in April. Planning and zoning voted in May. And here we are in June,",
     "QUOTE", None, {"by": "halloran#2"}),
    ("April", "DATE", "2017-04"),
    ("May", "DATE", "2017-05"),
    ("June", "DATE", "2017-06"),
    ("Halloran", "PERSON", None, {"who": "halloran"}),
    ("That is not how you build trust with a neighborhood.", "QUOTE", None, {"by": "halloran#2"}),
    ("Boise Planning and Zoning Commission", "ORG"),
    ("May 8", "DATE", "2017-05-08"),
    ("Tuesday", "DATE", "2017-06-13"),
    ("Ada County", "GPE"),
    ("I'm not against renters. I was one for 20 years,", "QUOTE", None, {"by": "okafor#1"}),
    ("Linda Okafor", "PERSON", None, {"who": "okafor"}),
    ("1986", "DATE", "1986"),
    ("But a four-story wall 40 feet from my back fence isn't a neighborhood. It's a canyon.",
     "QUOTE", None, {"by": "okafor#1"}),
    ("Tyler Nguyen", "PERSON", None, {"who": "nguyen"}),
    ("Boise State University", "ORG"),
    ("Every time my lease comes up, the rent goes up another hundred bucks,",
     "QUOTE", None, {"by": "nguyen#2"}),
    ("Nguyen", "PERSON", None, {"who": "nguyen"}),
    ("People my age aren't going anywhere. The question is whether we get to live in Boise or in our cars.",
     "QUOTE", None, {"by": "nguyen#2"}),
    ("Boise", "GPE"),
    ("Mark Abernathy-Cole", "PERSON", None, {"who": "abernathy"}),
    ("Sagebrush Urban Partners", "ORG"),
    ("March", "DATE", "2017-03"),
    ("We heard people, and we changed the plans,", "QUOTE", None, {"by": "abernathy#2"}),
    ("Abernathy-Cole", "PERSON", None, {"who": "abernathy"}),
    ("We're not going to make everybody happy. I don't think that's possible on a site like this.",
     "QUOTE", None, {"by": "abernathy#2"}),
    ("Ammon", "PERSON", None, {"who": "ammon"}),
    ("Idaho Transportation Department", "ORG"),
    ("this fall", "DATE", "2017-FA"),
    ("Valley Regional Transit", "ORG"),
    ("Collister Neighborhood Association", "ORG"),
    ("next spring", "DATE", "2018-SP"),
    ("2019", "DATE", "2019"),
    ("Tuesday, June 27", "DATE", "2017-06-27"),
    ("Delgado-Hart", "PERSON", None, {"who": "delgado"}),
    ("the next year", "DATE", "FUTURE_REF"),
    ("This won't be the last late night,", "QUOTE", None, {"by": "delgado#2"}),
]))

# ---------------------------------------------------------------- eu gas (dct 2022-11-22, Tuesday)
DOCS.append(("holdout8-eu-gas-price-cap", "eugas", [
    ("EU", "ORG"),
    ("BRUSSELS", "GPE"),
    ("AFP", "ORG"),
    ("European Union", "ORG"),
    ("Tuesday", "DATE", "2022-11-22"),
    ("France", "GPE"),
    ("Netherlands", "GPE"),
    ("Brussels", "GPE"),
    ("the winter", "DATE", "2022-WI"),
    ("very far apart", "QUOTE", None, {"by": None}),
    ("French", "NORP"),
    ("Hélène de Saint-Aubin", "PERSON", None, {"who": "saintaubin"}),
    ("Paris", "GPE"),
    ("a cap that exists only on paper", "QUOTE", None, {"by": "saintaubin#1"}),
    ("Europeans are paying three or four times what they paid two years ago. We cannot walk into the winter and tell them we could not agree on a number,",
     "QUOTE", None, {"by": "saintaubin#1"}),
    ("Europeans", "NORP"),
    ("two years ago", "DATE", "2020"),
    ("the winter", "DATE", "2022-WI"),
    ("Dutch", "NORP"),
    ("Maarten van der Berghe", "PERSON", None, {"who": "berghe"}),
    ("Asia", "LOC"),
    ("European", "NORP"),
    ("We share the goal, not the instrument,", "QUOTE", None, {"by": "berghe#2"}),
    ("Van der Berghe", "PERSON", None, {"who": "berghe"}),
    ("If the ships turn around in the middle of the Atlantic, no cap in the world will heat a single home in Rotterdam or in Lyon.",
     "QUOTE", None, {"by": "berghe#2"}),
    ("Atlantic", "LOC"),
    ("Rotterdam", "GPE"),
    ("Lyon", "GPE"),
    ("European Commission", "ORG"),
    ("last Tuesday", "DATE", "2022-11-15"),
    ("EU", "ORG"),
    ("Russia", "GPE"),
    ("Ukraine", "GPE"),
    ("February", "DATE", "2022-02"),
    ("European", "NORP"),
    ("Italy", "GPE"),
    ("Poland", "GPE"),
    ("Belgium", "GPE"),
    ("Greece", "GPE"),
    ("This is not a price cap, it is a decoration,", "QUOTE", None, {"by": None}),
    ("Germany", "GPE"),
    ("Netherlands", "GPE"),
    ("Austria", "GPE"),
    ("European Central Bank", "ORG"),
    ("ECB", "ORG"),
    ("European Securities and Markets Authority", "ORG"),
    ("ESMA", "ORG"),
    ("last week", "DATE", "2022-11-14/2022-11-20"),
    ("Czech", "NORP"),
    ("Tomáš Hradecký", "PERSON", None, {"who": "hradecky"}),
    ("Council of the EU", "ORG"),
    ("the end of December", "DATE", "2022-12"),
    ("Brussels", "GPE"),
    ("December 13", "DATE", "2022-12-13"),
    ("We are closer than we were this morning, and that is not nothing,",
     "QUOTE", None, {"by": "hradecky#2"}),
    ("Hradecký", "PERSON", None, {"who": "hradecky"}),
    ("But I will not pretend that we have a deal.", "QUOTE", None, {"by": "hradecky#2"}),
    ("next month", "DATE", "2022-12"),
    ("EU", "ORG"),
    ("December 15 and 16", "DATE", "2022-12-15/2022-12-16"),
    ("Pascal Le Goff-Varenne", "PERSON", None, {"who": "legoff"}),
    ("Paris", "GPE"),
    ("Institut Européen de l’Énergie", "ORG"),
    ("IEE", "ORG"),
    ("Norway", "GPE"),
    ("The French are thinking about their electricity bills and the Dutch are thinking about their trading hub. Both are right, which is exactly why it is so difficult,",
     "QUOTE", None, {"by": "legoff#1"}),
    ("French", "NORP"),
    ("Dutch", "NORP"),
    ("AFP", "ORG"),
    ("European Parliament", "ORG"),
    ("Dutch", "NORP"),
    ("Green", "NORP"),
    ("Sanne de Wit-Kramer", "PERSON", None, {"who": "dewit"}),
    ("arguing over decimals while families choose between heating and eating",
     "QUOTE", None, {"by": "dewit#1"}),
    ("Tuesday", "DATE", "2022-11-22"),
    ("Spain", "GPE"),
    ("Portugal", "GPE"),
    ("Everything is linked,", "QUOTE", None, {"by": None}),
    ("Spanish", "NORP"),
    ("Nobody wants to give away the easy parts before the hard part is done.",
     "QUOTE", None, {"by": None}),
]))

# ---------------------------------------------------------------- rugby (dct 2018-11-24, Saturday)
DOCS.append(("holdout8-georgia-samoa-rugby", "rugby", [
    ("Georgia", "ORG"),
    ("Samoa", "ORG"),
    ("autumn", "DATE", "2018-FA"),
    ("TBILISI", "GPE"),
    ("Nov 24", "DATE", "2018-11-24"),
    ("Georgia", "ORG"),
    ("Samoa", "ORG"),
    ("Saturday", "DATE", "2018-11-24"),
    ("November", "DATE", "2018-11"),
    ("Samoa", "ORG"),
    ("Tavita Faleolo", "PERSON", None, {"who": "faleolo"}),
    ("Lasha Tchkoidze", "PERSON", None, {"who": "tchkoidze"}),
    ("Otar Gvinianidze", "PERSON", None, {"who": "gvinianidze"}),
    ("Sandro Meskhishvili", "PERSON", None, {"who": "meskhishvili"}),
    ("We knew if we could get them in the corner, we could hurt them,",
     "QUOTE", None, {"by": "tchkoidze#2"}),
    ("Tchkoidze", "PERSON", None, {"who": "tchkoidze"}),
    ("The first half we gave away too many penalties. In the dressing room the captain said only one thing: 'Be patient, the maul will come.' And it came.",
     "QUOTE", None, {"by": "tchkoidze#2"}),
    ("Samoa", "ORG"),
    ("Ioane Sapolu-Leota", "PERSON", None, {"who": "sapolu"}),
    ("Georgia", "ORG"),
    ("Georgia", "ORG"),
    ("Graham Pettigrew", "PERSON", None, {"who": "pettigrew"}),
    ("New Zealander", "NORP"),
    ("Samoa", "ORG"),
    ("Apia", "GPE"),
    ("June 2017", "DATE", "2017-06"),
    ("Last year in Apia they ran us off the park. Today we made them play our game for 80 minutes,",
     "QUOTE", None, {"by": "pettigrew#2"}),
    ("Last year", "DATE", "2017"),
    ("Apia", "GPE"),
    ("Today", "DATE", "2018-11-24"),
    ("Pettigrew", "PERSON", None, {"who": "pettigrew"}),
    ("The scrum was outstanding, and the bench won us the last quarter.",
     "QUOTE", None, {"by": "pettigrew#2"}),
    ("Gvinianidze", "PERSON", None, {"who": "gvinianidze"}),
    ("Otar has been knocking on the door for two seasons. He's kicked it down today,",
     "QUOTE", None, {"by": "pettigrew#3"}),
    ("Otar", "PERSON", None, {"who": "gvinianidze"}),
    ("today", "DATE", "2018-11-24"),
    ("Pettigrew", "PERSON", None, {"who": "pettigrew"}),
    ("Samoa", "ORG"),
    ("Fuimaono Tafua", "PERSON", None, {"who": "tafua"}),
    ("We conceded 14 penalties. You can't do that against a pack like Georgia's in Tbilisi,",
     "QUOTE", None, {"by": "tafua#1"}),
    ("Georgia", "ORG"),
    ("Tbilisi", "GPE"),
    ("We had our chances in the first half and we didn't take them. That's on us.",
     "QUOTE", None, {"by": "tafua#1"}),
    ("Faleolo", "PERSON", None, {"who": "faleolo"}),
    ("France", "GPE"),
    ("Pacific islanders", "NORP"),
    ("The boys are hurting,", "QUOTE", None, {"by": "faleolo#3"}),
    ("Faleolo", "PERSON", None, {"who": "faleolo"}),
    ("But we've got ten months to fix it, and we will.", "QUOTE", None, {"by": "faleolo#3"}),
    ("Georgia", "ORG"),
    ("the month", "DATE", "2018-11"),
    ("last week", "DATE", "2018-11-12/2018-11-18"),
    ("Uruguay", "ORG"),
    ("Batumi", "GPE"),
    ("Lelos", "ORG"),
    ("World Rugby", "ORG"),
    ("Monday", "DATE", "2018-11-26"),
    ("Georgian", "NORP"),
    ("Merab Kvirikashvili", "PERSON", None, {"who": "kvirikashvili"}),
    ("Japan", "GPE"),
    ("next year", "DATE", "2019"),
    ("Georgia", "ORG"),
    ("Australia", "ORG"),
    ("Wales", "ORG"),
    ("Everybody in Georgia is already talking about Japan,", "QUOTE", None, {"by": "kvirikashvili#2"}),
    ("Georgia", "GPE"),
    ("Japan", "GPE"),
    ("Kvirikashvili", "PERSON", None, {"who": "kvirikashvili"}),
    ("We have to show we belong at the top table, and days like this help.",
     "QUOTE", None, {"by": "kvirikashvili#2"}),
    ("Georgia", "ORG"),
    ("Rugby Europe", "ORG"),
    ("Germany", "ORG"),
    ("February", "DATE", "2019-02"),
    ("Samoa", "ORG"),
    ("Sunday", "DATE", "2018-11-25"),
]))

# ---------------------------------------------------------------- hospice (dct 2021-11-10, Wednesday; CRLF)
DOCS.append(("holdout8-hospice-fraud-trial", "hospice", [
    ("stole £1.4m to feed gambling habit", "QUOTE", None, {"by": "ashworth#1"}),
    ("Helen Marsh-Taylor", "PERSON", None, {"who": "marsh"}),
    ("Cornwall", "GPE"),
    ("Gareth Ellis-Pryce", "PERSON", None, {"who": "ellis"}),
    ("Clevedon", "GPE"),
    ("North Somerset", "GPE"),
    ("Severn Vale Children’s Hospice", "ORG"),
    ("January 2016 and March 2020", "DATE", "2016-01/2020-03"),
    ("Bristol Crown Court", "ORG"),
    ("Tuesday", "DATE", "2021-11-09"),
    ("Rebecca Ashworth", "PERSON", None, {"who": "ashworth"}),
    ("trusted completely", "QUOTE", None, {"by": "ashworth#1"}),
    ("This was a man who sat in board meetings and talked about the cost of nurses’ hours, about a new roof for the family suite, about the target for the Christmas appeal,",
     "QUOTE", None, {"by": "ashworth#1"}),
    # multi-paragraph quotation (7a): one span per paragraph
    ("At the same time, members of the jury, he was quietly moving the money that those families and volunteers had raised into his own pockets. Not once, not twice, but on 217 separate occasions.",
     "QUOTE", None, {"by": "ashworth#1"}),
    ("The Crown’s case is simple. He did it because he could, and he hid it because he knew it was wrong.",
     "QUOTE", None, {"by": "ashworth#2"}),
    ("Crown", "ORG"),
    ("Ellis-Pryce", "PERSON", None, {"who": "ellis"}),
    ("the 2017-18 and 2018-19 financial years", "DATE", "2017/2019"),
    ("Ashworth", "PERSON", None, {"who": "ashworth"}),
    ("St Ives", "GPE"),
    ("February 2020", "DATE", "2020-02"),
    ("Anjali Mehta-Rowe", "PERSON", None, {"who": "mehta"}),
    ("Charity Commission", "ORG"),
    ("Avon and Somerset Police", "ORG"),
    ("Ellis-Pryce", "PERSON", None, {"who": "ellis"}),
    ("9 June 2020", "DATE", "2020-06-09"),
    ("Ashworth", "PERSON", None, {"who": "ashworth"}),
    ("I was always going to put it back. Every penny.", "QUOTE", None, {"by": "ellis#3"}),
    ("That, you may think, is not the reaction of an innocent man,", "QUOTE", None, {"by": "ashworth#3"}),
    ("Niamh O’Sullivan-Grant", "PERSON", None, {"who": "osullivan"}),
    ("You will hear that this was a man in the grip of a serious illness, a gambling disorder that had taken over his life,",
     "QUOTE", None, {"by": "osullivan#1"}),
    ("You will also hear that some of these payments were approved by the trustees as loans.",
     "QUOTE", None, {"by": "osullivan#1"}),
    ("Bristol", "GPE"),
    ("Somerset", "GPE"),
    ("South Gloucestershire", "GPE"),
    ("the spring of 2020", "DATE", "2020-SP"),
    ("Martin Cawley", "PERSON", None, {"who": "cawley"}),
    ("You must decide this case on the evidence you hear in this courtroom and on nothing else,",
     "QUOTE", None, {"by": "cawley#1"}),
    ("Mehta-Rowe", "PERSON", None, {"who": "mehta"}),
    ("next week", "DATE", "2021-11-15/2021-11-21"),
]))

# ---------------------------------------------------------------- sleep (dct 2020-02-12, Wednesday)
DOCS.append(("holdout8-irregular-sleep-heart-study", "sleep", [
    ("Meredith Anand-Lowell", "PERSON", None, {"who": "anand"}),
    ("Wednesday", "DATE", "2020-02-12"),
    ("JAMA Cardiology", "ORG"),
    ("University of Michigan", "ORG"),
    ("Vanderbilt University Medical Center", "ORG"),
    ("2011 and 2013", "DATE", "2011/2013"),
    ("the end of 2018", "DATE", "2018"),
    ("We usually ask patients how many hours they sleep. We almost never ask whether those hours happen at the same time,",
     "QUOTE", None, {"by": "raghunathan#1"}),
    ("Priya Raghunathan", "PERSON", None, {"who": "raghunathan"}),
    ("University of Michigan Medical School", "ORG"),
    ("Your heart keeps a schedule whether you do or not,", "QUOTE", None, {"by": "raghunathan#1"}),
    ("Samuel Okonjo-Bright", "PERSON", None, {"who": "okonjo"}),
    ("Vanderbilt University Medical Center", "ORG"),
    ("Nashville", "GPE"),
    ("The combination of too little sleep and an erratic schedule was the worst of both worlds,",
     "QUOTE", None, {"by": "okonjo#1"}),
    ("This is an observational study, and the authors are careful to say so,",
     "QUOTE", None, {"by": "castillo#1"}),
    ("Elena Castillo Ruiz", "PERSON", None, {"who": "castillo"}),
    ("Massachusetts General Hospital", "ORG"),
    ("Boston", "GPE"),
    ("What we need now is a trial that actually changes people’s sleep timing and sees what happens to their blood pressure.",
     "QUOTE", None, {"by": "castillo#2"}),
    ("Castillo Ruiz", "PERSON", None, {"who": "castillo"}),
    ("Most sleep studies rely on what people remember. Here you have a device on the wrist recording every night.",
     "QUOTE", None, {"by": "castillo#2"}),
    ("National Heart, Lung, and Blood Institute", "ORG"),
    ("National Institutes of Health", "ORG"),
    ("NIH", "ORG"),
    ("American", "NORP"),
    ("Centers for Disease Control and Prevention", "ORG"),
    ("Raghunathan", "PERSON", None, {"who": "raghunathan"}),
    ("Harvard University", "ORG"),
    ("University of Manchester", "ORG"),
    ("England", "GPE"),
    ("next month", "DATE", "2020-03"),
    ("Americans", "NORP"),
    ("American Academy of Sleep Medicine", "ORG"),
    ("Raghunathan", "PERSON", None, {"who": "raghunathan"}),
    ("Pick a wake-up time and keep it, including on weekends,", "QUOTE", None, {"by": "raghunathan#3"}),
    ("It costs nothing, and it may turn out to matter a great deal.", "QUOTE", None, {"by": "raghunathan#3"}),
]))

# ---------------------------------------------------------------- kurosawa (dct 2024-11-08, Friday; FY Apr-Mar)
DOCS.append(("holdout8-kurosawa-denki-results", "kurosawa", [
    ("Kurosawa Denki", "ORG"),
    ("China", "GPE"),
    ("TOKYO", "GPE"),
    ("Nov 8", "DATE", "2024-11-08"),
    ("Reuters", "ORG"),
    ("Kurosawa Denki Holdings", "ORG"),
    ("Friday", "DATE", "2024-11-08"),
    ("second quarter", "DATE", "2024-07/2024-09"),
    ("China", "GPE"),
    ("Osaka", "GPE"),
    ("the July-September quarter", "DATE", "2024-07/2024-09"),
    ("the second quarter of its fiscal year", "DATE", "2024-07/2024-09"),
    ("a year earlier", "DATE", "2023-07/2023-09"),
    ("the year ending March 31, 2025", "DATE", "2024-04/2025-03"),
    ("Kurosawa", "ORG"),
    ("May", "DATE", "2024-05"),
    ("Nov 11 to March 31", "DATE", "2024-11-11/2025-03-31"),
    ("Data-centre demand is not a bubble for us. Our order book for silicon carbide devices is full into the first half of next fiscal year,",
     "QUOTE", None, {"by": "morimoto#1"}),
    ("the first half of next fiscal year", "DATE", "2025-04/2025-09"),
    ("Keiko Morimoto", "PERSON", None, {"who": "morimoto"}),
    ("the quarter", "DATE", "2024-07/2024-09"),
    ("U.S.", "GPE"),
    ("Chinese", "NORP"),
    ("a year earlier", "DATE", "2023-07/2023-09"),
    ("China", "GPE"),
    ("Morimoto", "PERSON", None, {"who": "morimoto"}),
    ("the April-June quarter", "DATE", "2025-04/2025-06"),
    ("Our customers in China are not cancelling, they are waiting,", "QUOTE", None, {"by": "morimoto#2"}),
    ("China", "GPE"),
    ("Until they see the economy turn, they will not sign for new lines.", "QUOTE", None, {"by": "morimoto#2"}),
    ("the April-September half", "DATE", "2024-04/2024-09"),
    ("the October-March second half", "DATE", "2024-10/2025-03"),
    ("the first half", "DATE", "2024-04/2024-09"),
    ("Yuki Harada", "PERSON", None, {"who": "harada"}),
    ("Tachibana Securities", "ORG"),
    ("Kurosawa", "ORG"),
    ("Five years ago nobody outside Japan had heard of this company. Now it is one of the cleanest AI-infrastructure plays among Japanese mid-caps,",
     "QUOTE", None, {"by": "harada#2"}),
    ("Five years ago", "DATE", "2019"),
    ("Japan", "GPE"),
    ("Japanese", "NORP"),
    ("Harada", "PERSON", None, {"who": "harada"}),
    ("The robot business is a drag, but it's becoming a smaller part of the story every quarter.",
     "QUOTE", None, {"by": "harada#2"}),
    ("The China number is worse than the headline suggests, and the forecast assumes a yen that may not be there in March,",
     "QUOTE", None, {"by": None}),
    ("China", "GPE"),
    ("March", "DATE", "2025-03"),
    ("Tokyo", "GPE"),
    ("European", "NORP"),
    ("U.S.", "GPE"),
    ("Donald Trump", "PERSON", None, {"who": "trump"}),
    ("Tuesday", "DATE", "2024-11-05"),
    ("Kurosawa", "ORG"),
    ("Malaysia", "GPE"),
    ("U.S.", "GPE"),
    ("Japan", "GPE"),
    ("Hiroshi Tanabe", "PERSON", None, {"who": "tanabe"}),
    ("We have been through trade wars before. We will wait for the actual policy, not the speeches,",
     "QUOTE", None, {"by": "tanabe#1"}),
    ("Kurosawa", "ORG"),
    ("1952", "DATE", "1952"),
    ("South Korea", "GPE"),
    ("Hanbit Semicon", "ORG"),
    ("European", "NORP"),
    ("Friday", "DATE", "2024-11-08"),
    ("this year", "DATE", "2024"),
    ("Naoko Fujisawa", "PERSON", None, {"who": "fujisawa"}),
    ("Mark Pemberton", "PERSON", None, {"who": "pemberton"}),
]))

# ---------------------------------------------------------------- tagus (dct 2025-09-14, Sunday)
DOCS.append(("holdout8-tagus-prize", "tagus", [
    ("Korean", "NORP"),
    ("Seo Ji-woo", "PERSON", None, {"who": "seo"}),
    ("LISBON", "GPE"),
    ("South Korean", "NORP"),
    ("Seo Ji-woo", "PERSON", None, {"who": "seo"}),
    ("Hannah Kwon-Mercer", "PERSON", None, {"who": "kwon"}),
    ("Saturday", "DATE", "2025-09-13"),
    ("this year", "DATE", "2025"),
    ("Lisbon", "GPE"),
    ("Seo", "PERSON", None, {"who": "seo"}),
    ("Daejeon", "GPE"),
    ("2022", "DATE", "2022"),
    ("Kwon-Mercer", "PERSON", None, {"who": "kwon"}),
    ("last year", "DATE", "2024"),
    ("Senegalese", "NORP"),
    ("French", "NORP"),
    ("Aminata Diop-Laurent", "PERSON", None, {"who": "diop"}),
    ("a quiet novel that refuses to stay quiet.", "QUOTE", None, {"by": "diop#1"}),
    ("Every one of us finished it and immediately wanted to talk to somebody about it,",
     "QUOTE", None, {"by": "diop#2"}),
    ("Diop-Laurent", "PERSON", None, {"who": "diop"}),
    ("That is rarer than you would think on a jury of five very tired readers.",
     "QUOTE", None, {"by": "diop#2"}),
    ("Seo", "PERSON", None, {"who": "seo"}),
    ("Kwon-Mercer", "PERSON", None, {"who": "kwon"}),
    ("My grandmother could not read,", "QUOTE", None, {"by": "seo#4"}),
    ("She would be very surprised that strangers in Portugal have read her life.",
     "QUOTE", None, {"by": "seo#4"}),
    ("Portugal", "GPE"),
    ("Kwon-Mercer", "PERSON", None, {"who": "kwon"}),
    ("Korean American", "NORP"),
    ("Glasgow", "GPE"),
    ("Translators spend years invisible,", "QUOTE", None, {"by": "kwon#4"}),
    ("Tonight somebody turned the light on.", "QUOTE", None, {"by": "kwon#4"}),
    ("Seo", "PERSON", None, {"who": "seo"}),
    ("Instagram", "ORG"),
    ("I wrote this book at my kitchen table in Daejeon while my daughter slept. Tonight it has a gold sticker on it 🥹✨ Hannah, this is yours as much as mine.",
     "QUOTE", None, {"by": "seo#5"}),
    ("Daejeon", "GPE"),
    ("Hannah", "PERSON", None, {"who": "kwon"}),
    ("Sunday", "DATE", "2025-09-14"),
    ("Icelandic", "NORP"),
    ("Þórdís Ágústsdóttir", "PERSON", None, {"who": "thordis"}),
    ("Eamon Fitzgerald-Hale", "PERSON", None, {"who": "fitzgerald"}),
    ("Mexican", "NORP"),
    ("Ximena Ibarra de la Fuente", "PERSON", None, {"who": "ibarra"}),
    ("Egyptian", "NORP"),
    ("Yasmin El-Masry", "PERSON", None, {"who": "elmasry"}),
    ("Frenchman", "NORP"),
    ("Jean-Baptiste Lefèvre-Duval", "PERSON", None, {"who": "lefevre"}),
    ("Nigerian", "NORP"),
    ("Berlin", "GPE"),
    ("Chidinma Okonkwo-Bello", "PERSON", None, {"who": "okonkwo"}),
    ("Lefèvre-Duval", "PERSON", None, {"who": "lefevre"}),
    ("The right book won, and I say that as someone who would have liked the money,",
     "QUOTE", None, {"by": "lefevre#2"}),
    ("João Pedro Magalhães", "PERSON", None, {"who": "magalhaes"}),
    ("this year", "DATE", "2025"),
    ("2011", "DATE", "2011"),
    ("TikTok", "ORG"),
    ("Five years ago people told us that literary festivals were for retired teachers,",
     "QUOTE", None, {"by": "magalhaes#2"}),
    ("Five years ago", "DATE", "2020"),
    ("Magalhães", "PERSON", None, {"who": "magalhaes"}),
    ("Look at the queues this week and tell me that again.", "QUOTE", None, {"by": "magalhaes#2"}),
    ("this week", "DATE", "2025-09-08/2025-09-14"),
    ("Calouste Gulbenkian Foundation", "ORG"),
    ("Portuguese Ministry of Culture", "ORG"),
    ("Argentine", "NORP"),
    ("Tomás Echeverría-Paz", "PERSON", None, {"who": "echeverria"}),
    ("Ukrainian", "NORP"),
    ("Oksana Hrytsenko-Bilyk", "PERSON", None, {"who": "hrytsenko"}),
    ("Britain", "GPE"),
    ("United States", "GPE"),
    ("July", "DATE", "2025-07"),
    ("British", "NORP"),
    ("Lantern & Reed", "ORG"),
    ("Sunday", "DATE", "2025-09-14"),
    ("next September", "DATE", "2026-09"),
    ("Lusophone", "NORP"),
    ("Brazil", "GPE"),
    ("Angola", "GPE"),
    ("Mozambique", "GPE"),
]))

LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "QUOTE"}


def locate(text, surface, cursor, skip):
    pat = r"(?<![\w])" + re.escape(surface) + r"(?![\w])"
    found = [m for m in re.finditer(pat, text[cursor:])]
    if len(found) <= skip:
        raise SystemExit(f"not found after {cursor}: {surface!r}")
    m = found[skip]
    return cursor + m.start(), cursor + m.end()


def build_doc(doc_id, short, entries, manifest):
    path = CORPUS / manifest[doc_id]["file"]
    text = open(path, encoding="utf-8", newline="").read()
    spans, cursor, open_quote_end = [], 0, None
    person_keys = {}  # key -> list of span ids in order
    quote_by = []     # (quote_id, by)
    for n, e in enumerate(entries, 1):
        surface, label = e[0], e[1]
        value = e[2] if len(e) > 2 else None
        opts = e[3] if len(e) > 3 else {}
        assert label in LABELS, (doc_id, e)
        start, end = locate(text, surface, cursor, opts.get("skip", 0))
        assert text[start:end] == surface
        assert surface == surface.strip(), surface
        sid = f"{short}-{n}"
        span = {"id": sid, "start": start, "end": end, "label": label, "text": surface}
        if label == "DATE":
            assert value, (doc_id, e)
            span["value"] = value
        else:
            assert value is None, (doc_id, e)
        spans.append(span)
        if label == "QUOTE":
            assert "by" in opts, (doc_id, e)
            quote_by.append((sid, opts["by"]))
            cursor = start  # continue inside the quote
        else:
            cursor = end
        if label == "PERSON":
            person_keys.setdefault(opts["who"], []).append(sid)
    # flatness
    byid = {s["id"]: s for s in spans}
    assert len(byid) == len(spans), "duplicate ids"
    for a in spans:
        for b in spans:
            if a is b:
                continue
            if a["start"] < b["end"] and b["start"] < a["end"]:
                inner, outer = (a, b) if a["start"] >= b["start"] and a["end"] <= b["end"] else (b, a)
                ok = (outer["label"] == "QUOTE" and inner["label"] != "QUOTE"
                      and inner["start"] >= outer["start"] and inner["end"] <= outer["end"])
                assert ok, f"overlap {a} {b}"
    # reading order
    assert [s["start"] for s in spans] == sorted(s["start"] for s in spans), doc_id
    # relations
    relations = []
    for qid, by in quote_by:
        if by is None:
            continue
        key, k = by.split("#")
        pid = person_keys[key][int(k) - 1]
        q = byid[qid]

        def dist(p):
            return q["start"] - p["end"] if p["end"] <= q["start"] else p["start"] - q["end"]
        cands = [byid[x] for x in person_keys[key]
                 if not (byid[x]["start"] >= q["start"] and byid[x]["end"] <= q["end"])]
        cands += [byid[x] for x in person_keys[key]
                  if byid[x]["start"] >= q["start"] and byid[x]["end"] <= q["end"]]
        best = min(cands, key=lambda p: (abs(dist(p)) if not (p["start"] >= q["start"] and p["end"] <= q["end"]) else 0))
        assert best["id"] == pid, f"{doc_id} {qid}: picked {pid} {byid[pid]['text']} but nearest is {best['id']}"
        assert byid[pid]["label"] == "PERSON"
        relations.append({"from": qid, "to": pid, "type": "said_by"})
    return {"doc_id": doc_id, "spans": spans, "relations": relations}


def main():
    manifest = {}
    for line in open(CORPUS / "manifest.jsonl", encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            manifest[r["doc_id"]] = r
    out = []
    for doc_id, short, entries in DOCS:
        out.append(build_doc(doc_id, short, entries, manifest))
    assert len({d["doc_id"] for d in out}) == len(out) == len(manifest)
    with open(HERE / "annotation.jsonl", "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    # summary
    from collections import Counter
    tot = 0
    for d in out:
        c = Counter(s["label"] for s in d["spans"])
        tot += len(d["spans"])
        print(d["doc_id"], dict(sorted(c.items())), "said_by", len(d["relations"]), "spans", len(d["spans"]))
    print("total spans", tot, "total said_by", sum(len(d["relations"]) for d in out))


if __name__ == "__main__":
    sys.exit(main())
