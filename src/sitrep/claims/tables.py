"""The claims word lists, loaded once: stance cues and content words (`data/claims/stance.yaml`) and the
linking lists (`data/claims/linking.yaml`), with the stop words content-word matching skips.

Separate so that claims, speakers and denials all read the same tables without importing each other.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..resources import load_yaml


_STOP = {"the", "a", "an", "of", "in", "on", "and", "or", "to", "by", "for", "is", "was", "that", "this", "with",
         "about", "from", "at", "as", "its", "their", "his", "her", "be", "been", "has", "have", "had", "it"}


@lru_cache(maxsize=1)
def _tables():
    data = load_yaml("claims/stance.yaml")
    cue_stance = {w: stance for stance, words in data["cues"].items() for w in words}
    return data, cue_stance


@lru_cache(maxsize=1)
def _linking() -> dict:
    data = load_yaml("claims/linking.yaml")
    return {"metonyms": {k.lower(): v for k, v in (data.get("metonyms") or {}).items()},
            "group_nouns": set(data.get("group_nouns") or ()),
            "restating_cues": set(data.get("restating_cues") or ()),
            "inner_claim_nouns": set(data.get("inner_claim_nouns") or ()),
            "hearsay_nouns": set(data.get("hearsay_nouns") or ()),
            "report_nouns": set(data.get("report_nouns") or ()),
            "staged_claim_nouns": set(data.get("staged_claim_nouns") or ()),
            "claim_subject_nouns": set(data.get("claim_subject_nouns") or ()),
            "checked_media_nouns": set(data.get("checked_media_nouns") or ()),
            "about_preps": set(data.get("about_preps") or ()),
            "answer_verbs": set(data.get("answer_verbs") or ()),
            "responsive_nouns": set(data.get("responsive_nouns") or ()),
            "generic_objects": set(data.get("generic_objects") or ()),
            "denying_verbs": set(data.get("denying_verbs") or ()),
            "accusing_verbs": set(data.get("accusing_verbs") or ()),
            "own_role_words": tuple(data.get("own_role_words") or ()),
            "back_verbs": set(data.get("back_verbs") or ()),
            "bland_verbs": set(data.get("bland_verbs") or ()),
            "backing_words": set(data.get("backing_words") or ()),
            "alongside_words": set(data.get("alongside_words") or ()),
            "second_statement_verbs": set(data.get("second_statement_verbs") or ()),
            "stateless_speakers": set(data.get("stateless_speakers") or ()),
            "institution_sources": set(data.get("institution_sources") or ()),
            "state_institutions": set(data.get("state_institutions") or ()),
            "statement_nouns": set(data.get("statement_nouns") or ()),
            "responding_verbs": set(data.get("responding_verbs") or ()),
            "naming_verbs": set(data.get("naming_verbs") or ()),
            "untrue_words": set(data.get("untrue_words") or ()),
            "one_force_sectors": set(data.get("one_force_sectors") or ()),
            "force_apart_words": set(data.get("force_apart_words") or ()),
            "force_apart_names": set(data.get("force_apart_names") or ()),
            "force_nouns": set(data.get("force_nouns") or ()),
            "weekdays": [w.lower() for w in data.get("weekdays") or ()],
            "time_words": frozenset(data.get("time_words") or ()),
            "armed_names": set(data.get("armed_names") or ()),
            "result_participles": set(data.get("result_participles") or ()),
            "object_denying_verbs": set(data.get("object_denying_verbs") or ()),
            "interviewer_labels": set(data.get("interviewer_labels") or ()),
            "answer_labels": set(data.get("answer_labels") or ()),
            "platforms": set(data.get("platforms") or ()),
            "breakaway_names": set(data.get("breakaway_names") or ()),
            "domestic_bodies": set(data.get("domestic_bodies") or ()),
            "civil_group_words": set(data.get("civil_group_words") or ()),
            "irregular_participles": dict(data.get("irregular_participles") or {}),
            "request_verbs": set(data.get("request_verbs") or ()),
            "demand_cues": set(data.get("demand_cues") or ()),
            "withheld_nouns": set(data.get("withheld_nouns") or ()),
            "unplaced_people": set(data.get("unplaced_people") or ()),
            "court_parties": set(data.get("court_parties") or ()),
            "court_defence": set(data.get("court_defence") or ()),
            "figure_nouns": frozenset(data.get("figure_nouns") or ()),
            "figure_noun_modifiers": frozenset(data.get("figure_noun_modifiers") or ()),
            "figure_topic_words": frozenset(data.get("figure_topic_words") or ()),
            "act_kinds": {k: list(v) for k, v in (data.get("act_kinds") or {}).items()},
            "accusing_kinds": frozenset(data.get("accusing_kinds") or ()),
            "custody_wrong_kinds": frozenset(data.get("custody_wrong_kinds") or ()),
            "guise_words": frozenset(data.get("guise_words") or ()),
            "origin_facilities": frozenset(data.get("origin_facilities") or ()),
            "state_force_words": frozenset(data.get("state_force_words") or ()),
            "speaker_kinds": {k: list(v) for k, v in (data.get("speaker_kinds") or {}).items()},
            "voice_sectors": {k: list(v) for k, v in (data.get("voice_sectors") or {}).items()},
            "trailing": re.compile(
                # ", a claim Yerevan rejected", " - a charge Moscow rejects", ", something Kyiv denied", ", which
                # the group denies"
                r"(?:,|\s+[-\u2013\u2014])\s+(?P<noun>(?:a|an)\s+(?:" +
                "|".join(sorted(map(re.escape, data.get("trailing_nouns") or ["claim"]))) +
                r")s?|something|which)\s+(?:that\s+|which\s+)?(?P<who>[^,.;\"“”]{2,60}?)\s+(?:has\s+|had\s+|have\s+)?"
                r"(?:(?:repeatedly|strongly|firmly|flatly|consistently|always|long|categorically)\s+)?"
                # a plural speaker's present ("a charge Kuki bodies deny", "a claim the rebels have disputed")
                r"(?:denied|rejected|dismissed|refuted|disputed|denies|rejects|dismisses|refutes|disputes"
                r"|deny|reject|dismiss|refute|dispute"
                r"|called\s+[\"\u201c]?(?:an?\s+)?[a-z]+)\b", re.I)}


# Verbs naming what something is ("calling it a mistake", "called the claim a distortion"), as written.
_NAMING = {"call", "calling", "called", "calls", "describe", "describing", "described", "describes", "brand",
           "branding", "branded", "label", "labelling", "labeling", "labelled", "labeled", "term", "termed"}


def _alternation(words) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(sorted(map(re.escape, words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _figure_noun_search() -> re.Pattern:
    """A figure noun anywhere in a text (`figure_nouns` in linking.yaml): "dismissed the casualty figures"."""
    return re.compile(r"\b(?:" + _alternation(_linking()["figure_nouns"]) + r")\b", re.I)


@lru_cache(maxsize=1)
def _figure_topic_search() -> re.Pattern:
    """A word that makes a text about numbers: a figure noun or a `figure_topic_words` word ("the dead")."""
    table = _linking()
    return re.compile(r"\b(?:" + _alternation(table["figure_nouns"] | table["figure_topic_words"]) + r")\b", re.I)
