"""Claims: who asserts, alleges, denies or confirms what, and which denial answers which claim.

Built from the attributions (`Doc._.attributions`), the actor mentions and the events of a Doc. A denial
becomes a response on the claim it denies, also when that claim is only mentioned inside the denial
("The information spread by X about Y is false").

Which claim a denial answers: the earlier claim sharing most words with it, by another side; else, when it
names an author ("Kyiv's accusation"), that author's claim; else a claim nearby that accuses the denier's side
or comes just before it. A denial that states its claim inside it ("dismissed reports that A") takes a nearby
claim only when they share a word, and otherwise answers a claim of its own; one that answers nothing stated
or named ("said it had nothing to do with the leaks") is a denial statement with no link. Who denies: the
speaker, with seats of government ("the Kremlin"), armed groups described after being named ("the militant
group"), a government in a civil war (the one country of the armed groups named), coordinated speakers
("Turkey and Azerbaijan denied") each on its own. A claim and a denier make one link ("denied A and called it
fake"). Not denials: negated cues ("did not confirm or deny"), "declined to comment", "did not respond", and a
statement negated under a neutral verb ("said its troops did not fire"), which stays an assertion (the labelled
sets' convention since heldout2; session 9 dropped the rule that made it a denial).
Speakers of no state: witnesses, residents, unnamed sources, international bodies and their staff, NGOs, groups
of no single country; "the statement said" is the earlier speaker's; a seat of government ("Port Sudan") its
state's; an armed group of no named country is of the ground the article's places lie in.
A lone denial makes an implied claim (the denied content; the author it names, else none; its claim noun as
cue) unless the next sentences tell the claim as made before ("… had said"). Speakers the tagger missed ("said in
a statement that", "X, citing Y, said", a trailing appositive) are repaired from the parse; a statement speaks
for whoever issued it. See `data/claims-eval/README.md`, "Lone denials and implied claims".
Word lists: `data/claims/stance.yaml` and `data/claims/linking.yaml`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from .. import doccache as _dc
from ..actors import dictionary_country, is_igo, iso3, mention_for, named_group, sector_of, source_kind
from ..model import Claim, Event, Source
from ..resources import load_yaml
from . import linker as _linker
from .attribution_lexicon import load_lexicon
from .sources import (agency_country, chain_for, cited_by, document_citations, kind_of, report_owner,
                      speaker_name)

_STOP = {"the", "a", "an", "of", "in", "on", "and", "or", "to", "by", "for", "is", "was", "that", "this", "with",
         "about", "from", "at", "as", "its", "their", "his", "her", "be", "been", "has", "have", "had", "it"}


@lru_cache(maxsize=1)
def _tables():
    data = load_yaml("claims/stance.yaml")
    cue_stance = {w: stance for stance, words in data["cues"].items() for w in words}
    return data, cue_stance


@lru_cache(maxsize=1)
def _linking() -> dict:
    data = load_yaml("claims/linking.yaml")
    return {"metonyms": {k.lower(): v for k, v in (data.get("metonyms") or {}).items()},
            "group_nouns": set(data.get("group_nouns") or ()),
            "restating_cues": set(data.get("restating_cues") or ()),
            "inner_claim_nouns": set(data.get("inner_claim_nouns") or ()),
            "about_preps": set(data.get("about_preps") or ()),
            "answer_verbs": set(data.get("answer_verbs") or ()),
            "responsive_nouns": set(data.get("responsive_nouns") or ()),
            "generic_objects": set(data.get("generic_objects") or ()),
            "denying_verbs": set(data.get("denying_verbs") or ()),
            "back_verbs": set(data.get("back_verbs") or ()),
            "stateless_speakers": set(data.get("stateless_speakers") or ()),
            "institution_sources": set(data.get("institution_sources") or ()),
            "state_institutions": set(data.get("state_institutions") or ()),
            "statement_nouns": set(data.get("statement_nouns") or ()),
            "responding_verbs": set(data.get("responding_verbs") or ()),
            "naming_verbs": set(data.get("naming_verbs") or ()),
            "untrue_words": set(data.get("untrue_words") or ()),
            "weekdays": [w.lower() for w in data.get("weekdays") or ()],
            "armed_names": set(data.get("armed_names") or ()),
            "result_participles": set(data.get("result_participles") or ()),
            "object_denying_verbs": set(data.get("object_denying_verbs") or ()),
            "interviewer_labels": set(data.get("interviewer_labels") or ()),
            "platforms": set(data.get("platforms") or ()),
            "breakaway_names": set(data.get("breakaway_names") or ()),
            "domestic_bodies": set(data.get("domestic_bodies") or ()),
            "civil_group_words": set(data.get("civil_group_words") or ()),
            "irregular_participles": dict(data.get("irregular_participles") or {}),
            "request_verbs": set(data.get("request_verbs") or ()),
            "unplaced_people": set(data.get("unplaced_people") or ()),
            "trailing": re.compile(
                # ", a claim Yerevan rejected", " - a charge Moscow rejects", ", something Kyiv denied", ", which
                # the group denies"
                r"(?:,|\s+[-\u2013\u2014])\s+(?P<noun>(?:a|an)\s+(?:" +
                "|".join(sorted(map(re.escape, data.get("trailing_nouns") or ["claim"]))) +
                r")s?|something|which)\s+(?:that\s+|which\s+)?(?P<who>[^,.;\"“”]{2,60}?)\s+(?:has\s+|had\s+)?"
                r"(?:(?:repeatedly|strongly|firmly|flatly|consistently|always|long|categorically)\s+)?"
                r"(?:denied|rejected|dismissed|refuted|disputed|denies|rejects|dismisses|refutes|disputes"
                r"|called\s+(?:an?\s+)?[a-z]+)\b", re.I)}


def stance_of(cue_lemma: str, content: str) -> str:
    data, cue_stance = _tables()
    low_cue = cue_lemma.lower()
    stance = cue_stance.get(low_cue) or next((cue_stance[w] for w in low_cue.split() if w in cue_stance), "assert")
    low = " " + " ".join(re.sub(r"[^\w\s-]", " ", content.lower()).split()) + " "  # 'had "no link" to' too
    if stance != "deny" and any(f" {w} " in low for w in data["content"]["deny"]):
        return "deny"
    if stance == "assert" and any(f" {w} " in low for w in data["content"]["allege"]):
        return "allege"
    return stance


def _who(doc: Doc, span: tuple[int, int] | None, fallback: str | None = None, home: str | None = None,
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
    if s is not None and len(s):
        # a coreferent cut after its possessor ("it" → "defence ministry" of "Armenia's defence ministry")
        owner = next((c for c in s.root.children if c.dep_ == "poss" and c.i < s.start), None)
        if owner is not None:
            s = doc[owner.left_edge.i:s.end]
    s = _statement_subject(doc, s)
    s = _group_spokesman(doc, s)
    m = mention_for(doc, s) if s is not None else None
    if m is None and s is not None and len(s):
        # "the Thai army's Second Army Region": a unit of no known name speaks for the body that owns it
        owner = next((c for c in s.root.children if c.dep_ == "poss"), None)
        m = mention_for(doc, doc[owner.left_edge.i:owner.i + 1]) if owner is not None else None
    name = _dc.text(doc)[s.start_char:s.end_char].strip() if s is not None else _dc.text(doc)[span[0]:span[1]].strip()
    country, sector = (m.country, m.sector) if m else (None, None)
    if country is not None and s is not None and _backed_group(s):
        country, sector = None, "REB"  # "Turkish-backed factions": a group backed by a state is not that state
    if s is not None and len(s) and s.root.lower_ in _linking()["group_nouns"] and any(
            t.lower_ in _linking()["civil_group_words"] for t in s if t.i < s.root.i):
        # "Aid groups said", "a local rights group": civil society, of no state (not the armed group named before)
        return {"name": fallback or name, "country": None, "sector": "NGO"}
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
            # "Army sources", "security sources": the state's own institution, of the ground the article is on
            state = home or _places_country(doc)
            if state:
                return {"name": full, "country": state, "sector": sector}
        # witnesses, residents, survivors and sources of no named state speak for no state ("sources said")
        return {"name": full, "country": None, "sector": sector}
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
    if sector in ("NGO", "IGO", "MED") and m is not None and m.country is None and not opposition:
        return {"name": full, "country": None, "sector": sector}  # "a local rights group", "a monitoring group"
    if sector in ("NGO", "IGO") and s is not None:
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
    if country is None:
        country = institution_country(doc, full, s.start if s is not None else None) or _metonym_country(full) or \
            _metonym_country(name) or \
            dictionary_country(name)  # "Port Sudan said": a seat of government speaks for its state
    if country is None:
        found = _acronym_of(doc, name)  # "the RDF" after "Rwanda Defence Force": the body its initials name
        if found is not None:
            country, sector = found.country, sector or found.sector
    if country is None and s is not None:
        country = _group_antecedent_country(doc, s, sector)
    if sector is None or sector == "GOV" and s is not None and s.root.ent_type_ == "PERSON":
        sector = _title_sector(doc, full) or sector
    # "a gang leader known as X" (armed by title), "bandits" (an unnamed armed group)
    armed = m is not None and m.sector in _ARMED_SIDE or sector in _ARMED_SIDE
    if country is None and s is not None and (armed or s.root.lower_ in _linking()["group_nouns"]):
        country = _state_country(doc, s)  # "the CSP rebel coalition" in an article on Mali's army: Mali
    if country is None and s is not None and armed:
        # "the Kaniyat militia" named by no country, in an article whose places lie mostly in one country
        country = _places_country(doc)
    if country is None and (sector in ("GOV", "MIL", "BGD", "POL", "STATE")
                            or sector_of(full or "") in ("GOV", "MIL", "BGD", "POL", "STATE")):
        # "the army", "a government spokesperson" in an article whose armed groups are all of one country:
        # a civil war, and the speaker is that country's state
        country = _armed_groups_country(doc, s)
    if country is None and (sector in ("GOV", "MIL", "BGD", "POL", "STATE") or cited and sector is None):
        country = home
    if country is None and sector_of(full or "") in ("GOV", "MIL", "BGD", "POL", "STATE"):
        # "the junta's spokesman", "Defence Minister X": a state speaker by its own title, in an article whose
        # places lie mostly in one country, is of that country
        country = _places_country(doc)
    if country is None and s is not None and sector_of(full or "") in _STATE_SECTORS:
        country = _state_bodies_country(doc, s.start)
    if country is None and s is not None and len(s) and (s.root.lemma_.lower() in _linking()["domestic_bodies"]
                                                         or opposition):
        # "the opposition coalition", "an opposition channel": a body of political life named by no country is of
        # the state the article cites, else of the country its places lie in (not of a foreign army it names)
        country = home or _places_country(doc) or _state_bodies_country(doc, s.start)
    return {"name": full, "country": country, "sector": sector}


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
    return "state" in name.lower().split() and kind_of(name) in ("agency", "media")


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
    word = word.split()[0] if word.split() and word.split()[0].isupper() else word
    if not (2 <= len(word) <= 6 and word.isalpha() and word.isupper()):
        return None
    for m in getattr(doc._, "actor_mentions", None) or []:
        if not m.country:
            continue
        caps = [w for w in re.findall(r"[A-Za-z]+", m.text) if w[:1].isupper() and w.lower() not in _FUNCTION_WORDS]
        # the initials of the whole name or of a run of its words: "Rwanda Defence Force spokesman Ronald
        # Kamanzi" (a leading part), "South Korea's Joint Chiefs of Staff" (a trailing one)
        if any("".join(w[0] for w in caps[i:j]).upper() == word
               for i in range(len(caps)) for j in range(i + 2, len(caps) + 1)) or \
                "".join(w[0] for w in caps).upper() == word:
            return m
    return None


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
    if root.lemma_.lower() not in _linking()["statement_nouns"] or root.dep_ != "dobj":
        return s
    subj = next((c for c in root.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    if subj is None:
        return s
    return doc[subj.left_edge.i:subj.right_edge.i + 1]


def _group_spokesman(doc: Doc, s):
    """"A spokesman for the group", "an official of the militia": a person speaking for an armed group described,
    not named, speaks as that group (its sector and country); other speakers are returned unchanged."""
    if s is None or not len(s) or s.root.pos_ != "NOUN" or any(t.pos_ == "PROPN" for t in s):
        return s
    for p in s.root.children:
        if p.dep_ == "prep" and p.lower_ in ("for", "of") and p.i > s.root.i:
            for o in p.children:
                if o.dep_ == "pobj" and o.lower_ in _linking()["group_nouns"] and o.i < s.end:
                    g = doc[o.left_edge.i:o.right_edge.i + 1]
                    if _group_antecedent(doc, g, any_country=True) is not None:
                        return g
    return s


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


def _group_antecedent(doc: Doc, s, any_country: bool = False):
    """The armed group a description ("the militant group", "the militia") stands for: the last one named before
    it with a country (with `any_country`, also one named with none)."""
    own = mention_for(doc, s)
    if not (s.root.lower_ in _linking()["group_nouns"] or own is not None and own.sector in _ARMED) or \
            any(t.pos_ == "PROPN" for t in s):
        return None
    best = same = None
    named = []  # armed groups named with a country, in text order
    for m in getattr(doc._, "actor_mentions", None) or []:
        if m.end > s.start or m.sector not in _ARMED or m.start <= s.start < m.end:
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


def _armed_groups_country(doc: Doc, s) -> str | None:
    """The one country of every armed group (sector REB) named in the article, when there is one and no other
    country's state body or state is named beside it."""
    rebels, states = set(), set()
    for m in getattr(doc._, "actor_mentions", None) or []:
        if s is not None and m.start < s.end and s.start < m.end:
            continue
        if m.country and m.sector in _ARMED:
            rebels.add(m.country)
        elif m.country and m.sector in ("GOV", "MIL", "STATE", "POL", "BGD"):
            states.add(m.country)
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


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z0-9-]+", text.lower()) if w not in _STOP and len(w) > 2}


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
            words = re.findall(r"[a-z]+", (who.get("name") or "").lower())
            if at < before and words and words[-1].rstrip("s") == head.rstrip("s") and who.get("country"):
                found.append((at, who["country"]))
    return max(found)[1] if found else None


