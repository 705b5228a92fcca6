"""Parse helpers for attribution rules: a cue verb's subject (with the parser slips it repairs), agent and
passive voice, the source span of a noun phrase, the cue's token range and cue-verb lemmas."""
from __future__ import annotations

import re

from spacy.tokens import Token

from .attribution_core import (ADV_NOT_CUE, COPULAS, DASHES, INHERIT_SUBJ_DEPS, ISSUING_VERBS, LINE_BREAK,
                               STATEMENT_NOUNS, SUBJ, SUBJECT_CONTROL, Span2, WEEKDAYS, _Doc, _is_quote_tok, _subtree, _trim)
from .attribution_lexicon import VerbCue


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


def _quoted_after(v: Token, c: Token) -> bool:
    """"…,” Ruiz, a port engineer, said Monday on Radio Nord’s “Morning Call.”": a subject the parser found after
    the verb inside an opening quotation mark is a quoted title, not the speaker."""
    return c.i > v.i and any(_is_quote_tok(t) and t.text in ("“", "``") for t in v.doc[v.i + 1:c.left_edge.i + 1])


def _before_participle_aside(last: Token, v: Token) -> Token | None:
    """"DENVER -- Mayor Ana Ruiz, opening the new arena on Sunday, said …": the name before a participial
    aside set off by commas right before a verb left without a subject (the parser hung the name on the dateline
    and the aside elsewhere). `last` is the aside's last word."""
    doc = v.doc
    part = next((a for a in [last, *last.ancestors] if a.tag_ in ("VBG", "VBN") and a.dep_ == "advcl"
                 and a.right_edge.i == last.i), None)
    if part is None or part.left_edge.i < 2 or doc[part.left_edge.i - 1].text != ",":
        return None
    t = doc[part.left_edge.i - 2]
    if t.pos_ != "PROPN" or t.dep_ in ("compound", "poss", "amod") or t.ent_type_ not in ("PERSON", "ORG", "NORP", ""):
        return None
    return None if _line_break_between(t, v) else t


# a live blog's time stamp: "13:20", "09.45"
_STAMP_TOKEN = re.compile(r"[0-2]?\d[:.][0-5]\d")


def _stranded_subject(v: Token) -> Token | None:
    """"… with the editorial board of the Post Trump said that …", "… the minimum $20 million experts say it costs",
    "With her film, DuVernay both documents …": a finite main verb without a subject right after a noun the parser
    hung elsewhere (as an object, an apposition or a loose dependent). That noun is the subject."""
    if v.dep_ not in ("ROOT", "dep") or v.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(c.dep_ in SUBJ and not _quoted_after(v, c) or c.dep_ == "mark" for c in v.children):
        return None
    doc = v.doc
    k = v.i - 1
    while k >= 0 and doc[k].head.i == v.i and doc[k].dep_ in ("advmod", "neg", "det", "preconj") and \
            doc[k].pos_ in ("ADV", "PART", "DET", "CCONJ"):
        k -= 1  # "Clinton apparently disagrees", "DuVernay both documents"
    if k < 0 or k < v.sent.start:
        return None
    t = doc[k]
    if t.text == "," and k > 0:
        # "In a panel discussion in Washington, Ana Ruiz, the chief executive of the league, told …": the noun
        # before an appositive that closes with the comma right before the verb
        ap = next((a for a in doc[k - 1].ancestors if a.dep_ == "appos" and a.right_edge.i == k - 1), None)
        if doc[k - 1].dep_ == "appos" and doc[k - 1].right_edge.i == k - 1:
            ap = doc[k - 1]
        if ap is None:
            noun = _before_participle_aside(doc[k - 1], v)
            if noun is not None:
                return noun
        if ap is None or ap.head.i >= ap.i or ap.left_edge.i < 1 or doc[ap.left_edge.i - 1].text != "," or \
                ap.head.pos_ != "PROPN" or ap.head.dep_ in ("compound", "poss", "amod"):
            return None
        t = ap.head
        return None if _line_break_between(t, v) else t
    if t.pos_ in ("PROPN", "NOUN") and t.dep_ in ("compound", "nmod") and t.head.i == v.i and \
            not _line_break_between(t, v) and any(_STAMP_TOKEN.fullmatch(doc[k].text) for k in range(v.sent.start, k)):
        # "13:20 GMT - The RSF rejects …": after a live blog's stamp the parser hung the subject on the verb as a
        # compound (no noun modifies a verb)
        return t
    if t.pos_ not in ("PROPN", "NOUN") or t.dep_ in ("compound", "poss", "amod") or \
            t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"):
        return None
    if _line_break_between(t, v):
        return None
    return t


