"""Find event triggers in a parsed sentence, from the lexicon in `data/events/triggers.yaml`."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from .. import doccache
from ..resources import load_yaml


@dataclass
class Trigger:
    i: int  # token index of the head word
    end: int  # token index after the last word of a multi-word trigger
    labels: list[str]
    weak: bool
    two_sided: bool
    lemma: str
    outcome: bool = False
    victim_subject: bool = False  # "two soldiers died": the subject was hit, it did not act
    plover: tuple | None = None  # (event, mode) the trigger tells, when the event keeps its first label


@lru_cache(maxsize=1)
def lexicon():
    data = load_yaml("events/triggers.yaml")
    single: dict[tuple[str, str], list[dict]] = {}
    multi: list[tuple[tuple[str, ...], dict]] = []
    for entry in data["triggers"]:
        for lemma in entry["lemmas"]:
            words = tuple(lemma.split())
            if len(words) == 1:
                for pos in entry.get("pos", ["VERB", "NOUN"]):
                    single.setdefault((lemma, pos), []).append(entry)
            else:
                multi.append((words, entry))
    multi.sort(key=lambda x: -len(x[0]))
    return data, single, multi


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower() if tok.lemma_ else tok.lower_


def _object_lemmas(tok: Token, depth: int = 3) -> set[str]:
    """Lemmas of what a trigger acts on: objects, passive subjects, prepositional objects, compounds."""
    out: set[str] = set()
    frontier = [tok]
    for _ in range(depth):
        nxt = []
        for t in frontier:
            for c in t.children:
                if c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children):
                    continue  # "shot dead a teacher on Monday": a day, not what was fired on
                if c.dep_ in ("dobj", "nsubjpass", "pobj", "prep", "compound", "conj", "attr", "npadvmod",
                              "amod", "nmod", "appos", "oprd", "dative", "nsubj", "acomp", "advmod", "prt"):
                    out.add(_lemma(c))
                    out.add(c.lower_)
                    nxt.append(c)
        frontier = nxt
    if tok.dep_ in ("amod", "compound", "nmod"):
        out.add(_lemma(tok.head))
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and depth > 1:
        # "subjected to fire from mortars": the parser hangs "from mortars" on the verb, not on "fire"
        for sib in tok.head.head.children:
            if sib.dep_ == "prep" and sib != tok.head:
                out |= {_lemma(t) for t in sib.subtree}
    return out


def _pronoun_antecedents(tok: Token) -> set[str]:
    """What "them" stands for when a verb coordinated with the one before acts on it: "pursued the assailants and
    neutralised 20 of them" (the first verb's object)."""
    objs = _object_lemmas(tok)
    if not objs & {"them", "they"} or tok.dep_ != "conj" or tok.head.pos_ != "VERB":
        return set()
    return {_lemma(c) for c in tok.head.children if c.dep_ == "dobj"}


def _head_forms(tok: Token) -> set[str]:
    """A noun's lemma, and its singular where the tagger took a capitalised plural for a name and left it unlemmatised
    ("LIMA - Protesters blocked ...": "Protesters" a PROPN after the dateline)."""
    out = {_lemma(tok)}
    if tok.pos_ == "PROPN" and tok.lower_.endswith("s") and len(tok.lower_) > 3:
        out.add(tok.lower_[:-1])
    return out


def _subject_ok(tok: Token, heads, words) -> bool:
    """Is the verb's subject headed by one of `heads`, with (if `words` is given) one of `words` in its phrase?
    ("a remote-controlled bomb targeted a vehicle")"""
    for c in tok.children:
        if c.dep_ == "nsubj" and _head_forms(c) & set(heads):
            if not words:
                return True
            phrase = {_lemma(t) for t in c.subtree} | {t.lower_ for t in c.subtree}
            return bool(phrase & set(words))
    return False


def _direct_objects(tok: Token) -> set[str]:
    """Lemmas of a verb's direct object and of the objects of its prepositions ("battled the blaze")."""
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            out.add(_lemma(c))
            if c.pos_ == "NUM":  # "fought two of their three wars": the noun after "of"
                out |= {_lemma(g) for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                        for g in p.children if g.dep_ == "pobj"}
        elif c.dep_ == "prep":
            out |= {_lemma(g) for g in c.children if g.dep_ == "pobj"}
    return out


def _town_object(doc: Doc, tok: Token) -> bool:
    """Is the verb's direct object a town the document's places name ("seized Bunagana")?"""
    places = doccache.ext(doc, "places") or []
    for c in tok.children:
        if c.dep_ == "dobj" and c.pos_ == "PROPN" and any(
                p.start <= c.idx < p.end and p.precision == "town" for p in places):
            return True
    return False


def _plover(entry: dict) -> tuple | None:
    value = entry.get("plover")
    return (value[0], value[1] if len(value) > 1 else None) if value else None


