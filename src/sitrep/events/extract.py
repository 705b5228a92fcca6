"""Clause-level event extraction: trigger → clause → type, actors, place, time, figures, sources, status.

Works on a Doc that the earlier sitrep components have annotated (places, timexes, quantities, actor
mentions, attributions). Everything the rules know about words comes from `data/events/triggers.yaml`,
`data/actors/actors.yaml` and the codebooks.
"""
from __future__ import annotations

from .. import doccache as _dc

import datetime as dt
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .. import codebooks
from ..actors import ActorMention, country_name, mention_for, opponent_of
from ..claims.claims import stance_of
from ..claims.sources import (attribution_at, attribution_near, chain_for, document_citations,
                                 paragraph_bounds)
from ..model import Actor, Event, Evidence, Place, Source
from ..time import parse_published
from .triggers import Trigger, find_triggers, lexicon

CLAUSE_DEPS = {"ROOT", "advcl", "ccomp", "xcomp", "relcl", "acl", "conj", "parataxis", "pcomp", "csubj",
               "csubjpass", "pobj"}
PRECISION_RANK = {"town": 0, "village": 0, "city": 0, "district": 1, "province": 2, "region": 3, "country": 4}
STATE_SECTORS = {"MIL", "GOV", "BGD", "POL", "STATE"}


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


def _is_irrealis(tok: Token, data) -> bool:
    modals, governors = set(data["modal_auxiliaries"]), set(data["irrealis_governors"])
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    if any(c.dep_ == "aux" and c.lower_ in modals for c in tok.children):
        return True
    t = tok
    for _ in range(3):
        if t.head == t:
            break
        h = t.head
        if t.dep_ in ("xcomp", "dobj", "pobj", "prep", "acl", "ccomp", "nsubj", "attr") and (
                h.lemma_.lower() in governors or h.lower_ in governors):
            return True
        if t.dep_ in ("xcomp", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and \
                t.dep_ != "acl":
            return True
        if t.dep_ not in ("prep", "pobj", "dobj", "xcomp", "compound", "amod", "conj"):
            break
        t = h
    return False


def _hedged(doc: Doc, clause: set[int], data) -> bool:
    hedges = set(data["hedges"])
    return any(doc[i].lower_ in hedges for i in clause)


def _denied(doc: Doc, tok: Token, data) -> bool:
    """The trigger sits inside what is being denied: the object of "deny", or the subject of "is false"."""
    deny_words = set(data["denial_words"])
    for anc in tok.ancestors:
        if anc.lemma_.lower() in ("deny", "reject", "refute", "dismiss", "debunk"):
            return True
    sent = tok.sent
    for t in sent:
        if t.lower_ in deny_words and t.dep_ in ("acomp", "attr", "conj", "amod") and t.head.lemma_ == "be":
            subj = [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(tok in s.subtree for s in subj):
                return True
    return False


def _evidence(doc: Doc, trig: Trigger, clause: set[int], other_triggers: set[int]) -> Evidence:
    """The trigger's phrase: its clause head's subtree, minus sub-clauses that report other events."""
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
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space or doc[lo].dep_ in ("cc", "mark") or
                       doc[lo].lower_ in ("however", "meanwhile", "moreover", "furthermore")):
        lo += 1
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space or doc[hi].dep_ == "cc"):
        hi -= 1
    if hi - lo < 4:
        lo, hi = _window(doc, tok)
    span = doc[lo:hi + 1]
    return Evidence(span.start_char, span.end_char, span.text)


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


def _specific(places: list[Place]) -> list[Place]:
    """Drop countries when a more specific place is named ("in Ukraine's Kharkiv region"), and duplicates."""
    out, seen = [], set()
    for p in places:
        if p.precision == "country" and any(q.precision != "country" for q in places):
            continue
        if p.geonameid in seen:
            continue
        seen.add(p.geonameid)
        out.append(p)
    return out


