"""Hand-chosen mentions -> offsets. Only computes offsets and checks; every mention chosen by reading.

Entry forms (in reading order):
  (text, LABEL)                 entity
  (text, "DATE", value)         date
  (text, LABEL[, value], {"ctx": s})   text must be immediately preceded by s (disambiguation)
  ("Q", first, last, speaker)   QUOTE from start of `first` to end of `last` (inside the marks);
                                speaker = tuple of PERSON surface forms naming the speaker, or None
Search proceeds from a cursor; after a QUOTE the cursor stays at the quote start so the
entities inside it are found next.
"""
import json, os

CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "corpus")  # heldout/corpus
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "annotation.jsonl")
OPEN = set('"“‘\'')
CLOSE = set('"”’\'')

D = {}

D["holdout16-afp-senegal-ivorycoast"] = ("senegal", [
    ("Diallo", "PERSON"), ("Senegal", "ORG"), ("Ivory Coast", "ORG"), ("Dakar", "GPE"),
    ("Dakar", "GPE"), ("AFP", "ORG"), ("Ousmane Diallo", "PERSON"), ("Senegal", "ORG"),
    ("Ivory Coast", "ORG"), ("2026", "DATE", "2026"), ("Tuesday", "DATE", "2025-03-25"),
    ("Lions of Teranga", "ORG"),
    ("Jean-Marc Kouassi", "PERSON"), ("African", "NORP"), ("Diamniadio", "GPE"), ("Dakar", "GPE"),
    ("Mamadou Sarr", "PERSON"),
    ("Diallo", "PERSON"), ("French", "NORP"), ("Ligue 1", "ORG"), ("Stade de Valmont", "ORG"),
    ("Cheikh Ndoye", "PERSON"), ("Ivory Coast", "ORG"), ("Yannick Koffi-Touré", "PERSON"),
    ("Diallo", "PERSON"),
    ("Q", "Dakar, c'était", "peuple sénégalais!", ("Diallo", "Ousmane Diallo")),
    ("Dakar", "GPE"), ("sénégalais", "NORP"), ("Instagram", "ORG"),
    ("Senegal", "ORG"), ("Pape Alioune Ndiaye", "PERSON"), ("Ivorians", "NORP"),
    ("Q", "At half-time I told", "on the counter-attack.", ("Ndiaye", "Pape Alioune Ndiaye")),
    ("Ivory Coast", "ORG"),
    ("Q", "The reaction was magnificent.", "Senegalese football is,", ("Ndiaye", "Pape Alioune Ndiaye")),
    ("Ousmane", "PERSON"), ("Senegalese", "NORP"), ("Ndiaye", "PERSON"),
    ("Ivory Coast", "ORG"), ("Frenchman", "NORP"), ("Laurent Béranger", "PERSON"),
    ("Q", "We played very well", "two chances like that,", ("Béranger", "Laurent Béranger")),
    ("Senegal", "ORG"),
    ("Q", "We will go back to Abidjan", "prepare for June.", ("Béranger", "Laurent Béranger")),
    ("Abidjan", "GPE"), ("June", "DATE", "2025-06"),
    ("Kouassi", "PERSON"), ("English", "NORP"), ("Premier League", "ORG"), ("Ashbury Town", "ORG"),
    ("Elephants", "ORG"),
    ("Ivory Coast", "ORG"), ("2024", "DATE", "2024"), ("Nigeria", "ORG"), ("Abidjan", "GPE"),
    ("Senegal", "ORG"), ("Ivorians", "NORP"), ("Tuesday", "DATE", "2025-03-25"), ("Senegal", "GPE"),
    ("Confederation of African Football", "ORG"), ("CAF", "ORG"), ("Diamniadio", "GPE"),
    ("last year", "DATE", "2024"),
    ("Senegal", "ORG"), ("Ivory Coast", "ORG"), ("United States", "GPE"), ("Canada", "GPE"),
    ("Mexico", "GPE"),
    ("Diallo", "PERSON"), ("Frédéric Lamarque-Dupuis", "PERSON"), ("Premier League", "ORG"),
    ("Spanish", "NORP"), ("summer", "DATE", "2025-SU"),
    ("Senegal", "ORG"), ("Mauritania", "ORG"), ("Nouakchott", "GPE"), ("June", "DATE", "2025-06"),
    ("Ivory Coast", "ORG"), ("Gabon", "ORG"), ("Abidjan", "GPE"),
    ("Q", "Nothing is decided,", "Nothing is decided,", ("Ndiaye", "Pape Alioune Ndiaye")),
    ("Ndiaye", "PERSON"),
    ("Q", "We have taken three points", "ticket to America.", ("Ndiaye", "Pape Alioune Ndiaye")),
    ("America", "GPE"),
])

