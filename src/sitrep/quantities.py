"""Figures → low / best / high with what they count.

A spaCy component (`sitrep_quantities`) that finds figures ("150-200 troops", "some 2,400 mines",
"hundreds more were injured", "at least three civilians") and decides their kind from the noun they
count and the verb that governs them, using `data/quantities.yaml`.
"""
from __future__ import annotations

from . import doccache as _dc

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from .model import Quantity
from .resources import load_yaml


@dataclass
class QuantityMention:
    quantity: Quantity
    noun: int | None  # token index of the counted noun
    verb: int | None  # token index of the governing verb, if any
    subset: bool = False  # "15 civilians, including six children": part of a figure told just before
    ceiling: bool = False  # "the toll could rise to as many as 30": a high bound for the toll told before


@lru_cache(maxsize=1)
def _tables():
    data = load_yaml("quantities.yaml")
    words = sorted(data["number_words"], key=len, reverse=True)
    vague = sorted(data["vague"], key=len, reverse=True)
    approx = sorted(data["approximate"], key=len, reverse=True)
    num = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    word_num = "|".join(re.escape(w) for w in words)
    tens = "|".join(w for w in words if data["number_words"][w] in range(20, 100, 10))
    units = "|".join(w for w in words if data["number_words"][w] in range(1, 10) and " " not in w)
    # ("forty-four", "twenty one": a compound number word, not a range from forty to four)
    single = rf"(?:{num}|(?:{tens})(?:-|\s)(?:{units})(?![\w-])|(?:{word_num}))" \
             rf"(?:\s+(?:dozen|hundred|thousand|million|billion))?"
    pattern = re.compile(
        rf"(?<![\w.,-])(?P<pre>(?:{'|'.join(re.escape(a) for a in approx)})\s+)?"
        rf"(?:between\s+(?P<b1>{single})\s+and\s+(?P<b2>{single})"
        # ("10-15", "10 to 15"; a spaced dash parts a dateline from the lead: "22 April 2025 - Eight soldiers")
        # ("two or three soldiers": a range, not two figures; session 15)
        rf"|(?P<n1>{single})(?:(?:-|–|—|\s+to\s+|\s+or\s+|\s(?:-|–)\s(?=\d))(?P<n2>{single})|(?P<odd>-odd|\s+odd(?=\s)))?"
        rf"|(?P<vague>{'|'.join(re.escape(v) for v in vague)}))(?![\w-])",
        re.I)
    data["_cumulative_rx"] = [re.compile(rx) for rx in data.get("cumulative_patterns") or []]
    data["_perfect_rx"] = [re.compile(rx) for rx in data.get("perfect_toll_patterns") or []]
    data["_ceiling_rx"] = {k: re.compile(rx, re.I) for k, rx in (data.get("ceiling_patterns") or {}).items()}
    noun_kind = {n: kind for kind, spec in data["kinds"].items() for n in spec.get("nouns", [])}
    verb_kind = {v: kind for kind, spec in data["kinds"].items() for v in spec.get("verbs", [])}
    return data, pattern, noun_kind, verb_kind


_DAY_WORD = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|overnight|"
                       r"last night|this morning)\b")


def to_number(text: str) -> float | None:
    data = _tables()[0]
    t = text.lower().strip()
    if t in data["number_words"]:
        return data["number_words"][t]  # "a hundred", "a dozen": the whole phrase first
    mult = 1
    for word, factor in data["multipliers"].items():
        if t.endswith(" " + word):
            t, mult = t[: -len(word) - 1].strip(), factor
            break
    if t in data["number_words"]:
        return data["number_words"][t] * mult
    parts = re.split(r"[-\s]+", t)
    if len(parts) == 2 and all(p in data["number_words"] for p in parts) and data["number_words"][parts[0]] in \
            range(20, 100, 10) and data["number_words"][parts[1]] in range(1, 10):
        return (data["number_words"][parts[0]] + data["number_words"][parts[1]]) * mult  # "forty-four"
    try:
        return float(t.replace(",", "")) * mult
    except ValueError:
        return None


def _clean(x: float | None) -> float | int | None:
    return int(x) if x is not None and float(x).is_integer() else x


_NOT_COUNT_AFTER = re.compile(r"\s*(%|percent|per cent|per\b|years? old|year-old|km|kilomet|met(er|re)s|hours|minutes|a\.m|p\.m|[ap]m\b"
                              r"|(?:days|weeks|months|years|decades|centuries)\b)")  # "over four decades": a span of time
_CURRENCY_BEFORE = re.compile(r"[$€£₼]\s*$")


