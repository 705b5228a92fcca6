"""Clause-level event extraction: trigger → clause → type, actors, place, time, figures, sources, status.

Works on a Doc that the earlier sitrep components have annotated (places, timexes, quantities, actor
mentions, attributions). Everything the rules know about words comes from `data/events/triggers.yaml`,
`data/actors/actors.yaml` and the codebooks.
"""
from __future__ import annotations

from .. import doccache as _dc

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from .. import codebooks
from ..actors import (ActorMention, SpanIndex, _word_set, country_name, group_anaphors, mention_for, opponent_of,
                      sector_of)
from ..claims.claims import stance_of
from ..claims.sources import (attribution_at, attribution_near, chain_for, document_citations,
                                 paragraph_bounds)
from ..model import Actor, Event, Evidence, Place, Source
from ..time import entry_bounds, parse_published
from .triggers import Trigger, find_triggers, lexicon

CLAUSE_DEPS = {"ROOT", "advcl", "ccomp", "xcomp", "relcl", "acl", "conj", "parataxis", "pcomp", "csubj",
               "csubjpass", "pobj"}
PRECISION_RANK = {"town": 0, "village": 0, "city": 0, "district": 1, "province": 2, "region": 3, "country": 4}
STATE_SECTORS = {"MIL", "GOV", "BGD", "POL", "STATE"}
ANAPHOR_SENTENCES = 6  # how far back "the drone strike" looks for a strike of the same kind


@dataclass
class Draft:
    trigger: Trigger
    sent: int  # sentence index
    clause: set[int]
    label: str
    places: list[Place] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    timex: object | None = None
    time: str | None = None
    quantities: list = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    status: str = "reported"
    evidence: list[Evidence] = field(default_factory=list)
    anaphoric: bool = False
    negated: bool = False  # "did not fire on X": only evidence for the event it answers, never an event
    place_anaphor: bool = False  # "firing on the town": the place is the last town named before
    clock: object | None = None  # a clock time with no day of its own ("at around 3:15 pm"): its fallback day
    said_day: bool = False  # the day comes from the saying ("..., officials said on Tuesday"), not the event
    occurs_place: bool = False  # "The attack took place near X": a mention of the event told before, placing it
    occurs_day: bool = False  # "The attack occurred on Monday afternoon": the day the text gives the event told
    reference: bool = False  # "condemned the attack": a mention of an event in someone's talk about it
    claimant: list = field(default_factory=list)  # "X claimed responsibility for the blast": who says it did it


def _owner(tok: Token, trigger_ids: set[int]) -> int:
    """The clause a token belongs to: its nearest ancestor-or-self that is a trigger or a clause verb."""
    t = tok
    while True:
        if t.i in trigger_ids:
            return t.i
        if t.pos_ in ("VERB", "AUX") and (t.dep_ in CLAUSE_DEPS or t.head == t) and not (
                t.pos_ == "AUX" and t.head != t and t.head.pos_ in ("VERB", "AUX")):
            return t.i
        if t.head == t:
            return t.i
        t = t.head


def _clause_chain(tok: Token, owners: dict[int, int]) -> list[int]:
    """Owners of the clause and of the clauses above it, innermost first."""
    chain, t = [], tok
    while True:
        o = owners[t.i]
        if not chain or chain[-1] != o:
            chain.append(o)
        if t.doc[o].head == t.doc[o]:
            return chain
        t = t.doc[o].head


_INSTRUMENT_PREPS = {"with", "using", "by"}
_SPAN_NOUNS = frozenset({"hour", "day", "week", "month", "night", "weeks", "days", "hours", "months", "nights"})


def _not_event(tok: Token, trigger_ids: set[int], n_words: int = 1) -> bool:
    """A noun trigger that is not an event of its own: what another trigger acts on ("breached the truce",
    "killed in Tuesday's gunfight"), or a one-word trigger modifying a noun that is no event ("grenade
    launchers", "attack helicopters")."""
    if tok.dep_ == "amod" and tok.tag_ in ("VBN", "JJ") and tok.head.pos_ in ("NOUN", "PROPN") \
            and (tok.lemma_.lower() in _outcome_lemmas() or tok.lemma_.lower() in _lex_set("captive_lemmas")) \
            and tok.head.i not in trigger_ids and tok.i < tok.head.i \
            and (tok.i == 0 or tok.doc[tok.i - 1].pos_ in ("DET", "NUM", "ADJ", "ADV", "PRON", "CCONJ", "ADP")):
        # (not after a noun: "the opposing side mined supply roads" is a verb the parser took for an adjective)
        # ("demanded the release of detained journalists", "kidnapped schoolgirls": captives, not an arrest told)
        return True  # "treated 420 wounded patients", "displaced families": who they are, not an event
    if tok.dep_ in ("amod", "compound") and tok.tag_ == "VBG" and tok.i < tok.head.i and tok.head.pos_ == "NOUN" \
            and tok.lemma_.lower() in ("retreat", "withdraw", "flee", "advance"):
        return True  # "struck the retreating column": who the column is, not a withdrawal told
    if tok.lemma_.lower() == "burn" and tok.pos_ == "VERB" and not any(c.dep_ in ("dobj", "nsubjpass", "agent")
                                                                      for c in tok.children) and (
            tok.dep_ == "relcl" and tok.head.lemma_.lower() in ("fire", "blaze", "flame")
            or any(c.dep_ == "nsubj" and c.lemma_.lower() in ("fire", "blaze", "flame") for c in tok.children)):
        return True  # "setting off a fire that burned for hours": the fire burning, no destruction told by it
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "of" \
            and tok.head.head.head.lemma_.lower() in _lex_set("count_nouns"):
        return True  # "the number of combatants killed could not be confirmed": a count asked about, no event
    if any(c.lower_ in _lex_set("ally_words") for c in tok.children):
        return True  # "troops, fighting jointly with the Ugandan army": allies, not a clash between them
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and (tok.head.pos_ == "PRON" or tok.head.lower_ in ("those", "these")) \
            and not any(c.dep_ in ("agent", "prep", "dobj", "npadvmod") for c in tok.children):
        return True  # "Those detained included two foreigners", "those killed": the people of an event told already
    if tok.dep_ == "amod" and tok.head.dep_ == "pobj" and tok.head.head.lower_ in ("of", "from") \
            and tok.head.head.head.lemma_.lower() in _lex_set("remnant_nouns"):
        return True  # "debris from a downed drone", "wreckage of an intercepted missile": the remains of one told
    if any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _lex_set("accident_nouns") for g in c.children)
           for c in tok.children):
        return True  # "a classmate killed in a road accident": a mishap, no political violence
    if tok.dep_ == "relcl" and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "by" \
            and tok.head.head.head.i in trigger_ids:
        return True  # "killed by three drones that dropped explosives on the base": the weapon of that event
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _lex_set("series_nouns"):
        series = tok.head.head
        if series.dep_ == "pobj" and (series.head.lower_ in ("amid", "amidst") or series.head.lower_ in ("in", "of")
                                      and (series.head.head.lower_ in _lex_set("series_heads")
                                           or series.head.head.lemma_.lower() in _lex_set("series_heads"))):
            return True  # "the latest in a string of attacks on civilians": the run the event told belongs to
    if tok.dep_ in ("dobj", "conj") and n_words == 1:
        obj = tok
        while obj.dep_ == "conj" and obj.head.i != obj.i:
            obj = obj.head
        if obj.dep_ == "dobj" and obj.head.lemma_.lower() in _lex_set("weapon_use_verbs"):
            return True  # "the militants used rocket-propelled grenades": the weapons of an attack, not one of its own
    if tok.dep_ == "pobj" and tok.head.lower_ in ("after", "following") and tok.head.head.i in trigger_ids \
            and tok.head.head.lemma_.lower() in _lex_set("fallback_verbs") and tok.lemma_.lower() in _lex_set(
                "fight_nouns"):
        return False  # "withdrew from Koui after an exchange of fire with peacekeepers": the fight is an event
    if tok.dep_ in ("dobj", "pobj", "nsubjpass") and (
            tok.head.i in trigger_ids or tok.head.dep_ == "prep" and tok.head.head.i in trigger_ids):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _SPAN_NOUNS \
            and tok.head.head.dep_ == "pobj" and tok.head.head.head.dep_ == "prep" \
            and tok.head.head.head.head.i in trigger_ids:
        return True  # "recaptured the town after days of heavy fighting": the fighting that won it, not another event
    if n_words == 1 and tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i not in trigger_ids:
        return True
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if n_words == 1 and nxt is not None and nxt.tag_ in ("NN", "NNS") and nxt.i not in trigger_ids \
            and tok.dep_ not in ("nsubj", "nsubjpass", "ROOT"):
        return True  # the parser missed the compound: "with machine guns and grenade launchers"
    return False


@lru_cache(maxsize=None)
def _lex_set(key: str) -> frozenset:
    """A word list of the trigger lexicon as a set, read once."""
    return frozenset(lexicon()[0].get(key) or ())


@lru_cache(maxsize=1)
def _outcome_lemmas() -> frozenset:
    """Lemmas of the outcome triggers (kill, wound, ...): as adjectives ("wounded patients") they describe people."""
    return frozenset(lemma for e in lexicon()[0]["triggers"] if e.get("outcome") for lemma in e["lemmas"])


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _nobody(tok: Token) -> bool:
    """"None of the others were injured", "no civilians were killed": an outcome denied of everyone, no event."""
    # (and "said it had lost no fighters", "suffered no casualties": a loss denied of the one who would suffer it)
    deps = ("nsubj", "nsubjpass", "dobj") if tok.lemma_.lower() in ("lose", "suffer", "sustain", "incur") \
        else ("nsubj", "nsubjpass")
    return any(c.dep_ in deps and (
        c.lower_ in ("none", "nobody") or any(g.dep_ == "det" and g.lower_ == "no" for g in c.children))
        for c in tok.children)


def _possible_past(tok: Token, data) -> bool:
    """"might (possibly) have shelled", "may have killed": a modal of likelihood on the perfect tells a past event
    the speaker is unsure of (a hedged report), not one to come."""
    epistemic = set(data.get("epistemic_modals") or ())
    kids = list(tok.children)
    return tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in epistemic for c in kids) \
        and any(c.dep_ == "aux" and c.lower_ == "have" for c in kids) and not any(c.dep_ == "neg" for c in kids)


def _modal(tok: Token, data) -> bool:
    modals = set(data["modal_auxiliaries"])
    return any(c.dep_ == "aux" and c.lower_ in modals for c in tok.children)


def _reference(tok: Token, data) -> bool:
    """A definite event noun governed by blame or condemnation talk ("blamed X for the shooting", "called the
    drone strike an attack"): a mention of an event told before, not an event in doubt."""
    if tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ in ("the", "those", "these") for c in tok.head.children) \
            and not any(c.dep_ == "agent" for c in tok.children):
        return True  # "named the two men killed in Far'a": the dead of an event told already
    if tok.pos_ != "NOUN" or not (_definite(tok) or any(c.dep_ == "compound" and _definite(c) for c in tok.children)):
        return False  # "the drone strike": the parser may hang "the" on "drone"
    governors = set(data.get("reference_governors") or ())
    t = tok
    for _ in range(3):
        if t.head == t or t.dep_ not in ("dobj", "pobj", "prep", "nsubjpass", "attr", "oprd"):
            return False
        if t.head.lemma_.lower() in governors:
            return True
        t = t.head
    return False


_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# "GOMA, March 8 — ...", "MAIDUGURI — ...", "CULIACAN, Mexico - ...": a place in capitals (with an optional country
# and day) and a dash opening the body, where the ingest found no dateline of its own
# "GOMA, Dec 3 -", "ERBIL, Iraq, July 16 (Agency) -", and in title case with its date ("Bahir Dar, Ethiopia, Sept 6 -")
_DATELINE_RX = re.compile(r"\A\s*(?:[A-Z][A-Z\u00c0-\u00de'.-]{2,}(?: [A-Z][A-Z\u00c0-\u00de'.-]+){0,3}"
                          r"(?:, [A-Z][a-zA-Z .'-]{1,30}?)?(?:,? (?i:" + _MONTHS + r") \d{1,2}(?:, \d{4})?)?"
                          r"|[A-Z][a-z\u00e0-\u00ff'.-]+(?: [A-Z][a-z\u00e0-\u00ff'.-]+){0,2}(?:, [A-Z][a-zA-Z .'-]{1,30}?)?"
                          r",? (?i:" + _MONTHS + r") \d{1,2}(?:, \d{4})?)"
                          r"\s*(?:\([^)\n]{1,30}\))?\s*(?:\u2014|\u2013|--?)\s+(?=[A-Z\"\u201c'])")


# a headline on a line of its own above the body ("Armenia says 49 soldiers killed as fighting flares")
_HEADLINE_RX = re.compile(r"\A\s*[^\n]{3,200}(?<![.:])\n\s*\n")


def _dateline_span(text: str) -> tuple[int, int]:
    """(start, end) of a dateline opening `text`: this module's own forms, else any form the ingest reads in an
    article's head ("NIAMEY, Nov 4 2025 (Reuters) -", "KANO, 21 May 2025 -", "QUETTA:"); (0, 0) for none. A
    bracketed dateline ("(Beirut) -", "(Cali, January 30, 2025) -") starts inside its bracket, as the ingest has
    it: a bracketed name at a dateline's start is otherwise its agency's, and no place."""
    m = _DATELINE_RX.match(text)
    if m:
        return 0, m.end()
    from ..ingest.head import Head, _read_dateline

    head = Head()
    lead = len(text) - len(text.lstrip())
    _read_dateline(text.lstrip(), head, text)
    return (lead + head.dateline_start, lead + head.dateline_end) if head.dateline_end else (0, 0)


def bare_dateline(text: str) -> tuple[int, int]:
    """(start, end) of a dateline opening the text or the paragraph under its headline; (0, 0) for none."""
    start, end = _dateline_span(text[:200])
    if end:
        return start, end
    head = _HEADLINE_RX.match(text[:260])
    if head and len(head.group(0).split()) <= 25:
        start, end = _dateline_span(text[head.end():head.end() + 200])
        if end:
            return head.end() + start, head.end() + end
    return 0, 0


def _dateline(doc: Doc) -> tuple[int, int]:
    """Where the dateline lies: the ingest's, or one opening the text or the paragraph under its headline."""
    if "sitrep.dateline" not in doc.user_data:  # a Doc made without sitrep's pipeline (tests, plugins)
        found = _dc.dateline(doc)
        doc.user_data["sitrep.dateline"] = found if found[1] else bare_dateline(_dc.text(doc))
    return doc.user_data["sitrep.dateline"]


def _in_dateline(doc: Doc, offset: int) -> bool:
    start, end = _dateline(doc)
    return start <= offset < end


@lru_cache(maxsize=1)
def _riot_rx(verbs: tuple, missiles: tuple) -> re.Pattern | None:
    if not verbs or not missiles:
        return None
    return re.compile(r"\b(?:" + "|".join(map(re.escape, verbs)) + r")\b[^.;]{0,40}?\b(?:"
                      + "|".join(sorted(map(re.escape, missiles), key=len, reverse=True)) + r")\b", re.I)


def _thrown_missiles(d, data, sent=None) -> bool:
    """Stones or petrol bombs thrown in the draft's words (or, given `sent`, in its sentence: "clashes broke out,
    where young men threw stones", the throwing a trigger of its own)."""
    rx = _riot_rx(tuple(data.get("riot_throw_verbs") or ()), tuple(data.get("riot_missiles") or ()))
    return rx is not None and (any(rx.search(e.text) for e in d.evidence) or sent is not None and bool(rx.search(sent.text)))


def _named_cause(doc: Doc, d) -> str | None:
    """"nine people were killed in the strikes on the capital": the lemma of the definite event noun an outcome
    names as its cause (another source may give the toll of an event told before)."""
    tok = doc[d.trigger.i]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "by", "during"):
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ == "NOUN" and (_definite(g) or _day_possessive(g)):
                    return g.lemma_.lower()  # compared with the host's trigger word below
    return None


def _day_possessive(tok: Token) -> bool:
    """"in Saturday's attack", "in last week's raid": an event noun made definite by the day it happened on."""
    return any(c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") and any(g.dep_ == "case" for g in c.children)
               for c in tok.children)


def _names_host(doc: Doc, named: str | None, x) -> bool:
    """Does the event noun an outcome names as its cause ("injured in the unrest", "wounded in the shelling of X")
    name the event `x` told before: its own trigger word, or a trigger noun of the lexicon for that kind of event?"""
    if named is None:
        return False
    if named in (doc[x.trigger.i].lemma_.lower(), x.trigger.lemma.split()[-1]):
        return True
    verb = doc[x.trigger.i].lemma_.lower()
    if doc[x.trigger.i].pos_ == "VERB" and named in (verb + "ing", verb[:-1] + "ing" if verb.endswith("e") else None):
        return True  # session 20 (h7): "the air force bombed a camp ... died in the bombing": the verb's own act
    return any(x.label in entry["labels"] for entry in lexicon()[1].get((named, "NOUN"), ()))


def _voiced_toll_of(doc: Doc, named: str | None, x, d) -> bool:
    """Session 27 (h3): "The air force bombed a rebel camp, the minister said, adding that six rebels were killed.
    The rebels said in a statement that four of their fighters had died in the bombing": a party's own count of
    the dead or hurt (a claimed outcome) that names the reported event told before as its cause ("in the bombing",
    "in the raid") is a second figure of that event, not an event of its own."""
    return d.status == "claimed" and x.status == "reported" and not d.negated and _names_host(doc, named, x)


def _paragraph_so_far(doc: Doc, d) -> tuple[int, list]:
    """An event's start and the sentences of its paragraph that open before it."""
    start = d.evidence[0].start if d.evidence else doc[d.trigger.i].idx
    para = paragraph_bounds(_dc.text(doc), start)
    index = _index(doc)
    if index is None:
        return start, [s for s in doc.sents if para[0] <= s.start_char < start]
    return start, index.sents[bisect_left(index.char_starts, para[0]):bisect_left(index.char_starts, start)]


def _lead_in_day(doc: Doc, d) -> object | None:
    """The day a paragraph opens with ("On 10-11 April 2025, security forces conducted an operation ..."), for an
    event told in its next sentences with no day and no event before it: the paragraph's narrative time."""
    start, sents = _paragraph_so_far(doc, d)
    if not sents or len(sents) > 3:
        return None
    first = sents[0]
    found = [t for t in _dc.ext(doc, "timexes") or [] if first.start_char <= t.start < first.end_char
             and t.kind in ("date", "range") and t.date and not t.since and t.precision in ("day", "part_of_day")]
    return found[0] if len(found) == 1 else None


def _definite_party_subject(tok: Token) -> bool:
    """Is the trigger's subject (or its conjoined head verb's) a definite armed party: "The insurgents ... beheaded",
    "the attackers stormed"?"""
    verb = tok
    while verb.dep_ == "conj" and verb.head != verb and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or not _definite(subj):
        return False
    return sector_of(subj.lemma_.lower()) in ("REB", "MLT", "UAG") or sector_of(subj.lower_) in ("REB", "MLT", "UAG")


def _lead_in_place(doc: Doc, d) -> list[Place]:
    """The one specific place a paragraph's first sentence names, for the first event told in the paragraph's
    next sentences with no place of its own ("... conducted an operation in Tirah, Khyber district. During the
    operation, troops engaged ...")."""
    text = _dc.text(doc)
    start, sents = _paragraph_so_far(doc, d)
    if not sents or len(sents) > 3 or sents[0].end_char > start and len(sents) == 1:
        return []
    first = sents[0]
    found = _specific([p for p in _dc.ext(doc, "places") or [] if first.start_char <= p.start < first.end_char
                       and not _in_dateline(doc, p.start) and not _metonym(doc, p)])
    # ("took place near two villages, about 45 km west of Mogadishu": a place a distance is measured from is not
    # where the operation was)
    found = [p for p in found if p.precision != "country" and not _DISTANCE_FROM.search(text, max(0, p.start - 60), p.start)
             and not _BEARING_FROM.search(text, max(0, p.start - 40), p.start)]
    if len(found) > 1:  # "in Tirah, Khyber district": the place the preposition introduces
        found = [p for p in found if _PREP_BEFORE.search(text[max(0, p.start - 12):p.start])]
    return found if len(found) == 1 else []


def _for_reason(doc: Doc, tok: Token, data) -> bool:
    """An event noun after a reason phrase ("in connection with a string of kidnappings", "on suspicion of
    taking part in the attack"): why someone was arrested or charged, not an event told."""
    if tok.pos_ not in ("NOUN", "VERB"):
        return False
    phrases = data.get("reason_phrases") or ()
    left = tok.left_edge if tok.pos_ == "NOUN" else tok
    before = _dc.text(doc)[max(0, left.idx - 40):left.idx].lower().rstrip()
    before = re.sub(r"\b(?:a|an|the|their|his|her|its|string of|series of|wave of|spate of)\s*$", "", before).rstrip()
    before = re.sub(r"\b(?:a|an|the)\s*$", "", before).rstrip()
    return any(before.endswith(p) for p in phrases)


def _perceived(tok: Token, data) -> bool:
    """"Gunfire and explosions were heard for hours": sounds reported during an event told already, not an
    event of their own (unless they come with a place of their own, decided by the caller)."""
    verbs = set(data.get("perception_verbs") or ())
    t = tok
    while t.dep_ == "conj" and t.head != t:
        t = t.head
    # "Gunfire was heard", and "residents heard the first shells around midnight"
    return tok.pos_ == "NOUN" and t.dep_ in ("nsubjpass", "dobj") and t.head.lemma_.lower() in verbs


def _predicative(tok: Token, trigger_ids: set[int]) -> bool:
    """"This was an attack aimed at one family", "The killings were the deadliest attack in years": an event
    noun said of something told already (a pronoun or another event as the subject of "be")."""
    if tok.pos_ != "NOUN" or tok.dep_ != "attr" or tok.head.lemma_ != "be":
        return False
    return any(c.dep_ == "nsubj" and (c.lower_ in ("this", "it", "that") or c.i in trigger_ids) for c in tok.head.children)


_RANKS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                    "latest", "last", "worst", "deadliest", "biggest", "largest", "bloodiest"})


def _ranked(tok: Token) -> bool:
    """"The clash was the fourth in the province this month", "The attack was the deadliest since 2019": the
    event told before, ranked among others (its span of time is the ranking's, not the event's day)."""
    if tok.pos_ != "NOUN" or tok.dep_ != "nsubj" or tok.head.lemma_ != "be" or not _definite(tok):
        return False
    return any(c.dep_ == "attr" and (c.lower_ in _RANKS or c.tag_ == "JJS"
                                     or any(g.lower_ in _RANKS and g.dep_ in ("amod", "advmod") for g in c.children))
               for c in tok.head.children)


def _habitual(doc: Doc, clause: set[int], data, tok: Token | None = None) -> bool:
    """A frequency word in the trigger's clause, or, for a noun trigger, in the clause of the verb it is the
    subject of ("Clashes ... have flared repeatedly")."""
    words = set(data.get("habitual_markers") or ())
    quant = set(data.get("habitual_times") or ())
    ids = set(clause)
    if tok is not None and tok.tag_ == "NNS" and not any(c.dep_ == "nummod" for c in tok.children) and any(
            c.lower_ in (data.get("habitual_quantifiers") or ()) for c in tok.children if c.dep_ in ("amod", "predet", "det")):
        return True  # session 23 (h6): "Pibor has seen many such raids": a count of raids over time, no raid told
    if tok is not None and tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass"):
        # "Kidnappings have become frequent": the predicate adjective tells a habit too
        ids |= {c.i for c in tok.head.children if c.dep_ in ("advmod", "npadvmod", "prep", "acomp")}
        ids |= {g.i for c in tok.head.children if c.dep_ == "npadvmod" for g in c.subtree}
    for i in ids:
        low = doc[i].lower_
        if low in words or low == "times" and i > 0 and doc[i - 1].lower_ in quant:
            return True
    return False


_WITHDRAW_VERBS = frozenset({"withdraw", "retreat", "escape", "head", "return", "pull"})


def _destination(doc: Doc, place: Place, data) -> bool:
    """"taken to hospital in Batken", "evacuated to Osh": where people were brought, not where it happened."""
    words = set(data.get("destination_words") or ())
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    t = span.root
    for _ in range(4):
        if t.head == t:
            return False
        h = t.head
        if t.dep_ == "pobj" and h.dep_ == "prep" and h.head.lemma_.lower() in words \
                and h.lower_ not in ("near", "around", "outside", "beside", "nearby"):
            return True  # ("struck a column of fleeing fighters near Arbinda": where they were hit, fleeing or not)
        if t.dep_ == "pobj" and h.lower_ in ("to", "towards", "toward", "into") \
                and h.head.lemma_.lower() in _WITHDRAW_VERBS:
            return True  # "before withdrawing towards the Mali border": where the fighters went, not the fight's place
        if t.dep_ not in ("pobj", "prep", "compound", "appos", "amod"):
            return False  # ("fleeing towards the Malian border": a country word on the place fled to)
        t = h
    return False


def _tally(doc: Doc, tok: Token, data) -> bool:
    """A count of events, not an event: a plural event noun with a figure, the object of a counting verb
    ("recorded 28 drone attacks this year") or told with a running-total marker ("300 attacks so far")."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS":
        return False
    if not any(c.dep_ == "nummod" or c.like_num for c in tok.children) and not (
            tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.like_num):
        return False
    verbs = set(data.get("tally_verbs") or ())
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in verbs:
        return True
    sent = tok.sent
    return any(t.kind == "cumulative" or t.precision in ("year", "years") and t.kind == "period"
               for t in _dc.ext(doc, "timexes") or [] if sent.start_char <= t.start < sent.end_char)


_TOLL_NOUNS = frozenset({"toll", "number", "tally", "count", "total"})
_RUNNING_VERBS = frozenset({"bring", "raise", "push", "take", "lift", "increase", "rise", "climb", "reach"})


def _toll_of(doc: Doc, q, tok: Token) -> bool:
    """"The death toll from three days of clashes in X has risen to 94": the figure of a toll whose own phrase
    names the event."""
    if q.noun is None or doc[q.noun].lemma_.lower() not in _TOLL_NOUNS or q.quantity.kind not in ("fatalities",
                                                                                                 "injuries"):
        return False
    t = tok
    for _ in range(5):
        if t.dep_ not in ("pobj", "prep") or t.head == t:
            return False
        t = t.head
        if t.i == q.noun:
            return True
    return False


def _fight_that_won(tok: Token, triggers: list) -> bool:
    """A battle noun after "following"/"after" in the sentence of a place taken ("recaptured the town from the
    militants following heavy fighting", the parser hanging "following" on the militants): the fight that won
    the place, part of that event (ACLED codes the territory change alone)."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "pobj") or tok.head.lower_ not in ("following", "after", "amid"):
        return False
    by_i = {t.i: t for t in triggers}
    for a in tok.head.ancestors:
        if a.i in by_i:
            return bool(_TERRITORY & set(by_i[a.i].labels))
    return False


def _in_running_toll(tok: Token, first: bool = False) -> bool:
    """An event word inside the phrase that names a running total ("taking the death toll from attacks this month
    to 40", "bringing the number killed in raids this year to 60"): what the total counts, no event of its own.
    `first`: no event told before it in the story (a toll opening the story is of the story's event)."""
    t, path = tok, 0
    while t.head != t and path < 5 and t.dep_ in ("pobj", "prep", "acl", "compound", "npadvmod"):
        t, path = t.head, path + 1
        if t.pos_ == "NOUN" and t.lemma_.lower() in _TOLL_NOUNS and t.i != tok.i:
            if t.dep_ == "nsubj" and first:
                # "The death toll from three days of clashes in X has risen to 94, a monitor said" opening the story:
                # the clashes are the story's event, told first through their toll
                return False
            return t.head.lemma_.lower() in _RUNNING_VERBS and t.dep_ in ("dobj", "nsubj")
        if t.pos_ == "VERB" and t.lemma_.lower() in _RUNNING_VERBS and t.i != tok.i:
            return any(c.dep_ == "dobj" and c.lemma_.lower() in _TOLL_NOUNS for c in t.children)
    return False


_WAR_SUBJECTS = frozenset({"it", "war", "conflict", "insurgency", "crisis", "uprising", "fighting", "violence"})


def _background(doc: Doc, tok: Token) -> bool:
    """A bare event noun as the subject of a present perfect that tells a war's toll ("Fighting has displaced
    some 2.6 million people", "Violence has killed thousands"): displacement, or a figure in the thousands. The same
    for a verb whose subject is the war itself ("The war broke out in 2023. It has killed tens of thousands")."""
    if tok.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _WAR_SUBJECTS for c in tok.children):
        verb = tok
    elif tok.pos_ not in ("NOUN", "VERB") or tok.dep_ != "nsubj" or any(c.dep_ in ("det", "poss", "nummod")
                                                                       for c in tok.children):
        return False
    else:
        verb = tok.head
    if verb.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP")
                                     for c in verb.children):
        return False
    if any(p.start >= verb.idx and _in({t.i for t in verb.subtree}, doc, p.start) and p.precision != "country"
           for p in _dc.ext(doc, "places") or []):
        return False
    for q in _dc.ext(doc, "quantities") or []:
        if q.verb == verb.i and (q.quantity.kind == "displaced" or (q.quantity.low or q.quantity.best or 0) >= 1000):
            return True
    return False


def _lasting(tok: Token, data) -> bool:
    """A war told as a state of affairs, not an event: a perfect verb with a span of months or years ("has fought
    the government for nearly two decades", "have been fighting for control of the region for more than five
    years"), or an event noun after "despite" ("despite an offensive by government forces")."""
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("despite", "amid"):
        return not any(t.like_num or t.ent_type_ in ("DATE", "TIME", "GPE", "LOC") for t in tok.subtree)
    if tok.tag_ == "VBG" and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() in set(data.get("struggle_causes") or ())
                                                           for g in c.children) for c in tok.children):
        return True  # "Rebels fighting for independence attacked a post": who the rebels are, not a fight told
    if tok.tag_ == "NNS" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in set(data.get("trend_verbs") or ()) \
            and not any(t.like_num for t in tok.subtree):
        return True  # "has stepped up attacks on the capital since January": a trend, no one event
    if tok.tag_ == "NNS" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of") \
            and tok.head.head.lemma_.lower() in set(data.get("trend_nouns") or ()) \
            and not any(t.like_num for t in tok.subtree):
        return True  # "has seen a rise in attacks since 2021": a trend, no one event
    if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "by" and tok.head.head.tag_ == "VBN" \
            and tok.head.head.dep_ in ("acl", "amod") and tok.head.head.lemma_.lower() in set(
                data.get("state_cause_verbs") or ()) \
            and not any(t.like_num or t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") for t in tok.subtree):
        return True  # "150 people displaced by fighting had taken shelter": what drove them out, no event told
    verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None or not any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP")
                               for c in verb.children):
        return False
    spans = set(data.get("lasting_units") or ("year", "decade", "month", "century"))
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" and g.lemma_.lower() in spans
                                                               for g in c.children) for c in verb.children)


def _place_mention(doc: Doc, m: ActorMention, data) -> bool:
    """An actor mention that is a place: "hit Kap Choeng", "shelled the town of Batken" (the target is the
    place), unlike "the forces of Armenia"."""
    head = doc[m.head]
    nouns = set(data.get("place_anaphors") or ()) | set(data.get("place_parts") or ())

    index = _index(doc)

    def is_place(t: Token) -> bool:
        if index is not None:
            return t.lemma_.lower() in nouns or index.spans(doc, "places_local").covers(t.idx)
        return t.lemma_.lower() in nouns or any(p.start <= t.idx < p.end for p in _dc.ext(doc, "places") or []
                                                 if p.precision != "country")
    # the place itself, or its nationality ("the Kyrgyz town of Batken")
    # ... or the country that holds it ("Myanmar's Sagaing Region")
    if head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPS and (
            index.spans(doc, "places").covers(head.idx) if index is not None else any(
                p.start <= head.idx < p.end for p in _dc.ext(doc, "places") or [])):
        return True  # "launched from Lebanon", "fighting in Sudan": a country as the setting, not a party
    if head.dep_ in ("appos", "npadvmod") and head.head.i < head.i and any(
            p.start <= head.idx < p.end and p.precision == "country" for p in _dc.ext(doc, "places") or []) and any(
            p.start <= head.head.idx <= p.end + 10 and p.precision != "country" for p in _dc.ext(doc, "places") or []):
        return True  # "in Mogadishu, Somalia": the country of a place named before it, not a party
    if head.dep_ == "pobj" and head.head.lower_ in ("with", "of") and head.head.head.i != head.head.i \
            and head.head.head.pos_ == "NOUN" and is_place(head.head.head) and (
                head.head.head.lemma_.lower() in ("border", "frontier", "boundary") or head.head.lower_ == "of"
                and any(p.start <= head.idx < p.end for p in _dc.ext(doc, "places") or [])):
        return True  # "near the border with <country>", "the outskirts of <country>'s capital": where, not who
    return is_place(head) or head.dep_ in ("compound", "amod", "poss") and is_place(head.head)


def _place_anaphor(doc: Doc, clause: set[int], data) -> bool:
    """The clause points at a place by a definite noun alone: "firing on the town"."""
    nouns = set(data.get("place_anaphors") or ())
    return any(doc[i].lemma_.lower() in nouns and doc[i].pos_ == "NOUN" and _definite(doc[i])
               and not any(c.dep_ == "prep" and c.lower_ == "of" for c in doc[i].children) for i in clause)


def _is_irrealis(tok: Token, data) -> bool:
    modals, governors = set(data["modal_auxiliaries"]), set(data["irrealis_governors"])
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    if tok.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") and c.lower_ in set(data.get("irrealis_modifiers") or ())
                                  for c in tok.children):
        return True  # "hours before a planned rally", "the proposed strike": one to come
    if tok.tag_ == "VB" and any(c.dep_ == "nsubj" for c in tok.children) and not any(
            c.dep_ in ("aux", "auxpass") for c in tok.children):
        return True  # a subjunctive: "demands that it withdraw its units"
    if any(c.dep_ == "aux" and c.lower_ in modals for c in tok.children) and not _possible_past(tok, data):
        return True
    t = tok
    realised = set(data.get("realised_purpose_governors") or ())
    # (five steps: "has called for three days of demonstrations" reaches "called" through two prepositions)
    for _ in range(5):
        if t.head == t:
            break
        if t.dep_ == "conj" and t.tag_ == "VBD":
            break  # "... to disperse them and arrested 216 people": a verb in the past tense tells what happened
        h = t.head
        if t.dep_ in ("xcomp", "dobj", "pobj", "prep", "acl", "ccomp", "nsubj", "attr") and (
                h.lemma_.lower() in governors or h.lower_ in governors):
            return True
        if t.dep_ in ("xcomp", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and \
                t.dep_ != "acl":
            if h.lemma_.lower() in realised and h.tag_ == "VBD":
                break  # "police used tear gas to disperse the crowd": the means were used, the purpose told
            return True
        if t.dep_ not in ("prep", "pobj", "dobj", "xcomp", "compound", "amod", "conj"):
            break
        t = h
    return _rehearsed(tok, data)


def _charged_instigation(tok: Token, data) -> bool:
    """"accused Kosovo of provoking a confrontation", "blamed the rebels for starting a clash": a fight a party is
    charged with bringing about is an accusation, not a fight told (the fighting, when it is told, has its own
    words). Not a light verb ("accused the army of carrying out an attack on the village": the attack is told)."""
    verbs, charges = set(data.get("instigation_verbs") or ()), set(data.get("accusation_words") or ())
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in verbs:
        return False
    t = tok.head
    if t.dep_ != "pcomp" or t.head.lower_ not in ("of", "for"):
        return False
    t = t.head
    for _ in range(2):
        if t.head == t:
            return False
        t = t.head
        if t.lemma_.lower() in charges:
            return True
        if t.dep_ not in ("dobj", "pobj", "nsubjpass"):
            return False
    return False


def _rehearsed(tok: Token, data) -> bool:
    """An event word told of a military exercise ("the drills focused on ... assaults on maritime targets"):
    the exercise (or its subject) within six steps up."""
    nouns = set(data.get("exercise_nouns") or ())
    if not nouns:
        return False
    t = tok
    for _ in range(6):
        if t.head == t:
            break
        t = t.head
        if t.lemma_.lower() in nouns or any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in nouns
                                            for c in t.children):
            return True
    return False


def _hedged(doc: Doc, clause: set[int], data) -> bool:
    hedges = set(data["hedges"])
    # a hedge on another noun ("marched to protest against alleged corruption", "the so-called ministry")
    # casts no doubt on the event
    return any(doc[i].lower_ in hedges and not (doc[i].dep_ == "amod" and doc[i].head.pos_ in ("NOUN", "PROPN")
                                               and not _event_noun(doc[i].head))
               for i in clause)


def _event_noun(tok: Token) -> bool:
    from .triggers import lexicon as _lex

    return (tok.lemma_.lower(), "NOUN") in _lex()[1]


def _armed_dead_only(d) -> bool:
    """Every death the draft counts is of armed men ("12 militants", "seven soldiers"): no civilian among them."""
    dead = [q.quantity for q in d.quantities if q.quantity.kind == "fatalities"]
    return bool(dead) and all(sector_of(q.item or "") in _ARMED_DEAD for q in dead)


# the sectors of the dead that make a killing a fight, not violence against civilians
_ARMED_DEAD = frozenset({"MIL", "POL", "BGD", "REB", "MLT", "UAG"})


def _says_instead(doc: Doc, tok: Token, clause: Token) -> bool:
    """The trigger is told by a statement whose cue is `clause` (a participle on a denial: "…, saying A"), and
    that statement asserts rather than denies."""
    att = attribution_at(doc, tok.idx, tok.idx + len(tok))
    return att is not None and att.cue[0] <= clause.idx < att.cue[1] and stance_of(
        att.cue_lemma or "", " ".join(_dc.text(doc)[s:e] for s, e in att.content)) != "deny"