D["holdout16-balkaninsight-drina-dams"] = ("drina", [
    ("Bosnian Serb", "NORP"), ("Drina", "LOC"),
    ("Republika Srpska", "GPE"), ("Drina", "LOC"), ("Bosnia and Herzegovina", "GPE"),
    ("Serbia", "GPE"), ("Montenegro", "GPE"),
    ("Dragana Kovačević", "PERSON"), ("Banja Luka", "GPE"),
    ("Bosnia and Herzegovina", "GPE"), ("Serb", "NORP"), ("Republika Srpska", "GPE"),
    ("Wednesday", "DATE", "2017-06-14"), ("Drina", "LOC"), ("Foča", "GPE"),
    ("Drina Energija Invest", "ORG"), ("Banja Luka", "GPE"), ("Serbian", "NORP"),
    ("next spring", "DATE", "2018-SP"), ("Foča", "GPE"), ("Željko Rađenović", "PERSON"),
    ("Banja Luka", "GPE"), ("Milorad Stanić", "PERSON"), ("Banja Luka", "GPE"),
    ("Q", "essential for the energy independence", "essential for the energy independence",
     ("Stanić", "Milorad Stanić")),
    ("Republika Srpska", "GPE"),
    ("Drina", "LOC"), ("Tara", "LOC"),
    ("Q", "They are selling the last wild", "who live here,", None),
    ("Banja Luka", "GPE"), ("Wednesday", "DATE", "2017-06-14"),
    ("Q", "Ne damo Drinu", "Ne damo Drinu", None), ("Drinu", "LOC"),
    ("Q", "We won’t give up the Drina", "We won’t give up the Drina", None), ("Drina", "LOC"),
    ("two years ago", "DATE", "2015"),
    ("Ivana Šarić", "PERSON"), ("Sarajevo", "GPE"), ("Eko Balkan", "ORG"),
    ("Q", "incomplete and written to order", "incomplete and written to order", ("Šarić", "Ivana Šarić")),
    ("Q", "The study does not even", "flows into the Sava,", ("Šarić", "Ivana Šarić")),
    ("Serbia", "GPE"), ("Drina", "LOC"), ("Sava", "LOC"), ("Šarić", "PERSON"),
    ("Q", "This is a river shared", "one office in Banja Luka.", ("Šarić", "Ivana Šarić")),
    ("Banja Luka", "GPE"),
    ("Alliance of Independent Social Democrats", "ORG"), ("SNSD", "ORG"),
    ("Serb Democratic Party", "ORG"), ("SDS", "ORG"),
    ("Federation of Bosnia and Herzegovina", "GPE"), ("Bosniaks", "NORP"), ("Croats", "NORP"),
    ("Party of Democratic Action", "ORG"), ("SDA", "ORG"), ("Sarajevo", "GPE"),
    ("Croatian Democratic Union of Bosnia and Herzegovina", "ORG"), ("HDZ BiH", "ORG"),
    ("Serbia", "GPE"), ("Drina", "LOC"), ("Bajina Bašta", "GPE"),
    ("Serbian Progressive Party", "ORG"), ("SNS", "ORG"), ("Serbian", "NORP"),
    ("Nenad Đurić", "PERSON"), ("Faculty of Forestry", "ORG"), ("Belgrade", "GPE"), ("BIRN", "ORG"),
    ("Q", "More than 3,000 small", "rivers in Europe,", ("Đurić", "Nenad Đurić")),
    ("Balkans", "LOC"), ("Europe", "LOC"), ("Đurić", "PERSON"),
    ("European Union", "ORG"), ("Bosnia and Herzegovina", "GPE"), ("EU", "ORG"),
    ("European Commission", "ORG"),
    ("Q", "formal and superficial", "formal and superficial", None),
    ("District Court", "ORG"), ("Banja Luka", "GPE"), ("September", "DATE", "2017-09"),
])

