"""Verb cues: reported speech with a clausal, infinitive, object or prepositional complement, parenthetical
and "as" reporting clauses, the content and source of a reporting verb (`_VerbRules`, a part of `_Extractor`)."""
from __future__ import annotations

from spacy.tokens import Token

from .attribution_core import (ADV_NOT_CUE, ADVERBIAL_MARKS, Attribution, CLAUSE_DEPS, CONCESSIVE, COPULAS, DASHES,
                               DEONTIC_HEADS, EMBEDDED_DEPS, ISSUING_VERBS, OBJ_TAIL_PREPS, PERSON_PRONOUNS,
                               SPEECH_EVENTS, STATEMENT_NOUNS, SUBJ, Span2, TAIL_DEPS, WEEKDAYS, _is_quote_tok, _spans,
                               _subtree, _trim)
from .attribution_lexicon import VerbCue
from .attribution_syntax import (_STAMP_TOKEN, _agent, _cue_tokens, _inflection_lemma, _is_passive, _lemma, _noun_acl,
                                 _object_controlled, _outer_conjunct, _quoted_as_object, _source_span, _subject,
                                 _verbless_main_clause, _verbless_root)


# "have not said when they would …", "did not say where the talks would be held": after a negated reporting verb, a
# clause opened by one of these is the question left open (the content), not the time or place of the saying
WH_ADVERBS = {"when", "where", "how", "why"}


def _referential_it(v: Token, oprd: list[Token]) -> bool:
    """"it is considered a threat", "it was labeled 'Mostly True'": "it" stands for something named before when a
    predicate follows and no clause is extraposed after it ("it is considered important to act" is nobody's
    view of "it")."""
    if not oprd or oprd[0].i < v.i:
        return False
    return not any(t.dep_ in ("ccomp", "xcomp", "csubj", "acl") and t.i > oprd[0].i
                   for t in list(v.children) + list(oprd[0].children))


def _finite_after_infinitive(v: Token) -> bool:
    """A finite verb (past or present tense, no subject or auxiliary of its own) that the parser joined to a
    "to"-infinitive xcomp: it cannot continue the infinitive ("to cut taxes and raised spending")."""
    h = v.head
    if v.dep_ != "conj" or v.tag_ not in ("VBD", "VBZ") or h.dep_ != "xcomp" or h.tag_ != "VB" or h.i >= v.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" and c.i < h.i for c in h.children):
        return False
    return not any(c.dep_ in SUBJ or c.dep_ in ("aux", "auxpass") for c in v.children)