def _denied(doc: Doc, tok: Token, data) -> bool:
    """The trigger sits inside what is being denied: the object of "deny", or the subject of "is false"."""
    deny_words = set(data["denial_words"])
    below = tok
    for anc in tok.ancestors:
        if anc.lemma_.lower() in ("deny", "reject", "refute", "dismiss", "debunk"):
            # (not a verb joined to the denial: "denied the claims and accused X of firing": the counter-charge;
            # nor what the denier goes on to say: "denied the claim, saying fighting continued near the village")
            return not (below is not tok and (below.dep_ == "conj" and below.pos_ == "VERB"
                                              or below.dep_ == "advcl" and _says_instead(doc, tok, below)))
        below = anc
    sent = tok.sent
    for t in sent:
        if t.lower_ in deny_words and t.dep_ in ("acomp", "attr", "conj", "amod") and t.head.lemma_ == "be":
            subj = [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(tok in s.subtree for s in subj):
                return True
    return False


def _evidence(doc: Doc, trig: Trigger, clause: set[int], other_triggers: set[int],
              para: tuple[int, int] | None = None) -> Evidence:
    """The trigger's phrase: its clause head's subtree, minus sub-clauses that report other events, inside
    the trigger's paragraph (a byline the parser joined to the lead is not part of it)."""
    tok = doc[trig.i]
    head = tok
    if tok.pos_ == "NOUN" and tok.head != tok and tok.head.pos_ in ("VERB", "AUX") and tok.dep_ in (
            "nsubj", "nsubjpass", "dobj"):
        head = tok.head  # "a truce was struck", "attacked the base": the verb phrase tells the event
    lo, hi = head.left_edge.i, head.right_edge.i
    for child in head.children:
        sub = {t.i for t in child.subtree}
        if tok.i in sub or not (sub & other_triggers) or child.dep_ not in _CLAUSAL:
            continue
        if child.i < tok.i:
            lo = max(lo, child.right_edge.i + 1)
        else:
            hi = min(hi, child.left_edge.i - 1)
    sent = tok.sent
    lo, hi = max(lo, sent.start), min(hi, sent.end - 1)
    if para is not None:
        while lo < tok.i and doc[lo].idx < para[0]:
            lo += 1
        while hi > tok.i and doc[hi].idx >= para[1]:
            hi -= 1
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space or doc[lo].dep_ in ("cc", "mark") or
                       doc[lo].lower_ in ("however", "meanwhile", "moreover", "furthermore")):
        lo += 1
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space or doc[hi].dep_ == "cc"):
        hi -= 1
    if hi - lo < 4:
        lo, hi = _window(doc, tok)
        if para is not None:
            while lo < tok.i and doc[lo].idx < para[0]:
                lo += 1
            while hi > tok.i and doc[hi].idx >= para[1]:
                hi -= 1
    lo, hi = _within_entry(doc, tok, lo, hi)
    span = doc[lo:hi + 1]
    return Evidence(span.start_char, span.end_char, span.text)


_ZONE_WORDS = r"(?:GMT|UTC|BST|CET|CEST|EET|EEST|EAT|WAT|CAT|IST|PKT|EST|EDT|CST|PST|MSK|KST|JST|ICT|WIB|AST)"
# a live blog's entry stamp: "14:05 GMT - ", "09.30 - ", "GMT - " (a stamp the tokeniser split)
_ENTRY_STAMP = re.compile(r"(?:\d{1,2}[:.]\d{2}\s*(?:" + _ZONE_WORDS + r"\s*)?|" + _ZONE_WORDS
                          + r"\s*)(?:[-\u2013\u2014|]|:(?!\d))\s*")


def _entry_stamp(doc: Doc, pos: int):
    """The clock-time stamp opening the live-blog entry that `pos` lies in (a Timex), None outside a live blog,
    before its first entry, or in an entry whose stamp was dropped (it tells a time of its own)."""
    bounds = doc.user_data.get("sitrep.entry_bounds")
    if bounds is None:
        bounds = doc.user_data["sitrep.entry_bounds"] = entry_bounds(_dc.text(doc))
    entry = next(((a, b) for a, b in bounds if a <= pos < b), None)
    if entry is None:
        return None
    return next((t for t in _dc.ext(doc, "timexes") or [] if t.kind == "time" and t.start == entry[0] and t.time),
                None)


def _entry_part(text: str, para: tuple[int, int], pos: int) -> tuple[int, int]:
    """A paragraph narrowed to the live-blog entry at `pos`, where entries run on line by line with no blank line
    between them ("... residents said\n13:40 GMT - The army said ..."): each line opening with a stamp is its own."""
    base, (lo, hi) = para[0], para
    for m in re.finditer(r"\n[ \t]*", text[base:hi]):
        at = base + m.end()
        if _ENTRY_STAMP.match(text, at):
            if at <= pos:
                lo = at
            else:
                hi = base + m.start()
                break
    return lo, hi


def _entry_between(doc: Doc, a: int, b: int) -> bool:
    """Does a live blog's entry stamp open a line between tokens a and b (entries run together in one sentence)?"""
    text = _dc.text(doc)
    lo, hi = sorted((a, b))
    # (the line starts between the two tokens only: a run of blanks after a line break never holds another break,
    # so the matches found from token lo on are those of a search from the text's start)
    return any(_ENTRY_STAMP.match(text, m.end()) for m in _LINE_START.finditer(text, doc[lo].idx, doc[hi].idx))


_LINE_START = re.compile(r"\n[ \t]*")


def _within_entry(doc: Doc, tok: Token, lo: int, hi: int) -> tuple[int, int]:
    """An evidence span [lo, hi] kept inside its live-blog entry: not the stamp opening it ("14:05 GMT - Heavy
    shelling ...") and not the next entry, run on after a line break ("... Khartoum North\n13:10 GMT - ...")."""
    text = _dc.text(doc)
    for i in range(lo, hi + 1):
        t = doc[i]
        if i == lo or "\n" in t.text or i > 0 and "\n" in text[doc[i - 1].idx:t.idx]:
            m = _ENTRY_STAMP.match(text, t.idx if not t.is_space else t.idx + len(t.text))
            if m is None or (i == lo and not (i == 0 or "\n" in text[max(0, t.idx - 2):t.idx] or t.i == t.sent.start)):
                continue
            if i <= tok.i:
                while lo <= tok.i and doc[lo].idx < m.end():
                    lo += 1
                lo = min(lo, tok.i)
            else:
                hi = max(tok.i, i - 1)
                while hi > tok.i and (doc[hi].is_space or doc[hi].is_punct):
                    hi -= 1
                break
    return lo, hi


_CLAUSAL = {"advcl", "ccomp", "conj", "parataxis", "prep", "csubj", "xcomp", "relcl", "acl", "npadvmod"}


def _window(doc: Doc, tok: Token, left: int = 12, right: int = 25) -> tuple[int, int]:
    """A parse-independent phrase around a trigger, bounded by clause punctuation: where the parser
    went astray ("side mined supply roads" read as an adjective), the words around the trigger still tell."""
    sent = tok.sent
    lo = tok.i
    while lo > sent.start and tok.i - lo < left and doc[lo - 1].text not in (",", ";", ":", "(", "“", '"'):
        lo -= 1
    hi = tok.i
    while hi < sent.end - 1 and hi - tok.i < right and doc[hi + 1].text not in (";", ".", "”", '"', ")"):
        hi += 1
    return lo, hi


def _in(tok_ids: set[int], doc: Doc, start_char: int) -> bool:
    span = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    return span is not None and span.start in tok_ids


def _contains(big: Place, small: Place) -> bool:
    """Does province or district `big` hold `small` ("Kap Choeng in Surin province")?"""
    if big is small or big.country != small.country:
        return False
    if big.geonameid and not small.geonameid and small.admin1 and big.admin1 == small.admin1 \
            and (big.feature_code == "ADM1" or big.precision in ("province", "region")):
        return True  # a village the gazetteer lacks, placed in the province named before ("... in Kani Township")
    if PRECISION_RANK.get(big.precision or "", 4) <= PRECISION_RANK.get(small.precision or "", 4):
        return False
    # (a first-level division told as a "region" is a province: "Cameroon's North-West region")
    province = big.precision == "province" or big.precision == "region" and big.feature_code == "ADM1"
    if not (province or big.precision == "district") or not (big.geonameid and small.geonameid):
        return False
    try:
        from ..geo import get_gazetteer

        gaz = get_gazetteer()
        eb, es = gaz.by_id(int(big.geonameid)), gaz.by_id(int(small.geonameid))
    except Exception:
        return False
    if eb is None or es is None:
        return False
    if province:
        return bool(eb.admin1) and (eb.country, eb.admin1) == (es.country, es.admin1)
    return gaz.adm2_of(es.idx) == eb.idx


def _specific(places: list[Place]) -> list[Place]:
    """Drop countries when a more specific place is named ("in Ukraine's Kharkiv region"), provinces and
    districts that hold another place named ("Kap Choeng in Surin province"), and duplicates."""
    out, seen = [], set()
    for p in places:
        if p.precision == "country" and any(q.precision != "country" for q in places):
            continue
        if any(_contains(p, q) for q in places):
            continue
        if p.geonameid in seen:
            continue
        seen.add(p.geonameid)
        out.append(p)
    return out


_COPULAS = frozenset({"be", "become", "remain", "seem", "appear", "stay", "prove"})


def _roles(doc: Doc, trig: Trigger, mentions: list[ActorMention], clause: set[int]) -> list[tuple[str, ActorMention]]:
    """The parties of the event at `trig` and their roles, from `mentions` (all the document's; the clause lies in
    the trigger's sentence, and every role is taken from a mention in or governed within it)."""
    tok = doc[trig.i]
    every, mentions = mentions, _near(doc, "mentions", trig.i, mentions)
    speakers = _speakers(doc)
    out = []
    data = lexicon()[0]
    # "Israeli jets carried out strikes on X": the subject of the verb whose object names the act acts
    light = tok.head if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.i != tok.i and \
        tok.head.lemma_.lower() in set(data.get("light_verbs") or ()) else None
    # "fighting broke out between X and Y": the verb a noun trigger is the subject of holds its parties
    host_ids = {tok.i} | ({tok.head.i} if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "NOUN"
                          and tok.head.lemma_.lower() in _lex_set("onset_verbs") else set())
    for m in mentions:
        by_light = light is not None and doc[m.head].dep_ == "nsubj" and doc[m.head].head.i == light.i
        if by_light and not speakers.covers(doc[m.head].idx) and not _weapon_act(doc, m, trig):
            out.append(("actor1", m))
            continue
        if light is not None and doc[m.head].dep_ == "conj" and doc[m.head].head.dep_ == "nsubj" \
                and doc[m.head].head.head.i == light.i and m.head not in clause:
            out.append(("associated", m))  # "Russia and Ukraine carried out a prisoner exchange": the one joined to it
            continue
        if _launched_by(doc, m, tok):
            out.append(("actor1", m))  # "a ballistic missile fired by the Houthis struck a camp": who fired it acts
            continue
        if m.country and _weapon_of_the_moment(doc[m.head], tok, data):
            out.append(("actor1", m))  # "were killed when Russian glide bombs struck ...": whose weapons they were
            continue
        if m.head not in clause and not any(i in clause for i in range(m.start, m.end)):
            continue
        if m.start > 1 and m.end < len(doc) and doc[m.start - 1].text == "(" and doc[m.end].text == ")" \
                and any(x is not m and x.end == m.start - 1 for x in every):
            # session 26 (h7): "soldiers and Volunteers for the Defence of the Homeland (VDP) were killed": the
            # initials in brackets restate the party just named, in its role (the parse hangs them anywhere)
            continue
        if _of_the_charge(doc, m.head, tok.i):
            continue  # "arrested a commander on charges of ordering the killing of an activist": no party of the arrest
        if _freed_people(doc[m.head], tok):
            continue  # "troops freed seven of the students after a gunfight": the captives freed, no side of the fight
        if m.country and doc[m.start].i == m.head and _BORDER_WITH.search(_dc.text(doc), max(0, doc[m.start].idx - 40),
                                                                           doc[m.start].idx):
            continue  # "arrested two men at the border crossing with Serbia": the country across the line, no party
        if m.head == tok.i and any(x is not m and m.start <= x.start and x.end <= m.end for x in every):
            continue  # "a Russian drone strike hit ...": the event's own words; the country word inside acts
        if _place_mention(doc, m, data):
            continue  # "hit the Kyrgyz town of Batken": a place (it is among the event's places), not a party
        head = doc[m.head]
        if _weapon_act(doc, m, trig):
            continue  # "Artillery fire by X", "a drone strike": a weapon naming the act, not a party
        if head.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children) \
                and m.head in _acts(doc, tok):
            continue  # "documented the killing of 120 civilians": the event's own words, its victims named inside
        if m.country is None and head.lemma_.lower() in _lex_set("instrument_nouns") \
                and not m.igo and not m.adversary and head.dep_ in ("dobj", "conj", "pobj", "appos"):
            continue  # "seized 12 rifles and two drones": weapons are no party
        if speakers.covers(head.idx) and not (head.head.i == tok.i and head.dep_ == "nsubj") \
                and not (head.dep_ == "conj" and head.head.dep_ == "nsubj" and head.head.head.i == tok.i):
            # "..., according to a local official": who tells is not who acts (the trigger's own subject acts, and the
            # party joined to it: "the government and the SPLM-N signed ...")
            continue
        if _closing_speaker(doc, m):
            continue  # "..., police and residents said on Tuesday", a source the parse hung on a place: who tells
        dep, anc = head.dep_, head.head
        if dep == "pobj" and anc.lower_ in _INSTRUMENT_PREPS - {"by"} and anc.head.i == tok.i \
                and head.lemma_.lower() in set(data.get("instrument_nouns") or ()):
            continue  # "attacked the port with 25 drones": the weapon used, not a party hit
        if dep == "pobj" and anc.lower_ in ("through", "via") and m.sector == "MED":
            continue  # session 26 (h7): "claimed the attacks through its Amaq news agency": the channel, no party
        if dep == "pobj" and anc.lower_ in ("towards", "toward", "outside") and anc.head.i == tok.i \
                and set(trig.labels) & (_PROTEST_LABELS | {"VIOL_DEMONSTR"}):
            continue  # "marched towards parliament", "rallied outside the embassy": where a crowd went, no party
        if dep == "pobj" and anc.lower_ in ("to", "towards", "toward", "outside") \
                and anc.head.lemma_.lower() in _lex_set("protest_event_nouns"):
            continue  # session 23 (h6): "detained during a march to Congress": where the march went, no party
        if dep == "pobj" and anc.lower_ in ("including", "among") and anc.head.pos_ in ("NOUN", "PROPN", "NUM"):
            # "killed six civilians, including two children": part of the party the phrase hangs on, hit with it
            # (never who acted); on no victim's noun, no party of the event
            if anc.head.dep_ in ("dobj", "nsubjpass") and anc.head.head.i == tok.i:
                out.append(("actor2", m))
            continue
        if set(trig.labels) & (_PROTEST_LABELS | {"VIOL_DEMONSTR"}) and head.dep_ in ("dobj", "pobj") and (
                head.head.lemma_.lower() in _DEMAND_VERBS or head.head.lower_ == "for"
                and head.head.head.lemma_.lower() in _DEMAND_VERBS):
            continue  # "blocked the highway, demanding more troops for the area": what the crowd asked for, no party
        side = head
        while side.dep_ in ("appos", "conj") and side.head.i != side.i:
            side = side.head  # ("a dispute with the rival MS-13", "between X and Y")
        if side.dep_ == "pobj" and side.head.lower_ in ("with", "between") \
                and side.head.head.lemma_.lower() in _FEUD_NOUNS:
            continue  # "the attack appeared to be part of a dispute with the rival MS-13": a feud's side, not the attacker
        if head.lemma_.lower() in _TOLL_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            continue  # "bring to more than 200 the number of civilians killed": a count, no party (its people may be)
        phrase = head
        while phrase.dep_ in ("amod", "compound", "poss", "nmod") and phrase.head.i != phrase.i and phrase.head.i != tok.i:
            phrase = phrase.head  # (the country word inside the landmark: "the Somali parliament")
        near = phrase.dep_ == "pobj" and phrase.head.lower_ in _LANDMARK_PREPS
        landmark = near and phrase.head.head.i != tok.i
        if landmark and m.sector not in _HIT_NEAR and phrase.lemma_.lower() not in _lex_set("target_nouns"):
            # "a car bomb exploded at a checkpoint near the Somali parliament": a landmark placing the place hit,
            # no party (a patrol or a post of armed men near which a bomb goes off stays one: the one hit)
            continue
        role = "associated"
        pit = tok if tok.lemma_.lower() == "pit" else tok.head if tok.dep_ == "nsubj" \
            and tok.head.lemma_.lower() == "pit" else None
        if pit is not None and anc.i == pit.i and dep == "dobj":
            role = "actor1"  # "The clashes pitted the Radaa force against fighters of the 444 Brigade"
        elif pit is not None and dep == "pobj" and anc.lower_ == "against" and (
                anc.head.i == pit.i or anc.head.dep_ == "dobj" and anc.head.head.i == pit.i):
            role = "actor2"  # (the parser may hang "against" on the first side)
        elif _custodian(doc, m, tok):
            role = "actor1"  # session 23 (h6): "died in police custody", "in the custody of the army": the holder
        elif anc.i == tok.i and dep == "nsubj" and trig.victim_subject:
            role = "actor2"  # "two soldiers died"
        elif anc.i == tok.i and dep in ("nsubj", "poss", "agent", "compound", "amod", "nmod"):
            role = "actor1"
        elif dep == "pobj" and anc.lower_ == "by" and anc.head.i == tok.i:
            role = "actor1"
        elif dep == "pobj" and anc.lower_ == "by" and trig.two_sided and anc.head.dep_ == "dobj" \
                and anc.head.head.i == tok.i and anc.head.pos_ == "NOUN":
            role = "actor2"  # session 23 (h6): "soldiers repulsed an attack by NAS fighters": the other side
        elif anc.i == tok.i and dep in ("dobj", "nsubjpass"):
            role = "actor2"
        elif anc.i == tok.i and dep == "attr" and tok.pos_ == "VERB" and tok.lemma_.lower() not in _COPULAS:
            # session 27 (h3): "troops 'eliminated' six militants": a verb in single quotes is parsed as a participle
            # and its object as an attribute, which only a copula takes; it is the object, the side hit
            role = "actor2"
        elif dep == "pobj" and anc.head.i == tok.i and _figure_prep(doc, anc, head):
            role = "actor2"  # "killed between 35 and 45 gunmen", "killed around forty men" parsed with a preposition
        elif dep == "pobj" and anc.lower_ == "between" and anc.head.i in host_ids:
            role = "actor1"
        elif dep == "conj" and anc.dep_ == "pobj" and anc.head.lower_ == "between" and anc.head.head.i in host_ids:
            role = "actor2"
        elif dep == "pobj" and anc.lower_ in ("on", "in") and anc.head.i == tok.i and anc.i < head.i < tok.i \
                and any(c.dep_ == "compound" and c.ent_type_ == "DATE" and c.i == anc.i + 1 for c in head.children) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            # session 26 (h7): "On Sunday insurgents attacked the village": the parser took the subject for a noun of
            # the day ("Sunday insurgents"); the verb has no subject of its own, so it is its subject
            role = "actor1"
        elif dep == "pobj" and anc.lower_ in ("against", "on", "at", "of", "with") and anc.head.i == tok.i:
            role = "actor2"
        elif dep == "pobj" and anc.lower_ == "from" and _TERRITORY & set(trig.labels) and (
                anc.head.i == tok.i or anc.head.dep_ == "pobj" and anc.head.head.lower_ == "of"
                and anc.head.head.head.dep_ == "dobj" and anc.head.head.head.head.i == tok.i):
            # "recaptured the town from rebels": who lost it fought for it (and "took control of the area from the
            # separatists", the parser hanging "from" on the place)
            role = "actor2"
        elif dep == "pobj" and anc.lower_ in ("with", "against") and anc.head.pos_ == "NOUN" \
                and anc.head.lemma_.lower() in _lex_set("battle_nouns") and anc.head.dep_ == "pobj" \
                and _of_span_head(anc.head).head.i == tok.i and _TERRITORY & set(trig.labels):
            # "seized the town after clashes with the army": the other side of the fight that won it (session 23, h6:
            # and "after two days of heavy fighting with the army")
            role = "actor2"
        elif dep == "pobj" and anc.lower_ == "of" and anc.head.head.i == tok.i and anc.head.dep_ in ("dobj", "nsubjpass"):
            role = "actor2"  # "abducted dozens of villagers"
        elif dep == "pobj" and anc.lower_ == "for" and anc.head.head.i == tok.i and anc.head.dep_ in ("dobj", "nsubjpass") \
                and anc.head.lemma_.lower() in ("camp", "shelter", "school", "home", "centre", "center", "hospital"):
            role = "actor2"  # "struck a camp for displaced people": those it shelters were hit
        elif dep in ("nmod", "compound", "poss") and anc.head.i == tok.i and anc.dep_ in ("dobj", "nsubjpass") \
                and anc.lemma_.lower() in _lex_set("target_nouns") | {"position", "hideout", "stronghold"}:
            role = "actor2"  # session 20 (h7): "bombed Kurdistan Workers' Party (PKK) positions": the posts' owner was hit
        elif dep == "poss" and anc.head.i == tok.i:
            role = "actor1"
        elif head.i < tok.i and dep in ("nsubj", "nsubjpass"):
            role = "actor1" if dep == "nsubj" else "actor2"
        elif near and head.i == phrase.i and set(trig.labels) & {"REM_EXPLOS", "SUIC_BOMB", "GRENADE"}:
            role = "actor2"  # "a roadside bomb went off near a police patrol": the patrol was hit
        targets = _lex_set("target_nouns")
        if trig.labels[:1] == ["CHANGE_TO_GROUP_ACT"] and dep == "dobj" and anc.i == tok.i and m.sector in (
                "MIL", "POL") and not any(ch.isupper() for ch in m.text) and any(
                c.dep_ == "nsubj" for c in tok.children):
            # session 23 (h6): "KFOR deployed troops to the bridge": the troops a subject sends are its own, no party
            # of their own (a country's from where they go)
            continue
        if "HQ_ESTABLISHED" in trig.labels and head.lemma_.lower() in targets and role != "actor1":
            continue  # "established a new military base": what was set up, no party
        if trig.labels[:1] == ["AGREEMENT"] and role == "actor2" and (dep == "dobj" and anc.i == tok.i or (
                dep == "pobj" and anc.lower_ == "of" and anc.head.dep_ == "dobj" and anc.head.head.i == tok.i)):
            continue  # "swapped the bodies of fallen soldiers", "exchanged prisoners": what is traded, no party
        if trig.labels and trig.labels[0] == "PEACE_PROTEST" and role != "actor1" and (
                head.lemma_.lower() in targets or dep == "pobj" and anc.lower_ == "of"
                and anc.head.lemma_.lower() in targets):
            continue  # "blocked the road to a military camp": where a crowd went, no party to a protest
        if role != "actor2" and (head.lemma_.lower() in targets or dep == "pobj" and anc.lower_ == "of"
                                 and anc.head.lemma_.lower() in targets):
            # "a bomb struck a police vehicle", "an attack on a police station", "the gate of a camp": a party's
            # post, vehicle or building is what was hit, never who acted
            role = "actor2"
        out.append((role, m))
    # "killed a district governor and his driver": a party joined by "and" to one who was hit was hit too
    hit_heads = {m.head for r, m in out if r == "actor2"}
    for n, (role, m) in enumerate(out):
        h = doc[m.head]
        if role == "associated" and h.dep_ == "conj" and h.head.i in hit_heads \
                and h.head.dep_ in ("dobj", "nsubjpass", "pobj"):
            out[n] = ("actor2", m)
    # "strikes on RSF positions": a name inside a party's phrase is that party, in the same role
    for n, (role, m) in enumerate(out):
        mh = doc[m.head]
        # ... and "a serviceman of the Armenian Armed Forces": the "of" phrase of a victim's noun
        of_phrase = mh.dep_ == "pobj" and mh.head.lower_ == "of"
        if role != "associated" or mh.dep_ not in ("compound", "poss", "nmod", "amod") and not of_phrase:
            continue
        owner = mh.head.head.i if of_phrase else mh.head.i
        # (or deeper: "a Somali army convoy", the country word on the noun that modifies the head)
        outer = next((r for r, x in out if r == "actor2" and x is not m and x.start <= m.start
                      and m.end <= x.end and (x.end - x.start) > (m.end - m.start)
                      and (owner == x.head or not of_phrase and x.head in {t.i for t in mh.ancestors})), None)
        if outer is not None:
            out[n] = (outer, m)
    root = tok.sent.root
    # (and a verb joined to the slipped one with no subject of its own: "Bandits killed 23 people and kidnapped 40
    # others ..., police said", the kidnapping's subject the same noun)
    slip = tok.head if tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.head.dep_ == "acl" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in tok.children) else tok
    if slip.dep_ == "acl" and slip.tag_ in ("VBD", "VBN") and slip.head.i == slip.i - 1 and slip.head.dep_ == "nsubj" \
            and slip.head.head.lemma_.lower() in _SPEECH_VERBS and slip.head.head.i > slip.i \
            and any(c.dep_ == "dobj" for c in slip.children) and not any(r == "actor1" for r, _ in out):
        # the same slip before a closing "..., police said": "Armed bandits killed 17 villagers ..., police said"
        # parsed with "bandits" the subject of "said" and "killed" hanging on it; the noun is the killing's subject
        for m in mentions:
            if m.head == slip.head.i and not speakers.covers(slip.head.idx):
                out = [(r, x) for r, x in out if x is not m]
                out.append(("actor1", m))
    if tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN") and root.pos_ in ("NOUN", "PROPN") and root.i < tok.i \
            and any(c.dep_ == "dobj" for c in tok.children) and not any(r == "actor1" for r, _ in out):
        # the small parser's slip: "Gang members armed with rifles killed 70 people" parsed as a sentence with
        # no verb, "killed" hanging on "rifles"; the verbless root noun is the subject
        for m in mentions:
            if m.head == root.i and not speakers.covers(root.idx):
                out.append(("actor1", m))
    said_noun = next((c for c in root.children if c.dep_ in ("ccomp", "nsubj") and c.pos_ in ("NOUN", "PROPN")
                      and c.i < tok.i and c.left_edge.i <= tok.i <= c.right_edge.i), None) \
        if root.lemma_.lower() in _SPEECH_VERBS and root.i > tok.i else None
    if tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN") and said_noun is not None \
            and any(c.dep_ == "dobj" for c in tok.children) and not any(r == "actor1" for r, _ in out):
        # the same slip before a closing "..., officials said": "Armed men on motorcycles killed 14 civilians ...,
        # local officials said" parsed with "men" what was said and "killed" hanging on "motorcycles"
        for m in mentions:
            if m.head == said_noun.i and not speakers.covers(said_noun.idx):
                out = [(r, x) for r, x in out if x is not m]
                out.append(("actor1", m))
    # (not "told parliament that ... had been wounded": whom a speaker tells is who hears, never who acts)
    if tok.dep_ == "ccomp" and tok.pos_ == "VERB" and tok.head.lemma_.lower() in _SAY_LEMMAS - {"tell"} and not any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in tok.children) \
            and any(c.dep_ == "aux" for c in tok.children) and not any(r == "actor1" for r, _ in out):
        # the small parser's slip: "the army said its troops and allied volunteers had killed ..." parsed with
        # "its troops" as the object of "said" and "killed" left without a subject: that object acts
        for m in mentions:
            h = doc[m.head]
            if h.head.i == tok.head.i and h.dep_ == "dobj" and h.i < tok.i and not _weapon_act(doc, m, trig):
                out.append(("actor1", m))
    means = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _lex_set("realised_purpose_governors")
    # ("troops looted the market after taking control of the town": the gerund after a preposition, the verb's)
    after = tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.dep_ == "prep" \
        and tok.head.lower_ in ("after", "before", "while", "by", "upon", "on")
    # ("withdrew from Koui after an exchange of fire with peacekeepers": who fell back fought)
    fought = tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("after", "following") \
        and tok.head.head.lemma_.lower() in _lex_set("fallback_verbs") and tok.lemma_.lower() in _lex_set("fight_nouns")
    gov = tok.head.head if after or fought else tok.head
    if fought and not any(r == "actor1" for r, _ in out):
        out += [("actor1", m) for m in mentions if doc[m.head].head.i == gov.i and doc[m.head].dep_ == "nsubj"
                and not speakers.covers(doc[m.head].idx)]
    if (tok.dep_ in ("conj", "advcl") or means or after) and tok.pos_ == "VERB" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in tok.children) \
            and not any(r == "actor1" for r, _ in out):
        # "Thai soldiers crossed the border and attacked a position", "troops moved in, firing on the crowd": the
        # first verb's subject acts (and "police used water cannon to disperse the protesters": who used the means)
        for m in mentions:
            h = doc[m.head]
            if h.head.i == gov.i and h.dep_ == "nsubj" and gov.pos_ in ("VERB", "AUX") and not speakers.covers(h.idx) and not _weapon_act(doc, m, trig):
                out.append(("actor1", m))
    return _weapon_owners(doc, out, mentions)


# prepositions whose object places another place ("a checkpoint near the parliament", "the road behind the
# ministry"), and the sectors of parties that may still be hit there (a patrol, a convoy of troops)
_ORIGIN_BEFORE = re.compile(r"\b(?:labou?rers?|workers|pilgrims|tourists|migrants|nationals|citizens|visitors)\s+"
                            r"(?:(?:who\s+(?:were|was|are)\s+)?(?:originally|all|mostly)\s+)?from\s+(?:the\s+)?$"
                            # "two soldiers, Sepoy X (age 24, resident of District Karak)": a person's home, told
                            # of one person, is no place of what befell them
                            r"|\b(?:a\s+)?(?:resident|native)\s+of\s+(?:the\s+)?$"
                            r"|\bhail(?:ing|ed|s)\s+from\s+(?:the\s+)?$",
                            re.I)
_DEMAND_VERBS = frozenset({"demand", "call", "urge", "seek", "request", "want"})


def _riot_gear_user(doc: Doc, trig: Trigger) -> ActorMention | None:
    """The state force that, as the subject of a verb joined by "and" to the protest's own, used crowd-control
    weapons ("blocked the highway, and police used tear gas"); None if there is none."""
    tok = doc[trig.i]
    joined = {c.i for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"}
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        joined.add(tok.head.i)
    for m in _near(doc, "mentions", trig.i, _dc.ext(doc, "actor_mentions") or []):
        head = doc[m.head]
        if m.sector in ("POL", "MIL", "BGD") and head.dep_ == "nsubj" and head.head.i in joined:
            verb = head.head
            if _RIOT_GEAR.search(doc[verb.left_edge.i:verb.right_edge.i + 1].text):
                return m
    return None


def _of_span_head(noun: Token) -> Token:
    """The preposition a noun's phrase hangs on, through a span of time before it: "after [two days of] fighting"
    gives "after" (the noun's own preposition where no "of" phrase of time holds it)."""
    prep = noun.head
    if prep.lower_ == "of" and prep.head.pos_ == "NOUN" and prep.head.dep_ == "pobj" \
            and prep.head.lemma_.lower() in ("day", "week", "hour", "month", "night", "year"):
        return prep.head.head
    return prep


def _in_custody(tok: Token) -> bool:
    """Does the verb tell where it happened as someone's custody ("died in police custody")?"""
    custody = _lex_set("custody_nouns")
    return any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in custody for g in c.children)
               for c in tok.children)


def _custodian(doc: Doc, m: ActorMention, tok: Token) -> bool:
    """Is `m` whose custody the event at `tok` happened in: "died in police custody" (a modifier of the custody
    noun, or the phrase "police custody" itself) or "died in the custody of the army" (its "of" phrase), the custody
    noun a prepositional object of `tok`?"""
    head = doc[m.head]
    custody = _lex_set("custody_nouns")
    if head.lemma_.lower() in custody and m.end - m.start > 1:
        hands = head
    elif head.dep_ == "pobj" and head.head.lower_ == "of":
        hands = head.head.head
    elif head.dep_ in ("compound", "amod", "nmod", "poss"):
        hands = head.head
    else:
        return False
    return hands.lemma_.lower() in custody and hands.dep_ == "pobj" and hands.head.head.i == tok.i


def _from_phrase_of_noun(doc: Doc, start: int) -> bool:
    """Whether the place at char `start` is the object of "from" hung on the subject of a verb ("Armed youth from
    Jonglei State raided ...", "gunmen from a neighbouring village attacked ...")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    tok = span[0]
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head  # ("Jonglei State": the name's last word is the preposition's object)
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "from" and prep.head.pos_ in ("NOUN", "PROPN") \
        and prep.head.dep_ in ("nsubj", "nsubjpass")


_FEUD_NOUNS = frozenset({"dispute", "feud", "rivalry", "turf war", "vendetta", "quarrel"})
_HARM_LABELS = frozenset({"ATTACK", "ARMED_CLASH", "AIR_STRIKE", "ART_MISS_ATTACK", "REM_EXPLOS", "SUIC_BOMB",
                          "GRENADE", "ABDUCT_DISSAP", "SEX_VIOL"})
_LANDMARK_PREPS = frozenset({"near", "outside", "beside", "behind", "opposite", "past", "nearby"})
_HIT_NEAR = frozenset({"MIL", "POL", "BGD", "MLT", "REB", "PKO"})

_CROWD_CONTROL = re.compile(r"\b(?:tear ?gas|teargas|rubber bullets?|water cannons?|pepper spray|batons?|"
                            r"stun grenades?|live (?:ammunition|rounds|fire))\b", re.I)
# the weapons of crowd control alone (not live fire, which is also fired at armed men and villagers)
_RIOT_GEAR = re.compile(r"\b(?:tear ?gas|teargas|rubber bullets?|water cannons?|pepper spray|stun grenades?)\b", re.I)
_PROTEST_LABELS = frozenset({"PEACE_PROTEST", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST"})
_RAID_NOUNS = frozenset({"raid", "operation", "sweep", "crackdown", "search"})
_FORCE_ON_PROTEST = frozenset({"PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST"})
_SPEECH_VERBS = frozenset({"say", "tell", "announce", "claim", "state", "report", "add", "confirm"})
_TERRITORY = frozenset({"GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER"})


def _closing_speaker(doc: Doc, m: ActorMention) -> bool:
    """Is the mention one of the nouns of a closing attribution ("..., police and residents said on Tuesday."):
    after a comma, only nouns, their modifiers and "and" up to a verb of saying, and after that verb no other
    verb to the end of the sentence?"""
    sent = doc[m.head].sent
    i = m.start
    while i > sent.start and (doc[i - 1].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "CCONJ", "NUM")
                              or doc[i - 1].text == "," and i - 2 >= sent.start and doc[i - 2].pos_ in (
                                  "NOUN", "PROPN") and doc[i - 2].dep_ == "conj"):
        i -= 1
    if i <= sent.start or doc[i - 1].text != ",":
        return False
    j = m.end
    while j < sent.end and j - m.end < 8 and (doc[j].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "CCONJ", "NUM")
                                              or doc[j].text == ","):
        j += 1
    if j >= sent.end or doc[j].pos_ != "VERB" or doc[j].lemma_.lower() not in _SPEECH_VERBS:
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in doc[j + 1:sent.end])


_BEARING_FROM = re.compile(r",\s+(?:just\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
                           r"\s+of\s+(?:the\s+)?$", re.I)
# "attacked Maua, a village near Marrupa", "raided Kasisi, outside Kabala town": the place right after a place and
# "near" is the landmark the first is placed by, not a second place of the event
_NEAR_LANDMARK = re.compile(r"^,?\s+(?:an?\s+(?:[a-z-]+\s+){0,2}(?:village|hamlet|settlement|town|locality|community)\s+)?"
                            r"(?:near|outside|close\s+to|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?$")
_DISTANCE_FROM = re.compile(r"\b\d[\d,.]*\s*(?:km|kilomet(?:er|re)s?|miles?|mi)\b(?:\s*\([^)]{0,20}\))?\s+"
                            r"(?:(?:to the\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
                            r"(?:ern)?\s+)?(?:of|from)\s+(?:the\s+)?$", re.I)


def _in_a_fight(tok: Token) -> bool:
    """"killed two men in a clash", "died during fighting with the army": an outcome verb whose "in"/"during" names
    a fight (a battle noun, not "in an attack": an attack may be one-sided)."""
    battles = _lex_set("battle_nouns")
    return tok.pos_ == "VERB" and any(
        c.dep_ == "prep" and c.lower_ in ("in", "during", "amid") and any(
            w.dep_ == "pobj" and w.lemma_.lower() in battles for w in c.children)
        for c in tok.children)


def _air_bomb(noun: Token, air: set) -> bool:
    """"a glide bomb", "guided aerial bombs": a bomb dropped from the air, told by its modifier."""
    return any(m.lower_ in air for m in noun.children if m.dep_ in ("amod", "compound"))


def _weapon_of_the_moment(head: Token, trigger: Token, data) -> bool:
    """Whether `head` is a weapon that struck in a "when" clause on the trigger ("killed when a drone hit ...")."""
    lemma = head.lemma_.lower()
    weapon = lemma in (data.get("agent_instruments") or {}) or lemma == "bomb" and _air_bomb(
        head, set(data.get("air_bomb_modifiers") or ()))
    return weapon and head.dep_ in ("nsubj", "nsubjpass") and any(head.head.i == c.i for c in _when_clauses(trigger))


def _when_clauses(tok: Token) -> list[Token]:
    """The "when" clauses on a verb, or on the verbs coordinated with it ("killed and 11 injured when ...")."""
    verbs = [tok] + [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return [c for v in verbs for c in v.children if c.dep_ == "advcl" and any(
        w.lower_ == "when" and w.dep_ in ("advmod", "mark") for w in c.children)]


def _agent_instrument(tok: Token, data, subject_hit: bool = False) -> str | None:
    """The label a weapon named as the agent of a death or an injury gives ("killed by a drone": AIR_STRIKE).
    With `subject_hit` the verb's subject is the one hit ("a helicopter came under fire"), never the weapon."""
    if tok.pos_ != "VERB":
        return None
    table = data.get("agent_instruments") or {}
    air = set(data.get("air_bomb_modifiers") or ())
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
                w.dep_ == "pobj" and w.lemma_.lower() in ("operation", "raid", "strike", "attack") and any(
                    m.lower_ in ("air", "aerial", "drone") for m in w.children if m.dep_ in ("amod", "compound"))
                for w in c.children):
            return "AIR_STRIKE"  # "neutralised four militants in an air operation": an air strike
        if subject_hit and c.dep_ == "nsubj":
            continue
        if c.dep_ == "nsubj" and c.lemma_.lower() in table:
            return table[c.lemma_.lower()]  # "a mine killed three fishermen", "a drone wounded two": the weapon did it
        if c.dep_ == "nsubj" and c.lemma_.lower() == "bomb" and _air_bomb(c, air):
            return "AIR_STRIKE"  # "a glide bomb killed two"
    for clause in _when_clauses(tok):
        # "two were killed when Russian glide bombs struck ...", "died when a shell hit their home": the weapon
        # that struck at that moment did it
        for c in clause.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in table:
                return table[c.lemma_.lower()]
            if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() == "bomb" and _air_bomb(c, air):
                return "AIR_STRIKE"
    for c in tok.children:
        if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by":
            for w in c.children:
                if w.dep_ != "pobj":
                    continue
                lemma = w.lemma_.lower()
                if lemma == "bomb" and _air_bomb(w, air):
                    return "AIR_STRIKE"
                if lemma in table:
                    return table[lemma]
    # "fired explosives from drones at a base", "attacked the camp with drones", "using helicopters": the means of
    # the attack (on the verb, or on what it fired), when they are aircraft
    air_means = {w for w, lab in table.items() if lab == "AIR_STRIKE"}
    hosts = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
    for h in hosts:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "with", "using") or c.dep_ in ("advcl", "xcomp") \
                    and c.lemma_.lower() == "use":
                if any(w.dep_ in ("pobj", "dobj") and w.lemma_.lower() in air_means for w in c.children):
                    return "AIR_STRIKE"
    return None


def _device_in_sentence(doc: Doc, trig: Trigger) -> bool:
    """"two soldiers were wounded when a roadside bomb exploded": a device's planter is not told by who was hit."""
    sent = doc[trig.i].sent
    return any(t.labels and t.labels[0] == "REM_EXPLOS" for t in find_triggers(doc, sent.start, sent.end))


