"""The learned cue model: verbs with a subject and complement that no lexicon rule took, scored by a small
logistic model (`data/cues/learned_cues.json`, fitted by `bench/attribution.py --fit-cues`; `_LearnedRules`)."""
from __future__ import annotations

from typing import Any

from spacy.attrs import POS
from spacy.parts_of_speech import VERB as VERB_POS
from spacy.tokens import Token

from .attribution_core import Attribution, EMBEDDED_DEPS, QUOTE_CHARS, _spans, _subtree
from .attribution_syntax import _cue_tokens, _lemma, _subject


# subject pronouns the learned cue model tells apart ("who", "which": a relative clause's subject)
CAND_PRONOUNS = {"he", "she", "they", "i", "we", "you", "it", "who", "which", "that"}
# set to a list by the training script (bench/attribution.py --fit-cues): the learned step then collects every
# candidate as (features, attribution) instead of scoring it
_CAND_SINK: list | None = None


def cue_score(model: dict[str, Any], feats: list[str]) -> float:
    """The learned cue model's score (a logit) of a candidate's features."""
    w = model["weights"]
    return float(model.get("bias", 0.0)) + sum(w.get(f, 0.0) for f in feats)


class _LearnedRules:
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
            # an answering verb's preposition opens its content ("responded | by citing …")
            opens = prep_tok is not None and vc is not None and "r" in vc.frames
            if opens:
                content.add(prep_tok.i)
            cue = _cue_tokens(v, None if opens else prep_tok)
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