def _claim_text_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Inside "the information ... about Y is false" or "reports of Y", the claim itself is Y."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return start, end
    nouns = _tables()[0]["claim_nouns"]
    text = _dc.text(doc)
    # "dismissed the army's statement as 'completely untrue'": what is named, not what it is called
    named = re.match(r"((?:\S+\s+){0,6}?\S+)\s+as\s+[\"\u201c'a-z]", text[start:end])
    if named and set(re.findall(r"[a-z]+", named.group(1).lower())) & set(nouns):
        return start, start + len(named.group(1))
    if text[start:end].lower().startswith("that "):
        # "denied that A, after a video of B circulated": the that-clause is the claim; a time clause after it
        # (the occasion of the denial) is not
        m = re.search(r",\s+(?:\w+\s+)?(?:after|following|as|when|while|before)\s", text[start:end])
        return start, (start + m.start() if m and m.start() > 10 else end)
    # "the claims of Baku that X" says X: a that-clause on the claim noun comes first
    for tok in span:
        if tok.lower_ in nouns:
            for c in tok.children:
                if c.dep_ in ("acl", "ccomp", "relcl") and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children):
                    sub = doc[c.left_edge.i:c.right_edge.i + 1]
                    return sub.start_char, sub.end_char
    # "a report by French radio which said that X": the that-clause of a speaking verb in a relative clause on
    # the claim noun or on its author
    for tok in span:
        if tok.dep_ == "relcl" and tok.pos_ == "VERB" and (tok.head.lower_ in nouns or tok.head.dep_ == "pobj"
                                                             and tok.head.head.head.lower_ in nouns):
            for c in tok.children:
                if c.dep_ == "ccomp" and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children):
                    sub = doc[c.left_edge.i:c.right_edge.i + 1]
                    return sub.start_char, sub.end_char
    about = _linking()["about_preps"]
    for tok in span:  # "the accusations of the Armenian side regarding Y": Y
        if tok.lower_ in about and tok.lower_ != "on" and (tok.head.lower_ in nouns or tok.head.i == span.root.i
                                                           or tok.head.dep_ == "pobj"):
            objs = [c for c in tok.children if c.dep_ in ("pobj", "pcomp")]
            if objs:
                sub = doc[objs[0].left_edge.i:objs[0].right_edge.i + 1]
                return sub.start_char, sub.end_char
    for tok in span:
        if tok.lower_ in ("about", "of") and tok.head.lower_ in nouns:
            objs = [c for c in tok.children if c.dep_ in ("pobj", "pcomp")]
            if objs:
                m = mention_for(doc, doc[objs[0].left_edge.i:objs[0].right_edge.i + 1])
                if m is not None and m.country and m.sector in ("STATE", "GOV", "MIL", "REB", None):
                    continue  # "the accusations of the Armenian side": who accuses, not what
            if objs and not (objs[0].ent_type_ in ("GPE", "ORG", "NORP", "PERSON") and objs[0].n_rights == 0):
                sub = doc[objs[0].left_edge.i:objs[0].right_edge.i + 1]
                return sub.start_char, sub.end_char
    return start, end


def build_claims(doc: Doc, events: list[Event], doc_id: str, outlet: str | None) -> list[Claim]:
    claims: list[Claim] = []
    cited = document_citations(doc, outlet)
    home = home_country(doc, cited)
    # "did not respond to a request for comment", "declined to comment": no statement, no denial
    atts = [a for a in getattr(doc._, "attributions", None) or [] if a.kind != "non_response"]
    atts = _repair_sources(doc, atts)
    atts = _misparsed_claim_noun(doc, atts)
    atts = atts + _noun_tagged_speech_verbs(doc, atts)
    atts = sorted(atts + _untagged_denials(doc, atts), key=lambda a: a.cue[0])
    created: dict = {}  # claims made from a denial that names no earlier claim -> that denial
    atts = _split_coordinated(doc, atts)
    spans = {id(a): (a.content[0][0], _repair_end(doc, a, atts, a.content[0][0], a.content[-1][1]))
             for a in atts if a.content}
    _cut_at_coordinated_denial(doc, atts, spans)
    _extend_to_untrue_predicate(doc, atts, spans)
    _extend_to_result_participle(doc, atts, spans)
    # a headline's words come after the body's: "Army denies losing 30 soldiers" sums up the lead's fuller
    # denial, which is the statement; the headline speaks only where the body has no denial of its own
    heads = [a for a in atts if _in_headline(doc, a)]
    summaries: list = []
    for att in [a for a in atts if a not in heads] + heads:
        if not att.content:
            continue
        if _inside_other_denial(doc, att, atts, spans):
            continue  # "dismissed reports that …": the noun cue inside a sourced denial is the same statement
        if _request(doc, att):
            continue  # "had asked the home ministry to replace the unit": a request states nothing
        if att.source and _dc.text(doc)[att.source[0]:att.source[1]].lower() in ("we", "i") and any(
                o is not att and o.kind == "direct" and id(o) in spans and
                spans[id(o)][0] <= att.cue[0] < spans[id(o)][1] for o in atts):
            continue  # "'We deny any involvement. …,' he said": the quote is the statement, its speaker the same
        start, end = spans[id(att)]
        trailing = _linking()["trailing"].search(_dc.text(doc), start, end + 80)
        if trailing and re.search(r"[.!?\n]", _dc.text(doc)[end:trailing.start()]):
            trailing = None  # in a later sentence: another claim's
        if trailing and trailing.start() < end:
            end = trailing.start()
        content = _dc.text(doc)[start:end]
        stance = stance_of(att.cue_lemma or "", content)
        if stance == "assert" and _calls_a_claim(doc, att, start, end):
            stance = "deny"  # "Moscow calls the reports a deliberate provocation"
        if stance in ("assert", "allege") and _named_as_untrue(doc, att, start):
            stance = "deny"  # "described as false a report by French radio which said that …"
        if stance in ("assert", "allege") and _no_evidence_for(doc, att, start):
            stance = "deny"  # "found no evidence that A", "did not find any proof that A"
        speaker = speaker_name(doc, att)
        # "according to preliminary data": evidence, not a speaker; the claim is the article's own
        source = (att.source_resolved or att.source) if speaker is not None else None
        source = report_owner(doc, source) or source  # "a UN experts' report said": its authors
        # the statement's issuer before any coreferent the resolver chose for "the statement"
        issuer = (_statement_issuer(doc, att.source) if speaker is not None else None) or \
            _statement_issuer(doc, source)
        if issuer is not None:  # "The ministry issued a communique. '…,' the communique said": the ministry
            source = issuer
            speaker = re.sub(r"^(the|a|an)\s+", "", _dc.text(doc)[issuer[0]:issuer[1]].strip(), flags=re.I)
        chain_att = att
        if att.source_resolved and att.source and _describes_armed_group(doc, att.source):
            source = att.source  # "the militia": the armed group named before, not the coreferent the parser chose
            speaker = re.sub(r"^(the|a|an)\s+", "", _dc.text(doc)[source[0]:source[1]].strip(), flags=re.I)
            chain_att = _copy_att(att, source_resolved=None)  # and its chain names it so
        if att.source_resolved and att.source and att.content and \
                att.content[0][0] <= att.source_resolved[0] < att.content[-1][1]:
            # "X's claims that A are lies, the statement said": a speaker inside what is said is not its speaker;
            # "the statement" is the last earlier speaker's
            source, speaker = _earlier_statement(doc, att, atts) or (att.source, speaker)
        if att.source is None and att.kind != "evidential":
            source = _headline_subject(doc, att)  # "Armenia rejects Baku's accusations" (a noun-tagged subject)
            speaker = _dc.text(doc)[source[0]:source[1]] if source else None
        source, speaker = _conj_speaker(doc, att, atts, source, speaker)
        claimant = _who(doc, source, speaker, home, cited)
        if claims and att.source and _dc.text(doc)[att.source[0]:att.source[1]].lower() == "it" and \
                _sentence_gap(doc, claims[-1].end, start) == 1 and \
                claims[-1].claimant.get("name") and claims[-1].claimant.get("sector") in _STATE_SECTORS and \
                claimant.get("sector") not in _STATE_SECTORS:
            # "Somalia's information ministry said A. It dismissed the group's toll": "it" continues the last
            # sentence's speaking body, not the armed group named before it
            claimant = claims[-1].claimant
        if claims and att.source and not claimant.get("country") and not claimant.get("name") and \
                _dc.text(doc)[att.source[0]:att.source[1]].lower() in ("they", "he", "she") and \
                _sentence_gap(doc, claims[-1].end, start) <= 1:
            claimant = claims[-1].claimant  # "Military sources said A. They dismissed B": the last speaker
        if claims and (speaker or "").lower() in _linking()["platforms"] and \
                _sentence_gap(doc, claims[-1].end, start) <= 1:
            claimant = claims[-1].claimant  # "The governor wrote on Telegram that A. B, it said": the poster
        if claimant.get("country") is None and claimant.get("name"):
            claimant = _named_before(claims, claimant)
        if source is not None and claimant.get("country") in (None, home):
            # a country of the speaker's own (its name, a capital it spoke in) is kept; the home guess is not
            claimant = _institution_spokesman(claims, claimant, _title_of(doc, source))
        if att.source_resolved is not None or claimant.get("country") in (None, home):
            # "She called the account a distortion"; "Legesse also accused …" after "Ethiopia's government
            # spokesman, Legesse Worku": the person named before, not the article's home state guessed again
            claimant = _same_person_before(claims, claimant)
        if claimant.get("country") is None and source is not None and _turn_label(doc, source):
            claimant = _intro_official(doc, claimant)  # "Kazemi: …" in a briefing of Iran's spokesman
        original = cited_by(doc, att)
        if original is not None:
            # "X reported, citing Y", "Y told X": the claimant is the original speaker Y, X is a link of the
            # chain (convention, data/claims-eval/README.md); an unnamed source of an institution ("a military
            # source") with no country of its own is of the reporting speaker's
            outer = claimant
            name = re.sub(r"^(the|a|an)\s+", "", re.sub(r"\s+", " ", _dc.text(doc)[original[0]:original[1]]).strip(),
                          flags=re.I)
            claimant = _who(doc, original, name, home, cited)
            if claimant["country"] is None and _state_media(name):
                # "Iraq's security media cell, citing the state news agency": the reporting state's own media
                claimant = {**claimant, "country": outer.get("country")}
            elif claimant["country"] is None and _institution_source(doc, original):
                # "Xinhua, citing a police source, said gunmen attacked a bus near Quetta": the source is of the
                # state whose ground the article is on, else of the reporting speaker's
                claimant = {**claimant, "country": _places_country(doc) or outer.get("country")}
        if _negated_cue(doc, att):
            continue  # "Kyiv did not confirm or deny that ...": no statement either way
        if stance == "deny":
            if _contests_no_claim(doc, att, start, end):
                continue  # "the two countries have disputed parts of their border": land, not a claim
            if _restates_denial(doc, att, atts, spans):
                continue  # "denied A, calling the accusations a lie": the same denial said again
            if att in heads and claimant.get("country") and _denied_after(claims, claimant["country"], end):
                summaries.append((att, claimant, start, end))  # the headline sums up a denial the body tells
                continue
            for who in _coordinated(doc, source, claimant):
                _attach_denial(doc, claims, att, who, start, end, events, doc_id, created)
            continue
        if att.kind == "direct" and att.source and _dc.text(doc)[att.source[0]:att.source[1]].strip().lower() in \
                _linking()["interviewer_labels"]:
            continue  # "Q: Israel's prime minister said that …": the interviewer relays, the report inside speaks
        if att.kind == "direct" and content.rstrip(" \"'\u201d\u2019").endswith("?") and \
                len(list(doc.char_span(start, end, alignment_mode="expand").sents)) == 1:
            continue  # "Q: Did your forces fire first?": a question asserts nothing
        if _negated_question(doc, att, content):
            continue  # "MSF does not know which party fired": an open question, nobody's claim
        if _responds_to_claim(doc, att, start, end):
            continue  # "Responding to the claim, …", "Asked about reports that …": the topic of what follows
        if att.source is None and att.kind == "evidential":
            continue  # "allegedly" alone names no claimant; the event's status carries the doubt
        if outlet and claimant["name"] and claimant["name"].lower() == outlet.lower():
            continue  # the outlet reporting is the chain's first link, not a claim of its own
        claim = Claim(
            id=f"{doc_id}-c{len(claims) + 1}", claimant=claimant, stance=stance, text=content, start=start, end=end,
            event=_event_in(events, start, end), locations=_places_in(doc, start, end),
            cue=_dc.text(doc)[att.cue[0]:att.cue[1]], sources=chain_for(doc, chain_att, outlet, cited))
        claims.append(claim)
        if trailing:
            span = (trailing.start("who"), trailing.end("who"))
            claim.responses.append({"by": _who(doc, span, None, home, []), "stance": "deny",
                                    "text": _dc.text(doc)[trailing.start("noun"):trailing.end()],
                                    "start": trailing.start("noun"),
                                    "end": trailing.end(), "cue": trailing.group(0).split()[-1]})
    _later_accuser(doc, claims, atts, created)
    _claim_told_after(doc, claims, created)
    _mention_told_in_full(doc, claims)
    for att, denier, start, end in summaries:
        _headline_denial(doc, att, claims, denier, start, end)
    claims = _merge_same_claims(_drop_wrappers(claims))
    _renumber(claims, doc_id)
    _update_event_status(claims, events)
    return claims


def _request(doc: Doc, att) -> bool:
    """"asked the ministry to replace the unit", "urged Kabul to act": a verb of asking whose content is an
    object and an infinitive, not a that-clause."""
    if (att.cue_lemma or "").lower() not in _linking()["request_verbs"] or not att.content:
        return False
    span = doc.char_span(att.content[0][0], att.content[-1][1], alignment_mode="expand")
    return span is not None and len(span) > 1 and span[0].lower_ not in ("that", "whether", "if") and \
        any(t.lower_ == "to" and t.dep_ == "aux" and t.head.pos_ in ("VERB", "AUX") for t in span)