def _weapon_owners(doc: Doc, out: list, mentions: list[ActorMention]) -> list:
    """"Drones launched by the RSF struck ...", "a drone belonging to the army hit ...": the weapon's owner acts,
    the weapon is no party."""
    instruments = _lex_set("instrument_nouns")
    weapons: set[int] = set()
    for n, (role, m) in enumerate(out):
        head = doc[m.head]
        if role != "actor1" or head.lemma_.lower() not in instruments:
            continue
        owner = None
        for c in head.children:
            if c.dep_ != "acl":
                continue
            for g in c.children:
                if not (g.dep_ == "agent" or g.dep_ == "prep" and g.lower_ in ("by", "to")):
                    continue
                obj = next((x for x in g.children if x.dep_ == "pobj"), None)
                if obj is not None:
                    owner = next((x for x in mentions if x.start <= obj.i < x.end and x is not m), None)
            if owner is not None:
                break
        if owner is not None:
            out[n] = ("actor1", owner)
            weapons.add(m.head)
        elif m.country is None and not m.igo and not m.adversary and head.dep_ == "nsubj" \
                and head.lemma_.lower() in _lex_set("ownerless_weapons") \
                and not any(c.dep_ in ("amod", "compound") and sector_of(c.text) for c in head.children):
            # session 20 (h7): "An explosive-laden drone struck near Erbil airport": a drone, missile or shell
            # named alone as the subject is no party (who sent it is the story's question, not the story's army)
            weapons.add(m.head)
    if weapons:
        out = [(r, x) for r, x in out if x.head not in weapons]
    return out


_FIGURE_PREPS = frozenset({"between", "around", "about", "over", "under", "nearly", "some", "approximately"})


def _figure_prep(doc: Doc, prep: Token, noun: Token) -> bool:
    """A preposition that is part of a figure ("between 35 and 45 men", "around forty men"): the small parser
    hangs the noun on it as a prepositional object, but the noun is the verb's direct object."""
    if prep.lower_ not in _FIGURE_PREPS or not prep.i + 1 < noun.i or not doc[prep.i + 1].like_num:
        return False
    inner = doc[prep.i + 1:noun.i]
    if prep.lower_ == "between":
        return any(t.lower_ == "and" for t in inner) and all(t.like_num or t.lower_ == "and" for t in inner)
    return all(t.like_num or t.dep_ in ("nummod", "quantmod") for t in inner)


_SAY_LEMMAS = frozenset({"say", "announce", "claim", "state", "report", "add", "confirm", "insist", "assert"})


def _unreal_context(tok: Token) -> bool:
    """Is the word governed (within three steps up) by a verb with a modal or a negation ("would not allow the
    protests to ...", "vowed that the attacks will stop")?"""
    modals = _lex_set("modal_auxiliaries")
    t = tok
    for _ in range(3):
        if t.head.i == t.i:
            return False
        t = t.head
        if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in modals for c in t.children):
            return True
    return False


def _between_second(head: Token) -> bool:
    """The second party of "between X and Y"."""
    return head.dep_ == "conj" and head.head.dep_ == "pobj" and head.head.head.lower_ == "between"


def _near_source(doc: Doc, sent, data):
    """The attribution nearest an unattributed sentence, unless its speaker is one who condemns or blames
    ("Governor X condemned the attack and said ..."): who condemns an event is no source of it."""
    att = attribution_near(doc, sent.start_char, sent.end_char)
    if att is None or sent.start_char <= att.cue[0] < sent.end_char:
        return att
    cue = doc.char_span(att.cue[0], att.cue[1], alignment_mode="expand")
    governors = set(data.get("reference_governors") or ())
    if cue is not None and len(cue):
        t = cue.root
        if t.lemma_.lower() in governors or t.dep_ == "conj" and t.head.lemma_.lower() in governors:
            return None
    return att


_LAUNCH_LEMMAS = frozenset({"fire", "launch", "drop", "fly", "plant", "throw", "lob", "operate", "send"})


def _launched_by(doc: Doc, m: ActorMention, tok: Token) -> bool:
    """"a ballistic missile fired by the Houthis struck ...", "a drone launched by the RSF hit ...": the agent of a
    participle of launching on the weapon that is the trigger's subject."""
    head = doc[m.head]
    if head.dep_ != "pobj" or head.head.lower_ != "by":
        return False
    verb = head.head.head
    return verb.dep_ == "acl" and verb.lemma_.lower() in _LAUNCH_LEMMAS and verb.head.dep_ in ("nsubj", "nsubjpass") \
        and verb.head.head.i == tok.i and verb.head.lemma_.lower() in _lex_set("instrument_nouns")


def _weapon_act(doc: Doc, m: ActorMention, trig: Trigger) -> bool:
    """Is the mention an act named by its weapon ("artillery fire", "a drone strike"): no party of its own?"""
    head = doc[m.head]
    return (m.country is None and m.sector == "MIL" and not m.igo and not m.adversary and head.pos_ == "NOUN"
            and sector_of(head.text) is None and (trig.i <= m.head < trig.end or m.head in _acts(doc, doc[trig.i])))


def _acts(doc: Doc, tok: Token) -> set[int]:
    """Token indices of the event words (triggers) in the sentence of `tok`."""
    sent = tok.sent
    return {i for t in find_triggers(doc, sent.start, sent.end) for i in range(t.i, t.end)}


def _joint_sides(doc: Doc, roles, actors: list[Actor]) -> None:
    """"Armenian and Azerbaijani forces exchanged fire", "Thai and Cambodian troops clashed": one phrase whose
    coordinated country words name both sides of a two-sided fight. The first country's forces act (actor1), the
    other's are the other side (actor2), both of the phrase's sector."""
    if any(a.role == "actor2" for a in actors):
        return
    for role, m in roles:
        if role != "actor1" or not m.country:
            continue
        a1 = next((a for a in actors if a.role == "actor1" and a.name == m.text), None)
        if a1 is None:
            return
        head = doc[m.head]
        for r, inner in roles:
            if inner is m or not inner.country or inner.country == m.country \
                    or not (m.start <= inner.start and inner.end <= m.end and inner.end <= m.head):
                continue
            t = doc[inner.head]
            # the inner country word is coordinated with another modifier of the phrase's head ("X and Y forces")
            if t.dep_ != "conj" or t.head.head.i != head.i or t.head.dep_ not in ("amod", "compound", "nmod"):
                continue
            if not any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in t.head.children):
                continue
            first = doc[t.head.i]
            a1.name = f"{doc[m.start:first.i + 1].text} {head.text}" if m.start <= first.i else a1.name
            for a in actors:
                if a.name == inner.text and a.country == inner.country and a.role != "actor1":
                    a.role, a.sector, a.name = "actor2", a1.sector, f"{inner.text} {head.text}"
                    break
            else:
                a2 = inner.to_actor("actor2", doc)
                a2.sector, a2.name = a1.sector, f"{inner.text} {head.text}"
                actors.append(a2)
            return
        return


_CLAIM_VERBS = frozenset({"claim", "admit", "take", "accept", "assume"})


def _claimants(doc: Doc, tok: Token, mentions: list[ActorMention]) -> list[ActorMention]:
    """The armed group that claims an event told before: the subject of "claimed responsibility for the blast" (or of
    "claimed the attack")."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() == "claim" and tok.pos_ == "NOUN":
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() == "responsibility":
        verb = tok.head.head.head
    else:
        return []
    if verb.lemma_.lower() not in _CLAIM_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return []
    if any(c.dep_ == "neg" or c.lower_ in ("never", "yet") for c in verb.children):
        return []  # "JNIM has not claimed the attack": no claim
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    return [m for m in mentions if m.start <= subj.i < m.end and m.sector in ("REB", "MLT", "UAG", "ETH", "IDM", "PMIL")][:1]


def _claims_of_told_events(doc: Doc, drafts: list[Draft], sents, mentions: list[ActorMention]) -> None:
    """"A roadside bomb killed a district governor ... ¶ Islamic State Khorasan claimed responsibility for the
    bombing": a claim naming the violence just told by a word that is no event word of its own makes the claiming
    group its actor (the unnamed attackers its associates), as a claim told through an event word does in _absorb."""
    for si, sent in enumerate(sents):
        for tok in sent:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _EVENT_NOUNS or not _definite(tok) \
                    or any(d.trigger.i == tok.i for d in drafts):
                continue
            groups = _claimants(doc, tok, mentions)
            if not groups:
                continue
            host = next((d for d in reversed(drafts) if 0 < si - d.sent <= 2 and not d.negated
                         and codebooks.acled_for(d.label)[0] in _VIOLENT), None)
            if host is None or any(a.role == "actor1" and a.sector not in ("UAG", None) for a in host.actors):
                continue
            a = groups[0].to_actor("actor1", doc)
            if any(x.country == a.country and x.sector == a.sector for x in host.actors):
                continue
            for x in host.actors:
                if x.role == "actor1":
                    x.role = "associated"
            host.actors.insert(0, a)


_UNOPPOSED = re.compile(r"\b(?:without (?:a |any )?(?:fight|fighting|resistance|a shot|firing a shot)|unopposed|"
                        r"without (?:a |any )?battle)\b", re.I)


def _unopposed(doc: Doc, trig: Trigger) -> bool:
    """Does the trigger's sentence say the place changed hands with no fighting?"""
    return bool(_UNOPPOSED.search(doc[trig.i].sent.text))


def _other_sides(a: Draft, b: Draft) -> bool:
    """Do two drafts name acting parties of different countries ("X's artillery shelled the town, and Y fired
    rockets at a base": two attacks told in one sentence, one by each side)?"""
    ca = {x.country for x in a.actors if x.role == "actor1" and x.country}
    cb = {x.country for x in b.actors if x.role == "actor1" and x.country}
    return bool(ca and cb) and not ca & cb


def _coordinated_parties(doc: Doc, roles) -> set[str]:
    """The names of parties joined by "and" to the acting party of the trigger's clause ("Army troops and a
    pro-government militia looted the market", "Soldiers and police officers stormed a church"): they acted with
    it."""
    first = next((m for r, m in roles if r == "actor1"), None)
    if first is None:
        return set()
    out = set()
    for r, m in roles:
        h = doc[m.head]
        if m is first or r != "associated" or h.dep_ != "conj" or first.start <= m.start < first.end:
            continue
        if h.head.i != first.head or not any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in doc[first.head].children):
            continue
        out.add(m.text)
    return out


_PARTY_SECTORS_JOINED = frozenset({"MIL", "POL", "BGD", "GOV", "REB", "MLT", "UAG", "PMC", "PRO", "RIO", "CVL"})


def _dedupe_actors(actors: list[Actor], joined: set[str] = frozenset()) -> list[Actor]:
    """One actor per (country, sector) and role; an associated actor only where it adds a party (one named with
    the acting party, `joined`, of another sector adds one even of the same country)."""
    order = {"actor1": 0, "actor2": 1, "associated": 2}
    out: list[Actor] = []
    for a in sorted(actors, key=lambda a: order.get(a.role or "associated", 3)):
        if a.role == "associated" and a.start is not None and any(
                x is not a and x.start is not None and x.start <= a.start and a.end <= x.end
                and x.end - x.start > a.end - a.start for x in actors):
            # session 26 (h7): "the Development of Congo" inside "Militiamen of the Cooperative for the Development of
            # Congo (CODECO)": a part of another party's written name is no party of its own
            continue
        if a.role == "associated" and a.name in joined and a.sector in _PARTY_SECTORS_JOINED \
                and not any(x.sector == a.sector and x.country in (a.country, None) for x in out):
            out.append(a)
            continue
        if a.country is None and a.role == "associated":
            continue
        if a.country is None and any(x.sector == a.sector and x.country and x.role == a.role for x in actors):
            continue  # "units" beside "units of the Armed Forces of Armenia": the same party, less said
        if any(x.country == a.country and (x.sector == a.sector or a.role == "associated") and not (
                # "FARC dissidents clashed with ELN rebels": two armed groups of one country on either side
                {a.role, x.role} == {"actor1", "actor2"} and a.sector in ("REB", "MLT") and x.name != a.name)
               for x in out):
            continue
        if a.role != "associated" and any(x.role == a.role and x.country == a.country for x in out):
            continue
        out.append(a)
    return out


def _absorb_outcome(host: Draft, d: Draft) -> None:
    """Merge a death or injury draft `d` into the attack `host` it is the outcome of: its own actor1 (the dead) is a
    side hit, unless the host already has that actor."""
    for a in d.actors:
        if a.role == "actor1" and not any(x.country == a.country and x.sector == a.sector for x in host.actors):
            a.role = "actor2"
    _absorb(host, d)


def _absorb(target: Draft, d: Draft, voiced_toll: bool = False) -> None:
    """Merge draft `d` into `target`: figures, evidence, places, actors, sources, time. `voiced_toll`: `d` is a
    party's own count of the dead or hurt of the event `target` reports, naming it ("the rebels said four of their
    fighters died in the bombing"): its figure stands beside the host's, and the host keeps its status and sources
    (the claim of the count, with its speaker, is the claims stage's, linked to the host)."""
    # "... four soldiers were killed, police said. ¶ A group claimed the attack, saying it had killed nine": the
    # perpetrator's own toll does not stand beside the reported one (it stays in the claims)
    claim_on_report = d.status == "claimed" and target.status == "reported" and not d.negated and not voiced_toll
    kinds = {q.quantity.kind for q in target.quantities}
    target.quantities += [q for q in d.quantities if q not in target.quantities
                          and not (claim_on_report and q.quantity.kind in kinds)]
    target.evidence += [e for e in d.evidence if e not in target.evidence]
    if d.occurs_place and any(p.precision == "town" for p in d.places):
        # "... in the countryside of X. The attack took place near the village of Y": the place told now is where
        target.places = _specific([p for p in target.places if p.precision != "town"] + d.places)
    else:
        target.places = _specific(target.places + d.places)
    for a in d.claimant:
        # "Al Shabaab claimed responsibility for the blast": the group that says it did it acts (beside an attacker
        # already named it is an associate)
        if not any(x.country == a.country and x.sector == a.sector for x in target.actors):
            if any(x.role == "actor1" and x.sector not in ("UAG", None) for x in target.actors):
                target.actors.append(replace(a, role="associated"))
                continue
            for x in target.actors:
                if x.role == "actor1":
                    x.role = "associated"  # "gunmen" told before: the group that claims them is who they were
            target.actors.insert(0, replace(a, role="actor1"))
    for a in d.actors:
        if a.country is None and any(x.role == a.role and x.sector == a.sector and x.country for x in target.actors):
            continue  # "Three soldiers were killed" after "X and Y forces exchanged fire": of a side named already
        if a.country is None and a.sector in _STATE_FORCES and a.role == "actor2" and any(
                x.role == "actor1" and x.sector == a.sector and x.country for x in target.actors):
            continue  # "The army recaptured a village from militants ... Three soldiers were wounded": its own men
        if a.country is None and a.sector == "UAG" and a.role == "actor2" and any(
                x.role == "actor1" and x.sector in _NON_STATE_ARMED for x in target.actors):
            continue  # "Boko Haram fighters attacked ... the troops killed 35 assailants": the attackers named again
        if a.sector == "UAG" and a.role in ("actor1", "actor2") and any(
                x.role == a.role and x.sector in ("REB", "MLT") and a.country in (x.country, None)
                for x in target.actors):
            continue  # "repelled a Houthi attack ..., killing 10 attackers": the named group's men
        if not any(x.country == a.country and x.sector == a.sector for x in target.actors):
            target.actors.append(a)
    if not d.reference and not voiced_toll and (len(d.sources) > len(target.sources) or d.anaphoric and d.sources):
        target.sources = d.sources  # who condemns an attack is no source of it
    if target.timex is not None and getattr(target, "said_day", False) and d.timex is not None \
            and not getattr(d, "said_day", False):
        # "fire killed 23 on Sunday, the group said on Monday": the day the event's own clause tells, not the
        # day of the statement the host borrowed
        target.timex, target.said_day = d.timex, False
    if d.occurs_day and target.timex is not d.timex and (target.timex is None or target.said_day
                                                        or target.timex.date is None or d.timex.date is None
                                                        or d.timex.date < target.timex.date):
        # "Four soldiers were killed ..., the command said on Tuesday. The attack occurred on Monday afternoon"
        target.timex, target.said_day = d.timex, False
        target.time = d.time or target.time
    if not d.reference:  # ("JNIM claimed the assault in a statement on Sunday": the day of the claim, not the assault)
        target.timex = target.timex or d.timex
    target.time = target.time or d.time
    target.clock = target.clock or d.clock
    if d.status != "reported" and target.status == "reported" and not (claim_on_report and kinds) \
            and not voiced_toll:
        target.status = d.status


_PROTEST_PROPS = frozenset({"tyre", "tyres", "tire", "tires"})


_FREE_VERBS = frozenset({"free", "rescue", "release", "liberate"})


def _freed_people(head: Token, trig: Token) -> bool:
    """Whether a party's head word is who another verb frees ("freed seven of the students", "rescued 12
    hostages"): the captives, not a side of the event told with it."""
    t = head
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ == "dobj":
        t = t.head.head  # ("seven of the students": the count is the object)
    return t.dep_ == "dobj" and t.head.i != trig.i and t.head.pos_ == "VERB" and t.head.lemma_.lower() in _FREE_VERBS


def _freed_from(tok: Token) -> bool:
    """A passive relative clause on the people a verb of freeing names ("freed 12 women who had been abducted",
    "rescued hostages who were kidnapped last month"): the captivity they were freed from, not an event told here."""
    return tok.dep_ == "relcl" and tok.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in tok.children) \
        and tok.head.dep_ in ("dobj", "nsubjpass", "conj") and tok.head.head.lemma_.lower() in _FREE_VERBS


_ANCHOR_PREPS = frozenset({"after", "before", "since", "following"})


def _time_anchor(tok: Token) -> bool:
    """A definite event noun a time is told from ("Hours after the riot", "families have left since the attack"):
    the event told before, named to date another."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in _ANCHOR_PREPS and _definite(tok) \
        and not any(c.dep_ in ("prep", "acl", "relcl") for c in tok.children)


_COUNT_WORDS = {"a": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_SOON_WORDS = frozenset({"hours", "hour", "minutes", "moments", "shortly", "soon", "just", "immediately", "right"})


def _anchored_day(doc: Doc, d: Draft, done: list[Draft]):
    """"Hours after the riot, gunmen set fire to two buses", "three days after the attack, troops ...": the day of the
    event told before that the sentence counts from (its day, or that many days on), for an event with no day of its
    own. The event counted from is the last one told within six sentences whose words name the noun, else the last
    violent one."""
    trig = doc[d.trigger.i]
    sent = trig.sent
    top = trig
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head  # ("Hours after the riot, gunmen set fire to buses and attacked a police station")
    anchor = next((t for t in sent if t.lower_ in ("after", "following") and t.dep_ == "prep"
                   and any(_time_anchor(c) for c in t.children if c.dep_ == "pobj")
                   and any(a.i in (trig.i, top.i) for a in t.ancestors)), None)
    if anchor is None:
        return None
    noun = next(c for c in anchor.children if c.dep_ == "pobj")
    before = [t.lower_ for t in doc[max(sent.start, anchor.i - 3):anchor.i]]
    if before and before[-1] in _SOON_WORDS or not before or before[-1] in (",", "but", "and") \
            or len(before) >= 2 and before[-2] in _SOON_WORDS:
        shift = 0
    elif len(before) >= 2 and before[-1] in ("day", "days") and (before[-2] in _COUNT_WORDS or before[-2].isdigit()):
        shift = int(before[-2]) if before[-2].isdigit() else _COUNT_WORDS[before[-2]]
    else:
        return None  # ("weeks after the attack": no day to count)
    dated = [x for x in done if x.timex is not None and x.timex.kind != "time" and x.timex.date and not x.timex.since
             and x.timex.precision in ("day", "part_of_day") and 0 < d.sent - x.sent <= 6]
    named = [x for x in dated if any(noun.lemma_.lower() in e.text.lower() for e in x.evidence)]
    host = (named or [x for x in dated if codebooks.acled_for(x.label)[0] in _VIOLENT | {"Riots"}] or [None])[-1]
    if host is None:
        return None
    day = dt.date.fromisoformat(host.timex.date) + dt.timedelta(days=shift)
    return replace(host.timex, date=day.isoformat(), date_end=None, time=None, precision="day", start=noun.idx,
                   end=noun.idx + len(noun), text=noun.text)


_SINCE_WORDS = frozenset({"came", "come", "comes", "happened", "occurred", "took"})


def _clause_day(doc: Doc, d: Draft, done: list[Draft]):
    """"The strike came a day after Fano militiamen and federal troops fought on the outskirts", "The blast came
    three days after special forces recaptured X": an event told in a clause of "after" (or "before") on a definite
    event told before, with no day of its own: that many days before (after) the day of the event it is told from."""
    tok = doc[d.trigger.i]
    if tok.dep_ in ("pobj", "pcomp") and tok.head.dep_ == "prep" and tok.head.lower_ in ("after", "before") \
            and not _definite(tok):
        # session 20 (h7): "The protest came two days after fighting between X and Y near Z": the event named by the
        # object of "after" itself (not a definite noun, which names the event the sentence is dated from)
        v, mark, main = tok, tok.head, tok.head.head
    else:
        v = tok.head if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") else tok
        mark = next((c for c in v.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
        if v.dep_ != "advcl" or mark is None:
            return None
        main = v.head
    if main.lemma_.lower() not in ("come", "happen", "occur", "take"):
        return None
    subj = next((c for c in main.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.pos_ == "NOUN" and _definite(subj) or subj.lower_ == "it"):
        return None
    # (session 27, h9: "The operation came a week after ...", "came two days after gunmen killed ...": the parser may
    # hang the count before "after" on the main verb or on the clause's own)
    count = [t for t in v.children if t.dep_ == "npadvmod" and t.i > mark.i] + \
        [t for t in mark.children if t.dep_ == "npadvmod"] + \
        [t for x in (main, v) for t in x.children if t.dep_ == "npadvmod" and main.i < t.i < mark.i]
    unit = count[0] if count else None
    if unit is None:
        shift = 0 if any(t.lower_ in _SOON_WORDS for t in doc[main.i + 1:mark.i]) else None
    elif unit.lemma_.lower() in ("day", "week"):
        n = next((c for c in unit.children if c.dep_ in ("nummod", "det")), None)
        shift = None if n is None else int(n.text) if n.text.isdigit() else _COUNT_WORDS.get(n.lower_)
        if shift is not None and unit.lemma_.lower() == "week":
            shift *= 7  # "a week after", "two weeks after": that many days
    elif unit.lemma_.lower() in ("hour", "minute", "moment"):
        shift = 0
    else:
        shift = None  # ("weeks after the army retook the town": no day to count)
    if shift is None:
        return None
    dated = [x for x in done if x.timex is not None and x.timex.kind != "time" and x.timex.date
             and not x.timex.since and x.timex.precision in ("day", "part_of_day") and 0 <= d.sent - x.sent <= 3]
    # (the event the subject names, else the violence told last: "The blast" after "A car bomb exploded")
    host = next((x for x in reversed(dated) if any(e.start <= subj.idx < e.end or subj.lemma_.lower() in e.text.lower()
                                                   for e in x.evidence)), None) \
        or next((x for x in reversed(dated) if codebooks.acled_for(x.label)[0] in _VIOLENT), None)
    if host is None:
        return None
    day = dt.date.fromisoformat(host.timex.date) + dt.timedelta(days=-shift if mark.lower_ == "after" else shift)
    return replace(host.timex, date=day.isoformat(), date_end=None, time=None, precision="day", start=mark.idx,
                   end=v.idx, text=doc[mark.i:v.i].text)


def _burned_at(host: Draft, d: Draft) -> None:
    """Tyres burned (`d`) at the protest `host`: the protest turned violent (its crowd rioted), one event."""
    if host.label == "PEACE_PROTEST":
        host.label = "VIOL_DEMONSTR"
        for a in host.actors:
            if a.role == "actor1" and a.sector == "PRO":
                a.sector = "RIO"
    d.actors, d.places = [], []
    _absorb(host, d)


def _protest_props(doc: Doc, d: Draft) -> bool:
    """Is what the trigger burned tyres ("burning tyres", "set fire to tyres", "set tyres on fire", "burned tires")?"""
    tok = doc[d.trigger.i]
    words = []
    if tok.dep_ == "amod":
        words.append(tok.head)
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            words.append(c)
        elif c.dep_ == "prep" and c.lower_ == "to":
            words.extend(g for g in c.children if g.dep_ == "pobj")
    return bool(words) and all(w.lower_ in _PROTEST_PROPS or w.lower_ == "fire" for w in words) \
        and any(w.lower_ in _PROTEST_PROPS for w in words)


_FALL_BACK = frozenset({"withdraw", "retreat", "pull", "flee"})


def _attackers_fell_back(doc: Doc, d: Draft, drafts: list[Draft]) -> bool:
    """Is a withdrawal the raiders of the violent event just told (same or the two sentences before) going away
    after it: its subject a pronoun, a definite noun or none (a participle: "before withdrawing"), of the side that
    attacked (an armed group), and no place it left named other than where it went?"""
    tok = doc[d.trigger.i]
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _FALL_BACK:
        return False
    host = next((x for x in reversed(drafts) if codebooks.acled_for(x.label)[0] in _VIOLENT
                 and 0 <= d.sent - x.sent <= 2 and x.status == d.status), None)
    if host is None:
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if subj and not (subj[0].pos_ == "PRON" or _definite(subj[0])):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
        return False  # "withdrew from the town": a place left
    raiders = {a.sector for a in host.actors if a.role == "actor1"}
    mine = {a.sector for a in d.actors if a.role == "actor1"}
    # (session 20, h7: "Suspected jihadists stormed the town ... The assailants ... before withdrawing": the raiders
    # named again by a noun for any attacker)
    return bool(raiders & _ARMED_NONSTATE) and (not mine or mine <= raiders or mine == {"UAG"})


def _in_event_noun(doc: Doc, o: int, below: int, owners: dict[int, int]) -> bool:
    """Does the relative clause `o` hang on an event noun (or a word of its phrase: the parser hangs "that began on
    Sunday" on "gangs" in "a riot between rival gangs") that is the object of a preposition of clause `below`?"""
    t = doc[owners.get(doc[o].head.i, doc[o].head.i)]
    if t.i != below:
        return t.pos_ == "NOUN" and t.dep_ == "pobj" and owners.get(t.head.head.i) == below
    t = doc[o].head
    while t.i != below and t.head.i != t.i:
        if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.head.i == below \
                and t.lemma_.lower() in _EVENT_NOUNS | _lex_set("battle_nouns") | _UNREST_NOUNS:
            return True
        t = t.head
    return False


_UNREST_NOUNS = frozenset({"riot", "mutiny", "uprising", "unrest", "violence", "revolt", "rampage"})


def _coordinated_with(doc: Doc, d: Draft, drafts: list[Draft]) -> Draft | None:
    """The event whose verb this trigger's verb is coordinated with, sharing its subject ("stormed the market
    ... and opened fire on traders"), when both tell violence: the same event told in two verbs."""
    tok = doc[d.trigger.i]
    if tok.pos_ != "VERB" or tok.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    # ("youths threw stones at police and burned tyres": the damage a rioting crowd did is the riot)
    riot_damage = d.label == "PROPERTY_DISTRUCT"
    if codebooks.acled_for(d.label)[0] not in _VIOLENT and not riot_damage:
        return None
    head = tok.head
    for prev in reversed(drafts):
        if prev.sent == d.sent and prev.trigger.i == head.i and prev.status == d.status and (
                codebooks.acled_for(prev.label)[0] in _VIOLENT and not riot_damage
                or riot_damage and codebooks.acled_for(prev.label)[0] == "Riots"
                # "insurgents beheaded four villagers and torched dozens of homes": the homes burned in the attack
                # on the people (ACLED codes the attack), by its attackers
                or riot_damage and prev.label in ("ATTACK", "ABDUCT_DISSAP", "SEX_VIOL")):
            return prev
    return None


# verbs of saying whose day is the saying's even where the attribution stage found no cue in them
_SAY_LEMMAS = frozenset({"say", "tell", "announce", "claim", "state", "report"})
# a strike or bombardment by a state's forces (EventExtractor._actors: "a Turkish drone strike" is the military's)
_STRIKE_LABELS = frozenset({"AIR_STRIKE", "ART_MISS_ATTACK"})
# the act a killing was done in, named by its means ("in an explosive drone attack", "in a strike")
_MEANS_NOUNS = frozenset({"attack", "strike", "airstrike", "bombing", "shelling", "explosion", "blast", "bombardment"})
# aircraft flown by a crew: brought down with its crew, an attack on the forces, not a disrupted weapon
_CREWED = frozenset({"helicopter", "plane", "aircraft", "jet", "warplane", "gunship", "airplane", "chopper"})
# the fire or the blow a weapon deals, named as the doer ("Azerbaijani sniper fire wounded a soldier")
_WEAPON_HEADS = frozenset({"fire", "shelling", "strike", "airstrike", "bombardment", "barrage", "gunfire", "shellfire"})
_STATEMENT_NOUNS = frozenset({"statement", "message", "video", "post", "communique", "communiqué", "release",
                              "briefing", "report", "audio", "recording"})


def _statement_clauses(doc: Doc, cue: int, owners: dict[int, int]) -> set[int]:
    """The words of a clause describing the statement a cue verb reports through ("said in a statement released
    on Wednesday", "said in a video posted late on Tuesday"): its day is the saying's."""
    out: set[int] = set()
    for t in doc[cue].subtree:
        if t.dep_ in ("acl", "relcl") and t.head.lemma_.lower() in _STATEMENT_NOUNS:
            out |= {i for i, o in owners.items() if o == t.i}
    return out


def _described_past(tok: Token, pub_date) -> bool:
    """"former combatants who had signed the 2016 peace deal": a verb in a relative clause describing people, in
    the past perfect, whose object carries a year before the publication's, tells who they are, not an event of
    the story."""
    if pub_date is None or tok.pos_ != "VERB" or tok.dep_ != "relcl" or not _pluperfect(tok):
        return False
    for c in tok.children:
        if c.dep_ in ("dobj", "pobj", "prep"):
            for t in c.subtree:
                if t.like_num and re.fullmatch(r"(?:19|20)\d\d", t.text) and int(t.text) < pub_date.year:
                    return True
    return False


def _pluperfect(tok: Token) -> bool:
    """Is the trigger's verb (or the verb its noun hangs on) in the past perfect: "had been killed", "had
    attacked"?"""
    t = tok
    for _ in range(3):
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in t.children):
            return True
        if t.head == t or t.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj", "prep", "conj", "xcomp"):
            return False
        t = t.head
    return False


def _pronoun_subject(tok: Token) -> bool:
    """Is the verb's subject (or, for "arrived and shot" and "began shooting", its first verb's) a personal
    pronoun?"""
    t = tok
    for _ in range(3):
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj[0].pos_ == "PRON" and subj[0].lower_ in ("they", "he", "she", "we", "it")
        if t.dep_ not in ("conj", "xcomp") or t.head == t:
            return False
        t = t.head
    return False


def _lethal(doc: Doc, d: Draft, trig: Trigger) -> bool:
    """Did the force kill: a death figure, a killing verb, or "shot dead", "beaten to death"?"""
    return trig.outcome and trig.lemma in ("kill", "shoot", "execute", "murder", "massacre", "slaughter") or any(
        q.quantity.kind == "fatalities" for q in d.quantities) or any(
        doc[i].lower_ in ("dead", "death") and doc[i].head.i == trig.i or doc[i].lower_ == "death"
        and doc[i].head.dep_ == "prep" and doc[i].head.head.i == trig.i for i in d.clause)


def _setting_of(doc: Doc, d: Draft, drafts: list[Draft]) -> Draft | None:
    """"abducted 37 people ... in an overnight raid": an indefinite event noun after "in"/"during" in the
    sentence of a violent verb event is that event's setting, whatever the parser hung the phrase on."""
    tok = doc[d.trigger.i]
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "during") or _definite(tok) \
            or codebooks.acled_for(d.label)[0] not in _VIOLENT:
        return None
    hosts = [x for x in drafts if x.sent == d.sent and doc[x.trigger.i].pos_ == "VERB" and x.trigger.i < tok.i
             and (codebooks.acled_for(x.label)[0] in _VIOLENT
                  # "detained 45 people ... in raids across 12 provinces": the raids that made the arrests
                  or x.label == "ARREST" and tok.lemma_.lower() in _RAID_NOUNS and not d.quantities)
             and x.status == d.status]
    return hosts[-1] if hosts else None


def _raid_it_was_done_in(doc: Doc, d: Draft, drafts: list[Draft]) -> Draft | None:
    """"The students were abducted on April 12 when gunmen stormed the school": the raid told in a "when" clause of
    an abduction (or a rape) is how it was done, one event with the raiders as its perpetrators."""
    tok = doc[d.trigger.i]
    if tok.pos_ != "VERB" or tok.dep_ != "advcl" or d.label not in ("ATTACK", "ARMED_CLASH") or d.quantities \
            or not any(c.lower_ in ("when", "as") and c.dep_ in ("advmod", "mark") for c in tok.children):
        return None
    return next((x for x in reversed(drafts) if x.sent == d.sent and x.trigger.i == tok.head.i
                 and x.label in ("ABDUCT_DISSAP", "SEX_VIOL") and x.status == d.status), None)


def _crowd_met_did_it(doc: Doc, d: Draft, drafts: list[Draft]) -> bool:
    """Is the trigger a clause on the crowd that force met in an event of the same sentence ("fired tear gas at
    hundreds of supporters who blocked roads and burned tyres")?"""
    t = doc[d.trigger.i]
    while t.dep_ == "conj" and t.head != t:
        t = t.head
    if t.dep_ != "relcl" or any(a.role == "actor1" and a.sector not in ("CVL", "PRO", "RIO", None) for a in d.actors):
        return False
    crowd = t.head
    return any(x.sent == d.sent and x.label in _FORCE_ON_PROTEST and x.status == d.status and any(
        a.role == "actor2" and a.sector in ("PRO", "CVL") and a.start <= crowd.idx < a.end for a in x.actors)
        for x in drafts)


def _means_subject_of(doc: Doc, d: Draft, drafts: list[Draft]) -> Draft | None:
    """"A grenade exploded in a bar", "A suicide bomber struck a market": a verb of violence whose subject is the
    weapon or bomber of an event noun of the same sentence tells that event (its kind the noun's, the more telling)."""
    tok = doc[d.trigger.i]
    if tok.pos_ != "VERB" or codebooks.acled_for(d.label)[0] not in _VIOLENT:
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    if subj is None:
        return None
    return next((x for x in reversed(drafts) if x.sent == d.sent and x.trigger.i == subj.i and x.status == d.status
                 and codebooks.acled_for(x.label)[0] == "Explosions/Remote violence"), None)


def _damage_of(doc: Doc, d: Draft, drafts: list[Draft]) -> Draft | None:
    """"The blast also destroyed several stalls", "the shelling damaged a school": damage whose subject names
    violence told (its own trigger word) is what that violence did, not an act of its own: the event that took
    that word in."""
    if d.label != "PROPERTY_DISTRUCT" or any(a.role == "actor1" for a in d.actors):
        return None
    tok = doc[d.trigger.i]
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if subj is None and tok.dep_ in ("advcl", "ccomp", "xcomp", "oprd", "acl") and tok.head.lemma_.lower() == "leave":
        # ("the attack left dozens of houses burned": the state the violence left things in)
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if subj is None or subj.i not in _acts(doc, tok):
        return None
    # (a blast told before only when named as told: "the blast", never "another blast")
    told = _definite(subj) and not _ANOTHER.search(doc[subj.left_edge.i:subj.i].text)
    # ("an angry mob set fire to a police station": what the riot the subject names did)
    return next((x for x in reversed(drafts) if (codebooks.acled_for(x.label)[0] in _VIOLENT
                                                 or codebooks.acled_for(x.label)[0] == "Riots" and x.trigger.i == subj.i)
                 and 0 <= d.sent - x.sent <= 2 and x.status == d.status
                 and (x.trigger.i == subj.i or x.sent < d.sent and told)), None)


def _more_victims(doc: Doc, d: Draft) -> bool:
    """Are the outcome's victims told as more of others ("Dozens more were wounded", "Five others died")?"""
    tok = doc[d.trigger.i]
    doc_len = len(doc)

    def more(t: Token) -> bool:  # "dozens more", "five more", never "more than 800"
        return t.lower_ == "more" and t.i > 0 and (doc[t.i - 1].like_num or doc[t.i - 1].tag_ == "NNS") and not (
            t.i + 1 < doc_len and doc[t.i + 1].lower_ == "than")
    return any(more(t) or t.lower_ in ("other", "others") for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")
               for t in c.subtree)


_CAUSE_MARKS = frozenset({"after", "following"})


def _told_cause(doc: Doc, d: Draft, drafts: list[Draft]) -> bool:
    """Is the outcome `d` (a death, an injury) told in an "after" clause of another event's verb in its sentence
    ("rioted after a man died in custody", "set fire to the station after a student was killed"): what that event
    answers, not what it did?"""
    tok = doc[d.trigger.i]
    if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _CAUSE_MARKS for c in tok.children):
        return False
    return any(x is not d and x.sent == d.sent and x.trigger.i == tok.head.i and not x.trigger.outcome for x in drafts)


def _on_a_protest(doc: Doc, d: Draft) -> bool:
    """Is what the trigger acts on a protest itself ("raided the sit-in", "stormed the protest camp")?"""
    nouns = _lex_set("protest_event_nouns")
    # (the tokeniser splits "sit-in" in three)
    return any(doc[i].dep_ in ("dobj", "pobj", "nsubjpass") and (
        doc[i].lemma_.lower() in nouns or doc[max(0, i - 2):i + 1].text.lower() in nouns) for i in d.clause)


def _protest_met(doc: Doc, d: Draft, drafts: list[Draft]) -> Draft | None:
    """The protest that force was used against in the same sentence is one event with it: "police fired tear
    gas at teachers marching against pay cuts" is a protest with intervention, not a protest and a clash."""
    if d.label != "PEACE_PROTEST":
        return None
    tok = doc[d.trigger.i]
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and _definite(subj) and subj.pos_ == "NOUN" and not d.quantities:
        # "Police fired tear gas to disperse protesters in X. ¶ The demonstrators were rallying against a law": the
        # protest the force met, told on (not one with a place of its own elsewhere)
        own = {p.geonameid for p in d.places if p.precision != "country"}
        host = next((x for x in reversed(drafts) if x.label in _FORCE_ON_PROTEST and 1 <= d.sent - x.sent <= 2
                     and (not own or own <= {p.geonameid for p in x.places})), None)
        if host is not None:
            return host
        # "Teachers held a rally on Tuesday to demand better pay. The demonstrators marched from X to the ministry":
        # the protest just told, told on by its crowd (the march's places refine one told with none)
        if subj.lemma_.lower() in _lex_set("protest_crowd_nouns") or subj.lower_ in _lex_set("protest_crowd_nouns"):
            host = next((x for x in reversed(drafts) if x.label == "PEACE_PROTEST" and 1 <= d.sent - x.sent <= 1
                         and not _other_day(d, x)
                         and (not own or own <= {p.geonameid for p in x.places}
                              or not any(p.precision != "country" for p in x.places))), None)
            if host is not None:
                return host
    for x in reversed(drafts):
        if x.sent != d.sent:
            continue
        if x.label in ("PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST"):
            return x
        if x.label in ("ATTACK", "ARMED_CLASH") and tok in doc[x.trigger.i].subtree and any(
                a.role == "actor1" and a.sector in ("POL", "MIL", "BGD", "GOV") for a in x.actors):
            x.label = "FORCE_AGAINST_PROTEST" if _lethal(doc, x, x.trigger) else "PROTEST_WITH_INTER"
            for a in x.actors:
                if a.role == "actor2" and a.sector == "CVL":
                    a.sector = "PRO"
            for a in d.actors:  # who marched is who the force met
                if a.sector in ("CVL", "PRO"):
                    a.role, a.sector = "actor2", "PRO"
            return x
    return None