class _VerbRules:
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
                    and _verbless_root(v) is None \
                    and not _adverbial(v) \
                    and not self.after_evidential(v) and not self.prepositional_call(v, vc) \
                    and not self.caused_belief(v) \
                    and not self.relative_charge(v, vc) \
                    and not self.semicolon_between(v.i, v.head.i):  # "X accuses Y of A; Z says B": its own
                continue  # "he said he wants to …": a belief or intention inside other content is rarely its own
            if self.d.in_quote(v.idx):
                continue  # speech inside a direct quote is the quoted speaker's, not a new attribution
            if _object_controlled(v) and self.verb_cue(v.head) is not None:
                continue  # "urged residents to report …", "requires candidates to disclose …": content, not a cue
            if self.licensed_infinitive(v):
                continue  # "the law requires candidates to disclose …": a duty, nobody's statement
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

    @staticmethod
    def occasion_speaker(v: Token) -> Token | None:
        """"the governor said at a briefing on Tuesday announcing that …": a participle on a noun for an occasion of
        speaking (`SPEECH_EVENTS`) in a prepositional phrase of a verb has that verb's subject as its own."""
        n = v.head
        p = n.head
        if n.lemma_.lower() not in SPEECH_EVENTS or n.dep_ != "pobj" or p.dep_ != "prep" or \
                p.head.pos_ not in ("VERB", "AUX") or p.head.i > n.i:
            return None
        subj = _subject(p.head)
        return subj if subj is not None and subj.pos_ in ("PRON", "PROPN", "NOUN") else None

    @staticmethod
    def issuer(v: Token) -> Token | None:
        """"the ministry issued a second statement accusing …", "the group released a video saying …": a participle on
        the object of an active verb of putting a statement out (`ISSUING_VERBS`) has that verb's subject as its
        source (PolNeAR marks "the Security Council issued a statement calling …" so). Not for evidence verbs:
        "released a report showing …" is the report's finding."""
        n = v.head
        h = n.head
        if n.dep_ != "dobj" or h.i > n.i or h.pos_ != "VERB" or _lemma(h) not in ISSUING_VERBS or _is_passive(h):
            return None
        subj = _subject(h)
        return subj if subj is not None and subj.i < h.i and subj.pos_ in ("PRON", "PROPN", "NOUN") else None

    @staticmethod
    def licensed_infinitive(v: Token) -> bool:
        """"the law requires candidates to disclose …", "an order that allows reporters to publish …": an infinitive
        after a verb of obligation or permission (its object read as the object or as the infinitive's subject)
        is a duty or a licence, not a statement or a belief of that object."""
        h = v.head
        return v.dep_ in ("xcomp", "ccomp") and h.i < v.i and _lemma(h) in DEONTIC_HEADS and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)

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

    def stranded_clause_subject(self, v: Token, clause: Token, content: set[int]) -> set[int]:
        """"said in a statement that shells fired from an army position had landed …", "said between four and six
        houses had burned": the subject of a that-clause which the parser hung on the verb's prepositional phrase
        (as a relative clause opened by "that" on the phrase's noun, or as the phrase's own object), leaving the
        clause without a subject. The words from "that" (or from the preposition) up to the clause are its start
        (session 26)."""
        doc = v.doc
        if not content or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
            return set()
        if not any(c.dep_ in ("aux", "auxpass") or c.dep_ == "mark" for c in clause.children) and \
                clause.tag_ not in ("VBD", "VBZ", "VBP"):
            return set()  # a finite clause only: "said to have …" is no that-clause
        first = min(content)
        for p in v.children:
            if p.dep_ != "prep" or not (v.i < p.i < first) or p.right_edge.i != first - 1:
                continue
            rel = next((r for r in p.subtree
                        if r.dep_ in ("relcl", "acl") and r.right_edge.i == first - 1 and doc[r.left_edge.i].lower_ == "that"
                        and doc[r.left_edge.i].dep_ in ("dobj", "nsubj", "mark")), None)
            if rel is not None:
                return set(range(rel.left_edge.i, first))
            if p.i == v.i + 1 and p.lower_ in ("between", "about", "around", "over", "under", "nearly", "some") and \
                    any(o.dep_ == "pobj" and any(g.dep_ == "nummod" or g.like_num for g in o.subtree) for o in p.children):
                return set(range(p.i, first))  # "said between four and six houses had burned": a count
        return set()

    def contact_clause(self, v: Token, children: list) -> list:
        """"told a briefing the navy stood by its assessment", "told the station they had seen smoke": a complement
        clause with no "that" after the addressee, which the parser hung on the addressee as a relative clause. A
        relative clause has a relative word or a gap (an object or a preposition's object left out: "told the story
        they had heard", "the briefing they stood by"); a complement clause has neither (session 26)."""
        relative = ("which", "who", "whom", "whose", "that", "where", "when", "why")
        # the object must be one told (a person, a body, an audience, an occasion): "told the story he had heard" is no
        # saying of a clause
        hearers = [c for c in children if c.dep_ in ("dobj", "dative") and c.i > v.i and (
            c.lower_ in ("him", "her", "them", "us", "me", "you") or self.is_source_np(c) or
            c.lemma_.lower() in SPEECH_EVENTS or c.lemma_.lower() in MEDIA or c.lemma_.lower() in ON_AIR)]
        for o in hearers:
            for c in o.children:
                if c.dep_ != "relcl" or c.left_edge.i != o.i + 1 or c.pos_ not in ("VERB", "AUX"):
                    continue
                if not any(g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i and g.lower_ not in relative
                           for g in c.children):
                    continue
                if any(g.lower_ in relative and g.i < c.i or g.dep_ == "mark" for g in c.children):
                    continue
                preps = [g for g in c.children if g.dep_ == "prep"]
                if any(not any(x.dep_ in ("pobj", "pcomp") for x in g.children) for g in preps):
                    continue  # a stranded preposition: the gap of a relative clause
                if any(g.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "auxpass") for g in c.children) \
                        or preps:
                    return [c]
        return []

    @staticmethod
    def relative_charge(v: Token, vc: VerbCue) -> bool:
        """"a rival faction, which they blamed for killing civilians", "Rwanda, which UN experts have accused of
        backing the M23", "three men whom prosecutors accuse of planting a bomb": an evaluation verb in a relative
        clause whose object is the relative word, with a subject of its own and its charge after its preposition,
        is that subject's accusation of the noun (session 26), not content embedded in another clause."""
        if vc.cls != "evaluation" or v.dep_ != "relcl" or not vc.preps:
            return False
        if not any(c.dep_ == "dobj" and c.i < v.i and c.lower_ in ("which", "whom", "who", "that")
                   for c in v.children):
            return False
        if not any(c.dep_ == "nsubj" and c.i < v.i and c.lower_ not in ("which", "who", "that") for c in v.children):
            return False
        return any(c.dep_ == "prep" and c.i > v.i and c.lower_ in vc.preps and
                   any(g.dep_ in ("pobj", "pcomp") for g in c.children) for c in v.children)

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
        if _passive_aside(v):
            return None  # "X, asked about the attack, said …": X was asked; it asked nothing
        d = self.d
        if "c" in vc.frames and (clause := _fronted_participle(v.head)) is not None and clause.i == v.i:
            return self.participle_clause(v, vc)
        para = d.para[v.i]
        children = [c for c in v.children if d.para[c.i] == para]  # a parse across paragraphs is not content
        doc = d.doc
        # "X accuses Y of A; Z says B": a clause across a semicolon is a statement of its own, not content
        children = [c for c in children if not self.semicolon_between(v.i, c.left_edge.i if c.i > v.i else c.right_edge.i)]
        ccomp = [c for c in children if c.dep_ in CLAUSE_DEPS and not _adverbial(c) and _fronted_participle(c) is None]
        aside = next((c for c in ccomp if _passive_aside(c) and c.head.i == v.i), None)
        if aside is not None:
            ccomp = [c for c in ccomp if c is not aside]  # "X, asked about the attack, said …": no content
        if ccomp and ccomp[0].i < v.i and any(c.dep_ in SUBJ for c in children) and any(
                c.i > v.i and not any(doc[k].is_punct for k in range(v.i + 1, c.left_edge.i)) and
                (c.dep_ == "xcomp" or c.dep_ in CLAUSE_DEPS and any(g.dep_ == "mark" and g.lower_ == "that" or
                                                                    g.dep_ in SUBJ and g.i < c.i for g in c.children))
                for c in children):
            # "Both candidates face questions … (her campaign later disclosed that she has pneumonia)", "In his book,
            # ''Make Your Kid a Millionaire,'' Mr. McKinley suggested looking at …", "While he acknowledged X, Ham
            # noted several problems left him …": a clause the parser hung on the verb before it, and a clause or a
            # complement right after it; the one after is what was said (a quote before its reporting verb never
            # has another complement after the verb). Not when the verb has no subject: "Posts shared widely online
            # said …" is a subject the parser read as a clause
            ccomp = [c for c in ccomp if c.i > v.i]
        # "denied any role in the blast, a day after the ministry blamed the group": the words the parser hung
        # on the adverbial clause before its subordinator are the verb's object
        fronted = next((_before_adverbial(c) for c in children if c.dep_ in CLAUSE_DEPS and _adverbial(c)
                        and c.left_edge.i > v.i), None)
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
        if not ccomp and "c" in vc.frames and "a" in vc.frames:
            ccomp = self.contact_clause(v, children)
        if not ccomp and "c" in vc.frames and vc.cls == "speech":
            # "reported at the time that the editor conveyed …", "told one of his aides on a regular basis that …": a
            # that-clause the parser hung on the noun of a prepositional phrase right after the verb (or after its
            # objects) as a relative clause; "that" opens it and is not its subject, and the clause has a subject of
            # its own
            objs = [c for c in children if c.dep_ in ("dobj", "dative") and c.i > v.i]
            after = max(max(_subtree(o)) for o in objs) + 1 if objs else v.i + 1
            for p in [c for c in children if c.dep_ == "prep" and c.i == after and c.lower_ not in vc.preps
                      and not any(doc[k].is_punct for k in range(v.i + 1, c.i))]:
                # (a cue noun's that-clause is its own, except a medium's after "in": "denied in a separate statement
                # that …", session 26)
                for o in [g for g in p.children if g.dep_ == "pobj" and g.i - p.i <= 3
                          and (g.lemma_.lower() not in self.lex.nouns or
                               p.lower_ in ("in", "during") and g.lemma_.lower() in MEDIA | SPEECH_EVENTS)]:
                    for c in o.children:
                        le = c.left_edge
                        if c.dep_ in ("relcl", "acl") and le.i == o.i + 1 and le.lower_ == "that" and \
                                le.dep_ not in SUBJ and \
                                any(g.dep_ in ("nsubj", "nsubjpass") and g.i != le.i for g in c.children):
                            ccomp = [c]
        if not ccomp and "c" in vc.frames and vc.cls == "speech":
            # "said on X, formerly Twitter, that its troops …": an aside set off by commas after the verb, which the
            # parser took for a noun of the verb's own, with the that-clause hung on it as a relative clause; "that",
            # after the aside's comma, opens it and is not its subject, and the clause has a subject of its own
            for n in [c for c in children if c.dep_ in ("npadvmod", "appos") and c.i > v.i]:
                for c in n.children:
                    le = c.left_edge
                    if c.dep_ in ("relcl", "acl") and le.lower_ == "that" and le.dep_ not in SUBJ and \
                            doc[le.i - 1].text == "," and \
                            any(g.dep_ in ("nsubj", "nsubjpass") and g.i != le.i for g in c.children):
                        ccomp = [c]
        if not ccomp and "c" in vc.frames:
            # "said after the convention he would not …": a complement clause parsed as an adverbial one
            ccomp = [c for c in children if c.dep_ == "advcl" and c.i > v.i and c.pos_ in ("VERB", "AUX")
                     and any(g.dep_ == "nsubj" and g.i < c.i or g.dep_ == "nsubjpass" and self.that_after_citation(v, c)
                             for g in c.children)
                     and not any(g.dep_ in ("mark", "advmod") and g.i < c.i and g.lower_ != "that" and
                                 not (g.i == c.left_edge.i == v.i + 1 and g.lower_ in WH_ADVERBS and
                                      any(n.dep_ == "neg" for n in v.children))
                                 for g in c.children)
                     and (not any(doc[k].text in (",", ";", ":", "-", "—") for k in range(v.i + 1, c.left_edge.i))
                          or self.that_after_citation(v, c))]
        if not ccomp and "c" in vc.frames and not _is_passive(v):
            # "I hope in 2017 America says …": a clause with its own subject, with no punctuation before it, that
            # the parser joined as a parataxis
            ccomp = [c for c in children if c.dep_ == "parataxis" and c.i > v.i and c.pos_ in ("VERB", "AUX")
                     and any(g.dep_ == "nsubj" and g.i < c.i for g in c.children)
                     and not any(doc[k].is_punct for k in range(v.i + 1, c.left_edge.i))]
        xcomp = [c for c in children if c.dep_ == "xcomp"]
        # a live blog's stamp the parser made the object ("13:20 GMT - The RSF rejects …") is no content
        dobj = [c for c in children if c.dep_ in ("dobj",) and not (c.i < v.i and _STAMP_TOKEN.fullmatch(c.text))]
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
        if not dobj and oprd and "n" in vc.frames:
            # "…, and the League called them a violation of …": the object parsed as an indirect object
            dobj = [c for c in children if c.dep_ == "dative" and v.i < c.i < oprd[0].i and
                    c.pos_ in ("PRON", "NOUN", "PROPN")][:1]
        if dobj and not oprd and not xcomp and "n" in vc.frames and dobj[0].tag_ == "VBG" and \
                any(c.dep_ == "det" for c in dobj[0].children):
            # "called the killing an act of collaboration": the predicate noun parsed as the object of a gerund
            # that is a noun ("the killing", "the shelling")
            oprd = [c for c in dobj[0].children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and
                    any(g.dep_ == "det" for g in c.children)][:1]
        # a prepositional object that is a date or a duration is no content ("hammered the town for three days")
        preps = [c for c in children if c.dep_ in ("prep", "dative") and c.lower_ in vc.preps and
                 not any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)]
        content_toks: set[int] = set()
        clausal = False  # the content is the verb's complement clause
        prep_tok = None
        experiencer = None
        kind = "indirect"
        frames = vc.frames
        passive = _is_passive(v)
        outer = self.outer_conjunct(v)
        subj = _subject(outer if outer is not None and self.verb_cue(outer) else v)
        issued_by = None  # the verb that put out the statement whose participle or clause v is
        reporter = self.reporting_head(v, vc)
        if reporter is not None:
            subj = _subject(reporter) or subj
        if subj is None and aside is not None:
            # "Iran's spokesman, asked about the attack, said …": the parser made the speaker the participle's subject
            subj = next((c for c in aside.children if c.dep_ == "nsubj" and c.i < aside.i), None)
        modal = self.modal_adjective(v)
        if subj is None and modal is not None:
            subj = _subject(modal.head)  # "he won't be able to brag about …": the copula's subject
        if passive:
            subj_tok = _agent(v)
        else:
            subj_tok = subj
        if subj_tok is None and not passive and _verbless_main_clause(v):
            subj = subj_tok = v.head  # "The militia, an armed group, denied on Monday any role in …"
        elif subj_tok is None and not passive and (root := _verbless_root(v)) is not None:
            subj = subj_tok = root  # "One of the doctors who signed the letter called him a fraud"
        if subj_tok is None and _noun_acl(v, vc) and (occ := self.occasion_speaker(v)) is not None:
            subj = subj_tok = occ  # "he said at a briefing announcing …": the speaker, not the occasion
        elif subj_tok is None and _noun_acl(v, vc) and vc.cls != "evidence" and (iss := self.issuer(v)) is not None:
            # "it issued a statement accusing …": the one who put it out says it ("released a report showing …"
            # stays the report's finding)
            subj = subj_tok = iss
            issued_by = v.head.head
        elif subj_tok is not None and v.dep_ == "relcl" and subj_tok.lower_ in ("that", "which") and \
                vc.cls == "speech" and v.head.lemma_.lower() in STATEMENT_NOUNS and \
                (iss := self.issuer(v)) is not None:
            # "he released a letter from his doctor that says …": the same, told by a relative clause
            subj = subj_tok = iss
            issued_by = v.head.head
        elif subj_tok is None and _noun_acl(v, vc):
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
        elif v.dep_ == "conj" and not passive and "i" in frames and not any(c.dep_ in SUBJ for c in v.children) \
                and (trailing := self.trailing_subject(v)) is not None:
            # "A killed B on Thursday, an official who asked not to be named told Reuters.": a sentence-final verb
            # the parser joined to the content's verb takes the noun phrase before it, not that verb's subject
            subj = subj_tok = trailing
            loose = True
        # a relative clause ("X, which has called for …,") is never a parenthetical reporting clause
        paren = self.parenthetical(v, subj, loose) if ("i" in frames and not passive and v.dep_ != "relcl") else None
        if not paren and "i" in frames and "c" in frames:
            paren = self.as_clause(v, subj)
        if paren:
            content_toks = paren
        elif shifted:
            content_toks = shifted  # "dismissed as baseless India's claim that …"
        elif ccomp and "c" in frames and ccomp[0].i > v.i:
            clausal = True
            content_toks = _subtree(ccomp[0])
            content_toks -= self.leading_time(ccomp[0], content_toks)
            content_toks |= self.stranded_clause_subject(v, ccomp[0], content_toks)
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
        elif fronted:
            content_toks = fronted
        elif "n" in frames and dobj and (oprd or xcomp or any(c.dep_ == "prep" and c.lower_ == "as" for c in children)):
            pred = (oprd or xcomp or [c for c in children if c.dep_ == "prep" and c.lower_ == "as"])[0]
            content_toks = _subtree(dobj[0]) | _subtree(pred)
            content_toks |= set(range(min(content_toks), max(content_toks) + 1))
        elif xcomp and ("x" in frames) and any(g.dep_ == "aux" and g.lower_ == "to" for g in xcomp[0].children):
            content_toks = _subtree(xcomp[0])
            if dobj and dobj[0].i < xcomp[0].i and "w" not in frames:
                content_toks |= _subtree(dobj[0])  # "urged Congress to act"; not "persuaded Congress to act"
            # the "on" the parser read as a particle keeps its object ("called on fellow senators to …")
            particles = [c for c in children if c.dep_ == "prt" and c.lower_ in vc.preps]
            for p in preps + particles:
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
        elif vc.cls == "evidential" and subj is not None and subj.i < v.i and \
                (exp := self.experiencer(v, children)) is not None:
            # "The offer seemed generous to the union leaders": the one it seems so to holds the view; the predicate
            # joins the cue, as a stance adjective does ("seemed eager"), and the subject is the content
            content_toks = _subtree(subj)
            experiencer = next(g for g in exp[1].children if g.dep_ == "pobj")
        elif preps and "p" in frames or (preps and vc.preps):
            p = preps[0]
            pobj = [c for c in p.children if c.dep_ in ("pobj", "pcomp")]
            if not pobj:
                return None
            if passive and subj_tok is None and not dobj and "p" not in frames and p.lower_ == "to":
                return None  # "the ship was linked to Israel": an agentless passive relation, nobody's statement
            if not dobj and "p" not in frames and p.lower_ == "to" and p.i == v.i + 1 and v.tag_ in ("VBD", "VBN") \
                    and any(c.dep_ == "conj" and c.pos_ == "VERB" and c.i > pobj[0].i and not any(
                        g.dep_ in SUBJ for g in c.children) for c in children):
                # "Gunmen linked to the X group ambushed a patrol": the participle of a reduced relative that the
                # parser read as the main verb, the sentence's own verb joined to it (the verb takes an object when
                # someone links one thing to another)
                return None
            content_toks = _subtree(pobj[0])
            prep_tok = p
            if "r" in frames:
                content_toks.add(p.i)  # "did not respond | to requests for comment": what was (not) answered
                prep_tok = None
            if passive and subj_tok is None and subj is not None and vc.cls == "evaluation" and subj.i < v.i and \
                    subj.lower_ not in ("it", "there"):
                # "The peacekeepers were accused of hurting …": the target and the charge, as in the active
                # "accused the peacekeepers of …"
                content_toks |= _subtree(subj)
            if dobj and dobj[0].i < p.i and vc.cls == "evaluation" and self.relative_charge(v, vc):
                pass  # "which they blamed for …": the charge alone, the relative word and the subject before the cue
            elif dobj and dobj[0].i < p.i and vc.cls == "evaluation":
                # "accused the government of hiding …": the target, the preposition and the charge, one span
                content_toks |= _subtree(dobj[0])
                content_toks = set(range(min(content_toks), max(content_toks) + 1))
                for c in children:
                    if dobj[0].i < c.i < p.i and _medium(c):
                        content_toks -= _subtree(c)  # "praised X in her annual address for …": where, not what
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
                # and a prepositional phrase the parser hung on the verb that is not the saying's time, place,
                # occasion or medium ("cited new endorsements from retired judges", "found 12 cases out of two
                # million ballots"; not "during the debate", "in a statement", "to reporters")
                tail = c.dep_ in ("xcomp", "oprd") or \
                    c.dep_ == "prep" and (c.lower_ in OBJ_TAIL_PREPS or _content_prep(c))
                if c.i > dobj[0].i and tail and doc[c.left_edge.i - 1].text != ",":  # ", perhaps in …": an aside
                    content_toks |= _subtree(c)
            content_toks = set(range(min(content_toks), max(content_toks) + 1))
            for c in children:
                # "thanked X on Twitter for …": the medium inside the content is left out (PolNeAR splits there)
                if c.i > max(_subtree(dobj[0])) and c.right_edge.i < max(content_toks) and _medium(c):
                    content_toks -= _subtree(c)
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
                subj.i < v.i and subj.lower_ != "there" and (subj.lower_ != "it" or _referential_it(v, oprd)) and \
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
        if vc.cls == "evidential" and experiencer is not None:
            subj_tok = experiencer
        elif vc.cls == "evidential":
            kind = "evidential"
            subj_tok = None
        elif passive and subj_tok is None:
            kind = "passive"
        content_toks |= self.shared_conjunct(v, children, content_toks)
        cue = _cue_tokens(v, prep_tok)
        if issued_by is not None:
            # the act of putting the statement out is part of the cue ("issued a statement calling | …", "released a
            # letter from his doctor that says | …"), as PolNeAR marks it
            cue = (min(cue[0], _cue_tokens(issued_by)[0]), cue[1])
        if experiencer is not None:
            cue = (cue[0], max(cue[1], experiencer.head.i))  # "seems credible": up to the "to" of the holder
        content_toks -= set(range(*cue))
        cue = self.extend_cue(v, cue, content_toks)
        cue = self.catenate(v, cue, content_toks)
        content_toks -= set(range(*cue))
        content_toks |= _noun_conjunct(v, content_toks)
        if clausal:
            content_toks |= self.clause_conjunct(v, content_toks)
        content_toks |= _comparison(v, content_toks)
        content_toks = self.trim_tail(content_toks)
        content_toks = {i for i in content_toks if not self.semicolon_between(v.i, i)}
        if clausal and content_toks and (more := self.semicolon_clauses(v, content_toks)):
            content_toks = {i for i in content_toks | more if not (doc[i].text == ";" and not d.in_quote(doc[i].idx))}
        cited = self.fronted_citation(v, content_toks)
        for c in cited:
            content_toks -= _subtree(c)
        para = d.para[v.i]
        content_toks = {i for i in content_toks if d.para[i] == para}
        content = _spans(d, content_toks)
        if len(content) >= 2 and d.tok_at(content[0][0]) == d.tok_before(content[0][1] - 1) < v.i and \
                doc[d.tok_at(content[0][0])].pos_ in ("CCONJ", "SCONJ"):
            content = content[1:]  # "If, as I've suggested, he …": a lone conjunction before the clause is not said
        if not content:
            return None
        source = self.source_of(subj_tok, v) if subj_tok is not None else None
        if loose and v.i in self.trailing_spans:
            source = d.chars(*self.trailing_spans[v.i])  # the trailing noun phrase with its apposition
        att = Attribution(cue=d.chars(*cue), cue_lemma=vc.lemma + (" " + prep_tok.lower_ if prep_tok is not None else ""),
                          source=source, content=content, kind=kind)
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

    def participle_clause(self, v: Token, vc: VerbCue) -> Attribution | None:
        """"Claiming the criticism is designed to pressure moderators, Trump told Fox …": a sentence-opening
        participle of saying whose clause the parser read as a gerund subject (of a clause it then hung on the main
        verb). The participle is the cue, the rest of its clause the content, and the main clause's subject the
        source, as with "Saying the vote was rigged, the senator …"."""
        d = self.d
        clause = v.head
        if not any(g.dep_ == "dobj" for g in v.children):
            return None  # "Writing for a panel that …, X noted …": no clause of what was said
        end = clause.right_edge.i
        content_toks = {i for i in range(v.i + 1, end + 1) if d.para[i] == d.para[v.i]}
        content_toks = {i for i in content_toks if not self.semicolon_between(v.i, i)}
        subj = _subject(clause.head)
        content = _spans(d, content_toks)
        if not content or subj is None or subj.i < v.i:
            return None
        return Attribution(cue=d.chars(*_cue_tokens(v)), cue_lemma=vc.lemma, source=self.source_of(subj, v),
                           content=content, kind="indirect")

    def experiencer(self, v: Token, children: list[Token]) -> tuple[Token, Token] | None:
        """"Nothing about them seems credible to me", "The war may once have seemed far away to European citizens":
        an evidential verb's predicate (an adjective or adverb after it) with "to" and a person or group, who holds
        the view. Returns (predicate, "to"), else None; "seemed close to the border" (a place) is no holder."""
        for pred in children:
            if pred.i < v.i or pred.dep_ not in ("oprd", "acomp", "advmod") or pred.pos_ not in ("ADJ", "ADV"):
                continue
            for to in pred.children:
                if to.dep_ != "prep" or to.lower_ != "to" or to.i < pred.i:
                    continue
                o = next((g for g in to.children if g.dep_ == "pobj"), None)
                if o is not None and (o.lower_ in ("me", "us", "him", "her", "them") or
                                      o.ent_type_ in ("PERSON", "ORG", "NORP") or
                                      o.lemma_.lower() in self.lex.source_nouns):
                    return pred, to
        return None

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

    def clause_conjunct(self, v: Token, content: set[int]) -> set[int]:
        """"The mayor said it was too early to tell, and there was no evidence yet …", "He's claiming that fraud is
        a big problem but nobody has the guts to talk about it": a finite clause with a subject of its own that the
        parser joined to the cue verb with "and"/"but"/"or" right after its complement clause is more of what was
        said, not the writer's narration. Not a new report: a clause whose verb (or the verb it governs: "refuses to
        discuss") speaks or judges, or that holds a speech verb with a subject of its own ("but he said …", "and she
        urged …"); "but" only after a speech verb that does not put the claim in doubt ("assumed X, but that wasn't
        the case", "The enemy claims X, but the ruins expose its lies": the writer's or another speaker's rebuttal).
        Returns the tokens to add."""
        if not content:
            return set()
        d = self.d
        doc = v.doc
        end = max(content)
        vc = self.verb_cue(v)
        for c in v.children:
            if c.dep_ != "conj" or c.i <= end or c.pos_ not in ("VERB", "AUX") or d.para[c.i] != d.para[v.i]:
                continue
            gap = range(end + 1, c.left_edge.i)
            if not gap or not all(doc[k].is_punct or doc[k].dep_ == "cc" for k in gap) or \
                    not any(doc[k].dep_ == "cc" for k in gap) or self.semicolon_between(end, c.i):
                continue
            if not any(g.dep_ in SUBJ and g.i < c.i for g in c.children):
                continue
            if any(doc[k].lower_ == "but" for k in gap) and (vc is None or vc.cls != "speech" or
                                                             vc.lemma in DISPUTED_CLAIMS):
                continue
            if any(self.reports(h) for h in [c] + [g for g in c.children if g.dep_ == "xcomp"]) or \
                    any(doc[k].pos_ in ("VERB", "AUX") and self.reports(doc[k]) and
                        any(g.dep_ in SUBJ for g in doc[k].children) for k in _subtree(c)):
                continue
            return set(range(end + 1, c.right_edge.i + 1))
        return set()

    def semicolon_clauses(self, v: Token, content: set[int]) -> set[int]:
        """"It said A; that B; and that C": a that-clause after a semicolon, right after the content, that the parser
        hung on the cue verb (or on its complement, as a conjunct) is one more thing said, a span of its own (the
        semicolons and the "and" stay out). Returns the tokens to add."""
        d = self.d
        doc = v.doc
        out: set[int] = set()
        end = max(content)
        while end > min(content) and doc[end].is_punct and not _is_quote_tok(doc[end]):
            end -= 1  # the semicolon itself, a child of the clause before it
        while True:
            k = end + 1
            if k >= len(doc) or doc[k].text != ";" or d.in_quote(doc[k].idx):
                break
            k += 1
            if k < len(doc) and doc[k].lower_ == "and":
                k += 1
            if k >= len(doc) or doc[k].lower_ != "that" or doc[k].dep_ != "mark" or d.para[k] != d.para[v.i]:
                break
            h = doc[k].head
            if h.pos_ not in ("VERB", "AUX") or not any(g.dep_ in SUBJ for g in h.children):
                break
            if not any(a.i == v.i or a.i in content for a in h.ancestors):
                break  # a clause the parser hung on the cue, on its complement, or on a conjunct of either
            last = h.right_edge.i
            j = k
            while j <= last and d.para[j] == d.para[v.i] and not (doc[j].text == ";" and not d.in_quote(doc[j].idx)):
                j += 1
            while j - 1 > k and doc[j - 1].is_punct and not _is_quote_tok(doc[j - 1]):
                j -= 1
            if j <= k + 1:
                break
            out |= set(range(k, j))
            end = j - 1
            while end + 1 < len(doc) and doc[end + 1].is_punct and doc[end + 1].text != ";" and \
                    not _is_quote_tok(doc[end + 1]):
                end += 1
        return out

    def reports(self, t: Token) -> bool:
        """A speech or evaluation cue verb ("said", "denied", "urged", "criticised")."""
        vc = self.verb_cue(t)
        return vc is not None and vc.cls in ("speech", "evaluation")

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
        X's, not part of what X tweeted); and a present-tense one after a present-tense reporting verb whose
        clause is in the past ("X says Y were fired …, and accuses Z of …")."""
        outer = _outer_conjunct(v)
        if outer is not None:
            return outer
        h = v.head
        if (infinitive_outer := self.infinitive_outer(v)) is not None:
            return infinitive_outer
        if v.dep_ != "conj" or v.tag_ not in ("VBD", "VBZ") or h.dep_ not in ("ccomp", "advcl") or h.i >= v.i:
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
        # "X said he had battled pneumonia and called it a common ailment", "X says Y promised … and said …": a
        # speech or naming verb joined by "and" to the reported clause of a speaker continues the reporting clause
        joined = bool(cc) and cc[-1].lower_ == "and" and vc.cls in ("speech", "naming") and \
            self.speaking_subject(h)
        if v.tag_ == "VBZ":
            # "the army says the shells were fired by RSF positions, and accuses the RSF of …": a present-tense cue
            # verb after "and" cannot continue a past-tense reported clause; it agrees with the reporting verb
            ok = bool(cc) and cc[-1].lower_ == "and" and vc.cls in ("speech", "evaluation", "naming") and \
                r.pos_ in ("VERB", "AUX") and r.i < h.i and r.tag_ == "VBZ" and bool(self.verb_cue(r))
            return r if ok else None
        if not (that and vc.cls == "speech" or comma and passive and vc.cls in ("speech", "evaluation", "naming")
                or joined):
            return None
        return r if r.pos_ in ("VERB", "AUX") and r.i < h.i and self.verb_cue(r) and \
            (r.tag_ in ("VBD", "VBN") or joined and r.tag_ in ("VBZ", "VBP")) else None

    def infinitive_outer(self, v: Token) -> Token | None:
        """"He vowed to fight on and accused the rebels of lying", "The family has called on police to release the
        videos and called on people to stay calm": a finite cue verb (past or present tense, no subject or auxiliary
        of its own) that the parser joined by "and" to the "to"-infinitive of a cue verb cannot continue that
        infinitive (its conjunct would be a bare "fight"), so it continues the clause of the verb that governs the
        infinitive, in the same tense. Returns that verb, else None."""
        if not _finite_after_infinitive(v):
            return None
        h = v.head
        cc = [c for c in h.children if c.dep_ == "cc" and h.i < c.i < v.i]
        if not cc or cc[-1].lower_ != "and":
            return None
        r = h.head
        if r.pos_ not in ("VERB", "AUX") or r.i >= h.i or self.verb_cue(r) is None:
            return None
        tense = r.tag_ in ("VBD", "VBN") if v.tag_ == "VBD" else r.tag_ == "VBZ"
        return r if tense else None

    def source_of(self, s: Token, v: Token) -> Span2 | None:
        if s.lower_ == "that" and s.dep_ in SUBJ and s.head.dep_ == "relcl" and s.head.head.i < s.i and \
                s.head.head.pos_ in ("NOUN", "PROPN"):
            # "new rules that promise to …": the relative "that" stands for the noun phrase it follows (a "who"
            # or "which" is kept: PolNeAR marks those, never a bare "that"); "a raft of rules that …": the whole
            n = s.head.head
            if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ == "NOUN" and n.head.head.i < n.i:
                n = n.head.head
            toks = {k for k in _subtree(n) if k < s.head.left_edge.i}
            tr = _trim(self.d, min(toks), max(toks) + 1) if toks else None
            if tr:
                return self.d.chars(*tr)
        sp = _source_span(self.d, s, v)
        acl = v if v.head.i == s.i else v.head if v.dep_ == "conj" and v.head.head.i == s.i else None
        if acl is None and s.i < v.i and s.is_ancestor(v):
            # "One of the doctors who signed the letter called …": the verb the parser hung inside the subject; the
            # source stops before it, and before a relative clause that ends right at it
            acl = next((a for a in v.ancestors if a.dep_ == "relcl" and s.is_ancestor(a)
                        and max(k for k in _subtree(a) if k < v.i) == v.i - 1), v)
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
        if any(c.dep_ in SUBJ for c in v.children):
            return cue  # "came after Trump attacked her": a clause with its own subject is no aspect of the cue
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
        if b < len(doc) and b not in content:
            b = _interview_phrase(v, doc[b], content) or b
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
                elif t.dep_ == "relcl" and doc[lo].lower_ == "where":
                    pass  # "…, where rebels hold the hills": the place said, described further, not an aside
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
                    elif cc and _finite_after_infinitive(t):
                        # "promised to cut taxes and raised spending": what the speaker went on to do
                        cut = cc[-1].i - (1 if doc[cc[-1].i - 1].text == "," else 0)
                    elif cc and (doc[cc[-1].i - 1].text == "," or t.left_edge.tag_ in ("WRB", "WP")) and \
                            self.own_speech_clause(t):
                        # "…, and when asked why, the minister replied …", "why X says … and why engineers say …":
                        # a new statement
                        cut = cc[-1].i - (1 if doc[cc[-1].i - 1].text == "," else 0)
                if cut is not None:
                    break
            if cut is None or cut <= min(toks):
                break
            toks = {i for i in toks if i < cut}
        return toks

    def own_speech_clause(self, t: Token) -> bool:
        """"The coach said the team was ready, and when pressed on the injuries, the club's doctor replied, “…”": a
        finite speech verb joined by ", and" (or opening a wh-clause: "… and why engineers say …") with a subject of
        its own (a noun or a personal pronoun) is a new reporting clause, not more of the content (PolNeAR never
        nests one report in another's content)."""
        vc = self.verb_cue(t)
        if vc is None or vc.cls != "speech" or t.tag_ not in ("VBD", "VBZ", "VBP"):
            return False
        subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
        return subj is not None and subj.lower_ not in ("it", "this", "that", "there", "which", "who", "what") and \
            subj.pos_ in ("NOUN", "PROPN", "PRON")

    def speaking_subject(self, h: Token) -> bool:
        """Whether the verb's own subject could speak: a personal pronoun ("he", "it", "they") or a name."""
        subj = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return False
        return subj.lower_ in ("he", "she", "it", "they", "we", "i") or subj.pos_ == "PROPN" or \
            subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")

    def trailing_subject(self, v: Token) -> Token | None:
        """'…, a local People's Defence Force (PDF) said.': a sentence-final reporting verb left without a
        subject because the parser joined the noun phrase before it to the content (as a conjunct or an
        apposition). The noun phrase between the last comma and the verb is its subject when it is one
        phrase (a single token heading it from outside), has no verb, and the verb ends the sentence."""
        doc = v.doc
        sent = v.sent
        vc = self.verb_cue(v)
        # "…, an official told Reuters.": the hearer named after a verb of telling ends the sentence with it
        hearer = [c for c in v.children if c.i > v.i and c.dep_ in ("dobj", "dative") and vc is not None and
                  "a" in vc.frames and c.pos_ in ("PROPN", "NOUN") and len(_subtree(c)) <= 4]
        hearer = hearer if len(hearer) == 1 and hearer[0].left_edge.i == v.i + 1 else []
        # the verb may keep its own time, place and medium ("…, a local rights group said on Sunday.", "…, the
        # spokesman announced in a statement.": session 26): adjuncts right after it (or after the hearer), with no
        # verb in them
        adjuncts = [c for c in v.children if c.i > v.i and c.dep_ != "punct" and c not in hearer]
        if any(c.dep_ not in ("prep", "npadvmod", "advmod") or
               any(doc[i].pos_ in ("VERB", "AUX") for i in _subtree(c)) for c in adjuncts):
            return None
        k = hearer[0].right_edge.i + 1 if hearer else v.i + 1
        for c in sorted(adjuncts, key=lambda c: c.i):
            if c.left_edge.i != k or c.right_edge.i - k > 8:
                return None
            k = c.right_edge.i + 1
        if k >= len(doc) or not doc[k].is_punct:
            return None
        while k < sent.end and (doc[k].is_punct or doc[k].is_space) and not _is_quote_tok(doc[k]):
            k += 1
        if k < sent.end:
            return None
        start = v.i - 1
        while start > sent.start and doc[start - 1].text not in (",", ";", ":") and v.i - start < 15:
            start -= 1
        if start <= sent.start + 1 or doc[start - 1].text != "," or self.d.in_quote(doc[start].idx):
            return None
        span = range(start, v.i)
        # "a senior official who asked not to be named": the verbs of a relative clause on the phrase are its own
        described = {k for i in span if doc[i].dep_ == "relcl" and start <= doc[i].head.i < doc[i].i
                     for k in _subtree(doc[i])}
        if any(doc[i].pos_ in ("VERB", "AUX") and i not in described for i in span):
            return None
        heads = [doc[i] for i in span if not doc[i].is_punct and not (start <= doc[i].head.i < v.i)
                 and doc[i].head.i != v.i]
        if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN"):
            return None
        head = heads[0]
        if not _subtree(head) <= set(span) | {i for i in _subtree(head) if doc[i].is_punct}:
            return None
        end = v.i
        while doc[end - 1].text == ",":
            end -= 1
        self.trailing_spans[v.i] = (self.apposed_before(head, start), end)
        return head

    def apposed_before(self, head: Token, start: int) -> int:
        """'…, the army's spokesman, Brigadier Nabil Abdallah, announced …', '…, a local rights group, the Forum,
        said …': the noun phrase set off by commas before the trailing source is the same speaker when the two are
        in apposition (one hung on the other, or both on the same word). Returns where the source begins."""
        doc = head.doc
        if start < 2 or doc[start - 1].text != ",":
            return start
        first = start - 1
        while first > head.sent.start and doc[first - 1].text not in (",", ";", ":") and start - first < 10:
            first -= 1
        if first <= head.sent.start + 1 or doc[first - 1].text != ",":
            return start
        prev = range(first, start - 1)
        if any(doc[i].pos_ in ("VERB", "AUX") for i in prev):
            return start
        outer = [doc[i] for i in prev if not doc[i].is_punct and not (first <= doc[i].head.i < start - 1)]
        if len(outer) != 1 or outer[0].pos_ not in ("NOUN", "PROPN") or head.dep_ != "appos":
            return start
        # a speaker, not a place the content ends on ("… in Kalay Township, Magway Region, a local militia said")
        if outer[0].ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") or not (
                outer[0].lemma_.lower() in self.lex.source_nouns or outer[0].ent_type_ in ("PERSON", "ORG", "NORP")):
            return start
        if first <= head.head.i < start - 1 or outer[0].dep_ == "appos" and outer[0].head.i == head.head.i:
            return first
        return start

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
        if loose and v.i in self.trailing_spans:
            # the trailing source with its apposition and the verb's own adjuncts, whatever the parser hung them on
            hi = max([v.i] + [c.right_edge.i for c in v.children if c.i > v.i and c.dep_ != "punct"])
            clause = set(range(self.trailing_spans[v.i][0], hi + 1))
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
        elif front and _participial_opening(doc, front):
            # "Speaking to farmers in Bunia, the governor responded to …", "Heading into the debate, Sanders told X
            # that …": an opening participial phrase is the speaker's circumstance, not what was said
            if not any(doc[i].pos_ in ("VERB", "AUX") for i in content if i > hi):
                return None
            content -= set(front)
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
        if subj is None or v.dep_ != "advcl" or v.head.i == v.i:
            return None
        host = v.head
        doc = self.d.doc
        if host.pos_ in ("NOUN", "PROPN") and host.dep_ in SUBJ and host.head.pos_ in ("VERB", "AUX") and \
                host.i < v.i < host.head.i and v.left_edge.i > 0 and doc[v.left_edge.i - 1].text == "," and \
                v.right_edge.i + 1 < len(doc) and doc[v.right_edge.i + 1].text == ",":
            host = host.head  # "The bridge, as the engineer noted, was never …": the parser hung it on the subject
        if host.pos_ not in ("VERB", "AUX"):
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
        content = {i for i in _subtree(host) - clause if sent.start <= i < sent.end and self.d.para[i] == para}
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