def _copy_att(att, **changes):
    from types import SimpleNamespace

    return SimpleNamespace(**{**vars(att), **changes})


def _repair_sources(doc: Doc, atts) -> list:
    """Speakers the attribution tagger left out, found from the parse (copies; the tagger's own list is kept):
    - "The TTP claimed in a statement that A", "Amnesty said in a report that A": the noun taken as the cue,
      with no source, is the speaking verb's, and the verb's subject speaks;
    - "SANA, citing a military source, said A": a name fronted before a citing clause is the subject the
      parser missed;
    - "A, the regional governor, Abdikarim Yusuf, told Radio X": a speaker in apposition at the end of what
      is said, before a cue with no subject, is the speaker, not part of the statement."""
    lex = load_lexicon()
    speech = set(lex.verbs) | set(_tables()[1])
    out = []
    for att in atts:
        if att.source is not None or att.kind in ("evidential", "non_response") or not att.content:
            out.append(att)
            continue
        tok = _cue_token(doc, att)
        fixed = None
        if tok is not None and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and \
                tok.head.dep_ == "prep" and tok.head.lower_ in ("in", "on", "via", "through") and \
                tok.head.head.pos_ == "VERB" and \
                tok.head.head.lemma_.lower() in speech:
            verb = tok.head.head
            subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
            if subj is not None:
                sub = doc[subj.left_edge.i:subj.right_edge.i + 1]
                fixed = _copy_att(att, cue=(verb.idx, verb.idx + len(verb)), cue_lemma=verb.lemma_.lower(),
                                  source=(sub.start_char, sub.end_char), source_resolved=None)
        elif tok is not None and tok.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            fixed = _fronted_speaker(doc, att, tok) or _trailing_speaker(doc, att, tok)
        out.append(fixed or att)
    return out


def _extend_to_untrue_predicate(doc: Doc, atts, spans) -> None:
    """"informs that the information spread by X about A | does not correspond to reality": a that-clause cut
    before its own predicate, when the few words left in the sentence call it untrue, runs to the sentence end."""
    text = _dc.text(doc)
    deny = _tables()[0]["content"]["deny"]
    for att in atts:
        if id(att) not in spans or att.kind == "direct":
            continue
        start, end = spans[id(att)]
        if not text[start:end].lower().startswith("that "):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        rest = text[end:span.sent.end_char].rstrip().rstrip(".;!")
        words = rest.split()
        if not words or len(words) > 7 or any(ch in rest for ch in ',;:"\u201c\u201d'):
            continue
        low = " " + re.sub(r"[^\w\s-]", " ", rest.lower()) + " "
        if words[0].lower() in ("is", "are", "was", "were", "does", "do", "did", "has", "have") and \
                any(f" {w} " in low for w in deny):
            spans[id(att)] = (start, end + len(text[end:]) - len(text[end:].lstrip()) + len(rest.strip()))


def _noun_tagged_speech_verbs(doc: Doc, atts) -> list:
    """"The Ministry of Defence of Armenia informs that A": a speaking verb in the third person the tagger took
    for a noun, right after the speaker's noun phrase and before "that", is a statement the attribution tagger
    left out. Nouns that name a claim ("news reports that") are not taken."""
    from types import SimpleNamespace

    speech = set(load_lexicon().verbs)
    nouns = set(_tables()[0]["claim_nouns"]) | _linking()["inner_claim_nouns"]
    taken = [(a.cue[0], a.cue[1]) for a in atts] + [span for a in atts for span in (a.content or [])]
    out = []
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.i == 0 or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "that" or \
                not tok.lower_.endswith("s") or tok.lower_ in nouns or tok.lower_[:-1] not in speech:
            continue
        prev = doc[tok.i - 1]
        if prev.pos_ not in ("NOUN", "PROPN") or any(a <= tok.idx < b for a, b in taken):
            continue
        head = prev
        while head.head.i < tok.i and head.head.i != head.i and head.head.pos_ in ("NOUN", "PROPN", "ADP"):
            head = head.head
        first = head.left_edge
        if first.i < tok.sent.start:
            continue
        sent = tok.sent
        last = sent[-1] if not sent[-1].is_punct or len(sent) < 2 else sent[-2]
        if last.i <= tok.i + 2:
            continue
        out.append(SimpleNamespace(cue=(tok.idx, tok.idx + len(tok)), cue_lemma=tok.lower_[:-1],
                                   source=(first.idx, prev.idx + len(prev)), source_resolved=None,
                                   content=[(doc[tok.i + 1].idx, last.idx + len(last))], kind="indirect", via=[]))
    return out


def _misparsed_claim_noun(doc: Doc, atts) -> list:
    """"informs that claims by the X side that A are untrue": the parser took the noun "claims" for a verb whose
    subject is the "that" opening another statement; that is no statement of its own, and the other statement
    runs on to the clause's real predicate ("are untrue") at the end of the sentence."""
    nouns = set(_tables()[0]["claim_nouns"])
    speech = set(load_lexicon().verbs)
    drop, extend, new = set(), {}, []
    for att in atts:
        tok = _cue_token(doc, att)
        if tok is None or tok.i == 0 or tok.lower_ not in nouns or tok.pos_ != "VERB":
            continue
        that = doc[tok.i - 1]
        if that.lower_ != "that" or that.head.i != tok.i or that.dep_ != "nsubj":
            continue
        sent = tok.sent
        last = sent[-1] if not sent[-1].is_punct or len(sent) < 2 else sent[-2]
        outer = next((a for a in atts if a is not att and a.content and a.content[0][0] == that.idx), None)
        if outer is None:
            # "The Border Service informs that claims …" with the speaking verb itself taken for a noun in
            # apposition to the speaker: that verb is the cue, its head noun phrase the speaker
            verb = doc[that.i - 1] if that.i > 0 else None
            if verb is None or verb.dep_ != "appos" or verb.head.i >= verb.i or \
                    verb.lower_.rstrip("s") not in speech:
                continue
            head = doc[verb.head.left_edge.i:verb.i]
            new.append(_copy_att(att, cue=(verb.idx, verb.idx + len(verb)), cue_lemma=verb.lower_.rstrip("s"),
                                 source=(head.start_char, head.end_char), source_resolved=None,
                                 content=[(that.idx, last.idx + len(last))], kind="indirect"))
            drop.add(id(att))
            continue
        drop.add(id(att))
        extend[id(outer)] = max(outer.content[-1][1], last.idx + len(last))
    if not drop:
        return atts
    out = list(new)
    for a in atts:
        if id(a) in drop:
            continue
        if id(a) in extend:
            a = _copy_att(a, content=a.content[:-1] + [(a.content[-1][0], extend[id(a)])])
        out.append(a)
    return out


_AND_THAT = re.compile(r",?\s+and\s+(?:said\s+|added\s+)?that\s+", re.I)


def _split_coordinated(doc: Doc, atts) -> list:
    """"says the figure is exaggerated and that most families have returned": two coordinated that-clauses
    are two statements, each with its own stance."""
    out = []
    for att in atts:
        if not att.content or len(att.content) != 1 or att.kind == "direct":
            out.append(att)
            continue
        a, b = att.content[0]
        text = _dc.text(doc)[a:b]
        m = _AND_THAT.search(text)
        if m is None or len(text[:m.start()].split()) < 3 or len(text[m.end():].split()) < 3 or \
                '"' in text or "\u201c" in text:
            out.append(att)
            continue
        out.append(_copy_att(att, content=[(a, a + m.start())]))
        out.append(_copy_att(att, content=[(a + m.end(), b)]))
    return out


def _cut_at_coordinated_denial(doc: Doc, atts, spans) -> None:
    """"said on X that A and called the video a fake": a denying verb the parser hung inside A, with no
    subject of its own, is the speaker's second statement; A ends before it."""
    verbs = _linking()["denying_verbs"]
    for att in atts:
        if id(att) not in spans or att.kind == "direct":
            continue
        a, b = spans[id(att)]
        for other in atts:
            if other is att or not other.content or not (a < other.cue[0] < b):
                continue
            tok = _cue_token(doc, other)
            if tok is None or tok.dep_ != "conj" or tok.lemma_.lower() not in verbs or \
                    any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                continue
            src = other.source_resolved or other.source
            if src is not None and att.source is not None and src != (att.source_resolved or att.source) and \
                    not a <= src[0] < b:  # a subject found inside A is A's, not a speaker
                continue
            m = re.search(r",?\s+and\s*$", _dc.text(doc)[a:other.cue[0]])
            if m is not None and m.start() > 0:
                spans[id(att)] = (a, a + m.start())
                break


def _fronted_speaker(doc: Doc, att, tok):
    """"SANA, citing a military source, said …": the words before the first comma of the sentence, a name,
    followed by a clause of citing or quoting."""
    sent = tok.sent
    comma = next((t for t in doc[sent.start:tok.i] if t.text == ","), None)
    if comma is None or not 1 <= comma.i - sent.start <= 6 or comma.i + 1 >= tok.i:
        return None
    if doc[comma.i + 1].lemma_.lower() not in ("cite", "quote"):
        return None
    head = doc[sent.start:comma.i]
    if not any(t.text[:1].isupper() and t.is_alpha for t in head) or any(t.pos_ in ("VERB", "AUX") for t in head):
        return None
    if att.content[0][0] < comma.idx:
        return None
    return _copy_att(att, source=(head.start_char, head.end_char), source_resolved=None)


def _trailing_speaker(doc: Doc, att, tok):
    """"A from al-Shabaab, the regional governor, Abdikarim Yusuf, told Radio X": the appositive the parser
    hung on the last word of what is said, when it names a person or an office and the cue follows it."""
    a, b = att.content[0][0], att.content[-1][1]
    if not (b <= tok.idx <= b + 3):
        return None
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None or len(span) < 4:
        return None
    last = span[-1] if not span[-1].is_punct else span[-2]
    for x in span:
        if x.dep_ != "appos" or not (span.start < x.head.i < x.i) or x.right_edge.i != last.i:
            continue
        left = x.left_edge
        if left.i <= span.start + 1 or doc[left.i - 1].text != ",":
            continue
        chain = doc[left.i:last.i + 1]
        if not (any(t.ent_type_ == "PERSON" for t in chain) or sector_of(chain.text)):
            continue
        return _copy_att(att, source=(chain.start_char, chain.end_char), source_resolved=None,
                         content=[(a, doc[left.i - 1].idx)])
    return None


def _statement_issuer(doc: Doc, source) -> tuple[int, int] | None:
    """"The ministry issued a statement. '…,' the statement said": a statement, communique or video given as
    the speaker, named by no owner, speaks for whoever put it out in the sentences just before (the subject of
    the verb whose object it was)."""
    if source is None:
        return None
    span = doc.char_span(source[0], source[1], alignment_mode="expand")
    if span is None or not len(span) or span.root.lemma_.lower() not in _linking()["statement_nouns"]:
        return None
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "from", "by") for c in span.root.children):
        return None  # "the ministry's statement", "a statement from the army": named by its owner
    sents = [s for s in doc.sents if s.end <= span.start][-2:]
    for sent in reversed(sents):
        for t in reversed(list(sent)):
            # "X issued a statement", "X denied in a statement any involvement"
            verb = t.head if t.dep_ == "dobj" else t.head.head if t.dep_ == "pobj" and t.head.lower_ == "in" \
                else None
            if t.lemma_.lower() in _linking()["statement_nouns"] and verb is not None and verb.pos_ == "VERB":
                subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
                if subj is not None:
                    sub = doc[subj.left_edge.i:subj.right_edge.i + 1]
                    return sub.start_char, sub.end_char
    # "…, the information team announced. … The announcement rejected …": the latest earlier speaker whose cue
    # verb the noun is made from
    stem = span.root.lemma_.lower()[:6]
    for att in sorted(getattr(doc._, "attributions", None) or [], key=lambda a: -a.cue[0]):
        src = att.source_resolved or att.source
        if att.cue[1] <= span.start_char and src is not None and len(stem) >= 5 and \
                _dc.text(doc)[att.cue[0]:att.cue[1]].lower().startswith(stem) and \
                doc.char_span(src[0], src[1], alignment_mode="expand") is not None:
            return src
    return None


def _earlier_statement(doc: Doc, att, atts):
    """For a speaker named as a statement ("the statement said"): the source of the latest earlier statement
    outside this one, with its speaker's name."""
    span = doc.char_span(att.source[0], att.source[1], alignment_mode="expand")
    if span is None or not len(span) or span.root.lemma_.lower() not in _linking()["statement_nouns"]:
        return None
    # what this statement says, in all its parts ("'…,' the statement said, adding that …"): a name speaking
    # inside it is quoted by the statement, not its author
    inside = [(c[0], c[1]) for o in atts if o.source == att.source or o.kind == "direct" for c in o.content]
    for other in sorted(atts, key=lambda o: -o.cue[0]):
        src = other.source_resolved or other.source
        if other is att or src is None or other.cue[0] >= att.cue[0] or any(a <= src[0] < b for a, b in inside):
            continue
        return src, speaker_name(doc, other)
    return None


def _says_cue(outer: Claim, inner: Claim) -> bool:
    """The inner claim's cue, an adjective of the speaker's state of mind, is inside what the outer claim says,
    before the inner content ("said they were unaware of A")."""
    adjectives = load_lexicon().adjectives
    return bool(inner.cue) and any(w in adjectives for w in inner.cue.lower().split()) and outer.start < inner.start and (inner.end - inner.start) < (outer.end - outer.start) \
        and re.search(r"(?<!\w)" + re.escape(inner.cue) + r"(?!\w)", outer.text[:inner.start - outer.start]) is not None


_NAMING = {"call", "calling", "called", "calls", "describe", "describing", "described", "describes", "brand",
           "branding", "branded", "label", "labelling", "labeling", "labelled", "labeled", "term", "termed"}


def _naming_comment(c: Claim, claims: list[Claim]) -> bool:
    """"ELN confirmed that A, calling it a mistake": naming what was just said ("it", "this") inside another
    statement of the same speaker is a comment on it, not a statement of its own."""
    if c.responses or c.stance == "deny" or not c.cue or c.cue.lower().split()[-1] not in _NAMING:
        return False
    if not re.match(r"(?:it|this|that|them|these|those)\b", c.text.strip().lower()):
        return False
    return any(d is not c and d.claimant.get("name") == c.claimant.get("name") and d.start <= c.start
               and c.end <= d.end for d in claims)