# nouns naming an incident ("in another attack"; not "another policeman was injured")
_EVENT_NOUNS = frozenset({"attack", "incident", "strike", "shooting", "assault", "raid", "ambush", "explosion", "blast",
                          "clash", "bombing", "killing"})

_REPEL_VERBS = frozenset({"repel", "repulse", "foil", "thwart", "rebuff", "resist", "counter", "beat", "push"})


def _told_again_in_place(doc: Doc, d: Draft, drafts: list[Draft]) -> Draft | None:
    """The violent event of the sentence before that a definite event noun opening this sentence names again ("The
    attack on the village of Y ..."), its own place inside the place told for it (a province holding the village)."""
    tok = doc[d.trigger.i]
    if d.anaphoric or d.negated or tok.pos_ != "NOUN" or tok.lemma_.lower() not in _EVENT_NOUNS \
            or not _definite(tok) or tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ == "NNS":
        return None
    if _ANOTHER.search(tok.sent.text) or not d.places or any(p.precision == "country" for p in d.places):
        return None
    prev = next((x for x in reversed(drafts) if x.sent < d.sent), None)
    if prev is None or d.sent - prev.sent != 1 or prev.status != d.status \
            or codebooks.acled_for(prev.label)[0] not in _VIOLENT or not _kin(prev.label, d.label):
        return None
    if all(any(_contains(big, p) for big in prev.places) for p in d.places):
        return prev
    return None


def _answered_attack(doc: Doc, d: Draft, drafts: list[Draft]) -> Draft | None:
    """The violent event told in this or the last two sentences that this trigger's verb fought off, by its object
    naming it again ("repelled the attack", "foiled the ambush"), when no other place is told for it."""
    tok = doc[d.trigger.i]
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _REPEL_VERBS or d.negated:
        return None
    if not any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in _EVENT_NOUNS and _definite(c)
               for c in tok.children):
        return None
    own = {p.geonameid for p in d.places if p.precision != "country"}
    return next((prev for prev in reversed(drafts) if 0 <= d.sent - prev.sent <= 2 and prev.status == d.status
                 and codebooks.acled_for(prev.label)[0] in _VIOLENT
                 and (not own or own <= {p.geonameid for p in prev.places})), None)


# two sides firing at each other ("forces traded heavy fire, killing three people"): a battle whoever died
_RECIPROCAL_FIRE = frozenset({"exchange fire", "trade fire", "exchange gunfire", "trade gunfire", "exchange of fire",
                              "exchange of gunfire"})


def _joint_label(d: Draft) -> str:
    """Attack or clash once two mentions are one event: violence on civilians is an attack, not a battle."""
    if d.label == "ARMED_CLASH" and any(a.role == "actor2" and a.sector in ("CVL", "PRO", "MED") for a in d.actors) \
            and not any(a.role == "actor2" and a.sector in STATE_SECTORS for a in d.actors):
        return "ATTACK"
    if _fought_the_state(d):
        return "ARMED_CLASH"
    return d.label


def _fought_the_state(d: Draft) -> bool:
    """An attack, by armed men or no one named, whose only parties hit are the state's forces: "a police officer was
    wounded when gunmen opened fire on a patrol" is a fight with them (ACLED: a battle), whichever mention was typed
    first."""
    return d.label == "ATTACK" and "ARMED_CLASH" in d.trigger.labels \
        and any(a.role == "actor2" and a.sector in _STATE_FORCES for a in d.actors) \
        and not any(a.role == "actor2" and a.sector not in _STATE_FORCES for a in d.actors) \
        and all(a.sector in _ARMED_NONSTATE for a in d.actors if a.role == "actor1")


def _same_speaker(a: list[Source], b: list[Source]) -> bool:
    if not a or not b:
        return not a and not b
    x, y = a[-1].name.lower(), b[-1].name.lower()
    return x in y or y in x


_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


_SUICIDE_PAIR = {"SUIC_BOMB", "REM_EXPLOS"}


def _denial_of(doc: Doc, d: Draft, prev: Draft) -> bool:
    """A denied event that retells the one just told: its words' kind, at most two sentences on, no figure, at the
    place told before (named again or "the village") and with no day of its own but the denial's."""
    if d.status != "denied" or prev.status == "denied" or d.quantities or not 0 <= d.sent - prev.sent <= 2 \
            or d.label != prev.label and codebooks.acled_for(d.label) != codebooks.acled_for(prev.label):
        return False
    if d.places and not ({p.name for p in d.places} & {p.name for p in prev.places}):
        return False
    if not d.places and not d.place_anaphor:
        return False  # (no place told: the rule above, for the very next sentence)
    if d.timex is not None and _in(d.clause, doc, d.timex.start) and not (
            prev.timex is not None and d.timex.date == prev.timex.date):
        return False  # "denied shelling X on Friday" after Monday's shelling: another day's shelling
    return True


def _denied_account_of(doc: Doc, d: Draft, kept: list[Draft]) -> Draft | None:
    """The event a denial retells in its own account, however far before it: a denied event of no place but a
    country's, no figure and no day of its own, is the latest placed event of its type told before (not denied, of
    that country): "saying it had struck a camp" is the strike it denies, told as its sayer saw it."""
    if d.status != "denied" or d.quantities or d.place_anaphor or any(p.precision != "country" for p in d.places) \
            or d.timex is not None and _in(d.clause, doc, d.timex.start):
        return None
    kind = codebooks.acled_for(d.label)[0]
    last = next((x for x in reversed(kept) if codebooks.acled_for(x.label)[0] == kind), None)
    # (one of that label with no place of its own is the placed one told on, "The jet dropped two bombs"; one of
    # another label, "had abducted children" after "had raped women in X", is an act of its own the denial answers)
    host = next((x for x in reversed(kept) if last is not None and x.label == last.label
                 and any(p.precision != "country" for p in x.places)), None)
    if host is None or host.status == "denied":
        return None
    if d.places and not {p.country for p in d.places} & {p.country for p in host.places}:
        return None  # a denial of such an act in another country
    return host


def _kin(label_a: str, label_b: str) -> bool:
    """Two labels that can name one event: the same ACLED type, or two kinds of violence ("the clash" ...
    "the shooting")."""
    ta, tb = codebooks.acled_for(label_a)[0], codebooks.acled_for(label_b)[0]
    return ta == tb or (ta in _VIOLENT and tb in _VIOLENT)


def _antecedent_place(doc: Doc, pos: int) -> list[Place]:
    """The last town-level place named before `pos`, in its paragraph or the one before ("... hit the town of
    Batken. X denied firing on the town.")."""
    text = _dc.text(doc)
    start = paragraph_bounds(text, pos)[0]
    start = paragraph_bounds(text, max(0, start - 3))[0] if start > 0 else 0
    # (a locality the gazetteer lacks - "the town of X", located at its district - is a town too)
    cands = [p for p in _dc.ext(doc, "places") or [] if start <= p.start < pos and not _in_dateline(doc, p.start)
             and (PRECISION_RANK.get(p.precision or "", 4) == 0
                  or p.geonameid is None and p.precision in ("district", "province") and _introduced_as_town(doc, p))
             and not _metonym(doc, p)]
    return [cands[-1]] if cands else []


def _introduced_as_town(doc: Doc, p: Place) -> bool:
    """"the town of X", "X village": a settlement phrase names the unknown place a town."""
    text = _dc.text(doc)
    before = text[max(0, p.start - 25):p.start].lower()
    after = text[p.end:p.end + 12].lower()
    nouns = lexicon()[0].get("place_anaphors") or ()
    return any(before.endswith(f"{n} of ") or after.startswith(f" {n}") for n in nouns)


def _party_country(doc: Doc, p: Place) -> bool:
    """A country named as the first word(s) of a party's name ("Pakistan Army", "Sudan's army")."""
    if p.precision != "country":
        return False
    return any(doc[m.start].idx == p.start and m.sector and m.end - m.start > 1 and m.country == _iso3(p.country)
               for m in _dc.ext(doc, "actor_mentions") or [])


def _iso3(iso2: str | None) -> str | None:
    from ..actors import iso3
    return iso3(iso2)


def _main_country(doc: Doc) -> Place | None:
    """The country most of the article's specific places lie in, as a country-level place."""
    from collections import Counter

    places = _dc.ext(doc, "places") or []
    # where the report was filed says nothing of where things happened
    counts = Counter(p.country for p in places if p.country and p.precision != "country"
                     and not _in_dateline(doc, p.start))
    if not counts:
        # "Miners blocked roads in southern Peru": no town the gazetteer knows, but the one country the story names
        # (a country's own name, not a name the gazetteer lacks placed at its country)
        told = {p.country for p in places if p.country and p.precision == "country" and p.geonameid
                and (p.feature_code or "").startswith("PCL") and not _in_dateline(doc, p.start)}
        if len(told) != 1:
            return None
        counts = Counter(told)
    # named countries break near-ties between two countries' towns (a cross-border story told from one side)
    named = Counter(p.country for p in places if p.country and p.precision == "country")
    iso2 = max(counts, key=lambda c: (counts[c] + 0.5 * named[c], named[c]))
    for p in places:
        if p.country == iso2 and p.precision == "country":
            return Place(text=p.text, start=p.start, end=p.end, name=p.name, geonameid=p.geonameid,
                         feature_code=p.feature_code, country=p.country, lat=p.lat, lon=p.lon, precision="country")
    from ..geo import get_gazetteer

    entry = get_gazetteer().country(iso2)
    if entry is None:
        return None
    return Place(text=entry.name, start=0, end=0, name=entry.name, geonameid=entry.geonameid,
                 feature_code=entry.feature_code, country=iso2, lat=entry.lat, lon=entry.lon, precision="country")


def _filed_country(doc: Doc) -> Place | None:
    """The country of the place the report was filed from (its dateline, in the text or read from the head), for
    events a story places nowhere: only for a story that names no place outside its dateline and no party or
    people of another country ("BEIRUT - Syrian troops shelled ..." is no story of Lebanon)."""
    from ..geo.component import dateline_place

    filed = dateline_place(doc)
    if filed is None or not filed.country:
        return None
    # (a lake or a region of several countries, "Lake Chad", the Sahel, places the story in none of them)
    if any(not _in_dateline(doc, p.start) and p.country for p in _dc.ext(doc, "places") or []):
        return None
    if any(cc != filed.country and not _in_dateline(doc, a) for a, _, cc in _dc.ext(doc, "demonyms") or []):
        return None
    if any(not _in_dateline(doc, p.start) and p.country and p.country != filed.country
           for p in _dc.ext(doc, "geo_adjectives") or []):
        return None
    iso3 = _iso3(filed.country)
    # ("N'DJAMENA - Boko Haram fighters attacked a Chadian army position": an armed group acts across borders; the
    # state's own forces of the filed country place the story there)
    others = [m for m in _dc.ext(doc, "actor_mentions") or []
              if m.country and m.country != iso3 and not _in_dateline(doc, doc[m.start].idx)]
    home_forces = any(m.country == iso3 and m.sector in _STATE_FORCES for m in _dc.ext(doc, "actor_mentions") or [])
    if any(not (home_forces and m.sector in _NON_STATE_ARMED) for m in others):
        return None
    return _country_place(iso3) if iso3 else None


_AT_HOME = frozenset({"CHANGE_TO_GROUP_ACT", "ARREST", "AGREEMENT"})


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|at|inside|across)\s+(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|"
                              r"central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?$", re.I)


def _paragraph_country(doc: Doc, pos: int) -> Place | None:
    """The country every place named in the paragraph around `pos` lies in (a country-level place); None when the
    paragraph names none or places of several countries."""
    a, b = paragraph_bounds(_dc.text(doc), pos)
    # (places the paragraph puts things in, "in central Mali": not a country named as a party, "Pakistan Rangers",
    # nor one that acts, "Pakistan said", nor "fled toward the border with Niger")
    text = _dc.text(doc)
    ccs = {p.country for p in _dc.ext(doc, "places") or [] if a <= p.start < b and p.country
           and _LOCATIVE_BEFORE.search(text, max(0, p.start - 40), p.start)
           and not _in_dateline(doc, p.start) and not _party_country(doc, p) and not _metonym(doc, p)}
    if len(ccs) != 1:
        return None
    iso3 = _iso3(next(iter(ccs)))
    return _country_place(iso3) if iso3 else None


def _country_place(iso3: str) -> Place | None:
    """A country (ISO alpha-3) as a country-level place."""
    import pycountry

    from ..geo import get_gazetteer

    c = pycountry.countries.get(alpha_3=iso3)
    entry = get_gazetteer().country(c.alpha_2) if c is not None else None
    if entry is None:
        return None
    return Place(text=entry.name, start=0, end=0, name=entry.name, geonameid=entry.geonameid,
                 feature_code=entry.feature_code, country=c.alpha_2, lat=entry.lat, lon=entry.lon, precision="country")


def _coordinated(doc: Doc, places: list[Place]) -> bool:
    """Are some of the places a list ("shelled X, Y and Z", "in X and in Y")? Places that only situate one
    another ("in X district, opposite the Thai district of Y") are one event's places."""
    roots = []
    for p in places:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is not None:
            roots.append(span.root)
    ids = {r.i for r in roots}
    for r in roots:
        t = r
        for _ in range(4):
            if t.dep_ != "conj" and not (t.dep_ == "pobj" and t.head.dep_ == "conj"):
                break
            t = t.head if t.dep_ == "conj" else t.head.head
            if t.i in ids or any(c.dep_ == "pobj" and c.i in ids for c in t.children):
                # "the road between X and Y", "the highway linking the municipalities of X and Y": the ends of a
                # route, one place of one event
                route = _lex_set("route_words")
                if any(a.lemma_.lower() in route for a in list(t.ancestors)[:4]):
                    continue
                return True
    return False


def _event_country(places: list[Place]) -> str | None:
    """The alpha-3 country an event's places all lie in, None when they lie in none or in several."""
    from ..actors import iso3

    countries = {p.country for p in places if p.country}
    return iso3(next(iter(countries))) if len(countries) == 1 else None


def _local_actors(ev: Event) -> None:
    """Civilians, protesters, police and officials with no stated country belong to where the event is."""
    from ..actors import iso3

    countries = {l.get("country") for l in ev.locations if l.get("country")}
    if len(countries) != 1:
        return
    here = iso3(next(iter(countries)))
    ev.actors = [Actor(a.name, here, a.sector, a.role, a.start, a.end)
                 if a.country is None and (a.sector in ("CVL", "PRO", "RIO", "POL", "GOV", "MED", "REB", "MLT", "UAG")
                                           # ("a government helicopter gunship", "government troops": the forces
                                           # of the state where they act)
                                           or a.sector == "MIL" and _GOVERNMENT_FORCES.search(a.name))
                 else a
                 for a in ev.actors]


_GOVERNMENT_FORCES = re.compile(r"\bgovernment\b", re.I)


def _same_figure(a, b) -> bool:
    """The same figure told twice (a headline and its lead): same kind and the same low / best / high."""
    return a.kind == b.kind and (a.low, a.best, a.high) == (b.low, b.best, b.high)


_CLAIMED_EVENT = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:responsibility\s+for\s+)?(?:an?|the)\s+(?:[\w-]+\s+)?"
                            r"(?:attack|strike|assault|bombing|operation)\b", re.I)


def _merge_same_incident(events: list[Event], placed: dict[int, list[Place]] | None = None,
                         apart: set[int] = frozenset()) -> list[Event]:
    """One event per type, place and day: a headline and its lead, or two sentences on one strike. (An event told
    as after another, `apart`: "Hours after the riot, gunmen attacked a police station", is none told before.)"""
    out: list[Event] = []
    index: dict[tuple, list[Event]] = {}
    for ev in events:
        if not ev.locations or id(ev) in apart:
            out.append(ev)
            continue
        # a group's claim of an incident others report is the same incident ("JNIM said its fighters killed ...")
        key = (ev.acled.get("sub_event_type"), ev.date, "reported" if ev.status == "claimed" else ev.status,
               ev.historical)
        # the same place, or one inside the other ("a village in Sagaing Region" ... "Kani Township"); a clock
        # time told once ("at around 3:15 pm") does not make another strike, two different ones do
        places = placed or {}
        first = next((x for x in index.get(key, ()) if (x.time is None or ev.time is None or x.time == ev.time)
                      and (_same_or_within(places.get(id(x)), places.get(id(ev))) or _told_on(x, ev, places)
                           or _around(x, ev, places) or _retold(x, ev, places)) and not _other_parties(x, ev)
                      and not _claimed_other_toll(x, ev)), None)
        if first is None and (ev.status == "claimed" or ev.evidence and _CLAIMED_EVENT.search(ev.evidence[0].text)) \
                and ev.acled.get("event_type") in _VIOLENT and not ev.historical:
            # "a drone struck a tanker in the Red Sea ..., hours after the Houthis claimed an attack on a vessel in
            # the area": a group's claim, in its own words, of the violence reported that day at that place
            first = next((x for x in out if x.date == ev.date and x.acled.get("event_type") in _VIOLENT
                          and x.status == "reported" and not x.historical
                          and (_same_or_within(places.get(id(x)), places.get(id(ev)))
                               or _country_of_place(places.get(id(ev)), places.get(id(x))))
                          and not _clashing_tolls(x, ev) and not _claimed_other_toll(x, ev)), None)
        if first is None:
            index.setdefault(key, []).append(ev)
            out.append(ev)
            continue
        if _finer(places.get(id(ev)), places.get(id(first))):
            first.locations = list(ev.locations)
            places[id(first)] = places.get(id(ev))
        first.evidence += [e for e in ev.evidence if e not in first.evidence]
        for q in ev.quantities:
            if not any(_same_figure(x, q) for x in first.quantities):
                first.quantities.append(q)
        for a in ev.actors:
            if a.role == "actor1" and a.sector in _NON_STATE_ARMED and not any(x.role == "actor1" for x in first.actors) \
                    and not any(x.country == a.country and x.sector == a.sector for x in first.actors):
                # (the other report names who did it, the first did not: "Gunmen carried out a series of attacks")
                first.actors.insert(0, Actor(a.name, a.country, a.sector, "actor1", a.start, a.end))
            elif a.country and not any(x.country == a.country for x in first.actors) \
                    or a.role == "actor1" and ev.status == "claimed" and a.sector in _NON_STATE_ARMED \
                    and not any(x.sector == a.sector and x.country in (a.country, None) for x in first.actors):
                # (and the group that claims it, beside the attackers the report names)
                first.actors.append(Actor(a.name, a.country, a.sector, "associated", a.start, a.end))
        first.time = first.time or ev.time
        if first.status == "claimed" and ev.status == "reported":
            first.status = "reported"  # told by others too, not only in the claim
    for i, ev in enumerate(out, 1):
        ev.id = ev.id.rsplit("-e", 1)[0] + f"-e{i}"
    return out


_OVER_THE_EVENT = re.compile(r"\b(?:in connection with|over|for (?:their|his|her) (?:role|part) in|following) the "
                             r"(?:\w+ )?(?:violence|unrest|riots?|rioting|attacks?|clashes|protests?|demonstrations?|"
                             r"bombing|killings?|looting|arson|shooting)\b", re.I)
# (and where the force that fired stood: "Israeli artillery positioned in Metula shelled Tyre", "tanks firing from X")
_LAUNCHED_FROM = re.compile(r"\b(?:(?:fired|firing|launched|launching|shot|shooting|lobbed)\s+from|(?:positioned|stationed|"
                            r"deployed|based)\s+(?:in|at|near))\s+(?:the\s+)?(?:(?:northern|southern|eastern|"
                            r"western|central)\s+)?$", re.I)
_FROM_DIRECTION = re.compile(r"\bfrom (?:the )?direction of (?:the )?(?:(?:town|city|village|area) of )?$", re.I)
_PARTY_MODIFIER_AFTER = re.compile(r"[-\u2010\u2011](?:based|backed|led|allied|aligned|funded|supported|sponsored|"
                                   r"controlled|held|run|born|trained)\b")
_SCENE_OPENING = re.compile(r"\s*(?:In|At|Near|Outside)\s+(?:the\s+)?(?:[a-z-]+\s+)?")
_COMMA_AFTER = re.compile(r"(?:\s*\([^()]{1,40}\))?\s*,")
_PREP_BEFORE = re.compile(r"\b(?:in|near|at|outside|inside)\s+(?:the\s+)?$")
# session 20 (h7): "several dozen residents of Sotk gathered ...": where the people of the party live
_HOME_OF_BEFORE = re.compile(r"\b(?:residents|inhabitants|villagers)\s+of\s+(?:the\s+(?:village|town)\s+of\s+)?$")
_ANOTHER = re.compile(r"\b(?:separate|separately|another|other|second|third|also|elsewhere|meanwhile)\b", re.I)


def _anchor_of(p: Place) -> str | None:
    """The GeoNames id of the place a name the gazetteer lacks was located at (the resolver's context fallback)."""
    alt = (p.alternatives or [{}])[0] if not p.geonameid else {}
    return str(alt.get("geonameid")) if alt.get("relation") == "anchor" and alt.get("geonameid") else None


def _around(x: Event, ev: Event, places: dict[int, list[Place]]) -> bool:
    """"Mortar shells killed four people in Mogadishu ... The shells landed in Wadajir district": a place the
    gazetteer lacks, located at a town (or area) the other event names, told within a few sentences of it, with no
    clashing toll, is that event's place told more finely."""
    a, b = _in_a_country(places.get(id(x)) or []), _in_a_country(places.get(id(ev)) or [])
    if len(a) != 1 or len(b) != 1 or not x.evidence or not ev.evidence:
        return False
    pa, pb = a[0], b[0]
    linked = (pa.geonameid and _anchor_of(pb) == str(pa.geonameid)) or (pb.geonameid and _anchor_of(pa) == str(pb.geonameid)) \
        or (not pa.geonameid and not pb.geonameid and _anchor_of(pa) and _anchor_of(pa) == _anchor_of(pb))
    if not linked or _clashing_tolls(x, ev):
        return False
    gap = ev.evidence[0].start - max(e.end for e in x.evidence if e.start <= ev.evidence[0].start) \
        if any(e.start <= ev.evidence[0].start for e in x.evidence) else 10 ** 6
    return gap <= 600 and not any(_ANOTHER.search(e.text) for e in ev.evidence[:1])


@lru_cache(maxsize=1)
def _retelling_opening() -> re.Pattern:
    words = sorted(_lex_set("retelling_nouns"), key=len, reverse=True)
    return re.compile(r"The (?:[\w-]+ ){0,2}?(?:" + "|".join(map(re.escape, words)) + r")s?\b")


def _retold(x: Event, ev: Event, places: dict[int, list[Place]]) -> bool:
    """"A junta air strike killed 11 civilians in Kani township ... ¶ The jet bombed the village of Nyaung Pin Thar
    at around 2 p.m.": a sentence that opens on the definite weapon or act of the event of the same type and day
    just told, in the same country, with no toll of its own against it, tells that event on at another place when
    one of the two places is a name the gazetteer lacks (a township, a village), so that they cannot be shown to
    nest (not when the text says it is another: "another", "also", "elsewhere")."""
    a, b = _in_a_country(places.get(id(x)) or []), _in_a_country(places.get(id(ev)) or [])
    if not a or not b or {p.country for p in a} != {p.country for p in b} or len({p.country for p in a}) != 1:
        return False
    if all(p.geonameid for p in a) and all(p.geonameid for p in b):
        return False  # two known places that do not nest ("in Niassa province ... the attack on Pemba"): two events
    if not x.evidence or not ev.evidence or codebooks.acled_for(x.case_label or "")[0] not in _VIOLENT:
        return False
    gap = ev.evidence[0].start - max(e.end for e in x.evidence)
    first = ev.evidence[0].text
    if not 0 <= gap <= 300 or not _retelling_opening().match(first) or _ANOTHER.search(first):
        return False
    ax, ae = {(y.country, y.sector) for y in x.actors if y.role == "actor1"}, \
        {(y.country, y.sector) for y in ev.actors if y.role == "actor1"}
    return (not ae or ae <= ax) and not _clashing_tolls(x, ev)


def _told_on(x: Event, ev: Event, places: dict[int, list[Place]]) -> bool:
    """"Gunmen opened fire on a party in Culiacán ... ¶ The attackers fired on the guests at 11:15 pm": the same
    type, day and status told on in the next sentences, where only the country could be placed, is the same
    incident (not when the text says it is another: "in a separate attack", "also", "elsewhere")."""
    a, b = _in_a_country(places.get(id(x)) or []), _in_a_country(places.get(id(ev)) or [])
    if codebooks.acled_for(x.case_label or "")[0] not in _VIOLENT:
        return False  # arrests, seizures: two told in a row are more often two
    kinds = {q.kind for q in x.quantities} & {q.kind for q in ev.quantities}
    if kinds:
        return False  # each with its own toll: two incidents
    ax, ae = {(a.country, a.sector) for a in x.actors}, {(a.country, a.sector) for a in ev.actors}
    if not (ae <= ax or ax <= ae):
        return False  # another party told ("the rangers returned fire"; "says the other side fired first")
    # (only the detail told after a placed event: a country-level summary before specific ones - "47 clashes on
    # the front line ... near X, troops repelled 11 attacks" - keeps them apart)
    if not a or not b or not all(p.precision == "country" for p in b) or all(p.precision == "country" for p in a):
        return False
    if {p.country for p in a} != {p.country for p in b} or len({p.country for p in a}) != 1:
        return False
    if not x.evidence or not ev.evidence:
        return False
    gap = ev.evidence[0].start - max(e.end for e in x.evidence)
    return 0 <= gap <= 600 and not _ANOTHER.search(ev.evidence[0].text) and not any(
        _ANOTHER.search(e.text) for e in ev.evidence[:1])


# "attacks on three villages", "in four communities", "across several districts": a lead that counts the places
# its violence struck
_PLACES_COUNTED = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple)\s+(?:[\w-]+\s+)?"
                             r"(?:villages|communities|towns|settlements|localities|hamlets|districts|areas|locations|"
                             r"neighbou?rhoods|provinces|states|regions|counties|camps|cities)\b", re.I)


def _plural_event_noun(ev: Event) -> bool:
    """Is the event's trigger an event noun of the lexicon in the plural ("attacks", "raids", "clashes")?"""
    word = (ev.trigger or "").lower()
    nouns = lexicon()[1]
    return word.endswith("s") and ((word[:-1], "NOUN") in nouns or word.endswith("es") and (word[:-2], "NOUN") in nouns)


def _drop_summary_leads(events: list[Event], placed: dict[int, list[Place]], apart: set[int]) -> list[Event]:
    """Session 27 (h3): "Attacks on three villages in Borno State killed 12 people on Sunday ... ¶ In Kaga, gunmen
    killed five farmers. In Gubio, four people were shot dead ... Militants also killed three herders near
    Magumeri": a lead that sums up (a plural event noun, or the places it struck counted) the violence that later
    sentences tell place by place is no event of its own when the details' tolls add up to its toll: kept, it
    would count the dead twice, or swallow the first detail (ACLED codes one event per place). When they do not
    add up (a place left untold), the lead stays, but `apart`: no detail told after it merges into it."""
    out = list(events)
    for lead in events:
        tolls = [q for q in lead.quantities if q.kind in ("fatalities", "injuries") and not q.cumulative]
        if lead.historical or not tolls or not lead.evidence or lead.acled.get("event_type") not in _VIOLENT \
                or not (_plural_event_noun(lead) or any(_PLACES_COUNTED.search(e.text) for e in lead.evidence)):
            continue
        where = placed.get(id(lead)) or []
        countries = {p.country for p in where if p.country}
        start = lead.evidence[0].start
        details = [ev for ev in events if ev is not lead and ev.evidence and 0 < ev.evidence[0].start - start <= 2000
                   and ev.acled.get("event_type") in _VIOLENT and not ev.historical and ev.date == lead.date
                   and ev.status == lead.status
                   # (each at a place of its own inside the lead's, or no place but the lead's country)
                   and (placed.get(id(ev)) or [])
                   and {p.country for p in placed.get(id(ev)) or [] if p.country} <= countries
                   and not _ids(placed.get(id(ev)) or []) == _ids(where)]
        for q in tolls:
            parts = [y for ev in details for y in ev.quantities if y.kind == q.kind and not y.cumulative]
            low = q.low if q.low is not None else q.best
            high = q.high if q.high is not None else q.best
            total = sum(_figure_value(y) or 0 for y in parts)
            if len(parts) >= 2 and low is not None and high is not None and low <= total <= high:
                out.remove(lead)
                break
            if len(parts) >= 2:
                apart.add(id(lead))
    return out


def _fold_leads(events: list[Event], placed: dict[int, list[Place]], loose: dict[int, str]) -> list[Event]:
    """A lead told with no day of its own ("Jihadists killed 30 civilians in central Mali, officials said on
    Tuesday") and the detail told next with its day and village ("Gunmen stormed the market in Boni on Monday")
    are one event: same kind, same status, the detail's place inside the lead's, the detail's day at most a day
    before the lead's."""
    out = list(events)
    for lead in events:
        if id(lead) not in loose or lead not in out or not lead.date:
            continue
        where = placed.get(id(lead)) or []
        for ev in out:
            # (the same sub-event type; or, for violence, the same event type: "bandits abducted 43 people and
            # killed seven in X ... ¶ The gunmen stormed the community late on Saturday")
            same_kind = ev.acled.get("sub_event_type") == lead.acled.get("sub_event_type") or (
                ev.acled.get("event_type") == lead.acled.get("event_type") == "Violence against civilians")
            if ev is lead or id(ev) in loose or not ev.date or not same_kind \
                    or ev.status != lead.status or ev.historical != lead.historical:
                continue
            gap = (dt.date.fromisoformat(lead.date) - dt.date.fromisoformat(ev.date)).days
            inner = placed.get(id(ev)) or []
            inside = bool(where and inner) and (
                all(p.precision == "country" for p in where) and {p.country for p in inner} == {where[0].country}
                or _finer(inner, where) or _ids(inner) == _ids(where)
                or len(where) == 1 and set(_ids(where)) <= set(_ids(inner))
                # (a place the gazetteer lacks, "a camp along the Brazza river", placed in the lead's country)
                or all(p.geonameid is None and p.precision != "country" for p in inner)
                and {p.country for p in inner} == {p.country for p in where})
            # a lead dated only by publication folds only into what the same speaker tells
            same_voice = loose[id(lead)] == "said" or _same_speaker(ev.sources, lead.sources)
            # ("Separatists killed four miners in X, the military said on Wednesday. ¶ The miners were shot dead at a
            # camp on Monday": a lead dated by its saying tells an event of some days before, when the detail gives
            # no other figure of its own)
            near = 0 <= gap <= 1 or loose[id(lead)] == "said" and 0 <= gap <= 6 and not any(
                q.kind == y.kind and not _same_figure(q, y) for q in ev.quantities for y in lead.quantities)
            if near and inside and same_voice and abs(ev.evidence[0].start - lead.evidence[0].start) < 1200 \
                    and not _ANOTHER.search(ev.evidence[0].text):  # "In another engagement, ...": not the lead's
                ev.evidence += [e for e in lead.evidence if e not in ev.evidence]
                for q in lead.quantities:
                    if not any(_same_figure(x, q) for x in ev.quantities):
                        ev.quantities.append(q)
                for a in lead.actors:
                    if not any(x.country == a.country and x.sector == a.sector for x in ev.actors):
                        taken = any(x.role == a.role for x in ev.actors)
                        ev.actors.append(Actor(a.name, a.country, a.sector, "associated" if taken else a.role,
                                               a.start, a.end))
                ev.sources = ev.sources if len(ev.sources) >= len(lead.sources) else lead.sources
                out.remove(lead)
                break
    for i, ev in enumerate(out, 1):
        ev.id = ev.id.rsplit("-e", 1)[0] + f"-e{i}"
    return out


def _fold_retold_tolls(events: list[Event], placed: dict[int, list[Place]], loose: dict[int, str]) -> list[Event]:
    """"Two rangers were killed when a bomb exploded in Rueso district on Monday ... ¶ Two rangers, Sgt X and
    Pvt Y, died at the scene": violence told again a few sentences on, with no day or town of its own and only
    the toll of an event told before (the same figure of the same kind), is that event's toll told again."""
    out: list[Event] = []
    for ev in events:
        where = placed.get(id(ev)) or []
        tolls = [q for q in ev.quantities if q.kind in ("fatalities", "injuries")]
        host = None
        if id(ev) in loose and not ev.historical and tolls and all(p.precision == "country" for p in where) \
                and codebooks.acled_for(ev.case_label or "")[0] in _VIOLENT and ev.evidence \
                and not any(_ANOTHER.search(e.text) for e in ev.evidence[:1]):
            host = next((x for x in reversed(out) if codebooks.acled_for(x.case_label or "")[0] in _VIOLENT
                         and not x.historical and x.evidence
                         and any(p.precision != "country" for p in placed.get(id(x)) or [])
                         and 0 <= ev.evidence[0].start - x.evidence[0].start <= 1500
                         and all(any(_same_figure(q, y) for y in x.quantities) for q in tolls)), None)
        if host is None:
            out.append(ev)
            continue
        host.evidence += [e for e in ev.evidence if e not in host.evidence]
    for i, ev in enumerate(out, 1):
        ev.id = ev.id.rsplit("-e", 1)[0] + f"-e{i}"
    return out


_FOLLOW_TYPES = _VIOLENT | {"Strategic developments"}
_ARMED_SECTORS = STATE_SECTORS | {"REB", "MLT", "UAG", "PMC"}
_FOLLOW_SUBS = frozenset({"Looting/property destruction", "Disrupted weapons use"})


def _another_group(host: Event, a: Actor) -> bool:
    """Is a non-state armed party told on ("groups accused armed volunteers of attacking their villages")
    another group than the one the host event names ("militants fired rockets at a village")? A militia is not
    the rebels told before, nor the rebels a militia; "the gunmen" are whoever the host named. An unidentified
    host ("gunmen") takes the group named later as its associate ("the TTP claimed the attack")."""
    if a.sector not in ("REB", "MLT", "UAG"):
        return False
    own = [y for y in host.actors if y.sector in ("REB", "MLT", "UAG")]
    return any(y.sector != "UAG" and y.sector != a.sector for y in own) or a.sector == "UAG" and bool(own)


_DENIED_BEFORE = re.compile(r"\b(?:denied|denies|deny|rejected|rejects|dismissed|dismisses)\b")


def _date_counter_accounts(doc: Doc, events: list[Event]) -> list[Event]:
    """Session 26 (h7): "Pakistan's ISPR denied the Indian account and said Indian troops had fired first in the
    Nikial sector, killing a woman": the other side's version, told with no day of its own in the sentence of its
    denial, happened when the account it denies says (not on the day of publication)."""
    text = _dc.text(doc)
    for ev in events:
        if ev.date_precision != "publication" or not ev.evidence or ev.historical \
                or ev.acled.get("event_type") not in _VIOLENT:
            continue
        start = ev.evidence[0].start
        lo = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1)
        if not _DENIED_BEFORE.search(text, lo, start):
            continue
        prior = [x for x in events if x is not ev and x.evidence and x.evidence[0].start < lo
                 and x.date_precision not in (None, "publication") and x.date and not x.historical
                 and x.acled.get("event_type") in _VIOLENT and lo - x.evidence[0].start <= 1500]
        if prior:
            x = max(prior, key=lambda x: x.evidence[0].start)
            ev.date, ev.date_end, ev.date_precision = x.date, x.date_end, x.date_precision
    return events


def _fold_continuations(doc: Doc, events: list[Event], placed: dict[int, list[Place]],
                        loose: dict[int, str]) -> list[Event]:
    """"Gunmen ambushed a police convoy in X on Tuesday, killing eight. ¶ The attackers blocked the road with
    burning vehicles before opening fire." / "Two workers were injured, it said." / "A faction of the TTP claimed
    the attack, saying its fighters had killed seven policemen.": violence, damage or a seizure told next, within a
    few sentences, with no place but the country and no day but the publication's, the statement's or the one just
    told, is the event told before, told on (a claim or a denial of it included); not when the text says it is
    another ("in a separate attack", "elsewhere"), nor a second toll of the same kind from the same voice."""
    out: list[Event] = []
    for ev in events:
        where = placed.get(id(ev)) or []
        host = None
        if where and all(p.precision == "country" for p in where) and not ev.historical and ev.evidence \
                and ev.acled.get("event_type") in _FOLLOW_TYPES \
                and (ev.acled.get("event_type") in _VIOLENT or ev.acled.get("sub_event_type") in _FOLLOW_SUBS) \
                and not any(_ANOTHER.search(e.text) for e in ev.evidence[:1]):
            start = ev.evidence[0].start
            # (the nearest event told before that has a place of its own: a country-level one between is no host)
            prior = [x for x in out if x.evidence and x.evidence[0].start < start
                     and any(p.precision != "country" for p in placed.get(id(x)) or [])]
            x = max(prior, key=lambda x: x.evidence[0].start) if prior else None
            if x is not None and _abroad_between(x, start, out, placed):
                x = None  # "... seized the town of X. ¶ Elsewhere, in Mali, jihadists attacked a bus ... The army
                # said it had launched air strikes": the story moved to another country after the placed event
            if x is not None and x.acled.get("event_type") in _VIOLENT and not x.historical and x.date \
                    and (id(ev) in loose or ev.date == x.date):
                xs = placed.get(id(x)) or []
                ends = [e.end for e in x.evidence if e.start < start]
                if xs and any(p.precision != "country" for p in xs) and {p.country for p in xs} >= {p.country for p in where} \
                        and ends and start - max(ends) <= 700 \
                        and (not _clashing_tolls(x, ev) or _other_sides_dead(x, ev)) and not _other_parties(x, ev) \
                        and not _responding_force(x, ev) and not _claimed_other_toll(x, ev):
                    host = x
        if host is None:
            out.append(ev)
            continue
        host.evidence += [e for e in ev.evidence if e not in host.evidence]
        kinds = {q.kind for q in host.quantities}
        for q in ev.quantities:
            if q.kind in kinds and any(_other_voice_toll(host, ev, y, q) for y in host.quantities if y.kind == q.kind):
                _widen(host, q)
        # (and the other side's dead of a battle: a group none of the host's figures of that kind counts)
        host.quantities += [q for q in ev.quantities if q.kind not in kinds or _other_sides_dead(host, ev) and not any(
            _same_group(q.item, y.item) for y in host.quantities if y.kind == q.kind)]
        for a in ev.actors:
            # (an armed party the host lacks: "Pakistan Rangers started firing" told after "Pakistani troops")
            if a.country and a.sector in _ARMED_SECTORS and not any(
                    y.country == a.country and y.sector == a.sector for y in host.actors) \
                    and not _another_group(host, a):
                host.actors.append(Actor(a.name, a.country, a.sector, "associated", a.start, a.end))
        host.time = host.time or ev.time
        if len(ev.sources) > len(host.sources):
            host.sources = list(ev.sources)  # who tells the detail ("..., the agency reports, citing local media")
        if ev.status == "denied" and host.status in ("reported", "claimed"):
            host.status = "disputed"  # one says it happened, the other denies it
    for i, ev in enumerate(out, 1):
        ev.id = ev.id.rsplit("-e", 1)[0] + f"-e{i}"
    return out


