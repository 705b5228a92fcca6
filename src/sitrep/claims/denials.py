"""Which claim a denial answers.

Finds denials the tagger missed (`_untagged_denials`), then `_attach_denial` links each denial to the claim it
denies: the earlier claim sharing most words with it by another side, an author it names ("Kyiv's accusation"),
an ordinal ("the second claim"), a nearby accusing claim, or the claim told inside the denial itself; when
nothing is stated it makes an implied claim, unless a later sentence tells the claim as made before.

Inside a quote (session 13): "The enemy says A, but these claims are lies" denies A, told by the enemy; a later
clause "… and the army's story of B is fiction" denies B; a quote whose sentence only points back and calls it
untrue ("These charges are invented from start to finish") answers the account just told as a whole (its first
claim, or its latest accusation).

Separate from `claims.py` because it decides only the links between claims already built; who the speakers
are comes from `speakers.py`.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from spacy.tokens import Doc

from . import linker as _linker
from .. import doccache as _dc
from ..actors import iso3, mention_for, sector_of, source_kind
from ..model import Claim, Event, Source
from .speakers import (_embedded_claimant, _initials_of, _other_side, _places_country, _same_side, _side_of,
                       _speaker_lists)
from .tables import _NAMING, _alternation, _figure_topic_search, _linking, _STOP, _tables
from .text import (_act_kinds, _calls_untrue, _content_words, _cue_token, _finite_second_denial, _kind_index,
                   _speaker_kinds, _stem, _stems, _time_words, _unpossess, found_statement)


@lru_cache(maxsize=2)
def _claim_noun_re(ending: bool = False) -> re.Pattern:
    """A claim noun ("the claim", "reports"); with `ending`, one that ends the text, perhaps with its "of" phrase."""
    nouns = r"\b(?:" + "|".join(map(re.escape, _tables()[0]["claim_nouns"])) + r")\b"
    return re.compile(nouns + (r"(?:\s+of\s+\S.*)?$" if ending else ""), re.I)


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
    # "called the claim of a blockade 'a deliberate distortion'", "calls the reports a provocation": the object,
    # not what the verb calls it
    verb = doc[span.start - 1] if span.start > 0 else None
    if verb is not None and verb.lower_ in _NAMING:
        noun_end = _claim_noun_re(ending=True)
        for m in re.finditer(r"\s+(?:[\"\u201c]|(?:a|an)\s)", text[start:end]):
            head = text[start:start + m.start()]
            if len(head.split()) <= 9 and noun_end.search(head):
                a, b = _claim_text_span(doc, start, start + len(head))
                return a, min(b, start + len(head))  # the parse may hang the verdict on the object
    # "said the accusation was 'a smokescreen' for B": the claim denied is the subject called untrue, not B
    lead = len(re.match(r"(?:that\s+)?", text[start:end]).group(0))  # "said that the story of B was invented"
    copula = re.match(r"((?:\S+\s+){0,7}?\S+)\s+(?:is|was|are|were|has\s+been|had\s+been)\s+\S",
                      text[start + lead:end])
    breaks = list(re.finditer(r"[.!?][\"\u201d\u2019']?\s+", copula.group(1))) if copula else []
    if breaks:  # "Our operations target only armed groups. These allegations are invented": one sentence's subject
        lead += breaks[-1].end()
        copula = re.match(r"((?:\S+\s+){0,7}?\S+)\s+(?:is|was|are|were|has\s+been|had\s+been)\s+\S",
                          text[start + lead:end])
    if copula and _claim_noun_re().search(copula.group(1)) and \
            " that " not in f" {copula.group(1).lower()} " and \
            _calls_untrue(text[start + lead + copula.end(1):end]):
        head_end = start + lead + len(copula.group(1))
        a, b = _claim_text_span(doc, start + lead, head_end)
        return a, min(b, head_end)
    told = _claim_told_in_quote(doc, start, end)
    if told is not None:
        return told[0], told[1]
    inner = _untrue_subject_inside(text, start, end)
    if inner is not None:
        # only when the subject says what the claim is ("the story of planned attacks": planned attacks), not
        # when it only names a claim ("the group's casualty claims")
        a, b = _claim_text_span(doc, *inner)
        if (a, b) != inner and not _is_anaphoric(text[a:b]) and not _points_back(text[a:b]):
            return a, min(b, inner[1])
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


_TELLING = {"claim", "say", "allege", "insist", "assert", "report", "pretend"}


def _claim_told_in_quote(doc: Doc, start: int, end: int) -> tuple[int, int, tuple[int, int]] | None:
    """"The enemy claims its ships shot down every missile, but these claims are lies", "The army says it killed
    our commander. This is a lie.": a quote that tells another's claim (a speaking verb with a named subject, not
    the speaker's "we") and then calls it untrue with words only pointing back: the claim is the told clause.
    Returns its (start, end) and its teller's span, or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    text = _dc.text(doc)
    for t in span:
        if t.pos_ != "VERB" or t.lemma_.lower() not in _TELLING:
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        comp = next((c for c in t.children if c.dep_ == "ccomp" and c.i > t.i), None)
        if subj is None or comp is None:
            continue
        first = comp.left_edge if comp.left_edge.lower_ != "that" else doc[comp.left_edge.i + 1]
        last = comp.right_edge
        while last.i > first.i and (last.is_punct or last.lower_ in ("but", "and")):
            last = doc[last.i - 1]
        rest = text[last.idx + len(last):end]
        m = re.match(r"[\s,;.\"\u201d]*(?:but\s+|and\s+)?[\"\u201c]?(.*)", rest, re.S)
        said = m.group(1) if m else ""
        clause = re.split(r"(?<=[.!?])\s", said, maxsplit=1)[0]
        if not clause or not _calls_untrue(clause):
            continue
        copula = re.match(r"((?:\S+\s+){0,4}?\S+)\s+(?:is|was|are|were)\s+\S", clause)
        if copula is None or not (_is_anaphoric(copula.group(1)) or copula.group(1).lower() in ("this", "that", "it")):
            continue
        sub = doc[subj.left_edge.i:subj.right_edge.i + 1]
        return first.idx, last.idx + len(last), (sub.start_char, sub.end_char)
    return None


_CLAUSE_OPEN = re.compile(r"(?:[.!?]\s+|,\s+(?:and|but)\s+|;\s+)[\"\u201c]?", re.S)


