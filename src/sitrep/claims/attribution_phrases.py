"""Cue nouns, light verbs ("raised questions about"), stance adjectives, set phrases ("according to X",
"as X put it"), prepositional sources and evidentials (`_PhraseRules`, a part of `_Extractor`)."""
from __future__ import annotations

from spacy.tokens import Token

from .attribution_core import Attribution, COPULAS, LIGHT_PREPS, SUBJ, Span2, _spans, _subtree, _trim
from .attribution_syntax import _cue_tokens, _lemma, _object_controlled, _source_span, _subject


class _PhraseRules:
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
            if source is None:
                source = self.agent_phrase(n) or self.nationality_source(n)
            if cue_start == n.i:
                cue_start = self.adjectives_before(n, source)
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

    def adjectives_before(self, n: Token, source: Span2 | None) -> int:
        """"his infamous comment about …", "an earlier claim that …", "repeated warnings from …": the adjectives right
        before a cue noun belong to the cue (PolNeAR marks them so), not a nationality adjective naming its holder
        ("European reluctance to …") or any word of the source. Returns where the cue starts."""
        doc = n.doc
        a = n.i
        while a > 0:
            m = doc[a - 1]
            while m.head.i != n.i and m.head.i < n.i and m.head.head.i == n.i and m.head.i != m.i:
                m = m.head  # "more recent": the adverb hangs on the adjective
            if m.dep_ != "amod" or m.head.i != n.i or m.ent_type_ == "NORP" or max(_subtree(m)) != a - 1:
                break
            lo = min(_subtree(m))
            if source is not None and doc[lo].idx < source[1] and source[0] < doc[a - 1].idx + len(doc[a - 1].text):
                break
            a = lo
        return a

    def nationality_source(self, n: Token) -> Span2 | None:
        """"European reluctance to …", "Russian claims that …": a nationality adjective on a cue noun names its
        holder (as "Russia's claims" would)."""
        mods = [c for c in n.children if c.dep_ == "amod" and c.i < n.i and c.ent_type_ == "NORP"]
        return self.d.chars(mods[0].left_edge.i, mods[0].i + 1) if mods else None  # "North Korean"

    def agent_phrase(self, n: Token) -> Span2 | None:
        """"repeated warnings from his attorney that …": a speaker named in a "from" phrase on the cue noun is its
        source (not a place or thing: "reports from the front"). A "by" phrase is left to the claims stage, which
        reads "Claims by X that … are unfounded" as the issuer's denial of X's claim."""
        for c in n.children:
            if c.dep_ != "prep" or c.lower_ != "from" or c.i < n.i:
                continue
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ != "GPE" and self.speaker_like(pobj):
                return _source_span(self.d, pobj)
        return None

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
            if _object_controlled(verb) and self.verb_cue(verb.head) is not None:
                continue  # "asked listeners to be wary of …": what they are asked to be, as with "urged X to fear …"
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

    def evident_clauses(self) -> None:
        """"It is clear that …", "it should be obvious that …", "Nor is it apparent that …": an adjective of
        evidence (frame `e` in `adjectives.tsv`) after a copula whose subject is an extraposed "it", with a that-clause
        or a bare clause after it. Nobody is named: an evidential with no source (PolNeAR annotates such evidential
        cues; claims skip sourceless evidentials). The cue runs from "it" (or the copula or auxiliary before it, and a
        "nor" opening an inverted clause) to the adjective; the content is the clause, with its "that". An embedded
        question ("it is unclear whether …", "not clear what …") states nothing and is left out, and so is a clause
        that holds a cue any other rule found (this step runs last: a report is never an evidential's content)."""
        d = self.d
        doc = d.doc
        lex = self.lex.adjectives
        # a cue noun inside the clause ("… in her response to the moderator's question about race") is part of what
        # is evident, not a report the evidential would swallow
        found = [a.cue for a in list(self.by_verb.values()) + self.extra if not self.noun_cue(a)]
        for a in doc:
            ac = lex.get(a.lower_)
            if ac is None or "e" not in ac.frames or a.dep_ not in ("acomp", "attr", "oprd") or d.in_quote(a.idx):
                continue
            cop = a.head
            if cop.lemma_.lower() not in COPULAS or cop.i > a.i:
                continue
            it = [c for c in cop.children if c.lower_ == "it" and c.dep_ in ("nsubj", "expl")]
            if not it:
                continue
            clause = None
            for c in sorted(list(cop.children) + list(a.children), key=lambda t: t.i):
                if c.i <= a.i or c.dep_ not in ("ccomp", "advcl"):
                    continue
                if c.dep_ == "advcl" and not any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
                    continue
                if not any(g.dep_ in SUBJ for g in c.children):
                    continue
                if any(g.dep_ == "mark" and g.lower_ != "that" for g in c.children) or \
                        doc[c.left_edge.i].tag_ in ("WDT", "WP", "WP$", "WRB"):
                    continue  # "whether …", "what effect …": an open question
                if any(doc[k].text in (";", ":") or doc[k].is_sent_start for k in range(a.i + 1, c.left_edge.i + 1)):
                    continue
                clause = c
                break
            if clause is None:
                continue
            content = {i for i in _subtree(clause) if i > a.i and d.para[i] == d.para[a.i]}
            content = self.trim_tail(content)
            spans = _spans(d, content)
            if not spans or any(s <= c[0] < e for s, e in spans for c in found):
                continue
            start = min([it[0].i, cop.i] + [c.i for c in cop.children if c.dep_ in ("aux", "neg") and c.i < a.i])
            if start > 0 and doc[start - 1].lower_ in ("nor", "neither") and doc[start - 1].i < it[0].i:
                start -= 1  # "Nor is it clear that …"
            self.extra.append(Attribution(cue=d.chars(start, a.i + 1), cue_lemma="it is " + a.lower_, source=None,
                                          content=spans, kind="evidential"))

    def noun_cue(self, att: Attribution) -> bool:
        """An attribution whose cue is a noun phrase with no verb ("question about", "claims that")."""
        span = self.d.doc.char_span(att.cue[0], att.cue[1], alignment_mode="expand")
        return span is not None and any(t.pos_ == "NOUN" for t in span) and \
            not any(t.pos_ in ("VERB", "AUX") for t in span)

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

    @staticmethod
    def partitive_head(n: Token) -> Token:
        """"in one of the first polls": the noun a partitive "one of" / "each of" picks from, else the noun itself."""
        if n.lower_ in ("one", "each", "some", "several", "many", "most", "two", "three") and \
                n.pos_ in ("NUM", "PRON", "ADJ", "DET"):
            of = next((c for c in n.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if obj is not None:
                return obj
        return n

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
            pobj = [self.partitive_head(c) for c in t.children if c.dep_ == "pobj"]
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
        # "Prices stood at X in 1972 and have since doubled, according to Y": a phrase after the last of two
        # joined clauses, which the parser hung on that last one, sources them both (not a reporting verb's clause
        # joined to another: "X said A, and B fell, according to Y" keeps X's statement apart)
        def last_in(h: Token) -> bool:
            return all(k < t.i or doc[k].is_punct or doc[k].is_space for k in _subtree(h) - phrase)
        while head is not None and head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and \
                head.head.i < head.i and last_in(head) and head.head.lemma_.lower() not in self.lex.verbs:
            head = head.head
        if head is not None and head.sent == sent:
            body = _subtree(head)
        else:
            body = set(range(sent.start, sent.end))
        # within the phrase's sentence and paragraph (a headline the parser ran into the dateline's sentence)
        body = {i for i in body if sent.start <= i < sent.end and d.para[i] == d.para[t.i]} - phrase
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