# what ACLED codes an "Unidentified Armed Group" (actor type 3) when no perpetrator is named: a bombing, an attack
# on people, an abduction by no one named is still the work of an armed group
_UNNAMED_PERPETRATOR = frozenset({"SUIC_BOMB", "REM_EXPLOS", "GRENADE", "ATTACK", "ABDUCT_DISSAP"})


def _sentence_text(doc: Doc, e: Evidence) -> str:
    span = doc.char_span(e.start, e.end, alignment_mode="expand")
    return span.sent.text if span is not None and len(span) else e.text


_STRIKES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
_APART = re.compile(r"\b(?:separate|separately|elsewhere|meanwhile|another|unclaimed|unidentified|unknown)\b", re.I)
_REMNANT = re.compile(r"\b(?:debris|fragments?|wreckage|shrapnel|remnants?)\b", re.I)


_GENERIC_ATTACKERS = re.compile(r"(?:the|these|those)\s+(?:attackers|assailants|gunmen|armed men|raiders|"
                                r"militants|fighters|insurgents|bandits|jihadists)\b", re.I)


def _told_as_the_attackers(text: str, ev: Event) -> bool:
    """"The attackers, believed to be members of al-Shabaab, also set fire to ...": the sentence of the damage
    opens on the attackers just told, whatever group the aside names them as."""
    if not text or not ev.evidence:
        return False
    start = ev.evidence[0].start
    opening = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1)
    return bool(_GENERIC_ATTACKERS.match(text, opening)) and start - opening <= 200


def _fold_damage_by_the_same_party(events: list[Event], placed: dict[int, list[Place]],
                                   loose: dict[int, str] | None = None, text: str = "") -> list[Event]:
    """"Armed men attacked the village of X, killing 14 civilians. The assailants also burned granaries before
    fleeing": damage done by the party just told ("the assailants", "the gunmen"), the same day and place, is part of
    its attack (ACLED codes one event), even with "also"."""
    out: list[Event] = []
    for ev in events:
        a1 = next((a for a in ev.actors if a.role == "actor1"), None)
        host = out[-1] if out else None
        # ("The attackers also set fire to several shops", told with no day or town of its own: the day and place of
        # the attack; "the gunmen" of an attack a group claimed are that group's, or its associates)
        undated = loose is not None and loose.get(id(ev)) == "publication" \
            and all(p.precision == "country" for p in placed.get(id(ev)) or [])
        generic = a1 is not None and a1.sector == "UAG" and bool(_GENERIC_ATTACKERS.match(a1.name))
        # ("The attackers, believed to be members of X, also ...": the attackers just told, whoever X is)
        told_again = a1 is not None and a1.sector in ("REB", "MLT", "UAG") and _told_as_the_attackers(text, ev)
        if host is not None and a1 is None and ev.acled.get("sub_event_type") in _FOLLOW_SUBS \
                and host.acled.get("event_type") in _VIOLENT | {"Riots"} and not ev.historical \
                and (host.date == ev.date or undated) and ev.evidence and host.evidence \
                and (all(p.precision == "country" for p in placed.get(id(ev)) or [])
                     or _same_or_within(placed.get(id(host)), placed.get(id(ev)))) \
                and any(e.start < ev.evidence[0].start for e in host.evidence) \
                and ev.evidence[0].start - max(e.end for e in host.evidence if e.start < ev.evidence[0].start) <= 400 \
                and not _APART.search(ev.evidence[0].text):
            # (its words may lie inside the host's: "... died of burns when the building was torched")
            # "A police constable died of burns when the building was torched", "Dozens of houses were burned":
            # damage told with no one named, no place of its own (or the same), right after the violence that did
            # it, is that violence's
            host.evidence += [e for e in ev.evidence if e not in host.evidence]
            kinds = {q.kind for q in host.quantities}
            host.quantities += [q for q in ev.quantities if q.kind not in kinds]
            continue
        if host is not None and a1 is not None and ev.acled.get("sub_event_type") in _FOLLOW_SUBS \
                and (re.match(r"(?:the|these|those)\s", a1.name, re.I) or told_again) \
                and ev.evidence and host.evidence \
                and host.acled.get("event_type") in _VIOLENT and (host.date == ev.date or undated) \
                and not ev.historical \
                and any((a.role == "actor1" or generic and a.role == "associated") and a.country in (a1.country, None)
                        and (a.sector == a1.sector or (generic or told_again) and a.sector in ("REB", "MLT", "UAG"))
                        for a in host.actors) \
                and 0 <= ev.evidence[0].start - max((e.end for e in host.evidence if e.start < ev.evidence[0].start),
                                                    default=10 ** 9) <= 400 \
                and (undated or _same_or_within(placed.get(id(host)), placed.get(id(ev)))) \
                and not _APART.search(ev.evidence[0].text):
            host.evidence += [e for e in ev.evidence if e not in host.evidence]
            kinds = {q.kind for q in host.quantities}
            host.quantities += [q for q in ev.quantities if q.kind not in kinds]
            if host.date == ev.date:
                host.time = host.time or ev.time  # ("the attackers arrived at about 10 pm and burned the homes")
            continue
        out.append(ev)
    for i, ev in enumerate(out, 1):
        ev.id = ev.id.rsplit("-e", 1)[0] + f"-e{i}"
    return out


def _code_unnamed_sides(doc: Doc, events: list[Event], placed: dict[int, list[Place]]) -> list[Event]:
    """Sides the text does not name again. "Rebels and the army clashed near X on Monday. ¶ Fighting continued near
    X on Tuesday": a fight told on at the same place with no party of its own is between the sides told before;
    "A suicide bomber killed nine people at a market": an attacker no one names is an unidentified armed group in
    the interaction code (37), as ACLED codes it, and no actor is made up for it."""
    def sides(ev):
        return [a for a in ev.actors if a.role in ("actor1", "actor2")]

    for n, ev in enumerate(events):
        where = placed.get(id(ev)) or []
        if ev.acled.get("sub_event_type") == "Armed clash" and not sides(ev) and where and ev.evidence \
                and not ev.historical:
            start = ev.evidence[0].start
            host = next((x for x in reversed(events[:n]) if x.acled.get("sub_event_type") == "Armed clash"
                         and x.evidence and 0 < start - x.evidence[0].start <= 1500 and not x.historical), None)
            xs = placed.get(id(host)) if host is not None else None
            if host is not None and {a.role for a in sides(host)} == {"actor1", "actor2"} and xs and (
                    _same_or_within(xs, where) and any(p.precision != "country" for p in where)
                    or all(p.precision == "country" for p in where) and {p.country for p in xs} >= {p.country for p in where}
                    and not any(_ANOTHER.search(e.text) for e in ev.evidence[:1])):
                ev.actors = [Actor(a.name, a.country, a.sector, a.role, a.start, a.end) for a in sides(host)] + ev.actors
        if ev.acled.get("sub_event_type") in _STRIKES and not any(a.role == "actor1" for a in ev.actors) \
                and where and ev.evidence and not ev.historical and not _APART.search(ev.evidence[0].text):
            # "Russian forces shelled Kherson, killing two. A drone strike also hit a bus in a nearby village": a
            # strike told next with no one named is by the force whose strikes were just told, in the same country
            start = ev.evidence[0].start
            host = next((x for x in reversed(events[:n]) if x.evidence and x.evidence[0].start < start), None)
            xs = placed.get(id(host)) if host is not None else None
            by = [a for a in host.actors if a.role == "actor1" and a.sector in _STATE_FORCES and a.country] \
                if host is not None and host.acled.get("event_type") == "Explosions/Remote violence" else []
            if by and xs and {p.country for p in xs} == {p.country for p in where} \
                    and start - max(e.end for e in host.evidence if e.start < start) <= 400:
                ev.actors = [replace(by[0], role="actor1")] + ev.actors
        a1 = next((a for a in ev.actors if a.role == "actor1"), None)
        a2 = next((a for a in ev.actors if a.role == "actor2"), None)
        # (not harm done by what fell from the sky: "fragments of the missile fell on a house, injuring a man")
        unnamed = a1 is None and ev.case_label in _UNNAMED_PERPETRATOR and ev.status != "denied" and not (
            ev.case_label == "ATTACK" and any(_REMNANT.search(_sentence_text(doc, e)) for e in ev.evidence))
        if a1 is None and not unnamed and ev.acled.get("interaction_code") is not None:
            continue
        code, interaction = codebooks.interaction_code(
            "UAG" if unnamed else (a1.sector if a1 else None), a1.country if a1 else None,
            a2.sector if a2 else None, a2.country if a2 else None,
            event_country=_event_country(where) if ev.case_label != "AGREEMENT" else None)
        if code is not None:
            ev.acled = {**ev.acled, "interaction": interaction, "interaction_code": code}
    return events


def _other_parties(x: Event, ev: Event) -> bool:
    """Does `ev` name its own acting party of a country, none of whose sides' countries the host `x` names?
    ("Government forces recaptured a town ... ¶ X and Y forces exchanged fire on the border": another fight.)"""
    own = {a.country for a in ev.actors if a.role == "actor1" and a.country and a.sector in _ARMED_SECTORS}
    # (the host's parties as the text names them, not one inferred from the article's dyad)
    return bool(own) and not own & {a.country for a in x.actors if a.country and a.start is not None}


def _abroad_between(x: Event, start: int, told: list[Event], placed: dict[int, list[Place]]) -> bool:
    """Is an event told between `x` and the offset `start` placed only in countries where none of x's places lie?"""
    own = {p.country for p in placed.get(id(x)) or [] if p.country}
    for y in told:
        if y is x or not y.evidence or not x.evidence[0].start < y.evidence[0].start < start:
            continue
        theirs = {p.country for p in placed.get(id(y)) or [] if p.country}
        if own and theirs and not theirs & own:
            return True
    return False


_RESPONDERS = frozenset({"MIL", "POL", "BGD"})
_UNARMED_DEAD = frozenset({"people", "civilians", "villagers", "residents", "persons", "women", "children",
                           "farmers", "herders", "worshippers", "passengers"})


def _unarmed_item(item: str | None) -> bool:
    """Whether a toll's item names unarmed people: "people", "villagers", and the civilians' nouns of
    quantities.yaml by the item's last word ("a village chief", "two farmers")."""
    if not item:
        return False
    if item.lower() in _UNARMED_DEAD:
        return True
    last = item.lower().split()[-1]
    civil = _civilian_nouns()
    return last in civil or last.endswith("s") and last[:-1] in civil


@lru_cache(maxsize=1)
def _civilian_nouns() -> frozenset[str]:
    from ..resources import load_yaml
    return frozenset(load_yaml("quantities.yaml")["kinds"]["civilians"]["nouns"])


# a crowd's name that says it bears arms: "armed youths", "gun-wielding villagers", "heavily armed men"
_ARMED_CROWD = re.compile(r"\b(?:armed|[a-z]+-wielding|[a-z]+-toting)\b", re.I)


def _responding_force(x: Event, ev: Event) -> bool:
    """"Bandits killed five villagers ... Police later exchanged fire with the gang": a battle that a state force
    the one-sided host does not name fights with the attackers is that force's own event (the attack on the
    villagers and the fight with the police are two), not the host told on."""
    if ev.acled.get("event_type") != "Battles" or x.acled.get("event_type") == "Battles":
        return False
    host = {a.sector for a in x.actors if a.role in ("actor1", "actor2")}
    return any(a.role == "actor1" and a.sector in _RESPONDERS and a.sector not in host for a in ev.actors) \
        and any(a.role == "actor2" for a in ev.actors)


def _clashing_tolls(x: Event, ev: Event) -> bool:
    """Two different figures of one kind told by the same voice: two incidents, not one told on. (A claim's
    figure beside a reported one is the claim of the same incident; the host keeps its own figure.)"""
    for q in ev.quantities:
        for y in x.quantities:
            if q.kind == y.kind and not _same_figure(q, y) and ev.status == x.status:
                if _other_voice_toll(x, ev, y, q):
                    continue  # "A local official put the toll higher, saying up to 50 had died": another voice
                return True
    return False


def _other_sides_dead(x: Event, ev: Event) -> bool:
    """Session 27 (h9): "Security forces killed six terrorists in X ... During the exchange of fire, three soldiers
    were killed": in a battle, a toll told next of another group than every toll of that kind the host has is the
    other side's dead (or wounded) of the same fight, not a second incident."""
    if x.acled.get("event_type") != "Battles" or ev.acled.get("event_type") != "Battles":
        return False
    pairs = [(q, y) for q in ev.quantities for y in x.quantities if q.kind == y.kind]
    return bool(pairs) and all(q.kind in ("fatalities", "injuries") and not q.cumulative and not y.cumulative
                               and not _same_group(q.item, y.item) for q, y in pairs)


def _claimed_other_toll(x: Event, ev: Event) -> bool:
    """A side's claim that counts the dead or wounded otherwise than the report of the incident ("officials said
    gunmen killed nine passengers ... The BLA said its fighters killed 18 soldiers"): the two accounts stay two
    events, each with its own figures and parties."""
    if (x.status == "claimed") == (ev.status == "claimed"):
        return False
    return any(q.kind == y.kind and q.kind in ("fatalities", "injuries") and not q.cumulative and not y.cumulative
               and not _same_figure(q, y) for q in ev.quantities for y in x.quantities)


def _figure_value(q) -> float | None:
    return next((v for v in (q.best, q.low, q.high) if v is not None), None)


def _other_voice_toll(x: Event, ev: Event, y, q) -> bool:
    """A toll of the event told just before by another voice ("two security sources" said at least 30 died, "a
    local official" up to 50): a death or injury figure, no running total, within a factor of three of the host's."""
    # (and the abducted: "more than 50 others" abducted by the residents' count, "30 people" by the police's)
    if q.kind not in ("fatalities", "injuries", "abducted") or q.cumulative or y.cumulative \
            or _same_speaker(x.sources, ev.sources):
        return False
    a, b = _figure_value(q), _figure_value(y)
    told = next((e.text[q.end - e.start:] for e in ev.evidence if e.start <= q.start and q.end <= e.end), "")
    if _NARROWED.match(told):
        return False  # "17 people from a single family had died": a part of the toll, not another count of it
    return bool(a and b) and max(a, b) <= 3 * min(a, b) and _same_group(q.item, y.item)


_NARROWED = re.compile(r"\s+(?:[\w-]+\s+){0,2}(?:from|of|in)\s+(?:a|one|the\s+same)\s+(?:single\s+)?"
                       r"(?:family|household|clan|home|house|village|vehicle|car|bus)\b", re.I)


_GENERIC_ITEMS = frozenset({"people", "persons", "person", "others", "other", "members", "member", "dead", "victims",
                            "casualties", "bodies", "lives"})


def _same_group(a: str | None, b: str | None) -> bool:
    """May two figures count the same people? ("soldiers" and "members of the security forces" may; "six attackers"
    and "12 soldiers" are the two sides' dead.)"""
    if not a or not b:
        return True
    x, y = a.lower().split()[-1].rstrip("s"), b.lower().split()[-1].rstrip("s")
    return x == y or a.lower().split()[-1] in _GENERIC_ITEMS or b.lower().split()[-1] in _GENERIC_ITEMS


def _widen(host: Event, q) -> None:
    """Another voice's figure of the host's toll widens the host's range ("at least 30" and "up to 50": 30 to 50):
    the lowest of the lows and bests, the highest of the highs and bests, the host's own best."""
    for i, y in enumerate(host.quantities):
        if y.kind != q.kind or y.cumulative or _same_figure(y, q):
            continue
        host.quantities[i] = _widened(y, q)
        return


def _apply_ceilings(doc: Doc, events: list[Event]) -> list[Event]:
    """"At least 23 were killed ... The death toll could rise to as many as 30": a ceiling told after a toll is
    that toll's high bound (the nearest toll of the same kind told before it, within a few paragraphs)."""
    for qm in _dc.ext(doc, "quantities") or []:
        if not getattr(qm, "ceiling", False):
            continue
        c = qm.quantity
        best = None
        for ev in events:
            for i, q in enumerate(ev.quantities):
                if q.kind == c.kind and not q.cumulative and q.start < c.start and c.start - q.start <= 1500 \
                        and (best is None or q.start > best[2].start):
                    best = (ev, i, q)
        if best is None:
            continue
        ev, i, q = best
        floor = q.low if q.low is not None else q.best
        if floor is not None and c.high > floor and (q.high is None or q.high < c.high):
            ev.quantities[i] = replace(q, high=c.high)
    return events


def _ids(places: list[Place]) -> tuple:
    return tuple(sorted((p.geonameid or 0, p.name or "") for p in places))


def _finer(a: list[Place] | None, b: list[Place] | None) -> bool:
    """Is the one place `a` inside the one place `b` (a town in the province named before)? (or every place of `a`
    inside it: "in X village, Y township" after "in the Z region")"""
    return bool(a and b) and len(b) == 1 and _ids(a) != _ids(b) and (len(a) == 1 or len(a) <= 3 and all(
        p.precision != "country" for p in a)) and all(_contains(b[0], p) for p in a)


# ("the country's capital markets", "capital punishment": money and law, not the city)
_CAPITAL_AFTER = re.compile(r"['’]s\s+capital\b(?!\s+(?:punishment|gains|flight|markets?|expenditure|"
                            r"spending|investment|controls?|outflows?|inflows?)\b)")
_CAPITAL_BEFORE = re.compile(r"\bthe\s+capital\s+of\s+(?:the\s+)?$", re.I)


def _capital_of(text: str, p: Place) -> Place | None:
    """"Libya's capital", "the capital of Mali" (but not "the capital of Sudan's North Darfur state"): the country's
    capital as the place, at town precision; None for any other place."""
    if p.feature_code not in ("PCLI", "PCLD", "PCLS", "PCLIX", "PCL") or not p.country:
        return None
    after = _CAPITAL_AFTER.match(text, p.end)
    if after is None and not (_CAPITAL_BEFORE.search(text, max(0, p.start - 20), p.start)
                              and not re.match(r"['’]s?\b", text[p.end:p.end + 2])):
        return None
    try:
        from ..geo import get_gazetteer
        cap = get_gazetteer().capital(p.country)
    except Exception:
        return None
    if cap is None:
        return None
    end = after.end() if after else p.end
    return Place(text=text[p.start:end], start=p.start, end=end, name=cap.name, geonameid=cap.geonameid,
                 feature_code=cap.feature_code, country=cap.country or None, admin1=cap.admin1 or None,
                 lat=round(cap.lat, 5), lon=round(cap.lon, 5), precision="town", confidence=p.confidence)


def _country_of_place(a: list[Place] | None, b: list[Place] | None) -> bool:
    """Are the places `a` only the country the places `b` lie in (a claim placed in "Turkey", the blast in a town
    of it)?"""
    return bool(a and b) and all(p.precision == "country" for p in a) \
        and {p.country for p in a} == {p.country for p in b}


def _in_a_country(places: list[Place]) -> list[Place]:
    """The places that lie in one country, when there are any besides: a feature across borders ("along the Line of
    Control in Rajouri district", a sea, a range) says no more of where an event was than the district beside it."""
    return [p for p in places if p.country] or places


def _same_or_within(a: list[Place] | None, b: list[Place] | None) -> bool:
    if a is None or b is None:
        return False
    a, b = _in_a_country(a), _in_a_country(b)
    # (or the places of one among the other's: "near X in the Y valley" ... "in X")
    return _ids(a) == _ids(b) or _finer(a, b) or _finer(b, a) or bool(a and b) and (
        set(_ids(a)) <= set(_ids(b)) or set(_ids(b)) <= set(_ids(a)))


_SAID_BEFORE = re.compile(r"\b(?:said|says|told|announced|reported|added|stated|confirmed|claimed)\s+$", re.I)
_JOINED_TIME = re.compile(r"\s*,?\s*(?:on|at|around|about|at around|at about|,)?\s*$", re.I)


def _when_clause_of(doc, verb: int, trigger: int) -> bool:
    """Whether `verb` heads a "when" clause on the trigger ("... were killed when bombs struck ...")."""
    tok = doc[verb]
    # ("killed and 11 injured when ...": the parser hangs the clause on the last of the coordinated verbs)
    head = tok.head
    on_trigger = head.i == trigger or head.dep_ == "conj" and head.head.i == trigger
    return tok.dep_ == "advcl" and on_trigger and any(
        c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in tok.children)


def _joined_times(doc, timexes, date) -> list:
    """Clock times written next to `date` ("04:30 on March 3", "March 3 at 04:30"), at most a short joining word
    apart."""
    text = _dc.text(doc)
    out = []
    for t in timexes:
        if t.kind != "time" or not t.time:
            continue
        if t.end <= date.start and date.start - t.end <= 12 and _JOINED_TIME.fullmatch(text[t.end:date.start]):
            out.append(t)
        elif t.start >= date.end and t.start - date.end <= 16 and _JOINED_TIME.fullmatch(text[date.end:t.start]):
            out.append(t)
    return out


_BORDER_WITH = re.compile(r"\b(?:border|borders|frontier|boundary|crossing|crossing point|line)\s+with\s+(?:the\s+)?$",
                          re.I)

_RELATIVE_DAYS = {"overnight", "last night", "tonight", "yesterday", "today", "this morning", "earlier today"}

_PLACE_PREPS = {"in", "near", "at", "around", "outside", "inside", "across", "into", "from", "towards", "toward"}


def _home_of_party(text: str, place: Place, actor_spans) -> bool:
    """Session 20 (h7): "several dozen residents of Sotk gathered ..., asking the government to ...": a place named as
    the home of the event's own party ("residents of X") is where they are, even when the party also speaks."""
    return any(s <= place.start < e and _HOME_OF_BEFORE.search(text[max(s, place.start - 40):place.start])
               for s, e in actor_spans)


def _metonym(doc: Doc, place: Place) -> bool:
    """"Moscow said", "accused Yerevan": a capital or a country as subject or object stands for its government."""
    if place.feature_code not in ("PPLC", "PCLI", "PCLD", "PCLS", "PCLIX", "PCL"):
        return False
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in ("by", "of"):
        # "claims by Moscow", "the claims of Baku", "the leadership of Armenia": the government speaks or acts
        owner = root.head.head
        return root.head.lower_ == "by" or owner.lemma_.lower() in _GOVERNMENT_NOUNS
    if root.dep_ == "poss" and root.head.lemma_.lower() in set(lexicon()[0].get("place_parts") or ()):
        return False  # "Nairobi's central business district": a part of the place
    return root.dep_ in ("nsubj", "nsubjpass", "dobj", "poss") and root.head.pos_ in ("VERB", "AUX", "NOUN")


_GOVERNMENT_NOUNS = {"claim", "statement", "report", "allegation", "accusation", "leadership", "government",
                     "authority", "army", "force", "president", "ministry", "side", "position", "information",
                     "propaganda", "official", "representative", "delegation", "regime"}


def _definite(tok: Token) -> bool:
    # ("both attacks were carried out by the same group": the two told before)
    return any(c.dep_ in ("det", "poss", "predet") and c.lower_ in ("the", "this", "that", "these", "those", "its", "both")
               for c in tok.children)


def _takes_place(tok: Token) -> bool:
    """"The attack took place near X", "The ambush happened outside Y": a definite event noun as the subject of a
    verb of taking place."""
    head = tok.head
    return tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and _definite(tok) and (
        head.lemma_.lower() in ("occur", "happen") or head.lemma_.lower() == "take" and any(
            c.dep_ == "dobj" and c.lower_ == "place" for c in head.children))


def _anaphoric(tok: Token, trigger_ids: set[int]) -> bool:
    """A mention of an event told before: "the attack", or "The attack was rebuffed"."""
    if tok.pos_ == "NOUN":
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and any(
                n.dep_ == "nummod" for n in g.children) for g in c.children) for c in tok.children):
            return False  # "ordered the mobilisation of 300,000 reservists": told here in full, not told before
        return _definite(tok) and not any(c.dep_ in ("poss", "compound", "amod") and c.ent_type_ for c in tok.children)
    args = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return bool(args) and all(a.i in trigger_ids and _definite(a) or a.pos_ == "PRON" and a.lower_ in ("it", "this")
                              for a in args)


def _speaker_mention(doc: Doc, att) -> ActorMention | None:
    if att is None or not (att.source_resolved or att.source):
        return None
    s, e = att.source_resolved or att.source
    span = doc.char_span(s, e, alignment_mode="expand")
    return mention_for(doc, span) if span is not None else None


def _speaker_country(doc: Doc, att) -> str | None:
    m = _speaker_mention(doc, att)
    return m.country if m else None


# words that tell what a person is held for or linked to ("a member linked to the bombing of a bus in 2023", "on
# charges of ordering the killing of an activist in 2020"): a day, place or person below them belongs to that deed
_ACCOUNT_WORDS = frozenset({"link", "connect", "tie", "suspect", "accuse", "charge", "want", "convict", "sentence",
                            "connection", "suspicion", "involvement", "charges"})


def _of_the_charge(doc: Doc, i: int, trigger_i: int) -> bool:
    """Does token `i` stand below a word of what someone is held for or linked to, inside the event's clause ("police
    arrested a man linked to the bombing of a bus in Isulan in 2023": the year and the town are the bombing's)?"""
    tok = doc[i]
    if tok.i == trigger_i:
        return False
    for a in [tok, *tok.ancestors]:
        if a.i == trigger_i:
            return False
        if (a.lemma_.lower() in _ACCOUNT_WORDS or a.lower_ in _ACCOUNT_WORDS) and (a is not tok or a.pos_ == "NOUN"):
            return any(x.i == trigger_i for x in a.ancestors) or a.head.i == trigger_i \
                or a.dep_ == "conj" and a.head.i == trigger_i
    return False


def _charge_span(doc: Doc, start: int, trigger_i: int) -> bool:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and _of_the_charge(doc, span[0].i, trigger_i)


# "the heaviest in the region since February 2023", "the worst fighting since the war": a superlative's "since"
# names the time it is measured against
_BASELINE_SINCE = re.compile(r"\b(?:the|its|their)\s+(?:\w+est|most\s+\w+|first|worst|least\s+\w+)\b[^.;:!?\n]{0,60}?"
                             r"\bsince\s+(?:(?:the|early|late|mid|mid-)\s+)?$", re.I)


def _comparison_baseline(doc: Doc, t, trigger_i: int) -> bool:
    """"The fighting is the heaviest in the region since February 2023(, when clashes killed …)": the day a
    superlative is measured from dates nothing the clause before it tells (the fighting is today's); it still
    dates an event told after it (the clashes of its "when" clause)."""
    text = _dc.text(doc)
    before = text[max(0, t.start - 90):t.start]
    if t.text.lower().startswith("since"):
        before += "since "  # ("since 2023" read as one expression)
    return doc[trigger_i].idx < t.start and bool(_BASELINE_SINCE.search(before))


def _dates_another_noun(doc: Doc, t, trigger_i: int) -> bool:
    """"arrested two suspects in connection with last week's bombing": a day in the possessive dates the noun it
    owns (the bombing), not the event whose clause it stands in (unless that noun is the event's own word,
    "Tuesday's attack")."""
    if _dc.text(doc)[t.end:t.end + 2] not in ("'s", "’s"):
        return False
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    poss = next((x for x in span if x.dep_ == "poss"), None) if span is not None else None
    if poss is None or poss.head.i == trigger_i or poss.head.pos_ != "NOUN":
        return False
    # ("killed in Tuesday's violence": what happened in it happened then)
    owned = poss.head
    return not (owned.dep_ == "pobj" and owned.head.lower_ in ("in", "during", "amid", "at"))


def _is_cue(doc: Doc, i: int) -> bool:
    """Is token i the cue of an attribution ("..., the ministry said")?"""
    index = _index(doc)
    if index is not None and i in index.cues:
        return index.cues[i]
    start = doc[i].idx
    if index is not None:
        found = index.cues[i] = index.spans(doc, "cues").covers(start)
        return found
    return any(s <= start < e for s, e in (a.cue for a in _dc.ext(doc, "attributions") or []))


_STATE_FORCES = {"MIL", "POL", "BGD"}
_ARMED_NONSTATE = {"REB", "MLT", "UAG"}
_PARTY_SECTORS = {"MIL", "BGD"}  # a state that fights is told by its forces, not by its government's words


def _fighting_countries(doc: Doc) -> set[str]:
    """Countries the article presents as fighting: those of its armed forces' mentions ("Afghan troops"), not
    places named for where something was signed, fled to or reported, nor a government that only speaks."""
    return {m.country for m in _dc.ext(doc, "actor_mentions") or [] if m.country and m.sector in _PARTY_SECTORS
            and not m.igo}


def _told_together(doc: Doc, a: str, b: str) -> bool:
    """Does some paragraph name both countries (a place, a people's adjective or a party of each)? A round-up's
    paragraphs each tell one country ("MOZAMBIQUE - …", "GUATEMALA - …"): its two most named countries are no two
    sides of one war."""
    text = _dc.text(doc)
    told: list[tuple[int, str | None]] = [(p.start, _iso3(p.country)) for p in _dc.ext(doc, "places") or []]
    told += [(s, _iso3(cc)) for s, _, cc in _dc.ext(doc, "demonyms") or []]
    told += [(doc[m.start].idx, m.country) for m in _dc.ext(doc, "actor_mentions") or [] if not m.inferred]
    paragraphs: dict[int, set[str | None]] = {}
    for start, cc in told:
        paragraphs.setdefault(text.count("\n\n", 0, start), set()).add(cc)
    return any(a in ccs and b in ccs for ccs in paragraphs.values())


def _allied(doc: Doc, a: str, b: str) -> bool:
    """Does the article tell forces of countries `a` and `b` fighting on one side ("Rwandan troops deployed
    alongside the Mozambican army", "Chadian and Nigerien soldiers jointly ...")? Then neither is the other's foe."""
    found = doc.user_data.setdefault("sitrep.allied", {})  # (read once per pair and Doc: every event asks)
    if (a, b) not in found:
        found[(a, b)] = _allied_in(doc, a, b)
    return found[(a, b)]


def _allied_in(doc: Doc, a: str, b: str) -> bool:
    allies = _lex_set("ally_words")
    mentions = _dc.ext(doc, "actor_mentions") or []
    forces = [m for m in mentions if m.country in (a, b) and m.sector in _STATE_FORCES]
    lowers = _dc.lowers(doc)
    for m in forces:
        # "Rwandan and Mozambican forces launched an operation": one force of both countries
        if "and" in lowers[m.start:m.end] and any(
                n is not m and n.country in (a, b) and n.country != m.country and m.start <= n.start < m.end
                for n in mentions):
            return True
        # (the parser's split of it: "Rwandan" the subject, "and Mozambican troops" joined to it)
        head = doc[m.head]
        if any(n.country in (a, b) and n.country != m.country and (
                head.dep_ == "conj" and n.head == head.head.i or doc[n.head].dep_ == "conj" and doc[n.head].head.i == m.head)
               for n in mentions):
            return True
    index = _index(doc)
    # (each force's sentence read once: the pairs below compared `doc[m.head].sent.start` for every pair)
    sent_of = {id(m): index.of_token(m.head) if index is not None else doc[m.head].sent.start for m in forces}
    for m in forces:
        if m.country != a:
            continue
        for n in forces:
            if n.country == b and sent_of[id(m)] == sent_of[id(n)]:
                lo, hi = sorted((m.start, n.start))
                if any(w in allies for w in lowers[lo:hi + 1]):
                    return True

    return False


def _domestic_country(doc: Doc, places: list[Place]) -> str | None:
    """The country of an event told in an article about a domestic conflict: the event's places all lie in
    one country, and nearly all the article's places and demonyms (a deal's venue aside) lie there too."""
    from ..actors import iso3
    here = {iso3(p.country) for p in places if p.country}
    if len(here) != 1 or None in here:
        return None
    found = _article_countries(doc)
    country = next(iter(here))
    return country if found and found[country] >= 0.8 * sum(found.values()) else None


def _article_countries(doc: Doc) -> Counter:
    """How often the article's places and demonyms name each country (counted once per Doc and lists: every event
    asks)."""
    from ..actors import iso3
    places, demonyms = _dc.ext(doc, "places") or [], _dc.ext(doc, "demonyms") or []
    cached = doc.user_data.get("sitrep.article_countries")
    if cached is None or cached[0] is not places or cached[1] != len(places) or cached[2] is not demonyms \
            or cached[3] != len(demonyms):
        found = Counter(iso3(p.country) for p in places if p.country)
        found.update(iso3(c) for _, _, c in demonyms if c)
        cached = doc.user_data["sitrep.article_countries"] = (places, len(places), demonyms, len(demonyms), found)
    return cached[4]


_WEEKDAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


def _own_weekday(doc: Doc, d: Draft) -> bool:
    """Does the event's own clause name a weekday no timex was resolved for ("gunmen shot dead two policemen late on
    Wednesday" with no publication date to count back from)? Its day is then unknown, not the day told before."""
    return any(_WEEKDAY.fullmatch(doc[i].text) for i in d.clause) and not any(
        t.kind != "time" and t.date and _in(d.clause, doc, t.start) for t in _dc.ext(doc, "timexes") or [])


def _dated_when(doc: Doc, d: Draft):
    """The timex of the day a "when" clause of the trigger hangs on ("since December, when 13 officers were killed",
    "in 2019, when gunmen killed 20 soldiers"); None for none."""
    tok = doc[d.trigger.i]
    when = next((c for c in tok.children if c.lower_ == "when" and c.dep_ == "advmod"), None)
    if tok.dep_ not in ("relcl", "advcl") or when is None:
        return None
    timexes = [t for t in _dc.ext(doc, "timexes") or [] if t.date and t.kind not in ("time", "cumulative")]
    if tok.head.ent_type_ != "DATE":
        # ("the deadliest since last December, when 11 officers were killed": the parser may hang the clause on
        # the main verb; the date told just before the comma and "when" is still the one it tells of)
        text = _dc.text(doc)
        return next((t for t in timexes if t.end <= when.idx and re.fullmatch(r"[.]?\s*,\s*", text[t.end:when.idx])),
                    None)
    at = tok.head.idx
    return next((t for t in timexes if t.start <= at < t.end), None)


def _other_day(d: Draft, x: Draft) -> bool:
    """Does `d` tell a day (or running total) of its own, other than the one of `x`, told before it? ("Bandits have
    kidnapped hundreds this year. ¶ On the 12th, gunmen killed nine farmers": not the outcome of the kidnappings)"""
    if d.quantities and all(q.quantity.cumulative for q in d.quantities) \
            and not any(q.quantity.cumulative for q in x.quantities):
        return True  # ("Since the start of the year, 187 policemen have been killed": a running total)
    a, b = d.timex, x.timex
    if a is None or a.kind in ("time", "cumulative") or not a.date or d.said_day:
        return False
    if b is None or b.kind == "time" or not b.date or x.said_day:
        return a.since or a.precision in ("month", "year", "years")  # a total since a start, or another month
    return (a.date, a.date_end, a.since) != (b.date, b.date_end, b.since)


_SUB_CLAUSE_KINDS = ("fatalities", "injuries", "arrests", "displaced", "abducted")


def _sub_clause_figures(doc: Doc, tok: Token, tids: set[int], owners: dict[int, int], chain: list[int],
                        have: list) -> list:
    """Casualty figures told by a clause under the trigger's that is no event of its own: "Two people were killed
    and 11 wounded" (an elided verb), "clashed ..., with residents reporting 30-40 deaths"; and a toll told beside
    the statement of the event ("X killed 105 on Sunday, the ministry said, raising the toll to 1,000")."""
    out = []
    parent = chain[1] if len(chain) > 1 and _is_cue(doc, chain[1]) else None
    for q in _near(doc, "quantities", tok.i, _dc.ext(doc, "quantities") or []):  # (q.verb in owners: the sentence)
        if q in have or q.verb is None or q.verb in tids or q.verb not in owners \
                or q.quantity.kind not in _SUB_CLAUSE_KINDS:
            continue
        up = _clause_chain(doc[q.verb], owners)
        first = next((o for o in up if o in tids), None)
        if first == tok.i or first is None and parent is not None and q.noun is not None \
                and doc[q.noun].lemma_.lower() in ("toll", "number", "tally") and parent in up[1:2]:
            out.append(q)
        elif first is None and parent is not None and up[1:2] == [parent] and q.verb > tok.i \
                and doc[q.verb].tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in doc[q.verb].children) \
                and max(i for i in tids if i < q.verb) == tok.i:
            # "the ministry said 24 soldiers were killed, 11 wounded": an elided verb the parser made a second
            # thing said, right after the event's
            out.append(q)
    return out


_RISE_VERBS = frozenset({"rise", "raise", "climb", "increase", "jump", "mount", "grow", "swell", "soar", "reach"})


def _risen_tolls(doc: Doc, drafts: list[Draft], sents) -> None:
    """"Later the toll rose to four": a toll that rose, told in a sentence of no event of its own, replaces the
    figure of its kind the event just told (one or two sentences before, same paragraph) gave. Not a running total
    ("the toll since October 7 rose to ...") nor a toll of a span of its own ("the toll from a week of fighting")."""
    starts = [s.start for s in sents]
    have = {id(q) for d in drafts for q in d.quantities}
    text = _dc.text(doc)
    for q in _dc.ext(doc, "quantities") or []:
        if id(q) in have or q.noun is None or q.verb is None or q.quantity.cumulative or q.subset \
                or q.quantity.kind not in ("fatalities", "injuries") \
                or doc[q.noun].lemma_.lower() not in ("toll", "number", "tally") \
                or doc[q.verb].lemma_.lower() not in _RISE_VERBS \
                or any(c.dep_ == "prep" and c.lower_ in ("from", "since", "for", "over", "during")
                       for c in doc[q.noun].children):
            continue
        si = next((i for i in range(len(starts) - 1, -1, -1) if starts[i] <= q.noun), None)
        if si is None or any(d.sent == si for d in drafts):
            continue  # a sentence with an event of its own: its figures are that event's
        para = paragraph_bounds(text, q.quantity.start)[0]
        # (the sentence the event was last told in: "Fighting broke out ... ¶ The clashes pitted X against Y ... ¶
        # The ministry later raised the toll to 11")
        hosts = [d for d in drafts if 1 <= si - _last_sent(doc, d, starts) <= 2
                 and (paragraph_bounds(text, d.evidence[0].start)[0] == para
                      # (or the paragraph the event was last told in, just before this one)
                      or not text[paragraph_bounds(text, max(e.start for e in d.evidence))[1]:para].strip())
                 and codebooks.acled_for(d.label)[0] in _VIOLENT
                 and any(x.quantity.kind == q.quantity.kind and not x.quantity.cumulative for x in d.quantities)]
        if not hosts:
            continue
        host = max(hosts, key=lambda d: (d.sent, d.trigger.i))
        old = [x for x in host.quantities if x.quantity.kind == q.quantity.kind and not x.quantity.cumulative]
        new_value = q.quantity.best if q.quantity.best is not None else q.quantity.low
        if new_value is None or sum((x.quantity.best or x.quantity.low or 0) for x in old) >= new_value:
            continue
        host.quantities = [x for x in host.quantities if x not in old] + [q]
        # "raised the toll to 11 dead and 46 wounded": the wounded told with the risen toll are the event's too
        for c in _dc.ext(doc, "quantities") or []:
            if id(c) in have or c is q or c.verb is None or c.quantity.cumulative \
                    or c.quantity.kind not in ("fatalities", "injuries") or c.quantity.kind == q.quantity.kind \
                    or not (doc[c.verb].dep_ == "conj" and doc[c.verb].head.i == q.verb):
                continue
            prior = [x for x in host.quantities if x.quantity.kind == c.quantity.kind and not x.quantity.cumulative]
            value = c.quantity.best if c.quantity.best is not None else c.quantity.low
            if value is not None and sum((x.quantity.best or x.quantity.low or 0) for x in prior) < value:
                host.quantities = [x for x in host.quantities if x not in prior] + [c]


