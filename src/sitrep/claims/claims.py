"""Claims: who asserts, alleges, denies or confirms what, and which denial answers which claim.

Built from the attributions (`Doc._.attributions`), the actor mentions and the events of a Doc. A denial
becomes a response on the claim it denies, also when that claim is only mentioned inside the denial
("The information spread by X about Y is false").
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from .. import doccache as _dc
from ..actors import mention_for, sector_of
from ..model import Claim, Event
from ..resources import load_yaml
from .sources import chain_for, document_citations, speaker_name

_STOP = {"the", "a", "an", "of", "in", "on", "and", "or", "to", "by", "for", "is", "was", "that", "this", "with",
         "about", "from", "at", "as", "its", "their", "his", "her", "be", "been", "has", "have", "had", "it"}


@lru_cache(maxsize=1)
def _tables():
    data = load_yaml("claims/stance.yaml")
    cue_stance = {w: stance for stance, words in data["cues"].items() for w in words}
    return data, cue_stance


def stance_of(cue_lemma: str, content: str) -> str:
    data, cue_stance = _tables()
    stance = cue_stance.get(cue_lemma.lower(), "assert")
    low = " " + re.sub(r"[^\w\s-]", " ", content.lower()) + " "
    if stance != "deny" and any(f" {w} " in low for w in data["content"]["deny"]):
        return "deny"
    if stance == "assert" and any(f" {w} " in low for w in data["content"]["allege"]):
        return "allege"
    return stance


def _who(doc: Doc, span: tuple[int, int] | None, fallback: str | None = None, home: str | None = None,
         cited=()) -> dict:
    """A speaker as claimant: name, country, sector. Unnamed passives ("It was highlighted") are the body the
    article cites; a speaker of no stated country is of the cited institution's, then of the article's home."""
    dateline_end = getattr(doc._, "dateline_end", 0) or 0
    if span is not None and span[0] < dateline_end:  # "DUSHANBE, May 15 (Steppe Wire) - The ministry"
        span = (dateline_end, span[1]) if span[1] > dateline_end + 2 else None
    if span is None:
        if cited:
            return {"name": cited[0].name, "country": home, "sector": sector_of(cited[0].name)}
        return {"name": fallback, "country": None, "sector": None}
    s = doc.char_span(span[0], span[1], alignment_mode="expand")
    m = mention_for(doc, s) if s is not None else None
    name = _dc.text(doc)[span[0]:span[1]].strip()
    country, sector = (m.country, m.sector) if m else (None, None)
    full = fallback or name
    if country is None:
        country = institution_country(doc, full)
    if sector is None or sector == "GOV" and s is not None and s.root.ent_type_ == "PERSON":
        sector = _title_sector(doc, full) or sector
    if country is None and (sector in ("GOV", "MIL", "BGD", "POL", "STATE") or cited and sector is None):
        country = home
    if country is None and sector_of(full or "") in ("GOV", "MIL", "BGD", "POL", "STATE"):
        # "the junta's spokesman", "Defence Minister X": a state speaker by its own title, in an article whose
        # places lie mostly in one country, is of that country
        country = _places_country(doc)
    return {"name": full, "country": country, "sector": sector}


def _title_sector(doc: Doc, name: str) -> str | None:
    """The sector of a named person from the title before the name or the appositive after it."""
    own = sector_of(name)  # "Defence Minister X": the title inside the name comes first
    if own:
        return own
    i = _dc.text(doc).find(name)
    if i < 0:
        return None
    window = _dc.text(doc)[max(0, i - 40):i + len(name) + 120].split(".")[0]
    return sector_of(window)


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z0-9-]+", text.lower()) if w not in _STOP and len(w) > 2}


def _embedded_claimant(doc: Doc, start: int, end: int, denier_country: str | None) -> dict | None:
    """The author of a claim named inside a denial: "information spread by X", "X's claims", "Armenian
    reports", "claims X made"."""
    data = _tables()[0]
    nouns = set(data["claim_nouns"])
    claim_verbs = {"claim", "say", "report", "spread", "allege", "circulate", "publish", "disseminate", "make"}
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for t in span:
        if t.dep_ == "pobj" and t.head.lower_ in ("by", "of", "from") and (
                t.head.head.lower_ in nouns or t.head.head.lemma_ in claim_verbs):
            pass
        elif t.dep_ in ("poss", "amod", "compound") and t.head.lower_ in nouns:
            pass
        elif t.dep_ == "nsubj" and t.head.lemma_ in claim_verbs and t.head.i != span.root.i:
            pass
        else:
            continue
        sub = doc[t.left_edge.i:t.right_edge.i + 1]
        m = mention_for(doc, sub)
        if m and m.country and m.country != denier_country:
            return {"name": sub.text, "country": m.country, "sector": m.sector}
    return None