def _roles(doc: Doc, trig: Trigger, mentions: list[ActorMention], clause: set[int]) -> list[tuple[str, ActorMention]]:
    tok = doc[trig.i]
    speakers = [a.source for a in getattr(doc._, "attributions", None) or [] if a.source]
    out = []
    for m in mentions:
        if m.head not in clause and not any(i in clause for i in range(m.start, m.end)):
            continue
        if any(s <= doc[m.head].idx < e for s, e in speakers):
            continue  # "..., according to a local official": who tells is not who acts
        head = doc[m.head]
        dep, anc = head.dep_, head.head
        role = "associated"
        if anc.i == tok.i and dep in ("nsubj", "poss", "agent", "compound", "amod", "nmod"):
            role = "actor1"
        elif dep == "pobj" and anc.lower_ == "by" and anc.head.i == tok.i:
            role = "actor1"
        elif anc.i == tok.i and dep in ("dobj", "nsubjpass"):
            role = "actor2"
        elif dep == "pobj" and anc.lower_ == "between" and anc.head.i == tok.i:
            role = "actor1"
        elif dep == "conj" and anc.dep_ == "pobj" and anc.head.lower_ == "between" and anc.head.head.i == tok.i:
            role = "actor2"
        elif dep == "pobj" and anc.lower_ in ("against", "on", "at", "of", "with") and anc.head.i == tok.i:
            role = "actor2"
        elif dep == "pobj" and anc.lower_ == "of" and anc.head.head.i == tok.i and anc.head.dep_ in ("dobj", "nsubjpass"):
            role = "actor2"  # "abducted dozens of villagers"
        elif dep == "poss" and anc.head.i == tok.i:
            role = "actor1"
        elif head.i < tok.i and dep in ("nsubj", "nsubjpass"):
            role = "actor1" if dep == "nsubj" else "actor2"
        out.append((role, m))
    return out


def _dedupe_actors(actors: list[Actor]) -> list[Actor]:
    """One actor per (country, sector) and role; an associated actor only where it adds a party."""
    order = {"actor1": 0, "actor2": 1, "associated": 2}
    out: list[Actor] = []
    for a in sorted(actors, key=lambda a: order.get(a.role or "associated", 3)):
        if a.country is None and a.role == "associated":
            continue
        if a.country is None and any(x.sector == a.sector and x.country and x.role == a.role for x in actors):
            continue  # "units" beside "units of the Armed Forces of Armenia": the same party, less said
        if any(x.country == a.country and (x.sector == a.sector or a.role == "associated") for x in out):
            continue
        if a.role != "associated" and any(x.role == a.role and x.country == a.country for x in out):
            continue
        out.append(a)
    return out


def _absorb(target: Draft, d: Draft) -> None:
    """Merge draft `d` into `target`: figures, evidence, places, actors, sources, time."""
    target.quantities += [q for q in d.quantities if q not in target.quantities]
    target.evidence += [e for e in d.evidence if e not in target.evidence]
    target.places = _specific(target.places + d.places)
    for a in d.actors:
        if not any(x.country == a.country and x.sector == a.sector for x in target.actors):
            target.actors.append(a)
    if len(d.sources) > len(target.sources) or d.anaphoric and d.sources:
        target.sources = d.sources
    target.timex = target.timex or d.timex
    target.time = target.time or d.time
    if d.status != "reported" and target.status == "reported":
        target.status = d.status


def _same_speaker(a: list[Source], b: list[Source]) -> bool:
    if not a or not b:
        return not a and not b
    x, y = a[-1].name.lower(), b[-1].name.lower()
    return x in y or y in x


def _main_country(doc: Doc) -> Place | None:
    """The country most of the article's specific places lie in, as a country-level place."""
    from collections import Counter

    counts = Counter(p.country for p in doc._.places or [] if p.country and p.precision != "country")
    if not counts:
        return None
    iso2 = counts.most_common(1)[0][0]
    for p in doc._.places or []:
        if p.country == iso2 and p.precision == "country":
            return Place(text=p.text, start=p.start, end=p.end, name=p.name, geonameid=p.geonameid,
                         feature_code=p.feature_code, country=p.country, lat=p.lat, lon=p.lon, precision="country")
    from ..geo import get_gazetteer

    entry = get_gazetteer().country(iso2)
    if entry is None:
        return None
    return Place(text=entry.name, start=0, end=0, name=entry.name, geonameid=entry.geonameid,
                 feature_code=entry.feature_code, country=iso2, lat=entry.lat, lon=entry.lon, precision="country")