def _passive_aside(v: Token) -> bool:
    """"Iran's foreign ministry spokesman, asked about the attack, said …": a past participle with no auxiliary set off
    by commas between a speaker and the reporting verb after it, which the parser read as a clause with the speaker
    as its subject; it is a passive aside about the speaker (session 26)."""
    doc = v.doc
    if v.tag_ not in ("VBN", "VBD") or v.dep_ not in ("ccomp", "advcl") or v.head.i <= v.i or v.i < 2:
        return False  # (a participle with a subject is tagged as a past tense)
    if any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp") for c in v.children) or doc[v.i - 1].text != ",":
        return False
    subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
    end = max(k for k in _subtree(v) if not doc[k].is_punct)
    return subj is not None and subj.right_edge.i in (v.i - 2, v.i - 1) and end + 2 == v.head.i and \
        doc[end + 1].text == ","


# prepositions of a saying's time, place, manner or addressee: a phrase they open after a verb's object is no part of
# its content ("described her as a fraud during the debate", "told them to the AP")
FRAME_PREPS = {"to", "during", "since", "until", "till", "before", "amid", "at", "on", "by", "throughout", "following",
               "despite", "ahead", "via", "through", "upon", "under", "within", "across", "near", "like", "unlike",
               "because", "instead", "without", "per", "outside", "inside", "around", "toward", "towards"}
