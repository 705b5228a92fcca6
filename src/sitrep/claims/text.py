"""Word-level helpers the claim, speaker and denial code share: content words and their stems, a possessive
stripped from a name, the token of an attribution's cue.

Separate because both the denial linking and the speaker and claim code compare words this way; keeping them
here leaves the import direction one way (text <- speakers <- denials <- claims).
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from .tables import _linking, _STOP, _tables


def _content_words(text: str) -> set[str]:
    skip = _time_words()
    return {w for w in re.findall(r"[a-z][a-z0-9-]+", text.lower()) if w not in _STOP and len(w) > 2
            and w not in skip}


def _time_words() -> frozenset[str]:
    """Words that date a statement ("on Sunday", "last week"): no content words (linking.yaml `time_words`)."""
    return _linking()["time_words"]


def _cue_token(doc: Doc, att):
    span = doc.char_span(att.cue[0], att.cue[1], alignment_mode="expand")
    if span is None or not len(span):
        return None
    # "has denied": the verb, not its auxiliary
    verbs = [t for t in span if t.pos_ == "VERB"] or [t for t in span if t.pos_ == "AUX"]
    return verbs[0] if verbs else span.root


def _stems(text: str) -> set[str]:
    """Content words without their endings, cut to five letters: "civilians" and "civilian", "locked" and
    "locking", "cells" and "cell", "fired" and "fire" meet."""
    return {_stem(w) for w in _content_words(text) if len(w) > 3}


@lru_cache(maxsize=1 << 14)
def _act_kinds(text: str) -> frozenset[str]:
    """The kinds of act a text tells ("killing", "detention", …: linking.yaml `act_kinds`), by word stems, so a
    denial in other words ("no migrant was mistreated") meets the claim it answers ("beaten with ropes")."""
    index = _kind_index("act_kinds")
    return frozenset(k for s in _stems(text) for k in index.get(s, ()))


def _speaker_kinds(text: str) -> frozenset[str]:
    """The kinds of speaker of no state a name's words tell ("relatives", "residents", …: linking.yaml
    `speaker_kinds`): "the families' account" names the speaker "Relatives of the dead" introduced."""
    index = _kind_index("speaker_kinds")
    return frozenset(k for w in re.findall(r"[a-z]+", text.lower()) for k in index.get(_stem(w), ()))


@lru_cache(maxsize=None)
def _kind_index(table: str) -> dict[str, frozenset[str]]:
    """stem → the kinds of a linking.yaml table of kinds of word."""
    index: dict[str, set[str]] = {}
    for kind, words in _linking()[table].items():
        for word in words:
            index.setdefault(_stem(word.lower()), set()).add(kind)
    return {stem: frozenset(kinds) for stem, kinds in index.items()}


def _stem(word: str) -> str:
    word = _linking()["irregular_participles"].get(word, word)  # "beaten" → "beat", to meet "beating"
    if word.endswith("ies") and len(word) > 5:
        word = word[:-3] + "y"
    else:
        for suffix in ("ings", "ing", "ed", "es", "s"):  # "beatings", "killings": the verb
            if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
                word = word[:-len(suffix)]
                break
    return word.rstrip("e")[:5] if len(word) > 3 else word[:5]


def _unpossess(text: str) -> str:
    return re.sub(r"['\u2019]s\b", "", text)


_SPREADING_FALSE = re.compile(r" (?<!is )(?<!are )(?<!was )(?<!were )(?<!again )(?<!still )"
                              r"(?:spread|spreads|spreading|publish|published|publishing|disseminat\w*|circulat\w*|"
                              r"broadcast\w*|post|posted|posting) (?:deliberately |completely |totally |entirely )?"
                              r"(?:false|fake|untrue) (?:news|information|rumou?rs|stories|reports|claims) ")
# (session 19) "The Philippine side is again spreading false information", "X are spreading completely untrue news
# that A": the speaker's own verdict on what is being spread, unlike "accused X of spreading false stories" or "had
# spread false news about troop movements" (an offence charged), which the pattern above takes out.

# Words of the deny list that describe rather than call a claim untrue (session 19): a person "with no links to any
# armed group", a group that "made up a fifth of those executed", a house rented "under a false name", a "propaganda
# arm" or "propaganda leaflets", "there is no such thing as a median line", "knew of no such incident", "had received
# no evidence from Tehran".
_DESCRIBING = re.compile(r" (?:with|who had|who has|who have) no (?:known )?links? (?:to|with) "
                         r"| made up(?= (?:a|an|the|of|about|half|most|more|less|nearly|almost|over|some|around|"
                         r"roughly|\d[\w-]*) )"
                         r"| false (?:name|names|identity|identities|papers|documents|passport|passports|pretences|"
                         r"pretenses|number plates)(?= )"
                         r"| propaganda (?:leaflets?|wing|arm|machine|unit|department|office|chief|materials?|posters?|"
                         r"magazine|channels?)(?= )"
                         r"| no such thing as | (?:knew|know|knows|aware) of no such | received no (?:such )?evidence "
                         # (session 27) propaganda done, an offence charged: "produced news that served as
                         # propaganda for the group", "accused of spreading terrorist propaganda"
                         r"| (?:serve|serves|served|serving|acted|acts|act|acting) as propaganda "
                         # (not "the army was spreading propaganda about the villages": the speaker's verdict)
                         r"| (?<!is )(?<!are )(?<!was )(?<!were )(?<!been )(?:spread|spreads|spreading|produce|"
                         r"produces|produced|producing|disseminat\w*) (?:terrorist |enemy |extremist |separatist )?"
                         r"propaganda "
                         # (session 20) the verb "lie" of a body's position: "made the inmates lie naked on the
                         # patio", "lie face down", "lay dead in the street"
                         r"| (?:lie|lies|lying) (?=(?:naked|down|low|dead|face|flat|still|injured|wounded|"
                         r"unconscious|buried|in ruins|on the (?:ground|floor|road|street|pavement|patio)) )")


# A claim called false in other words (session 17): told again ("those are the same claims they make every year"),
# a part of a campaign ("the accusations were part of a campaign against X"), a ploy ("the claims were an attempt to
# mislead"). The last two only of a claim noun as subject (or of a predicate handed over alone): "the strikes were
# part of a campaign against the militants" is an account, not a verdict on one.
_SAME_CLAIMS = re.compile(r" (?:is|are|was|were) (?:just |simply |merely |only |all |again )?(?:(?:the )?same (?:old )?|"
                          r"(?:an? |the )?old )"
                          r"(?:[a-z-]+ )?(?:claims?|accusations?|allegations?|lies|stories|charges|propaganda|slanders?) ")
_PLOY = (r"(?:just |simply |merely |only |clearly |all |nothing but |nothing more than )?(?:"
         r"part of (?:an?|the) (?:[a-z-]+ ){0,3}?(?:campaign|plot|conspiracy|scheme|ploy|agenda)"
         r"|(?:an?|another|one more|a further) (?:[a-z-]+ ){0,2}?pretext for"
         r"|(?:an?|another|one more|a further) (?:[a-z-]+ ){0,2}?(?:attempt|bid|ploy|tactic|manoeuvre|maneuver|pretext) "
         r"(?:by (?:[a-z-]+ ){1,4})?to (?:mislead|deceive|discredit|tarnish|smear|defame|malign|demoni[sz]e|distract|"
         r"divert|cover|hide|justify|undermine|destabili[sz]e|manipulate|confuse|provoke|incite|sow|stir|inflame|"
         r"pressure|blackmail|damage|harm|isolate|delegitimi[sz]e|whitewash|shift|deflect|blame|frame)) ")
@lru_cache(maxsize=1)
def _claim_nouns_re() -> str:
    """The nouns a claim goes by as the subject of a verdict on it (linking.yaml `claim_subject_nouns`), as one group."""
    words = sorted(_linking()["claim_subject_nouns"], key=lambda w: (-len(w), w))
    return r"(?:" + "|".join(map(re.escape, words)) + r")"


@lru_cache(maxsize=1)
def _ploy_of_claim() -> re.Pattern:
    return re.compile(rf" {_claim_nouns_re()} (?:(?!(?:said|says|say|told|tells|stated|added|according|reported|"
                      rf"that) )[a-z0-9-]+ ){{0,14}}?(?:(?:is|are|was|were|have been|has been) )?" + _PLOY)


# A claim called a put-up act (session 26): "the Polish claim about the ladders was a provocation", "the torture
# allegations were 'a script written by the opposition'", "called the accusations a provocation". Only of a claim noun
# as subject, after a copula, or as the naming verb's object right before the word ("the attack was a provocation"
# tells an event, "reports of a provocation" are about one). The words are linking.yaml `staged_claim_nouns`.
@lru_cache(maxsize=1)
def _staged_claim() -> re.Pattern:
    nouns = r"(?:" + "|".join(sorted(map(re.escape, _linking()["staged_claim_nouns"] or {"provocation"}),
                                     key=lambda w: (-len(w), w))) + r")"
    return re.compile(
        rf" {_claim_nouns_re()} (?:(?:(?!(?:said|says|say|told|tells|stated|added|according|reported|that) )"
        rf"[a-z0-9-]+ ){{0,12}}?(?:is|are|was|were|have been|has been) (?:just |simply |merely |only |clearly |all |"
        rf"nothing but |nothing more than )?|(?=(?:an? |another |pure )?(?:[a-z-]+ )?{nouns} ))"
        rf"(?:an? |another |pure )?(?:[a-z-]+ ){{0,2}}?{nouns} ")


# (session 26) a speaker called a liar now ("The army is lying again", "They are lying to us", "the authorities are
# lying about the numbers", "they are liars"): the verb "lie" of speech, not of a body's position ("bodies are lying in
# the street"): "is/are lying" only at the end of what is said or before "again", "about", "to" a hearer. Not "had
# lied in their reports", a charge about statements the text does not tell (a prosecutor's, dev31)
_LYING = re.compile(r" (?:is|are|was|were|been|keep|keeps|am) (?:still |again |simply |just |clearly |openly )?"
                    r"lying(?= (?:again |about |to (?:us|you|them|him|her|me|people|everyone|everybody|the (?:public|"
                    r"people|world|nation|country|media|families|press) ))| $)| (?:are|is) (?:all )?(?:liars|a liar) ")


# "The so-called intrusion does not exist", "the alleged bunkers never existed": what a claim names said not to be
_NAMED_THING_NOT_REAL = re.compile(r" (?:so-called|alleged|supposed|purported) (?:[a-z-]+ ){0,3}?(?:(?:does|do|did) not "
                                   r"exist|never existed|(?:does|do) not exist) ")


def _calls_untrue(text: str, other_words: bool = True) -> bool:
    """Words in `text` calling what is said untrue ("false", "a smokescreen"): the content deny words of
    stance.yaml ('had "no link" to' too), and (`other_words`) a claim called a ploy or the same old claims
    (`_ploy_of_claim`), or the thing it names said not to exist ("the so-called intrusion does not exist")."""
    low = " " + " ".join(re.sub(r"[^\w\s-]", " ", text.lower()).split()) + " "
    if other_words and (_SAME_CLAIMS.search(low) or _ploy_of_claim().search(low) or re.match(" " + _PLOY, low)
                        or _staged_claim().search(low)
                        or _NAMED_THING_NOT_REAL.search(low) or _LYING.search(low)):
        return True  # (before the aims are cut: "an attempt to mislead" is one)
    for verb in _tables()[0].get("verbs_after_to") or ():
        low = low.replace(f" to {verb} ", " to ")  # "to fake combat deaths": an aim, not "fake"
    # "had spread false news about troop movements": an offence charged, not a verdict on what was said
    low = _SPREADING_FALSE.sub(" ", low)
    low = _DESCRIBING.sub(" ", low)
    low = _THIRD_PARTY_TIE.sub(_tie_of_speaker, low)
    return any(f" {w} " in low for w in _tables()[0]["content"]["deny"])


# (session 27) a tie denied ("had no link to the shooting") is the speaker's denial of its own part only when the
# speaker's own side has no tie: "it had no link to", "its peacekeepers had no connection with"; a third party's lack
# of ties ("the car belonged to a family of shepherds and had no connection to armed groups", "farm labourers with no
# links to the cartel") is a statement told as fact (the labelled sets: assert)
_THIRD_PARTY_TIE = re.compile(r"(?P<before>(?:\S+ ){0,6})(?P<tie>(?:had|has|have|with) (?:had )?no (?:links?|connections?) "
                              r"(?:to|with) )")
_SPEAKER_SIDE_WORDS = frozenset({"it", "we", "they", "i", "its", "our", "their", "itself", "ourselves"})


def _tie_of_speaker(m) -> str:
    words = m.group("before").split()
    # (only where the phrase tells whose ties they are not: a second predicate of the clause's subject, "… and had
    # no connection to", or a noun's modifier, "labourers with no links to"; "the party had no link to the attack"
    # said by the party's officer stays a denial)
    third = m.group("tie").startswith("with ") or (words[-1:] == ["and"])
    if not third or _SPEAKER_SIDE_WORDS & set(words):
        return m.group(0)
    return m.group("before") + "- "


def _finite_second_denial(doc: Doc, att, start: int) -> bool:
    """"The ministry denied that its soldiers had shot anyone and called the Moroccan report a lie", "said Russia had
    nothing to do with the attack and called the accusations a provocation": a naming verb in a finite clause joined
    by "and" to the first, whose object is a claim noun (not "it"), is a second denial of the claim, as the claims
    sets count it; ", calling the report a lie" and "and called it a lie" only say the first one again (session 26)."""
    tok = _cue_token(doc, att)
    if tok is None or tok.dep_ != "conj" or tok.tag_ not in ("VBD", "VBZ", "VBP") or \
            tok.lemma_.lower() not in ("call", "describe", "brand", "label", "term"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or \
            not any(c.lower_ == "and" and c.dep_ == "cc" for c in tok.head.children):
        return False
    span = doc.char_span(start, start + 80, alignment_mode="expand") if start + 80 <= len(doc.text) else \
        doc.char_span(start, len(doc.text), alignment_mode="expand")
    nouns = set(_tables()[0]["claim_nouns"]) | _linking()["inner_claim_nouns"]
    if span is None or span[0].lower_ in ("it", "them", "this", "that", "these", "those") or \
            not any(t.lower_ in nouns and t.pos_ in ("NOUN", "PROPN") for t in span[:5]):
        return False
    # only words that call it untrue ("a lie", "fabricated", "a provocation"); what a claim is called a cover, a
    # pretext or part of a campaign for is the first denial's reason, one denial in the sets ("denied firing the
    # rockets and called the American accusation a pretext for aggression")
    said = doc.text[start:tok.sent.end_char]
    low = " " + " ".join(re.sub(r"[^\w\s-]", " ", said.lower()).split()) + " "
    return _calls_untrue(said, other_words=False) or _staged_claim().search(low) is not None


def found_statement(cue: tuple[int, int], lemma: str, source, content: list[tuple[int, int]],
                    source_resolved=None, kind: str = "indirect"):
    """A statement the claims code finds itself, where the attribution tagger missed or misread one: the fields of
    an attribution the claims code reads (cue, its lemma, source, content spans)."""
    from types import SimpleNamespace

    return SimpleNamespace(cue=cue, cue_lemma=lemma, source=source, source_resolved=source_resolved, content=content,
                           kind=kind, via=[])


def _names_its_author(doc: Doc, span: tuple[int, int]) -> bool:
    """A denied statement or figure named by its author's possessive ("the adviser's remarks", "Kigali's claims",
    "the charity's count") or nationality ("the Moroccan report"), not by a pronoun ("their accusations") that points
    back: it may be another statement than the one denied before it, which the linking tells (a second denial of one
    claim in one sentence is dropped there)."""
    found = doc.char_span(span[0], span[1], alignment_mode="expand")
    nouns = set(_tables()[0]["claim_nouns"]) | _linking()["figure_nouns"]  # ("the charity's count")
    return found is not None and any(t.dep_ == "poss" and t.pos_ != "PRON" and t.head.lower_ in nouns
                                     and found.start <= t.head.i < found.end or _nationality_author(t, nouns)
                                     for t in found)


def _nationality_author(tok, nouns: set) -> bool:
    """"the Moroccan report", "Israeli claims": a nationality adjective right before a claim noun names the
    noun's author (the parser may hang the adjective elsewhere: "called the Moroccan report a lie")."""
    after = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.ent_type_ == "NORP" and tok.pos_ in ("ADJ", "PROPN") and after is not None and \
        after.lower_ in nouns