def _local_actors(ev: Event) -> None:
    """Civilians, protesters, police and officials with no stated country belong to where the event is."""
    from ..actors import iso3

    countries = {l.get("country") for l in ev.locations if l.get("country")}
    if len(countries) != 1:
        return
    here = iso3(next(iter(countries)))
    ev.actors = [Actor(a.name, here, a.sector, a.role, a.start, a.end)
                 if a.country is None and a.sector in ("CVL", "PRO", "RIO", "POL", "GOV", "MED", "REB", "MLT", "UAG")
                 else a
                 for a in ev.actors]


def _merge_same_incident(events: list[Event]) -> list[Event]:
    """One event per type, place and day: a headline and its lead, or two sentences on one strike."""
    out: list[Event] = []
    index: dict[tuple, Event] = {}
    for ev in events:
        if not ev.locations:
            out.append(ev)
            continue
        key = (ev.acled.get("sub_event_type"), tuple(sorted(l.get("geonameid") or 0 for l in ev.locations)),
               ev.date, ev.time, ev.status, ev.historical)
        first = index.get(key)
        if first is None:
            index[key] = ev
            out.append(ev)
            continue
        first.evidence += [e for e in ev.evidence if e not in first.evidence]
        for q in ev.quantities:
            if not any(x.kind == q.kind and (x.low, x.best, x.high) == (q.low, q.best, q.high) for x in first.quantities):
                first.quantities.append(q)
        for a in ev.actors:
            if a.country and not any(x.country == a.country for x in first.actors):
                first.actors.append(Actor(a.name, a.country, a.sector, "associated", a.start, a.end))
        first.time = first.time or ev.time
    for i, ev in enumerate(out, 1):
        ev.id = ev.id.rsplit("-e", 1)[0] + f"-e{i}"
    return out


_PLACE_PREPS = {"in", "near", "at", "around", "outside", "inside", "across", "into", "from", "towards", "toward"}


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
    return root.dep_ in ("nsubj", "nsubjpass", "dobj", "poss") and root.head.pos_ in ("VERB", "AUX", "NOUN")


_GOVERNMENT_NOUNS = {"claim", "statement", "report", "allegation", "accusation", "leadership", "government",
                     "authority", "army", "force", "president", "ministry", "side", "position", "information",
                     "propaganda", "official", "representative", "delegation", "regime"}


def _definite(tok: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those", "its")
               for c in tok.children)


def _anaphoric(tok: Token, trigger_ids: set[int]) -> bool:
    """A mention of an event told before: "the attack", or "The attack was rebuffed"."""
    if tok.pos_ == "NOUN":
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


def _is_cue(doc: Doc, i: int) -> bool:
    """Is token i the cue of an attribution ("..., the ministry said")?"""
    start = doc[i].idx
    return any(s <= start < e for s, e in (a.cue for a in getattr(doc._, "attributions", None) or []))