def _claim_text_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Inside "the information ... about Y is false" or "reports of Y", the claim itself is Y."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return start, end
    nouns = _tables()[0]["claim_nouns"]
    # "the claims of Baku that X" says X: a that-clause on the claim noun comes first
    for tok in span:
        if tok.lower_ in nouns:
            for c in tok.children:
                if c.dep_ in ("acl", "ccomp", "relcl") and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children):
                    sub = doc[c.left_edge.i:c.right_edge.i + 1]
                    return sub.start_char, sub.end_char
    for tok in span:
        if tok.lower_ in ("about", "of") and tok.head.lower_ in nouns:
            objs = [c for c in tok.children if c.dep_ in ("pobj", "pcomp")]
            if objs and not (objs[0].ent_type_ in ("GPE", "ORG", "NORP", "PERSON") and objs[0].n_rights == 0):
                sub = doc[objs[0].left_edge.i:objs[0].right_edge.i + 1]
                return sub.start_char, sub.end_char
    return start, end


# "..., a claim the army denied", "..., an allegation Kyiv called false": a denial tucked behind the claim
_TRAILING_DENIAL = re.compile(
    r",\s+(?:a|an)\s+(?:claim|allegation|accusation|charge|assertion|report|account|statement|figure|version)s?\s+(?:that\s+|which\s+)?"
    r"(?P<who>[^,.;\"“”]{2,60}?)\s+(?:has\s+|had\s+)?(?:denied|rejected|dismissed|refuted|disputed|called\s+(?:false|"
    r"baseless|untrue|fake|a lie|lies|fabricated|groundless))", re.I)


def build_claims(doc: Doc, events: list[Event], doc_id: str, outlet: str | None) -> list[Claim]:
    claims: list[Claim] = []
    cited = document_citations(doc, outlet)
    home = home_country(doc, cited)
    atts = getattr(doc._, "attributions", None) or []
    for att in atts:
        if not att.content:
            continue
        if att.source is None and _inside_other_denial(doc, att, atts):
            continue  # "dismissed reports that …": the noun cue inside a sourced denial is the same statement
        start, end = att.content[0][0], att.content[-1][1]
        trailing = _TRAILING_DENIAL.search(_dc.text(doc), start, end + 80)
        if trailing and trailing.start() < end:
            end = trailing.start()
        content = _dc.text(doc)[start:end]
        stance = stance_of(att.cue_lemma or "", content)
        speaker = speaker_name(doc, att)
        # "according to preliminary data": evidence, not a speaker; the claim is the article's own
        source = (att.source_resolved or att.source) if speaker is not None else None
        claimant = _who(doc, source, speaker, home, cited)
        if stance == "deny":
            _attach_denial(doc, claims, att, claimant, start, end, events, doc_id)
            continue
        if _negated_question(doc, att, content):
            continue  # "MSF does not know which party fired": an open question, nobody's claim
        if att.source is None and att.kind == "evidential":
            continue  # "allegedly" alone names no claimant; the event's status carries the doubt
        if outlet and claimant["name"] and claimant["name"].lower() == outlet.lower():
            continue  # the outlet reporting is the chain's first link, not a claim of its own
        claim = Claim(
            id=f"{doc_id}-c{len(claims) + 1}", claimant=claimant, stance=stance, text=content, start=start, end=end,
            event=_event_in(events, start, end), locations=_places_in(doc, start, end),
            cue=_dc.text(doc)[att.cue[0]:att.cue[1]], sources=chain_for(doc, att, outlet, cited))
        claims.append(claim)
        if trailing:
            span = (trailing.start("who"), trailing.end("who"))
            claim.responses.append({"by": _who(doc, span, None, None, []), "stance": "deny",
                                    "text": trailing.group(0).lstrip(", "), "start": trailing.start() + 2,
                                    "end": trailing.end(), "cue": trailing.group(0).split()[-1]})
    claims = _drop_wrappers(claims)
    _renumber(claims, doc_id)
    _update_event_status(claims, events)
    return claims


def _drop_wrappers(claims: list[Claim]) -> list[Claim]:
    """"OCHA says A, according to its latest update": the outer statement, by the same claimant, wraps the
    inner one and says nothing more; keep the inner claim only."""
    out = []
    for c in claims:
        name = c.claimant.get("name")
        inner = [d for d in claims if d is not c and name and d.claimant.get("name") == name
                 and c.start <= d.start and d.end <= c.end and (d.end - d.start) < (c.end - c.start)]
        if inner and not c.responses:
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


def _inside_other_denial(doc: Doc, att, atts) -> bool:
    for other in atts:
        if other is att or other.source is None or not other.content:
            continue
        a, b = other.content[0][0], other.content[-1][1]
        if a <= att.cue[0] < b and stance_of(other.cue_lemma or "", _dc.text(doc)[a:b]) == "deny":
            return True
    return False


def _update_event_status(claims: list[Claim], events: list[Event]) -> None:
    """An event only one side alleges is claimed; one that is alleged and denied is disputed; one that is
    mentioned only inside a denial is denied."""
    by_id = {e.id: e for e in events}
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
        elif c.stance == "allege" and ev.status == "reported":
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
    return None


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