def find_quantities(doc: Doc, skip_spans: list[tuple[int, int]] = ()) -> list[QuantityMention]:
    data, pattern, noun_kind, verb_kind = _tables()
    out: list[QuantityMention] = []
    text = _dc.text(doc)
    # days a running total starts from ("since the February 2021 coup", "since March")
    since = [t.start for t in (getattr(doc._, "timexes", None) or []) if getattr(t, "since", False)
             and t.kind != "time"] if Doc.has_extension("timexes") else []
    for m in pattern.finditer(text):
        if any(m.start() < e and s < m.end() for s, e in skip_spans):
            continue
        after = text[m.end():m.end() + 12].lower()
        if _NOT_COUNT_AFTER.match(after):
            continue
        if _CURRENCY_BEFORE.search(text[max(0, m.start() - 2):m.start()]):
            continue
        if re.fullmatch(r"(?:19|20)\d\d", m.group(0)) and (
                re.search(r"\b(?:the|in|since|of|by|until|from|early|late|mid-?)\s+$", text[max(0, m.start() - 7):m.start()].lower())
                or re.match(r"\s+(?:war|conflict|election|elections|coup|offensive|truce|ceasefire|agreement|"
                            r"deal|fighting|clashes|revolution|uprising|invasion|census|season)\b", text[m.end():m.end() + 14].lower())):
            continue  # "the 2020 war", "since 2014": a year, not a count
        if re.search(r"\d\s+(?:out\s+)?of\s+(?:the\s+)?$", text[max(0, m.start() - 16):m.start()].lower()):
            continue  # "shot down 18 of 21 drones": the whole the figure told first is part of, no figure of the event
        if re.search(r"\bhow\s+$", text[max(0, m.start() - 5):m.start()].lower()):
            continue  # "did not say how many people were killed": a question, no figure
        if re.search(r"\b(?:no|not)\s+$", text[max(0, m.start() - 5):m.start()].lower()):
            continue  # "No one was killed", "not one shot was fired": no figure at all
        pre = (m.group("pre") or "").strip().lower()
        if pre == "over" and _PARTICLE_OVER.search(text[max(0, m.start() - 16):m.start()]):
            pre = ""  # "handing over 15 firearms": the verb's particle, no bound ("took over two towns" alike)
            m_start = m.start() + len(m.group("pre"))
        else:
            m_start = m.start()
        low = best = high = None
        approximate = bool(pre)
        if m.group("vague"):
            low, best, high = data["vague"][m.group("vague").lower()]
            approximate = True
        else:
            a = to_number(m.group("b1") or m.group("n1"))
            b = to_number(m.group("b2") or m.group("n2") or "") if (m.group("b2") or m.group("n2")) else None
            if a is None:
                continue
            if b is not None:
                a = _shared_multiplier(m.group("b1") or m.group("n1"), m.group("b2") or m.group("n2"), a)
            if b is not None and b > a:
                low, high = a, b
            else:
                low = best = high = a
                if pre in data["lower_bound"] or m.group("odd"):
                    high = None  # ("40-odd drones": forty and some more)
                    approximate = True
                elif pre in data["upper_bound"]:
                    low = None
                elif pre in data["just_below"]:
                    # "nearly two dozen", "almost 3,000": a little under the figure, which bounds it above
                    low = float(int(a * data["just_below_fraction"]))
        q_start, q_end = m_start, m.end()
        if not m.group("vague") and b is None:
            tail = _OR_SO.match(text, m.end())
            if tail is not None:
                # "a dozen or so villagers" is about a dozen; "20 or more" at least twenty, "ten or fewer" at most ten
                approximate, q_end = True, tail.end()
                word = tail.group(1).lower()
                if word == "more":
                    high = None
                elif word in ("fewer", "less"):
                    low = None
        frac = _FRACTION_BEFORE.search(text, max(0, m.start() - 80), m.start())
        if frac is not None and not m.group("vague"):
            # "two-thirds of the 900 residents", "half of the town's 40,000 inhabitants": the part, not the whole
            share = _fraction(frac.group("frac"))
            if share is not None:
                low, best, high = (None if x is None else round(x * share) for x in (low, best, high))
                approximate = approximate or bool(frac.group("fpre"))
                q_start = frac.start()
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        if not m.group("vague") and b is None:
            before = text[max(span.sent.start_char, m.start() - 120):m.start()]
            kind = next((k for k, rx in data["_ceiling_rx"].items() if rx.search(before)), None)
            if kind is not None:
                q = Quantity(kind=kind, text=m.group(0), start=m.start(), end=m.end(), item=None, low=None,
                             best=None, high=_clean(a), approximate=True)
                out.append(QuantityMention(q, None, None, ceiling=True))
                continue
        noun, verb = _anchor(span[-1])
        if noun is not None and doc[noun].lemma_.lower() in ("prisoner", "hostage", "captive"):
            # "took some 300 junta soldiers prisoner": the parser makes the people a compound of the state they are
            # left in; the figure counts the people (session 15)
            taken = next((c for c in doc[noun].children if c.dep_ == "compound" and c.tag_ in ("NNS", "NNPS")
                          and c.i >= span.end and noun_kind.get(c.lemma_.lower()) in ("personnel", "civilians")), None)
            if taken is not None:
                noun = taken.i
        toll = _toll(doc, span, noun_kind, verb_kind)
        if toll == "previous":
            continue  # "rose to 45 from 30": the figure told before, replaced by the new one
        if toll is not None:
            noun, verb = toll[1], toll[2]
        if verb is not None and m.group("b1") and doc[verb].lemma_.lower() in _TELL_VERBS:
            # "said between 30 and 40 soldiers had been killed": the parser hangs "between" on the saying; the
            # figure is the subject the subjectless clause it introduces lacks
            clause = next((c for c in doc[verb].children if c.dep_ in ("ccomp", "advcl") and c.i > span.end
                           and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
            if clause is not None:
                verb = clause.i
        if toll is None and noun is not None and not m.group("b1") and doc[noun].dep_ == "pobj" \
                and doc[noun].head.lower_ == "between" and doc[noun].head.head.pos_ in ("NOUN", "PROPN") \
                and not span.start <= noun < span.end:
            continue  # "clashes between 1,200 families and herders left four dead": the parties, no casualties
        own_state = next((doc[span.end].lower_ for _ in (0,) if span.end < len(doc)
                          and doc[span.end].lower_ in _STATE_KIND and doc[span.end].head.i == span.end - 1), None)
        kind = toll[0] if toll is not None else \
            _following_participle(doc, span.end, verb_kind) or _kind(doc, noun, verb, noun_kind, verb_kind, data,
                                                                     own=(m.start(), m.end()))
        state = doc[noun].head if noun is not None else None
        if own_state is not None and toll is None and noun is not None and doc[noun].pos_ == "NUM":
            # "the toll is 4 dead and 11 wounded": a count with its own state word after it says what it counts,
            # whatever state the parser makes the whole list the subject of
            kind = _STATE_KIND[own_state]
        elif state is not None and state.lower_ in _STATE_KIND and state.dep_ in ("oprd", "acomp", "xcomp", "ccomp") \
                and doc[noun].dep_ in ("nsubj", "nsubjpass") and state.head.pos_ in ("VERB", "AUX"):
            # "has left at least 14 people dead" (the people the subject of "dead"): what the state says
            # ("said 24 soldiers were killed, 11 wounded": an elided verb, the saying no verb of the figure)
            kind = _STATE_KIND[state.lower_]
            verb = state.i if state.head.lemma_.lower() in _TELL_VERBS else state.head.i
        if kind in ("fatalities", "injuries") and toll is None and verb is not None \
                and _killed_or_injured(doc[verb], verb_kind):
            # "Between 17 and 25 people were killed or injured": the figure counts the dead and the wounded
            # together, so it bounds the deaths from above and tells nothing of how many died
            kind, low, best, approximate = "fatalities", 0, None, True
        if kind == "arrests" and verb is not None and doc[verb].lemma_.lower() in (data.get("release_verbs") or ()):
            continue  # "freeing some 500 prisoners from the jail": people set free, no arrests (session 15)
        if kind is None:
            continue
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and nxt.dep_ == "amod" and nxt.head.i == span.end - 1 and nxt.tag_ == "JJ" \
                and not (verb_kind.get(nxt.lemma_.lower()) or noun_kind.get(nxt.lower_)):
            continue  # "24 killed, 11 wounded and four missing": the figure counts a state of no kind here
        if kind in ("personnel", "civilians") and noun is not None and _teller(doc[noun]):
            continue  # "according to two residents", "three witnesses said": who tells, not a figure of the event
        window = text[max(0, m.start() - 60):m.start()].lower()
        sent_span = span.sent
        sent = text[sent_span.start_char:sent_span.end_char].lower()
        cues = [sent_span.start_char + sent.find(k) for k in ("to date", "so far", "since the start", "in total")
                if k in sent] + [s for s in since if sent_span.start_char <= s < sent_span.end_char] + \
            [sent_span.start_char + x.start() for rx in data["_cumulative_rx"] for x in [rx.search(sent)] if x]
        if toll is None:
            # "30 soldiers were killed, bringing to 150 the number killed since January": the running total's
            # cue belongs to the toll clause and its figure, not to this one
            running = [range(b.left_edge.idx, b.right_edge.idx + len(b.right_edge)) for b in sent_span
                       if b.lemma_.lower() in _RUNNING_TOLL_VERBS and not b.left_edge.i <= span.start <= b.right_edge.i
                       and any(c.lemma_.lower() in _TOLL_NOUNS for c in b.children if c.dep_ in ("dobj", "nsubj"))]
            cues = [c for c in cues if not any(c in r for r in running)]
        # ("killed 105 people on Sunday, raising the toll since the escalation began to 1,000": a figure whose own
        # clause tells its day is the day's, whatever running total another clause of the sentence tells)
        cumulative = "a total of" in window[-14:] or "total" in window[-12:] or bool(cues) and not (
            verb is not None and toll is None and _own_day(doc, doc[verb], cues))
        if not cumulative and toll is not None and _running_toll(doc, doc[toll[1]], doc[toll[2]]):
            cumulative = True  # "bringing the number of civilians killed this year to nine": a running total
        if not cumulative and kind in ("fatalities", "displaced") and (best or low or 0) >= data.get("perfect_toll_min", 1e12) \
                and any(rx.search(sent) for rx in data["_perfect_rx"]) and not _DAY_WORD.search(sent):
            cumulative = True  # "more than 6,000 people have been killed": the conflict's toll, no day's
        # "hundreds more were detained", "12 were killed": the figure is its own head, it names no item
        # ("4 dead and 11 wounded": a figure coordinated with another bare figure counts no noun either)
        item = _item_text(doc[noun], span) if noun is not None and not span.start <= noun < span.end \
            and (toll is None or toll[3]) and not doc[noun].like_num else None
        if noun is not None and doc[noun].pos_ in ("VERB", "AUX") and toll is None:
            # "were killed and around 400 injured": the figure's noun is an elided verb, not what it counts; the
            # figure coordinated with it names that (session 15)
            item = _elided_item(doc, doc[noun], out)
        if toll is not None and toll[3]:
            item = toll[3]
        q = Quantity(kind=kind, text=text[q_start:q_end], start=q_start, end=q_end, item=item,
                     low=_clean(low), best=_clean(best), high=_clean(high), approximate=approximate,
                     cumulative=cumulative)
        subset = bool(_SUBSET.search(window[-30:])) or bool(_SUBSET_AFTER.match(text, m.end()))
        if not subset and verb is not None and doc[verb].lemma_.lower() == "be" and noun is not None \
                and doc[noun].dep_ == "nsubj" and _among_kind(doc[verb], noun_kind, verb_kind):
            subset = True  # "seven vigilantes were among the dead": part of the toll told before
        out.append(QuantityMention(q, noun, verb, subset=subset))
    out.extend(_single_victims(doc, out, skip_spans, noun_kind, verb_kind, data))
    return out


_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp", "relcl", "conj", "acl", "parataxis", "csubj"})


def _shared_multiplier(first: str, second: str, a: float) -> float:
    """"two to three dozen", "between two and three hundred": the range's first figure takes the multiplier its
    second one has, when it has none of its own and is no larger than the second's bare figure (session 15)."""
    data = _tables()[0]
    t1, t2 = first.lower().strip(), second.lower().strip()
    word = next((w for w in data["multipliers"] if t2.endswith(" " + w)), None)
    if word is None or any(t1.endswith(" " + w) for w in data["multipliers"]) or t1 in data["number_words"] \
            and t1 in ("a dozen", "dozen", "hundred", "a hundred", "thousand"):
        return a
    bare = to_number(t2[: -len(word) - 1])
    if bare is None or a > bare:
        return a
    return a * data["multipliers"][word]


# "a dozen or so", "20 or more", "ten or fewer"
# "handing over 15 firearms", "turned over two suspects": "over" is the verb's particle, not "more than"
_PARTICLE_OVER = re.compile(r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning)\s+$", re.I)
_OR_SO = re.compile(r"\s+or\s+(so|more|fewer|less)\b", re.I)
# "two-thirds of the 900 residents", "roughly half of the township's 40,000 inhabitants", "60 percent of the 300"
_FRACTION_BEFORE = re.compile(
    r"(?<![\w-])(?P<fpre>(?:roughly|about|around|nearly|almost|some|approximately|an estimated)\s+)?"
    r"(?P<frac>half|a half|one[- ]half|a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|"
    r"three[- ]quarters|a fifth|one[- ]fifth|\d{1,2}(?:\.\d+)?\s*(?:%|percent|per cent))"
    r"\s+of\s+(?:(?:the|its|their|his|her)\s+)?(?:(?:the\s+)?[\w-]+(?:'s|\u2019s)\s+)?$", re.I)
_FRACTIONS = {"half": 0.5, "a half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3,
              "a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75, "a fifth": 0.2, "one fifth": 0.2}


def _fraction(words: str) -> float | None:
    w = re.sub(r"[\s-]+", " ", words.lower()).strip()
    if w in _FRACTIONS:
        return _FRACTIONS[w]
    m = re.match(r"(\d{1,2}(?:\.\d+)?)\s*(?:%|percent|per cent)$", w)
    return float(m.group(1)) / 100 if m else None


def _elided_item(doc: Doc, verb: Token, found: list[QuantityMention]) -> str | None:
    """What a figure hung on an elided verb counts: the item of the figure coordinated with it ("More than 250
    people have been killed and about 60,000 displaced": people), else nothing."""
    heads = {verb.i} | ({verb.head.i} if verb.dep_ == "conj" else set())
    for qm in reversed(found):
        if qm.noun is None or qm.quantity.item is None:
            continue
        n = doc[qm.noun]
        if n.head.i in heads and n.dep_ in ("nsubj", "nsubjpass", "dobj") and n.sent == verb.sent:
            return qm.quantity.item
    return None


def _killed_or_injured(verb: Token, verb_kind) -> bool:
    """Whether a verb of death or injury is coordinated with one of the other kind that shares its figure ("were
    killed or injured", "killed and wounded 30 people"); not "killed two and wounded five", where each verb has
    its own figure."""
    kinds = {"fatalities", "injuries"}
    kind = verb_kind.get(verb.lemma_.lower())
    if kind not in kinds:
        return False
    def shares(other: Token, is_conj: bool) -> bool:
        if other.pos_ not in ("VERB", "AUX") or verb_kind.get(other.lemma_.lower()) not in kinds - {kind}:
            return False
        own = ("dobj", "nsubj", "nsubjpass") if is_conj else ("dobj",)
        return not any(c.dep_ in own for c in other.children)
    if verb.dep_ == "conj" and shares(verb.head, False) and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return True
    return any(c.dep_ == "conj" and shares(c, True) for c in verb.children)


def _own_day(doc: Doc, verb: Token, cues: list[int]) -> bool:
    """Whether the clause of `verb` (without the clauses under it) names a day of its own ("on Sunday") and none
    of the running-total cues at char offsets `cues` ("since ... began", "to date")."""
    inner = [c for c in verb.children if c.dep_ in _CLAUSE_DEPS]
    skip = {t.i for c in inner for t in c.subtree}
    own = [t for t in verb.subtree if t.i not in skip]
    lo, hi = min(t.idx for t in own), max(t.idx + len(t) for t in own)
    inside = lambda pos: lo <= pos < hi and not any(doc[i].idx <= pos < doc[i].idx + len(doc[i]) for i in skip)
    if any(inside(c) for c in cues):
        return False
    return any(inside(t.start) and t.kind == "date" and not t.since and t.precision in ("day", "part_of_day")
               for t in (getattr(doc._, "timexes", None) or []))


def _single_victims(doc: Doc, found: list[QuantityMention], skip_spans, noun_kind, verb_kind, data) -> list[QuantityMention]:
    """One person killed or wounded, named with "a"/"an" ("a 64-year-old man was killed", "wounding a woman and her
    two children"): a figure of one. Only people (not "a drone") and only a death or an injury."""
    out = []
    counted = {qm.noun for qm in found if qm.noun is not None}
    for tok in doc:
        if tok.lower_ not in ("a", "an", "another") or tok.dep_ != "det":  # ("another soldier was wounded")
            continue
        n = tok.head
        if tok.lower_ == "a" and n.lower_ in _ORDINALS and n.i == tok.i + 1 and n.dep_ in ("dobj", "nsubjpass") \
                and n.i not in counted:
            # "killing two police officers and wounding a third": one more of the people counted just before
            prev = next((qm for qm in reversed(found) if qm.noun is not None and qm.noun < n.i
                         and doc[qm.noun].sent == n.sent and qm.quantity.item), None)
            kind = verb_kind.get(n.head.lemma_.lower())
            if prev is not None and kind in ("fatalities", "injuries") and n.head.pos_ == "VERB" \
                    and not any(tok.idx < e and s < n.idx + len(n) for s, e in skip_spans):
                q = Quantity(kind=kind, text=f"{tok.text} {n.text}", start=tok.idx, end=n.idx + len(n),
                             item=prev.quantity.item, low=1, best=1, high=1, approximate=False, cumulative=False)
                out.append(QuantityMention(q, n.i, n.head.i))
            continue
        # ("an Army jawan was injured": a listed noun the tagger does not know comes out a lower-case proper noun)
        if n.tag_ != "NN" and not (n.tag_ == "NNP" and n.is_lower) or n.i in counted \
                or noun_kind.get(n.lemma_.lower()) not in ("personnel", "civilians"):
            continue
        if n.dep_ == "appos" or any(c.dep_ == "appos" for c in n.children):
            continue  # "one civilian, a 42-year-old woman, was injured": the same person told twice
        if n.dep_ == "pobj" and n.head.head.i in counted:
            continue  # "17 people from a single family had died": where the people counted came from, no 18th
        if any(tok.idx < e and s < n.idx + len(n) for s, e in skip_spans):
            continue
        noun, verb = _anchor(n)
        if verb is None or noun != n.i:
            continue
        kind = _kind(doc, noun, verb, noun_kind, verb_kind, data)
        if kind not in ("fatalities", "injuries") or _teller(n):
            continue
        q = Quantity(kind=kind, text=tok.text, start=tok.idx, end=tok.idx + len(tok), item=_item_text(n),
                     low=1, best=1, high=1, approximate=False, cumulative=False)
        # "killed three people, among them a child": one of those three, not a fourth
        window = _dc.text(doc)[max(0, tok.idx - 30):tok.idx].lower()
        out.append(QuantityMention(q, noun, verb, subset=bool(_SUBSET.search(window))))
    return out


# "wounding a third", "a fourth was killed": one more of those just counted
_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"})

_STATE_KIND = {"dead": "fatalities", "injured": "injuries", "wounded": "injuries", "homeless": "displaced",
               "displaced": "displaced"}

_SUBSET = re.compile(r"\b(?:including|among them|among whom|of whom|of them|incl\.)\s+(?:at least |some |about |"
                     r"around |nearly |more than |over )?$")

# "four people were wounded, one of them critically": a part of a figure told before
_SUBSET_AFTER = re.compile(r"\s+of (?:them|whom|those)\b", re.I)

_CASUALTY_KINDS = ("fatalities", "injuries", "arrests", "displaced", "abducted")


def _following_participle(doc: Doc, end: int, verb_kind) -> str | None:
    """"killed and at least seven wounded": an elided verb right after the figure (and its noun) says what it
    counts, whatever the parser attached it to."""
    for tok in doc[end:end + 3]:
        if tok.is_punct or tok.lower_ in ("and", "or", "but"):
            return None
        kind = verb_kind.get(tok.lemma_.lower())
        if kind and any(c.dep_ == "dobj" and _counts_people(c, _tables()[2]) for c in tok.children):
            return None  # "three attackers wounded four guards": the verb of a clause of its own, done to others
        if tok.tag_ in ("VBN", "VBD", "JJ") and kind in _CASUALTY_KINDS and not (kind == "abducted" and tok.tag_ != "VBN"):
            if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("NOUN", "PROPN") and tok.dep_ == "amod":
                return None  # "killing 12 displaced people": the participle says who they were (see _kind)
            return kind  # ("47 clashes took place": a past tense of "take" is no abduction)
        if tok.pos_ not in ("NOUN", "ADJ", "PROPN") or tok.lower_ in ("were", "have", "had", "was"):
            return None
    return None


def _anchor(tok: Token) -> tuple[int | None, int | None]:
    """The noun a figure counts and the verb that governs that noun."""
    noun = tok
    for _ in range(6):  # "between 20 and 30 soldiers", "40-45 men": climb from the number to its noun
        if noun.pos_ == "NUM" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" for g in c.children) for c in noun.children):
            break  # "shot down 18 of 21 drones": the figure counts the "of" phrase's noun (below)
        if noun.head == noun or noun.pos_ in ("NOUN", "PROPN", "PRON") and noun.dep_ not in ("nummod", "quantmod",
                                                                                              "compound", "nmod"):
            break
        if noun.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "npadvmod", "conj", "prep", "punct",
                         "advmod", "cc") or noun.pos_ in ("NUM", "X", "SYM", "ADJ"):
            if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "ROOT"):
                break
            noun = noun.head
        else:
            break
    # "dozens of people": the counted noun is the object of "of"
    of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    if of and (noun.pos_ == "NUM" or noun.lower_ in ("dozens", "hundreds", "thousands", "scores", "number", "total",
                                                     "tens", "millions", "handful", "couple")):
        objs = [c for c in of[0].children if c.dep_ == "pobj"]
        if objs:
            noun = objs[0]
    verb = None
    climb = noun
    for _ in range(4):
        if climb.dep_ in ("conj", "appos") and climb.head != climb and climb.head.pos_ not in ("VERB", "AUX"):
            climb = climb.head
            continue
        if climb.dep_ == "pobj" and climb.head.dep_ in ("prep", "agent", "dative"):
            climb = climb.head.head
            if climb.pos_ in ("VERB", "AUX"):
                verb = climb
                break
            continue
        if climb.head != climb and (climb.head.pos_ in ("VERB", "AUX") or _shot_dead(climb.head)):
            verb = climb.head
        break
    return noun.i, (verb.i if verb is not None else None)


def _shot_dead(tok: Token) -> bool:
    """"Gunmen on a motorcycle shot dead a teacher" with "shot" tagged a noun: "dead" heads the clause as its verb."""
    return tok.lower_ == "dead" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "shot" \
        and tok.doc[tok.i - 1].pos_ != "VERB" and any(c.dep_ == "dobj" for c in tok.children)


# verbs that tell a toll ("the toll rose to 45", "put the death toll at 12", "raising the toll to 1,000", "the
# number of people kidnapped was close to 80") and the nouns that name it
_TOLL_VERBS = frozenset({"rise", "raise", "put", "climb", "reach", "increase", "jump", "stand", "bring", "push", "hit",
                         "revise", "lift", "exceed", "top", "pass", "surpass", "swell", "soar", "mount", "grow", "be",
                         "climb", "go", "set", "place", "estimate", "take"})
_TOLL_NOUNS = frozenset({"toll", "number", "tally", "count", "figure", "total"})
_TOLL_PREFIX = {"death": "fatalities", "casualty": "fatalities", "fatality": "fatalities", "injury": "injuries",
                "displacement": "displaced", "arrest": "arrests"}


def _toll(doc: Doc, span, noun_kind, verb_kind):
    """A figure told as the value of a toll: (kind, toll noun, verb, item) — or "previous" for the figure it
    replaced ("rose to 45 from 30"); None when the figure is no toll's."""
    tok, prep = span[-1], None
    for _ in range(5):  # up from the figure to the verb, through its preposition ("to", "at", "from")
        if tok.head == tok or tok.pos_ in ("VERB", "AUX") and tok.i not in range(span.start, span.end):
            break
        if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "at", "from", "of") and not span.start <= tok.head.i < span.end:
            prep = tok.head.lower_
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX") or prep == "of":
        return None
    verbs = [tok, tok.head if tok.dep_ in ("advcl", "relcl", "ccomp", "xcomp") else None]
    counted = tok.head
    if tok.dep_ in ("acl", "relcl") and counted.dep_ == "pobj" and counted.head.lower_ == "of" \
            and counted.head.head.lemma_.lower() in _TOLL_NOUNS:
        # "bringing the number of civilians killed this year to nine": the parser hangs "to nine" on "killed"; the
        # figure is the value of the toll whose people were killed
        verbs.append(counted.head.head.head)
    elif tok.dep_ == "acl" and counted.lemma_.lower() in _TOLL_NOUNS and counted.dep_ in ("dobj", "nsubj"):
        # "raising the number killed there this month to 100": "to 100" hangs on "killed", the toll noun's verb
        verbs.append(counted.head)
    for verb in verbs:
        if verb is None or verb.lemma_.lower() not in _TOLL_VERBS:
            continue
        for c in verb.children:
            if c.dep_ not in ("nsubj", "nsubjpass", "dobj") or c.lemma_.lower() not in _TOLL_NOUNS:
                continue
            if c.lemma_.lower() in ("number", "tally", "count", "figure", "total"):
                of = next((g for g in c.children if g.dep_ == "prep" and g.lower_ == "of"), None)
                obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
                if obj is None:
                    # "the number killed this month": the toll noun's own participle tells what befell them
                    kind = next((verb_kind[g.lemma_.lower()] for g in c.children if g.dep_ in ("acl", "relcl")
                                 and g.lemma_.lower() in verb_kind), None)
                    if kind not in _CASUALTY_KINDS:
                        continue
                    if prep == "from":
                        return "previous"
                    return kind, c.i, verb.i, None
                # ("the number of people kidnapped": what befell them; "the number of dead": the noun's own kind)
                kind = next((verb_kind[g.lemma_.lower()] for g in obj.children if g.dep_ in ("acl", "amod", "relcl")
                             and g.lemma_.lower() in verb_kind), None) \
                    or noun_kind.get(obj.lemma_.lower()) or noun_kind.get(obj.lower_)
                if kind not in _CASUALTY_KINDS:
                    continue
                item = obj.text if noun_kind.get(obj.lemma_.lower()) in ("personnel", "civilians") else None
            else:
                kind = next((_TOLL_PREFIX[g.lemma_.lower()] for g in c.children
                             if g.dep_ in ("compound", "amod") and g.lemma_.lower() in _TOLL_PREFIX), "fatalities")
                item = None
            if prep == "from":
                return "previous" if verb.lemma_.lower() not in ("be",) else None
            if verb.lemma_.lower() == "be" and c.dep_ != "nsubj":
                continue
            return kind, c.i, verb.i, item
    return None


