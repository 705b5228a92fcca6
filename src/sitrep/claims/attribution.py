"""Attribution: who said (believes, intends, reported) what, and through whom.

`import sitrep.claims.attribution` registers the spaCy factory ``"sitrep_attribution"``. Put it after the
parser and the NER; it sets ``Doc._.attributions``: a list of `Attribution`, sorted by cue start.
`extract(doc)` does the same work on any parsed `Doc` without the pipeline.

What is recognised (rules over the dependency parse, the cue lexicon in `sitrep/data/cues/`, and the
quote finder in `sitrep.claims.quotes`):
- direct quotes attached to a reporting verb before or after them ("“…,” he said", "She said: “…”"),
  including quotes over several sentences or paragraphs and a quote continued after the reporting clause;
- indirect reported speech with a clausal, infinitive, object or prepositional complement
  ("stressed that …", "vowed to …", "denied reports of …", "called for …");
- parenthetical reporting clauses after their content ("…, he added.", "…, the ministry reported.");
- "according to X" and similar phrases, and a preposition whose object is a poll, study or estimate
  ("In the latest poll, …", "…, by one estimate": `data/cues/prep_sources.tsv`);
- a reporting clause closing its paragraph with a colon ("The governor added:"): the next paragraph is the
  content, a block quotation with or without quote marks;
- a present-tense reporting verb tagged as a plural noun heading its sentence ("The campaign plans to …",
  "Federal court rules against …"): the noun phrase before it is the source;
- chains: "X reports, citing Y", "X reports via Y", "X said, quoting Y" put Y in `via`;
- passives without a source ("It was highlighted that …");
- evidentials ("reportedly", "allegedly", "the alleged …", "seems to …");
- headline and transcript attributions ("Pence: …", "WALLACE: …") and "“…” ― Name" captions;
- cue nouns ("Trump's claim that …", "X is a staunch opponent of …"), stance adjectives after a copula
  ("has been critical of …", "was confident that …") and light verbs ("raised questions about …");
- "as X put it" and similar set phrases (`phrases.tsv`, kind as_clause);
- an evidential verb governing a cue verb ("seemed to think", "appeared to blame"): one cue, its subject the source;
- agentless passives of naming and belief verbs ("was dubbed the winner", "is not thought to be capable of …");
- agentless passives of evaluation verbs ("has been criticized for …") and participles of speech or
  evidence verbs after a noun ("a poll showing …": the noun is the source);
- passives with an agent ("the claim was first reported by X": X the source, the subject the content),
  "as"-clauses ("…, as the ministry noted, …"), and reporting verbs in title-case headlines
  ("Russia Says It Downed …") that the parser read as names.
Span conventions follow PolNeAR where it is consistent: content keeps a leading "that" (also before a quote),
the lead-in of a quote that completes a sentence ("The summit accomplished “too little,” he said"), the
object of an object-control cue ("called on X to …") and the target with its charge ("accused X of Y"); a
transcript turn keeps its full stop; an aspectual or refusal verb joins the cue it governs ("refused to
disclose"); a source leaves out a date ("doctors in 2015") and a participial aside ("X, speaking to …,").
A negated or refused answer ("did not respond to a request for comment", "declined to comment") keeps
PolNeAR's attribution but gets kind "non_response": it states nothing, so claims and event sources skip it.
Content stops before a trailing aside (", who …", ", saying …", ", but …"); a subject the parser took
from a headline or timestamp line is not a source; a verb the parser hung on such a line takes the noun phrase
opening its own line; a sentence-final "…, a local militia said." whose noun phrase the parser joined to the
content keeps it as source; a cue verb after ", and" (or after a passive about a thing) that the parser joined
to the reported clause ("said 16 people were killed, and condemned …") shares the reporting verb's subject.
A pro-form is the content of a clausal cue ("hinted as much", "does not believe so", "has denied this"); "attack"
is a cue between persons, or with a charge after its object ("attacked the council as a rubber stamp"); a headline
whose text after a colon is one quotation quotes the person named before it ("A farewell from Ana Ruiz: ‘…’");
"According to X, …" keeps its clause when the parser hung it on X.
Session 9: a quoted clause after its cue keeps the words after the closing mark that continue it ("said that “the
council will defend itself” against …"); "X scolded him: “A,” she said. “B.”" gives A to the first cue and B to
the second; a quote continues a parenthetical reporting clause and a "but" after it, never into another cue's
content ("“A,” he said, adding that “B”"); a post-verbal source keeps a describing "who" clause ("said Ana Ruiz, who
heads …"); a cue noun takes a name before it as source and a that-clause the parser hung on it as a relative
clause ("a Chicago Tribune report that …"), and a bare one after "with"/"in" its verb's subject ("left with hopes of
…"); a speech participle the parser hung inside a reported clause ("said he did not believe …, arguing that …") has
the reporting verb's subject; "made it clear he had …" takes the clause the parser read as adverbial; a cue verb's
infinitive after a causative's object ("led the journalist to fear …") is the object's.
Pronoun and definite-description sources are linked to a named antecedent by `sitrep.claims.coref`.
Parser slips handled: a finite verb left without a subject right after a noun the parser hung elsewhere ("… the
editorial board of the Post Trump said that …": that noun, without the modifiers it borrowed, is the source); a
reporting clause interposed in its content with a participle hung on it ("These employees, Stumpf explained, were
“well-paid,” making …"); a complement clause parsed as a parataxis; a that-clause hung as a relative clause on the noun of a phrase right
after the verb ("reported at the time that …"); a past-tense cue verb joined to a "would" clause or to a that-clause
read as adverbial ("said he would order … and warned against …": the warning is the speaker's, not content); a bare
infinitive or gerund joined to the cue verb that continues its content ("agreed to share … and rely on …"). Also:
"X faced criticism from Y" (target light verbs: Y the source, X the content), a "but" clause with a modal kept in
the content, a connective opening a content before its cue cut ("But …, he said"), and a quote followed later in its
sentence by its own reporting clause not taken as a continuation of the quote before. An infinitive or participle cue with nobody
found to say it ("it was too early to tell whether …") is dropped. A report inside another attribution's content
("The agency reported that the ministry said …": the ministry's) is kept, since it names the original source of a
chain, and marked `embedded`; PolNeAR never annotates such inner reports, so its scorer leaves them out.

All offsets are character offsets into ``doc.text`` (end exclusive).
"""
from __future__ import annotations

import bisect
import re
import logging
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable

from spacy.attrs import POS
from spacy.language import Language
from spacy.parts_of_speech import VERB as VERB_POS
from spacy.tokens import Doc, Token

from .. import doccache as _dc
from .attribution_lexicon import Lexicon, VerbCue, load_lexicon
from .coref import resolve_sources
from .quotes import Quote, find_quotes, top_level

log = logging.getLogger(__name__)

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
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
CONCESSIVE = {"though", "although", "whereas"}
CONNECTIVES = {"but", "and", "yet"}  # sentence-initial, cut from a content before its cue  # ", though she noted …": a concession set off after the content
# a paragraph break, or a line that ends a headline, timestamp or sentence (not a hard-wrapped line)
# a live-blog timestamp or an all-capitals dateline opening a line: "17:05 GMT - ", "9.30am - ", "MOGADISHU - "
LINE_PREFIX = re.compile(r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5}\b)?|[A-Z][A-Z'.]{2,}(?:[ \t]+[A-Z][A-Z'.]{2,}){0,3})"
                         r"[ \t]*(?:-|–|—|--)[ \t]+")
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
INHERIT_SUBJ_DEPS = {"xcomp", "conj", "advcl", "pcomp"}
# verbs whose infinitive complement shares their subject even after an object ("promised X to …")
PERSON_PRONOUNS = {"he", "she", "him", "her"}
SUBJECT_CONTROL = {"promise", "vow", "pledge", "threaten", "offer"}
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

    def texts(self, text: str) -> dict[str, Any]:
        """The attribution's spans as strings (for display, tests and debugging)."""
        def s(sp: Span2 | None) -> str | None:
            return None if sp is None else text[sp[0]:sp[1]]
        return {"cue": s(self.cue), "cue_lemma": self.cue_lemma, "source": s(self.source),
                "source_resolved": s(self.source_resolved), "content": [s(c) for c in self.content],
                "kind": self.kind, "via": [s(v) for v in self.via]}

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# --------------------------------------------------------------------------------------------- helpers

class _Doc:
    """A parsed doc plus the indexes the rules share."""

    def __init__(self, doc: Doc, lex: Lexicon):
        self.doc = doc
        self.text = _dc.text(doc)
        self.lex = lex
        self.all_quotes = find_quotes(self.text)
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


def _line_break_between(a: Token, b: Token) -> bool:
    doc = a.doc
    lo, hi = min(a.i, b.i), max(a.i, b.i)
    return bool(LINE_BREAK.search("".join(t.text_with_ws for t in doc[lo:hi])))


def _subject_on_line(v: Token) -> Token | None:
    """The noun phrase opening the verb's own line when the parser took a subject from the line before
    ("5:45 p.m.\n\nThe governor's doctor is calling …"): the noun before the verb whose head lies outside
    the stretch between the line break and the verb."""
    doc = v.doc
    start = v.i
    while start > 0 and v.i - start < 30:
        prev = doc[start - 1]
        if LINE_BREAK.search(prev.text_with_ws) or (prev.is_space and "\n" in prev.text):
            break
        start -= 1
    if start == 0 or start == v.i:
        return None
    cands = [t for t in doc[start:v.i] if t.pos_ in ("PROPN", "NOUN", "PRON")
             and not (start <= t.head.i < v.i)]
    return cands[-1] if len(cands) == 1 else None


def _mistagged_subject(v: Token) -> Token | None:
    """"…, the Beirut daily said": a noun the tagger took for an adverb ("daily", "weekly") just before the verb,
    with a determiner of its own opening its phrase, is the verb's subject."""
    if v.i == 0:
        return None
    t = v.doc[v.i - 1]
    if t.head.i != v.i or t.dep_ not in ("advmod", "npadvmod") or t.pos_ not in ("ADV", "NOUN", "PROPN"):
        return None
    left = t.left_edge
    if left.i == t.i or left.dep_ not in ("det", "poss") or left.lower_ in ("all", "both", "each", "every"):
        return None
    return t


def _stranded_subject(v: Token) -> Token | None:
    """"… with the editorial board of the Post Trump said that …", "… the minimum $20 million experts say it costs",
    "With her film, DuVernay both documents …": a finite main verb without a subject right after a noun the parser
    hung elsewhere (as an object, an apposition or a loose dependent). That noun is the subject."""
    if v.dep_ not in ("ROOT", "dep") or v.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(c.dep_ in SUBJ or c.dep_ == "mark" for c in v.children):
        return None
    doc = v.doc
    k = v.i - 1
    while k >= 0 and doc[k].head.i == v.i and doc[k].dep_ in ("advmod", "neg", "det", "preconj") and \
            doc[k].pos_ in ("ADV", "PART", "DET", "CCONJ"):
        k -= 1  # "Clinton apparently disagrees", "DuVernay both documents"
    if k < 0 or k < v.sent.start:
        return None
    t = doc[k]
    if t.pos_ not in ("PROPN", "NOUN") or t.dep_ in ("compound", "poss", "amod") or \
            t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"):
        return None
    if _line_break_between(t, v):
        return None
    return t


def _subject(v: Token) -> Token | None:
    """The verb's subject, or the subject it shares: 'X said, adding …', 'X began by saying …',
    'X wants to say …', 'X stood and said …', 'X refused, aside from saying …'; the object of an
    object-control verb for its infinitive ('forced X to admit …')."""
    cur = v
    for _ in range(6):
        subs = [c for c in cur.children if c.dep_ in SUBJ and c.dep_ != "expl"]
        if subs:
            # a subject across a line break is a parse joining a headline or timestamp to the sentence
            same = [c for c in subs if not _line_break_between(c, v)]
            if same:
                return min(same, key=lambda c: abs(c.i - v.i))
            return _subject_on_line(cur)
        noun = _mistagged_subject(cur)
        if noun is not None:
            return noun
        noun = _stranded_subject(cur)
        if noun is not None:
            return noun
        if cur.tag_ == "VBN" and cur.dep_ == "advcl" and not any(c.dep_ in ("aux", "auxpass") for c in cur.children):
            return None  # "Asked about X, Clinton said …": the participle's subject is not its source
        if cur.head.i != cur.i and cur.head.i < cur.i and _line_break_between(cur.head, cur):
            # a verb the parser hung on a headline or timestamp line before it ("Houthis say …\n\nYemen's
            # Houthi rebels said …"): its subject is the noun phrase opening its own line; a participle opening
            # the line ("Bemoaning X, Trump accused …") shares the subject of the clause after it
            found = _subject_on_line(cur)
            if found is None and cur.tag_ in ("VBG", "VBN") and cur.dep_ == "advcl":
                doc = cur.doc
                end = max(_subtree(cur)) + 1
                for t in doc[end:min(end + 8, len(doc))]:
                    if t.dep_ == "nsubj" and t.head.i > t.i and t.head.pos_ in ("VERB", "AUX") \
                            and not _line_break_between(cur, t.head):
                        return t
            return found
        if cur.dep_ in INHERIT_SUBJ_DEPS and cur.head.i != cur.i:
            if cur.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in cur.children):
                objs = [o for o in cur.head.children if o.dep_ == "dobj" and o.i < cur.i
                        and o.pos_ in ("PROPN", "NOUN", "PRON")]
                if objs and cur.head.lemma_.lower() not in SUBJECT_CONTROL:
                    return objs[0]  # "forced Stumpf to admit …"
            was_xcomp = cur.dep_ == "xcomp"
            cur = cur.head
            if was_xcomp and cur.dep_ == "acomp" and cur.pos_ == "ADJ" and cur.head.i < cur.i and \
                    cur.head.lemma_.lower() in COPULAS:
                # "X was quick to accuse …", "X will be unable to … and accuse …": the copula's subject; not an
                # impersonal one ("it is worth noting that …")
                if any(c.dep_ in SUBJ and c.lower_ in ("it", "there", "this") for c in cur.head.children):
                    return None
                cur = cur.head
            # "by saying", "aside from saying": climb through the preposition (and its adverb) to the verb
            for _ in range(2):
                if cur.pos_ in ("ADP", "ADV", "SCONJ") and cur.dep_ in ("prep", "advmod", "pcomp") \
                        and cur.head.i != cur.i:
                    cur = cur.head
            continue
        break
    return None


def _object_controlled(v: Token) -> bool:
    """An infinitive whose understood subject is its governing verb's object ("asked the candidates to
    discuss …", "called on Dean to apologize"). When the governing verb is itself a cue, what the object is
    asked to say is that cue's content, not a statement of its own."""
    h = v.head
    if v.dep_ != "xcomp" or h.i == v.i or h.i > v.i or h.lemma_.lower() in SUBJECT_CONTROL:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return False
    for c in h.children:
        if h.i < c.i < v.i and (c.dep_ in ("dobj", "dative") or
                                c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i == h.i + 1):
            return True
    return False


def _outer_conjunct(v: Token) -> Token | None:
    """"X claimed that its forces had struck Y and denied targeting Z": a simple past verb the parser joined to a
    past perfect inside reported content continues the reporting clause, not the content. Returns the
    reporting verb it continues, else None."""
    h = v.head
    if v.dep_ != "conj" or v.tag_ != "VBD" or h.dep_ != "ccomp" or h.tag_ != "VBN" or h.i >= v.i:
        return None
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in h.children):
        return None
    if any(c.dep_ in SUBJ or c.dep_ in ("aux", "auxpass") for c in v.children):
        return None
    return h.head if h.head.pos_ in ("VERB", "AUX") and h.head.i < h.i else None


def _noun_acl(v: Token, vc: VerbCue) -> bool:
    """A participle of a speech or evidence verb modifying a noun: "a poll showing …", "a letter saying …"."""
    return v.dep_ == "acl" and v.tag_ == "VBG" and v.head.pos_ in ("NOUN", "PROPN") and v.head.i < v.i \
        and vc.cls in ("speech", "evidence")


def _verbless_main_clause(v: Token) -> bool:
    """"The militia, an armed group, denied on Monday any role in …", "The office dismissed as “false” the
    reports …": the main verb right after its subject, or after the subject's apposition set off by commas, which
    the parser read as a participle modifying the subject (then the root of a sentence with no verb). A
    past-tense form with an object of its own and no "by"-agent is the main verb: "X, a group backed by Iran," is
    not."""
    h = v.head
    doc = v.doc
    if v.dep_ != "acl" or v.tag_ not in ("VBN", "VBD") or h.dep_ != "ROOT" or h.pos_ not in ("NOUN", "PROPN") \
            or h.i >= v.i or v.i == 0:
        return False
    if doc[v.i - 1].text != "," and v.i != h.i + 1:
        return False
    if any(c.dep_ in ("agent", "auxpass") or c.dep_ in SUBJ for c in v.children):
        return False
    if not any(c.dep_ == "appos" and h.i < c.i < v.i for c in h.children) and v.i != h.i + 1:
        return False
    # an object of its own, or one moved after an "as"-predicate ("dismissed as “false” the reports …")
    return any(c.dep_ in ("dobj", "ccomp") and c.i > v.i for c in v.children) or \
        any(c.dep_ == "advcl" and c.i > v.i and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
            and any(o.dep_ == "dobj" for o in c.children) for c in v.children)


def _agent(v: Token) -> Token | None:
    for c in v.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def _is_passive(v: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children)


