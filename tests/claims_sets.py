"""Format checks shared by the tests of the hand-written claims sets (data/claims-eval/*.jsonl): labels valid,
gold substrings exact and unambiguous, every deny statement with its gold denial."""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pycountry
import pytest

from sitrep.eval.claims import STANCES

EXTRA_CODES = {"XKX"}  # Kosovo, user-assigned (data/claims-eval/README.md)
DENIAL_KEYS = {"denier_country", "denies_claim_of_country", "denies_content_contains"}
CLAIM_KEYS = {"claimant_country", "stance", "content_contains"}


def read_set(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def check_ids(items: list[dict], pattern: str) -> None:
    ids = [it.get("id") for it in items]
    assert all(isinstance(i, str) and re.fullmatch(pattern, i) for i in ids)
    dup = [i for i, n in Counter(ids).items() if n > 1]
    assert not dup, f"duplicate ids: {dup}"


def check_numbered(items: list[dict], prefix: str, size: tuple[int, int] = (45, 50)) -> None:
    """A set of `size` items numbered `prefix`-001, `prefix`-002, … in order, no id twice."""
    assert size[0] <= len(items) <= size[1], len(items)
    check_ids(items, rf"{re.escape(prefix)}-\d{{3}}")
    assert [it["id"] for it in items] == [f"{prefix}-{i:03d}" for i in range(1, len(items) + 1)]


def check_labels(items: list[dict], name: str | None = None) -> None:
    """The label checks every set shares (test_claims_sets_common.py runs them too, once a set is in its list); with
    the set's `name`, also that no sentence is copied from another set."""
    check_item_fields(items)
    check_substrings(items)
    check_claim_labels(items)
    check_denial_labels(items)
    check_deny_statements(items)
    if name is not None:
        check_no_copied_sentences(items, name)


def valid_country(code) -> bool:
    if code is None:
        return True
    if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{3}", code):
        return False
    return code in EXTRA_CODES or pycountry.countries.get(alpha_3=code) is not None


def substrings(item: dict) -> list[str]:
    subs = [c["content_contains"] for c in item.get("claims") or []]
    subs += [d["denies_content_contains"] for d in item.get("denials") or [] if "denies_content_contains" in d]
    return subs


def check_substrings(items: list[dict]) -> None:
    for it in items:
        text = it["text"]
        for s in substrings(it):
            assert isinstance(s, str) and s.strip(), f"{it['id']}: empty substring"
            assert s in text, f"{it['id']}: {s!r} is not an exact substring of the text"
            # the evaluator takes the first occurrence (case-insensitive): one occurrence keeps the gold span exact
            assert text.lower().count(s.lower()) == 1, f"{it['id']}: {s!r} occurs more than once"


def check_claim_labels(items: list[dict]) -> None:
    for it in items:
        for c in it["claims"]:
            assert set(c) == CLAIM_KEYS, f"{it['id']}: claim keys {sorted(c)}"
            assert c["stance"] in STANCES, f"{it['id']}: stance {c['stance']!r}"
            assert valid_country(c["claimant_country"]), f"{it['id']}: country {c['claimant_country']!r}"


def check_denial_labels(items: list[dict]) -> None:
    for it in items:
        for d in it["denials"]:
            assert set(d) <= DENIAL_KEYS, f"{it['id']}: denial keys {sorted(d)}"
            assert "denier_country" in d, it["id"]
            assert "denies_claim_of_country" in d or d.get("denies_content_contains"), it["id"]
            assert valid_country(d["denier_country"]), it["id"]
            assert valid_country(d.get("denies_claim_of_country")), it["id"]
        # a deny statement is a response to a claim, so the item must say which denial it is
        if any(c["stance"] == "deny" for c in it["claims"]):
            assert it["denials"], f"{it['id']}: a deny statement without a gold denial"


_SENTENCE_END = re.compile(r"(?<=[.!?:])[\"\u201d]?\s+(?=[\"\u201cA-Z0-9])")


def sentences(text: str) -> list[str]:
    """A set item's sentences, paragraph by paragraph (a colon before a capital ends one: "Kanaani: We ...")."""
    out = []
    for para in text.split("\n\n"):
        out += [s for s in _SENTENCE_END.split(para.strip()) if s.strip()]
    return out


def check_item_fields(items: list[dict]) -> None:
    """Text, date, style, claims and a list of denials; `kinds` (ignored by the evaluator) names what an item tests."""
    for it in items:
        assert isinstance(it["text"], str) and it["text"].strip(), it["id"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", it.get("published") or ""), it["id"]
        assert isinstance(it.get("style"), str) and it["style"], it["id"]
        assert it.get("claims"), f"{it['id']}: no claim"
        assert isinstance(it.get("denials"), list), it["id"]
        kinds = it.get("kinds")
        assert isinstance(kinds, list) and kinds and len(set(kinds)) == len(kinds), it["id"]
        assert all(isinstance(k, str) and re.fullmatch(r"[a-z0-9-]+", k) for k in kinds), it["id"]


def check_no_copied_sentences(items: list[dict], own: Path) -> None:
    """No sentence of 40 characters or more of this set appears in another set of the folder."""
    mine = {s.strip() for it in items for s in sentences(it["text"]) if len(s.strip()) >= 40}
    for other in sorted(own.parent.glob("*.jsonl")):
        if other == own:
            continue
        copied = [s for s in mine if s in other.read_text(encoding="utf-8")]
        assert not copied, f"{other.name} shares sentences with {own.name}: {copied[:3]}"


def check_deny_statements(items: list[dict]) -> None:
    """Every gold denial is made by a gold statement of stance deny whose claimant is the denier."""
    for it in items:
        for d in it["denials"]:
            assert any(c["stance"] == "deny" and c["claimant_country"] == d["denier_country"]
                       for c in it["claims"]), (it["id"], d)


def check_whole_articles(items: list[dict], paragraphs: tuple[int, int] = (3, 7), sents: tuple[int, int] = (5, 13),
                         count=None, stamp: re.Pattern | None = None) -> None:
    """Items are short whole articles: clean paragraphs (a title line counted as one) within `paragraphs`,
    sentences within `sents` (by `count`, default `sentences`), and a live blog's 3-5 entries each opening with
    `stamp`."""
    count = count or (lambda text: len(sentences(text)))
    for it in items:
        paras = it["text"].split("\n\n")
        assert paragraphs[0] <= len(paras) <= paragraphs[1], (it["id"], len(paras))
        assert all(p and p == p.strip() and "\n" not in p for p in paras), it["id"]
        n = count(it["text"])
        assert sents[0] <= n <= sents[1], (it["id"], n)
        if stamp is not None and it["style"] == "live-blog":
            assert 3 <= sum(1 for p in paras if stamp.match(p)) <= 5, it["id"]


def _pos(text: str, sub: str) -> int:
    return text.lower().index(sub.lower())


def _paragraph_of(text: str, sub: str) -> int:
    return text[: _pos(text, sub)].count("\n\n")


def check_denial_positions(items: list[dict], later_min: int, before_min: int) -> None:
    """Denials told paragraphs after the claim they answer (at least `later_min`) and before it (at least
    `before_min`), and the items whose kinds name those constructions hold them."""
    later = before = 0
    for it in items:
        text = it["text"]
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        for d in it["denials"]:
            target = d.get("denies_content_contains")
            if not target:
                continue
            first_deny = min(_pos(text, s) for s in deny_subs)
            last_deny = max(_paragraph_of(text, s) for s in deny_subs)
            before += first_deny < _pos(text, target)
            later += last_deny > _paragraph_of(text, target)
        if "denial-before-claim" in it["kinds"]:
            assert any(_pos(text, s) < _pos(text, d["denies_content_contains"]) for s in deny_subs
                       for d in it["denials"] if d.get("denies_content_contains")), it["id"]
        if "denial-later-paragraph" in it["kinds"]:
            assert any(_paragraph_of(text, s) > _paragraph_of(text, d["denies_content_contains"]) for s in deny_subs
                       for d in it["denials"] if d.get("denies_content_contains")), it["id"]
    assert later >= later_min and before >= before_min, (later, before)


_TURN = re.compile(r"^(Q|[A-Z][a-z]+): ")


def check_kind_labels(items: list[dict], denial_kinds: set[str]) -> None:
    """Each item's `kinds` agree with its labels (the held-out sets of sessions 8 and 9: heldout7, heldout8);
    `denial_kinds` are the kinds that need a gold denial in the item."""
    for it in items:
        kinds, text, denials = set(it["kinds"]), it["text"], it["denials"]
        stances = {c["stance"] for c in it["claims"]}
        assert ("no-denial" in kinds) == (not denials), it["id"]
        if kinds & denial_kinds:
            assert denials, it["id"]
        if "same-country-sides" in kinds and denials:
            assert any(d.get("denies_claim_of_country") == d["denier_country"] for d in denials), it["id"]
        if "confirmation" in kinds:
            assert "confirm" in stances, it["id"]
        if "allegation" in kinds:
            assert "allege" in stances, it["id"]
        if "vague-object-denial" in kinds:
            assert any("denies_content_contains" not in d for d in denials), it["id"]
        if "lone-denial" in kinds:
            assert any("denies_claim_of_country" not in d for d in denials), it["id"]
        if "denier-of-no-country" in kinds:
            assert any(d["denier_country"] is None for d in denials), it["id"]
        if "two-denials-one-claim" in kinds:
            targets = Counter((d.get("denies_claim_of_country"), d.get("denies_content_contains")) for d in denials)
            assert max(targets.values()) >= 2, it["id"]
        if "two-claims-two-deniers" in kinds:
            pairs = {(d["denier_country"], d.get("denies_content_contains")) for d in denials}
            assert len({p[0] for p in pairs}) >= 2 and len({p[1] for p in pairs}) >= 2, it["id"]
        if kinds & {"third-party-denier", "foreign-denier"}:
            # a denier of neither side: not the country of the article's first speaker nor of the claim it denies
            first = it["claims"][0]["claimant_country"]
            assert any(d["denier_country"] not in (first, d.get("denies_claim_of_country")) for d in denials), it["id"]
        if "three-claims-some-denied" in kinds:
            # three or more claimants' statements, not every one of them denied
            assert len(it["claims"]) >= 4 and denials, it["id"]
            denied = {d.get("denies_content_contains") for d in denials}
            undenied = [c for c in it["claims"] if c["stance"] != "deny"
                        and not any(t and t.lower() in c["content_contains"].lower() for t in denied)]
            assert len(undenied) >= 2, it["id"]
        if "live-blog" in kinds:
            assert it["style"] == "live-blog", it["id"]
        if "transcript" in kinds or "interview-qa" in kinds:
            turns = [p for p in text.split("\n\n") if _TURN.match(p)]
            assert sum(p.startswith("Q: ") for p in turns) >= 2 and len(turns) >= 4, it["id"]
        if "headline-denial" in kinds:
            head = text.split("\n\n")[0]
            assert not head.endswith("."), it["id"]
            assert any(c["stance"] == "deny" and c["content_contains"] in head for c in it["claims"]), it["id"]
        if "denial-of-denial" in kinds:
            # one gold denial answers another gold denial's deny statement
            deny_subs = [c["content_contains"].lower() for c in it["claims"] if c["stance"] == "deny"]
            assert any(d.get("denies_content_contains", "").lower() in s for d in denials for s in deny_subs
                       if d.get("denies_content_contains")), it["id"]
        if "quote-spanning-paragraphs" in kinds:
            paras = text.split("\n\n")
            assert any(p.count('"') % 2 == 1 and q.startswith('"') for p, q in zip(paras, paras[1:])), it["id"]


def check_topic_only_denials(items: list[dict], topic_nouns: re.Pattern, minimum: int) -> None:
    """A denial that names only the topic ("rejected that account", "the group's toll") has a short deny statement
    made of a topic noun, and its gold denial points at a claim told elsewhere in the item or at its author only."""
    found = 0
    for it in items:
        if "topic-only-denial" not in it["kinds"]:
            continue
        topic = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"
                 and len(c["content_contains"].split()) <= 6 and topic_nouns.search(c["content_contains"])]
        assert topic, it["id"]
        for d in it["denials"]:
            target = d.get("denies_content_contains")
            # (a denial of a denial answers that denial, which may itself name only a topic: rules 9 and 11)
            assert target is None or "denial-of-denial" in it["kinds"] or \
                not any(target.lower() in t.lower() for t in topic), it["id"]
        found += 1
    assert found >= minimum


def check_headline_second_denials(items: list[dict], minimum: int) -> None:
    """A headline denial is a second gold denial of the claim the body's denial answers (heldout10's convention)."""
    heads = [it for it in items if "headline-denial" in it["kinds"]]
    assert len(heads) >= minimum
    for it in heads:
        targets = Counter((d["denier_country"], d.get("denies_content_contains")) for d in it["denials"])
        assert max(targets.values()) >= 2, it["id"]
        assert "two-denials-one-claim" in it["kinds"], it["id"]


def check_held_out_mix(items: list[dict]) -> None:
    """The mix heldout7 and heldout8 were written to: 55-70 % of items with a denial, enough denials, allegations and
    confirmations, eight styles or more, 40 claimant countries or more with none over 8 %, Russia-Ukraine at most
    10 % of the items."""
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.55 <= with_denial / len(items) <= 0.70, with_denial
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 30 and stances["allege"] >= 10 and stances["confirm"] >= 3, stances
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 8, styles
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 40
    assert max(countries.values()) / sum(countries.values()) < 0.08, countries.most_common(3)
    # Russia-Ukraine items at most 10 %
    ru_ua = [it for it in items if {"RUS", "UKR"} & {c["claimant_country"] for c in it["claims"]}]
    assert len(ru_ua) <= 0.10 * len(items)


def check_kind_details(items: list[dict]) -> None:
    """The `kinds` the later held-out sets use, each against what its item holds."""
    for it in items:
        kinds, claims = set(it["kinds"]), it["claims"]
        if "claim-of-no-country-denied" in kinds:
            # a denial of a claim whose author is of no country or not named
            assert any(d.get("denies_claim_of_country", None) is None for d in it["denials"]), it["id"]
        if "no-country-claim" in kinds:
            assert any(c["claimant_country"] is None for c in claims), it["id"]
        if "one-author-several-statements" in kinds:
            # an author with three or more statements, not all of them denied
            by = Counter(c["claimant_country"] for c in claims if c["stance"] != "deny")
            denied = [d for d in it["denials"] if d.get("denies_claim_of_country") in by]
            assert denied and any(by[d.get("denies_claim_of_country")] >= 3 for d in denied), it["id"]
        if "deny-in-quote" in kinds:
            assert any(c["stance"] == "deny" and f'"{c["content_contains"]}' in it["text"] for c in claims), it["id"]
        if "no-denial" in kinds:
            # items with no denial still hold contradicting or negated statements, the usual false alarms
            assert kinds & {"contradicting-account", "negated-neutral", "non-denial", "confirmation"}, it["id"]


def check_country_spread(items: list[dict], max_share: float = 0.05, min_countries: int = 50,
                         max_russia_ukraine: int = 2) -> None:
    """No claimant country over `max_share` of the claims of a country; few Russia-Ukraine items."""
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert max(countries.values()) / sum(countries.values()) <= max_share, countries.most_common(3)
    assert len(countries) >= min_countries
    ru_ua = [it["id"] for it in items if {"RUS", "UKR"} & {c["claimant_country"] for c in it["claims"]}]
    assert len(ru_ua) <= max_russia_ukraine, ru_ua


def region_counts(items: list[dict], regions: dict[str, set[str]]) -> Counter:
    """How many items have a claimant of each region."""
    out = Counter()
    for it in items:
        own = {c["claimant_country"] for c in it["claims"]}
        for name, codes in regions.items():
            out[name] += bool(own & codes)
    return out


# --- the checks the per-set format tests (claims_set_table.py; heldout12 and later) used to write out each in turn;
# each takes what differs by set (kind lists, patterns, thresholds) as arguments

HELD_OUT_STYLES = {"wire", "live-blog", "ministry-statement", "army-communique", "partisan", "radio", "transcript",
                   "interview", "fact-check", "ngo-report", "un-report", "local-paper", "court"}
CHAINED = r"\b(citing|quoting|quoted by)\b"


def items_fixture(path: Path):
    """A set test's module-scoped `items` fixture: `items = items_fixture(SET)`."""
    @pytest.fixture(scope="module")
    def items() -> list[dict]:
        return read_set(path)
    return items


def kind_counts(items: list[dict]) -> Counter:
    return Counter(k for it in items for k in it["kinds"])


def check_kind_minimums(items: list[dict], wanted: dict[str, int]) -> None:
    """Each kind of `wanted` names at least that many items."""
    kinds = kind_counts(items)
    short = {k: (kinds[k], n) for k, n in wanted.items() if kinds[k] < n}
    assert not short, short


def check_titled(items: list[dict], share: tuple[float, float] = (0.4, 0.6)) -> list[dict]:
    """A `share` of the items (about half) open with a title line: a first line with no final full stop (a headline,
    masthead or station intro). Returns those items."""
    titled = [it for it in items if not it["text"].split("\n\n")[0].endswith(".")]
    assert share[0] * len(items) <= len(titled) <= share[1] * len(items), len(titled)
    return titled


def check_varied_lengths(items: list[dict], shortest: int, longest: int, distinct: int = 0, long_items: int = 0,
                         short_items: int = 0, most_of_one: float = 1.0) -> None:
    """Articles of varied length, not one template: the shortest of `shortest` sentences or fewer, the longest of
    `longest` or more, `distinct` lengths or more, `long_items` items of 9 sentences or more, `short_items` of 5 or
    fewer, and no one length for more than `most_of_one` of the items."""
    lengths = [len(sentences(it["text"])) for it in items]
    assert min(lengths) <= shortest and max(lengths) >= longest, lengths
    assert len(set(lengths)) >= distinct, lengths
    assert sum(n >= 9 for n in lengths) >= long_items, lengths
    assert sum(n <= 5 for n in lengths) >= short_items, lengths
    assert max(Counter(lengths).values()) <= most_of_one * len(items), lengths


def check_sentence_limit(items: list[dict], limit: int, transcript_limit: int = 13) -> None:
    """Short items: `limit` sentences at most, a transcript (which counts its turn labels) `transcript_limit`."""
    for it in items:
        n = len(sentences(it["text"]))
        assert n <= (transcript_limit if "transcript" in it["kinds"] else limit), (it["id"], n)


def check_held_out_spread(items: list[dict], regions: dict[str, set[str]], north_africa: int, min_countries: int,
                          present: tuple[str, ...], minimums: dict[str, int]) -> None:
    """The spread the held-out sets of sessions 12-16 were written to: check_held_out_mix, no claimant country over
    about 5 % of the claims of a country and at most two Russia-Ukraine items (`min_countries` countries), six items
    or more of each of `regions` but North Africa (`north_africa` there), every kind of `present` and `minimums`
    items of the kinds the brief asked for (denials however they come, same-country sides, speakers of no country,
    chained reports, two denials of one claim, articles with no denial), the thirteen styles, and wire copy the bulk
    but not the whole (at most 60 % of the items)."""
    check_held_out_mix(items)
    check_country_spread(items, min_countries=min_countries)
    per_region = region_counts(items, regions)
    assert all(per_region[name] >= 6 for name in regions if name != "north-africa"), per_region
    assert per_region["north-africa"] >= north_africa, per_region
    check_kind_minimums(items, dict.fromkeys(present, 1))
    check_kind_minimums(items, minimums)
    assert HELD_OUT_STYLES <= {it["style"] for it in items}
    assert sum(it["style"] == "wire" for it in items) <= 0.6 * len(items)


def check_same_country_and_no_country(items: list[dict], same: int, no_country: int) -> None:
    """Denials between two sides of one country (`same` or more), and denials of or by speakers of no country
    (`no_country` or more), are a good part of the set, not a token."""
    same_ = [d for it in items for d in it["denials"] if d.get("denies_claim_of_country") == d["denier_country"]]
    assert len(same_) >= same, len(same_)
    none = [d for it in items for d in it["denials"]
            if d["denier_country"] is None or d.get("denies_claim_of_country", None) is None]
    assert len(none) >= no_country, len(none)


def check_partisan_sides(items: list[dict]) -> None:
    """The partisan outlets speak for different camps: one or more title lines say "pro-government", not all."""
    heads = [it["text"].split("\n\n")[0] for it in items if it["style"] == "partisan"]
    assert len(heads) >= 2
    assert any("pro-government" in h for h in heads) and not all("pro-government" in h for h in heads)


def check_short_q_turns(items: list[dict]) -> None:
    """The transcripts and interviews alternate questions and answers: each Q turn is one question."""
    for it in items:
        if it["style"] not in ("transcript", "interview"):
            continue
        for para in it["text"].split("\n\n"):
            if para.startswith("Q: "):
                assert para.endswith("?") and len(sentences(para)) == 2, (it["id"], para[:60])


def check_stateless_speakers_null(items: list[dict], speakers: re.Pattern, with_null: float) -> None:
    """Session 15's convention: speakers of no state are `null`, 15-35 % of all claims; of the 25 or more items whose
    text names such a speaker (`speakers`), a `with_null` share or more hold a claim of no country."""
    claims = [c for it in items for c in it["claims"]]
    stateless = [c for c in claims if c["claimant_country"] is None]
    assert 0.15 <= len(stateless) / len(claims) <= 0.35, len(stateless)
    named = [it for it in items if speakers.search(it["text"])]
    nulls = [it for it in named if any(c["claimant_country"] is None for c in it["claims"])]
    assert len(named) >= 25 and len(nulls) >= with_null * len(named), (len(named), len(nulls))


def check_style_kinds(items: list[dict], styles) -> None:
    """Each style of `styles` is a kind of exactly the items of that style."""
    for it in items:
        for style in styles:
            assert (style in it["kinds"]) == (it["style"] == style), (it["id"], style)


def check_style_is_a_kind(items: list[dict], styles, only_one: bool = False) -> None:
    """Every item's style is one of `styles` and one of its kinds (with `only_one`, its only style kind)."""
    for it in items:
        kinds = set(it["kinds"])
        assert (it["style"] in kinds) and it["style"] in styles, it["id"]
        if only_one:
            assert len(kinds & set(styles)) == 1, it["id"]


def check_counter_accusations(items: list[dict], allege_only: bool = True) -> None:
    """A counter-accusation: the denier (or its side) also makes a statement of its own that is not the denial, an
    allegation (or, without `allege_only`, any statement but a denial)."""
    for it in items:
        if "counter-accusation" in it["kinds"]:
            deniers = {d["denier_country"] for d in it["denials"]}
            assert any(c["claimant_country"] in deniers and
                       (c["stance"] == "allege" if allege_only else c["stance"] != "deny")
                       for c in it["claims"]), it["id"]


def check_chained_reports(items: list[dict], pattern: str = CHAINED) -> None:
    for it in items:
        if "chained-report" in it["kinds"]:
            assert re.search(pattern, it["text"]), it["id"]


def check_qa_turns(items: list[dict], turn: re.Pattern, kind: str = "qa-transcript") -> None:
    """An item of `kind` has four turns or more (`turn`), two or more of them questions."""
    for it in items:
        if kind in it["kinds"]:
            turns = [p for p in it["text"].split("\n\n") if turn.match(p)]
            assert sum(p.startswith("Q: ") for p in turns) >= 2 and len(turns) >= 4, it["id"]


def _deny_subs(it: dict) -> list[str]:
    return [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]


def check_mention_denials(items: list[dict], kinds=("mention-denial", "lone-denial")) -> None:
    """A denial that names the claim inside itself (items of `kinds`): its deny statement is the denied words."""
    for it in items:
        if set(kinds) & set(it["kinds"]):
            assert any(d.get("denies_content_contains") in _deny_subs(it) for d in it["denials"]), it["id"]


def check_one_denial_two_claims(items: list[dict]) -> None:
    for it in items:
        if "one-denial-two-claims" in it["kinds"]:
            assert len({d.get("denies_content_contains") for d in it["denials"]}) >= 2, it["id"]
            assert sum(c["stance"] == "deny" for c in it["claims"]) == 1, it["id"]


def check_two_claims_one_author(items: list[dict]) -> None:
    for it in items:
        if "two-claims-one-author-denied" in it["kinds"]:
            targets = {(d.get("denies_claim_of_country"), d.get("denies_content_contains")) for d in it["denials"]}
            assert len(targets) >= 2 and len({t[0] for t in targets}) == 1, it["id"]


def check_denial_names_author(items: list[dict]) -> None:
    """The denial names whose claim it answers, and that author is a country."""
    for it in items:
        if "denial-names-author" in it["kinds"]:
            assert any(d.get("denies_claim_of_country") for d in it["denials"]), it["id"]


def check_reworded_denials(items: list[dict]) -> None:
    """A denial that answers a statement in other words: the denied words are not inside the deny statement."""
    for it in items:
        if "reworded-denial" in it["kinds"]:
            deny_subs = [s.lower() for s in _deny_subs(it)]
            assert any(d.get("denies_content_contains") and
                       not any(d["denies_content_contains"].lower() in s or s in d["denies_content_contains"].lower()
                               for s in deny_subs) for d in it["denials"]), it["id"]


def check_third_party_speakers(items: list[dict]) -> None:
    """A third-party speaker: a claimant neither a denier nor the author of a denied claim."""
    for it in items:
        if "third-party-speaker" in it["kinds"]:
            sides = {d["denier_country"] for d in it["denials"]} | {d.get("denies_claim_of_country")
                                                                     for d in it["denials"]}
            assert any(c["claimant_country"] not in sides for c in it["claims"]), it["id"]


def check_live_blog_stamps(items: list[dict], stamp: re.Pattern) -> None:
    for it in items:
        if "live-blog" in it["kinds"]:
            assert sum(bool(stamp.match(p)) for p in it["text"].split("\n\n")) >= 3, it["id"]


def check_quoted_denials(items: list[dict], turn: re.Pattern) -> None:
    """A deny statement in the speaker's own quoted words (or a turn of a transcript), or told beside them in its
    paragraph."""
    for it in items:
        if "quoted-denial" in it["kinds"]:
            paras = [p for p in it["text"].split("\n\n") if any(s in p for s in _deny_subs(it))]
            assert any('"' in p or turn.match(p) for p in paras), it["id"]


def check_speaker_words(items: list[dict], words: dict, flags: int = re.I, case_sensitive=()) -> None:
    """An item with a speaker kind of `words` holds that kind's words: a pattern searched with `flags` (none for the
    kinds of `case_sensitive`), or a (pattern, flags) pair."""
    for it in items:
        for kind, pattern in words.items():
            if kind in it["kinds"]:
                if isinstance(pattern, tuple):
                    pattern, kind_flags = pattern
                else:
                    kind_flags = 0 if kind in case_sensitive else flags
                assert re.search(pattern, it["text"], kind_flags), (it["id"], kind)


def check_null_speaker_kinds(items: list[dict], kinds) -> None:
    """An item with a speaker of no state of `kinds` holds a claim of no country."""
    for it in items:
        if set(kinds) & set(it["kinds"]):
            assert any(c["claimant_country"] is None for c in it["claims"]), it["id"]


def check_no_state_denials(items: list[dict], by_no_country: int = 0, of_no_country: int = 0, same_country: int = 0,
                           named_same_country: bool = False, items_with_null: int = 0) -> None:
    """Denials cross the no-country line both ways (`by_no_country` denials by a speaker of no country,
    `of_no_country` of a claim labelled `null`), `same_country` are between two sides of one country (with
    `named_same_country`, of a named country), and `items_with_null` items hold a claim of no country."""
    denials = [d for it in items for d in it["denials"]]
    assert sum(d["denier_country"] is None for d in denials) >= by_no_country
    assert sum("denies_claim_of_country" in d and d["denies_claim_of_country"] is None
               for d in denials) >= of_no_country
    assert sum((d["denier_country"] is not None or not named_same_country)
               and d.get("denies_claim_of_country") == d["denier_country"] for d in denials) >= same_country
    with_null = sum(any(c["claimant_country"] is None for c in it["claims"]) for it in items)
    assert with_null >= items_with_null, with_null


def check_speaker_kind_count(items: list[dict], words: dict, minimum: int) -> None:
    """`minimum` or more of the speaker kinds of `words` are in the set."""
    per_kind = Counter(k for it in items for k in it["kinds"] if k in words)
    assert len(per_kind) >= minimum, per_kind


def check_denial_share(items: list[dict], share: tuple[float, float], total: tuple[int, int] | None = None) -> None:
    """A `share` of the items hold a denial, and the set holds `total` denials."""
    with_denial = sum(bool(it["denials"]) for it in items)
    assert share[0] <= with_denial / len(items) <= share[1], with_denial
    if total is not None:
        assert total[0] <= sum(len(it["denials"]) for it in items) <= total[1]


def check_styles(items: list[dict], at_least: int = 0, exactly: int | None = None, wire_share: float = 1.0,
                 max_share: float = 1.0, min_each: int = 0) -> None:
    """`at_least` (or `exactly`) styles, each of `min_each` items or more; wire copy at most `wire_share` of the
    items and no style over `max_share`."""
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= at_least and (exactly is None or len(styles) == exactly), styles
    assert min(styles.values()) >= min_each and styles["wire"] <= wire_share * len(items), styles
    assert max(styles.values()) <= max_share * len(items), styles


def check_stances(items: list[dict], deny: int, allege: int, confirm: int) -> None:
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= deny and stances["allege"] >= allege and stances["confirm"] >= confirm, stances


def check_same_country_items(items: list[dict], minimum: int) -> None:
    """`minimum` items or more hold a denial between two sides of one named country."""
    same = [it["id"] for it in items if any(d.get("denies_claim_of_country") == d["denier_country"] is not None
                                            for d in it["denials"])]
    assert len(same) >= minimum, same


def check_author_only_denials(items: list[dict], author: re.Pattern, topic: re.Pattern | None = None,
                              need_topic: bool = False) -> None:
    """A denial naming only the claim's author ("rejected Pristina's version"): a deny statement names the author
    (`author`); with `topic`, names the author or a topic noun, and with `need_topic` both."""
    for it in items:
        if "author-only-denial" in it["kinds"]:
            subs = _deny_subs(it)
            if topic is None:
                assert any(author.search(s) for s in subs), it["id"]
            elif need_topic:
                assert any(author.search(s) and topic.search(s) for s in subs), it["id"]
            else:
                assert any(author.search(s) or topic.search(s) for s in subs), it["id"]


def check_lone_denials(items: list[dict], need_lone: bool = False) -> None:
    """A lone denial (a gold denial that names no claimant country) denies words inside its own deny statement; with
    `need_lone`, an item of kind lone-denial holds one."""
    for it in items:
        if "lone-denial" in it["kinds"]:
            lone = [d for d in it["denials"] if "denies_claim_of_country" not in d]
            assert (lone or not need_lone) and all(any(d["denies_content_contains"] in s for s in _deny_subs(it))
                                                   for d in lone), it["id"]