def _merge_same_claims(claims: list[Claim]) -> list[Claim]:
    """"described as false a report by French radio which said that A": the claim the denial mentions and the
    radio's own statement of A are one claim: the statement is kept, with the denial as its response."""
    out = []
    for c in claims:
        twin = next((d for d in out if (d.start, d.end) == (c.start, c.end)
                     and d.claimant.get("country") == c.claimant.get("country")
                     and bool(d.responses) != bool(c.responses)), None)
        if twin is None:
            out.append(c)
            continue
        statement, implied = (c, twin) if twin.responses else (twin, c)
        if not statement.claimant.get("name"):
            statement.claimant = implied.claimant
        statement.responses = implied.responses
        out[out.index(twin)] = statement
    return out


def _drop_wrappers(claims: list[Claim]) -> list[Claim]:
    """"OCHA says A, according to its latest update": the outer statement, by the same claimant, wraps the
    inner one and says nothing more; keep the inner claim only."""
    claims = [c for c in claims if not _naming_comment(c, claims)]
    out = []
    for c in claims:
        name = c.claimant.get("name")
        inner = [d for d in claims if d is not c and name and d.claimant.get("name") == name
                 and c.start <= d.start and d.end <= c.end and (d.end - d.start) < (c.end - c.start)]
        if any(not _says_cue(c, d) for d in inner) and not c.responses:
            continue
        # "said they were unaware of A": the inner cue is part of what the outer statement says; the outer
        # statement is the claim, not its cut-down object
        if not c.responses and any(_says_cue(d, c) for d in claims if d is not c and name
                                   and d.claimant.get("name") == name and d.start <= c.start and c.end <= d.end):
            continue
        out.append(c)
    return out


_WH = {"which", "who", "whom", "whose", "what", "whether", "if", "how", "when", "where", "why"}
_NEGATION = {"not", "n't", "never", "no", "cannot"}


def _negated_question(doc: Doc, att, content: str) -> bool:
    """A negated cue over an embedded question: "does not know which …", "could not say whether …"."""
    first = re.findall(r"[a-z']+", content.lower())[:1]
    if not first or first[0] not in _WH:
        return False
    cue = re.findall(r"[a-z']+", _dc.text(doc)[att.cue[0]:att.cue[1]].lower())
    return any(w in _NEGATION or w.endswith("n't") for w in cue)


def _cue_token(doc: Doc, att):
    span = doc.char_span(att.cue[0], att.cue[1], alignment_mode="expand")
    if span is None or not len(span):
        return None
    # "has denied": the verb, not its auxiliary
    verbs = [t for t in span if t.pos_ == "VERB"] or [t for t in span if t.pos_ == "AUX"]
    return verbs[0] if verbs else span.root


_ACCUSE = {"accuse", "blame", "accusation", "charge"}


def _extend_to_result_participle(doc: Doc, atts, spans) -> None:
    """"said its aircraft had destroyed a depot near Nyala | , killing dozens of fighters": a participle of
    result right after the reported clause is still what the speaker said, and a denial ("denied that any
    fighters had been killed") may answer just that part."""
    text = _dc.text(doc)
    for att in atts:
        if id(att) not in spans or att.kind == "direct":
            continue
        start, end = spans[id(att)]
        m = re.match(r"\s*,\s*", text[end:end + 4])
        if m is None:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        tok = next((t for t in doc[span.end:span.end + 3] if t.idx >= end + m.end()), None) if span else None
        if tok is None or tok.tag_ != "VBG" or tok.lemma_.lower() not in _linking()["result_participles"] or \
                any(o is not att and o.cue[0] <= tok.idx < o.cue[1] for o in atts):
            continue
        stop = min(tok.sent.end_char, max(t.idx + len(t) for t in tok.subtree))
        spans[id(att)] = (start, len(text[:stop].rstrip(" .;,")))


def _repair_end(doc: Doc, att, atts, start: int, end: int) -> int:
    """Where what is said ends, when the attribution cut it short: "accused Armenia of planting | landmines
    along the road" runs to the clause's end; "refuted the Azerbaijani | claim that ..." runs on through the
    unsourced claim noun right after it."""
    text = _dc.text(doc)
    sent = doc.char_span(start, end, alignment_mode="expand")
    sent_end = sent.sent.end_char if sent is not None else end
    if (att.cue_lemma or "").lower() in _ACCUSE and end < sent_end:
        m = re.search(r"[,;:.]", text[end:sent_end])
        return end + m.start() if m else sent_end
    if _tables()[1].get((att.cue_lemma or "").lower().split()[-1] if att.cue_lemma else "") == "deny" or \
            _tables()[1].get((att.cue_lemma or "").lower()) == "deny":
        nxt = doc.char_span(end, sent_end, alignment_mode="expand") if end < sent_end else None
        first = next((t for t in nxt if not t.is_space), None) if nxt is not None else None
        if first is not None and first.lower_ in _linking()["about_preps"] and first.idx <= end + 2:
            return max(end, first.right_edge.idx + len(first.right_edge))  # "... of the Armenian side | regarding Y"
    for other in atts:
        if other is att or other.source is not None or not other.content:
            continue
        if end <= other.cue[0] <= end + 2 and (att.cue_lemma or "").lower() in _tables()[1] \
                and _tables()[1][(att.cue_lemma or "").lower()] == "deny":
            return max(end, other.content[-1][1])
    return end


def _in_headline(doc: Doc, att) -> bool:
    """A cue in the text's first paragraph when that is a title: one short line with no full stop, followed by a
    blank line ("Mozambique army denies losing 30 soldiers in ambush")."""
    text = _dc.text(doc)
    cut = text.find("\n\n")
    if cut < 0 or att.cue[0] >= cut:
        return False
    title = text[:cut].strip()
    return "\n" not in title and len(title.split()) <= 16 and not title.endswith((".", "!", "?", ":", '"'))


def _headline_denial(doc: Doc, att, claims: list[Claim], denier: dict, start: int, end: int) -> None:
    """A headline's denial ("Turkey denies drone strike on Kobani bakery") whose speaker's country also denies in
    the body answers what the body's denial answers — the claim sharing most word stems with the headline — as a
    response of its own."""
    answered = _denied_after(claims, denier["country"], end)
    if not answered:
        return
    stems = _stems(_dc.text(doc)[start:end])
    target = max(answered, key=lambda c: len(stems & _stems(c.text)))
    if not stems & _stems(target.text):
        # "Chad denies Sudanese army claim that its airport hosts drones" over a body that only "rejected the
        # accusation": the headline says which of the author's claims the body's words point to
        author = target.claimant.get("country")
        better = max((c for c in claims if c is not target and author and c.claimant.get("country") == author
                      and c.start > end), key=lambda c: len(stems & _stems(c.text)), default=None)
        if better is not None and len(stems & _stems(better.text)) >= 2:
            moved = [r for r in target.responses if r["stance"] == "deny" and r["start"] > end
                     and r["by"].get("country") == denier["country"] and not _stems(r["text"]) & _stems(target.text)]
            if moved:
                target.responses = [r for r in target.responses if not any(r is m for m in moved)]
                better.responses.extend(moved)
                target = better
    target.responses.insert(0, {"by": denier, "stance": "deny", "text": _dc.text(doc)[start:end], "start": start,
                                "end": end, "cue": _dc.text(doc)[att.cue[0]:att.cue[1]]})


def _denied_after(claims: list[Claim], country: str, end: int) -> list[Claim]:
    """The claims a speaker of `country` denies after offset `end` (in the body, after a title line)."""
    return [c for c in claims if any(r["stance"] == "deny" and r["by"].get("country") == country and r["start"] > end
                                     for r in c.responses)]


def _contests_no_claim(doc: Doc, att, start: int, end: int) -> bool:
    """"disputed parts of their border": a disputing verb whose object is a thing, not a claim or a clause."""
    words = (att.cue_lemma or "").lower().split()
    if words and words[-1] not in _linking()["object_denying_verbs"]:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    nouns = set(_tables()[0]["claim_nouns"]) | _linking()["inner_claim_nouns"] | _linking()["responsive_nouns"]
    return span.root.pos_ in ("NOUN", "PROPN") and not any(t.lemma_.lower() in nouns or t.lower_ in nouns
                                                           for t in span)


def _headline_subject(doc: Doc, att):
    """The speaker of a cue the tagger took for a noun: "Armenia rejects Baku's accusations" (a headline):
    a state or body named right before the cue, at the start of its sentence."""
    tok = _cue_token(doc, att)
    if tok is None:
        return None
    for c in tok.children:
        if c.i < tok.i and c.dep_ in ("compound", "nsubj", "amod") and c.i == c.left_edge.i:
            sub = doc[c.left_edge.i:c.right_edge.i + 1]
            m = mention_for(doc, sub)
            if m is not None and m.country and (sub.start == sub.sent.start or (
                    # "about Israeli reports that …", "denied Ukrainian claims": the state the claim noun names
                    tok.pos_ == "NOUN" and c.dep_ in ("amod", "compound") and c.right_edge.i == tok.i - 1)):
                return sub.start_char, sub.end_char
    return None


def _conj_speaker(doc: Doc, att, atts, source, speaker):
    """"The ministry said A, and rejected claims that B": a cue coordinated with an earlier cue of the same
    sentence and with no subject of its own has that cue's speaker (the parser hangs the second verb on A)."""
    tok = _cue_token(doc, att)
    if tok is None or tok.dep_ not in ("conj", "advcl") or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return source, speaker
    for other in atts:
        if other is att or other.source is None or not other.content or other.cue[0] >= att.cue[0]:
            continue
        a, b = other.content[0][0], other.content[-1][1]
        hangs = a <= tok.head.idx < b or tok.head.idx == other.cue[0] or \
            other.cue[0] <= tok.head.idx < other.cue[1]
        if hangs and other.cue[0] < a and tok.sent.start_char <= other.cue[0]:
            if source is not None and a <= source[0] < b:  # the "speaker" found is a phrase of A
                return (other.source_resolved or other.source), speaker_name(doc, other)
    return source, speaker


def _negated_cue(doc: Doc, att) -> bool:
    """"did not deny", "did not confirm or deny", "declined to confirm": a cue under a negation."""
    tok = _cue_token(doc, att)
    if tok is None:
        return False
    words = re.findall(r"[a-z']+", _dc.text(doc)[att.cue[0]:att.cue[1]].lower())
    if any(w in _NEGATION or w.endswith("n't") for w in words):
        return True
    chain = [tok]
    if tok.dep_ == "conj":
        chain.append(tok.head)  # "did not confirm or deny": the negation sits on the first verb
    if any(c.lower_ in ("neither", "nor") for t in chain for c in t.children) or \
            tok.i > 0 and doc[tok.i - 1].lower_ == "nor":
        return True  # "neither confirmed nor denied"
    if tok.dep_ == "xcomp" and tok.head.lemma_ in ("decline", "refuse", "fail"):
        return True  # "declined to confirm"
    if tok.lemma_ in ("decline", "refuse", "fail") and any(
            c.dep_ == "xcomp" and c.lemma_ in _linking()["answer_verbs"] for c in tok.children):
        return True  # "refused to comment on the type of missile"
    return any(c.dep_ == "neg" for t in chain for c in t.children)