class EventExtractor:
    def __init__(self, typer=None):
        self.typer = typer

    def __call__(self, doc: Doc, doc_id: str, outlet: str | None) -> list[Event]:
        data = lexicon()[0]
        published = parse_published(doc._.published)
        pub_date = published.date() if published else None
        mentions = doc._.actor_mentions or []
        dyad = doc._.dyad or []
        cited = document_citations(doc, outlet)
        drafts: list[Draft] = []
        sents = list(doc.sents)
        for si, sent in enumerate(sents):
            triggers = find_triggers(doc, sent.start, sent.end)
            if not triggers:
                continue
            tids = {t.i for t in triggers}
            owners = {t.i: _owner(t, tids) for t in sent}
            for trig in triggers:
                tok = doc[trig.i]
                if _is_irrealis(tok, data):
                    continue
                if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "pobj", "nsubjpass") and (
                        tok.head.i in tids or tok.head.dep_ == "prep" and tok.head.head.i in tids):
                    continue  # "breached the truce": the truce is what the breach acts on, not an event
                clause = {i for i, o in owners.items() if o == trig.i} | set(range(trig.i, trig.end))
                chain = _clause_chain(tok, owners)
                d = Draft(trig, si, clause, trig.labels[0])
                roles = _roles(doc, trig, mentions, clause)
                actor_spans = [(doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1]))
                               for r, m in roles if r in ("actor1", "actor2") and not (
                                   doc[m.head].dep_ == "pobj" and doc[m.head].head.lower_ in _PLACE_PREPS)]
                d.places = self._places(doc, clause, chain, owners, sent, actor_spans)
                d.quantities = [q for q in doc._.quantities or []
                                if (q.noun in clause or q.verb in clause or q.verb == trig.i)]
                specific = [p for p in d.places if p.precision != "country"]
                if trig.weak and not specific and not d.quantities:
                    continue
                d.timex, d.time = self._when(doc, clause, chain, owners)
                own_places = any(_in(clause, doc, p.start) for p in d.places)
                d.anaphoric = not own_places and not d.quantities and _anaphoric(tok, tids)
                if not roles and len(chain) > 1 and not _is_cue(doc, chain[1]):
                    parent = {i for i, o in owners.items() if o == chain[1]}
                    passive = any(c.dep_ == "auxpass" for c in doc[chain[1]].children)
                    # "X's provocations led to a clash": the parent's subject acts; "positions were subjected to
                    # fire": the passive subject is hit
                    roles = [(r if r != "actor2" or passive else "actor1", m)
                             for r, m in _roles(doc, Trigger(chain[1], chain[1] + 1, [], False, False, ""), mentions, parent)]
                att = attribution_at(doc, tok.idx, tok.idx + len(tok)) or attribution_near(
                    doc, sent.start_char, sent.end_char)
                if not any(r == "actor1" for r, _ in roles) and att is not None and (att.source_resolved or att.source) \
                        and any(c.dep_ == "nsubj" and c.lower_ in ("it", "they", "we") for c in tok.children):
                    speaker = _speaker_mention(doc, att)  # "The RSF said it had taken the airport"
                    if speaker is not None:
                        roles = [("actor1", speaker)] + roles
                d.actors = self._actors(doc, roles, trig, dyad, d, _speaker_country(doc, att))
                d.status = self._status(doc, tok, clause, data)
                d.evidence = [_evidence(doc, trig, clause, tids - {trig.i})]
                d.sources = chain_for(doc, att, outlet, cited) if att else (
                    [Source(outlet, "outlet")] + cited if outlet else list(cited))
                d.label = self._label(doc, d, trig)
                drafts.append(d)
        drafts = self._merge(doc, drafts, sents)
        return self._finish(doc, drafts, doc_id, pub_date, dyad)

    # --- pieces -----------------------------------------------------------------------------------------
    def _places(self, doc, clause, chain, owners, sent, actor_spans=()) -> list[Place]:
        speakers = [a.source for a in getattr(doc._, "attributions", None) or [] if a.source]
        places = [p for p in doc._.places or [] if sent.start_char <= p.start < sent.end_char
                  and p.start >= (doc._.dateline_end or 0)  # where the report was filed, not the event
                  and not any(s <= p.start < e for s, e in list(actor_spans) + speakers)
                  and not _metonym(doc, p)]
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

    def _when(self, doc, clause, chain, owners):
        timexes = [t for t in doc._.timexes or []]
        for level in chain:
            ids = clause if level == chain[0] else {i for i, o in owners.items() if o == level}
            found = [t for t in timexes if _in(ids, doc, t.start) and t.kind != "cumulative"]
            if found:
                dates = [t for t in found if t.kind != "time"] or found
                times = [t.time for t in found if t.kind == "time"]
                return dates[0], (times[0] if times else None)
        return None, None

    def _status(self, doc, tok, clause, data) -> str:
        att = attribution_at(doc, tok.idx, tok.idx + len(tok))
        if _denied(doc, tok, data) or att is not None and stance_of(
                att.cue_lemma or "", " ".join(_dc.text(doc)[s:e] for s, e in att.content)) == "deny":
            return "denied"
        return "claimed" if _hedged(doc, clause, data) else "reported"

    def _actors(self, doc, roles, trig, dyad, d, speaker_country=None) -> list[Actor]:
        actors: list[Actor] = []
        known = [m.country for _, m in roles if m.country]
        for role, m in roles:
            a = m.to_actor(role, doc)
            if a.country is None and re.match(r"(its|our|their|his|her)\b", m.text, re.I) and not m.adversary:
                a.country = speaker_country  # "its forces", in the words of a ministry, are that ministry's
            if m.adversary:
                a.country = opponent_of(known[0], dyad) if known else (dyad[1] if len(dyad) == 2 else None)
                a.sector = a.sector or "MIL"
            if a.country is None and a.sector is None:
                continue
            if any(x.name == a.name and x.role == a.role for x in actors):
                continue
            actors.append(a)
        countries = {a.country for a in actors if a.country}
        if trig.two_sided and len(countries) == 1 and len(dyad) == 2:
            other = opponent_of(next(iter(countries)), dyad)
            if other:
                role = "actor2" if any(a.role == "actor1" for a in actors) else "actor1"
                actors.append(Actor(name=f"Military Forces of {country_name(other)}", country=other, sector="MIL",
                                    role=role))
        if actors and not any(a.role == "actor1" for a in actors):
            actors[0].role = "actor1"
        return _dedupe_actors(actors)

    def _label(self, doc, d: Draft, trig: Trigger) -> str:
        labels = trig.labels
        sectors2 = {a.sector for a in d.actors if a.role == "actor2"}
        sectors1 = {a.sector for a in d.actors if a.role == "actor1"}
        if self.typer is not None and len(labels) > 1:
            pred = self.typer.predict([d.evidence[0].text])[0]
            ranked = sorted(labels, key=lambda lab: -pred.scores.get(lab, 0.0))
            labels = ranked
        if "ATTACK" in labels and "ARMED_CLASH" in labels:
            if sectors2 & {"CVL", "PRO", "MED"}:
                return "ATTACK"
            if sectors2 & STATE_SECTORS or sectors1 & STATE_SECTORS:
                return "ARMED_CLASH"
        if labels[0] in ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER") and sectors1:
            return "GOV_REGAINS_TERIT" if sectors1 & STATE_SECTORS else "NON_STATE_ACTOR_OVERTAKES_TER"
        if labels[0] in ("PEACE_PROTEST", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST", "VIOL_DEMONSTR"):
            for a in d.actors:
                if a.role == "actor1" and a.sector == "CVL":
                    a.sector = "PRO" if labels[0] != "VIOL_DEMONSTR" else "RIO"
        if "PROPERTY_DISTRUCT" in labels and (sectors1 & {"MIL"} and sectors2 & STATE_SECTORS):
            return "ARMED_CLASH"
        return labels[0]

    def _merge(self, doc, drafts: list[Draft], sents) -> list[Draft]:
        """Join mentions of one event: same sentence and type, or an anaphoric mention ("The attack was
        rebuffed") of the event just before it in the same or the previous sentence."""
        drafts = self._fold_outcomes(drafts)
        out: list[Draft] = []
        for d in drafts:
            target = None
            for prev in reversed(out):
                same_sent = prev.sent == d.sent and prev.label == d.label and (
                    not d.places or not prev.places or {p.geonameid for p in d.places} == {p.geonameid for p in prev.places})
                anaphor = d.anaphoric and 0 <= d.sent - prev.sent <= 1 and (
                    codebooks.acled_for(prev.label)[0] == codebooks.acled_for(d.label)[0] or d.sent == prev.sent)
                if same_sent or anaphor:
                    target = prev
                    break
                if prev.sent < d.sent - 1:
                    break
            if target is None:
                if d.anaphoric and not d.places and not d.quantities:
                    continue  # a bare mention ("the attack") with nothing to anchor it
                out.append(d)
                continue
            _absorb(target, d)
        return out

    def _fold_outcomes(self, drafts: list[Draft]) -> list[Draft]:
        """Deaths and injuries told in the same sentence as an attack are that attack's outcome."""
        violent = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
        kept: list[Draft] = []
        for d in drafts:
            if not d.trigger.outcome:
                kept.append(d)
                continue
            hosts = [x for x in drafts if x.sent == d.sent and not x.trigger.outcome
                     and codebooks.acled_for(x.label)[0] in violent]
            if not hosts:
                # "As a result, there are killed and wounded": the outcome of the attack told just before
                hosts = [x for x in kept if d.sent - 2 <= x.sent < d.sent and codebooks.acled_for(x.label)[0] in violent
                         and not d.places and x.status == d.status and _same_speaker(x.sources, d.sources)]
                hosts = hosts[-1:]
            if not hosts:
                same = [x for x in kept if x.sent == d.sent and x.trigger.outcome]
                if same:  # "killed and wounded": one outcome
                    _absorb(same[-1], d)
                else:
                    kept.append(d)
                continue
            host = min(hosts, key=lambda x: abs(x.trigger.i - d.trigger.i))
            for a in d.actors:  # the outcome's subject is the host's victim
                if a.role == "actor1" and not any(x.country == a.country and x.sector == a.sector for x in host.actors):
                    a.role = "actor2"
            _absorb(host, d)
        return kept

    def _finish(self, doc, drafts: list[Draft], doc_id: str, pub_date, dyad) -> list[Event]:
        events: list[Event] = []
        main_country = _main_country(doc)
        last_in_para: dict[int, Draft] = {}
        for d in drafts:
            para = paragraph_bounds(_dc.text(doc), d.evidence[0].start)[0]
            date, date_end, precision = self._date(doc, d, pub_date, last_in_para.get(para))
            if not d.places and para in last_in_para and _same_speaker(last_in_para[para].sources, d.sources):
                d.places = list(last_in_para[para].places)  # the same speaker goes on about the same place
            if not d.places and main_country is not None:
                d.places = [main_country]  # honest fallback: the country, at country precision
            last_in_para[para] = d
            historical = bool(pub_date and date and (date_end or date) < (pub_date - dt.timedelta(days=31)).isoformat())
            acled_type, acled_sub = codebooks.acled_for(d.label)
            plover_event, plover_mode = codebooks.plover_for(d.label)
            a1 = next((a for a in d.actors if a.role == "actor1"), None)
            a2 = next((a for a in d.actors if a.role == "actor2"), None)
            code, interaction = codebooks.interaction_code(a1.sector if a1 else None, a1.country if a1 else None,
                                                           a2.sector if a2 else None, a2.country if a2 else None)
            # one event per place where the text names several and gives no figure to share between them
            groups = [[p] for p in d.places] if len(d.places) > 1 and not d.quantities else [d.places]
            for places in groups:
                ev = Event(
                    id=f"{doc_id}-e{len(events) + 1}",
                    acled={"event_type": acled_type, "sub_event_type": acled_sub, "interaction": interaction,
                           "interaction_code": code},
                    plover={"event": plover_event, "mode": plover_mode, "context": []},
                    date=date, date_end=date_end, time=d.time, date_precision=precision,
                    actors=list(d.actors),
                    locations=[p.as_location() for p in places],
                    quantities=[q.quantity for q in d.quantities],
                    sources=list(d.sources), status=d.status, historical=historical,
                    evidence=list(d.evidence), trigger=doc[d.trigger.i].text, case_label=d.label)
                _local_actors(ev)
                events.append(ev)
        return _merge_same_incident(events)

    def _date(self, doc, d: Draft, pub_date, previous: Draft | None):
        tx = d.timex
        if tx is None and previous is not None and previous.timex is not None and previous.sent >= d.sent - 2:
            tx = previous.timex  # narrative time carries over within a paragraph
            d.timex = tx
        if tx is not None and tx.date:
            return tx.date, tx.date_end if tx.date_end and tx.date_end != tx.date else None, tx.precision
        if any(q.quantity.cumulative for q in d.quantities):
            return None, pub_date.isoformat() if pub_date else None, "cumulative"
        if pub_date:
            return pub_date.isoformat(), None, "publication"
        return None, None, None