# media of a statement: "said in a statement", "thanked him on Twitter for …" (with SPEECH_EVENTS, its occasions)
MEDIA = {"statement", "ruling", "filing", "interview", "diatribe", "tweet", "post", "letter", "ad", "advertisement",
         "video", "op-ed", "remark", "report", "article", "column", "book", "memo", "email", "message", "broadcast",
         "show", "program", "episode", "editorial", "essay", "piece", "blog", "release", "document", "transcript",
         "testimony"}
ON_AIR = {"television", "radio", "air", "camera", "record"}


def _interview_phrase(v: Token, p: Token, content: set[int]) -> int | None:
    """"said in an interview", "explained in a recent phone interview": PolNeAR's cue takes the interview in (9 of
    11 times on dev), up to the noun and not its modifiers after it. Returns the token after the noun, else None."""
    if p.dep_ != "prep" or p.head.i != v.i or p.lower_ != "in":
        return None
    o = next((c for c in p.children if c.dep_ == "pobj"), None)
    if o is None or o.lemma_.lower() != "interview" or o.i - p.i > 4 or content & set(range(p.i, o.i + 1)):
        return None
    if not all(t.head.i == o.i and t.dep_ in ("det", "amod", "compound", "poss") for t in p.doc[p.i + 1:o.i]):
        return None
    return o.i + 1


