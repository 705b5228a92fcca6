"""Word-level helpers the claim, speaker and denial code share: content words and their stems, a possessive
stripped from a name, the token of an attribution's cue.

Separate because both the denial linking and the speaker and claim code compare words this way; keeping them
here leaves the import direction one way (text <- speakers <- denials <- claims).
"""
from __future__ import annotations

import re

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


_SPREADING_FALSE = re.compile(r" (?:spread|spreads|spreading|publish|published|publishing|disseminat\w*|circulat\w*|"
                              r"broadcast\w*|post|posted|posting) (?:false|fake) (?:news|information|rumou?rs) ")


def _calls_untrue(text: str) -> bool:
    """Words in `text` calling what is said untrue ("false", "a smokescreen"): the content deny words of
    stance.yaml ('had "no link" to' too)."""
    low = " " + " ".join(re.sub(r"[^\w\s-]", " ", text.lower()).split()) + " "
    for verb in _tables()[0].get("verbs_after_to") or ():
        low = low.replace(f" to {verb} ", " to ")  # "to fake combat deaths": an aim, not "fake"
    # "had spread false news about troop movements": an offence charged, not a verdict on what was said
    low = _SPREADING_FALSE.sub(" ", low)
    return any(f" {w} " in low for w in _tables()[0]["content"]["deny"])


def found_statement(cue: tuple[int, int], lemma: str, source, content: list[tuple[int, int]],
                    source_resolved=None, kind: str = "indirect"):
    """A statement the claims code finds itself, where the attribution tagger missed or misread one: the fields of
    an attribution the claims code reads (cue, its lemma, source, content spans)."""
    from types import SimpleNamespace

    return SimpleNamespace(cue=cue, cue_lemma=lemma, source=source, source_resolved=source_resolved, content=content,
                           kind=kind, via=[])