D["holdout16-dhakatribune-padma-erosion"] = ("padma", [
    ("Padma", "LOC"), ("Shariatpur", "GPE"),
    ("Shariatpur", "GPE"), ("Naria", "GPE"), ("Padma", "LOC"),
    ("the past week", "DATE", "PAST_REF"), ("yesterday", "DATE", "2018-08-19"),
    ("Mulfatganj", "GPE"), ("Kedarpur", "GPE"), ("Tuesday", "DATE", "2018-08-14"),
    ("Q", "The erosion has taken", "the affected families,", ("Md Kamrul Hasan Talukder",)),
    ("Friday", "DATE", "2018-08-17"),
    ("Shariatpur", "GPE"), ("Md Kamrul Hasan Talukder", "PERSON"), ("Dhaka Tribune", "ORG"),
    ("yesterday", "DATE", "2018-08-19"),
    ("Ministry of Disaster Management and Relief", "ORG"),
    ("Bangladesh Water Development Board", "ORG"), ("BWDB", "ORG"), ("2016", "DATE", "2016"),
    ("Q", "They dumped some geo-bags", "still be standing,", ("Sheikh Abdur Rahim",)),
    ("last winter", "DATE", "2017-WI"),
    ("Sheikh Abdur Rahim", "PERSON"), ("Kedarpur", "GPE"), ("Saturday", "DATE", "2018-08-18"),
    ("Rokeya Begum", "PERSON"), ("the last ten years", "DATE", "PAST_REF"),
    ("Q", "The river keeps coming closer.", "where to go next,", ("Rokeya Begum",)),
    ("BWDB", "ORG"), ("Shariatpur", "GPE"), ("Md Shafiqul Islam", "PERSON"),
    ("last month", "DATE", "2018-07"),
    ("Q", "Around 60% of the work", "within a week,", ("Md Shafiqul Islam",)),
    ("Sunday", "DATE", "2018-08-19"),
    ("Flood Forecasting and Warning Centre", "ORG"), ("Padma", "LOC"), ("Sureshwar", "GPE"),
    ("yesterday", "DATE", "2018-08-19"), ("Jamuna", "LOC"), ("Sirajganj", "GPE"),
    ("Bahadurabad", "GPE"), ("the next 48 hours", "DATE", "FUTURE_REF"), ("Indian", "NORP"),
    ("Assam", "GPE"), ("Meghalaya", "GPE"),
    ("Sylhet", "GPE"), ("Surma", "LOC"), ("Kushiyara", "LOC"), ("Companiganj", "GPE"),
    ("Gowainghat", "GPE"), ("Chittagong Hill Tracts", "LOC"),
    ("Naria", "GPE"), ("December", "DATE", "2018-12"), ("Awami League", "ORG"),
    ("yesterday", "DATE", "2018-08-19"),
    ("BNP", "ORG"), ("Shariatpur", "GPE"),
    ("Q", "Crores of taka were spent", "broken promises,", ("Md Alamgir Hossain",)),
    ("Naria", "GPE"),
    ("BNP", "ORG"), ("Md Alamgir Hossain", "PERSON"), ("Shariatpur Press Club", "ORG"),
    ("Center for Environmental and Geographic Information Services", "ORG"), ("CEGIS", "ORG"),
    ("Naria", "GPE"), ("Padma", "LOC"), ("2013", "DATE", "2013"),
    ("Bangladesh", "GPE"), ("Dhaka", "GPE"),
    ("Nusrat Jahan", "PERSON"), ("Bangladesh University of Engineering and Technology", "ORG"),
    ("Buet", "ORG"),
    ("Q", "The Padma is one of", "every monsoon,", ("Nusrat Jahan",)),
    ("Padma", "LOC"),
])

