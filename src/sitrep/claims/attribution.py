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
Session 13: a span never ends on a conjunction whose second conjunct was cut off; "The guards were accused of
beating …" keeps the target in the content; an aspectual verb ("began", "came") does not join a cue verb with its own
subject ("came after Ruiz attacked …"); a closing ", where …" clause stays in the content; a relative "that" subject
gives way to the noun phrase it stands for as source; "persuaded the court to …" leaves the object out of the content
(frame `w`); a quoted title inside a reporting clause ("said on Radio One’s “Morning Show.”") is no continuation of a
quote; a name with its appositive that the parser hung on an opening phrase is the subject of the verb after it; "said
it was opposed … and warned X to …" gives the warning to the reporting verb's subject; "WASHINGTON ― " is a dateline.
Session 16: "it is clear that …", "it should be obvious that …", "Nor is it apparent that …" (an adjective of evidence,
frame `e` in `adjectives.tsv`, with an extraposed "it" and a that-clause or bare clause) is an evidential with no source,
the clause its content, never over an embedded question or another cue; a main verb the parser hung inside a verbless
subject, on the noun closing its relative clause or appositive ("One of the doctors who signed the letter called him a
fraud"), has that subject, up to the relative clause, as source; an evidential verb with a predicate and "to" a person
or group ("The offer seemed generous to the union leaders") is that group's view (cue "seemed generous", content the
subject); after a negated reporting verb a clause opened by "when", "where", "how" or "why" is the content ("have not
said when they would …"); a that-clause hung as a relative clause on the noun of a phrase after the addressee is content
("told one of his aides on a regular basis that …"); an "as"-clause between commas hung on the subject ("The bridge, as
the engineer noted, was never …") reports on the clause around it.
Session 18: a ", who said …" clause (a reporting verb with its own complement) is never part of a source's name
("according to the coordinator in Walikale, who said …"); "according to" takes its content from its own paragraph
only; a verb cue whose object is a noun of saying or thinking with a preposition ("showed support for X", "weigh
plans for X") has verb, noun and preposition as its cue and the preposition's object as content, not after naming
verbs or verbs that answer somebody else's words ("called the report of X a hoax", "cited criticism of X"); a content
opened by a relative word the cue's clause moved before it ("a camp, which they said soldiers had surrounded") keeps
it, as PolNeAR does, and records the noun phrase it stands for in `antecedent` ("a camp"); a noun phrase, or the
cue's preposition again, after "and" right after the content, that the parser hung on the cue, continues the content
("condemned the test as provocative and a grave threat", "a supporter of NATO and of its allies"); a verb there is
the speaker's own act ("denied the report and left").
Session 26: a sentence-final "…, the army's spokesman, Brigadier X, announced in a statement." (source with its
apposition, the verb with its own adjuncts) the parser hung elsewhere; an accusation in a relative clause ("a
faction, which they blamed for …"); a complement with no "that" after the addressee ("told a briefing the fleet stood
by …"); a that-clause subject or the whole clause hung on the medium ("said in a statement that shells fired from …
had landed", "denied in a separate statement that …"); "X, asked about Y, said …" (X the speaker, not the asker).

All offsets are character offsets into ``doc.text`` (end exclusive).

Layout: this module assembles and cleans the attributions (`_Extractor.run`) and holds the public API; the rules
are mixins of `_Extractor` in `attribution_verbs` (verb cues), `attribution_quoted` (direct quotations),
`attribution_phrases` (nouns, light verbs, adjectives, set phrases), `attribution_lines` (block quotes,
transcripts, headlines) and `attribution_learned` (the learned cue model); `attribution_core` has the record,
word lists and document view, `attribution_syntax` the parse helpers (subjects, source spans, cue tokens).
"""
from __future__ import annotations

import logging
import re
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc, Token

from .. import doccache as _dc
from ..actors import SpanIndex
from .attribution_core import (Attribution, CONNECTIVES, DISCOURSE_OPENER, EDITORS_NOTE, EDITORS_NOTE_ANYWHERE, KINDS,
                               LIGHT_PREPS, LINE_BREAK, LINE_PREFIX, QUOTE_CHARS, Span2, _Doc, _subtree, _trim)
from .attribution_learned import CAND_PRONOUNS, _LearnedRules, cue_score
from .attribution_lexicon import Lexicon, load_lexicon
from .attribution_lines import _LineRules, title_case_headline
from .attribution_phrases import _PhraseRules
from .attribution_quoted import _QuoteRules
from .attribution_verbs import _VerbRules
from .coref import resolve_sources


log = logging.getLogger(__name__)

__all__ = ["Attribution", "AttributionComponent", "CAND_PRONOUNS", "KINDS", "cue_score", "extract",
           "make_attribution"]


# --------------------------------------------------------------------------------------------- rules

# verbs whose object names somebody else's words ("cited criticism of X", "denied reports of X", "rejected claims
# about X"): the noun is what is cited or answered, part of the content, never of the cue (see object_noun_cue)
OTHERS_WORDS = frozenset({"cite", "quote", "deny", "reject", "dismiss", "dispute", "echo", "repeat", "confirm",
                          "refute", "welcome", "condemn", "criticize", "criticise", "question", "doubt", "contest",
                          "acknowledge", "answer", "address", "investigate", "report"})

class _Extractor(_VerbRules, _QuoteRules, _PhraseRules, _LineRules, _LearnedRules):
    def __init__(self, doc: Doc, lex: Lexicon):
        self.d = _Doc(doc, lex)
        self.lex = lex
        self.by_verb: dict[int, Attribution] = {}
        self.out: list[Attribution] = []
        self.consumed: set[int] = set()  # tokens used as via markers ("citing", "via")
        # a sentence-final reporting verb's source the parser hung elsewhere: token range by verb (`trailing_subject`)
        self.trailing_spans: dict[int, tuple[int, int]] = {}
        self._has_note: bool | None = None  # does the text hold an "Editor's note" at all (see editors_note)
        self.quote_owner: dict[int, Attribution] = {}  # quote start -> attribution
        self.verb_of: dict[int, int] = {}  # id(attribution) -> its cue verb's token index
        self.extra: list[Attribution] = []
        self.absorbed: set[int] = set()  # cue verbs joined to the cue of the verb they govern
        self.idiom: set[int] = lex.idiom_tokens([t.lower_ for t in doc])  # "it goes without saying"

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

    def object_noun_cue(self, a: Attribution) -> None:
        """A verb cue whose content is a cue noun with a preposition ("showed support for X", "expressed misgivings
        about X", "restricted comments about X"): the verb, the noun and the preposition are the cue, the
        preposition's object the content (as the light verbs' "voiced concern over X")."""
        d = self.d
        doc = d.doc
        if a.kind != "indirect" or len(a.content) != 1 or d.text[a.cue[1]:a.content[0][0]].strip():
            return
        v = doc[d.tok_at(a.cue[1] - 1)]
        i0 = d.tok_at(a.content[0][0])
        vc = self.lex.verbs.get(v.lemma_.lower())
        if v.pos_ not in ("VERB", "AUX") or doc[i0].idx != a.content[0][0] or v.lemma_.lower() in OTHERS_WORDS or \
                vc is not None and "n" in vc.frames:
            return  # "called the report of burned houses a hoax": a naming verb's object is the thing named
        n = next((t for t in doc[i0:d.tok_at(a.content[0][1] - 1) + 1] if t.dep_ == "dobj" and t.head.i == v.i), None)
        lem = n.lemma_.lower() if n is not None else ""
        # a noun of saying or thinking: a cue noun, a reporting verb's noun ("support", "comment"), or a noun a
        # reporting verb takes as its light object ("expressed misgivings"); not "claimed responsibility for"
        if n is None or not (lem in self.lex.nouns or lem in self.lex.verbs or
                             any(lem in ns for w, ns in self.lex.light_verbs.items() if w in self.lex.verbs)) or n.left_edge.i != i0 or n.pos_ != "NOUN" or \
                n.i + 1 >= len(doc) or any(doc[k].pos_ not in ("DET", "ADJ", "ADV") for k in range(i0, n.i)):
            return
        if n.right_edge.i < d.tok_at(a.content[0][1] - 1):
            return  # "Claiming the criticism of X is designed to …": the noun opens a clause, it is not the object
        prep = doc[n.i + 1]
        if prep.dep_ != "prep" or prep.head.i != n.i or prep.lower_ not in LIGHT_PREPS:
            return
        pobj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
        if pobj is None:
            return
        end = prep.idx + len(prep)
        rest = d.text[end:a.content[0][1]]
        start = end + len(rest) - len(rest.lstrip())
        if start >= a.content[0][1]:
            return
        a.cue = (a.cue[0], end)
        a.content = [(start, a.content[0][1])]

    def misplaced_conjunct(self, a: Attribution) -> None:
        """A second conjunct the parser hung on the cue verb, right after the content: a noun phrase or a
        prepositional phrase can be no conjunct of a verb, so it continues the content ("rated Obama more favorably
        and Ryan less so", "a supporter of NATO and of its allies", "called the test provocative and a grave
        threat")."""
        d = self.d
        doc = d.doc
        if not a.content or a.kind not in ("indirect", "evidential", "passive"):
            return
        cue = list(doc[d.tok_at(a.cue[0]):d.tok_at(a.cue[1] - 1) + 1])
        if not cue or a.content[-1][1] <= a.cue[0]:
            return
        end = a.content[-1][1]
        k = d.tok_at(end)
        if k < len(doc) and doc[k].idx < end:
            return
        while k < len(doc) and (doc[k].is_space or doc[k].text == ","):
            k += 1
        if k + 1 >= len(doc) or doc[k].dep_ != "cc" or doc[k].lower_ not in ("and", "but", "or"):
            return
        c = doc[k + 1]
        first = d.tok_at(a.content[0][0])

        def second(t: Token) -> bool:
            # a conjunct; a second object after the one in the content; the cue's preposition again ("critical
            # of the blockade and of the curfew")
            return t.dep_ == "conj" or t.dep_ == "dobj" and any(
                o.dep_ == "dobj" and o.i != t.i and first <= o.i < k for o in t.head.children) or \
                t.dep_ == "prep" and cue[-1].pos_ == "ADP" and t.lower_ == cue[-1].lower_ and t.i > cue[-1].i
        conj = next((t for v in cue for t in v.children if second(t) and t.left_edge.i == c.i), None)
        if conj is None or conj.pos_ not in ("NOUN", "PROPN", "ADP", "NUM", "DET") or \
                conj.pos_ in ("NOUN", "PROPN") and conj.head.pos_ in ("NOUN", "PROPN") or \
                d.para[conj.i] != d.para[k] or not conj.sent.start <= k:
            return
        last = max(i for i in _subtree(conj) if d.para[i] == d.para[k])
        while last > conj.i and (doc[last].is_punct or doc[last].is_space):
            last -= 1
        a.content = a.content[:-1] + [(a.content[-1][0], doc[last].idx + len(doc[last]))]

    def antecedent(self, a: Attribution) -> Span2 | None:
        """The noun phrase a content's leading relative word stands for: "a Fulani camp, which they said soldiers
        had surrounded" (content "which" + "soldiers had surrounded", the cue between) gives "a Fulani camp"."""
        d = self.d
        doc = d.doc
        if len(a.content) < 2 or not a.content[0][1] <= a.cue[0] < a.content[1][0]:
            return None
        i = d.tok_at(a.content[0][0])
        rel = doc[i]
        if rel.idx + len(rel) != a.content[0][1] or rel.tag_ not in ("WDT", "WP", "WP$") or \
                rel.lower_ not in ("which", "who", "whom", "that"):
            return None
        clause = next((t for t in [rel, *rel.ancestors] if t.dep_ == "relcl"), None)
        if clause is None or clause.head.pos_ not in ("NOUN", "PROPN", "PRON") or clause.head.i >= rel.i or \
                not clause.left_edge.i <= d.tok_at(a.cue[0]) <= clause.right_edge.i:
            return None
        noun = clause.head
        return d.chars(noun.left_edge.i, noun.i + 1)

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
                 self.headline, self.learned, self.evident_clauses)
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
            self.object_noun_cue(a)
            self.misplaced_conjunct(a)
            old = best.get(a.cue)
            if old is None or (old.source is None and a.source is not None):
                best[a.cue] = a
        out = sorted(best.values(), key=lambda a: (a.cue[0], a.cue[1]))
        # a cue inside a longer cue ("expressed" in "have expressed concern about", "concern" in it) is the same
        # attribution seen by a narrower rule: keep the longer one
        cues = SpanIndex(out, lambda a: a.cue)  # (the cues around a cue, not every cue of the document)
        out = [a for a in out if not any(b is not a and b.cue != a.cue for b in cues.covering(*a.cue))]
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
        _interviewee_answers(self.d.doc, out)
        for a in out:
            a.antecedent = self.antecedent(a)
        n = len(self.d.text)
        out = [a for a in out if _valid(a, n)]
        _mark_embedded(out)
        return out


def _mark_embedded(atts: list[Attribution]) -> None:
    """Set `embedded` on every attribution whose cue lies inside another one's content (and not the other way
    round: "“A,” he said, “B”" and its parts are not nested)."""
    def inside(pos: int, spans: list[Span2]) -> bool:
        return any(s <= pos < e for s, e in spans)
    # (every content span indexed once by its start: a cue asks only the contents around it, not every attribution)
    contents = SpanIndex([(b, s, e) for b in atts for s, e in b.content], lambda x: (x[1], x[2]))
    for a in atts:
        pos = a.cue[0]
        a.embedded = any(b is not a and not inside(b.cue[0], a.content)
                         for b, _, _ in contents.covering(pos, pos + 1))


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


def _interviewee_answers(doc: Doc, atts: list[Attribution]) -> None:
    """"Q: … / A: No. We did not attack the convoy.": an interview's answer label stands for the person
    interviewed, the first person the text names before its first question ("The Monitor spoke to Abdoulaye
    Diallo, spokesman for …"); it becomes the answers' resolved source."""
    from .tables import _linking

    answers = [a for a in atts if a.cue_lemma == ":" and a.source and
               _dc.text(doc)[a.source[0]:a.source[1]].strip().lower() in _linking()["answer_labels"]]
    if not answers:
        return
    text = _dc.text(doc)
    first_q = min((m.start() for label in _linking()["interviewer_labels"]
                   for m in re.finditer(rf"(?im)^[ \t]*{re.escape(label)}:", text)), default=None)
    if first_q is None:
        return
    before = [e for e in _dc.ents(doc) if e.label_ in ("PERSON", "ORG") and len(e) > 1 and e.end_char <= first_q
              and not _dc.in_dateline(doc, e.start_char)]

    def interviewed(e) -> bool:  # "spoke to X", "talked with X", "interviewed X" (whatever the tagger took X for)
        r = e.root
        return r.dep_ == "pobj" and r.head.lower_ in ("to", "with") and \
            r.head.head.lemma_.lower() in ("speak", "talk") or r.dep_ == "dobj" and r.head.lemma_.lower() == "interview"
    # (else a full name: one word tagged a person is often a headline's place or group, "Sahel group spokesman")
    person = next((e for e in before if interviewed(e)), None) or \
        next((e for e in before if e.label_ == "PERSON"), None)
    if person is None:
        return
    for a in answers:
        a.source_resolved = (person.start_char, person.end_char)


def _valid(a: Attribution, n: int) -> bool:
    def ok(sp: Span2 | None) -> bool:
        return sp is None or (0 <= sp[0] < sp[1] <= n)
    return ok(a.cue) and ok(a.source) and ok(a.source_resolved) and all(ok(c) for c in a.content) \
        and all(ok(v) for v in a.via)


def extract(doc: Doc, lexicon: Lexicon | None = None, strict: bool = False,
            parse: Callable[[str], Doc] | None = None) -> list[Attribution]:
    """Attributions in a parsed `Doc` (needs the parser; NER improves coreference), sorted by cue start. `parse`
    (text -> parsed Doc, the model's own pipes) lets a title-case headline be read again in sentence case."""
    if not len(doc):
        return []
    lex = lexicon or load_lexicon()
    out = _Extractor(doc, lex).run(strict=strict)
    if parse is not None:
        out = _with_cased_headline(doc, lex, out, parse, strict)
    return out


def _with_cased_headline(doc: Doc, lex: Lexicon, atts: list[Attribution], parse: Callable[[str], Doc],
                         strict: bool) -> list[Attribution]:
    """The attributions of a title-case headline found again on its sentence-case copy ("Teachers question the
    fairness of new exams": "question" a verb, not a name's last word), in place of those whose cues they share;
    one the copy does not give is kept ("Mayor Speaks ‘Straight To The Farmers’": a title-case quotation reads as
    speech, its lower-case copy as a phrase set off)."""
    text = _dc.text(doc)
    cased = title_case_headline(text)
    if cased is None:
        return atts
    try:
        found = _Extractor(parse(cased), lex).run(strict=strict)
    except Exception:  # the headline is read again only to do better; never fatal
        if strict:
            raise
        log.exception("reading a title-case headline again failed")
        return atts
    n = len(cased)

    def shares_cue(a: Attribution) -> bool:
        return any(a.cue[0] < b.cue[1] and b.cue[0] < a.cue[1] for b in found)
    out = [a for a in atts if a.cue[0] >= n or not shares_cue(a)] + found
    out.sort(key=lambda a: (a.cue[0], a.cue[1]))
    _mark_embedded(out)
    return out


# --------------------------------------------------------------------------------------------- spaCy

if not Doc.has_extension("attributions"):
    Doc.set_extension("attributions", default=None, force=True)


class AttributionComponent:
    """spaCy component: sets `Doc._.attributions`."""

    def __init__(self, nlp: Language, name: str, cues_dir: str | None = None):
        self.name = name
        self.nlp = nlp
        self.lexicon = load_lexicon(cues_dir)

    def parse(self, text: str) -> Doc:
        """`text` through the model's own pipes (tagger, parser, NER), none of sitrep's."""
        doc = self.nlp.make_doc(text)
        for name, proc in self.nlp.pipeline:
            if not name.startswith("sitrep_"):
                doc = proc(doc)
        return doc

    def __call__(self, doc: Doc) -> Doc:
        doc._.attributions = extract(doc, self.lexicon, parse=self.parse)
        return doc


@Language.factory("sitrep_attribution", default_config={"cues_dir": None},
                  assigns=["doc._.attributions"], requires=["token.dep", "token.lemma", "token.pos"])
def make_attribution(nlp: Language, name: str, cues_dir: str | None) -> AttributionComponent:
    return AttributionComponent(nlp, name, cues_dir)
