"""Attribution records, the shared word lists and patterns, and the document view (`_Doc`: text, tokens,
quotations) with the token-span helpers every attribution rule uses."""
from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable

from spacy.tokens import Doc, Token

from .. import doccache as _dc
from .attribution_lexicon import Lexicon
from .quotes import Quote, doc_quotes, top_level


# "non_response": a negated or refused answer ("did not respond to …", "declined to comment"); an attribution
# in PolNeAR's sense but no statement of anything, so claims and event sources must skip it
KINDS = ("direct", "indirect", "according_to", "evidential", "passive", "non_response")
SUBJ = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
QUOTE_CHARS = set("“”\"'‘’«»„‟‹›‚")
DASHES = {"―", "—", "–", "--"}
CLAUSE_DEPS = {"ccomp"}
INVERTED_HEAD_DEPS = {"ccomp", "parataxis", "advcl", "conj", "dep"}
ADV_NOT_CUE = {"when", "where", "why", "how", "as", "so", "however", "thus", "therefore"}
TAIL_DEPS = {"relcl", "appos"}
WEEKDAYS = {d.lower() for d in calendar.day_name}
CONCESSIVE = {"though", "although", "whereas"}
CONNECTIVES = {"but", "and", "yet"}  # sentence-initial, cut from a content before its cue  # ", though she noted …": a concession set off after the content
# a paragraph break, or a line that ends a headline, timestamp or sentence (not a hard-wrapped line)
# a live-blog timestamp or an all-capitals dateline opening a line: "17:05 GMT - ", "9.30am - ", "MOGADISHU - "
LINE_PREFIX = re.compile(r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5}\b)?|[A-Z][A-Z'.]{2,}(?:[ \t]+[A-Z][A-Z'.]{2,}){0,3})"
                         r"[ \t]*(?:-|–|—|―|--)[ \t]+")
LINE_BREAK = re.compile(r"\n[ \t]*\n|[.:!?)][ \t]*\n")
WORD = re.compile(r"\w+")
# sentence-opening discourse adverbials cut from a content before its cue (see strip_connective)
DISCOURSE_OPENER = re.compile(r"as for [^,.;:\n]{1,40},\s*|(?:however|moreover|meanwhile|instead|indeed|nonetheless|"
                              r"nevertheless|furthermore|in addition|in fact|of course|at the same time|on the other hand|"
                              r"after all|as it stands|similarly|likewise|besides|thus|therefore|hence)(?:,\s*|\s+)",
                              re.I)
EDITORS_NOTE = re.compile(r"[ \t\"“(\[*_]*editor['’]?s['’]? note\b", re.I)
EDITORS_NOTE_ANYWHERE = re.compile(r"editor['’]?s['’]? note\b", re.I)
# prepositions that introduce the content of a light-verb cue ("raised questions about …", "voiced support for …")
LIGHT_PREPS = {"about", "over", "of", "regarding", "for"}
THAT_BEFORE = re.compile(r"\bthat\s*,?\s*$", re.I)  # "tweeted that, “…”"
SENT_END = re.compile(r"[.!?;:][\"”’')\]]*\s+")  # a sentence end before a quote's lead-in
COPULAS = {"be", "seem", "remain", "become", "appear", "sound", "look", "grow", "feel", "stay"}
OBJ_TAIL_PREPS = {"as", "for", "about", "of", "against", "over", "with"}
EMBEDDED_DEPS = {"ccomp", "xcomp", "acl", "relcl", "pcomp"}
# subordinators of time and cause: a "complement" clause they open is an adverbial the parser misplaced ("denied any
# role, a day after the ministry blamed the group"), no content of the verb and free to be a statement of its own
ADVERBIAL_MARKS = {"after", "before", "since", "until", "till", "while", "when", "whenever", "because", "once",
                   "unless"}
INHERIT_SUBJ_DEPS = {"xcomp", "conj", "advcl", "pcomp"}
# verbs whose infinitive complement shares their subject even after an object ("promised X to …")
PERSON_PRONOUNS = {"he", "she", "him", "her"}
SUBJECT_CONTROL = {"promise", "vow", "pledge", "threaten", "offer"}
# verbs of obligation and permission: "the law requires candidates to disclose …", "an order allows reporters to …":
# the infinitive after their object is a duty or a licence, not something the object says or thinks (unlike
# "forced X to admit …", "led X to fear …")
DEONTIC_HEADS = {"require", "oblige", "obligate", "allow", "permit", "enable", "entitle", "authorize", "authorise",
                 "empower"}
# documents that carry a charge of their own: "a statement accusing the army of …", "a letter blaming …" (a participle
# of an evaluation verb on one of these is an attribution, as "a statement saying …" is)
STATEMENT_NOUNS = {"statement", "communique", "communiqué", "letter", "report", "video", "post", "message", "release",
                   "declaration", "resolution", "complaint", "petition", "lawsuit", "motion", "tweet", "note", "memo",
                   "bulletin", "notice", "speech", "address", "broadcast", "recording", "clip"}
# verbs that put a statement out: "it issued a statement saying …" is its subject's statement
ISSUING_VERBS = {"issue", "release", "publish", "post", "send", "circulate", "distribute", "read", "deliver",
                 "put", "file", "submit", "share", "broadcast", "air", "sign", "write", "pen", "tweet", "upload"}
# occasions of speaking: "the governor said at a briefing announcing that …": a participle after one of these
# is the speaker's, not the occasion's
SPEECH_EVENTS = {"conference", "briefing", "meeting", "speech", "interview", "hearing", "rally", "appearance",
                 "session", "ceremony", "summit", "forum", "address", "event", "debate", "call"}