def _subject_lemmas(tok: Token) -> set[str]:
    """Lemmas of a verb's subject and of its passive agent ("was damaged by falling debris")."""
    out = {_lemma(c) for c in tok.children if c.dep_ in ("nsubj", "csubj")}
    out |= {_lemma(g) for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"}
    return out


def _governor(tok: Token) -> str | None:
    """The lemma of the verb that governs a trigger word: for a noun, the verb whose object it is (through a list,
    "seized 14 pistols, two rifles ... and five grenades", and "of" phrases); for a verb, the verb it completes
    ("bodies were found burned")."""
    t = tok
    for _ in range(8):
        if t.head == t:
            return None
        if t.dep_ in ("conj", "appos") and t.head.pos_ in ("NOUN", "PROPN", "NUM") \
                or t.dep_ in ("compound", "nmod") and t.pos_ != "VERB" \
                or t.dep_ == "pobj" and t.head.lower_ in ("of", "including") \
                and t.head.head.pos_ in ("NOUN", "PROPN", "NUM"):
            # ("a cache of grenades", "explosives, including two suicide vests": only "of" and "including" phrases)
            t = t.head.head if t.dep_ == "pobj" else t.head
            continue
        break
    if t.dep_ in ("dobj", "nsubjpass", "oprd", "xcomp", "acomp") and t.head.pos_ in ("VERB", "AUX") and t.head != t:
        return _lemma(t.head)
    if t is not tok and t.pos_ == "NOUN" and _lemma(t) in ("cache", "stockpile", "haul", "arsenal"):
        return "cache"  # "a cache of explosives, including two suicide vests": arms held, whatever the parse made of it
    return None


def _ended_by(tok: Token, words) -> bool:
    """Is the noun what one of `words` ends or breaks: the object of such a verb ("abandoned the truce") or of "to" /
    "of" after such a noun ("an end to the 1991 ceasefire", "the collapse of the truce")?"""
    words = set(words)
    if _governor(tok) in words:
        return True
    p = tok.head
    return tok.dep_ == "pobj" and p.lower_ in ("to", "of") and p.head != p and p.head.pos_ in ("NOUN", "VERB") \
        and _lemma(p.head) in words


@lru_cache(maxsize=1)
def _multi_by_first():
    """Multi-word entries indexed by their first word, longest first."""
    index: dict[str, list[tuple[tuple[str, ...], dict]]] = {}
    for words, entry in lexicon()[2]:
        index.setdefault(words[0], []).append((words, entry))
    return index


_QUOTES = frozenset('"“”\'‘’`')


def _gapped(doc: Doc, lemmas, lowers, words: tuple[str, ...], i: int, end: int) -> list[int] | None:
    """A multi-word entry told with a word put between its words: a quoted epithet ('opened "unprovoked"
    fire') or an adjective on the next word ("opened indiscriminate fire"). The token indices of its words."""
    out = [i]
    j = i + 1
    for w in words[1:]:
        skipped = 0
        while j < end and lemmas[j] != w and lowers[j] != w and skipped < 4:
            t = doc[j]
            if not (t.text in _QUOTES or t.dep_ in ("amod", "advmod") and t.pos_ in ("ADJ", "ADV")
                    and t.head.i > j and (lemmas[t.head.i] == w or lowers[t.head.i] == w)
                    or any(doc[k].text in _QUOTES for k in range(max(i, j - 3), j))
                    and any(doc[k].text in _QUOTES for k in range(j + 1, min(end, j + 4)))):
                return None
            j += 1
            skipped += 1
        if j >= end or (lemmas[j] != w and lowers[j] != w):
            return None
        out.append(j)
        j += 1
    return out if out[-1] - out[0] + 1 > len(words) else None


def find_triggers(doc: Doc, start: int, end: int) -> list[Trigger]:
    """Triggers among tokens [start, end) (a sentence), multi-word entries first."""
    data, single, _ = lexicon()
    lemmas, lowers = doccache.lemmas(doc), doccache.lowers(doc)
    by_first = _multi_by_first()
    found: list[Trigger] = []
    used: set[int] = set()
    candidates = sorted({(words, id(entry)): (words, entry) for i in range(start, end)
                         for key in (lemmas[i], lowers[i]) for words, entry in by_first.get(key, ())}.values(),
                        key=lambda x: -len(x[0]))
    for words, entry in candidates:
        n = len(words)
        for i in range(start, end - n + 1):
            if lemmas[i] != words[0] and lowers[i] != words[0]:
                continue
            if any(j in used for j in range(i, i + n)):
                continue
            matched = list(range(i, i + n)) if tuple(lemmas[i:i + n]) == words or tuple(lowers[i:i + n]) == words \
                else _gapped(doc, lemmas, lowers, words, i, end)
            if matched:
                if any(j in used for j in range(matched[0], matched[-1] + 1)):
                    continue
                head = min((doc[j] for j in matched), key=lambda t: len(list(t.ancestors)))
                if entry.get("objects") and not _object_lemmas(head) & set(entry["objects"]) | {"control"} & set(words):
                    continue
                if entry.get("not_objects") and _direct_objects(head) & set(entry["not_objects"]):
                    continue  # "handed over their weapons"
                if entry.get("not_governors") and head.pos_ == "NOUN" and _governor(head) in entry["not_governors"]:
                    continue  # "seized two suicide vests": arms taken, no attack
                found.append(Trigger(head.i, matched[-1] + 1, list(entry["labels"]), bool(entry.get("weak")),
                                     bool(entry.get("two_sided")), " ".join(words), bool(entry.get("outcome")),
                                     bool(entry.get("victim_subject")), _plover(entry)))
                used.update(range(matched[0], matched[-1] + 1))
    tags = doccache.pos(doc)
    for i in range(start + 1, end):
        # the small tagger's slip: "Gunmen on a motorcycle shot dead a teacher", "shot" read as a noun (the object of
        # "on") and "dead" heading the clause with the gunmen its subject and the teacher its object: the killing
        tok = doc[i]
        if lowers[i] == "dead" and lowers[i - 1] == "shot" and tags[i - 1] != "VERB" and i - 1 not in used \
                and i not in used and any(c.dep_ == "nsubj" for c in tok.children) \
                and any(c.dep_ == "dobj" for c in tok.children):
            entry = next(e for e in single.get(("shoot", "VERB"), []))
            found.append(Trigger(i, i + 1, list(entry["labels"]), bool(entry.get("weak")),
                                 bool(entry.get("two_sided")), "shoot", bool(entry.get("outcome")),
                                 bool(entry.get("victim_subject")), _plover(entry)))
            used.update((i - 1, i))
    for i in range(start, end):
        if i in used:
            continue
        tag = tags[i]
        pos = "VERB" if tag in ("VERB",) else "NOUN" if tag in ("NOUN", "PROPN") else None
        if pos is None:
            continue
        # a word form listed in the lexicon stands for itself where the lemmatiser got it wrong ("raped" -> "rap")
        key = lemmas[i] if (lemmas[i], pos) in single else lowers[i]
        if (key, pos) not in single:
            continue
        tok = doc[i]
        # entries whose object condition holds beat unconditional ones ("struck a truce" is an agreement)
        entries = sorted(single.get((key, pos), []), key=lambda e: not (e.get("objects") or e.get("direct_objects")))
        for entry in entries:
            if entry.get("plural") and tok.tag_ != "NNS":
                continue
            if entry.get("objects") and not (_object_lemmas(tok) | _pronoun_antecedents(tok)) & set(entry["objects"]):
                continue
            if entry.get("town_objects") and not _town_object(doc, tok):
                continue
            if entry.get("intransitive") and any(c.dep_ in ("dobj", "ccomp") for c in tok.children):
                continue
            if entry.get("subjects") and not _subject_ok(tok, entry["subjects"], entry.get("subject_words")):
                continue
            if entry.get("not_objects") and _direct_objects(tok) & set(entry["not_objects"]):
                continue
            if entry.get("direct_objects") and not _direct_objects(tok) & set(entry["direct_objects"]):
                continue  # "deployed reinforcements", not "a soldier sent a letter"
            if entry.get("not_subjects") and _subject_lemmas(tok) & set(entry["not_subjects"]):
                continue  # "debris damaged a house": no one did it
            if entry.get("not_compound") and tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN"):
                continue
            if entry.get("not_modifiers") and (any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in entry["not_modifiers"]
                                                   for c in tok.children)
                                               or i > 0 and lowers[i - 1] in entry["not_modifiers"]):
                continue  # ("tear gas and stun grenades": the parser may hang "stun" elsewhere)
            if entry.get("not_governors") and _governor(tok) in entry["not_governors"]:
                continue  # "lodged a protest with", "seized ... five grenades", "bodies were found burned"
            if entry.get("ended_by") and _ended_by(tok, entry["ended_by"]):
                continue  # "declared an end to a ceasefire", "violated the truce": no agreement made
            if entry.get("complements") and not any(c.dep_ == "xcomp" and _lemma(c) in entry["complements"]
                                                    for c in tok.children):
                continue
            # (a noun's purpose hangs on the verb it is the object of: "held a vigil outside the hall, demanding ...")
            if entry.get("purposes") and not any(c.dep_ in ("xcomp", "advcl") and _lemma(c) in entry["purposes"]
                                                 for c in [*tok.children, *(tok.head.children if tok.pos_ == "NOUN"
                                                                            and tok.dep_ == "dobj" else ())]):
                continue  # "people gathered demanding ...", not "people gathered at the funeral"
            found.append(Trigger(i, i + 1, list(entry["labels"]), bool(entry.get("weak")),
                                 bool(entry.get("two_sided")), key, bool(entry.get("outcome")),
                                 bool(entry.get("victim_subject")), _plover(entry)))
            used.add(i)
            break
    return sorted(found, key=lambda t: t.i)
