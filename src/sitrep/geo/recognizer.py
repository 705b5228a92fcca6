"""Toponym recognition on a spaCy ``Doc``: spaCy's GPE/LOC entities, made gazetteer-aware.

The small English model misses or mislabels many toponyms of conflict news (it tags towns of
the Caucasus or the Sahel as ORG or PERSON), so spans are also taken from general rules:
  * a capitalised name followed by an administrative word, alone or in a list:
    "Tsafe district", "Gusau, Tsafe, and Anka districts", "the Leilek region";
  * direction phrases: "in the direction of X", "X direction(s)";
  * a capitalised name after a locative preposition ("in", "near", "outside"...) that the
    gazetteer knows and the stop-list does not exclude;
  * any country name or alias, wherever it stands (also inside an ORG: "the Azerbaijan Army");
  * every further occurrence of a name already recognised in the document (one sense per
    discourse), whatever spaCy labelled it.
Demonyms/adjectives ("Azerbaijani", "Turkish") are returned separately.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sitrep import doccache as _dc
from sitrep.geo.gazetteer import Entry, Gazetteer
from sitrep.geo.normalize import fold as _fold_uncached, strip_possessive as _strip_possessive_uncached
from sitrep.resources import load_yaml
from sitrep.geo.resolver import (ADMIN_BEFORE, ADMIN_BEFORE_RX, ADMIN_CUE_WORDS, ADMIN_SINGULAR, ADMIN_WORDS,
                                 COUNT_BEFORE, SETTLEMENT_AFTER, SETTLEMENT_BEFORE)


PLACE_LABELS = {"GPE", "LOC"}
LOCATIVE = {"in", "near", "outside", "around", "across", "from", "to", "into", "at", "towards",
            "toward", "throughout", "between", "via", "through", "of", "inside", "within", "past"}
_CTX = load_yaml("gazetteer/context.yaml")
# session 27 (h3): before a region or a feature's whole name, prepositions of lying on or along it ("fired along the
# Line of Control", "clashed on the Line of Contact", "shelled villages beyond the Durand Line")
_ALONG = frozenset({"along", "on", "beyond", "alongside", "astride"})
# prepositions after which a small town of a country the document names is taken (Recognizer._local_ok)
NEAR_LOCATIVE = frozenset(w.lower() for w in _CTX.get("local_town_prepositions", [])) or \
    frozenset({"near", "outside", "around", "in", "towards", "toward", "into"})
FEATURE_AFTER = frozenset(k.lower() for k in (_CTX.get("natural_feature_after") or {}))
WITHIN_PREPS = tuple(w.lower() for w in _CTX.get("within_prepositions", []))
_WITHIN_AFTER = re.compile(r",? (?:" + "|".join(map(re.escape, WITHIN_PREPS or ("in",))) + r") (?:the )?")
# of those prepositions, the ones after which even a name spaCy tagged PERSON is a town ("near X")
_FEATURE_TAIL = re.compile(r" (?i:(" + "|".join(sorted(map(re.escape, FEATURE_AFTER), key=len, reverse=True))
                           + r"))\b(?![-’'])(?! [A-Z])") if FEATURE_AFTER else re.compile(r"(?!x)x")
_FEATURE_TAIL_LOWER = re.compile(r" (" + "|".join(sorted(map(re.escape, FEATURE_AFTER), key=len, reverse=True))
                                 + r")\b(?![-’'])") if FEATURE_AFTER else re.compile(r"(?!x)x")
_DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z’'\-]+(?: [A-Z][A-Z’'\-]+){0,2})(?=\s*(?:[-—–,(]|/))")
DATELINE_MIN_POP = 10000
DATELINE_ALTERNATE_POP = 100_000  # a dateline's town known by one of its other names ("HARGEISA" for Hargeysa)
_WITHIN_CAP = re.compile(r",? (?:" + "|".join(map(re.escape, WITHIN_PREPS or ("in",))) + r") (?:the )?[A-Z]")
# lowercase words inside a place name ("Mocimboa da Praia", "Castel di Sangro"), kept only when the
# gazetteer knows the whole name
RUN_JOINERS = frozenset(w.lower() for w in _CTX.get("name_joiners", []))
# before "X village", these make X a modifier of a common noun ("the Olympic village"), not a name
SETTLE_DETERMINERS = frozenset(w.lower() for w in _CTX.get("settlement_determiners", []))
# last words that make an unknown capitalised run an institution, not a place ("X University in Y")
NOT_PLACE_LAST = frozenset(w.lower() for w in _CTX.get("not_place_last_words", []))
# prepositions after which only a whole capitalised run is taken as a town ("at Kap Choeng", not
# "at Reese Road")
WHOLE_NAME_PREPS = frozenset(w.lower() for w in _CTX.get("whole_name_prepositions", []))
PERSON_TAG_PREPS = frozenset(w.lower() for w in _CTX.get("person_tag_prepositions", []))
FLIGHT_WORDS = frozenset(w.lower() for w in _CTX.get("flight_words", []))
# "shelled Kupiansk", "attacked Mirebalais": verbs of armed action whose object is a place (step 3)
PLACE_VERBS = frozenset(w.lower() for w in _CTX.get("place_object_verbs", []))
PERSON_VERBS = frozenset(w.lower() for w in _CTX.get("person_object_verbs", []))
# what follows a person's name and never a town's: "X and his wife", "X, 45,", "X said", "X's family"
_PERSON_USE = r"(?:,? (?:and|with) (?:his|her)\b|,? (?:who|whom)\b|, (?:aged )?\d{1,3},| (?:said|says|told|added|" \
              r"explained|recalled)\b|[’']s (?:wife|husband|son|daughter|family|mother|father|brother|sister|body|" \
              r"lawyer|attorney)\b)"
PLACE_HEAD_WORDS = frozenset(w.lower() for w in _CTX.get("place_head_words", []))
# a single word of this many people or more (a town of a country the document names) may open a sentence before a
# verb of state ("Pale was quiet"); below it a sentence's first word is too often an English word
OPENING_SMALL_POP = 5_000
OPENING_BIG_POP = 20_000  # ... and a name of several words that spaCy tags ORG/FAC
SAY_VERBS = frozenset({"said", "says", "told", "added", "stated", "declared", "announced", "insisted", "warned",
                       "denied", "claimed", "wrote", "tweeted", "urged", "asked", "argued", "noted", "explained"})
PERSON_TOWN_HOMONYMS = 3  # _person_like: more towns than this under one name make it a person's
OF_HEADS = frozenset(w.lower() for w in _CTX.get("of_locative_heads", []))
_NAME_JOINERS = {"of", "de", "al", "el", "on", "upon", "la", "le", "du", "di"}
PERSON_TITLES = frozenset(w.lower() for w in _CTX.get("person_titles", []))
FACILITY_AFTER = frozenset(w.lower() for w in _CTX.get("facility_after", []))
# words a one-word DATE/TIME entity really is a date with; any other capitalised word spaCy tagged DATE alone
# ("in Turbat") is read as an untagged name
DATE_NAMES = frozenset(w.lower() for w in _CTX.get("date_names", []))
# the words that glue a date to what comes before it ("Amhara on Monday"): spaCy at times tags them with the name
_DATE_GLUE = frozenset({"on", "at", "in", "overnight", "last", "this", "early", "late", "since"})
# "Salah al-Din", "Souq al-Juma": a capitalised word, an Arabic article and a hyphen before a name make it
# the end of a longer name
_ARABIC_NAME_HEAD = re.compile(r"[A-Z][\w’']+ (?:al|el|ad|ar|as|ash|at|az|an|ed|es)-$")
UNKNOWN_ADMIN = frozenset(w.lower() for w in _CTX.get("unknown_name_admin_words", []))
DIRECTION_WORDS = {"direction", "directions", "axis", "front", "sector", "border", "outskirts"}
_CAP = re.compile(r"^[A-Z][\w\-’'.]*$")
_ACRONYM_PLACES = {"US", "U.S.", "UK", "U.K.", "USA", "UAE", "EU", "DRC"}
_ACRONYM = re.compile(r"^[A-Z]{2,5}s?$")
# settlement words before "of X" that make X a place only when the gazetteer knows the name ("the state of X")
KNOWN_ONLY_BEFORE = frozenset({"state"})
# prepositions that put what follows them inside or beside a place
_INSIDE_PREPS = frozenset({"in", "near", "outside", "around", "into", "towards", "toward", "inside"})
# "fired rockets at X", "drones launched at X": a weapon fired at a place (context.yaml fired_at_words)
_FIRED_AT = re.compile(r"\b(?:" + "|".join(map(re.escape, _CTX.get("fired_at_words") or ["fired"]))
                       + r")\s+(?:\w+\s+){0,2}?at\s+$", re.I)
_ELIDED = re.compile(r"^[dl][’'][A-Z]")
# ... and after a lower-case joiner: " del Cauca" ("Valle del Cauca"), " de Santander"
_JOINER_TAIL = re.compile(r" (?:" + "|".join(sorted(map(re.escape, RUN_JOINERS), key=len, reverse=True))
                          + r") [A-Z][\w’']+(?: [A-Z][\w’']+)?") if RUN_JOINERS else re.compile(r"(?!x)x")
# the words before a route's two ends ("the road between X and Y", "from X to Y")
_ROUTE_BEFORE = re.compile(r"\b(?:between|from) $")
# ... and the name's next word after a tag that ends on a joiner ("Santa Cruz de la" + " Sierra")
_NAME_AFTER_JOINER = re.compile(r" [A-Z][\w’']+")
# what ends a noun phrase: a name spaCy tagged NORP before one is used as a noun, not as a people's adjective
_NOUN_END = re.compile(r"(?:[,.;:)]| (?:in|near|on|at|and|or|of|to|from|after|before|where|which|during|since)\b"
                       # ("near Marrupa town" tagged NORP: the town's name before the word in lower case)
                       r"| (?:town|city)\b)")
# the rest of a hyphenated name after the part spaCy tagged: "-i-Sharif" ("Mazar-i-Sharif"), "-des-Bouquets", "-Feuilles"
_HYPHEN_TAIL = re.compile(r"(?:-[a-z]{1,4})?-(?:[A-Z]|[dl][’'][A-Z])[\w’']*(?:-[A-Z][\w’']*)?")
# heads after which "of X" can only be a place ("residents of", "north of" also take people, events or streets)
OF_AREA_HEADS = frozenset({"outskirts", "suburbs", "countryside", "environs", "hinterland", "hinterlands", "vicinity",
                           "parts"})
_CACHE = 8192  # names a cache keeps (bounded: a long ingest must not grow it without end; ~1-2 MB each)
# pure functions of a string, called tens of thousands of times an article: memoised
fold = lru_cache(maxsize=16384)(_fold_uncached)
strip_possessive = lru_cache(maxsize=16384)(_strip_possessive_uncached)


# a place name as written: capitalised words, hyphenated parts ("Ak-Say", "Kara-Bulak"), up to three
_NAME = r"(?:(?:al|el|ad|ar|as|ash|at|az|an|ed|es)-)?[A-Z][\w’']*(?:-[A-Za-z][\w’']*)*"  # "al-Qaim" too
_NAME_RUN = _NAME + r"(?: " + _NAME + r"){0,2}"
ADMIN_PHRASES: dict[str, str] = dict(_CTX.get("admin_phrases") or {})
_ADMIN_PHRASE = re.compile(r"(" + _NAME_RUN + r") (" + "|".join(
    (re.escape(w) if not w.islower() else "(?i:" + re.escape(w) + ")")
    for w in sorted(ADMIN_PHRASES, key=len, reverse=True)) + r")\b") if ADMIN_PHRASES else re.compile(r"(?!x)x")
_ADMIN_BEFORE = re.compile(r"\b(" + ADMIN_BEFORE_RX + r") (" + _NAME_RUN + r")")
_CAP_WORD_BEFORE = re.compile(r"\b([A-Z][\w’'-]*) $")
_CONJ_NEXT = re.compile(r"(?:,| and| or|, and|, or) (" + _NAME + r"(?: " + _NAME + r"){0,2})")
_SETTLE_BEFORE = re.compile(
    r"\b(?i:(" + "|".join(sorted(SETTLEMENT_BEFORE, key=len, reverse=True)) + r")) of (?:the )?(" + _NAME_RUN + r")")
# "in Sabiid, a farming village in ...": a name after a locative, described by an apposition as a settlement
# ("seized Rubaya, a mining town in North Kivu", "attacked X, a village near Y": after a verb too, since the
# apposition alone says what X is; not after a capitalised word, which may be part of the name or a person's; at a
# sentence's start too: "Tame, a town in Arauca, was ...")
_SETTLE_APPOS = re.compile(r"(?:(?<![\w’'-])(?:(?i:in|near|at|outside|from)|[a-z]+) |^|(?<=[.!?] )|(?<=\n))("
                           + _NAME_RUN + r"), an? (?:[a-z-]+ ){0,2}?("
                           + "|".join(sorted((w for w, k in SETTLEMENT_BEFORE.items() if k == "town"
                                              and not w.endswith("s")), key=len, reverse=True))
                           + r") (?:in|near|of|on|outside|north|south|east|west|about|some)\b")
# "settlers attacked Huwara, south of Nablus", "X, 20 km north of Y": a name placed by an apposition relative to
# another place (spaCy often tags the name PERSON); taken when it is a town of a country the document names
_COMPASS = r"(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)"
_RELATIVE_APPOS = re.compile(r"(?:(?<![\w’'-])[a-z]+ |^|(?<=[.!?] )|(?<=\n))(" + _NAME_RUN
                             + r"), (?:about |some |just |around )?(?:\d+ ?"
                             r"(?:km|kilometres|kilometers|miles) )?(?:\(\d+ ?(?:km|miles)\) )?" + _COMPASS
                             + r" of (?:the )?[A-Z]")
# adjectives of a part of a place between a preposition and its name ("in rural Tame")
_AREA_ADJ = frozenset({"rural", "urban", "central", "downtown", "coastal", "remote", "outlying", "suburban", "greater"})
# "the road from X to Y": a pair of places
_CAP_AFTER = re.compile(r" [A-Z]")
# "in Nduga, where ...": a relative clause of place after a name
_WHERE_AFTER = re.compile(r",? where\b")
# "Sulu's capital Jolo", "the provincial capital, Jolo": a name after "capital" with an owner or a determiner
_CAPITAL_BEFORE = re.compile(r"(?:[’']s|\b[Tt]he|\b[Ii]ts)(?: (?:provincial|regional|state|district|county|island|"
                             r"administrative|de facto|former|new|old))? capital,? $")
_TO_NEXT = re.compile(r" to (?:the )?[A-Z]")
_FROM_BEFORE = re.compile(r"\bfrom [A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3} to $")
_LIST_BEFORE = re.compile(r"(?<![\w’'-])(" + _NAME_RUN + r")(?:,|,? and|,? or) $")
_SETTLE_AFTER = re.compile(
    r"(" + _NAME_RUN + r") (" + "|".join(sorted(SETTLEMENT_AFTER, key=len, reverse=True)) + r")\b")


# tails of settlement_after that name a place whatever comes before ("the Adre crossing"), and those that do after
# "the" when a locative phrase follows or a locative or a verb precedes ("fled to the Atmeh camp near the border")
SETTLE_ANY = frozenset(w.lower() for w in _CTX.get("settlement_after_any", []))
SETTLE_PLACED = frozenset(w.lower() for w in _CTX.get("settlement_after_placed", []))
_PLACED_AFTER = re.compile(r",? (?:(?:near|outside|inside|in|at|on the outskirts of|(?:north|south|east|west|northeast|"
                           r"northwest|southeast|southwest)(?:ern)?(?: of)?) (?:the )?[A-Z]|(?:\d+ ?(?:km|kilometres|"
                           r"kilometers|miles) )(?:north|south|east|west)\w* of )")
_WORD_BEFORE_THE = re.compile(r"(?<![\w’'-])([a-z]+) the $")
# "Mitiga International Airport", "the Hmeimim air base": a one-word name the gazetteer lacks before an airport word
# is the place the airport is at (located from its context: "Mitiga airport in the Libyan capital")
_AIRPORT = re.compile(r"(" + _NAME_RUN + r") (?:[Ii]nternational |[Mm]ilitary )?(?:Airport|airport|Air Base|air base|"
                      r"Airbase|airbase|Airfield|airfield|Air Field|airstrip)\b")
# "Madina and Erdogan hospitals": names in a list before a plural facility word
_FACILITY_LIST = re.compile(r",?\s+and\s+[A-Z][\w’'-]+\s+([a-z]+s)\b")
# "07:15 Eastern Indonesia Time", "0430 Moscow time": a clock time's zone
_CLOCK_ZONE = re.compile(r"^\d{1,2}[:.h]?\d{2}\b|\b[Tt]ime$")
_ZONE_AFTER = re.compile(r" (?:[Ss]tandard |[Dd]aylight |[Ss]ummer )?[Tt]ime\b")
# words after a name that make it an outlet, a tribe or a command named after a place, not the place
# ("the Assam Rifles", "the Punjab Regiment": a unit named after its home province)
_NOT_PLACE_AFTER = re.compile(r" (?:news agency|press agency|tribe|tribes|tribesmen|clan|clans|rifles|regiment|battalion|"
                              r"brigade)\b", re.I)
# "the Meitei and Kuki-Zo communities": peoples, when the gazetteer knows no place of the name ("the Gainesville and
# Lindsay communities" are towns)
_PEOPLE_AFTER = re.compile(r"(?: and [A-Z][\w’'-]+)? (?:communities|ethnic groups?)\b", re.I)
# "Western officials", "Gulf diplomats": a bloc of states named by an adjective, not a region of that name
_BLOC = frozenset(w.lower() for w in _CTX.get("bloc_adjectives", []))
# "Mr Ma-ae Sulong", "Dr. Ahmed Hassan": a person's title and up to two capitalised words before a name
_TITLE_BEFORE = re.compile(r"\b(?i:" + "|".join(re.escape(t) for t in sorted(
    {w for w in (x.lower() for x in _CTX.get("person_titles", [])) if w.isalpha()}, key=len, reverse=True))
    + r")\.?\s+(?:[A-Z][\w'’-]*\s+){0,2}$") if _CTX.get("person_titles") else None
def _armed_body(name: str) -> bool:
    """Does a multi-word name end with the word of an armed body ("... Defence Forces", "... Police", "... Army")?"""
    from sitrep.actors import sector_of  # lazy: the actor lexicon loads only for such names
    return sector_of(name.split(" ")[-1].lower().strip(".,;:")) in ("MIL", "POL", "MLT", "REB")


_THE = re.compile(r"^(?:the|The|THE) ")
# what follows a town that opens a sentence: a verb of state or event, or another place of a list
# or an apposition that says it is one ("Marawi, the city devastated by ...")
_GROUP_BEFORE = re.compile(r"\bIslamic State(?:['’]s)? (?:(?:in|of) (?:the )?)?$")
_PROVINCE_OF_GROUP = re.compile(r"(?: [A-Z][\w’'-]*){0,2} (?:Province|Wilayat|Wilaya|province)\b")
_MEMBERS_BEFORE = re.compile(r"\b(?:members?|ranks) of (?:the )?$", re.I)
# ("members of the Cambridge group", "members of the Greene County Drug Task Force": a place naming the body that
# follows, kept)
_MODIFIED_NOUN_AFTER = re.compile(r" (?!(?:and|or|in|at|on|near|who|which|that|were|was|had|have|from|to|for|with|"
                                  r"during|after|before|as|but|said|says)\b)[A-Za-z]+\b")
_OPENS = re.compile(r"(?:[.!?][\"”’']?\s+|\n\s*)$")
_OPENING_NEXT = re.compile(r"(?: (?:was|were|is|remained|remains|saw|came|fell|has|had|woke|reported|"
                           r"recorded|lies|lay)\b|,? and [A-Z]|, (?:the|a|an) (?:[a-z-]+ ){0,2}?(?:city|town|village|"
                           r"port|capital|commune|district|region|province)\b)")
# "between Strickland and North avenues": street names
_STREET_AFTER = re.compile(r"(?: (?:and|&) [A-Z][\w’']*)? (?:[Aa]venues?|[Ss]treets?|[Rr]oads?|[Dd]rives?|[Ll]anes?|"
                           r"[Bb]oulevards?)\b")
# "the highest rank in Scouting": an unknown capitalised word with an English noun ending is no place name
_ENGLISH_SUFFIXES = ("ing", "tion", "sion", "ment", "ness", "ism", "ity", "ship", "hood")
# "in Colour salon", "in Scouting circles": a word before a lower-case noun modifies it (Recognizer, unknown names)
_NOUN_AFTER = re.compile(r" (?!(?:on|in|at|near|and|or|but|as|after|before|since|until|when|where|which|who|that|to|"
                         r"from|for|with|by|of|last|this|overnight|early|late|said|says|is|was|were|are|has|have|had|"
                         r"killed|left|came|fell|went)\b)[a-z]+\b")
# "Peru's Valley of the Apurímac ...", "the River of ...": a feature word alone is the head of a longer name
_FEATURE_WORD_OF = re.compile(r" of\b")
_BLOC_PEOPLE = re.compile(r" (?:" + "|".join(map(re.escape, _CTX.get("bloc_nouns", []) or ["officials"])) + r")\b")
# "the west bank of the Dnipro", "the left bank of the river": a river's bank (Resolver.analyse makes the river a river)
# "North and South Kivu", "Upper and Lower Shabelle": two divisions sharing the last word, told once
_SHARED_NAME_PAIR = re.compile(r"^(?P<a>(?:North|South|East|West|Upper|Lower|Middle|Central)(?:ern)?)"
                               r"(?: and | & |, )(?P<b>(?:North|South|East|West|Upper|Lower|Middle|Central)(?:ern)?)"
                               r" (?P<name>[A-Z][\w'’-]+)$")
_RIVER_BANK = re.compile(r"^(?:[Tt]he )?(?:[Ee]ast|[Ww]est|[Nn]orth|[Ss]outh|[Ll]eft|[Rr]ight)(?:ern)? [Bb]ank$")
_BANK_OF = re.compile(r" of (?:the )?(?:[A-Z]|river\b|[a-z]+ river\b)")
# "the Senegalese capital": the city; not "the Senegalese capital markets", "capital punishment"
_CAPITAL_AFTER = re.compile(r" capital\b(?!['’-]| (?:punishment|gains|flight|markets?|expenditure|spending|investment|"
                            r"controls?|outflows?|inflows?|city|cities|region|district|territory)\b)")
_MILITARY_REGION = re.compile(r"\bMilitary (?:Region|District|Zone|Area)$")
# "the Sinai Province group", "Khorasan Province fighters": an armed group named as a province of its own, not the place
_GROUP_PROVINCE = re.compile(r"\w \b(?:Province|Wilayat|Wilaya)$")
_GROUP_AFTER = re.compile(r" (?:group|groups|fighters|militants|affiliate|branch|insurgents|jihadists)\b")
# "English-speaking", "French-language": a demonym that names a language
_LANGUAGE_TAIL = re.compile(r"-(?:speaking|speakers?|language|medium)\b", re.I)


@dataclass
class Span:
    start: int
    end: int
    text: str
    source: str  # ner | admin | direction | locative | country | repeat
    admin_cue: bool = False
    admin_word: str | None = None
    fixed: Entry | None = None  # the reading the phrase itself gives ("the Senegalese capital": Dakar)


_TRAIL = " \t\n\r\"'“”‘’—–-,;:!?()[]"


def _trim(text: str, a: int, b: int, gaz: Gazetteer) -> tuple[int, int]:
    """Drop a leading 'the', trailing punctuation/whitespace and a possessive from [a, b)."""
    while a < b and text[a] in _TRAIL:
        a += 1
    if text[a:a + 4].lower() == "the " and b - a > 4:
        a += 4
    while b > a:
        while b > a and text[b - 1] in _TRAIL:
            b -= 1
        s = text[a:b]
        if s.endswith(".") and not (s.count(".") >= 2 or s in gaz.abbrev):
            b -= 1
            continue
        t = strip_possessive(s)
        if len(t) != len(s):
            b = a + len(t)
            continue
        break
    return a, b


_ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "es"}


def _caps(tk: _dc.Tokens) -> list[bool]:
    """Whether each token can start or continue a place name: capitalised and not a stop word, a place
    acronym, or a lower-case Arabic article before a hyphen and a capital ("al-Qaim", "el-Fasher")."""
    match, text, ws, n = _CAP.match, tk.text, tk.ws, tk.n
    return [bool(match(t)) and not stop or t in _ACRONYM_PLACES
            or t in _ARTICLES and not ws[i] and i + 2 < n and text[i + 1] == "-" and not ws[i + 1]
            and text[i + 2][:1].isupper()
            for i, (t, stop) in enumerate(zip(text, tk.is_stop))]


class Recognizer:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        # gazetteer answers that depend on the name only, memoised (the Entry objects themselves never
        # leave these caches: what is returned are booleans, codes and country sets)
        gaz = gazetteer
        self._known = lru_cache(maxsize=_CACHE)(gaz.has_name)
        self._strong_country = lru_cache(maxsize=_CACHE)(self._strong_country_uncached)
        self._strong = lru_cache(maxsize=_CACHE)(self._strong_uncached)
        self._locative_ok = lru_cache(maxsize=_CACHE)(self._locative_ok_uncached)
        self._town_countries = lru_cache(maxsize=_CACHE)(self._town_countries_uncached)
        self._countries = lru_cache(maxsize=_CACHE)(
            lambda name: tuple({c.country for c in gaz.candidates(name, loose_match=False) if c.country}))
        self._exact = lru_cache(maxsize=_CACHE)(self._exact_uncached)
        self._countries_town_any = lru_cache(maxsize=_CACHE)(
            lambda name: tuple({c.country for c in gaz.candidates(name, loose_match=False)
                                if c.feature_code in ("PPL", "PPLC") and c.country}))
        self._demonym = lru_cache(maxsize=_CACHE)(gaz.demonym)
        self._is_demonym = lru_cache(maxsize=_CACHE)(lambda w: gaz.demonym_entry(w) is not None)
        self._any_loose = lru_cache(maxsize=_CACHE)(lambda w: bool(gaz.candidates(w)))

    def _foreign_group_name(self, name: str) -> bool:
        """Is a name, as a whole, that of a named armed group (actors.yaml) whose home country has no place of that
        name ("Fano", an Ethiopian militia, and a town in Italy)?"""
        from sitrep.actors import named_group  # lazy: the actor lexicon loads only when asked

        found = named_group(name)
        if found is None or not found[0]:
            return False
        home = self.gaz.iso2(found[0])
        return bool(home) and home not in self._countries(strip_possessive(name))

    def _strong_country_uncached(self, text: str) -> bool:
        for c in self.gaz.candidates(text, loose_match=False):
            if c.feature_code == "PCLI" and c.match == "primary":
                return True
        return False

    def _exact_uncached(self, name: str) -> tuple[frozenset, frozenset, bool, bool, bool]:
        """What the recogniser asks of a name's exact readings: (countries of its primary PCLI readings,
        countries of its ADM1/PPLC readings, has an ADM1/ADM2/PCLI reading, has a primary reading other than
        a town or division, has a primary town of >= DATELINE_MIN_POP)."""
        cs = self.gaz.candidates(name, loose_match=False)
        return (frozenset(c.country for c in cs if c.feature_code == "PCLI" and c.match == "primary"),
                frozenset(c.country for c in cs if c.feature_code in ("ADM1", "PPLC") and c.country),
                any(c.feature_code in ("ADM1", "ADM2", "PCLI") for c in cs),
                any(c.feature_code not in ("PPL", "PPLC", "ADM1", "ADM2", "ADM3") and c.match == "primary"
                    for c in cs),
                any(c.match == "primary" and c.feature_code in ("PPL", "PPLC") and c.population >= DATELINE_MIN_POP
                    for c in cs))

    def _shared_name_pair(self, sp: Span) -> list[Span]:
        """"North and South Kivu": the first division, its shared word elided, as a span of its first word read as
        the whole name (fixed), and the second as written; nothing when either whole name is no known place."""
        m = _SHARED_NAME_PAIR.match(sp.text)
        if m is None:
            return []
        first = self.gaz.candidates(f"{m['a']} {m['name']}", loose_match=False)
        second = self.gaz.candidates(f"{m['b']} {m['name']}", loose_match=False)
        if not first or not second:
            return []
        countries = {e.country for e in second}
        first = [e for e in first if e.country in countries] or first
        b0 = sp.start + m.start("b")
        return [Span(sp.start, sp.start + len(m["a"]), m["a"], sp.source, sp.admin_cue, sp.admin_word,
                     fixed=max(first, key=lambda e: e.population)),
                Span(b0, sp.end, sp.text[m.start("b"):], sp.source, sp.admin_cue, sp.admin_word)]

    @staticmethod
    def _after_place_cue(text: str, start: int) -> bool:
        """Does a preposition that puts what follows inside or beside a place, or "capital", come right before?"""
        prev = text[max(0, start - 12):start].split()[-1:] or [""]
        return prev[0] in _INSIDE_PREPS or prev[0] == "capital"

    def _town_of_size(self, name: str, division: bool = False) -> bool:
        """A multi-word name that is, under its primary name, a town of 10,000 people or more (not a stop-listed
        word's); with `division`, also a town or a division of that size under any of its names."""
        if " " not in name.replace("-", " ") or fold(name) in self.gaz.stop \
                or any(fold(w) in self.gaz.stop for w in name.split(" ")):
            return False
        return any((e.match == "primary" or division) and e.population >= 10000 and (
            e.feature_code.startswith("PPL") or division and e.feature_code in ("ADM1", "ADM2"))
            for e in self.gaz.candidates(name, loose_match=False))

    def _known_run_after(self, tk, caps: list[bool], a: int, b: int) -> int | None:
        """The end (a character offset) of the longest run of up to three capitalised words right after tokens
        [a, b) that makes with them a multi-word name the gazetteer knows while [a, b) alone is one word; None
        for none."""
        if b - a != 1:
            return None
        text = tk.text
        best = None
        j = b
        while j < tk.n and j - b < 3 and caps[j] and tk.ws[j - 1] and text[j][:1].isupper() \
                and tk.ent_type[j] not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "NORP"):
            j += 1
            name = tk.text[a] + "".join(" " + text[x] for x in range(b, j))
            if self._known(name):
                best = tk.idx[j - 1] + len(text[j - 1])
        return best

    def _cap_run_before(self, tk, i: int, caps: list[bool]) -> tuple[int, int] | None:
        """Token range [a, i) of capitalised tokens ending just before token i."""
        a = i
        while a > 0 and i - a < 4:
            if caps[a - 1]:
                a -= 1
            elif a < i and a > 1 and tk.text[a - 1] in ("-", "‐") and not tk.ws[a - 2] and not tk.ws[a - 1] \
                    and caps[a - 2] and self._known("".join(tk.text[x] + " " * tk.ws[x] for x in range(a - 2, i)).strip()):
                # "the Liptako-Gourma area": the hyphenated name whole, not its second half, where the gazetteer knows
                # it (not "Athens-Clarke County", a county of two towns' names)
                a -= 2
            else:
                break
        return (a, i) if a < i else None

    def _list_before(self, tk, a: int, caps: list[bool]) -> list[tuple[int, int]]:
        """Names joined by ',' / 'and' / 'or' before token a: 'A, B, and C districts'."""
        runs = []
        j = a
        while j > 0:
            k = j - 1
            if tk.lower[k] in ("and", "or", "&"):
                k -= 1
                if k >= 0 and tk.text[k] == ",":
                    k -= 1
            elif tk.text[k] == ",":
                k -= 1
            else:
                break
            if k < 0:
                break
            run = self._cap_run_before(tk, k + 1, caps)
            if not run:
                break
            runs.append(run)
            j = run[0]
        return runs

    def recognise(self, doc) -> tuple[list[Span], list[tuple[int, int, Entry]]]:
        gaz = self.gaz
        text = _dc.text(doc)
        tk = _dc.tokens(doc)
        caps = _caps(tk)
        toks, lowers, idxs, ent_types = tk.text, tk.lower, tk.idx, tk.ent_type
        spans: dict[tuple[int, int], Span] = {}
        demonyms: list[tuple[int, int, Entry]] = []
        person_multi = []  # char ranges of multi-token names (PERSON, ORG...)
        unknown_single = []  # single unknown words spaCy tagged as places
        persons = []  # char ranges of PERSON names: a country word inside one is no place
        stop_tagged = []  # stop-listed names spaCy tagged as places ("the government in Victoria")

        def add(a: int, b: int, source: str, admin_cue: bool = False, admin_word: str | None = None) -> None:
            a, b = _trim(text, a, b, gaz)
            if b <= a:
                return
            for (x, y), sp in list(spans.items()):
                if x < b and a < y:  # overlap: keep the longer / earlier one
                    if (y - x) >= (b - a):
                        if admin_cue:
                            sp.admin_cue = True
                            sp.admin_word = sp.admin_word or admin_word
                        return
                    del spans[(x, y)]
            spans[(a, b)] = Span(a, b, text[a:b], source, admin_cue, admin_word)

        # 1. spaCy entities
        for ent in _dc.ents(doc):
            label = ent.label_
            if label in PLACE_LABELS:
                t = text[ent.start_char:ent.end_char]
                if self._is_demonym(t) and not self._known(t):
                    continue  # a demonym tagged GPE: handled below
                if fold(t) in gaz.stop and not self._strong_country(t):
                    stop_tagged.append((ent.start_char, ent.end_char))  # decided once the document's countries are known
                    continue
                if len(ent) == 1 and fold(t.rstrip(".")) in PERSON_TITLES and (
                        t.endswith(".") or text.startswith(".", ent.end_char)) \
                        and _CAP_AFTER.match(text, ent.end_char + (0 if t.endswith(".") else 1)):
                    continue  # "Brig. Gen. X said": a rank's abbreviation before a name, no town
                if len(ent) == 1 and self._given_name_before(tk, ent.end) and self._small_town_only(t):
                    # "Marta Elena Ruiz, a lawyer": a village's name tagged as a place before the rest of a person's
                    # name is the person's given name
                    continue
                # "Islamic State West Africa Province": an entity glued to a group's name of capitalised
                # words ending in a stop-listed one ("State", "Army") is the rest of that name
                if ent.start >= 2 and tk.text[ent.start - 1][:1].isupper() and fold(tk.text[ent.start - 1]) in gaz.stop \
                        and tk.text[ent.start - 2][:1].isupper() and tk.ent_type[ent.start - 1] not in PLACE_LABELS \
                        and tk.ws[ent.start - 1] and not self._strong_country(t):
                    continue
                longer = self._known_run_after(tk, caps, ent.start, ent.end) if len(ent) == 1 else None
                if longer is not None and not self._known(strip_possessive(t)):
                    # "Republika Srpska" tagged "Republika" GPE and "Srpska" PERSON: an unknown word whose run of
                    # capitalised words after it makes a name the gazetteer knows
                    add(ent.start_char, longer, "ner")
                    continue
                if len(ent) == 1 and (not self._any_loose(strip_possessive(t)) or doc[ent.start].is_sent_start
                                      and not self._known(strip_possessive(t))) \
                        and not _FEATURE_TAIL_LOWER.match(text, ent.end_char):
                    # ("Shells struck the market": a sentence's first word known only by a spelling variant)
                    # a single unknown word: more often a name spaCy mislabelled (not "Tekeze river");
                    # unless placed inside an area ("in Kitshanga, in North Kivu province"): decided below
                    unknown_single.append((ent.start_char, ent.end_char))
                    continue
                hy = _HYPHEN_TAIL.match(text, ent.end_char) or _JOINER_TAIL.match(text, ent.end_char) or (
                    # ("Santa Cruz de la" tagged, "Sierra" not: a tag that stops on a joiner stops inside the name)
                    _NAME_AFTER_JOINER.match(text, ent.end_char) if tk.lower[ent.end - 1] in RUN_JOINERS
                    and tk.text[ent.end - 1].islower() else None)
                if hy and self._known(strip_possessive(text[ent.start_char:hy.end()])):
                    # "Mazar-i-Sharif", "Valle del Cauca" with only "Mazar", "Valle" tagged: the whole name the
                    # gazetteer knows
                    add(ent.start_char, hy.end(), "ner")
                    continue
                longer = self._known_run_after(tk, caps, ent.start, ent.end)
                if longer is not None:
                    # "Dera Ismail Khan" tagged "Dera" GPE and "Ismail Khan" PERSON: the whole run of capitalised
                    # words the gazetteer knows
                    add(ent.start_char, longer, "ner")
                    continue
                if len(ent) > 1 and _ACRONYM.match(tk.text[ent.end - 1]) and tk.text[ent.end - 1] not in _ACRONYM_PLACES \
                        and not self._known(t) and self._known(strip_possessive(tk.span_text(ent.start, ent.end - 1, text))):
                    # "Kech IED blast" tagged "Kech IED": an acronym after a known name is the next word, not the name's
                    add(ent.start_char, tk.idx[ent.end - 2] + len(tk.text[ent.end - 2]), "ner")
                    continue
                add(ent.start_char, ent.end_char, "ner")
            elif label in ("PERSON", "ORG", "FAC", "NORP") and len(ent) == 1 \
                    and self._strong(text[ent.start_char:ent.end_char]):
                add(ent.start_char, ent.end_char, "strong")
            elif len(ent) > 1 and (label in ("ORG", "FAC") or label == "PERSON" and any(
                    tk.lower[x] in RUN_JOINERS and tk.text[x].islower() for x in range(ent.start + 1, ent.end - 1))) \
                    and self._division(text[ent.start_char:ent.end_char]):
                # "Agusan del Sur", "Norte de Santander" tagged ORG, "Valle del Cauca" tagged PERSON (a person's name
                # with a joiner is no division's of 100,000 people)
                add(ent.start_char, ent.end_char, "strong")
            elif label in ("ORG", "FAC", "PERSON") and (reg := self._region_entity(tk, text, ent)) is not None:
                # "in the Chittagong Hill Tracts" tagged ORG (or "the Chittagong Hill" ORG and "Tracts" untagged): a
                # region or natural feature the gazetteer has under that whole name, after a spatial preposition
                add(*reg, "strong")
            elif label in ("PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW") and len(ent) > 1:
                if label in ("PERSON", "ORG") and self._town_pair(text[ent.start_char:ent.end_char]):
                    continue  # "in Lalibela and Debre Tabor" tagged ORG as a whole: two towns, no longer name
                if label not in ("PERSON", "ORG") and (
                        self._place_pair(text[ent.start_char:ent.end_char])
                        or _ROUTE_BEFORE.search(text, max(0, ent.start_char - 9), ent.start_char)
                        and self._route_pair(text[ent.start_char:ent.end_char])):
                    continue  # "between Tera and Dori", "into Chad at Adre" tagged WORK_OF_ART: two places ("the
                    # road between Macomia and Mucojo": a route's two ends, one a village the gazetteer lacks)
                whole = strip_possessive(text[ent.start_char:ent.end_char].strip(_TRAIL))
                if label in ("WORK_OF_ART", "PRODUCT", "EVENT") and self._town_of_size(whole):
                    # "Insurgents attacked Mocimboa da Praia" tagged WORK_OF_ART: a town's whole name
                    add(ent.start_char, ent.end_char, "strong")
                    continue
                if label in ("PERSON", "ORG") and (self._after_place_cue(text, ent.start_char)
                                                   or _FIRED_AT.search(text, max(0, ent.start_char - 40),
                                                                       ent.start_char)) \
                        and self._town_of_size(whole, True):
                    # "a patrol in Lakki Marwat" tagged PERSON: a town's or a district's whole name where only a place
                    # can stand
                    add(ent.start_char, ent.end_char, "strong")
                    continue
                person_multi.append((ent.start_char, ent.end_char))
                if label == "PERSON":
                    persons.append((ent.start_char, ent.end_char))
            elif label == "FAC" and len(ent) > 1 and (text[max(0, ent.start_char - 12):ent.start_char].split()[-1:]
                                                     or [""])[0] == "capital" \
                    and self._town_of_size(strip_possessive(text[ent.start_char:ent.end_char].strip(_TRAIL)), True):
                # "east of the capital Port-au-Prince" tagged FAC (not "in Northumberland Park", a park or a stadium
                # named after a place)
                add(ent.start_char, ent.end_char, "strong")

        # "Kitshanga, in North Kivu province": a single unknown word spaCy tagged GPE/LOC, placed
        # inside an area, after a locative preposition
        unknown_later = []
        for a, b in unknown_single:
            prev = text[max(0, a - 12):a].split()[-1:] or [""]
            if prev[0].lower() in NEAR_LOCATIVE and len(fold(text[a:b])) >= 4 and fold(text[a:b]) not in gaz.stop \
                    and not self._is_demonym(text[a:b]) and self._within_follows(text, b, spans, True):
                add(a, b, "locative")
            else:
                unknown_later.append((a, b))

        def inside_name(a: int, b: int) -> bool:
            return any(x <= a and b <= y for x, y in person_multi)

        def inside_longer_name(a: int, b: int) -> bool:
            # spaCy often labels a village ORG/PERSON: only a longer name around it counts
            # ("the Bukkuyum Local Government Area" tagged ORG with its article is no longer name)
            return any(x <= a and b <= y and _THE.sub("", text[x:y].strip(_TRAIL)) != text[a:b].strip(_TRAIL)
                       for x, y in person_multi)

        # 2. administrative-word and direction patterns, with lists
        n = tk.n
        for i, low in enumerate(lowers):
            if low in ADMIN_WORDS or low in DIRECTION_WORDS:
                tok = doc[i]
                if low in DIRECTION_WORDS and tok.text[:1].isupper() and i + 1 < n and (
                        lowers[i + 1] in ("for", "of") or doc[i + 1].ent_iob_ == "I" and doc[i + 1].ent_type_ == "ORG"):
                    continue  # "the Popular Front for the Renaissance of …": a movement's name runs on past the word
                run = self._cap_run_before(tk, i, caps)
                if not run:
                    continue
                if run[0] >= 2 and lowers[run[0] - 1] in RUN_JOINERS and caps[run[0] - 2] \
                        and tk.ws[run[0] - 2] and tk.ws[run[0] - 1]:
                    # "Maguindanao del Sur province", "Lanao del Norte province": the whole name when the gazetteer
                    # knows it (not "Sur", a district of Turkey)
                    head = self._cap_run_before(tk, run[0] - 1, caps)
                    for h in range(head[0], head[1]):
                        if self._known(strip_possessive(doc[h:run[1]].text)):
                            run = (h, run[1])
                            break
                    else:
                        # "Vizcatán del Ene district", a name the gazetteer lacks: the whole is the name, not "Ene" (a
                        # town of Italy)
                        run = (head[0], run[1])
                listed = self._list_before(tk, run[0], caps)
                runs = [run, *listed]
                if listed and run[0] > 0 and toks[run[0] - 1] == "," and low in ADMIN_WORDS and not low.endswith("s"):
                    # "in Bannu, Khyber Pakhtunkhwa province": a town and the province it lies in; a list of divisions
                    # ends with "and" or takes the plural ("Gusau, Tsafe, and Anka districts", "Gusau and Tsafe areas")
                    runs = [run]
                for a, b in runs:
                    span = doc[a:b]
                    name = strip_possessive(span.text)
                    if low in DIRECTION_WORDS and tok.text[:1].isupper() and b == i \
                            and (name.lower().endswith(_ENGLISH_SUFFIXES) or not self._locative_ok(name)):
                        # session 27 (h10): "the People's Liberation Front", "the Popular Front": a capitalised
                        # "Front" (or "Axis", "Sector") after an English word or a village's name ends a body's
                        # name; a war's front is written "the Bakhmut front" or names a sizeable place
                        continue
                    if low in ("county", "parish") and b == i and self._known(f"{name} {tok.text}"):
                        add(span.start_char, tok.idx + len(tok.text), "admin", True, low)
                        continue
                    if fold(name) in gaz.stop:
                        # session 26 (h7): "Leer County of Unity State": a stop-listed word ("Unity") that, with the
                        # capitalised word after it, is as a whole a division's name is that division
                        whole = f"{name} {tok.text}"
                        if b == i and tok.text[:1].isupper() and any(
                                e.feature_code in ("ADM1", "ADM2") for e in gaz.candidates(whole, loose_match=False)):
                            add(span.start_char, tok.idx + len(tok.text), "admin", True, low)
                        continue
                    if b - a == 1 and doc[a].is_sent_start and self._small_town_only(name):
                        # "Principal state attorney X said": a capitalised word opening a sentence before "state",
                        # known only as a village somewhere, is an English word (not "Ancuabe district", a division)
                        continue
                    if not self._known(name):
                        # "Leilek district": an unknown single name right before the word
                        if not (low in UNKNOWN_ADMIN and b == i and not listed and span.start > 0
                                and not doc[a].is_sent_start and not self._is_demonym(name)
                                and not doc[a].is_stop and len(fold(name)) >= 4
                                # "Islamic State West Africa Province": a group's name, not an area
                                and not any(fold(w) in gaz.stop for w in name.split(" ")[1:])
                                # ("Depayin Township" tagged PERSON as a whole is the name and its word, no longer name)
                                and not any(x <= span.start_char and span.start_char + len(name) <= y
                                            and text[x:y].strip(_TRAIL) not in (name, text[span.start_char:tok.idx + len(tok.text)])
                                            for x, y in person_multi)):
                            continue
                    add(span.start_char, span.start_char + len(name), "admin" if low in ADMIN_WORDS else "direction",
                        admin_cue=low in ADMIN_CUE_WORDS, admin_word=low if low in ADMIN_CUE_WORDS else None)
            # "in the direction of X"
            if low == "direction" and i + 2 < n and lowers[i + 1] == "of":
                j = i + 2
                run_end = j
                while run_end < n and caps[run_end] and run_end - j < 4:
                    run_end += 1
                if run_end > j:
                    span = doc[j:run_end]
                    name = strip_possessive(span.text)
                    if self._known(name):
                        add(span.start_char, span.start_char + len(name), "direction")

        # countries the document names (country names, demonyms): a small town of one of them
        # after "near"/"in" is a place even when spaCy missed it ("near Vorukh" in a Tajik story)
        doc_cc: set[str] = set()
        for sp in spans.values():
            doc_cc |= self._exact(sp.text)[0]
        for x, y in person_multi:
            # "Burkina Faso's army said" tagged PERSON as a whole: the country is named all the same
            doc_cc |= self._exact(strip_possessive(text[x:y].strip(_TRAIL)))[0]
        for i, t in enumerate(toks):
            if t[:1].isupper():
                cc = self._demonym(t)
                if not cc and i + 1 < len(toks) and toks[i + 1][:1].isupper():
                    cc = self._demonym(f"{t} {toks[i + 1]}")  # "Sri Lankan police", "South Sudanese troops"
                if cc:
                    doc_cc.add(cc)
        # ... and the home countries of the armed groups it names ("Polisario fighters ... near Mahbes", tagged
        # PERSON, in a story filed from Rabat: a town of Western Sahara)
        from sitrep.actors import home_group_countries

        for cc3 in home_group_countries(text):
            cc = gaz.iso2(cc3)
            if cc:
                doc_cc.add(cc)
        # ... and the country of a name whose country-level readings (first-level division,
        # capital) all lie in one country: "Tigray", "ADDIS ABABA"
        for sp in spans.values():
            ccs = self._exact(sp.text)[1]
            if len(ccs) == 1:
                doc_cc |= ccs
            elif not ccs and not self._exact(sp.text)[0]:
                # ... or a region of one country under its main name ("Bosnia's Serb leaders met in Pale", "Darfur")
                ccs = {c.country for c in gaz.candidates(strip_possessive(sp.text), loose_match=False)
                       if c.feature_code == "RGN" and c.match == "primary"}
                if len(ccs) == 1 and "" not in ccs:
                    doc_cc |= ccs
        # a stop-listed name spaCy tagged as a place that is the capital or a first-level division of a country the
        # document names: "In Seychelles, the government in Victoria declared...", not "Victoria said"
        for a, b in stop_tagged:
            name = strip_possessive(text[a:b])
            if doc_cc and any(c.match == "primary" and c.feature_code in ("PPLC", "ADM1") and c.country in doc_cc
                              for c in gaz.candidates(name, loose_match=False)):
                add(a, a + len(name), "ner")

        # "clashed in Jubaland on Monday", "rebels seized Bunagana": a single word the gazetteer lacks, tagged GPE, right
        # after a spatial preposition or a verb of armed action in a story that names a country, is a place of the story
        # (located from its context); not a sentence's first word, a demonym or a word spaCy tags so elsewhere as none
        if doc_cc:
            for a, b in unknown_later:
                name = strip_possessive(text[a:b])
                m_prev = re.search(r"(?:^|\s)([a-z]+) $", text[max(0, a - 14):a])
                prev = m_prev.group(1) if m_prev else ""
                if prev == "of" and re.search(r"\b(?:" + "|".join(OF_AREA_HEADS) + r") of $", text[max(0, a - 30):a]):
                    prev = "near"  # "the outskirts of Khiam"
                if (prev in PERSON_TAG_PREPS or prev in PLACE_VERBS and prev not in PERSON_VERBS) \
                        and len(fold(name)) >= 5 and name.isalpha() and name[:1].isupper() and name[1:].islower() \
                        and fold(name) not in gaz.stop and not self._is_demonym(name) and not self._any_loose(name) \
                        and not any(x <= a < y for x, y in person_multi) \
                        and not _NOT_PLACE_AFTER.match(text, b) and not self._name_of_person(name, text, persons) \
                        and not _NOUN_AFTER.match(text, b) and not _STREET_AFTER.match(text, b) \
                        and not name.lower().endswith(_ENGLISH_SUFFIXES):
                    add(a, a + len(name), "locative")

        # 2b. settlements introduced by a context phrase: "the (Kyrgyz) village of X", "the town of X",
        # "X village", kept even when spaCy and the gazetteer do not know X
        # "Kaura Namoda local government area", "X LGA": a multi-word administrative term
        for mt in _ADMIN_PHRASE.finditer(text):
            a, b = mt.start(1), mt.end(1)
            words = text[a:b].split(" ")
            while words and (fold(words[0]) in gaz.stop or self._is_demonym(words[0])
                             or fold(words[0]) in ("the", "a", "an", "in", "of", "at", "near")
                             or len(words) > 1 and words[0].endswith(("'s", "’s"))):
                # ("North Waziristan's Mir Ali tehsil": the owner's name is a place of its own, not this one's)
                a += len(words[0]) + 1
                words = words[1:]
            # (the name with its phrase is often one ORG entity: "Faskari Local Government Area")
            if words and len(fold(" ".join(words))) >= 4 and not inside_longer_name(a, mt.end(2)):
                word = ADMIN_PHRASES.get(mt.group(2)) or ADMIN_PHRASES.get(mt.group(2).lower(), "district")
                add(a, b, "admin", True, word)

        self._admin_word_before(text, spans, add)

        for mt in _SETTLE_BEFORE.finditer(text):
            a, b = mt.start(2), mt.end(2)
            if mt.group(1).lower().endswith("s") and COUNT_BEFORE.search(text, max(0, mt.start(1) - 20), mt.start(1)):
                continue  # "five districts of Manipur", "several villages of Bama": the area they lie in, not one of them
            if mt.group(1).lower() in KNOWN_ONLY_BEFORE and not self._known(strip_possessive(mt.group(2))):
                continue  # "the state of Michoacan", not "a State of Emergency"
            kind = SETTLEMENT_BEFORE[mt.group(1).lower()]
            owner = _CAP_WORD_BEFORE.search(text, max(0, mt.start(1) - 40), mt.start(1))
            if kind == "area" and owner is not None and owner.group(1) != "The" \
                    and not self._is_demonym(owner.group(1)):
                kind = "holder"  # "Kech district of Balochistan": the area the district lies in, not a district
            self._add_settlement(text, a, b, kind, mt.group(1).lower(), add, inside_longer_name)
            if mt.group(1).lower().endswith("s"):
                # "the villages of Daliyeh and Beit Ana": every member of the list is one, each name whole
                end = b
                while (cm := _CONJ_NEXT.match(text, end)) is not None:
                    self._add_settlement(text, cm.start(1), cm.end(1), SETTLEMENT_BEFORE[mt.group(1).lower()],
                                         mt.group(1).lower(), add, inside_longer_name)
                    end = cm.end(1)
        for mt in _SETTLE_APPOS.finditer(text):
            self._add_settlement(text, mt.start(1), mt.end(1), "town", mt.group(2).lower(), add, inside_longer_name)
        if doc_cc:
            for mt in _AIRPORT.finditer(text):
                a, b = mt.start(1), mt.end(1)
                words = text[a:b].split(" ")
                while words and fold(words[0]) in ("the", "a", "an", "at", "in", "near", "to", "from"):
                    a += len(words[0]) + 1
                    words = words[1:]
                while words and fold(words[-1]) in ("international", "military", "national", "regional"):
                    words = words[:-1]  # (the run takes "Mitiga International" before "Airport")
                name = " ".join(words)
                if len(fold(name)) < 4 or fold(name) in gaz.stop or self._is_demonym(words[0]) \
                        or any(fold(w) in PERSON_TITLES or fold(w) in gaz.stop for w in words):
                    continue
                # spaCy's entity for the airport's whole name ("Wadi Seidna Air Base" tagged ORG/FAC) is no longer
                # name around it; one that goes on past the airport word is
                longer = any(x <= a and a + len(name) <= y and _THE.sub("", text[x:y].strip(_TRAIL)) != name
                             and not (a - 4 <= x and y <= mt.end()) for x, y in person_multi)
                if longer:
                    continue
                if self._known(name):
                    # "Merowe airport", "Abu Hamad military airport" tagged PERSON: a place of a country the document
                    # names (the airport word makes it one); other known names are left to the other rules
                    if doc_cc & set(self._countries(name)) and not any(
                            x < a + len(name) and a < y and (x, y) != (a, a + len(name)) for x, y in persons):
                        add(a, a + len(name), "locative")
                    continue
                # ("Wadi Seidna air base", "Al Anad Air Base": an unknown name of several words opening with a
                # geographic head word, place_head_words, is a place of the story too)
                if len(words) != 1 and fold(words[0]) not in PLACE_HEAD_WORDS:
                    continue  # "Jomo Kenyatta International Airport": a longer name is as often a person's
                if any(x < a + len(name) and a < y for x, y in persons):
                    continue  # a person's name is no place
                add(a, a + len(name), "locative")
        for mt in _RELATIVE_APPOS.finditer(text):
            a, b = mt.start(1), mt.end(1)
            name = strip_possessive(text[a:b])
            # (the apposition says it is a place: a town of the document's countries under any of its names; at a
            # sentence's start, where no verb or preposition says more, any place of theirs: "Ancuabe, west of Pemba,
            # was calm" names a district)
            opening = a == 0 or text[a - 1] == "\n" or text[max(0, a - 2)] in ".!?"
            if not inside_longer_name(a, a + len(name)) and len(fold(name)) >= 4 and fold(name) not in gaz.stop \
                    and doc_cc & set(self._countries(name) if opening else self._countries_town_any(name)):
                add(a, a + len(name), "locative")
        _pw: list[set[str]] = []

        def person_words() -> set[str]:
            # the words of the document's multi-word PERSON names ("Joe Biden"), computed on first use
            if not _pw:
                _pw.append({fold(w) for x, y in persons for w in text[x:y].split(" ") if len(w) > 2})
            return _pw[0]

        # "the Rohingya camps", "Yazidi villages": a name spaCy tags as a people's before a settlement word in the
        # plural says whose the settlements are; the gazetteer's place names excepted
        norp = {(e.start_char, e.end_char) for e in _dc.ents(doc) if e.label_ == "NORP"}
        for mt in _SETTLE_AFTER.finditer(text):
            a, b = mt.start(1), mt.end(1)
            if (a, b) in norp and mt.group(2).endswith("s") and not self._known(mt.group(1)):
                continue
            prev_word = text[max(0, a - 12):a].split()[-1:] or [""]
            verb_before = bool(doc_cc) and prev_word[0][:1].islower() and prev_word[0] not in SETTLE_DETERMINERS \
                and not self._is_demonym(mt.group(1).split(" ")[0].split("-")[0])
            # "the Far'a refugee camp": a tail of two words or more names a settlement whatever comes before
            plain = " " not in mt.group(2) or prev_word[0].lower() not in SETTLE_DETERMINERS
            tail = mt.group(2).lower()
            if tail in SETTLE_PLACED and not self._local_ok(mt.group(1), doc_cc) \
                    and any(fold(w) in person_words() for w in mt.group(1).split(" ")):
                continue  # "Joe Biden ... defected to the Biden camp": a faction named after a person of the story
            if tail in SETTLE_ANY:
                plain = False  # "the Adre crossing": a crossing whatever comes before
            elif tail in SETTLE_PLACED and prev_word[0] == "the" and doc_cc:
                # "the Kalma camp near Nyala", "fled to the Atmeh camp", "shelled the Zamzam camp"; not "said the
                # Biden camp" nor "in the Biden camp" without a location after it
                wb = _WORD_BEFORE_THE.search(text, max(0, a - 30), a)
                if _PLACED_AFTER.match(text, mt.end()) or wb is not None and wb.group(1) != "in" and (
                        wb.group(1) in LOCATIVE or wb.group(1).endswith("ed") and wb.group(1) != "said"):
                    plain = False
            if plain and prev_word[0].lower() not in LOCATIVE and not self._local_ok(mt.group(1), doc_cc) \
                    and not _WITHIN_CAP.match(text, mt.end()) and not verb_before:
                continue  # "in X village", "X village in Y", or a village of a country the document
                # names; not "the Olympic village"
            self._add_settlement(text, a, b, SETTLEMENT_AFTER[mt.group(2)], mt.group(2), add, inside_longer_name)
            if mt.group(2).endswith("s"):  # "invaded X, Y and Z villages": the list before the last name
                end = a
                while (pm := _LIST_BEFORE.search(text, max(0, end - 80), end)) is not None:
                    self._add_settlement(text, pm.start(1), pm.end(1), SETTLEMENT_AFTER[mt.group(2)], mt.group(2),
                                         add, inside_longer_name)
                    end = pm.start(1)

        # 2c. a wire dateline in capitals at the start of a line: "ADDIS ABABA -", "NEW DELHI, May 3"
        for mt in _DATELINE.finditer(text):
            a, b = mt.start(1), mt.end(1)
            name = text[a:b]
            for x, y in list(spans):
                if x <= a < y and y > b and any(ch in text[b:y] for ch in "-—–,("):
                    del spans[(x, y)]  # spaCy's "NEW DELHI - Police" runs over the dateline's dash
            if fold(name) in gaz.stop:
                continue
            # ("BELFAST, July 14 -" ... "in Londonderry", tagged PERSON: the dateline's city, a large one of one
            # country, names that country for the towns the story places)
            big = {c.country for c in gaz.candidates(name.title(), loose_match=False) if c.match == "primary"
                   and c.feature_code.startswith("PPL") and c.population >= 100_000}
            if len(big) == 1:
                doc_cc |= big
            if any(x < b and a < y for x, y in spans):
                continue
            exact = self._exact(name)
            # ("HARGEISA -": a large town the gazetteer has under another main name, "Hargeysa", is the dateline's too)
            if exact[4] or any(c.match == "alternate" and c.feature_code in ("PPL", "PPLA", "PPLC")
                               and c.population >= DATELINE_ALTERNATE_POP
                               for c in gaz.candidates(name, loose_match=False)):
                add(a, b, "dateline")
                ccs = exact[1]
                if len(ccs) == 1:
                    doc_cc |= ccs

        # 3. capitalised names after a locative preposition, and country names anywhere
        i = 0
        ws = tk.ws
        while i < n:
            ent_type = ent_types[i]
            if not caps[i] or ent_type in PLACE_LABELS:
                i += 1
                continue
            if ent_type in ("DATE", "TIME") and lowers[i] not in DATE_NAMES and tk.is_alpha[i] \
                    and (i == 0 or ent_types[i - 1] != ent_type) and (i + 1 == n or ent_types[i + 1] != ent_type):
                ent_type = ""  # "a vehicle in Turbat" with Turbat tagged DATE: spaCy's slip, no date
            elif ent_type in ("DATE", "TIME") and lowers[i] not in DATE_NAMES and tk.is_alpha[i] \
                    and (i == 0 or ent_types[i - 1] != ent_type) and i + 2 <= n and lowers[i + 1] in _DATE_GLUE \
                    and (i + 2 == n or ent_types[i + 2] != ent_type or doc[i + 2].ent_iob_ == "B"):
                # session 27 (h10): "clashed in Amhara on Monday" with "Amhara on" tagged DATE: a name and the
                # preposition of the date after it, no date of its own
                ent_type = ""
            j = i
            while j < n and j - i < 4:
                if caps[j]:
                    j += 1
                elif (j > i and toks[j] in ("-", "‐") and not ws[j - 1] and not ws[j]
                      and j + 1 < n and (toks[j + 1][:1].isupper() or _ELIDED.match(toks[j + 1]))):
                    j += 2  # "Ak-Say", "Kara-Bulak", "Saut-d'Eau": one hyphenated name
                elif (j > i and toks[j] in ("-", "‐") and not ws[j - 1] and not ws[j]
                      and j + 3 < n and toks[j + 1].isalpha() and toks[j + 1].islower() and len(toks[j + 1]) <= 4
                      and toks[j + 2] in ("-", "‐") and not ws[j + 1] and not ws[j + 2] and toks[j + 3][:1].isupper()):
                    j += 4  # "Port-au-Prince", "Croix-des-Bouquets": a short lower-case word between hyphens
                elif j > i and lowers[j] in RUN_JOINERS and j + 1 < n and caps[j + 1]:
                    j += 2  # "Mocimboa da Praia": only a known name keeps the joiner (longest sub-run below)
                elif j > i and lowers[j] in RUN_JOINERS and j + 2 < n and lowers[j + 1] in RUN_JOINERS \
                        and caps[j + 2]:
                    j += 3  # "Santa Cruz de la Sierra": two joiners, kept on the same terms
                else:
                    break
            # try the longest known sub-run starting at i
            a = idxs[i]
            if ent_type == "NORP" and j - i == 1 and _NOUN_END.match(text, idxs[i] + len(toks[i])) \
                    and not self._is_demonym(toks[i]):
                ent_type = ""  # "near Saravan in ..." tagged NORP: no people's name, a noun before a preposition
            if ent_type in ("PERSON", "ORG") and j - i >= 3 and ent_types[j - 1] != ent_type \
                    and any(toks[x] in ("-", "‐") for x in range(i + 1, j)) \
                    and self._known(strip_possessive(text[a:idxs[j - 1] + len(toks[j - 1])])):
                ent_type = ""  # "Croix-des-Bouquets" with "Croix" alone tagged PERSON: a part of a known hyphenated name
            for k in range(j, i, -1):
                name = strip_possessive(text[a:idxs[k - 1] + len(toks[k - 1])])
                key = fold(name)
                if key in gaz.stop or len(key) < 2:
                    continue
                # a country's name inside a person's ("Jordan Peterson") is none; a country of several words
                # that spaCy tagged PERSON as a whole ("In neighbouring Burkina Faso") still is
                if self._strong_country(name) and not any(
                        x <= a < y and not (x == a and a + len(strip_possessive(text[x:y])) == a + len(name) and " " in name)
                        for x, y in persons):
                    add(a, a + len(name), "country")
                    break
                if not ent_type and self._strong(name) and not inside_name(a, a + len(name)) and not (
                        # "Mobile internet in the region has been cut": a sentence's first word read as an adjective
                        # before a common noun, no town
                        k == i + 1 and k < n and tk.pos[i] == "ADJ" and tk.pos[k] == "NOUN" and toks[k].islower()
                        and (i == 0 or _OPENS.search(text, max(0, a - 4), a) is not None)):
                    if k < j and doc_cc and not (set(self._exact(name)[1]) | set(self._exact(name)[0])
                                                 | set(self._town_countries(name))) & doc_cc:
                        break  # "the Lac Vert camp" in a Congolese story: not Chad's Lac region
                    add(a, a + len(name), "strong")
                    break
                prev = lowers[i - 1] if i > 0 else ""
                if prev in _AREA_ADJ and i > 1 and lowers[i - 2] in NEAR_LOCATIVE:
                    prev = lowers[i - 2]  # "in rural Tame", "near central Bambari": the preposition before the adjective
                # "fled to X"; "the road from X to Y" (either name, tagged PERSON or ORG: a town of the document's
                # countries, not one read as a person's)
                fled_to = prev == "to" and any(w in FLIGHT_WORDS for w in lowers[max(0, i - 5):i - 1]) \
                    or (prev == "from" and _TO_NEXT.match(text, a + len(name)) is not None
                        or prev == "to" and _FROM_BEFORE.search(text, max(0, a - 60), a) is not None) \
                    and not self._person_like(name, text)
                # "shelled Kupiansk" (tagged ORG), "attacked Mirebalais" (tagged PERSON): the object of a verb of
                # armed action; not a word of a person the document names in full ("attacked Gusau" after "Ali Gusau")
                verb_obj = prev in PLACE_VERBS and tk.text[i - 1].islower() and fold(name) not in person_words() \
                    and not (ent_type == "PERSON" and prev in PERSON_VERBS and self._person_like(name, text))
                if k == j and ent_type not in ("DATE", "TIME", "NORP") and (
                        (prev in NEAR_LOCATIVE or prev in WHOLE_NAME_PREPS or fled_to or verb_obj)
                        and (ent_type != "PERSON" or prev in PERSON_TAG_PREPS or fled_to or verb_obj)
                        or self._within_follows(text, a + len(name), spans, ent_type == "PERSON")) \
                        and not inside_longer_name(a, a + len(name)) and self._local_ok(name, doc_cc):
                    # "near Douentza" (tagged PERSON), "at X", "hit X in Y province": a town of a
                    # country the document names
                    add(a, a + len(name), "locative")
                    break
                if k == j and ent_type in ("PERSON", "ORG") and prev in PERSON_TAG_PREPS and " " not in name \
                        and not inside_longer_name(a, a + len(name)) and self._area_ok(name, doc_cc):
                    add(a, a + len(name), "locative")  # "elders in Galmudug" tagged PERSON: a region of the story's country
                    break
                if k == j and ent_type in ("PERSON", "ORG") and prev in NEAR_LOCATIVE and " " not in name \
                        and _WHERE_AFTER.match(text, a + len(name)) and not inside_longer_name(a, a + len(name)) \
                        and self._division_any_name(name, doc_cc):
                    # "in Nduga, where ..." tagged ORG: a division of the story's country under any of its names
                    # ("Kabupaten Nduga"), followed by a relative clause of place
                    add(a, a + len(name), "locative")
                    break
                if k == j and ent_type not in ("DATE", "TIME", "NORP") and _CAPITAL_BEFORE.search(text, max(0, a - 40), a) \
                        and not inside_longer_name(a, a + len(name)) and self._local_ok(name, doc_cc):
                    # "Sulu's capital Jolo", "the provincial capital Jolo" (tagged ORG or PRODUCT): a town of the
                    # story's country named as a capital
                    add(a, a + len(name), "locative")
                    break
                if k == j and ent_type in ("", "PERSON") and prev in PERSON_TAG_PREPS and not self._known(name) \
                        and len(name.split(" ")) >= 2 and not any(fold(w) in PERSON_TITLES for w in name.split(" ")) \
                        and fold(name.split(" ")[-1]) not in NOT_PLACE_LAST and not self._is_demonym(name.split(" ")[0]) \
                        and self._division_follows(text, a + len(name), spans):
                    add(a, a + len(name), "locative")  # "in Datu Hoffer, Maguindanao del Sur": unknown, in that division
                    break
                if k == j and ent_type in ("", "PERSON", "ORG") and i + 2 < j and toks[i + 1] in ("-", "‐") \
                        and self._hyphen_town(name):
                    add(a, a + len(name), "locative")  # "Mazar-i-Sharif was hit": a sizeable town's hyphenated name
                    break
                if k == j and ent_type not in ("DATE", "TIME", "NORP") and self._after_conj(tk, text, i, k, spans) \
                        and not inside_longer_name(a, a + len(name)) and self._local_ok(name, doc_cc):
                    add(a, a + len(name), "locative")  # "between Alamata and Korem": a town of the document's country
                    break
                if k == j and (prev in PERSON_TAG_PREPS or prev == "in") and ent_type not in ("DATE", "TIME", "NORP") \
                        and (ent_type != "PERSON" or prev in PERSON_TAG_PREPS) and not self._known(name) \
                        and fold(name.split(" ")[-1]) not in NOT_PLACE_LAST \
                        and not self._is_demonym(name) and not inside_longer_name(a, a + len(name)) \
                        and not any(fold(w) in PERSON_TITLES for w in name.split(" ")) \
                        and self._within_follows(text, a + len(name), spans, True):
                    add(a, a + len(name), "locative")  # "near Mir Ali in North Waziristan": unknown, in that area
                    break
                if k == j and prev == "from" and ent_type in ("PERSON", "ORG") and doc[i - 1].head.pos_ == "VERB" \
                        and not inside_longer_name(a, a + len(name)) \
                        and (self._local_ok(name, doc_cc) or self._area_ok(name, doc_cc)) \
                        and not self._person_like(name, text) and not self._name_of_person(name, text, persons) \
                        and not any(fold(w) in PERSON_TITLES for w in name.split(" ")):
                    # session 27 (h10): "abducted 20 people from Kaura Namoda", "flew in from Jowhar" (tagged PERSON):
                    # a verb's "from" before a town or division of a country the document names is a place of
                    # origin ("a message from X", a noun's, stays a person's)
                    add(a, a + len(name), "locative")
                    break
                if prev == "the" and _FEATURE_TAIL_LOWER.match(text, a + len(name)) and (
                        self._known(name) or not self._is_demonym(name) and k == j) \
                        and ent_type not in ("DATE", "TIME", "NORP") and not inside_longer_name(a, a + len(name)):
                    add(a, a + len(name), "locative")  # "the Vakhsh river": extended to the feature below
                    break
                if k == j and ent_type == "PERSON" and prev == "of" and i > 1 \
                        and lowers[i - 2] in OF_HEADS and not inside_longer_name(a, a + len(name)) \
                        and self._local_ok(name, doc_cc):
                    add(a, a + len(name), "locative")  # "the outskirts of Maarat al-Numan" tagged PERSON
                    break
                if k == j and prev == "of" and i > 1 and lowers[i - 2] in OF_AREA_HEADS and doc_cc \
                        and ent_type not in ("DATE", "TIME", "NORP") and not self._known(name) \
                        and len(fold(name)) >= 4 and fold(name.split(" ")[-1]) not in NOT_PLACE_LAST \
                        and not self._is_demonym(name) and not inside_longer_name(a, a + len(name)) \
                        and not any(fold(w) in PERSON_TITLES for w in name.split(" ")):
                    add(a, a + len(name), "locative")  # "the outskirts of Darat Izza": unknown, a place of the story
                    break
                if k == j and ent_type in ("", "PERSON", "ORG") and (i == 0 or doc[i].is_sent_start or toks[i - 1] == "\n") \
                        and not inside_longer_name(a, a + len(name)) and self._opening_town(name, doc_cc, ent_type) \
                        and (_OPENING_NEXT.match(text, a + len(name)) or self._opening_verb(tk, k, name)) \
                        and not self._name_of_person(name, text, persons) and not self._person_like(name, text):
                    # "Montepuez was quiet", "Zuwara and Sabratha saw fighting"; a name of several words before any
                    # verb ("Ras Lanuf burned", "Sidi Bouzid erupted")
                    add(a, a + len(name), "locative")
                    break
                if prev in LOCATIVE and ent_type not in ("PERSON", "DATE", "TIME", "NORP") and (
                        not inside_name(a, a + len(name)) and self._locative_ok(name)
                        or not inside_longer_name(a, a + len(name)) and self._local_ok(name, doc_cc) and (
                            prev in NEAR_LOCATIVE or prev == "of" and i > 1
                            and (lowers[i - 2] in OF_HEADS or lowers[i - 2] in OF_AREA_HEADS))):
                    add(a, a + len(name), "locative")
                    break
            else:
                if any(lowers[x] in RUN_JOINERS for x in range(i + 1, j)):
                    i += 1  # "Tour de France": nothing known over the joiner, look again from the next word
                    continue
            i = j

        # 4. demonyms (any capitalised adjective/noun of a country or region)
        is_alpha = tk.is_alpha
        for i, tok_text in enumerate(toks):
            if not tok_text[:1].isupper():
                continue
            for width in (3, 2, 1):  # ("Papua New Guinean police": the three words, not "Guinean")
                if i + width > n:
                    continue
                if width > 1 and not all(is_alpha[i + 1:i + width]):
                    continue
                a = idxs[i]
                t = strip_possessive(text[a:idxs[i + width - 1] + len(toks[i + width - 1])])
                if not self._is_demonym(t) or (t.endswith("s") and not t.endswith(("ss", "ese"))
                                               and self._is_demonym(t[:-1])):
                    continue  # plurals ("Americans") name people, not places
                ent = gaz.demonym_entry(t)  # a new Entry: the resolver may set fields on it
                b = a + len(t)
                if _LANGUAGE_TAIL.match(text, b):
                    break  # "English-speaking regions": a language, not a country
                if any(x <= a < y for x, y in spans):
                    break
                if demonyms and demonyms[-1][1] > a:
                    break
                demonyms.append((a, b, ent))
                break

        # 4b. "the Senegalese capital", "in the Malian capital": the capital city of the demonym's country (the demonym
        # stays one: it names the country too)
        for a, b, ent in demonyms:
            if ent.feature_code != "PCLI" or not ent.country or text[max(0, a - 4):a].lower() != "the ":
                continue
            mc = _CAPITAL_AFTER.match(text, b)
            cap = gaz.capital(ent.country) if mc else None
            if cap is None or any(x < mc.end() and a < y for x, y in spans):
                continue
            spans[(a, mc.end())] = Span(a, mc.end(), text[a:mc.end()], "capital", fixed=cap)

        # 5. one sense per discourse: repeat recognised names wherever they occur
        names = {fold(sp.text) for sp in spans.values() if sp.source != "locative" or True}
        # names found by the local rules: repeated even where spaCy tags the same words PERSON/ORG
        local_names = {fold(sp.text) for sp in spans.values() if sp.source in ("locative", "settlement", "admin")}
        names = {k for k in names if len(k) >= 3}
        if names:
            for i, tok_text in enumerate(toks):
                if not tok_text[:1].isupper():
                    continue
                for width in (3, 2, 1):
                    if i + width > n:
                        continue
                    a = idxs[i]
                    t = strip_possessive(text[a:idxs[i + width - 1] + len(toks[i + width - 1])])
                    if fold(t) in names:
                        b = a + len(t)
                        if any(x < b and a < y for x, y in spans) or inside_longer_name(a, b) \
                                or inside_name(a, b) and fold(t) not in local_names:
                            break
                        if any(x < b and a < y for x, y, _ in demonyms):
                            break
                        add(a, b, "repeat")
                        break
        # 5b. the next names of a list after a place: "between Alamata and Korem", "X, Y and Z" when
        # they are towns of a country the document names (spaCy often tags them PERSON); again from each name added
        # ("in Jaffna, Trincomalee and Kandy")
        done_5b: set[tuple[int, int]] = set()
        while todo := [xy for xy in sorted(spans) if xy not in done_5b]:
            done_5b.update(todo)
            for (x, y) in todo:
                sp = doc.char_span(x, y, alignment_mode="expand")
                if sp is None:
                    continue
                i = sp.end + 1
                if i < n and toks[i - 1] == "," and lowers[i] == "and":
                    i += 1
                if i >= n or i - 1 >= n or lowers[i - 1] not in ("and", "or", ",") or not caps[i]:
                    continue
                k = i
                while k < n and caps[k] and k - i < 3:
                    k += 1
                if ent_types[i] in ("DATE", "TIME", "NORP") or not self._after_conj(tk, text, i, k, spans):
                    continue
                a, b = idxs[i], idxs[k - 1] + len(toks[k - 1])
                name = strip_possessive(text[a:b])
                b = a + len(name)
                if any(p < b and a < q for p, q in spans) or inside_longer_name(a, b) or fold(name) in gaz.stop:
                    continue
                if self._local_ok(name, doc_cc):
                    add(a, b, "locative")

        # 5c. "Jammu and Kashmir", "Trinidad and Tobago": two names joined by "and" that the gazetteer knows as one
        # division or country are that one place
        for (x, y), sp in sorted(spans.items()):
            if text[y:y + 5] != " and ":
                continue
            nxt = next((s2 for (x2, _y2), s2 in spans.items() if x2 == y + 5), None)
            if nxt is None:
                continue
            whole = strip_possessive(text[x:nxt.end])
            # "Sistan and Baluchestan province": the division's word after the second name (GeoNames' own name of
            # the province, "Sistan va Baluchestan", lists the English form as an alternate name of the division)
            words = whole.split(" ")
            word = fold(words[-1]) if len(words) > 3 and fold(words[-1]) in ADMIN_CUE_WORDS else ""
            name = " ".join(words[:-1]) if word else whole
            if any(c.feature_code in ("ADM1", "ADM2", "PCLI", "PCLD", "PCLS", "TERR")
                   and (fold(c.name) == fold(name) or c.match == "primary" or word and c.feature_code == "ADM1")
                   for c in gaz.candidates(name, loose_match=False)):
                del spans[(x, y)]
                del spans[(nxt.start, nxt.end)]
                spans[(x, x + len(whole))] = Span(x, x + len(whole), whole, sp.source, bool(word) or nxt.admin_cue,
                                                  ADMIN_SINGULAR.get(word, word) if word else nxt.admin_word)

        # 6. a natural feature named after a place: "the Isfara river", "the Kunar valley"
        out = []
        for sp in sorted(spans.values(), key=lambda s: s.start):
            if not any(ch.isupper() for ch in sp.text):
                continue  # "el" of a Spanish headline's "en el VRAEM", split from the name: no name is all lower case
            if sp.source != "dateline" and _ARABIC_NAME_HEAD.search(text, max(0, sp.start - 30), sp.start):
                continue  # "Salah al-Din": not Din; "Souq al-Juma": not Juma
            if sp.source != "dateline" and _TITLE_BEFORE is not None and _TITLE_BEFORE.search(
                    text, max(0, sp.start - 40), sp.start) and not self._strong_country(sp.text):
                continue  # "shot dead Mr Ma-ae Sulong": a person's name
            if sp.source == "ner" and " " in sp.text and _armed_body(sp.text) and not self._known(sp.text):
                continue  # "the South Sudan People's Defence Forces" tagged LOC: a force, not a place
            if " " not in sp.text and fold(sp.text) in FEATURE_AFTER and _FEATURE_WORD_OF.match(text, sp.end):
                continue  # "the Valley of the Apurímac, Ene and Mantaro Rivers": not a town called Valley
            if _RIVER_BANK.match(sp.text) and _BANK_OF.match(text, sp.end):
                continue  # "the west bank of the Dnipro": a river's bank, not the Palestinian West Bank
            if sp.text.lower() in _BLOC and _BLOC_PEOPLE.match(text, sp.end):
                continue  # "two Western officials said": a bloc of states, not Uganda's Western Region
            if _CLOCK_ZONE.search(sp.text) or _ZONE_AFTER.match(text, sp.end):
                continue  # "07:15 Eastern Indonesia Time", "Moscow time": a time zone, not a place
            if sp.source != "dateline" and (_NOT_PLACE_AFTER.match(text, sp.end) or _MILITARY_REGION.search(sp.text)
                                            or _GROUP_PROVINCE.search(sp.text) and _GROUP_AFTER.match(text, sp.end)
                                            or _PEOPLE_AFTER.match(text, sp.end) and not self._known(sp.text)):
                continue  # "the Saba news agency", "the Murad tribe", "the Third Military Region", "the Sinai Province
                # group": a body, not a place
            if sp.source != "dateline" and self._foreign_group_name(sp.text):
                continue  # "between Fano militiamen and federal troops" near Humera: the Ethiopian militia, not Fano
                # in Italy
            if (_PROVINCE_OF_GROUP.match(text, sp.end) or _GROUP_PROVINCE.search(sp.text)) and _GROUP_BEFORE.search(
                    text, max(0, sp.start - 30), sp.start):
                continue  # "the Islamic State Sahel Province said", "Islamic State's Mozambique Province": a group's
                # name, not the Sahel region nor the country
            if sp.source != "dateline" and _MEMBERS_BEFORE.search(text, max(0, sp.start - 24), sp.start) \
                    and not _MODIFIED_NOUN_AFTER.match(text, sp.end) \
                    and not self._exact(strip_possessive(sp.text))[1] and not self._strong_country(sp.text):
                continue  # "clashes between members of Los Lobos and Los Choneros": a gang, not a town
            nxt = text[sp.end:sp.end + 24].split(" ", 2)
            if len(nxt) >= 2 and not nxt[0] and nxt[1][:1].isupper() and " " not in sp.text \
                    and strip_possessive(nxt[1].strip(".,;:")).lower() in FACILITY_AFTER and doc_cc \
                    and not set(self._countries(sp.text)) & doc_cc:
                continue  # "Eagle Square" in a Nigerian story: not Eagle, Colorado
            fac = _FACILITY_LIST.match(text, sp.end)
            if fac and fac.group(1)[:-1] in FACILITY_AFTER:
                # (the countries the document's other names give: this name's own readings do not count)
                others = {c for o in spans.values() if fold(o.text) != fold(sp.text)
                          for c in self._exact(o.text)[0] | self._exact(o.text)[1]}
                if others and not set(self._countries(sp.text)) & others:
                    continue  # "taken to Madina and Erdogan hospitals" in a Somali story: a hospital's name, not Medina
            pair = self._shared_name_pair(sp)
            if pair:
                out.extend(pair)
                continue
            mt = _FEATURE_TAIL.match(text, sp.end)
            if mt and fold(sp.text.split(" ")[-1]) not in FEATURE_AFTER and not self._exact(sp.text)[3] and \
                    not any(x < mt.end() and sp.end < y for x, y in spans if (x, y) != (sp.start, sp.end)):
                sp = Span(sp.start, mt.end(), text[sp.start:mt.end()], sp.source, sp.admin_cue, sp.admin_word)
            out.append(sp)
        return out, demonyms

    @staticmethod
    def fallback_ok(span: Span) -> bool:
        """May a span the gazetteer lacks take a location from its context? Yes when a context
        phrase introduced it ("village of X", "X district", "near X"); a bare spaCy entity only
        when it reads like a place name: capitalised words, no person's title in front."""
        if span.source in ("settlement", "admin", "direction", "locative") or span.admin_cue:
            return True
        words = span.text.replace("-", " ").split()
        if not words or fold(words[0]).split(" ")[0] in PERSON_TITLES:
            return False
        return all(w[:1].isupper() or w.lower() in _NAME_JOINERS or w.lower() in ADMIN_WORDS
                   or w.lower() in SETTLEMENT_AFTER or w.lower() in FEATURE_AFTER for w in words)

    def _admin_word_before(self, text: str, spans: dict, add) -> None:
        """"District Karak", "in district Swat": the division word before a name the gazetteer knows makes the name
        a division; a span spaCy took with the word ("District Bannu") gives way to the name alone."""
        gaz = self.gaz
        for mt in _ADMIN_BEFORE.finditer(text):
            if _CAP_WORD_BEFORE.search(text, max(0, mt.start() - 40), mt.start()):
                continue  # "the Woodstock District Chamber of Commerce": the word ends another name
            word = mt.group(1)
            name = mt.group(2)
            # the whole run of capitalised words, known: "the District Reserve Guard" is a force, not Reserve
            if not self._known(name) or fold(name) in gaz.stop:
                continue
            a, b = mt.start(2), mt.end(2)
            for (x, y) in list(spans):
                if x == mt.start() and a < y <= b:
                    del spans[(x, y)]
            add(a, b, "admin", True, ADMIN_BEFORE[word[:1].upper() + word[1:]])

    def _add_settlement(self, text: str, a: int, b: int, kind: str, word: str, add, inside_name) -> None:
        """Add the name of a settlement phrase, without leading words that are not part of it
        (a demonym: "Tajik" in "Tajik Vorukh village"; a stop-listed word; a sentence opener)."""
        gaz = self.gaz
        words = text[a:b].split(" ")
        while words and (self._is_demonym(words[0]) or fold(words[0]) in gaz.stop
                         or fold(words[0]) in ("the", "a", "an", "in", "near", "at", "of")
                         # session 27 (h10): "Zambia's Western Province": the owner's name is a place of its own,
                         # not part of this one's (as in _ADMIN_PHRASE's "North Waziristan's Mir Ali tehsil")
                         or len(words) > 1 and words[0].endswith(("'s", "’s"))):
            a += len(words[0]) + 1
            words = words[1:]
        if not words:
            return
        name = strip_possessive(" ".join(words))
        key = fold(name)
        if len(key) < 3 or key in gaz.stop or inside_name(a, a + len(name)):
            return
        if kind == "area":
            add(a, a + len(name), "settlement", True, ADMIN_SINGULAR.get(word, "district"))
        else:
            add(a, a + len(name), "settlement")

    def _town_pair(self, name: str) -> bool:
        """"Lalibela and Debre Tabor": two names joined by "and", each a town under its main name (the local
        rules still take them only as towns of a country the document names)."""
        parts = name.split(" and ")
        return len(parts) == 2 and all(p[:1].isupper() and len(fold(p)) >= 4 and fold(p) not in self.gaz.stop
                                       and self._town_countries(p) for p in parts)

    def _place_pair(self, name: str) -> bool:
        """"Tera and Dori", "Chad at Adre": two names joined by a conjunction or a spatial preposition, each a country
        or a town under a name of its own (no spelling variant) -- an entity of two places, no title of a work."""
        parts = re.split(r" (?:and|or|at|to|in|into|near|from) ", name)
        return len(parts) == 2 and all(
            p[:1].isupper() and len(fold(p)) >= 4 and fold(p) not in self.gaz.stop and not self._is_demonym(p)
            and any(c.match != "loose" and c.feature_code in ("PPL", "PPLC", "PCLI")
                    for c in self.gaz.candidates(p, loose_match=False)) for p in parts)

    def _route_pair(self, name: str) -> bool:
        """After "between" or "from": two single capitalised words joined by "and" or "to", one of them a town under
        a name of its own ("Macomia and Mucojo")."""
        parts = re.split(r" (?:and|to) ", name)
        return len(parts) == 2 and all(re.fullmatch(r"[A-Z][\w’'-]{3,}", p) and fold(p) not in self.gaz.stop
                                       and not self._is_demonym(p) for p in parts) \
            and any(self._town_countries(p) for p in parts)

    def _after_conj(self, tk, text: str, i: int, k: int, spans) -> bool:
        """Is tokens [i, k) the next member of a list after a recognised place: "X and Y", "X or Y",
        "X, Y, and Z" (a comma only when the list goes on after it)? A name spaCy tagged PERSON
        only in a pair of places: "between X and Y", "from X to Y"."""
        prev = tk.lower[i - 1] if i > 0 else ""
        j = i - 2
        if prev == "and" and i > 2 and tk.text[i - 2] == ",":
            j = i - 3
        elif prev not in ("and", "or", ","):
            return False
        if j < 0:
            return False
        end_j = tk.idx[j] + len(tk.text[j])
        if not any(y == end_j for _x, y in spans):
            return False
        if prev == ",":
            if k >= tk.n or tk.text[k] != "," and tk.lower[k] not in ("and", "or"):
                return False
        if tk.ent_type[i] == "PERSON":
            x0 = next((x for x, y in spans if y == end_j), None)
            before = text[max(0, x0 - 9):x0].split()[-1:] if x0 is not None else []
            if prev == "and" and bool(before) and before[0].lower() in ("between", "from"):
                return True
            if prev not in ("and", ",") or x0 is None:
                return False  # (a comma only where the list goes on: checked above)
            # "attacked Debre Markos and Bahir Dar", "raided Lalibela, Woldia and Kobo": the list after a verb of
            # armed action (walked back to its first name)
            head = x0
            while True:
                sep = next((g for g in (", and ", " and ", ", ") if text[max(0, head - len(g)):head] == g), None)
                x2 = next((x for x, y in spans if sep and y == head - len(sep)), None)
                if x2 is None:
                    break
                head = x2
            before = text[max(0, head - 16):head].split()[-1:]
            if before and before[0] == "of" and text[max(0, head - 30):head].split()[-2:-1] \
                    and text[max(0, head - 30):head].split()[-2] in OF_AREA_HEADS:
                before = ["near"]  # "the outskirts of Khiam and Kfar Kila": a list of places
            if not before or before[0][-1:] in ".!?\"”":
                # "Ras Lanuf and Brega were quiet": a list opening a sentence, its first name taken as a place (the
                # caller wants a town of the document's countries), where no name of it reads as a person's
                return not any(self._person_like(text[x:y], text) for x, y in spans if head <= x < end_j) \
                    and not self._person_like(text[tk.idx[i]:tk.idx[k - 1] + len(tk.text[k - 1])], text)
            if before[0] not in PLACE_VERBS and before[0] not in PERSON_TAG_PREPS:
                return False
            if before[0] not in PLACE_VERBS:
                # "gathered in Trincomalee and Kandy", "near Bor and Pibor": the list after a preposition that takes
                # towns spaCy tags PERSON, where no name of the list reads as a person's (the caller wants a town of
                # the document's countries)
                return not any(self._person_like(text[x:y], text) for x, y in spans if head <= x < end_j) \
                    and not self._person_like(text[tk.idx[i]:tk.idx[k - 1] + len(tk.text[k - 1])], text)
            # ("attacked Jackson and Jones": after a verb that takes persons too, no name of the list may read as one)
            return before[0] not in PERSON_VERBS or not any(
                self._person_like(text[x:y], text) for x, y in spans if head <= x < end_j) \
                and not self._person_like(text[tk.idx[i]:tk.idx[k - 1] + len(tk.text[k - 1])], text)
        return True

    def _person_like(self, name: str, text: str) -> bool:
        """Does a name spaCy tagged PERSON read as a person's after a verb that takes persons too ("attacked
        Jackson")? When the document uses it as one ("Jackson said", "Jackson, 45,", "Jackson and his wife"), or
        when many towns bear it (towns named after people: "Jackson", "Wilson")."""
        if re.search(r"\b" + re.escape(name) + _PERSON_USE, text) is not None:
            return True
        return sum(1 for c in self.gaz.candidates(name, loose_match=False)
                   if c.match == "primary" and c.feature_code in ("PPL", "PPLC")) > PERSON_TOWN_HOMONYMS

    def _within_follows(self, text: str, end: int, spans, admin_only: bool = False) -> bool:
        """Is the name ending at ``end`` followed by "in (the) <a recognised place>"? With
        ``admin_only``, an area: a place with an administrative word ("in Buri Ram province") or
        a name the gazetteer has as a division ("in North Waziristan")."""
        m = _WITHIN_AFTER.match(text, end)
        if not m:
            return False
        for x, y in spans:
            if x == m.end():
                if not admin_only:
                    return True
                nxt = text[y:y + 20].lstrip(" ").split(" ")[0].lower().strip(".,;:")
                return nxt in ADMIN_WORDS or fold(text[x:y]).split(" ")[-1] in ADMIN_WORDS or self._exact(text[x:y])[2]
        return False

    def _region_entity(self, tk, text: str, ent) -> tuple[int, int] | None:
        """Span of a region or natural feature (GeoNames RGN, LK, VAL, MTS... under its main name, no town or division)
        that spaCy tagged ORG/FAC/PERSON as a whole, perhaps with its article and without its last capitalised words,
        when a spatial preposition stands before it: "clashes in the Chittagong Hill Tracts"."""
        i = ent.start
        if i < tk.n and tk.lower[i] == "the":
            i += 1
        if i >= ent.end:
            return None
        before = i - 1
        if before >= 0 and tk.lower[before] == "the":
            before -= 1
        if before < 0 or tk.lower[before] not in LOCATIVE | _ALONG or not tk.text[before].islower():
            return None
        end = ent.end
        while end < tk.n and end - ent.end < 2 and tk.text[end][:1].isupper() and tk.ent_type[end] in ("", tk.ent_type[i]):
            end += 1
        for k in range(end, ent.end - 1, -1):
            # (the whole entity: not "East Texas" of "the East Texas Environmental Concerns Organization")
            if k - i < 2:
                break  # single words are left to the other rules
            name = text[tk.idx[i]:tk.idx[k - 1] + len(tk.text[k - 1])]
            if fold(name) in self.gaz.stop or not self._known(name):
                continue
            if any(c.match == "primary" and fold(c.name) == fold(name) and c.feature_code not in (
                    "PPL", "PPLC", "PPLA", "ADM1", "ADM2", "ADM3", "PCLI", "CONT")
                   for c in self.gaz.candidates(name, loose_match=False)):
                return tk.idx[i], tk.idx[k - 1] + len(tk.text[k - 1])
        return None

    def _strong_uncached(self, name: str) -> bool:
        """A name that is, under its main name, a country, first-level division, continent or a
        large city: taken as a place whatever (single-token) label spaCy gave it."""
        if fold(name) in self.gaz.stop or len(name) < 3:
            return False
        for c in self.gaz.candidates(name, loose_match=False):
            if c.match == "primary" and (c.feature_code in ("PCLI", "ADM1", "CONT")
                                         or c.population >= 150000):
                return True
        return False

    def _division(self, name: str) -> bool:
        """The main name of a first- or second-level division of 100,000 people or more, several words long."""
        name = strip_possessive(name)
        if fold(name) in self.gaz.stop or any(fold(w) in self.gaz.stop for w in name.split(" ")):
            return False
        return any(c.match == "primary" and c.feature_code in ("ADM1", "ADM2") and c.population >= 100_000
                   and fold(c.name) == fold(name) for c in self.gaz.candidates(name, loose_match=False))

    @staticmethod
    def _name_of_person(name: str, text: str, persons) -> bool:
        """Is a word the name of a person of the document: a word of a multi-word PERSON entity ("Penny Oleksiak"),
        or used as a person's anywhere ("Oleksiak said", "Oleksiak, 16,")?"""
        if any(name in text[x:y].split(" ") and strip_possessive(text[x:y].strip(_TRAIL)) != name for x, y in persons):
            return True
        return re.search(r"\b" + re.escape(name) + _PERSON_USE, text) is not None

    def _opening_town(self, name: str, countries: set[str], ent_type: str = "") -> bool:
        """A town of 20,000 people or more (under any of its names) of a country the document names: a sentence may
        open with it ("Montepuez was quiet"); a name of several words ("Ras Lanuf", "Kaga-Bandoro"), which reads as
        no English word, of any size; a single word of OPENING_SMALL_POP ("Pale was quiet" in a Bosnian story)."""
        if not countries or len(fold(name)) < 4 or fold(name) in self.gaz.stop or self._is_demonym(name):
            return False
        several = " " in name or "-" in name
        if several and fold(name.split(" ")[0]) in self.gaz.stop:
            return False
        # ("Sheikh Zuweid": a name with a person's title is a town's only under its main name or a listed alias)
        titled = several and any(fold(w) in PERSON_TITLES for w in name.split(" "))
        # (a small town of several words that spaCy tags ORG or FAC is as often a body named in English words: "White
        # House was silent", "Red Cross was there")
        least = (OPENING_BIG_POP if ent_type in ("ORG", "FAC") else 0) if several else OPENING_SMALL_POP
        return any(c.feature_code in ("PPL", "PPLC") and c.match != "loose" and c.population >= least
                   and c.country in countries and (not titled or c.match == "primary")
                   for c in self.gaz.candidates(name, loose_match=False))

    @staticmethod
    def _opening_verb(tk, k: int, name: str) -> bool:
        """Does a verb follow a name of several words that opens a sentence (token k, after the name)? Not a verb of
        saying, which makes it a person's ("Ras Hamdan said")."""
        return (" " in name or "-" in name) and k < tk.n and tk.pos[k] in ("VERB", "AUX") \
            and tk.lower[k] not in SAY_VERBS and not tk.text[k][:1].isupper()

    def _given_name_before(self, tk, k: int) -> bool:
        """Do the words from token k on read as the rest of a person's name: one or two capitalised proper nouns
        (no place, no administrative, direction or place-head word) glued to the word before?"""
        if k >= tk.n or not tk.ws[k - 1] or tk.pos[k] != "PROPN" or not tk.text[k][:1].isupper() \
                or not tk.text[k].isalpha() or tk.text[k].isupper():
            return False
        for j in (k, k + 1):
            if j >= tk.n or tk.pos[j] != "PROPN" or not tk.text[j][:1].isupper():
                break
            low = tk.lower[j]
            if tk.ent_type[j] in PLACE_LABELS or tk.ent_type[j] in ("ORG", "FAC", "NORP") or low in ADMIN_WORDS \
                    or low in DIRECTION_WORDS or low in PLACE_HEAD_WORDS or fold(tk.text[j]) in self.gaz.stop \
                    or self._is_demonym(tk.text[j]):
                return False
        return True

    def _division_any_name(self, name: str, countries: set[str]) -> bool:
        """A first- or second-level division or a region of a country the document names, under any of its names
        (not a loose spelling)."""
        if not countries or len(fold(name)) < 4 or fold(name) in self.gaz.stop or self._is_demonym(name):
            return False
        return any(c.match != "loose" and c.feature_code in ("ADM1", "ADM2", "RGN") and c.country in countries
                   for c in self.gaz.candidates(name, loose_match=False))

    def _small_town_only(self, name: str) -> bool:
        """Does the gazetteer know the name only as towns of fewer than OPENING_SMALL_POP people (no division, region,
        country, no bigger town)?"""
        cands = self.gaz.candidates(name, loose_match=False)
        return bool(cands) and all(c.feature_code in ("PPL", "PPLC") and c.population < OPENING_SMALL_POP
                                   for c in cands)

    def _area_ok(self, name: str, countries: set[str]) -> bool:
        """A first- or second-level division or a region (under its main name) of a country the document names."""
        if not countries or len(fold(name)) < 5 or fold(name) in self.gaz.stop:
            return False
        return any(c.match == "primary" and c.feature_code in ("ADM1", "ADM2", "RGN") and c.country in countries
                   and fold(c.name) == fold(name) for c in self.gaz.candidates(name, loose_match=False))

    def _hyphen_town(self, name: str) -> bool:
        """A hyphenated name ("Mazar-i-Sharif") the gazetteer has, under any of its names, as a town of 100,000 people."""
        return len(fold(name)) >= 8 and fold(name) not in self.gaz.stop and any(
            c.feature_code in ("PPL", "PPLC") and c.population >= 100_000 and c.match != "loose"
            for c in self.gaz.candidates(name, loose_match=False))

    def _division_follows(self, text: str, end: int, spans) -> bool:
        """Is the name ending at ``end`` followed by ", <a recognised first- or second-level division>"?"""
        if not text.startswith(", ", end):
            return False
        for x, y in spans:
            if x == end + 2:
                return any(c.feature_code in ("ADM1", "ADM2") and c.match == "primary"
                           for c in self.gaz.candidates(text[x:y], loose_match=False))
        return False

    def _local_ok(self, name: str, countries: set[str]) -> bool:
        """A small town (under its main name) in a country the document names."""
        if not countries or len(fold(name)) < 4:
            return False
        return any(c in countries for c in self._town_countries(name))

    def _town_countries_uncached(self, name: str) -> tuple[str, ...]:
        """Countries of the name's towns (PPL, PPLC) under their main name, or under an alternate spelling
        for a two-word name ("Kiryat Shmona" for Qiryat Shmona)."""
        multi = " " in name.strip()
        # (or a town of some size under any spelling: "Jableh" for Jablah)
        return tuple(c.country for c in self.gaz.candidates(name, loose_match=False)
                     if (c.match == "primary" or c.match == "alternate" and (multi or c.population >= 20_000))
                     and c.feature_code in ("PPL", "PPLC"))

    def _locative_ok_uncached(self, name: str) -> bool:
        """A name after 'in'/'near'... counts as a place if the gazetteer has a sizeable one."""
        for c in self.gaz.candidates(name, loose_match=False):
            if c.match == "primary" and (c.feature_code in ("PCLI", "ADM1", "CONT", "RGN")
                                         or c.population >= 20000):
                return True
        return False