def _last_sent(doc: Doc, d: Draft, starts: list[int]) -> int:
    """The index of the last sentence an event's evidence is in."""
    last = max((e.start for e in d.evidence), default=None)
    if last is None:
        return d.sent
    tok = next((t for t in doc if t.idx >= last), None)
    i = tok.i if tok is not None else len(doc) - 1
    return max(d.sent, bisect_right(starts, i) - 1)


_GIVE_VERBS = frozenset({"give", "put", "place", "estimate", "set", "report", "provide", "cite", "publish", "offer"})
_GIVEN_TOLL_NOUNS = frozenset({"toll", "number", "tally", "figure", "count"})


def _given_tolls(doc: Doc, drafts: list[Draft], sents) -> None:
    """"Police gave a toll of 19 dead", "A rights group put the number of dead at 25": another voice's toll of the
    event told in the sentences just before, in a sentence of no violence of its own, widens that event's figure of
    the kind (the lowest and highest of the two, the event's own best), when the two may count the same people
    (within a factor of three; "soldiers" and "dead" may, "soldiers" and "attackers" not). Not a running total nor a
    toll of a span of its own ("the toll from a week of raids")."""
    starts = [s.start for s in sents]
    have = {id(q) for d in drafts for q in d.quantities}
    for q in _dc.ext(doc, "quantities") or []:
        if id(q) in have or q.noun is None or q.verb is None or q.quantity.cumulative or q.subset \
                or q.quantity.kind not in ("fatalities", "injuries") \
                or doc[q.verb].lemma_.lower() not in _GIVE_VERBS and not _toll_was(doc, q):
            continue
        toll = doc[q.noun]
        if toll.dep_ == "pobj" and toll.head.lower_ == "of":
            toll = toll.head.head  # "a toll of 19 dead"
        if toll.lemma_.lower() not in _GIVEN_TOLL_NOUNS or any(
                c.dep_ == "prep" and c.lower_ in ("from", "since", "for", "over", "during") for c in toll.children):
            continue
        si = bisect_right(starts, q.noun) - 1
        if si < 0 or any(d.sent == si and codebooks.acled_for(d.label)[0] in _VIOLENT
                         and (q.verb in d.clause or d.trigger.i in {t.i for t in doc[q.verb].ancestors})
                         for d in drafts):
            continue  # a toll told in an event's own clause is that event's
        hosts = [d for d in drafts if 1 <= si - _last_sent(doc, d, starts) <= 4
                 and codebooks.acled_for(d.label)[0] in _VIOLENT and any(
                     y.quantity.kind == q.quantity.kind and not y.quantity.cumulative for y in d.quantities)]
        if not hosts:
            continue
        host = max(hosts, key=lambda d: (_last_sent(doc, d, starts), d.trigger.i))
        a = _figure_value(q.quantity)
        for i, y in enumerate(host.quantities):
            b = _figure_value(y.quantity)
            if y.quantity.kind != q.quantity.kind or y.quantity.cumulative or not a or not b \
                    or max(a, b) > 3 * min(a, b) or not _same_group(q.quantity.item, y.quantity.item):
                continue
            if a < b and _earlier_count(doc[q.verb]):
                break  # "Earlier the agency had put the toll at 19": a count the toll told now has outgrown
            host.quantities[i] = replace(y, quantity=_widened(y.quantity, q.quantity))
            break


_EARLIER_WORDS = frozenset({"earlier", "initially", "previously", "originally", "first"})


