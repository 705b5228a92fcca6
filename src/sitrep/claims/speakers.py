"""Who a claim's speaker is, and of which country, sector and side.

`_who` turns a speaker span into an author (name, kind, country, sector): seats of government, state media,
statement subjects, group spokesmen, armed groups named earlier, titles, organisations and their acronyms;
`home_country` and `institution_country` give the country an article or an institution speaks for; the
`_named_before` family resolves a speaker to one named earlier in the article (by surname, by a title owned by
"its", by a definite title it was described with before); `_court_party` gives a trial's parties their state;
`_side_of` and `_other_side` tell whether two speakers are on opposite sides (a state and an armed group, two countries,
a ruling party and the opposition). Session 14, round two: a speaker who "identified himself as the group's
spokesman" is the group; a regional, district or municipal body of no stated country is of the ground the story's
places and dateline lie on; a state body by its own name is of the country a story is filed from; an officer of a
body of no country speaks for it; police and parties of a local paper that places nothing take the one country the
story names; a court's papers (indictment, charge sheet) are the prosecuting state's; a given name the gazetteer
reads as a town abroad gives no country. Session 16: a speaker the phrase describes as civil society or private
people ("X, a tribal body", "Y, a group of defectors", "a herders' group", "the ... Human Rights League", "the ...
Lawyers' Association", "Father X"), a company or a vessel's manager, refugees, families and migrants speak for no state;
"the American enemy" is the state its adjective names; a bureau or an administration is a state's own office.

Separate from `claims.py` because it decides only who speaks, never what is claimed or which denial answers
which claim; the denial linking and the claim builder both read it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from .. import doccache as _dc
from ..actors import (SpanIndex, country_name, dictionary_country, is_igo, iso3, mention_for, named_group,
                      sector_of)
from ..geo import dateline_place
from ..model import Claim
from ..resources import load_yaml
from .sources import agency_country, kind_of
from .tables import _linking, _STOP, _tables
from .text import _unpossess


@lru_cache(maxsize=1)
def _speaker_lists() -> dict:
    """The speaker word lists (`data/claims/speakers.yaml`)."""
    data = load_yaml("claims/speakers.yaml")
    return {"domestic_offices": set(data.get("domestic_offices") or ()),
            "state_run_words": set(data.get("state_run_words") or ()),
            "stateless_armed": re.compile(r"(?<![\w-])(?:" + "|".join(
                map(re.escape, sorted(data.get("stateless_armed_names") or ()))) + r")(?![\w-])", re.I),
            "stateless_bodies": [(re.compile(r"(?<![\w-])" + re.escape(k) + r"(?![\w])", re.I), v)
                                 for k, v in (data.get("stateless_bodies") or {}).items()],
            "media_heads": set(data.get("media_heads") or ()),
            "body_heads": set(data.get("body_heads") or ()),
            "state_body_words": set(data.get("state_body_words") or ()),
            "ruling_names": set(data.get("ruling_names") or ()),
            "body_names": set(data.get("body_names") or ()),
            "court_defendants": set(data.get("court_defendants") or ()),
            "court_lawyers": set(data.get("court_lawyers") or ()),
            "subnational_words": set(data.get("subnational_words") or ()),
            "town_words": set(data.get("town_words") or ()),
            "court_documents": set(data.get("court_documents") or ()),
            "international_courts": re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(
                data.get("international_courts") or ()))) + r")\b", re.I),
            "civil_society_heads": set(data.get("civil_society_heads") or ()),
            "civil_society_qualified_heads": {k: set(v) for k, v in
                                              (data.get("civil_society_qualified_heads") or {}).items()},
            "civil_officers": set(data.get("civil_officers") or ()),
            "civil_council_words": set(data.get("civil_council_words") or ()),
            "civil_council_heads": set(data.get("civil_council_heads") or ()),
            "diaspora_words": set(data.get("diaspora_words") or ()),
            "diaspora_bodies": set(data.get("diaspora_bodies") or ()),
            "party_nouns": set(data.get("party_nouns") or ()),
            "party_officers": set(data.get("party_officers") or ()),
            "political_words": set(data.get("political_words") or ()),
            "border_words": set(data.get("border_words") or ()),
            "neighbour_words": set(data.get("neighbour_words") or ()),
            "flight_words": set(data.get("flight_words") or ()),
            "court_words": re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(data.get("court_words") or ()))) +
                                      r")\b", re.I),
            "territories": dict(data.get("territories") or {}),
            "office_holders": dict(data.get("office_holders") or {}),
            **{k: set(data.get(k) or ()) for k in (
                "described_bodies", "civil_description_words", "armed_description_words", "state_rights_heads",
                "company_heads", "vessel_words", "vessel_people", "private_people", "clergy_titles",
                "civil_name_heads", "foe_nouns", "members_body_heads", "civil_council_officers", "camp_words",
                "camp_bodies", "defendant_verbs", "party_name_heads", "foreign_legislature_words", "campaign_officers",
                "election_words", "settler_words", "international_phrases", "international_owner_nouns",
                "independence_words", "member_professions", "peoples_words", "foreign_missions",
                "court_witness_words", "court_relative_words", "court_offices", "member_titles",
                "member_body_words", "own_forces_words", "carried_texts", "carrier_verbs")},
            "people_states": dict(data.get("people_states") or {}),
            "described_kind_nouns": dict(data.get("described_kind_nouns") or {}),
            "own_body_nouns": {k: set(v or ()) for k, v in (data.get("own_body_nouns") or {}).items()},
            "member_body_alike": {k: set(v or ()) for k, v in (data.get("member_body_alike") or {}).items()}}


def _sovereign(country: str | None) -> str | None:
    """The state a dependent territory belongs to ("NCL" → "FRA": New Caledonia's parties, police and high
    commission speak for France, as a regional authority speaks for the state it is in), else `country`."""
    return _speaker_lists()["territories"].get(country, country) if country else country


def _stateless_armed(name: str | None) -> bool:
    """"ISWAP", "a spokesman for the Islamic State West Africa Province": an armed group of no single country
    (the claims sets' convention), whatever country the actor dictionary places it in."""
    return bool(name) and bool(_speaker_lists()["stateless_armed"].search(name))


@lru_cache(maxsize=1 << 14)  # (asked of every mention of a long document, per speaker)
def _stateless_body(name: str | None) -> str | None:
    """IGO or NGO for a speaker named by an international body or NGO the codebook may miss ("Amnesty's Kenya
    director", "a UNAMA official")."""
    for pattern, code in _speaker_lists()["stateless_bodies"] if name else ():
        if pattern.search(name):
            return code
    return None


def _own_words(s) -> list:
    """A speaker phrase's own words: its head and what stands before it ("the public defender's office" →
    public, defender's, office), not a phrase after it ("a doctor at the county hospital" is no hospital)."""
    return [t for t in s if s.root.left_edge.i <= t.i <= s.root.i]


def _domestic_office(s) -> bool:
    """"The Defence Headquarters", "the district collector", "the provincial education office": a state's own
    office or service named by no country (`domestic_offices`)."""
    # and the bodies of political life before a title ("the ruling party's secretary general", "Party
    # chairwoman X"), which `domestic_bodies` gives as heads
    offices = _speaker_lists()["domestic_offices"] | _linking()["domestic_bodies"]
    own = _own_words(s)
    # ("a state-appointed commission": the tagger splits the hyphenated word)
    joined = set(" ".join(t.lower_ for t in own).replace(" - ", "-").split())
    return any(t.lemma_.lower() in offices or t.lower_ in offices for t in own) or bool(joined & offices)


_HEADING_TAIL = re.compile(r"\s+[-\u2013\u2014]\s*(?:statement|communiqu[eé]|press\s+release)\b.*$", re.I | re.S)
# a release's or a list's number after a name ("X Front - No. 4", "X Front - No", "Y Union - 3"): no part of it
_NUMBER_TAIL = re.compile(r"\s*[-\u2013\u2014:,]\s*(?:(?:no|nr|n°|number|#)\.?\s*)?\d[\w/.-]*\.?$|"
                          r"\s*[-\u2013\u2014:,]\s*(?:no|nr|n°)\.?$", re.I)
# a paragraph's opening label or list mark before a speaker ("Correspondent: The X Front says", "- The army said",
# "2. The ministry said"): no part of the speaker's name
_LINE_LABEL = re.compile(r"(?:[-*\u2022\u2013]|\d{1,2}[.)]|[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,2}:)\s+(?=\S)")


def _without_line_label(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """A speaker's span without the turn label or list mark that opens its paragraph."""
    text = _dc.text(doc)
    if span[0] > 0 and text[span[0] - 1] != "\n":
        return span
    m = _LINE_LABEL.match(text, span[0], span[1])
    return (m.end(), span[1]) if m is not None and m.end() < span[1] else span


def _who(doc: Doc, span: tuple[int, int] | None, fallback: str | None = None, home: str | None = None,
         cited=()) -> dict:
    """A speaker as claimant (`_speaker`), a dependent territory's speaker of the state it belongs to."""
    if span is not None:
        unlabelled = _without_line_label(doc, span)
        label = _dc.text(doc)[span[0]:unlabelled[0]]
        if label and fallback and fallback.startswith(label):
            fallback = fallback[len(label):]
        span = unlabelled
    who = _speaker(doc, span, fallback, _sovereign(home), cited)
    if who.get("name"):  # "Second Army Area - Statement": the heading's issuer, not its kind of text, nor its number
        who["name"] = _NUMBER_TAIL.sub("", _HEADING_TAIL.sub("", who["name"])) or who["name"]
    if who.get("country"):
        who["country"] = _sovereign(who["country"])
    return who


def _speaker(doc: Doc, span: tuple[int, int] | None, fallback: str | None = None, home: str | None = None,
             cited=()) -> dict:
    """A speaker as claimant: name, country, sector. Unnamed passives ("It was highlighted") are the body the
    article cites; a speaker of no stated country is of the cited institution's, then of the article's home."""
    dateline_start, dateline_end = _dc.dateline(doc)
    if span is not None and dateline_start <= span[0] < dateline_end:  # "DUSHANBE, May 15 (Steppe Wire) - The ministry"
        span = (dateline_end, span[1]) if span[1] > dateline_end + 2 else None
    if span is None:
        if cited:
            return {"name": cited[0].name, "country": home, "sector": sector_of(cited[0].name)}
        return {"name": fallback, "country": None, "sector": None}
    s = doc.char_span(span[0], span[1], alignment_mode="expand")
    if s is not None and len(s) > 3 and s.root.ent_type_ == "PERSON":
        # "Dr Haddad, who has lived in Germany since 2015,": what a clause after a person's name tells about them
        # (where they live, what they did) is no country of theirs
        clause = next((c for c in s.root.children if c.dep_ == "relcl" and c.i > s.root.i
                       and doc[c.left_edge.i - 1].text == ","), None)
        if clause is not None and s.start < clause.left_edge.i - 1:
            s = doc[s.start:clause.left_edge.i - 1]
    view = next((c for t in s for c in t.children if c.dep_ == "relcl" and c.i > t.i and s.start < c.left_edge.i
                 and c.i < s.end and any(x.dep_ == "nsubj" and x.ent_type_ in ("GPE", "NORP") for x in c.children)),
                None) if s is not None and len(s) > 3 else None
    if view is not None:
        # "the Sinjar Resistance Units, a Yazidi armed group that Turkey considers a PKK affiliate": what another
        # state makes of a body is no country of its own (session 20)
        s = doc[s.start:view.left_edge.i]
    based = next((t for t in s if t.lower_ == "based" and t.i > s.start + 1 and t.i + 1 < len(doc) and
                  doc[t.i + 1].lower_ in ("in", "at") and
                  (doc[t.i - 1].text == "," or doc[t.i - 1].lower_ in _BASED_ADVERBS and doc[t.i - 2].text == ",")),
                 None) if s is not None else None
    if based is not None:
        # "The leadership of the banned party, now based in Moscow,": where a body sits is not whose it is
        s = doc[s.start:based.i - (1 if doc[based.i - 1].text == "," else 2)]
    if s is not None and len(s):
        # a coreferent cut after its possessor ("it" → "defence ministry" of "Armenia's defence ministry")
        owner = next((c for c in s.root.children if c.dep_ == "poss" and c.i < s.start), None)
        if owner is not None:
            s = doc[owner.left_edge.i:s.end]
        # a name cut after the description it heads ("NNA" of "Lebanon's state news agency NNA")
        owner = next((c for c in s.root.children if c.dep_ == "compound" and c.i == s.start - 1 and c.pos_ == "NOUN"
                      and any(x.dep_ == "poss" for x in c.children)), None)
        if owner is not None and s.root.pos_ == "PROPN":
            s = doc[next(x for x in owner.children if x.dep_ == "poss").i:s.end]
    described = _self_described(s)
    if described is not None:  # "a man who identified himself as the group's spokesman": the group's spokesman
        s = described
        name = _dc.text(doc)[s.start_char:s.end_char].strip()
    owned = _statement_subject(doc, s)
    if owned is not s and s is not None and len(s) and s.root.dep_ != "dobj":
        fallback = None  # "The Guards' statement said": the owner speaks, by its own name
    s = _group_spokesman(doc, owned)
    m = _mention_of(doc, s) if s is not None else None
    if m is None and s is not None and len(s):
        # "the Thai army's Second Army Region": a unit of no known name speaks for the body that owns it
        owner = next((c for c in s.root.children if c.dep_ == "poss"), None)
        m = mention_for(doc, doc[owner.left_edge.i:owner.i + 1]) if owner is not None else None
    if m is None and s is not None and len(s) and all(t.pos_ == "PROPN" for t in s):
        # "Tanzania's opposition party Chadema said": a name the source was cut to, right after the description
        # that names its country
        m = next((x for x in getattr(doc._, "actor_mentions", None) or []
                  if x.end == s.start and x.country and doc[x.end - 1].pos_ == "NOUN"), None)
    if m is None and s is not None and len(s) and s.start >= 3 and doc[s.start - 1].lower_ == "as" and \
            doc[s.start - 2].lower_ in ("known", "called", "nicknamed", "named"):
        # "a Viv Ansanm leader known as Ti Bazil": a person by a nickname speaks for the body the phrase before names
        m = next((x for x in getattr(doc._, "actor_mentions", None) or []
                  if x.end == s.start - 2 and x.country), None)
    name = _dc.text(doc)[s.start_char:s.end_char].strip() if s is not None else _dc.text(doc)[span[0]:span[1]].strip()
    paren = _spelled_acronym(s) if m is not None and s is not None and len(s) else None
    spelled = mention_for(doc, doc[s.start:paren.i - 1]) if paren is not None and paren.i - 1 > s.start else None
    if paren is not None and (spelled is None or spelled.country != m.country):
        # "The United People's Democratic Front (UPDF), a regional party": the name the text spells out is the
        # body, not another the dictionary knows by the same initials (Uganda's army)
        m = spelled
    country, sector = (m.country, m.sector) if m else (None, None)
    owner = _unit_owner(doc, s) if country is not None and s is not None and len(s) else None
    if owner is not None and owner.country != country:
        # "The SNA's Hamza Division": a unit of a force named as its possessor is of the force's country, not of a
        # place the gazetteer reads in the unit's own name (session 27)
        country = owner.country
    if view is not None and country is not None and not any(
            t.ent_type_ in ("GPE", "NORP") or dictionary_country(t.text) for t in s) and any(
            dictionary_country(t.text) == country for t in view.subtree if t.dep_ == "nsubj"):
        country = None  # (the state the clause names, not the body's)
    if m is not None and m.country and m.sector in ("GOV", "MIL", "POL", "BGD") and s is not None and len(s) and \
            _names_no_state(s):
        # "Commissioner X said most had crossed the Naf river" after "Bangladesh's refugee relief commissioner", "The
        # minister, Y, wrote" after "Eritrea's information minister": an official whose own words name no state is
        # of the title named before with its state's name; "A regional health official said …" of the story's ground
        # (its dateline, else its home), not of a place it speaks of nor of a foreign state named near it
        astray = _placed_by_content(doc, s, m.country) or m.country not in (
            _dateline_country(doc), home, _places_country(doc))
        before = _title_country_before(doc, s) if astray else None
        if before is None and astray and _bare_title(s) and not _placed_before(doc, s, m.country):
            # "Panama's border service rejected A. Its director, X, said the gangs came from Colombia": the body
            # whose spokesman or title it is, subject of the sentence before, not a state its context named
            before = _spokesman_of_body_before(doc, s, home) or _institution_named_before(doc, s)
        if before is not None:
            country = before
        elif _subnational(s) and astray:
            country = _dateline_country(doc) or home or country
    people = _people_state(s) if s is not None and len(s) else None
    if people is not None:
        # "the Democratic Party of Iranian Kurdistan", "X, an Iranian Kurdish opposition group", "the Turkish Cypriot
        # police": a people of several states named with one state's word is of that state
        country = people
    elif s is not None and len(s) and sector in ("GOV", "MIL", "BGD", "POL") and \
            any(t.lower_ in _speaker_lists()["peoples_words"] for t in _own_words(s)) and \
            not any(t.ent_type_ == "GPE" or dictionary_country(t.text) for t in _own_words(s)) and \
            not _dictionary_body(s):
        # "Kurdish security officials" in a story filed from Erbil: a people's own officials of no named state are of
        # the ground the story is on, not of the state quoted first (Iran's Guards, who struck there); not its armed
        # groups (the PKK fights Turkey from Iraq's mountains)
        country = _places_country(doc) or _dateline_country(doc) or country
    ground = _region_misread(doc, m, s) if m is not None and s is not None and len(s) else None
    if ground is not None:
        country = ground  # "Coast regional police commander X" in a story from Mombasa: Kenya's
    compass = _compass_state(doc, s) if s is not None and len(s) else None
    if compass is not None:
        country = compass  # "the South's Joint Chiefs of Staff" in a story of the two Koreas: South Korea's
    elif s is not None and len(s) and re.match(r"(?:(?:the|a|an)\s+)?[A-Z]{2,6}\b", name or ""):
        # "a JCS official" after "the South's Joint Chiefs of Staff": the state the compass word named there
        found = _acronym_of(doc, name)
        country = (_compass_state(doc, doc[found.start:found.end]) if found is not None else None) or country
    if country is not None and s is not None and _country_from_a_name(doc, s, country):
        country = None  # "The ombudsman, Marta Elena Ruiz": a given name the gazetteer knows as a town
    if country == "USA" and (_party_congress(name) or _party_congress(_acronym_definition(doc, name))):
        # "the opposition All People's Congress": a party whose name ends in "Congress", not the US legislature the
        # word alone names; of the story's own country
        country, sector = home or _places_country(doc) or _dateline_country(doc), "CVL"
    if country is not None and s is not None and _backed_group(s):
        country, sector = None, "REB"  # "Turkish-backed factions": a group backed by a state is not that state
    carrier = _carrier_country(doc, s) if country is None and s is not None and len(s) else None
    if carrier is not None:
        # "A commentary carried by KCNA", "The statement from Tehran", "The foreign ministry statement, carried by
        # KCNA": a text a state's agency carries or its capital sends speaks for that state
        return {"name": fallback or name, "country": carrier, "sector": sector}
    if s is not None and len(s) and s.root.lower_ in _linking()["group_nouns"] and any(
            t.lower_ in _linking()["civil_group_words"] for t in s if t.i < s.root.i):
        # "Aid groups said", "a local rights group": civil society, of no state (not the armed group named before)
        return {"name": fallback or name, "country": None, "sector": "NGO"}
    if s is not None and len(s) and _civil_society(s):
        # "the herders' association", "the union's spokesman", "a tribal leader", "a diaspora group": civil society
        # speaks for no state (session 15's convention), whatever country its phrase names
        return {"name": fallback or name, "country": None, "sector": "NGO"}
    if s is not None and len(s) and (_members_body(s) or _camp_body(s) or _civil_group_named_before(doc, s)
                                     or _civil_body_named_again(doc, s)):
        # "the Free Students' Union", "the camp's administration", "The group, X" after "a migrant-aid group": a
        # members' body, a refugee camp's own body, a civil-society group named again (session 15's convention)
        return {"name": fallback or name, "country": None, "sector": "NGO"}
    if s is not None and len(s) and ((_described_civil(s) or _described_civil_elsewhere(doc, s)) and
                                     not _dictionary_armed(fallback or name) or
                                     _rights_body(s) or _civil_name(s) or _cleric(s)):
        # (not "The 3R, a group drawn mostly from Fulani herders": an armed group by its own name, whoever it recruits)
        # "X, a tribal body", "Y, a group of defectors", "the Chadian Human Rights League", "Father X": civil society
        # by what the phrase says it is, of no state (session 15's convention)
        return {"name": fallback or name, "country": None, "sector": "NGO"}
    if country is None or not any(t.ent_type_ in ("GPE", "NORP") and not is_igo(t.text) for t in s or ()):
        if _international_owner(doc, s):
            # "The office's spokeswoman" after "a UN human rights office report", "the regional mission's
            # commander": an international body's officer, of no state (not of the city or ground it is in)
            return {"name": fallback or name, "country": None, "sector": "IGO"}
    if s is not None and len(s) and (_company(s) or _private_person(s)):
        # "A Finnish airline said", "the tanker's Greek manager", "Rohingya refugees in the camp": a company or private
        # people speak for no state, whatever country their phrase names
        return {"name": fallback or name, "country": None, "sector": "CVL"}
    foe = _foe_country(s) if country is None and s is not None and len(s) else None
    if foe is not None:
        # "The American enemy claimed the raids targeted launch sites": a belligerent's words for the other state
        return {"name": fallback or name, "country": foe, "sector": sector or "STATE"}
    if m is None and s is not None and len(s) and s.root.lower_ in _linking()["group_nouns"]:
        g = _group_antecedent(doc, s, any_country=True)  # "the group" (its spokesman): the group named before
        sector = g.sector if g is not None else None
    full = fallback or name
    if s is not None and len(s) and s.root.lemma_.lower() in _linking()["stateless_speakers"]:
        if s.root.lemma_.lower() in _linking()["institution_sources"] and country is not None and \
                not any(t.lower_ in ("unnamed", "anonymous", "unidentified") for t in s):
            # "Iraqi security sources", "a Sudanese military source": an unnamed source whose state the phrase
            # names speaks for that state (convention, data/claims-eval/README.md)
            return {"name": full, "country": country, "sector": sector}
        if s.root.lemma_.lower() in _linking()["institution_sources"] and country is None and \
                any(t.lemma_.lower() in _linking()["state_institutions"] for t in s) and \
                not any(t.lower_ in ("unnamed", "anonymous", "unidentified", "foreign", "western") for t in s):
            # "Army sources", "security sources": the state's own institution, of the ground the article is on;
            # cited by a speaker ("SANA said, citing a military source"), of that speaker's state
            state = _citing_country(doc, s) or _state_agency_country(doc) or home or _places_country(doc)
            if state:
                return {"name": full, "country": state, "sector": sector}
        # witnesses, residents, survivors and sources of no named state speak for no state ("sources said"); a
        # party joined to them keeps its own ("residents and a local People's Defense Force told ...")
        return {"name": full, "country": country if _joined_party(doc, s, country) else None, "sector": sector}
    if _stateless_armed(re.split(r",\s", full or "")[0]) or _stateless_armed(name):
        return {"name": full, "country": None, "sector": sector or "REB"}  # "ISWAP said": of no single country
    body = _stateless_body(re.split(r",\s", full or "")[0]) or _stateless_body(name)
    if body is not None:
        return {"name": full, "country": None, "sector": body}  # "Amnesty's Kenya director": no state
    # the name before an appositive first ("the Islamic Resistance in Iraq, an umbrella of Iran-backed militias")
    group = named_group(re.split(r",\s", full or "")[0]) or named_group(full) or named_group(name)
    if group is not None and group[0] is None:
        return {"name": full, "country": None, "sector": group[1]}  # "an Islamic State affiliate": no country
    is_agency, agency = agency_country(full)
    if is_agency:  # "Xinhua reported": a news agency speaks for its state's media, a world wire for none
        return {"name": full, "country": agency, "sector": "MED"}
    org = _organisation(name)
    if org is not None:
        return {"name": full, "country": None, "sector": org}  # "MONUSCO said": a body of no single country
    if country is None and (is_igo(name) or s is not None and _speaks_for_igo(s)):
        return {"name": full, "country": None, "sector": "IGO"}  # "a spokesperson for the UN mission"
    opposition = s is not None and any(t.lower_ == "opposition" for t in s)  # of a country's political life
    if s is not None and not opposition and _independence_body(doc, s):
        # "the pro-independence FLNKS front", "X, a pro-independence group": a territory's political movement, of the
        # state it wants to leave (the state the story's places and state bodies are of)
        opposition = True
    if s is not None and len(s) and not opposition and _opposition_person_elsewhere(doc, s):
        # "Medina, speaking from Madrid, called the allegations absurd" after "Carlos Medina, an exiled opposition
        # politician": a politician of the country's opposition, by the description the story gave them
        opposition = True
    proper = re.sub(r"^(?:the|opposition|main)\s+", "", re.sub(r"^the\s+", "", name or "", flags=re.I).strip(),
                    flags=re.I)
    if s is not None and len(s) and not opposition and proper[:1].isupper() and (
            s.root.pos_ == "PROPN" and re.match(r"(?i:(?:the\s+)?(?:main\s+)?opposition)\s+[A-Z]", fallback or "")
            and not re.search(r"\barmed\b", fallback or "", re.I) or
            (s.root.pos_ == "PROPN" or s.root.text[:1].isupper() and (s.root.i > s.sent.start or any(
                # ("Semilla says …" opening its sentence: a name the story writes capitalised mid-sentence too)
                t.text == s.root.text and t.i > t.sent.start for t in doc))) and
            _named_as_party(doc, s, proper, name)):
        # "The Democratic Union for Integration denied it" after "the opposition Democratic Union for Integration":
        # a body the story named as the opposition is of its country's political life too
        opposition = True
    if country is None and s is not None and (sector == "MED" or kind_of(name) in ("agency", "media")) and \
            _owned_by_state_body(s):
        # "the judiciary's news agency", "the army's media wing": an outlet of a state's own body is that state's
        owned = home or _dateline_country(doc) or _places_country(doc)
        if owned:
            return {"name": full, "country": owned, "sector": "MED"}
    if sector in ("NGO", "IGO", "MED") and m is not None and m.country is None and not opposition and not (
            s is not None and len(s) and s.root.pos_ == "PROPN" and _court_party(doc, s)):
        # (not "journalist X" on trial: a defendant of the court story, below)
        return {"name": full, "country": None, "sector": sector}  # "a local rights group", "a monitoring group"
    if sector in ("NGO", "IGO") and s is not None and not opposition:
        return {"name": full, "country": None, "sector": sector}  # NGOs, "a London-based monitoring group": no state
    if s is not None and any(t.lower_ in ("unnamed", "anonymous", "unidentified") for t in s):
        return {"name": full, "country": None, "sector": sector}  # "unnamed Western officials": anonymous
    if s is not None and len(s) and s.root.lemma_.lower() in _linking()["unplaced_people"] and any(
            t.lower_ in ("western", "foreign", "european", "international") and t.head.i == s.root.i for t in s):
        return {"name": full, "country": None, "sector": sector}  # "a Western diplomat in Cairo": of no state
    if re.search(r"\w-based\b", full or "") and \
            sector_of(re.sub(r"\S+-based\b", "", full or "")) not in _STATE_SECTORS:
        # "X, of the US-based Community Peacemaker Teams": where a body is based is not whose it is
        return {"name": full, "country": None, "sector": sector if sector not in _STATE_SECTORS else "NGO"}
    if country is None and s is not None and len(s):
        # "KCNA, quoting a spokesman for the defence ministry, said A. The spokesman called B a fabrication": the
        # official an outlet quoted, named again by the title alone, is of the quoting outlet's state
        country = _quoted_before(doc, s)
    if country is None:
        country = institution_country(doc, full, s.start if s is not None else None) or _metonym_country(full) or \
            _metonym_country(name) or \
            dictionary_country(name)  # "Port Sudan said": a seat of government speaks for its state
    if country is None and s is not None and len(s):
        country = _member_body_country(doc, s)  # "An army officer said" after "the Lebanese army said": its army
    if country is None:
        found = _acronym_of(doc, name)  # "the RDF" after "Rwanda Defence Force": the body its initials name
        if found is not None:
            # "a JCS official" after "the South's Joint Chiefs of Staff": the state the compass word named there
            country = _compass_state(doc, doc[found.start:found.end]) or found.country
            sector = sector or found.sector
    if country is None and s is not None:
        if any(g is not None and (_stateless_armed(g.text) or _stateless_armed(_described_name(doc, g)))
               for g in (_group_antecedent(doc, s), _group_antecedent(doc, s, any_country=True))):
            return {"name": full, "country": None, "sector": sector or "REB"}  # "the group" after "ISWAP said"
        if _ngo_named_last(doc, s):
            return {"name": full, "country": None, "sector": "NGO"}  # "the group" after "Amnesty said"
        country = _group_antecedent_country(doc, s, sector)
    if country is None and s is not None and len(s) and m is not None and m.country is None:
        stateless = _spokesman_of_stateless_body_before(doc, s)
        if stateless is not None:
            return {"name": full, "country": None, "sector": stateless}
    if country is None and s is not None and len(s):
        body = _spokesman_of_body_before(doc, s, home)
        if body is not None:
            # "Armenia's defence ministry denied A. Spokeswoman X said B": a spokesperson of no body named, opening
            # the sentence after a state body's own, speaks for that body, not for the article's home guessed from
            # the first state body quoted (the other side's)
            return {"name": full, "country": body, "sector": sector}
    if sector is None or sector == "GOV" and s is not None and s.root.ent_type_ == "PERSON":
        sector = _title_sector(doc, full) or sector
    # "a gang leader known as X" (armed by title), "bandits" (an unnamed armed group)
    armed = m is not None and m.sector in _ARMED_SIDE or sector in _ARMED_SIDE
    if country is None and s is not None and (armed or s.root.lower_ in _linking()["group_nouns"]):
        country = _state_country(doc, s)  # "the CSP rebel coalition" in an article on Mali's army: Mali
    if country is None and s is not None and armed:
        # "the Kaniyat militia" named by no country, in an article whose places lie mostly in one country
        country = _places_country(doc)
    if country is None and s is not None and armed:
        # "A rebel group, the Sahel Freedom Front, claimed the attack" in a story filed from Niamey that names
        # the armies of three states: an armed group fights on the ground the report was filed from
        country = _dateline_country(doc)
    if country is None and (sector in ("GOV", "MIL", "BGD", "POL", "STATE")
                            or sector_of(full or "") in ("GOV", "MIL", "BGD", "POL", "STATE")):
        # "the army", "a government spokesperson" in an article whose armed groups are all of one country:
        # a civil war, and the speaker is that country's state
        country = _armed_groups_country(doc, s)
    if country is None and s is not None and _subnational(s) and (
            sector in _STATE_SECTORS or sector_of(full or "") in _STATE_SECTORS or _domestic_office(s) or
            s.root.pos_ == "NOUN" and s.root.lemma_.lower() in _speaker_lists()["body_heads"]):
        # "a spokeswoman for the regional military administration", "the district police", "the municipal disaster
        # office": a local body of no stated country governs the ground the article's places and dateline lie on,
        # not the home guessed from the first state body quoted; "the town's mayor" the town named before
        country = _town_named_before(doc, s) or _places_country(doc) or _dateline_country(doc)
    if country is None and s is not None and len(s) and sector in ("GOV", "MIL", "BGD", "POL") and \
            s.root.pos_ == "PROPN" and s.root.ent_type_ != "PERSON" and not _personal(full or "") and \
            any(t.lower_ == "the" for t in s[:1]):
        # "BAGHDAD - … The Joint Operations Command said": a state body by its own capitalised name and no country,
        # in a story filed from a city of a country the story names again, is that country's, not of the first
        # state body quoted (a foreign official)
        filed = _dateline_country(doc)
        if filed and _named_after_dateline(doc, filed):
            country = filed
    if country is None and (sector in ("GOV", "MIL", "BGD", "POL", "STATE") or cited and sector is None):
        country = home
    if country is None and (sector_of(full or "") in ("GOV", "MIL", "BGD", "POL", "STATE") or sector in (
            "GOV", "MIL", "BGD", "POL")):
        # "the junta's spokesman", "Defence Minister X", "government spokesman Sherzad Rasul": a state speaker by
        # its own title, in an article whose places lie mostly in one country, is of that country
        country = _places_country(doc)
    if country is None and s is not None and sector_of(full or "") in _STATE_SECTORS:
        country = _state_bodies_country(doc, s.start)
    if country is None and s is not None and len(s) and (s.root.lemma_.lower() in _linking()["domestic_bodies"]
                                                         or opposition):
        # "the opposition coalition", "an opposition channel": a body of political life named by no country is of
        # the state the article cites, else of the country its places lie in (not of a foreign army it names)
        country = home or _places_country(doc) or _state_bodies_country(doc, s.start)
    if country is None and s is not None and len(s) and _domestic_office(s):
        # "the Defence Headquarters said", "the public defender's office": a state's own office named by no
        # country is of the state the article cites, else of the ground its places lie on
        country = home or _places_country(doc) or _state_bodies_country(doc, s.start)
    if country is None and s is not None and len(s) and _court_office(doc, s):
        # "The prosecution said", "a judge in Guayaquil", "the coroner": the state whose court it is
        country = home or _places_country(doc) or _dateline_country(doc)
    if country is None and s is not None and len(s) and _campaign_officer(s):
        # "the winning candidate's campaign manager": a politician of the election the story is about
        country = home or _places_country(doc) or _state_bodies_country(doc, s.start)
    if country is None and s is not None and len(s) and _settler_body(s):
        # "a spokesman for the regional settler council": settlers' own body, of the state whose settlers the story
        # names ("Israeli settlers"), not of the ground the settlements are on
        country = _settlers_country(doc) or country
    if country is not None and s is not None and len(s) and _settler_body(s) and m is not None and \
            not any(t.ent_type_ in ("GPE", "NORP") for t in s):
        country = _settlers_country(doc) or country
    if country is None and s is not None and len(s) and _court_party(doc, s):
        # "Zamudio's lawyer, X, said", "the defendant told the court": a party to a trial counts as the state whose
        # court tries it (of the article's home, its places, its dateline)
        country = home or _places_country(doc) or _dateline_country(doc) or _state_bodies_country(doc, s.start)
    if country is None and s is not None and len(s) and _lawyer(s) and \
            not _speaker_lists()["international_courts"].search(_dc.text(doc)):
        # "the man's lawyer told a radio station", "a lawyer for the families": a lawyer counts as the country of the
        # court or the story, whoever the client is (session 15's convention), in a story of one country: a court
        # story, or one whose state bodies and armed groups are all of one country, and whose home, places, dateline
        # and state bodies name no other (not a lawyer in a story told across two states)
        found = {c for c in (home, _places_country(doc), _dateline_country(doc), _state_bodies_country(doc, s.start))
                 if c}
        if len(found) == 1 and (_speaker_lists()["court_words"].search(_dc.text(doc)) or _state_country(doc, s)):
            country = next(iter(found))
    if country is None and s is not None and len(s) and (
            sector in _STATE_SECTORS or sector_of(full or "") in _STATE_SECTORS or _domestic_office(s) or
            s.root.lemma_.lower() in _linking()["domestic_bodies"] or
            any(t.lemma_.lower() in _linking()["domestic_bodies"] for t in s if t.pos_ == "PROPN")):
        # "Police spokesperson Captain X", "the provincial chairman of the Y Freedom Party" in a local paper whose
        # places name no country: of the one country whose state, parties and armed groups the article names
        country = _parties_country(doc, s)
    if country is None and s is not None and len(s) and (sector in _STATE_SECTORS or
                                                          sector_of(full or "") in _STATE_SECTORS):
        # "The Andahuaylas police chief" in a local paper whose places the place stage did not find: the town its
        # own name gives
        country = _place_in_own_name(doc, s)
    if opposition and sector == "STATE":
        sector = None  # "Kenya's opposition": of the country, not its state
    return {"name": full, "country": country, "sector": sector}


_UNIT_HEADS = frozenset({"division", "brigade", "battalion", "regiment", "corps", "unit", "squadron", "legion"})


def _unit_owner(doc: Doc, s):
    """The mention of the force that owns a unit named with its possessive ("the SNA's Hamza Division", "the KIA's
    3rd Brigade") when the unit's own words name no state (no country's name or people's word), else None."""
    if s.root.lower_ not in _UNIT_HEADS:
        return None
    poss = next((c for c in s.root.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
    if poss is None:
        return None
    own = [t for t in s if t.i > poss.i and t.i < s.root.i]
    if any(t.ent_type_ == "NORP" or dictionary_country(t.text) for t in own):
        return None
    found = mention_for(doc, doc[poss.left_edge.i:poss.i + 1])
    return found if found is not None and found.country else None


def _named_as_party(doc: Doc, s, proper: str, name: str | None) -> bool:
    """Whether the story around a speaker named by its own name calls that name the opposition or a party: "the
    opposition Democratic Union for Integration", "the opposition party Vente Venezuela", "members of the Semilla
    party"; the name before a clause after it ("Podemos, which came second") and, for initials, the name they
    are given in brackets or spell ("the DUI" after "the opposition Democratic Union for Integration"). Not
    the armed opposition (session 20: a party by its own name was of no country)."""
    core = re.split(r",\s", proper)[0].strip()
    # (the whole story but the phrase itself: a headline names the party before the story calls it one)
    before = _dc.text(doc)[:s.start_char] + " \n " + _dc.text(doc)[s.end_char:]
    names = [core] if core else []
    if re.fullmatch(r"[A-Z]{2,6}", core):
        spelled = _acronym_definition(doc, name)
        if spelled:
            names.append(spelled)
        # "the opposition Democratic Union for Integration" … "the DUI": a run of capitalised words it spells
        names += [m.group(1) for m in re.finditer(r"\bopposition\s+((?:[A-Z][\w'\u2019-]*\s*(?:(?:for|of|the|and)\s+)?)+)",
                                                  before) if _spells(core, m.group(1)) and
                  "".join(w[0] for w in re.findall(r"[A-Za-z]+", m.group(1))
                          if w[:1].isupper() and w.lower() not in _FUNCTION_WORDS) == core]
    for n in names:
        n = re.escape(n.strip())
        if re.search(r"(?<!armed )\bopposition\s+(?:(?:party|movement|coalition|alliance)\s+)?" + n + r"\b", before) or \
                re.search(r"\b" + n + r"\s+party\b", before) or re.search(r"(?<!armed )\bparty,?\s+" + n + r"\b", before):
            return True
    return _named_again_as_party(doc, s)


def _opposition_person_elsewhere(doc: Doc, s) -> bool:
    """Whether a person speaking by their name is described as an opposition figure wherever the story names them with
    an appositive ("Carlos Medina, an exiled opposition politician", "the opposition leader, X"): the surname's
    mention elsewhere stands in apposition to a phrase holding "opposition" (not "the armed opposition")."""
    root = s.root
    if root.pos_ != "PROPN" or not root.text[:1].isupper():  # (whatever the tagger makes of it: "Medina" a city)
        return False
    for t in doc:
        if t.text != root.text or t.pos_ != "PROPN":  # (its own mention too: a name resolved to the first)
            continue
        h = t
        while h.dep_ in ("compound", "flat") and h.head.i != h.i:
            h = h.head
        described = [c for c in h.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if h.dep_ == "appos" and h.head.pos_ == "NOUN":
            described.append(h.head)
        for d in described:
            words = {x.lower_ for x in d.subtree if not (x.i == h.i or x.head.i == h.i and x.dep_ == "compound")}
            if "opposition" in words and "armed" not in words:
                return True
    return False


def _named_again_as_party(doc: Doc, s) -> bool:
    """"The United Hill Front says A. The party says B": a body by its own name that "the party" names again within
    the next two sentences, no other name coming between (a definite noun names again the latest body named)."""
    own = {x.lower_ for x in s}
    sentences = 0
    for t in doc[s.end:]:
        sentences += t.is_sent_start
        if sentences > 2:
            return False
        if t.pos_ == "PROPN" and t.ent_type_ in ("ORG", "NORP") and t.lower_ not in own:
            return False  # another body named first
        if t.lower_ == "party" and t.pos_ == "NOUN" and any(c.lower_ == "the" for c in t.children):
            return True
    return False


_BASED_ADVERBS = {"now", "currently", "still", "since", "long", "also"}
_SPOKES = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"}
_BODY_BEFORE: list = []  # the speaker phrases being resolved by `_spokesman_of_body_before` (no recursion)


def _speaking_subject_before(doc: Doc, s):
    """The subject of the saying sentence right before a spokesperson's or a title the pronoun gives ("Its
    director, X"), when that speaker opens its own sentence and names no body or country of its own; else None."""
    # "Its director, X, said", "A statement from its media wing accused …": a title the pronoun gives to the body
    # that spoke in the sentence before (session 20)
    owned = any(t.dep_ == "poss" and t.lower_ in ("its", "their") for t in s)
    if _BODY_BEFORE or not (owned or any(t.lower_ in _SPOKES for t in s)) or \
            any(t.ent_type_ in ("GPE", "NORP") or t.dep_ == "poss" and t.lower_ not in ("its", "their") for t in s):
        return None
    if any(o.dep_ == "pobj" and o.pos_ == "PROPN" for t in s if t.lower_ in _SPOKES for p in t.children
           if p.dep_ == "prep" and p.lower_ in ("for", "of") for o in p.children):
        return None  # "A spokesman for the UPC, X": the body it names
    sent = s.sent
    if s.start > sent.start + 1 or sent.start == 0:
        return None  # not the sentence's opening subject
    before = doc[sent.start - 1].sent
    if before.root.lemma_.lower() not in _SAYING_VERBS:
        return None  # "Russia's embassy did not reply to a request for comment": no statement it makes
    subj = next((t for t in before.root.children if t.dep_ == "nsubj"), None)
    return None if subj is None or subj.pos_ == "PRON" else subj


def _spokesman_of_stateless_body_before(doc: Doc, s) -> str | None:
    """"The UN humanitarian office said A. A spokeswoman said B": a spokesperson of no body named, opening the
    sentence after an international body's or an NGO's, speaks for that body: its sector (IGO, NGO), of no state;
    else None."""
    if any(not (t.lower_ in _SPOKES or t.ent_type_ == "PERSON" or t.lower_ in _HONORIFICS or t.is_punct or
                t.dep_ == "det") for t in s):
        return None  # "A second government spokesman", "Division spokesman X", "a spokesman for the ministry": its own
    subj = _speaking_subject_before(doc, s)
    lists = _speaker_lists()
    if subj is None or subj.ent_type_ == "PERSON" or not (
            subj.pos_ == "PROPN" or subj.ent_type_ == "ORG" or subj.lemma_.lower() in
            lists["body_heads"] | lists["body_names"] | lists["international_owner_nouns"] |
            lists["described_kind_nouns"].keys() | lists["civil_society_heads"]):
        return None  # a person's spokesman ("A clan elder said A"), or no body's
    span = doc[subj.left_edge.i:subj.i + 1]
    _BODY_BEFORE.append(s)
    try:
        who = _speaker(doc, (span.start_char, span.end_char), None, None)
    finally:
        _BODY_BEFORE.pop()
    return who.get("sector") if who.get("country") is None and who.get("sector") in ("IGO", "NGO") else None


def _spokesman_of_body_before(doc: Doc, s, home: str | None) -> str | None:
    """The country of the state body that is the subject of the sentence right before a spokesperson's, when the
    spokesperson opens its own sentence and names no body or country of its own ("Armenia's defence ministry denied
    A. Spokeswoman X said B", "Ukraine's army rejected the claim. X, a spokesman for the Y group of forces, said"),
    and the body is of a country named by its own words; else None."""
    subj = _speaking_subject_before(doc, s)
    if subj is None or \
            subj.lemma_.lower() not in _speaker_lists()["body_heads"] | _speaker_lists()["state_body_words"]:
        return None
    span = doc[subj.left_edge.i:subj.i + 1]
    if not any(t.ent_type_ in ("GPE", "NORP") or dictionary_country(t.text) for t in span):
        return None  # "The ministry denied A": its country is the home guess again
    _BODY_BEFORE.append(s)
    try:
        who = _speaker(doc, (span.start_char, span.end_char), None, home)
    finally:
        _BODY_BEFORE.pop()
    if who.get("sector") not in _STATE_SECTORS:
        return None
    return who.get("country")


_SELF_DESCRIBING = {"identify", "introduce", "describe", "present", "call", "style"}


def _independence_body(doc: Doc, s) -> bool:
    """"The pro-independence FLNKS front", "X, a separatist party": a political body the phrase describes by the
    independence it seeks (`independence_words`, lower case, "pro-independence" as one word), not an armed one."""
    text = re.sub(r"\s*-\s*", "-", _dc.text(doc)[s.start_char:s.end_char].lower())
    words = set(re.findall(r"[\w'-]+", text))
    lists = _speaker_lists()
    return bool(words & lists["independence_words"]) and not words & lists["armed_description_words"] - {
        "separatist", "separatists", "party", "opposition"}


def _people_state(s) -> str | None:
    """The state a speaker's phrase (or a description in apposition to its head) places a people of several states in:
    a state's word right before a word of such a people (`peoples_words`: "Iranian Kurdistan", "an Iranian Kurdish
    group", "a Kosovo Serb politician"), or a phrase of `people_states` ("Turkish Cypriot"); None otherwise."""
    lists = _speaker_lists()
    toks = list(s) + [t for c in s.root.children if c.dep_ == "appos" and c.i >= s.end for t in c.subtree]
    low = " ".join(t.lower_ for t in toks)
    for phrase, code in lists["people_states"].items():
        if re.search(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", low):
            return code
    for a, b in zip(toks, toks[1:]):
        if b.i == a.i + 1 and b.lower_ in lists["peoples_words"] and a.text[:1].isupper() and \
                a.lower_ not in lists["peoples_words"]:
            code = dictionary_country(a.text)
            if code:
                return code
    return None


_QUOTING = {"quote", "cite"}


def _quoted_before(doc: Doc, s) -> str | None:
    """The country of the outlet or body that quoted an official the speaker names again by the title alone: "the
    spokesman" after "KCNA, quoting a spokesman for the defence ministry", "the vice minister" after "KCNA quotes a
    vice defence minister as saying" (the nearest earlier use of the title's head noun, the object of a quoting verb
    whose speaker has a country); None otherwise."""
    root = s.root
    if root.pos_ != "NOUN" or not any(c.lower_ == "the" for c in root.children) or \
            any(c.dep_ == "poss" or c.ent_type_ in ("GPE", "NORP", "ORG") for c in root.children):
        return None
    last = next((t for t in reversed(doc[:s.start]) if t.lower_ == root.lower_), None)
    if last is None or last.dep_ != "dobj" or last.head.lemma_.lower() not in _QUOTING:
        return None
    verb = last.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ in ("acl", "appos", "advcl"):
        # "KCNA, quoting a spokesman, said": the participle's noun, else the subject of the verb it hangs on
        subj = verb.head if verb.head.pos_ in ("NOUN", "PROPN") else next(
            (c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    m = next((x for x in getattr(doc._, "actor_mentions", None) or [] if x.start <= subj.i < x.end and x.country),
             None)
    return m.country if m is not None else None


def _self_described(s):
    """"A man who identified himself as the group's spokesman", "a woman describing herself as a council
    official": the title the speaker gave itself (the object of "as"), or None."""
    if s is None or not len(s) or s.root.pos_ != "NOUN":
        return None
    for verb in s.root.children:
        if verb.dep_ not in ("relcl", "acl") or verb.lemma_.lower() not in _SELF_DESCRIBING or not verb.i < s.end:
            continue
        if not any(c.dep_ == "dobj" and c.lower_ in ("himself", "herself", "themselves") for c in verb.children):
            continue
        for p in verb.children:
            if p.dep_ == "prep" and p.lower_ == "as":
                obj = next((o for o in p.children if o.dep_ == "pobj"), None)
                if obj is not None and obj.right_edge.i < s.end:
                    return s.doc[obj.left_edge.i:obj.right_edge.i + 1]
    return None


def _country_from_a_name(doc: Doc, s, country: str) -> bool:
    """Whether the only thing in a speaker's phrase that gives `country` is a place inside a person's name ("the
    ombudsman, Marta Elena Ruiz" with "Marta" a town): every word of that country's places in the phrase is a
    word of a run of capitalised words that ends an appositive part and names a person (`_personal`), and no
    nationality word stands in the phrase."""
    if any(t.ent_type_ == "NORP" for t in s):
        return False
    places = [p for p in getattr(doc._, "places", None) or []
              if s.start_char <= p.start < s.end_char and p.country and iso3(p.country) == country]
    if not places:
        return False
    text = _dc.text(doc)
    for p in places:
        # the appositive part the place lies in ("Marta Elena Ruiz" of "The ombudsman, Marta Elena Ruiz")
        a = max([s.start_char] + [m.end() + s.start_char for m in re.finditer(r",\s", text[s.start_char:p.start])])
        b = text.find(",", p.end, s.end_char)
        part = text[a:b if b >= 0 else s.end_char].strip()
        words = doc.char_span(a, a + len(part), alignment_mode="expand") if part else None
        if not re.fullmatch(r"(?:[A-Z][\w.-]+\s+){1,3}[A-Z][\w-]+", part) or not _personal(part) or \
                part.split()[-1] == text[p.start:p.end] or " " in text[p.start:p.end] or words is None or \
                any(t.ent_type_ in ("ORG", "NORP") for t in words):
            return False  # not "Iraq's Security Media Cell" (a body's name, the place its owner)
    return True


def _region_misread(doc: Doc, m, s) -> str | None:
    """The story's ground (its places' country, else its dateline's) for a region's state body whose region the
    gazetteer read in a state the story names nowhere else ("Coast regional police commander X" in a story from
    Mombasa: Tanzania has a Coast region too), else None."""
    if not m.country or m.sector not in ("GOV", "MIL", "POL", "BGD") or not _subnational(s) or \
            any(c.dep_ == "poss" for t in s for c in t.children):
        return None
    if any(t.ent_type_ == "NORP" for t in s) or not any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in s):
        return None  # "a Burundian officer serving with the regional force": a people's word is no misread place
    ground = _places_country(doc) or _dateline_country(doc)
    return ground if ground and ground != m.country and not _named_outside(doc, m.country, s) else None


def _named_outside(doc: Doc, country: str, s) -> bool:
    """Whether the story names a place or an actor of `country` outside the phrase `s` (and outside its dateline)."""
    return any(p.country and iso3(p.country) == country and not s.start_char <= p.start < s.end_char and
               not _dc.in_dateline(doc, p.start) for p in getattr(doc._, "places", None) or []) or \
        any(m.country == country and (m.end <= s.start or m.start >= s.end) and not m.inferred and
            not _dc.in_dateline(doc, doc[m.start].idx) for m in getattr(doc._, "actor_mentions", None) or [])


def _court_office(doc: Doc, s) -> bool:
    """A court's or an inquest's officer or the prosecution by the speaker's own words (`court_offices`: "the
    prosecution", "a judge in Guayaquil", "the coroner"), in a story of no international court."""
    return any(t.lower_ in _speaker_lists()["court_offices"] for t in _own_words(s)) and \
        not _speaker_lists()["international_courts"].search(_dc.text(doc))


def _town_named_before(doc: Doc, s) -> str | None:
    """The country of the town a speaker's definite local word points back to ("the town's mayor", "the village
    head" after "near the southern Lebanese town of X"): the latest place named before the speaker outside
    the dateline (not a country's own name), whatever country the story is filed from."""
    words = _speaker_lists()["town_words"]
    # ("the town's mayor", "the village head": the town's own word or the head it modifies made definite)
    pointing = any(t.lower_ in words and t.pos_ != "PROPN" and (t.dep_ == "poss" or any(
        c.lower_ in ("the", "this", "that") for c in (*t.children, *(t.head.children if t.dep_ == "compound" else ())))
    ) for t in s)
    if not pointing:
        return None
    before = [p for p in getattr(doc._, "places", None) or [] if p.end <= s.start_char and p.country and
              (p.precision != "country" or dictionary_country(p.text) is None) and not _dc.in_dateline(doc, p.start)]
    return iso3(before[-1].country) if before else None


def _subnational(s) -> bool:
    """A speaker of a region's, district's or town's own body ("the regional military administration", "a
    district commissioner", "the provincial police"), by a word of `subnational_words` in its own phrase, not inside
    a name."""
    words = _speaker_lists()["subnational_words"]
    return any(t.lower_ in words and t.pos_ != "PROPN" for t in s)


def _title_words(s) -> list:
    """A speaker's title words, not its name's: the common nouns and modifiers of its phrase, the noun it stands in
    apposition to ("Her lawyer, X"), and a capitalised title word before a name ("Lawyer X", "Advocate X")."""
    if s.root.dep_ == "appos" and s.root.head.i < s.start:
        return list(s.root.head.subtree)
    return [t for t in s if t.pos_ != "PROPN" and t.dep_ != "appos" or t.i == s.root.i and t.pos_ == "NOUN" or
            t.dep_ == "compound" and t.head.ent_type_ == "PERSON" and t.i < t.head.i and t.ent_type_ != "PERSON" or
            # "Lawyer Diego X": the tagger takes the title opening the phrase into the person's name
            t.i == s.start and t.dep_ == "compound" and t.lower_ in _speaker_lists()["court_lawyers"]]


def _lawyer(s) -> bool:
    """A speaker titled as a lawyer ("his lawyer", "a lawyer for the families", "Defence lawyer X", "Advocate X"), not
    a rights lawyer or advocate (civil society), nor the attorney general (a state office)."""
    lawyers = _speaker_lists()["court_lawyers"]
    civil = _linking()["civil_group_words"] - {"lawyers"}
    for t in _title_words(s):
        if t.lower_ not in lawyers and t.lemma_.lower() not in lawyers or t.dep_ == "poss":
            continue
        if any(c.lower_ == "general" or c.lower_ in civil for c in t.children) or \
                t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("general", "-general"):
            continue
        return True
    return False


def _civil_society(s) -> bool:
    """A speaker of civil society by its own words (`civil_society_heads` and the rest of speakers.yaml's session-15
    lists): "the herders' association", "Tunisia's main trade union federation", "the union's spokesman", "union
    spokesman X", "the state chapter of the cattle breeders' association", "a community council", "a tribal leader",
    "a group of exiles", "a diaspora group"; not a body by its capitalised name ("the Karen National Union"), nor
    one a state's word describes ("the national union of ...", "the ruling party's youth union")."""
    lists = _speaker_lists()
    states = lists["state_body_words"] | _linking()["domestic_bodies"] | {"state", "national", "ruling", "government"}
    if s.root.lemma_.lower() in states or s.root.lower_ in states:
        return False

    def civil(t) -> bool:
        # a common noun, in lower case (the tagger reads "trade union federation" as a name at times)
        # ("A cooperative spokesman": an adjective to the tagger); "a police union" is its members', not the state's
        if t.pos_ not in ("NOUN", "PROPN", "ADJ") or not t.text.islower() or \
                any(c.lower_ in states - lists["member_professions"] for c in t.children):
            return False
        if t.lemma_.lower() in lists["civil_society_heads"] or t.lower_ in lists["civil_society_heads"]:
            return True
        if any(c.lower_ in lists["civil_society_qualified_heads"].get(t.lower_, ()) and c.i < t.i
               for c in t.children):
            return True  # "the Nyunzu civil society"
        return t.lower_ in lists["civil_council_heads"] and any(
            c.lower_ in lists["civil_council_words"] and c.i < t.i for c in t.children)

    def owners(t) -> list:
        return [c for c in t.children if c.dep_ in ("poss", "compound", "amod")] + \
            [o for p in t.children if p.dep_ == "prep" and p.lower_ in ("of", "for") for o in p.children
             if o.dep_ == "pobj"]

    if civil(s.root):
        return True
    if s.root.pos_ == "PROPN" and any(c.dep_ == "compound" and c.i < s.root.i and c.pos_ == "NOUN" and civil(c)
                                      for c in s.root.children):
        return True  # "Ecuador's Indigenous confederation CONAIE": a name after the civil noun that describes it
    titles = [s.root] + [t for t in _title_words(s) if t.i != s.root.i]
    if any(t.lower_ in lists["civil_council_officers"] and any(
            c.lower_ in lists["civil_council_words"] and c.i < t.i and c.dep_ in ("compound", "amod", "nmod")
            for c in t.children) for t in titles):
        return True  # "Community spokeswoman X", "a tribal spokesman": an officer of a community's own body
    for t in titles:
        # "the union's spokesman", "the president of the farmers' cooperative", "the state chapter of the X
        # association"
        if (t.lower_ in lists["civil_officers"] or t.lemma_.lower() in lists["civil_officers"]) and \
                any(civil(o) for o in owners(t) if o.i >= s.start or s.root.dep_ == "appos"):
            return True
    root = s.root
    if root.lemma_.lower() in lists["diaspora_bodies"] or root.lower_ in lists["diaspora_bodies"]:
        # "a Pamiri diaspora group in Moscow", "a group of Nicaraguan exiles in Costa Rica"
        inner = [c for c in root.children if c.dep_ in ("compound", "amod")] + \
            [o for p in root.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        if any(t.lower_ in lists["diaspora_words"] for t in inner):
            return True
    return False


def _descriptions(s) -> list:
    """The nouns that say what a speaker is: its head, and a noun in apposition to it ("X, a tribal body") or that it
    stands in apposition to inside the phrase ("the group, Y")."""
    root = s.root
    # ("Fighters for a Free North Korea, a group of defectors": the parser hangs it on the name's last word)
    out = [root] + [t for t in s if t.dep_ == "appos" and t.i != root.i and s.start <= t.head.i < t.i]
    if root.dep_ == "appos" and s.start <= root.head.i < root.i:
        out.append(root.head)
    if root.lemma_.lower() == "one":  # "one of the migrants, a Sudanese teenager"
        out += [o for p in root.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                if o.dep_ == "pobj"]
    before = _description_before(s)
    if before is not None:
        out.append(before)
    return out


def _description_before(s):
    """The noun of a phrase told right before a speaker cut to the name in apposition to it ("…, a coalition of
    civil society groups, the X Forces, said"): the parser may hang both phrases on the noun before them, so the
    description is no child of the name; it is the noun phrase ending at the comma before the name, itself in
    apposition or on the name's own head."""
    doc, root = s.doc, s.root
    if root.pos_ != "PROPN" and root.dep_ != "appos" or s.start < 2 or doc[s.start - 1].text != ",":
        return None
    end = doc[s.start - 2]
    for n in (end, *end.ancestors):
        if n.right_edge.i != end.i:
            return None
        if n.pos_ == "NOUN" and (n.dep_ == "appos" or n.head.i == root.head.i and n.dep_ in ("appos", "nsubj")):
            return n
    return None


def _description_words(d) -> set:
    """The lower-case words describing the noun `d`: its own subtree, not a phrase in apposition to it."""
    skip = {t.i for c in d.children if c.dep_ == "appos" for t in c.subtree}
    text = " ".join(t.text for t in d.subtree if t.i not in skip)
    return set(re.findall(r"[a-z]+(?:-[a-z]+)*", text.lower().replace(" - ", "-")))


def _described_civil(s) -> bool:
    """A speaker described as a civil-society body or a group of private people (speakers.yaml, session 16): a body
    noun heading it or in apposition to it, described by a civil word and by no armed or state word: "the Kuki Inpi
    Forum, a tribal body", "X, a coalition of civil-society groups and parties", "Y, a group of defectors based in
    Seoul", "a herders' group, the Z Union"."""
    lists = _speaker_lists()
    for d in _descriptions(s):
        if d.lemma_.lower() not in lists["described_bodies"] and d.lower_ not in lists["described_bodies"]:
            continue
        words = _description_words(d)
        if words & lists["civil_description_words"] and not words & lists["armed_description_words"]:
            return True
    return False


def _described_civil_elsewhere(doc: Doc, s) -> bool:
    """A body by its capitalised name that the text describes as civil society where it names it with an appositive
    ("the Kuki-Zo Council, a tribal body, said A. The council said B": "the council", resolved to the name without
    its appositive, is of no state as the first mention is): the same run of name words, ending in the same head,
    anywhere in the text (the speaker's own name among them, with the phrase around it)."""
    root = s.root
    if root.pos_ != "PROPN" or not root.text[:1].isupper():
        return False
    words = [t.text for t in doc[root.left_edge.i:root.i + 1] if t.lower_ != "the"]
    n = len(words)
    for t in doc:
        if t.text != root.text or t.pos_ != "PROPN" or t.i + 1 < n:
            continue
        if [x.text for x in doc[t.i - n + 1:t.i + 1]] != words:
            continue
        if _described_civil(doc[t.left_edge.i:t.right_edge.i + 1]):
            return True
    return False


def _rights_body(s) -> bool:
    """"The Chadian Human Rights League", "the Kurdistan Human Rights Network": a body by its capitalised name
    holding "Human Rights" is an NGO, not a state's commission or ministry (`state_rights_heads`)."""
    own = " ".join(t.text for t in _own_words(s))
    if s.root.text[:1].isupper():
        # "the Tunisian League for Human Rights": the capitalised name goes on after its head
        own += " " + " ".join(t.text for p in s.root.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                              and p.i == s.root.i + 1 for t in p.subtree)
    if not re.search(r"\bHuman Rights\b", own):
        return False
    return not any(t.lemma_.lower() in _speaker_lists()["state_rights_heads"] or
                   t.lower_ in _speaker_lists()["state_rights_heads"] for t in _own_words(s))


def _civil_name(s) -> bool:
    """"The Georgian Young Lawyers' Association", "the Sahel Herders' Federation": a body by its own capitalised name
    ending in a civil-society noun (`civil_name_heads`), with no state's word in it."""
    lists = _speaker_lists()
    # ("the Retired Police Officers Association", "the Police Federation": its members' body, not the police)
    states = (lists["state_body_words"] - lists["member_professions"]) | {"state", "ruling", "government", "party",
                                                                          "army", "military"}
    return s.root.text[:1].isupper() and s.root.lower_ in lists["civil_name_heads"] and \
        not any(t.lower_ in states for t in _own_words(s))


def _members_body(s) -> bool:
    """"The Free Students' Union", "the Truck Drivers' Council": a body by its own capitalised name whose head
    (`members_body_heads`) follows a plural possessive (its members: students', drivers'), with no state's word in
    it; not a party ("the Workers' Party" is not listed)."""
    lists = _speaker_lists()
    root, doc = s.root, s.doc
    if not root.text[:1].isupper() or root.lower_ not in lists["members_body_heads"] or root.i < 2:
        return False
    states = lists["state_body_words"] | {"state", "ruling", "government", "party", "army", "military", "national"}
    return doc[root.i - 1].text in ("'", "\u2019") and doc[root.i - 2].lower_.endswith("s") and \
        doc[root.i - 2].text[:1].isupper() and not any(t.lower_ in states for t in _own_words(s))


def _camp_body(s) -> bool:
    """"The camp's administration", "the camp administration, which speaks for 12,000 refugees": a camp's own body
    (`camp_bodies` owned by one of `camp_words`) speaks for the people living there, not the state the camp is in;
    not a military camp's."""
    lists = _speaker_lists()
    heads = [t for t in _title_words(s) if t.pos_ == "NOUN"] + [s.root]
    for t in heads:
        if t.lemma_.lower() not in lists["camp_bodies"] and t.lower_ not in lists["camp_bodies"]:
            continue
        owners = [c for c in t.children if c.dep_ in ("poss", "compound")] + \
            [o for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        for o in owners:
            if o.lemma_.lower() in lists["camp_words"] and not any(
                    c.lower_ in ("military", "army", "police", "detention", "prison", "training") for c in o.children):
                return True
    return False


def _civil_group_named_before(doc: Doc, s) -> bool:
    """"… after a report by a migrant-aid group. The group, X, said": "the group" (with its name in apposition or
    not) whose last group word before it in the text is described as civil society ("a migrant-aid group", "a human
    rights group"), when no armed group's mention comes between."""
    root = s.root
    if root.lower_ not in ("group", "organisation", "organization") or root.pos_ != "NOUN" or \
            not any(c.lower_ == "the" for c in root.children):
        return False
    if any(c.i < root.i and c.dep_ in ("compound", "nmod", "poss") for c in root.children):
        # "The M23 rebel group, which holds the town" after "a local civil society group said": a group by its own
        # name or kind is not "the group" named again
        return False
    civil = _linking()["civil_group_words"] | _speaker_lists()["civil_description_words"]
    armed = _speaker_lists()["armed_description_words"]
    last = next((t for t in reversed(doc[:s.start]) if t.lower_ == root.lower_ and t.pos_ == "NOUN"), None)
    if last is None:
        return False
    words = {w for t in doc[last.left_edge.i:last.i] for w in re.split(r"-", t.lower_)}
    # and what its of-phrase says it is made of ("A group of Nicaraguan exiles in Costa Rica")
    words |= {o.lower_ for p in last.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
              if o.dep_ == "pobj"}
    if not words & civil or words & armed:
        return False
    # (an armed group the civil group's own sentence tells of is what it reported, not a group named since: "the
    # rights group X says 32 residents were killed by gang members. The group also accuses police of …")
    return not any(m.sector in _ARMED_SIDE and max(last.i, last.sent.end - 1) < m.start < s.start
                   for m in getattr(doc._, "actor_mentions", None) or [])


def _civil_body_named_again(doc: Doc, s) -> bool:
    """"The forum said" after "the Tunisian Forum for Economic and Social Rights said": a body named again by the
    head noun of its name alone ("the forum", "the league", "the centre") is of no state when the latest mention
    before it headed by that noun, by its capitalised name, is a civil-society body by the tests of `_speaker`
    (a rights body, a civil name, a members' body, a body described as civil) — not the state its name's
    nationality word names (session 26)."""
    root = s.root
    if root.pos_ != "NOUN" or not root.text[:1].islower() or not any(c.lower_ == "the" for c in root.children) or \
            any(c.dep_ in ("poss", "compound", "amod") for c in root.children):
        return False
    earlier = [m for m in getattr(doc._, "actor_mentions", None) or [] if m.end <= s.start and
               m.start <= m.head < m.end and doc[m.head].lemma_.lower() == root.lemma_.lower() and
               doc[m.head].text[:1].isupper()]
    if not earlier:
        return False
    named = doc[earlier[-1].start:earlier[-1].end]
    return _rights_body(named) or _civil_name(named) or _members_body(named) or _described_civil(named)


def _campaign_officer(s) -> bool:
    """"The winning candidate's campaign manager", "the president's re-election campaign spokesman": an officer
    (`campaign_officers`) of an election campaign (the noun "campaign" before the title, owned by a candidate or a
    person, or itself of an election's word: `election_words`), a politician of the story's country."""
    lists = _speaker_lists()
    for t in _title_words(s) + [s.root]:
        if t.lower_ not in lists["campaign_officers"]:
            continue
        camp = next((c for c in t.children if c.lower_ == "campaign" and c.dep_ in ("compound", "nmod")), None)
        if camp is None:
            continue
        owners = [c for x in (t, camp) for c in x.children if c.dep_ in ("poss", "compound", "amod") and c is not camp]
        if any(o.lemma_.lower() in lists["election_words"] or o.ent_type_ == "PERSON" for o in owners):
            return True
    return False


def _names_no_state(s) -> bool:
    """Whether a speaker's phrase names no state by its own words: no place, people's adjective or possessor (a
    pronoun, "Its director", names none)."""
    return not any(t.ent_type_ in ("GPE", "NORP", "LOC", "FAC") for t in s) and \
        not any(c.dep_ == "poss" and c.pos_ != "PRON" for t in s for c in t.children)


def _institution_named_before(doc: Doc, s) -> str | None:
    """"Taiwan's defence ministry dismissed A. China's command had said B. '…,' ministry spokesman X told reporters": a
    spokesperson titled by an institution's noun alone is of the latest earlier mention headed by that noun which
    names its country by its own words (session 20); None when the title names no institution."""
    # (with the title the source was cut from: "ministry spokesman" of "Kenji Sato")
    inst = next((t for t in doc[min(s.start, s.root.left_edge.i):s.end] if t.lower_ in _SPOKES and
                 t.i > min(s.start, s.root.left_edge.i)), None)
    inst = doc[inst.i - 1] if inst is not None else None
    if inst is None or inst.pos_ != "NOUN" or inst.lemma_.lower() not in _speaker_lists()["body_heads"]:
        return None
    for m in reversed(getattr(doc._, "actor_mentions", None) or []):
        if m.end > s.start or not m.country or not m.start <= m.head < m.end:
            continue
        if doc[m.head].lemma_.lower() == inst.lemma_.lower() and _own_country_words(doc, m):
            return m.country
    return None


def _placed_before(doc: Doc, s, country: str) -> bool:
    """Whether a place of `country` opens the speaker's sentence before its phrase ("In Kigali, government
    spokeswoman X rejected …"): the state its words are spoken in."""
    return any(s.sent.start_char <= p.start < s.start_char and p.country and iso3(p.country) == country
               for p in getattr(doc._, "places", None) or [])


def _dictionary_armed(name: str | None) -> bool:
    """Whether a speaker's own name (before an appositive) is an armed group the actor dictionary names ("The 3R,
    a group drawn mostly from Fulani herders"), not one only its words make armed ("Fighters for a Free X")."""
    group = named_group(re.split(r",\s", name or "")[0])
    return group is not None and group[1] in _ARMED_SIDE


def _dictionary_body(s) -> bool:
    """Whether a speaker's own words are a body the actor dictionary names with its country ("the Kurdistan Regional
    Government": Iraq's, whatever the people's word in it or the story's ground)."""
    group = named_group(" ".join(t.text for t in _own_words(s)))
    return group is not None and group[0] is not None


def _place_in_own_name(doc: Doc, s) -> str | None:
    """The country of a town or region a state body's own phrase names by a capitalised word before its head that
    the place stage did not read as a place ("The Andahuaylas police chief", "the Tamale police commander"), when
    the gazetteer resolves that word with confidence; else None."""
    from ..geo import resolve_spans

    # (not a title before a name, "Minister Ordóñez": the gazetteer knows "Minister" as a small town in Ohio)
    words = [t for t in _own_words(s) if t.i < s.root.i and t.dep_ in ("compound", "poss", "nmod")
             and t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ not in ("PERSON", "NORP")
             and sector_of(t.text) is None]
    if not words:
        return None
    # the run of capitalised words ending at the last one ("Cabo Delgado provincial police")
    last = words[-1]
    first = last
    while first.i > s.start and doc[first.i - 1].pos_ == "PROPN" and doc[first.i - 1].text[:1].isupper() and \
            doc[first.i - 1].lower_ != "the":
        first = doc[first.i - 1]
    text = _dc.text(doc)
    places = resolve_spans(text, [(first.idx, last.idx + len(last.text))])
    place = next((p for p in places if p.country and p.confidence >= _OWN_PLACE_CONFIDENCE), None)
    return _sovereign(iso3(place.country)) if place is not None else None


# (the gazetteer's confidence below which a word is as likely a name or a word as the place: "Ali" 0.27, "Northern"
# 0.16; a town named alone scores above 0.9)
_OWN_PLACE_CONFIDENCE = 0.6


def _bare_title(s) -> bool:
    """Whether a speaker's phrase is a title and a person's name only ("A spokesman", "Its director, Commissioner
    X"): no body, place or people named by its own words, as the tagger or the dictionary reads them (not "LNA
    spokesman X", "a spokesman for the Tajik border troops")."""
    return not any(t.ent_type_ in ("ORG", "GPE", "NORP", "LOC", "FAC") or t.is_upper and len(t) > 1 or
                   dictionary_country(t.text) for t in s)


def _placed_by_content(doc: Doc, s, country: str) -> bool:
    """Whether an official's country can only have come from a place of its sentence it speaks of: its phrase
    names no state (no place, people's adjective or possessor of that country, nothing placed by a preposition), the
    sentence names a place of `country` outside the phrase, and the phrase is the subject of a verb of saying."""
    if not _names_no_state(s):
        return False
    head = s.root.head
    if s.root.dep_ not in ("nsubj", "nsubjpass") or head.lemma_.lower() not in _SAYING_VERBS:
        return False
    places = [p for p in getattr(doc._, "places", None) or [] if p.country and iso3(p.country) == country]
    sent = s.sent
    # (after the speaker: "In Kigali, government spokeswoman X rejected …" is placed by its place)
    outside = [p for p in places if s.end_char <= p.start < sent.end_char]
    if any(sent.start_char <= p.start < s.start_char for p in places):
        return False
    inside = [p for p in places if s.start_char <= p.start < s.end_char]
    return bool(outside) and not inside


_SAYING_VERBS = {"say", "tell", "state", "add", "write", "report", "announce", "claim", "insist", "confirm", "deny",
                 "warn", "explain", "note", "allege", "accuse", "reject", "dismiss"}


def _title_country_before(doc: Doc, s) -> str | None:
    """The country of the latest earlier phrase of the same title before the speaker's sentence ("Bangladesh's
    refugee relief commissioner" for "Commissioner X", "Eritrea's information minister" for "The minister, Y"),
    named with that country's own word (a place, an adjective or a possessor) and no person's name, or None. The
    title is the phrase's head noun or the capitalised title before a name, not a spokesman or an official (any
    body's), and the earlier phrase has every modifier it has ("Foreign ministry" is not "the defence ministry")."""
    root = s.root
    if root.pos_ == "NOUN":
        title = root
    else:
        # "Commissioner X Y": a capitalised title word before the name
        title = next((t for t in s if t.dep_ == "compound" and t.i < root.i and t.ent_type_ != "PERSON" and
                      t.text[:1].isupper() and sector_of(t.lower_) in ("GOV", "MIL", "POL", "BGD")), None)
    if title is None or title.lemma_.lower() in _GENERIC_TITLES:
        return None
    mods = {t.lower_ for t in s if t.head.i == title.i and t.dep_ in ("amod", "compound") and
            t.ent_type_ not in ("PERSON", "GPE", "NORP")}
    for m in reversed(getattr(doc._, "actor_mentions", None) or []):
        if m.end > s.sent.start or not m.country or not 0 <= m.head < len(doc):
            continue
        head = doc[m.head]
        if head.lemma_.lower() != title.lemma_.lower() or \
                not any(t.ent_type_ in ("GPE", "NORP") for t in doc[m.start:m.end]):
            continue
        # an unnamed title, which the later one names ("Congo's foreign minister, X" is someone else)
        if any(t.ent_type_ == "PERSON" for t in doc[m.start:min(len(doc), m.end + 4)]):
            return None
        if not mods <= {t.lower_ for t in doc[m.start:m.end]}:
            return None
        return m.country
    return None


_GENERIC_TITLES = {"official", "spokesman", "spokeswoman", "spokesperson", "government", "source", "authority",
                   "statement", "officer"}


def _compass_state(doc: Doc, s) -> str | None:
    """"The South's Joint Chiefs of Staff", "the North's army" in a story that names South and North Korea: the
    one state the story names (by a place, an adjective or an actor) whose name the compass word begins, not a
    region the gazetteer knows as "the South"."""
    tok = next((t for t in s if t.lower_ in ("south", "north") and t.text[:1].isupper() and t.i > 0 and
                doc[t.i - 1].lower_ == "the" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("'s", "\u2019s")),
               None)
    if tok is None:
        return None
    named = {m.country for m in getattr(doc._, "actor_mentions", None) or [] if m.country}
    named |= {iso3(p.country) for p in getattr(doc._, "places", None) or [] if p.country}
    named |= {iso3(iso2) for _, _, iso2 in _dc.ext(doc, "demonyms") or []}
    hits = {c for c in named if c and (country_name(c) or "").lower().startswith(tok.lower_ + " ")}
    return next(iter(hits)) if len(hits) == 1 else None


def _international_phrase(text: str) -> bool:
    """Whether a body's phrase names an international one: an IGO by a name or an initialism inside it ("A UN
    human rights office"), or a phrase of `international_phrases` ("a regional mission")."""
    low = " ".join(re.findall(r"[\w-]+", text.lower()))
    if any(re.search(r"(?<![\w-])" + re.escape(p) + r"(?![\w-])", low) for p in _speaker_lists()["international_phrases"]):
        return True
    if _stateless_body(text) == "IGO":
        return True
    words = re.findall(r"[\w-]+", text)
    return any(is_igo(" ".join(words[i:j])) for i in range(len(words)) for j in range(i + 1, min(len(words), i + 4) + 1))


def _international_owner(doc: Doc, s) -> bool:
    """"The office's spokeswoman" after "a UN human rights office report", "the regional mission's commander": a
    title owned by a body (its noun of `international_owner_nouns`, with no state's name or adjective of its own)
    that its own phrase, or the latest earlier phrase of that noun, names as an international body."""
    if s is None or not len(s):
        return False
    owner = next((c for c in s.root.children if c.dep_ == "poss" and c.pos_ == "NOUN"
                  and c.lemma_.lower() in _speaker_lists()["international_owner_nouns"]), None)
    if owner is None or any(t.ent_type_ in ("GPE", "NORP") for t in owner.subtree):
        return False
    own = doc[owner.left_edge.i:owner.i + 1]
    if _international_phrase(own.text):
        return True
    if any(t.lower_ in ("its", "their", "his", "her") or t.pos_ == "PROPN" for t in own):
        return False  # "its office's director": the owner is a body named otherwise
    earlier = next((t for t in reversed(doc[:s.start]) if t.lemma_.lower() == owner.lemma_.lower()
                    and t.pos_ == "NOUN"), None)
    if earlier is None:
        return False
    # a noun compounded into a longer one ("A UN human rights office report"): from the whole phrase's start
    first = earlier.head.left_edge.i if earlier.dep_ == "compound" and earlier.head.i > earlier.i else \
        earlier.left_edge.i
    phrase = doc[min(first, earlier.left_edge.i):earlier.i + 1]
    return not any(t.ent_type_ in ("GPE", "NORP") and not is_igo(t.text) for t in phrase) and \
        _international_phrase(phrase.text)


def _settler_body(s) -> bool:
    """A settlers' own body or its officer ("a spokesman for the regional settler council", "the settlers'
    council"): a word of `settler_words` in the speaker's phrase."""
    return any(t.lower_ in _speaker_lists()["settler_words"] for t in s)


def _settlers_country(doc: Doc) -> str | None:
    """The state whose settlers the story names by its adjective ("Israeli settlers set fire …"): the one country
    so named."""
    words = _speaker_lists()["settler_words"]
    found = {dictionary_country(t.text) for t in doc if t.head.lower_ in words and t.dep_ in ("amod", "compound")
             and t.pos_ in ("ADJ", "PROPN") and t.ent_type_ in ("NORP", "GPE")}
    found.discard(None)
    return next(iter(found)) if len(found) == 1 else None


def _party_congress(name: str | None) -> bool:
    """"The opposition All People's Congress", "Malawi Congress Party": a capitalised name ending in a party's
    word (`party_name_heads`: congress) after a word of its own, not a state's legislature ("the US Congress",
    "members of Congress": `foreign_legislature_words`)."""
    lists = _speaker_lists()
    for m in re.finditer(r"((?:[A-Z][\w'\u2019.-]*\s+)+)(" + "|".join(
            w.capitalize() for w in lists["party_name_heads"]) + r")\b", name or ""):
        words = [w.strip(".").lower() for w in m.group(1).split()]
        if words and words[-1] not in lists["foreign_legislature_words"] and not set(words) & \
                lists["foreign_legislature_words"] and words[-1] not in ("the", "of"):
            return True
    return False


def _cleric(s) -> bool:
    """"Father Grigor X", "Bishop Y", "its spokesman, Father Z": a cleric by the title before a person's name."""
    titles = _speaker_lists()["clergy_titles"]
    return any(t.lower_.rstrip(".") in titles and t.text[:1].isupper() and t.i + 1 < s.end and
               t.doc[t.i + 1].text[:1].isupper() and t.doc[t.i + 1].pos_ == "PROPN" for t in s)


def _state_owned(s) -> bool:
    words = {t.lower_ for t in s} | {t.lower_ for d in _descriptions(s) for t in d.subtree}
    return bool(words & (_speaker_lists()["state_run_words"] | {"state", "national", "public", "government",
                                                                "military", "army", "navy"}))


def _company(s) -> bool:
    """A company ("A Finnish airline said", "the field's operator, a Norwegian company") or a vessel's own people
    ("the tanker's Greek manager", "the ship's captain"), not one the state owns ("the state oil company")."""
    lists = _speaker_lists()
    found = False
    for d in _descriptions(s):
        if d.lemma_.lower() in lists["company_heads"] or d.lower_ in lists["company_heads"]:
            found = True
        elif d.lemma_.lower() in lists["vessel_people"] and any(
                c.dep_ == "poss" and c.lemma_.lower() in lists["vessel_words"] for c in d.children):
            found = True
    return found and not _state_owned(s)


def _common_lemmas(t) -> set:
    """A noun's lower-case lemma and form; a capitalised plural the tagger took for a name at the head of a
    sentence or after a bulletin's time stamp ("Residents of Batken told us", "Fishermen on the Chadian side said":
    lemma "Residents") also as its singular common noun ("resident", "fisherman")."""
    out = {t.lemma_.lower(), t.lower_}
    if t.pos_ == "PROPN" and t.ent_type_ in ("", "NORP") and t.text[:1].isupper() and t.text[1:].islower():
        low = t.lower_
        if low.endswith("men") and len(low) > 4:
            out.add(low[:-3] + "man")
        elif low.endswith("ies") and len(low) > 4:
            out.add(low[:-3] + "y")
        elif low.endswith("s") and not low.endswith("ss") and len(low) > 3:
            out.add(low[:-1])
    return out


def _private_person(s) -> bool:
    """Private people by their head noun ("Rohingya refugees in the camp", "families in the village", "one of the
    migrants, a Sudanese teenager", "Herders in Mauritania's Hodh Chargui region" at a sentence's head), not an
    officer of a body ("the refugees' association" is civil society); and an officer of private people ("the
    families' spokeswoman, X", "the residents' spokesman")."""
    lists = _speaker_lists()
    people = lists["private_people"] | _linking()["stateless_speakers"] - _linking()["institution_sources"]
    if _state_owned(s):
        return False
    for d in _descriptions(s):
        if d.ent_type_ == "PERSON":
            continue
        if d.pos_ in ("NOUN", "PRON", "NUM") and (d.lemma_.lower() in lists["private_people"] or
                                                  d.lower_ in lists["private_people"]):
            return True
        if d.pos_ == "PROPN" and d.i == s.start + (1 if s[0].lower_ in ("the", "a", "an") else 0) and \
                _common_lemmas(d) & people:
            return True  # "Residents of Batken", "Fishermen on the Chadian side": a plural read as a name
        if (d.lower_ in lists["civil_officers"] or d.lemma_.lower() in lists["civil_officers"]) and any(
                c.dep_ == "poss" and c.pos_ == "NOUN" and _common_lemmas(c) & people for c in d.children):
            return True  # "the families' spokeswoman, Rosa Quispe": an officer of private people
    return False


def _foe_country(s) -> str | None:
    """"The American enemy", "the Zionist enemy", "the Saudi aggressor" (`foe_nouns`): the state a belligerent's
    adjective for its foe names, or None."""
    foes = _speaker_lists()["foe_nouns"]
    if s.root.lemma_.lower() not in foes and s.root.lower_ not in foes:
        return None
    for c in s.root.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i < s.root.i and c.text[:1].isupper():
            found = dictionary_country(c.text)
            if found:
                return found
    return None


def _court_party(doc: Doc, s) -> bool:
    """A speaker titled as a party to a trial, in a story told from a court (`court_words`): the defendant
    (`court_defendants`), or a lawyer for a state body ("the Guard's lawyer", "a lawyer for the army"); a lawyer
    for a private client is `_lawyer`'s (of the story's one country, in `_who`). Only words of its own title count,
    not of a name."""
    title = [t for t in s if t.pos_ != "PROPN" and t.dep_ != "appos" or t.i == s.root.i and t.pos_ == "NOUN"]
    if s.root.dep_ == "appos" and s.root.head.i < s.start:
        title = list(s.root.head.subtree)
    lists = _speaker_lists()
    if not lists["court_words"].search(_dc.text(doc)):
        return False
    own = " ".join(t.lower_ for t in _own_words(s) if t.pos_ != "DET")
    if any(re.search(r"(?:^|\s)" + re.escape(d) + r"$", own) for d in lists["court_documents"]):
        return True  # "the indictment said", "according to the charge sheet": the prosecuting state's papers
    if any(t.lower_ in lists["court_defendants"] and t.dep_ != "poss" and
           (t.lower_.startswith("defendant") or any(c.lower_ == "the" for c in t.children)) for t in title):
        return True  # "the defendant", "the accused" (not "the defendant's lawyer")
    if s.root.pos_ == "PROPN" and s.root.ent_type_ not in ("GPE", "NORP", "LOC") and _named_defendant(doc, s):
        # (whatever entity the tagger makes of the surname: "Doherty" as an organisation)
        return True  # "Mammadli, who had pleaded not guilty, told the court", "Bensalem denied that charge"
    for t in title:
        if t.lemma_.lower() not in lists["court_lawyers"]:
            continue
        clients = [c for c in t.children if c.dep_ == "poss"] + \
            [o for p in t.children if p.dep_ == "prep" and p.lower_ in ("for", "of") for o in p.children if o.dep_ == "pobj"]
        for c in clients:
            if c.pos_ == "PRON" or c.ent_type_ == "PERSON":
                continue  # "Ssemakula's lawyer": a person's, whatever the actor stage made of the name
            phrase = doc[c.left_edge.i:c.i + 1].text
            if sector_of(phrase) in _STATE_SECTORS or any(
                    m.sector in _STATE_SECTORS and m.end <= c.i and c.lower_ in m.text.lower().split() and
                    doc[m.start:m.end].root.ent_type_ != "PERSON" for m in getattr(doc._, "actor_mentions", None) or []):
                return True
    return False


def _named_defendant(doc: Doc, s) -> bool:
    """A person the story puts on trial by name: their surname, in their own phrase or before it, is the object of a
    verb or noun of prosecution (`defendant_verbs`: "sentenced journalist X", "a sentence against X", "X was
    charged", "X, who pleaded not guilty")."""
    verbs = _speaker_lists()["defendant_verbs"]
    surname = s.root.text
    for t in doc[:s.end]:
        if t.text != surname:
            continue
        h = t
        while h.dep_ in ("compound", "appos", "flat") and h.head.i != h.i:
            h = h.head
        # its verb ("sentenced X", "X was charged"), the noun it is against ("a sentence against X"), or the plea
        # of a clause on it ("X, who had pleaded not guilty")
        cands = [h.head] if h.dep_ in ("dobj", "nsubjpass") else []
        if h.dep_ == "pobj" and h.head.lower_ == "against":
            cands.append(h.head.head)
        cands += [c for c in h.children if c.dep_ == "relcl"]
        if any(c.lemma_.lower() in verbs for c in cands):
            return True
        # "the defendant, 34-year-old X, had rented it", "X, the accused, …": named in apposition to the defendant
        defendants = _speaker_lists()["court_defendants"]
        if h is not t and h.lower_ in defendants or any(
                c.dep_ == "appos" and c.lower_ in defendants for c in h.children):
            return True
    return False


def _citing_country(doc: Doc, s) -> str | None:
    """"SANA said, citing a military source", "Indian media, citing army sources, claimed": the country of the
    speaker that cites an unnamed source (the subject of the verb the citing clause hangs on)."""
    t = s.root
    if t.dep_ != "dobj" or t.head.lemma_.lower() not in ("cite", "quote") or t.head.dep_ not in ("advcl", "xcomp"):
        return None
    subj = next((c for c in t.head.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"), None)
    if subj is None or subj.left_edge.i <= t.i <= subj.right_edge.i:
        return None
    end = subj.right_edge
    country = _who(doc, (subj.left_edge.idx, end.idx + len(end)))["country"]
    # only a party to the story: "Xinhua, citing a police source, said gunmen attacked a bus near Quetta" is of
    # the ground told about, not of China
    party = any(m.country == country and not subj.left_edge.i <= m.start <= subj.right_edge.i
                for m in getattr(doc._, "actor_mentions", None) or [])
    return country if party else None


def _state_agency_country(doc: Doc) -> str | None:
    """"SANAA (Saba) - …, a security source said": the state whose news agency publishes the story (the outlet, or
    the agency its dateline names) cites its own state's unnamed sources, when that state is a party to the story
    (an actor of its country named in the text; not "Xinhua" on a bombing near Quetta); else None."""
    text = _dc.text(doc)
    start, end = _dc.dateline(doc)
    names = [_dc.ext(doc, "outlet") if Doc.has_extension("outlet") else None]
    names += [m.group(1) or m.group(2) for m in re.finditer(r"\(([^()\n]{2,40})\)|/([^/\n]{2,30})/",
                                                           text[start:end])]
    for name in names:
        is_agency, country = agency_country(name)
        # (the party an actor of its own: not the agency's own name, in the dateline or quoted as a source)
        if is_agency and country and any(m.country == country and m.sector != "MED" and not _dc.in_dateline(
                doc, doc[m.start].idx) for m in getattr(doc._, "actor_mentions", None) or []):
            return country
    return None


def _carrier_country(doc: Doc, s) -> str | None:
    """The state of whoever carries or sends a statement speaking by its own noun (`carried_texts`): "a commentary
    carried by KCNA" (a state's news agency), "the statement from Tehran" (a capital, a country); None for a world
    wire ("carried by Reuters") or anything else."""
    root = s.root
    if root.lemma_.lower() not in _speaker_lists()["carried_texts"]:
        return None
    heads = []
    for c in root.children:
        if c.dep_ == "acl" and c.lemma_.lower() in _speaker_lists()["carrier_verbs"]:
            heads += [o for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ == "from":
            heads += [o for o in c.children if o.dep_ == "pobj"]
    for h in heads:
        phrase = _dc.text(doc)[doc[h.left_edge.i].idx:h.idx + len(h.text)]
        is_agency, country = agency_country(phrase)
        if is_agency:
            return country
        if h.pos_ == "PROPN" and h.ent_type_ in ("GPE", "ORG", ""):
            country = _metonym_country(phrase) or dictionary_country(phrase)
            if country:
                return _sovereign(country)
    return None


def _owned_by_state_body(s) -> bool:
    """"The judiciary's news agency", "the army's media wing": a possessor naming a state's own body (by its kind,
    not a country's name)."""
    bodies = _linking()["domestic_bodies"] | _linking()["state_institutions"] | _speaker_lists()["body_heads"]
    return any(t.dep_ == "poss" and t.pos_ == "NOUN" and t.lemma_.lower() in bodies for t in s)


def _acting(doc: Doc, m) -> bool:
    """Whether a mention names a doer "the group" can take up: the subject of its sentence, an agent ("published
    by the rights group X"), or an appositive of one; not a party to what a speaker said."""
    if not 0 <= m.head < len(doc):
        return False
    t = doc[m.head]
    while t.dep_ in ("appos", "compound", "conj") and t.head.i != t.i:
        t = t.head
    # the subject of its sentence's main verb ("Human Rights Watch said …"), not of a clause it says ("… that
    # soldiers and allied militiamen had executed …")
    return t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" or t.dep_ == "pobj" and t.head.lower_ == "by"


def _ngo_named_last(doc: Doc, s) -> bool:
    """"A rights group, X Watch, said … The group said it had spoken to twelve witnesses": a group described by
    no name whose last group-like body named before it is an NGO or international body, not an armed group."""
    if not len(s) or s.root.lower_ not in _linking()["group_nouns"] or any(t.pos_ == "PROPN" for t in s) or \
            any(t.lower_ in _linking()["civil_group_words"] for t in s):
        return False
    # (the last such mention: read from the end)
    last = next((m for m in reversed(getattr(doc._, "actor_mentions", None) or [])
                 if m.end <= s.start and (m.sector in _ARMED or m.sector in ("NGO", "IGO") or
                                          _stateless_body(m.text) is not None) and _acting(doc, m)), None)
    return last is not None and last.sector not in _ARMED and not _stateless_armed(last.text) and \
        (last.sector in ("NGO", "IGO") or _stateless_body(last.text) is not None)


def _state_bodies_country(doc: Doc, before: int) -> str | None:
    """"The UN office said Myanmar's military had carried out 53 air strikes. A spokesman for the junta
    dismissed …": the one country whose army, government or police the article names before a state speaker of
    no country."""
    found = {m.country for m in getattr(doc._, "actor_mentions", None) or []
             if m.end <= before and m.country and m.sector in ("GOV", "MIL", "POL", "BGD")}
    return next(iter(found)) if len(found) == 1 else None


_ARMED = {"REB", "MLT"}
_STATE_SECTORS = {"GOV", "MIL", "BGD", "POL", "STATE"}


def _state_media(name: str) -> bool:
    """"the state news agency", "state television": a state's own media, named by no country."""
    words = set(name.lower().split())
    return bool(words & ({"state"} | _speaker_lists()["state_run_words"])) and kind_of(name) in ("agency", "media")


def _institution_source(doc: Doc, span: tuple[int, int]) -> bool:
    """"A military source", "security officials", "a police spokesman": an unnamed speaker of an institution
    (its head in `institution_sources` or its sector a state's), not a private person."""
    s = doc.char_span(span[0], span[1], alignment_mode="expand")
    if s is None or not len(s):
        return False
    if any(t.lower_ in ("unnamed", "anonymous", "unidentified") for t in s) and \
            not any(t.lower_ in ("military", "security", "army", "police", "government") for t in s):
        return False
    sector = sector_of(_dc.text(doc)[span[0]:span[1]])
    return s.root.lemma_.lower() in _linking()["institution_sources"] and sector is not None or \
        sector in ("GOV", "MIL", "BGD", "POL", "STATE")


@lru_cache(maxsize=1)
def _organisations() -> dict[str, str]:
    """Names of international bodies and NGOs (`codebooks/actor_countries.yaml`, organisations), lower case."""
    books = load_yaml("codebooks/actor_countries.yaml")
    out = {}
    for code, names in (books.get("organisations") or {}).items():
        if code in ("IGO", "NGO"):
            for n in names:
                out[str(n).lower()] = code
    return out


def _organisation(name: str | None) -> str | None:
    """IGO or NGO for a speaker that is one of those bodies by name ("MONUSCO", "the UN refugee agency")."""
    if not name:
        return None
    key = re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.I)
    code = _organisations().get(key.lower())
    if code is not None and len(key) <= 4 and key.islower():
        return None  # "who", "au": words, not bodies
    return code
_BACKED = re.compile(r"\b[\w]+-(?:backed|supported|sponsored|funded|armed|trained)\b", re.I)


def _backed_group(s) -> bool:
    """"Turkish-backed factions", "Iran-backed militias": a group named by the state that backs it (the
    country word only modifies "-backed")."""
    # the name's own words, not an appositive describing it ("the Islamic Resistance in Iraq, an umbrella of
    # Iran-backed militias")
    inner = sorted(t.i for t in s.root.subtree if s.start <= t.i < s.end and not any(
        a.dep_ == "appos" and a.head == s.root and t in a.subtree for a in s.root.children))
    own = "".join(s.doc[i].text_with_ws for i in inner) if inner else s.text
    return bool(_BACKED.search(own)) and (s.root.lower_ in _linking()["group_nouns"]
                                          or sector_of(own) in _ARMED)


def _acronym_of(doc: Doc, name: str | None):
    """The actor mention an acronym stands for: "RDF" for "Rwanda Defence Force" named earlier (the initials
    of its capitalised words)."""
    word = re.sub(r"^(?:the|a|an)\s+", "", (name or "").strip(), flags=re.I)
    # "a JCS spokesman", "an ISPR statement": the acronym leading a speaker's title
    # "The APC's regional chairman": the party its initials name
    first = re.sub(r"['\u2019]s$", "", word.split()[0]) if word.split() else ""
    word = first if first.isupper() else word
    if not (2 <= len(word) <= 6 and word.isalpha() and word.isupper()):
        return None
    for m in getattr(doc._, "actor_mentions", None) or []:
        # the initials of the whole name or of a run of its words: "Rwanda Defence Force spokesman Ronald
        # Kamanzi" (a leading part), "South Korea's Joint Chiefs of Staff" (a trailing one)
        if (m.country or _compass_state(doc, doc[m.start:m.end])) and _spells(word, m.text):
            return m
    return None


def _spelled_acronym(s):
    """The acronym in brackets right after the capitalised name it spells inside a speaker's phrase ("UPDF" of "The
    United People's Democratic Front (UPDF), a regional party"), or None."""
    doc = s.doc
    for t in s:
        if t.i > s.start + 1 and t.i + 1 < len(doc) and doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")" and \
                2 <= len(t.text) <= 6 and t.text.isalpha() and t.text.isupper() and \
                _spells(t.text, doc[s.start:t.i - 1].text):
            return t
    return None


def _acronym_definition(doc: Doc, name: str | None) -> str | None:
    """The full name an acronym leading a speaker's name ("CNL's provincial representative") is given in brackets
    after in the text ("the opposition National Congress for Freedom (CNL)"), or None."""
    first = re.sub(r"['\u2019]s$", "", re.sub(r"^(?:the|a|an)\s+", "", (name or "").strip(), flags=re.I).split(" ")[0])
    if not (2 <= len(first) <= 6 and first.isalpha() and first.isupper()):
        return None
    found = re.search(r"((?:[A-Z][\w'\u2019.-]*\s+(?:(?:for|of|the|and|de|du|des|la|pour)\s+)?)+)\(" +
                      re.escape(first) + r"\)", _dc.text(doc))
    return found.group(1).strip() if found else None  # (a translated name's initials differ: "CNL")


def _spells(acronym: str, text: str) -> bool:
    """Whether `acronym` (two letters or more) is the initials of a run of `text`'s capitalised words, function
    words skipped ("JCS" of "South Korea's Joint Chiefs of Staff")."""
    caps = [w for w in re.findall(r"[A-Za-z]+", text) if w[:1].isupper() and w.lower() not in _FUNCTION_WORDS]
    # a hyphened name counts once too ("KNF" of "the Kuki-Chin National Front")
    joined = [w for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", text) if w[:1].isupper()
              and w.lower() not in _FUNCTION_WORDS]
    return len(acronym) >= 2 and (acronym in "".join(w[0] for w in caps) or acronym in "".join(w[0] for w in joined))


def _speaks_for_igo(s) -> bool:
    """"A spokesperson for the UN peacekeeping mission", "an official of the African Union": a speaker named by
    the international body it works for."""

    for t in s:
        if t.dep_ == "pobj" and t.head.lower_ in ("for", "of", "at", "with") and t.head.i >= s.start:
            sub = s.doc[t.left_edge.i:t.right_edge.i + 1]
            if is_igo(sub.text) or any(is_igo(w.text) for w in sub if w.is_upper and len(w) >= 2):
                return True
    # "UN experts", "a UN panel": the body named as the modifier of a common noun
    return s.root.pos_ == "NOUN" and any(t.dep_ == "compound" and t.head.i == s.root.i and t.is_upper and len(t) >= 2
                                         and is_igo(t.text) for t in s)


def _statement_subject(doc: Doc, s):
    """"The group issued a statement rejecting …": a statement, video or communique given as the speaker is the
    subject's of the verb that put it out."""
    if s is None or not len(s):
        return s
    root = s.root
    owner = next((c for c in root.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
    if root.lemma_.lower() in _linking()["statement_nouns"] and owner is not None and owner.i >= s.start:
        # "The Guards' statement said": the body that owns the statement
        return doc[owner.left_edge.i:owner.i + 1]
    if root.lemma_.lower() not in _linking()["statement_nouns"] or root.dep_ != "dobj":
        return s
    from .claims import _answers_statement  # claims.py imports this module

    if _answers_statement(root.head):
        return s  # "X rejected a federal statement": X answers the statement, it did not issue it
    subj = next((c for c in root.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    if subj is None:
        return s
    return doc[subj.left_edge.i:subj.right_edge.i + 1]


def _group_spokesman(doc: Doc, s):
    """"A spokesman for the group", "an official of the militia": a person speaking for an armed group described,
    not named, speaks as that group (its sector and country); other speakers are returned unchanged."""
    if s is None or not len(s) or s.root.pos_ != "NOUN" or any(t.pos_ == "PROPN" for t in s):
        return s
    for o in s.root.children:
        # "the group's spokesman", "the militia's commander": the group its possessor describes
        if o.dep_ == "poss" and o.lower_ in _linking()["group_nouns"] and s.start <= o.i:
            g = doc[o.left_edge.i:o.i + 1]
            if _group_antecedent(doc, g, any_country=True) is not None:
                return g
    for p in s.root.children:
        if p.dep_ == "prep" and p.lower_ in ("for", "of") and p.i > s.root.i:
            for o in p.children:
                if o.dep_ == "pobj" and o.lower_ in _linking()["group_nouns"] and o.i < s.end:
                    g = doc[o.left_edge.i:o.right_edge.i + 1]
                    if _group_antecedent(doc, g, any_country=True) is not None:
                        return g
    return s


def _member_body_country(doc: Doc, s) -> str | None:
    """"An army officer", "a police official": a member of a state force named by the force's noun and no country
    (`member_body_words` before one of `member_titles`) is of the latest force of that noun named before it with a
    country ("the Lebanese army said A. An army officer said B": Lebanon's, not the home state quoted first)."""
    lists = _speaker_lists()
    if s.root.lemma_.lower() not in lists["member_titles"] or \
            any(t.ent_type_ in ("GPE", "NORP") or t.pos_ == "PROPN" for t in s):
        return None
    body = next((t.lower_ for t in s.root.children if t.dep_ in ("compound", "amod") and t.i < s.root.i
                 and t.lower_ in lists["member_body_words"]), None)
    if body is None:
        return None
    alike = {body, *lists["member_body_alike"].get(body, ())}  # (an army spokesman of "the Israeli military")
    earlier = [m for m, _, _ in _mentions_words(doc) if m.end <= s.start and m.start <= m.head < m.end and
               doc[m.head].lower_ in alike and m.sector in _STATE_SECTORS and _own_country_words(doc, m)]
    return earlier[-1].country if earlier else None


def _metonym_country(name: str | None) -> str | None:
    """"the Kremlin", "the Pentagon's spokesman": a seat of government named for its building."""
    if not name:
        return None
    low = " " + re.sub(r"[^\w\s']", " ", name.lower()).replace("'s ", " ") + " "
    for k, v in _linking()["metonyms"].items():
        if f" {k} " in low:
            return v
    return None


def _group_antecedent_country(doc: Doc, s, sector: str | None) -> str | None:
    """"The militant group rejected ...": a description of an armed group is the armed group with a country
    named last before it."""
    best = _group_antecedent(doc, s)
    return best.country if best is not None else None


def _joined_party(doc: Doc, s, country: str | None) -> bool:
    """Whether a phrase headed by a stateless speaker ("residents") joins to it by "and" a party of `country`."""
    if country is None:
        return False
    stateless = _linking()["stateless_speakers"]
    for c in s.root.children:
        if c.dep_ == "conj" and s.start <= c.i < s.end and c.lemma_.lower() not in stateless:
            part = mention_for(doc, doc[max(c.left_edge.i, s.start):c.i + 1])
            if part is not None and part.country == country:
                return True
    return False


def _mention_of(doc: Doc, s):
    """`mention_for` of a speaker's phrase, once per phrase and Doc: the claims stage asks it of one speaker's
    phrase up to three times (the speaker, a group it describes, the claim's source), and the actor mentions and
    places it reads are settled by then."""
    if s is None:
        return mention_for(doc, s)
    memo = doc.user_data.setdefault("sitrep.mention_of", {})
    key = (s.start, s.end, s.label)
    if key not in memo:
        memo[key] = mention_for(doc, s)
    return memo[key]


def _named_armed_groups(doc: Doc) -> list:
    """The armed groups' mentions a description can stand for, in the mentions' order (listed once per Doc and list
    of mentions: every speaker described as a group reads them)."""
    mentions = getattr(doc._, "actor_mentions", None) or []
    cached = doc.user_data.get("sitrep.named_armed_groups")
    if cached is not None and cached[0] is mentions and cached[1] == len(mentions):
        return cached[2]
    found = []
    for m in mentions:
        if m.sector not in _ARMED:
            continue
        if 0 <= m.head < len(doc) and any(c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ == "no"
                                          for c in doc[m.head].children):
            continue  # "killed 30 militants", "lost no fighters": members counted, not the group
        if 0 <= m.head < len(doc) and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in doc[m.head].children):
            continue  # "its fighters", "their men": the group named before them, not a group named
        if m.end + 1 < len(doc) and doc[m.end].text == "-" and doc[m.end + 1].lower_ in _LINKED:
            continue  # "the al-Qaeda-linked coalition": the coalition, not al-Qaeda
        found.append(m)
    doc.user_data["sitrep.named_armed_groups"] = (mentions, len(mentions), found)
    return found


def _group_antecedent(doc: Doc, s, any_country: bool = False):
    """The armed group a description ("the militant group", "the militia") stands for: the last one named before
    it with a country (with `any_country`, also one named with none)."""
    own = _mention_of(doc, s)
    if not (s.root.lower_ in _linking()["group_nouns"] or own is not None and own.sector in _ARMED) or \
            any(t.pos_ == "PROPN" for t in s):
        return None
    best = same = None
    named = []  # armed groups named with a country, in text order
    for m in _named_armed_groups(doc):
        if m.end > s.start:
            continue
        if m.country or any_country:
            best = m
        if m.country:
            named.append(m)
        if 0 <= m.head < len(doc) and doc[m.head].lemma_.lower() == s.root.lemma_.lower() and \
                not any(c.dep_ == "nummod" for c in doc[m.head].children):
            # "rebel reports" after "Tuareg-led rebels … Russian fighters": the rebels (not "killed 18 militants")
            same = m
    if same is None or same.country:
        return same or best
    # the same description named before with no country stands for the group named with one before it
    return next((m for m in reversed(named) if m.end <= same.start), same)


_LINKED = {"linked", "backed", "affiliated", "allied", "aligned", "inspired", "led", "supported", "sponsored"}


def _described_name(doc: Doc, m) -> str:
    """The name an armed group's mention describes in apposition ("al-Qaeda" of "JNIM, the al-Qaeda affiliate"
    gives "JNIM"), else the mention's own words."""
    if not 0 <= m.head < len(doc):
        return m.text
    t = doc[m.head]
    while t.dep_ in ("compound", "amod", "nmod", "poss") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "appos" and t.head.i < t.i and t.head.pos_ == "PROPN":
        return doc[t.head.left_edge.i:t.head.i + 1].text
    return m.text


def _describes_armed_group(doc: Doc, span) -> bool:
    s = doc.char_span(span[0], span[1], alignment_mode="expand")
    if s is None or not len(s) or any(t.pos_ == "PROPN" for t in s):
        return False
    return _group_antecedent(doc, s, any_country=True) is not None


def _state_country(doc: Doc, s) -> str | None:
    """The one country whose state, state bodies and armed groups the article names, outside the phrase."""
    found = set()
    mentions = getattr(doc._, "actor_mentions", None) or []
    # "a China-brokered ceasefire": a country modifying something else is no party, nor is a name inside it
    modifiers = [m for m in mentions if m.sector == "STATE" and 0 <= m.head < len(doc)
                 and doc[m.head].ent_type_ not in ("GPE", "NORP")]
    for m in mentions:
        if m.start < s.end and s.start < m.end:
            continue
        if any(x.start <= m.start and m.end <= x.end for x in modifiers):
            continue
        if m.country and m.sector in ("GOV", "MIL", "STATE", "POL", "BGD") + tuple(_ARMED):
            found.add(m.country)
    return next(iter(found)) if len(found) == 1 else None


def _parties_country(doc: Doc, s) -> str | None:
    """The one country of every state body, party, state and armed group the article names outside the phrase and
    outside its dateline, each a noun phrase of its own ("The ANC's regional secretary", not "a China-brokered
    ceasefire" nor the "ANC" of "ANC supporters")."""
    found = set()
    for m in getattr(doc._, "actor_mentions", None) or []:
        if m.start < s.end and s.start < m.end or not m.country or not 0 <= m.head < len(doc):
            continue
        if m.sector not in _STATE_SECTORS | _ARMED_SIDE or _dc.in_dateline(doc, doc[m.start].idx):
            continue
        if doc[m.head].dep_ in ("compound", "amod", "nmod", "npadvmod") or \
                any(t.text.endswith("-") or t.lower_ in ("-brokered", "-backed") for t in doc[m.start:m.end]):
            continue
        found.add(m.country)
    return next(iter(found)) if len(found) == 1 else None


class _MentionParties:
    """What `_armed_groups_country` reads of each actor mention, read once per Doc: an armed group's country, or a
    state body's or state's (not "near the Venezuelan border": a border or a neighbour named is no party)."""

    def __init__(self, doc: Doc, mentions: list) -> None:
        self.mentions, self.n = mentions, len(mentions)
        self.kinds: dict[int, tuple[str | None, str | None]] = {}
        self.rebels: dict[str, int] = {}
        self.states: dict[str, int] = {}
        for m in mentions:
            kind = None
            if m.country and m.sector in _ARMED:
                kind, counts = "rebel", self.rebels
            elif m.country and m.sector in ("GOV", "MIL", "STATE", "POL", "BGD") and not _beside_mention(doc, m):
                kind, counts = "state", self.states
            if kind is not None:
                counts[m.country] = counts.get(m.country, 0) + 1
            self.kinds[id(m)] = (kind, m.country)
        self.index = SpanIndex(mentions, lambda m: (m.start, m.end))


def _mention_parties(doc: Doc) -> _MentionParties:
    mentions = getattr(doc._, "actor_mentions", None) or []
    cached = doc.user_data.get("sitrep.mention_parties")
    if cached is None or cached.mentions is not mentions or cached.n != len(mentions):
        cached = doc.user_data["sitrep.mention_parties"] = _MentionParties(doc, mentions)
    return cached


def _armed_groups_country(doc: Doc, s) -> str | None:
    """The one country of every armed group (sector REB) named in the article, when there is one and no other
    country's state body or state is named beside it."""
    parties = _mention_parties(doc)
    # (every mention's party counted once per Doc; a phrase takes off the mentions it overlaps)
    rebel_counts, state_counts = dict(parties.rebels), dict(parties.states)
    if s is not None:
        for m in parties.index.overlapping(s.start, s.end):
            kind, country = parties.kinds[id(m)]
            if kind is not None:
                counts = rebel_counts if kind == "rebel" else state_counts
                counts[country] -= 1
    rebels = {c for c, n in rebel_counts.items() if n > 0}
    states = {c for c, n in state_counts.items() if n > 0}
    if len(rebels) == 1 and states <= rebels:
        return next(iter(rebels))
    return None


def _title_sector(doc: Doc, name: str) -> str | None:
    """The sector of a named speaker from its own noun phrase: the title before the name, an appositive after it
    ("X, the army's spokesman"), and the noun it stands in apposition to; not what the speaker says or does ("a
    collective of relatives, who said soldiers forced the men into a military truck" is no military body)."""
    # a named force ("the Revolutionary Guards", "the Baloch Liberation Army" is no army), then the title inside
    # the name ("Defence Minister X")
    own = (named_group(name) or (None, None))[1] or sector_of(name)
    if own:
        return own
    i = _dc.text(doc).find(name)
    span = doc.char_span(i, i + len(name), alignment_mode="expand") if i >= 0 else None
    if span is None or not len(span):
        return None
    root = span.root
    heads = [root] + ([root.head] if root.dep_ == "appos" else [])
    words = []
    for h in heads:
        words += [t for t in _phrase(h) if not span.start <= t.i < span.end]
    words.sort(key=lambda t: t.i)
    phrase = " ".join(t.text for t in words)
    before = _dc.text(doc)[span.sent.start_char:span.start_char]
    if re.search(r"\b(?:known as|called|named|dubbed|alias)\s*$", before, re.I):
        phrase = before.split(",")[-1] + " " + phrase  # "a gang leader known as X" (the parse varies)
    return sector_of(phrase) if phrase.strip() else None


def _phrase(tok) -> list:
    """A noun's own phrase: its modifiers, compounds, prepositional phrases and appositives, without relative or
    participle clauses."""
    out = [tok]
    for c in tok.children:
        if c.dep_ in ("relcl", "acl", "advcl", "ccomp", "punct", "cc", "conj") or c.pos_ in ("VERB", "AUX"):
            continue
        out += _phrase(c)
    return out


# "reports of Russian troops on Georgian soil", "footage of soldiers": "of" tells what they show, not who made them
_TOPICAL_OF = {"report", "reports", "news", "rumour", "rumours", "rumor", "rumors", "footage", "video", "videos",
               "images", "photos", "pictures", "sightings", "sighting"}


def _embedded_claimant(doc: Doc, start: int, end: int, denier_country: str | None,
                       denier_sector: str | None = None, claims: list[Claim] = ()) -> dict | None:
    """The author of a claim named inside a denial: "information spread by X", "X's claims", "Armenian
    reports", "claims X made"."""
    data = _tables()[0]
    nouns = set(data["claim_nouns"])
    claim_verbs = {"claim", "say", "report", "spread", "allege", "circulate", "publish", "disseminate", "make"}
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for t in span:
        if any(a.lower_ == "as" and a.dep_ == "prep" and a.i > span.start and
               any(x.pos_ in ("NOUN", "PROPN", "PRON") for x in doc[span.start:a.i]) for a in t.ancestors):
            # "dismissed the posts as 'fake news spread by extremists'": what the denier calls the claim after
            # naming it names no author of it (session 27; not "rejects as false the assertion by X")
            continue
        if t.dep_ == "pobj" and t.head.lower_ in ("in", "on") and (t.head.head.lemma_ in claim_verbs
                                                                     or t.head.head.lower_ in nouns):
            pass  # "reports spread in Azerbaijani media", "reports in Pristina media"
        elif t.dep_ == "pobj" and t.head.lower_ in ("by", "of", "from") and (
                t.head.head.lower_ in nouns or t.head.head.lemma_ in claim_verbs) and not (
                t.head.lower_ == "of" and (any(c.dep_ == "nummod" for c in t.children) or
                                           not t.ent_type_ and sector_of(t.text) is None or
                                           t.head.head.lower_ in _TOPICAL_OF)):
            # not "the group's figure of 50 soldiers" (a number is what the figure says) nor "the accusation of
            # a drone strike" (an event is what it accuses): "of" names an author only when it names an actor
            pass
        elif t.dep_ in ("poss", "amod", "compound") and t.head.lower_ in nouns:
            pass
        elif t.dep_ == "nsubj" and t.head.lemma_ in claim_verbs and t.head.i != span.root.i:
            pass
        elif t.i + 1 < span.end and doc[t.i + 1].lower_ in nouns and t.pos_ in ("PROPN", "ADJ") and t.dep_ != "poss":
            pass  # "the Azerbaijani claim that …" the parser split into two objects
        else:
            continue
        sub = doc[t.left_edge.i:t.right_edge.i + 1]
        rel = next((c for c in t.children if c.dep_ in ("relcl", "acl", "prep") and c.i > t.i), None)
        if rel is not None and rel.lower_ == "of" and t.text[:1].isupper() and rel.i + 1 < len(doc) and \
                doc[rel.i + 1].text[:1].isupper():
            rel = None  # "the Ministry of Defence of Azerbaijan": the body's own name goes on (session 26)
        if rel is not None and rel.left_edge.i > sub.start:
            # "French radio which said …", "the AA group on its social media pages": the author only
            sub = doc[sub.start:rel.left_edge.i]
        m = mention_for(doc, sub)
        if m is None and (t.lower_ in _linking()["group_nouns"] or t.ent_type_ in ("ORG", "NORP")) and \
                any(x.pos_ == "PROPN" for x in sub):
            # "a claim made by the AA group": an author the dictionary does not know, found as a speaker would be
            who = _who(doc, (sub.start_char, sub.end_char))
            if who["sector"] is None and t.lower_ in _linking()["group_nouns"]:
                who = {**who, "sector": "REB"}  # a group of no known kind, named as a group: not the state
            if who["country"] and (who["country"] != denier_country or _other_side(
                    who, {"country": denier_country, "sector": denier_sector})):
                return {"name": sub.text, "country": who["country"], "sector": who["sector"]}
        country = m.country if m else None
        if m and country is None and not m.igo and not m.adversary and named_group(sub.text) is None:
            # "allegations by the army", "the rebels' claims", "the junta's accusation": the speaker a description
            # stands for: one named before by that head noun ("the Chinese foreign ministry said …. A Philippine
            # official dismissed the ministry's account"), else found as a speaker's would be
            before = _speaker_named_before(claims, t.lemma_.lower(), start)
            country = before if before is not None else _who(doc, (sub.start_char, sub.end_char))["country"]
        if m and country and (country != denier_country or m.country is None or _other_side(
                {"country": country, "sector": m.sector}, {"country": denier_country, "sector": denier_sector})):
            return {"name": sub.text, "country": country, "sector": m.sector}
        named = _named_claimant(claims, sub.text, start)
        if named is not None:
            return named
    return None


def _named_claimant(claims: list[Claim], name: str, before: int) -> dict | None:
    """"rejected the Public Defender's statement": an earlier claimant the denial names by its own name (not by
    its country), even one of the denier's own country; flagged `named`."""
    own = {w for w in re.findall(r"\b[A-Z][\w-]+", _unpossess(name)) if w.lower() not in _STOP and len(w) > 2
           and iso3(w) is None and dictionary_country(w) is None}
    if not own:
        return None
    for c in reversed([c for c in claims if c.start < before]):
        words = set(re.findall(r"\b[A-Z][\w-]+", _unpossess(c.claimant.get("name") or "")))
        if own <= words:
            return {**c.claimant, "named": True}
    return None


def _speaker_named_before(claims: list[Claim], head: str, before: int) -> str | None:
    """The country of the latest earlier speaker (claimant or denier) whose name has `head` as its last word."""
    found = []
    for c in claims:
        for who, at in [(c.claimant, c.start)] + [(r["by"], r.get("start") or 0) for r in c.responses]:
            if at < before and who.get("country") and _headed_by(who.get("name") or "", head):
                found.append((at, who["country"]))
    return max(found)[1] if found else None


def _headed_by(name: str, head: str) -> bool:
    """Whether a speaker's name ends in `head`, or its title does before the person's name ("rebel spokesman, Paul
    Kato", "Government spokesman Saad Hamid" for "spokesman")."""
    words = re.findall(r"[A-Za-z]+", name)
    if words and words[-1].lower().rstrip("s") == head.rstrip("s"):
        return True
    title = re.findall(r"[A-Za-z]+", re.split(r",\s", name)[0])
    for i, w in enumerate(title):
        if w.lower().rstrip("s") == head.rstrip("s") and all(x[:1].isupper() for x in title[i + 1:]):
            return True
    return False


def home_country(doc: Doc, cited) -> str | None:
    """The country whose institutions the article cites: "the ministry" of an article citing a ministry that is
    named in full elsewhere ("the Azerbaijani Defense Ministry"); else the country of the first state body
    quoted ("..., the Ministry of Defense of Armenia said"); first of all, the state of the body a press release's
    or communique's title names as its issuer ("Ministry of the Interior of Finland - Press release")."""
    issuer = _title_issuer_country(doc) or _own_forces_country(doc)
    if issuer:
        return issuer
    for c in cited:
        country = institution_country(doc, c.name)
        if country:
            return country
    for att in getattr(doc._, "attributions", None) or []:
        source = att.source_resolved or att.source
        if source:
            span = doc.char_span(source[0], source[1], alignment_mode="expand")
            m = mention_for(doc, span) if span is not None else None
            # "the South's Joint Chiefs of Staff": the state the compass word names, not a region called the South
            compass = _compass_state(doc, span) if m is not None and len(span) else None
            if m is not None and _foreign_mission(doc, m):
                continue  # "China's embassy in Honiara said": a state's mission abroad, never the story's home
            if m and (compass or m.country) and m.sector in ("GOV", "MIL", "BGD", "POL"):
                return compass or _region_misread(doc, m, span) or m.country
            filed_from = _dateline_country(doc) if m and m.country is None and \
                m.sector in ("GOV", "MIL", "BGD", "POL") else None
            if filed_from and not _named_after_dateline(doc, filed_from) and span is not None:
                # "GENEVA - The UN office said Myanmar's military …. A spokesman for the junta": filed from no
                # party's ground, the speaker is of the one state named before it
                filed_from = _state_bodies_country(doc, span.start) or filed_from
            if filed_from:
                # "TOKYO - …, Chief Cabinet Secretary X said": a state speaker named by no country, quoted
                # first, is of the country the report was filed from
                return filed_from
    return None


# ("Royal Thai Army, Second Army Area - Statement", "Government of Benin — Statement on the attack": a heading's
# issuer before a dash)
_RELEASE_TITLE = re.compile(r"\s[-\u2013\u2014]\s*statement\b|"
                            r"\b(?:press\s+release|news\s+release|communiqu[eé]|(?:official|joint)\s+statement|"
                            r"statement\s+(?:of|by|from)\s|:\s*statement\s+on\s)", re.I)


def _title_issuer_country(doc: Doc) -> str | None:
    """The country of the state body a press release's or communique's title line names as its issuer, by a
    country's own word ("Ministry of the Interior of Finland - Press release, 22 November", "Press release of the
    Ministry of Foreign Affairs of Thailand"): the one country of such bodies in the title, else None (a body of no
    named country, "Government communique on …", says nothing of whose)."""
    end = _release_title_end(doc)
    if end is None:
        return None
    mentions = [m for m in getattr(doc._, "actor_mentions", None) or [] if doc[m.end - 1].idx < end]
    found = {_sovereign(m.country) for m in mentions
             if m.country and m.sector in ("GOV", "MIL", "POL", "BGD") and
             any(t.ent_type_ in ("GPE", "NORP") or dictionary_country(t.text) for t in doc[m.start:m.end])}
    # "United Arab Emirates, Ministry of Foreign Affairs: statement on Sudan": the state named just before its body
    found |= {_sovereign(c.country) for m in mentions if m.country is None and m.sector in ("GOV", "MIL", "POL", "BGD")
              and m.start >= 2 and doc[m.start - 1].text == "," for c in mentions
              if c.end == m.start - 1 and c.country and c.sector == "STATE"}
    # "Press statement of the Ministry of Information, Asmara": the capital it issues from, just after the body
    found |= {_sovereign(c.country) for m in mentions if m.country is None and m.sector in ("GOV", "MIL", "POL", "BGD")
              and m.end < len(doc) and doc[m.end].text == "," for c in mentions
              if c.start == m.end + 1 and c.country and c.sector == "STATE"}
    return next(iter(found)) if len(found) == 1 else None


def _release_title_end(doc: Doc) -> int | None:
    """Where the text's first line ends, when that line is a press release's or communique's title; else None."""
    text = _dc.text(doc)
    end = text.find("\n")
    return end if end > 0 and _RELEASE_TITLE.search(text[:end]) else None


def _own_forces_country(doc: Doc) -> str | None:
    """The state of a release's issuer named by no country, told by the forces it calls its own: "Ministry of Armed
    Forces - Communique … intercepted by the Chadian army … three of our soldiers fell" speaks for the one state
    whose forces the text names (`own_forces_words`); None when it names several states' forces or none, or the text
    is no release."""
    end = _release_title_end(doc)
    if end is None:
        return None
    mentions = getattr(doc._, "actor_mentions", None) or []
    if not any(m.country is None and m.sector in ("GOV", "MIL", "POL", "BGD") and doc[m.end - 1].idx < end
               for m in mentions):
        return None  # the title's issuer is no state body of no country ("Statement of the M23": its own fighters)
    own = _speaker_lists()["own_forces_words"]
    if not any(t.lower_ in ("our", "ours") and t.head.lemma_.lower() in own and t.head.i > t.i for t in doc):
        return None
    found = {_sovereign(m.country) for m in mentions
             if m.country and m.sector in ("MIL", "BGD", "POL") and _own_country_words(doc, m)}
    return next(iter(found)) if len(found) == 1 else None


def _foreign_mission(doc: Doc, m) -> bool:
    """Whether an actor mention is a state's mission abroad by its head ("China's embassy", "the British high
    commission", "the US consulate in Erbil"; `foreign_missions`, lower case)."""
    if not m.start <= m.head < m.end:
        return False
    head = doc[m.head]
    words = {head.lemma_.lower(), head.lower_}
    if head.i > m.start:
        words.add(f"{doc[head.i - 1].lower_} {head.lower_}")
    return bool(words & _speaker_lists()["foreign_missions"])


def _dateline_country(doc: Doc) -> str | None:
    """The country of the city a dateline names ("TOKYO -", "ERBIL, Iraq, Nov 21 -"), or None."""
    place = dateline_place(doc)  # in the text, else the one the ingest read from the article's head
    return _sovereign(iso3(place.country)) if place is not None and place.country else None


def _named_after_dateline(doc: Doc, country: str) -> bool:
    """Whether the story names a place of `country` or an actor by its country's name after its dateline (not
    a person the actor stage placed by the dateline's capital)."""
    text = _dc.text(doc)
    # "a Bangkok-based rights group": where a body is based names no party's ground
    return any(not _dc.in_dateline(doc, p.start) and p.country and iso3(p.country) == country
               and not text[p.end:p.end + 6].lower() == "-based"
               for p in doc._.places or []) or \
        any(m.country == country and not _dc.in_dateline(doc, doc[m.start].idx) and
            any(t.ent_type_ in ("GPE", "NORP") and text[t.idx + len(t):t.idx + len(t) + 6].lower() != "-based"
                for t in doc[m.start:m.end])
            for m in getattr(doc._, "actor_mentions", None) or [])


def _places_country(doc: Doc) -> str | None:
    """The country most of the article's places lie in, when more than half do ("the junta's spokesman" of
    an article on villages in Sagaing Region, Myanmar); None for an article spread over several countries."""
    places = getattr(doc._, "places", None) or []
    # (worked out once per Doc and list of places: every speaker of no country asks it)
    memo = getattr(doc, "user_data", None)
    if memo is None:  # (a stand-in with places only)
        return _count_places_country(doc, places)
    cached = memo.get("sitrep.places_country")
    if cached is None or cached[0] is not places or cached[1] != len(places):
        cached = memo["sitrep.places_country"] = (places, len(places), _count_places_country(doc, places))
    return cached[2]


def _count_places_country(doc: Doc, places: list) -> str | None:
    from ..actors import iso3

    counts: dict[str, float] = {}
    for p in places:
        if p.country:
            # "near the Venezuelan border", "refugees fled to Chad": a border or a neighbour named weighs less than
            # the places where things happened
            beside = getattr(p, "start", None) is not None and _beside(doc, p.start, p.end)
            country = _sovereign(iso3(p.country)) or p.country
            counts[country] = counts.get(country, 0) + (0.25 if beside else 1)
    if not counts:
        return None
    top, n = max(counts.items(), key=lambda kv: kv[1])
    return top if n * 2 > sum(counts.values()) else None


def _beside(doc: Doc, start: int, end: int) -> bool:
    """Whether a place or a country's word names only a border or a neighbour of the ground a story is on: "near the
    Venezuelan border", "the border with Venezuela", "neighbouring Chad", "refugees fled to Chad", "sought refuge in
    Chad" (speakers.yaml's `border_words`, `neighbour_words`, `flight_words`)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    lists = _speaker_lists()
    root, last = span.root, span[-1]
    if last.i + 1 < len(doc) and doc[last.i + 1].lemma_.lower() in lists["border_words"]:
        return True  # "the Venezuelan border", "the Chad border"
    if span.start > 0 and doc[span.start - 1].lower_ in lists["neighbour_words"] or \
            any(c.lower_ in lists["neighbour_words"] for c in root.children):
        return True  # "neighbouring Chad"
    if root.dep_ == "pobj":
        prep, head = root.head, root.head.head
        if prep.lower_ in ("with", "of", "along") and head.lemma_.lower() in lists["border_words"]:
            return True  # "the border with Venezuela"
        if prep.lower_ in ("to", "into", "across", "in", "toward", "towards") and \
                head.lemma_.lower() in lists["flight_words"]:
            return True  # "fled to Chad", "sought refuge in Chad", "refugees in Chad"
    return False


def _beside_mention(doc: Doc, m) -> bool:
    """A country named only as a border or a neighbour ("near the Venezuelan border"): no party to the story."""
    return m.sector == "STATE" and 0 <= m.start < m.end <= len(doc) and \
        _beside(doc, doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1]))


_FUNCTION_WORDS = {"the", "of", "a", "an", "and", "for", "on", "in"}


def _speaking_for(who: dict, earlier: dict) -> dict:
    """`who` as the earlier speaker it stands for: that speaker's country, and its sector where `who` has none."""
    return {**who, "country": earlier["country"], "sector": who.get("sector") or earlier.get("sector")}


def _same_person(who: dict, earlier: dict) -> dict:
    """`who` as the person the earlier speaker named: its country, and its sector, which the title it was
    introduced with settled ("Brig. Gen. X Y, the army's spokesman" … "Gen. Y said"), before a sector guessed again."""
    return {**who, "country": earlier["country"], "sector": earlier.get("sector") or who.get("sector")}


_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "mister", "madam", "madame", "sir", "monsieur"}


class _EarlierSpeakers:
    """The speakers of a claims list (each claim's claimant, then its responders), indexed for the `_named_before`
    family, which asks of every new claim who was named before it: by surname and given name (the latest claim's
    first), by whole name and comma part (the first claim's first), and the speakers with a country, latest claim
    first, for the searches left linear. Extended claim by claim as the list grows."""

    def __init__(self):
        self.groups: list[list[dict]] = []  # each claim's speakers with a country, claimant first
        self.by_surname: dict[str, dict] = {}
        self.by_given: dict[str, dict] = {}
        self.by_name: dict[str, dict] = {}
        self.by_part: dict[str, dict] = {}
        self.igo_by_part: dict[str, dict] = {}

    def add(self, claim: Claim) -> None:
        speakers = [claim.claimant] + [r["by"] for r in claim.responses]
        self.groups.append([e for e in speakers if e.get("country")])
        surnames: dict[str, dict] = {}
        givens: dict[str, dict] = {}
        for e in self.groups[-1]:
            for caps, given, article in _name_parts(e.get("name") or ""):
                if article:
                    continue
                if len(caps) >= 2:
                    surnames.setdefault(caps[-1], e)
                if given is not None and given not in _HONORIFICS:
                    givens.setdefault(given, e)
        self.by_surname.update(surnames)  # (a later claim's speaker is named before an earlier one's)
        self.by_given.update(givens)
        for e in speakers:
            name = e.get("name") or ""
            parts = [p.strip().lower() for p in re.split(r",\s", name)]
            if e.get("country"):
                self.by_name.setdefault(name.lower(), e)
                for part in parts:
                    self.by_part.setdefault(part, e)
            elif e.get("sector") == "IGO":
                for part in parts[1:]:
                    self.igo_by_part.setdefault(part, e)

    def latest_placed(self):
        """The speakers with a country, latest claim first (claimant, then responders)."""
        return (e for g in reversed(self.groups) for e in g)


_EARLIER_MEMO: list = [None]  # (the claims list, the fingerprints of the claims indexed, the index): one list at a time


def _fingerprint(claim: Claim) -> tuple:
    return id(claim.claimant), tuple(id(r["by"]) for r in claim.responses)


def _earlier_speakers(claims: list[Claim]) -> _EarlierSpeakers:
    """The index of a claims list's speakers: extended by the claims added since it was asked, built again when an
    indexed claim's speakers changed."""
    memo = _EARLIER_MEMO[0]
    prints = [_fingerprint(c) for c in claims]
    if memo is None or memo[0] is not claims or len(memo[1]) > len(prints) or prints[:len(memo[1])] != memo[1]:
        memo = _EARLIER_MEMO[0] = (claims, [], _EarlierSpeakers())
    index = memo[2]
    for c, p in zip(claims[len(memo[1]):], prints[len(memo[1]):]):
        index.add(c)
        memo[1].append(p)
    return index


def _named_before(claims: list[Claim], who: dict) -> dict:
    """"Myanmar state television said A. … State television later described B as fake news": a speaker of no
    country named again by part of an earlier speaker's name (two words or more) is that speaker."""
    words = {w for w in re.findall(r"[a-z]+", who["name"].lower()) if w not in _FUNCTION_WORDS} - _HONORIFICS
    if len(words) == 1 and words <= _speaker_lists()["media_heads"] | _speaker_lists()["body_heads"] | \
            _speaker_lists()["described_kind_nouns"].keys():
        return _body_named_before(claims, who, next(iter(words)))
    if len(words) == 1 and re.search(r"\b[A-Z]", who["name"]):
        # "Mr Garba", "Garba" after "Abdou Garba, a member of a vigilante committee, said": the person by surname
        surname = next(iter(words))
        index = _earlier_speakers(claims)
        # the name before an appositive ("X Y, the province's deputy governor") or after a title ("the county's
        # police commander, X Y"): any comma part that is a name of two capitalised words
        earlier = index.by_surname.get(surname)
        if earlier is not None:
            return _same_person(who, earlier)
        # "Mr Zemene" after "who gave his name as Zemene Asres": a given name used as the name of address
        # (Ethiopian, Eritrean, Burmese, Icelandic usage), the first of a two-word name ending a part
        earlier = index.by_given.get(surname) if surname not in _HONORIFICS else None
        if earlier is not None:
            return _same_person(who, earlier)
    if len(words) < 2:
        return who
    offices = _speaker_lists()["office_holders"]
    for earlier in _earlier_speakers(claims).latest_placed():
        name = (earlier.get("name") or "").lower()
        # "the high commission" after "France's high commissioner": an office-holder's title names the office
        named = _lower_words(name)
        if name != who["name"].lower() and words <= named | {offices[w] for w in named if w in offices}:
            return _speaking_for(who, earlier)
    for earlier in _earlier_speakers(claims).latest_placed():
        # "the prison agency SNAI said A. The SNAI director, X, said B": a title naming an earlier body by its
        # own name (initials, or two capitalised words) is of that body's country
        proper = _proper_words(earlier.get("name") or "")
        if proper and {w.lower() for w in proper} <= words and not dictionary_country(" ".join(proper)):
            return _speaking_for(who, earlier)
    return who


# (what `_named_before` reads of each earlier speaker's name, worked out once per name: it reads every earlier claim)
@lru_cache(maxsize=1 << 14)
def _name_parts(name: str) -> tuple:
    """Each comma part of a name: its capitalised words (lower case), the first of a two-word name ending it (lower
    case, or None), and whether it opens with an article."""
    out = []
    for part in re.split(r",\s", name):
        caps = tuple(w.lower() for w in re.findall(r"\b[A-Z][a-z'-]+", part))
        run = re.search(r"\b([A-Z][a-z'-]+)\s+[A-Z][a-z'-]+\s*$", part)
        out.append((caps, run.group(1).lower() if run else None,
                    re.match(r"(?:the|a|an)\s", part.strip(), re.I) is not None))
    return tuple(out)


@lru_cache(maxsize=1 << 14)
def _lower_words(name: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", name))


@lru_cache(maxsize=1 << 14)
def _proper_words(name: str) -> tuple[str, ...]:
    """A body's own name in a speaker's name: its words in capitals (initials), else its capitalised words when
    two or more (function words left out)."""
    own = [w for w in re.findall(r"[A-Za-z][\w-]*", name) if w.lower() not in _FUNCTION_WORDS]
    return tuple([w for w in own if w.isupper() and len(w) >= 2] or
                 ([w for w in own if w[:1].isupper()] if sum(w[:1].isupper() for w in own) >= 2 else []))


def _body_named_before(claims: list[Claim], who: dict, head: str) -> dict:
    """"The Government Media Office in Gaza said A. The office said B": a body named again by its head noun alone
    is the latest earlier speaker whose name holds that noun; an outlet's noun ("the paper") is the latest
    outlet; else ("Georgia's State Security Service said A. The agency said B") the body that made the claim just
    before, when it is a body with a country."""
    for c in reversed(claims):
        for earlier in [r["by"] for r in c.responses] + [c.claimant]:
            names = _lower_words((earlier.get("name") or "").lower())
            if earlier.get("country") and (head in names or head + "s" in names):
                return _speaking_for(who, earlier)
    kind = _speaker_of_kind_before(claims, who, head)
    if kind is not None:
        return kind
    if head not in _speaker_lists()["media_heads"] | _speaker_lists()["body_heads"]:
        return who  # "the charity": a body of its kind only, never the state body that spoke last
    if head in _speaker_lists()["media_heads"]:
        found = _media_named_before(claims, who)
        if found is not who:
            return found
    last = claims[-1].claimant if claims else {}
    last_head = (re.findall(r"[a-z]+", (last.get("name") or "").lower()) or [""])[-1]
    if last.get("country") and last_head in _speaker_lists()["body_heads"] | _speaker_lists()["media_heads"]:
        return _speaking_for(who, last)
    return who


def _speaker_of_kind_before(claims: list[Claim], who: dict, head: str) -> dict | None:
    """"UNHCR said A. Chad's government said B. The agency said C": a body named again by the noun of its kind
    (`described_kind_nouns`: "the agency", "the charity", "the organisation") is the latest earlier speaker of that
    kind, by its sector (an international body, an NGO) or the last word of its name ("Georgia's State Security
    Service"), of its country or of none; None when no earlier speaker is of that kind."""
    kind = _speaker_lists()["described_kind_nouns"].get(head)
    if not kind:
        return None
    sectors, heads = set(kind.get("sectors") or ()), set(kind.get("heads") or ()) | {head}
    found = []
    for c in claims:
        for earlier, at in [(c.claimant, c.start)] + [(r["by"], r.get("start") or 0) for r in c.responses]:
            name = re.split(r",\s", earlier.get("name") or "")[0].lower()
            last = (re.findall(r"[a-z]+", name) or [""])[-1]
            if name and name != (who.get("name") or "").lower() and (
                    earlier.get("sector") in sectors and earlier.get("country") is None or last in heads):
                found.append((at, earlier))
    if not found:
        return None
    earlier = max(found, key=lambda x: x[0])[1]
    return {**who, "country": earlier.get("country"), "sector": who.get("sector") or earlier.get("sector")}


def _own_body_in_words(doc: Doc, claims: list[Claim], source: tuple[int, int] | None, who: dict) -> dict | None:
    """"A UN spokesperson said the organisation had warned that A", "a police spokeswoman said the service had warned
    that B": a body named by a bare noun inside another speaker's words, a noun that speaker's kind of body uses of
    itself (`own_body_nouns`, by the speaker's sector), is the speaker's own body: its country and sector; else
    None."""
    if source is None or not claims:
        return None
    said = re.fullmatch(r"the\s+([a-z]+)", _dc.text(doc)[source[0]:source[1]].strip(), re.I)
    if said is None:
        return None
    outer = next((c for c in reversed(claims) if c.start <= source[0] < c.end), None)
    if outer is None or not outer.claimant.get("name"):
        return None
    sector = outer.claimant.get("sector")
    nouns = _speaker_lists()["own_body_nouns"].get("state" if sector in _STATE_SECTORS else sector) or ()
    if said.group(1).lower() not in nouns:
        return None
    # (a state's own body keeps its own sector where it has one: "the ministry" in an army spokesman's words)
    return {**who, "country": outer.claimant.get("country"),
            "sector": who.get("sector") if sector in _STATE_SECTORS and who.get("sector") else sector}


def _media_named_before(claims: list[Claim], who: dict) -> dict:
    """"The state-run Mekong Daily said A. … The paper said B": an outlet named again by a media noun alone is the
    latest earlier speaker named as an outlet, when that speaker has a country."""
    heads = _speaker_lists()["media_heads"]
    found = []
    for c in claims:
        for earlier, at in [(c.claimant, c.start)] + [(r["by"], r.get("start") or 0) for r in c.responses]:
            if set(re.findall(r"[a-z]+", (earlier.get("name") or "").lower())) & heads:
                found.append((at, earlier))
    if not found:
        return who
    earlier = max(found, key=lambda x: x[0])[1]
    return _speaking_for(who, earlier) if earlier.get("country") else who


_SPOKESMAN = re.compile(r"^(?:the\s+|a\s+)?(?:(?P<inst>[a-z]+)(?:'s)?\s+)?(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|"
                        r"press\s+(?:officer|secretary))\b(?:\s+for\s+the\s+(?P<inst2>[a-z]+))?", re.I)


_MINISTER = re.compile(r"^(?:the\s+)?(?P<kind>[a-z]+)\s+minister\b", re.I)


def _ministry_minister(claims: list[Claim], who: dict, title: str) -> dict:
    """"France's foreign ministry rejected the accusation. Foreign Minister X later said …": a minister titled by
    the kind of ministry alone speaks for the latest earlier speaker named as that kind of ministry."""
    m = _MINISTER.match(title.strip())
    kind = m and m.group("kind").lower()
    if not kind or dictionary_country(title):
        return who
    for c in reversed(claims):
        for earlier in [r["by"] for r in c.responses] + [c.claimant]:
            words = re.findall(r"[a-z]+", (earlier.get("name") or "").lower())
            if earlier.get("country") and kind in words and "ministry" in words:
                return _speaking_for(who, earlier)
    return who


_MEMBER = re.compile(r"^(?:a|an|the|one)\s+(?:(?:senior|top|leading|prominent|local)\s+)?(?:member|official|leader|"
                     r"commander|figure|officer|representative|negotiator)\s+(?:of|in|from|for)\s+(?:the\s+)?"
                     r"(?P<inst>[a-z]+)(?:'s|'|\u2019s|\u2019)?(?![\w-])", re.I)


def _institution_spokesman(claims: list[Claim], who: dict, title: str) -> dict:
    """"Cambodia's defence ministry said … 'We did not shoot first,' ministry spokeswoman Chhum Sokunthea said":
    a spokesperson titled by an institution's noun alone, with no state of its own in the title, speaks for the
    latest earlier speaker whose name holds that noun (the article's home state is only a guess); "the body's
    spokesman" or "the council's spokesman" after "a civil society body" or "a tribal council" speaks for that body,
    of no country when it has none; "a member of the group's political bureau" for the group named before."""
    name = who.get("name") or ""
    owned = _owner_named_before(claims, who, title) or _title_named_before(claims, who, title) or \
        _party_officer(claims, who, title) or _possessor_named_before(claims, who, title)
    if owned is not None:
        return owned
    m = _SPOKESMAN.match(title.strip())
    inst = m and (m.group("inst") or m.group("inst2") or "").lower()
    if not m:
        member = _MEMBER.match(title.strip())
        if member is None:
            return _ministry_minister(claims, who, title)
        inst = member.group("inst").lower()
    if not inst or inst in _FUNCTION_WORDS or dictionary_country(title):
        return who
    state = inst in _linking()["state_institutions"]
    # "the group's spokesman": the group of any name ("the Houthi movement", "the rebels") that spoke last
    nouns = _linking()["group_nouns"] if inst in _linking()["group_nouns"] else {inst, inst + "s"}
    for c in reversed(claims):
        for earlier in [r["by"] for r in c.responses] + [c.claimant]:
            words = re.findall(r"[a-z]+", re.split(r",\s", (earlier.get("name") or "").lower())[0])
            # "the group's": a group by its name's noun or by its armed sector ("the Houthis' military spokesman")
            armed = inst in _linking()["group_nouns"] and earlier.get("sector") in _ARMED
            if (earlier.get("name") or "").lower() == name.lower() or not (set(words) & nouns or armed):
                continue
            if earlier.get("country") and inst in _linking()["group_nouns"] and earlier.get("sector") in _ARMED:
                return {**who, "country": earlier["country"], "sector": earlier["sector"]}  # the group's, not a title's
            if earlier.get("country"):
                return _speaking_for(who, earlier)
            # the earlier name's head, before a place it is in ("a community council in El Estor")
            head = re.findall(r"[a-z]+", re.sub(r"\s+(?:in|at|from|on)\s.*$", "", re.split(
                r",\s", (earlier.get("name") or "").lower())[0]))[-1:]
            if not state and (words[-1] in nouns or head and head[0] in nouns) and \
                    inst not in _linking()["group_nouns"]:
                # "A civil society body rejected … the body's spokesman said": the body heads the earlier name
                return {**who, "country": None, "sector": earlier.get("sector") or (
                    who.get("sector") if who.get("sector") not in _STATE_SECTORS else None)}
    if inst in _linking()["domestic_bodies"] and re.search(r"\bthe\s+" + re.escape(inst) + r"\b", title, re.I) and \
            claims and claims[-1].claimant.get("country") and _proper_body(claims[-1].claimant.get("name")):
        # "The Kurdish Democratic Union of Iran said A. The party's spokesman told reporters …": a party named by its
        # own name just before, though the name lacks the word (not "a member of parliament", of no body named)
        return _speaking_for(who, claims[-1].claimant)
    return who


# ("Its director Zoran Milic": the title before a name with no comma too)
_ITS_TITLE = re.compile(r"^(?:[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s*(?:,|$|[A-Z])")

# "the party's spokesman", "the movement's deputy leader", "the party's secretary general, X": a title owned by a
# political body's noun; "a spokesman for the party", "the leader of the coalition": one naming it after "for" or "of";
# "the party" alone: the body itself
_BODY_TITLE = re.compile(r"^(?:the\s+)?(?P<body>[a-z]+)(?:'s|\u2019s)\s+(?P<title>(?:[a-z-]+\s+){0,2}[a-z-]+)\s*(?:,|$)"
                         r"|^(?:the|a|an|one)\s+(?P<title2>(?:[a-z-]+\s+){0,2}[a-z-]+)\s+(?:of|for)\s+the\s+"
                         r"(?P<body2>[a-z]+)\s*(?:,|$)|^the\s+(?P<body3>[a-z]+)\s*$", re.I)


def _political_body(earlier: dict, body: str) -> bool:
    """Whether an earlier speaker is a political body `body` ("party", "movement") can stand for: its own name holds
    that noun ("Chad's opposition Renewal Party"), or, for "party", it is a body by its own name of a country's
    political life ("Chad's opposition Union for Renewal", "the ruling Unity League", "Citizens Coalition for
    Change")."""
    first = re.split(r",\s", earlier.get("name") or "")[0]
    words = set(re.findall(r"[a-z]+", first.lower()))
    if body in words or body + "s" in words:
        return True
    # "the party" of "the opposition Citizens Coalition for Change": a body by its own name holding another political
    # body's noun, or of the opposition or the ruling side
    return body == "party" and bool(words & (_speaker_lists()["political_words"] | _speaker_lists()["party_nouns"])) \
        and _proper_body(first)


def _party_officer(claims: list[Claim], who: dict, title: str) -> dict | None:
    """"Chad's opposition Renewal Party said A. The party's spokesman, X, said B": an officer titled by a political
    body's noun (`party_nouns`: "the party's spokesman", "the movement's leader", "a lawyer for the party") speaks for
    the latest earlier speaker that is such a body, of its country and sector (not the state a spokesman's title
    reads as), and is on its side (`speaks_for`); "the party" alone is the one party named before, when only one
    was."""
    m = _BODY_TITLE.match(re.sub(r"\s+", " ", title.strip()))
    if m is None:
        return None
    body = (m.group("body") or m.group("body2") or m.group("body3")).lower()
    office = (m.group("title") or m.group("title2") or "").lower()
    if body not in _speaker_lists()["party_nouns"]:
        return None
    if office and not set(re.findall(r"[a-z]+", office)) & _speaker_lists()["party_officers"]:
        return None
    found = []
    for c in claims:
        for earlier, at in [(c.claimant, c.start)] + [(r["by"], r.get("start") or 0) for r in c.responses]:
            name = earlier.get("name") or ""
            if not name or not earlier.get("country") or name.lower() == (who.get("name") or "").lower():
                continue
            if earlier.get("speaks_for") and _political_body({"name": earlier["speaks_for"]}, body):
                found.append((at, earlier))  # another officer of that body, named before
            elif not _personal(name) and _political_body(earlier, body):
                found.append((at, earlier))
    if not found:
        return None
    if not office and len({(e.get("speaks_for") or e.get("name") or "").lower() for _, e in found}) > 1:
        return None  # "the party" after two parties: not known which
    earlier = max(found, key=lambda x: x[0])[1]
    return {**who, "country": earlier["country"], "sector": earlier.get("sector"),
            "speaks_for": earlier.get("speaks_for") or re.split(r",\s", earlier.get("name") or "")[0]}


def _owner_named_before(claims: list[Claim], who: dict, title: str) -> dict | None:
    """"The opposition X party denied A. '…,' its chairwoman, Y, said": a title owned by "its" or "their" is the
    body's that spoke last before it, when that body has a country; a person named with a title ("the minister,
    X") is no owner of "its"."""
    if not _ITS_TITLE.match(title.strip()):
        return None
    found = []
    for c in claims:
        for earlier, at in [(c.claimant, c.start)] + [(r["by"], r.get("start") or 0) for r in c.responses]:
            name = earlier.get("name") or ""
            if not name or _personal(name) or name.lower() == (who.get("name") or "").lower():
                continue
            found.append((at, earlier))
    if not found:
        return None
    earlier = max(found, key=lambda x: x[0])[1]
    if earlier.get("country") is None:
        # an owner of no country ("a cattle breeders' association", "the coca growers' federation"): its officer
        # speaks for it, of no country either (civil society is of no state, session 15's convention; the officer
        # and the body are one side); an owner whose state was not found (a state body) leaves the speaker as it was
        if earlier.get("sector") in _STATE_SECTORS or _side_of(earlier) is not None:
            return None
        return {**who, "country": None, "sector": earlier.get("sector")}
    # the owner's sector, not one the actor stage guessed for the person's name ("its deputy leader, X" of an
    # opposition party is no police officer), and its side (`speaks_for`)
    return {**who, "country": earlier.get("country"), "sector": earlier.get("sector"),
            "speaks_for": earlier.get("speaks_for") or re.split(r",\s", earlier.get("name") or "")[0]}


_OWNED_TITLE = re.compile(r"^[Tt]he\s+(?P<owner>[a-z]+)(?:'s|\u2019s)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s*(?:,|$)")


def _possessor_named_before(claims: list[Claim], who: dict, title: str) -> dict | None:
    """"The region's self-styled foreign ministry said A. … The region's leader said B": a title owned by a common
    noun ("the region's") is of the latest earlier speaker owned by the same noun, when that speaker has a country
    (session 20)."""
    m = _OWNED_TITLE.match(title.strip())
    if m is None:
        return None
    owner = re.compile(r"^(?:the\s+)?" + re.escape(m.group("owner")) + r"(?:'s|\u2019s)\s", re.I)
    for c in reversed(claims):
        for earlier in [r["by"] for r in c.responses] + [c.claimant]:
            name = earlier.get("name") or ""
            if earlier.get("country") and owner.match(name) and name.lower() != (who.get("name") or "").lower():
                return _speaking_for(who, earlier)
    return None


_THE_TITLE = re.compile(r"^[Tt]he\s+(?:[a-z-]+\s+)?(?P<head>[a-z]+)\s*,\s*[A-Z]")


def _title_named_before(claims: list[Claim], who: dict, title: str) -> dict | None:
    """"A local government chairman said A. … The chairman, Modu Kachallah, insisted B": a person named with a
    definite title ("the chairman, X") is the speaker described by that title before with no name of its own (the
    latest whose name ends in the title's noun), of that speaker's country."""
    m = _THE_TITLE.match(title.strip())
    if m is None:
        return None
    head = m.group("head").lower()
    for c in reversed(claims):
        for earlier in [r["by"] for r in c.responses] + [c.claimant]:
            # its own words, before a place or body it is of ("a local government chairman in Borno state")
            first = re.sub(r"\s+(?:in|of|at|for|from)\s.*$", "", re.split(r",\s", earlier.get("name") or "")[0])
            words = re.findall(r"[a-z]+", first.lower())
            if earlier.get("country") and words and words[-1] == head and not re.search(r"\b[A-Z][a-z]", first) \
                    and (earlier.get("name") or "").lower() != (who.get("name") or "").lower():
                return _speaking_for(who, earlier)
    return None


@lru_cache(maxsize=1 << 14)  # (asked of one name against every earlier speaker)
def _personal(name: str) -> bool:
    """Whether a speaker's name names a person: an honorific first, or a part of two capitalised words or more with
    no all-capital word and no body's noun ("Nino Abashidze", "the minister, Levan Gachechiladze"; not "the prison
    service, SNAI" nor "Georgia's Interior Ministry")."""
    if re.match(r"(?:%s)\.?\s" % "|".join(_HONORIFICS), name, re.I):
        return True
    heads = _speaker_lists()["body_heads"] | _speaker_lists()["state_body_words"] | _speaker_lists()["media_heads"] | \
        _speaker_lists()["body_names"] | _linking()["domestic_bodies"] | _linking()["group_nouns"]
    for part in re.split(r",\s", name):
        words = re.findall(r"[\w'.-]+", part)
        run = []  # the capitalised words that end the part ("Deputy interior minister Levan Gachechiladze")
        for w in reversed(words):
            if not w[:1].isupper():
                break
            run.append(w)
        if run and len(run) < len(words) and words[-len(run) - 1].lower() == "the":
            continue  # "the delegation in the Basque Country": a place or a body after an article, no person's name
        if len(run) >= 2 and not any(w.isupper() and len(w) > 1 for w in run) and \
                not {w.lower().removesuffix("'s") for w in run} & heads:
            return True
    return False


def _proper_body(name: str | None) -> bool:
    """A body named by its own name ("Kurdish Democratic Union of Iran"): two capitalised words or more, no title
    before a person's name, not a state's own body."""
    own = [w for w in re.findall(r"[A-Za-z][\w-]*", name or "") if w.lower() not in _FUNCTION_WORDS]
    return "," not in (name or "") and sum(w[:1].isupper() for w in own) >= 2 and \
        not set(w.lower() for w in own) & (_speaker_lists()["state_body_words"] | _speaker_lists()["body_heads"]) \
        and not any(w.lower() in ("spokesman", "spokeswoman", "spokesperson", "minister") for w in own)


def _title_of(doc: Doc, source: tuple[int, int]) -> str:
    """A speaker's words with the title it stands in apposition to: "The group's military spokesman, Brig. Gen.
    X, said" gives "The group's military spokesman" for "X", "A member of the group's political bureau, X" its
    whole phrase."""
    span = doc.char_span(source[0], source[1], alignment_mode="expand")
    if span is not None and span.start >= 2 and doc[span.start - 1].text == "-" and \
            not doc[span.start - 2].whitespace_ and doc[span.start - 2].is_alpha:
        # "the coalition's co-leader, X" cut after the hyphen ("leader, X"): the title has its whole word and owner
        span = doc[min(doc[span.start - 2].left_edge.i, span.root.left_edge.i):span.end]
        source = (span.start_char, source[1])
    described = _self_described(span)
    if described is not None:  # "a man who identified himself as the group's spokesman"
        return described.text
    if span is not None and len(span) and span.root.dep_ == "appos" and span.root.head.i < span.start:
        head = span.root.head
        # with the head's own of-phrase ("A member of the group's political bureau, X, said")
        end = max([head.idx + len(head)] + [t.right_edge.idx + len(t.right_edge) for t in head.children
                                             if t.dep_ == "prep" and head.i < t.i and t.right_edge.i < span.start])
        return _dc.text(doc)[head.left_edge.idx:end]
    return _dc.text(doc)[source[0]:source[1]]


def _turn_label(doc: Doc, source: tuple[int, int]) -> bool:
    """"Kazemi: Iran has cooperated …": the speaker is a transcript turn's label (a paragraph opening with a
    name and a colon)."""
    text = _dc.text(doc)
    return (source[0] == 0 or text[source[0] - 1] == "\n") and text[source[1]:source[1] + 1] == ":" and \
        text[source[0]:source[1]].strip().lower() not in _linking()["interviewer_labels"]


def _intro_official(doc: Doc, who: dict) -> dict:
    """A turn's speaker of no known country in a transcript whose first paragraph (its title or intro) names
    the state official or body it is of: that one state's ("Transcript: weekly briefing of Iran's foreign
    ministry spokesman" … "Kazemi: …"); not a speaker of an international body or an NGO ("X, spokesman of the
    African Union mission, was interviewed on a Mogadishu radio station" … "X: …" is of no state)."""
    if who.get("sector") in ("IGO", "NGO"):
        return who
    first = next(iter(doc.sents), None)
    end = _dc.text(doc).find("\n")
    end = end if end > 0 else (first.end_char if first is not None else 0)
    # (in the order first named: one country's several bodies, "the Malian government and the Malian army", give
    # the first one's sector, not whichever a set's hash order put first)
    found = dict.fromkeys((m.country, "GOV" if m.sector == "STATE" else m.sector)
                          for m in getattr(doc._, "actor_mentions", None) or []
                          if m.country and m.sector in ("GOV", "MIL", "POL", "BGD", "STATE") and doc[m.start].idx < end)
    # "Moldova's foreign minister spoke to a Romanian broadcaster": the state body named, before a bare country
    bodies = {m.country for m in getattr(doc._, "actor_mentions", None) or []
              if m.country and m.sector in ("GOV", "MIL", "POL", "BGD") and doc[m.start].idx < end}
    if len(bodies) == 1 and len({c for c, _ in found}) > 1:
        found = dict.fromkeys((c, sec) for c, sec in found if c in bodies)
    countries = {c for c, _ in found}
    state_title = r"\b(?:ministry|spokes(?:man|woman|person)|minister|president|government|army|military|presidency|" \
        r"embassy|cabinet|secretary|governor|police)\b"
    if not countries and (re.search(state_title, _dc.text(doc)[:end], re.I) or
                          re.fullmatch(r"(?:the\s+)?" + state_title, (who.get("name") or "").strip(), re.I)):
        # (session 27: or the turn's label is a state's title itself, "Secretary: …" under "Morning press conference
        # at the National Palace, excerpt on Nuevo Laredo")
        # "Transcript: briefing by the foreign ministry spokeswoman, Ankara", "security cabinet briefing, Mexico
        # City": the body's country is the place the intro names
        from ..actors import iso3
        places = {iso3(p.country) for p in getattr(doc._, "places", None) or [] if p.start < end and p.country}
        if len(places) == 1:
            return {**who, "country": next(iter(places)), "sector": who.get("sector") or "GOV"}
    if len(countries) != 1:
        return who
    country, sector = next(iter(found))
    return {**who, "country": country, "sector": who.get("sector") or sector}


def _same_person_before(claims: list[Claim], who: dict) -> dict:
    """A speaker named by a pronoun is the person its name gives; who that person speaks for was settled where
    the name first spoke, with its title ("ministry spokeswoman X said …. She called …")."""
    name = (who.get("name") or "").lower()
    if len(name.split()) < 2:
        return who
    if who.get("country") and re.findall(r"[a-z]+", name)[-1:] and \
            re.findall(r"[a-z]+", name)[-1] in _speaker_lists()["body_heads"]:
        # "Armenia's Defence Ministry said A. Azerbaijan's Defence Ministry rejected it. It said B": a body named
        # by its kind alone ("Defence Ministry") is the one its coreference found, not the first of that name
        return who
    index = _earlier_speakers(claims)
    earlier = index.by_name.get(name)
    if earlier is not None:
        return _speaking_for(who, earlier)
    # "A spokesman for Ukraine's eastern group of forces, Oleh Tkachuk, rejected A. He said B": the person named
    # with a title before, the name one part of the earlier speaker's
    earlier = index.by_part.get(name) if _personal(who.get("name") or "") else None
    if earlier is not None:
        return _same_person(who, earlier)
    if who.get("country") and _personal(who.get("name") or ""):
        # "The office's spokeswoman, X, said A. She said B" after a UN office's report: the person named with the
        # title of an international body before keeps its lack of a country
        earlier = index.igo_by_part.get(name)
        if earlier is not None:
            return _same_person(who, earlier)
    return who


def _mentions_words(doc: Doc) -> list:
    """The actor mentions with a country, each with the set of its lower-case words and its lower-case text
    (listed once per Doc and list: every speaker named by a body's kind reads them all)."""
    mentions = getattr(doc._, "actor_mentions", None) or []
    cached = doc.user_data.get("sitrep.mentions_words")
    if cached is None or cached[0] is not mentions or cached[1] != len(mentions):
        cached = doc.user_data["sitrep.mentions_words"] = (mentions, len(mentions), [
            (m, frozenset(re.findall(r"[a-z]+", m.text.lower())), m.text.lower()) for m in mentions if m.country])
    return cached[2]


def _own_country_words(doc: Doc, m) -> bool:
    """Whether an actor mention names a country by its own words: a place or people's word, or a name the actor
    dictionary places."""
    head = m.head if m.start <= m.head < m.end else m.end - 1

    def own(t) -> bool:
        # before the head, or in its name's of-phrase ("the Ministry of Defense of Armenia"), not in words a mention
        # ran on into ("the office of political persecution of the Serb people")
        while t.i > head and t.i != t.head.i and m.start <= t.head.i < m.end:
            t = t.head
            if t.i != head and t.pos_ == "NOUN" and t.text.islower():
                return False
        return t.i <= head

    if bool(dictionary_country(m.text)) or named_group(m.text) is not None:
        return True
    mine = [t for t in doc[m.start:m.end] if own(t)]
    if any(t.ent_type_ in ("GPE", "NORP") for t in mine):
        return True
    # a country's name of several words the tagger missed ("the Government of Cote d'Ivoire")
    return any(dictionary_country(doc[t.i:t.i + n].text) for t in mine for n in range(1, 5)
               if t.i + n <= m.end and all(own(x) for x in doc[t.i:t.i + n]))


def institution_country(doc: Doc, name: str | None, before: int | None = None) -> str | None:
    """The country of a body named elsewhere in full: "Defense Ministry" is "the Ministry of Defense of Armenia";
    given a token index `before`, the latest such mention before it ("Armenia's Defence Ministry said A.
    Azerbaijan's Defence Ministry rejected it. The Defence Ministry said B": Azerbaijan's), else the first."""
    if not name:
        return None
    words = {w for w in re.findall(r"[a-z]+", name.lower()) if w not in _FUNCTION_WORDS}
    if not words:
        return None
    low = name.lower()
    found = [m for m, m_words, m_low in _mentions_words(doc) if words <= m_words and m_low != low]
    # "Police said B" after "Kosovo police said A … a former Serb police officer": a mention the body heads before
    # one that only names a person by it
    headed = [m for m in found if m.start <= m.head < m.end and doc[m.head].lower_ in words]
    found = headed or found
    # named in full: by its country's own word or a name the dictionary knows; not one whose country word lies only
    # in words it ran on into, nor the object of another speaker's sentence the actor stage gave that speaker's
    # country ("He accused the state prosecutor's office of persecuting the Serb people")
    found = [m for m in found if _own_country_words(doc, m) or
             not any(t.ent_type_ in ("GPE", "NORP") for t in doc[m.start:m.end]) and
             not (0 <= m.head < len(doc) and doc[m.head].dep_ in ("dobj", "pobj", "dative"))]
    earlier = [m for m in found if before is not None and m.start < before]
    if found and not earlier and before is not None and doc[min(before, len(doc) - 1)].idx >= _dc.dateline(doc)[1]:
        filed = _dateline_country(doc)
        if filed and found[0].country != filed and _named_after_dateline(doc, filed):
            # "BAKU - … the Ministry of Defence informs. According to the ministry, … Armenia's Ministry of Defence
            # said": a body named in full only later, of another state than the one the story was filed from and
            # names again, is the other side's, not the one the story quoted first (not so in a headline, which
            # names its speakers short: "coast guard says" before "ROME - … Libya's coast guard said")
            return None
    return (earlier[-1] if earlier else found[0]).country if found else None


def _same_side(a: dict, b: dict) -> bool:
    """The denier's own side: one speaker named again ("the general staff of X's armed forces" and "the general
    staff"), or an armed group and its own outlet or spokesman described as the group's (both armed, of one
    country; two armed groups of one country may be enemies)."""
    if a.get("country") != b.get("country"):
        return False
    # (it reads only these four values of each: the denial linker asks it of every claim for every denial, so
    # each pair of speakers is worked out once)
    ka, kb = ((x.get("country"), x.get("sector"), x.get("name"), x.get("speaks_for")) for x in (a, b))
    try:
        return _same_side_of(ka, kb)
    except TypeError:  # a value that cannot be a key
        return _same_side_of.__wrapped__(ka, kb)


@lru_cache(maxsize=1 << 16)
def _same_side_of(ka: tuple, kb: tuple) -> bool:
    a, b = ({"country": k[0], "sector": k[1], "name": k[2], "speaks_for": k[3]} for k in (ka, kb))
    na, nb = (re.sub(r"^(?:the|a|an)\s+", "", (x.get("name") or "").lower()).strip() for x in (a, b))
    if na and nb and (na in nb or nb in na):
        return True
    # "the party's spokesman" and the party it speaks for, or two officers of one body
    fa, fb = (re.sub(r"^(?:the|a|an)\s+", "", (x.get("speaks_for") or "").lower()).strip() for x in (a, b))
    if fa and fa in (nb, fb) or fb and fb == na:
        return True
    if _owned_by_name(a.get("name"), b.get("name")) or _owned_by_name(b.get("name"), a.get("name")):
        return True  # "DEM Party lawyer X" and "the pro-Kurdish DEM Party"
    if _initials_of(a.get("name"), b.get("name")) or _initials_of(b.get("name"), a.get("name")):
        return True  # "a JCS spokesman" and "South Korea's Joint Chiefs of Staff"
    # "the militant group's Radio Andalus", "the rebels' spokesman": an armed group's own voice, described
    owned = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(_linking()["group_nouns"]))) + r")(?:'s|'|\u2019s|\u2019)(?!\w)")
    return _side_of(a) == "armed" and _side_of(b) == "armed" and bool(owned.search(na) or owned.search(nb))


def _initials_of(a: str | None, b: str | None) -> bool:
    """Whether name `a` holds, as a word in capitals, the initials of a run of capitalised words in name `b` ("JCS"
    of "Joint Chiefs of Staff", "SDF" of "the Syrian Democratic Forces"; small words skipped)."""
    if not a or not b:
        return False
    if re.search(r"\b[A-Z]{3,6}\b", b):
        return False
    return any(_spells(w, b) for w in re.findall(r"\b[A-Z]{3,6}\b", a)) or \
        any(_contracts(w, b) for w in re.findall(r"\b[A-Z]{5,10}\b", a))


def _contracts(word: str, text: str) -> bool:
    """Whether `word` (in capitals) is made of the first letters — two or more each — of a run of two or more of
    `text`'s capitalised words ("CENTCOM" of "the US military's Central Command", "AFRICOM" of "Africa Command")."""
    caps = [w.lower() for w in re.findall(r"[A-Za-z]+", text) if w[:1].isupper() and w.lower() not in _FUNCTION_WORDS]
    word = word.lower()

    def fits(rest: str, k: int, used: int) -> bool:
        if not rest:
            return used >= 2
        if k >= len(caps):
            return False
        return any(caps[k].startswith(rest[:n]) and fits(rest[n:], k + 1, used + 1)
                   for n in range(2, min(len(rest), len(caps[k])) + 1))
    return any(fits(word, k, 0) for k in range(len(caps)))


def _proper_run(name: str | None) -> str | None:
    """A body's own name in a speaker's name: its last run of capitalised words (two or more, or initials), without a
    possessive ("DEM Party" of "the pro-Kurdish DEM Party", "Renewal Party" of "Chad's opposition Renewal Party"); not
    a country's name, nor a person's."""
    first = re.split(r",\s", name or "")[0]
    runs = re.findall(r"(?<![\w'\u2019-])((?:[A-Z][\w-]*(?:'s|\u2019s)?\s+)*[A-Z][\w-]*)", first)
    for run in reversed(runs):
        run = re.sub(r"(?:'s|\u2019s)$", "", run.strip())
        if "'s " in run or "\u2019s " in run:
            run = re.split(r"(?:'s|\u2019s)\s+", run)[-1]
        words = run.split()
        if not (len(words) >= 2 or run.isupper() and len(run) >= 2) or _personal(run) or iso3(run):
            continue
        return run
    return None


def _owned_by_name(a: str | None, b: str | None) -> bool:
    """Whether speaker name `a` holds speaker name `b`'s own name whole, as the owner of a title or person ("DEM Party
    lawyer X", "the DEM Party's lawyer", "a lawyer for the DEM Party" and "the pro-Kurdish DEM Party"), not inside a
    longer name ("Syrian Arab Army" and "Syrian National Army" share words, not a name)."""
    run = _proper_run(b)
    if not run or not a or (a or "").strip().lower() == (b or "").strip().lower():
        return False
    for m in re.finditer(r"(?<![\w-])" + re.escape(run) + r"(?![\w-])", a):
        before, after = a[:m.start()].rstrip(), a[m.end():]
        prev = re.findall(r"[\w'\u2019-]+", before)[-2:]
        if prev and prev[-1][:1].isupper() or \
                len(prev) == 2 and prev[-1].lower() in ("of", "for", "and", "de", "del") and prev[0][:1].isupper():
            continue  # inside a longer name ("Free DEM Party", "Union for Renewal Party")
        if re.match(r"\s+(?:of|for|de)\s+[A-Z]|\s+[A-Z][a-z]+\s+(?:Party|Army|Front|Movement)\b", after):
            continue
        if re.match(r"\s*$|\s*,|(?:'s|\u2019s)|\s+[a-z]|\s+[A-Z]", after):
            return True
    return False


_ARMED_SIDE = {"REB", "MLT", "UAG"}
_STATE_SIDE = {"GOV", "MIL", "POL", "BGD", "STATE"}


def _side_of(who: dict) -> str | None:
    """"state", "armed" (an armed group, a breakaway authority, the opposition), "defence" (a trial's defence) or
    None, by a speaker's sector and the words of its name and of the body it speaks for (`speaks_for`: "the party's
    spokesman" of "Chad's opposition Renewal Party" is the opposition's)."""
    # (it reads only these three values: asked of every claim for every denial, each speaker is read once)
    key = (who.get("sector"), who.get("speaks_for"), who.get("name"))
    try:
        return _side_from(*key)
    except TypeError:  # a value that cannot be a key
        return _side_from.__wrapped__(*key)


@lru_cache(maxsize=1 << 15)
def _side_from(sector, speaks_for, name) -> str | None:
    who = {"sector": sector, "speaks_for": speaks_for, "name": name}
    if who.get("speaks_for"):
        who = {**who, "name": f'{who["speaks_for"]} {who.get("name") or ""}'}
    words = re.findall(r"[a-z]+", (who.get("name") or "").lower())
    if (set(words) & _linking()["court_defence"] or words[-1:] in (["defence"], ["defense"])) and \
            not any(w.startswith("prosecut") for w in words):
        return "defence"  # "his lawyer", "the defence" at a trial: the other side of the state that prosecutes
    if any(w.startswith("prosecut") for w in words) and not sector:
        return "state"  # "Prosecutors told the court": the state's own
    if set(re.findall(r"[a-z-]+", (who.get("name") or "").lower())) & _linking()["breakaway_names"]:
        return "armed"  # "the de facto authorities in Tskhinvali": the other side of the state they broke from
    if sector is None and who.get("name"):
        # "a dissident faction of the group", "the rebels' spokesman": a speaker of no sector named as armed
        words = set(re.findall(r"[a-z]+", who["name"].lower()))
        if words & _speaker_lists()["ruling_names"]:
            return "state"  # "the ruling party", "the governing coalition": the state's side against the opposition
        return "armed" if words & _linking()["armed_names"] else None
    return "armed" if sector in _ARMED_SIDE else "state" if sector in _STATE_SIDE else None


def _other_side(a: dict, b: dict) -> bool:
    """Two speakers of one country on the two sides of a civil war: its state and an armed group fighting it
    (the army and the RSF, the junta and a resistance force)."""
    if not a.get("country") or a.get("country") != b.get("country"):
        return False
    sa, sb = _side_of(a), _side_of(b)
    return sa is not None and sb is not None and sa != sb