def _restates_denial(doc: Doc, att, atts, spans) -> bool:
    """A second denial hanging on a first one in the same sentence ("denied A, calling the accusations a
    lie", "rejected the claim and called it fake") restates it: the first one is the statement."""
    tok = _cue_token(doc, att)
    if tok is None or tok.lemma_.lower() not in _linking()["restating_cues"] or \
            tok.dep_ not in ("advcl", "conj", "xcomp"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False  # "..., and the EU mission said ...": a speaker of its own
    head = tok.head
    for other in atts:
        if other is att or not other.content or other.source is None:
            continue
        o = _cue_token(doc, other)
        a, b = spans[id(other)]
        if o is None or not (o.i == head.i or a <= head.idx < b and not a <= tok.idx < b):
            continue  # the second cue hangs on the first cue, or on a word of what the first one denies
        if stance_of(other.cue_lemma or "", _dc.text(doc)[a:b]) == "deny":
            return True
    return False


def _coordinated(doc: Doc, source, claimant: dict) -> list[dict]:
    """"Britain, France and the United States rejected ...": one denier for each coordinated country."""
    if source is None:
        return [claimant]
    span = doc.char_span(source[0], source[1], alignment_mode="expand")
    if span is None or not any(t.dep_ == "conj" for t in span):
        return [claimant]
    out, seen = [], set()
    for m in getattr(doc._, "actor_mentions", None) or []:
        if not (span.start <= m.start and m.end <= span.end) or not m.country or m.country in seen:
            continue
        head = doc[m.head] if 0 <= m.head < len(doc) else doc[m.end - 1]
        if head.i != span.root.i and head.dep_ != "conj":
            continue  # "the envoy of France": not a coordinated speaker
        seen.add(m.country)
        out.append({"name": m.text, "country": m.country, "sector": m.sector})
    return out if len(out) > 1 else [claimant]


def _inside_other_denial(doc: Doc, att, atts, spans) -> bool:
    """An unsourced cue inside a sourced denial ("dismissed reports that …"), or a noun cue the tagger gave the
    denier as its source ("rejects the accusations of X regarding Y"), is the denial's object, not a statement."""
    if att.source is not None and (att.cue_lemma or "").split()[0] not in _tables()[0]["claim_nouns"] + [
            "accusation", "allegation", "claim", "report"]:
        return False
    for other in atts:
        if other is att or other.source is None or not other.content:
            continue
        if att.source is not None and att.source != other.source:
            continue
        a, b = spans[id(other)]
        if a <= att.cue[0] < b and (stance_of(other.cue_lemma or "", _dc.text(doc)[a:b]) == "deny"
                                    or _named_as_untrue(doc, other, a)):
            return True
    return False


def _update_event_status(claims: list[Claim], events: list[Event]) -> None:
    """An event only one side alleges is claimed; one that is alleged and denied is disputed; one that is
    mentioned only inside a denial is denied."""
    by_id = {e.id: e for e in events}
    # an event someone asserts outright ("..., police said") stays reported when another source only alleges it
    # (a group "claimed responsibility for the blast")
    asserted = {c.event for c in claims if c.stance in ("assert", "confirm") and not any(
        r["stance"] == "deny" for r in c.responses)}
    for c in claims:
        ev = by_id.get(c.event)
        if ev is None:
            continue
        denials = [r for r in c.responses if r["stance"] == "deny"]
        inside_denial = denials and all(any(r["start"] <= x.start < r["end"] for r in denials) for x in ev.evidence)
        if inside_denial:
            ev.status = "denied"
        elif denials:
            ev.status = "disputed"
        elif c.stance == "allege" and ev.status == "reported" and c.event not in asserted:
            ev.status = "claimed"


def home_country(doc: Doc, cited) -> str | None:
    """The country whose institutions the article cites: "the ministry" of an article citing a ministry that is
    named in full elsewhere ("the Azerbaijani Defense Ministry"); else the country of the first state body
    quoted ("..., the Ministry of Defense of Armenia said")."""
    for c in cited:
        country = institution_country(doc, c.name)
        if country:
            return country
    for att in getattr(doc._, "attributions", None) or []:
        source = att.source_resolved or att.source
        if source:
            span = doc.char_span(source[0], source[1], alignment_mode="expand")
            m = mention_for(doc, span) if span is not None else None
            if m and m.country and m.sector in ("GOV", "MIL", "BGD", "POL"):
                return m.country
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


def _dateline_country(doc: Doc) -> str | None:
    """The country of the city a dateline names ("TOKYO -", "ERBIL, Iraq, Nov 21 -"), or None."""
    for p in doc._.places or []:
        if _dc.in_dateline(doc, p.start) and p.country:
            return iso3(p.country)
    return None


def _named_after_dateline(doc: Doc, country: str) -> bool:
    """Whether the story names a place of `country` or an actor by its country's name after its dateline (not
    a person the actor stage placed by the dateline's capital)."""
    return any(not _dc.in_dateline(doc, p.start) and p.country and iso3(p.country) == country
               for p in doc._.places or []) or \
        any(m.country == country and not _dc.in_dateline(doc, doc[m.start].idx) and
            any(t.ent_type_ in ("GPE", "NORP") for t in doc[m.start:m.end])
            for m in getattr(doc._, "actor_mentions", None) or [])


def _places_country(doc: Doc) -> str | None:
    """The country most of the article's places lie in, when more than half do ("the junta's spokesman" of
    an article on villages in Sagaing Region, Myanmar); None for an article spread over several countries."""
    from ..actors import iso3

    counts: dict[str, int] = {}
    places = getattr(doc._, "places", None) or []
    for p in places:
        if p.country:
            counts[p.country] = counts.get(p.country, 0) + 1
    if not counts:
        return None
    top, n = max(counts.items(), key=lambda kv: kv[1])
    return iso3(top) if n * 2 > sum(counts.values()) else None


_FUNCTION_WORDS = {"the", "of", "a", "an", "and", "for", "on", "in"}


def _speaking_for(who: dict, earlier: dict) -> dict:
    """`who` as the earlier speaker it stands for: that speaker's country, and its sector where `who` has none."""
    return {**who, "country": earlier["country"], "sector": who.get("sector") or earlier.get("sector")}


def _named_before(claims: list[Claim], who: dict) -> dict:
    """"Myanmar state television said A. … State television later described B as fake news": a speaker of no
    country named again by part of an earlier speaker's name (two words or more) is that speaker."""
    words = {w for w in re.findall(r"[a-z]+", who["name"].lower()) if w not in _FUNCTION_WORDS}
    if len(words) < 2:
        return who
    for c in reversed(claims):
        for earlier in [c.claimant] + [r["by"] for r in c.responses]:
            name = (earlier.get("name") or "").lower()
            if earlier.get("country") and name != who["name"].lower() and \
                    words <= set(re.findall(r"[a-z]+", name)):
                return _speaking_for(who, earlier)
    return who


_SPOKESMAN = re.compile(r"^(?:the\s+|a\s+)?(?:(?P<inst>[a-z]+)(?:'s)?\s+)?(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|"
                        r"press\s+(?:officer|secretary))\b(?:\s+for\s+the\s+(?P<inst2>[a-z]+))?", re.I)


def _institution_spokesman(claims: list[Claim], who: dict, title: str) -> dict:
    """"Cambodia's defence ministry said … 'We did not shoot first,' ministry spokeswoman Chhum Sokunthea said":
    a spokesperson titled by an institution's noun alone, with no state of its own in the title, speaks for the
    latest earlier speaker whose name holds that noun (the article's home state is only a guess)."""
    name = who.get("name") or ""
    m = _SPOKESMAN.match(title.strip())
    inst = m and (m.group("inst") or m.group("inst2") or "").lower()
    if not inst or inst not in _linking()["state_institutions"] | _linking()["group_nouns"] or \
            dictionary_country(title):
        return who
    # "the group's spokesman": the group of any name ("the Houthi movement", "the rebels") that spoke last
    nouns = _linking()["group_nouns"] if inst in _linking()["group_nouns"] else {inst}
    for c in reversed(claims):
        for earlier in [r["by"] for r in c.responses] + [c.claimant]:
            words = set(re.findall(r"[a-z]+", (earlier.get("name") or "").lower()))
            if earlier.get("country") and words & nouns and (earlier.get("name") or "").lower() != name.lower():
                return _speaking_for(who, earlier)
    return who


def _title_of(doc: Doc, source: tuple[int, int]) -> str:
    """A speaker's words with the title it stands in apposition to: "The group's military spokesman, Brig. Gen.
    X, said" gives "The group's military spokesman" for "X"."""
    span = doc.char_span(source[0], source[1], alignment_mode="expand")
    if span is not None and len(span) and span.root.dep_ == "appos" and span.root.head.i < span.start:
        head = span.root.head
        return _dc.text(doc)[head.left_edge.idx:head.idx + len(head)]
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
    ministry spokesman" … "Kazemi: …")."""
    first = next(iter(doc.sents), None)
    end = _dc.text(doc).find("\n")
    end = end if end > 0 else (first.end_char if first is not None else 0)
    found = {(m.country, m.sector) for m in getattr(doc._, "actor_mentions", None) or []
             if m.country and m.sector in ("GOV", "MIL", "POL", "BGD") and doc[m.start].idx < end}
    countries = {c for c, _ in found}
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
    for c in claims:
        for earlier in [c.claimant] + [r["by"] for r in c.responses]:
            if (earlier.get("name") or "").lower() == name and earlier.get("country"):
                return _speaking_for(who, earlier)
    return who


def institution_country(doc: Doc, name: str | None, before: int | None = None) -> str | None:
    """The country of a body named elsewhere in full: "Defense Ministry" is "the Ministry of Defense of Armenia";
    given a token index `before`, the latest such mention before it ("Armenia's Defence Ministry said A.
    Azerbaijan's Defence Ministry rejected it. The Defence Ministry said B": Azerbaijan's), else the first."""
    if not name:
        return None
    words = {w for w in re.findall(r"[a-z]+", name.lower()) if w not in _FUNCTION_WORDS}
    if not words:
        return None
    found = [m for m in getattr(doc._, "actor_mentions", None) or []
             if m.country and words <= set(re.findall(r"[a-z]+", m.text.lower())) and m.text.lower() != name.lower()]
    earlier = [m for m in found if before is not None and m.start < before]
    return (earlier[-1] if earlier else found[0]).country if found else None


def _untagged_denials(doc: Doc, atts) -> list:
    """Denials the attribution tagger left without a statement: a denying verb whose object is a claim
    ("Moscow calls the reports a deliberate provocation", "said it had lost three men and called the group's
    figures propaganda"). The speaker is the verb's subject, or for a verb coordinated with a statement's
    content, that statement's speaker."""
    from types import SimpleNamespace

    verbs = _linking()["denying_verbs"]
    nouns = set(_tables()[0]["claim_nouns"]) | _linking()["inner_claim_nouns"]
    cues = [(a.cue[0], a.cue[1]) for a in atts]
    out = []
    for tok in doc:
        if tok.pos_ != "VERB" or any(a <= tok.idx < b for a, b in cues):
            continue
        back = tok.lemma_.lower() in _linking()["back_verbs"] and any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in tok.children)
        if tok.lemma_.lower() not in verbs and not back:
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ in nouns), None) or next(
            (o for c in tok.children if back and c.dep_ == "prep" and c.lower_ in ("against", "at", "on")
             for o in c.children if o.dep_ == "pobj" and o.lower_ in nouns), None) or (
            tok.head if tok.dep_ == "amod" and tok.head.lower_ in nouns and tok.head.i > tok.i else None) or next(
            (t for c in tok.children if c.dep_ in ("dobj", "oprd") for t in c.subtree
             if t.lower_ in nouns and t.dep_ in ("compound", "nsubj", "dobj", "npadvmod", "nmod")), None) or next(
            # "branded as fabricated a statement by …": the object parsed under the "as"-complement
            (o for c in tok.children if c.dep_ in ("advcl", "xcomp", "oprd") and c.i > tok.i and any(
                m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
             for o in c.children if o.dep_ == "dobj" and o.lower_ in nouns), None)  # "called [the figures] lies"
        first = obj.left_edge if obj is not None else None
        if obj is None:
            # "branded as false a report by …": the object parsed as the "as"-phrase, its determiner after the
            # word that calls it untrue
            obj = next((o for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > tok.i
                        for o in c.children if o.dep_ == "pobj" and o.lower_ in nouns), None)
            if obj is None:
                # "dismissed as 'Hollywood fiction' an American claim that …": the claim in apposition to what
                # the verb calls it
                obj = next((ap for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > tok.i
                            for o in c.children if o.dep_ == "pobj" for ap in o.children
                            if ap.dep_ == "appos" and ap.lower_ in nouns and ap.i > o.i), None) or next(
                    # 'rejected as "baseless" a claim by … that …': the claim parsed under the word calling it untrue
                    (t for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > tok.i
                     for a in c.children if a.dep_ in ("amod", "acomp") and a.i > c.i
                     for t in a.children if t.dep_ == "dobj" and t.lower_ in nouns and t.i > a.i), None)
                if obj is None:
                    continue
                first = obj.left_edge
            else:
                det = next((d for d in obj.lefts if d.dep_ == "det"), None)
                # "dismissed as pure fabrication reports of …": no determiner, the words before the noun call it
                # untrue
                first = det or obj
                if first.i <= obj.left_edge.i:
                    continue
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        source = None
        if subj is not None and subj.pos_ != "PRON":
            sub = doc[subj.left_edge.i:subj.right_edge.i + 1]
            source = (sub.start_char, sub.end_char)
        elif subj is None and tok.dep_ in ("conj", "advcl", "amod") and tok.tag_ in ("VBG", "VBD", "VBN", "VBZ"):
            for a in atts:  # "said A and called B", "said A, dismissing B": the speaker of A, in the sentence
                if a.source is not None and a.content and tok.sent.start_char <= a.cue[0] < tok.idx:
                    source = a.source_resolved or a.source
        if source is None:
            continue
        tail = [c.right_edge.i for c in tok.children
                if c.i > tok.i and c.dep_ in ("dobj", "oprd", "prep", "acomp", "xcomp")]
        content = doc[first.i:max([obj.right_edge.i] + tail) + 1]
        content = content[:-1] if len(content) > 1 and content[-1].is_punct else content
        lemma = "rebut" if back else tok.lemma_.lower()  # "pushed back against the claim" rebuts it
        out.append(SimpleNamespace(cue=(tok.idx, tok.idx + len(tok)), cue_lemma=lemma, source=source,
                                   source_resolved=None, content=[(first.idx, content.end_char)],
                                   kind="indirect", via=[]))
    return out


def _named_as_untrue(doc: Doc, att, start: int) -> bool:
    """"described as false a report that …", "branded as fabricated a statement by …", "dismissed as malicious a
    claim …": a verb of naming whose "as"-complement, put before the object, calls the object untrue."""
    words = (att.cue_lemma or "").lower().split()
    if not words or words[0] not in _linking()["naming_verbs"] or att.cue[1] > start:
        return False
    gap = _dc.text(doc)[att.cue[1]:start]
    m = re.match(r"\s*as\s+([^.;:]{1,50}?)\s*$", gap, re.I)  # quotes allowed: dismissed as "pure fabrication" …
    if m is None:
        return False
    said = " " + re.sub(r"[^\w\s-]", " ", m.group(1).lower()) + " "
    untrue = set(_tables()[0]["content"]["deny"]) | _linking()["untrue_words"]
    return any(f" {w} " in said for w in untrue)


_NO_EVIDENCE = re.compile(r"^\s*(?:no|little|not\s+(?:any|a\s+single))\s+(?:credible\s+|reliable\s+|independent\s+)?"
                          r"(?:evidence|proof|sign|indication|trace)s?\s+(?:to\s+(?:suggest|show|support)\s+)?"
                          r"(?:that|of|for)\b", re.I)


def _no_evidence_for(doc: Doc, att, start: int) -> bool:
    """"found no evidence that A", "found no credible evidence to suggest that A": a finding that the content
    lacks support disputes it (the tagger puts the finding before or at the start of the content)."""
    if att.cue[1] > start:
        return False
    text = _dc.text(doc)
    return _NO_EVIDENCE.match(text[att.cue[1]:start] + " " + text[start:start + 80]) is not None


def _calls_a_claim(doc: Doc, att, start: int, end: int) -> bool:
    """"calls the reports a provocation", "described Kyiv's accusations as absurd": a verb of naming whose object
    is a claim names it as something it is not."""
    if (att.cue_lemma or "").lower().split()[0] not in ("call", "describe", "brand", "label", "term"):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    nouns = set(_tables()[0]["claim_nouns"]) | _linking()["inner_claim_nouns"]
    # a noun of the object's opening words: "the reports", "the GDF account", "the deployment story"
    # ("the Thai account a distortion": the tagger may take the noun for a verb, never after "to")
    return any(t.lower_ in nouns and t.dep_ != "pobj" and (t.pos_ in ("NOUN", "PROPN") or t.dep_ == "oprd" and
                                                          doc[t.i - 1].lower_ != "to") for t in span[:4])


def _later_accuser(doc: Doc, claims: list[Claim], atts, created: dict) -> None:
    """"Iran denied that it had supplied the weapons, after the White House said Tehran was involved": a claim
    made from a denial moves to a claim stated later in a clause that hangs on the denial, by another country."""
    for made in [c for c in claims if id(c) in created]:
        att = created[id(made)]
        tok = _cue_token(doc, att)
        if tok is None or len(made.responses) != 1 or made.claimant.get("country"):
            continue  # a claim whose author the denial names ("Israeli claims that …") stays that author's
        by = made.responses[0]["by"]
        denier = by.get("country")
        for c in claims:
            if c is made or c.start <= made.responses[0]["start"] or not c.claimant.get("country") or \
                    c.claimant.get("country") == denier and not _other_side(c.claimant, by):
                continue  # another country's claim, or the other side's of a civil war
            cue = doc.char_span(c.start, c.end, alignment_mode="expand")
            if cue is None or cue.sent.start != tok.sent.start:
                continue
            their = next((a for a in atts if a.content and a.content[0][0] == c.start), None)
            ctok = _cue_token(doc, their) if their is not None else None
            if ctok is not None and tok in ctok.ancestors:
                c.responses.extend(made.responses)
                claims.remove(made)
                break


_EARLIER = re.compile(r"\bhad\s+(?:\w+\s+)?(?:said|claimed|accused|reported|alleged|blamed|stated|announced|"
                      r"charged|insisted|told)\b|\bearlier\b|\bprevious(?:ly)?\b|\blast\s+week\b", re.I)


def _claim_told_after(doc: Doc, claims: list[Claim], created: dict) -> None:
    """"Tehran rejected what it called baseless accusations. Britain's foreign office had said Iranian operatives
    were behind the plot": a claim made from a lone denial moves to the claim the next sentences tell as made
    before it (by another country or the other side), or to one that shares two word stems with it."""
    for made in [c for c in claims if id(c) in created]:
        if made not in claims:
            continue
        if not made.responses and made.stance == "deny":
            # "'We deny that our forces attacked the camp,' a spokesman said. The border guard had said …": a
            # denial stated as its own statement
            r = {"by": made.claimant, "stance": "deny", "text": made.text, "start": made.start, "end": made.end,
                 "cue": made.cue}
        elif len(made.responses) == 1 and not made.claimant.get("country"):
            r = made.responses[0]
        elif len(made.responses) == 1 and made.cue:
            _fuller_mention_after(doc, claims, made, created)  # "rejected Taiwan's assertion that A. Taiwan said A'"
            continue
        else:
            continue
        by = r["by"]
        for c in claims:
            if c is made or id(c) in created or c.start < r["end"]:
                continue
            # "The junta dismissed reports of a massacre. Rights groups had said soldiers killed 30 civilians":
            # an author of no country (an NGO, witnesses) answers a denial naming no author only when the claim
            # is told as made before it
            stateless = not c.claimant.get("country") and made.responses and not made.claimant.get("name") \
                and by.get("country") and c.stance in ("assert", "allege")
            if not c.claimant.get("country") and not stateless:
                continue
            if c.claimant.get("country") == by.get("country") and not _other_side(c.claimant, by):
                continue
            if _sentence_gap(doc, r["end"], c.start) > 2 or \
                    any(x["stance"] == "deny" and _same_speaker(x["by"], by) for x in c.responses):
                continue
            span = doc.char_span(c.start, c.end, alignment_mode="expand")
            sent = _dc.text(doc)[span.sent.start_char:c.start] if span is not None else ""
            if stateless:  # "denied killing patients, after the WHO said 460 people had been shot dead there"
                if _EARLIER.search(sent) or _after_clause(doc, r["end"], c.start):
                    c.responses.append(r)
                    claims.remove(made)
                    break
                continue
            if _EARLIER.search(sent) or len(_stems(made.text) & _stems(c.text)) >= 2 or \
                    _dated_before(doc, r["start"], c.start) or _after_clause(doc, r["end"], c.start):
                c.responses.append(r)
                claims.remove(made)
                break


def _fuller_mention_after(doc: Doc, claims: list[Claim], made: Claim, created: dict) -> None:
    """A claim a denial mentions with its author ("rejected Taiwan's assertion that warships crossed into the
    zone"), told in full by that author in the next sentences ("Taiwan's defence ministry said four navy ships had
    entered the zone"): the denial answers the full statement, and the mention is not a claim of its own."""
    r = made.responses[0]
    for c in claims:
        if c is made or id(c) in created or c.start < r["end"] or \
                c.claimant.get("country") != made.claimant.get("country") or _same_side(c.claimant, r["by"]) or \
                c.claimant.get("country") == r["by"].get("country") and not _other_side(c.claimant, r["by"]):
            continue  # in a civil war, the denier's own side never tells the claim it denies
        if _sentence_gap(doc, r["end"], c.start) > 3:
            break
        # the author named again ("Taiwan's assertion" … "Taiwan's defence ministry said") sharing a word, or
        # another speaker of its country sharing two
        shared = len(_stems(made.text) & _stems(c.text))
        if shared >= 2 or shared and _same_side(c.claimant, made.claimant):
            c.responses.append(r)
            claims.remove(made)
            return


def _mention_told_in_full(doc: Doc, claims: list[Claim]) -> None:
    """"Iran rejected an American claim that its boats harassed a US destroyer. The US Navy said three fast
    attack craft came within 150 metres of the destroyer": a denial that answers only its own mention of another
    author's claim answers that author's full statement told in the next two sentences — the first of them
    sharing a word with the mention, or, for a mention that states nothing ("China's account of a clash"), the
    first in the next sentence. The mention then is no claim of its own (data/claims-eval/README.md)."""
    for m in list(claims):
        denials = [r for r in m.responses if r["stance"] == "deny" and r["start"] <= m.start < r["end"]]
        author = m.claimant.get("country")
        nameless = author is None and m.claimant.get("name") is None
        if len(m.responses) != 1 or not denials or author is None and not nameless:
            continue
        r = denials[0]
        if author is not None and author == r["by"].get("country") and not _other_side(m.claimant, r["by"]):
            continue
        stems = _stems(m.text)
        stated = re.match(r"\s*that\b", m.text, re.I) is not None or len(_content_words(m.text)) > 6
        for c in claims:
            if c is m or c.start < r["end"] or _same_side(c.claimant, r["by"]) or c.stance == "deny":
                continue
            if nameless:
                # "denied a report that troops had abandoned the town. The report, by elders, said …": a mention
                # naming no author is told in full by anyone but the denier's side, sharing a word with it
                if c.claimant.get("country") == r["by"].get("country") and not _other_side(c.claimant, r["by"]) \
                        or not stems & _stems(c.text) and not _points_back_to_claim(doc, c):
                    continue
            elif c.claimant.get("country") != author or \
                    author == r["by"].get("country") and not _other_side(c.claimant, r["by"]):
                continue  # the author's statement; in a civil war, only the other side's
            gap = _sentence_gap(doc, r["end"], c.start)
            if gap > 2:
                break
            if stems & _stems(c.text) or not stated and gap == 1 or gap == 1 and _points_back_to_claim(doc, c):
                if not any(x["stance"] == "deny" and _same_speaker(x["by"], r["by"]) for x in c.responses):
                    c.responses.append(r)
                claims.remove(m)
                break


def _points_back_to_claim(doc: Doc, claim: Claim) -> bool:
    """"The accusation was made by a collective of relatives, who said …", "The report said …": a claim told in a
    sentence that opens by pointing back at a claim named before."""
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None:
        return False
    opening = re.match(r"\s*(?:the|this|that|these|those)\s+([a-z]+)", span.sent.text, re.I)
    nouns = set(_tables()[0]["claim_nouns"]) | _linking()["inner_claim_nouns"]
    return opening is not None and opening.group(1).lower() in nouns


def _after_clause(doc: Doc, denial_end: int, claim: int) -> bool:
    """"… denying heavy losses, days after rebels said they had killed dozens": the claim is told in an
    "after"-clause of the denial's own sentence, between the denial and the claim."""
    if _sentence_gap(doc, denial_end, claim) != 0:
        return False
    return re.search(r"\bafter\b", _dc.text(doc)[denial_end:claim], re.I) is not None


def _weekday(text: str) -> int | None:
    """The day of the week a text names last (0 = Monday), or None."""
    days = _linking()["weekdays"]
    found = None
    for w in re.findall(r"[A-Za-z]+", text):
        if w.lower() in days:
            found = days.index(w.lower())
    return found


def _dated_before(doc: Doc, denial: int, claim: int) -> bool:
    """"Kabul on Sunday denied sheltering fighters. Islamabad said on Saturday that …": the claim's sentence
    dates it (before the claim) one to three days before the day the denial's sentence names."""
    d = doc.char_span(denial, denial + 1, alignment_mode="expand")
    c = doc.char_span(claim, claim + 1, alignment_mode="expand")
    if d is None or c is None or not _linking()["weekdays"]:
        return False
    text = _dc.text(doc)
    day_d = _weekday(text[d.sent.start_char:d.sent.end_char])
    day_c = _weekday(text[c.sent.start_char:claim])
    return day_d is not None and day_c is not None and 1 <= (day_d - day_c) % 7 <= 3


def _attach_denial(doc, claims, att, denier, start, end, events, doc_id, created):
    response = {"by": denier, "stance": "deny", "text": _dc.text(doc)[start:end], "start": start, "end": end,
                "cue": _dc.text(doc)[att.cue[0]:att.cue[1]]}
    cs, ce = _claim_text_span(doc, start, end)
    if cs < end:
        ce = min(ce, end)  # "rejected claims that A, calling them lies": the claim lies inside the denial
    author = _embedded_claimant(doc, start, end, denier.get("country"), denier.get("sector"), claims)
    # "denied an army claim, made last week, that A": the noun naming the claim lies between the cue and A
    lead = _dc.text(doc)[att.cue[1]:start] if att.cue and att.cue[1] <= start else ""
    named_before = len(lead) < 80 and (re.search(r"\bthat\s*$", lead) is not None or
                                       _dc.text(doc)[start:start + 5].lower() == "that ") and bool(
        set(re.findall(r"[a-z]+", lead.lower())) & _linking()["inner_claim_nouns"])
    if named_before and author is None:
        author = _embedded_claimant(doc, att.cue[1], end, denier.get("country"), denier.get("sector"), claims)
    topic = _cue_topic(doc, att)
    if topic is not None and _points_back(_dc.text(doc)[cs:ce]):
        # "'There is no truth in these reports,' a spokesman said of Russian claims that X": the claim is
        # the cue's topic
        cs, ce = _claim_text_span(doc, *topic)
        author = author or _embedded_claimant(doc, topic[0], topic[1], denier.get("country"), denier.get("sector"),
                                              claims)
    words = _content_words(_dc.text(doc)[cs:ce])
    # an earlier claim that this denial answers: the one sharing most content words, by another side, and by the
    # author the denial names if it names one ("the claims of Baku")
    best, overlap = None, 1
    stems = _stems(_dc.text(doc)[cs:ce])
    for c in claims:
        shared = max(len(words & _content_words(c.text)), len(stems & _stems(c.text)))
        if author is not None and c.claimant.get("country") not in (None, author["country"]):
            continue
        if shared > overlap and (c.claimant.get("country") != denier.get("country")
                                 or _other_side(c.claimant, denier)
                                 or author is not None and author.get("named")
                                 and c.claimant.get("name") == author.get("name")):
            best, overlap = c, shared
    path = "shared_words" if best is not None else None  # which rule chose: see _learned_choice
    if best is None and (_is_anaphoric(_dc.text(doc)[cs:ce]) or _points_back(_dc.text(doc)[cs:ce])):
        best, path = _antecedent_claim(claims, denier, start), "pointing_back"
        if not re.search(r"\b(?:accus|charge|alleg)", _dc.text(doc)[cs:ce], re.I):
            best = _run_start(claims, best)  # "rejected the report": the account as a whole
    # "dismissed reports that A", "rejected suggestions that A": the claim is stated inside the denial, and an
    # earlier claim is it only when they share words, not merely for being near
    inner = (cs, ce) != (start, end) and _dc.text(doc)[cs:ce].lower().startswith("that ") or \
        re.search(r"\bthat\s*$", _dc.text(doc)[start:cs].lower()) is not None
    inner = inner and bool(
        set(re.findall(r"[a-z]+", _dc.text(doc)[start:cs].lower())) & _linking()["inner_claim_nouns"]) or named_before
    if best is None and author is None:
        # "X said A. Y denied B": a denial right after another side's claim, naming no other author, answers it;
        # among the claims of the last few sentences, the one accusing the denier's side (its forces are the
        # event's first actor) comes first ("Kyiv said Russian forces hit the port … Moscow denied targeting …")
        accusing = _accusing_claim(doc, claims, denier, start, events)
        near = accusing or _antecedent_claim(claims, denier, start)
        if near is not None and _sentence_gap(doc, _own_side_end(claims, near, denier, start), start) <= (
                2 if accusing else 1) and (
                not inner or _stems(_dc.text(doc)[cs:ce]) & _stems(near.text)):
            best, path = near, "nearby"  # a claim stated inside the denial must share a word with it
    if best is None and author is None:
        # "It is claimed that drones killed 20 civilians. The army denied hitting civilians": a hedged claim of
        # no stated author in the sentence before, sharing a word stem with the denial, is what it answers
        hedged = [c for c in claims if c.start < start and c.claimant.get("name") is None and
                  c.stance == "allege" and not c.responses and id(c) not in created]
        if hedged and _sentence_gap(doc, hedged[-1].end, start) <= 1 and \
                _stems(_dc.text(doc)[cs:ce]) & _stems(hedged[-1].text):
            best, path = hedged[-1], "hedged"
    if best is None and author is not None:
        def others(c):  # not the denier's own statement ("the rebels said A and rejected the army's account")
            return c.claimant.get("country") != denier.get("country") or _other_side(c.claimant, denier) or \
                author.get("named") and c.claimant.get("name") == author.get("name")
        # the author's claim sharing words with the denial; of several, the one sharing most word stems, then
        # the latest ("said A, and that B" … "dismissed the Russian figure of B")
        top = (0, 0)
        for c in claims:
            if _by_author(c, author) and words & _content_words(c.text) and others(c):
                key = (len(_stems(_dc.text(doc)[cs:ce]) & _stems(c.text)), c.start)
                if key > top:
                    best, top, path = c, key, "author_words"
        if best is None and not inner:
            # "rejected Kyiv's accusation as sabotage": naming its author and no content, the denial answers
            # that author's latest earlier claim
            earlier = [c for c in claims if c.start < start and _by_author(c, author) and others(c)]
            best, path = (earlier[-1], "author_latest") if earlier else (None, None)
            if best is not None and _names_author_only(_dc.text(doc)[cs:ce], author) and \
                    not re.search(r"\b(?:accus|charge|alleg)", _dc.text(doc)[cs:ce], re.I):
                best = _run_start(claims, best)  # "rejected the Tajik account": the account as a whole
    nth = _ordinal_claim(claims, denier, start, _dc.text(doc)[start:end], author)
    if nth is not None:
        best, path = nth, "ordinal"  # "He called the second claim 'pure fiction'"
    best = _learned_choice(doc, claims, att, denier, start, end, cs, ce, author, inner, events, created, best,
                           path or ("author_none" if author is not None else "none"))
    if best is None and author is None and not inner and not _denied_by_cue(att) and not (
            _content_words(_dc.text(doc)[start:end]) & (set(_tables()[0]["claim_nouns"])
                                                        | _linking()["responsive_nouns"])):
        # "Russia said it had nothing to do with the leaks": a denial in its own words, answering no claim that
        # is stated or named, is a statement of its own
        own = Claim(id=f"{doc_id}-c{len(claims) + 1}", claimant=denier, stance="deny",
                    text=_dc.text(doc)[start:end], start=start, end=end, event=_event_in(events, start, end),
                    locations=_places_in(doc, start, end), cue=response["cue"])
        claims.append(own)
        created[id(own)] = att  # a claim told after it may be what it answers: see _claim_told_after
        return
    if best is None:
        if author is None:
            for c in claims:  # "reports of a crashed jet": a claim already denied by the same side
                if any(r["by"].get("country") == denier.get("country") for r in c.responses) and \
                        len(words & _content_words(c.text)) >= 2:
                    best = c
                    break
        if best is None:
            # the claim a lone denial mentions ("denied reports that A", "rejected Kyiv's claims that A"): its
            # author is the one the denial names, else nobody; it is alleged when nobody is named, or when the
            # denial calls it a claim, an allegation or an accusation; its cue is that noun
            noun = _claim_noun(doc, start, cs)
            alleging = author is None or "alleged" in _dc.text(doc)[start:end].lower() or \
                (noun or "").lower().rstrip("s") in _ALLEGING_NOUNS
            best = Claim(id=f"{doc_id}-c{len(claims) + 1}",
                         claimant=author or {"name": None, "country": None, "sector": None},
                         stance="allege" if alleging else "assert",
                         text=_dc.text(doc)[cs:ce], start=cs, end=ce, event=_event_in(events, cs, ce),
                         locations=_places_in(doc, cs, ce), cue=noun,
                         sources=[Source(author["name"], source_kind(author["name"]))] if author else [])
            claims.append(best)
            created[id(best)] = att  # made from the denial: see _later_accuser
    elif best.claimant.get("country") is None and author:
        best.claimant = author
    if denier.get("country") is None and denier.get("sector") in ("GOV", "MIL", "STATE", "BGD") \
            and denier.get("name"):
        side = _defended_country(doc, best)
        if side:
            response["by"] = {**denier, "country": side}
    if not best.locations:
        best.locations = _places_in(doc, cs, ce)
    best.event = best.event or _event_in(events, cs, ce)
    def one_voice(a: dict, b: dict) -> bool:  # the same speaker named again ("the ministry", "its spokesman")
        na, nb = ((x.get("name") or "").lower() for x in (a, b))
        return _same_speaker(a, b) and (not na or not nb or na in nb or nb in na or
                                        not _named_person(a.get("name") or "") and
                                        not _named_person(b.get("name") or ""))
    def restated(r: dict) -> bool:  # the same voice's denial again: one, unless said again in a later sentence
        if not (r["stance"] == "deny" and one_voice(r["by"], denier)):
            return False
        if _sentence_gap(doc, r["start"], start) == 0:
            return True
        # "Turkey rejected the figure. 'The numbers are made up,' a ministry official said" is a second denial (as
        # is the same speaker's in a later sentence: the claims sets' convention since dev14), but not once another
        # side's claim was told in between (a briefing's next question is another claim)
        return any(r["end"] <= c.start < start and (c.claimant.get("country") != denier.get("country")
                                                     or _other_side(c.claimant, denier)) for c in claims)
    if not any(restated(r) for r in best.responses):
        # one denial a claim and speaker ("denied A and called it fake" is one); a named official denying it again
        # after another ("The ministry denied it …. A spokeswoman, Mirna Kovac, said the account was untrue") is
        # a second denial
        best.responses.append(response)
    # a later, fuller mention of the claim gives it its author and place
    for c in claims:
        if c is not best and c.claimant.get("country") is None and any(
                r["by"].get("country") == denier.get("country") for r in c.responses) and \
                len(_content_words(c.text) & words) >= 2:
            best.responses = c.responses + best.responses
            claims.remove(c)
            break


_ALLEGING_NOUNS = {"claim", "allegation", "accusation", "charge", "assertion", "rumour", "rumor", "suggestion"}


_ORDINAL = re.compile(r"\b(first|second|third|fourth|latter|former)\s+(?:of\s+the\s+)?(?:claim|allegation|accusation|"
                      r"statement|assertion|charge|report|figure|point|part)s?\b", re.I)
_ORDINALS = {"first": 0, "former": 0, "second": 1, "third": 2, "fourth": 3, "latter": -1}


def _ordinal_claim(claims: list[Claim], denier: dict, before: int, denial: str, author: dict | None):
    """"He called the second claim 'pure fiction'": the statement an ordinal points to among those of the last
    speaker before the denial (not the denier's side) who made more than one, or of the author the denial
    names."""
    m = _ORDINAL.search(denial)
    if m is None:
        return None
    def who(c):  # speakers told apart by name: two bodies of one country may be the two sides
        return c.claimant.get("name") or c.claimant.get("country")

    def together(c, last):  # "Cambodia's defence ministry accused … A ministry spokeswoman also said …": one side
        if c.claimant.get("country") and last.claimant.get("country"):
            return c.claimant.get("country") == last.claimant.get("country") and not _other_side(c.claimant,
                                                                                                 last.claimant)
        return who(c) == who(last)
    earlier = [c for c in claims if c.start < before and not _same_side(c.claimant, denier)
               and who(c) != (denier.get("name") or denier.get("country"))]
    if author is not None:
        earlier = [c for c in earlier if _by_author(c, author)]
    # the last speaker named alike with several statements, else the last side with several ("Cambodia's defence
    # ministry accused … A ministry spokeswoman also said …")
    for same in (lambda c, last: who(c) == who(last), together):
        for last in reversed(earlier):
            theirs = [c for c in earlier if same(c, last)]
            if len(theirs) > 1:
                k = _ORDINALS[m.group(1).lower()]
                return theirs[k] if k < len(theirs) else None
    return None


def _named_person(name: str) -> bool:
    """A speaker named by a person's name (two capitalised words or more), not an institution's."""
    return len(re.findall(r"\b[A-Z][a-z]+", name)) >= 2 and sector_of(name) not in ("GOV", "MIL", "POL", "BGD", "STATE") \
        or bool(re.search(r"\b[A-Z][a-z]+ [A-Z][a-z]+$", name))


def _claim_noun(doc: Doc, start: int, cs: int) -> str | None:
    """The noun by which a denial names the claim it states ("reports", "Kyiv's claims"), before the claim's
    text; None for a denial with none ("denied that A")."""
    nouns = set(_tables()[0]["claim_nouns"]) | _linking()["inner_claim_nouns"]
    found = None
    for w in re.findall(r"[A-Za-z]+", _dc.text(doc)[start:max(start, cs)]):
        if w.lower() in nouns:
            found = w
    return found


def _responds_to_claim(doc: Doc, att, start: int, end: int) -> bool:
    """A cue of answering ("responding to", "asked about") whose object is a claim: no statement of its own."""
    words = (att.cue_lemma or "").lower().split()
    if not words or words[0] not in _linking()["responding_verbs"]:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    first = next((t for t in span if t.pos_ in ("NOUN", "PROPN")), None) if span is not None else None
    return first is not None and first.lower_ in set(_tables()[0]["claim_nouns"]) | _linking()["inner_claim_nouns"]


def _points_back(content: str) -> bool:
    """"There is no truth in these reports", "the claim was false": words of denial and of pointing back only."""
    data = _tables()[0]
    deny_words = {w for phrase in data["content"]["deny"] for w in phrase.split()}
    words = set(re.findall(r"[a-z][a-z-]*", _unpossess(content.lower())))
    return bool(words) and words <= _STOP | _ANAPHORS | set(data["claim_nouns"]) | deny_words | \
        _linking()["responsive_nouns"] | _linking()["generic_objects"] | {
            "there", "is", "are", "was", "were", "be", "been", "no", "not", "any", "all", "in", "these", "those",
            "they", "this", "absolutely", "completely", "totally", "entirely", "utterly", "simply", "wholly"}


def _cue_topic(doc: Doc, att) -> tuple[int, int] | None:
    """The claim a speaking verb is about: "said of Russian claims that …", "spoke about reports of …"."""
    tok = _cue_token(doc, att)
    if tok is None:
        return None
    nouns = set(_tables()[0]["claim_nouns"])
    for c in tok.children:  # "Responding to Chinese claims that …, Manila said …", "Asked about reports of …"
        if c.dep_ == "advcl" and c.lemma_.lower() in _linking()["responding_verbs"]:
            for p in c.children:
                objs = [o for o in p.children if p.dep_ == "prep" and o.dep_ == "pobj" and o.lower_ in nouns]
                if objs:
                    sub = doc[objs[0].left_edge.i:objs[0].right_edge.i + 1]
                    return sub.start_char, sub.end_char
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "about", "regarding", "concerning") and c.i > tok.i:
            objs = [o for o in c.children if o.dep_ == "pobj" and o.lower_ in nouns]
            if objs:
                end = objs[0].right_edge.i + 1
                for cl in tok.children:  # "said of Russian claims | that X": the parser hangs X on the verb
                    if cl.dep_ == "ccomp" and cl.left_edge.i == end and cl.left_edge.lower_ == "that":
                        end = cl.right_edge.i + 1
                sub = doc[objs[0].left_edge.i:end]
                return sub.start_char, sub.end_char
    return None


