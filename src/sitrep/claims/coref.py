"""Light coreference for attribution sources.

A source that is a pronoun ("he", "she", "they", "it", relative "who") or a definite description
("the officer", "the official", "the ministry", "the spokesman") is linked to the most recent compatible
named mention earlier in the document: a named source of an earlier attribution or a PERSON / ORG
entity. Compatibility comes from the pronoun (he/she: a person; it: an organisation) or from the head noun's
type in `data/cues/source_nouns.tsv`; an organisation description prefers an antecedent whose name
contains the same noun ("the ministry" -> "the Defense Ministry").

This is deliberately simple and deterministic: it only fills `source_resolved`, never changes `source`.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
ORG_PRONOUNS = {"it", "its"}
PLURAL_PRONOUNS = {"they", "them", "their"}
RELATIVE = {"who", "which", "that", "whom"}
DEFINITE = {"the", "this", "that", "these", "those"}
PERSON_LABELS = {"PERSON"}
ORG_LABELS = {"ORG", "NORP", "GPE"}
MODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "npadvmod"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "appos"}


@dataclass
class Mention:
    start: int  # char offsets
    end: int
    type: str  # PERSON | ORG | ANY
    text: str
    tier: int = 1  # 1: a named source or a subject; 2: any other named mention


def _type_of_named(span: Span, nouns: dict[str, str], person_surnames: set[str]) -> str:
    words = [t.lower_ for t in span if t.is_alpha]
    for w in reversed(words):
        kind = nouns.get(w)
        if kind == "ORG":
            return "ORG"
    labels = {t.ent_type_ for t in span if t.ent_type_}  # the entity labels of the span's tokens
    last = span[-1].text if len(span) else ""
    if "PERSON" in labels or last in person_surnames:
        return "PERSON"
    if labels & ORG_LABELS:
        return "ORG" if len([t for t in span if t.pos_ == "PROPN"]) > 1 else "ANY"
    return "ANY"


def _head(span: Span) -> Token:
    return span.root


def is_named(span: Span) -> bool:
    return any(t.pos_ == "PROPN" for t in span) and not all(t.lower_ in PERSON_PRONOUNS for t in span)


def anaphor_type(span: Span, nouns: dict[str, str]) -> tuple[str, str | None] | None:
    """(type, head noun) when the span needs resolving, else None."""
    if not len(span):
        return None
    head = _head(span)
    low = head.lower_
    if len(span) <= 2 and head.pos_ == "PRON" or (len(span) == 1 and low in RELATIVE):
        if low in PERSON_PRONOUNS:
            return ("PERSON", None)
        if low in ORG_PRONOUNS:
            return ("ORG", None)
        if low in PLURAL_PRONOUNS:
            return ("ANY", None)
        if low in RELATIVE:
            return ("REL", None)
        return None
    if any(t.pos_ == "PROPN" for t in span):
        return None
    first = span[0].lower_
    if first in DEFINITE and head.pos_ == "NOUN":
        kind = nouns.get(head.lemma_.lower()) or nouns.get(low)
        if kind:
            return (kind, head.lemma_.lower())
    return None


def resolve_sources(doc: Doc, attributions: list, nouns: dict[str, str], quotes: list | None = None) -> None:
    """Fill `source_resolved` on each attribution (sorted by cue) whose source is anaphoric."""
    quotes = quotes or []
    candidates: list[Mention] = []
    person_surnames: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1:
            person_surnames.add(ent[-1].text)

    def in_quote(a: int) -> bool:
        return any(q.start <= a < q.end for q in quotes)

    ents = [e for e in doc.ents if (e.label_ in PERSON_LABELS or e.label_ == "ORG") and not in_quote(e.start_char)
            and e.root.dep_ not in MODIFIER_DEPS and e.root.tag_ in ("NNP", "NNPS")]
    ent_i = 0
    for att in sorted(attributions, key=lambda a: a.cue[0]):
        limit = att.source[0] if att.source else att.cue[0]
        while ent_i < len(ents) and ents[ent_i].end_char <= limit:
            e = ents[ent_i]
            tier = 1 if e.root.dep_ in SUBJECT_DEPS else 2
            e = _with_title(e)
            candidates.append(Mention(e.start_char, e.end_char, _type_of_named(e, nouns, person_surnames), e.text,
                                      tier))
            ent_i += 1
        if not att.source:
            continue
        span = doc.char_span(att.source[0], att.source[1], alignment_mode="expand")
        if span is None or not len(span):
            continue
        need = anaphor_type(span, nouns)
        if need is None:
            if is_named(span):
                candidates.append(Mention(att.source[0], att.source[1],
                                          _type_of_named(span, nouns, person_surnames), span.text))
            continue
        kind, noun = need
        if kind == "REL":
            ante = _relative_antecedent(span)
            if ante is not None:
                att.source_resolved = (ante.start_char, ante.end_char)
                if not is_named(ante):
                    sub = anaphor_type(ante, nouns)
                    if sub and sub[0] != "REL":
                        found = _pick(candidates, sub[0], sub[1], ante.start_char)
                        if found:
                            att.source_resolved = (found.start, found.end)
            continue
        found = _pick(candidates, kind, noun, span.start_char)
        if found:
            att.source_resolved = (found.start, found.end)


def _with_title(ent: Span) -> Span:
    """'Rosa Diaz' -> 'Colonel Rosa Diaz': include title words compounded onto the name."""
    doc = ent.doc
    a = ent.start
    while a > 0 and doc[a - 1].dep_ == "compound" and doc[a - 1].head.i >= a and doc[a - 1].is_title \
            and doc[a - 1].pos_ in ("PROPN", "NOUN"):
        a -= 1
    return doc[a:ent.end]


def _pick(cands: list[Mention], kind: str, noun: str | None, before: int) -> Mention | None:
    for tier in (1, 2):
        found = _pick_tier([c for c in cands if c.end <= before and c.tier <= tier], kind, noun)
        if found:
            return found
    return None


def _pick_tier(pool: list[Mention], kind: str, noun: str | None) -> Mention | None:
    if not pool:
        return None
    if noun and kind == "ORG":
        for c in reversed(pool):
            if c.type in ("ORG", "ANY") and noun in c.text.lower():
                return c
    for want in ((kind,), (kind, "ANY")) if kind != "ANY" else (("PERSON", "ORG", "ANY"),):
        for c in reversed(pool):
            if c.type in want:
                return c
    return None


def _relative_antecedent(span: Span) -> Span | None:
    rel = span.root
    verb = rel.head
    if verb.dep_ != "relcl":
        return None
    noun = verb.head
    doc = noun.doc
    left = noun.left_edge.i
    return doc[left: noun.i + 1]