def _medium(c: Token) -> bool:
    """A prepositional phrase naming where a statement was made: "in her annual address", "on Twitter", "at a rally"
    (not a date: "on Tuesday")."""
    if c.dep_ != "prep":
        return False
    o = next((g for g in c.children if g.dep_ == "pobj"), None)
    if o is None:
        return False
    lem = o.lemma_.lower()
    return lem in SPEECH_EVENTS or lem in MEDIA or c.lower_ == "on" and (
        lem in ON_AIR or o.pos_ == "PROPN" and o.ent_type_ not in ("DATE", "TIME"))


def _participial_opening(doc, front: list[int]) -> bool:
    """The tokens `front` (the start of a sentence) are a participial phrase with no subject and no quotation:
    "Speaking to reporters in Goma", "Asked about the raid", "Heading into the talks"."""
    first = doc[min(front)]
    if first.tag_ not in ("VBG", "VBN") or first.dep_ not in ("advcl", "ROOT", "acl") or \
            any(_is_quote_tok(doc[i]) for i in front):
        return False
    return all(doc[i].tag_ in ("VBG", "VBN", "VB", "TO") and not any(c.dep_ in SUBJ for c in doc[i].children)
               for i in front if doc[i].pos_ in ("VERB", "AUX"))


def _fronted_participle(c: Token) -> Token | None:
    """The participle opening `c` when `c` is a clause the parser built around a sentence-opening participle as its
    gerund subject and hung before a main verb with a subject of its own after a comma ("Claiming the criticism
    … is designed to pressure moderators, Trump told Fox …", "Arguing the law is unfair, the group sued"): a
    participial clause misread, not a complement of that verb. Else None."""
    if c.dep_ not in ("ccomp", "advcl") or c.head.i <= c.i:
        return None
    doc = c.doc
    first = c.left_edge
    if first.tag_ != "VBG" or first.head.i != c.i or first.dep_ not in ("csubj", "csubjpass", "nsubj"):
        return None
    if first.i != c.sent.start and not all(t.is_punct or t.is_space for t in doc[c.sent.start:first.i]):
        return None
    end = c.right_edge.i
    if end + 1 >= len(doc) or doc[end + 1].text != "," or \
            not any(g.dep_ in ("nsubj", "nsubjpass") and g.i > end for g in c.head.children):
        return None
    return first


