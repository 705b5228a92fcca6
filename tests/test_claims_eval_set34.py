"""Format checks for data/claims-eval/dev30.jsonl, a development set of whole short articles in plain news prose that
over-represents the two constructions heldout13's missed denials came from: speakers of no state (rebels, militias,
parties, separatist bodies, regional governments, local civil-society groups, residents, lawyers, diaspora bodies)
and one author's several statements answered by a denial that names only the topic ("rejected the figures", "that
account") (no scores here; see data/claims-eval/README.md, "dev30")."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from claims_sets import (check_counter_accusations, check_country_spread, check_denial_positions, check_denial_share,
                         check_kind_details, check_kind_labels, check_labels, check_no_state_denials,
                         check_null_speaker_kinds, check_numbered, check_speaker_words, check_stances,
                         check_style_kinds, check_styles, check_titled, check_topic_only_denials, check_varied_lengths,
                         check_whole_articles, items_fixture)

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "dev30.jsonl"
# kinds that need a gold denial in the item
_DENIAL_KINDS = {"denial-later-paragraph", "two-denials-one-claim", "topic-only-denial", "denier-of-no-country",
                 "claim-of-no-country-denied", "counter-accusation", "one-author-several-statements",
                 "denial-of-denial"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
# the nouns by which a denial names only the topic of what it denies ("rejected the figures")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|account|claims?|reports?|statements?|stor(y|ies)|version|"
                          r"figures?|toll)\b", re.I)
# the kinds of speaker of no state the set is written around; each names who speaks in the item
_SPEAKER_KINDS = {"rebel-speaker", "militia-speaker", "party-speaker", "separatist-speaker",
                  "regional-government-speaker", "civil-society-speaker", "resident-speaker", "lawyer-speaker",
                  "diaspora-speaker"}
# words that show such a speaker in the text, one pattern a kind
_SPEAKER_WORDS = {
    "party-speaker": r"\bpart(y|ies)\b|\bLista\b|\bcoalition\b",
    "lawyer-speaker": r"\blawyers?\b|\badvocate\b",
    "diaspora-speaker": r"\bdiaspora\b|\bexiles?\b",
    "resident-speaker": r"\bresidents?\b|\bsurvivors?\b|\brelatives\b|\bteacher\b",
    "regional-government-speaker": r"\bgovernor\b|\bregion(al)?\b|\bprovinc\w+|\bstate\b|\bdistrict\b|"
                                   r"\badministration\b|\bcommissioner\b|\bauthorities\b",
    "separatist-speaker": r"\bseparatists?\b|\bbreakaway\b|\bTransitional Council\b",
    "civil-society-speaker": r"\bgroup\b|\bassociation\b|\bLeague\b|\bcouncil\b|\bObservatory\b|\bPlataforma\b|"
                             r"\borganisation\b",
}
_FOCUS_MIN = 18


items = items_fixture(SET)


def test_size_and_ids(items):
    check_numbered(items, "d30")


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_whole_short_articles(items):
    # 3-6 paragraphs (a title line counted as one) and 5-12 sentences; live blogs of 3-5 stamped entries
    check_whole_articles(items, paragraphs=(3, 6), sents=(5, 12), stamp=_TIMESTAMP)
    check_titled(items)
    check_varied_lengths(items, shortest=6, longest=9)


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    check_kind_details(items)
    check_style_kinds(items, ("local-paper", "radio", "partisan", "live-blog", "ministry-statement", "army-communique"))
    check_counter_accusations(items, allege_only=False)
    check_speaker_words(items, _SPEAKER_WORDS)


def test_speakers_of_no_state(items):
    """About 20 items or more hold a speaker of no state; every kind of such speaker is there, and the country
    conventions hold: residents, civil-society and diaspora bodies speak for no country (`null`)."""
    focus = [it for it in items if set(it["kinds"]) & _SPEAKER_KINDS]
    assert len(focus) >= _FOCUS_MIN
    per_kind = Counter(k for it in items for k in it["kinds"] if k in _SPEAKER_KINDS)
    assert set(per_kind) == _SPEAKER_KINDS and min(per_kind.values()) >= 2, per_kind
    check_null_speaker_kinds(items, {"resident-speaker", "civil-society-speaker", "diaspora-speaker"})
    # denials across a no-country line both ways, and many between two sides of one country
    check_no_state_denials(items, by_no_country=2, of_no_country=5, same_country=20)


def test_one_author_several_statements(items):
    """About 20 items: an author makes three or more statements and a denial answers one of them, most often by a
    topic noun only; the denied statement is not always the author's first."""
    several = [it for it in items if "one-author-several-statements" in it["kinds"]]
    assert len(several) >= _FOCUS_MIN
    not_first = 0
    for it in several:
        for d in it["denials"]:
            author = d.get("denies_claim_of_country")
            own = [c["content_contains"] for c in it["claims"] if c["claimant_country"] == author and c["stance"] != "deny"]
            target = d.get("denies_content_contains")
            if target and own:
                hit = [i for i, c in enumerate(own) if target.lower() in c.lower()]
                assert hit, (it["id"], target)
                not_first += hit[0] > 0
    assert not_first >= 5, not_first
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=_FOCUS_MIN)
    check_denial_positions(items, later_min=20, before_min=0)


def test_mix_of_denials_styles_and_countries(items):
    check_denial_share(items, (0.75, 0.9))
    check_country_spread(items, min_countries=35, max_russia_ukraine=2)
    check_styles(items, at_least=7, wire_share=0.6)
    check_stances(items, deny=35, allege=3, confirm=3)