_TELL_VERBS = frozenset({"say", "tell", "report", "confirm", "recount", "describe", "add", "state", "claim"})
# verbs that bring a toll up to a new figure ("bringing the toll to 115", "raising to 150 the number of …")
_RUNNING_TOLL_VERBS = frozenset({"bring", "raise", "push", "take", "lift", "increase"})


def _running_toll(doc: Doc, noun: Token, verb: Token) -> bool:
    """Whether a toll's noun phrase names a running total: a total ("the total number of people killed"), a period
    ("the toll from attacks this month", "the number killed this year") or a start ("killed since the election")."""
    if noun.lemma_.lower() in ("total", "tally") or any(c.lower_ in ("total", "overall", "cumulative", "running")
                                                        for c in noun.children if c.dep_ in ("amod", "compound")):
        return True
    # (the toll's "from" phrase may hang on its verb: "bringing the toll from attacks this month to 115"; not the
    # figure it replaced, "rose to 45 from 30")
    phrases = [noun] + [c for c in verb.children if (c.dep_ == "prep" and c.lower_ == "from" or c.dep_ == "npadvmod")
                        and not any(g.like_num for g in c.subtree)]
    for head in phrases:
        if any(t.lower_ == "since" for t in head.subtree if t.i > noun.i):
            return True
        lo, hi = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
        if any(lo <= t.start < hi and (t.since or t.kind in ("period", "range", "cumulative"))
               for t in (getattr(doc._, "timexes", None) or [])):
            return True
    return False


