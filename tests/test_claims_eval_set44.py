"""Format checks for data/claims-eval/dev37.jsonl, a development set of whole short articles in plain news prose
from the Middle East and North Africa, Central and East Africa, Europe and the Caucasus and East Asia: denials come
however they come (a flat "X denied …", a denial paragraphs later, a topic-only rejection, a headline denial, a
counter-accusation, two denials of one claim, a denial before its claim, a lone denial, a denial in other words), and
in particular accusations made in a relative clause ("an attack which the army blamed on X", "a report that accuses
soldiers of killing …") and denials that call a claim untrue without a denial verb ("was inaccurate", "an attempt to
mislead", "part of a campaign against us"); same-country sides, speakers of no state, and articles with no denial
(no scores here; see data/claims-eval/README.md, "dev37")."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import (check_country_spread, check_denial_positions, check_headline_second_denials,
                         check_kind_details, check_kind_labels, check_labels, check_numbered,
                         check_topic_only_denials, check_whole_articles, read_set, region_counts, sentences)

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "dev37.jsonl"
# kinds that need a gold denial in the item
_DENIAL_KINDS = {"flat-denial", "headline-denial", "denial-later-paragraph", "two-denials-one-claim",
                 "topic-only-denial", "denier-of-no-country", "claim-of-no-country-denied", "counter-accusation",
                 "one-author-several-statements", "denial-before-claim", "two-claims-two-deniers", "lone-denial",
                 "mention-denial", "two-claims-one-author-denied", "denial-names-author", "reworded-denial",
                 "verbless-denial", "deny-in-quote"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
# a press-conference turn: "Q: …" or the speaker's name before a colon
_QA_TURN = re.compile(r"^(Q|[A-Z]\w+): ")
# the nouns by which a denial names only the topic of what it denies ("rejected the report")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|account|claims?|reports?|statements?|version|figures?|"
                          r"numbers?|findings|charges?|case)\b", re.I)
# a relative clause that accuses: "…, which the government blamed on …", "a report … that accuses soldiers of …"
_RELATIVE_ACCUSATION = re.compile(r"\b(which|that)\b[^.]{0,80}?\b(blamed|accuses)\b")
# words that call a claim untrue without a denial verb, and the denial verbs such a sentence must not hold
_UNTRUE = re.compile(r"inaccurate|an attempt to|part of a campaign|does not match|did not square|did not correspond|"
                     r"disinformation|untrue|a lie\b|fantasy|baseless|groundless|\bfalse\b|a pretext|propaganda|"
                     r"fiction|a script|persecution|not credible|recycled|a habit of blaming|contradicted by", re.I)
_DENIAL_VERB = re.compile(r"\b(den(y|ies|ied)|reject\w*|dismiss\w*|disput\w*|refut\w*)\b", re.I)
# words that show a speaker of no state in the text, one pattern a kind (case-sensitive where marked)
_SPEAKER_WORDS = {
    "rebel-speaker": (r"\brebels?\b|\bfighters?\b|\bForces\b|\bgroup\b|\bLNA\b", 0),
    "armed-group-speaker": (r"\bForces\b", 0),
    "militia-speaker": (r"\bfactions?\b|\bmilitias?\b", re.I),
    "party-speaker": (r"\bpart(y|ies)\b|\bopposition\b", re.I),
    "regional-government-speaker": (r"\bregional\b|\bprovincial\b|\bentity\b|\bautonomous\b", re.I),
    "breakaway-speaker": (r"\bbreakaway\b", re.I),
    "civil-society-speaker": (r"\bgroups?\b|\bassociation\b|\bfoundation\b|\bnetwork\b|\bcharity\b|\bcivil society\b|"
                              r"\bcooperative\b|\bAmnesty\b|\bTransparency\b", re.I),
    "resident-speaker": (r"\bresidents?\b|\brelatives\b|\bfamil(y|ies)\b|\bmother\b|\bwife\b|\bnurse\b|\bdoctors\b|"
                         r"\bwitnesses\b", re.I),
    "elder-speaker": (r"\belders?\b", re.I),
    "refugee-speaker": (r"\brefugees?\b", re.I),
    "lawyer-speaker": (r"\blawyers?\b", re.I),
    "defendant-speaker": (r"\bpleaded not guilty\b|\btold the (High Court|judges)\b", 0),
    "company-speaker": (r"\bcompany\b", re.I),
    "cleric-speaker": (r"\bpriest\b", re.I),
}
_NULL_SPEAKER_KINDS = {"resident-speaker", "civil-society-speaker", "elder-speaker", "refugee-speaker",
                       "company-speaker", "cleric-speaker"}
_STYLES = ("local-paper", "radio", "live-blog", "ministry-statement", "army-communique", "court", "fact-check",
           "ngo-report", "ngo-press-release", "news-site", "press-conference")
_REGIONS = {
    "middle-east-north-africa": {"LBY", "EGY", "IRQ", "SYR", "YEM", "IRN", "TUR", "ISR", "SAU", "AFG", "PAK", "QAT"},
    "central-east-africa": {"COD", "CAF", "SSD", "SDN", "ETH", "SOM", "KEN", "UGA", "RWA", "BDI", "TCD", "ERI"},
    "europe-caucasus": {"GEO", "ARM", "AZE", "XKX", "SRB", "BIH", "MDA", "RUS", "UKR", "ITA", "DEU"},
    "east-asia": {"CHN", "TWN", "PRK", "KOR", "JPN", "PHL", "VNM", "IND"},
}


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(SET)


def test_size_and_ids(items):
    check_numbered(items, "d37", size=(50, 50))


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_whole_short_articles_of_varied_length(items):
    # 3-7 paragraphs (a title line counted as one) and 5-13 sentences; a live blog of 3-5 stamped entries
    check_whole_articles(items, paragraphs=(3, 7), sents=(5, 13), stamp=_TIMESTAMP)
    titled = [it for it in items if not it["text"].split("\n\n")[0].endswith(".")]
    assert 0.4 * len(items) <= len(titled) <= 0.6 * len(items), len(titled)
    lengths = [len(sentences(it["text"])) for it in items]
    assert min(lengths) <= 5 and max(lengths) >= 12, lengths
    assert sum(n >= 9 for n in lengths) >= 6, lengths


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    check_kind_details(items)
    for it in items:
        kinds = set(it["kinds"])
        for style in _STYLES:
            assert (style in kinds) == (it["style"] == style), (it["id"], style)
        if "counter-accusation" in kinds:
            # the denier also accuses: a statement of its own that is not the denial
            deniers = {d["denier_country"] for d in it["denials"]}
            assert any(c["claimant_country"] in deniers and c["stance"] == "allege" for c in it["claims"]), it["id"]
        if "chained-report" in kinds:
            assert re.search(r"\b(citing|quoting|quoted by)\b", it["text"]), it["id"]
        if "qa-transcript" in kinds:
            turns = [p for p in it["text"].split("\n\n") if _QA_TURN.match(p)]
            assert sum(p.startswith("Q: ") for p in turns) >= 2 and len(turns) >= 4, it["id"]
        if "mention-denial" in kinds or "lone-denial" in kinds:
            # the denial names the claim inside itself: its deny statement covers the denied words
            deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
            assert any(d.get("denies_content_contains") in deny_subs for d in it["denials"]), it["id"]
        if "denial-names-author" in kinds:
            assert any(d.get("denies_claim_of_country") for d in it["denials"]), it["id"]
        if "reworded-denial" in kinds:
            # a denial that answers a statement in other words: the denied words are not inside the deny statement
            deny_subs = [c["content_contains"].lower() for c in it["claims"] if c["stance"] == "deny"]
            assert any(d.get("denies_content_contains") and
                       not any(d["denies_content_contains"].lower() in s or s in d["denies_content_contains"].lower()
                               for s in deny_subs) for d in it["denials"]), it["id"]
        if "two-claims-one-author-denied" in kinds:
            targets = {(d.get("denies_claim_of_country"), d.get("denies_content_contains")) for d in it["denials"]}
            assert len(targets) >= 2 and len({t[0] for t in targets}) == 1, it["id"]
        if "relative-clause-accusation" in kinds:
            # the accusation sits in a relative clause and is an allege statement of its own
            assert _RELATIVE_ACCUSATION.search(it["text"]), it["id"]
            assert any(c["stance"] == "allege" for c in it["claims"]), it["id"]
        if "verbless-denial" in kinds:
            # a sentence holding a deny statement calls the claim untrue with no denial verb
            deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
            assert any(s in sent and _UNTRUE.search(sent) and not _DENIAL_VERB.search(sent)
                       for s in deny_subs for sent in sentences(it["text"])), it["id"]
        for kind, (words, flags) in _SPEAKER_WORDS.items():
            if kind in kinds:
                assert re.search(words, it["text"], flags), (it["id"], kind)
        if kinds & _NULL_SPEAKER_KINDS:
            assert any(c["claimant_country"] is None for c in it["claims"]), it["id"]


def test_the_ways_denials_come(items):
    """Each way a denial comes in ordinary prose is there several times."""
    kinds = Counter(k for it in items for k in it["kinds"])
    wanted = {"flat-denial": 10, "one-author-several-statements": 12, "topic-only-denial": 25,
              "same-country-sides": 18, "two-denials-one-claim": 6, "denial-later-paragraph": 20,
              "counter-accusation": 8, "no-denial": 5, "claim-of-no-country-denied": 10, "chained-report": 3,
              "headline-denial": 5, "denier-of-no-country": 6, "denial-before-claim": 5, "lone-denial": 2,
              "mention-denial": 3, "denial-names-author": 8, "reworded-denial": 5, "negated-neutral": 15,
              "contradicting-account": 12, "non-denial": 8, "confirmation": 4, "relative-clause-accusation": 5,
              "verbless-denial": 20}
    short = {k: (kinds[k], n) for k, n in wanted.items() if kinds[k] < n}
    assert not short, short
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=25)
    check_headline_second_denials(items, minimum=5)
    check_denial_positions(items, later_min=45, before_min=15)


def test_speakers_of_no_state(items):
    """Denials cross the no-country line both ways, and many are between two sides of one country."""
    denials = [d for it in items for d in it["denials"]]
    assert sum(d["denier_country"] is None for d in denials) >= 8
    assert sum("denies_claim_of_country" in d and d["denies_claim_of_country"] is None for d in denials) >= 10
    assert sum(d["denier_country"] is not None and d.get("denies_claim_of_country") == d["denier_country"]
               for d in denials) >= 20
    assert sum(any(c["claimant_country"] is None for c in it["claims"]) for it in items) >= 28
    per_kind = Counter(k for it in items for k in it["kinds"] if k in _SPEAKER_WORDS)
    assert len(per_kind) >= 12, per_kind


def test_mix_of_denials_styles_regions_and_countries(items):
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.84 <= with_denial / len(items) <= 0.92, with_denial
    assert 55 <= sum(len(it["denials"]) for it in items) <= 60
    check_country_spread(items, min_countries=42, max_russia_ukraine=2)
    styles = Counter(it["style"] for it in items)
    assert len(styles) == 12 and styles["wire"] <= 0.55 * len(items), styles
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 55 and stances["allege"] >= 20 and stances["confirm"] >= 4, stances
    regions = region_counts(items, _REGIONS)
    assert all(regions[name] >= 9 for name in _REGIONS), regions