def _after_short_clause(v: Token) -> Token | None:
    """"“…,” Lopez said, going on to say that …": a participle right after a short clause of subject and verb
    set off by a comma ("X said,") continues that clause, whatever later verb the parser hung it on; the clause's
    subject is the participle's."""
    doc = v.doc
    if v.tag_ != "VBG" or v.dep_ != "advcl" or v.head.i < v.i or v.i < 3 or doc[v.i - 1].text != ",":
        return None
    w = doc[v.i - 2]
    if w.pos_ not in ("VERB", "AUX") or w.tag_ not in ("VBD", "VBZ", "VBP") or w.i == v.head.i:
        return None
    subs = [c for c in w.children if c.dep_ == "nsubj" and c.i < w.i and c.right_edge.i == w.i - 1]
    if not subs or any(c.i > w.i and c.dep_ != "punct" for c in w.children):
        return None
    return subs[0]


def _subject(v: Token) -> Token | None:
    """The verb's subject, or the subject it shares: 'X said, adding …', 'X began by saying …',
    'X wants to say …', 'X stood and said …', 'X refused, aside from saying …'; the object of an
    object-control verb for its infinitive ('forced X to admit …')."""
    cur = v
    for _ in range(6):
        subs = [c for c in cur.children if c.dep_ in SUBJ and c.dep_ != "expl" and not _quoted_after(cur, c)]
        if subs:
            # a subject across a line break is a parse joining a headline or timestamp to the sentence
            same = [c for c in subs if not _line_break_between(c, v)]
            marks = [c.i for c in cur.children if c.dep_ == "mark" and c.i < cur.i]
            if len(same) > 1 and marks and cur.dep_ == "ROOT":
                # two subjects with "after"/"when" between them: the parser folded a subordinate clause into
                # the verb's ("A lawyer for men who vanished after a raid told the court …"); the speaker
                # is the subject before the subordinator (a verb of a subordinate clause itself keeps the nearer)
                same = [c for c in same if c.i < min(marks)] or same
            if same:
                return min(same, key=lambda c: abs(c.i - v.i))
            return _subject_on_line(cur)
        noun = _mistagged_subject(cur)
        if noun is not None:
            return noun
        noun = _after_short_clause(cur)
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
    """A participle of a speech or evidence verb modifying a noun: "a poll showing …", "a letter saying …"; or of an
    evaluation or naming verb modifying a statement noun: "a statement accusing the army of …", "issued a statement
    calling the test a violation"."""
    if v.dep_ != "acl" or v.tag_ != "VBG" or v.head.pos_ not in ("NOUN", "PROPN") or v.head.i > v.i:
        return False
    if vc.cls in ("speech", "evidence"):
        return True
    # an evaluation or a naming only on a statement put out or spoken in ("issued a statement accusing …", "a letter
    # blaming … was released", "in a statement condemning …"); "a series of tweets criticizing X" or "X's tweets
    # accusing Y … are lies" describe the tweets
    n = v.head
    return vc.cls in ("evaluation", "naming") and n.lemma_.lower() in STATEMENT_NOUNS and (
        n.dep_ in ("dobj", "nsubjpass") and n.head.pos_ == "VERB" and _lemma(n.head) in ISSUING_VERBS or
        n.dep_ == "pobj" and n.head.lower_ in ("in", "through", "via", "with"))


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


def _verbless_root(v: Token) -> Token | None:
    """"One of the doctors who signed the letter called him a fraud", "Ana Ruiz (D), the mayor's rival in the coming
    election, called Friday for …": the main verb of a sentence whose root the parser made the subject noun, hung as a
    participle on a noun at the end of the subject's relative clause or appositive. A past form with no subject, agent
    or passive auxiliary of its own, right after a relative clause that closes the noun phrase or after the comma
    closing an appositive, and with a complement of its own (an object, a clause, two predicates, or a preposition
    after an adverb of time); returns the root noun (the subject), else None. "a group called X" (the participle
    right after its own noun, outside any clause or appositive) is no main verb."""
    h = v.head
    doc = v.doc
    if v.dep_ != "acl" or v.tag_ not in ("VBN", "VBD") or v.i == 0 or h.i >= v.i:
        return None
    r = v.sent.root
    if r.pos_ not in ("NOUN", "PROPN", "NUM") or r.i >= v.i or h.i == r.i:
        return None
    if any(c.dep_ in ("agent", "auxpass", "aux") or c.dep_ in SUBJ for c in v.children):
        return None
    # the head noun closes a relative clause or an appositive of the subject
    cur, closer = h, None
    for _ in range(6):
        if cur.i == r.i:
            break
        if cur.dep_ in ("relcl", "appos"):
            closer = cur
        cur = cur.head
    if cur.i != r.i or closer is None:
        return None
    last = max(k for k in _subtree(closer) if k < v.i)
    if last != v.i - 1 or closer.dep_ == "appos" and doc[v.i - 1].text != ",":
        return None
    kids = [c for c in v.children if c.i > v.i]
    oprd = [c for c in kids if c.dep_ == "oprd" and c.ent_type_ not in ("DATE", "TIME")]
    if any(c.dep_ in ("dobj", "ccomp") for c in kids) or len(oprd) >= 2 or \
            any(c.dep_ == "prep" and c.i <= v.i + 2 for c in kids):
        return r
    return None


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


