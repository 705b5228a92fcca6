"""Format checks for data/claims-eval/dev29.jsonl, a development set of whole short articles in plain news prose that
over-represents the constructions heldout12 scored worst on: quoted denials, speakers named again by title and
surname, same-country sides, local papers quoting local officials and court reporting (no scores here; see
data/claims-eval/README.md, "dev29")."""
from __future__ import annotations

import re
from pathlib import Path

from claims_sets import (check_counter_accusations, check_country_spread, check_denial_positions, check_denial_share,
                         check_kind_details, check_kind_labels, check_labels, check_no_state_denials, check_numbered,
                         check_partisan_sides, check_stances, check_style_kinds, check_styles, check_titled,
                         check_topic_only_denials, check_varied_lengths, check_whole_articles, items_fixture)

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "dev29.jsonl"
# kinds that need a gold denial in the item
_DENIAL_KINDS = {"denial-later-paragraph", "two-denials-one-claim", "quoted-denial", "topic-only-denial",
                 "naming-denial", "denier-of-no-country", "claim-of-no-country-denied", "counter-accusation"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
# the nouns by which a denial names only the topic of what it denies ("rejected the accusation")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|account|claims?|reports?|statements?|stor(y|ies)|version|"
                          r"tale|figure|toll|charges?|case|indictment|findings|plot|murder)\b", re.I)
# a speaker named again by a title and the last (or, as Ethiopian outlets do, the first) part of the full name
_SHORT_NAME = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Colonel|General|Major|Commissioner|Captain) ([A-Z][A-Za-z-]+)\b")
_QUOTE = re.compile(r'"[^"]+"')
# the five constructions the set is written around, each in at least this many items
_FOCUS_MIN = 8


items = items_fixture(SET)


def test_size_and_ids(items):
    check_numbered(items, "d29")


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_whole_short_articles(items):
    # 3-6 paragraphs (a title line counted as one) and 5-12 sentences; live blogs of 3-5 stamped entries
    check_whole_articles(items, paragraphs=(3, 6), sents=(5, 12), stamp=_TIMESTAMP)
    check_titled(items)
    check_varied_lengths(items, shortest=5, longest=10)


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    check_kind_details(items)
    # the style kinds and the style field say the same
    check_style_kinds(items, ("court", "local-paper", "radio", "partisan", "live-blog"))
    # the denier (or its side) answers with a statement of its own blaming someone else
    check_counter_accusations(items, allege_only=False)


def test_quoted_denials_sit_inside_quote_marks(items):
    """A quoted denial ("'These reports are lies,' the spokesman said") has its deny statement inside a quotation."""
    found = 0
    for it in items:
        if "quoted-denial" not in it["kinds"]:
            continue
        spans = [m.span() for m in _QUOTE.finditer(it["text"])]
        text = it["text"].lower()
        inside = [c for c in it["claims"] if c["stance"] == "deny"
                  and any(a < text.index(c["content_contains"].lower()) < b for a, b in spans)]
        assert inside, it["id"]
        found += 1
    assert found >= _FOCUS_MIN


def test_surname_speakers_were_first_named_in_full(items):
    """A speaker named again by title and one part of the name ("Mr Otieno said") was named in full before."""
    found = 0
    for it in items:
        if "surname-speaker" not in it["kinds"]:
            continue
        text = it["text"]
        ok = False
        for m in _SHORT_NAME.finditer(text):
            name = m.group(1)
            full = re.search(rf"\b[A-Z][A-Za-z-]+ (?:[A-Z][A-Za-z-]+ )*(?:[a-z]+-)?{re.escape(name)}\b"
                             rf"|\b{re.escape(name)} [A-Z][a-z]+",
                             text[: m.start()])
            ok = ok or bool(full)
        assert ok, it["id"]
        found += 1
    assert found >= _FOCUS_MIN


def test_court_and_local_paper_items(items):
    """Court reports set a prosecution against a defence; local papers open with their masthead and quote local
    officials."""
    courts = [it for it in items if it["style"] == "court"]
    assert len(courts) >= _FOCUS_MIN
    for it in courts:
        low = it["text"].lower()
        assert "prosecut" in low and re.search(r"\b(lawyer|counsel|defence|defendant|accused)\b", low), it["id"]
    papers = [it for it in items if it["style"] == "local-paper"]
    assert len(papers) >= _FOCUS_MIN
    for it in papers:
        assert not it["text"].split("\n\n")[0].endswith("."), it["id"]
    # most court and local-paper items hold a denial, and some hold none
    for group in (courts, papers):
        with_denial = sum(bool(it["denials"]) for it in group)
        assert 0.5 * len(group) <= with_denial < len(group)


def test_same_country_sides(items):
    """Federal against regional government, army against militia, ruling party against opposition, prosecution
    against defence: denials between two sides of one country are the bulk of the set's denials."""
    same_items = [it for it in items if "same-country-sides" in it["kinds"]]
    assert len(same_items) >= _FOCUS_MIN
    check_no_state_denials(items, same_country=15)
    assert sum("ruling-vs-opposition" in it["kinds"] for it in items) >= 3


def test_topic_only_denials_and_positions(items):
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=15)
    check_denial_positions(items, later_min=15, before_min=0)


def test_mix_of_denials_styles_and_countries(items):
    # articles with no denial at all are a real share, not a token
    check_denial_share(items, (0.6, 0.85))
    check_country_spread(items, min_countries=40, max_russia_ukraine=2)
    check_styles(items, at_least=7, wire_share=0.5)
    check_partisan_sides(items)
    check_stances(items, deny=30, allege=3, confirm=3)