def _teller(noun: Token) -> bool:
    """The noun of a figure that counts the sources: "according to two residents", "three witnesses told"."""
    h = noun.head
    if noun.dep_ == "pobj" and h.lower_ == "to" and h.head.lower_ == "according":
        return True
    if noun.dep_ == "pobj" and h.lower_ == "by" and h.head.lemma_.lower() in _TELL_VERBS:
        return True
    if noun.dep_ == "nsubj" and h.lemma_.lower() in _TELL_VERBS and h.pos_ == "VERB":
        return True
    # "killing eight people, residents and a local official said": the parser chains the tellers onto the victims
    # as conjuncts; a telling verb right after the noun with no subject of its own has the noun for its subject
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return noun.dep_ == "conj" and nxt is not None and nxt.lemma_.lower() in _TELL_VERBS and nxt.pos_ == "VERB" \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children)


def _kind(doc: Doc, noun, verb, noun_kind, verb_kind, data, own: tuple[int, int] = (0, 0)) -> str | None:
    n = doc[noun] if noun is not None else None
    nk = noun_kind.get(n.lemma_.lower()) or noun_kind.get(n.lower_) if n is not None else None
    v_kind = verb_kind.get(doc[verb].lemma_.lower()) if verb is not None else None
    if nk == "property":
        return "property" if _destroyed(n, doc[verb] if verb is not None else None, data) else None
    if n is not None and nk in (None, "civilians", "displaced") and v_kind is None and _crowd(n, data, verb_kind):
        return "protesters"
    if n is not None:  # "595 people injured": a participle on the noun says what happened to it
        # ("left three militants and one marine dead": a participle after the last of coordinated nouns says what
        # happened to every one of them, whichever of them the parser hangs it on)
        shared = [c for c in n.head.children if c.dep_ in ("acl", "amod") and c.i > n.i] \
            if n.dep_ == "conj" and n.head.pos_ in ("NOUN", "PROPN") else []
        shared += [c for k in n.children if k.dep_ == "conj" and k.pos_ in ("NOUN", "PROPN")
                   for c in k.children if c.dep_ in ("acl", "amod") and c.i > k.i]
        for c in list(n.children) + shared:
            # ("injured", "wounded" as adjectives keep their own lemma: read them as the nouns of their kind)
            c_kind = verb_kind.get(c.lemma_.lower()) or (noun_kind.get(c.lower_) if c.dep_ == "amod" else None)
            if c.dep_ in ("acl", "amod") and c_kind in ("fatalities", "injuries", "arrests", "displaced", "abducted"):
                if c.i < n.i and v_kind in ("fatalities", "injuries") and v_kind != c_kind:
                    break  # "killing 12 displaced people": who they were; the verb says what happened
                return c_kind
    if verb is not None:
        v = doc[verb]
        # "were killed and wounded" / "killed or injured": the first casualty verb of a coordination counts
        vk = verb_kind.get(v.lemma_.lower()) or _complement_kind(v, n, verb_kind)
        if vk is None and any(c.lower_ == "dead" or c.dep_ == "prep" and c.lower_ == "to"
                              and any(g.lower_ == "death" for g in c.children) for c in v.children):
            vk = "fatalities"  # "were shot dead", "beaten to death", "hacked to death"
        if vk is None and _shot_dead(v) and n is not None and n.dep_ == "dobj" and n.head.i == v.i:
            vk = "fatalities"  # "Gunmen on a motorcycle shot dead a teacher", "shot" tagged a noun: "dead" the verb
        if vk is None and v.lemma_.lower() == "be":
            vk = _among_kind(v, noun_kind, verb_kind)  # "seven vigilantes were among the dead"
        if vk == "fatalities" and v.lemma_.lower() == "lose":
            vk = "fatalities" if n is not None and n.lemma_.lower() in data["personnel_for_loss"] else None
        if vk is None and v.lemma_.lower() in (data.get("kill_euphemisms") or ()) and n is not None \
                and (n.lemma_.lower() in data["armed_men_for_euphemisms"] or n.lower_ in data["armed_men_for_euphemisms"]):
            vk = "fatalities"  # "troops eliminated three terrorists": killed (not "eliminated 500 posts")
        if vk == "abducted" and not (nk in ("personnel", "civilians") or n is None or n.pos_ == "NUM"
                                     or n.lower_ in _PEOPLE_QUANTIFIERS):  # ("kidnapped more than 50 others")
            vk = None  # "took 12 hostages" counts people; "47 clashes took place" does not
        subj = n.head.head if n is not None and n.dep_ == "pobj" and n.head.lower_ == "of" else n
        if vk == "abducted" and subj is not None and subj.dep_ == "nsubj" and subj.head.i == v.i:
            # "Thousands of people took to the streets", "hundreds took part": who takes, seizes or captures is
            # never who is taken (a passive's subject, "12 villagers were taken", is)
            vk = None
        if vk in ("fatalities", "injuries", "arrests") and subj is not None and subj.dep_ == "nsubj" \
                and subj.head.i == v.i and any(_counts_people(c, noun_kind) for c in v.children if c.dep_ == "dobj"):
            # "Two gunmen shot dead three farmers", "a handful of fighters beheaded 12 people": the subject of a
            # killing, wounding or arrest done to people is who did it, not who suffered it ("five soldiers lost
            # their lives" keeps its toll: lives are no people)
            vk = None
        if vk and nk is None and n is not None and n.pos_ != "NUM" and n.dep_ == "pobj" and n.head.lower_ != "of" \
                and not own[0] <= n.head.idx < own[1]:
            # (a preposition inside the figure, "between 35 and 45 men", "around forty men" parsed as "around"
            # governing the noun, is no place)
            vk = None  # "strikes on two villages killed five", "killed five in three villages": places, not victims
        if vk and (nk in (None, "personnel", "civilians", "protesters") or n is None or n.i == noun and n.pos_ == "NUM"):
            return vk
        if vk in ("fatalities", "injuries") and nk == "abducted":
            return vk  # session 27 (h3): "gunmen executed three hostages": captives killed are dead, not taken
    if nk in ("fatalities", "injuries", "arrests", "displaced", "weapons", "equipment", "protesters", "livestock"):
        return nk
    if nk in ("personnel", "civilians"):
        return nk
    return None