def _reporting_relative(d: _Doc, c: Token) -> bool:
    """", who said …" / ", who told …": a non-restrictive "who" clause whose verb (or a verb joined to it) is a
    reporting verb with its own complement."""
    first = c.left_edge
    if c.dep_ != "relcl" or first.lower_ not in ("who", "whose") or first.i == 0 or \
            d.doc[first.i - 1].text != ",":
        return False
    verbs = [c] + [g for g in c.children if g.dep_ == "conj"]
    return any(_lemma(v) in d.lex.verbs and any(g.dep_ in ("ccomp", "xcomp", "dobj", "parataxis") for g in v.children)
               for v in verbs)


def _place_nouns() -> frozenset:
    from ..actors import _word_set
    return _word_set("place_nouns")


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
        ap = next((c for c in s.children if c.dep_ == "appos" and c.i > s.i), None)
        closing = ap.right_edge.i + 1 if ap is not None else -1
        if ap is not None and closing < len(doc) and doc[closing].text == "," and \
                all(doc[k].head.i == verb.i and doc[k].pos_ in ("ADV", "PART") for k in range(closing + 1, verb.i)):
            # "…, Ana Ruiz, the chief executive of the league, forcefully told …": the name with its appositive
            a = s.i
            while a > 0 and doc[a - 1].dep_ == "compound" and doc[a - 1].head.i == s.i:
                a -= 1
            return d.chars(a, closing + 1)
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
    if verb is not None and s.i < verb.i and s.left_edge.i > 0 and doc[s.left_edge.i - 1].text == "," \
            and s.lemma_.lower() in _place_nouns():
        # "… in Nyunzu territory, Tanganyika province, local civil society said": the parser made the content's last
        # place, set off by commas, the subject; the source is the noun phrase after it
        other = next((c for c in s.children if c.dep_ in ("conj", "appos") and c.i > s.i
                      and doc[c.left_edge.i - 1].text == "," and c.lemma_.lower() not in _place_nouns()), None)
        if other is not None:
            return _source_span(d, other, verb)
    if verb is not None and s.i < verb.i and d.in_quote(s.idx) and not d.in_quote(verb.idx):
        # '"… and fourteen wounded people," Ana Ruiz, director of the hospital, told …': the parser made the
        # quotation's last noun the subject, with the speaker as its appositive; the speaker stands outside the
        # quotation marks
        appos = next((c for c in s.children if c.dep_ == "appos" and c.i > s.i and not d.in_quote(c.idx)), None)
        if appos is not None:
            return _source_span(d, appos, verb)
    if verb is not None and s.i < verb.i and any(c.dep_ == "nummod" for c in s.children):
        # "…, killing three civilians and wounding seven others, the regional governor said": the counted
        # victims close the content; the source is their appositive
        appos = next((c for c in s.children if c.dep_ == "appos" and c.i > s.i and c.left_edge.i > 0
                      and doc[c.left_edge.i - 1].text == ","), None)
        if appos is not None:
            return _source_span(d, appos, verb)
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
    # "according to the coordinator in Walikale, who said families had fled": a ", who said …" clause anywhere in
    # the phrase is a report of its own (with its own content), never part of the source's name
    for k in sorted(toks):
        t = doc[k]
        if k > s.i and k in toks and _reporting_relative(d, t):
            toks -= set(range(t.left_edge.i - 1, max(_subtree(t)) + 1))
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


def _adverbs_only(t: Token) -> bool:
    """The adverb alone, or with adverbs of degree before it that modify it ("almost immediately", "almost
    universally"): its whole phrase can join a cue."""
    sub = sorted(_subtree(t))
    return sub[-1] == t.i and sub == list(range(sub[0], t.i + 1)) and \
        all(t.doc[k].pos_ == "ADV" and t.doc[k].dep_ == "advmod" for k in sub if k != t.i)


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
            and doc[k].lower_ not in ADV_NOT_CUE and _adverbs_only(doc[k]):  # not "the Beirut daily"
        k = doc[k].left_edge.i - 1
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
