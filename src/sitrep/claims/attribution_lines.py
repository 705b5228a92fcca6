"""Line-based attributions: block quotations after a colon, transcript turns ("WALLACE: …") and headlines
("Pence: …") (`_LineRules`, a part of `_Extractor`)."""
from __future__ import annotations

import re

from .. import doccache as _dc
from .attribution_core import Attribution, QUOTE_CHARS, _is_quote_tok, _trim
from .attribution_syntax import _cue_tokens, _inflection_lemma, _is_passive, _source_span, _subject


class _LineRules:
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
            tail = re.split(r"\s[-\u2013\u2014|]\s", text[body_start:body_end].lower().rstrip(" ."))[-1].strip()
            if start == 0 and tail in self.lex.headline_labels:
                continue  # "Goma: live updates", "Myanmar: Fighting in Rakhine - live updates": a page's title
            if self.own_reporting_clause(body_start, body_end):
                continue  # "Sudan: Paramilitary forces killed dozens, witnesses say": a topic label, not a speaker
            src = (off, off + colon)
            cj = d.tok_at(off + colon)
            content_end = body_end
            if start == 0 and text[content_end - 1] == "." and content_end - 1 > body_start:
                content_end -= 1  # the full stop PolNeAR-style headlines carry is not content (a transcript's is)
            self.extra.append(Attribution(cue=(off + colon, off + colon + 1), cue_lemma=":", source=src,
                                          content=[(body_start, content_end)], kind="direct"))
            del cj

    def own_reporting_clause(self, a: int, b: int) -> bool:
        """Whether the text [a, b) after a line's colon ends with a reporting clause of its own after a comma
        ("…, witnesses say", "…, officials said"): then the words before the colon label the line's topic."""
        d = self.d
        doc = d.doc
        last = d.tok_before(b - 1)
        while last > 0 and doc[last].is_punct:
            last -= 1
        v = doc[last]
        if v.idx < a or self.verb_cue(v) is None or not any(c.dep_ in ("nsubj",) for c in v.children):
            return False
        return any(doc[k].text == "," and doc[k].idx >= a for k in range(max(0, last - 6), last))

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


# a word of a headline: letters, with inner apostrophes, dots or hyphens ("Don't", "U.S.", "Post-Debate")
_HEAD_WORD = re.compile(r"[A-Za-z]+(?:['’.-][A-Za-z]+)*")
# a word after these starts a sentence inside the headline and keeps its capital, as does one opening a quotation
_SENTENCE_ENDS = ":;.?!"
_OPENING_MARKS = "\"“‘'"


def title_case_headline(text: str) -> str | None:
    """The first line of `text` when it is a title-case headline ("Black Lawmakers Rip Donald Trump As A
    ‘Disgusting Fraud.’"), cased as a sentence, else None. The tagger reads such a line as one long name: a copy
    in sentence case is tagged as prose. A word keeps its capital when it opens the line or a sentence or
    quotation in it, when it is not a plain capitalised word ("CEO", "DuVernay"), or when the rest of the
    document writes it capitalised more often than in lower case (a name: "Clinton", "Wells Fargo"). The copy
    has the line's length, so its offsets are the document's."""
    end = text.find("\n")
    if end < 10 or end > 200:
        return None
    line, rest = text[:end], text[end:]
    words = list(_HEAD_WORD.finditer(line))
    if len(words) < 4 or sum(1 for w in words if w.group()[0].isupper()) < 0.75 * len(words):
        return None
    out = list(line)
    for k, w in enumerate(words):
        word = w.group()
        before = line[:w.start()]
        if k == 0 or not before.strip() or before.rstrip()[-1] in _SENTENCE_ENDS or \
                before[-1] in _OPENING_MARKS and (len(before) == 1 or before[-2].isspace()):
            continue
        if not word[0].isupper() or word == "I" or len(word) > 1 and not word[1:].islower():
            continue
        low = word.lower()
        if len(re.findall(rf"\b{re.escape(word)}\b", rest)) > len(re.findall(rf"\b{re.escape(low)}\b", rest)):
            continue
        if len(low) != len(word):
            continue  # (a case change that moves offsets)
        out[w.start():w.end()] = low
    cased = "".join(out)
    return cased if cased != line else None