def _content_prep(c: Token) -> bool:
    """A prepositional phrase after a verb's object that belongs to what the object says: not one of the saying's
    time, place or medium (`FRAME_PREPS`, a date, `MEDIA`)."""
    if c.dep_ != "prep" or c.lower_ in FRAME_PREPS:
        return False
    o = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
    if o is None:  # "out of two million ballots": the object of the second preposition
        o = next((h for g in c.children if g.dep_ == "prep" and g.i == c.i + 1 for h in g.children if h.dep_ == "pobj"),
                 None)
    if o is None:
        return False
    lem = o.lemma_.lower()
    if any(t.text in DASHES or t.text == ";" or t.text == "-" and t.whitespace_ and t.doc[t.i - 1].whitespace_
           for t in c.subtree):
        return False  # "in the primary - chatter that …": an aside after a dash, or a parse across one
    return not (o.ent_type_ in ("DATE", "TIME") or lem in SPEECH_EVENTS or lem in MEDIA)


def _comparison(v: Token, content: set[int]) -> set[int]:
    """"rated 30% of the claims as false, compared to 10% of the others": a comparison hung on the cue verb right
    after the content (a comma or quote marks between at most) belongs to what was rated or said. Returns the tokens
    to add."""
    if not content:
        return set()
    doc = v.doc
    end = max(content)
    for c in v.children:
        if c.i > end and c.lemma_.lower() == "compare" and c.tag_ == "VBN" and c.dep_ in ("prep", "advcl") and \
                all(doc[k].is_punct and doc[k].text not in DASHES for k in range(end + 1, c.i)) and \
                any(g.dep_ == "prep" and g.lower_ in ("to", "with") for g in c.children):
            return set(range(end + 1, c.right_edge.i + 1))
    return set()