D["holdout16-dw-elbe-rhine-low-water"] = ("elbe", [
    ("German", "NORP"), ("Elbe", "LOC"), ("Rhine", "LOC"),
    ("Germany", "GPE"), ("this autumn", "DATE", "2019-FA"), ("Saxony", "GPE"), ("Bavaria", "GPE"),
    ("Berlin", "GPE"), ("Greens", "ORG"),
    ("German", "NORP"), ("Berlin", "GPE"), ("Wednesday", "DATE", "2019-11-06"),
    ("summer", "DATE", "2019-SU"), ("Elbe", "LOC"), ("Rhine", "LOC"),
    ("Saxony", "GPE"), ("Elbe", "LOC"), ("Dresden", "GPE"), ("Czech", "NORP"),
    ("August and October", "DATE", "2019-08/2019-10"),
    ("Bavaria", "GPE"), ("Danube", "LOC"), ("Main-Danube Canal", "LOC"),
    ("Q", "We cannot keep telling", "sitting on a sandbank,", ("Jörg von Strachwitz",)),
    ("Jörg von Strachwitz", "PERSON"), ("Saxony", "GPE"), ("CDU", "ORG"),
    ("Annegret Müller-Hößle", "PERSON"), ("DW", "ORG", {"ctx": "told "}),
    ("Q", "taking the situation on the Rhine", "very seriously", ("Müller-Hößle", "Annegret Müller-Hößle")),
    ("Rhine", "LOC"), ("Elbe", "LOC"), ("next year", "DATE", "2020"),
    ("Q", "The 2020 federal budget", "Kaub and Magdeburg,", ("Müller-Hößle", "Annegret Müller-Hößle")),
    ("2020", "DATE", "2020"), ("Kaub", "GPE"), ("Magdeburg", "GPE"), ("Müller-Hößle", "PERSON"),
    ("Kaub", "GPE"), ("Rhineland-Palatinate", "GPE"), ("Europe", "LOC"),
    ("October 2018", "DATE", "2018-10"),
    ("Kiel Institute for the World Economy", "ORG"), ("2018", "DATE", "2018"), ("German", "NORP"),
    ("the third quarter of that year", "DATE", "2018-07/2018-09"),
    ("Bundestag", "ORG"), ("CDU", "ORG"), ("CSU", "ORG"), ("SPD", "ORG"), ("Berlin", "GPE"),
    ("Alternative for Germany", "ORG"), ("AfD", "ORG"), ("Germany", "GPE"),
    ("Greens", "ORG"), ("Elbe", "LOC"), ("UNESCO", "ORG"),
    ("Q", "Dredging the Elbe", "we will lose,", ("Lukas Brüggemann", "Brüggemann")),
    ("Elbe", "LOC"), ("Greens", "ORG"), ("Lukas Brüggemann", "PERSON"),
    ("Q", "Dry summers like 2018", "in Central Europe.", ("Lukas Brüggemann", "Brüggemann")),
    ("2018 and 2019", "DATE", "2018/2019"), ("Central Europe", "LOC"),
    ("Friederike Schäfer", "PERSON"), ("Rhein-Elbe Binnenschifffahrt", "ORG"), ("Duisburg", "GPE"),
    ("Polish", "NORP"), ("Czech", "NORP"),
    ("Q", "Our customers in the steel", "need reliability,", ("Schäfer", "Friederike Schäfer")),
    ("Schäfer", "PERSON"),
    ("Q", "If they can't count", "will not come back.", ("Schäfer", "Friederike Schäfer")),
    ("Hamburg", "GPE"), ("December", "DATE", "2019-12"),
    ("Saxony", "GPE"), ("Saxony-Anhalt", "GPE"), ("Lower Saxony", "GPE"),
    ("Christmas", "DATE", "2019-12-25"),
    ("Rhine", "LOC"), ("mid-October", "DATE", "2019-10"), ("Switzerland", "GPE"), ("Germany", "GPE"),
    ("Federal Institute of Hydrology", "ORG"), ("Koblenz", "GPE"),
])