def _stems(text: str) -> set[str]:
    """Content words without their endings, cut to five letters: "civilians" and "civilian", "locked" and
    "locking", "cells" and "cell", "fired" and "fire" meet."""
    return {_stem(w) for w in _content_words(text) if len(w) > 3}


def _stem(word: str) -> str:
    word = _linking()["irregular_participles"].get(word, word)  # "beaten" → "beat", to meet "beating"
    if word.endswith("ies") and len(word) > 5:
        word = word[:-3] + "y"
    else:
        for suffix in ("ing", "ed", "es", "s"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
                word = word[:-len(suffix)]
                break
    return word.rstrip("e")[:5] if len(word) > 3 else word[:5]


def _denied_by_cue(att) -> bool:
    return _tables()[1].get((att.cue_lemma or "").lower()) == "deny"


def _defended_country(doc: Doc, claim: Claim) -> str | None:
    """The side an official of no stated country defends by denying a claim: the one country other than the
    claim's author's that the claim names ("the Russian reports of destroyed Ukrainian tanks were fakes")."""
    author = claim.claimant.get("country")
    if not author:
        return None
    found = set()
    for m in getattr(doc._, "actor_mentions", None) or []:
        a, b = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])
        if claim.start <= a and b <= claim.end and m.country and m.country != author:
            found.add(m.country)
    return next(iter(found)) if len(found) == 1 else None