# speech verbs that report a claim as disputed: a "but" clause after their content is a rebuttal, not more content
DISPUTED_CLAIMS = {"claim", "allege", "purport", "contend", "insist"}


def _noun_conjunct(v: Token, content: set[int]) -> set[int]:
    """"began by stressing border security, and a plan to hire guards": a noun the parser joined as a conjunct to the
    cue verb (or to the verb it hangs on) after ", and" right after the content is one more conjunct of the content's
    object. Returns the tokens to add."""
    if not content:
        return set()
    doc = v.doc
    end = max(content)
    heads = [v] + ([v.head.head] if v.dep_ == "pcomp" and v.head.dep_ == "prep" else [])
    for h in heads:
        for c in h.children:
            if c.dep_ != "conj" or c.pos_ not in ("NOUN", "PROPN") or c.i <= end:
                continue
            gap = range(end + 1, c.left_edge.i)
            if gap and all(doc[k].is_punct or doc[k].dep_ == "cc" for k in gap) and \
                    any(doc[k].dep_ == "cc" for k in gap):
                return set(range(end + 1, c.right_edge.i + 1))
    return set()


def _adverbial(v: Token) -> bool:
    """A clause opened by "after", "before", "because" … before its subject: an adverbial, whatever the parser
    called it (not "all oil produced since March had been delivered", where the subject comes first)."""
    marks = [c.i for c in v.children if c.dep_ == "mark" and c.lower_ in ADVERBIAL_MARKS]
    subjects = [c.i for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    # "since March had been delivered": a date after the subordinator makes it a preposition
    return bool(marks) and any(i > min(marks) and v.doc[i].ent_type_ not in ("DATE", "TIME") for i in subjects)


def _before_adverbial(c: Token) -> set[int]:
    """The tokens of a misparsed adverbial clause's subtree before it opens ("…, a day after"), less the
    punctuation between."""
    mark = next(g for g in c.children if g.dep_ == "mark" and g.lower_ in ADVERBIAL_MARKS)
    cut = min([mark.i] + [g.left_edge.i for g in c.children if g.dep_ == "npadvmod" and g.i < mark.i])
    doc = c.doc
    while cut > c.left_edge.i and doc[cut - 1].is_punct:
        cut -= 1
    return set(range(c.left_edge.i, cut))