D["holdout16-japantimes-kumamoto-chips"] = ("kumamoto", [
    ("Kumamoto", "GPE"), ("Diet", "ORG"),
    ("KUMAMOTO", "GPE"), ("Kumamoto Prefecture", "GPE"), ("Tuesday", "DATE", "2024-05-07"),
    ("Diet", "ORG"),
    ("Golden Week", "DATE", "2024-04-29/2024-05-06"), ("Monday", "DATE", "2024-05-06"),
    ("Kikuyo", "GPE"), ("Kyushu Silicon Manufacturing Co.", "ORG"), ("Taiwanese", "NORP"),
    ("February", "DATE", "2024-02"), ("Ministry of Economy, Trade and Industry", "ORG"),
    ("fiscal 2024", "DATE", "2024-04/2025-03"), ("April 1", "DATE", "2024-04-01"),
    ("Hokkaido", "GPE"), ("Japanese", "NORP"), ("Chitose", "GPE"),
    ("Kikuyo", "GPE"), ("Yumiko Shirasaka", "PERSON"),
    ("Q", "Land prices near the plant", "not only the benefits.", ("Yumiko Shirasaka",)),
    ("Liberal Democratic Party", "ORG"), ("last week", "DATE", "2024-04-29/2024-05-05"),
    ("Kumamoto", "GPE"), ("Mount Aso", "LOC"),
    ("Kyushu Silicon Manufacturing", "ORG"),
    ("Q", "Nobody can see what", "all we have,", ("Kenji Morooka", "Morooka")),
    ("Kenji Morooka", "PERSON"), ("Kumamoto University", "ORG"),
    ("Q", "If contamination happens", "show up in the wells.", ("Kenji Morooka", "Morooka")),
    ("Tokyo", "GPE"), ("LDP", "ORG"), ("Komeito", "ORG"), ("Japan", "GPE"), ("United States", "GPE"),
    ("China", "GPE"),
    ("Q", "Trillions of yen", "oversight from the Diet,", ("Takumi Enomoto", "Enomoto")),
    ("Diet", "ORG"),
    ("Takumi Enomoto", "PERSON"), ("Constitutional Democratic Party of Japan", "ORG"),
    ("House of Representatives", "ORG"), ("April 24", "DATE", "2024-04-24"),
    ("Q", "Taxpayers deserve to know", "getting in return.", ("Takumi Enomoto", "Enomoto")),
    ("Komeito", "ORG"), ("Sayaka Hirose", "PERSON"), ("Kyushu", "LOC"),
    ("Kikuyo", "GPE"), ("fiscal 2027", "DATE", "2027-04/2028-03"),
    ("Taiwanese", "NORP"), ("Kumamoto", "GPE"), ("last year", "DATE", "2023"),
    ("Obon", "DATE", "2024-08-13/2024-08-16"), ("August", "DATE", "2024-08"),
    ("Kumamoto", "GPE"), ("the end of the decade", "DATE", "2020/2029"),
])