def _same_speaker(a: dict, b: dict) -> bool:
    if a.get("country") or b.get("country"):
        return a.get("country") == b.get("country")
    return a.get("name") == b.get("name")


_ANAPHORS = {"which", "these", "those", "such", "charge", "charges", "findings", "figure", "figures", "claimed",
             "accusation", "accusations", "allegation", "allegations", "assertion", "assertions", "version", "account"}


def _unpossess(text: str) -> str:
    return re.sub(r"['\u2019]s\b", "", text)


def _is_anaphoric(content: str) -> bool:
    """A denial whose content only points back at a claim: "the claim", "the accusation", "which", "it"."""
    words = set(re.findall(r"[a-z][a-z-]*", _unpossess(content.lower())))  # "the report's findings"
    return bool(words) and words <= _STOP | _ANAPHORS | set(_tables()[0]["claim_nouns"]) | {"which", "all", "any"} \
        | _linking()["generic_objects"]


def _by_author(claim: Claim, author: dict) -> bool:
    """A claim by the author a denial names: of its country, or for "the militants' claim" an armed group that has
    no country of its own ("a spokesman for Islamic State West Africa Province")."""
    if claim.claimant.get("country") is None:
        return _side_of(author) == "armed" and _side_of(claim.claimant) == "armed"
    return claim.claimant.get("country") == author.get("country")


def _names_author_only(content: str, author: dict | None) -> bool:
    """"the Tajik account", "the Tigrayan official's statement": a denial's object that names its author and a
    claim noun, and nothing the claim says."""
    if author is None:
        return False
    rest = [w for w in re.findall(r"[A-Za-z][\w-]*", _unpossess(content))
            if not w[0].isupper() and sector_of(w) is None]
    return _is_anaphoric(" ".join(rest)) if rest else False