def _describing_relative(d: _Doc, c: Token) -> bool:
    """"…, said Ana Ruiz, who heads the port authority": a non-restrictive "who"/"whose" clause after a source
    that follows its verb describes the source and belongs to its noun phrase, unless its verb is itself a
    reporting verb ("…, said Ruiz, who added that …": a report of its own)."""
    first = c.left_edge
    if c.dep_ != "relcl" or first.lower_ not in ("who", "whose") or first.i == 0 or \
            d.doc[first.i - 1].text != ",":
        return False
    if _lemma(c) in d.lex.verbs or any(_lemma(g) in d.lex.verbs for g in c.children if g.dep_ == "conj"):
        return False
    return True


def _source_span(d: _Doc, s: Token, verb: Token | None = None) -> Span2 | None:
    """The full noun phrase of a source: the subject's subtree, kept within its paragraph and after a
    headline colon, with a relative clause dropped when the subject follows its verb ("said X, who ...")."""
    doc = d.doc
    stranded = None
    if verb is not None and s.i < verb.i and s.head.i != verb.i:
        cur = verb
        for _ in range(4):  # the verb or a verb it continues ("call them … and describe …")
            stranded = _stranded_subject(cur)
            if stranded is not None or cur.dep_ not in INHERIT_SUBJ_DEPS or cur.head.i == cur.i:
                break
            cur = cur.head
    if stranded is not None and stranded.i == s.i:
        # the parser hung the noun elsewhere, with modifiers that are not the source's: its name, else the noun
        # with the adjectives and nouns right before it
        first = s
        if s.dep_ == "conj" and s.head.i < s.i and s.head.pos_ in ("PROPN", "NOUN") and \
                all(doc[k].dep_ == "cc" or doc[k].text == "," or doc[k].head.i in (s.i, s.head.i)
                    for k in range(s.head.i + 1, s.i)):
            first = s.head  # "…, Obama and Clinton call them …"
        a = first.i
        if first.ent_iob_ != "O":
            while a > 0 and doc[a].ent_iob_ == "I" and doc[a - 1].ent_type_ == first.ent_type_:
                a -= 1
        while a > 0 and doc[a - 1].dep_ in ("amod", "compound") and a <= doc[a - 1].head.i <= first.i and \
                doc[a - 1].is_alpha and doc[a - 1].pos_ in ("ADJ", "NOUN", "PROPN"):
            a -= 1
        return d.chars(a, s.i + 1)
    toks = _subtree(s)
    if verb is not None and s.i > verb.i:
        for c in s.children:
            if c.dep_ in ("relcl", "acl") and c.i > s.i and not _describing_relative(d, c):
                toks -= _subtree(c)
    else:
        # "Ana Ruiz, head of the growers' union, which has 3,000 members, said": an aside set off by a comma
        # inside the source's appositive describes a noun in it (the union), not the source; the appositive
        # ends at that comma
        for c in s.children:
            if c.dep_ != "appos" or c.i < s.i or c.left_edge.i == 0 or doc[c.left_edge.i - 1].text != ",":
                continue
            for k in sorted(_subtree(c)):
                t = doc[k]
                lo = t.left_edge.i
                if t.i != c.i and t.dep_ in ("appos", "relcl") and lo - 1 > c.i and doc[lo - 1].text == "," \
                        and t.head.i in toks:
                    toks -= set(range(lo - 1, max(_subtree(t)) + 1))
                    break
    for c in s.children:
        if c.i <= s.i:
            continue
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or g.lower_ in WEEKDAYS)
                                    for g in c.children):
            toks -= _subtree(c)  # "a group of doctors in 2015": when, not who
        elif c.dep_ in ("acl", "advcl") and c.tag_ in ("VBG", "VBN") and doc[c.i - 1].text == "," and \
                (verb is None or c.i < verb.i):
            toks -= _subtree(c)  # "Trump, speaking to veterans, said": the circumstance is not the source
        elif c.dep_ == "prep" and c.lower_ == "like" and doc[c.i - 1].text == "," and \
                (verb is None or c.i < verb.i):
            toks -= _subtree(c)  # "Clinton, like Obama, has said": a comparison is not the source
    # the day of the statement at the end of the subject, hung deeper in a misparsed noun phrase ("… the
    # ministry's press office on Friday dismissed …"); other time phrases there usually are part of the source
    # ("an aide in 2012", "a poll released in August")
    for c in sorted(toks):
        c = doc[c]
        if c.i > s.i and c.dep_ == "prep" and c.head.i != s.i and c.head.pos_ in ("NOUN", "PROPN") and toks and \
                max(_subtree(c)) == max(toks) and any(g.dep_ == "pobj" and g.lower_ in WEEKDAYS for g in c.children):
            toks -= _subtree(c)
            break
    para = d.para[s.i]
    toks = {i for i in toks if d.para[i] == para}
    # contiguous run around the head
    a = b = s.i
    while a - 1 in toks:
        a -= 1
    while b + 1 in toks:
        b += 1
    for k in range(s.i - 1, a - 1, -1):  # "The Latest: Trump" -> "Trump"
        if doc[k].text == ":" and not d.in_quote(doc[k].idx):
            a = k + 1
            break
    if a > 0 and doc[a - 1].lower_ == "as" and doc[a - 1].dep_ == "prep":
        # "dismissed as baseless India's claim": the predicate's adjective is not part of the source
        k = a
        while k < s.i and doc[k].is_lower and doc[k].is_alpha and (
                doc[k].dep_ in ("amod", "cc") or doc[k].dep_ == "compound" and doc[k].pos_ in ("ADJ", "PROPN")):
            k += 1
        a = k
    b += 1
    tr = _trim(d, a, b)
    if not tr:
        return None
    a, b = tr
    if b - a > 1 and doc[b - 1].dep_ == "cc" and doc[b - 1].lower_ in ("and", "or"):
        # "outlets and" when the parser hung the second conjunct elsewhere: no dangling conjunction
        tr = _trim(d, a, b - 1)
        if not tr:
            return None
        a, b = tr
    # keep a closing bracket whose opener is inside: "Sen. Lindsey Graham (R-S.C.)"
    if b < len(doc) and doc[b].text in (")", "]") and b < max(toks) + 1 and \
            any(doc[k].text in ("(", "[") for k in range(a, b)):
        b += 1
    # an appositive source keeps its closing comma: "Brian Fallon, the campaign's press secretary,"
    if b < len(doc) and doc[b].text == "," and any(doc[k].text == "," for k in range(a, b)) \
            and (verb is None or verb.i > b):
        b += 1
    # and so does one set off by dashes: "Ana Ruiz -- the union's lawyer --", "The report–released on Monday–"
    elif b < len(doc) and (doc[b].text in DASHES or doc[b].text == "-" and doc[b - 1].whitespace_) and \
            any(doc[k].text == doc[b].text for k in range(a + 1, b)) and verb is not None and verb.i > b:
        b += 1
    return d.chars(a, b)


def _cue_tokens(v: Token, prep: Token | None = None) -> tuple[int, int]:
    """Verb plus its auxiliaries and negation before it, and a particle or preposition right after."""
    a = v.i
    for c in v.children:
        if c.dep_ in ("aux", "auxpass", "neg") and c.i < v.i and v.i - c.i <= 3:
            a = min(a, c.i)
    # the "to" of an infinitive cue belongs to it ("forced him to admit"), except a headline's "X to say …"
    doc = v.doc
    if v.dep_ not in ("xcomp", "advcl", "acl", "relcl", "ccomp", "pcomp"):
        while a < v.i and doc[a].lower_ == "to":
            a += 1
    # adverbs right before the verb belong to the cue: "also said", "has repeatedly denied"
    k = v.i - 1
    while k >= 0 and doc[k].dep_ in ("advmod", "neg") and doc[k].head.i == v.i and doc[k].pos_ in ("ADV", "PART") \
            and doc[k].lower_ not in ADV_NOT_CUE and doc[k].left_edge.i == k:  # not "the Beirut daily"
        k -= 1
    if k + 1 < a:
        a = k + 1
    b = v.i + 1
    for c in v.children:
        if c.dep_ == "prt" and c.i == b:
            b += 1
    if prep is not None and prep.i >= b and prep.i - b <= 1:
        b = prep.i + 1
    # a colon introducing the content: "said: …"
    if b < len(doc) and doc[b].text == ":" and b + 1 < len(doc):
        b += 1
    return a, b


def _quoted_as_object(v: Token) -> set[int] | None:
    """"dismissed as “a baseless rumour” a report that …", "rejected as “fabricated” the claims that …": a
    quoted "as"-predicate right after the verb, then the object moved after it. Whatever the parser made of it
    (an apposition of the predicate, the object of an adverbial clause, a noun the quoted word modifies), the
    object is the noun phrase that opens after the closing quote: its first noun hung on a word up to the quote."""
    doc = v.doc
    a = v.i + 1
    if a + 2 >= len(doc) or doc[a].lower_ != "as" or not doc[a + 1].is_quote:
        return None
    close = next((t.i for t in doc[a + 2:min(len(doc), a + 12)] if t.is_quote), None)
    if close is None or close + 1 >= len(doc) or close == a + 2:
        return None
    first = doc[close + 1]
    if not (first.pos_ == "DET" or first.dep_ == "poss" or first.tag_ in ("NNS", "NNPS")):
        return None
    sent_end = v.sent.end
    for t in doc[close + 1:min(sent_end, close + 8)]:
        if t.pos_ in ("NOUN", "PROPN") and t.head.i <= close and t.head.i >= v.i:
            return set(range(close + 1, max(_subtree(t)) + 1))
        if t.is_punct:
            break
    return None