D["holdout16-nunatsiaq-country-food"] = ("food", [
    ("Nunavut", "GPE"), ("GN", "ORG"), ("winter", "DATE", "2014-WI"), ("Baffin Island", "LOC"),
    ("Jaaki Tulugaq-Reid", "PERSON"),
    ("Legislative Assembly of Nunavut", "ORG"), ("this week", "DATE", "2015-10-19/2015-10-25"),
    ("winter", "DATE", "2014-WI"), ("Baffin Island", "LOC"),
    ("Iqaluit", "GPE"), ("Tuesday", "DATE", "2015-10-20"), ("Qikiqtani", "LOC"),
    ("Baffin Island", "LOC"), ("the start of the year", "DATE", "2015"),
    ("Q", "Last winter, some of our elders", "seal or char,", ("Saali Qaunnaaluk", "Qaunnaaluk")),
    ("Last winter", "DATE", "2014-WI"),
    ("Pangnirtung", "GPE"), ("Saali Qaunnaaluk", "PERSON"),
    ("Q", "They are not asking for handouts.", "their own pockets.", ("Saali Qaunnaaluk", "Qaunnaaluk")),
    ("Josiah Aupaluktuq", "PERSON"), ("Government of Nunavut", "ORG"),
    ("this fiscal year", "DATE", "2015-04/2016-03"), ("Nunavut Wildlife Management Board", "ORG"),
    ("Baffin", "LOC"), ("2016", "DATE", "2016"),
    ("Q", "We know the moratorium", "hard on families,", ("Aupaluktuq", "Josiah Aupaluktuq")),
    ("Aupaluktuq", "PERSON"),
    ("Q", "But the last survey", "grandchildren to hunt.", ("Aupaluktuq", "Josiah Aupaluktuq")),
    ("the 1990s", "DATE", "1990/1999"),
    ("Hudson Bay", "LOC"), ("Foxe Basin", "LOC"), ("Baffin", "LOC"),
    ("Clyde River", "GPE"), ("Leetia Ningeocheak", "PERSON"), ("High Arctic", "LOC"),
    ("Inuit", "NORP"), ("Inuit Tapiriit Kanatami", "ORG"), ("Inuit", "NORP"), ("Ottawa", "GPE"),
    ("last month", "DATE", "2015-09"), ("Inuit", "NORP"), ("Nunavut", "GPE"), ("Indigenous", "NORP"),
    ("Natsiq Aavaluk", "PERSON"), ("Iqaluit Hunters and Trappers Organization", "ORG"),
    ("Q", "My grandmother used to tell us", "bring the food home,", ("Aavaluk", "Natsiq Aavaluk")),
    ("Aavaluk", "PERSON"),
    ("Iqaluit", "GPE"), ("Frobisher Bay", "LOC"),
    ("Nutrition North Canada", "ORG"), ("Iqaluit", "GPE"), ("Grise Fiord", "GPE"), ("Kimmirut", "GPE"),
    ("Monday", "DATE", "2015-10-19"), ("Ottawa", "GPE"), ("Nunavut", "GPE"), ("Parliament", "ORG"),
    ("Q", "Whoever is in Ottawa", "full in January,", ("Qaunnaaluk", "Saali Qaunnaaluk")),
    ("Ottawa", "GPE"), ("Pond Inlet", "GPE"), ("January", "DATE", "2016-01"), ("Qaunnaaluk", "PERSON"),
    ("fall", "DATE", "2015-FA"), ("November", "DATE", "2015-11"),
    ("Nunavut Wildlife Management Board", "ORG"), ("Baffin", "LOC"), ("Iqaluit", "GPE"),
    ("December", "DATE", "2015-12"),
])

D["holdout16-wikinews-hydrogen-ferry"] = ("ferry", [
    ("Norwegian", "NORP"),
    ("Tuesday, September 14, 2021", "DATE", "2021-09-14"),
    ("Fjordlinje Transport", "ORG"), ("Norway", "GPE"), ("Monday", "DATE", "2021-09-13"),
    ("Hjelmeland", "GPE"), ("Nesvik", "GPE"), ("Rogaland", "GPE"),
    ("Jøsenfjord", "LOC"), ("Norwegian Public Roads Administration", "ORG"), ("2018", "DATE", "2018"),
    ("the 1990s", "DATE", "1990/1999"),
    ("Q", "Today we proved", "on a test basin,", ("Ingrid Solheim-Bakke", "Solheim-Bakke")),
    ("Today", "DATE", "2021-09-13"),
    ("Ingrid Solheim-Bakke", "PERSON"), ("Fjordlinje", "ORG"),
    ("Q", "The fuel cells performed", "touch the controls.", ("Ingrid Solheim-Bakke", "Solheim-Bakke")),
    ("Bergen", "GPE"), ("next year", "DATE", "2022"),
    ("Enova", "ORG"), ("Research Council of Norway", "ORG"), ("last month", "DATE", "2021-08"),
    ("Tomas Rydberg", "PERSON"), ("Swedish", "NORP"), ("Chalmers University of Technology", "ORG"),
    ("Gothenburg", "GPE"),
    ("Q", "If the electrolysers run", "look very good,", ("Rydberg", "Tomas Rydberg")),
    ("Norwegian", "NORP"), ("Rydberg", "PERSON"),
    ("Q", "But trucking the fuel", "actually built.", ("Rydberg", "Tomas Rydberg")),
    ("Norway", "GPE"),
    ("Solheim-Bakke", "PERSON"), ("the spring of 2022", "DATE", "2022-SP"),
    ("International Maritime Organization", "ORG"), ("2018", "DATE", "2018"), ("2050", "DATE", "2050"),
    ("2008", "DATE", "2008"), ("Norway", "GPE"), ("Norwegian Maritime Authority", "ORG"),
    ("Hjelmeland", "GPE"), ("Fjordlinje", "ORG"), ("Norway", "GPE"), ("Lofoten", "LOC"),
    ("Denmark", "GPE"), ("Scotland", "GPE"), ("Canada", "GPE"), ("Monday", "DATE", "2021-09-13"),
    ("October", "DATE", "2021-10"), ("the end of the year", "DATE", "2021"),
    ("Stavanger Dagblad", "ORG"), ("September 13, 2021", "DATE", "2021-09-13"),
    ("Fjordlinje", "ORG"), ("Fjordlinje Transport", "ORG"), ("September 13, 2021", "DATE", "2021-09-13"),
    ("Norway", "GPE"), ("Nordic Maritime Review", "ORG"), ("August 2, 2021", "DATE", "2021-08-02"),
])