def _run_start(claims: list[Claim], claim: Claim | None) -> Claim | None:
    """The first of the statements its speaker made in a row ending with `claim`: "the report", "the
    accusations" point back at a speaker's account as a whole, whose first statement is its main claim (the
    ministry said A. "…B," the ministry said. Baku rejected the report)."""
    if claim is None:
        return None
    first = claim
    for c in reversed([c for c in claims if c.start < claim.start]):
        if not _same_author(c.claimant, claim.claimant):
            break
        first = c
    return first


def _same_author(a: dict, b: dict) -> bool:
    if a.get("country") is not None:
        return _same_side(a, b)  # one speaker named again: "Armenia's Defence Ministry", "the ministry"
    return a.get("country") is None and b.get("country") is None and a.get("name") is not None and \
        a.get("name") == b.get("name")


def _antecedent_claim(claims: list[Claim], denier: dict, before: int) -> Claim | None:
    """The claim an anaphoric denial answers: the latest claim before it by another side (another country, or
    failing that another claimant)."""
    earlier = [c for c in claims if c.start < before and c.claimant.get("name") is not None]
    for c in reversed(earlier):
        if c.claimant.get("country") is not None and (c.claimant.get("country") != denier.get("country")
                                                      or _other_side(c.claimant, denier)):
            return c
    for c in reversed(earlier):
        if c.claimant.get("name") != denier.get("name") and (c.claimant.get("country") is None
                                                             or c.claimant.get("country") == denier.get("country")
                                                             and not _same_side(c.claimant, denier)):
            return c
    return None


def _same_side(a: dict, b: dict) -> bool:
    """The denier's own side: one speaker named again ("the general staff of X's armed forces" and "the general
    staff"), or an armed group and its own outlet or spokesman described as the group's (both armed, of one
    country; two armed groups of one country may be enemies)."""
    if a.get("country") != b.get("country"):
        return False
    na, nb = (re.sub(r"^(?:the|a|an)\s+", "", (x.get("name") or "").lower()).strip() for x in (a, b))
    if na and nb and (na in nb or nb in na):
        return True
    # "the militant group's Radio Andalus", "the rebels' spokesman": an armed group's own voice, described
    owned = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(_linking()["group_nouns"]))) + r")(?:'s|'|\u2019s|\u2019)(?!\w)")
    return _side_of(a) == "armed" and _side_of(b) == "armed" and bool(owned.search(na) or owned.search(nb))


def _own_side_end(claims: list[Claim], near: Claim, denier: dict, before: int) -> int:
    """Where the claim a denial may answer ends, counting on past the denier's own side's statements made in
    between ("the governor said A. The group's radio said B. The group denied A"): they are part of its answer."""
    end = near.end
    for c in sorted(claims, key=lambda c: c.start):
        if near.end <= c.start and c.end <= before and _same_side(c.claimant, denier):
            end = max(end, c.end)
    return end


def _accusing_claim(doc: Doc, claims: list[Claim], denier: dict, before: int, events: list[Event]) -> Claim | None:
    """The latest earlier claim, by another country's speaker, about an event whose first actor is of the
    denier's country."""
    country = denier.get("country")
    if not country:
        return None
    by_id = {e.id: e for e in events}
    for c in reversed([c for c in claims if c.start < before]):
        other = c.claimant.get("country")
        ev = by_id.get(c.event)
        if not other or ev is None or not ev.actors or ev.actors[0].country != country:
            continue
        accused = {"country": ev.actors[0].country, "sector": ev.actors[0].sector}
        if other != country or _other_side(c.claimant, denier) and not _other_side(accused, denier):
            return c  # "the army said the RSF shelled a hospital": the RSF's denial answers it
    return None


_ARMED_SIDE = {"REB", "MLT", "UAG"}
_STATE_SIDE = {"GOV", "MIL", "POL", "BGD", "STATE"}


def _side_of(who: dict) -> str | None:
    sector = who.get("sector")
    if set(re.findall(r"[a-z-]+", (who.get("name") or "").lower())) & _linking()["breakaway_names"]:
        return "armed"  # "the de facto authorities in Tskhinvali": the other side of the state they broke from
    if sector is None and who.get("name"):
        # "a dissident faction of the group", "the rebels' spokesman": a speaker of no sector named as armed
        words = set(re.findall(r"[a-z]+", who["name"].lower()))
        return "armed" if words & _linking()["armed_names"] else None
    return "armed" if sector in _ARMED_SIDE else "state" if sector in _STATE_SIDE else None


def _other_side(a: dict, b: dict) -> bool:
    """Two speakers of one country on the two sides of a civil war: its state and an armed group fighting it
    (the army and the RSF, the junta and a resistance force)."""
    if not a.get("country") or a.get("country") != b.get("country"):
        return False
    sa, sb = _side_of(a), _side_of(b)
    return sa is not None and sb is not None and sa != sb


def _sentence_gap(doc: Doc, a: int, b: int) -> int:
    """How many sentence starts lie in the text between offsets a and b."""
    return sum(1 for sent in doc.sents if a < sent.start_char <= b)


def _renumber(claims: list[Claim], doc_id: str) -> None:
    for i, c in enumerate(claims, 1):
        c.id = f"{doc_id}-c{i}"


def _event_in(events: list[Event], start: int, end: int) -> str | None:
    for e in events:
        if any(ev.start < end and start < ev.end for ev in e.evidence):
            return e.id
    return None


def _places_in(doc: Doc, start: int, end: int) -> list[dict]:
    return [p.as_location() for p in getattr(doc._, "places", None) or [] if start <= p.start < end]


_FIGURE = re.compile(r"\b\d[\d,.]*\b|\b(?:dozens|hundreds|thousands|scores)\b", re.I)


def _countries_in(doc: Doc, start: int, end: int) -> set[str]:
    """The countries of the actors and places a span of text names ("Caracas", "the Venezuelan bank")."""
    found = {m.country for m in getattr(doc._, "actor_mentions", None) or []
             if m.country and start <= doc[m.start].idx < end}
    return found | {iso3(p.country) for p in getattr(doc._, "places", None) or [] if p.country and start <= p.start < end}


def _names_as_doer(doc: Doc, claim: Claim, country: str | None) -> bool:
    """Whether a claim tells `country` as the one who acted: its subject or its "by"/"on behalf of" phrase names
    it ("Chinese troops tried to cross", "gunmen backed by Belgrade", "on behalf of Russian intelligence")."""
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand") if country else None
    if span is None:
        return False
    for t in span:
        doer = t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "pobj" and t.head.lower_ in ("by", "of") and (
            t.head.lower_ == "by" or t.head.head.lower_ == "behalf")
        if doer and country in _countries_in(doc, doc[t.left_edge.i].idx, t.idx + len(t)):
            return True
    return False


def _learned_choice(doc, claims, att, denier, start, end, cs, ce, author, inner, events, created, ruled, path):
    """The claim a fitted linker picks among the earlier claims and "new" (None), when a model ships; else the
    rules' pick. With `linker.RECORDER` set, the candidates and the rules' pick are recorded for fitting."""
    recorder = _linker.RECORDER.get()
    w = _linker.weights()
    if w is None and recorder is None:
        return ruled
    text = _dc.text(doc)
    content = text[cs:ce]
    words, stems = _content_words(content), _stems(content)
    if _names_author_only(content, author):
        words, stems = set(), set()  # "the Tajik account": the author's name is no word of the claim
    earlier = [c for c in claims if c.start < start]
    accusing = _accusing_claim(doc, claims, denier, start, events)
    anaphoric = _is_anaphoric(content) or _points_back(content) or not words and _names_author_only(content, author)
    latest_other = _antecedent_claim(claims, denier, start) if anaphoric else None
    by_type = {e.id: (e.acled or {}).get("event_type") for e in events}
    denied_event = _event_in(events, cs, ce)
    denied_places = {p.get("name") for p in _places_in(doc, cs, ce)}
    lead_end = next(iter(doc.sents)).end_char if len(doc) else 0
    # "rejected the group's figures", "denied that 50 soldiers died": a denial about numbers answers a claim of one
    about_figures = _FIGURE.search(content) is not None or re.search(
        r"\b(?:figures?|toll|tolls|casualt|deaths?|dead|numbers?|distance|range|estimates?|tally)\b", content, re.I) is not None
    rows, cands = [], []
    for c in claims:
        country = c.claimant.get("country")
        theirs = [x for x in earlier if _same_speaker(x.claimant, c.claimant)
                  and x.claimant.get("name") == c.claimant.get("name")]
        shared = len(words & _content_words(c.text))
        common = len(stems & _stems(c.text))
        gap = _sentence_gap(doc, c.end, start) if c.end <= start else _sentence_gap(doc, end, c.start)
        rank = len(earlier) - earlier.index(c) if c in earlier else 9
        f = {"claim_bias": 1.0, "shared_words": min(shared, 6) / 6, "shared_stems_1": float(common >= 1),
             "shared_stems_2": float(common >= 2), "gap_0": float(gap == 0), "gap_1": float(gap == 1),
             "gap_2": float(gap == 2), "gap_far": float(gap > 2), "latest": float(rank == 1),
             "recency_2": float(rank == 2), "recency_far": float(rank > 2),
             "same_country": float(country is not None and country == denier.get("country")),
             "other_side": float(_other_side(c.claimant, denier)), "same_side": float(_same_side(c.claimant, denier)),
             "no_country": float(country is None),
             # the author a denial names: not a claim of the other side of one country ("the militants' claim"
             # is not the army's)
             "author_match": float(author is not None and _by_author(c, author) and (
                 country is None or _side_of(author) is None or _side_of(c.claimant) in (None, _side_of(author)))),
             "author_mismatch": float(author is not None and country not in (None, author.get("country"))),
             "accusing": float(c is accusing), "stance_" + (c.stance or "assert"): 1.0,
             "denied_by_other": float(any(r["stance"] == "deny" and not _same_speaker(r["by"], denier)
                                          for r in c.responses)),
             "denied_by_same": float(any(r["stance"] == "deny" and _same_speaker(r["by"], denier)
                                         for r in c.responses)),
             "made_from_denial": float(id(c) in created), "no_name": float(c.claimant.get("name") is None),
             "inner_and_no_stems": float(inner and not common),
             "anaphoric_latest_other": float(c is latest_other),
             "first_of_author": float(bool(theirs) and theirs[0] is c),
             "latest_of_author": float(bool(theirs) and theirs[-1] is c),
             "quoted": float(c.text[:1] in "\"'\u201c\u2018"),
             "same_event": float(c.event is not None and c.event == denied_event),
             "same_event_type": float(c.event is not None and denied_event is not None
                                      and by_type.get(c.event) == by_type.get(denied_event)),
             "shared_place": float(bool(denied_places & {p.get("name") for p in c.locations})),
             "pointing_first_of_author": float(anaphoric and bool(theirs) and theirs[0] is c),
             "paragraph_gap": float(text.count("\n\n", min(c.end, start), max(c.end, start)) > 0),
             "lead_sentence": float(c.start < lead_end),
             "own_sentence": float(gap == 0 and c.end <= start),
             "mentions_denier": float(denier.get("country") is not None
                                      and denier.get("country") in _countries_in(doc, c.start, c.end)),
             "stem_overlap": common / max(1, len(stems)),
             "figure_match": float(about_figures and _FIGURE.search(c.text) is not None),
             "responsibility": float(c.text.lower().startswith("responsibility")),
             "denier_as_doer": float(c.claimant.get("country") != denier.get("country")
                                     and _names_as_doer(doc, c, denier.get("country"))),
             # "dismissed the Tigrayan official's statement": the claimant the denial describes
             "author_named_so": float(author is not None and bool(
                 _stems(_unpossess(author.get("name") or "")) & _stems(_unpossess(c.claimant.get("name") or ""))))}
        rows.append(_linker.vector(f))
        cands.append(c)
    max_shared = max((len(words & _content_words(c.text)) for c in claims), default=0)
    new = {"new_bias": 1.0, "new_inner": float(inner), "new_author": float(author is not None),
           "new_anaphoric": float(anaphoric), "new_claim_noun": float(_claim_noun(doc, start, cs) is not None),
           "new_denied_by_cue": float(_denied_by_cue(att)),
           # no claim by anyone else (speakers of no country count by name: "Witnesses said A. The army denied B")
           "new_no_other_claims": float(not any(not _same_speaker(c.claimant, denier)
                                                or _other_side(c.claimant, denier) for c in claims)),
           "new_max_shared_0": float(max_shared == 0), "new_long_content": float(len(words) >= 4)}
    rows.append(_linker.vector(new))
    cands.append(None)
    if recorder is not None:
        recorder.append({"denier": denier.get("country"), "start": start, "end": end,
                         "spans": [(c.start, c.end, c.claimant.get("country")) for c in cands[:-1]] +
                                  [(cs, ce, (author or {}).get("country"))],
                         "rows": [r.tolist() for r in rows], "ruled": cands.index(ruled) if ruled in cands else -1,
                         "path": path})
    if w is None or path in _linker.RULED_PATHS:
        return ruled
    # a speaker never denies its own statement ("the general staff said A. The general staff dismissed B")
    # nor, naming another country's author ("dismissed the ministry's account"), a claim of its own state's
    foreign = author is not None and author.get("country") not in (None, denier.get("country"))
    allowed = [i for i, c in enumerate(cands) if c is None or not _same_side(c.claimant, denier) and not (
        foreign and c.claimant.get("country") == denier.get("country") and not _other_side(c.claimant, denier))]
    pick = cands[allowed[_linker.choose([rows[i] for i in allowed], w)]]
    if pick is not None and ruled is not None and pick is not ruled and path == "shared_words" and any(
            r["stance"] == "deny" and _same_speaker(r["by"], denier) for r in pick.responses):
        # "It rejected the claim about the three posts": a speaker's second denial, sharing its words with
        # another claim, answers that one rather than the claim it already denied
        return ruled
    if pick is not None and inner and author is not None and len(words) >= 3 and not stems & _stems(pick.text):
        # "denied an army claim, made last week, that the BRN had recruited teenagers": a claim told in full inside
        # the denial, sharing no word with the author's earlier statements, is one of its own
        return None
    return pick