def _earlier_count(verb: Token) -> bool:
    """Session 27 (h9): a toll given before the one told now ("had put the toll at 19", "initially gave a toll of
    12"): the past perfect or a word of an earlier time on the verb."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VBD" for c in verb.children) \
        or any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in _EARLIER_WORDS for c in verb.children)


def _toll_was(doc: Doc, q) -> bool:
    """Session 20 (h7): "A rights group said the toll was closer to 30": a toll told as the subject of "be"."""
    toll, verb = doc[q.noun], doc[q.verb]
    return verb.lemma_.lower() == "be" and toll.dep_ == "nsubj" and toll.head.i == verb.i \
        and toll.lemma_.lower() in _GIVEN_TOLL_NOUNS


def _widened(y, q):
    """The figure `y` widened by another voice's figure `q` of the same toll: the lowest of the lows and bests, the
    highest of the highs and bests, `y`'s own best; an open end of `y` ("more than 50") stays open unless `q` goes
    beyond it."""
    # (a best counts as a low only for a figure bounded below, as a high only for one bounded above: "more than 30"
    # says nothing of a ceiling)
    lows = [v for x in (y, q) for v in (x.low, x.best if x.low is not None else None) if v is not None]
    highs = [v for x in (y, q) for v in (x.high, x.best if x.high is not None else None) if v is not None]
    low = min(lows) if lows else None
    high = max(highs) if highs else None
    best = y.best
    if high is not None and y.high is None and best is not None and high < best:
        high = None  # ("more than 50" against "30": the ceiling is still unknown)
    if low is not None and y.low is None and best is not None and low > best:
        low = None
    return replace(y, low=low, high=high, approximate=True)


def _totals(quantities: list) -> list:
    """The event's figures without the parts of a total told with it ("15 civilians, including six children"
    counts 15 dead, not 21); a part is kept when no figure of its kind is left to hold it."""
    kinds = {q.quantity.kind for q in quantities if not getattr(q, "subset", False)}
    return [q for q in quantities if not (getattr(q, "subset", False) and q.quantity.kind in kinds)]


@lru_cache(maxsize=4)
def _sports_rx(phrases: tuple[str, ...]) -> re.Pattern | None:
    if not phrases:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(p.lower()) for p in sorted(phrases, key=len, reverse=True))
                      + r")\b")


def _sports_story(doc: Doc, data) -> bool:
    """A match report ("City attacked relentlessly", "a late strike") borrows the words of war: several distinct
    sports words and no one killed or hurt mean there is no conflict event to code."""
    rx = _sports_rx(tuple(data.get("sports_phrases") or ()))
    if rx is None or len(set(m.group(0) for m in rx.finditer(_dc.text(doc).lower()))) < int(
            data.get("sports_min_words") or 3):
        return False
    return not any(q.quantity.kind in ("fatalities", "injuries") for q in _dc.ext(doc, "quantities") or [])


_NON_STATE_ARMED = {"REB", "MLT", "UAG"}


def _own_claim(doc: Doc, att, actors: list[Actor], told_of_itself: bool = False) -> bool:
    """Is the speaker a non-state armed group telling of its own deed ("ISWAP said its fighters had killed
    15 soldiers and captured the base", `told_of_itself`: "the group said it killed 40 soldiers")? Such a claim of
    responsibility or gain is the perpetrator's word."""
    speaker = _speaker_mention(doc, att)
    if speaker is None or speaker.sector not in _NON_STATE_ARMED:
        return False
    if told_of_itself:
        return True
    for a in actors:
        if a.role != "actor1" or a.sector not in _NON_STATE_ARMED:
            continue
        if re.match(r"(its|their|our)\b", a.name, re.I) or a.name.lower() in ("we", "it", "they"):
            return True
        if a.country == speaker.country and a.sector == speaker.sector and a.start is not None \
                and speaker.start is not None and a.start != doc[speaker.start].idx:
            return True
    return False


_INDEX = "sitrep.events.index"
_TIMEX_REACH = 20  # how far from a date a clock time may stand and still be joined to it (see _joined_times)


class _SentenceIndex:
    """What the event stage looks up for each trigger, sorted once per document by sentence: the actor mentions,
    figures and time expressions in (or next to) each sentence, in document order. A trigger's roles, figures and
    day only ever come from its own sentence, so each trigger scans its sentence's share instead of the whole
    document (which made a long document take time growing with the square of its length). Each share is a
    superset of what the scans can accept, in the same order, so what they find is unchanged."""

    def __init__(self, doc: Doc, sents: list, mentions: list) -> None:
        self.sents = sents
        self.starts = [s.start for s in sents]
        self.char_starts = [s.start_char for s in sents]
        n = len(sents)
        self.mentions: list[list] = [[] for _ in range(n)]
        for m in mentions:
            for k in range(self.of_token(min(m.start, m.head)), self.of_token(max(m.end - 1, m.head)) + 1):
                self.mentions[k].append(m)
        self.quantities: list[list] = [[] for _ in range(n)]
        for q in _dc.ext(doc, "quantities") or []:
            for k in sorted({self.of_token(i) for i in (q.noun, q.verb) if i is not None}):
                self.quantities[k].append(q)
        # a time expression belongs to every sentence it lies within reach of (a clock time just after a date
        # that ends past its own sentence's end included)
        timexes = list(_dc.ext(doc, "timexes") or [])
        longest = max((t.end - t.start for t in timexes), default=0)
        ends = [s.end_char for s in sents]
        self.timexes: list[list] = [[] for _ in range(n)]
        for t in timexes:
            hi = bisect_left(self.char_starts, t.end + _TIMEX_REACH) - 1
            lo = bisect_right(ends, t.start - _TIMEX_REACH - longest)
            for k in range(max(lo, 0), hi + 1):
                self.timexes[k].append(t)
        self.cues: dict[int, bool] = {}
        self._spans: dict[str, SpanIndex] = {}

    def of_token(self, i: int) -> int:
        return max(bisect_right(self.starts, i) - 1, 0)

    def spans(self, doc: Doc, kind: str) -> SpanIndex:
        """The attributions' speakers ("speakers") or cues ("cues"), or the places ("places"; "places_local" those
        below a country's precision), indexed by offset once per run (the attributions and places do not change
        within the event stage)."""
        found = self._spans.get(kind)
        if found is None:
            if kind == "places":
                found = SpanIndex(_dc.ext(doc, "places") or [], _bounds)
            elif kind == "places_local":  # below a country's precision
                found = SpanIndex([p for p in _dc.ext(doc, "places") or [] if p.precision != "country"], _bounds)
            else:
                atts = _dc.ext(doc, "attributions") or []
                found = SpanIndex([a.source for a in atts if a.source] if kind == "speakers" else
                                  [a.cue for a in atts], tuple)
            self._spans[kind] = found
        return found


def _bounds(p) -> tuple[int, int]:
    return p.start, p.end


class _Scan:
    """The whole-document scan `SpanIndex.covers` replaces (outside the event stage's run: no index)."""
    __slots__ = ("spans",)

    def __init__(self, spans: list) -> None:
        self.spans = spans

    def covers(self, x: int) -> bool:
        return any(s <= x < e for s, e in self.spans)


def _speakers(doc: Doc):
    """Where the attributions' speakers lie: `covers(offset)` tells whether an offset is inside one."""
    index = _index(doc)
    if index is not None:
        return index.spans(doc, "speakers")
    return _Scan([a.source for a in _dc.ext(doc, "attributions") or [] if a.source])


def _sentence_places(doc: Doc, start: int, end: int) -> list:
    """The places starting in [start, end), in the places' order."""
    index = _index(doc)
    if index is not None:
        return index.spans(doc, "places").starting(start, end)
    return [p for p in _dc.ext(doc, "places") or [] if start <= p.start < end]


def _index(doc: Doc) -> _SentenceIndex | None:
    """The index of the event stage's run on `doc` (None outside it: callers then scan the whole document)."""
    return doc.user_data.get(_INDEX)


def _near(doc: Doc, kind: str, i: int, everything: list) -> list:
    """The `kind` items (mentions, quantities, timexes) of the sentence of token i, or `everything` unindexed."""
    index = _index(doc)
    return everything if index is None else getattr(index, kind)[index.of_token(i)]


_PEOPLE_ITEMS = frozenset({"people", "persons", "person"})  # (the words of any people a figure counts)


def _loose_word_figure(q) -> bool:
    """"dozens", "hundreds": a figure told by a word for its size alone (a lower bound, no count of its own)."""
    return q.approximate and q.best is None and not q.cumulative and q.low is not None \
        and not any(ch.isdigit() for ch in q.text or "0")


def _without_loose_restatements(events: list[Event]) -> list[Event]:
    """Session 26 (h7): "Gang members ... killing dozens of people. At least 70 people were killed": a word figure
    beside a count of the same kind and the same people that it holds is those people told loosely, not more dead
    (an export sums an event's tolls)."""
    for ev in events:
        qs = ev.quantities
        if len(qs) < 2:
            continue
        def restated(q) -> bool:
            item = (q.item or "").lower()
            return any(o is not q and o.kind == q.kind and not o.cumulative and not _loose_word_figure(o)
                       and (o.best if o.best is not None else o.low or 0) >= q.low
                       and (q.high is None or (o.best if o.best is not None else o.low or 0) <= q.high)
                       and (item == (o.item or "").lower() or item in _PEOPLE_ITEMS
                            or (o.item or "").lower() in _PEOPLE_ITEMS)
                       for o in qs)
        ev.quantities = [q for q in qs if not (_loose_word_figure(q) and restated(q))]
    return events


class EventExtractor:
    indexed = True  # look things up by sentence (False: scan the whole document, as tests compare)

    def __init__(self, typer=None):
        self.typer = typer

    def __call__(self, doc: Doc, doc_id: str, outlet: str | None) -> list[Event]:
        mentions = _dc.ext(doc, "actor_mentions") or []
        mentions = sorted(list(mentions) + group_anaphors(doc, mentions), key=lambda m: m.start)
        if not self.indexed:
            return _without_loose_restatements(self._extract(doc, doc_id, outlet, mentions))
        # (dropped at the end: the Doc may be serialized, and later stages must not read a stale index)
        doc.user_data[_INDEX] = _SentenceIndex(doc, list(doc.sents), mentions)
        try:
            return _without_loose_restatements(self._extract(doc, doc_id, outlet, mentions))
        finally:
            doc.user_data.pop(_INDEX, None)

    def _extract(self, doc: Doc, doc_id: str, outlet: str | None, mentions: list) -> list[Event]:
        data = lexicon()[0]
        published = parse_published(_dc.ext(doc, "published"))
        pub_date = published.date() if published else None
        dyad = _dc.ext(doc, "dyad") or []
        cited = document_citations(doc, outlet)
        text = _dc.text(doc)
        if _sports_story(doc, data):
            return []
        drafts: list[Draft] = []
        index = _index(doc)
        sents = index.sents if index is not None else list(doc.sents)
        headline_end = doc.user_data.get("sitrep.headline_end", 0)
        for si, sent in enumerate(sents):
            if sent.start_char < headline_end:
                continue  # a headline tells in brief what the body tells in full: its events would double them
            triggers = find_triggers(doc, sent.start, sent.end)
            if not triggers:
                continue
            # nouns that name what another trigger acts on ("breached the truce", "killed in Tuesday's
            # gunfight") or a weapon ("grenade launchers") are not events of their own: their words belong
            # to the clause that governs them
            # ("said it had lost no fighters during clashes with soldiers": no loss, and the clashes an event of their own)
            triggers = [t for t in triggers if not (t.outcome and _nobody(doc[t.i]))]
            tids0 = {t.i for t in triggers}
            triggers = [t for t in triggers if not _not_event(doc[t.i], tids0, t.end - t.i)
                        and not _described_past(doc[t.i], pub_date)]
            if not triggers:
                continue
            tids = {t.i for t in triggers}
            owners = {t.i: _owner(t, tids) for t in sent}
            # (all that a trigger of the sentence can use)
            near_m, near_q, near_t = (index.mentions[si], index.quantities[si], index.timexes[si]) if index is not None \
                else (mentions, _dc.ext(doc, "quantities") or [], _dc.ext(doc, "timexes") or [])
            for trig in triggers:
                tok = doc[trig.i]
                para = _entry_part(text, paragraph_bounds(text, tok.idx), tok.idx)
                in_para = {t.i for t in sent if para[0] <= t.idx < para[1]}
                clause = {i for i, o in owners.items() if o == trig.i} | set(range(trig.i, trig.end))
                own_clause = clause & in_para
                for c in tok.children:
                    # "rockets fired from X landed near Y on Monday": a verb sharing the trigger's subject
                    # goes on telling the same event
                    if c.dep_ == "conj" and c.pos_ == "VERB" and c.i not in tids and not any(
                            g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                        clause |= {i for i, o in owners.items() if o == c.i}
                clause &= in_para
                if _for_reason(doc, tok, data):
                    continue  # "arrested 14 people in connection with a string of kidnappings": no event of its own
                reference = _reference(tok, data) or _predicative(tok, tids) or _perceived(tok, data) or _ranked(tok)
                if _habitual(doc, clause, data, tok):
                    continue  # "clashes have flared repeatedly": a history, not an event
                if _tally(doc, tok, data):
                    continue  # "28 drone attacks so far this year": a count of events
                if _in_running_toll(tok, first=not drafts):
                    continue  # "taking the death toll from attacks this month to 40": what a total counts
                if _freed_from(tok):
                    continue  # "freed 12 women who had been abducted": the captivity they were freed from, told before
                if drafts and _time_anchor(tok):
                    continue  # "Hours after the riot, gunmen set fire to two buses": the event told before, a time mark
                if _fight_that_won(tok, triggers):
                    continue  # "recaptured the town from the militants following heavy fighting": the taking's fight
                if _background(doc, tok):
                    continue  # "Fighting has displaced 2.6 million people": the war's toll, not an event
                if _lasting(tok, data):
                    continue  # "which has fought the government for nearly two decades": a state of affairs
                if _charged_instigation(tok, data):
                    continue  # "accused X of provoking a confrontation": a charge, no fight told
                if tok.pos_ == "NOUN" and _definite(tok) and any(
                        _of_the_charge(doc, tok.i, j) for j in tids if j != tok.i and doc[j].pos_ == "VERB"):
                    # "arrested a commander on charges of ordering the killing of an activist in 2020": the deed he is
                    # held for, named in passing, is no event of the arrest's story
                    continue
                denial = False
                if trig.outcome and _nobody(tok):
                    continue  # "None of the others were injured": no casualty, no event
                if not reference and _is_irrealis(tok, data):
                    if not (_negated(tok) and tok.pos_ == "VERB" and not _modal(tok, data)):
                        continue
                    if not any(_in(own_clause, doc, p.start) for p in _dc.ext(doc, "places") or []
                               if p.precision != "country" and para[0] <= p.start < para[1]) and not any(
                            _in(own_clause, doc, t.start) for t in near_t if t.kind == "date"):
                        # "X did not fire on them": evidence for the event it answers, nothing more
                        d = Draft(trig, si, clause, trig.labels[0], negated=True, status="denied")
                        d.evidence = [_evidence(doc, trig, clause, tids - {trig.i}, para)]
                        drafts.append(d)
                        continue
                    denial = True  # "X did not fire rockets at Y on Monday": a denied event, its own place or day
                chain = _clause_chain(tok, owners)
                d = Draft(trig, si, clause, trig.labels[0])
                roles = _roles(doc, trig, mentions, clause)
                if trig.victim_subject and not trig.outcome and _in_custody(tok) and not any(
                        r == "actor1" and _custodian(doc, m, tok) for r, m in roles):
                    # session 23 (h6): a death in custody whose holder goes unnamed ("rioted after a young man died in
                    # custody", "40 inmates had died in custody this year") is told as a cause or a tally, no event
                    continue
                actor_spans = [(doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1]))
                               for r, m in roles if r in ("actor1", "actor2") and not (
                                   doc[m.head].dep_ == "pobj" and doc[m.head].head.lower_ in _PLACE_PREPS)
                               and not _place_mention(doc, m, data)]
                d.places = self._places(doc, clause, chain, owners, sent, actor_spans, para)
                verb_ids = {i for i, o in owners.items() if o == chain[1]} & in_para \
                    if len(chain) > 1 and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == chain[1] else set()
                # ("Shells struck a market in the south of the city": a noun trigger's verb tells its target)
                d.place_anaphor = not d.places and (_place_anaphor(doc, clause, data)
                                                    or bool(verb_ids) and _place_anaphor(doc, verb_ids, data))
                d.quantities = [q for q in near_q
                                if (q.noun in clause or q.verb in clause or q.verb == trig.i)]
                d.quantities += _sub_clause_figures(doc, tok, tids, owners, chain, d.quantities)
                d.quantities += [q for q in near_q if q not in d.quantities
                                 and _toll_of(doc, q, tok)]
                if tok.dep_ == "advcl" and tok.head.i not in tids and tok.head.pos_ == "VERB":
                    # "nine villagers were treated in hospital after rockets struck": the casualties told by
                    # the clause the event is subordinate to
                    # ("... has left at least 27 people dead, residents told X": the parser makes the people the
                    # subject of the telling that closes the sentence)
                    d.quantities += [q for q in near_q if q.verb is not None and (
                        q.verb == tok.head.i or doc[q.verb].head.i == tok.head.i and q.noun is not None
                        and q.noun < q.verb and doc[q.verb].lemma_.lower() in ("say", "tell"))
                        and q.quantity.kind in ("fatalities", "injuries") and q not in d.quantities]
                # "The shelling of X displaced 2,000 residents" (the verb a noun trigger is the subject of), "shelled X,
                # displacing 2,000 residents" (a participle on the trigger): the people the event drove out
                hosts = {c.i for c in tok.children if c.dep_ in ("advcl", "conj", "xcomp") and c.tag_ == "VBG"}
                if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
                    hosts.add(tok.head.i)
                if hosts:
                    d.quantities += [q for q in near_q if q.verb in hosts
                                     and q.quantity.kind == "displaced" and q not in d.quantities]
                if tok.dep_ in ("nsubj", "csubj") and tok.head.pos_ == "VERB" and tok.head.i not in tids:
                    # "Fighting has left at least 27 people dead": the toll told by the verb of no event of its own
                    # ("... has left at least 27 people dead, residents told X": the parser makes the people the
                    # subject of the telling that closes the sentence)
                    # ("Fighting broke out late on Tuesday and lasted until Wednesday, leaving eight people dead":
                    # a participle on that verb, or on one it shares its subject with, tells the toll too)
                    heads = {tok.head.i} | {c.i for c in tok.head.children if c.dep_ == "conj" and c.pos_ == "VERB"
                                            and c.i not in tids and not any(g.dep_ in ("nsubj", "nsubjpass")
                                                                            for g in c.children)}
                    d.quantities += [q for q in near_q if q.verb is not None and (
                        q.verb == tok.head.i or doc[q.verb].tag_ == "VBG" and doc[q.verb].dep_ in ("advcl", "conj")
                        and doc[q.verb].head.i in heads and q.verb not in tids
                        or doc[q.verb].head.i == tok.head.i and q.noun is not None
                        and q.noun < q.verb and doc[q.verb].lemma_.lower() in ("say", "tell"))
                        and q.quantity.kind in ("fatalities", "injuries") and q not in d.quantities]
                specific = [p for p in d.places if p.precision != "country"]
                if trig.weak and not specific and not d.quantities:
                    continue
                # "killed 23 and wounded 41 in X on Sunday, the room said on Monday": a verb coordinated with the
                # trigger without a subject of its own tells the same moment, even when it is a trigger itself
                shared = {i for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB" and not any(
                    g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for i, o in owners.items() if o == c.i} & in_para
                d.timex, d.time, d.clock = self._when(doc, clause | shared, chain, owners, para)
                if d.timex is None and d.clock is None:
                    # "Live updates ¶ 09:12 GMT: A car bomb exploded ...": the stamp of the live-blog entry the
                    # event is told in, when the parser cut it off the entry's first sentence
                    d.clock = _entry_stamp(doc, tok.idx)
                    d.time = d.clock.time if d.clock is not None else None
                d.said_day = d.timex is not None and not _in(clause, doc, d.timex.start) and any(
                    (_is_cue(doc, lvl) or doc[lvl].lemma_.lower() in _SAY_LEMMAS)
                    and (_in({i for i, o in owners.items() if o == lvl}, doc, d.timex.start)
                                           or _in(_statement_clauses(doc, lvl, owners), doc, d.timex.start))
                    for lvl in chain[1:])
                # a condemned or blamed attack ("condemned the attack, describing it as ... in the Horn of Africa")
                # owns only the places inside its own noun phrase
                own_ids = {t.i for t in tok.subtree} if reference else clause
                if not reference and tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and _definite(tok) \
                        and tok.head.i not in tids:
                    # "The attacks came a day after talks resumed in Kuala Lumpur": an event told before, as the
                    # subject of a verb of no event, owns only the places put on that verb ("took place in X")
                    own_ids = {t.i for t in tok.subtree} | {t.i for c in tok.head.children if c.dep_ == "prep"
                                                           and c.lower_ in ("in", "near", "at", "outside", "inside")
                                                           for t in c.subtree}
                own_places = any(_in(own_ids, doc, p.start) for p in d.places)
                d.anaphoric = not own_places and not d.quantities and (reference or _anaphoric(tok, tids))
                if own_places and not reference and not d.quantities and _takes_place(tok):
                    # "The attack took place near the village of X": the event told before, placed now
                    d.anaphoric = d.occurs_place = True
                    here = [p for p in _dc.ext(doc, "places") or [] if _in(own_ids, doc, p.start)]
                    d.places = [p for p in here if p.precision == "town"] or here or d.places
                if d.anaphoric and own_ids is not clause and not reference and not d.occurs_place:
                    d.places = []  # ("... after separatists declared a lockdown across X and Y": not its places)
                # "The attack occurred on Monday afternoon in the district of X": the subject of a verb of taking
                # place dates the event it names
                d.occurs_day = d.timex is not None and d.timex.kind != "time" \
                    and tok.pos_ == "NOUN" and _definite(tok) and tok.dep_ == "nsubj" \
                    and tok.head.lemma_.lower() in ("occur", "happen", "take") \
                    and _in({t.i for c in tok.head.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree},
                            doc, d.timex.start)
                if d.occurs_day:
                    d.said_day = False
                # (not for a verb joined by "and" to an act of its own subject: "they killed dozens of terrorists and
                # seized weapons" is the killers' seizure, never the dead's)
                shares_subject = tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.head.i == chain[1] \
                    and chain[1] in tids and not trig.victim_subject and not any(
                        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
                    and any(c.dep_ == "nsubj" for c in doc[chain[1]].children)
                if not roles and shares_subject:
                    subj = {c.i for c in doc[chain[1]].children if c.dep_ == "nsubj"}
                    roles = [("actor1", m) for m in near_m if m.head in subj]
                if not any(r == "actor1" for r, _ in roles) and tok.dep_ == "relcl" and tok.pos_ == "VERB" and any(
                        c.dep_ == "nsubj" and c.lower_ in ("who", "that", "which") for c in tok.children):
                    # session 27 (h3): "Soldiers killed four gunmen who had attacked a checkpoint", "police arrested
                    # two men who attacked a bus": the relative pronoun's antecedent did it, not the subject of the
                    # clause it hangs in
                    roles = [("actor1", m) for m in near_m if m.head == tok.head.i][:1] + roles
                if not roles and len(chain) > 1 and not _is_cue(doc, chain[1]) and not shares_subject:
                    parent = {i for i, o in owners.items() if o == chain[1]} & in_para
                    passive = any(c.dep_ == "auxpass" for c in doc[chain[1]].children)
                    # "X's provocations led to a clash": the parent's subject acts; "positions were subjected to
                    # fire": the passive subject is hit
                    ptrig = next((t for t in triggers if t.i == chain[1] and t.victim_subject), None)
                    otrig = next((t for t in triggers if t.i == chain[1] and t.outcome), None)
                    if ptrig is not None:  # "civilians died after a rocket hit": who died was hit
                        roles = _roles(doc, ptrig, mentions, parent)
                    elif otrig is not None and (tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "advcl"
                                                and tok.tag_ == "VBG" and tok.i == tok.sent.start
                                                and not any(c.dep_ in ("nsubj", "dobj") for c in tok.children)):
                        # (and "Fighting in X killed 40 people", the gerund parsed as a clause of its own)
                        # "Artillery fire by X killed 23 civilians": who the shelling killed was hit
                        roles = _roles(doc, otrig, mentions, parent)
                    elif tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") and (otrig is not None or any(
                            t.i == chain[1] for t in triggers)) and doc[chain[1]].pos_ == "VERB" and not passive:
                        # "Members of the X gang killed 115 people in an attack on Y": the attack the killing was
                        # done in has the killing's parties, each in its own role (who was killed was hit)
                        roles = _roles(doc, otrig or next(t for t in triggers if t.i == chain[1]), mentions, parent)
                    else:
                        # (never a party's post or vehicle: "a bomb struck a police vehicle, wounding three
                        # officers": the vehicle was hit)
                        targets = _lex_set("target_nouns")
                        proles = _roles(doc, Trigger(chain[1], chain[1] + 1, [], False, False, ""), mentions, parent)
                        # ("near a Somali army convoy": the country word inside a post or vehicle hit is hit too)
                        hit = [x for r, x in proles if r == "actor2" and doc[x.head].lemma_.lower() in targets]
                        # ("The killings bring to 200 the number of civilians killed": who a toll counts was hit)
                        # ("Clashes pitted X against Y": the verb names both sides, each in its role)
                        tolling = doc[chain[1]].lemma_.lower() in _RUNNING_VERBS | {"pit"}
                        roles = [(r if r != "actor2" or passive or tolling or doc[m.head].lemma_.lower() in targets
                                  or any(x is not m and x.start <= m.start and m.end <= x.end for x in hit)
                                  or _between_second(doc[m.head]) or doc[m.head].dep_ == "pobj"
                                  and _figure_prep(doc, doc[m.head].head, doc[m.head]) else "actor1", m)
                                 for r, m in proles if not _freed_people(doc[m.head], tok)]
                # "a Russian drone strike hit ...": the event's own words are no party; the country word inside acts
                roles = [(r, m) for r, m in roles if not (m.head in tids and any(
                    x is not m and m.start <= x.start and x.end <= m.end for x in mentions))]
                att = attribution_at(doc, tok.idx, tok.idx + len(tok)) or _near_source(doc, sent, data)
                # in a direct quote only "we" is the speaker: "They beat us," said a student
                own = ("we",) if att is not None and att.kind == "direct" else ("it", "they", "we")
                doer = tok.head if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and \
                    tok.head.lemma_.lower() in set(data.get("light_verbs") or ()) else tok
                while doer.dep_ == "conj" and doer.pos_ == "VERB" and doer.head.pos_ in ("VERB", "AUX") and not any(
                        c.dep_ in ("nsubj", "nsubjpass") for c in doer.children):
                    doer = doer.head  # "the army said it had destroyed a base and seized weapons": its subject too
                if doer.dep_ == "advcl" and doer.tag_ == "VBG" and doer.head.pos_ == "VERB" and not any(
                        c.dep_ in ("nsubj", "nsubjpass") for c in doer.children):
                    # session 20 (h7): "the division said it launched operations against the gunmen, killing
                    # eight": the participle's doer is the subject of the verb it follows
                    doer = doer.head
                poss = ("our",) if own == ("we",) else ("its", "their", "our")
                # (the attribution of the verb a participle follows is the participle's: "..., killing eight")
                # (only that verb's own attribution, never a source of a sentence nearby)
                att_doer = att if doer is tok or doer.dep_ == "conj" else attribution_at(doc, doer.idx, doer.idx + len(doer))
                told_of_itself = False
                if not any(r == "actor1" for r, _ in roles) and att_doer is not None \
                        and (att_doer.source_resolved or att_doer.source) and not trig.victim_subject \
                        and any(c.dep_ == "nsubj" and (c.lower_ in own or any(
                            g.dep_ == "poss" and g.lower_ in poss for g in c.children)) for c in doer.children):
                    # "The RSF said it had taken the airport", "the army said its aircraft carried out strikes"
                    speaker = _speaker_mention(doc, att_doer)  # "The RSF said it had taken the airport"
                    if speaker is not None:
                        roles = [("actor1", speaker)] + roles
                        told_of_itself = True
                speaker = _speaker_mention(doc, att) if att is not None else None
                d.actors = self._actors(doc, roles, trig, dyad, d, speaker.country if speaker else None,
                                        speaker.sector if speaker else None)
                d.status = "denied" if denial else self._status(doc, tok, clause, data)
                if d.status == "reported" and att is not None and _own_claim(doc, att, d.actors, told_of_itself):
                    d.status = "claimed"  # "ISWAP said its fighters captured the base": the perpetrator's own word
                d.reference = reference
                if not d.actors:  # (a claim of "the attack" is of the attack told before, whatever it says)
                    d.claimant = [m.to_actor("actor1", doc) for m in _claimants(doc, tok, mentions)]
                d.evidence = [_evidence(doc, trig, clause, tids - {trig.i}, para)]
                d.sources = chain_for(doc, att, outlet, cited) if att else (
                    [Source(outlet, "outlet")] + cited if outlet else list(cited))
                d.label = self._label(doc, d, trig)
                drafts.append(d)
        drafts = self._merge(doc, drafts, sents)
        _claims_of_told_events(doc, drafts, sents, mentions)
        _risen_tolls(doc, drafts, sents)
        _given_tolls(doc, drafts, sents)
        return _apply_ceilings(doc, self._finish(doc, drafts, doc_id, pub_date, dyad))

    # --- pieces -----------------------------------------------------------------------------------------
    def _places(self, doc, clause, chain, owners, sent, actor_spans=(), para=(0, 10 ** 12)) -> list[Place]:
        text = _dc.text(doc)
        speakers = _speakers(doc)
        places = [p for p in _sentence_places(doc, sent.start_char, sent.end_char)
                  if para[0] <= p.start < para[1]
                  and not _in_dateline(doc, p.start)  # where the report was filed, not the event
                  and (not speakers.covers(p.start) or _home_of_party(text, p, actor_spans))
                  # a place inside a party's phrase is that party's, unless the phrase places it: "attacked the base
                  # of the 149 Battalion in Malam-Fatori" is an attack in Malam-Fatori
                  and not any(s <= p.start < e and not _PREP_BEFORE.search(text[max(s, p.start - 12):p.start])
                              for s, e in actor_spans if not _home_of_party(text, p, actor_spans))
                  and not _metonym(doc, p) and not _destination(doc, p, lexicon()[0])]
        # "arrested a man linked to the bombing of a bus in Isulan": the place of the deed he is held for
        charged = [p for p in places if _charge_span(doc, p.start, chain[0])]
        if charged and len(charged) < len(places):
            places = [p for p in places if p not in charged]
        # "entered the town from the direction of Mirebalais": where the attackers came from, not where it happened
        places = [p for p in places if not _FROM_DIRECTION.search(text, max(0, p.start - 40), p.start)]
        # "condemned the killing of the passengers, whom he described as labourers from Punjab": where people came
        # from, not where they were hit
        places = [p for p in places if not _ORIGIN_BEFORE.search(text, max(0, p.start - 50), p.start)]
        # "Armed youth from Jonglei State raided cattle camps in Pibor": where a party came from qualifies the party,
        # not where it acted, when the sentence places the act elsewhere
        origin = [p for p in places if _from_phrase_of_noun(doc, p.start)]
        if origin and len(origin) < len(places):
            places = [p for p in places if p not in origin]
        # "forces loyal to the Tripoli-based government arrested 14 people in Zawiya": a place that qualifies a party
        places = [p for p in places if not _PARTY_MODIFIER_AFTER.match(text, p.end)]
        # "clashes in Libya's capital", "in the capital of Mali": the capital city, not the whole country
        places = [_capital_of(text, p) or p for p in places]
        # "near the crossing point with Serbia", "on the border with Niger": the country across the line, not where
        places = [p for p in places if not (p.feature_code in ("PCLI", "PCLD", "PCLS", "PCLIX", "PCL")
                                            and _BORDER_WITH.search(text, max(0, p.start - 40), p.start))]
        # "near Kumbo, about 100 km north-east of Bamenda": a place a distance is measured from is no place of the event
        # (or a bare bearing after a comma: "in the town of X, east of the Euphrates river")
        measured = [p for p in places if _DISTANCE_FROM.search(text, max(0, p.start - 60), p.start)
                    or _BEARING_FROM.search(text, max(0, p.start - 40), p.start)]
        if measured and len(measured) < len(places):
            places = [p for p in places if p not in measured]
        landmarks = [p for p in places if any(q.end <= p.start and _NEAR_LANDMARK.match(text[q.end:p.start])
                                              for q in places)]
        if landmarks and len(landmarks) < len(places):
            places = [p for p in places if p not in landmarks]
        # "intercepted a rocket fired from Gaza over Ashkelon": where a weapon was launched from is not where it
        # struck or was stopped, when the sentence names that place too
        launched = [p for p in places if _LAUNCHED_FROM.search(text, max(0, p.start - 40), p.start)]
        if launched and len(launched) < len(places):
            places = [p for p in places if p not in launched]
        named = [p for p in places if _party_country(doc, p)]
        if named and _main_country(doc) is not None:
            # "Pakistan Army initiated firing" in a story placed elsewhere: the country in a party's name says
            # whose forces act, not where; the article's places (or its main country) place the event
            places = [p for p in places if p not in named]
        # "..., the secretary said at a press conference in Morelia": where it was said is not where it happened
        said_at = {i for n, level in enumerate(chain) if n and _is_cue(doc, level)
                   for i, o in owners.items() if o == level}
        if said_at:
            # ("In Verrettes, residents reported that gunmen abducted 11 people": a place opening the sentence before
            # its speaker sets the scene of what is told, not where it was said)
            places = [p for p in places if not _in(said_at, doc, p.start)
                      or _SCENE_OPENING.fullmatch(text, sent.start_char, p.start) and _COMMA_AFTER.match(text, p.end)]
        for n, level in enumerate(chain):
            ids = clause if level == chain[0] else {i for i, o in owners.items() if o == level}
            found = [p for p in places if _in(ids, doc, p.start)]
            if not found and n == 0:
                # "a jet belonging to X in the direction of Y": participles that describe the trigger's noun
                participles = {o for i, o in owners.items() if o != level and doc[o].dep_ == "acl"
                               and doc[o].head.i in clause}
                ids = {i for i, o in owners.items() if o in participles}
                found = [p for p in places if _in(ids, doc, p.start)]
            if found:
                return _specific(found)
        return _specific(places)

    def _when(self, doc, clause, chain, owners, para=(0, 10 ** 12)):
        timexes = [t for t in _near(doc, "timexes", chain[0], _dc.ext(doc, "timexes") or [])
                   if para[0] <= t.start < para[1] and not _dates_another_noun(doc, t, chain[0])
                   and not _charge_span(doc, t.start, chain[0]) and not _comparison_baseline(doc, t, chain[0])]
        for j, level in enumerate(chain):
            ids = clause if level == chain[0] else {i for i, o in owners.items() if o == level}
            if j > 0 and (_is_cue(doc, level) or doc[level].lemma_.lower() in _SAY_LEMMAS):
                # "killed four people travelling near X on Thursday, the front said in a statement on Friday": a
                # day in a participle of the event's own clause (the parser hangs "on Thursday" on "travelling")
                # is the event's day, before the day of the statement that tells it
                below = chain[j - 1]
                parts = {o for o in set(owners.values()) if o != below and doc[o].tag_ == "VBG"
                         and doc[o].dep_ in ("acl", "advcl") and any(a.i == below for a in doc[o].ancestors)}
                # ("were killed in a riot ... that began on Sunday afternoon, the agency said on Monday": the day the
                # event the killing was done in began)
                parts |= {o for o in set(owners.values()) if o != below and doc[o].dep_ == "relcl"
                          and doc[o].lemma_.lower() in _lex_set("onset_verbs") and _in_event_noun(doc, o, below, owners)}
                if parts:
                    pids = {i for i, o in owners.items() if o in parts}
                    own = [t for t in timexes if _in(pids, doc, t.start)
                           and t.kind not in ("cumulative", "time", "period")
                           and t.date and not t.since and t.precision in ("day", "part_of_day")]
                    if own and len({t.date for t in own}) == 1:
                        joined = _joined_times(doc, timexes, own[0])
                        return own[0], (joined[0].time if joined else None), None
            found = [t for t in timexes if _in(ids, doc, t.start) and t.kind != "cumulative"]
            if found:
                dates = [t for t in found if t.kind != "time"]
                times = [t for t in found if t.kind == "time"]
                if not dates:
                    # "at around 3:15 pm": a clock time names no day; the day is the story's (see _date), the
                    # publication's only when the story told none
                    return None, times[0].time, times[0]
                if len(dates) > 1:
                    # "the army said on Tuesday it had killed ... over the weekend", the saying's day hung on the
                    # event verb by the parser: the day of the saying yields to another day of the clause
                    own = [t for t in dates if not _SAID_BEFORE.search(_dc.text(doc)[max(0, t.start - 16):t.start])]
                    dates = own or dates
                named = [t for t in dates if t.precision == "day" and t.text.lower().lstrip("on ").strip()
                         not in _RELATIVE_DAYS]
                if named and dates[0].text.lower() in _RELATIVE_DAYS:
                    dates = named  # "overnight on March 14": the named day, not the night before publication
                if not times:
                    # "at around 04:30 on March 3", "on Friday at 10 p.m.": a clock time joined to the day the
                    # parser hung elsewhere is that day's time
                    times = _joined_times(doc, timexes, dates[0])
                return dates[0], (times[0].time if times else None), None
        # "were killed when glide bombs struck Kharkiv at about 15:20": a "when" clause on the trigger tells the
        # moment of the event itself
        moment = {i for i, o in owners.items() if _when_clause_of(doc, o, chain[0])}
        at = [t for t in timexes if _in(moment, doc, t.start) and t.kind != "cumulative" and not t.since]
        if at and len({(t.date, t.time) for t in at if t.kind != "time"}) <= 1:
            dates = [t for t in at if t.kind != "time" and t.precision in ("day", "part_of_day")]
            times = [t for t in at if t.kind == "time"]
            if dates or times:
                return (dates[0] if dates else None), (times[0].time if times else None), \
                    (None if dates or not times else times[0])
        # a day told by a clause on the trigger noun itself ("a peace deal signed in 2018", "the war that broke out
        # in 2013"): the day of the thing the noun names
        own = {o for o in set(owners.values()) if doc[o].dep_ in ("acl", "relcl") and doc[o].head.i == chain[0]
               and doc[o].head.pos_ == "NOUN"}
        if own:
            on_noun = [t for t in timexes if t.kind not in ("cumulative", "time") and t.date and not t.since
                       and _in({i for i, o in owners.items() if o in own}, doc, t.start)]
            if len(on_noun) == 1:
                return on_noun[0], None, None
        # a day told only in a sub-clause of the sentence ("bombed a monastery where people were sheltering on
        # the evening of July 10") is still the sentence's day: better than the publication's
        rest = [t for t in timexes if _in(set(owners), doc, t.start) and t.kind not in ("cumulative", "time", "period")
                and t.date and not t.since and t.precision in ("day", "part_of_day")]
        if len(rest) == 1:
            joined = _joined_times(doc, timexes, rest[0])
            return rest[0], (joined[0].time if joined else None), None
        return None, None, None

    def _status(self, doc, tok, clause, data) -> str:
        att = attribution_at(doc, tok.idx, tok.idx + len(tok))
        if _denied(doc, tok, data) or att is not None and stance_of(
                att.cue_lemma or "", " ".join(_dc.text(doc)[s:e] for s, e in att.content)) == "deny":
            return "denied"
        return "claimed" if _hedged(doc, clause, data) or _possible_past(tok, data) else "reported"

    def _actors(self, doc, roles, trig, dyad, d, speaker_country=None, speaker_sector=None) -> list[Actor]:
        actors: list[Actor] = []
        known = [m.country for _, m in roles if m.country]
        for role, m in roles:
            a = m.to_actor(role, doc)
            own = re.match(r"(its|our|their)\b", m.text, re.I) and not m.adversary
            if a.country is None and own:
                a.country = speaker_country  # "its forces", in the words of a ministry, are that ministry's
            if own and speaker_sector in _ARMED_NONSTATE and a.sector in _STATE_FORCES:
                # "the paramilitary group said its forces had taken X": the group's fighters, not a state's army
                a.sector = speaker_sector
                a.country = a.country or _domestic_country(doc, d.places)
            if m.adversary:
                a.country = opponent_of(known[0], dyad) if known else (dyad[1] if len(dyad) == 2 else None)
                a.sector = a.sector or "MIL"
            if a.country is None and a.sector in _STATE_FORCES and not m.adversary and \
                    sector_of(doc[m.head].text) in _STATE_FORCES:  # "federal forces", not "a drone strike"
                a.country = _domestic_country(doc, d.places)  # "federal forces" in an article about one country's war
            if a.sector == "STATE" and role == "actor1" and m.end - m.start == 1 and m.head == m.start \
                    and doc[m.head].dep_ in ("amod", "compound", "nmod") and doc[m.head].head.i == trig.i \
                    and set(trig.labels) & _STRIKE_LABELS:
                # "A Turkish drone strike", "an Israeli airstrike": a country word on a strike carried out is its
                # armed forces that struck, not the state at large
                a.sector = "MIL"
            elif a.sector == "STATE" and role == "actor1" and doc[m.head].pos_ == "NOUN" \
                    and doc[m.head].lemma_.lower() in _WEAPON_HEADS | _lex_set("instrument_nouns"):
                # "Azerbaijani sniper fire wounded ...", "US aircraft carried out strikes": a country word on the fire
                # or the weapon that struck is its armed forces
                a.sector = "MIL"
            if a.country is None and a.sector in _STATE_FORCES and not m.adversary and role == "actor2" \
                    and doc[m.head].lemma_.lower() in _lex_set("target_nouns"):
                # "a rocket hit the K1 military base": a post of state forces named with no country is the story's
                a.country = _domestic_country(doc, d.places)
            if a.sector == "STATE" and role == "actor2" and doc[m.head].lemma_.lower() in _lex_set("civilian_property"):
                a.sector = "CVL"  # "demolished three Palestinian homes": people's homes, the country word their owners'
            if a.country is None and a.sector is None:
                continue
            if any(x.name == a.name and x.role == a.role for x in actors):
                continue
            actors.append(a)
        if trig.two_sided:
            _joint_sides(doc, roles, actors)
        if (trig.labels[0] == "AGREEMENT" or trig.lemma in _lex_set("reciprocal_triggers")) \
                and not any(a.role == "actor2" for a in actors):
            # "the government and the rebels agreed to ...", "soldiers and Boko Haram fighters clashed": the party
            # coordinated with the subject of a deal or of a fight both sides wage is the other side
            first = next((m for r, m in roles if r == "actor1"), None)
            for r, m in roles:
                # (or on a word inside its phrase: "the government of Sudan and the SPLM-N signed ...", the parser
                # joining the second party to the first's "of" phrase)
                if first is not None and m is not first and doc[m.head].dep_ == "conj" \
                        and (doc[m.head].head.i == first.head or first.start <= doc[m.head].head.i < first.end
                             and not first.start <= m.start < first.end):
                    a2 = next((a for a in actors if a.name == m.text), None)
                    if a2 is None:
                        a2 = m.to_actor("actor2", doc)
                        if a2.sector is None and a2.country is None:
                            continue
                        actors.append(a2)
                    a2.role = "actor2"
                    break
            else:
                # (the parser's slip making both parties subjects of the verb: the second one named is the other side)
                second = next((m for r, m in roles if r == "actor1" and first is not None and m.start >= first.end
                               and doc[m.head].dep_ == "nsubj" and doc[m.head].head.i == doc[first.head].head.i
                               and doc[first.head].dep_ == "nsubj"), None) if trig.labels[:1] == ["AGREEMENT"] else None
                a2 = next((a for a in actors if second is not None and a.name == second.text), None)
                if a2 is not None:
                    a2.role = "actor2"
        countries = {a.country for a in actors if a.country}
        hit_civilians = any(a.role == "actor2" and a.sector in ("CVL", "PRO", "MED", "NGO") for a in actors)
        # (only when that country's side is its state: rebels of one country fight no other state by the dyad alone,
        # "ADF fighters attacked a village" in a story that also tells of Ugandan troops)
        state_side = any(a.sector in _STATE_FORCES for a in actors) or not any(
            a.sector in ("REB", "MLT", "UAG") for a in actors)
        # (session 20, h7: nor a crowd's: "protesters stormed the council building" in Basra fought no Turkish army)
        crowd = any(a.sector in ("PRO", "RIO") for a in actors)
        # (session 23, h6: not where both sides are named already: "gunmen opened fire on a patrol, wounding a Kosovo
        # police officer" in a Serbia-Kosovo story was fought by no Serbian army)
        # ... nor where the sentence names an armed group of its own: "a police officer was wounded when gunmen
        # opened fire" was hit by those gunmen)
        both = {a.role for a in actors} >= {"actor1", "actor2"} or any(
            m.sector in ("UAG", "REB", "MLT") and not m.adversary
            for m in _near(doc, "mentions", trig.i, _dc.ext(doc, "actor_mentions") or []))
        if trig.two_sided and len(countries) == 1 and len(dyad) == 2 and not hit_civilians and state_side \
                and not crowd and not both and not _device_in_sentence(doc, trig):
            # the other side fought back; not when the ones hit were civilians ("..., injuring two workers")
            other = opponent_of(next(iter(countries)), dyad)
            if other and other in _fighting_countries(doc) and not _allied(doc, next(iter(countries)), other) \
                    and _told_together(doc, next(iter(countries)), other):
                # (never a deal's venue or a refuge, nor a force told fighting beside the other)
                role = "actor2" if any(a.role == "actor1" for a in actors) else "actor1"
                actors.append(Actor(name=f"Military Forces of {country_name(other)}", country=other, sector="MIL",
                                    role=role))
        if actors and not any(a.role == "actor1" for a in actors):
            # a party named with no role acts; who was hit (actor2) is never made the attacker
            first = next((a for a in actors if a.role != "actor2"), None)
            if first is not None and first.sector == "CVL" and set(trig.labels[:1]) & _HARM_LABELS:
                # ("bring to 200 the number of civilians killed": civilians named beside a killing with no role of
                # their own were its victims, never who did it)
                if not any(a.role == "actor2" for a in actors):
                    first.role = "actor2"
            elif first is not None:
                first.role = "actor1"
        tok = doc[trig.i]
        if not any(a.role == "actor1" for a in actors) and set(trig.labels) & _STRIKE_LABELS and tok.pos_ == "NOUN":
            # "A military airstrike on a monastery killed 14": a strike named by the state's forces that made it, in a
            # story of one country's war, is that country's military
            word = next((c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i
                         and c.lower_ in ("military", "army", "junta", "government", "regime")), None)
            country = _domestic_country(doc, d.places) if word is not None else None
            if country is not None:
                actors.insert(0, Actor(name=f"{word.text} {tok.text}", country=country, sector="MIL", role="actor1",
                                       start=word.idx, end=tok.idx + len(tok)))
        return _dedupe_actors(actors, _coordinated_parties(doc, roles))

    def _label(self, doc, d: Draft, trig: Trigger) -> str:
        labels = trig.labels
        by_weapon = _agent_instrument(doc[trig.i], lexicon()[0], trig.victim_subject) \
            if labels[0] in ("ATTACK", "ARMED_CLASH") else None
        if by_weapon:
            return by_weapon  # "a man was killed by a guided aerial bomb": an air strike
        if labels[0] == "PROPERTY_DISTRUCT" and doc[trig.i].pos_ == "VERB":
            # "its aircraft had destroyed 14 RSF combat vehicles", "artillery destroyed two tanks": the weapon that
            # destroyed is the strike (a deliberate destruction of property is done by people, not aircraft)
            table = lexicon()[0].get("agent_instruments") or {}
            made = next((table[c.lemma_.lower()] for c in doc[trig.i].children
                         if c.dep_ == "nsubj" and c.lemma_.lower() in table), None)
            if made in ("AIR_STRIKE", "ART_MISS_ATTACK"):
                return made
        sectors2 = {a.sector for a in d.actors if a.role == "actor2"}
        sectors1 = {a.sector for a in d.actors if a.role == "actor1"}
        if labels[0] == "PEACE_PROTEST" and not sectors2:
            force = _riot_gear_user(doc, trig)
            if force is not None:
                # session 23 (h6): "Protesters blocked the highway, and police used tear gas to clear roadblocks": the
                # force the crowd met in the joined clause made the protest one with intervention
                d.actors.append(Actor(name=force.text, country=force.country or _domestic_country(doc, d.places),
                                      sector=force.sector, role="actor2", start=doc[force.start].idx,
                                      end=doc[force.end - 1].idx + len(doc[force.end - 1])))
                for a in d.actors:
                    if a.role == "actor1" and a.sector == "CVL":
                        a.sector = "PRO"
                return "PROTEST_WITH_INTER"
        if self.typer is not None and len(labels) > 1:
            pred = self.typer.predict([d.evidence[0].text])[0]
            ranked = sorted(labels, key=lambda lab: -pred.scores.get(lab, 0.0))
            labels = ranked
        at_protest = any(doc[i].lemma_.lower() in ("protest", "demonstration", "rally", "march", "sit-in")
                         and doc[i].dep_ == "pobj" and doc[i].head.lower_ in ("during", "at") for i in d.clause)
        if at_protest and labels[0] in ("ATTACK", "ARMED_CLASH") and not sectors1 & {"REB", "MLT", "UAG"}:
            # "a student was shot dead during a protest": deadly force against protesters
            for a in d.actors:
                if a.role == "actor2" and a.sector == "CVL":
                    a.sector = "PRO"
            return "FORCE_AGAINST_PROTEST" if _lethal(doc, d, trig) else "PROTEST_WITH_INTER"
        disperse = _word_set("disperse_verbs")
        if labels[0] in ("ATTACK", "ARMED_CLASH") and sectors1 & {"POL", "MIL", "BGD", "GOV"} and any(
                doc[i].lemma_.lower() in disperse and doc[i].pos_ == "VERB" for i in
                range(doc[trig.i].sent.start, doc[trig.i].sent.end)):
            # "police fired tear gas to disperse thousands of supporters": who is dispersed was protesting
            for a in d.actors:
                if a.role == "actor2" and a.sector in ("CVL", None):
                    a.sector = "PRO"
            sectors2 = {a.sector for a in d.actors if a.role == "actor2"}
        if labels[0] == "VIOL_DEMONSTR" and trig.lemma in ("throw", "hurl", "lob") and sectors1 \
                and sectors1 <= {"UAG", "REB", "MLT"}:
            # "unidentified assailants hurled a petrol bomb at the offices of a party": an armed group's (or
            # unknown attackers') attack on people, or on property, not a crowd's riot
            hit = any(a.role == "actor2" and a.sector in ("CVL", "PRO", "MED", "JRN", "REL", "EDU", "HLH")
                      for a in d.actors)
            return "ATTACK" if hit or trig.outcome or any(q.quantity.kind in ("fatalities", "injuries")
                                                          for q in d.quantities) else "PROPERTY_DISTRUCT"
        if labels[0] in ("ATTACK", "ARMED_CLASH") and sectors1 & {"POL", "MIL", "BGD"} and not sectors2 - {
                "CVL", "PRO"} and _on_a_protest(doc, d):
            # "security forces raided the sit-in", "troops stormed the protest camp": force on a protest
            for a in d.actors:
                if a.role == "actor2":
                    a.sector = "PRO"
            return "FORCE_AGAINST_PROTEST" if _lethal(doc, d, trig) else "PROTEST_WITH_INTER"
        crowd = _lex_set("protest_crowd_nouns")
        if labels[0] in ("ATTACK", "ARMED_CLASH") and sectors1 & {"POL", "MIL", "BGD", "GOV"} and not sectors2 - {
                "CVL", "PRO"} and any(doc[i].dep_ in ("dobj", "pobj") and doc[i].lemma_.lower() in crowd for i in d.clause):
            # "soldiers beat marchers with batons and fired live ammunition into the crowd": force against a protest
            for a in d.actors:
                if a.role == "actor2" and a.sector in ("CVL", None):
                    a.sector = "PRO"
            if not any(a.role == "actor2" for a in d.actors):
                who = next(doc[i] for i in sorted(d.clause) if doc[i].dep_ in ("dobj", "pobj")
                           and doc[i].lemma_.lower() in crowd)
                first = min(who.left_edge.i, who.i)
                d.actors.append(Actor(name=doc[first:who.i + 1].text, country=None, sector="PRO", role="actor2",
                                      start=doc[first].idx, end=who.idx + len(who)))
            live = any(doc[i].lower_ == "live" and doc[i].head.lemma_.lower() in ("ammunition", "fire", "round", "bullet")
                       for i in d.clause)
            return "FORCE_AGAINST_PROTEST" if live or _lethal(doc, d, trig) else "PROTEST_WITH_INTER"
        if labels[0] in ("ATTACK", "ARMED_CLASH") and sectors2 & {"PRO"} and sectors1 & {"POL", "MIL", "BGD", "GOV"} \
                and _in_custody(doc[trig.i]):
            # "An opposition activist ... died in police custody": a wrong done to a prisoner, no protest met by force
            for a in d.actors:
                if a.role == "actor2" and a.sector == "PRO":
                    a.sector = "CVL"
            sectors2 = {a.sector for a in d.actors if a.role == "actor2"}
        if labels[0] in ("ATTACK", "ARMED_CLASH") and sectors2 & {"PRO"} and sectors1 & {"POL", "MIL", "BGD", "GOV"}:
            # "police fired tear gas at students protesting": force against a protest; lethal force is excessive
            return "FORCE_AGAINST_PROTEST" if _lethal(doc, d, trig) else "PROTEST_WITH_INTER"
        if labels[0] in ("ATTACK", "ARMED_CLASH") and sectors1 & {"POL", "MIL", "BGD"} \
                and not sectors2 & (_ARMED_SECTORS - {"GOV", "STATE"}) \
                and _RIOT_GEAR.search(" ".join(doc[i].text for i in sorted(d.clause))):
            # "police fired tear gas at supporters of the former prime minister who had gathered outside the court":
            # crowd-control weapons are used on a crowd (a protest), not on an armed party
            for a in d.actors:
                if a.role == "actor2":
                    a.sector = "PRO"
            return "FORCE_AGAINST_PROTEST" if _lethal(doc, d, trig) else "PROTEST_WITH_INTER"
        if labels[0] in ("ARMED_CLASH", "ATTACK") and not sectors1 & {"MIL", "REB", "MLT", "UAG", "BGD"} \
                and _thrown_missiles(d, lexicon()[0], doc[trig.i].sent):
            # "clashes broke out where young men threw stones and petrol bombs at police": a riot
            for a in d.actors:
                if a.role == "actor1" and a.sector in ("CVL", "PRO", None):
                    a.sector = "RIO"
            return "VIOL_DEMONSTR"
        if labels[0] == "ARMED_CLASH" and trig.lemma in _lex_set("reciprocal_triggers") \
                and not (sectors1 | sectors2) & {"REB", "MLT", "UAG", "PMC"}:
            # "supporters of the opposition party clashed with police", "police clashed with students": unarmed
            # followers of a cause fighting the police are rioters (a violent demonstration), not a side in a battle
            followers = [a for a in d.actors if a.role in ("actor1", "actor2") and a.sector in ("CVL", "PRO", "RIO")
                         and re.split(r"\s+(?:of|from|in|loyal)\s+", a.name)[0].split()[-1].lower()
                         in _lex_set("demonstrator_nouns")
                         or a.role in ("actor1", "actor2") and a.sector in ("PRO", "RIO")]
            others = [a for a in d.actors if a.role in ("actor1", "actor2") and a not in followers]
            if followers and others and all(a.sector in ("POL", "BGD", "MIL", "GOV") for a in others):
                for a in followers:
                    a.role, a.sector = "actor1", "RIO"
                for a in others:
                    a.role = "actor2"
                d.actors.sort(key=lambda a: {"actor1": 0, "actor2": 1}.get(a.role or "", 2))
                return "VIOL_DEMONSTR"
            if followers and not others and not _ARMED_CROWD.search(" ".join(a.name for a in followers)):
                # session 23 (h6): "clashes between supporters of rival parties": followers fighting followers, with
                # no armed or state side, are rioters against rioters (ACLED: mob violence), not a battle
                for a in followers:
                    a.sector = "RIO"
                return "MOB_VIOL"
        crowd1 = [a for a in d.actors if a.role == "actor1" and a.sector in ("PRO", "RIO", "MOB", "CVL")]
        if labels[0] in ("ATTACK", "ARMED_CLASH") and trig.lemma != "lynch":
            for a in [a for a in crowd1 if _ARMED_CROWD.search(a.name)]:
                # "armed youths raided cattle camps, killing 11": an armed band (a communal militia), not a mob
                a.sector = "MLT"
                crowd1.remove(a)
            sectors1 = {a.sector for a in d.actors if a.role == "actor1"}
        if labels[0] in ("ATTACK", "ARMED_CLASH") and crowd1 and not sectors1 & (_ARMED_SECTORS | {"MLT", "UAG"}) \
                and (trig.lemma == "lynch" or any(re.split(r"\s+(?:of|from|in)\s+", a.name)[0].split()[-1].lower()
                                                  in _lex_set("mob_nouns") for a in crowd1)):
            # (the crowd's own noun, before what names where it is from: "residents of the village of X")
            # "a crowd lynched a suspected thief", "angry residents beat a man to death": mob violence
            for a in crowd1:
                a.sector = "RIO"
            return "MOB_VIOL"
        if labels[0] in ("ATTACK", "ARMED_CLASH") and sectors1 and sectors1 <= {"PRO", "RIO"}:
            # "protesters stormed the parliament building and set part of it on fire": a demonstration turned violent
            for a in d.actors:
                if a.role == "actor1":
                    a.sector = "RIO"
            return "VIOL_DEMONSTR"
        if "ATTACK" in labels and "ARMED_CLASH" in labels:
            if trig.outcome and _in_a_fight(doc[trig.i]):
                # "troops killed two men in a gunfight near X": the dead of a fight fell in a battle, whoever they were
                return "ARMED_CLASH"
            if sectors2 & {"CVL", "PRO", "MED"}:
                return "ATTACK"
            if sectors2 == {"GOV"} and not sectors1 & STATE_SECTORS:
                # "gunmen shot dead a local council official": an unarmed official killed is violence against a
                # civilian (ACLED), not a battle with the state's forces
                return "ATTACK"
            if sectors2 & STATE_SECTORS or sectors1 & STATE_SECTORS:
                return "ARMED_CLASH"
            if sectors2 and sectors2 <= {"REB", "MLT", "UAG"}:
                return "ARMED_CLASH"  # "two terrorists were killed when the army foiled an infiltration bid"
            if not sectors1 and not sectors2 and _armed_dead_only(d):
                return "ARMED_CLASH"  # "said 12 militants were killed and denied …": no side parsed, the dead armed
        if labels[0] in ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER") and _unopposed(doc, trig):
            return "NON_VIOL_TERRIT_TRANSFER"  # "took the town after the militants abandoned it without a fight"
        if labels[0] in ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER") and sectors1:
            return "GOV_REGAINS_TERIT" if sectors1 & STATE_SECTORS else "NON_STATE_ACTOR_OVERTAKES_TER"
        if labels[0] in ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER") and trig.lemma.split()[-1] in (
                "retake", "recapture", "regain", "liberate") and any(
                s.kind in ("government", "ministry", "military", "official") for s in d.sources[1:]):
            return "GOV_REGAINS_TERIT"  # "the government said the base was retaken on Sunday": taken back by the state
        if labels[0] in ("PEACE_PROTEST", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST", "VIOL_DEMONSTR"):
            for a in d.actors:
                if a.role == "actor1" and a.sector == "CVL":
                    a.sector = "PRO" if labels[0] != "VIOL_DEMONSTR" else "RIO"
        # (the armed state's own: not "demolished three Palestinian homes", where a country word marks the owners)
        if "PROPERTY_DISTRUCT" in labels and (sectors1 & {"MIL"} and sectors2 & (_STATE_FORCES | {"GOV"})):
            return "ARMED_CLASH"
        if labels[0] == "PROPERTY_DISTRUCT" and sectors1 & {"PRO", "RIO"}:
            for a in d.actors:
                if a.role == "actor1" and a.sector == "PRO":
                    a.sector = "RIO"  # (the crowd that did the damage rioted)
            return "VIOL_DEMONSTR"  # "protesters set fire to a police box": a violent demonstration
        return labels[0]

    def _merge(self, doc, drafts: list[Draft], sents) -> list[Draft]:
        """Join mentions of one event: same sentence and type, or an anaphoric mention ("The attack was
        rebuffed") of the event just before it in the same or the previous sentence."""
        negated = [d for d in drafts if d.negated]
        drafts = self._fold_outcomes(doc, [d for d in drafts if not d.negated])
        out: list[Draft] = []
        for d in drafts:
            target = None
            host = _coordinated_with(doc, d, out) or _setting_of(doc, d, out) or _protest_met(doc, d, out) \
                or _damage_of(doc, d, out) or _means_subject_of(doc, d, out)
            if host is not None and host.timex is not None and host.timex.since and d.timex is not None \
                    and not d.timex.since and d.timex.precision in ("day", "part_of_day"):
                # "have been fighting troops around X since March and captured the police station on October 12":
                # a deed of its own day, not the state of affairs it is told beside
                host = None
            if host is not None and host.label in ("ATTACK", "ARMED_CLASH") \
                    and codebooks.acled_for(d.label)[0] == "Explosions/Remote violence" and any(
                        doc[i].pos_ == "NOUN" and doc[i].dep_ == "pobj" and doc[i].head.lower_ in ("in", "during", "with")
                        and not _definite(doc[i]) and (doc[i].lemma_.lower() in _MEANS_NOUNS
                                                       or doc[i].lemma_.lower() in _lex_set("instrument_nouns"))
                        for i in d.clause | {d.trigger.i}):
                # "killed two officers and injured three in an explosive drone attack": the attack's means is its
                # kind, whichever verb the parser hung the phrase on
                host.label = d.label
            raid = _raid_it_was_done_in(doc, d, out) if host is None else None
            if raid is not None:
                _absorb(raid, d)
                raid.actors.sort(key=lambda a: {"actor1": 0, "actor2": 1}.get(a.role or "", 2))
                continue
            if host is not None:
                # "gunmen stormed the market and opened fire on traders": one subject, one clause, one event
                _absorb(host, d)
                host.label = _joint_label(host)
                if d.label == "SEX_VIOL" and host.label in ("ATTACK", "ARMED_CLASH") and not host.trigger.outcome \
                        and not any(q.quantity.kind == "fatalities" for q in host.quantities):
                    # "Armed men stormed a village and raped seven women": the rape is the act the raid was for
                    # (ACLED's sexual violence; with killings too, an attack)
                    host.label = "SEX_VIOL"
                continue
            if d.label == "DISR_WEAP" and doc[d.trigger.i].tag_ == "VBG" and doc[d.trigger.i].dep_ in ("advcl", "conj"):
                # "detained 14 suspected gang members, seizing four rifles and a pistol": what the arrests turned up
                arrest = next((x for x in reversed(out) if x.sent == d.sent and x.label == "ARREST"
                               and x.trigger.i == doc[d.trigger.i].head.i and x.status == d.status), None)
                if arrest is not None:
                    d.actors, d.places = [], []
                    _absorb(arrest, d)
                    continue
            if d.label == "PROPERTY_DISTRUCT" and _protest_props(doc, d) and not _crowd_met_did_it(doc, d, out):
                # "dozens of residents blocked the road with burning tyres", "Some of them set fire to tyres": tyres
                # burned by the crowd of the protest just told are that protest's, made violent (ACLED's codebook:
                # demonstrators who burn tyres turn the demonstration violent), not a destruction of their own
                host = next((x for x in reversed(out) if x.label in _PROTEST_LABELS | {"VIOL_DEMONSTR"}
                             and 0 <= d.sent - x.sent <= 1 and x.status == d.status and not _other_day(d, x)), None)
                if host is not None:
                    _burned_at(host, d)
                    continue
            if d.reference and d.places and not d.quantities:
                # "condemned the attack in Kech" paragraphs after it was told: the event of that place, not a new one
                own = {(p.geonameid, p.name) for p in d.places if p.precision != "country"}
                names = {p.text for p in d.places if p.precision != "country"}
                target = next((prev for prev in reversed(out) if _kin(prev.label, d.label)
                               and codebooks.acled_for(prev.label)[0] in _VIOLENT
                               and (own & {(p.geonameid, p.name) for p in prev.places}
                                    # a place the gazetteer lacks, named in the told event's own words
                                    or any(n in ev.text for n in names for ev in prev.evidence))), None)
                if target is not None:
                    d.places, d.actors, d.timex, d.time, d.clock = [], [], None, None, None
                    _absorb(target, d)
                    continue
            if d.label in ("ATTACK", "ARMED_CLASH", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST") \
                    and any(a.role == "actor1" and a.sector in _STATE_FORCES for a in d.actors) \
                    and (_CROWD_CONTROL.search(doc[d.trigger.i].sent.text) or d.trigger.labels[0] == "PROTEST_WITH_INTER"
                         or d.label in _FORCE_ON_PROTEST and _on_a_protest(doc, d)):
                # "Workers went on strike, blocking a highway. ¶ Police fired rubber bullets and tear gas to clear the
                # road, injuring 20 workers": the force used on the protest just told is that protest's intervention
                # (or "Police blocked the marchers from reaching the council": a crowd-control act of its own)
                host = next((x for x in reversed(out) if x.label in _PROTEST_LABELS | {"VIOL_DEMONSTR"}
                             and 0 <= d.sent - x.sent <= 1 and x.status == d.status), None)
                if host is not None and host.label == "VIOL_DEMONSTR":
                    # "Protesters threw stones at police ... Officers fired tear gas to disperse the crowd": the force
                    # met by a riot is part of it (ACLED codes the violent demonstration, the rioters acting)
                    # (the crowd met is the rioters; the force, one named already, is not named twice)
                    d.actors = [a for a in d.actors if not (a.role == "actor2" and a.sector in ("CVL", "PRO", None))
                                and not any(x.sector == a.sector and (x.country is None or a.country is None
                                                                      or x.country == a.country) for x in host.actors)]
                    for a in d.actors:
                        if a.role == "actor1":
                            a.role = "associated" if any(x.role == "actor2" for x in host.actors) else "actor2"
                    d.places = [p for p in d.places if p.precision != "country"]
                    _absorb(host, d)
                    host.actors.sort(key=lambda a: {"actor1": 0, "actor2": 1}.get(a.role or "", 2))
                    continue
                if host is not None:
                    home = _domestic_country(doc, host.places)
                    for a in d.actors:
                        if a.role == "actor2" and a.sector in ("CVL", None):
                            a.sector = "PRO"
                        if a.country is None and a.sector in _STATE_FORCES:
                            a.country = home  # "soldiers" at a protest at home are that country's
                    for a in host.actors:
                        if a.role == "actor1" and a.sector == "PRO":
                            a.role = "actor2"  # who protested is who the force met
                    d.places = [p for p in d.places if p.precision != "country"]
                    _absorb(host, d)
                    host.actors.sort(key=lambda a: {"actor1": 0, "actor2": 1}.get(a.role or "", 2))
                    lethal = any(q.quantity.kind == "fatalities" for q in host.quantities)
                    host.label = "FORCE_AGAINST_PROTEST" if lethal or host.label == "FORCE_AGAINST_PROTEST" \
                        or d.label == "FORCE_AGAINST_PROTEST" else "PROTEST_WITH_INTER"
                    continue
            if d.label == "PROPERTY_DISTRUCT" and _crowd_met_did_it(doc, d, out):
                # "police fired tear gas at opposition supporters who blocked roads and burned tyres": what the
                # crowd met by force did is a riot (ACLED: burning tyres is a violent demonstration)
                d.label = "VIOL_DEMONSTR"
                for a in d.actors:
                    if a.role == "actor1":
                        a.sector = "RIO"
            if d.label == "VIOL_DEMONSTR":
                # "Police clashed with protesters who threw stones and set fire to a police car": the force told
                # on the crowd that rioted, in the same sentence, is one violent demonstration, the rioters acting
                host = next((x for x in reversed(out) if x.sent == d.sent and x.label in _FORCE_ON_PROTEST
                             and x.status == d.status), None)
                if host is not None:
                    force = [a for a in host.actors if a.role == "actor1" and a.sector in _STATE_FORCES]
                    crowd = [a for a in host.actors if a.role == "actor2" and a.sector in ("PRO", "CVL")]
                    if force and crowd:
                        for a in crowd:
                            a.role, a.sector = "actor1", "RIO"
                        for a in force:
                            a.role = "actor2"
                        # (the riot's own draft stays, so that what the rioters did next joins it: "... and set fire
                        # to a police car")
                        rest = [a for a in d.actors if not any(x.sector == a.sector or a.sector in ("PRO", "RIO")
                                                               and x.sector == "RIO" for x in host.actors)]
                        d.actors, host.actors = host.actors + rest, []
                        _absorb(d, host)
                        d.label = "VIOL_DEMONSTR"
                        d.actors.sort(key=lambda a: {"actor1": 0, "actor2": 1}.get(a.role or "", 2))
                        out[out.index(host)] = d
                        continue
            if d.label == "VIOL_DEMONSTR" and not any(p.precision != "country" for p in d.places) \
                    and not d.place_anaphor and not (d.evidence and _APART.search(d.evidence[0].text)):
                # "... supporters who blocked roads and burned tyres in Kibera on Tuesday. Protesters hurled stones
                # at officers": the riot just told, told on with no place of its own
                # ("Hundreds gathered in the square demanding his release. Some protesters set tyres on fire": the
                # protest just told turned violent, one violent demonstration)
                host = next((x for x in reversed(out) if x.label in ("VIOL_DEMONSTR", "PEACE_PROTEST")
                             and 0 < d.sent - x.sent <= 1
                             and x.status == d.status and not _other_day(d, x)), None)
                if host is not None:
                    host.label = "VIOL_DEMONSTR"
                    d.places = []
                    d.actors = [a for a in d.actors if not any(
                        x.sector == a.sector or {x.sector, a.sector} <= {"PRO", "RIO"} for x in host.actors)]
                    _absorb(host, d)
                    continue
            if d.trigger.labels[0] == "PROTEST_WITH_INTER" and any(
                    c.dep_ == "dobj" and c.pos_ == "PRON" for c in doc[d.trigger.i].children):
                continue  # "... to disperse them" with no protest just told to take it in: no crowd known
            if d.label == "ARREST" and not d.reference and not d.negated and all(
                    a.sector in _STATE_FORCES | {"GOV", "STATE"} for a in d.actors if a.role == "actor1") \
                    and not (d.evidence and _OVER_THE_EVENT.search(d.evidence[0].text)):
                # "Riot police fired tear gas to disperse the marchers and detained at least 30 people", "... At least
                # 20 people were injured and 35 were arrested": arrests made where force met the protest just told
                # are part of that intervention (ACLED codes one protest with intervention), not arrests of their
                # own (not "arrested 45 people in connection with the violence", told after it)
                own = {p.geonameid for p in d.places if p.precision != "country"}
                host = next((x for x in reversed(out) if x.label in _FORCE_ON_PROTEST | {"VIOL_DEMONSTR"}
                             and 0 <= d.sent - x.sent <= 1 and x.status == d.status and not _other_day(d, x)
                             and (not own or own <= {p.geonameid for p in x.places})), None)
                if host is not None:
                    for a in d.actors:
                        if a.role == "actor2" and a.sector in ("CVL", None):
                            a.sector = "PRO"
                    d.places = [p for p in d.places if p.precision != "country"]
                    _absorb(host, d)
                    host.actors.sort(key=lambda a: {"actor1": 0, "actor2": 1}.get(a.role or "", 2))
                    continue
            if d.label in _FORCE_ON_PROTEST and not d.quantities and not d.reference \
                    and not (d.evidence and _APART.search(d.evidence[0].text)):
                # "Police fired on protesters in X on Tuesday, killing two. Soldiers opened fire on the crowd as it
                # marched, a witness said": the force on the protest just told, told again in other words (by
                # another voice, with no toll of its own), is that force; a second force of state is its associate
                # ("Soldiers also fired at the marchers": more force at the same protest, not one elsewhere)
                own = {p.geonameid for p in d.places if p.precision != "country"}
                host = next((x for x in reversed(out) if x.label in _FORCE_ON_PROTEST and 0 < d.sent - x.sent <= 2
                             and x.status == d.status and not _other_day(d, x)
                             and (not own or own <= {p.geonameid for p in x.places})), None)
                if host is not None:
                    taken = {a.role for a in host.actors}
                    d.actors = [replace(a, role="associated") if a.role in taken and a.role == "actor1" else a
                                for a in d.actors
                                if not (a.role == "actor1" and a.sector not in _STATE_FORCES)
                                and not (a.role == "actor2" and "actor2" in taken)]
                    home = _domestic_country(doc, host.places)
                    d.actors = [replace(a, country=home) if a.country is None and a.sector in _STATE_FORCES else a
                                for a in d.actors]  # "soldiers" at a protest at home are that country's
                    d.places = [p for p in d.places if p.precision != "country"]
                    _absorb(host, d)
                    continue
            if d.label == "AGREEMENT" and not any(a.country for a in d.actors) \
                    and not (d.evidence and _ANOTHER.search(d.evidence[0].text)):  # ("another truce was restored")
                # "X and Y agreed to a cessation of hostilities. ¶ The two sides signed a peace agreement": the deal
                # just told, told on by parties it does not name again
                host = next((x for x in reversed(out) if x.label == "AGREEMENT" and 0 <= d.sent - x.sent <= 2
                             and x.status == d.status), None)
                if host is not None:
                    d.places = [p for p in d.places if p.precision != "country"]
                    _absorb(host, d)
                    continue
            if d.label == "NON_VIOL_TERRIT_TRANSFER" and not d.quantities:
                # "Rebels seized the town of X after clashes with the army. ¶ The army withdrew from the town": the
                # loser's retreat from the place just taken by fighting, told on, is that event (its loser: actor2)
                own = {p.geonameid for p in d.places if p.precision != "country"}
                host = next((x for x in reversed(out) if x.label in _TERRITORY | {"NON_VIOL_TERRIT_TRANSFER"}
                             and 0 <= d.sent - x.sent <= 2 and x.trigger.labels[0] in _TERRITORY
                             and x.status == d.status
                             and (own and own <= {p.geonameid for p in x.places}
                                  or not own and (d.place_anaphor or d.sent - x.sent <= 1))), None)
                if host is not None:
                    d.actors = [a for a in d.actors if a.country or not any(x.sector == a.sector for x in host.actors)]
                    for a in d.actors:
                        if a.role == "actor1":
                            a.role = "actor2" if not any(x.role == "actor2" for x in host.actors) else "associated"
                    d.places = []
                    _absorb(host, d)
                    continue
            if d.label == "NON_VIOL_TERRIT_TRANSFER" and not d.quantities and _attackers_fell_back(doc, d, out):
                # "Fighters stormed an army post on the island late on Sunday ... The fighters withdrew before dawn",
                # "... before withdrawing towards the border": the raiders leaving after the violence just told is
                # the end of that event, no territory handed over (the day and place stay the violence's)
                host = next(x for x in reversed(out) if codebooks.acled_for(x.label)[0] in _VIOLENT
                            and 0 <= d.sent - x.sent <= 2 and x.status == d.status)
                d.places, d.actors, d.timex, d.time, d.clock = [], [], None, None, None
                _absorb(host, d)
                continue
            if d.occurs_day:
                # "... were killed when a patrol was ambushed, the command said. The attack occurred on Monday
                # afternoon in the district of X": the event just told, its day and place told now
                target = next((prev for prev in reversed(out) if 0 <= d.sent - prev.sent <= 2
                               and _kin(prev.label, d.label) and codebooks.acled_for(prev.label)[0] in _VIOLENT), None)
                if target is not None:
                    _absorb(target, d)
                    continue
            told = _told_again_in_place(doc, d, out)
            if told is not None:
                # "Insurgents beheaded a dozen villagers in X province at the weekend. The attack on the village of
                # Y left scores of houses burned": the event just told, now placed in one of the province's villages
                _absorb(told, d)
                continue
            answered = _answered_attack(doc, d, out)
            if answered is not None:
                # "Insurgents ambushed a convoy ..., killing nine soldiers. The army said its forces had repelled the
                # attack and killed 11 insurgents": the defence against the attack just told is part of it
                d.places = [p for p in d.places if p.precision != "country"]
                _absorb(answered, d)
                continue
            if d.anaphoric and d.quantities and all(q.quantity.cumulative for q in d.quantities):
                # session 27 (h9): "Since the start of the offensive, the army has killed 4,385 Palestinians": the
                # war named with its running total, not the strike just told
                d.anaphoric = False
            for prev in reversed(out):
                same_sent = prev.sent == d.sent and (prev.label == d.label or {prev.label, d.label} == _SUICIDE_PAIR
                                                     # ("blocked the road with burning tyres to protest against
                                                     # the strikes": the protest the tyres made violent)
                                                     or (prev.label, d.label) == ("VIOL_DEMONSTR", "PEACE_PROTEST")) and (
                    not d.places or not prev.places or {p.geonameid for p in d.places} == {p.geonameid for p in prev.places}) \
                    and not _other_sides(prev, d) and not _entry_between(doc, prev.trigger.i, d.trigger.i)
                anaphor = d.anaphoric and 0 <= d.sent - prev.sent <= 1 and (
                    _kin(prev.label, d.label) or d.sent == prev.sent)
                if same_sent or anaphor:
                    target = prev
                    break
                if prev.sent < d.sent - 1:
                    break
            if d.anaphoric and (target is None or target.label != d.label):
                # "the drone strike" some sentences on: the last event of that very kind told before, rather
                # than another kind of violence just before it
                target = next((prev for prev in reversed(out) if prev.label == d.label
                               and d.sent - prev.sent <= ANAPHOR_SENTENCES), target)
            if d.anaphoric and target is None:
                # "condemned the attack" after a bombing: the violence told last, whatever word names it now
                target = next((prev for prev in reversed(out) if _kin(prev.label, d.label)
                               and codebooks.acled_for(prev.label)[0] in _VIOLENT
                               and d.sent - prev.sent <= ANAPHOR_SENTENCES), None)
            if target is not None and d.anaphoric:
                if not d.occurs_place:
                    d.places = []  # the places around a mere mention are not the event's
                tok = doc[d.trigger.i]
                if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i not in {
                        x.trigger.i for x in drafts} and d.sent != target.sent:
                    # "Over 1,200 families were evacuated from villages near the fighting, the disaster office
                    # said": the event named in passing, in what a sentence tells of something else; who says it
                    # and who else it names are not the event's
                    d.actors, d.sources = [], []
                if d.sent != target.sent and _unreal_context(doc[d.trigger.i]):
                    # "police had on Wednesday warned they would not allow the protests to turn violent": the
                    # day of a warning about the event is not the event's
                    d.timex, d.time, d.clock = None, None, None
            if target is None:
                if d.anaphoric and not d.places and not d.quantities:
                    continue  # a bare mention ("the attack") with nothing to anchor it
                out.append(d)
                continue
            if target.label == "VIOL_DEMONSTR" and d.label == "PEACE_PROTEST":
                for a in d.actors:
                    if a.role == "actor1" and a.sector == "PRO":
                        a.sector = "RIO"  # (the crowd of the protest that turned violent rioted)
            _absorb(target, d)
            if {target.label, d.label} == _SUICIDE_PAIR:
                target.label = "SUIC_BOMB"  # "a suicide car bomb exploded": the blast of the suicide bombing
        for d in [x for x in out if x.label == "PROPERTY_DISTRUCT" and _protest_props(doc, x)]:
            # "scores of fishermen blocked the road with burning tyres to protest against fuel prices": the protest
            # told after the tyres in the same sentence
            host = next((x for x in out if x is not d and x.sent == d.sent and x.status == d.status
                         and x.label in _PROTEST_LABELS | {"VIOL_DEMONSTR"}), None)
            if host is not None:
                _burned_at(host, d)
                out.remove(d)
        out = self._lead_ins(doc, out)
        out = self._headlines(doc, out)
        out = self._retold(doc, out)
        kept = []
        for d in out:
            prev = kept[-1] if kept else None
            told = _denied_account_of(doc, d, kept)
            if told is not None:
                # "The junta's information team denied that any village had been bombed, saying its aircraft had
                # struck a 'terrorist training camp'": the other side's account of the strike told paragraphs
                # before, a second source of that event, not a strike of its own
                told.evidence += [e for e in d.evidence if e not in told.evidence]
                told.sources = told.sources + [x for x in d.sources[-1:]
                                               if not any(y.name == x.name for y in told.sources)]
                continue
            if (prev is not None and d.status == "denied" and prev.status != "denied" and not d.places
                    and not d.place_anaphor and not d.quantities and d.timex is None and 0 <= d.sent - prev.sent <= 1
                    and _kin(prev.label, d.label)):
                negated.append(d)  # "... rockets struck the area. X denied firing any rockets.": the denial of it
                continue
            if prev is not None and _denial_of(doc, d, prev):
                # "Villagers said soldiers shelled X on Monday. On Wednesday the army denied that its troops
                # shelled the village": the event told before, denied (the day is the denial's, not a shelling's)
                negated.append(d)
                continue
            if (prev is not None and d.label == "PROPERTY_DISTRUCT" and not d.actors and not d.places
                    and not d.quantities and (d.timex is None or d.timex.kind == "time" and not d.said_day)
                    and 0 <= d.sent - prev.sent <= 2 and codebooks.acled_for(prev.label)[0] in _VIOLENT
                    and (any(c.dep_ in ("auxpass", "nsubjpass") for c in doc[d.trigger.i].children)
                         or _pronoun_subject(doc[d.trigger.i]))):
                negated.append(d)  # "Several houses were damaged": what the shelling just told did, not an event
                continue
            kept.append(d)
        out = kept
        for d in negated:
            # a denial in the words of the event ("did not fire on Batken"), or the damage it did, is evidence
            # for the event told in the same or the previous sentence; it adds no place, actor, figure or date
            hosts = [x for x in out if 0 <= d.sent - x.sent <= 1 and _kin(x.label, d.label)
                     or d.label == "PROPERTY_DISTRUCT" and 0 <= d.sent - x.sent <= 2
                     and codebooks.acled_for(x.label)[0] in _VIOLENT]
            if hosts:
                host = max(hosts, key=lambda x: (x.sent, x.trigger.i))
                host.evidence += [e for e in d.evidence if e not in host.evidence]
        return out

    def _retold(self, doc, drafts: list[Draft]) -> list[Draft]:
        """"They arrived around 10 am and shot at everyone": violence told again right after an event, by a
        pronoun subject, with no place or day of its own, is that event told by a witness."""
        out: list[Draft] = []
        for d in drafts:
            # the last violence told in the three sentences before, past arrests or statements in between
            prev = next((x for x in reversed(out) if codebooks.acled_for(x.label)[0] in _VIOLENT | {"Riots"}
                         or x.label in ("PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST")), None)
            if (prev is not None and 1 <= d.sent - prev.sent <= 3 and not d.places and not d.place_anaphor
                    and d.timex is None and prev.status == d.status
                    and (_kin(prev.label, d.label) or prev.label in ("PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST"))
                    and codebooks.acled_for(d.label)[0] in _VIOLENT
                    and not any(a.country for a in d.actors) and _pronoun_subject(doc[d.trigger.i])):
                _absorb(prev, d)
                continue
            out.append(d)
        return out

    def _headlines(self, doc, drafts: list[Draft]) -> list[Draft]:
        """A headline inside the body (a live blog's entry title: a short paragraph with no full stop) tells
        the violence its next paragraph reports: one event, the paragraph's, with the headline as evidence."""
        text = _dc.text(doc)
        out: list[Draft] = []
        for n, d in enumerate(drafts):
            ps, pe = paragraph_bounds(text, d.evidence[0].start)
            line = text[ps:pe].strip()
            nxt = drafts[n + 1] if n + 1 < len(drafts) else None
            if (nxt is not None and line and "\n" not in line and len(line.split()) <= 16
                    and not line.endswith((".", "!", "?", '"', "\u201d", ":"))
                    and nxt.evidence[0].start > pe and paragraph_bounds(text, nxt.evidence[0].start)[0] <= pe + 3
                    and d.status == nxt.status and codebooks.acled_for(d.label)[0] in _VIOLENT
                    and codebooks.acled_for(nxt.label)[0] in _VIOLENT
                    # (a live blog's next entry, opening with its own stamp, is another report, not the body)
                    and not _ENTRY_STAMP.match(text, paragraph_bounds(text, nxt.evidence[0].start)[0])):
                nxt.evidence += [e for e in d.evidence if e not in nxt.evidence]
                nxt.quantities += [q for q in d.quantities
                                   if not any(_same_figure(x.quantity, q.quantity) for x in nxt.quantities)]
                continue
            out.append(d)
        return out

    def _lead_ins(self, doc, drafts: list[Draft]) -> list[Draft]:
        """A mention with no place, actor or figure ("Fighting also spread west.") followed in the next
        sentence of its paragraph by a specific one of the same type tells the same event."""
        text = _dc.text(doc)
        out: list[Draft] = []
        for n, d in enumerate(drafts):
            nxt = drafts[n + 1] if n + 1 < len(drafts) else None
            if (nxt is not None and not d.places and not d.quantities and not d.actors and not d.place_anaphor
                    and nxt.sent == d.sent + 1 and nxt.places and d.status == nxt.status
                    and codebooks.acled_for(nxt.label)[0] == codebooks.acled_for(d.label)[0]
                    and paragraph_bounds(text, d.evidence[0].start) == paragraph_bounds(text, nxt.evidence[0].start)):
                nxt.evidence = d.evidence + [e for e in nxt.evidence if e not in d.evidence]
                nxt.timex = nxt.timex or d.timex
                nxt.time = nxt.time or d.time
                continue
            out.append(d)
        return out

    @staticmethod
    def _downed_crew(doc, d: Draft, drafts: list[Draft]) -> Draft | None:
        """The shooting-down of a crewed aircraft ("shot down an army helicopter") an outcome participle of its
        sentence ("..., killing its four crew members") hangs on."""
        tok = doc[d.trigger.i]
        if not d.trigger.outcome or tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "conj", "xcomp"):
            return None
        ancestors = None  # (the trigger's ancestors, listed once when a draft of its sentence asks)
        host = None
        for x in drafts:
            if x is not d and x.sent == d.sent and x.label == "DISR_WEAP":
                if ancestors is None:
                    ancestors = {a.i for a in tok.ancestors}
                if x.trigger.i in ancestors:
                    host = x
                    break
        if host is None:
            return None
        crewed = any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _CREWED
                     for c in doc[host.trigger.i].subtree)
        return host if crewed else None

    @staticmethod
    def _participle_host(doc, d: Draft, drafts: list[Draft], violent) -> Draft | None:
        """The violent event a damage participle ("..., damaging a grain terminal") hangs on in its sentence."""
        tok = doc[d.trigger.i]
        # (session 20, h7: "its air force struck RSF positions ..., destroying a drone hangar": arms destroyed by a
        # strike are what the strike hit, no disrupted weapons use of its own)
        weapons = d.label == "DISR_WEAP"
        if d.trigger.outcome or "PROPERTY_DISTRUCT" not in d.trigger.labels and not weapons or tok.tag_ != "VBG" \
                or tok.dep_ not in ("advcl", "conj", "xcomp"):
            return None
        hosts = {x.trigger.i: x for x in drafts if x is not d and x.sent == d.sent and not x.trigger.outcome
                 and "PROPERTY_DISTRUCT" not in x.trigger.labels and codebooks.acled_for(x.label)[0] in violent
                 and (not weapons or x.label in _STRIKE_LABELS)}
        t = tok
        for _ in range(4):
            if t.dep_ not in ("advcl", "conj", "xcomp") or t.head == t:
                return None
            t = t.head
            if t.i in hosts:
                return hosts[t.i]
        return None

    @staticmethod
    def _deadly_arson(doc, d: Draft, same_sentence: list[Draft]) -> Draft | None:
        """The burning of houses or shops by an armed or unnamed party that a death or injury participle of its
        sentence hangs on ("set fire to 40 houses ..., killing 14 residents"), if the dead are no armed side."""
        tok = doc[d.trigger.i]
        if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "conj", "xcomp") \
                or not any(q.quantity.kind in ("fatalities", "injuries") for q in d.quantities) \
                or any(a.role == "actor2" and (a.sector in _STATE_FORCES or a.sector in _ARMED_NONSTATE)
                       for a in d.actors):
            return None
        ancestors = {t.i for t in tok.ancestors}
        return next((x for x in same_sentence if x is not d and x.label == "PROPERTY_DISTRUCT"
                     and not x.trigger.outcome and x.trigger.i in ancestors
                     and not any(a.role == "actor1" and a.sector in ("PRO", "RIO") for a in x.actors)), None)

    def _fold_outcomes(self, doc, drafts: list[Draft]) -> list[Draft]:
        """Deaths and injuries told in the same sentence as an attack are that attack's outcome."""
        violent = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
        kept: list[Draft] = []
        # each sentence's drafts listed once, in the drafts' order (a draft's sentence never changes here)
        of_sent: dict[int, list[Draft]] = {}
        for x in drafts:
            of_sent.setdefault(x.sent, []).append(x)
        for d in drafts:
            participle = self._participle_host(doc, d, drafts, violent)
            if participle is not None:
                # "attacked the port ..., injuring four workers and damaging a grain terminal": what the
                # attack did, told in participles hanging on its verb
                _absorb_outcome(participle, d)
                continue
            downed = self._downed_crew(doc, d, drafts)
            if downed is not None:
                # "shot down an army helicopter ..., killing its four crew members": a crewed aircraft brought down
                # with its crew is an attack on the forces that flew it, one event, its dead no civilians
                downed.label = "ARMED_CLASH"
                craft = next(c for c in doc[downed.trigger.i].subtree
                             if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _CREWED)
                flown_by = [sector_of(c.lower_) for c in craft.children if c.dep_ in ("compound", "amod")]
                flown_by = [x for x in flown_by if x in _STATE_FORCES]
                if flown_by and not any(a.role == "actor2" for a in downed.actors):
                    # ("an army helicopter": the forces that flew it are the side hit)
                    first = min(c.i for c in craft.subtree)
                    downed.actors.append(Actor(name=doc[first:craft.i + 1].text, sector=flown_by[0], role="actor2",
                                               country=_domestic_country(doc, downed.places),
                                               start=doc[first].idx, end=craft.idx + len(craft)))
                _absorb_outcome(downed, d)
                continue
            if not d.trigger.outcome or _agent_instrument(doc[d.trigger.i], lexicon()[0]) and d.places:
                # ("..., a man was killed by a guided aerial bomb in X, and in Y a woman was wounded by artillery
                # fire": a death with a weapon and a place of its own is an event of its own)
                kept.append(d)
                continue
            if d.places and any(doc[i].lower_ in ("separate", "separately", "elsewhere") or doc[i].lower_ == "another"
                                and doc[i].head.lemma_.lower() in _EVENT_NOUNS for i in d.clause):
                # "..., while a volunteer was shot dead in a separate attack in neighbouring X": its own event, and
                # X is not where the other events of the sentence happened
                own = {(p.start, p.end) for p in d.places}
                for x in drafts:
                    if x is not d and x.sent == d.sent and x.places:
                        rest = [p for p in x.places if (p.start, p.end) not in own]
                        if rest:
                            x.places = rest
                kept.append(d)
                continue
            when = _dated_when(doc, d)
            if when is not None:
                # "the deadliest attack since December, when 13 officers were killed in X": the deaths of that
                # earlier day, an event of its own, not the toll of the attack the sentence is about
                d.timex = d.timex or when
                kept.append(d)
                continue
            if _told_cause(doc, d, drafts):
                # "an angry mob set fire to a police station after a man died in custody": the death the riot
                # answers came before it and is not its toll; with no one told to have done it, no event of its own
                if any(a.role == "actor1" for a in d.actors):
                    kept.append(d)
                continue
            hosts = [x for x in of_sent[d.sent] if not x.trigger.outcome
                     and (codebooks.acled_for(x.label)[0] in violent or x.label in _FORCE_ON_PROTEST)
                     and not _entry_between(doc, x.trigger.i, d.trigger.i)]
            own = {p.geonameid for p in d.places if p.precision != "country"}
            ancestors = {t.i for t in doc[d.trigger.i].ancestors}
            if own and hosts and not any(x.trigger.i in ancestors or own & {p.geonameid for p in x.places}
                                         for x in hosts):
                # "Israeli strikes hit the town of X, killing four, while Hezbollah rockets struck Y": deaths at a
                # place of their own, told beside another act rather than under it, are no outcome of that act
                kept.append(d)
                continue
            arson = self._deadly_arson(doc, d, of_sent[d.sent]) if not hosts else None
            if arson is not None:
                # "Armed men set fire to 40 houses ..., killing 14 residents": burning that kills people is an
                # attack on them (ACLED codes arson with fatalities as violence against civilians), one event
                arson.label = "ATTACK"
                for a in d.actors:
                    if a.role == "actor1" and not any(x.country == a.country and x.sector == a.sector
                                                      for x in arson.actors):
                        a.role = "actor2"
                _absorb(arson, d)
                continue
            running = bool(d.quantities) and all(q.quantity.cumulative for q in d.quantities)
            if not hosts and not running:
                # (not a running total: "Since the start of the offensive, the army has killed 4,385 and wounded
                # 13,500 others" counts every attack up to now, not more victims of the one just told)
                # "As a result, there are killed and wounded": the outcome of the attack told just before
                named = _named_cause(doc, d)
                # (not a killing whose own armed doer is named and is no party of the host: "The attack on the
                # village left dozens of houses burned. Troops killed 11 insurgents on Sunday" is a fight of its own)
                doers = [a for a in d.actors if a.role == "actor1" and a.sector in _STATE_FORCES | _ARMED_NONSTATE
                         and not re.match(r"(?:they|them|it|he|she)\b", a.name, re.I)]
                # (or further back, the event an outcome names as its cause: "The RSF said 15 civilians were killed
                # in the air strike", told some sentences after the strike)
                hosts = [x for x in kept if (d.sent - 2 <= x.sent or d.sent - x.sent <= ANAPHOR_SENTENCES
                                             and _names_host(doc, named, x)) and x.sent < d.sent
                         and (codebooks.acled_for(x.label)[0] in violent or x.label in _FORCE_ON_PROTEST)
                         and not (doers and not any(a.sector == x_a.sector and (a.country == x_a.country or None in (
                             a.country, x_a.country)) for a in doers for x_a in x.actors))
                         and not _other_day(d, x)
                         and (not d.places or _names_host(doc, named, x))
                         and (x.status == d.status or _voiced_toll_of(doc, named, x, d))
                         and (_same_speaker(x.sources, d.sources)
                              or _names_host(doc, named, x)
                              # "At least four other people were wounded, according to medics": more victims of
                              # the attack told just before, whoever counts them
                              or not d.places and any(doc[i].lower_ in ("other", "others") for i in d.clause)
                              # "Protesters threw stones at police, local media reported. Eleven officers were
                              # injured, the ministry said": the next sentence's toll, no place of its own, of a
                              # kind the event has no figure of, is its toll, whoever gives it
                              or not d.places and d.sent - x.sent == 1 and d.quantities and not {
                                  q.quantity.kind for q in d.quantities} & {q.quantity.kind for q in x.quantities})]
                hosts = hosts[-1:]
            if not hosts:
                same = [x for x in kept if x.sent == d.sent and x.trigger.outcome]
                if same:  # "killed and wounded": one outcome
                    _absorb(same[-1], d)
                elif _more_victims(doc, d) and not any(a.role == "actor1" for a in d.actors) \
                        and not any(p.precision != "country" for p in d.places):
                    # "Dozens more were wounded" after no violence told: more of what, unknown; no event (not "...
                    # wounded in clashes in the town of X", which tells where)
                    continue
                else:
                    kept.append(d)
                continue
            # "stormed the village, killing nine people and abducting 12 women": the verb the outcome hangs on,
            # before the nearest trigger
            ancestors = {t.i for t in doc[d.trigger.i].ancestors}
            governing = [x for x in hosts if x.trigger.i in ancestors]
            host = min(governing or hosts, key=lambda x: abs(x.trigger.i - d.trigger.i))
            # "Artillery fire by X killed 23": the host is the outcome verb's subject, and so is whoever fired
            subject_host = doc[host.trigger.i].dep_ in ("nsubj", "nsubjpass") and \
                doc[host.trigger.i].head.i == d.trigger.i and not any(a.role == "actor1" for a in host.actors)
            # "in an attack on a police station, dissidents killed an officer": with no attacker told for the
            # host, the subject of a killing verb is that attacker, not its victim
            doer_subject = not d.trigger.victim_subject and not any(a.role == "actor1" for a in host.actors) \
                and any(c.dep_ == "nsubj" for c in doc[d.trigger.i].children)
            for a in d.actors:  # the outcome's subject is the host's victim
                if a.role == "actor1" and not subject_host and not doer_subject and not any(
                        x.country == a.country and x.sector == a.sector for x in host.actors):
                    a.role = "actor2"
            _absorb(host, d, voiced_toll=_voiced_toll_of(doc, _named_cause(doc, d), host, d))
            if _fought_the_state(host):
                host.label = "ARMED_CLASH"  # session 23 (h6): the ones the attack hit were the state's forces
            elif host.label == "ARMED_CLASH" and "ATTACK" in host.trigger.labels \
                    and host.trigger.lemma not in _RECIPROCAL_FIRE and any(
                    a.role == "actor2" and a.sector in ("CVL", "MED", "NGO") for a in host.actors) and not any(
                    a.sector in STATE_SECTORS or a.sector in ("REB", "MLT") for a in host.actors if a.role == "actor2"):
                host.label = "ATTACK"  # the ones the raid killed were civilians: an attack, not a battle
            elif host.label == "ABDUCT_DISSAP" and any(q.quantity.kind == "fatalities" and not q.quantity.cumulative
                                                      for q in d.quantities):
                # "bandits killed 23 people and kidnapped 40 others": people killed where others were taken make
                # the raid an attack (ACLED: the abductions are part of it), not only an abduction
                host.label = "ATTACK"
            elif host.label == "ARMED_CLASH" and "ATTACK" in host.trigger.labels \
                    and host.trigger.lemma not in _RECIPROCAL_FIRE and not any(a.role == "actor2" for a in host.actors) \
                    and (doers := {a.sector for a in host.actors if a.role == "actor1"}) \
                    and doers <= {"MLT", "UAG", "REB"} \
                    and any(q.quantity.kind == "fatalities" and _unarmed_item(q.quantity.item) for q in host.quantities) \
                    and not any(q.quantity.kind == "fatalities" and not _unarmed_item(q.quantity.item)
                                for q in host.quantities):
                # "armed youths raided cattle camps, killing 11 people": the dead of a militia's (or unknown gunmen's)
                # raid told as people, with no armed side named against it, were killed in an attack on civilians
                host.label = "ATTACK"
            if host.label == "PROTEST_WITH_INTER" and (_lethal(doc, d, d.trigger) or _lethal(doc, host, host.trigger)):
                # "police opened fire on demonstrators, killing four": lethal force against a protest is excessive
                host.label = "FORCE_AGAINST_PROTEST"
            if host.label in _FORCE_ON_PROTEST:
                for a in host.actors:
                    if a.role == "actor2" and a.sector == "CVL":
                        a.sector = "PRO"  # who the force against the protest killed or hurt was protesting
        return self._raids_that_arrest(doc, kept)

    @staticmethod
    def _raids_that_arrest(doc, drafts: list[Draft]) -> list[Draft]:
        """"Soldiers carried out raids in several neighbourhoods, arresting at least 15 young men": a raid told
        by the arrests it made is one arrest event, not a clash beside it (unless the raid killed or wounded)."""
        light = _lex_set("light_verbs")
        out = list(drafts)
        for d in drafts:
            tok = doc[d.trigger.i]
            # (and "raided a house and arrested two suspects": a verb joined to the raid's with no subject of its own)
            joined = tok.tag_ == "VBD" and tok.dep_ == "conj" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            if d.label != "ARREST" or not (tok.tag_ == "VBG" or joined) or tok.dep_ not in ("advcl", "conj", "xcomp"):
                continue
            head = tok.head
            for x in drafts:
                if x is d or x not in out or x.sent != d.sent or x.quantities and any(
                        q.quantity.kind in ("fatalities", "injuries") for q in x.quantities):
                    continue
                xt = doc[x.trigger.i]
                if xt.lemma_.lower() not in ("raid", "operation", "sweep", "search", "crackdown", "storm"):
                    continue
                if xt.i == head.i or xt.head.i == head.i and xt.dep_ == "dobj" and head.lemma_.lower() in light:
                    _absorb(d, x)
                    out.remove(x)
                    break
        return out

    def _finish(self, doc, drafts: list[Draft], doc_id: str, pub_date, dyad) -> list[Event]:
        events: list[Event] = []
        placed: dict[int, list[Place]] = {}
        loose: dict[int, str] = {}  # events dated only by the day it was said or published
        after: set[int] = set()  # events dated as after another ("Hours after the riot, ...")
        main_country = _main_country(doc)
        filed_country = _filed_country(doc) if main_country is None else None
        last_in_para: dict[int, Draft] = {}
        last: Draft | None = None
        done: list[Draft] = []
        for d in drafts:
            para = paragraph_bounds(_dc.text(doc), d.evidence[0].start)[0]
            previous = last_in_para.get(para)
            if previous is None and last is not None and d.sent - last.sent <= 1 and _kin(last.label, d.label):
                previous = last  # the story goes on across a paragraph break: "... in Tuesday's gunfight. ¶ X
                # opened fire on the unit, the service said."
            if previous is None and d.timex is None and d.clock is not None and last is not None \
                    and last.timex is not None and last.timex.kind != "time" and last.timex.date \
                    and not last.timex.since and last.timex.precision in ("day", "part_of_day") \
                    and 0 <= d.sent - last.sent <= 2:
                # "... a riot that broke out overnight Saturday into Sunday. ¶ The violence began at around 1 a.m.":
                # a clock time with no day, told right after a dated event, is on that event's day
                d.timex = replace(d.clock, date=last.timex.date_end if last.timex.date_end and d.clock.time < "12:00"
                                  and "night" in last.timex.text.lower() else last.timex.date, kind="time")
            if d.timex is None and d.clock is None and last is not None and last.timex is not None \
                    and last.timex.kind != "time" and last.timex.date and not last.timex.since \
                    and last.timex.precision in ("day", "part_of_day") and 0 <= d.sent - last.sent <= 3 \
                    and any(t.lower_ in ("later", "afterwards", "subsequently")
                            for t in doc[doc[d.trigger.i].sent.start:d.trigger.i]):
                # "Security forces later searched a plantation nearby and found a second device": the day of the
                # event told just before
                d.timex = last.timex
            anchored = (_anchored_day(doc, d, done) or _clause_day(doc, d, done)) \
                if d.timex is None and d.clock is None else None
            if anchored is not None:
                d.timex = anchored
            if d.timex is None and d.clock is None and d.status == "claimed" and _pluperfect(doc[d.trigger.i]) \
                    and not any(_ANOTHER.search(e.text) for e in d.evidence[:1]):
                # "Seventeen soldiers were killed when gunmen attacked a unit near X on Saturday ... In a message, the
                # group said its fighters had killed 42 soldiers": the other side's account of the attack just told,
                # with no day of its own, is of that attack's day (its figures and parties stay its own)
                told = next((x for x in reversed(done) if x.status == "reported" and x.timex is not None
                             and x.timex.kind != "time" and x.timex.date and not x.timex.since
                             and x.timex.precision in ("day", "part_of_day") and 0 < d.sent - x.sent <= 3
                             and _kin(x.label, d.label)), None)
                if told is not None:
                    d.timex = told.timex
            date, date_end, precision = self._date(doc, d, pub_date, previous)
            if d.said_day and precision == "day" and _pluperfect(doc[d.trigger.i]):
                # "the army said on Tuesday that three soldiers had been killed": the day it was said, on or
                # before which the event happened, not the event's own day
                precision = "said"
            elif d.status == "denied" and precision == "day" and d.timex is not None \
                    and not _in(d.clause, doc, d.timex.start):
                # "The army on Wednesday denied that its troops shelled the village": the day of the denial, on or
                # before which the denied event would have happened, not its own day
                precision = "said"
            if pub_date is not None and date is not None and precision == "day" and d.status == "reported" \
                    and d.label in _PROTEST_LABELS and str(date) > str(pub_date) and not d.quantities:
                # session 20 (h7): "the separatists ordered a lockdown from Monday in protest" (published on a Friday):
                # a protest on a day still to come is announced, not reported
                continue
            told_before, last = last, d
            if precision == "cumulative" and not d.quantities:
                continue  # "have been fighting for the area since January": a state of affairs, no event or toll
            if not d.places and not d.place_anaphor and d.label in _AT_HOME:
                # "Russia ordered the mobilisation of 300,000 reservists", "Turkish police detained 45 people": with
                # no place told, a party's own measure is taken in its own country, not where the story's fighting is
                own = next((a.country for a in d.actors if a.role == "actor1" and a.country), None)
                around = {_iso3(p.country) for x in done for p in x.places} | (
                    {_iso3(main_country.country)} if main_country is not None else set())
                home = _country_place(own) if own and own not in around else None
                if home is not None:
                    d.places = [home]
            if not d.places and told_before is not None and told_before.places and 0 <= d.sent - told_before.sent <= 3 \
                    and any(t.lower_ == "nearby" and t.pos_ == "ADV" for t in doc[d.trigger.i].sent):
                d.places = list(told_before.places)  # "searched a plantation nearby": near the place just told
            if not d.places and d.place_anaphor:
                d.places = _antecedent_place(doc, d.evidence[0].start)
            if not d.places and para in last_in_para and _same_speaker(last_in_para[para].sources, d.sources):
                d.places = list(last_in_para[para].places)  # the same speaker goes on about the same place
            if not d.places and para not in last_in_para:
                d.places = _lead_in_place(doc, d)  # "... an operation in Tirah, Khyber district. ... troops engaged"
            if not d.places and _definite_party_subject(doc[d.trigger.i]):
                # "... killed two villagers in a raid on X. ¶ The insurgents arrived at 11 p.m. and beheaded two
                # men": the party just told goes on where it was
                host = next((x for x in reversed(done) if 1 <= d.sent - x.sent <= 2 and x.places
                             and _kin(x.label, d.label)), None)
                if host is not None:
                    d.places = list(host.places)
            if not d.places and d.label == "ARREST" and any(_OVER_THE_EVENT.search(e.text) for e in d.evidence):
                # "Rioters set fire to a police station in Kano ... Police said they had arrested 45 people in
                # connection with the violence": the arrests are where that violence was
                host = next((x for x in reversed(done) if x.places and 0 <= d.sent - x.sent <= 3
                             and x.label != "ARREST" and any(p.precision != "country" for p in x.places)), None)
                if host is not None:
                    d.places = list(host.places)
            if not d.places and main_country is not None:
                # "Elsewhere, in central Mali, jihadists attacked a bus ... The army said it had launched air
                # strikes": a paragraph that names places of one other country only is about that country
                own = _paragraph_country(doc, d.evidence[0].start)
                d.places = [own if own is not None and own.country != main_country.country else main_country]
            elif not d.places and filed_country is not None:
                d.places = [filed_country]  # "KIRKUK - Gunmen attacked a checkpoint": a story placed nowhere else
            last_in_para[para] = d
            done.append(d)
            historical = bool(pub_date and date and (date_end or date) < (pub_date - dt.timedelta(days=31)).isoformat())
            acled_type, acled_sub = codebooks.acled_for(d.label)
            plover_event, plover_mode = codebooks.plover_for(d.label)
            if d.trigger.plover and d.label == d.trigger.labels[0]:
                plover_event, plover_mode = d.trigger.plover  # "troops withdrew from the town": RETREAT
            a1 = next((a for a in d.actors if a.role == "actor1"), None)
            a2 = next((a for a in d.actors if a.role == "actor2"), None)
            # one event per place where the text names several and gives no figure to share between them
            groups = [[p] for p in d.places] if len(d.places) > 1 and not d.quantities \
                and _coordinated(doc, d.places) else [d.places]
            for places in groups:
                # state forces of another country than the one the event is in are external forces (8)
                # (an agreement signed at talks abroad makes no party foreign forces at the venue)
                code, interaction = codebooks.interaction_code(
                    a1.sector if a1 else None, a1.country if a1 else None, a2.sector if a2 else None,
                    a2.country if a2 else None,
                    event_country=_event_country(places) if d.label != "AGREEMENT" else None)
                ev = Event(
                    id=f"{doc_id}-e{len(events) + 1}",
                    acled={"event_type": acled_type, "sub_event_type": acled_sub, "interaction": interaction,
                           "interaction_code": code},
                    plover={"event": plover_event, "mode": plover_mode, "context": []},
                    date=date, date_end=date_end, time=d.time, date_precision=precision,
                    actors=list(d.actors),
                    locations=[p.as_location() for p in places],
                    # a running total's figures are running totals too ("50 killed there this year")
                    quantities=[q.quantity if precision != "cumulative" or q.quantity.cumulative
                                else replace(q.quantity, cumulative=True) for q in _totals(d.quantities)],
                    sources=list(d.sources), status=d.status, historical=historical,
                    evidence=list(d.evidence), trigger=doc[d.trigger.i].text, case_label=d.label)
                _local_actors(ev)
                events.append(ev)
                placed[id(ev)] = list(places)
                if anchored is not None:
                    after.add(id(ev))
                if d.said_day:
                    loose[id(ev)] = "said"
                elif precision == "publication":
                    loose[id(ev)] = "publication"
        return _date_counter_accounts(doc, _code_unnamed_sides(doc, _fold_damage_by_the_same_party(_fold_continuations(
            doc, _fold_retold_tolls(_fold_leads(_merge_same_incident(_drop_summary_leads(events, placed, after), placed,
                                                                     after), placed, loose), placed,
                                    loose), placed, loose), placed, loose, _dc.text(doc)), placed))

    def _date(self, doc, d: Draft, pub_date, previous: Draft | None):
        tx = d.timex
        running = bool(d.quantities) and all(q.quantity.cumulative for q in d.quantities)
        if tx is None and previous is not None and previous.timex is not None and previous.sent >= d.sent - 2 \
                and not previous.timex.since and not running and not _own_weekday(doc, d):
            # (a running total told on, "Since the start of the year, 187 have been killed", takes no day of the
            # story: see below)
            tx = previous.timex  # narrative time carries over within a paragraph ("since 2021" does not)
            d.timex = tx
        if tx is None and previous is None:
            tx = _lead_in_day(doc, d)  # "On 10-11 April, troops conducted an operation in X. ... troops engaged ..."
            if tx is not None:
                d.timex = tx
        if tx is None and d.clock is not None:
            tx = d.clock  # a clock time and no day told: the publication's (or the day before, if later)
        if tx is not None and tx.date and tx.since and tx.kind != "time" and pub_date:
            # "1,200 killed since the February 2021 coup": a running total from that day to publication
            return tx.date, pub_date.isoformat(), "cumulative"
        if tx is not None and tx.date and tx.kind == "period" and d.quantities and pub_date \
                and tx.date_end == pub_date.isoformat() and tx.precision not in ("week", "day", "part_of_day") \
                and not tx.text.lower().startswith("earlier"):
            # (not "this week": "killed dozens of soldiers ... this week" is one attack within it; nor "earlier this
            # month", "earlier in the year": one attack told as having happened some time before)
            # "some 50 people have been killed there this year": a running total up to publication
            return tx.date, tx.date_end, "cumulative"
        if tx is not None and tx.date:
            return tx.date, tx.date_end if tx.date_end and tx.date_end != tx.date else None, tx.precision
        if any(q.quantity.cumulative for q in d.quantities):
            # "500 killed since the conflict began in January 2004": the total runs from the start the sentence
            # names, even when the parser hangs that start on another clause
            sent = doc[d.trigger.i].sent
            start = next((t for t in _dc.ext(doc, "timexes") or [] if t.since and t.date and t.kind != "time"
                          and sent.start_char <= t.start < sent.end_char), None)
            if start is not None and pub_date and start.date <= pub_date.isoformat():
                return start.date, pub_date.isoformat(), "cumulative"
            return None, pub_date.isoformat() if pub_date else None, "cumulative"
        if pub_date:
            return pub_date.isoformat(), None, "publication"
        return None, None, None