D["holdout16-yonhap-jeonse-bill"] = ("jeonse", [
    ("SEOUL", "GPE"), ("Oct. 12", "DATE", "2022-10-12"), ("Yonhap", "ORG"),
    ("Democratic Party", "ORG"), ("DP", "ORG"), ("Wednesday", "DATE", "2022-10-12"),
    ("National Assembly", "ORG"), ("Seoul", "GPE"), ("Gyeonggi Province", "GPE"),
    ("Park Ji-hoon", "PERSON"), ("DP", "ORG"), ("Korea Housing & Urban Guarantee Corp.", "ORG"),
    ("HUG", "ORG"), ("Yonhap News Agency", "ORG"),
    ("Korean", "NORP"),
    ("Q", "Tenants are not speculators.", "money comes back,", ("Park", "Park Ji-hoon")),
    ("Park", "PERSON"), ("National Assembly", "ORG"), ("Yeouido", "GPE"), ("Han River", "LOC"),
    ("HUG", "ORG"), ("September", "DATE", "2022-09"), ("a year earlier", "DATE", "2021-09"),
    ("Seoul", "GPE"), ("Bucheon", "GPE"), ("Hwaseong", "GPE"), ("Gyeonggi Province", "GPE"),
    ("People Power Party", "ORG"), ("PPP", "ORG"), ("DP", "ORG"), ("July 2020", "DATE", "2020-07"),
    ("Q", "The Democratic Party's rental laws", "created this mess,", ("Kim Seo-yeon",)),
    ("Democratic Party", "ORG"),
    ("PPP", "ORG"), ("Kim Seo-yeon", "PERSON"),
    ("Q", "Capping prices again", "into monthly rent.", ("Kim Seo-yeon",)),
    ("Ministry of Land, Infrastructure and Transport", "ORG"), ("Tuesday", "DATE", "2022-10-11"),
    ("the end of next year", "DATE", "2023"),
    ("Choi Dong-woo", "PERSON"), ("DP", "ORG"),
    ("Q", "We share the goal", "new leases altogether,", ("Choi Dong-woo", "Choi")),
    ("Q", "We will work with the National Assembly", "before the end of the year.", ("Choi Dong-woo", "Choi")),
    ("National Assembly", "ORG"), ("the end of the year", "DATE", "2022"),
    ("Choi", "PERSON"), ("this month", "DATE", "2022-10"),
    ("Seoul", "GPE"), ("last week", "DATE", "2022-10-03/2022-10-09"),
    ("the previous week", "DATE", "2022-09-26/2022-10-02"),
    ("Korea Real Estate Board", "ORG"), ("2012", "DATE", "2012"), ("Bank of Korea", "ORG"),
    ("Wednesday", "DATE", "2022-10-12"),
    ("PPP", "ORG"), ("DP", "ORG"), ("Land, Infrastructure and Transport Committee", "ORG"),
    ("Lee Min-jae", "PERSON"), ("Hanbit Economic Institute", "ORG"), ("Seoul", "GPE"),
    ("Q", "Many of the contracts", "real pain will show,", ("Lee Min-jae",)),
    ("2021", "DATE", "2021"), ("the next six months", "DATE", "FUTURE_REF"),
])