Span2 = tuple[int, int]


@dataclass
class Attribution:
    cue: Span2
    cue_lemma: str
    source: Span2 | None = None
    source_resolved: Span2 | None = None
    content: list[Span2] = field(default_factory=list)
    kind: str = "indirect"
    via: list[Span2] = field(default_factory=list)
    # a report inside another attribution's content ("The agency reported that the ministry said …": the ministry's
    # report). Kept: it names the original source of a chain. PolNeAR annotates only the outer report.
    embedded: bool = False
    # a content opened by a relative word the cue's clause moved before it ("a camp, which they said soldiers had
    # surrounded": content "which" + "soldiers had surrounded", as PolNeAR marks it): the noun phrase the relative
    # word stands for ("a camp"). A statement's text starts after the relative word and can name this phrase.
    antecedent: Span2 | None = None

    def texts(self, text: str) -> dict[str, Any]:
        """The attribution's spans as strings (for display, tests and debugging)."""
        def s(sp: Span2 | None) -> str | None:
            return None if sp is None else text[sp[0]:sp[1]]
        return {"cue": s(self.cue), "cue_lemma": self.cue_lemma, "source": s(self.source),
                "source_resolved": s(self.source_resolved), "content": [s(c) for c in self.content],
                "kind": self.kind, "via": [s(v) for v in self.via], "antecedent": s(self.antecedent)}

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# --------------------------------------------------------------------------------------------- helpers

class _Doc:
    """A parsed doc plus the indexes the rules share."""

    def __init__(self, doc: Doc, lex: Lexicon):
        self.doc = doc
        self.text = _dc.text(doc)
        self.lex = lex
        self.all_quotes = doc_quotes(doc)
        self.quotes = top_level(self.all_quotes)
        self.quote_starts = [q.start for q in self.quotes]
        n = len(self.text)
        c2t = [-1] * n
        for t in doc:
            for k in range(t.idx, min(t.idx + len(t.text), n)):
                c2t[k] = t.i
        self.c2t = c2t
        para = []
        k = 0
        last = 0
        for t in doc:
            k += self.text.count("\n", last, t.idx)
            last = t.idx
            para.append(k)
        self.para = para

    def tok_at(self, char: int) -> int:
        """Token index covering `char`, or the next token after it."""
        n = len(self.c2t)
        while 0 <= char < n:
            if self.c2t[char] >= 0:
                return self.c2t[char]
            char += 1
        return len(self.doc) - 1

    def tok_before(self, char: int) -> int:
        """Token index covering `char`, or the last token before it."""
        char = min(char, len(self.c2t) - 1)
        while char >= 0:
            if self.c2t[char] >= 0:
                return self.c2t[char]
            char -= 1
        return 0

    def chars(self, i: int, j: int) -> Span2:
        """Char span of tokens [i, j)."""
        d = self.doc
        return (d[i].idx, d[j - 1].idx + len(d[j - 1].text))

    def in_quote(self, char: int) -> bool:
        """Inside a top-level quotation of a few words or more (not a scare-quoted word)."""
        k = bisect.bisect_right(self.quote_starts, char) - 1
        if k < 0:
            return False
        q = self.quotes[k]
        return q.start < char < q.end and q.end - q.start > 30

    def quote_at(self, char: int) -> Quote | None:
        for q in self.quotes:
            if q.start <= char < q.end:
                return q
        return None


def _is_quote_tok(t: Token) -> bool:
    return bool(t.text) and all(c in QUOTE_CHARS for c in t.text)


def _strip_edge(t: Token) -> bool:
    """Tokens trimmed from the edges of a content or source span."""
    if t.is_space:
        return True
    if _is_quote_tok(t):
        return False
    return t.is_punct or t.text in DASHES


def _runs(tokens: Iterable[int]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for i in sorted(set(tokens)):
        if out and i == out[-1][1]:
            out[-1][1] = i + 1
        else:
            out.append([i, i + 1])
    return [(a, b) for a, b in out]


def _trim(d: _Doc, a: int, b: int, keep_quotes: bool = True) -> tuple[int, int] | None:
    doc = d.doc
    while a < b and _strip_edge(doc[a]):
        a += 1
    while b > a and _strip_edge(doc[b - 1]):
        b -= 1
    if a >= b:
        return None
    if b - a > 1 and doc[b - 1].dep_ == "cc" and doc[b - 1].lower_ in ("and", "or", "but", "nor"):
        # "… his scientific training, and": a conjunction whose second conjunct was cut off does not end a span
        return _trim(d, a, b - 1, keep_quotes)
    # a lone quote mark at one edge whose partner is outside the span: drop it
    if _is_quote_tok(doc[a]) and not any(_is_quote_tok(doc[k]) for k in range(a + 1, b)):
        return _trim(d, a + 1, b)
    if _is_quote_tok(doc[b - 1]) and not any(_is_quote_tok(doc[k]) for k in range(a, b - 1)):
        return _trim(d, a, b - 1)
    return (a, b)


def _spans(d: _Doc, tokens: Iterable[int]) -> list[Span2]:
    out = []
    for a, b in _runs(tokens):
        tr = _trim(d, a, b)
        if tr and any(not _strip_edge(d.doc[k]) and not _is_quote_tok(d.doc[k]) for k in range(*tr)):
            out.append(d.chars(*tr))
    return out


def _subtree(t: Token) -> set[int]:
    return {x.i for x in t.subtree}