def institution_country(doc: Doc, name: str | None) -> str | None:
    """The country of a body named elsewhere in full: "Defense Ministry" is "the Ministry of Defense of Armenia"."""
    if not name:
        return None
    words = {w for w in re.findall(r"[a-z]+", name.lower()) if w not in _FUNCTION_WORDS}
    if not words:
        return None
    for m in getattr(doc._, "actor_mentions", None) or []:
        if m.country and words <= set(re.findall(r"[a-z]+", m.text.lower())) and m.text.lower() != name.lower():
            return m.country
    return None


def _attach_denial(doc, claims, att, denier, start, end, events, doc_id):
    response = {"by": denier, "stance": "deny", "text": _dc.text(doc)[start:end], "start": start, "end": end,
                "cue": _dc.text(doc)[att.cue[0]:att.cue[1]]}
    cs, ce = _claim_text_span(doc, start, end)
    words = _content_words(_dc.text(doc)[cs:ce])
    author = _embedded_claimant(doc, start, end, denier.get("country"))
    # an earlier claim that this denial answers: the one sharing most content words, by another side, and by the
    # author the denial names if it names one ("the claims of Baku")
    best, overlap = None, 1
    for c in claims:
        shared = len(words & _content_words(c.text))
        if author is not None and c.claimant.get("country") not in (None, author["country"]):
            continue
        if shared > overlap and c.claimant.get("country") != denier.get("country"):
            best, overlap = c, shared
    if best is None and _is_anaphoric(_dc.text(doc)[cs:ce]):
        best = _antecedent_claim(claims, denier, start)
    if best is None and author is None:
        # "X said A. Y denied B": a denial right after another side's claim, naming no other author, answers it;
        # among the claims of the last few sentences, the one accusing the denier's side (its forces are the
        # event's first actor) comes first ("Kyiv said Russian forces hit the port … Moscow denied targeting …")
        accusing = _accusing_claim(doc, claims, denier, start, events)
        near = accusing or _antecedent_claim(claims, denier, start)
        if near is not None and _sentence_gap(doc, near.end, start) <= (2 if accusing else 1):
            best = near
    if best is None and author is not None:
        for c in claims:
            if c.claimant.get("country") == author["country"] and words & _content_words(c.text):
                best = c
                break
    if best is None:
        if author is None:
            for c in claims:  # "reports of a crashed jet": a claim already denied by the same side
                if any(r["by"].get("country") == denier.get("country") for r in c.responses) and \
                        len(words & _content_words(c.text)) >= 2:
                    best = c
                    break
        if best is None:
            best = Claim(id=f"{doc_id}-c{len(claims) + 1}",
                         claimant=author or {"name": None, "country": None, "sector": None},
                         stance="allege" if author is None or "alleged" in _dc.text(doc)[start:end].lower() else "assert",
                         text=_dc.text(doc)[cs:ce], start=cs, end=ce, event=_event_in(events, cs, ce),
                         locations=_places_in(doc, cs, ce))
            claims.append(best)
    elif best.claimant.get("country") is None and author:
        best.claimant = author
    if not best.locations:
        best.locations = _places_in(doc, cs, ce)
    best.event = best.event or _event_in(events, cs, ce)
    best.responses.append(response)
    # a later, fuller mention of the claim gives it its author and place
    for c in claims:
        if c is not best and c.claimant.get("country") is None and any(
                r["by"].get("country") == denier.get("country") for r in c.responses) and \
                len(_content_words(c.text) & words) >= 2:
            best.responses = c.responses + best.responses
            claims.remove(c)
            break


_ANAPHORS = {"which", "these", "those", "such", "charge", "charges", "findings", "figure", "figures", "claimed",
             "accusation", "accusations", "allegation", "allegations", "assertion", "assertions", "version", "account"}


def _is_anaphoric(content: str) -> bool:
    """A denial whose content only points back at a claim: "the claim", "the accusation", "which", "it"."""
    words = set(re.findall(r"[a-z][a-z-]*", content.lower()))
    return bool(words) and words <= _STOP | _ANAPHORS | set(_tables()[0]["claim_nouns"]) | {"which", "all", "any"}


def _antecedent_claim(claims: list[Claim], denier: dict, before: int) -> Claim | None:
    """The claim an anaphoric denial answers: the latest claim before it by another side (another country, or
    failing that another claimant)."""
    earlier = [c for c in claims if c.start < before and c.claimant.get("name") is not None]
    for c in reversed(earlier):
        if c.claimant.get("country") is not None and c.claimant.get("country") != denier.get("country"):
            return c
    for c in reversed(earlier):
        if c.claimant.get("name") != denier.get("name") and (c.claimant.get("country") is None
                                                             or c.claimant.get("country") == denier.get("country")):
            return c
    return None


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
        if other and other != country and ev is not None and ev.actors and ev.actors[0].country == country:
            return c
    return None


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