def _inflection_lemma(word: str, known: dict) -> str:
    """The lexicon verb an inflected form belongs to when the lemmatiser got it wrong ("hopes" -> "hop")."""
    for suffix, repl in (("ing", "e"), ("ing", ""), ("es", "e"), ("es", ""), ("s", ""), ("ed", "e"), ("ed", ""),
                         ("d", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            cand = word[: -len(suffix)] + repl
            if cand in known:
                return cand
    return ""


def _lemma(v: Token) -> str:
    lem = v.lemma_.lower()
    return lem


# --------------------------------------------------------------------------------------------- rules

class _Extractor:
    def __init__(self, doc: Doc, lex: Lexicon):
        self.d = _Doc(doc, lex)
        self.lex = lex
        self.by_verb: dict[int, Attribution] = {}
        self.out: list[Attribution] = []
        self.consumed: set[int] = set()  # tokens used as via markers ("citing", "via")
        self._has_note: bool | None = None  # does the text hold an "Editor's note" at all (see editors_note)
        self.quote_owner: dict[int, Attribution] = {}  # quote start -> attribution
        self.verb_of: dict[int, int] = {}  # id(attribution) -> its cue verb's token index
        self.extra: list[Attribution] = []
        self.absorbed: set[int] = set()  # cue verbs joined to the cue of the verb they govern
        self.idiom: set[int] = lex.idiom_tokens([t.lower_ for t in doc])  # "it goes without saying"

    # -- verbs ------------------------------------------------------------------------------------
    def verb_cue(self, t: Token) -> VerbCue | None:
        if t.pos_ not in ("VERB", "AUX") and not (t.tag_.startswith("VB")):
            return None
        if t.pos_ == "AUX" and t.dep_ in ("aux", "auxpass"):
            return None
        vc = self.lex.verbs.get(_lemma(t))
        if vc is None and t.lemma_.lower() != t.lower_:
            vc = self.lex.verbs.get(_inflection_lemma(t.lower_, self.lex.verbs))
        if vc is not None and "h" in vc.frames and not self.between_persons(t):
            return None  # "troops attacked the post": no cue anywhere (content cuts, chains, conjuncts)
        return vc

    def verbs(self) -> None:
        doc = self.d.doc
        for v in doc:
            vc = self.verb_cue(v)
            if vc is None:
                continue
            if v.dep_ == "amod" or v.i in self.idiom:
                continue
            if vc.cls not in ("speech", "acquisition") and v.dep_ in EMBEDDED_DEPS and not _noun_acl(v, vc) \
                    and not self.after_evidential(v) and not self.prepositional_call(v, vc) \
                    and not self.caused_belief(v) \
                    and not self.semicolon_between(v.i, v.head.i):  # "X accuses Y of A; Z says B": its own
                continue  # "he said he wants to …": a belief or intention inside other content is rarely its own
            if self.d.in_quote(v.idx):
                continue  # speech inside a direct quote is the quoted speaker's, not a new attribution
            if _object_controlled(v) and self.verb_cue(v.head) is not None:
                continue  # "urged residents to report …", "requires candidates to disclose …": content, not a cue
            if v.dep_ == "xcomp" and v.head.pos_ == "ADJ" and v.head.lower_ in self.lex.adjectives:
                continue  # "is determined to warn …": the adjective is the cue, the infinitive its content
            att = self.from_verb(v, vc)
            if att is not None and self.says_nothing(v):
                # "did not respond to a request for comment", "declined to comment": PolNeAR annotates the
                # refusal as an attribution, but it is no statement: consumers skip this kind
                att.kind = "non_response"
            if att is not None:
                self.by_verb[v.i] = att
                self.verb_of[id(att)] = v.i

    def between_persons(self, v: Token) -> bool:
        """Whether an active verb has a person (a PERSON name or "he"/"she") as its subject and as its direct
        object: the condition of the verbs with frame "h". With a charge after the object ("attacked the council
        as a rubber stamp", "attacked the ministers for ignoring …") any object will do, and the subject may also
        be a noun for a person in `source_nouns.tsv` ("the governor"); "the men attacked the villagers" stays a
        deed."""
        def person(t: Token | None, nouns: bool = False) -> bool:
            return t is not None and (t.ent_type_ == "PERSON" or t.lower_ in PERSON_PRONOUNS or
                                      nouns and t.pos_ == "NOUN" and
                                      self.lex.source_nouns.get(t.lemma_.lower()) == "PERSON")
        if _is_passive(v):
            return False
        subj = _subject(v)
        objs = [c for c in v.children if c.dep_ == "dobj"]
        if not objs or not person(subj, nouns=True):
            return False
        if person(subj) and person(objs[0]):
            return True
        return any(
            c.dep_ == "prep" and c.i > objs[0].i and v.doc[c.i - 1].text != "," and (
                c.lower_ == "as" and any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in c.children) or
                c.lower_ == "for" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children))
            for c in v.children)

    def noun_verbs(self) -> None:
        """'The campaign plans to employ …', 'But Trump claims that …', 'Federal court rules against …': a
        present-tense reporting verb the tagger read as a plural noun heading its sentence, with the subject
        parsed as its modifiers. The modifiers before it are the source; a clause or infinitive after it (or a
        prepositional object the verb takes) is the content."""
        d = self.d
        doc = d.doc
        lex = self.lex
        for t in doc:
            if t.pos_ not in ("NOUN", "PROPN") or t.dep_ != "ROOT" or not t.lower_.endswith("s") or len(t) < 4:
                continue
            if t.i in self.by_verb or d.in_quote(t.idx):
                continue
            low = t.lower_
            vc = lex.verbs.get(low[:-1]) or lex.verbs.get(_inflection_lemma(low, lex.verbs))
            if vc is None or vc.cls in ("evidential", "acquisition"):
                continue
            before = [c for c in t.children if c.i < t.i and c.dep_ in ("compound", "nmod", "amod", "det", "poss")]
            if not before or not any(c.dep_ in ("compound", "nmod", "poss") and c.pos_ in ("PROPN", "NOUN", "PRON")
                                     for c in before):
                continue
            a = min(x.left_edge.i for x in before)
            if any(d.para[k] != d.para[t.i] for k in range(a, t.i)) or \
                    any(doc[k].pos_ in ("VERB", "AUX") or doc[k].text in (",", ";", ":") for k in range(a, t.i)):
                continue
            if a > t.sent.start and doc[a - 1].text not in ("“", "\"", "'", "‘", ",") and \
                    doc[a - 1].pos_ not in ("CCONJ", "ADV"):
                continue  # the noun phrase must open its clause
            content: set[int] = set()
            prep_tok = None
            for c in t.children:
                if c.i < t.i:
                    continue
                if c.dep_ in ("ccomp", "acl", "relcl") and "c" in vc.frames and \
                        any(g.dep_ in SUBJ for g in c.children):
                    content = _subtree(c)
                elif c.dep_ in ("xcomp", "acl", "relcl", "advcl") and "x" in vc.frames and \
                        any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
                    content = _subtree(c)
                elif c.dep_ == "prep" and c.lower_ in vc.preps and c.i == t.i + 1:
                    pobj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                    if pobj:
                        content = _subtree(pobj[0])
                        prep_tok = c
                if content:
                    break
            if not content:
                continue
            content = self.trim_tail({k for k in content if d.para[k] == d.para[t.i]})
            spans = _spans(d, content)
            if not spans:
                continue
            end = prep_tok.i + 1 if prep_tok is not None else t.i + 1
            tr = _trim(d, a, t.i)
            if not tr:
                continue
            att = Attribution(cue=d.chars(t.i, end), cue_lemma=vc.lemma, source=d.chars(*tr), content=spans)
            self.by_verb[t.i] = att
            self.verb_of[id(att)] = t.i

    @staticmethod
    def prepositional_call(v: Token, vc: VerbCue) -> bool:
        """A naming or intention verb with its own preposition right after it ("called for …", "agreed with …")
        states its subject's position even inside another clause ("who has called for …", "continued to call
        for …"), so it is not skipped as embedded content."""
        if vc.cls not in ("naming", "intention"):
            return False
        return any(c.dep_ == "prep" and c.lower_ in vc.preps and c.i == v.i + 1 for c in v.children)

    def caused_belief(self, v: Token) -> bool:
        """"The threats led the journalist to fear a pact", "prompted NATO to order …": the infinitive of a cue verb
        after the object of a verb that is no cue itself states the object's own belief or intention (the object
        is its source, as in "forced X to admit …"), so it is not skipped as embedded content."""
        h = v.head
        if v.dep_ != "xcomp" or h.i >= v.i or h.pos_ != "VERB" or self.verb_cue(h) is not None:
            return False
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return False
        # the object must be somebody ("used the example of X to prove …" is a purpose, not a belief)
        return any(c.dep_ == "dobj" and h.i < c.i < v.i and self.speaker_like(c) for c in h.children)

    def after_evidential(self, v: Token) -> bool:
        """The infinitive of an evidential verb ("seemed to think", "appeared to blame"): the pair is one cue whose
        subject is the source, so the infinitive is not skipped as embedded content."""
        h = v.head
        if v.dep_ != "xcomp" or h.i >= v.i or h.lemma_.lower() not in self.lex.catenatives:
            return False
        hc = self.verb_cue(h)
        return hc is not None and hc.cls == "evidential"

    def says_nothing(self, v: Token) -> bool:
        """A negated or refused answer ("did not respond to …", "has not commented on …", "declined to
        comment", "refused to answer questions"): the verb reports that its subject said nothing; the refusal
        verb governing such an infinitive does too. Word lists in `data/cues/non_responses.tsv`."""
        lex = self.lex
        lem = _lemma(v)
        if lem in lex.non_responses:
            if any(c.dep_ == "neg" for c in v.children):
                return True
            h = v.head
            if v.dep_ == "xcomp" and h.i != v.i and h.i < v.i and _lemma(h) in lex.refusals:
                return True
        if lem in lex.refusals:
            return any(c.dep_ == "xcomp" and c.i > v.i and _lemma(c) in lex.non_responses for c in v.children)
        return False

    def from_verb(self, v: Token, vc: VerbCue) -> Attribution | None:
        if v.i in self.consumed:
            return None
        d = self.d
        para = d.para[v.i]
        children = [c for c in v.children if d.para[c.i] == para]  # a parse across paragraphs is not content
        doc = d.doc
        # "X accuses Y of A; Z says B": a clause across a semicolon is a statement of its own, not content
        children = [c for c in children if not self.semicolon_between(v.i, c.left_edge.i if c.i > v.i else c.right_edge.i)]
        ccomp = [c for c in children if c.dep_ in CLAUSE_DEPS]
        if not ccomp and "c" in vc.frames:
            # "told a meeting of leaders that few people understood …": a that-clause the parser hung on the
            # addressee as a relative clause (a true relative clause has no "that" marker); not after a cue
            # noun, whose that-clause is its own content ("dismissed reports that …")
            for o in [c for c in children if c.dep_ in ("dobj", "dative") and c.lemma_.lower() not in self.lex.nouns]:
                if "o" in vc.frames and "a" not in vc.frames and vc.cls != "evidence" and o.dep_ == "dobj" and \
                        o.pos_ == "NOUN" and \
                        not o.ent_type_ and o.lemma_.lower() not in self.lex.source_nouns and \
                        any(g.dep_ in ("det", "poss") and g.i < o.i for g in o.children) and \
                        o.i + 1 < len(doc) and doc[o.i + 1].lower_ == "that":
                    continue  # "disputes the idea that …", "offered no proof that …": the noun's own clause,
                    # the object with it is the content
                for c in o.children:
                    if c.dep_ in ("relcl", "acl") and c.i > o.i and \
                            any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children) and \
                            any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                        ccomp = [c]
        if not ccomp and "c" in vc.frames and vc.cls == "speech":
            # "reported at the time that the editor conveyed …": a that-clause the parser hung on the noun of a
            # prepositional phrase right after the verb as a relative clause; "that" opens it and is not its
            # subject, and the clause has a subject of its own
            for p in [c for c in children if c.dep_ == "prep" and c.i == v.i + 1 and c.lower_ not in vc.preps]:
                for o in [g for g in p.children if g.dep_ == "pobj" and g.i - p.i <= 3
                          and g.lemma_.lower() not in self.lex.nouns]:
                    for c in o.children:
                        le = c.left_edge
                        if c.dep_ in ("relcl", "acl") and le.i == o.i + 1 and le.lower_ == "that" and \
                                le.dep_ not in SUBJ and \
                                any(g.dep_ in ("nsubj", "nsubjpass") and g.i != le.i for g in c.children):
                            ccomp = [c]
        if not ccomp and "c" in vc.frames:
            # "said after the convention he would not …": a complement clause parsed as an adverbial one
            ccomp = [c for c in children if c.dep_ == "advcl" and c.i > v.i and c.pos_ in ("VERB", "AUX")
                     and any(g.dep_ == "nsubj" and g.i < c.i or g.dep_ == "nsubjpass" and self.that_after_citation(v, c)
                             for g in c.children)
                     and not any(g.dep_ in ("mark", "advmod") and g.i < c.i and g.lower_ != "that" for g in c.children)
                     and (not any(doc[k].text in (",", ";", ":", "-", "—") for k in range(v.i + 1, c.left_edge.i))
                          or self.that_after_citation(v, c))]
        if not ccomp and "c" in vc.frames and not _is_passive(v):
            # "I hope in 2017 America says …": a clause with its own subject, with no punctuation before it, that
            # the parser joined as a parataxis
            ccomp = [c for c in children if c.dep_ == "parataxis" and c.i > v.i and c.pos_ in ("VERB", "AUX")
                     and any(g.dep_ == "nsubj" and g.i < c.i for g in c.children)
                     and not any(doc[k].is_punct for k in range(v.i + 1, c.left_edge.i))]
        xcomp = [c for c in children if c.dep_ == "xcomp"]
        dobj = [c for c in children if c.dep_ in ("dobj",)]
        if not xcomp and dobj and "x" in vc.frames and vc.cls == "speech":
            # "told his supporters at a rally to go …": an infinitive after the addressee parsed as an adverbial
            xcomp = [c for c in children if c.dep_ == "advcl" and c.i > dobj[0].i and
                     any(g.dep_ == "aux" and g.lower_ == "to" and c.i - 2 <= g.i < c.i for g in c.children) and
                     not any(g.dep_ in SUBJ or g.dep_ == "mark" for g in c.children)]
        shifted = self.shifted_object(v, children) if not dobj and "o" in vc.frames else None
        if not dobj and "o" in vc.frames and "n" not in vc.frames:
            # not a naming verb, whose "as"-predicate is what was said ("described as “reckless” the plan")
            shifted = _quoted_as_object(v) or shifted
        oprd = [c for c in children if c.dep_ in ("oprd",)]
        if not dobj and len(oprd) >= 2:  # "called Trump a liar" parsed with two predicates
            dobj, oprd = oprd[:1], oprd[1:]
        # a prepositional object that is a date or a duration is no content ("hammered the town for three days")
        preps = [c for c in children if c.dep_ in ("prep", "dative") and c.lower_ in vc.preps and
                 not any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)]
        content_toks: set[int] = set()
        prep_tok = None
        kind = "indirect"
        frames = vc.frames
        passive = _is_passive(v)
        outer = self.outer_conjunct(v)
        subj = _subject(outer if outer is not None and self.verb_cue(outer) else v)
        reporter = self.reporting_head(v, vc)
        if reporter is not None:
            subj = _subject(reporter) or subj
        modal = self.modal_adjective(v)
        if subj is None and modal is not None:
            subj = _subject(modal.head)  # "he won't be able to brag about …": the copula's subject
        if passive:
            subj_tok = _agent(v)
        else:
            subj_tok = subj
        if subj_tok is None and not passive and _verbless_main_clause(v):
            subj = subj_tok = v.head  # "The militia, an armed group, denied on Monday any role in …"
        if subj_tok is None and _noun_acl(v, vc):
            subj_tok = v.head  # "a poll showing …", "a statement saying …": the document or finding is the source
        elif subj_tok is None and v.dep_ == "conj" and v.tag_ == "VBG" and vc.cls in ("speech", "evidence") and \
                v.head.dep_ == "acl" and v.head.tag_ == "VBG" and v.head.head.pos_ in ("NOUN", "PROPN") and \
                v.head.head.i < v.head.i:
            subj_tok = v.head.head  # "a statement rejecting the accusation and saying …": the same document
        if subj is None and not passive and v.tag_ in ("VB", "VBP") and v.dep_ == "ROOT" and \
                not any(c.dep_ in ("aux", "auxpass") for c in v.children):
            return None  # an imperative ("Thank you for following …", "Read our coverage of …") reports nobody
        loose = False
        if subj is None and subj_tok is None and not passive and "i" in frames:
            subj = subj_tok = self.trailing_subject(v)  # "…, a local militia said." parsed into the content
            loose = subj is not None
        # a relative clause ("X, which has called for …,") is never a parenthetical reporting clause
        paren = self.parenthetical(v, subj, loose) if ("i" in frames and not passive and v.dep_ != "relcl") else None
        if not paren and "i" in frames and "c" in frames:
            paren = self.as_clause(v, subj)
        if paren:
            content_toks = paren
        elif shifted:
            content_toks = shifted  # "dismissed as baseless India's claim that …"
        elif ccomp and "c" in frames and ccomp[0].i > v.i:
            content_toks = _subtree(ccomp[0])
            content_toks -= self.leading_time(ccomp[0], content_toks)
            # a clause the parser split in two ccomps: "said the report spread by X [ccomp] is false [ccomp]"
            for extra in ccomp[1:]:
                if extra.i > v.i and min(_subtree(extra)) == max(content_toks) + 1:
                    content_toks |= _subtree(extra)
            # "says 12 people, most of them children, were killed": a subjectless clause whose subject the parser
            # made the verb's object (with an appositive between) begins with that object
            if dobj and v.i < dobj[0].i < ccomp[0].i and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "expl") for c in ccomp[0].children) and \
                    max(_subtree(dobj[0])) + 2 >= min(content_toks):
                content_toks |= set(range(min(_subtree(dobj[0])), min(content_toks)))
        elif ccomp and "i" in frames and not passive:
            content_toks = _subtree(ccomp[0])
        elif "n" in frames and dobj and (oprd or xcomp or any(c.dep_ == "prep" and c.lower_ == "as" for c in children)):
            pred = (oprd or xcomp or [c for c in children if c.dep_ == "prep" and c.lower_ == "as"])[0]
            content_toks = _subtree(dobj[0]) | _subtree(pred)
            content_toks |= set(range(min(content_toks), max(content_toks) + 1))
        elif xcomp and ("x" in frames) and any(g.dep_ == "aux" and g.lower_ == "to" for g in xcomp[0].children):
            content_toks = _subtree(xcomp[0])
            if dobj and dobj[0].i < xcomp[0].i:
                content_toks |= _subtree(dobj[0])
            for p in preps:
                # "called on Congress to act": the preposition joins the cue, its object the content
                if p.i == v.i + 1 and p.i < xcomp[0].i and p.lower_ in ("on", "upon", "for"):
                    content_toks |= {i for c in p.children if c.dep_ == "pobj" for i in _subtree(c)}
                    prep_tok = p
            if (passive or vc.cls == "evidential") and subj is not None and subj.lower_ not in ("it",):
                content_toks |= _subtree(subj)  # "Melania seems to have vanished …": the subject is content too
        elif xcomp and vc.cls == "evidential":
            content_toks = _subtree(xcomp[0])
            if subj is not None:
                content_toks |= _subtree(subj)
        elif preps and "p" in frames or (preps and vc.preps):
            p = preps[0]
            pobj = [c for c in p.children if c.dep_ in ("pobj", "pcomp")]
            if not pobj:
                return None
            if passive and subj_tok is None and not dobj and "p" not in frames and p.lower_ == "to":
                return None  # "the ship was linked to Israel": an agentless passive relation, nobody's statement
            content_toks = _subtree(pobj[0])
            prep_tok = p
            if dobj and dobj[0].i < p.i and vc.cls == "evaluation":
                # "accused the government of hiding …": the target, the preposition and the charge, one span
                content_toks |= _subtree(dobj[0])
                content_toks = set(range(min(content_toks), max(content_toks) + 1))
                prep_tok = None
        elif dobj and "o" in frames:
            # the object and what follows it in the clause: "cited the remarks as examples of …",
            # "unveiled her proposals in a speech Friday"
            content_toks = _subtree(dobj[0])
            for c in children:
                # a reduced relative clause the parser hung on the verb ("cited remarks Trump had made about her")
                if c.dep_ == "ccomp" and c.i > dobj[0].i and c.left_edge.i == max(content_toks) + 1 and \
                        doc[c.left_edge.i].pos_ in ("PROPN", "NOUN", "PRON", "DET"):
                    content_toks |= _subtree(c)
            k = max(content_toks) + 1
            if k < len(doc) and doc[k].dep_ in ("nsubj", "compound", "det", "poss") and d.para[k] == para:
                # the same reduced relative clause parsed as a sentence of its own ("mentioned remarks Lopez had made
                # about her as …": "Lopez had made …" a second root right after the object, with no punctuation)
                r = doc[k] if doc[k].dep_ == "nsubj" else doc[k].head
                r = r.head if r.dep_ == "nsubj" else None
                if r is not None and r.dep_ == "ROOT" and r.i != v.i and r.i > k and r.pos_ in ("VERB", "AUX") and \
                        min(_subtree(r)) == k and \
                        not any(doc[j].is_punct for j in range(k, r.i)):
                    content_toks |= {j for j in _subtree(r) if d.para[j] == para}
            for c in children:
                tail = c.dep_ in ("xcomp", "oprd") or c.dep_ == "prep" and c.lower_ in OBJ_TAIL_PREPS
                if c.i > dobj[0].i and tail and doc[c.i - 1].text != ",":
                    content_toks |= _subtree(c)
            content_toks = set(range(min(content_toks), max(content_toks) + 1))
        elif passive and subj is not None and subj_tok is None and vc.cls in ("evaluation", "naming") and \
                any(c.dep_ == "prep" and c.lower_ in ("for", "as", "over") and c.i > v.i for c in children):
            # "He has been criticized for …", "is being criticized as …": the target and the charge
            p = [c for c in children if c.dep_ == "prep" and c.lower_ in ("for", "as", "over") and c.i > v.i][0]
            pobj = [c for c in p.children if c.dep_ in ("pobj", "pcomp")]
            if not pobj or subj.lower_ in ("it", "there"):
                return None
            content_toks = _subtree(subj) | _subtree(pobj[0])
            if p.i == v.i + 1:
                prep_tok = p
        elif passive and subj is not None and subj_tok is None and vc.cls in ("naming", "belief") and \
                subj.i < v.i and subj.lower_ not in ("it", "there") and \
                (oprd or xcomp and any(g.dep_ == "aux" and g.lower_ == "to" for g in xcomp[0].children)):
            # "The claim was rated false", "He was dubbed the winner", "It is not thought to be capable of …":
            # what the subject is called or held to be, by nobody named
            pred = (oprd or xcomp)[0]
            if pred.i < v.i:
                return None
            content_toks = _subtree(subj) | _subtree(pred)
        elif xcomp and "o" in frames and xcomp[0].tag_ == "VBG" and xcomp[0].i > v.i:
            content_toks = _subtree(xcomp[0])  # "denied using chemical weapons"
        elif "c" in frames and not passive and not ccomp and (pro := self.pro_form(v, children)):
            content_toks = pro  # "hinted as much", "does not believe so", "denied this"
        elif passive and subj_tok is not None and subj is not None and subj.i < v.i and \
                ("o" in frames or "n" in frames) and subj.lower_ not in ("it", "there") and subj.pos_ != "PRON":
            # "The claim was first reported by the agency", "The plan is backed by the unions": the agent is
            # the source and the passive subject the content
            content_toks = _subtree(subj)
        else:
            return None
        if not content_toks:
            return None
        if vc.cls == "evidential":
            kind = "evidential"
            subj_tok = None
        elif passive and subj_tok is None:
            kind = "passive"
        content_toks |= self.shared_conjunct(v, children, content_toks)
        cue = _cue_tokens(v, prep_tok)
        content_toks -= set(range(*cue))
        cue = self.extend_cue(v, cue, content_toks)
        cue = self.catenate(v, cue, content_toks)
        content_toks -= set(range(*cue))
        content_toks = self.trim_tail(content_toks)
        content_toks = {i for i in content_toks if not self.semicolon_between(v.i, i)}
        cited = self.fronted_citation(v, content_toks)
        for c in cited:
            content_toks -= _subtree(c)
        para = d.para[v.i]
        content_toks = {i for i in content_toks if d.para[i] == para}
        content = _spans(d, content_toks)
        if not content:
            return None
        att = Attribution(cue=d.chars(*cue), cue_lemma=vc.lemma + (" " + prep_tok.lower_ if prep_tok is not None else ""),
                          source=self.source_of(subj_tok, v) if subj_tok is not None else None,
                          content=content, kind=kind)
        if prep_tok is None:
            for c in children:
                if c.dep_ == "prt" and c.i == v.i + 1:
                    att.cue_lemma = f"{vc.lemma} {c.lower_}"
        self.via_of(v, att)
        for c in cited:
            sp = _source_span(d, next(o for o in c.children if o.dep_ == "dobj"))
            if sp:
                att.via.append(sp)
            self.consumed.add(c.i)
        return att

    def reporting_head(self, v: Token, vc: VerbCue) -> Token | None:
        """"Ruiz said he did not believe the attacks hurt him, arguing that …": a speech participle after a comma
        that the parser hung on a verb inside another reporting verb's that-clause continues the reporting clause;
        returns that reporting verb (whose subject is the participle's), else None."""
        if v.tag_ != "VBG" or v.dep_ != "advcl" or vc.cls != "speech" or v.i == 0 or v.doc[v.i - 1].text != ",":
            return None
        cur = v.head
        for _ in range(4):
            if cur.head.i == cur.i or cur.dep_ not in ("ccomp", "conj", "xcomp"):
                return None
            if cur.dep_ == "ccomp" and cur.head.i < cur.i:
                hc = self.verb_cue(cur.head)
                return cur.head if hc is not None and "c" in hc.frames else None
            cur = cur.head
        return None

    @staticmethod
    def leading_time(c: Token, content: set[int]) -> set[int]:
        """"said this weekend he would …", "said after the vote he would not …": a time phrase opening a
        complement clause without "that", before its subject, dates the saying, not the content."""
        subj = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass", "expl")]
        if not subj or any(g.dep_ == "mark" for g in c.children):
            return set()
        for m in c.children:
            if m.i >= subj[0].i or m.dep_ not in ("npadvmod", "prep", "advmod") or not content or \
                    min(_subtree(m)) != min(content):
                continue
            sub = _subtree(m)
            doc = c.doc
            timed = any(doc[k].ent_type_ in ("DATE", "TIME") or doc[k].lower_ in WEEKDAYS for k in sub) or \
                m.dep_ == "prep" and m.lower_ in ("after", "before", "during") and \
                any(g.dep_ == "pobj" and g.pos_ == "NOUN" for g in m.children)
            if timed:
                return sub | {k for k in range(max(sub) + 1, subj[0].i) if doc[k].is_punct}
        return set()

    @staticmethod
    def pro_form(v: Token, children: list[Token]) -> set[int] | None:
        """A pro-form standing for the content of a clausal cue verb: "so" ("does not believe so", "said so"),
        "as much" ("hinted as much"), "otherwise" and a demonstrative object ("denied this", "confirmed that")."""
        for c in children:
            if c.i <= v.i or c.i > v.i + 3:
                continue
            low = c.lower_
            if c.dep_ == "advmod" and low in ("so", "otherwise") and not any(True for _ in c.children) and \
                    (c.i + 1 >= len(v.doc) or v.doc[c.i + 1].is_punct or v.doc[c.i + 1].pos_ in ("CCONJ", "ADP")):
                return {c.i}
            if low == "much" and c.dep_ in ("advmod", "dobj") and \
                    any(g.lower_ == "as" and g.i == c.i - 1 for g in c.children):
                return {c.i - 1, c.i}
            if c.dep_ == "dobj" and low in ("that", "this") and not any(True for _ in c.children) and \
                    (c.i + 1 >= len(v.doc) or v.doc[c.i + 1].is_punct or v.doc[c.i + 1].dep_ == "prt"):
                return {c.i}
        return None

    def shared_conjunct(self, v: Token, children: list[Token], content: set[int]) -> set[int]:
        """"agreed to share a currency and rely on …", "mentioned refinancing loans and forcing …": a bare
        infinitive or a gerund without a subject that the parser joined to the cue verb continues the content
        (an infinitive or a gerund), not the reporting clause. Returns the tokens to add to the content."""
        if not content or v.tag_ in ("VB", "VBG"):
            return set()
        doc = v.doc
        first = doc[min(content)]
        inf = any(doc[k].dep_ == "xcomp" and doc[k].head.i == v.i and doc[k].tag_ == "VB" for k in content)
        for c in children:
            if c.dep_ != "conj" or c.i <= max(content) or self.verb_cue(c) is not None:
                continue
            if any(g.dep_ in SUBJ or g.dep_ in ("aux", "auxpass") for g in c.children):
                continue
            if (c.tag_ == "VB" and inf) or (c.tag_ == "VBG" and first.tag_ == "VBG"):
                return set(range(max(content) + 1, c.right_edge.i + 1))
        return set()

    def semicolon_between(self, i: int, j: int) -> bool:
        """A semicolon outside quotes between tokens i and j (either order)."""
        doc = self.d.doc
        lo, hi = min(i, j), max(i, j)
        return any(doc[k].text == ";" and not self.d.in_quote(doc[k].idx) for k in range(lo + 1, hi))

    @staticmethod
    def shifted_object(v: Token, children: list[Token]) -> set[int] | None:
        """"dismissed as baseless India's claim that …", "rejected as false the reports of …": an object moved
        after its "as"-predicate, which the parser read as the predicate's noun. The object is the phrase after
        the adjectives."""
        doc = v.doc
        for p in children:
            if p.dep_ != "prep" or p.lower_ != "as" or p.i != v.i + 1:
                continue
            pobj = [g for g in p.children if g.dep_ == "pobj"]
            if not pobj:
                return None
            k = p.i + 1
            while k < pobj[0].i and doc[k].is_lower and doc[k].is_alpha and \
                    (doc[k].pos_ in ("ADJ", "PROPN") or doc[k].dep_ in ("amod", "cc")):
                k += 1
            if k == p.i + 1 or k > pobj[0].i or doc[k - 1].pos_ == "CCONJ":
                return None
            first = doc[k]
            if not (first.pos_ == "DET" or first.dep_ == "poss" or first.pos_ == "PROPN" and first.head.dep_ == "poss"
                    or first.tag_ in ("NNS", "NNPS")):
                return None
            return set(range(k, max(_subtree(pobj[0])) + 1))
        return None

    def that_after_citation(self, v: Token, c: Token) -> bool:
        """"had reported on Sunday, citing the navy, that A": a that-clause parsed as an adverbial clause of the
        reporting verb, with a "citing"/"quoting" clause the parser hung on it between the verb (and the verb's
        own adjuncts) and the "that"."""
        doc = v.doc
        marks = [m for m in c.children if m.dep_ == "mark" and m.lower_ == "that" and m.i < c.i]
        if not marks:
            return False
        cites = [g for g in c.children if g.dep_ == "advcl" and g.tag_ == "VBG" and g.i < marks[0].i
                 and g.lemma_.lower() in ("cite", "quote")]
        if not cites or cites[0].left_edge.i != c.left_edge.i:
            return False
        own = _subtree(v) - _subtree(c)
        return all(k in own or doc[k].is_punct for k in range(v.i + 1, c.left_edge.i))

    def fronted_citation(self, v: Token, content: set[int]) -> list[Token]:
        """"said, citing the state news agency, that A": a "citing"/"quoting" clause between the reporting verb
        and the "that" of its content, which the parser hung on the content's verb, is the reporting verb's
        intermediate source, not part of what was said."""
        out = []
        for i in sorted(content):
            c = v.doc[i]
            if c.i <= v.i or c.tag_ != "VBG" or c.lemma_.lower() not in ("cite", "quote") or c.dep_ != "advcl":
                continue
            # only punctuation, or the reporting verb's own adjuncts ("reported on Sunday, citing …, that")
            own = _subtree(v) - content
            if any(not v.doc[k].is_punct and k not in own for k in range(v.i + 1, c.i)):
                continue
            marks = [m for m in c.head.children if m.dep_ == "mark" and m.lower_ == "that" and m.i > c.i]
            objs = [o for o in c.children if o.dep_ == "dobj"]
            if marks and objs and self.is_source_np(objs[0]) and max(_subtree(c)) < marks[0].i:
                out.append(c)
        return out

    def outer_conjunct(self, v: Token) -> Token | None:
        """`_outer_conjunct`, and also a past-tense speech verb with its own complement joined to a past-tense
        verb of a that-clause: "X tweeted that Y was a con and encouraged Americans to …" (the encouraging is
        X's, not part of what X tweeted)."""
        outer = _outer_conjunct(v)
        if outer is not None:
            return outer
        h = v.head
        if v.dep_ != "conj" or v.tag_ != "VBD" or h.dep_ not in ("ccomp", "advcl") or h.i >= v.i:
            return None
        if any(c.dep_ in SUBJ or c.dep_ in ("aux", "auxpass") for c in v.children):
            return None
        vc = self.verb_cue(v)
        if vc is None or not any(c.dep_ in ("dobj", "xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ in vc.preps
                                 for c in v.children):
            return None
        doc = v.doc
        r = h.head
        if h.tag_ in ("VB", "VBZ", "VBP") and any(c.dep_ == "aux" and c.tag_ == "MD" for c in h.children) \
                and r.pos_ in ("VERB", "AUX") and r.i < h.i and r.tag_ in ("VBD", "VBN") and self.verb_cue(r):
            # "said he would order a review and warned against …": a past tense cannot continue a "would"
            # clause, so the past-tense cue verb continues the reporting clause
            return r
        if h.tag_ not in ("VBD", "VBN"):
            return None
        cc = [c for c in h.children if c.dep_ == "cc" and h.i < c.i < v.i]
        comma = bool(cc) and doc[cc[-1].i - 1].text == ","
        # the parser sometimes reads the "that" of a that-clause as an adverb and the clause as adverbial
        that = h.tag_ == "VBD" and any(c.dep_ in ("mark", "advmod") and c.lower_ == "that" and c.i < h.i
                                       for c in h.children)
        # "said 16 people were killed near X, and condemned the strikes …": a cue verb after ", and" following a
        # passive whose subject is no possible speaker (not a name, pronoun or source noun: "the commander was
        # captured, and admitted …" keeps the commander) continues the reporting clause
        psubj = [c for c in h.children if c.dep_ == "nsubjpass"]
        passive = bool(psubj) and not self.is_source_np(psubj[0]) and psubj[0].pos_ != "PRON"
        if not (that and vc.cls == "speech" or comma and passive and vc.cls in ("speech", "evaluation", "naming")):
            return None
        return r if r.pos_ in ("VERB", "AUX") and r.i < h.i and r.tag_ in ("VBD", "VBN") and self.verb_cue(r) \
            else None

    def source_of(self, s: Token, v: Token) -> Span2 | None:
        sp = _source_span(self.d, s, v)
        acl = v if v.head.i == s.i else v.head if v.dep_ == "conj" and v.head.head.i == s.i else None
        if sp is not None and s.i < v.i and acl is not None:  # "a poll showing …": stop before the participle
            cut = acl.left_edge.idx
            if sp[0] < cut < sp[1]:
                tr = _trim(self.d, self.d.tok_at(sp[0]), self.d.tok_before(cut - 1) + 1)
                sp = self.d.chars(*tr) if tr else None
        return sp

    def modal_adjective(self, v: Token) -> Token | None:
        """"was able to tout", "will be unable to accuse": an adjective of ability after a copula (listed in
        `catenatives.tsv`) governing the cue verb's infinitive; it joins the cue and its copula's subject is the
        source."""
        h = v.head
        if v.dep_ == "xcomp" and h.pos_ == "ADJ" and h.dep_ == "acomp" and h.i < v.i and h.lower_ in \
                self.lex.catenatives and h.head.i < h.i and h.head.lemma_.lower() in COPULAS:
            return h
        return None

    def catenate(self, v: Token, cue: tuple[int, int], content: set[int]) -> tuple[int, int]:
        """'went on to explain', 'started off by emphasizing', 'keeps saying': an aspectual verb governing
        the cue verb joins the cue."""
        modal = self.modal_adjective(v)
        if modal is not None:
            a, _ = _cue_tokens(modal.head)
            return (a, cue[1]) if not content & set(range(a, cue[0])) else cue
        if v.dep_ not in ("xcomp", "pcomp", "advcl"):
            return cue
        head = v.head
        if head.pos_ == "ADP" and head.dep_ == "prep" and head.head.i != head.i:
            head = head.head  # "started off by emphasizing"
        if head.i >= v.i or v.i - head.i > 4 or head.lemma_.lower() not in self.lex.catenatives:
            return cue
        a, _ = _cue_tokens(head)
        if content & set(range(a, cue[0])):
            return cue
        self.absorbed.add(head.i)  # "refused to disclose": one cue, not "refused" with "to disclose" as content
        return min(a, cue[0]), cue[1]

    def extend_cue(self, v: Token, cue: tuple[int, int], content: set[int]) -> tuple[int, int]:
        """An adverb right after the cue verb joins the cue: "said then", "speaks more frequently".
        (A medium, "said in an interview", or a day, "said Friday", is left out: PolNeAR's annotators
        disagree on those.)"""
        doc = v.doc
        a, b = cue
        for _ in range(3):
            if b >= len(doc) or b in content:
                break
            t = doc[b]
            if t.head.i != v.i:
                break
            sub = sorted(_subtree(t))
            if sub[0] != b or sub[-1] - sub[0] + 1 != len(sub) or content & set(sub) or len(sub) > 6:
                break
            if not (t.dep_ == "advmod" and t.pos_ == "ADV" and t.lower_ not in ADV_NOT_CUE):
                break
            b = sub[-1] + 1
        return a, b

    def trim_tail(self, toks: set[int]) -> set[int]:
        """Drop a trailing aside set off by a comma or dash: a non-restrictive relative clause or
        appositive (", who is 70"), a participial clause (", arguing that …"), or a clause joined by
        "but" or with its own reporting verb (", but still lost", "and said …")."""
        if not toks:
            return toks
        doc = self.d.doc
        for _ in range(3):
            end = max(toks)
            cut = None
            for i in sorted(toks):
                t = doc[i]
                if t.head.i not in toks or t.head.i == i:
                    continue
                sub = _subtree(t)
                lo = min(sub)
                if max(sub) != end or lo <= min(toks) + 1:
                    continue
                prev = doc[lo - 1]
                if t.dep_ == "appos" and t.pos_ == "PROPN" and t.head.pos_ == "NOUN" and prev.text == ",":
                    pass  # "his rival, Maria Santos": the name of the thing said, not an aside
                elif t.dep_ in TAIL_DEPS or (t.dep_ == "advcl" and t.tag_ == "VBG") or (
                        t.dep_ == "advcl" and doc[lo].lower_ in CONCESSIVE):
                    if prev.text in (",", "-", "--", "—", "–", "―", "("):
                        cut = lo - 1
                elif t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"):
                    cc = [c for c in t.head.children if c.dep_ == "cc" and c.i < t.i and c.i > t.head.i]
                    if cc and cc[-1].lower_ == "but" and not any(c.dep_ in SUBJ or c.tag_ == "MD" for c in t.children):
                        cut = cc[-1].i - (1 if doc[cc[-1].i - 1].text == "," else 0)
                    elif cc and self.outer_conjunct(t) is not None and self.verb_cue(t):
                        cut = cc[-1].i - (1 if doc[cc[-1].i - 1].text == "," else 0)  # "… and denied …"
                if cut is not None:
                    break
            if cut is None or cut <= min(toks):
                break
            toks = {i for i in toks if i < cut}
        return toks

    def trailing_subject(self, v: Token) -> Token | None:
        """'…, a local People's Defence Force (PDF) said.': a sentence-final reporting verb left without a
        subject because the parser joined the noun phrase before it to the content (as a conjunct or an
        apposition). The noun phrase between the last comma and the verb is its subject when it is one
        phrase (a single token heading it from outside), has no verb, and the verb ends the sentence."""
        doc = v.doc
        sent = v.sent
        k = v.i + 1
        while k < sent.end and (doc[k].is_punct or doc[k].is_space) and not _is_quote_tok(doc[k]):
            k += 1
        if k < sent.end or v.i + 1 >= len(doc) or not doc[v.i + 1].is_punct:
            return None
        if any(c.i > v.i and c.dep_ not in ("punct",) for c in v.children):
            return None
        start = v.i - 1
        while start > sent.start and doc[start - 1].text not in (",", ";", ":") and v.i - start < 15:
            start -= 1
        if start <= sent.start + 1 or doc[start - 1].text != "," or self.d.in_quote(doc[start].idx):
            return None
        span = range(start, v.i)
        if any(doc[i].pos_ in ("VERB", "AUX") for i in span):
            return None
        heads = [doc[i] for i in span if not doc[i].is_punct and not (start <= doc[i].head.i < v.i)
                 and doc[i].head.i != v.i]
        if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN"):
            return None
        head = heads[0]
        if not _subtree(head) <= set(span) | {i for i in _subtree(head) if doc[i].is_punct}:
            return None
        return head

    def parenthetical(self, v: Token, subj: Token | None, loose: bool = False) -> set[int] | None:
        """'X, he said.' / 'X, he said, Y.' / 'X, said Smith.': a reporting clause set off by punctuation
        after the start of its sentence. Returns the content tokens (the sentence without the clause).
        `loose`: the subject came from `trailing_subject` and hangs elsewhere in the parse."""
        if subj is None or (subj.head.i != v.i and not loose):
            return None
        doc = v.doc
        vc = self.verb_cue(v)
        addressee = vc is not None and "a" in vc.frames  # "…, an official told AFP.": the object is the hearer
        if any((c.dep_ in ("xcomp", "oprd") or c.dep_ == "dobj" and not addressee) and c.i > v.i
               for c in v.children):
            return None  # "…, Clinton called them deplorable": the content follows the verb
        clause = self.reporting_clause(v, subj, None)
        cut_off = False
        if clause is None:
            # the clause ends at the first comma after the verb: "These employees, Stumpf explained earlier, were
            # “well-paid,” making …" (a participle the parser hung on the verb is then the content's)
            stop = next((k for k in range(v.i + 1, min(v.sent.end, v.i + 12))
                         if doc[k].head.i == v.i and (doc[k].text in (",", ";") or doc[k].text in DASHES)), None)
            clause = self.reporting_clause(v, subj, stop) if stop is not None else None
            cut_off = True
        if clause is None:
            return None
        lo, hi = min(clause), max(clause)
        sent = v.sent
        first = sent.start
        while first < sent.end and (doc[first].is_space or (doc[first].is_punct and not _is_quote_tok(doc[first]))):
            first += 1
        if lo <= first or lo - 1 < sent.start:
            return None
        before = doc[lo - 1]
        if not (before.text in (",", ":", ";") or before.text in DASHES or _is_quote_tok(before)):
            return None
        if hi + 1 < sent.end:
            after = doc[hi + 1]
            if not (after.is_punct or after.is_space or _is_quote_tok(after)):
                return None
        para = self.d.para[v.i]
        content = {i for i in range(sent.start, sent.end) if i not in clause and self.d.para[i] == para}
        bare = clause <= ({v.i} | _subtree(subj) | {c.i for c in v.children if c.dep_ in ("aux", "neg", "punct")})
        if not any(doc[i].pos_ in ("VERB", "AUX") for i in content) and not (
                bare and all(doc[k].is_punct or doc[k].is_space for k in range(hi + 1, sent.end))
                and any(doc[i].pos_ in ("NOUN", "PROPN") and doc[i].ent_type_ not in ("DATE", "TIME")
                        for i in content)):
            # "In June, Clinton said …": a fronted phrase is not reported content; a verbless statement the
            # clause closes is ("People like Scott, he said.")
            return None
        if cut_off and (lo < 2 or doc[lo - 2].pos_ not in ("NOUN", "PROPN", "PRON") or doc[lo - 2].ent_type_ in
                        ("DATE", "TIME")):
            return None  # "On Thursday, Trump spoke to …, promising …": no subject before the clause, no statement
        front = [i for i in content if i < lo]
        if front and doc[min(front)].pos_ == "ADP" and not any(doc[i].pos_ in ("VERB", "AUX") for i in front) and \
                any(doc[i].pos_ in ("VERB", "AUX") for i in content if i > hi):
            content -= set(front)  # "During his years in office, Mr. Obama said, a majority …": a setting, not content
        return content

    @staticmethod
    def reporting_clause(v: Token, subj: Token, stop: int | None) -> set[int] | None:
        """The tokens of a parenthetical reporting clause (verb, subject, auxiliaries, adverbs, objects), or None
        when they are not contiguous. `stop`: participles and infinitives hung on the verb from there on are left
        out."""
        doc = v.doc
        clause = {v.i} | _subtree(subj)
        for c in v.children:
            if c.i > v.i and c.dep_ not in ("ccomp", "conj", "cc", "parataxis", "punct"):
                if stop is not None and c.left_edge.i >= stop and c.dep_ in ("advcl", "xcomp", "npadvmod"):
                    continue
                clause |= _subtree(c)
            elif c.i < v.i and c.dep_ in ("aux", "auxpass", "neg", "advmod") and c.i > min(clause):
                clause.add(c.i)
        lo, hi = min(clause), max(clause)
        clause |= {i for i in range(lo, hi) if doc[i].is_punct and doc[i].head.i == v.i}
        return clause if hi - lo + 1 == len(clause) else None

    def as_clause(self, v: Token, subj: Token | None) -> set[int] | None:
        """'…, as one adviser pointed out, …' / 'As the ministry noted, …': a reporting clause opened by "as"
        inside the clause it reports on. Returns the content tokens (that clause without the as-clause)."""
        if subj is None or v.dep_ != "advcl" or v.head.i == v.i or v.head.pos_ not in ("VERB", "AUX"):
            return None
        marks = [c for c in v.children if c.dep_ == "mark"]
        if len(marks) != 1 or marks[0].lower_ != "as" or marks[0].i > subj.i:
            return None
        if any(c.dep_ in ("ccomp", "xcomp") for c in v.children):
            return None
        if any(c.dep_ == "dobj" and c.lower_ not in ("it", "this") for c in v.children):
            return None  # "as he signed the decree": an act, not a report
        vc = self.verb_cue(v)
        if vc is not None and any(c.dep_ == "prep" and c.i == v.i + 1 and c.lower_ in vc.preps for c in v.children):
            return None  # "as she called for the ratification …": the verb's own complement, not a report
        clause = _subtree(v)
        sent = v.sent
        para = self.d.para[v.i]
        content = {i for i in _subtree(v.head) - clause if sent.start <= i < sent.end and self.d.para[i] == para}
        if not any(self.d.doc[i].pos_ in ("VERB", "AUX") for i in content):
            return None
        return content

    def via_of(self, v: Token, att: Attribution) -> None:
        """'citing Y' / 'quoting Y' / 'via Y' attached to the reporting verb: intermediate sources."""
        for c in v.children:
            low = c.lower_
            if c.dep_ == "prep" and low == "via":
                for p in c.children:
                    if p.dep_ == "pobj":
                        sp = _source_span(self.d, p)
                        if sp:
                            att.via.append(sp)
                            self.consumed.add(c.i)
            elif c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in ("cite", "quote") and c.tag_ == "VBG":
                objs = [o for o in c.children if o.dep_ == "dobj"]
                if objs and self.is_source_np(objs[0]):
                    sp = _source_span(self.d, objs[0])
                    if sp:
                        att.via.append(sp)
                        self.consumed.add(c.i)

    def is_source_np(self, t: Token) -> bool:
        if t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PERSON", "NORP", "GPE"):
            return True
        return t.lemma_.lower() in self.lex.source_nouns or t.lower_ in self.lex.source_nouns

    # -- direct quotes ----------------------------------------------------------------------------
    def quotes(self) -> None:
        d = self.d
        for k, q in enumerate(d.quotes):
            if q.end - q.start >= 4 and q.start not in self.quote_owner:
                self.split_owner(k, q)
        for q in d.quotes:
            if q.end - q.start < 4 or q.start in self.quote_owner:
                continue
            att = self.cue_after(q) or self.cue_before(q)
            if att is not None:
                self.quote_owner[q.start] = att
        # continuation: “A,” he said. “B.” -- a quote right after an attributed quote's reporting clause,
        # in the same paragraph, with no cue of its own, continues the same attribution
        for k, q in enumerate(d.quotes):
            if q.start in self.quote_owner or q.end - q.start < 4 or k == 0:
                continue
            prev = d.quotes[k - 1]
            att = self.quote_owner.get(prev.start) or self.parenthetical_owner(prev, q)
            if att is None or att.kind not in ("direct", "indirect") or att.cue[0] < prev.end:
                continue
            if att.kind == "indirect" and not any(a <= prev.start < b for a, b in att.content):
                continue
            gap = d.text[prev.end:q.start]
            if "\n" in gap or att.cue[0] >= q.start:
                continue
            # '“A,” he said, but “B.”': a conjunction may join the continuation to the reporting clause
            start = q.start
            j = d.tok_before(q.start - 1)
            if d.doc[j].pos_ == "CCONJ" and d.doc[j].idx > att.cue[1] and d.doc[j - 1].text == ",":
                start = d.doc[j].idx
            if not self.only_reporting_clause(prev.end, start, att) or self.introduced_between(prev.end, q, att):
                continue  # "“A,” he said, adding that “B.”": the second quote is the adding's
            if self.has_own_cue(q) or len(WORD.findall(d.text, q.start, q.end)) < 3:
                continue
            v = self.verb_of.get(id(att))
            end = self.quote_clause_end(d.doc[v], q) if v is not None else q.end
            att.content.append((q.start, end))
            self.quote_owner[q.start] = att

    def parenthetical_owner(self, prev: Quote, q: Quote) -> Attribution | None:
        """"''I admire the mechanics'' of the plan, Ruiz said. ''…''": the reporting clause between two quotes
        whose attribution (a parenthetical one, not a quote rule's) holds the first quote in its content."""
        for att in self.by_verb.values():
            if prev.end <= att.cue[0] < q.start and any(a <= prev.start < b for a, b in att.content):
                return att
        return None

    def introduced_between(self, a: int, q: Quote, att: Attribution) -> bool:
        """Whether a cue verb in chars [a, q.start), other than `att`'s, has the quote in its own content ("“A,” he
        said, adding that “B.”")."""
        d = self.d
        i = d.tok_at(a)
        while i < len(d.doc) and d.doc[i].idx < q.start:
            other = self.by_verb.get(i)
            if other is not None and other is not att and any(s <= q.start < e for s, e in other.content):
                return True
            i += 1
        return False

    def split_owner(self, k: int, q: Quote) -> bool:
        """"McCaskill scolded him: “A,” she said. “B.”", "Ruiz said she left because “A,” she said. “B.”": a quote
        introduced by a cue before it (a colon, or the cue's own clause) and followed by a second reporting clause
        that a further quote continues. The first quote is the earlier cue's; the reporting clause after it
        introduces the next quote (PolNeAR's reading). Returns whether it assigned both quotes."""
        d = self.d
        if k + 1 >= len(d.quotes):
            return False
        q2 = d.quotes[k + 1]
        v_after = self.after_verb(q)
        if v_after is None or "\n" in d.text[q.end:q2.start] or q2.end - q2.start < 4:
            return False
        clause = _subtree(v_after)
        i = d.tok_at(q.end)
        while i < len(d.doc) and d.doc[i].idx < q2.start:
            if not (d.doc[i].is_punct or d.doc[i].is_space or i in clause):
                return False
            i += 1
        if self.has_own_cue(q2) or len(WORD.findall(d.text, q2.start, q2.end)) < 3:
            return False
        subj = _subject(v_after)
        if subj is None or subj.i < v_after.i and subj.idx < q.end:
            return False
        owner = self.earlier_owner(q, v_after)
        if owner is None:
            return False
        vc = self.verb_cue(v_after)
        if vc is None or "q" not in vc.frames:
            return False
        att = self.by_verb.get(v_after.i)
        if att is None:
            cue = _cue_tokens(v_after)
            att = Attribution(cue=d.chars(*cue), cue_lemma=vc.lemma, source=_source_span(d, subj, v_after))
            self.by_verb[v_after.i] = att
            self.verb_of[id(att)] = v_after.i
        att.content = [(q2.start, q2.end)]
        att.kind = "direct"
        self.quote_owner[q.start] = owner
        self.quote_owner[q2.start] = att
        return True

    def earlier_owner(self, q: Quote, v_after: Token) -> Attribution | None:
        """The attribution of a cue before quote `q` in its sentence that introduces it: a reporting verb right
        before it ("scolded him: “…”"), or a reporting verb with a subject of its own whose content holds the
        quote's start ("said she left because “…”"); its content then ends at the quote's closing mark."""
        d = self.d
        doc = d.doc
        j = d.tok_before(q.start - 1) if q.start > 0 else -1
        if j < 0:
            return None
        if doc[j].text == ":" and not d.in_quote(doc[j].idx):
            return self.cue_before(q)
        qa = d.tok_at(q.start)
        sent = doc[qa].sent
        for v in doc[sent.start:qa]:
            att = self.by_verb.get(v.i)
            if att is None or v.i == v_after.i or att.kind != "indirect" or att.source is None or \
                    att.source[0] > v.idx:
                continue
            if not any(a <= q.start < b for a, b in att.content):
                continue
            att.content = [(a, min(b, q.end)) for a, b in att.content if a < q.end]
            return att
        return None

    def only_reporting_clause(self, a: int, b: int, att: Attribution) -> bool:
        """Chars [a, b) hold nothing but the attribution's reporting clause and punctuation."""
        d = self.d
        v = self.verb_of.get(id(att))
        if v is None:
            return False
        clause = _subtree(d.doc[v])
        i = d.tok_at(a)
        while i < len(d.doc) and d.doc[i].idx < b:
            t = d.doc[i]
            if not (t.is_punct or t.is_space or i in clause):
                return False
            i += 1
        return True

    def has_own_cue(self, q: Quote) -> bool:
        d = self.d
        b = d.tok_at(q.end)
        if b < len(d.doc) and d.doc[b].idx >= q.end:
            for t in d.doc[b:min(b + 6, len(d.doc))]:
                if (t.is_sent_start and t.i != b) or "\n" in t.text_with_ws:
                    break  # a cue on the next line or in the next sentence is another attribution's
                if self.verb_cue(t):
                    return True
            # "“…” to drive up the price, she said.": a reporting clause (a cue verb with a subject of its own)
            # after a comma later in the quote's sentence makes the quote a partial quote of that clause
            k = b
            while k < min(b + 40, len(d.doc)) and not (d.doc[k].is_sent_start and k != b) and \
                    "\n" not in d.doc[k].text_with_ws and not _is_quote_tok(d.doc[k]):
                t = d.doc[k]
                if t.text == "," and k + 2 < len(d.doc):
                    for u in d.doc[k + 1:k + 4]:
                        if self.verb_cue(u) and any(c.dep_ == "nsubj" and c.i > k for c in u.children):
                            return True
                k += 1
        return False

    def _attach(self, v: Token, q: Quote, after: bool) -> Attribution | None:
        vc = self.verb_cue(v)
        if vc is None or "q" not in vc.frames:
            return None
        att = self.by_verb.get(v.i)
        start = q.start
        if after:
            start = self.lead_in(q)
        else:
            # "tweeted that, “…”": the complementiser belongs to the content, as in indirect speech
            m = THAT_BEFORE.search(self.d.text, max(0, q.start - 12), q.start)
            if m and m.start() > v.idx:
                start = m.start()
        content = [(start, self.quote_clause_end(v, q) if not after else q.end)]
        if att is None:
            subj = _subject(v)
            qa, qb = self.d.tok_at(q.start), self.d.tok_before(q.end - 1)
            cue = self.extend_cue(v, _cue_tokens(v), set(range(qa, qb + 1)))
            att = Attribution(cue=self.d.chars(*cue), cue_lemma=vc.lemma,
                              source=_source_span(self.d, subj, v) if subj is not None else None)
            self.by_verb[v.i] = att
            self.verb_of[id(att)] = v.i
            self.via_of(v, att)
        elif att.kind == "direct" and att.content and att.content[0] != content[0]:
            # the verb already owns a quote (before it); this one continues it, unless it is a scare-quoted
            # phrase ("called for “common-sense” rules")
            if len(WORD.findall(self.d.text, q.start, q.end)) < 3:
                return None
            att.content = sorted(set(att.content) | set(content))
            return att
        elif after and att.content and min(c[0] for c in att.content) > v.idx and \
                not any(c[0] <= q.start < c[1] for c in att.content):
            return None  # the verb's own content follows it: the quote before belongs elsewhere
        att.content = content
        att.kind = "direct"
        return att

    def quote_clause_end(self, v: Token, q: Quote) -> int:
        """Where the content of a quote after its cue ends: the closing mark, or the end of the words after it that
        continue the quoted clause ("said that “the council will defend itself” against what it sees as a
        campaign": the phrase hangs on a word inside the quote, so the statement goes on), up to the sentence's
        final punctuation. A quote whose own words end with punctuation ("“We will win,” before leaving") ends at
        its closing mark."""
        d = self.d
        doc = d.doc
        qa, qb = d.tok_at(q.start), d.tok_before(q.end - 1)
        if qb <= qa:
            return q.end
        if d.text[q.start:q.end].rstrip("“”\"'‘’«»„‟‹› ")[-1:] in (",", ".", "?", "!", ";", ":", "…"):
            return q.end  # “We will win,” before leaving: the quoted sentence ended inside the marks
        inside = range(qa, qb + 1)
        k = qb + 1
        end = None
        while k < len(doc) and not (doc[k].is_sent_start and k != qb + 1) and d.para[k] == d.para[qb]:
            t = doc[k]
            if t.is_punct or t.is_space or _is_quote_tok(t):
                break  # a comma, a dash or a new quote ends the continuation
            h = t
            for _ in range(12):
                if h.i in inside or h.i == v.i or h.head.i == h.i:
                    break
                h = h.head
            if h.i not in inside:
                break
            end = k
            k += 1
        if end is None:
            return q.end
        return doc[end].idx + len(doc[end].text)

    def lead_in(self, q: Quote) -> int:
        """Where the content of a quote with its reporting clause after it starts: the quote itself, or the
        start of its sentence when the quote completes a sentence begun outside it ('The summit accomplished
        “too little,” he said': the reported statement is the whole sentence)."""
        text = self.d.text
        lo = max(text.rfind("\n", 0, q.start) + 1, q.start - 300)
        head = text[lo:q.start]
        m = None
        for m in SENT_END.finditer(head):
            pass
        a = lo + (m.end() if m else 0)
        while a < q.start and text[a].isspace():
            a += 1
        lead = text[a:q.start]
        if not lead.strip() or any(c in QUOTE_CHARS for c in lead) or not re.search(r"\w", lead):
            return q.start
        if not (text[a].isupper() or text[a].isdigit()):
            return q.start  # not a sentence start (a hard-wrapped line, a fragment)
        return a

    def cue_after(self, q: Quote) -> Attribution | None:
        """“…,” he said / “…,” said Smith / “…” ― Smith"""
        rest = self.d.text[q.end:q.end + 3].lstrip(" \t\u00a0\u2009\u202f")
        if rest[:1] in ("―", "—", "–") or rest.startswith("--"):
            return self.dash_caption(q)
        v = self.after_verb(q)
        return self._attach(v, q, True) if v is not None else None

    def after_verb(self, q: Quote) -> Token | None:
        """The cue verb of the reporting clause right after a quote (“…,” he said / “…,” said Smith), or None."""
        d = self.d
        doc = d.doc
        i = d.tok_at(q.end)
        if i >= len(doc) or doc[i].idx < q.end:
            return None
        gap = d.text[q.end:doc[i].idx]
        if "\n" in gap:
            return None
        inner_end = d.text[q.start:q.end].rstrip("“”\"'‘’«»„‟‹› ")[-1:]
        first = doc[i]
        if first.text == ",":
            i += 1
        elif inner_end not in (",", "?", "!", "—", "-", "–", "…") and not (inner_end == "." and first.is_lower):
            return None  # “... .” She said -> a new sentence, not a reporting clause
        for t in doc[i:min(i + 30, len(doc))]:
            if t.idx > q.end and (t.text in (".", "!", "?", ";") or _is_quote_tok(t) or "\n" in t.text):
                break
            if self.verb_cue(t):
                # the verb must head the reporting clause, not sit inside another clause
                if any(x.pos_ == "VERB" and x.dep_ not in ("aux", "auxpass") for x in doc[i:t.i]):
                    break
                return t
        return None

    def cue_before(self, q: Quote) -> Attribution | None:
        """Smith said: “…” / He told reporters, “…” / she said “…”"""
        d = self.d
        doc = d.doc
        j = d.tok_before(q.start - 1) if q.start > 0 else -1
        if j < 0 or doc[j].idx + len(doc[j].text) > q.start:
            return None
        gap = d.text[doc[j].idx + len(doc[j].text):q.start]
        if "\n" in gap:
            return None
        if doc[j].text not in (":", ",") and not self.verb_cue(doc[j]):
            return None
        k = q.start
        while k < q.end and (d.text[k] in QUOTE_CHARS or d.text[k].isspace()):
            k += 1  # past the opening mark, even a doubled one ('' … '')
        first_inner = d.text[k:k + 1]
        if doc[j].text != ":" and not first_inner.isupper():
            return None  # said “a big problem” -> a partial quote inside indirect speech
        stop = max(0, j - 10)
        for t in reversed(doc[stop:j + 1]):
            if t.i < j and (t.text in (".", "!", "?", ";") or _is_quote_tok(t)):
                break
            if "\n" in t.text:
                break
            if self.verb_cue(t):
                return self._attach(t, q, False)
            if t.pos_ == "VERB" and t.i < j:
                break
        return None

    def dash_caption(self, q: Quote) -> Attribution | None:
        """“…” ― Name: the dash is the cue, the name after it the source."""
        d = self.d
        doc = d.doc
        k = q.end
        while k < len(d.text) and d.text[k] in " \t\u00a0\u2009\u202f":
            k += 1
        dash_end = k + (2 if d.text.startswith("--", k) else 1)
        i = d.tok_at(dash_end)
        if i >= len(doc) or doc[i].idx < dash_end:
            return None
        while i < len(doc) - 1 and doc[i].is_space and "\n" not in doc[i].text:
            i += 1  # "― Name" with a no-break space
        j = i
        while j < len(doc) and "\n" not in doc[j].text and doc[j].text not in (".", "“", "\"") and j - i < 6 \
                and (doc[j].pos_ == "PROPN" or doc[j].is_title or doc[j].text in (",", "-", "'", "@")):
            j += 1
        tr = _trim(d, i, j)
        if not tr:
            return None
        att = Attribution(cue=(k, dash_end), cue_lemma="―", source=d.chars(*tr), content=[(q.start, q.end)],
                          kind="direct")
        self.extra.append(att)
        return att

    # -- nouns ------------------------------------------------------------------------------------
    def nouns(self) -> None:
        """"Trump's claim that …", "the army's plan to …", "criticism of the deal"."""
        d = self.d
        for n in d.doc:
            if n.pos_ != "NOUN":
                continue
            nc = self.lex.nouns.get(n.lemma_.lower())
            if nc is None or d.in_quote(n.idx):
                continue
            content: set[int] = set()
            prep_tok = None
            for c in n.children:
                if c.i < n.i:
                    continue
                # a relative clause only when "that" is a marker and the clause has a subject of its own: "a
                # report that the mayor had lost money" (the parser's relcl), not "a report that said …"
                if c.dep_ in ("acl", "ccomp", "appos", "relcl") and "c" in nc.frames and \
                        any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children) and \
                        any(g.dep_ in SUBJ for g in c.children):
                    content = _subtree(c)
                elif c.dep_ in ("acl", "relcl") and "x" in nc.frames and \
                        any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) and \
                        not any(g.dep_ in SUBJ for g in c.children):
                    content = _subtree(c)
                elif c.dep_ == "prep" and c.lower_ in nc.preps:
                    pobj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                    if pobj:
                        content = _subtree(pobj[0])
                        prep_tok = c
                if content:
                    break
            if not content:
                continue
            source = None
            for c in n.children:
                if c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her", "my", "our", "your"):
                    source = _source_span(d, c)
                elif c.dep_ == "poss":
                    source = d.chars(c.i, c.i + 1)
            if source is None:
                source = self.compound_source(n)
            if source is None:
                holder = self.holder_of(n)
                if holder is not None:
                    source = _source_span(d, holder, holder.head)
            if source is None and n.dep_ in ("dobj",) and n.head.lemma_.lower() in ("make", "issue", "repeat",
                                                                                  "reject", "deny", "level"):
                subj = _subject(n.head)
                if subj is not None:
                    source = _source_span(d, subj, n.head)
            cue_start = n.i
            if source is None and n.dep_ == "attr" and n.head.lemma_.lower() in COPULAS and n.head.i < n.i:
                # "X is a staunch opponent of …", "X has been a critic of …": the copula's subject holds the view
                subj = _subject(n.head)
                if subj is not None and subj.lower_ not in ("it", "there", "this", "that"):
                    source = _source_span(d, subj, n.head)
                    cue_start = _cue_tokens(n.head)[0]
                    content -= set(range(cue_start, n.i + 1))
            para = d.para[n.i]
            content = {i for i in content if d.para[i] == para}
            spans = _spans(d, content)
            if not spans:
                continue
            if source is None and not any(g.dep_ == "mark" for c in n.children for g in c.children if c.i > n.i):
                continue  # "the plan to …", "criticism of …" with no one behind it is rarely an attribution
            cue_end = prep_tok.i + 1 if prep_tok is not None and prep_tok.i == n.i + 1 else n.i + 1
            self.extra.append(Attribution(cue=d.chars(cue_start, cue_end), cue_lemma=nc.lemma, source=source,
                                          content=spans, kind="indirect"))

    def holder_of(self, n: Token) -> Token | None:
        """"They left with hopes of coming back", "She resigned in hopes that …": a bare cue noun after "with" or "in"
        on a verb is its subject's hope or fear, when the subject can hold one (not "The plan comes with plans for
        …"; not after "amid": "prices fell amid concerns that …")."""
        p = n.head
        if n.dep_ != "pobj" or p.dep_ != "prep" or p.lower_ not in ("with", "in") or p.head.pos_ not in ("VERB", "AUX"):
            return None
        if any(c.dep_ in ("det", "poss") for c in n.children) or n.tag_ not in ("NN", "NNS"):
            return None
        subj = _subject(p.head)
        return subj if subj is not None and subj.i < p.i and self.speaker_like(subj) else None

    def compound_source(self, n: Token) -> Span2 | None:
        """"a Chicago Tribune report that …", "the White House claim that …": a name (an organisation, a person or a
        group) used as a modifier right before a cue noun is its source (not a common noun: "a press statement")."""
        doc = n.doc
        k = n.i - 1
        while k >= 0 and doc[k].dep_ == "compound" and doc[k].head.i in range(k + 1, n.i + 1):
            k -= 1
        a = k + 1
        if a == n.i:
            return None
        mods = doc[a:n.i]
        if not any(t.ent_type_ in ("ORG", "PERSON", "NORP") for t in mods):
            return None
        return self.d.chars(a, n.i)

    # -- light verbs ------------------------------------------------------------------------------
    def light_verbs(self) -> None:
        """"made the case that …", "raised questions about …", "voiced concern over …", "made it clear …":
        the verb and its object noun together are the cue; the noun's (or verb's) complement is the content."""
        d = self.d
        doc = d.doc
        light = self.lex.light_verbs
        if not light:
            return
        for v in doc:
            nouns = light.get(v.lemma_.lower())
            if nouns is None or v.pos_ not in ("VERB", "AUX") or d.in_quote(v.idx):
                continue
            objs = [c for c in v.children if c.dep_ in ("dobj", "oprd", "ccomp", "acomp") and c.i > v.i
                    and c.lemma_.lower() in nouns]
            if not objs:
                continue
            n = objs[0]
            if v.lemma_.lower() in self.lex.target_light_verbs:
                self.target_light_verb(v, n)
                continue
            content: set[int] = set()
            end = n.i + 1
            for c in list(n.children) + list(v.children):
                if c.i <= n.i:
                    continue
                if c.dep_ in ("acl", "ccomp", "relcl") and (
                        any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children) or
                        any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)):
                    content = _subtree(c)
                elif c.dep_ == "ccomp" and c.head.i == v.i:
                    content = _subtree(c)
                elif c.dep_ == "advcl" and c.head.i == n.i and n.pos_ == "ADJ" and \
                        any(g.dep_ in SUBJ for g in c.children) and \
                        all(g.lower_ == "that" for g in c.children if g.dep_ == "mark"):
                    content = _subtree(c)  # "made it clear he had doubts": the parser's adverbial clause
                elif c.dep_ == "prep" and c.lower_ in LIGHT_PREPS and \
                        c.head.i == n.i:
                    pobj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                    if pobj:
                        content = _subtree(pobj[0])
                        if c.i == n.i + 1:
                            end = c.i + 1
                if content:
                    break
            if not content:
                continue
            subj = _subject(v)
            a, _ = _cue_tokens(v)
            content -= set(range(a, end))
            para = d.para[v.i]
            spans = _spans(d, self.trim_tail({i for i in content if d.para[i] == para}))
            if not spans:
                continue
            self.extra.append(Attribution(cue=d.chars(a, end), cue_lemma=f"{_lemma(v)} {n.lemma_.lower()}",
                                          source=_source_span(d, subj, v) if subj is not None else None,
                                          content=spans, kind="indirect"))

    def target_light_verb(self, v: Token, n: Token) -> None:
        """"X faced heavy criticism from Y", "X is drawing ridicule": Y (a "from" phrase, else nobody) criticised
        X; the content is what the noun is about ("faced questions about …"), else the subject."""
        d = self.d
        if any(c.dep_ == "neg" for c in v.children):
            return
        source = None
        content: set[int] = set()
        for c in list(n.children) + list(v.children):
            if c.dep_ != "prep" or c.i <= n.i:
                continue
            pobj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if not pobj:
                continue
            if c.lower_ == "from" and source is None:
                source = pobj[0]
            elif c.lower_ in ("about", "over", "for") and c.head.i == n.i and not content:
                content = _subtree(pobj[0])
        if not content:
            subj = _subject(v)
            if subj is None or subj.i > v.i or subj.pos_ == "PRON" and subj.lower_ in ("it", "there"):
                return
            content = _subtree(subj)
        a, _ = _cue_tokens(v)
        content -= set(range(a, n.i + 1))
        para = d.para[v.i]
        spans = _spans(d, {i for i in content if d.para[i] == para})
        if not spans:
            return
        self.extra.append(Attribution(cue=d.chars(a, n.i + 1), cue_lemma=f"{_lemma(v)} {n.lemma_.lower()}",
                                      source=_source_span(d, source, v) if source is not None else None,
                                      content=spans, kind="indirect"))

    # -- adjectives -------------------------------------------------------------------------------
    def adjectives(self) -> None:
        """"X has been critical of …", "X was confident that …", "X is reluctant to …": a stance adjective
        after a copula with a content complement; the copula's subject is the source."""
        d = self.d
        lex = self.lex.adjectives
        if not lex:
            return
        for a in d.doc:
            ac = lex.get(a.lower_)
            if ac is None or a.i in self.idiom or d.in_quote(a.idx):
                continue
            if a.i in self.by_verb and (self.by_verb[a.i].source is not None or a.dep_ != "acomp"):
                continue  # "we are convinced that …" read as a verb without a subject: the copula's subject holds it
            if a.dep_ in ("acomp", "oprd") and a.head.lemma_.lower() in COPULAS and a.head.i < a.i:
                verb = a.head  # "is critical of"
            elif a.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in a.children):
                verb = a  # "was concerned about" parsed as a passive
            else:
                continue
            content: set[int] = set()
            prep_tok = None
            # "is bearish on …": the parser may hang the adjective's preposition on the copula
            hung = [c for c in verb.children if c.dep_ == "prep" and c.i == a.i + 1] if verb is not a else []
            for c in list(a.children) + hung:
                if c.i < a.i:
                    continue
                if c.dep_ == "prep" and "p" in ac.frames and c.lower_ in ac.preps:
                    pobj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                    if pobj:
                        content = _subtree(pobj[0])
                        prep_tok = c
                elif c.dep_ in ("ccomp", "advcl") and "c" in ac.frames and \
                        any(g.dep_ in SUBJ for g in c.children) and \
                        not any(g.dep_ == "mark" and g.lower_ not in ("that", "whether", "if") for g in c.children):
                    content = _subtree(c)
                elif c.dep_ == "xcomp" and "x" in ac.frames and any(g.dep_ == "aux" and g.lower_ == "to"
                                                                     for g in c.children):
                    content = _subtree(c)
                if content:
                    break
            if not content:
                continue
            subj = _subject(verb)
            if subj is None or subj.lower_ in ("it", "there"):
                continue
            a0, _ = _cue_tokens(verb)
            b = prep_tok.i + 1 if prep_tok is not None and prep_tok.i - a.i <= 1 else a.i + 1
            content -= set(range(a0, b))
            para = d.para[a.i]
            spans = _spans(d, self.trim_tail({i for i in content if d.para[i] == para}))
            if not spans:
                continue
            lemma = ac.lemma + (" " + prep_tok.lower_ if prep_tok is not None else "")
            self.extra.append(Attribution(cue=d.chars(a0, b), cue_lemma=lemma, source=_source_span(d, subj, verb),
                                          content=spans, kind="indirect"))

    # -- phrases ----------------------------------------------------------------------------------
    def phrases(self) -> None:
        d = self.d
        doc = d.doc
        n = len(doc)
        firsts = self.lex.phrases
        for t in doc:
            if t.lower_ not in firsts:
                continue
            p = self.lex.phrase_at([x.lower_ for x in doc[t.i:min(t.i + 4, n)]])
            if p is None:
                continue
            if p.kind == "according_to":
                self.according(t, len(p.words), p.lemma)
            elif p.kind == "evidential":
                self.evidential(t, p.lemma)
            elif p.kind == "as_clause":
                self.as_phrase(t, len(p.words), p.lemma)
            elif p.kind == "via" and t.i not in self.consumed and t.lower_ in ("citing", "quoting"):
                # "citing a threat to public health": an ordinary cue with the main clause's subject
                vc = self.lex.verbs.get(p.lemma)
                if vc and t.i not in self.by_verb:
                    objs = [o for o in t.children if o.dep_ == "dobj"]
                    if objs:
                        subj = _subject(t)
                        att = Attribution(cue=d.chars(t.i, t.i + 1), cue_lemma=p.lemma,
                                          source=_source_span(d, subj, t) if subj is not None else None,
                                          content=_spans(d, _subtree(objs[0])))
                        if att.content:
                            self.extra.append(att)

    def prep_sources(self) -> None:
        """'In the latest poll, Trump leads …', '… have been damaged, by one estimate.': a preposition whose object
        is a poll, a study or an estimate (`data/cues/prep_sources.tsv`) attributes the clause it modifies to
        that object, like "according to"."""
        table = self.lex.prep_sources
        if not table:
            return
        for t in self.d.doc:
            nouns = table.get(t.lower_)
            if nouns is None or t.dep_ != "prep" or self.d.in_quote(t.idx):
                continue
            pobj = [c for c in t.children if c.dep_ == "pobj"]
            if not pobj or pobj[0].lemma_.lower() not in nouns and pobj[0].lower_ not in nouns:
                continue
            if not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in pobj[0].children):
                continue  # "in view of the escalation": a bare noun is part of a set phrase, not a source
            if t.head.pos_ not in ("VERB", "AUX") and not (t.head.dep_ == "ROOT" or t.head.head.pos_ in ("VERB", "AUX")):
                continue
            self.according(t, 1, t.lower_)

    def as_phrase(self, t: Token, width: int, lemma: str) -> None:
        """'…, as a ministry memo put it.', 'As the envoy put it, …': a set phrase that reports only inside an
        "as" clause (`phrases.tsv`, kind as_clause); the clause it modifies is the content."""
        if t.i in self.by_verb or self.d.in_quote(t.idx):
            return
        subj = _subject(t)
        if subj is None:
            return
        content = self.as_clause(t, subj)
        if not content:
            return
        spans = _spans(self.d, {i for i in content if not t.i <= i < t.i + width})
        if spans:
            a, _ = _cue_tokens(t)
            self.extra.append(Attribution(cue=self.d.chars(a, t.i + width), cue_lemma=lemma,
                                          source=_source_span(self.d, subj, t), content=spans))

    def according(self, t: Token, width: int, lemma: str) -> None:
        d = self.d
        doc = d.doc
        last = doc[t.i + width - 1]
        pobj = [c for c in last.children if c.dep_ == "pobj"]
        if not pobj:
            pobj = [c for c in t.children if c.dep_ == "pobj"]
        src = None
        if not pobj:
            # parse without pobj: the noun phrase right after the phrase
            k = t.i + width
            if k < len(doc) and doc[k].pos_ in ("PROPN", "NOUN", "DET", "ADJ", "PRON"):
                pobj = [doc[k].head if doc[k].head.i > k else doc[k]]
            elif k < len(doc) and any(c.i == k for c in last.children) and not doc[k].is_punct:
                # "according to show insiders" parsed as a verb: the phrase's object is its subtree
                pobj = [doc[k]]
                toks = {i for i in _subtree(doc[k]) if i >= k}
                b = k
                while b + 1 in toks:
                    b += 1
                tr = _trim(d, k, b + 1)
                src = d.chars(*tr) if tr else None
            else:
                return
        if src is None:
            src = _source_span(d, pobj[0])
        phrase = {t.i + k for k in range(width)} | _subtree(pobj[0])
        for k in range(t.i, t.i + width):
            phrase |= _subtree(doc[k])
        sent = t.sent
        head = t.head if t.head.i != t.i else None
        # the clause the phrase modifies: its head's subtree, else the sentence
        while head is not None and head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        if head is not None and head.sent == sent:
            body = _subtree(head)
        else:
            body = set(range(sent.start, sent.end))
        body = {i for i in body if sent.start <= i < sent.end} - phrase
        if not any(not (doc[i].is_punct or doc[i].is_space) for i in body):
            body = self.according_rest(t, pobj[0], phrase)
            if body:  # the source stops at the comma too
                tr = _trim(d, pobj[0].left_edge.i, min(body))
                src = d.chars(*tr) if tr else src
        # a quote that starts the sentence belongs to the content whole
        content = _spans(d, body)
        if not content:
            return
        att = Attribution(cue=d.chars(t.i, t.i + width), cue_lemma=lemma, source=src, content=content,
                          kind="according_to")
        self.extra.append(att)

    def according_rest(self, t: Token, pobj: Token, phrase: set[int]) -> set[int]:
        """"According to X, the deal reeks of …" parsed with the clause after the comma hung on X (an apposition,
        a relative clause): the phrase opening its sentence ends at the first comma after its object, and the
        rest of the sentence is the content. Only used when the phrase left no content at all."""
        doc = self.d.doc
        sent = t.sent
        if any(not (doc[k].is_punct or doc[k].is_space or doc[k].pos_ == "CCONJ") for k in range(sent.start, t.i)):
            return set()  # the phrase must open its sentence
        comma = next((k for k in range(pobj.i + 1, sent.end) if doc[k].text == "," and k in phrase), None)
        if comma is None:
            return set()
        rest = set(range(comma + 1, sent.end))
        if not any(doc[k].pos_ in ("VERB", "AUX") or doc[k].tag_.startswith("VB") or doc[k].tag_ == "NNS"
                   for k in rest):
            return set()  # "According to X, a former aide," : no clause after the comma
        phrase -= rest
        phrase.difference_update(range(comma, sent.end))
        return rest

    def evidential(self, t: Token, lemma: str) -> None:
        d = self.d
        head = t.head
        if t.dep_ == "amod":
            toks = {i for i in _subtree(head) if i > t.i}
        elif head.i != t.i:
            toks = _subtree(head) - {t.i}
            sent = t.sent
            toks = {i for i in toks if sent.start <= i < sent.end}
        else:
            return
        content = _spans(d, toks)
        if content:
            self.extra.append(Attribution(cue=d.chars(t.i, t.i + 1), cue_lemma=lemma, content=content,
                                          kind="evidential"))

    # -- headlines and transcripts -----------------------------------------------------------------
    def block_quotes(self) -> None:
        """'The governor added:' / 'The New York Times reports:' closing its paragraph: the next paragraph (a
        block quotation, with or without quote marks) is the content, the verb's subject the source."""
        d = self.d
        doc = d.doc
        text = d.text
        for v in doc:
            if v.i in self.by_verb or v.i + 1 >= len(doc) or doc[v.i + 1].text != ":":
                continue
            vc = self.verb_cue(v)
            if vc is None or "q" not in vc.frames or d.in_quote(v.idx):
                continue
            colon_end = doc[v.i + 1].idx + 1
            nl = text.find("\n", colon_end)
            if nl < 0 or text[colon_end:nl].strip():
                continue  # the colon does not close its line
            a = nl
            while a < len(text) and text[a].isspace():
                a += 1
            if a >= len(text) or "\n\n" not in text[nl:a + 1] and text[nl:a].count("\n") < 1:
                continue
            b = text.find("\n", a)
            b = len(text) if b < 0 else b
            subj = _subject(v)
            if subj is None or _is_passive(v):
                continue
            q = d.quote_at(a)
            if q is not None and q.start in self.quote_owner:
                continue  # the quotation already has its own reporting clause
            ta, tb = d.tok_at(a), d.tok_before(b - 1) + 1
            tr = _trim(d, ta, tb)
            if not tr or tb - ta < 3:
                continue
            cue = _cue_tokens(v)
            att = Attribution(cue=d.chars(*cue), cue_lemma=vc.lemma, source=_source_span(d, subj, v),
                              content=[d.chars(*tr)], kind="direct")
            self.by_verb[v.i] = att
            self.verb_of[id(att)] = v.i
            if q is not None:
                self.quote_owner[q.start] = att

    def colon_lines(self) -> None:
        """'Pence: Trump was mocking…' (headline), 'WALLACE: Let's start…' (transcript)."""
        d = self.d
        doc = d.doc
        text = d.text
        pos = 0
        for line in text.split("\n"):
            start = pos
            pos += len(line) + 1
            stripped = line.lstrip(" \t\"“'")
            if not stripped:
                continue
            off = start + (len(line) - len(stripped))
            colon = stripped.find(":")
            if colon <= 0 or colon > 40 or colon + 2 >= len(stripped):
                continue
            name = stripped[:colon]
            words = name.split()
            if start == 0 and not 1 <= len(words) <= 4 and self.headline_quote(off, colon, stripped):
                continue
            if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
                continue
            if any(ch.isdigit() for ch in name):
                continue
            low = " ".join(w.lower() for w in words)
            if low in self.lex.headline_labels or words[-1].lower() in self.lex.headline_labels:
                continue  # "Statement: …", "Sudan live: …": a label, not a speaker
            i = d.tok_at(off)
            toks = [x for x in doc[i:d.tok_at(off + colon)]]
            if not toks or not all(x.pos_ in ("PROPN", "NOUN") or x.is_upper or x.text in (".", "-") for x in toks):
                continue
            body_start = off + colon + 1
            body_end = start + len(line.rstrip())
            while body_start < body_end and text[body_start].isspace():
                body_start += 1
            if body_end - body_start < 5:
                continue
            src = (off, off + colon)
            cj = d.tok_at(off + colon)
            content_end = body_end
            if start == 0 and text[content_end - 1] == "." and content_end - 1 > body_start:
                content_end -= 1  # the full stop PolNeAR-style headlines carry is not content (a transcript's is)
            self.extra.append(Attribution(cue=(off + colon, off + colon + 1), cue_lemma=":", source=src,
                                          content=[(body_start, content_end)], kind="direct"))
            del cj

    def headline_quote(self, off: int, colon: int, line: str) -> bool:
        """'A farewell from Ana Ruiz: ‘Keep asking …’', 'Governor Ana Ruiz Rebukes Council: ‘We Will …’': a
        headline whose text after the colon is one quotation quotes the person named before the colon (the last
        PERSON name there). Returns whether an attribution was added."""
        d = self.d
        body = line[colon + 1:].strip()
        if len(body) < 8 or body[0] not in QUOTE_CHARS or colon > 80:
            return False
        q = d.quote_at(off + line.index(body[0], colon))
        if q is None or q.end < off + len(line.rstrip()) - 2:
            return False  # the quotation must run to the end of the line
        people = [e for e in _dc.ents(d.doc)
                  if e.label_ == "PERSON" and off <= e.start_char and e.end_char <= off + colon]
        if not people:
            return False
        e = people[-1]
        self.extra.append(Attribution(cue=(off + colon, off + colon + 1), cue_lemma=":",
                                      source=(e.start_char, e.end_char), content=[(q.start, q.end)], kind="direct"))
        return True

    def headline(self) -> None:
        """'Sanders Vows To Eliminate Tax Breaks', 'Russia Says It Downed Drones': a title-case headline the parser
        read as one long name. A capitalised reporting verb after a capitalised name opening the first line is
        the cue, the name the source and the rest of the line the content. Only when no other rule found an
        attribution in that line, or only attributions whose cues are capitalised words ("Railing Against Trump,
        Sanders Vows To …": the next capitalised reporting verb is still a cue)."""
        d = self.d
        doc = d.doc
        text = d.text
        end = text.find("\n")
        end = len(text) if end < 0 else end
        if end < 10 or end > 200:
            return
        found = [a.cue for a in list(self.by_verb.values()) + self.extra if a.cue[0] < end]
        for c in found:
            sp = doc.char_span(c[0], c[1], alignment_mode="expand")
            if sp is not None and any(x.pos_ in ("VERB", "AUX") and x.text[:1].islower() for x in sp):
                return  # a lower-case reporting verb: the parser read the line as a sentence; trust it
        toks = [t for t in doc if t.idx < end and not t.is_space]
        words = [t for t in toks if t.is_alpha]
        if len(words) < 4 or sum(1 for t in words if t.text[:1].isupper()) < 0.75 * len(words):
            return  # not a title-case headline: the parse is trusted
        for k, t in enumerate(toks):
            if k == 0 or not t.text[:1].isupper() or not t.is_alpha:
                continue
            if any(c[0] <= t.idx < c[1] for c in found):
                continue  # already a cue
            low = t.lower_
            vc = self.lex.verbs.get(low) or self.lex.verbs.get(_inflection_lemma(low, self.lex.verbs))
            if vc is None or vc.cls in ("evidential", "acquisition") or not (vc.frames & {"c", "x", "o", "n"}):
                continue
            if t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBZ", "VBD", "VBP"):
                continue
            if low == vc.lemma or not (low.endswith("s") or low.endswith("ed") or low == "said"):
                continue  # "Washington Post", "Clinton Plan": a bare form in a title is a noun
            if t.ent_iob_ == "I":
                continue  # inside a name ("Obama Power Plant Rules")
            src = toks[:k]
            cut = max((j for j, x in enumerate(src) if x.text in (",", ":", ";")), default=-1)
            src = src[cut + 1:]
            if not src or len(src) > 6 or not all(x.text[:1].isupper() or x.text in (".", "'s", "’s", "-")
                                                   for x in src):
                return
            body = toks[k + 1:]
            while body and (body[-1].is_punct and not _is_quote_tok(body[-1])):
                body = body[:-1]
            if len([x for x in body if x.is_alpha]) < 2:
                return
            self.extra.append(Attribution(cue=d.chars(t.i, t.i + 1), cue_lemma=vc.lemma,
                                          source=d.chars(src[0].i, src[-1].i + 1),
                                          content=[d.chars(body[0].i, body[-1].i + 1)], kind="indirect"))
            return

    # -- learned cues -----------------------------------------------------------------------------
    def learned(self) -> None:
        """"Trump is defending his tweets", "Clinton laid out her proposals": a verb with a subject and a
        complement that no lexicon construction took, scored by a small logistic model over its construction
        (verb lemma, complement kind, subject kind, object noun, prepositions, dependency, headline, question;
        `data/cues/learned_cues.json`, fitted on PolNeAR dev by `bench/attribution.py --fit-cues`). Added when
        the score passes the model's threshold: the subject is the source, the complement (that-clause,
        infinitive, object with the rest of its clause, or prepositional object) the content. Never a candidate:
        a verb inside a quote or inside a content or cue already found (PolNeAR never annotates nested reports)
        or under another reporting verb; a subject that is no speaker ("Artillery"), unless it is a common noun whose
        lemma the model has learned as a speaker (feature "sn=…" with a positive weight: "the ad features …"); a
        verb of armed action
        (`physical_verbs.tsv`); a lexicon verb outside the frames it is listed with where those frames are a
        deliberate limit (frame h, an evaluation verb's object, a telling verb's addressee); a verb outside the
        lexicon with a pronoun object ("put it on the table"); a content that would hold a cue the rules found."""
        model = self.lex.cue_model
        if model is None and _CAND_SINK is None:
            return
        d = self.d
        doc = d.doc
        verbs = [int(i) for i in (doc.to_array(POS) == VERB_POS).nonzero()[0]]
        if not verbs:
            return
        taken = list(self.by_verb.values()) + self.extra
        cue_chars = [a.cue for a in taken]
        covered = bytearray(len(doc))  # tokens inside a cue or a content already found
        for a, b in cue_chars + [c for a in taken for c in a.content]:
            lo, hi = d.tok_at(a), d.tok_before(b - 1)
            if 0 <= lo <= hi:
                covered[lo:hi + 1] = b"\x01" * (hi - lo + 1)
        end_first = d.text.find("\n")
        for i in verbs:
            if covered[i] or i in self.by_verb or i in self.consumed or i in self.absorbed or i in self.idiom:
                continue
            v = doc[i]
            if v.dep_ in ("aux", "auxpass", "amod", "compound") or d.in_quote(v.idx):
                continue
            if _lemma(v) in self.lex.physical_verbs or self.verb_cue(v) is None and _lemma(v) in self.lex.verbs:
                continue  # a deed, not a statement; or a verb the lexicon allows only in some frames ("attack": h)
            if v.dep_ in EMBEDDED_DEPS and (self.verb_cue(v.head) is not None or v.head.i in self.idiom):
                continue  # inside another reporting verb's complement ("let's say you think …")
            para = d.para[v.i]
            kids = [c for c in v.children if d.para[c.i] == para and c.i > v.i]
            if not kids:
                continue
            comp, prep_tok, obj = "", None, None
            content: set[int] = set()
            cc = [c for c in kids if c.dep_ == "ccomp"]
            xc = [c for c in kids if c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
            ob = [c for c in kids if c.dep_ == "dobj"]
            pp = [c for c in kids if c.dep_ == "prep" and any(g.dep_ in ("pobj", "pcomp") for g in c.children)]
            if cc:
                comp, content = "c", _subtree(cc[0])
            elif xc:
                comp, content = "x", _subtree(xc[0])
                if ob and ob[0].i < xc[0].i:
                    content |= _subtree(ob[0])
            elif ob:
                comp, obj, content = "o", ob[0], _subtree(ob[0])
                # the object and what follows it in the clause, up to a comma: "attacked officers nationwide",
                # "blasted Oversight for failing to …", "calls Obamacare a ‘crazy system’ during a campaign stop"
                for c in kids:
                    if c.i > ob[0].i and (c.dep_ in ("xcomp", "oprd", "prep")) and doc[c.i - 1].text != ",":
                        content |= _subtree(c)
                content = set(range(min(content), max(content) + 1))
            elif pp and pp[0].i == v.i + 1:
                comp, prep_tok = "p", pp[0]
                content = _subtree([g for g in pp[0].children if g.dep_ in ("pobj", "pcomp")][0])
            if not content:
                continue
            subj = _subject(v)
            if subj is None or subj.i > v.i or not (self.speaker_like(subj) or self.learned_speaker(subj, model)):
                continue  # only a person, a body or a named source speaks ("Artillery blasted the town …")
            if obj is not None and obj.pos_ == "PRON" and _lemma(v) not in self.lex.verbs:
                continue  # "He put it on the table": a verb outside the lexicon with a pronoun object is a deed
            vc = self.verb_cue(v)
            if vc is not None and comp == "o" and "a" in vc.frames and not vc.frames & {"o", "n"}:
                continue  # "told a German broadcaster …": the object of a verb of telling is its addressee
            if vc is not None and vc.cls == "evaluation" and not (
                    comp in vc.frames or comp == "o" and "n" in vc.frames
                    or comp == "p" and prep_tok is not None and prep_tok.lower_ in vc.preps):
                # the lexicon lists an evaluation verb's frames on purpose ("blast": for|as, never an object):
                # "Artillery blasted the town", "Russian forces hammered the city" are deeds
                continue
            content = self.trim_tail(content)
            hi = max(content)
            stop = next((k for k in range(v.i + 1, hi + 1) if doc[k].text == ";" and not d.in_quote(doc[k].idx)),
                        hi + 1)  # "X accuses Y of A; Z says B": a clause across a semicolon is not content
            content = {i for i in content if d.para[i] == para and i < stop}
            cue = _cue_tokens(v, prep_tok)
            content -= set(range(*cue))
            spans = _spans(d, content)
            if not spans or any(a <= c[0] < b for a, b in spans for c in cue_chars):
                continue  # a candidate never swallows a cue the rules found
            feats = self.cue_features(v, subj, comp, obj, prep_tok, end_first)
            att = Attribution(cue=d.chars(*cue), cue_lemma=_lemma(v), source=self.source_of(subj, v),
                              content=spans, kind="indirect")
            if _CAND_SINK is not None:  # collecting training candidates (bench/attribution.py --fit-cues)
                _CAND_SINK.append((feats, att))
            elif model is not None and cue_score(model, feats) >= model["threshold"]:
                self.extra.append(att)

    @staticmethod
    def learned_speaker(subj: Token, model: dict[str, Any] | None) -> bool:
        """A thing as subject that the learned model has seen speak: a common noun whose lemma carries a
        positive weight ("the ad features …", "the article closes with …"), never a noun it has not learned ("the
        wind", "artillery"). While candidates are collected for fitting (no model), every common noun is one."""
        if subj.pos_ != "NOUN" or subj.ent_type_:
            return False
        if _CAND_SINK is not None:
            return True
        return model is not None and model["weights"].get("sn=" + subj.lemma_.lower(), 0.0) > 0

    @staticmethod
    def person(subj: Token) -> bool:
        """A person as subject: a PERSON name or a personal pronoun (relative "who" included)."""
        return subj.lower_ in ("he", "she", "i", "we", "who") or subj.ent_type_ == "PERSON"

    def speaker_like(self, subj: Token) -> bool:
        """A subject that can make a statement: a person or group pronoun, a name (person, organisation,
        nationality, state) or a source noun ("the officials"); not a thing ("Artillery", "the plan")."""
        low = subj.lower_
        if low in ("he", "she", "i", "we", "they", "who"):
            return True
        if subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
            return True
        return subj.pos_ == "PROPN" or subj.lemma_.lower() in self.lex.source_nouns

    def cue_features(self, v: Token, subj: Token, comp: str, obj: Token | None, prep_tok: Token | None,
                     end_first: int) -> list[str]:
        """The learned cue model's features of a candidate verb: its construction, never a name (an object
        noun counts only as a common noun)."""
        lem = _lemma(v)
        vc = self.lex.verbs.get(lem)
        low = subj.lower_
        if low in CAND_PRONOUNS:
            st = "pron:" + low
        elif subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            st = "ent:" + subj.ent_type_
        elif subj.lemma_.lower() in self.lex.source_nouns:
            st = "srcnoun"
        elif subj.pos_ == "PROPN":
            st = "propn"
        else:
            st = "noun"
        # a common noun as subject is told by its lemma: "the ad features …" vs "artillery hit …"
        f = ["sn=" + subj.lemma_.lower()] if st in ("noun", "srcnoun") and not subj.ent_type_ else []
        f += ["bias", "l=" + lem, "tag=" + v.tag_, "dep=" + v.dep_, "comp=" + comp, "cls=" + (vc.cls if vc else "-"),
             "l|comp=" + lem + "|" + comp, "s=" + st, "s|comp=" + st + "|" + comp, "s|dep=" + st + "|" + v.dep_]
        if obj is not None:
            if obj.pos_ == "NOUN" and not obj.ent_type_:
                f.append("o=" + obj.lemma_.lower())
            if obj.lemma_.lower() in self.lex.nouns:
                f.append("o_cue")
            if any(g.dep_ == "poss" for g in obj.children):
                f.append("o_poss")  # "promoting her plans", "defending his record"
            f.append("oe=" + (obj.ent_type_ or obj.pos_))
        if prep_tok is not None:
            f.append("lp=" + lem + "|" + prep_tok.lower_)
        for c in v.children:
            if c.dep_ == "prep" and c.i > v.i:
                f.append("p=" + c.lower_)
            elif c.dep_ == "neg":
                f.append("neg")
            elif c.dep_ == "aux" and c.tag_ == "MD":
                f.append("modal")
            elif c.dep_ == "prt":
                f.append("prt=" + c.lower_)
            elif c.dep_ == "mark":
                f.append("mark=" + c.lower_)
            elif c.dep_ == "aux" and c.i < v.i and c.lemma_ in ("be", "have"):
                f.append("aux=" + c.lemma_ + "|" + v.tag_)  # "is seizing on", "has delivered"
        h = v.head
        if h.i != v.i:
            f.append("hdep=" + h.dep_)
            f.append("hpos=" + h.pos_)
        if end_first < 0 or v.idx < end_first:
            f.append("headline")
        k = v.i
        while k + 1 < len(v.doc) and not v.doc[k + 1].is_sent_start:
            k += 1
        while k > v.i and (v.doc[k].is_space or v.doc[k].text in QUOTE_CHARS):
            k -= 1
        if v.doc[k].text == "?":
            f.append("question")
        return f

    def close_quotes(self, spans: list[Span2]) -> list[Span2]:
        """Extend a content span that stops inside a quotation to the closing mark: 'was “true' -> 'was “true.”'.
        A quotation that opens inside the content and closes in the same paragraph is the reported words to
        its end, whatever the parse cut at a comma inside it ('he worked “for his children, hoping …”')."""
        d = self.d
        out = []
        for a, b in spans:
            for q in d.quotes:
                # and one that starts just inside a quotation it closes takes the opening mark: '“2,000 cases” in …'
                if q.start < a <= q.start + 2 and a < q.end <= b and not d.text[q.start + 1:a].strip("'‘“\""):
                    a = q.start
                    break
            for q in d.quotes:
                if q.start >= b:
                    break
                if a <= q.start < b < q.end and (not d.text[b:q.end].strip(" .,;:!?…“”\"'‘’«»„‟‹›") or
                                                 q.closed and "\n" not in d.text[b:q.end]):
                    b = q.end
            # nor inside a bracket it opened: "Rep. Ana Ruiz (D-Va." -> "Rep. Ana Ruiz (D-Va.)", "(54" -> "(54%)"
            seg = d.text[a:b]
            if seg.count("(") > seg.count(")"):
                k = d.text.find(")", b, b + 60)
                if k >= 0 and "\n" not in d.text[b:k] and "(" not in d.text[b:k]:
                    b = k + 1
            out.append((a, b))
        return out

    def strip_prefix(self, sp: Span2 | None) -> Span2 | None:
        """A span that opens its line with a timestamp or dateline ("17:05 GMT - The army") starts after it."""
        if sp is None:
            return None
        text = self.d.text
        line_start = text.rfind("\n", 0, sp[0]) + 1
        if text[line_start:sp[0]].strip(" \t\"“'"):
            # "12:40 EST - Haiti's police": the clock time left out of the span, its zone and dash in it
            lead = len(text[line_start:sp[0]]) - len(text[line_start:sp[0]].lstrip(" \t\"“'"))
            m = LINE_PREFIX.match(text, line_start + lead)
            if m and m.start() < sp[0] < m.end() < sp[1]:
                return (m.end(), sp[1])
            return sp
        m = LINE_PREFIX.match(text, sp[0])
        if not m or m.end() >= sp[1]:
            return sp
        return (m.end(), sp[1])

    def strip_connective(self, sp: Span2) -> Span2:
        """A content before its cue that opens its sentence with a connective ("But …, the ministry said.",
        "And …, according to X") starts after it: the connective links the sentence to the one before, the
        source did not say it."""
        d = self.d
        i = d.tok_at(sp[0])
        t = d.doc[i]
        if t.idx == sp[0] and t.is_sent_start and t.lower_ not in CONNECTIVES:
            # a discourse adverbial opening the sentence ("However, …", "In addition, …", "As for taxes, …", "As it
            # stands, …") links it to the text before; without a comma only an adverb of the clause's verb
            # ("However debates are …", not "However laudable the goal, …")
            m = DISCOURSE_OPENER.match(d.text, sp[0])
            if m and m.end() < sp[1]:
                if m.group(0).rstrip().endswith(",") or \
                        t.dep_ == "advmod" and t.head.pos_ in ("VERB", "AUX") and m.end() == t.idx + len(t) + 1:
                    return (m.end(), sp[1])
            return sp
        if t.idx != sp[0] or not t.is_sent_start or t.lower_ not in CONNECTIVES or i + 1 >= len(d.doc):
            return sp
        j = i + 1
        if d.doc[j].text == ",":
            j += 1
        if j >= len(d.doc) or d.doc[j].idx >= sp[1]:
            return sp
        return (d.doc[j].idx, sp[1])

    def inverted_source(self, a: Attribution) -> Span2 | None:
        """'Said Ruiz: “…”', 'Added the minister, “…”': a sentence opening with its reporting verb, the speaker
        right after it and a colon or comma before the content; the parser usually makes the verb a
        modifier of the name, so no subject is found."""
        d = self.d
        doc = d.doc
        i = d.tok_at(a.cue[0])
        t = doc[i]
        if t.idx != a.cue[0] or t.idx + len(t.text) != a.cue[1] or not t.text[:1].isupper() or \
                t.tag_ not in ("VBD", "VBZ", "NNP") or self.verb_cue(t) is None:
            return None
        if i > 0 and not (t.is_sent_start or doc[i - 1].is_space or doc[i - 1].text in ".!?”\"'’"):
            return None
        k = i + 1
        while k < len(doc) and k - i <= 8 and (doc[k].is_alpha or doc[k].text in (".", "-", "'s", "’s")):
            k += 1
        if k == i + 1 or k >= len(doc) or doc[k].text not in (":", ",") or \
                not any(doc[j].pos_ in ("PROPN", "NOUN", "PRON") for j in range(i + 1, k)) or \
                not a.content or doc[k].idx >= a.content[0][0] or d.in_quote(doc[i + 1].idx):
            return None
        return d.chars(i + 1, k)

    def editors_note(self, a: Attribution) -> bool:
        """A paragraph opening "Editor's note:" is the outlet's boilerplate about the story or a person in it,
        not reporting: what it says anyone did is no attribution."""
        text = self.d.text
        if self._has_note is None:
            self._has_note = EDITORS_NOTE_ANYWHERE.search(text) is not None
        if not self._has_note:
            return False
        line = text.rfind("\n", 0, a.cue[0]) + 1
        if EDITORS_NOTE.match(text, line):
            return True
        # a hard-wrapped note: its paragraph starts after the last line that ends a paragraph or a sentence
        ends = [m.end() for m in LINE_BREAK.finditer(text, 0, line)]
        return bool(ends) and ends[-1] < line and EDITORS_NOTE.match(text, ends[-1]) is not None

    def question_to_reader(self, a: Attribution) -> bool:
        """"Do you know …?", "Would you think …?", "Would I rather …?": a question with the auxiliary before its
        pronoun subject asks the reader (or the writer) something; nobody reports anything."""
        if a.source is None:
            return False
        d = self.d
        i = d.tok_at(a.source[0])
        s = d.doc[i]
        if s.lower_ not in ("you", "i") or a.source[1] != s.idx + len(s.text) or i == 0 or \
                d.doc[i - 1].pos_ not in ("AUX", "VERB") or d.doc[i - 1].tag_ not in ("VBP", "VBZ", "VBD", "MD"):
            return False
        end = s.sent.end
        last = [t for t in d.doc[i:end] if not t.is_space and t.text not in QUOTE_CHARS]
        return bool(last) and last[-1].text == "?" and d.doc[i - 1].i >= s.sent.start

    def negative_source(self, a: Attribution) -> bool:
        """"No group has claimed …", "Nobody said …": a subject saying nobody spoke is no source, and the
        statement nobody made is no attribution (`data/cues/negative_sources.tsv`)."""
        if a.source is None:
            return False
        span = self.d.doc.char_span(a.source[0], a.source[1], alignment_mode="expand")
        if span is None:
            return False
        toks = [t for t in span if not (t.is_punct or t.is_space)]
        words = [t.lower_ for t in toks]
        if words[:1] == ["no"] and len(toks) > 1 and (toks[1].like_num or toks[1].is_punct):
            return False  # "No. 10", "No 10 Downing Street"
        return self.lex.is_negative_source(words)

    def bare_nonfinite(self, a: Attribution) -> bool:
        """An infinitive or participle cue with nobody found to say it ("it was too early to tell whether …",
        "a majority to confirm …", "queries seeking to confirm …"): a purpose or a possibility, not a statement."""
        if a.source is not None or a.kind != "indirect":
            return False
        v = self.d.doc[self.d.tok_before(a.cue[1] - 1)]
        first = self.d.doc[self.d.tok_at(a.cue[0])]
        return first.lower_ == "to" or (v.tag_ == "VBG" and v.pos_ == "VERB")

    def drop_anonymity(self, spans: list[Span2]) -> list[Span2]:
        """Cut anonymity boilerplate ("asking not to be named", "speaking on condition of anonymity") from
        content spans: a span that is only boilerplate goes, one that ends with it stops before it."""
        if not self.lex.anonymity:
            return spans
        text = self.d.text
        out = []
        for a, b in spans:
            k = self.lex.anonymity_at(text[a:b])
            if k < 0:
                out.append((a, b))
                continue
            head = text[a:a + k]
            cut = max(head.rfind(","), head.rfind(";"), head.rfind("—"), head.rfind(" - "), head.rfind("("))
            if cut <= 0:
                continue  # "not to be named": the whole content is the boilerplate
            tr = _trim(self.d, self.d.tok_at(a), self.d.tok_before(a + cut - 1) + 1)
            if tr:
                out.append(self.d.chars(*tr))
        return out

    # -- run -----------------------------------------------------------------------------------------
    def run(self, strict: bool = False) -> list[Attribution]:
        steps = (self.verbs, self.noun_verbs, self.quotes, self.block_quotes, self.nouns, self.light_verbs, self.adjectives, self.phrases, self.prep_sources, self.colon_lines,
                 self.headline, self.learned)
        for step in steps:
            try:
                step()
            except Exception:  # a rule must never take the pipeline down
                if strict:
                    raise
                log.exception("attribution rule %s failed on a document", step.__name__)
        atts = [a for i, a in self.by_verb.items() if i not in self.consumed and i not in self.absorbed] + self.extra
        # the consumed "citing"/"via" tokens belong to another attribution's chain
        # one attribution per cue span; prefer the one with a source, then with more content
        best: dict[Span2, Attribution] = {}
        for a in atts:
            if not a.content and a.kind != "direct":
                continue
            a.content = _merge(self.close_quotes(a.content))
            old = best.get(a.cue)
            if old is None or (old.source is None and a.source is not None):
                best[a.cue] = a
        out = sorted(best.values(), key=lambda a: (a.cue[0], a.cue[1]))
        # a cue inside a longer cue ("expressed" in "have expressed concern about", "concern" in it) is the same
        # attribution seen by a narrower rule: keep the longer one
        out = [a for a in out if not any(b is not a and b.cue[0] <= a.cue[0] and a.cue[1] <= b.cue[1]
                                         and b.cue != a.cue for b in out)]
        out = [a for a in out if not self.negative_source(a)]
        out = [a for a in out if not self.editors_note(a)]
        out = [a for a in out if not self.question_to_reader(a)]
        out = [a for a in out if not self.bare_nonfinite(a)]
        for a in out:
            if a.source is None:
                a.source = self.inverted_source(a)
            a.source = self.strip_prefix(a.source)
            a.content = [sp for sp in (self.strip_prefix(c) for c in a.content) if sp]
            if a.content and a.content[0][1] <= a.cue[0]:
                a.content[0] = self.strip_connective(a.content[0])
            if a.source is not None and self.lex.anonymity:
                # "An RSF adviser, speaking on condition of anonymity,": the boilerplate is not the source
                k = self.lex.anonymity_at(self.d.text[a.source[0]:a.source[1]])
                cut = self.d.text.rfind(",", a.source[0], a.source[0] + k) if k > 0 else -1
                if cut > a.source[0]:
                    tr = _trim(self.d, self.d.tok_at(a.source[0]), self.d.tok_before(cut - 1) + 1)
                    a.source = self.d.chars(*tr) if tr else a.source
        emptied = set()
        for a in out:
            if a.content:
                a.content = self.drop_anonymity(a.content)
                if not a.content:
                    emptied.add(id(a))
        out = [a for a in out if id(a) not in emptied]
        for a in out:
            if a.kind == "indirect" and a.content and all(_is_quoted(self.d.text, c) for c in a.content) \
                    and any(c[1] - c[0] > 20 for c in a.content):
                a.kind = "direct"
        try:
            resolve_sources(self.d.doc, out, self.lex.source_nouns, self.d.quotes,
                            frozenset(k for k, vc in self.lex.verbs.items() if "a" in vc.frames),
                            self.lex.generic_nouns)
        except Exception:
            if strict:
                raise
            log.exception("source coreference failed on a document")
        n = len(self.d.text)
        out = [a for a in out if _valid(a, n)]
        _mark_embedded(out)
        return out


# subject pronouns the learned cue model tells apart ("who", "which": a relative clause's subject)
CAND_PRONOUNS = {"he", "she", "they", "i", "we", "you", "it", "who", "which", "that"}
# set to a list by the training script (bench/attribution.py --fit-cues): the learned step then collects every
# candidate as (features, attribution) instead of scoring it
_CAND_SINK: list | None = None


def cue_score(model: dict[str, Any], feats: list[str]) -> float:
    """The learned cue model's score (a logit) of a candidate's features."""
    w = model["weights"]
    return float(model.get("bias", 0.0)) + sum(w.get(f, 0.0) for f in feats)


def _mark_embedded(atts: list[Attribution]) -> None:
    """Set `embedded` on every attribution whose cue lies inside another one's content (and not the other way
    round: "“A,” he said, “B”" and its parts are not nested)."""
    def inside(pos: int, spans: list[Span2]) -> bool:
        return any(s <= pos < e for s, e in spans)
    for a in atts:
        a.embedded = any(b is not a and inside(a.cue[0], b.content) and not inside(b.cue[0], a.content)
                         for b in atts)


def _is_quoted(text: str, sp: Span2) -> bool:
    s = text[sp[0]:sp[1]]
    return len(s) >= 2 and s[0] in QUOTE_CHARS and s[-1] in QUOTE_CHARS


def _merge(spans: list[Span2]) -> list[Span2]:
    out: list[list[int]] = []
    for a, b in sorted(set(spans)):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def _valid(a: Attribution, n: int) -> bool:
    def ok(sp: Span2 | None) -> bool:
        return sp is None or (0 <= sp[0] < sp[1] <= n)
    return ok(a.cue) and ok(a.source) and ok(a.source_resolved) and all(ok(c) for c in a.content) \
        and all(ok(v) for v in a.via)


def extract(doc: Doc, lexicon: Lexicon | None = None, strict: bool = False) -> list[Attribution]:
    """Attributions in a parsed `Doc` (needs the parser; NER improves coreference), sorted by cue start."""
    if not len(doc):
        return []
    return _Extractor(doc, lexicon or load_lexicon()).run(strict=strict)


# --------------------------------------------------------------------------------------------- spaCy

if not Doc.has_extension("attributions"):
    Doc.set_extension("attributions", default=None, force=True)


class AttributionComponent:
    """spaCy component: sets `Doc._.attributions`."""

    def __init__(self, nlp: Language, name: str, cues_dir: str | None = None):
        self.name = name
        self.lexicon = load_lexicon(cues_dir)

    def __call__(self, doc: Doc) -> Doc:
        doc._.attributions = extract(doc, self.lexicon)
        return doc


@Language.factory("sitrep_attribution", default_config={"cues_dir": None},
                  assigns=["doc._.attributions"], requires=["token.dep", "token.lemma", "token.pos"])
def make_attribution(nlp: Language, name: str, cues_dir: str | None) -> AttributionComponent:
    return AttributionComponent(nlp, name, cues_dir)
