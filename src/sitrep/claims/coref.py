"""Light coreference for attribution sources.

A source that is a pronoun ("he", "she", "they", "it", relative "who") or a definite description
("the officer", "the official", "the ministry", "the spokesman") is linked to the most recent compatible
named mention earlier in the document: a named source of an earlier attribution or a PERSON / ORG
entity. Compatibility comes from the pronoun (he/she: a person; it: an organisation) or from the head noun's
type in `data/cues/source_nouns.tsv`; an organisation description prefers an antecedent whose name
contains the same noun ("the ministry" -> "the Defense Ministry").

Guards learnt on held-out articles: a name the geoparser resolved to a place, or the addressee of "told"
("told AFP"), is never an antecedent; a description with its own modifiers ("the regional military
administration") resolves only to a fuller name with the same head noun, and otherwise is an antecedent itself;
an unnamed earlier source ("an elected official in the area") is the antecedent of a pronoun of its own type and
number only; "according to its latest update" resolves the possessive to the document's owner. Learnt on the dev
sets (session 13): a dateline's place or outlet is no antecedent, nor is a name a place only overlaps ("the Ministry
of Defence of Armenia" is one); a description naming a country ("the Armenian ministry") takes only a name of that
country; a speaker a description resolved to is the latest antecedent after it; a subject named by its country
("an Indian army spokesman gave a different account") is a candidate though it speaks by no cue; a possessor inside
an object ("the report's allegations") stands behind subjects; "they" is no single named person, "the president" no
country, "the group" no state body; a paragraph opening on a new person described by no name ("A leader of the
traders' union spoke to reporters") is the antecedent of the "he" after it, not a person named before; "the
statement, issued by X" is X's. Session 14: a person whose title names a body ("a Chinese foreign ministry
spokesman") is a person, the antecedent of "he", not of "its"; a body's initials ("The RSF rejected …") are a body,
the antecedent of "it". Session 14, round two: "he" and "she" agree in sex with their antecedent where its title,
honorific or first name gives one (`speakers.yaml`'s gender words and names), so "she tells reporters" is not the
spokesman quoted last; a person named with an appositive title ("Ms X, a spokeswoman for the ministry") is a
person, not the ministry; "his lawyer", "her husband" are persons of their own, not the owner of the possessive
(only a spokesman or aide speaks as the one it serves).

This is deliberately simple and deterministic: it only fills `source_resolved`, never changes `source`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .. import doccache as _dc
from .tables import _linking

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
    unnamed: bool = False  # a description ("an elected official"): only a pronoun of its own type and number
    plural: bool = False


def _type_of_named(span: Span, nouns: dict[str, str], person_surnames: set[str]) -> str:
    if len(span) and span.root.pos_ == "NOUN" and nouns.get(span.root.lower_) in ("PERSON", "ORG") and \
            any(c.dep_ == "prep" for c in span.root.children):
        # "The Chief of Staff of Niger's armed forces": the head noun's kind, not a noun of its of-phrase
        return nouns[span.root.lower_]
    words = [t for t in span if t.is_alpha]
    if len(span) and span.root.pos_ == "PROPN" and span.root.ent_type_ in ("PERSON", "") and \
            any(c.dep_ == "appos" and nouns.get(c.lower_) == "PERSON" for c in span.root.children):
        # "Ms X, a spokeswoman for Azerbaijan's foreign ministry": a person, whatever body the appositive names
        return "PERSON"
    if words and words[-1].i == span.root.i and words[-1].pos_ == "NOUN" and nouns.get(words[-1].lower_) == "PERSON":
        # "a Chinese foreign ministry spokesman": a person whose title names a body, not the body
        return "PERSON"
    for k in range(len(words) - 1, -1, -1):
        kind = nouns.get(words[k].lower_)
        if kind == "ORG":
            return "ORG"
        if kind == "PERSON" and words[k].pos_ == "NOUN" and any(t.pos_ == "PROPN" for t in words[k + 1:]):
            return "PERSON"  # a title before a name: "Police spokesperson Resila Onyango", "Ministry spokesman X"
    if words and words[-1].pos_ == "NOUN" and nouns.get(words[-1].lower_) == "PERSON":
        return "PERSON"  # "A Fano commander", "a Hamas official": a person, described by the group's name
    labels = {t.ent_type_ for t in span if t.ent_type_}  # the entity labels of the span's tokens
    last = span[-1].text if len(span) else ""
    if "PERSON" in labels or last in person_surnames:
        return "PERSON"
    if labels & ORG_LABELS:
        proper = [t for t in span if t.pos_ == "PROPN"]
        if len(proper) == 1 and proper[0].ent_type_ == "ORG" and proper[0].is_upper and 2 <= len(proper[0]) <= 6 \
                and proper[0].is_alpha:
            return "ORG"  # "The RSF rejected the accusation. '…,' it said": a body's initials name a body
        return "ORG" if len(proper) > 1 else "ANY"
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


def is_full_description(span: Span) -> bool:
    """"the regional military administration", "the ministry's spokesman": a description with its own
    modifiers names its referent itself; only a bare "the ministry" or "the officer" points back."""
    words = [t for t in span if not (t.is_punct or t.is_space) and t.i != span.root.i]
    return any(t.lower_ not in DEFINITE for t in words)


def resolve_sources(doc: Doc, attributions: list, nouns: dict[str, str], quotes: list | None = None,
                    addressee_verbs: frozenset[str] | set[str] = frozenset(),
                    generic_nouns: frozenset[str] | set[str] | None = None) -> None:
    """Fill `source_resolved` on each attribution (sorted by cue) whose source is anaphoric. A name in the
    addressee slot of a verb in `addressee_verbs` ("told Reuters") is never an antecedent."""
    quotes = quotes or []
    candidates: list[Mention] = []
    person_surnames: set[str] = set()
    for ent in _dc.ents(doc):
        if ent.label_ == "PERSON" and len(ent) > 1:
            person_surnames.add(ent[-1].text)

    def in_quote(a: int) -> bool:
        return any(q.start <= a < q.end for q in quotes)

    # a name the geoparser resolved to a place is no speaker, whatever the NER label ("Boni" as a PERSON)
    places = [(p.start, p.end) for p in (getattr(doc._, "places", None) or []) if hasattr(p, "start")] \
        if doc.has_extension("places") else []

    def is_place(a: int, b: int) -> bool:
        return any(ps < b and a < pe for ps, pe in places)

    ents = [e for e in _dc.ents(doc) if (e.label_ in PERSON_LABELS or e.label_ == "ORG") and not in_quote(e.start_char)
            # "UNITED NATIONS, Feb 20 -", "NIAMEY (Sahel Patriote) -": a dateline's place or outlet is no speaker
            and not _dc.in_dateline(doc, e.start_char)
            and e.root.dep_ not in MODIFIER_DEPS and e.root.tag_ in ("NNP", "NNPS")
            # the name's own head a place ("Boni" as a PERSON), not a place it holds ("the Ministry of Defence of
            # Armenia")
            and not is_place(e.root.idx, e.root.idx + len(e.root))
            and not (e.root.dep_ == "dative" or e.root.dep_ == "dobj" and e.root.head.lemma_.lower() in addressee_verbs)]
    # not a speaker the attributions give themselves, nor a subject of what one says ("Azerbaijani forces fired …")
    said = [a.source for a in attributions if a.source and not in_quote(a.source[0])] + \
        [c for a in attributions for c in a.content or ()]
    # a subject named by a body noun the source lexicon lacks is a candidate too ("In Dushanbe, the Tajik border
    # troops gave a different account. They said …"), though no description of it is resolved by that noun
    subject_nouns = {**_body_nouns(), **nouns}
    ents += [e for e in _country_subjects(doc, subject_nouns, {e.root.i for e in ents}, in_quote)
             if not any(a <= e.root.idx < b for a, b in said) and
             (e.root.lemma_.lower() in nouns or _giving_account(e.root))]
    ents.sort(key=lambda e: (e.end_char, e.start_char))
    ent_i = 0
    for att in sorted(attributions, key=lambda a: a.cue[0]):
        limit = att.source[0] if att.source else att.cue[0]
        while ent_i < len(ents) and ents[ent_i].end_char <= limit:
            e = ents[ent_i]
            ent_i += 1
            if e.label_ == "SUBJ":
                # "Moldova's foreign ministry dismissed her remarks. '…,' it said": a body or person named by its
                # country as a sentence's subject, though it speaks by no cue here
                candidates.append(Mention(e.start_char, e.end_char, subject_nouns[e.root.lemma_.lower()], e.text, 1,
                                          not is_named(e), e.root.tag_ == "NNS"))
                continue
            tier = 1 if e.root.dep_ in SUBJECT_DEPS else 2
            e = _with_title(e)
            candidates.append(Mention(e.start_char, e.end_char, _type_of_named(e, nouns, person_surnames), e.text,
                                      tier))
        if not att.source:
            continue
        span = doc.char_span(att.source[0], att.source[1], alignment_mode="expand")
        if span is None or not len(span):
            continue
        need = anaphor_type(span, nouns)
        poss = [c for c in span.root.children if c.dep_ == "poss" and c.lower_ in ORG_PRONOUNS | PLURAL_PRONOUNS
                | PERSON_PRONOUNS] if span.root.pos_ == "NOUN" else []
        if need is None and poss and not is_named(span) and poss[0].lower_ in PERSON_PRONOUNS and \
                (nouns.get(span.root.lemma_.lower()) == "PERSON" or span.root.lower_ in _title_words()) and \
                span.root.lemma_.lower() not in PROXY_NOUNS:
            # "His lawyer told the court", "Her husband said": a person described by its own head noun is its own
            # speaker, not the owner of "his" (only a spokesman or aide speaks as the one it serves)
            candidates.append(_description(att.source, "PERSON", span))
            continue
        placed = {t.i for p in span.root.children if p.dep_ == "prep" and p.i > span.root.i for t in p.subtree}
        if need is None and poss and not any(t.pos_ == "PROPN" and t.i not in placed for t in span):
            # "according to its latest update": the document's owner is the source; "Its office for Kosovo
            # accused …": a name after the head is not the owner's (the phrase's own words up to its head)
            p = poss[0].lower_
            # "Its spokesman" is never the story's own outlet ("…, the Sahel Times has learned. Its spokesman said")
            mast = _own_outlets(doc)
            found = _pick(_agreeing(doc, [c for c in candidates if _bare_name(c.text) not in mast], p),
                          "PERSON" if p in PERSON_PRONOUNS else "ORG" if p in ORG_PRONOUNS else "ANY",
                          None, span.start_char)
            if found:
                att.source_resolved = (found.start, found.end)
            continue
        owner = [c for c in span.root.children if c.dep_ == "poss" and c.pos_ == "NOUN" and c.n_lefts == 1
                 and c.i == span.start + 1 and span[0].lower_ == "the" and nouns.get(c.lemma_.lower()) == "ORG"]
        if need is None and owner and nouns.get(span.root.lemma_.lower()) == "ORG" \
                and not any(t.ent_type_ == "PERSON" for t in span):
            # "according to the group's Amaq news agency": the body that owns the outlet speaks through it
            noun = owner[0].lemma_.lower()
            # "the army's 18th Brigade" with no army named before: not the rebels who spoke last (a state body's
            # unit falls back only to a state body)
            state_owner = _state_side(noun)
            found = _pick_noun(candidates, noun, span.start_char) or \
                _pick_tier([c for c in candidates if c.end <= span.start_char and c.tier == 1 and not c.unnamed
                            and (not state_owner or _state_side(c.text))], "ORG", None)
            if found:
                att.source_resolved = (found.start, found.end)
            continue
        if need is None:
            if in_quote(att.source[0]):
                continue  # a speaker quoted inside another's words is no antecedent outside them
            if is_named(span):
                if not is_place(span.root.idx, span.root.idx + len(span.root)) or span.root.pos_ != "PROPN" or \
                        span.root.ent_type_ in ORG_LABELS:
                    candidates.append(Mention(att.source[0], att.source[1],
                                              _type_of_named(span, nouns, person_surnames), span.text))
            else:
                # "an elected official in the area told AFP … he said": an unnamed source is an antecedent too
                kind = nouns.get(span.root.lemma_.lower()) or nouns.get(span.root.lower_)
                if kind and span.root.pos_ == "NOUN":
                    candidates.append(_description(att.source, kind, span))
            continue
        kind, noun = need
        agent = _issued_by(span) or _owner_named_before(span)
        if agent is not None:
            # "The statement, issued by Somalia's information ministry on Saturday, said": the body that put it out
            att.source_resolved = (agent.start_char, agent.end_char)
            candidates.append(Mention(agent.start_char, agent.end_char, "ORG" if not any(
                t.ent_type_ == "PERSON" for t in agent) else "PERSON", agent.text, 1))
            continue
        if kind == "REL":
            ante = _relative_antecedent(span)
            if ante is not None:
                att.source_resolved = (ante.start_char, ante.end_char)
                if not is_named(ante):
                    sub = anaphor_type(ante, nouns)
                    if sub and sub[0] != "REL":
                        found = _pick(candidates, sub[0], sub[1], ante.start_char)
                        own = _countries_named(ante) | _mention_country(ante)
                        if found and own and not own & _countries_named(doc.char_span(
                                found.start, found.end, alignment_mode="expand")):
                            found = None  # "the Central African government, which said": not Chad's army
                        if found:
                            att.source_resolved = (found.start, found.end)
            continue
        if noun and is_full_description(span):
            # "the regional military administration said": it names its source itself; only a fuller name
            # of the same body ("the Ukrainian ministry" -> "the Defense Ministry of Ukraine") replaces it, and
            # one of the country it names ("the Armenian ministry" is not "Azerbaijan's defence ministry")
            found = _pick_noun(candidates, noun, span.start_char)
            own = _countries_named(span)
            if found is not None and own and not own & _countries_named(doc.char_span(
                    found.start, found.end, alignment_mode="expand")):
                found = None
            if found is not None and not _modifiers_kept(span, found.text):
                found = None  # "the government spokesman" is not "the party's spokesman, X" named before
        elif noun:
            # "the army said": the nearest name with the same noun, else a compatible earlier source or subject
            # (never an addressee, "told AFP"); an organisation noun of its own kind ("the army", "the
            # government") never stands for another body's name, only a generic one does ("the group")
            found = _pick_noun(candidates, noun, span.start_char)
            if found is None and (kind != "ORG" or generic_nouns is None or noun in generic_nouns):
                pool = [c for c in candidates if c.end <= span.start_char and c.tier == 1
                        and not _other_court_side(noun, c.text)]
                if generic_nouns is not None and noun in generic_nouns:
                    # "Police in Quetta said they had arrested 17 members of a council. The group said …": a
                    # group is not a state's own body
                    pool = [c for c in pool if not _state_body(c.text)]
                found = _pick_tier(pool, kind, None)
        else:
            # "she tells reporters" is not the spokesman named before: a pronoun agrees with the sex a candidate's
            # title, honorific or first name gives
            found = _pick(_agreeing(doc, candidates, span.root.lower_), kind, noun, span.start_char,
                          span.root.lower_)
            if found is not None and kind == "PERSON":
                found = _speaker_of_content(doc, attributions, candidates, found, span) or found
        if found:
            att.source_resolved = (found.start, found.end)
            if found.tier > 1 or noun:
                # "a claim by China's Eastern Theatre Command. The command said A. It also said B": the body a
                # speaker's description resolved to is a speaker now, the latest antecedent of the next pronoun
                candidates.append(Mention(found.start, found.end, found.type, found.text, 1, found.unnamed,
                                          found.plural or noun is not None and span.root.tag_ in ("NNS", "NNPS")))
        elif noun:  # an unresolved description names its source itself: "The brigade's press service … the service"
            candidates.append(_description(att.source, kind, span))


def _country_subjects(doc: Doc, nouns: dict[str, str], taken: set[int], in_quote) -> list[Span]:
    """Subjects headed by a speaker noun and named by a country or a name ("Moldova's foreign ministry", "an Indian
    army spokesman"), labelled SUBJ, that no entity already gives."""
    out = []
    for t in doc:
        if t.dep_ not in ("nsubj", "nsubjpass") or not (t.pos_ == "NOUN" or t.pos_ == "PROPN" and t.is_lower) or \
                t.i in taken or \
                nouns.get(t.lemma_.lower()) not in ("PERSON", "ORG") or in_quote(t.idx) or _dc.in_dateline(doc, t.idx):
            continue
        span = doc[t.left_edge.i:t.i + 1]
        if any(x.i != t.i and (x.pos_ == "PROPN" or x.ent_type_ in ("NORP", "GPE", "ORG")) for x in span):
            out.append(Span(doc, span.start, span.end, label="SUBJ"))
        elif _new_speaker(doc, t, nouns):
            # "A leader of the traders' union spoke to reporters. He said …": a person a paragraph opens on
            out.append(Span(doc, t.left_edge.i, t.right_edge.i + 1, label="SUBJ"))
    for t in doc:
        # "The ministry has taken note of remarks by a Cambodian government spokesman. The spokesman said …": the
        # author a statement noun names after "by", named by a country, is a speaker for a later description
        if t.dep_ != "pobj" or t.pos_ != "NOUN" or t.i in taken or t.head.lower_ != "by" or \
                t.head.head.lemma_.lower() not in _AUTHORED_NOUNS or \
                nouns.get(t.lemma_.lower()) not in ("PERSON", "ORG") or in_quote(t.idx) or \
                _dc.in_dateline(doc, t.idx):
            continue
        span = doc[t.left_edge.i:t.i + 1]
        if any(x.i != t.i and x.ent_type_ in ("NORP", "GPE") for x in span):
            out.append(Span(doc, span.start, span.end, label="SUBJ"))
    return out


_AUTHORED_NOUNS = {"remark", "remarks", "comment", "claim", "accusation", "allegation", "statement", "assertion"}


def _new_speaker(doc: Doc, t: Token, nouns: dict[str, str]) -> bool:
    """A paragraph opening on a new person as its first sentence's subject, described with no name ("A leader of the
    traders' union spoke to reporters an hour later"): one person noun, indefinite, the active subject of the main
    verb; the "he" of the paragraph and of the quote after it is that person."""
    if t.dep_ != "nsubj" or t.head.dep_ != "ROOT" or t.tag_ != "NN" or nouns.get(t.lemma_.lower()) != "PERSON" or \
            not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
        return False
    sent = t.sent
    before = _dc.text(doc)[:sent.start_char].rstrip(" \t")
    return (not before or before.endswith("\n")) and \
        not any(x.ent_type_ == "PERSON" for x in doc[t.left_edge.i:t.right_edge.i + 1])


_ISSUE_VERBS = {"issue", "release", "publish", "put", "post", "circulate", "distribute", "send", "sign"}


def statement_owner(t: Token) -> Span | None:
    """The owner a statement noun names ("a statement by the army", "the ministry's communique"), or None."""
    if t.lemma_.lower() not in _linking()["statement_nouns"]:
        return None
    for c in t.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return t.doc[c.left_edge.i:c.i + 1]
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            obj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                return t.doc[obj.left_edge.i:obj.i + 1]
    return None


def _owner_named_before(span: Span) -> Span | None:
    """"rejected a statement by Myanmar's military government. … The statement, read on state television, said":
    a statement named again, of no owner of its own, is the one the sentence before named with its owner."""
    root = span.root
    if root.lemma_.lower() not in _linking()["statement_nouns"] or any(
            c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "from", "by") for c in root.children):
        return None
    sents = [s for s in span.doc.sents if s.end <= span.start][-2:]
    for t in reversed([t for s in sents for t in s]):
        if t.lemma_.lower() == root.lemma_.lower():
            return statement_owner(t)  # (the latest mention of the noun: its owner, or none)
    return None