def bounded(text, i, j):
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def find_entity(text, s, cur, ctx=None):
    pat = (ctx or "") + s
    k = cur
    while True:
        i = text.find(pat, k)
        if i < 0:
            raise ValueError(f"not found after {cur}: {pat!r}")
        st = i + len(ctx or "")
        if bounded(text, st, st + len(s)):
            return st, st + len(s)
        k = i + 1


def build(doc_id, short, items):
    path = os.path.join(CORPUS, doc_id + ".txt")
    text = open(path, encoding="utf-8", newline="").read()
    spans, quotes, cur, n = [], [], 0, 0
    for it in items:
        n += 1
        sid = f"{short}-{n}"
        if it[0] == "Q":
            _, first, last, speaker = it
            st = text.find(first, cur)
            assert st >= 0, (doc_id, first)
            en = text.find(last, st) + len(last)
            assert en >= len(last) + st - 1 and text.find(last, st) >= 0, (doc_id, last)
            assert text[st - 1] in OPEN, (doc_id, first, text[st - 1])
            para_end = en == len(text) or text[en] in "\r\n"
            assert (en < len(text) and text[en] in CLOSE) or para_end, (doc_id, last)
            seg = text[st:en]
            assert "\n\n" not in seg and "\r\n\r\n" not in seg, (doc_id, first)
            spans.append({"id": sid, "start": st, "end": en, "label": "QUOTE", "text": seg})
            quotes.append((sid, st, en, speaker))
            cur = st
        else:
            opts = it[-1] if isinstance(it[-1], dict) else {}
            core = it[:-1] if opts else it
            s, lab = core[0], core[1]
            st, en = find_entity(text, s, cur, opts.get("ctx"))
            sp = {"id": sid, "start": st, "end": en, "label": lab, "text": text[st:en]}
            if lab == "DATE":
                sp["value"] = core[2]
            else:
                assert len(core) == 2, it
            assert text[st:en] == s
            assert s == s.strip()
            spans.append(sp)
            cur = en
    # flatness: only entity/date inside QUOTE
    ss = sorted(spans, key=lambda x: (x["start"], -x["end"]))
    for a in range(len(ss)):
        for b in range(a + 1, len(ss)):
            x, y = ss[a], ss[b]
            if y["start"] >= x["end"]:
                break
            ok = x["label"] == "QUOTE" and y["label"] != "QUOTE" and y["end"] <= x["end"]
            assert ok, ("overlap", doc_id, x, y)
    ids = [s["id"] for s in spans]
    assert len(ids) == len(set(ids))
    rels = []
    persons = [s for s in spans if s["label"] == "PERSON"]
    for qid, qs, qe, speaker in quotes:
        if speaker is None:
            continue
        best = None
        for p in persons:
            if p["text"] not in speaker:
                continue
            if p["end"] <= qs:
                d = qs - p["end"]
            elif p["start"] >= qe:
                d = p["start"] - qe
            else:
                d = 0
            if best is None or d < best[0]:
                best = (d, p["id"])
        assert best, (doc_id, qid)
        rels.append({"from": qid, "to": best[1], "type": "said_by"})
    spans.sort(key=lambda x: (x["start"], x["end"]))
    return {"doc_id": doc_id, "spans": spans, "relations": rels}


if __name__ == "__main__":
    man = [json.loads(l) for l in open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8")]
    with open(OUT, "w", encoding="utf-8") as f:
        for m in man:
            short, items = D[m["doc_id"]]
            rec = build(m["doc_id"], short, items)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            from collections import Counter
            c = Counter(s["label"] for s in rec["spans"])
            print(m["doc_id"], dict(sorted(c.items())), "said_by", len(rec["relations"]))