def _crowd(noun: Token, data, verb_kind) -> bool:
    """Session 20 (h7): people who march, rally or gather ("about 300 displaced people marched", "Hundreds of
    people protested", "2,000 Indigenous people blocked the highway") are counted as a crowd, whoever they are."""
    subj = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    if subj.dep_ == "prep" and subj.lower_ == "of":
        subj = subj.head  # ("Thousands of people rallied": the figure governs the people)
    verbs = data.get("crowd_verbs") or ()
    v = subj.head
    # (not "Twelve people gathered at the wedding were killed", the casualty verb parsed as a conjunct)
    return subj.dep_ == "nsubj" and v.pos_ == "VERB" and v.lemma_.lower() in verbs and not any(
        c.dep_ == "conj" and c.lemma_.lower() in verb_kind for c in v.children)


def _among_kind(verb: Token, noun_kind, verb_kind) -> str | None:
    """"were among the dead", "among those killed", "among the wounded": the casualty kind of the group a figure is
    said to be among (session 15)."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ != "among":
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            kind = noun_kind.get(g.lower_) or noun_kind.get(g.lemma_.lower()) or next(
                (verb_kind.get(a.lemma_.lower()) for a in g.children if a.dep_ in ("acl", "relcl", "amod")
                 and verb_kind.get(a.lemma_.lower())), None)
            if kind in ("fatalities", "injuries", "abducted", "arrests"):
                return kind
    return None


_PEOPLE_QUANTIFIERS = frozenset({"dozens", "scores", "hundreds", "thousands", "handful", "several", "many", "others"})


def _counts_people(tok: Token, noun_kind) -> bool:
    """Whether an object names people ("three farmers", "dozens", "them"), not a thing ("their lives")."""
    kind = noun_kind.get(tok.lemma_.lower()) or noun_kind.get(tok.lower_)
    return kind in ("personnel", "civilians", "protesters") or tok.pos_ in ("NUM", "PRON") and tok.lower_ not in (
        "it", "this", "that", "what") or tok.lower_ in _PEOPLE_QUANTIFIERS


def _destroyed(noun: Token, verb: Token | None, data) -> bool:
    """Buildings counted as destroyed, burned or looted: by the verb that governs them ("torched 30 homes", "40
    houses were set on fire", "set ablaze") or a participle on the noun ("dozens of burned houses")."""
    words = set(data.get("property_verbs") or ())
    if any(c.dep_ in ("amod", "acl") and (c.lemma_.lower() in words or c.lower_ in words) for c in noun.children):
        return True
    if verb is None:
        return False
    if verb.lemma_.lower() in words or verb.lower_ in words:
        return True
    if verb.lemma_.lower() in ("set", "leave"):  # "set on fire", "set ablaze", "set alight", "left in ruins"
        if verb.lemma_.lower() == "set" and noun.dep_ in ("pobj", "conj") and any(
                c.dep_ == "dobj" and c.lower_ in ("fire", "fires", "flames", "alight") for c in verb.children):
            return True  # "set fire to 45 homes (and 34 vehicles)"
        for c in verb.children:
            if c.lower_ in ("ablaze", "alight", "afire") or c.dep_ == "prep" and c.lower_ in ("on", "in") and any(
                    g.lower_ in ("fire", "flames", "ruins", "rubble") for g in c.children):
                return True
    return False


def _complement_kind(verb: Token, noun: Token | None, verb_kind) -> str | None:
    """"forced some 2,000 residents to flee", "left 30 people displaced": a verb of no kind whose object is
    the figure's noun takes the casualty kind of the infinitive or participle that completes it."""
    if noun is None or noun.head != verb or noun.dep_ not in ("dobj", "nsubj"):
        return None
    if noun.dep_ == "nsubj" and verb.lemma_.lower() in _TELL_VERBS:
        return None  # "one source said 27 soldiers had died": who tells, not who died
    if noun.dep_ == "nsubj" and verb.lemma_.lower() in ("sustain", "suffer", "receive") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("wound", "injury", "burn", "fracture") for c in verb.children):
        return "injuries"  # "at least 12 people sustained gunshot wounds"
    if noun.dep_ == "nsubj":
        # "two soldiers embraced martyrdom": the verb and its object together say the subject died
        for kind, verbs in (_tables()[0].get("verb_object_kinds") or {}).items():
            objects = verbs.get(verb.lemma_.lower()) or ()
            if any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in verb.children):
                return kind
    # ("forcing some 3,500 people to flee": the parser may hang the infinitive on the people as a relative clause)
    infinitives = [c for c in noun.children if c.dep_ in ("relcl", "acl") and c.i > noun.i and c.tag_ == "VB"
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)] if noun.dep_ == "dobj" else []
    for c in list(verb.children) + infinitives:
        if (c.dep_ in ("xcomp", "ccomp", "oprd") or c in infinitives) and c.i > noun.i:
            kind = verb_kind.get(c.lemma_.lower())
            if kind in _CASUALTY_KINDS and kind != "abducted":
                return kind
    return None


def _item_text(noun: Token, figure=None) -> str:
    # (not the figure's own words: "several mortar rounds" counts "mortar rounds")
    left = [t for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod") and t.pos_ != "NUM" and not t.like_num
            and not (figure is not None and t.i < figure.end)]  # ("shot dead two demonstrators": not "dead")
    start = min([t.i for t in left] + [noun.i])
    return noun.doc[start:noun.i + 1].text


if not Doc.has_extension("quantities"):
    Doc.set_extension("quantities", default=None)


@Language.factory("sitrep_quantities", assigns=["doc._.quantities"])
def make_quantities_component(nlp: Language, name: str) -> "QuantityTagger":
    return QuantityTagger()


class QuantityTagger:
    """Sets `doc._.quantities` (a list of QuantityMention); figures inside dates and times are skipped."""

    def __call__(self, doc: Doc) -> Doc:
        skip = [(t.start, t.end) for t in (doc._.timexes or [])] if Doc.has_extension("timexes") else []
        doc._.quantities = find_quantities(doc, skip)
        return doc