def _untrue_subject_inside(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A later clause of a quote calling a claim untrue ("We were shot at. … and the army's story of planned attacks
    is pure fiction", "The enemy says A, but these claims are lies"): the subject of that clause, a phrase with a
    claim noun, as (start, end); None when no clause after the first opens so."""
    nouns = _claim_noun_re()
    for m in _CLAUSE_OPEN.finditer(text, start, end):
        copula = re.match(r"((?:\S+\s+){0,7}?\S+)\s+(?:is|was|are|were|has\s+been|had\s+been)\s+\S",
                          text[m.end():end])
        if copula and nouns.search(copula.group(1)) and " that " not in f" {copula.group(1).lower()} " and \
                _calls_untrue(text[m.end() + copula.end(1):end]):
            return m.end(), m.end() + len(copula.group(1))
    return None


_POSTED_ITEMS = frozenset({"post", "posts", "photo", "photos", "photograph", "photographs", "image", "images",
                           "picture", "pictures", "clip", "clips", "video", "videos", "tweet", "tweets"})


def _untagged_denials(doc: Doc, atts) -> list:
    """Denials the attribution tagger left without a statement: a denying verb whose object is a claim
    ("Moscow calls the reports a deliberate provocation", "said it had lost three men and called the group's
    figures propaganda"). The speaker is the verb's subject, or for a verb coordinated with a statement's
    content, that statement's speaker."""
    verbs = _linking()["denying_verbs"]
    # (a post or a photo only when what the verb calls it says untrue: "called the post fake")
    nouns = set(_tables()[0]["claim_nouns"]) | _linking()["inner_claim_nouns"] | _POSTED_ITEMS
    cues = [(a.cue[0], a.cue[1]) for a in atts]
    out = []
    for tok in doc:
        if tok.pos_ != "VERB":
            continue
        back = tok.lemma_.lower() in _linking()["back_verbs"] and any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in tok.children)
        if tok.lemma_.lower() not in verbs and not back:
            continue
        if any(a <= tok.idx < b for a, b in cues):  # (after the verb's lemma: it reads every statement's cue)
            continue
        # "called the association's version false" parsed with the noun a compound of "false": the phrase opens
        # at the complement's first word
        inner = next(((t, c) for c in tok.children if c.dep_ in ("dobj", "oprd") for t in c.subtree
                      if t.lower_ in nouns and t.dep_ in ("compound", "nsubj", "dobj", "npadvmod", "nmod")),
                     (None, None))
        obj = next((c for c in tok.children if c.dep_ == "dobj" and (c.lower_ in nouns or _figure_called_untrue(c))),
                   None) or next(
            (o for c in tok.children if back and c.dep_ == "prep" and c.lower_ in ("against", "at", "on")
             for o in c.children if o.dep_ == "pobj" and o.lower_ in nouns), None) or (
            tok.head if tok.dep_ == "amod" and tok.head.lower_ in nouns and tok.head.i > tok.i else None) or \
            inner[0] or next(
            # "branded as fabricated a statement by …": the object parsed under the "as"-complement
            (o for c in tok.children if c.dep_ in ("advcl", "xcomp", "oprd") and c.i > tok.i and any(
                m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
             for o in c.children if o.dep_ == "dobj" and o.lower_ in nouns), None) or next(
            # "called Pakistan's account baseless", 'called the account of X "pure fabrication"': the claim noun
            # parsed as the verb's complement (oprd), only when the words after the verb call it untrue
            (c for c in tok.children if c.dep_ == "oprd" and c.i > tok.i and
             (c.lower_ in nouns or _figure_called_untrue(c)) and c.lower_ not in _POSTED_ITEMS and
             _calls_untrue(doc[tok.i + 1:tok.right_edge.i + 1].text)),
            None)  # "called [the figures] lies"
        first = obj.left_edge if obj is not None else None
        if obj is not None and obj is inner[0] and inner[1].left_edge.i < first.i and inner[1].i > tok.i:
            first = inner[1].left_edge
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
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None) or next(
            # "Khaing Min Swe Aung, a spokesman for X, called the report … a fabrication": a name whose first word
            # the tagger took for a gerund, parsed as a clausal subject that holds the name
            (c for c in tok.children if c.dep_ == "csubj" and c.i < tok.i and c.tag_ == "VBG" and c.text[:1].isupper()
             and any(t.pos_ == "PROPN" for t in c.children)), None)
        source = None
        if subj is not None and subj.pos_ != "PRON":
            sub = doc[subj.left_edge.i:subj.right_edge.i + 1]
            source = (sub.start_char, sub.end_char)
        elif subj is not None and subj.lower_ in ("it", "he", "she", "they"):
            # "The ministry said A. It called the claim of B a distortion": the pronoun is the latest speaker of
            # this or the sentence before
            floor = doc[tok.sent.start - 1].sent.start_char if tok.sent.start > 0 else 0
            earlier = [a for a in atts if a.source is not None and floor <= a.cue[0] < tok.idx]
            if earlier:
                source = earlier[-1].source_resolved or earlier[-1].source
        elif subj is None and tok.dep_ in ("conj", "advcl", "amod") and tok.tag_ in ("VBG", "VBD", "VBN", "VBZ"):
            for a in atts:  # "said A and called B", "said A, dismissing B": the speaker of A, in the sentence
                if a.source is not None and a.content and tok.sent.start_char <= a.cue[0] < tok.idx:
                    source = a.source_resolved or a.source
        elif subj is None and tok.dep_ == "acl" and tok.head.i < tok.i and tok.head.pos_ in ("NOUN", "PROPN") and \
                tok.head.dep_ in ("nsubj", "nsubjpass", "ROOT") and (tok.tag_ == "VBD" or tok.tag_ == "VBN" and
                                                                     doc[tok.i - 1].text == "," and
                                                                     obj.dep_ in ("dobj", "oprd")):
            # "A Saudi official, who asked not to be named, called the report's findings 'unfounded' and said A":
            # the verb read as a modifier of the sentence's subject, who speaks
            source = (tok.head.left_edge.idx, tok.head.idx + len(tok.head))
        if source is None:
            continue
        # "called the claim 'a deliberate distortion'": what a naming verb calls the claim is no part of it
        naming = tok.lemma_.lower() in _linking()["naming_verbs"]
        tail = [c.right_edge.i for c in tok.children
                if c.i > tok.i and c.dep_ in (("dobj", "prep") if naming else ("dobj", "oprd", "prep", "acomp",
                                                                               "xcomp"))]
        content = doc[first.i:max([obj.right_edge.i] + tail) + 1]
        content = content[:-1] if len(content) > 1 and content[-1].is_punct else content
        if obj.lower_ in _POSTED_ITEMS and obj.lower_ not in _tables()[0]["claim_nouns"] and \
                not _calls_untrue(content.text):
            continue  # "dismissed the photo as irrelevant", "rejected the post": no verdict on what it says
        lemma = "rebut" if back else tok.lemma_.lower()  # "pushed back against the claim" rebuts it
        out.append(found_statement((tok.idx, tok.idx + len(tok)), lemma, source, [(first.idx, content.end_char)]))
    return out


def _figure_called_untrue(obj) -> bool:
    """"called the charity's count of the wounded fabricated", "dismissed the group's tally as inflated": a figure
    noun that is not a claim noun ("count", "tally") is a claim only when the verb's words call it untrue."""
    verb = obj.head
    return obj.lower_ in _linking()["figure_nouns"] and obj.i > verb.i and \
        _calls_untrue(obj.doc[verb.i + 1:verb.right_edge.i + 1].text)


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


_OWN_ROLE = re.compile(r"\b(?:involvement|role|part|responsibility|hand|link|links)\b", re.I)


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
        elif made.responses and (made.cue or len(made.responses) > 1 and made.claimant.get("country")) and all(
                _same_speaker(r["by"], made.responses[0]["by"]) for r in made.responses):
            # "rejected Taiwan's assertion that A. Taiwan said A'"; also a mention denied twice by one side, the
            # second time in a quote naming its author ("denied that its units fired. '"The information spread by
            # the Azerbaijani side is false," the ministry said. … Azerbaijan's ministry said later …")
            _fuller_mention_after(doc, claims, made, created)
            continue
        else:
            continue
        by = r["by"]
        own_role = _OWN_ROLE.search(made.text) is not None
        for c in claims:
            if c is made or id(c) in created or c.start < r["end"]:
                continue
            # (a denial of its own role meets the first statement putting the act on its side: rules 5 and 7)
            tells = own_role and _names_as_doer(doc, c, by)
            # "The junta dismissed reports of a massacre. Rights groups had said soldiers killed 30 civilians":
            # an author of no country (an NGO, witnesses) answers a denial naming no author only when the claim
            # is told as made before it
            stateless = not c.claimant.get("country") and made.responses and not made.claimant.get("name") \
                and by.get("country") and c.stance in ("assert", "allege")
            if not c.claimant.get("country") and not stateless:
                continue
            span = doc.char_span(c.start, c.end, alignment_mode="expand")
            sent = _dc.text(doc)[span.sent.start_char:c.start] if span is not None else ""
            # "rejected as baseless a federal statement about … The statement, issued by X, said A": the claim's
            # own speaker is the noun the denial named
            named_again = bool(made.cue) and re.match(rf"(?:the|that|this)\s+{re.escape(made.cue.lower())}\b",
                                                      sent.strip(), re.I) is not None and \
                not _same_side(c.claimant, by) and _sentence_gap(doc, r["end"], c.start) <= 1
            if c.claimant.get("country") == by.get("country") and not _other_side(c.claimant, by) and not (
                    _after_clause(doc, r["end"], c.start) and not _same_side(c.claimant, by)) and not named_again:
                continue  # "the army denied A, hours after local officials said B": a same-country claim it answers
            if _sentence_gap(doc, r["end"], c.start) > (5 if tells else 2) or \
                    any(x["stance"] == "deny" and _same_speaker(x["by"], by) for x in c.responses):
                continue
            if stateless:  # "denied killing patients, after the WHO said 460 people had been shot dead there"
                if _EARLIER.search(sent) or _after_clause(doc, r["end"], c.start) or tells or \
                        _speaker_named_in(c.claimant, r["text"]) and _sentence_gap(doc, r["end"], c.start) <= 1:
                    c = _statement_of_thing_named(doc, claims, made, c, created)
                    c.responses.append(r)
                    claims.remove(made)
                    break
                continue
            # (what unsourced reports say is told by a statement that tells it, not one sharing two words with it:
            # "denied reports that insurgents had beheaded two fishermen near Mucojo" … "killed nine insurgents in
            # a separate clash near Ancuabe")
            shares = _tells_reported(made.text, c.text) if _of_reports(made) else \
                len(_stems_of(made.text) & _stems_of(c.text)) >= 2
            if _EARLIER.search(sent) or shares or tells or named_again or \
                    _dated_before(doc, r["start"], c.start) or _after_clause(doc, r["end"], c.start):
                if not tells:
                    c = _statement_telling_it(doc, claims, made, c, created)
                    c = _statement_of_thing_named(doc, claims, made, c, created)
                c.responses.append(r)
                claims.remove(made)
                break


# the noun by which a denial names a statement, and what follows it up to the thing it is about ("the story spread by
# the group about a monastery", "the figure of downed drones", "the claim about the ladders")
_THING_AFTER_NOUN = re.compile(r"\b(?:claims?|allegations?|accusations?|reports?|stor(?:y|ies)|accounts?|figures?|"
                               r"versions?|charges?)\b(?:\s+[\w'-]+){0,6}?\s+(?:about|concerning|regarding|over|of)\s+"
                               r"((?:[\w-]+\s*){1,4})", re.I)


_THING_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"})
_THING_ENDS = frozenset({"as", "was", "is", "were", "are", "by", "in", "at", "on", "and", "which", "who", "to", "from",
                         "with", "for", "after", "before", "being", "had", "has", "have",
                         # a participle after the noun tells how the statement went round, not its thing
                         "spread", "circulated", "published", "released", "issued", "posted", "shared", "made"})


def _thing_named(text: str) -> frozenset[str]:
    """The stems of the thing a denial's statement noun is about ("the Chadian claim about the camels" → camel;
    "the Russian figure of downed drones" → down, drone): its lower-case words up to the next punctuation, neither
    stop words nor statement nouns; a capitalised word names a speaker ("the claims of Baku"), not a thing."""
    m = _THING_AFTER_NOUN.search(text)
    if m is None:
        return frozenset()
    nouns = set(_tables()[0]["claim_nouns"]) | _linking()["inner_claim_nouns"]
    words = []
    for w in re.findall(r"[\w-]+", m.group(1)):
        if w.lower() in _THING_DETERMINERS and not words:
            continue  # "about a monastery": the thing starts after its determiner
        if w.lower() in _THING_DETERMINERS or w.lower() in _THING_ENDS or not w[0].islower():
            break  # "of the camels a fabrication", "about a monastery in Kyaukme": the noun phrase ends
        if w not in _STOP and w not in nouns:
            words.append(w)
    return _stems_of(" ".join(words))


def _statement_of_thing_named(doc: Doc, claims: list[Claim], made: Claim, first: Claim, created: dict) -> Claim:
    """A denial told before the claim that names its statement by the thing it is about ("rejects the story spread
    by the TNLA about a monastery. The TNLA had said its fighters withdrew …, and that a jet had bombed the
    monastery") answers the first of the author's statements after it that tells that thing (rules 2 and 5), when
    the first statement does not."""
    thing = _thing_named(made.text)
    if not thing or thing & _stems_of(first.text):
        return first
    for c in claims:
        if c.start <= first.start or id(c) in created or _sentence_gap(doc, first.end, c.start) > 3:
            continue
        if _same_speaker(c.claimant, first.claimant) and c.stance in ("assert", "allege") and thing & _stems_of(c.text):
            return c
    return first


def _speaker_named_in(speaker: dict, denial: str) -> bool:
    """Whether a denial names a speaker of no country by a word of its name ("rejects the allegations circulated by
    a collective based abroad" … "According to the collective's publication"): a word of four letters or more that
    is no statement noun."""
    nouns = set(_tables()[0]["claim_nouns"]) | _linking()["inner_claim_nouns"] | {"publication", "communique"}
    words = [w for w in re.findall(r"[a-z][a-z-]{3,}", _unpossess((speaker.get("name") or "").lower()))
             if w not in _STOP and w not in nouns]
    return bool(_stems_of(" ".join(words)) & _stems_of(denial))


def _statement_telling_it(doc: Doc, claims: list[Claim], told: Claim, first: Claim, created: dict,
                          by_verb: bool = False) -> Claim:
    """A worded denial told before the claim ("denied that fighters had destroyed a radar post. The group said its
    units had shelled the positions. It said a radar post had been destroyed") answers the first of the author's
    statements after it that tells the matter (rule 5): when the first tells another act, the next one of the same
    speaker within two sentences that tells the denied act and shares two word stems with it — or, `by_verb`, for a
    mention naming its author, tells it by a verb of its own and shares as many stems as the first ("a Russian
    claim that its jets had been destroyed at an airfield" … "its missiles had struck the airfield. It said the
    strike had destroyed two bombers")."""
    acts = _verbs_in(doc, told.start, told.end)
    if not acts or acts & _lemmas(doc, first.start, first.end):
        return first
    stems = _stems_of(told.text)
    first_shares = len(stems & _stems_of(first.text))
    for c in claims:
        if c.start <= first.start or id(c) in created or _sentence_gap(doc, first.end, c.start) > 2:
            continue
        told_too = acts & _lemmas(doc, c.start, c.end)
        shared = len(stems & _stems_of(c.text))
        if _same_speaker(c.claimant, first.claimant) and c.stance in ("assert", "allege") and told_too and (
                shared >= 2 or by_verb and told_too - _linking()["bland_verbs"] and shared >= first_shares):
            return c
    return first


def _hearsay_told_nowhere(doc: Doc, claims: list[Claim], start: int, cs: int, ce: int) -> bool:
    """"The ministry also denied rumours that a fourth man had been taken away": a denial stating hearsay (the noun
    before its that-clause a rumour) that no earlier statement tells (three shared word stems)."""
    lead = set(re.findall(r"[a-z]+", _dc.text(doc)[start:cs].lower()))
    if not lead & _linking()["hearsay_nouns"]:
        return False
    stems = _stems_of(_dc.text(doc)[cs:ce])
    return not any(c.start < start and len(stems & _stems_of(c.text)) >= 3 for c in claims)


def _tells_reported(reported: str, text: str) -> bool:
    """Whether a statement tells what unsourced reports say: three of their word stems, or half of them."""
    stems = _stems_of(reported)
    shared = len(stems & _stems_of(text))
    return shared >= 3 or shared > 0 and 2 * shared >= len(stems)


def _of_reports(made: Claim) -> bool:
    """A claim made from a denial of reports no speaker is named for ("denied reports that A"): its cue is the
    noun."""
    return made.claimant.get("name") is None and (made.cue or "").lower() in _linking()["report_nouns"]


def _report_told_nowhere(doc: Doc, claims: list[Claim], denier: dict, start: int, cs: int, ce: int) -> bool:
    """"The ministry also denied reports that insurgents had beheaded two fishermen near Mucojo": a denial of
    reports no speaker is named for (linking.yaml `report_nouns`) whose content no earlier statement of another voice
    tells. A statement tells it when it shares three of its word stems, or half of them ("reports that a bakery had
    been hit" is "drones had struck a bakery in Derik"); else the reports' content is a claim of its own (the
    lone-denial convention), not the latest statement sharing a word with it ("reports that a civilian group had
    launched drones from Ganghwa island" is not "had shot down a drone over Kaesong")."""
    lead = set(re.findall(r"[a-z]+", _dc.text(doc)[start:cs].lower()))
    if not lead & _linking()["report_nouns"]:
        return False
    reported = _dc.text(doc)[cs:ce]
    return not any(c.start < start and not _one_voice(c.claimant, denier) and _tells_reported(reported, c.text)
                   for c in claims)


def _verbs_in(doc: Doc, start: int, end: int) -> frozenset[str]:
    """The lemmas of the full verbs a span tells ("had destroyed" → destroy)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return frozenset(t.lemma_.lower() for t in span if t.pos_ == "VERB") if span is not None else frozenset()


def _fuller_mention_after(doc: Doc, claims: list[Claim], made: Claim, created: dict) -> None:
    """A claim a denial mentions with its author ("rejected Taiwan's assertion that warships crossed into the
    zone"), told in full by that author in the next sentences ("Taiwan's defence ministry said four navy ships had
    entered the zone"): the denial answers the full statement, and the mention is not a claim of its own."""
    r = made.responses[0]
    last = max(x["end"] for x in made.responses)
    sector = made.claimant.get("sector")
    for c in claims:
        # "The state prosecutor rejected the army's account … Mexico's defence ministry said …": one state's body
        # named as the author, of another kind than the denier, tells it
        named_body = sector and c.claimant.get("sector") == sector != r["by"].get("sector")
        if c is made or id(c) in created or c.start < last or \
                c.claimant.get("country") != made.claimant.get("country") or \
                (_same_side(c.claimant, r["by"]) or c.claimant.get("country") == r["by"].get("country")
                 and not _other_side(c.claimant, r["by"])) and not named_body:
            continue  # in a civil war, the denier's own side never tells the claim it denies
        if _sentence_gap(doc, r["end"], c.start) > 3:
            break
        # the author named again ("Taiwan's assertion" … "Taiwan's defence ministry said") sharing a word, or
        # another speaker of its country sharing two
        shared = len(_stems_of(made.text) & _stems_of(c.text))
        if shared >= 2 or shared and (_same_side(c.claimant, made.claimant) or named_body):
            c = _statement_telling_it(doc, claims, made, c, created, by_verb=True)  # the one telling its act
            c.responses.extend(made.responses)
            claims.remove(made)
            return


def _names_statement_only(text: str) -> bool:
    """A mention made of a claim noun and what qualifies it ("the false statements spread by the ELN about …", "the
    report released on Tuesday by an organisation"), no clause of its own."""
    words = re.match(r"\s*(?:the|a|an|these|those|this|that|such)\s+((?:[\w-]+\s+){0,2}[\w-]+)", text, re.I)
    if words is None:
        return False
    nouns = set(_tables()[0]["claim_nouns"])
    return any(w.lower() in nouns for w in words.group(1).split()) and \
        re.search(r"\bthat\b", text[words.end():], re.I) is None


_RELATIVE_AFTER = re.compile(r"\s*,?\s*(?:which|that|who)\s+\w+\s+(?:that\s+)?")


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
        # an author of no country named in the mention ("an account by Mapuche leaders", "a report by HRW") tells
        # it in full under that name
        named = author is None and not nameless
        # the mention's own denial, and the other denials of it (a headline's, a quote's, another country's "called
        # the report a fabrication") move along; an author of no country may be denied by several states
        if not denials or any(
                x["stance"] != "deny" or x["by"].get("country") != denials[0]["by"].get("country") and not nameless
                for x in m.responses):
            continue
        r = denials[0]
        if author is not None and author == r["by"].get("country") and not _other_side(m.claimant, r["by"]):
            continue
        stems = _stems_of(m.text)
        reports = _of_reports(m)  # (told in full only by a statement telling it: see `_tells_reported`)
        # a mention that only names the statement ("the report released on Tuesday by …", "the false statements
        # spread by the ELN about the operation") states nothing, however long
        stated = re.match(r"\s*that\b", m.text, re.I) is not None or \
            len(_words_of(m.text)) > 6 and not _names_statement_only(m.text)
        acts = _act_kinds(m.text)
        text = _dc.text(doc)
        for c in claims:
            if c is m or c.start < r["end"] or _same_side(c.claimant, r["by"]) or c.stance == "deny":
                continue
            # "rejected a report by HRW, which accuses soldiers of killing 120 civilians": the relative clause
            # right after the mention tells it in full
            relative = c.start - m.end <= 40 and _RELATIVE_AFTER.match(text, m.end, c.start) is not None
            if named and not relative and not _same_speaker(c.claimant, m.claimant):
                continue
            if nameless and not relative:
                # "denied a report that troops had abandoned the town. The report, by elders, said …": a mention
                # naming no author is told in full by anyone but the denier's side, sharing a word with it
                # (a plea of not guilty answers the prosecution's statement, one state's two sides in court)
                plea = re.match(r"plead", r.get("cue") or "", re.I) is not None and _side_of(c.claimant) == "state"
                if c.claimant.get("country") == r["by"].get("country") and not _other_side(c.claimant, r["by"]) \
                        and not plea or not stems & _stems_of(c.text) and not _points_back_to_claim(doc, c) and not (
                        plea and _sentence_gap(doc, r["end"], c.start) == 1):
                    continue
                if reports and stated and not _tells_reported(m.text, c.text) and not _points_back_to_claim(doc, c):
                    continue
            elif c.claimant.get("country") != author or \
                    author == r["by"].get("country") and not _other_side(c.claimant, r["by"]):
                continue  # the author's statement; in a civil war, only the other side's
            gap = _sentence_gap(doc, r["end"], c.start)
            if gap > 2:
                break
            # (sharing a word, or a kind of act: "a report on killings" … "executed 41 men")
            if relative or stems & _stems_of(c.text) or acts & _act_kinds(c.text) or not stated and gap == 1 or \
                    gap == 1 and _points_back_to_claim(doc, c):
                if stated and not relative:
                    c = _statement_telling_it(doc, claims, m, c, {}, by_verb=author is not None)
                if not relative:
                    c = _statement_of_thing_named(doc, claims, m, c, {})
                had = list(c.responses)
                for x in m.responses:
                    # (another voice of that country denying it too keeps its own denial: "the ministry rejected an
                    # account that A … The army also dismissed the council's account"); one of the same voice told
                    # after the mention is a second denial ("rejects the statement … In it X says A. … Our forces
                    # had no part in any such incident")
                    if relative or not any(y["stance"] == "deny" and _same_speaker(y["by"], x["by"]) and
                                           not _other_voice(y["by"], x["by"]) and y["start"] < x["start"]
                                           for y in had):
                        c.responses.append(x)
                claims.remove(m)
                break


_RELATIVE_CUE_BEFORE = re.compile(r"\b(?:which|that|who)\s+(?:\w+\s+){0,4}?(?:accus|blam|alleg|says|said|claim|"
                                  r"finds|found|conclud|charg)\w*\s+(?:that\s+)?$", re.I)


def _claim_told_inside_denial(doc: Doc, claims: list[Claim]) -> None:
    """"dismissed a report by a rights group that accuses its pilots of killing 24 civilians": a statement told
    inside a denial's own words (a relative clause) is what it denies, not the claim the linker chose before that
    statement was read; a claim made of the whole mention, left with no response, goes."""
    emptied = []
    text = _dc.text(doc)
    for c in claims:
        if c.stance == "deny" or not _RELATIVE_CUE_BEFORE.search(text, max(0, c.start - 60), c.start):
            continue
        for m in claims:
            # (not from the author's own statement told in full after the denial: rules 5 and 6 gave it that one,
            # "rejected a statement by X that accused it of A. The statement said A'": the mention is a retelling)
            if c.claimant.get("country"):
                same_author = m.claimant.get("country") == c.claimant.get("country") and \
                    not _other_side(m.claimant, c.claimant)
            else:  # (authors of no country told apart by name)
                same_author = m.claimant.get("name") == c.claimant.get("name")
            told_after = m.start >= c.end and same_author
            moving = [r for r in m.responses if m is not c and r["stance"] == "deny" and r["start"] <= c.start
                      and c.end <= r["end"] and not _same_side(c.claimant, r["by"]) and not
                      (told_after and m.start >= r["end"])]
            for r in moving:
                m.responses.remove(r)
                c.responses.append(r)
            if moving and not m.responses and m.start <= c.start and c.end <= m.end:
                emptied.append(m)
    claims[:] = [m for m in claims if not any(m is e for e in emptied)]


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


def _attach_denial(doc, claims, att, denier, start, end, events, doc_id, created, part_of=None):
    """Link the denial `att` makes by `denier` over [start, end) to the claim it answers (see the module notes);
    `part_of`, for one part of a quote denying several claims in turn, is the claim that part answers."""
    response = {"by": denier, "stance": "deny", "text": _dc.text(doc)[start:end], "start": start, "end": end,
                "cue": _dc.text(doc)[att.cue[0]:att.cue[1]]}
    cs, ce = _claim_text_span(doc, start, end)
    if cs < end:
        ce = min(ce, end)  # "rejected claims that A, calling them lies": the claim lies inside the denial
    denied = _denied_denial(doc, claims, denier, start, _dc.text(doc)[cs:ce], doc_id)
    if denied is not None:  # "rejected the police denial": the police's denial is the claim it answers
        denied.responses.append(response)
        return
    author = _embedded_claimant(doc, start, end, denier.get("country"), denier.get("sector"), claims)
    told = _claim_told_in_quote(doc, start, end) if author is None else None
    if told is not None:  # "The enemy claims A, but these claims are lies": the enemy
        teller = doc.char_span(*told[2], alignment_mode="expand")
        m = mention_for(doc, teller)
        # "the American enemy": the country a word of the phrase names, when the phrase itself has none
        inside = {(x.country, x.sector) for x in getattr(doc._, "actor_mentions", None) or []
                  if x.country and teller.start <= x.start and x.end <= teller.end}
        country, sector = (m.country, m.sector) if m is not None and m.country else \
            next(iter(inside)) if len(inside) == 1 else (None, None)
        if country and (country != denier.get("country") or sector != denier.get("sector")):
            author = {"name": teller.text, "country": country, "sector": sector}
    # "denied an army claim, made last week, that A": the noun naming the claim lies between the cue and A
    lead = _dc.text(doc)[att.cue[1]:start] if att.cue and att.cue[1] <= start else ""
    named_before = len(lead) < 80 and (re.search(r"\bthat\s*$", lead) is not None or
                                       _dc.text(doc)[start:start + 5].lower() == "that ") and bool(
        set(re.findall(r"[a-z]+", lead.lower())) & _linking()["inner_claim_nouns"])
    if named_before and author is None:
        author = _embedded_claimant(doc, att.cue[1], end, denier.get("country"), denier.get("sector"), claims)
    if author is None or author.get("country") == denier.get("country") and not author.get("named"):
        author = _author_named_by_head(claims, _dc.text(doc)[cs:ce], start, denier) or author
    topic = _cue_topic(doc, att)
    if topic is not None and _points_back(_dc.text(doc)[cs:ce]):
        # "'There is no truth in these reports,' a spokesman said of Russian claims that X": the claim is
        # the cue's topic
        cs, ce = _claim_text_span(doc, *topic)
        author = author or _embedded_claimant(doc, topic[0], topic[1], denier.get("country"), denier.get("sector"),
                                              claims)
    words = _words_of(_dc.text(doc)[cs:ce])
    # an earlier claim that this denial answers: the one sharing most content words, by another side, and by the
    # author the denial names if it names one ("the claims of Baku")
    best, overlap = None, 1
    stems = _stems_of(_dc.text(doc)[cs:ce])
    for c in claims:
        shared = max(len(words & _words_of(c.text)), len(stems & _stems_of(c.text)))
        if author is not None and c.claimant.get("country") not in (None, author["country"]):
            continue
        if shared > overlap and (c.claimant.get("country") != denier.get("country")
                                 or _other_side(c.claimant, denier)
                                 or author is not None and author.get("named")
                                 and c.claimant.get("name") == author.get("name")):
            best, overlap = c, shared
    path = "shared_words" if best is not None else None  # which rule chose: see _learned_choice
    if best is None and att.kind == "direct" and _quoted_topic_denial(doc, cs, ce):
        # '"These charges are invented from start to finish," he said' after a speaker's run of statements: the
        # account as a whole, whose first statement is its main claim; the latest accusing one when it accuses
        best = _antecedent_claim(claims, denier, start)
        if best is not None:
            run = [best]
            for c in reversed([c for c in claims if c.start < best.start]):
                if not (_same_author(c.claimant, best.claimant) or _spokesman_of(c.claimant, best.claimant)
                        or _spokesman_of(best.claimant, c.claimant)):
                    break
                run.insert(0, c)
            accusing = [c for c in run if c.stance == "allege"]
            best, path = (accusing[-1] if accusing else run[0]), "quoted_pointing_back"
    if best is None and (_is_anaphoric(_dc.text(doc)[cs:ce]) or _points_back(_dc.text(doc)[cs:ce])
                         or _sentence_points_back(doc, cs, ce)):
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
                not inner or _stems_of(_dc.text(doc)[cs:ce]) & _stems_of(near.text)):
            best, path = near, "nearby"  # a claim stated inside the denial must share a word with it
    if best is None and author is None:
        # "It is claimed that drones killed 20 civilians. The army denied hitting civilians": a hedged claim of
        # no stated author in the sentence before, sharing a word stem with the denial, is what it answers
        hedged = [c for c in claims if c.start < start and c.claimant.get("name") is None and
                  c.stance == "allege" and not c.responses and id(c) not in created]
        if hedged and _sentence_gap(doc, hedged[-1].end, start) <= 1 and \
                _stems_of(_dc.text(doc)[cs:ce]) & _stems_of(hedged[-1].text):
            best, path = hedged[-1], "hedged"
    if best is None and author is not None:
        def others(c):  # not the denier's own statement ("the rebels said A and rejected the army's account")
            return c.claimant.get("country") != denier.get("country") or _other_side(c.claimant, denier) or \
                author.get("named") and c.claimant.get("name") == author.get("name")
        # the author's claim sharing words with the denial; of several, the one sharing most word stems, then
        # the latest ("said A, and that B" … "dismissed the Russian figure of B")
        top = (0, 0)
        for c in claims:
            if _by_author(c, author) and words & _words_of(c.text) and others(c):
                key = (len(_stems_of(_dc.text(doc)[cs:ce]) & _stems_of(c.text)), c.start)
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
    # ("denies rumours circulating online that A": the noun may stand between the cue and the content)
    if inner and author is None and (
            _hearsay_told_nowhere(doc, claims, att.cue[1] if named_before else start, cs, ce) or
            _report_told_nowhere(doc, claims, denier, att.cue[1] if named_before else start, cs, ce)):
        best, path = None, "hearsay"  # "denied rumours that a fourth man was taken": the rumour's own claim
    nth = _ordinal_claim(claims, denier, start, _dc.text(doc)[start:end], author, doc)
    if nth is not None:
        best, path = nth, "ordinal"  # "He called the second claim 'pure fiction'"
    topical = _topic_named_claim(doc, claims, denier, start, cs, ce) if nth is None else None
    if topical is not None:
        best, path = topical, "topic_named"  # "dismissed the beating claims": the one claim of a beating
    also = _denied_also(doc, claims, att, denier, start, end, cs, ce) if part_of is None else None
    if part_of is not None:
        best, path = part_of, "quote_part"  # the claim this part of the quote shares its words with
    elif also is not None:
        best, path = also, "denied_also"  # "…, and the foreign ministry rejected it as well"
    elif path in ("quoted_pointing_back", "hearsay"):
        pass
    else:
        best = _learned_choice(doc, claims, att, denier, start, end, cs, ce, author, inner, events, created, best,
                               path or ("author_none" if author is not None else "none"))
        _linker.note_pick(best)
    if best is None and author is None and not inner and not _denied_by_cue(att) and not (
            _words_of(_dc.text(doc)[start:end]) & (set(_tables()[0]["claim_nouns"])
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
        if author is None and path != "hearsay":
            for c in claims:  # "reports of a crashed jet": a claim already denied by the same side
                if any(r["by"].get("country") == denier.get("country") for r in c.responses) and \
                        len(words & _words_of(c.text)) >= 2:
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
    elif best.claimant.get("country") is None and author and not _named_of_another_kind(best.claimant, author):
        best.claimant = {k: v for k, v in author.items() if k != "named"}  # "named" is linking's own mark
    if denier.get("country") is None and denier.get("sector") in ("GOV", "MIL", "STATE", "BGD") \
            and denier.get("name"):
        side = _defended_country(doc, best)
        if side:
            response["by"] = {**denier, "country": side}
    if not best.locations:
        best.locations = _places_in(doc, cs, ce)
    best.event = best.event or _event_in(events, cs, ce)
    if not _restates_denial_of(doc, claims, best, denier, start, cs, ce) or _finite_second_denial(doc, att, start) \
            or path == "denied_also":
        # one denial a claim and speaker ("denied A and called it fake" is one); a named official denying it again
        # after another ("The ministry denied it …. A spokeswoman, Mirna Kovac, said the account was untrue") is
        # a second denial
        best.responses.append(response)
        if _BOTH_CLAIMS.search(_dc.text(doc), start, end):
            second = _second_claim(claims, best, denier, start)
            if second is not None:  # "rejected both claims": the other of the two
                second.responses.append(dict(response))
    # a later, fuller mention of the claim gives it its author and place (not hearsay: the rumour is its own claim)
    for c in claims:
        if c is not best and path != "hearsay" and c.claimant.get("country") is None and any(
                r["by"].get("country") == denier.get("country") for r in c.responses) and \
                len(_words_of(c.text) & words) >= 2:
            best.responses = c.responses + best.responses
            claims.remove(c)
            break


_ALSO = re.compile(r"\b(?:also|too|as\s+well|likewise)\b", re.I)


def _denied_also(doc: Doc, claims: list[Claim], att, denier: dict, start: int, end: int, cs: int, ce: int
                 ) -> Claim | None:
    """"The border committee said the Polish claim was a provocation, and the foreign ministry rejected it as
    well": a denial of "it" or "them" that says it denies too answers the claim its country's voice denied last, in
    this sentence or the one before (session 26)."""
    text = _dc.text(doc)
    if text[cs:ce].strip().lower() not in ("it", "them"):
        return None
    sent = doc.char_span(start, end, alignment_mode="expand")
    around = text[sent.sent.start_char:sent.sent.end_char] if sent is not None else text[start:end]
    if not _ALSO.search(around):
        return None
    last, at = None, -1
    for c in claims:
        for r in c.responses:
            if r["stance"] == "deny" and r["start"] < start and r["start"] > at and \
                    r["by"].get("country") == denier.get("country") and not _other_side(r["by"], denier) and \
                    _sentence_gap(doc, r["start"], start) <= 1:
                last, at = c, r["start"]
    return last


def _named_of_another_kind(claimant: dict, author: dict) -> bool:
    """"The aid group said survivors saw officers puncture the boat … The ministry said the knife story was a
    fabrication spread by smugglers": the author a denial blames is its own view; a claim whose speaker is named,
    of a kind (sector) other than that author's, keeps its speaker."""
    return bool(claimant.get("name") and claimant.get("sector") and author.get("sector")
                and claimant["sector"] != author["sector"])


# (what may follow the noun: a time or place of the rejection, "… a lie", not a complement telling the content)
# (and a copula calling it untrue: "said the commissioner's denial was false")
_OBJECT_TAIL = r"(?:\s+(?:on|in|at|last|this|earlier|later|yesterday|today|a|an|as|and|but|was|is|were|are|,)\b.*)?$"
_DENIAL_NOUNS = r"(?:denials?|rebuttals?)"
# "the police account", "the army's version": a voice's own telling, which answers that voice's denial (when it
# made one) just as "the police denial" does
_ACCOUNT_NOUNS = r"(?:accounts?|versions?|explanations?|stor(?:y|ies)|narratives?)"
_DENIAL_OBJECT = re.compile(r"^(?:the|this|that|these|those|its|their|his|her)?\s*(?:[\w'\u2019-]+\s+){0,3}"
                            + _DENIAL_NOUNS + _OBJECT_TAIL, re.I | re.S)
_ACCOUNT_OBJECT = re.compile(r"^(?:the\s+)?(?:[\w'\u2019-]+\s+){1,3}" + _ACCOUNT_NOUNS + _OBJECT_TAIL, re.I | re.S)
# a possessor or determiner naming no voice ("the denial", "their account")
_BARE_HEADS = frozenset({"", "the", "this", "that", "its", "their", "his", "her"})


def _denied_denial(doc: Doc, claims: list[Claim], denier: dict, before: int, content: str, doc_id: str
                   ) -> Claim | None:
    """"The family rejected the police denial": the latest earlier denial by another voice (the author the object
    names, if it names one) is what this one answers — a claim of its own, made from that denial when it was only a
    response on the claim it denied."""
    account = _ACCOUNT_OBJECT.match(content.strip()) is not None
    if not account and not _DENIAL_OBJECT.match(content.strip()):
        return None
    named = _POSSESSOR.search(content) or re.search(
        r"(?:the\s+)?([A-Za-z][\w-]+)\s+(?:" + _DENIAL_NOUNS + "|" + _ACCOUNT_NOUNS + r")\b", content)
    raw_head = named.group(named.lastindex) if named else ""
    modifier = named.group(1) if named and named.lastindex == 2 and named.group(1) and \
        named.group(1).lower() not in _STOP else ""
    head = raw_head.lower().rstrip("s")
    # a demonym of two words ("the North Korean denial", "the Central African account") names its country's voice
    pair = re.search(r"\b([A-Z][a-z]+\s+[A-Z][a-z]+)\s+(?:" + _DENIAL_NOUNS + "|" + _ACCOUNT_NOUNS + r")\b", content)
    pair_country = _demonym_country(pair.group(1)) if pair else None
    if account and head in _BARE_HEADS | {"official", "first", "new", "latest", "same", "other"}:
        return None  # "rejected that account": rule 4 finds the matter; only a named voice's account is its denial
    found: list[tuple[int, dict, Claim | None, Claim]] = []  # (start, speaker, the claim it is, the claim it answers)
    for c in claims:
        if c.stance == "deny" and c.start < before:
            found.append((c.start, c.claimant, c, c))
        for r in c.responses:
            if r.get("stance") == "deny" and r.get("start") is not None and r["start"] < before:
                found.append((r["start"], r, None, c))
    generic = head in _BARE_HEADS
    for _, who, claim, answered in sorted(found, key=lambda x: x[0], reverse=True):
        speaker = who.get("by", who) if claim is None else who
        names_it = not generic and (_names_voice(head, raw_head, speaker) or bool(
            modifier and _names_voice(modifier.lower().rstrip("s"), modifier, speaker)) or
            pair_country is not None and speaker.get("country") == pair_country)
        if not generic and not names_it:
            continue  # "the army's denial" is not the police's ("the police commander's" is the police's)
        if _same_speaker(speaker, denier) and not _other_side(speaker, denier) and (
                not speaker.get("sector") or speaker.get("sector") == denier.get("sector") or _one_voice(speaker, denier)
        ) and not (names_it and not _names_voice(head, raw_head, denier)):
            # its own earlier denial; but a party answering its own country's police, or one authority of a split
            # country naming the other ("the LNA's denial"), answers another voice
            continue
        if claim is not None:
            return claim
        made = next((c for c in claims if c.start == who["start"] and c.end == who["end"]), None)
        if made is None:
            made = Claim(id=f"{doc_id}-c{len(claims) + 1}", claimant=dict(speaker), stance="deny", text=who["text"],
                         start=who["start"], end=who["end"], event=answered.event, locations=list(answered.locations),
                         cue=who.get("cue"))
            claims.append(made)
        return made
    return None


def _names_voice(head: str, raw_head: str, speaker: dict) -> bool:
    """Whether the word a rejection names its voice by ("the police", "the group's", "the LNA's") names this
    speaker: a word of its name, a kind of speaker its name tells, the sector the word names (linking.yaml
    `voice_sectors`: a spokesman named only by person) or, for an acronym, the initials of its name."""
    name = speaker.get("name") or ""
    words = re.findall(r"[A-Za-z]+", name)
    if head in {w.lower().rstrip("s") for w in words} or _speaker_kinds(head) & _speaker_kinds(name.lower()):
        return True
    if speaker.get("sector") in _kind_index("voice_sectors").get(_stem(head), ()):
        return True
    if raw_head[:1].isupper() and speaker.get("country") and _demonym_country(raw_head) == speaker["country"]:
        return True  # "the Algerian denial": Algeria's navy
    initials = "".join(w[0] for w in words if w[0].isupper() and w.lower() not in _STOP)
    return len(raw_head) >= 2 and raw_head.isupper() and raw_head in initials


@lru_cache(maxsize=1024)
def _demonym_country(word: str) -> str | None:
    """The ISO alpha-3 of the country a demonym names ("Algerian" → DZA), from the gazetteer."""
    from ..geo.gazetteer import get_gazetteer

    return iso3(get_gazetteer().demonym(word) or "") or None


def _one_voice(a: dict, b: dict) -> bool:
    """The same speaker named again ("the ministry", "its spokesman")."""
    na, nb = ((x.get("name") or "").lower() for x in (a, b))
    if _other_side(a, b) or a.get("sector") and b.get("sector") and _side_of(a) != _side_of(b):
        return False  # "South Sudan's army" and "the opposition SPLM-IO party": one country, two voices
    return _same_speaker(a, b) and (not na or not nb or na in nb or nb in na or
                                    not _named_person(a.get("name") or "") and not _named_person(b.get("name") or ""))


def _restates_denial_of(doc: Doc, claims: list[Claim], claim: Claim, denier: dict, start: int, cs: int,
                        ce: int, across_only: bool = False, memo: dict | None = None) -> bool:
    """A denial starting at `start` only says again what the same voice already said of `claim`: in the same
    sentence ("denied A and called it fake" is one denial). In a later sentence it is a second denial ("Turkey
    rejected the figure. 'The numbers are made up,' a ministry official said": the claims sets' convention since
    dev14), but not once another side's claim was told in between (a briefing's next question is another claim),
    unless the denial names what the claim says ("called the claim of a week-long blockade a distortion")."""
    names_it = None  # (read only when a response of the same voice asks: it compares every claim)
    for r in claim.responses:
        if not (r["stance"] == "deny" and _one_voice(r["by"], denier)):
            continue
        if _sentence_gap(doc, r["start"], start) == 0:
            if across_only or _named_apart(r["by"], denier) and re.search(
                    r",\s+(?:while|whereas)\s", _dc.text(doc)[r["end"]:start]) is not None:
                continue  # "X said A was an invention, while Y denied B": two voices, each denying
            return True
        if names_it is None:
            content = _dc.text(doc)[cs:ce]
            stems = _stems_of(content)
            shared = len(stems & _stems_of(claim.text))
            # naming it: more word stems in common than with any other claim ("the claim of a week-long blockade"
            # for "had blocked 120 trucks … for a week")
            names_it = not _is_anaphoric(content) and shared >= 1 and (
                all(len(stems & _stems_of(c.text)) < shared for c in claims if c is not claim) if memo is None
                else not _other_claim_sharing(memo, claims, claim, stems, shared))
        if not names_it and (any(r["end"] <= c.start < start and _told_by_another_side(c, denier) for c in claims)
                             if memo is None else _another_side_between(memo, claims, denier, r["end"], start)):
            return True
    return False


def _named_apart(a: dict, b: dict) -> bool:
    """Two speakers of one sentence named by two names neither of which holds the other ("the government
    spokesman said A was an invention, while the army denied B"): two voices, each denying (session 26)."""
    na, nb = ((x.get("name") or "").lower().strip() for x in (a, b))
    return bool(na) and bool(nb) and na not in nb and nb not in na and \
        not {na, nb} & {"it", "he", "she", "they", "we"}


def _told_by_another_side(c: Claim, denier: dict) -> bool:
    return c.claimant.get("country") != denier.get("country") or _other_side(c.claimant, denier)


# (`memo`: one denial's candidates ask `_restates_denial_of` the same questions of one list of claims; what it reads
# of every claim is listed once per denial in the memo the caller passes)

def _other_claim_sharing(memo: dict, claims: list[Claim], claim: Claim, stems: frozenset, shared: int) -> bool:
    """`any(len(stems & _stems_of(c.text)) >= shared for c in claims if c is not claim)`"""
    ranked = memo.get("ranked_by_stems")
    if ranked is None:
        ranked = memo["ranked_by_stems"] = sorted(((len(stems & _stems_of(c.text)), i) for i, c in enumerate(claims)),
                                                  reverse=True)
    for overlap, i in ranked:
        if overlap < shared:
            return False
        if claims[i] is not claim:
            return True
    return False


def _another_side_between(memo: dict, claims: list[Claim], denier: dict, after: int, before: int) -> bool:
    """`any(after <= c.start < before and _told_by_another_side(c, denier) for c in claims)`"""
    starts = memo.get("other_side_starts")
    if starts is None:
        starts = memo["other_side_starts"] = sorted(c.start for c in claims if _told_by_another_side(c, denier))
    k = bisect_left(starts, after)
    return k < len(starts) and starts[k] < before


_ALLEGING_NOUNS = {"claim", "allegation", "accusation", "charge", "assertion", "rumour", "rumor", "suggestion"}


_ORDINAL = re.compile(r"\b(first|second|third|fourth|latter|former)\s+(?:of\s+the\s+)?(?:claim|allegation|accusation|"
                      r"statement|assertion|charge|report|figure|point|part)s?\b", re.I)
_ORDINALS = {"first": 0, "former": 0, "second": 1, "third": 2, "fourth": 3, "latter": -1}


_OWNER = re.compile(r"\b([A-Z][A-Za-z-]+)(?:'s|s'|\u2019s|s\u2019)\s")


def _ordinal_claim(claims: list[Claim], denier: dict, before: int, denial: str, author: dict | None,
                   doc: Doc | None = None):
    """"He called the second claim 'pure fiction'": the statement an ordinal points to among those of the last
    speaker before the denial (not the denier's side) who made more than one — of those who named the denier, if
    any did — or of the author the denial names. "The second accusation" counts accusations when the speaker
    made enough of them."""
    m = _ORDINAL.search(denial)
    if m is None:
        return None
    k = _ORDINALS[m.group(1).lower()]

    def nth(theirs):
        accusations = [c for c in theirs if c.stance == "allege"]
        if re.search(r"\b(?:accusation|allegation|charge)s?\b", m.group(0), re.I) and len(accusations) > max(k, 1):
            theirs = accusations  # "accused X of A … accused the group of B": the second accusation is B
        return theirs[k] if k < len(theirs) else None
    def who(c):  # speakers told apart by name: two bodies of one country may be the two sides
        return c.claimant.get("name") or c.claimant.get("country")

    def together(c, last):  # "Cambodia's defence ministry accused … A ministry spokeswoman also said …": one side
        if c.claimant.get("country") and last.claimant.get("country"):
            return c.claimant.get("country") == last.claimant.get("country") and not _other_side(c.claimant,
                                                                                                 last.claimant)
        return who(c) == who(last)
    own = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]+", denier.get("name") or "") if w[0].isupper()}
    earlier = [c for c in claims if c.start < before and not _same_side(c.claimant, denier)
               and who(c) != (denier.get("name") or denier.get("country"))
               # "the Houthis' Saba news agency" speaks for a Houthi official's side
               and not {w.lower().rstrip("s") for w in _OWNER.findall(c.claimant.get("name") or "")} & own]
    if author is not None:
        earlier = [c for c in earlier if _by_author(c, author)]
    elif doc is not None and denier.get("country"):
        # "Kigali dismissed the second accusation": of the speakers whose statements named Rwanda
        naming = [c for c in earlier if _names_as_doer(doc, c, denier) or denier["country"] in _countries_in(
            doc, c.start, c.end, places=False)]
        earlier = [c for c in earlier if any(together(c, x) for x in naming)] if naming else earlier
    # the last speaker named alike with several statements, else the last side with several ("Cambodia's defence
    # ministry accused … A ministry spokeswoman also said …")
    for same in (lambda c, last: who(c) == who(last), together):
        for last in reversed(earlier):
            theirs = [c for c in earlier if same(c, last)]
            if len(theirs) > 1:
                return nth(theirs)
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
        _linking()["responsive_nouns"] | _linking()["generic_objects"] | _time_words() | {
            "there", "is", "are", "was", "were", "be", "been", "no", "not", "any", "all", "in", "these", "those",
            "they", "this", "absolutely", "completely", "totally", "entirely", "utterly", "simply", "wholly",
            # (session 26) "They are lying", "They lied again": its speaker called a liar (text.py `_LYING`)
            "lying", "liars", "liar", "again"}


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


def _other_voice(a: dict, b: dict) -> bool:
    """Two named bodies or people, neither named inside the other ("the defence ministry", "the army's Third
    Division"): two voices even of one country."""
    x, y = (a.get("name") or "").lower(), (b.get("name") or "").lower()
    return bool(x and y) and x not in y and y not in x


def _same_speaker(a: dict, b: dict) -> bool:
    """One voice as far as linking tells: one country, and not the two sides of its civil war."""
    if a.get("country") or b.get("country"):
        return a.get("country") == b.get("country") and not _other_side(a, b)
    return a.get("name") == b.get("name")


_ANAPHORS = {"which", "these", "those", "such", "charge", "charges", "findings", "figure", "figures", "claimed",
             "accusation", "accusations", "allegation", "allegations", "assertion", "assertions", "version", "account"}


_TOPIC_SUBJECT = re.compile(r"[\"\u201c]?((?:\S+\s+){0,3}?\S+)\s+(?:is|are|was|were)\s+(?:all\s+|simply\s+|"
                            r"completely\s+|totally\s+|pure\s+)?\S", re.I)


def _quoted_topic_denial(doc: Doc, start: int, end: int) -> bool:
    """A quote with a sentence whose subject only points back at a claim and whose predicate calls it untrue ("These
    charges are invented from start to finish", "This is a lie spread by the enemy", "The story is fabricated"),
    whatever else the predicate says."""
    span = doc.char_span(start, end, alignment_mode="expand")
    text = _dc.text(doc)
    for sent in (span.sents if span is not None else []):
        a, b = max(sent.start_char, start), min(sent.end_char, end)
        m = _TOPIC_SUBJECT.match(text, a, b)
        if m is None:
            continue
        subject = m.group(1)
        if (_is_anaphoric(subject) or subject.lower() in ("this", "that", "it")) and _calls_untrue(text[m.end(1):b]):
            return True
    return False


def _sentence_points_back(doc: Doc, start: int, end: int) -> bool:
    """A turn or quote of several sentences one of which only points back at a claim ("Our operations target
    only armed groups. These allegations are invented.")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    sents = list(span.sents) if span is not None else []
    text = _dc.text(doc)
    return len(sents) > 1 and any(_points_back(text[max(s.start_char, start):min(s.end_char, end)]) for s in sents)


def _is_anaphoric(content: str) -> bool:
    """A denial whose content only points back at a claim: "the claim", "the accusation", "which", "it"."""
    words = set(re.findall(r"[a-z][a-z-]*", _unpossess(content.lower())))  # "the report's findings"
    return bool(words) and words <= _STOP | _ANAPHORS | set(_tables()[0]["claim_nouns"]) | {"which", "all", "any"} \
        | _linking()["generic_objects"] | _time_words()


def _by_author(claim: Claim, author: dict) -> bool:
    """A claim by the author a denial names: of its country, or for "the militants' claim" an armed group that has
    no country of its own ("a spokesman for Islamic State West Africa Province"), or a speaker of no country it
    names ("the bishop's account")."""
    if author.get("named") and claim.claimant.get("name") and claim.claimant.get("name") == author.get("name"):
        return True
    if claim.claimant.get("country") is None:
        return _side_of(author) == "armed" and _side_of(claim.claimant) == "armed"
    return claim.claimant.get("country") == author.get("country")


_POSSESSOR = re.compile(r"\b(?:([a-z][a-z-]+)\s+)?([a-z][a-z-]+)(?:'s|s'|\u2019s|s\u2019)\s+[a-z]", re.I)
# "the figures put out by the rights group", "the account given by the families"
_DESCRIBED_BY = re.compile(r"\s+(?:(?:put\s+out|published|released|issued|given|compiled|made|told|offered)\s+)?"
                           r"(?:by|from|of)\s+(?:the\s+)?(?:([a-z][a-z-]+)\s+)?([a-z][a-z-]+)\s*$", re.I)


def _author_named_by_head(claims: list[Claim], denial: str, before: int, denier: dict) -> dict | None:
    """"dismissed the bishop's account", "rejected the relatives' figure", "the councillor's account": an earlier
    speaker named by the head noun of its name ("the Catholic bishop of Kafanchan", "relatives of the dead",
    "Moussa Traore, a local councillor") or by another word of its kind ("the families' account" for relatives,
    "the figures put out by the rights group" for Amnesty International) — of no country, or another voice of the
    denier's own."""
    m = _POSSESSOR.search(denial)
    if m is not None:
        rest = denial[:m.start()] + denial[m.end() - 1:]
    else:
        m = _DESCRIBED_BY.search(denial)
        rest = denial[:m.start()] if m is not None else ""
    if m is None or m.group(2)[:1].isupper():
        return None  # a proper name ("Kyiv's claim") is the speaker finders' to resolve
    if not _is_anaphoric(rest):
        return None  # "the mission's findings on the Zawiya centre": what it says is told, and words find it
    head = m.group(2).lower().rstrip("s")
    kinds = _speaker_kinds(m.group(2))
    if "organisation" in kinds and m.group(2).lower().startswith("group") and (
            (m.group(1) or "").lower() not in _linking()["civil_group_words"]):
        kinds = kinds - {"organisation"}  # "the group's claim" may be an armed group's; "the rights group's" is not
    for c in reversed([c for c in claims if c.start < before]):
        name = c.claimant.get("name") or ""
        words = re.findall(r"[a-z]+", name.lower().split(" of ")[0])
        named = bool(words) and head in {w.rstrip("s") for w in words} or bool(
            kinds & (_speaker_kinds(name) | ({"organisation"} if c.claimant.get("sector") in _CIVIL_SECTORS else set())))
        if named and (c.claimant.get("country") is None or c.claimant.get("country") == denier.get("country")
                      and not _one_voice(c.claimant, denier)):
            return {**c.claimant, "named": True}
    return None


_CIVIL_SECTORS = frozenset({"NGO", "IGO", "ORG"})


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


def _spokesman_of(a: dict, b: dict) -> bool:
    """`b` speaks for `a`, named by its head noun: "the service's spokesman" for "Armenia's National Security
    Service", "the ministry's spokeswoman" for "the defence ministry" (one country)."""
    if a.get("country") != b.get("country"):
        return False
    owner = re.match(r"(?:the\s+)?(\w+)['\u2019]s?\s", (b.get("name") or "").lower())
    words = re.findall(r"\w+", (a.get("name") or "").lower())
    return owner is not None and bool(words) and words[-1] == owner.group(1)


def _same_author(a: dict, b: dict) -> bool:
    if a.get("country") is not None:
        # one speaker named again: "Armenia's Defence Ministry", "the ministry"; a lead's unnamed lawyer named
        # below ("A lawyer for the families told the court …" … "Advocate X said …")
        return _same_side(a, b) or _one_lawyer(a, b)
    return a.get("country") is None and b.get("country") is None and a.get("name") is not None and \
        a.get("name") == b.get("name")


def _one_force(a: dict, b: dict) -> bool:
    """Two speakers of one country's army (or police) with nothing in their names setting them apart: one body."""
    if a.get("country") is None or a.get("country") != b.get("country") or a.get("sector") != b.get("sector") \
            or a.get("sector") not in _linking()["one_force_sectors"] or _side_of(a) != _side_of(b):
        return False
    names = [f'{x.get("name") or ""} {x.get("speaks_for") or ""}' for x in (a, b)]
    words = [set(re.findall(r"[a-z]+", n.lower())) for n in names]
    apart = _linking()["force_apart_words"]
    # ("the Libyan National Army" is apart from "the Libyan army", "Haiti's national police" not from "Police X")
    named = [{w.lower() for w in re.findall(r"\b[A-Z][a-z]+", n)} & _linking()["force_apart_names"] for n in names]
    return all(w & _linking()["force_nouns"] for w in words) and \
        (words[0] & apart) | named[0] == (words[1] & apart) | named[1]


def _one_lawyer(a: dict, b: dict) -> bool:
    """Two lawyers of one country on one side of a case: in court reporting one counsel, described and then named."""
    words = _speaker_lists()["court_lawyers"]
    titled = [set(re.findall(r"[a-z]+", (x.get("name") or "").lower())) for x in (a, b)]
    return a.get("country") == b.get("country") and all(t & words and "general" not in t for t in titled) and \
        _side_of(a) is not None and _side_of(a) == _side_of(b)


_BOTH_CLAIMS = re.compile(r"\b(?:both|the two|these two|those two)\s+(?:\w+\s+)?(?:claims|accusations|allegations|"
                          r"reports|statements|assertions|charges|accounts|versions)\b", re.I)


_TOPIC_NOUN = re.compile(r"\b(?:the|these|those|such)\s+((?:[a-z][a-z-]+\s+){1,2})(?:claims?|allegations?|reports?|"
                         r"accusations?|charges?|stories|story)\b")


def _topic_named_claim(doc: Doc, claims: list[Claim], denier: dict, start: int, cs: int, ce: int) -> Claim | None:
    """The claim a denial names by its topic, a noun before the claim noun ("dismissed the beating claims", "rejected
    the torture allegations"): the one earlier claim not of the denier's side whose words share that noun's stem;
    None when no claim or several do."""
    m = _TOPIC_NOUN.search(_dc.text(doc), cs, ce)
    if m is None:
        return None
    untrue = {w for w in _tables()[0]["content"]["deny"] if " " not in w}
    words = [w for w in m.group(1).split() if w not in untrue and w not in _STOP]
    stems = _stems_of(" ".join(words))
    if not stems:
        return None
    found = [c for c in claims if c.start < start and c.stance != "deny" and not _same_side(c.claimant, denier)
             and stems & _stems_of(c.text)]
    return found[0] if len(found) == 1 else None


def _second_claim(claims: list[Claim], first: Claim, denier: dict, before: int) -> Claim | None:
    """The other of two claims one denial answers ("rejected both claims"): the earlier claim nearest the first by
    its author, else by any speaker not on the denier's side."""
    others = [c for c in claims if c is not first and c.start < before and c.stance != "deny"
              and not _same_side(c.claimant, denier) and not any(
                  r["stance"] == "deny" and _same_speaker(r["by"], denier) for r in c.responses)]
    theirs = [c for c in others if _same_author(first.claimant, c.claimant)] or \
        [c for c in others if c.claimant.get("country") is not None or c.claimant.get("name")]
    return min(theirs, key=lambda c: abs(c.start - first.start)) if theirs else None


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
        # "the army said the RSF shelled a hospital": the RSF's denial answers it; "Rwanda said the FDLR shelled
        # its territory" accuses no side the Congolese government speaks for
        if not _other_side(accused, denier) and (other != country or _other_side(c.claimant, denier)):
            return c
    return None


def _sentence_gap(doc: Doc, a: int, b: int) -> int:
    """How many sentence starts lie in the text between offsets a and b."""
    if b <= a:
        return 0
    starts = _sentence_bounds(doc)[0]
    return bisect_right(starts, b) - bisect_right(starts, a)


def _sentence_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """The sentences' start and end offsets, listed once per Doc (the parse never changes after the parser)."""
    bounds = doc.user_data.get("sitrep.sentence_bounds")
    if bounds is None:
        bounds = doc.user_data["sitrep.sentence_bounds"] = ([s.start_char for s in doc.sents],
                                                            [s.end_char for s in doc.sents])
    return bounds


def _by_offset(doc: Doc, name: str, items: list, offset) -> tuple[list, list]:
    """`items` in the order of their offsets, and those offsets (listed once per Doc and list), so a span's share
    is found by bisect rather than by reading all of them: the denial linker asks, for every claim, what each
    denial's span names."""
    key = "sitrep.by_offset." + name
    cached = doc.user_data.get(key)
    if cached is None or cached[0] is not items or cached[1] != len(items):
        ordered = sorted(items, key=offset)  # (stable: items at one offset keep their order)
        cached = doc.user_data[key] = (items, len(items), ordered, [offset(x) for x in ordered])
    return cached[2], cached[3]


def _mentions_from(doc: Doc, start: int, end: int) -> list:
    """The actor mentions whose first token starts in [start, end)."""
    mentions = getattr(doc._, "actor_mentions", None) or []
    idx = _dc.tokens(doc).idx
    ordered, offsets = _by_offset(doc, "mentions", mentions, lambda m: idx[m.start])
    return ordered[bisect_left(offsets, start):bisect_left(offsets, end)]


def _paragraph_break_between(doc: Doc, a: int, b: int) -> bool:
    """`text.count("\n\n", a, b) > 0`: a blank line wholly inside [a, b)."""
    breaks = doc.user_data.get("sitrep.blank_lines")
    if breaks is None:
        breaks = doc.user_data["sitrep.blank_lines"] = [m.start() for m in re.finditer(r"(?=\n\n)", _dc.text(doc))]
    k = bisect_left(breaks, a)
    return k < len(breaks) and breaks[k] + 2 <= b


@lru_cache(maxsize=1 << 14)
def _words_of(text: str) -> frozenset[str]:
    """`_content_words` of a claim's text, read once: the linker compares every claim with every denial."""
    return frozenset(_content_words(text))


@lru_cache(maxsize=1 << 14)
def _stems_of(text: str) -> frozenset[str]:
    return frozenset(_stems(text))


def _renumber(claims: list[Claim], doc_id: str) -> None:
    for i, c in enumerate(claims, 1):
        c.id = f"{doc_id}-c{i}"


def _event_in(events: list[Event], start: int, end: int) -> str | None:
    """The first event (in list order) with evidence overlapping [start, end)."""
    spans = _evidence_spans(events)
    if spans is None:
        for e in events:
            if any(ev.start < end and start < ev.end for ev in e.evidence):
                return e.id
        return None
    starts, rows, longest = spans
    # (evidence overlapping the span starts before its end and at most the longest evidence's length before it)
    first = min((k for a, b, k in rows[bisect_left(starts, start - longest):bisect_left(starts, end)]
                 if a < end and start < b), default=None)
    return None if first is None else events[first].id


_EVIDENCE: list = [None, None, None]  # the events list last indexed, its signature, and its evidence spans


def _evidence_spans(events: list[Event]):
    """The evidence of `events` as (start, end, event's position) rows sorted by start, their starts and the longest
    evidence's length, listed once per events list (every claim asks which event it tells: the events stage is
    done, and the claims stage adds no evidence); None when an offset is not a number (the scan decides)."""
    signature = len(events)
    if _EVIDENCE[0] is events and _EVIDENCE[1] == signature:
        return _EVIDENCE[2]
    rows = [(ev.start, ev.end, k) for k, e in enumerate(events) for ev in e.evidence]
    if not all(type(a) is int and type(b) is int for a, b, _ in rows):
        spans = None
    else:
        rows.sort()
        spans = ([a for a, _, _ in rows], rows, max((b - a for a, b, _ in rows), default=0))
    _EVIDENCE[:] = [events, signature, spans]
    return spans


def _places_in(doc: Doc, start: int, end: int) -> list[dict]:
    return [p.as_location() for p in getattr(doc._, "places", None) or [] if start <= p.start < end]


# a denial's object that names only what kind of statement it answers: "the accusation", "the army's allegations",
# "these charges"; "the toll", "those figures", "the group's casualty figures"
_OWNED_NOUN = r"^(?:the|those|these|that|this|its|their|his|her)?\s*(?:[\w'\u2019-]+(?:'s|s'|\u2019s)\s+)?"
_NOUN_TAIL = r"(?:\s+(?:as|on|in|at)\b.*)?$"
_ACCUSATION_NOUN = re.compile(_OWNED_NOUN + r"(?:accusations?|allegations?|charges?)" + _NOUN_TAIL, re.I | re.S)
# (session 26) "rejected the claim", "the organisation's claims": a topic noun too (rule 4), which after a lead telling
# only the event answers the author's accusation told since (rule 8, `_accusation_after_event`)
_CLAIM_NOUN_ONLY = re.compile(_OWNED_NOUN + r"claims?" + _NOUN_TAIL, re.I | re.S)


@lru_cache(maxsize=1)
def _figure_noun() -> re.Pattern:
    """A denial's object that is only a figure noun (`figure_nouns`, `figure_noun_modifiers` in linking.yaml):
    "the toll", "those figures", "the group's casualty figures"."""
    table = _linking()
    return re.compile(_OWNED_NOUN + r"(?:(?:" + _alternation(table["figure_noun_modifiers"]) + r")\s+)?(?:" +
                      _alternation(table["figure_nouns"]) + r")" + _NOUN_TAIL, re.I | re.S)


def _the_accusation(pick: Claim, allowed: list[Claim], denier: dict, before: int) -> Claim:
    """"rejected the accusation": the accusation told (a statement made as one: "accused the army of …"), not a
    claim this voice already denied, and of the chosen author the accusation rather than a lead telling only the
    event (rule 8)."""
    def answered(c: Claim) -> bool:
        return any(r["stance"] == "deny" and _same_speaker(r["by"], denier) for r in c.responses)

    accusations = [c for c in allowed if c.start < before and c.stance == "allege" and not answered(c)]
    if not accusations or pick.stance == "allege" and pick in accusations:
        return pick
    if answered(pick):
        return accusations[-1]  # it already answered that one: the accusation told since
    theirs = [c for c in accusations if _same_speaker(c.claimant, pick.claimant) and
              not _other_side(c.claimant, pick.claimant) and c.start > pick.start]
    return theirs[0] if theirs else pick


def _accusation_after_event(doc: Doc, pick: Claim, allowed: list[Claim], denier: dict, before: int) -> Claim:
    """Rule 8: "rejected the allegation" after an author's lead telling only the event ("five people were killed, a
    rights group said") answers the author's first later statement that accuses the denier's side ("the alliance
    said soldiers had shot the five"), or that tells a wrong done to people in someone's hands ("several of the
    detained had been beaten"), unless the choice already accuses. Only for an author of no country: a state's or
    an armed group's telling of the event is already its charge against the other side."""
    if pick.stance == "allege" or pick.claimant.get("country") is not None or _accuses(doc, pick, denier):
        return pick
    later = [c for c in allowed if pick.start < c.start < before and _one_author_named_again(
        c.claimant, pick.claimant, _dc.text(doc))]
    # (session 26) when none of them accuses in so many words, the first that names the denier's side at all ("the
    # attackers had passed a police post without being stopped"), if the lead names it nowhere: the matter the
    # denier answers is its own part in the event
    return next((c for c in later if _accuses(doc, c, denier)), None) or next(
        (c for c in later if not _names_side(doc, pick, denier) and not _ASKED.match(c.cue or "")
         and _names_side(doc, c, denier)), pick)


# a demand's cue ("demanded that the force be moved"): what is asked tells no matter a denial answers
_ASKED = re.compile(r"(?:demand|call|urg|ask|appeal|press|push|implor)", re.I)


def _accuses(doc: Doc, claim: Claim, denier: dict) -> bool:
    """Whether a statement accuses: a wrong (linking.yaml `accusing_kinds`) done by the denier's side, or a wrong
    that accuses whoever held the victims with no doer named (`custody_wrong_kinds`)."""
    kinds = _act_kinds(claim.text)
    if kinds & _linking()["custody_wrong_kinds"]:
        return True
    return bool(kinds & _linking()["accusing_kinds"]) and (
        _names_as_doer(doc, claim, denier) or _side_as_doer(doc, claim, denier))


def _side_as_doer(doc: Doc, claim: Claim, denier: dict) -> bool:
    """Whether the doer of a statement's act is a body of the denier's side named without its country ("soldiers of
    the army's 4th Infantry Division", "riot police"): of the denier's side (state or armed) and of no other
    country. A weapon named as the doer ("a drone strike hit the station") is no body."""
    side = _side_of(denier)
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand") if side else None
    for t in span or ():
        # (the subject of an active verb or the "by" of a passive one: "five soldiers were killed" names no doer)
        doer = t.dep_ == "nsubj" or t.dep_ == "pobj" and t.head.lower_ == "by"
        if not doer:
            continue
        lo, hi = _doer_extent(doc, t)
        if any(m.country in (None, denier.get("country")) and not _names_an_act(doc, m)
               and _side_of({"sector": m.sector, "name": m.text}) == side for m in _mentions_from(doc, lo, hi)):
            return True
    return False


def _names_an_act(doc: Doc, m) -> bool:
    """A mention whose head word names an act (linking.yaml `act_kinds`: "a drone strike", "shelling"), not a body:
    "border guards" (a word of the head's modifier) and "the Assam Rifles" (a proper name) are bodies."""
    head = doc[m.head] if m.start <= m.head < m.end else doc[m.end - 1]
    return head.pos_ != "PROPN" and bool(_act_kinds(head.text))


# (the sectors of a force, state or armed: a place the actor stage took for a government, "Ben Guerdane", is none)
_FORCE_SECTORS = frozenset({"MIL", "POL", "BGD", "REB", "MLT", "UAG"})


def _names_side(doc: Doc, claim: Claim, denier: dict) -> bool:
    """Whether a statement names a force of the denier's side anywhere ("the attackers had passed a police post
    without being stopped" of the police): of its country or of none, and of its side (state or armed)."""
    side = _side_of(denier)
    if side is None:
        return False
    lo = next((t.i for t in doc if t.idx >= claim.start), len(doc))
    hi = next((t.i for t in doc if t.idx >= claim.end), len(doc))
    return any(lo <= m.start and m.end <= hi and m.country in (None, denier.get("country")) and
               m.sector in _FORCE_SECTORS and not _names_an_act(doc, m)
               and _side_of({"sector": m.sector, "name": m.text}) == side
               for m in getattr(doc._, "actor_mentions", None) or [])


def _one_author_named_again(a: dict, b: dict, text: str = "") -> bool:
    """One author, or a speaker of no country named again in other words ("a rights group" … "the Northern Mindanao
    Human Rights Alliance" … "the alliance"; "the Tbilisi Rights Centre" … "the centre"; with the `text`, a
    description and a name standing side by side in it: "the Hebron-based rights group Haqq al-Insan" … "The group")."""
    if _same_author(a, b):
        return True
    if a.get("country") is not None or b.get("country") is not None:
        return False
    # (a head noun any group has, "group", "alliance", names no one)
    generic = _stems_of(" ".join(_linking()["group_nouns"]))
    if _stems_of(a.get("name") or "") & _stems_of(b.get("name") or "") - generic:
        return True
    x, y = (a.get("name") or "").strip(), (b.get("name") or "").strip()
    return bool(text and x and y) and any(re.search(re.escape(p) + r",?\s+" + re.escape(q), text) is not None
                                          for p, q in ((x, y), (y, x)))


_FIGURE = re.compile(r"\b\d[\d,.]*\b|\b(?:dozens|hundreds|thousands|scores)\b", re.I)
# a figure, in words too ("seven of its soldiers were killed"), not a year: which of an author's statements gives one
_COUNTED = re.compile(r"\b(?!(?:1[89]|20)\d\d\b)\d[\d,.]*\b|\b(?:dozens|hundreds|thousands|scores|two|three|four|"
                      r"five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|"
                      r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen)\b", re.I)

# "the bribery claim", "what it called the torture allegations", "those looting reports": a statement noun whose
# modifier names one kind of act (linking.yaml `act_kinds`)
_KIND_NOUN = re.compile(r"^(?:what\s+\w+(?:\s+\w+)?\s+(?:called|calls|described\s+as|termed)\s+)?"
                        + _OWNED_NOUN[1:] + r"((?:[\w-]+\s+){0,2}?)(?:claims?|accusations?|allegations?|reports?|"
                        r"charges?|stor(?:y|ies)|accounts?)"
                        r"(?:\s+(?:of|about|over)\s+((?:(?:the|a|an)\s+)?[\w-]+(?:\s+[\w-]+)?))?" + _NOUN_TAIL, re.I | re.S)


def _of_named_kind(pick: Claim, cands: list, content: str, before: int, allowed: list | None = None) -> Claim:
    """"rejected the bribery claim", "the claim about the bridge": of the chosen author's statements, the first
    telling the act or the thing the noun names, when the linker's choice tells another (rule 2); when none of that
    author's does, the one statement of the `allowed` others that tells the thing ("called the story of the camels a
    fabrication" after the elders' account of executions and the governor's of the camels)."""
    m = _KIND_NOUN.match(content.strip())
    if not m:
        # "called the story of the camels a fabrication": the thing named, the noun phrase not being the whole object
        thing = _thing_named(content)
        if not thing or thing & _stems_of(pick.text):
            return pick
        # (among the others only: the denier's own voice may say it in other words)
        return _one_telling(pick, allowed or [], before, allowed, lambda c: bool(thing & _stems_of(c.text)))
    kinds = _act_kinds(" ".join(g for g in m.groups() if g))
    # "the claim about the bridge": the thing it is about, by its lower-case words ("the Russian claim" names a voice)
    words = re.findall(r"\b[a-z][\w-]*", m.group(2) or "")
    about = _stems_of(" ".join(words)) - {"the"}
    # "the claim about a missing teenager": the word setting the thing apart ("missing"), when the statements all
    # tell the thing ("soldiers detained four teenagers", "one of them is still missing")
    marks = about - _stems_of(words[-1]) if len(words) > 1 else frozenset()
    if marks and not kinds & _act_kinds(pick.text) and not marks & _stems_of(pick.text):
        marked = _first_of_author(pick, cands, before, lambda c: bool(marks & _stems_of(c.text)))
        if marked is not pick:
            return marked
    if not kinds and not about or kinds & _act_kinds(pick.text) or about & _stems_of(pick.text):
        return pick
    if not about:
        return _first_of_author(pick, cands, before, lambda c: bool(kinds & _act_kinds(c.text)))
    return _one_telling(pick, cands, before, allowed,
                        lambda c: bool(kinds & _act_kinds(c.text) or about & _stems_of(c.text)))


def _one_telling(pick: Claim, cands: list, before: int, allowed: list | None, tells) -> Claim:
    """Of the chosen author's statements the first that `tells` holds of; when none does, the one statement of the
    `allowed` others that it holds of (a noun naming a thing picks one statement, whoever told it)."""
    chosen = _first_of_author(pick, cands, before, tells)
    if chosen is pick and not tells(pick):
        telling = [c for c in allowed or () if c.start < before and tells(c)]
        if len(telling) == 1:
            return telling[0]
    return chosen


def _lemmas(doc: Doc, start: int, end: int) -> frozenset[str]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return frozenset(t.lemma_.lower() for t in span) if span is not None else frozenset()


def _acts_told(doc: Doc, start: int, end: int) -> tuple[frozenset[str], frozenset[str]]:
    """The lemmas of the verbs telling a span's acts ("had rammed the vessel"), not speech, being, having or a
    participle describing a noun ("the detained men"), and the kinds of act those verbs and their objects tell
    ("opened fire" is a firing, "rammed the vessel" none)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return frozenset(), frozenset()
    verbs = [t for t in span if t.pos_ == "VERB" and t.dep_ not in ("amod", "acl", "compound")
             and t.lemma_.lower() not in _linking()["bland_verbs"]]
    words = [t.lemma_.lower() for v in verbs for t in [v, *(x for x in v.children if x.dep_ == "dobj")]]
    return frozenset(t.lemma_.lower() for t in verbs), _act_kinds(" ".join(words))


def _of_denied_act(doc: Doc, pick: Claim, cands: list, allowed: list, cs: int, ce: int, before: int) -> Claim:
    """"denied that its ship had rammed the vessel": a denial that words the act answers the chosen author's first
    statement telling that act by its verb (rule 3), when the linker's choice tells neither that verb nor that kind
    of act ("fired a water cannon") and a statement of the author does ("also rammed the vessel's stern")."""
    denied, kinds = _acts_told(doc, cs, ce)
    if denied and denied & _lemmas(doc, pick.start, pick.end):
        return _of_denied_doer(doc, pick, allowed, denied, cs, ce, before)
    if not denied or kinds & _acts_told(doc, pick.start, pick.end)[1]:
        return pick
    # (the same verb and something more of the denial: "rammed the vessel" meets "rammed the vessel's stern", while
    # "denied that any trucks had been lost" does not meet "fled after losing 20 men")
    span = doc.char_span(cs, ce, alignment_mode="expand")
    rest = _stems_of(" ".join(t.text for t in span if t.lemma_.lower() not in denied)) if span is not None else set()
    return _first_of_author(pick, cands, before, lambda c: bool(denied & _lemmas(doc, c.start, c.end))
                            and bool(rest & _stems_of(c.text)))


def _doers_of(doc: Doc, start: int, end: int, verbs: frozenset[str]) -> frozenset[str]:
    """The word stems of who does these verbs' acts in a span ("rangers had shot him", "was shot by rangers"); empty
    when the span tells the act with no doer ("was shot dead")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    found: set[str] = set()
    for v in span or ():
        if v.pos_ != "VERB" or v.lemma_.lower() not in verbs:
            continue
        for x in v.children:
            who = x if x.dep_ == "nsubj" else next((y for y in x.children if y.dep_ == "pobj"), None) \
                if x.dep_ == "agent" else None
            if who is not None and who.lower_ not in ("it", "they", "he", "she", "who", "that", "which"):
                found |= _stems_of(" ".join(t.text for t in who.subtree))
    return frozenset(found)


def _of_denied_doer(doc: Doc, pick: Claim, allowed: list, denied: frozenset, cs: int, ce: int, before: int) -> Claim:
    """"denied that rangers had shot the teacher": when the chosen statement tells the act with no doer ("a teacher
    was shot dead, police said"), the first statement telling the same act by the doer the denial names ("two
    rangers had shot him from a motorcycle") is the one denied (rule 3: the act and who did it)."""
    doer = _doers_of(doc, cs, ce, denied)
    if not doer or _doers_of(doc, pick.start, pick.end, denied):
        return pick
    return next((c for c in allowed if c.start < before and c is not pick and denied & _lemmas(doc, c.start, c.end)
                 and doer & _doers_of(doc, c.start, c.end, denied)), pick)


# "denied any involvement", "said it had nothing to do with the shelling": a denial of the denier's own role
_OWN_ROLE_DENIAL = re.compile(r"\bnothing\s+to\s+do\s+with\b|\b(?:any|its|their|no)\s+(?:[\w-]+\s+)?"
                              r"(?:involvement|role|part|hand|responsibility)\b", re.I)


def _first_on_denier_side(pick: Claim, allowed: list, doers: set, allies: set, before: int) -> Claim:
    """A denial of the denier's own role answers the first statement putting the act on the denier's side or a
    group it backs (rule 7). The linker weighs statements naming the denier but knows no allies: a choice
    putting the act on the denier gives way only to an earlier statement of its author putting it on an ally ("fired
    by factions of the Turkish-backed …" before "Turkish drones had flown over") or on the denier; a choice naming the denier only as
    a place or a target ("stabbed on the border with Belarus"), or not at all, gives way to anyone's first statement
    with the denier or an ally as the doer. A chosen accusation stands."""
    if pick.stance == "allege":
        return pick  # an accusation ("accused a faction of launching …") puts the act on the one it accuses
    told = [c for c in allowed if c.start < before]
    if id(pick) in doers or id(pick) in allies:
        # (the author's side: "The SPLA-IO said …" and then "Its spokesman said …")
        told = [c for c in told if (id(c) in allies or id(c) in doers) and c.start < pick.start and (_same_speaker(
            c.claimant, pick.claimant) or c.claimant.get("country") == pick.claimant.get("country") is not None)
            and not _other_side(c.claimant, pick.claimant)]
    else:
        told = [c for c in told if id(c) in doers or id(c) in allies]
    return told[0] if told else pick


def _own_forces_as_doer(doc: Doc, claim: Claim, denier: dict) -> bool:
    """Whether a claim puts the act on a state denier's own forces named by no country ("shot by soldiers of the
    army's rapid intervention unit"), told at home by a speaker not on its side: in a story of one country its
    army needs no country's name, and the denier's own unit is its side (rule 7)."""
    country = denier.get("country")
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand") if country and \
        _told_at_home_against(doc, claim, denier) else None
    if span is None:
        return False
    for t in span:
        if not (t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "pobj" and t.head.dep_ == "agent"):
            continue
        lo, hi = t.left_edge.idx, t.right_edge.idx + len(t.right_edge)
        # (a weapon or an act named as the doer, "hit by a drone strike", "the drone had been launched", is no
        # force of anyone's: where it came from may tell whose it was, `_act_from_own_post`)
        if any(m.sector == "MIL" and m.country in (None, country) and not _names_an_act(doc, m) and _side_of(
                {"sector": m.sector, "name": m.text}) == "state" for m in _mentions_from(doc, lo, hi)):
            return True
    return False


def _told_at_home_against(doc: Doc, claim: Claim, denier: dict) -> bool:
    """Whether a claim is told against a state denier in a story of its own country: by the other side's speaker,
    or by a speaker of no country where most of the places lie in it."""
    return _side_of(denier) == "state" and not _same_side(claim.claimant, denier) and (
        _other_side(claim.claimant, denier) or claim.claimant.get("country") is None
        and _places_country(doc) == denier.get("country"))


def _act_from_own_post(doc: Doc, claim: Claim, denier: dict) -> bool:
    """Whether a claim tells an act as coming from a post, base or vehicle of a state denier's forces ("the drone
    had been launched from the federal air base", "the shots came from a gendarmerie pickup"), told against it at
    home: where an act with no doer came from names whose act it was (rule 7), as "soldiers of the army's unit"
    does for `_own_forces_as_doer`. A post of another country ("from a Russian base") is not the denier's."""
    country = denier.get("country")
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand") if country and \
        _told_at_home_against(doc, claim, denier) else None
    facilities, force_words = _linking()["origin_facilities"], _linking()["state_force_words"]
    for t in span or ():
        verb = t.head
        if t.lower_ != "from" or t.dep_ != "prep" or verb.pos_ != "VERB":
            continue
        # (an act told with no doer, "had been launched from", or a thing that came from somewhere, "the shots came
        # from": a doer named as the subject of an active verb is the doer, whatever it set out from)
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        if not (passive or verb.lemma_.lower() in ("come", "fly")):
            continue
        place = next((c for c in t.children if c.dep_ == "pobj"), None)
        if place is None or place.lower_ not in facilities:
            continue
        lo, hi = doc[place.left_edge.i].idx, place.idx + len(place)
        words = " ".join(w.lower_ for w in doc[place.left_edge.i:place.i])
        named = any(w in force_words for w in words.split()) or "air force" in words or any(
            m.sector in ("MIL", "POL") and m.country in (None, country) and not _names_an_act(doc, m)
            and _side_of({"sector": m.sector, "name": m.text}) == "state" for m in _mentions_from(doc, lo, hi))
        if named and not _countries_in(doc, lo, hi, places=False) - {country}:
            return True
    return False


def _ally_as_doer(doc: Doc, claim: Claim, denier: dict) -> bool:
    """Whether a claim puts the act on a group allied with the denier's country: the doer is described as backed by
    it or fighting alongside its forces ("factions of the Turkish-backed Syrian National Army", "members of a
    militia that has fought alongside Eritrean troops"), or named elsewhere in the text as backed by it ("Rwanda,
    which UN experts have accused of backing the M23" makes "fired by M23 rebels" an act of Rwanda's side)."""
    country = denier.get("country")
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand") if country else None
    # (inside one country only the other side's statement can put the act on the state's allies: "the killers were
    # tribal fighters who had entered alongside General Security forces", told by the armed group)
    inside = claim.claimant.get("country") == country
    if span is None or inside and not _other_side(claim.claimant, denier):
        return False
    backed = _backed_groups(doc).get(country, frozenset()) if not inside else frozenset()
    for t in span:
        doer = t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "pobj" and t.head.dep_ == "agent" or \
            t.dep_ == "attr" and t.head.lemma_ == "be"
        if not doer:
            continue
        tree = list(t.subtree)
        if inside:
            if _backed_by_side(doc, tree, denier):
                return True
            continue
        if _backers(doc, tree) & {country}:
            return True
        if _group_names(tree) & backed:
            return True
    return False


def _backers(doc: Doc, tokens: list) -> set[str]:
    """The countries a phrase names as backing it: "Turkish-backed", "backed by Ankara", "alongside Eritrean troops"."""
    found: set[str] = set()
    for w in tokens:
        if w.lemma_.lower() not in _linking()["backing_words"] and w.lower_ not in _linking()["alongside_words"]:
            continue
        for x in w.children:
            # "backed by Ankara", "alongside Eritrean troops", "Turkish-backed", "which Ugandan troops have
            # backed", "Cairo's main ally"
            if x.dep_ in ("agent", "pobj", "npadvmod", "compound", "poss") or x.dep_ == "nsubj" and w.pos_ == "VERB":
                found |= _countries_in(doc, x.left_edge.idx, x.right_edge.idx + len(x.right_edge))
                found |= {c for y in x.subtree if (c := _demonym_country(y.text))}
    return found


def _backed_by_side(doc: Doc, tokens: list, denier: dict) -> bool:
    """Whether a phrase names a body of the denier's side, of its country or of none, as backing it or fighting
    alongside it ("alongside General Security forces", "backed by the army")."""
    side = _side_of(denier)
    for w in tokens:
        if side is None or (w.lemma_.lower() not in _linking()["backing_words"]
                            and w.lower_ not in _linking()["alongside_words"]):
            continue
        for x in w.children:
            if x.dep_ in ("agent", "pobj", "npadvmod", "compound", "poss") or x.dep_ == "nsubj" and w.pos_ == "VERB":
                if any(m.country in (None, denier.get("country")) and _side_of({"sector": m.sector, "name": m.text})
                       == side for m in _mentions_from(doc, x.left_edge.idx, x.right_edge.idx + len(x.right_edge))):
                    return True
    return False


def _group_names(tokens) -> set[str]:
    """The proper-noun and numbered words of a group's name ("M23", "Wagner"), not those naming a country."""
    return {w.lower_ for w in tokens if (w.pos_ == "PROPN" or any(ch.isdigit() for ch in w.text))
            and not _demonym_country(w.text)}


def _backed_groups(doc: Doc) -> dict[str, frozenset[str]]:
    """country → the names of groups a sentence of the text says that country backs ("Rwanda, which UN experts have
    accused of backing the M23"), read once per document."""
    cached = doc.user_data.get("sitrep.backed_groups")
    if cached is not None:
        return cached
    found: dict[str, set[str]] = {}
    for sent in doc.sents:
        verbs = [w for w in sent if w.pos_ == "VERB" and w.lemma_.lower() in _linking()["backing_words"]]
        if not verbs:
            continue
        states = {m.country for m in _mentions_from(doc, sent.start_char, sent.end_char)
                  if m.country and not m.inferred and m.sector in ("STATE", "GOV", "MIL")}
        for v in verbs:
            names = _group_names(w for x in v.children if x.dep_ in ("dobj", "nsubjpass") for w in x.subtree)
            for c in states:
                found.setdefault(c, set()).update(names)
    result = {c: frozenset(v) for c, v in found.items()}
    doc.user_data["sitrep.backed_groups"] = result
    return result


def _first_of_author(pick: Claim, cands: list, before: int, tells) -> Claim:
    """Of the chosen author's statements told before the denial, the first that `tells` holds of; else the choice."""
    return next((c for c in cands if c is not None and c.start < before and _may_be_author(c.claimant, pick.claimant)
                 and not _other_side(c.claimant, pick.claimant) and tells(c)), pick)


def _may_be_author(a: dict, b: dict) -> bool:
    """One voice, or a speaker of no country named again in other words, or told by no name at all after a speaker
    of no country ("The report … said", "It said" after "the rights group Open Fields said")."""
    if _same_speaker(a, b) or _one_author_named_again(a, b):
        return True
    return a.get("country") is None and b.get("country") is None and a.get("name") is None


def _countries_in(doc: Doc, start: int, end: int, places: bool = True, side: str | None = None) -> set[str]:
    """The countries of the actors and places a span of text names ("Caracas", "the Venezuelan bank"); with `side`,
    only actors not known to be on another side of their country ("the fighters" are not the army's)."""
    found = {m.country for m in _mentions_from(doc, start, end)
             if m.country and not m.inferred  # named, not the story's
             and (side is None or _side_of({"sector": m.sector, "name": m.text}) in (None, side))}
    if not places:
        return found
    ordered, offsets = _by_offset(doc, "places", getattr(doc._, "places", None) or [], lambda p: p.start)
    return found | {iso3(p.country) for p in ordered[bisect_left(offsets, start):bisect_left(offsets, end)]
                    if p.country}


def _names_as_doer(doc: Doc, claim: Claim, denier: dict) -> bool:
    """Whether a claim tells the denier as the one who acted: its subject or its "by"/"on behalf of" phrase names
    the denier's country ("Chinese troops tried to cross", "gunmen backed by Belgrade", "on behalf of Russian
    intelligence"), or, in a dispute inside one country, the denier's side against the claimant's ("the rebels said
    army helicopters bombed a school", told by the army's foe: the army's own side is the doer)."""
    country = denier.get("country")
    if not country:
        return False
    # (the linker asks it of every claim for every denial: once per claim span, claimant and denier)
    key = (claim.start, claim.end) + tuple(x.get(k) for x in (claim.claimant, denier)
                                           for k in ("country", "sector", "name", "speaks_for"))
    memo = doc.user_data.setdefault("sitrep.names_as_doer", {})
    try:
        found = memo.get(key)
    except TypeError:  # a value that cannot be a key
        return _names_as_doer_in(doc, claim, denier, country)
    if found is None:
        found = memo[key] = _names_as_doer_in(doc, claim, denier, country)
    return found


def _names_as_doer_in(doc: Doc, claim: Claim, denier: dict, country: str) -> bool:
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None:
        return False
    inside = claim.claimant.get("country") == country
    if inside and not _other_side(claim.claimant, denier):
        return False
    for t in span:
        # (each of joined doers: "Central African soldiers and Russian instructors killed …")
        first = t.head if t.dep_ == "conj" else t
        doer = first.dep_ in ("nsubj", "nsubjpass") or first.dep_ == "pobj" and first.head.lower_ in ("by", "of") \
            and (first.head.lower_ == "by" or first.head.head.lower_ == "behalf")
        if not doer:
            continue
        lo, hi = _doer_extent(doc, t)
        if not inside and country in _countries_in(doc, lo, hi):
            return True
        # the story's own country is the doer's even when not named ("army helicopters", "government troops")
        if inside and any(m.country == country and _side_of({"sector": m.sector, "name": m.text}) == _side_of(denier)
                          for m in _mentions_from(doc, lo, hi)):
            return True
    return False


def _doer_extent(doc: Doc, head) -> tuple[int, int]:
    """The characters naming a doer: its words up to its head ("Chinese troops", not "troops of the unit that …"),
    and past it when it is named by what it wore ("men in the uniform of a Belarusian police unit")."""
    lo, hi = doc[head.left_edge.i].idx, head.idx + len(head)
    if any(w.lemma_.lower() in _linking()["guise_words"] or w.lower_ in _linking()["guise_words"]
           for w in head.subtree if w.i > head.i):
        hi = head.right_edge.idx + len(head.right_edge)
    return lo, hi


def _sided(claims: list[Claim], who: dict) -> dict:
    """A speaker whose words give no side ("the Renewal Party"), as named where they do ("Chad's opposition
    Renewal Party")."""
    if _side_of(who) is not None:
        return who
    return next((c.claimant for c in claims if _side_of(c.claimant) is not None and _same_side(c.claimant, who)), who)


def _followup_text(doc: Doc, end: int) -> str:
    """The rest of a denial's sentence after it and the sentence that follows."""
    # (the first sentence holding `end`: the first ending at or after it, if it starts by then)
    starts, ends = _sentence_bounds(doc)
    k = bisect_left(ends, end)
    if k < len(ends) and starts[k] <= end:
        stop = ends[k + 1] if k + 1 < len(ends) else ends[k]
        return _dc.text(doc)[end:stop]
    return ""


def _named_so(author: dict, claimant: dict) -> bool:
    """The author a denial names is the claim's speaker by a word of its name, or by its initials or contraction
    ("the CENTCOM statement" of "the US military's Central Command")."""
    a, b = author.get("name") or "", claimant.get("name") or ""
    return bool(_stems_of(_unpossess(a)) & _stems_of(_unpossess(b))) or _initials_of(a, b) or _initials_of(b, a)


def _lead_end(doc: Doc) -> int:
    """Where the lead ends: the first sentence of the body, past the dateline ("NAKURU —" is a sentence of its own)
    and past a headline above the dateline ("Army denies raid\n\nGOMA, May 3 (Reuters) - …")."""
    _, dateline_end = _dc.dateline(doc)
    return next((s.end_char for s in doc.sents if s.end_char > dateline_end + 1), 0)


def _learned_choice(doc, claims, att, denier, start, end, cs, ce, author, inner, events, created, ruled, path):
    """The claim a fitted linker picks among the earlier claims and "new" (None), when a model ships; else the
    rules' pick. With `linker.RECORDER` set, the candidates and the rules' pick are recorded for fitting."""
    recorder = _linker.RECORDER.get()
    w = _linker.weights()
    if recorder is None and (w is None or path in _linker.RULED_PATHS):
        return ruled  # (the rules' pick stands: nothing to score or record)
    text = _dc.text(doc)
    content = text[cs:ce]
    words, stems = _words_of(content), _stems_of(content)
    if _names_author_only(content, author):
        words, stems = set(), set()  # "the Tajik account": the author's name is no word of the claim
    earlier = [c for c in claims if c.start < start]
    accusing = _accusing_claim(doc, claims, denier, start, events)
    anaphoric = _is_anaphoric(content) or _points_back(content) or not words and _names_author_only(
        content, author) or _sentence_points_back(doc, cs, ce)
    latest_other = _antecedent_claim(claims, denier, start) if anaphoric else None
    by_type = {e.id: (e.acled or {}).get("event_type") for e in events}
    denied_event = _event_in(events, cs, ce)
    denied_places = {p.get("name") for p in _places_in(doc, cs, ce)}
    lead_end = _lead_end(doc)
    # "rejected the group's figures", "denied that 50 soldiers died": a denial about numbers answers a claim of one
    about_figures = _FIGURE.search(content) is not None or _figure_topic_search().search(content) is not None
    # what the denier goes on to say ("He dismissed the figures, saying fewer than 200 people had been held"): its
    # counter-version shares words with the claim it answers
    after_text = _followup_text(doc, end)
    after = _stems_of(after_text)
    # the kinds of act the denial and the denier's next words tell ("no migrant was mistreated" meets "beaten")
    acts, after_acts = _act_kinds(content), _act_kinds(after_text)
    # "rejected the ministry's denial": a denial that names a denial answers a denying statement
    of_denial = re.search(r"\b(?:denial|denials|rebuttal|rejection)\b", content, re.I) is not None
    feats, cands = [], []
    sided = [c for c in claims if _side_of(c.claimant) is not None]
    has_side = {id(c) for c in sided}
    # (each claim is read against the earlier ones: where a claim stands among them, and the earlier claims by
    # each speaker's name, are listed once, so no claim reads them all)
    at: dict = {}
    for i, x in enumerate(earlier):
        at.setdefault((x.start, x.end), []).append(i)
    by_name: dict = {}
    for x in earlier:
        by_name.setdefault(x.claimant.get("name"), []).append(x)
    # (`_same_side` holds only within a country: the sided claims by country, and each speaker's side found once)
    sided_in: dict = {}
    for x in sided:
        sided_in.setdefault(x.claimant.get("country"), []).append(x)
    side_by_key: dict = {}
    for c in claims:
        country = c.claimant.get("country")
        # (`_sided(claims, c.claimant)`, each claim's side read once)
        if id(c) in has_side:
            side = c.claimant
        else:
            key = tuple(c.claimant.get(k) for k in ("country", "sector", "name", "speaks_for"))
            try:
                side = side_by_key.get(key)
            except TypeError:  # a value that cannot be a key
                key, side = None, None
            if side is None:
                side = next((x.claimant for x in sided_in.get(country, ()) if _same_side(x.claimant, c.claimant)),
                            c.claimant)
                if key is not None:
                    side_by_key[key] = side
        # the first and the latest earlier claim by the claim's speaker (its name, one voice)
        theirs = by_name.get(c.claimant.get("name"), ())
        first_theirs = next((x for x in theirs if _same_speaker(x.claimant, c.claimant)), None)
        last_theirs = next((x for x in reversed(theirs) if _same_speaker(x.claimant, c.claimant)), None)
        # the author named again ("Sudan's foreign ministry" … "the ministry"): "the accusation" points at its first
        run = next((x for x in earlier if _same_author(x.claimant, c.claimant)), None) if anaphoric else None
        shared = len(words & _words_of(c.text))
        common = len(stems & _stems_of(c.text))
        claim_acts = _act_kinds(c.text)
        gap = _sentence_gap(doc, c.end, start) if c.end <= start else _sentence_gap(doc, end, c.start)
        # (`earlier.index(c)`: a claim equal to it has its span)
        pos = next((i for i in at.get((c.start, c.end), ()) if earlier[i] is c or earlier[i] == c), None)
        rank = len(earlier) - pos if pos is not None else 9
        f = {"claim_bias": 1.0, "shared_words": min(shared, 6) / 6, "shared_stems_1": float(common >= 1),
             "shared_stems_2": float(common >= 2), "gap_0": float(gap == 0), "gap_1": float(gap == 1),
             "gap_2": float(gap == 2), "gap_far": float(gap > 2), "latest": float(rank == 1),
             "recency_2": float(rank == 2), "recency_far": float(rank > 2),
             "same_country": float(country is not None and country == denier.get("country")),
             "other_side": float(_other_side(side, denier)), "same_side": float(_same_side(side, denier)),
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
             "first_of_author": float(first_theirs is c),
             "latest_of_author": float(last_theirs is c),
             "quoted": float(c.text[:1] in "\"'\u201c\u2018"),
             "same_event": float(c.event is not None and c.event == denied_event),
             "same_event_type": float(c.event is not None and denied_event is not None
                                      and by_type.get(c.event) == by_type.get(denied_event)),
             "shared_place": float(bool(denied_places & {p.get("name") for p in c.locations})),
             "pointing_first_of_author": float(anaphoric and run is c),
             "paragraph_gap": float(_paragraph_break_between(doc, min(c.end, start), max(c.end, start))),
             "lead_sentence": float(c.start < lead_end),
             "own_sentence": float(gap == 0 and c.end <= start),
             # a claim from abroad naming the denier's country (inside one country every place names it; from a
             # speaker of no country, which may be at home, only an actor of the denier's country counts)
             "mentions_denier": float(denier.get("country") not in (None, country)
                                      and denier.get("country") in _countries_in(
                                          doc, c.start, c.end, places=country is not None,
                                          side=None if country is not None else _side_of(denier))),
             "stem_overlap": common / max(1, len(stems)),
             "figure_match": float(about_figures and _FIGURE.search(c.text) is not None),
             "responsibility": float(c.text.lower().startswith("responsibility")),
             "denier_as_doer": float(_names_as_doer(doc, c, denier)),
             "followup_stems": min(len(after - stems & _stems_of(c.text)), 3) / 3 if c.end <= end else 0.0,
             # (the share of the denial's kinds of act the claim tells: "a death in custody" is a killing and a
             # detention, "41 arrested" only a detention)
             "act_match": len(acts & claim_acts) / len(acts) if acts else 0.0,
             "act_clash": float(bool(acts) and bool(claim_acts) and not acts & claim_acts),
             "followup_act_match": float(c.end <= end and bool(after_acts - acts & claim_acts)),
             "denial_of_denial": float(of_denial and c.stance == "deny"),
             # "dismissed the Tigrayan official's statement": the claimant the denial describes
             "author_named_so": float(author is not None and _named_so(author, c.claimant))}
        feats.append(f)
        cands.append(c)
    # the first of an author's earlier statements that puts the act on the denier's side ("denied any involvement"
    # answers "the cache belonged to a group run from Belgrade", not the lead telling the seizure)
    seen: list[dict] = []
    for c, f in zip(cands, feats):
        if c.start < start and (f["mentions_denier"] or f["denier_as_doer"]) and not any(
                _same_speaker(x, c.claimant) and x.get("name") == c.claimant.get("name") for x in seen):
            f["first_naming_denier"] = 1.0
            seen.append(c.claimant)
    rows = [_linker.vector(f) for f in feats]
    max_shared = max((len(words & _words_of(c.text)) for c in claims), default=0)
    new = {"new_bias": 1.0, "new_inner": float(inner), "new_author": float(author is not None),
           "new_anaphoric": float(anaphoric), "new_claim_noun": float(_claim_noun(doc, start, cs) is not None),
           "new_denied_by_cue": float(_denied_by_cue(att)),
           # no claim by anyone else (speakers of no country count by name: "Witnesses said A. The army denied B")
           "new_no_other_claims": float(not any(not _same_speaker(c.claimant, denier)
                                                or _other_side(c.claimant, denier) for c in claims)),
           "new_max_shared_0": float(max_shared == 0), "new_long_content": float(len(words) >= 4)}
    rows.append(_linker.vector(new))
    cands.append(None)
    # the candidates the model may choose among:
    # a speaker never denies its own statement ("the general staff said A. The general staff dismissed B")
    # nor, naming another country's author ("dismissed the ministry's account"), a claim of its own state's
    foreign = author is not None and author.get("country") not in (None, denier.get("country"))
    reread: dict = {}  # (what `_restates_denial_of` reads of every claim, once for this denial)
    # nor a claim its voice already denied before another side spoke, which this denial would only restate
    # nor a report that relays its own side's statement ("the state agency reported: the army said it had
    # repelled ..." is the army's account, whoever relays it)
    relayed = {id(c) for c in cands if c is not None and any(
        x is not c and (_same_side(x.claimant, denier) or _one_force(x.claimant, denier))
        and c.start <= x.start and x.end <= c.end for x in claims)}
    # nor, naming another speaker ("denied A and called the adviser's remarks baseless"), the claim its voice
    # denied earlier in this sentence: the named speaker's statement is a second one
    named = {id(c) for c, f in zip(cands, feats) if f["author_named_so"]}  # (the feature read above)
    denied_here = {id(c) for c in cands if c is not None and named and id(c) not in named and any(
        r["stance"] == "deny" and _one_voice(r["by"], denier) and _sentence_gap(doc, r["start"], start) == 0
        for r in c.responses)}
    allowed = [i for i, c in enumerate(cands) if c is None or not _same_side(c.claimant, denier)
               and id(c) not in relayed and id(c) not in denied_here
               and not _one_force(c.claimant, denier) and not (
        foreign and c.claimant.get("country") == denier.get("country") and not _other_side(c.claimant, denier))
        and not _restates_denial_of(doc, claims, c, denier, start, cs, ce, across_only=True, memo=reread)]

    def corrected(pick):
        return _corrected_pick(doc, pick, cands, allowed, feats, content, text, denier, start, end, cs, ce, ruled,
                               path, inner, author, words, stems)
    if recorder is not None:
        # (what the model may choose among, and where the corrections below take each of those choices, so
        # bench/linker.py fits and scores the model on the choice it makes at run time)
        recorder.append({"denier": denier.get("country"), "start": start, "end": end,
                         "spans": [(c.start, c.end, c.claimant.get("country")) for c in cands[:-1]] +
                                  [(cs, ce, (author or {}).get("country"))],
                         "rows": [r.tolist() for r in rows], "ruled": cands.index(ruled) if ruled in cands else -1,
                         "path": path, "allowed": allowed,
                         "corrected": [_index_of(cands, corrected(cands[i])) for i in allowed]})
    if w is None or path in _linker.RULED_PATHS:
        return ruled
    chosen = allowed[_linker.choose([rows[i] for i in allowed], w)]
    if recorder is not None:
        recorder[-1]["model"] = chosen  # (before the named-rule corrections below: bench/link_losses.py)
    return corrected(cands[chosen])


def _index_of(cands: list, pick) -> int:
    """A pick's place among a decision's candidates ("new" is the last; -1: none of them)."""
    return next((i for i, c in enumerate(cands) if c is pick), -1)


def _corrected_pick(doc, pick, cands, allowed, feats, content, text, denier, start, end, cs, ce, ruled, path, inner,
                    author, words, stems):
    """The learned linker's pick after the named-rule corrections (the first of the accused author's statements
    for "the accusation", the statement giving a figure for "the toll", the one of the kind or act the denial
    names, the first on the denier's side for a denial of its own role)."""
    if pick is not None and _ACCUSATION_NOUN.match(content.strip()):
        pick = _the_accusation(pick, [cands[i] for i in allowed if cands[i] is not None], denier, start)
        pick = _accusation_after_event(doc, pick, [cands[i] for i in allowed if cands[i] is not None], denier,
                                       start)
    elif pick is not None and _CLAIM_NOUN_ONLY.match(content.strip()):
        pick = _accusation_after_event(doc, pick, [cands[i] for i in allowed if cands[i] is not None], denier,
                                       start)
    if pick is not None and _figure_noun().match(content.strip()):
        # "dismissed the toll": of the chosen author's statements, the first that gives a figure (rule 2) — of the
        # dead or wounded for a toll ("three villages" is no toll)
        toll = re.search(r"\b(?:toll|tolls|death|casualty)\b", content, re.I) is not None

        def counts(c: Claim) -> bool:
            return _COUNTED.search(c.text) is not None and (
                not toll or bool({"killing", "wounding"} & _act_kinds(c.text)))
        if not counts(pick):
            pick = _first_of_author(pick, cands, start, counts)
    if pick is not None:
        # (the noun's object may be all the claim span holds: "the claim about a missing teenager" → "a missing
        # teenager")
        named = content if _KIND_NOUN.match(content.strip()) else text[start:end]
        # (of the others, none of the denier's voice: "said every defendant had been questioned lawfully, and it
        # dismissed the minister's account of his questioning")
        others = [cands[i] for i in allowed if cands[i] is not None and not _one_voice(cands[i].claimant, denier)
                  and _sentence_gap(doc, cands[i].end, start) > 0]
        pick = _of_named_kind(pick, cands, named, start, others)
    if pick is not None:
        pick = _of_denied_act(doc, pick, cands, [cands[i] for i in allowed if cands[i] is not None], cs, ce,
                              start)
    if pick is not None and _OWN_ROLE_DENIAL.search(content):
        doers = {id(c) for c, f in zip(cands, feats) if f["denier_as_doer"] or c is not None and
                 (_own_forces_as_doer(doc, c, denier) or _act_from_own_post(doc, c, denier))}
        allies = {id(c) for c in cands if c is not None and _ally_as_doer(doc, c, denier)}
        pick = _first_on_denier_side(pick, [cands[i] for i in allowed if cands[i] is not None], doers, allies,
                                     start)
    if pick is not None and ruled is not None and pick is not ruled and path == "shared_words" and any(
            r["stance"] == "deny" and _same_speaker(r["by"], denier) for r in pick.responses):
        # "It rejected the claim about the three posts": a speaker's second denial, sharing its words with
        # another claim, answers that one rather than the claim it already denied
        return ruled
    if pick is not None and inner and author is not None and len(words) >= 3 and not stems & _stems_of(pick.text):
        # "denied an army claim, made last week, that the BRN had recruited teenagers": a claim told in full inside
        # the denial, sharing no word with the author's earlier statements, is one of its own
        return None
    return pick
