"""Direct quotations: attaching a quote to a reporting verb before or after it, continued and split quotes,
and "“…” ― Name" captions (`_QuoteRules`, a part of `_Extractor`)."""
from __future__ import annotations

import re

from spacy.tokens import Token

from .attribution_core import Attribution, QUOTE_CHARS, SENT_END, THAT_BEFORE, WORD, _is_quote_tok, _subtree, _trim
from .attribution_syntax import _cue_tokens, _is_passive, _source_span, _subject
from .quotes import Quote


class _QuoteRules:
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
        last = None  # the last quote that is not a title inside a clause
        for k, q in enumerate(d.quotes):
            prev = last
            if q.start in self.quote_owner or not self.inside_clause(q):
                last = q
            else:
                # '“A,” Ruiz said on Radio One’s “Morning Show.” “B.”': a title inside the reporting clause is no
                # continuation, and the quote after it continues the one before it
                continue
            if q.start in self.quote_owner or q.end - q.start < 4 or prev is None:
                continue
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

    def inside_clause(self, q: Quote) -> bool:
        """A quotation that a word right before it in the same sentence opens inside a clause: a title or a
        phrase ("on Radio One’s “Morning Show”", "called it “a farce”"), never a continuation of an earlier quote
        (a continuation follows a sentence end, a comma, a colon or a conjunction)."""
        d = self.d
        if q.start == 0:
            return False
        j = d.tok_before(q.start - 1)
        t = d.doc[j]
        if t.idx + len(t) > q.start or "\n" in d.text[t.idx:q.start] or t.is_space:
            return False
        if t.lower_ in ("'s", "’s"):
            return True
        return not t.is_punct and t.pos_ != "CCONJ" and not t.is_sent_end

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
        if self.reported_lead(a, q.start):
            return q.start
        return a

    def reported_lead(self, a: int, b: int) -> bool:
        """Whether the words before a quote hold a reporting clause of their own ("Ruiz said the plan was dead —
        “nobody wants it,” she added"): a cue verb there with its subject and its clause is another report, so the
        quote's reporting clause after it does not take those words as its lead-in."""
        d = self.d
        doc = d.doc
        lo, hi = d.tok_at(a), d.tok_at(b)
        for t in doc[lo:hi]:
            if t.pos_ not in ("VERB", "AUX") or t.tag_ not in ("VBD", "VBZ", "VBP"):
                continue
            vc = self.verb_cue(t)
            if vc is None or "c" not in vc.frames:
                continue
            if any(c.dep_ == "nsubj" and lo <= c.i < t.i for c in t.children) and \
                    any(c.dep_ == "ccomp" and t.i < c.i < hi for c in t.children):
                return True
        return False

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
        nickname = self.nickname_marks(i, min(i + 30, len(doc)))
        for t in doc[i:min(i + 30, len(doc))]:
            if t.i in nickname:
                continue
            if t.idx > q.end and (t.text in (".", "!", "?", ";") or _is_quote_tok(t) or "\n" in t.text):
                break
            if self.verb_cue(t):
                # the verb must head the reporting clause, not sit inside another clause
                if any(x.pos_ == "VERB" and x.dep_ not in ("aux", "auxpass") for x in doc[i:t.i]):
                    break
                if first.text != "," and inner_end != "," and _is_passive(t):
                    # "“Was the contract rigged?” The builder was never charged …": a new sentence ("“…,” the source
                    # was quoted as saying": the quote's own comma asks for its reporting clause)
                    break
                return t
        return None

    def nickname_marks(self, a: int, b: int) -> set[int]:
        """Token indices in a..b of the quote marks around a quoted nickname inside a name ('Marcia "Cia" Price',
        'Dwayne "The Rock" Johnson'): one to three words between two proper nouns, part of the speaker's name and no
        quote of its own."""
        doc = self.d.doc
        out: set[int] = set()
        k = a
        while k < b - 2:
            if _is_quote_tok(doc[k]) and k > 0 and doc[k - 1].pos_ == "PROPN":
                close = next((j for j in range(k + 1, min(k + 5, b)) if _is_quote_tok(doc[j])), None)
                if close is not None and close > k + 1 and close + 1 < len(doc) and self.name_word(doc[close + 1]) and \
                        all(doc[j].is_alpha and doc[j].is_title for j in range(k + 1, close)):
                    out.update((k, close))
                    k = close + 1
                    continue
            k += 1
        return out

    @staticmethod
    def name_word(t: Token) -> bool:
        """A capitalised noun that can go on a name ("Price", "Johnson")."""
        return t.pos_ in ("PROPN", "NOUN") and t.is_title

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