def _issued_by(span: Span) -> Span | None:
    """"The statement, issued by X on Saturday": the agent of a participle that tells who put a statement out (the
    agent's own noun phrase with its name, without a time after it)."""
    doc = span.doc
    for verb in span.root.children:
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in _ISSUE_VERBS:
            continue
        for by in verb.children:
            if by.dep_ == "agent":
                obj = next((o for o in by.children if o.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                    # with its name ("the rights group X Watch", "the Committee for Human Rights"), not a time
                    end = max([obj.i] + [c.right_edge.i for c in obj.children if c.i > obj.i and (
                        c.dep_ == "appos" or c.dep_ == "prep" and any(x.pos_ == "PROPN" for x in c.subtree) and
                        not any(x.ent_type_ in ("DATE", "TIME") for x in c.subtree))])
                    return doc[obj.left_edge.i:end + 1]
    return None


def _countries_named(span: Span | None) -> set[str]:
    """The countries a span names by a nationality or a country's name ("the Armenian ministry", "the Ministry of
    Defence of Armenia")."""
    from ..actors import dictionary_country

    if span is None:
        return set()
    return {c for t in span if t.ent_type_ in ("NORP", "GPE") and (c := dictionary_country(t.text))}


def _mention_country(span: Span) -> set[str]:
    """The country of the actor a phrase names itself ("the Central African government"), not one guessed."""
    from ..actors import mention_for

    m = mention_for(span.doc, span)
    return {m.country} if m is not None and m.country and not m.inferred else set()


def _with_title(ent: Span) -> Span:
    """'Rosa Diaz' -> 'Colonel Rosa Diaz': include title words compounded onto the name."""
    doc = ent.doc
    a = ent.start
    while a > 0 and doc[a - 1].dep_ == "compound" and doc[a - 1].head.i >= a and doc[a - 1].is_title \
            and doc[a - 1].pos_ in ("PROPN", "NOUN"):
        a -= 1
    return doc[a:ent.end]


def _description(sp: tuple[int, int], kind: str, span: Span) -> Mention:
    plural = span.root.tag_ in ("NNS", "NNPS") or any(t.lower_ == "and" for t in span)
    # "X dismissed the report's allegations. It said …": a possessor inside another's object is no subject, and
    # stands behind the speakers named as subjects
    tier = 2 if span.root.dep_ == "poss" and span.root.head.dep_ not in SUBJECT_DEPS else 1
    return Mention(sp[0], sp[1], kind, span.text, tier, True, plural)


# persons who speak as the one who owns them ("his spokesman", "her aide"): "his" is whom they speak for
PROXY_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "aide", "office", "secretary", "adviser", "advisor",
               "representative", "envoy", "deputy", "assistant"}
FEMININE = {"she", "her", "hers", "herself"}
MASCULINE = {"he", "him", "his", "himself"}


@lru_cache(maxsize=1)
def _gender_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words that make a person female or male: titles and honorifics, then first names (`data/claims/
    speakers.yaml`, `female_words`/`male_words` and `female_names`/`male_names`)."""
    from ..resources import load_yaml

    data = load_yaml("claims/speakers.yaml")
    return (frozenset(str(w).lower() for w in (data.get("female_words") or []) + (data.get("female_names") or [])),
            frozenset(str(w).lower() for w in (data.get("male_words") or []) + (data.get("male_names") or [])))


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """The titles and honorifics of `_gender_words` (not the first names)."""
    from ..resources import load_yaml

    data = load_yaml("claims/speakers.yaml")
    return frozenset(str(w).lower() for w in (data.get("female_words") or []) + (data.get("male_words") or []))


def mention_gender(doc: Doc, start: int, end: int) -> str | None:
    """"F" or "M" for a person mention its own words sex ("Government spokesman Albert Ilunga", "Ms Uwera",
    "Olena Hrytsenko, a spokeswoman for …"), with an appositive title after it; None when they do not, or
    disagree."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    # its own words, not a clause about someone else ("X, whose brother was among the dead")
    clauses = {t.i for c in span.root.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
    words = [t for t in span if t.is_alpha and t.i not in clauses]
    root = span.root
    for c in root.children:  # "X, a spokeswoman for the regional administration": the appositive's head
        if c.dep_ == "appos" and c.i >= span.end:
            words.append(c)
    if root.dep_ == "appos" and root.head.i < span.start:  # "the ministry's spokeswoman, X"
        words.append(root.head)
    female, male = _gender_words()
    titles = _title_words()
    found = set()
    for t in words:
        low = t.lower_.rstrip(".")
        prev = t.doc[t.i - 1] if t.i > 0 else None
        if low not in titles and t.pos_ == "PROPN" and prev is not None and prev.pos_ == "PROPN" and \
                prev.lower_.rstrip(".") not in titles and prev.ent_type_ == "PERSON":
            continue  # a name's later words are no first name ("Amina Yusuf" is no man)
        if low in female:
            found.add("F")
        elif low in male:
            found.add("M")
    return next(iter(found)) if len(found) == 1 else None


def _bare_name(text: str) -> str:
    return re.sub(r"^the\s+", "", text.strip(), flags=re.I).lower()


def _own_outlets(doc: Doc) -> set[str]:
    """The names of the outlet that publishes the story (lower case, no article): its metadata's, and an outlet's
    name in a head line that is no sentence (a masthead or byline: "By Amina Yusuf, Sahel Times"; not the issuer a
    statement's heading names, "Royal Thai Navy - Statement")."""
    from .sources import kind_of  # (sources reads the actors stage, which the resolver does not need otherwise)

    found = {_bare_name(doc._.outlet)} if doc.has_extension("outlet") and doc._.outlet else set()
    text = _dc.text(doc)
    first = text[:max(0, text.find("\n"))].strip()
    if first and len(first.split()) <= 10 and not first.endswith((".", "?", "!", '"')):
        for part in re.split(r"\s*[,|\u2013\u2014]\s*|\s+-\s+", re.sub(r"^by\s+", "", first, flags=re.I)):
            if part[:1].isupper() and kind_of(part) in ("media", "agency"):
                found.add(_bare_name(part))
    return found


def _agreeing(doc: Doc, cands: list[Mention], pronoun: str) -> list[Mention]:
    """The candidates a personal pronoun can stand for: not a person of the other sex."""
    want = "F" if pronoun in FEMININE else "M" if pronoun in MASCULINE else None
    if want is None:
        return cands
    return [c for c in cands if c.type == "ORG" or mention_gender(doc, c.start, c.end) in (None, want)]


def _speaker_of_content(doc: Doc, attributions: list, cands: list[Mention], found: Mention, span: Span) \
        -> Mention | None:
    """"The prosecutor, Ms X, told the court that Y had ordered A. She said B": a person named inside an earlier
    speaker's own words gives way to that speaker when the speaker's sex is the pronoun's and the person's is not
    known to be; also when both are of the pronoun's sex, if the pronoun opens the sentence right after the speaker's
    and says something itself ("A spokesman, X, said the man, Y, had collapsed. He said an autopsy would be carried
    out": the spokesman goes on speaking, not the man his words were about)."""
    want = "F" if span.root.lower_ in FEMININE else "M" if span.root.lower_ in MASCULINE else None
    if want is None:
        return None
    same_sex = mention_gender(doc, found.start, found.end) == want
    if same_sex and not _saying_subject(span):
        return None
    for att in sorted(attributions, key=lambda a: a.cue[0], reverse=True):
        if att.cue[0] >= span.start_char or not att.source:
            continue
        if not any(a <= found.start and found.end <= b for a, b in att.content or ()):
            continue
        who = att.source_resolved or att.source
        speaker = next((c for c in cands if (c.start, c.end) == tuple(who) and c.type == "PERSON"), None)
        if same_sex and not _sentence_before(doc, att.cue[0], span):
            return None
        if speaker is not None and mention_gender(doc, speaker.start, speaker.end) == want:
            return speaker
        return None
    return None


def _saying_subject(span: Span) -> bool:
    """Whether a pronoun is the subject of a verb of saying that opens its sentence ("He said …", "She added …")."""
    root = span.root
    return root.dep_ == "nsubj" and root.i == root.sent.start and root.head.lemma_.lower() in _SAYING_LEMMAS


def _sentence_before(doc: Doc, char: int, span: Span) -> bool:
    """Whether the character offset `char` lies in the sentence right before the one `span` opens."""
    sent = span.root.sent
    if sent.start == 0:
        return False
    before = doc[sent.start - 1].sent
    return before.start_char <= char < before.end_char


_SAYING_LEMMAS = {"say", "add", "tell", "state", "explain", "insist", "note", "stress"}


def _pick(cands: list[Mention], kind: str, noun: str | None, before: int, pronoun: str | None = None) -> Mention | None:
    if pronoun is not None:
        # a description is the antecedent only of a pronoun of its own type and number ("an official … he",
        # "residents … they"), never of "she" after "a source" of no stated sex, nor of "he" after "residents"
        plural = pronoun in PLURAL_PRONOUNS
        cands = [c for c in cands if not c.unnamed or (c.plural == plural and (plural or c.type == kind))]
        if plural:  # "Officials said A. An Afghan commander, X, said B. They said C": not the one named person
            cands = [c for c in cands if c.type != "PERSON" or c.plural]
    for tier in (1, 2):
        found = _pick_tier([c for c in cands if c.end <= before and c.tier <= tier], kind, noun)
        if found:
            return found
    return None


@lru_cache(maxsize=1)
def _court_sides() -> tuple[frozenset[str], ...]:
    from ..resources import load_yaml

    return tuple(frozenset(str(w).lower() for w in side)
                 for side in load_yaml("claims/speakers.yaml").get("court_sides") or [])


def _other_court_side(noun: str, text: str) -> bool:
    """Whether a speaker named with one side's word of a trial ("Lawyer X", "defence lawyers") is another person
    than a bare role noun of another side ("the prosecutor"): `speakers.yaml` `court_sides`."""
    own = next((side for side in _court_sides() if noun in side), None)
    if own is None:
        return False
    words = set(re.findall(r"[a-z]+", text.lower()))
    return any(words & side for side in _court_sides() if side is not own)


def _pick_noun(cands: list[Mention], noun: str, before: int) -> Mention | None:
    """The latest earlier mention whose words include the description's head noun."""
    for c in reversed([c for c in cands if c.end <= before]):
        words = set(re.findall(r"[a-z]+", c.text.lower()))
        if noun in words or noun + "s" in words:
            return c
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
            if c.type in want and not (kind == "PERSON" and c.type == "ANY" and _a_country(c.text)):
                # "Rwanda rejected accusations by Burundi's president. … the president said": a country is no person
                return c
    return None


_ACCOUNT_NOUNS = {"account", "version", "story", "statement", "explanation", "description"}
_ACCOUNT_VERBS = {"say", "tell", "deny", "reject", "dispute", "contest", "state", "claim", "insist"}


def _giving_account(subj: Token) -> bool:
    """Whether a subject gives an account ("the Tajik border troops gave a different account", "told the story
    differently", "denied it"), not only acts ("Tajik troops shelled the village")."""
    verb = subj.head
    return verb.lemma_.lower() in _ACCOUNT_VERBS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in _ACCOUNT_NOUNS for c in verb.children)


@lru_cache(maxsize=1)
def _body_nouns() -> dict[str, str]:
    """speakers.yaml's `coref_body_nouns`: nouns of a speaking body (lemma -> ORG) beside the source lexicon's."""
    from ..resources import load_yaml

    return dict(load_yaml("claims/speakers.yaml").get("coref_body_nouns") or {})


def _state_body(text: str) -> bool:
    """Whether a name is a state's body by its words ("Police in Quetta", "Ghana's defence ministry"):
    speakers.yaml's `state_body_words`."""
    from ..resources import load_yaml

    heads = set(load_yaml("claims/speakers.yaml").get("state_body_words") or ())
    return bool(set(re.findall(r"[a-z]+", text.lower())) & heads)


def _modifiers_kept(span: Span, name: str) -> bool:
    """Whether a fuller name keeps a description's own words ("the defence ministry" in "the Ministry of Defence"),
    nationality words aside (the countries named are compared on their own)."""
    words = set(re.findall(r"[a-z]+", name.lower()))
    return all(t.lower_ in words for t in span if t.i != span.root.i and t.pos_ in ("NOUN", "PROPN", "ADJ")
               and t.ent_type_ not in ("NORP", "GPE") and t.lower_ not in DEFINITE | {"same"})


def _state_side(text: str) -> bool:
    """Whether a phrase names a state's body or forces ("the army", "police", "Ghana's defence ministry")."""
    from ..actors import sector_of

    return _state_body(text) or sector_of(text) in ("GOV", "MIL", "POL", "BGD")


def _a_country(text: str) -> bool:
    """Whether a name is a country's own name ("Rwanda", "the United States"), nothing more."""
    import pycountry

    from ..actors import dictionary_country

    name = re.sub(r"^the\s+", "", text.strip(), flags=re.I)
    code = dictionary_country(name)
    c = pycountry.countries.get(alpha_3=code) if code and len(code) == 3 else None
    names = {getattr(c, k, "") or "" for k in ("name", "common_name", "official_name")} if c else set()
    return name.lower() in {n.lower() for n in names} or len(name.split()) == 1 and name.lower() in {
        n.lower().split(",")[0].split()[0] for n in names if n}


def _relative_antecedent(span: Span) -> Span | None:
    rel = span.root
    verb = rel.head
    if verb.dep_ != "relcl":
        return None
    noun = verb.head
    doc = noun.doc
    left = noun.left_edge.i
    return doc[left: noun.i + 1]
