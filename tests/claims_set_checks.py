"""The checks a claims set makes of its own, beyond the shared ones of claims_sets.py: each was a test function (or
the part of one that was not a call of claims_sets.py) of a set's former test file, test_claims_eval_setN.py, kept
as it was with the set's constants as its arguments; claims_set_table.py says which set runs which, with what. A
check several sets made alike stands once; one that differs by set carries the name of the first set that made it."""
from __future__ import annotations

import re
from collections import Counter

import pytest
from claims_sets import (check_kind_minimums, check_titled, check_topic_only_denials, check_whole_articles, read_set,
                         region_counts, sentences)

from sitrep.eval.claims import STANCES, check_item, read_items


def _pos(text: str, sub: str) -> int:
    return text.lower().index(sub.lower())


def _sentence_count(text: str, turn: re.Pattern) -> int:
    return sum(1 for s in sentences(text) if not turn.match(s.strip()))


def _para(text: str, sub: str) -> int:
    return text[:_pos(text, sub)].count("\n\n")


def _para_2(paras: list[str], sub: str) -> int:
    return next(i for i, p in enumerate(paras) if sub.lower() in p.lower())


def _claim_of(it: dict, content: str) -> dict:
    """The gold claim (not a deny) told in the sentence that holds the denied content."""
    sent = next(s for s in sentences(it["text"]) if content.lower() in s.lower())
    for c in it["claims"]:
        if c["stance"] != "deny" and c["content_contains"].lower() in sent.lower():
            return c
    raise AssertionError((it["id"], content))


def _claim_of_2(it: dict, sub: str) -> dict:
    """The gold claim whose span holds the denied content (the nearest one around it)."""
    at = _pos(it["text"], sub)
    spans = [(c, _pos(it["text"], c["content_contains"])) for c in it["claims"]]
    return min(spans, key=lambda cs: abs(cs[1] - at))[0]


def _has_headline(it: dict) -> bool:
    return "headline" in it["kinds"]


def _body(it: dict) -> list[str]:
    paras = it["text"].split("\n\n")
    return paras[1:] if _has_headline(it) else paras


def _sentence_of(it: dict, sub: str) -> str:
    return next(s for s in sentences(it["text"]) if sub.lower() in s.lower())


def _claim_of_3(it: dict, content: str) -> dict:
    """The gold claim (not a deny) told in the sentence that holds the denied content."""
    sent = _sentence_of(it, content)
    for c in it["claims"]:
        if c["stance"] != "deny" and c["content_contains"].lower() in sent.lower():
            return c
    raise AssertionError((it["id"], content))


def _para_of(it: dict, sub: str) -> int:
    return it["text"][: _pos(it["text"], sub)].count("\n\n")


def _denied_claim(it: dict, d: dict) -> dict:
    """The gold statement (of the denied author's country, when given) whose content shares the denied words."""
    target = d["denies_content_contains"].lower()
    cands = [c for c in it["claims"] if ("denies_claim_of_country" not in d
                                        or c["claimant_country"] == d["denies_claim_of_country"])]
    for c in cands:
        cc = c["content_contains"].lower()
        if target in cc or cc in target:
            return c
    sent = _sentence_of(it, target).lower()
    for c in cands:
        if c["content_contains"].lower() in sent:
            return c
    raise AssertionError((it["id"], target))


def _has_title(it: dict) -> bool:
    return not re.search(r"[.!?\"]$", it["text"].split("\n\n")[0])


def _claims_in(it: dict, sentence: str, deny: bool = False) -> list[dict]:
    return [c for c in it["claims"] if (c["stance"] == "deny") == deny
            and c["content_contains"].lower() in sentence.lower()]


def _para_3(text: str, sub: str) -> int:
    return text[: _pos(text, sub)].count("\n\n")


def _sentence_of_2(text: str, sub: str) -> str:
    return next(s for s in sentences(text) if sub.lower() in s.lower())


def _deny_subs(it: dict) -> list[str]:
    return [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]


def _body_claims(it: dict) -> list[dict]:
    """The item's statements told in its body (not in a title line), in text order."""
    text, head = it["text"], it["text"].split("\n\n")[0]
    start = len(head) if not head.endswith(".") else 0
    claims = [c for c in it["claims"] if _pos(text, c["content_contains"]) >= start]
    return sorted(claims, key=lambda c: _pos(text, c["content_contains"]))


def _count(text: str) -> int:
    return len(sentences(text))


def _sentence_of_3(text: str, sub: str) -> str:
    return next(s for s in sentences(text) if sub in s)


def _targets(it: dict) -> list[str]:
    return [d["denies_content_contains"] for d in it["denials"] if d.get("denies_content_contains")]


def _first_told(it: dict, sub: str) -> int:
    return it["text"].lower().index(sub.lower())


def check_size_and_unique_ids(items, minimum) -> None:
    assert len(items) >= minimum


def check_the_evaluator_reads_every_item_heldout2(items, path) -> None:
    assert len(read_items(str(path))) >= 110


def check_item_fields_heldout2(items) -> None:
    for it in items:
        assert isinstance(it["text"], str) and it["text"].strip(), it["id"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", it.get("published") or ""), it["id"]
        assert isinstance(it.get("style"), str) and it["style"], it["id"]
        assert it.get("claims"), f"{it['id']}: no claim"
        assert isinstance(it.get("denials"), list), it["id"]


def check_denials_and_stances_are_mixed(items) -> None:
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.35 <= with_denial / len(items) <= 0.70, with_denial
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert all(stances[s] >= 10 for s in STANCES), stances
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 8, styles
    # many conflicts: the claimants' countries are spread, none dominates
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 25
    assert max(countries.values()) / sum(countries.values()) < 0.15


def check_no_sentence_copied_from_the_other_claims_sets(items, path) -> None:
    mine = {s.strip() for it in items for s in re.split(r"(?<=[.!?])\s+|\n+", it["text"]) if len(s.strip()) >= 40}
    for other in sorted(path.parent.glob("*.jsonl")):
        if other == path:
            continue
        with open(other, encoding="utf-8") as fh:
            body = fh.read()
        copied = [s for s in mine if s in body]
        assert not copied, f"{other.name} shares sentences with heldout2: {copied[:3]}"


def check_ids_do_not_clash_with_the_other_sets(items, path) -> None:
    mine = {it["id"] for it in items}
    for other in sorted(path.parent.glob("*.jsonl")):
        if other == path:
            continue
        theirs = {it.get("id") for it in read_set(other)}
        assert not mine & theirs, f"{other.name} uses dev11 ids: {sorted(mine & theirs)[:3]}"


def check_the_evaluator_reads_every_item_dev11(items, path) -> None:
    assert len(read_items(str(path))) == len(items)


def check_item_fields_dev11(items, item_keys, kinds_) -> None:
    for it in items:
        assert set(it) <= item_keys, f"{it['id']}: keys {sorted(set(it) - item_keys)}"
        assert isinstance(it["text"], str) and it["text"].strip(), it["id"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", it.get("published") or ""), it["id"]
        assert isinstance(it.get("style"), str) and it["style"], it["id"]
        assert it.get("claims"), f"{it['id']}: no claim"
        assert isinstance(it.get("denials"), list), it["id"]
        kinds = it.get("kinds")
        assert isinstance(kinds, list) and kinds and set(kinds) <= kinds_, f"{it['id']}: kinds {kinds!r}"
        # 1-4 sentences (a headline or a live-blog entry without a full stop counts as one)
        sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n+", it["text"].strip()) if s.strip()]
        assert 1 <= len(sentences) <= 4, f"{it['id']}: {len(sentences)} sentences"


def check_claim_and_denial_labels(items) -> None:
    for it in items:
        check_item(it, it["id"])  # the evaluator's own check


def check_every_kind_is_covered(items) -> None:
    kinds = Counter(k for it in items for k in it["kinds"])
    for k in range(1, 12):
        assert kinds[k] >= 4, f"kind {k}: only {kinds[k]} items"
    assert kinds[0] >= 15, f"only {kinds[0]} plain items"


def check_labels_are_mixed(items) -> None:
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert all(stances[s] >= 5 for s in STANCES), stances
    assert sum(len(it["denials"]) for it in items) >= 60
    assert any(not it["denials"] for it in items)  # non-denial items keep precision honest
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 8, styles
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 30
    assert max(countries.values()) / sum(countries.values()) < 0.10
    # authors of no country and content-only denials are represented
    assert any(d.get("denies_claim_of_country", "x") is None for it in items for d in it["denials"])
    assert any("denies_claim_of_country" not in d for it in items for d in it["denials"])


def check_no_sentence_shared_with_the_other_claims_sets(items, path) -> None:
    mine = {s.strip() for it in items for s in re.split(r"(?<=[.!?])\s+|\n+", it["text"]) if len(s.strip()) >= 40}
    for other in sorted(path.parent.glob("*.jsonl")):
        if other == path:
            continue
        with open(other, encoding="utf-8") as fh:
            body = fh.read()
        copied = [s for s in mine if s in body]
        assert not copied, f"{other.name} shares sentences with dev11: {copied[:3]}"


def check_denials_agree_with_kinds(items) -> None:
    # an item said to have no denial has none; a lone denial has a deny statement
    for it in items:
        if "no-denial" in it["kinds"]:
            assert not it["denials"], it["id"]
            assert all(c["stance"] != "deny" for c in it["claims"]), it["id"]
        if "lone" in it["kinds"] or "passive" in it["kinds"]:
            assert any(c["stance"] == "deny" for c in it["claims"]), it["id"]
        if "unattributed" in it["kinds"]:
            assert any("denies_claim_of_country" not in d for d in it["denials"]), it["id"]


def check_mixture_of_denials_stances_styles_and_countries(items) -> None:
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.40 <= with_denial / len(items) <= 0.65, with_denial
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert all(stances[s] >= 10 for s in STANCES), stances
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 10, styles
    assert styles.most_common(1)[0][1] / len(items) < 0.65, styles
    assert sum("long" in it["kinds"] for it in items) >= 15
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 40
    assert max(countries.values()) / sum(countries.values()) < 0.10
    # Russia-Ukraine at most 10 % of the items
    ru = sum(any(c["claimant_country"] in ("RUS", "UKR") for c in it["claims"]) for it in items)
    assert ru / len(items) <= 0.10, ru


def check_items_are_whole_short_articles_dev12(items) -> None:
    for it in items:
        paras = [p for p in it["text"].split("\n\n") if p.strip()]
        # 3-6 paragraphs of body, plus an optional headline line
        assert 3 <= len(paras) <= 7, (it["id"], len(paras))
        assert all(p == p.strip() and "\n" not in p for p in paras), it["id"]
        n = len(sentences(it["text"]))
        assert 5 <= n <= 13, (it["id"], n)  # 5-12 sentences, a headline line counted as one


def check_mix_of_denials_stances_styles_and_conflicts(items, min_styles, min_countries, max_share) -> None:
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.50 <= with_denial / len(items) <= 0.70, with_denial
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert all(stances[s] >= 8 for s in STANCES), stances
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= min_styles, styles
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= min_countries
    assert max(countries.values()) / sum(countries.values()) < max_share
    # Russia-Ukraine items at most 10 %
    ru_ua = [it for it in items if {"RUS", "UKR"} <= {c["claimant_country"] for c in it["claims"]}]
    assert len(ru_ua) <= 0.10 * len(items)


def check_sentence_splitter_used_by_the_shape_check(items, text_) -> None:
    assert len(sentences(text_)) == 4


def check_items_are_whole_short_articles_dev13(items) -> None:
    for it in items:
        paras = it["text"].split("\n\n")
        # 3-6 paragraphs of body, plus an optional headline line
        assert 3 <= len(paras) <= 7, (it["id"], len(paras))
        assert all(p.strip() and p == p.strip() and "\n" not in p for p in paras), it["id"]
        n = len(sentences(it["text"]))
        assert 5 <= n <= 13, (it["id"], n)  # 5-12 sentences, a headline line counted as one


def check_a_named_denied_author_has_a_claim_or_the_denial_only_mentions_it(items) -> None:
    # denies_claim_of_country names a country that makes a gold claim in the article, unless the denied
    # claim is only mentioned inside the denial (a lone denial, whose implied claim the gold never lists)
    for it in items:
        countries = {c["claimant_country"] for c in it["claims"]}
        lone = any(k.startswith(("lone-denial", "false-report")) for k in it["kinds"])
        for d in it["denials"]:
            if d.get("denies_claim_of_country"):
                assert d["denies_claim_of_country"] in countries or lone, (it["id"], d)


def check_kinds_agree_with_the_labels_dev13(items) -> None:
    for it in items:
        kinds = set(it["kinds"])
        if any(k.startswith("two-denials") for k in kinds):
            assert len(it["denials"]) >= 2, it["id"]
        if any(k.startswith("lone-denial") for k in kinds):
            assert it["denials"], it["id"]
        if "live-blog" in kinds:
            assert sum(bool(re.match(r"\d\d:\d\d", p)) for p in it["text"].split("\n\n")) >= 3, it["id"]
        if "quote-spanning-paragraphs" in kinds:
            # the opening quote mark repeated, the first paragraph left unclosed
            paras = it["text"].split("\n\n")
            assert any(p.startswith('"') and p.count('"') % 2 == 1 for p in paras), it["id"]


def check_kinds_agree_with_the_denials(items, denial_kinds) -> None:
    for it in items:
        kinds = set(it["kinds"])
        assert ("no-denial" in kinds) == (not it["denials"]), it["id"]
        if kinds & denial_kinds:
            assert it["denials"], it["id"]
        if "same-country-sides" in kinds and it["denials"]:
            # some denial in the item answers a claim of the denier's own country
            assert any(d.get("denies_claim_of_country") == d["denier_country"] for d in it["denials"]), it["id"]
        if "confirmation" in kinds:
            assert any(c["stance"] == "confirm" for c in it["claims"]), it["id"]


def check_mix_of_denials_stances_styles_and_regions_dev14(items, middle_east, caucasus_balkans_europe, east_asia) -> None:
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.50 <= with_denial / len(items) <= 0.70, with_denial
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 30 and stances["allege"] >= 8 and stances["confirm"] >= 5, stances
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 8, styles
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 30
    assert max(countries.values()) / sum(countries.values()) < 0.10
    # the set's regions: each has a share of the claimants
    total = sum(countries.values())
    for region in (middle_east, caucasus_balkans_europe, east_asia):
        assert sum(n for c, n in countries.items() if c in region) >= 0.15 * total
    # Russia-Ukraine items at most 10 %
    ru_ua = [it for it in items if {"RUS", "UKR"} <= {c["claimant_country"] for c in it["claims"]}]
    assert len(ru_ua) <= 0.10 * len(items)
    # several kinds of long-range constructions are present
    kinds = Counter(k for it in items for k in it["kinds"])
    for k in ("denial-later-paragraph", "denial-before-claim", "live-blog", "fact-check", "partisan", "non-denial",
              "quote-spanning-paragraphs", "same-country-sides", "background", "chain"):
        assert kinds[k] >= 1, k


def check_kinds_agree_with_the_labels_heldout4(items, denial_kinds) -> None:
    for it in items:
        kinds = set(it["kinds"])
        assert ("no-denial" in kinds) == (not it["denials"]), it["id"]
        if kinds & denial_kinds:
            assert it["denials"], it["id"]
        if "same-country-sides" in kinds and it["denials"]:
            assert any(d.get("denies_claim_of_country") == d["denier_country"] for d in it["denials"]), it["id"]
        if "confirmation" in kinds:
            assert any(c["stance"] == "confirm" for c in it["claims"]), it["id"]
        if "lone-denial" in kinds:
            # a lone denial names no author: content only
            assert any("denies_claim_of_country" not in d for d in it["denials"]), it["id"]
        if "denier-of-no-country" in kinds:
            assert any(d["denier_country"] is None for d in it["denials"]), it["id"]
        if "two-denials" in kinds or "two-denials-one-claim" in kinds:
            assert len(it["denials"]) >= 2, it["id"]
        if "live-blog" in kinds:
            assert it["style"] == "live-blog", it["id"]


def check_mix_of_denials_stances_styles_and_regions_heldout4(items) -> None:
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.50 <= with_denial / len(items) <= 0.70, with_denial
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 30 and stances["allege"] >= 8 and stances["confirm"] >= 5, stances
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 8, styles
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 40
    assert max(countries.values()) / sum(countries.values()) < 0.06
    # Russia-Ukraine items at most 10 %
    ru_ua = [it for it in items if {"RUS", "UKR"} <= {c["claimant_country"] for c in it["claims"]}]
    assert len(ru_ua) <= 0.10 * len(items)
    kinds = Counter(k for it in items for k in it["kinds"])
    for k in ("denial-later-paragraph", "denial-before-claim", "live-blog", "fact-check", "partisan", "non-denial",
              "quote-spanning-paragraphs", "same-country-sides", "background", "chain", "unnamed-source",
              "pronoun-speaker", "title-speaker", "lone-denial", "rebuttal-last-paragraph", "trailing-denial"):
        assert kinds[k] >= 1, k


def check_size_ids_and_the_evaluator_reads_every_item(items, path) -> None:
    assert len(items) >= 40
    assert len(read_items(str(path))) == len(items)


def check_kinds_agree_with_the_labels_heldout5(items, denial_kinds, turn) -> None:
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
        if "two-denials-one-claim" in kinds:
            targets = Counter((d.get("denies_claim_of_country"), d.get("denies_content_contains")) for d in denials)
            assert max(targets.values()) >= 2, it["id"]
        if "two-claims-two-deniers" in kinds:
            pairs = {(d["denier_country"], d.get("denies_content_contains")) for d in denials}
            assert len({p[0] for p in pairs}) >= 2 and len({p[1] for p in pairs}) >= 2, it["id"]
        if "third-party-denier" in kinds:
            # a denier of neither side: not the country of the article's first speaker nor of the claim it denies
            first = it["claims"][0]["claimant_country"]
            assert any(d["denier_country"] not in (first, d.get("denies_claim_of_country")) for d in denials), it["id"]
        if "live-blog" in kinds:
            assert it["style"] == "live-blog", it["id"]
        if "transcript" in kinds or "interview-qa" in kinds:
            turns = [p for p in text.split("\n\n") if turn.match(p)]
            assert sum(p.startswith("Q: ") for p in turns) >= 2 and len(turns) >= 4, it["id"]
        if "headline-denial" in kinds:
            head = text.split("\n\n")[0]
            assert not head.endswith("."), it["id"]
            assert any(c["stance"] == "deny" and c["content_contains"] in head for c in it["claims"]), it["id"]
        if "quote-spanning-paragraphs" in kinds:
            paras = text.split("\n\n")
            assert any(p.count('"') % 2 == 1 and q.startswith('"') for p, q in zip(paras, paras[1:])), it["id"]


def check_mix_of_denials_stances_styles_and_regions_heldout5(items) -> None:
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
    ru_ua = [it for it in items if {"RUS", "UKR"} <= {c["claimant_country"] for c in it["claims"]}]
    assert len(ru_ua) <= 0.10 * len(items)
    kinds = Counter(k for it in items for k in it["kinds"])
    for k in ("denial-later-paragraph", "denial-before-claim", "live-blog", "fact-check", "partisan", "non-denial",
              "quote-spanning-paragraphs", "same-country-sides", "background", "chain", "unnamed-source",
              "pronoun-speaker", "title-speaker", "rebuttal-last-paragraph", "trailing-denial", "transcript",
              "interview-qa", "headline-denial"):
        assert kinds[k] >= 1, k
    assert kinds["two-claims-two-deniers"] >= 2


def check_kinds_agree_with_the_labels_dev15(items, denial_kinds, stamp, negation) -> None:
    for it in items:
        kinds, text, claims, denials = set(it["kinds"]), it["text"], it["claims"], it["denials"]
        stances = {c["stance"] for c in claims}
        assert ("no-denial" in kinds) == (not denials), it["id"]
        if kinds & denial_kinds:
            assert denials, it["id"]
        if "vague-object-denial" in kinds:
            assert any("denies_content_contains" not in d for d in denials), it["id"]
        if "lone-denial" in kinds:
            # the denied content lies inside the denial's own words
            deny_spans = [c["content_contains"].lower() for c in claims if c["stance"] == "deny"]
            assert any(d.get("denies_content_contains", "").lower() in s for d in denials for s in deny_spans
                       if d.get("denies_content_contains")), it["id"]
        if kinds & {"two-denials", "two-denials-one-claim", "several-claims-different-deniers"}:
            assert len(denials) >= 2, it["id"]
        if "two-denials-one-claim" in kinds:
            claimed = Counter(d.get("denies_claim_of_country", "?") for d in denials)
            assert max(claimed.values()) >= 2, it["id"]
        if "several-claims-different-deniers" in kinds:
            assert len({d["denier_country"] for d in denials}) >= 2, it["id"]
        if "third-party-denier" in kinds:
            # a denier whose only statements in the article are denials
            assert any(all(c["stance"] == "deny" for c in claims if c["claimant_country"] == d["denier_country"])
                       for d in denials), it["id"]
        if "same-country-sides" in kinds and denials:
            assert any(d["denier_country"] == d.get("denies_claim_of_country") for d in denials), it["id"]
        if "denial-before-claim" in kinds:
            # a denial's content is told after a deny statement of the same denier
            assert any(_pos(text, d["denies_content_contains"]) > _pos(text, c["content_contains"])
                       for d in denials if d.get("denies_content_contains")
                       for c in claims if c["stance"] == "deny" and c["claimant_country"] == d["denier_country"]), it["id"]
        if "report-rebuttal" in kinds:
            tail = "\n\n".join(text.split("\n\n")[-2:]).lower()
            assert any(c["stance"] == "deny" and c["content_contains"].lower() in tail for c in claims), it["id"]
        if "confirmation" in kinds:
            assert "confirm" in stances, it["id"]
        if kinds & {"allegation", "hedge"}:
            assert "allege" in stances, it["id"]
        if "negated-assert" in kinds:
            assert any(c["stance"] == "assert" and negation.search(c["content_contains"]) for c in claims), it["id"]
        if "live-blog" in kinds:
            assert 3 <= sum(bool(stamp.match(p)) for p in text.split("\n\n")) <= 5, it["id"]
        if "quote-over-paragraphs" in kinds:
            paras = text.split("\n\n")
            # a paragraph left unclosed, the next one opening with the quote mark again
            assert any(p.count('"') % 2 == 1 and n.startswith('"') for p, n in zip(paras, paras[1:])), it["id"]
        if "headline" in kinds:
            assert not re.search(r"[.!?\"]$", text.split("\n\n")[0]), it["id"]


def check_mix_of_denials_stances_styles_and_regions_dev15(items) -> None:
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.5 <= with_denial / len(items) <= 0.7, with_denial
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 30 and stances["allege"] >= 10 and stances["confirm"] >= 3, stances
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 7 and styles["wire"] / len(items) < 0.65, styles
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 30
    assert max(countries.values()) / sum(countries.values()) < 0.10, countries.most_common(3)
    assert any(c["claimant_country"] is None for it in items for c in it["claims"])
    # Russia-Ukraine at most a tenth of the items
    ru_ua = sum(any(c["claimant_country"] in {"RUS", "UKR"} for c in it["claims"]) for it in items)
    assert ru_ua <= len(items) // 10
    kinds = Counter(k for it in items for k in it["kinds"])
    for k in ("denial-later-paragraph", "denial-before-claim", "alternating-sides", "pronoun-speaker",
              "title-speaker", "quote-over-paragraphs", "unnamed-source", "non-denial", "background",
              "report-rebuttal", "lone-denial", "several-claims-different-deniers", "live-blog", "radio"):
        assert kinds[k] >= 2, k


def check_items_are_whole_short_articles_dev16(items, timestamp, turn) -> None:
    # 3-6 paragraphs of body and 5-12 sentences, plus an optional headline line; a transcript's turn labels
    # are not sentences
    check_whole_articles(items, count=lambda text: _sentence_count(text, turn), stamp=timestamp)
    for it in items:
        paras = it["text"].split("\n\n")
        if it["style"] in ("press-conference", "interview"):
            assert sum(p.startswith(("Q:", "Reporter:")) for p in paras) >= 2, it["id"]


def check_kinds_agree_with_the_labels_dev16(items, denial_kinds) -> None:
    for it in items:
        kinds = set(it["kinds"])
        denials = it["denials"]
        assert ("no-denial" in kinds) == (not denials), it["id"]
        if kinds & denial_kinds:
            assert denials, it["id"]
        if "same-country-sides" in kinds and denials:
            assert any(d.get("denies_claim_of_country") == d["denier_country"] for d in denials), it["id"]
        if "confirmation" in kinds:
            assert any(c["stance"] == "confirm" for c in it["claims"]), it["id"]
        if "allegation" in kinds:
            assert any(c["stance"] == "allege" for c in it["claims"]), it["id"]
        if "lone-denial" in kinds or "claim-of-no-author" in kinds:
            # the claim has no stated author: content only
            assert any("denies_claim_of_country" not in d and d.get("denies_content_contains") for d in denials), it["id"]
        if "claim-of-no-country-denied" in kinds:
            assert any("denies_claim_of_country" in d and d["denies_claim_of_country"] is None for d in denials), it["id"]
        if "denier-of-no-country" in kinds:
            assert any(d["denier_country"] is None for d in denials), it["id"]
        if "vague-object-denial" in kinds:
            assert any(c["stance"] == "deny" for c in it["claims"]), it["id"]
        if "two-denials" in kinds or "two-denials-one-claim" in kinds:
            assert len(denials) >= 2, it["id"]
        if "two-denials-one-claim" in kinds:
            keys = Counter((d["denier_country"], d.get("denies_claim_of_country"), d.get("denies_content_contains"))
                           for d in denials)
            assert max(keys.values()) >= 2, it["id"]
        if "headline-denial" in kinds:
            assert "\n\n" in it["text"] and any(c["stance"] == "deny" and c["content_contains"] in it["text"].split("\n\n")[0]
                                                for c in it["claims"]), it["id"]
        if "quote-spanning-paragraphs" in kinds:
            # the first paragraph of the quote is left unclosed and the next one opens with a quote mark
            paras = it["text"].split("\n\n")
            assert any(p.startswith('"') and p.count('"') % 2 == 1 for p in paras), it["id"]
        for k in ("live-blog", "fact-check", "partisan", "press-conference", "interview"):
            if k in kinds:
                assert it["style"] == k, (it["id"], k)


def check_mix_of_denials_stances_styles_and_regions_dev16(items, middle_east, caucasus_balkans, east_southeast_asia) -> None:
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.50 <= with_denial / len(items) <= 0.70, with_denial
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 30 and stances["allege"] >= 15 and stances["confirm"] >= 2, stances
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 10, styles
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 25
    assert max(countries.values()) / sum(countries.values()) < 0.12, countries.most_common(3)
    # the brief's regions carry the set; Russia-Ukraine at most 10 % of the items
    regional = sum(countries[c] for c in middle_east | caucasus_balkans | east_southeast_asia)
    assert regional / sum(countries.values()) >= 0.85
    for region in (middle_east, caucasus_balkans, east_southeast_asia):
        assert sum(countries[c] for c in region) >= 20
    ru_ua = [it for it in items if {"RUS", "UKR"} & {c["claimant_country"] for c in it["claims"]}]
    assert len(ru_ua) <= 0.10 * len(items)
    kinds = Counter(k for it in items for k in it["kinds"])
    for k in ("denial-later-paragraph", "denial-before-claim", "headline-denial", "live-blog", "fact-check",
              "partisan", "press-conference", "interview", "telegram-post", "non-denial", "quote-spanning-paragraphs",
              "same-country-sides", "background", "chain", "unnamed-source", "pronoun-speaker", "title-speaker",
              "lone-denial", "rebuttal-last-paragraph", "trailing-denial", "alternating-sides", "reporter-question"):
        assert kinds[k] >= 1, k
    assert kinds["pronoun-speaker"] >= 10 and kinds["title-speaker"] >= 20 and kinds["denial-before-claim"] >= 4


def check_kinds_agree_with_the_labels_heldout6(items, denial_kinds, turn) -> None:
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
        if "claims-no-country" in kinds:
            assert any(c["claimant_country"] is None for c in it["claims"]), it["id"]
        if "vague-object-denial" in kinds:
            assert any("denies_content_contains" not in d for d in denials), it["id"]
        if "lone-denial" in kinds:
            # the denied content lies inside a deny statement: no statement of the article tells it
            deny_subs = [c["content_contains"].lower() for c in it["claims"] if c["stance"] == "deny"]
            assert any(d.get("denies_content_contains", "").lower() in s or s in d.get("denies_content_contains",
                       "").lower() for d in denials if d.get("denies_content_contains") for s in deny_subs), it["id"]
        if "two-denials-one-claim" in kinds:
            targets = Counter((d.get("denies_claim_of_country"), d.get("denies_content_contains")) for d in denials)
            assert max(targets.values()) >= 2, it["id"]
        if "two-claims-two-deniers" in kinds:
            pairs = {(d["denier_country"], d.get("denies_content_contains")) for d in denials}
            assert len({p[0] for p in pairs}) >= 2 and len({p[1] for p in pairs}) >= 2, it["id"]
        if "two-claims-one-denier" in kinds:
            assert len({d["denier_country"] for d in denials}) == 1, it["id"]
            assert len({d.get("denies_content_contains") for d in denials}) >= 2, it["id"]
        if "three-claims-one-denied" in kinds:
            # three or more speakers' statements before the last denial, only some of them denied
            speakers = {c["claimant_country"] for c in it["claims"] if c["stance"] != "deny"}
            assert len(it["claims"]) - sum(c["stance"] == "deny" for c in it["claims"]) >= 3, it["id"]
            assert len(speakers) >= 2 and len(denials) <= 2, it["id"]
        if "third-party-denier" in kinds:
            # a denier of neither side: not the country of the article's first speaker nor of the claim it denies
            first = it["claims"][0]["claimant_country"]
            assert any(d["denier_country"] not in (first, d.get("denies_claim_of_country")) for d in denials), it["id"]
        if "live-blog" in kinds:
            assert it["style"] == "live-blog", it["id"]
        if "transcript" in kinds or "interview-qa" in kinds:
            turns = [p for p in text.split("\n\n") if turn.match(p)]
            assert sum(p.startswith("Q: ") for p in turns) >= 2 and len(turns) >= 4, it["id"]
        if "headline-denial" in kinds or "headline-claim" in kinds:
            head = text.split("\n\n")[0]
            assert not head.endswith("."), it["id"]
            want = "deny" if "headline-denial" in kinds else "assert"
            assert any(c["stance"] == want and c["content_contains"] in head for c in it["claims"]), it["id"]
        if "quote-spanning-paragraphs" in kinds:
            paras = text.split("\n\n")
            assert any(p.count('"') % 2 == 1 and q.startswith('"') for p, q in zip(paras, paras[1:])), it["id"]


def check_mix_of_denials_stances_styles_and_regions_heldout6(items, regions) -> None:
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.55 <= with_denial / len(items) <= 0.70, with_denial
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 30 and stances["allege"] >= 10 and stances["confirm"] >= 3, stances
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 8, styles
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 40
    assert max(countries.values()) / sum(countries.values()) < 0.08, countries.most_common(3)
    # every region of the brief has items; Russia-Ukraine items at most 10 %
    for region, codes in regions.items():
        n = sum(1 for it in items if {c["claimant_country"] for c in it["claims"]} & codes)
        assert n >= 3, region
    ru_ua = [it for it in items if {"RUS", "UKR"} <= {c["claimant_country"] for c in it["claims"]}]
    assert len(ru_ua) <= 0.10 * len(items)
    kinds = Counter(k for it in items for k in it["kinds"])
    for k in ("denial-later-paragraph", "denial-before-claim", "live-blog", "fact-check", "partisan", "non-denial",
              "quote-spanning-paragraphs", "same-country-sides", "background", "chain", "unnamed-source",
              "pronoun-speaker", "title-speaker", "rebuttal-last-paragraph", "trailing-denial", "transcript",
              "interview-qa", "headline-denial", "headline-claim", "lone-denial", "denial-mentions-claim"):
        assert kinds[k] >= 1, k
    assert kinds["two-claims-two-deniers"] >= 2 and kinds["third-party-denier"] >= 2
    assert kinds["three-claims-one-denied"] >= 3 and kinds["denial-before-claim"] >= 5


def check_kinds_agree_with_the_labels_dev17(items, denial_kinds, stamp, negation, title_speaker) -> None:
    for it in items:
        kinds, text, claims, denials = set(it["kinds"]), it["text"], it["claims"], it["denials"]
        stances = {c["stance"] for c in claims}
        deny_claims = [c for c in claims if c["stance"] == "deny"]
        assert ("no-denial" in kinds) == (not denials), it["id"]
        if kinds & denial_kinds:
            assert denials, it["id"]
        if "vague-object-denial" in kinds:
            assert any("denies_content_contains" not in d for d in denials), it["id"]
        if kinds & {"two-denials", "two-denials-one-claim", "several-claims-different-deniers",
                    "several-claims-one-country-deniers"}:
            assert len(denials) >= 2, it["id"]
        if "two-denials-one-claim" in kinds:
            claimed = Counter(d.get("denies_claim_of_country", "?") for d in denials)
            assert max(claimed.values()) >= 2, it["id"]
        if "several-claims-different-deniers" in kinds:
            assert len({d["denier_country"] for d in denials}) >= 2, it["id"]
            assert len({d.get("denies_content_contains") for d in denials}) >= 2, it["id"]
        if "several-claims-one-country-deniers" in kinds:
            assert len({d.get("denies_content_contains") for d in denials}) >= 2, it["id"]
        if "third-party-denier" in kinds:
            # a denier whose only statements in the article are denials
            assert any(all(c["stance"] == "deny" for c in claims if c["claimant_country"] == d["denier_country"])
                       for d in denials), it["id"]
        if "same-country-sides" in kinds and denials:
            assert any(d["denier_country"] == d.get("denies_claim_of_country") for d in denials), it["id"]
        if "denial-before-claim" in kinds:
            # a denial's content is told after a deny statement of the same denier
            assert any(_pos(text, d["denies_content_contains"]) > _pos(text, c["content_contains"])
                       for d in denials if d.get("denies_content_contains")
                       for c in deny_claims if c["claimant_country"] == d["denier_country"]), it["id"]
        if "denial-later-paragraph" in kinds:
            # a deny statement sits in a later paragraph than the content it denies
            assert any(_para(text, c["content_contains"]) > _para(text, d["denies_content_contains"])
                       for d in denials if d.get("denies_content_contains")
                       for c in deny_claims if c["claimant_country"] == d["denier_country"])\
                or any("denies_content_contains" not in d for d in denials), it["id"]
        if "three-claims" in kinds:
            # claims by at least three speakers (speakers of one country are not told apart here)
            assert sum(c["stance"] != "deny" for c in claims) >= 3, it["id"]
        if "report-rebuttal" in kinds:
            tail = "\n\n".join(text.split("\n\n")[-2:]).lower()
            assert any(c["content_contains"].lower() in tail for c in deny_claims), it["id"]
        if "confirmation" in kinds:
            assert "confirm" in stances, it["id"]
        if kinds & {"allegation", "hedge"}:
            assert "allege" in stances, it["id"]
        if "negated-assert" in kinds:
            assert any(c["stance"] == "assert" and negation.search(c["content_contains"]) for c in claims), it["id"]
        if "claim-no-country" in kinds:
            assert any(c["claimant_country"] is None for c in claims), it["id"]
        if "live-blog" in kinds:
            assert 3 <= sum(bool(stamp.match(p)) for p in text.split("\n\n")) <= 5, it["id"]
        if "quote-over-paragraphs" in kinds:
            paras = text.split("\n\n")
            # a paragraph left unclosed, the next one opening with the quote mark again
            assert any(p.count('"') % 2 == 1 and n.startswith('"') for p, n in zip(paras, paras[1:])), it["id"]
        if "headline" in kinds:
            assert not re.search(r"[.!?\"]$", text.split("\n\n")[0]), it["id"]
        if "claim-by-title-speaker-denied" in kinds:
            assert title_speaker.search(text), it["id"]


def check_mix_of_denials_stances_styles_and_regions_dev17(items) -> None:
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.5 <= with_denial / len(items) <= 0.7, with_denial
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 30 and stances["allege"] >= 10 and stances["confirm"] >= 3, stances
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 7 and styles["wire"] / len(items) < 0.65, styles
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 25
    assert max(countries.values()) / sum(countries.values()) < 0.10, countries.most_common(3)
    # Russia-Ukraine at most a tenth of the items
    ru_ua = sum(any(c["claimant_country"] in {"RUS", "UKR"} for c in it["claims"]) for it in items)
    assert ru_ua <= len(items) // 10
    kinds = Counter(k for it in items for k in it["kinds"])
    for k in ("denial-later-paragraph", "denial-before-claim", "alternating-sides", "pronoun-speaker",
              "title-speaker", "quote-over-paragraphs", "unnamed-source", "non-denial", "background",
              "report-rebuttal", "several-claims-different-deniers", "three-claims", "live-blog", "radio",
              "claim-by-title-speaker-denied", "chain", "mention-only-denial"):
        assert kinds[k] >= 1 if k == "quote-over-paragraphs" else kinds[k] >= 2, k
    # several claims by different speakers of which only some are denied: the denier must pick the right one
    partial = [it for it in items if "three-claims" in it["kinds"] and it["denials"]
               and len(it["denials"]) < sum(c["stance"] != "deny" for c in it["claims"])]
    assert len(partial) >= 8


def check_kinds_agree_with_the_labels_dev18(items, denial_kinds, stamp, turn, negation) -> None:
    for it in items:
        kinds, text, claims, denials = set(it["kinds"]), it["text"], it["claims"], it["denials"]
        stances = {c["stance"] for c in claims}
        paras = text.split("\n\n")
        assert ("no-denial" in kinds) == (not denials), it["id"]
        if kinds & denial_kinds:
            assert denials, it["id"]
        if "lone-denial" in kinds:
            deny_spans = [c["content_contains"].lower() for c in claims if c["stance"] == "deny"]
            assert any(d.get("denies_content_contains", "").lower() in s for d in denials for s in deny_spans
                       if d.get("denies_content_contains")), it["id"]
        if kinds & {"two-denials", "two-denials-one-claim", "several-claims-different-deniers"}:
            assert len(denials) >= 2, it["id"]
        if "two-denials-one-claim" in kinds:
            claimed = Counter(d.get("denies_claim_of_country", "?") for d in denials)
            assert max(claimed.values()) >= 2, it["id"]
        if "several-claims-different-deniers" in kinds:
            assert len({d["denier_country"] for d in denials}) >= 2, it["id"]
        if "three-claims-one-denied" in kinds:
            # three or more claimants (null counted once) and fewer denied claims than asserted ones
            assert len({c["claimant_country"] for c in claims if c["stance"] != "deny"}) >= 2, it["id"]
            assert sum(c["stance"] != "deny" for c in claims) >= 3, it["id"]
            assert len(denials) <= 3, it["id"]
        if "same-country-sides" in kinds and denials:
            assert any(d["denier_country"] == d.get("denies_claim_of_country") for d in denials), it["id"]
        if "denial-before-claim" in kinds:
            assert any(_pos(text, d["denies_content_contains"]) > _pos(text, c["content_contains"])
                       for d in denials if d.get("denies_content_contains")
                       for c in claims if c["stance"] == "deny" and c["claimant_country"] == d["denier_country"]), it["id"]
        if "denial-later-paragraph" in kinds:
            # a deny statement in a later paragraph than the content it denies
            def para(sub):
                return next(i for i, p in enumerate(paras) if sub.lower() in p.lower())
            assert any(para(c["content_contains"]) > para(d["denies_content_contains"])
                       for d in denials if d.get("denies_content_contains")
                       for c in claims if c["stance"] == "deny" and c["claimant_country"] == d["denier_country"]), it["id"]
        if "report-rebuttal" in kinds:
            tail = "\n\n".join(paras[-2:]).lower()
            assert any(c["stance"] == "deny" and c["content_contains"].lower() in tail for c in claims), it["id"]
        if "confirmation" in kinds:
            assert "confirm" in stances, it["id"]
        if "allegation" in kinds:
            assert "allege" in stances, it["id"]
        if "negated-assert" in kinds:
            assert any(c["stance"] == "assert" and negation.search(c["content_contains"]) for c in claims), it["id"]
        if "claim-of-no-country" in kinds:
            assert any(c["claimant_country"] is None for c in claims), it["id"]
        if "live-blog" in kinds:
            assert 3 <= sum(bool(stamp.match(p)) for p in paras) <= 5, it["id"]
        if "transcript-turns" in kinds:
            assert sum(bool(turn.match(p)) for p in paras) >= 2, it["id"]
        if "quote-over-paragraphs" in kinds:
            assert any(p.count('"') % 2 == 1 and n.startswith('"') for p, n in zip(paras, paras[1:])), it["id"]
        if "headline" in kinds:
            assert not re.search(r"[.!?\"]$", paras[0]), it["id"]
        if "headline-denial" in kinds:
            assert any(c["stance"] == "deny" and c["content_contains"].lower() in paras[0].lower() for c in claims), it["id"]
        if "trailing-denial" in kinds:
            assert any(c["stance"] == "deny" and re.match(r"(which|an accusation|a charge|a claim)\b",
                                                          c["content_contains"]) for c in claims), it["id"]


def check_mix_of_denials_stances_styles_and_regions_dev18(items, regions) -> None:
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.5 <= with_denial / len(items) <= 0.7, with_denial
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 30 and stances["allege"] >= 10 and stances["confirm"] >= 2, stances
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 8 and styles["wire"] / len(items) < 0.65, styles
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 30
    assert max(countries.values()) / sum(countries.values()) < 0.10, countries.most_common(3)
    assert sum(n for c, n in countries.items() if c in regions) / sum(countries.values()) > 0.8
    ru_ua = sum(any(c["claimant_country"] in {"RUS", "UKR"} for c in it["claims"]) for it in items)
    assert ru_ua <= len(items) // 10
    kinds = Counter(k for it in items for k in it["kinds"])
    for k in ("denial-later-paragraph", "denial-before-claim", "alternating-sides", "pronoun-speaker",
              "title-speaker", "quote-over-paragraphs", "unnamed-source", "non-denial", "background",
              "report-rebuttal", "lone-denial", "several-claims-different-deniers", "live-blog", "radio",
              "transcript-turns", "headline-denial", "three-claims-one-denied", "social-post", "fact-check",
              "partisan", "chain"):
        assert kinds[k] >= 2, k
    assert kinds["three-claims-one-denied"] >= 8
    assert kinds["denied-claim-by-title-speaker"] + kinds["denied-claim-by-pronoun-speaker"] >= 3


def check_kinds_agree_with_the_labels_dev19(items, denial_kinds, stamp, turn, negation) -> None:
    for it in items:
        kinds, text, claims, denials = set(it["kinds"]), it["text"], it["claims"], it["denials"]
        stances = {c["stance"] for c in claims}
        paras = text.split("\n\n")
        deny_claims = [c for c in claims if c["stance"] == "deny"]
        assert ("no-denial" in kinds) == (not denials), it["id"]
        if kinds & denial_kinds:
            assert denials, it["id"]
        if "lone-denial" in kinds:
            # the denied content lies inside the denial's own words
            spans = [c["content_contains"].lower() for c in deny_claims]
            assert any(d.get("denies_content_contains", "").lower() in s for d in denials for s in spans
                       if d.get("denies_content_contains")), it["id"]
        if "vague-object-denial" in kinds:
            assert any("denies_content_contains" not in d for d in denials), it["id"]
        if "denier-of-no-country" in kinds:
            assert any(d["denier_country"] is None for d in denials), it["id"]
        if kinds & {"two-denials", "two-denials-one-claim", "several-claims-different-deniers"}:
            assert len(denials) >= 2, it["id"]
        if "two-denials-one-claim" in kinds:
            claimed = Counter(d.get("denies_claim_of_country", "?") for d in denials)
            assert max(claimed.values()) >= 2, it["id"]
        if "several-claims-different-deniers" in kinds:
            assert len({d["denier_country"] for d in denials}) >= 2, it["id"]
            # different claims: other authors or other words
            denied = {(d.get("denies_claim_of_country", "?"), d.get("denies_content_contains")) for d in denials}
            assert len(denied) >= 2, it["id"]
        if "three-claims-one-denied" in kinds:
            # three or more statements of two or more authors, fewer denied than asserted
            assert len({c["claimant_country"] for c in claims if c["stance"] != "deny"}) >= 2, it["id"]
            assert sum(c["stance"] != "deny" for c in claims) >= 3, it["id"]
            assert len(denials) <= 2, it["id"]
        if "same-country-sides" in kinds and denials:
            assert any(d["denier_country"] == d.get("denies_claim_of_country") for d in denials), it["id"]
        if "denial-before-claim" in kinds:
            # a denial's content is told after a deny statement of the same denier
            assert any(_pos(text, d["denies_content_contains"]) > _pos(text, c["content_contains"])
                       for d in denials if d.get("denies_content_contains")
                       for c in deny_claims if c["claimant_country"] == d["denier_country"]), it["id"]
        if "denial-later-paragraph" in kinds:
            # a deny statement in a later paragraph than the content it denies
            assert any(_para_2(paras, c["content_contains"]) > _para_2(paras, d["denies_content_contains"])
                       for d in denials if d.get("denies_content_contains")
                       for c in deny_claims if c["claimant_country"] == d["denier_country"]), it["id"]
        if "report-rebuttal" in kinds:
            tail = "\n\n".join(paras[-2:]).lower()
            assert any(c["content_contains"].lower() in tail for c in deny_claims), it["id"]
        if "confirmation" in kinds:
            assert "confirm" in stances, it["id"]
        if "allegation" in kinds:
            assert "allege" in stances, it["id"]
        if "negated-assert" in kinds:
            assert any(c["stance"] == "assert" and negation.search(c["content_contains"]) for c in claims), it["id"]
        if "claim-of-no-country" in kinds:
            assert any(c["claimant_country"] is None for c in claims), it["id"]
        if "live-blog" in kinds:
            assert it["style"] == "live-blog", it["id"]
            assert 3 <= sum(bool(stamp.match(p)) for p in paras) <= 5, it["id"]
        if "transcript-turns" in kinds:
            assert sum(bool(turn.match(p)) for p in paras) >= 2, it["id"]
        if "quote-over-paragraphs" in kinds:
            # a paragraph left unclosed, the next one opening with the quote mark again
            assert any(p.count('"') % 2 == 1 and n.startswith('"') for p, n in zip(paras, paras[1:])), it["id"]
        if "headline" in kinds:
            assert not re.search(r"[.!?\"]$", paras[0]), it["id"]
        if "headline-denial" in kinds:
            assert any(c["content_contains"].lower() in paras[0].lower() for c in deny_claims), it["id"]
        if "trailing-denial" in kinds:
            assert any(re.match(r"(which|an accusation|a charge|a claim)\b", c["content_contains"])
                       for c in deny_claims), it["id"]


def check_mix_of_denials_stances_styles_and_regions_dev19(items, regions) -> None:
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.5 <= with_denial / len(items) <= 0.7, with_denial
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 30 and stances["allege"] >= 10 and stances["confirm"] >= 3, stances
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 8 and styles["wire"] / len(items) < 0.65, styles
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 25
    assert max(countries.values()) / sum(countries.values()) < 0.10, countries.most_common(3)
    assert sum(n for c, n in countries.items() if c in regions) / sum(countries.values()) > 0.85
    ru_ua = sum(any(c["claimant_country"] in {"RUS", "UKR"} for c in it["claims"]) for it in items)
    assert ru_ua <= len(items) // 10
    kinds = Counter(k for it in items for k in it["kinds"])
    for k in ("denial-later-paragraph", "denial-before-claim", "alternating-sides", "pronoun-speaker",
              "title-speaker", "quote-over-paragraphs", "unnamed-source", "non-denial", "background",
              "report-rebuttal", "lone-denial", "several-claims-different-deniers", "live-blog", "radio",
              "three-claims-one-denied", "social-post", "fact-check", "partisan", "chain", "same-country-sides",
              "naming-denial", "mention-only-denial", "two-denials-one-claim", "vague-object-denial"):
        assert kinds[k] >= 2, k
    assert kinds["three-claims-one-denied"] >= 8
    assert kinds["denied-claim-by-title-speaker"] + kinds["denied-claim-by-pronoun-speaker"] >= 3


def check_kinds_agree_with_the_labels_dev20(items, denial_kinds, stamp, turn, negation) -> None:
    for it in items:
        kinds, text, claims, denials = set(it["kinds"]), it["text"], it["claims"], it["denials"]
        stances = {c["stance"] for c in claims}
        paras = text.split("\n\n")
        assert ("no-denial" in kinds) == (not denials), it["id"]
        if kinds & denial_kinds:
            assert denials, it["id"]
        if "lone-denial" in kinds:
            # the denied content lies inside the denial's own words and no author is given
            deny_spans = [c["content_contains"].lower() for c in claims if c["stance"] == "deny"]
            assert any(d.get("denies_content_contains", "").lower() in s for d in denials for s in deny_spans
                       if d.get("denies_content_contains")), it["id"]
            assert any("denies_claim_of_country" not in d for d in denials), it["id"]
        if "vague-object-denial" in kinds:
            assert any("denies_content_contains" not in d for d in denials), it["id"]
        if kinds & {"two-denials", "two-denials-one-claim", "several-claims-different-deniers"}:
            assert len(denials) >= 2, it["id"]
        if "two-denials-one-claim" in kinds:
            claimed = Counter(d.get("denies_claim_of_country", "?") for d in denials)
            assert max(claimed.values()) >= 2, it["id"]
        if "several-claims-different-deniers" in kinds:
            assert len({d["denier_country"] for d in denials}) >= 2, it["id"]
            assert len({d.get("denies_content_contains") for d in denials}) >= 2, it["id"]
        if "three-claims-one-denied" in kinds:
            # three or more statements by at least two claimants, fewer denied than not
            assert len({c["claimant_country"] for c in claims if c["stance"] != "deny"}) >= 2, it["id"]
            assert sum(c["stance"] != "deny" for c in claims) >= 3, it["id"]
            assert len(denials) <= 3, it["id"]
        if "third-party-denier" in kinds:
            assert any(all(c["stance"] == "deny" for c in claims if c["claimant_country"] == d["denier_country"])
                       for d in denials), it["id"]
        if "same-country-sides" in kinds and denials:
            assert any(d["denier_country"] == d.get("denies_claim_of_country") for d in denials), it["id"]
        if "denial-before-claim" in kinds:
            # a denial's content is told after a deny statement of the same denier
            assert any(_pos(text, d["denies_content_contains"]) > _pos(text, c["content_contains"])
                       for d in denials if d.get("denies_content_contains")
                       for c in claims if c["stance"] == "deny" and c["claimant_country"] == d["denier_country"]), it["id"]
        if "denial-later-paragraph" in kinds:
            # a deny statement in a later paragraph than the content it denies
            def para(sub):
                return next(i for i, p in enumerate(paras) if sub.lower() in p.lower())
            assert any(para(c["content_contains"]) > para(d["denies_content_contains"])
                       for d in denials if d.get("denies_content_contains")
                       for c in claims if c["stance"] == "deny" and c["claimant_country"] == d["denier_country"]), it["id"]
        if "report-rebuttal" in kinds:
            tail = "\n\n".join(paras[-2:]).lower()
            assert any(c["stance"] == "deny" and c["content_contains"].lower() in tail for c in claims), it["id"]
        if "confirmation" in kinds:
            assert "confirm" in stances, it["id"]
        if kinds & {"allegation", "hedge"}:
            assert "allege" in stances, it["id"]
        if "negated-assert" in kinds:
            assert any(c["stance"] == "assert" and negation.search(c["content_contains"]) for c in claims), it["id"]
        if "claims-no-country" in kinds:
            assert any(c["claimant_country"] is None for c in claims), it["id"]
        if "live-blog" in kinds:
            assert 3 <= sum(bool(stamp.match(p)) for p in paras) <= 5, it["id"]
        if "transcript-turns" in kinds or it["style"] == "transcript":
            assert sum(bool(turn.match(p)) for p in paras) >= 2, it["id"]
        if "quote-over-paragraphs" in kinds:
            # a paragraph left unclosed, the next one opening with the quote mark again
            assert any(p.count('"') % 2 == 1 and n.startswith('"') for p, n in zip(paras, paras[1:])), it["id"]
        if "headline" in kinds:
            assert not re.search(r"[.!?\"]$", paras[0]), it["id"]
        if "headline-denial" in kinds:
            assert any(c["stance"] == "deny" and c["content_contains"].lower() in paras[0].lower() for c in claims), it["id"]
        if "trailing-denial" in kinds:
            assert any(c["stance"] == "deny" and re.match(r"(which|an accusation|a charge|a claim)\b",
                                                          c["content_contains"]) for c in claims), it["id"]


def check_mix_of_denials_stances_styles_and_regions_dev20(items, regions) -> None:
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.5 <= with_denial / len(items) <= 0.7, with_denial
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 30 and stances["allege"] >= 10 and stances["confirm"] >= 3, stances
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 8 and styles["wire"] / len(items) < 0.65, styles
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 30
    assert max(countries.values()) / sum(countries.values()) < 0.10, countries.most_common(3)
    assert sum(n for c, n in countries.items() if c in regions) / sum(countries.values()) > 0.8
    assert any(c["claimant_country"] is None for it in items for c in it["claims"])
    ru_ua = sum(any(c["claimant_country"] in {"RUS", "UKR"} for c in it["claims"]) for it in items)
    assert ru_ua <= len(items) // 10
    kinds = Counter(k for it in items for k in it["kinds"])
    for k in ("denial-later-paragraph", "denial-before-claim", "alternating-sides", "pronoun-speaker",
              "title-speaker", "quote-over-paragraphs", "unnamed-source", "non-denial", "background",
              "report-rebuttal", "lone-denial", "several-claims-different-deniers", "live-blog", "radio",
              "mention-only-denial", "naming-denial", "two-denials-one-claim", "chain", "transcript-turns"):
        assert kinds[k] >= 2, k
    # the commonest linking error: the denier must pick the right one of several earlier claims
    assert kinds["three-claims-one-denied"] >= 8
    assert kinds["denied-claim-by-title-speaker"] + kinds["denied-claim-by-pronoun-speaker"] >= 3


def check_kinds_agree_with_the_labels_dev21(items, denial_kinds, stamp, turn, negation) -> None:
    for it in items:
        kinds, text, claims, denials = set(it["kinds"]), it["text"], it["claims"], it["denials"]
        stances = {c["stance"] for c in claims}
        paras = text.split("\n\n")
        assert ("no-denial" in kinds) == (not denials), it["id"]
        if kinds & denial_kinds:
            assert denials, it["id"]
        if "vague-object-denial" in kinds:
            assert any("denies_content_contains" not in d for d in denials), it["id"]
        if kinds & {"two-denials", "two-denials-one-claim", "several-claims-different-deniers"}:
            assert len(denials) >= 2, it["id"]
        if "two-denials-one-claim" in kinds:
            contents = [_claim_of(it, d["denies_content_contains"])["content_contains"] for d in denials
                        if d.get("denies_content_contains")]
            assert max(Counter(contents).values()) >= 2, it["id"]
        if "several-claims-different-deniers" in kinds:
            targets = {_claim_of(it, d["denies_content_contains"])["content_contains"] for d in denials
                       if d.get("denies_content_contains")}
            assert len(targets) >= 2 or len({d["denier_country"] for d in denials}) >= 2, it["id"]
        if kinds & {"three-claims-one-denied", "three-claims-two-denied"}:
            # three or more asserted claims by different speakers' statements, one or two of them denied
            others = [c for c in claims if c["stance"] != "deny"]
            assert len(others) >= 3 and 1 <= len(denials) <= 2, it["id"]
            assert len(denials) < len(others), it["id"]
        if "same-country-sides" in kinds and denials:
            assert any(d["denier_country"] == d.get("denies_claim_of_country") for d in denials), it["id"]
        if "denial-before-claim" in kinds:
            assert any(_pos(text, d["denies_content_contains"]) > _pos(text, c["content_contains"])
                       for d in denials if d.get("denies_content_contains")
                       for c in claims if c["stance"] == "deny" and c["claimant_country"] == d["denier_country"]), it["id"]
        if "denial-later-paragraph" in kinds:
            def para_of(sub):
                return next(i for i, p in enumerate(paras) if sub.lower() in p.lower())
            assert any(para_of(c["content_contains"]) > para_of(d["denies_content_contains"])
                       for d in denials if d.get("denies_content_contains")
                       for c in claims if c["stance"] == "deny" and c["claimant_country"] == d["denier_country"]) \
                or any("denies_content_contains" not in d for d in denials), it["id"]
        if "report-rebuttal" in kinds:
            tail = "\n\n".join(paras[-2:]).lower()
            assert any(c["stance"] == "deny" and c["content_contains"].lower() in tail for c in claims), it["id"]
        if "third-party-denier" in kinds:
            assert any(all(c["stance"] == "deny" for c in claims if c["claimant_country"] == d["denier_country"])
                       for d in denials), it["id"]
        if "confirmation" in kinds:
            assert "confirm" in stances, it["id"]
        if "allegation" in kinds:
            assert "allege" in stances, it["id"]
        if "negated-assert" in kinds:
            assert any(c["stance"] == "assert" and negation.search(c["content_contains"]) for c in claims), it["id"]
        if "live-blog" in kinds:
            assert 3 <= sum(bool(stamp.match(p)) for p in paras) <= 5, it["id"]
        if "turn-speakers" in kinds:
            assert sum(bool(turn.match(p)) for p in paras) >= 3, it["id"]
        if "quote-over-paragraphs" in kinds:
            assert any(p.count('"') % 2 == 1 and n.startswith('"') for p, n in zip(paras, paras[1:])), it["id"]
        if "headline" in kinds:
            assert not re.search(r"[.!?\"]$", paras[0]), it["id"]


def check_mix_of_denials_styles_and_regions_dev21(items) -> None:
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.5 <= with_denial / len(items) <= 0.7, with_denial
    kinds = Counter(k for it in items for k in it["kinds"])
    # the brief: 12+ transcript or Q&A items, 12+ with same-country sides, several three-claimant articles
    assert sum(bool({"transcript", "qa"} & set(it["kinds"])) for it in items) >= 12
    assert kinds["same-country-sides"] >= 12
    assert kinds["three-claims-one-denied"] + kinds["three-claims-two-denied"] >= 5
    assert kinds["title-speaker-claim-denied"] >= 3
    for k in ("denial-later-paragraph", "denial-before-claim", "alternating-sides", "pronoun-speaker", "title-speaker",
              "quote-over-paragraphs", "unnamed-source", "non-denial", "background", "report-rebuttal", "live-blog",
              "radio", "several-claims-different-deniers", "mention-only-denial"):
        assert kinds[k] >= 1, k
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 7 and styles["wire"] / len(items) < 0.5, styles
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 30
    assert max(countries.values()) / sum(countries.values()) < 0.10, countries.most_common(3)
    assert any(c["claimant_country"] is None for it in items for c in it["claims"])
    ru_ua = sum(any(c["claimant_country"] in {"RUS", "UKR"} for c in it["claims"]) for it in items)
    assert ru_ua <= len(items) // 10


def check_kinds_agree_with_the_labels_dev22(items, denial_kinds, stamp, negation) -> None:
    for it in items:
        kinds, text, claims, denials = set(it["kinds"]), it["text"], it["claims"], it["denials"]
        stances = {c["stance"] for c in claims}
        assert ("no-denial" in kinds) == (not denials), it["id"]
        if kinds & denial_kinds:
            assert denials, it["id"]
        if "vague-object-denial" in kinds:
            assert any("denies_content_contains" not in d for d in denials), it["id"]
        if "lone-denial" in kinds:
            deny_spans = [c["content_contains"].lower() for c in claims if c["stance"] == "deny"]
            assert any(d.get("denies_content_contains", "").lower() in s for d in denials for s in deny_spans
                       if d.get("denies_content_contains")), it["id"]
        if kinds & {"two-denials", "several-claims-different-deniers"}:
            assert len(denials) >= 2, it["id"]
        if "several-claims-different-deniers" in kinds:
            assert len({d["denier_country"] for d in denials}) >= 2, it["id"]
            assert len({d.get("denies_content_contains") for d in denials}) >= 2, it["id"]
        if "third-party-denier" in kinds:
            assert any(all(c["stance"] == "deny" for c in claims if c["claimant_country"] == d["denier_country"])
                       for d in denials), it["id"]
        if "same-country-sides" in kinds and denials:
            assert any(d["denier_country"] == d.get("denies_claim_of_country") for d in denials), it["id"]
        if "denial-before-claim" in kinds:
            assert any(_pos(text, d["denies_content_contains"]) > _pos(text, c["content_contains"])
                       for d in denials if d.get("denies_content_contains")
                       for c in claims if c["stance"] == "deny" and c["claimant_country"] == d["denier_country"]), it["id"]
        if "multi-statement-one-denied" in kinds:
            # the denied author made at least two statements, and not all of them are denied
            for d in denials:
                if "denies_claim_of_country" not in d:
                    continue
                own = [c for c in claims if c["claimant_country"] == d["denies_claim_of_country"] and c["stance"] != "deny"]
                if len(own) >= 2 and len(own) > sum(1 for e in denials
                                                    if e.get("denies_claim_of_country") == d["denies_claim_of_country"]):
                    break
            else:
                pytest.fail(f"{it['id']}: no denied author with several statements")
        if "three-claimants-one-denied" in kinds:
            # speakers of one country (police and a gang) count once here: at least two countries, three statements
            said = [c for c in claims if c["stance"] != "deny"]
            assert len({c["claimant_country"] for c in said}) >= 2 and len(said) >= 3, it["id"]
            assert len(denials) < len(said), it["id"]
        if "report-rebuttal" in kinds:
            tail = "\n\n".join(text.split("\n\n")[-2:]).lower()
            assert any(c["stance"] == "deny" and c["content_contains"].lower() in tail for c in claims), it["id"]
        if "denial-later-paragraph" in kinds and all(d.get("denies_content_contains") for d in denials):
            paras = text.lower().split("\n\n")
            para_of = lambda s: next(i for i, p in enumerate(paras) if s.lower() in p)  # noqa: E731
            assert any(para_of(c["content_contains"]) > para_of(d["denies_content_contains"])
                       for d in denials if d.get("denies_content_contains")
                       for c in claims if c["stance"] == "deny" and c["claimant_country"] == d["denier_country"]), it["id"]
        if "confirmation" in kinds:
            assert "confirm" in stances, it["id"]
        if "allegation" in kinds:
            assert "allege" in stances, it["id"]
        if "negated-assert" in kinds:
            assert any(c["stance"] == "assert" and negation.search(c["content_contains"]) for c in claims), it["id"]
        if "claims-no-country" in kinds:
            assert any(c["claimant_country"] is None for c in claims), it["id"]
        if "live-blog" in kinds:
            assert 3 <= sum(bool(stamp.match(p)) for p in text.split("\n\n")) <= 5, it["id"]
        if "quote-over-paragraphs" in kinds:
            paras = text.split("\n\n")
            assert any(p.count('"') % 2 == 1 and n.startswith('"') for p, n in zip(paras, paras[1:])), it["id"]
        if "headline" in kinds:
            assert not re.search(r"[.!?\"]$", text.split("\n\n")[0]), it["id"]


def check_every_gold_denied_content_lies_in_a_claim_of_the_named_author(items) -> None:
    for it in items:
        for d in it["denials"]:
            if d.get("denies_content_contains") and "denies_claim_of_country" in d:
                c = _claim_of_2(it, d["denies_content_contains"])
                assert c["claimant_country"] == d["denies_claim_of_country"], (it["id"], d)


def check_mix_of_denials_stances_styles_and_regions_dev22(items) -> None:
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.5 <= with_denial / len(items) <= 0.7, with_denial
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 30 and stances["allege"] >= 10 and stances["confirm"] >= 1, stances
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 7 and styles["wire"] / len(items) < 0.7, styles
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 30
    assert max(countries.values()) / sum(countries.values()) < 0.10, countries.most_common(3)
    ru_ua = sum(any(c["claimant_country"] in {"RUS", "UKR"} for c in it["claims"]) for it in items)
    assert ru_ua <= len(items) // 10
    kinds = Counter(k for it in items for k in it["kinds"])
    assert kinds["multi-statement-one-denied"] >= 15, kinds["multi-statement-one-denied"]
    assert kinds["denial-before-claim"] >= 8, kinds["denial-before-claim"]
    assert kinds["three-claimants-one-denied"] >= 3
    assert kinds["denied-title-speaker-claim"] >= 3
    for k in ("denial-later-paragraph", "alternating-sides", "pronoun-speaker", "title-speaker",
              "quote-over-paragraphs", "unnamed-source", "non-denial", "background", "report-rebuttal", "lone-denial",
              "several-claims-different-deniers", "live-blog", "radio", "chain", "same-country-sides"):
        assert kinds[k] >= 1, k


def check_mix_of_denials_stances_styles_and_regions_heldout7(items, africa_, latam_, asia_) -> None:
    regions = Counter()
    for it in items:
        own = {c["claimant_country"] for c in it["claims"]}
        for name, codes in (("africa", africa_), ("latam", latam_), ("asia", asia_)):
            regions[name] += bool(own & codes)
    assert regions["africa"] >= 15 and regions["latam"] >= 6 and regions["asia"] >= 10, regions
    kinds = Counter(k for it in items for k in it["kinds"])
    for k in ("denial-later-paragraph", "denial-before-claim", "live-blog", "fact-check", "partisan", "non-denial",
              "quote-spanning-paragraphs", "same-country-sides", "background", "chain", "unnamed-source",
              "pronoun-speaker", "title-speaker", "rebuttal-last-paragraph", "trailing-denial", "transcript",
              "interview-qa", "headline-denial", "reporter-question-claim", "two-officials", "lone-denial",
              "third-party-denier", "denial-mentions-claim"):
        assert kinds[k] >= 1, k
    assert kinds["two-claims-two-deniers"] >= 2
    assert kinds["three-claims-some-denied"] >= 8
    assert kinds["denial-before-claim"] >= 4
    assert kinds["same-country-sides"] >= 8


def check_size_and_ids_heldout8(items) -> None:
    assert 45 <= len(items) <= 50


def check_mix_of_denials_stances_styles_and_regions_heldout8(items) -> None:
    # the brief's emphasis: Europe and the Caucasus/Central Asia, the Middle East, Africa, Asia, Latin America
    regions_of = {
        "europe": {"GEO", "MDA", "ARM", "AZE", "KGZ", "TJK", "XKX", "SRB", "BIH", "LTU", "BLR", "GRC", "TUR", "UKR"},
        "mideast": {"IRQ", "SYR", "YEM", "LBN", "ISR", "PSE", "IRN", "SAU"},
        "africa": {"MLI", "BFA", "NER", "BEN", "SDN", "SSD", "SOM", "ETH", "KEN", "COD", "RWA", "BDI", "MOZ", "CMR",
                   "TCD", "LBY", "CAF"},
        "asia": {"MMR", "IND", "PAK", "CHN", "KOR", "PRK", "VNM", "IDN", "THA", "KHM", "AFG"},
        "latam": {"PER", "VEN", "BOL", "BRA", "NIC"},
    }
    regions = Counter()
    for it in items:
        own = {c["claimant_country"] for c in it["claims"]}
        for name, codes in regions_of.items():
            regions[name] += bool(own & codes)
    assert regions["europe"] >= 10 and regions["mideast"] >= 10 and regions["africa"] >= 12, regions
    assert regions["asia"] >= 8 and regions["latam"] >= 5, regions
    kinds = Counter(k for it in items for k in it["kinds"])
    for k in ("denial-later-paragraph", "denial-before-claim", "live-blog", "fact-check", "partisan", "non-denial",
              "same-country-sides", "background", "chain", "unnamed-source", "pronoun-speaker", "title-speaker",
              "rebuttal-last-paragraph", "trailing-denial", "transcript", "interview-qa", "headline-denial",
              "reporter-question-claim", "lone-denial", "third-party-denier", "denier-of-no-country",
              "denial-mentions-claim", "denial-of-denial", "deny-in-quote", "vague-object-denial", "naming-denial",
              "negated-neutral", "confirmation", "allegation", "one-author-several-statements"):
        assert kinds[k] >= 1, k
    assert kinds["two-claims-two-deniers"] >= 3
    assert kinds["two-denials-one-claim"] >= 3
    assert kinds["three-claims-some-denied"] >= 8
    assert kinds["denial-before-claim"] >= 4
    assert kinds["same-country-sides"] >= 8
    assert {"wire", "live-blog", "ministry-statement", "partisan", "radio", "transcript", "interview", "fact-check",
            "ngo-report", "un-report", "local-paper"} <= {it["style"] for it in items}


def check_size_and_ids_dev23(items) -> None:
    assert 48 <= len(items) <= 52
    assert [it["id"] for it in items] == [f"d23-{n:03d}" for n in range(1, len(items) + 1)]


def check_items_are_whole_short_articles_dev23(items, stamp, headline_end) -> None:
    for it in items:
        paras = it["text"].split("\n\n")
        assert all(p and p == p.strip() and "\n" not in p for p in paras), it["id"]
        # 3-6 body paragraphs, plus an optional headline line that ends without a full stop or quote
        assert 3 <= len(_body(it)) <= 6, (it["id"], len(paras))
        assert 5 <= len(sentences(it["text"])) <= 12, it["id"]
        if _has_headline(it):
            assert not headline_end.search(paras[0]) and len(paras[0]) < 90, it["id"]
        else:
            assert all(headline_end.search(p) for p in paras), it["id"]
        if it["style"] == "live-blog":
            assert 3 <= sum(bool(stamp.match(p)) for p in paras) <= 5, it["id"]


def check_kinds_agree_with_the_labels_dev23(items, denial_kinds, turn, negation) -> None:
    for it in items:
        kinds, text, claims, denials = set(it["kinds"]), it["text"], it["claims"], it["denials"]
        stances = {c["stance"] for c in claims}
        denies = [c for c in claims if c["stance"] == "deny"]
        targeted = [d for d in denials if d.get("denies_content_contains")]
        assert ("no-denial" in kinds) == (not denials), it["id"]
        if kinds & denial_kinds:
            assert denials, it["id"]
        if kinds & {"two-denials", "two-denials-one-claim", "several-claims-different-deniers"}:
            assert len(denials) >= 2, it["id"]
        if "two-denials-one-claim" in kinds:
            contents = [_claim_of_3(it, d["denies_content_contains"])["content_contains"] for d in targeted]
            assert max(Counter(contents).values()) >= 2, it["id"]
            assert len(denies) >= 2, it["id"]
        if "several-claims-different-deniers" in kinds:
            assert len({_claim_of_3(it, d["denies_content_contains"])["content_contains"] for d in targeted}) >= 2
            assert len({d["denier_country"] for d in denials}) >= 2, it["id"]
        if "one-of-several-denied" in kinds:
            # the denied author made at least two statements, and at least one of them is left undenied
            denied = {_claim_of_3(it, d["denies_content_contains"])["content_contains"] for d in targeted}
            author = _claim_of_3(it, targeted[0]["denies_content_contains"])["claimant_country"]
            own = [c["content_contains"] for c in claims if c["stance"] != "deny" and c["claimant_country"] == author]
            assert len(own) >= 2 and set(own) - denied, it["id"]
        if kinds & {"three-claims-one-denied", "three-claims-two-denied"}:
            others = [c for c in claims if c["stance"] != "deny"]
            denied = {_claim_of_3(it, d["denies_content_contains"])["content_contains"] for d in targeted}
            assert len(others) >= 3 and 1 <= len(denied) <= 2 and len(denied) < len(others), it["id"]
        if "same-country-sides" in kinds:
            countries = Counter(c["claimant_country"] for c in claims if c["claimant_country"])
            assert countries and countries.most_common(1)[0][1] >= 2, it["id"]
            if denials:
                assert any(d["denier_country"] == d.get("denies_claim_of_country") for d in denials), it["id"]
        if "headline-denial" in kinds:
            assert "headline" in kinds, it["id"]
            assert any(_para_of(it, c["content_contains"]) == 0 for c in denies), it["id"]
            assert all(_para_of(it, d["denies_content_contains"]) > 0 for d in targeted), it["id"]
        if "denial-before-claim" in kinds:
            assert any(_pos(text, d["denies_content_contains"]) > _pos(text, c["content_contains"])
                       for d in targeted for c in denies if c["claimant_country"] == d["denier_country"]), it["id"]
        if "denial-later-paragraph" in kinds:
            assert any(_para_of(it, c["content_contains"]) > _para_of(it, d["denies_content_contains"])
                       for d in targeted for c in denies if c["claimant_country"] == d["denier_country"]), it["id"]
        if "trailing-denial" in kinds:
            last = sentences(text)[-1].lower()
            assert any(c["content_contains"].lower() in last for c in denies), it["id"]
        if "lone-denial" in kinds:
            # the denied content is told only inside the denial's own sentence
            assert any(d["denies_content_contains"].lower() in _sentence_of(it, c["content_contains"]).lower()
                       for d in targeted for c in denies), it["id"]
        if "report-rebuttal" in kinds:
            tail = "\n\n".join(text.split("\n\n")[-2:]).lower()
            assert any(c["content_contains"].lower() in tail for c in denies), it["id"]
        if "confirmation" in kinds:
            assert "confirm" in stances, it["id"]
        if "allegation" in kinds:
            assert "allege" in stances, it["id"]
        if "negated-assert" in kinds:
            assert any(c["stance"] == "assert" and negation.search(c["content_contains"]) for c in claims), it["id"]
        if "turn-speakers" in kinds:
            assert sum(bool(turn.match(p)) for p in text.split("\n\n")) >= 3, it["id"]


def check_mix_of_denials_styles_and_regions_dev23(items) -> None:
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.55 <= with_denial / len(items) <= 0.70, with_denial
    kinds = Counter(k for it in items for k in it["kinds"])
    # the brief's focus: the linker's largest misses
    assert kinds["one-of-several-denied"] >= 10
    assert kinds["same-country-sides"] >= 12
    assert kinds["headline-denial"] >= 4
    assert kinds["two-denials-one-claim"] >= 4
    assert kinds["denial-before-claim"] >= 4
    assert kinds["three-claims-one-denied"] + kinds["three-claims-two-denied"] >= 5
    for k in ("trailing-denial", "mention-only-denial", "lone-denial", "naming-denial", "pronoun-speaker",
              "title-speaker", "chain", "non-denial", "negated-assert", "confirmation", "live-blog", "transcript",
              "report-rebuttal", "ordinal-reference", "federal-regional"):
        assert kinds[k] >= 1, k
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 5, styles
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 40
    assert max(countries.values()) / sum(countries.values()) <= 0.08, countries.most_common(3)
    assert any(c["claimant_country"] is None for it in items for c in it["claims"])
    ru_ua = sum(any(c["claimant_country"] in {"RUS", "UKR"} for c in it["claims"]) for it in items)
    assert ru_ua <= len(items) // 10


def check_size_and_ids_dev24(items) -> None:
    assert 48 <= len(items) <= 52
    assert [it["id"] for it in items] == [f"d24-{i:03d}" for i in range(1, len(items) + 1)]


def check_items_are_whole_short_articles_dev24(items) -> None:
    for it in items:
        body = [p for p in it["text"].split("\n\n") if re.search(r"[.!?\"]$", p)]
        assert 3 <= len(body) <= 6, it["id"]


def check_every_denied_content_lies_in_a_statement_of_the_denied_author_dev24(items) -> None:
    for it in items:
        for d in it["denials"]:
            if d.get("denies_content_contains"):
                c = _denied_claim(it, d)
                if "denies_claim_of_country" in d:
                    assert c["claimant_country"] == d["denies_claim_of_country"], (it["id"], d)


def check_kinds_agree_with_the_labels_dev24(items, denial_kinds, stamp, turn, negation) -> None:
    for it in items:
        kinds, text, claims, denials = set(it["kinds"]), it["text"], it["claims"], it["denials"]
        stances = {c["stance"] for c in claims}
        paras = text.split("\n\n")
        deny_claims = [c for c in claims if c["stance"] == "deny"]
        with_content = [d for d in denials if d.get("denies_content_contains")]
        assert ("no-denial" in kinds) == (not denials), it["id"]
        if kinds & denial_kinds:
            assert denials, it["id"]
        if "vague-object-denial" in kinds:
            assert any("denies_content_contains" not in d for d in denials), it["id"]
        if kinds & {"two-denials", "two-denials-one-claim", "several-statements-two-denied", "denial-of-denial"}:
            assert len(denials) >= 2, it["id"]
        if "two-denials-one-claim" in kinds:
            # two deny statements of one denier answer the same statement
            targets = Counter((d["denier_country"], _denied_claim(it, d)["content_contains"]) for d in with_content)
            assert max(targets.values()) >= 2, it["id"]
            assert sum(c["claimant_country"] == max(targets, key=targets.get)[0] for c in deny_claims) >= 2, it["id"]
        if kinds & {"several-statements-one-denied", "pointed-denial"}:
            # the denied author made two or more statements; the denial answers one of them
            assert any(sum(c["stance"] != "deny" and c["claimant_country"] == _denied_claim(it, d)["claimant_country"]
                           for c in claims) >= 2 for d in with_content), it["id"]
        if "several-statements-two-denied" in kinds:
            targets = {_denied_claim(it, d)["content_contains"] for d in with_content}
            assert len(targets) >= 2, it["id"]
        if kinds & {"three-claims-one-denied", "three-claims-two-denied"}:
            others = [c for c in claims if c["stance"] != "deny"]
            assert len(others) >= 3 and 1 <= len(denials) <= 2 and len(denials) < len(others), it["id"]
        if "same-country-sides" in kinds and denials:
            assert any(d["denier_country"] == d.get("denies_claim_of_country") for d in denials), it["id"]
        if "denial-of-denial" in kinds:
            # a denial whose denied statement is itself a deny statement of the other side
            assert any(_denied_claim(it, d)["stance"] == "deny" for d in with_content), it["id"]
        if "headline-denial" in kinds:
            assert "headline" in kinds, it["id"]
            assert any(c["content_contains"].lower() in paras[0].lower() for c in deny_claims), it["id"]
            assert any(_para_of(it, d["denies_content_contains"]) > 0 for d in with_content), it["id"]
        if "trailing-denial" in kinds:
            assert any(_pos(text, c["content_contains"]) > _pos(text, d["denies_content_contains"])
                       and _sentence_of(it, c["content_contains"]) == _sentence_of(it, d["denies_content_contains"])
                       for c in deny_claims for d in with_content), it["id"]
        if "denial-before-claim" in kinds:
            assert any(_pos(text, d["denies_content_contains"]) > _pos(text, c["content_contains"])
                       for d in with_content for c in deny_claims
                       if c["claimant_country"] == d["denier_country"]), it["id"]
        if "denial-later-paragraph" in kinds:
            assert any(_para_of(it, c["content_contains"]) > _para_of(it, d["denies_content_contains"])
                       for d in with_content for c in deny_claims
                       if c["claimant_country"] == d["denier_country"]) \
                or any("denies_content_contains" not in d for d in denials), it["id"]
        if "mention-only-denial" in kinds:
            # a denied content told only inside the deny statement, whose author the text does not name
            assert any("denies_claim_of_country" not in d and any(
                d["denies_content_contains"].lower() in c["content_contains"].lower() for c in deny_claims)
                for d in with_content), it["id"]
        if "report-rebuttal" in kinds:
            tail = "\n\n".join(paras[-2:]).lower()
            assert any(c["content_contains"].lower() in tail for c in deny_claims), it["id"]
        if "confirmation" in kinds:
            assert "confirm" in stances, it["id"]
        if "allegation" in kinds:
            assert "allege" in stances, it["id"]
        if "negated-assert" in kinds:
            assert any(c["stance"] == "assert" and negation.search(c["content_contains"]) for c in claims), it["id"]
        if "live-blog" in kinds:
            assert it["style"] == "live-blog", it["id"]
            assert 3 <= sum(bool(stamp.match(p)) for p in paras) <= 5, it["id"]
        if kinds & {"turn-speakers", "qa"}:
            assert sum(bool(turn.match(p)) for p in paras) >= 3, it["id"]
        if "headline" in kinds:
            assert not re.search(r"[.!?\"]$", paras[0]), it["id"]
        if "denial-later-paragraph" not in kinds and "live-blog" in kinds and denials:
            raise AssertionError(f"{it['id']}: a live blog's denial is expected in a later entry")


def check_mix_of_denials_styles_and_regions_dev24(items, asia_) -> None:
    n = len(items)
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.55 <= with_denial / n <= 0.70, with_denial
    kinds = Counter(k for it in items for k in it["kinds"])
    # the brief: transcripts and live blogs first, then the constructions the linker misses most
    assert sum(bool({"qa", "turn-speakers"} & set(it["kinds"])) for it in items) >= 8
    assert kinds["live-blog"] >= 5
    assert kinds["same-country-sides"] >= 12
    assert kinds["several-statements-one-denied"] + kinds["several-statements-two-denied"] >= 6
    assert kinds["three-claims-one-denied"] + kinds["three-claims-two-denied"] >= 6
    for k in ("headline-denial", "two-denials-one-claim", "denial-before-claim", "denial-of-denial",
              "mention-only-denial"):
        assert kinds[k] >= 2, k
    for k in ("trailing-denial", "naming-denial", "pointed-denial", "non-denial", "negated-assert", "confirmation",
              "allegation", "chain", "pronoun-speaker", "title-speaker", "partisan-outlet", "radio", "background",
              "vague-object-denial", "report-rebuttal", "federal-regional", "government-opposition"):
        assert kinds[k] >= 1, k
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 7 and styles["wire"] / n < 0.5, styles
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"])
    total = sum(countries.values())
    named = {k: v for k, v in countries.items() if k}
    assert len(named) >= 30
    assert max(named.values()) / total <= 0.08, Counter(named).most_common(3)
    assert countries[None] >= 1
    asia = sum(bool(asia_ & {c["claimant_country"] for c in it["claims"]}) for it in items)
    assert asia / n >= 0.4, asia
    ru_ua = sum(any(c["claimant_country"] in {"RUS", "UKR"} for c in it["claims"]) for it in items)
    assert ru_ua <= n // 10


def check_size_ids_and_shared_checks(items) -> None:
    assert 48 <= len(items) <= 52
    assert [it["id"] for it in items] == [f"d25-{n:03d}" for n in range(1, len(items) + 1)]


def check_items_are_whole_short_articles_dev25(items) -> None:
    for it in items:
        paras = it["text"].split("\n\n")
        body = paras[1:] if _has_title(it) else paras
        assert 3 <= len(body) <= 6, it["id"]
        assert ("headline" in it["kinds"]) == _has_title(it), it["id"]


def check_every_denied_content_lies_in_a_statement_of_the_denied_author_dev25(items) -> None:
    """A denied content is told by a gold statement (not a deny) of the author the gold denial names; a denial naming
    no author answers a claim only its own words mention (a mention-only denial) or one of an author the text names."""
    for it in items:
        for d in it["denials"]:
            target = d.get("denies_content_contains")
            if not target:
                continue
            sent = _sentence_of(it, target)
            if "denies_claim_of_country" in d:
                assert any(c["claimant_country"] == d["denies_claim_of_country"] for c in _claims_in(it, sent)), \
                    (it["id"], d)
            else:
                assert "mention-only-denial" in it["kinds"] and _claims_in(it, sent, deny=True), (it["id"], d)


def check_kinds_agree_with_the_labels_dev25(items, denial_kinds, negation) -> None:
    for it in items:
        kinds, text, claims, denials = set(it["kinds"]), it["text"], it["claims"], it["denials"]
        stances = {c["stance"] for c in claims}
        paras = text.split("\n\n")
        deny_claims = [c for c in claims if c["stance"] == "deny"]
        assert ("no-denial" in kinds) == (not denials), it["id"]
        if kinds & denial_kinds:
            assert denials, it["id"]
        if kinds & {"two-denials", "two-denials-one-claim"}:
            assert len(denials) >= 2 and len(deny_claims) >= 2, it["id"]
        if "two-denials-one-claim" in kinds:
            contents = Counter(d.get("denies_content_contains") for d in denials)
            assert max(contents.values()) >= 2, it["id"]
        if "several-statements-one-denied" in kinds:
            # the denied statement is one of two or more of its author, and the others stand undenied
            ok = False
            for d in denials:
                target = d.get("denies_content_contains")
                if not target:
                    continue
                author = _claims_in(it, _sentence_of(it, target))[0]["claimant_country"]
                mine = [c for c in claims if c["stance"] != "deny" and c["claimant_country"] == author]
                hit = {dd["denies_content_contains"] for dd in denials if dd.get("denies_content_contains")}
                ok |= len(mine) >= 2 and any(c["content_contains"] not in hit for c in mine)
            assert ok, it["id"]
        if kinds & {"three-claims-one-denied", "three-claims-two-denied"}:
            others = [c for c in claims if c["stance"] != "deny"]
            assert len(others) >= 3 and 1 <= len(denials) <= 2 and len(denials) < len(others), it["id"]
        if "same-country-sides" in kinds and denials:
            assert any(d["denier_country"] == d.get("denies_claim_of_country") for d in denials), it["id"]
        if "headline-denial" in kinds:
            assert _has_title(it) and any(c["content_contains"].lower() in paras[0].lower() for c in deny_claims), \
                it["id"]
        if "denial-before-claim" in kinds:
            assert any(_pos(text, c["content_contains"]) < _pos(text, d["denies_content_contains"])
                       for d in denials if d.get("denies_content_contains")
                       for c in deny_claims if c["claimant_country"] == d["denier_country"]), it["id"]
        if "denial-later-paragraph" in kinds:
            def para_of(sub):
                return next(i for i, p in enumerate(paras) if sub.lower() in p.lower())
            assert any(para_of(c["content_contains"]) > para_of(d["denies_content_contains"])
                       for d in denials if d.get("denies_content_contains")
                       for c in deny_claims if c["claimant_country"] == d["denier_country"]), it["id"]
        if "trailing-denial" in kinds:
            assert any(_claims_in(it, _sentence_of(it, d["denies_content_contains"]), deny=True)
                       and _pos(text, d["denies_content_contains"]) < min(_pos(text, c["content_contains"])
                                                                          for c in deny_claims)
                       for d in denials if d.get("denies_content_contains")), it["id"]
        if "mention-only-denial" in kinds:
            assert any("denies_claim_of_country" not in d for d in denials), it["id"]
        if "report-rebuttal" in kinds:
            tail = "\n\n".join(paras[-2:]).lower()
            assert any(c["content_contains"].lower() in tail for c in deny_claims), it["id"]
        if "confirmation" in kinds:
            assert "confirm" in stances, it["id"]
        if "allegation" in kinds:
            assert "allege" in stances, it["id"]
        if "negated-assert" in kinds:
            assert any(c["stance"] == "assert" and negation.search(c["content_contains"]) for c in claims), it["id"]
        if "denial-word-non-denial" in kinds:
            assert any(c["stance"] != "deny" and re.search(r"\bdeni", c["content_contains"]) for c in claims), it["id"]


def check_mix_of_denials_styles_and_regions_dev25(items, africa, latin_america) -> None:
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.55 <= with_denial / len(items) <= 0.70, with_denial
    kinds = Counter(k for it in items for k in it["kinds"])
    # the brief's focus: pointed denials among one author's statements, same-country sides, headline denials,
    # two denials of one claim, denials before the claim, several claimants of which only some are denied
    assert kinds["several-statements-one-denied"] >= 8
    assert kinds["same-country-sides"] >= 15
    assert kinds["headline-denial"] >= 3
    assert kinds["two-denials-one-claim"] >= 5
    assert kinds["denial-before-claim"] >= 4
    assert kinds["three-claims-one-denied"] + kinds["three-claims-two-denied"] >= 4
    for k in ("trailing-denial", "mention-only-denial", "naming-denial", "pronoun-speaker", "title-speaker", "chain",
              "non-denial", "negated-assert", "confirmation", "allegation", "report-rebuttal", "federal-regional",
              "government-opposition", "army-rebels"):
        assert kinds[k] >= 1, k
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 7 and styles["wire"] / len(items) < 0.5, styles
    for style in ("radio", "court", "police", "local-paper", "fact-check", "ngo-report", "un-report"):
        assert styles[style] >= 1, style
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"])
    named = {k: v for k, v in countries.items() if k}
    assert len(named) >= 30
    assert max(named.values()) / sum(countries.values()) <= 0.08, Counter(named).most_common(3)
    assert countries[None] >= 1
    weighted = sum(v for k, v in named.items() if k in africa | latin_america)
    assert weighted / sum(named.values()) >= 0.6
    ru_ua = sum(any(c["claimant_country"] in {"RUS", "UKR"} for c in it["claims"]) for it in items)
    assert ru_ua <= len(items) // 10


def check_size_ids_and_labels(items, least, most) -> None:
    assert least <= len(items) <= most


def check_kinds_agree_with_the_labels_dev26(items, stamp, turn, negation, denial_kinds) -> None:
    for it in items:
        kinds, text, claims, denials = set(it["kinds"]), it["text"], it["claims"], it["denials"]
        paras = text.split("\n\n")
        stances = {c["stance"] for c in claims}
        deny_subs = [c["content_contains"] for c in claims if c["stance"] == "deny"]
        targets = [d["denies_content_contains"] for d in denials if d.get("denies_content_contains")]
        assert ("no-denial" in kinds) == (not denials), it["id"]
        if kinds & denial_kinds:
            assert denials, it["id"]
        if "same-country-sides" in kinds and denials:
            assert any(d.get("denies_claim_of_country") == d["denier_country"] for d in denials), it["id"]
        if "two-denials-one-claim" in kinds:
            assert max(Counter(targets).values()) >= 2, it["id"]
        if "several-claims-different-denials" in kinds:
            assert len(set(targets)) >= 2, it["id"]
        if "one-author-several-statements" in kinds and denials:
            # the denied author makes another statement the denial leaves alone
            for d in denials:
                if "denies_claim_of_country" in d:
                    assert sum(c["claimant_country"] == d["denies_claim_of_country"] and c["stance"] != "deny"
                               for c in claims) >= 2, it["id"]
        if "three-claims-some-denied" in kinds:
            others = [c for c in claims if c["stance"] != "deny"]
            assert len(others) >= 3 and len(set(targets)) < len(others), it["id"]
        if "headline-denial" in kinds:
            assert not re.search(r"[.!?\"]$", paras[0]) and any(s.lower() in paras[0].lower() for s in deny_subs), it["id"]
        if "headline" in kinds:
            assert not re.search(r"[.!?\"]$", paras[0]), it["id"]
        if "denial-before-claim" in kinds:
            assert any(_pos(text, s) < _pos(text, t) for s in deny_subs for t in targets), it["id"]
        if "denial-later-paragraph" in kinds:
            assert any(_para_3(text, s) > _para_3(text, t) for s in deny_subs for t in targets), it["id"]
        if "trailing-denial" in kinds:
            assert any(_para_3(text, s) == len(paras) - 1 for s in deny_subs), it["id"]
        if "vague-object-denial" in kinds:
            assert any("denies_content_contains" not in d for d in denials), it["id"]
        if "denier-of-no-country" in kinds:
            assert any(d["denier_country"] is None for d in denials), it["id"]
        if "report-rebuttal" in kinds:
            assert any(d.get("denies_claim_of_country", 0) is None for d in denials), it["id"]
        if "confirmation" in kinds:
            assert "confirm" in stances, it["id"]
        if "allegation" in kinds:
            assert "allege" in stances, it["id"]
        if "negated-assert" in kinds:
            assert any(c["stance"] == "assert" and negation.search(c["content_contains"]) for c in claims), it["id"]
        if "live-blog" in kinds:
            assert 3 <= sum(bool(stamp.match(p)) for p in paras) <= 5, it["id"]
        if "transcript" in kinds:
            assert sum(bool(turn.match(p)) for p in paras) >= 3, it["id"]
        if "quote-over-paragraphs" in kinds:
            assert any(p.count('"') % 2 == 1 and n.startswith('"') for p, n in zip(paras, paras[1:])), it["id"]


def check_mix_of_denials_constructions_and_regions(items) -> None:
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.55 <= with_denial / len(items) <= 0.70, with_denial
    kinds = Counter(k for it in items for k in it["kinds"])
    assert kinds["one-author-several-statements"] >= 10
    assert kinds["same-country-sides"] >= 10
    assert kinds["headline-denial"] >= 3 and kinds["two-denials-one-claim"] >= 5
    assert kinds["denial-before-claim"] >= 3 and kinds["three-claims-some-denied"] >= 3
    for k in ("trailing-denial", "mention-only-denial", "naming-denial", "pronoun-speaker", "non-denial",
              "negated-assert", "confirmation", "transcript", "live-blog", "partisan-outlet", "quote-over-paragraphs"):
        assert kinds[k] >= 1, k
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 30
    assert max(countries.values()) / sum(countries.values()) <= 0.08, countries.most_common(3)
    ru_ua = sum(any(c["claimant_country"] in {"RUS", "UKR"} for c in it["claims"]) for it in items)
    assert ru_ua <= len(items) // 10
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 7 and styles["wire"] / len(items) < 0.7, styles


def check_kinds_agree_with_the_labels_dev27(items, denial_kinds, negation) -> None:
    for it in items:
        kinds, text, claims, denials = set(it["kinds"]), it["text"], it["claims"], it["denials"]
        stances = {c["stance"] for c in claims}
        denies = [c for c in claims if c["stance"] == "deny"]
        targets = [d["denies_content_contains"] for d in denials if d.get("denies_content_contains")]
        assert ("no-denial" in kinds) == (not denials), it["id"]
        if kinds & denial_kinds:
            assert denials, it["id"]
        if "same-country-sides" in kinds and denials:
            assert any(d["denier_country"] == d.get("denies_claim_of_country") for d in denials), it["id"]
        if "two-denials-one-claim" in kinds:
            assert len(denials) >= 2 and max(Counter(targets).values()) >= 2, it["id"]
        if "headline-denial" in kinds:
            head = text.split("\n\n")[0]
            assert not re.search(r"[.!?\"]$", head), it["id"]
            assert any(c["content_contains"] in head for c in denies), it["id"]
        if "headline" in kinds:
            assert not re.search(r"[.!?\"]$", text.split("\n\n")[0]), it["id"]
        if "denial-before-claim" in kinds:
            assert any(_pos(text, c["content_contains"]) < _pos(text, t) for c in denies for t in targets), it["id"]
        if "denial-later-paragraph" in kinds:
            assert any(_para_3(text, c["content_contains"]) > _para_3(text, t) for c in denies for t in targets), it["id"]
        if "one-author-several-statements" in kinds and denials:
            # the denied statement's author made another statement of the item that no denial answers
            for d in denials:
                t, author = d["denies_content_contains"].lower(), d.get("denies_claim_of_country", "?")
                others = [c for c in claims if c["stance"] != "deny" and c["claimant_country"] == author
                          and t not in c["content_contains"].lower() and c["content_contains"].lower() not in t]
                assert others, (it["id"], d)
        if "three-claims-some-denied" in kinds:
            assert len({c["claimant_country"] for c in claims}) >= 3 or len(claims) >= 5, it["id"]
            undenied = [c for c in claims if c["stance"] != "deny"
                        and not any(t.lower() in c["content_contains"].lower() for t in targets)]
            assert len(undenied) >= 2, it["id"]
        if "lone-denial" in kinds:
            assert any("denies_claim_of_country" not in d for d in denials), it["id"]
        if "confirmation" in kinds:
            assert "confirm" in stances, it["id"]
        if "allegation" in kinds:
            assert "allege" in stances, it["id"]
        if "negated-assert" in kinds:
            assert any(c["stance"] == "assert" and negation.search(c["content_contains"]) for c in claims), it["id"]
        if "radio" in kinds:
            assert it["style"] == "radio", it["id"]


def check_mix_of_denials_styles_and_regions_dev27(items) -> None:
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.55 <= with_denial / len(items) <= 0.70, with_denial
    kinds = Counter(k for it in items for k in it["kinds"])
    # the brief's focus constructions
    assert kinds["one-author-several-statements"] >= 15
    assert kinds["same-country-sides"] >= 15
    assert kinds["headline-denial"] >= 4 and kinds["two-denials-one-claim"] >= 4
    assert kinds["denial-before-claim"] >= 4 and kinds["three-claims-some-denied"] >= 3
    for k in ("trailing-denial", "mention-only-denial", "naming-denial", "pronoun-speaker", "title-speaker",
              "non-denial", "negated-assert", "confirmation", "chain"):
        assert kinds[k] >= 1, k
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 6, styles
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 40
    assert max(countries.values()) / sum(countries.values()) < 0.08, countries.most_common(3)
    ru_ua = sum(any(c["claimant_country"] in {"RUS", "UKR"} for c in it["claims"]) for it in items)
    assert ru_ua <= len(items) // 10


def check_items_are_whole_short_articles_heldout9(items) -> None:
    # a title line, when there is one, is a line with no final full stop: a headline, a dateline or a station intro
    titled = [it for it in items if not it["text"].split("\n\n")[0].endswith(".")]
    assert len(titled) >= 15, len(titled)


def check_mix_of_denials_stances_styles_and_regions_heldout9(items, regions_) -> None:
    regions = region_counts(items, regions_)
    assert all(regions[name] >= 4 for name in regions_ if name != "north-africa"), regions
    assert regions["north-africa"] >= 2, regions
    assert regions["mideast"] >= 8 and regions["asia"] >= 7 and regions["west-africa"] >= 6, regions
    kinds = Counter(k for it in items for k in it["kinds"])
    for k in ("denial-later-paragraph", "denial-before-claim", "live-blog", "fact-check", "partisan", "non-denial",
              "same-country-sides", "background", "chain", "unnamed-source", "pronoun-speaker", "title-speaker",
              "surname-speaker", "rebuttal-last-paragraph", "trailing-denial", "transcript", "interview-qa",
              "headline-denial", "reporter-question-claim", "lone-denial", "implied-claim", "third-party-denier",
              "denier-of-no-country", "denial-mentions-claim", "denial-of-denial", "deny-in-quote", "deny-in-turn",
              "vague-object-denial", "naming-denial", "negated-neutral", "confirmation", "allegation",
              "contradicting-account", "claim-of-no-country-denied", "announced-plan"):
        assert kinds[k] >= 1, k
    assert kinds["two-claims-two-deniers"] >= 4
    assert kinds["two-denials-one-claim"] >= 4
    assert kinds["three-claims-some-denied"] >= 20
    assert kinds["one-author-several-statements"] >= 6
    assert kinds["denial-before-claim"] >= 4 and kinds["headline-denial"] >= 3
    assert kinds["same-country-sides"] >= 12
    assert kinds["no-country-claim"] >= 20 and kinds["negated-neutral"] >= 20
    assert {"wire", "live-blog", "ministry-statement", "army-communique", "partisan", "radio", "transcript",
            "interview", "fact-check", "ngo-report", "un-report", "local-paper"} <= {it["style"] for it in items}
    # wire copy is the bulk but not the whole: at most 60 % of the items
    assert sum(it["style"] == "wire" for it in items) <= 0.6 * len(items)


def check_partisan_items_come_from_both_sides_heldout9(items) -> None:
    """The two partisan outlets speak for opposite camps: one for an armed movement, one for a government."""
    heads = [it["text"].split("\n\n")[0] for it in items if it["style"] == "partisan"]
    assert len(heads) >= 2
    assert any("pro-government" in h for h in heads) and not all("pro-government" in h for h in heads)


def check_transcript_turns_are_short_heldout9(items) -> None:
    """Transcripts and the interview alternate questions and answers: each Q turn is one question."""
    for it in items:
        if it["style"] not in ("transcript", "interview"):
            continue
        for para in it["text"].split("\n\n"):
            if para.startswith("Q: "):
                assert para.endswith("?") and len(sentences(para)) == 2, (it["id"], para[:60])


def check_mix_of_denials_stances_styles_and_regions_heldout10(items, regions_) -> None:
    regions = region_counts(items, regions_)
    assert all(regions[name] >= 5 for name in regions_ if name != "north-africa"), regions
    assert regions["north-africa"] >= 2, regions
    assert regions["mideast"] >= 8 and regions["asia-pacific"] >= 8 and regions["west-central-africa"] >= 7, regions
    kinds = Counter(k for it in items for k in it["kinds"])
    for k in ("denial-later-paragraph", "denial-before-claim", "live-blog", "fact-check", "partisan", "non-denial",
              "same-country-sides", "chain", "unnamed-source", "pronoun-speaker", "title-speaker",
              "surname-speaker", "rebuttal-last-paragraph", "transcript", "interview-qa",
              "headline-denial", "reporter-question-claim", "lone-denial", "implied-claim", "third-party-denier",
              "denier-of-no-country", "denial-mentions-claim", "deny-in-quote", "deny-in-turn",
              "vague-object-denial", "naming-denial", "negated-neutral", "confirmation", "allegation",
              "contradicting-account", "claim-of-no-country-denied", "announced-plan", "two-that-clauses"):
        assert kinds[k] >= 1, k
    assert kinds["two-denials-one-claim"] >= 4
    assert kinds["three-claims-some-denied"] >= 20
    # the brief's emphasis: one author's several statements of which one is denied, headline denials, same-country
    # sides, speakers of no country, chained reports
    assert kinds["one-author-several-statements"] >= 8
    assert kinds["denial-before-claim"] >= 4 and kinds["headline-denial"] >= 5
    assert kinds["same-country-sides"] >= 15 and kinds["chain"] >= 4
    assert kinds["no-country-claim"] >= 25 and kinds["negated-neutral"] >= 20
    assert {"wire", "live-blog", "ministry-statement", "army-communique", "partisan", "radio", "transcript",
            "interview", "fact-check", "ngo-report", "un-report", "local-paper"} <= {it["style"] for it in items}
    # wire copy is the bulk but not the whole: at most 60 % of the items
    assert sum(it["style"] == "wire" for it in items) <= 0.6 * len(items)


def check_partisan_items_come_from_both_sides_heldout10(items) -> None:
    """The two partisan outlets speak for different camps: one for a national government, one for another authority."""
    heads = [it["text"].split("\n\n")[0] for it in items if it["style"] == "partisan"]
    assert len(heads) >= 2
    assert any("pro-government" in h for h in heads) and not all("pro-government" in h for h in heads)


def check_items_are_whole_short_articles_heldout11(items) -> None:
    # about half open with a title line: a line with no final full stop (a headline, masthead or station intro)
    titled = [it for it in items if not it["text"].split("\n\n")[0].endswith(".")]
    assert 0.35 * len(items) <= len(titled) <= 0.65 * len(items), len(titled)


def check_mix_of_denials_stances_styles_and_regions_heldout11(items, regions_) -> None:
    regions = region_counts(items, regions_)
    assert all(regions[name] >= 6 for name in regions_ if name != "north-africa"), regions
    assert regions["north-africa"] >= 3, regions
    kinds = Counter(k for it in items for k in it["kinds"])
    for k in ("denial-later-paragraph", "denial-before-claim", "live-blog", "fact-check", "partisan", "non-denial",
              "same-country-sides", "chain", "unnamed-source", "pronoun-speaker", "title-speaker",
              "surname-speaker", "rebuttal-last-paragraph", "transcript", "interview-qa", "trailing-denial",
              "headline-denial", "reporter-question-claim", "lone-denial", "implied-claim", "third-party-denier",
              "denier-of-no-country", "denial-mentions-claim", "deny-in-quote", "deny-in-turn", "denial-of-denial",
              "vague-object-denial", "naming-denial", "negated-neutral", "confirmation", "allegation",
              "contradicting-account", "claim-of-no-country-denied", "announced-plan", "two-that-clauses",
              "quote-spanning-paragraphs", "two-claims-two-deniers"):
        assert kinds[k] >= 1, k
    assert kinds["two-denials-one-claim"] >= 6
    assert kinds["three-claims-some-denied"] >= 25
    # the brief's emphasis: one author's several statements of which one is denied, denials naming only a topic,
    # denials paragraphs after the claim, headline denials, same-country sides, speakers of no country, chained
    # reports, two denials of one claim, negated statements with a neutral verb
    assert kinds["one-author-several-statements"] >= 10
    assert kinds["topic-only-denial"] >= 8
    assert kinds["denial-later-paragraph"] >= 15 and kinds["headline-denial"] >= 5
    assert kinds["same-country-sides"] >= 18 and kinds["chain"] >= 5
    assert kinds["no-country-claim"] >= 25 and kinds["negated-neutral"] >= 25
    assert {"wire", "live-blog", "ministry-statement", "army-communique", "partisan", "radio", "transcript",
            "interview", "fact-check", "ngo-report", "un-report", "local-paper", "court"} <= {it["style"] for it in items}
    # wire copy is the bulk but not the whole: at most 60 % of the items
    assert sum(it["style"] == "wire" for it in items) <= 0.6 * len(items)


def check_same_country_denials_and_speakers_of_no_country(items) -> None:
    """Denials between two sides of one country, and claims and denials by speakers of no country, are a good part
    of the set, not a token."""
    same = [d for it in items for d in it["denials"] if d.get("denies_claim_of_country") == d["denier_country"]]
    assert len(same) >= 12, len(same)
    no_country = [d for it in items for d in it["denials"]
                  if d["denier_country"] is None or d.get("denies_claim_of_country", None) is None]
    assert len(no_country) >= 8, len(no_country)


def check_items_are_whole_short_articles_dev28(items) -> None:
    # about half carry a title line: a line with no final full stop (a headline, a station intro, a statement title)
    titled = [it for it in items if not it["text"].split("\n\n")[0].endswith(".")]
    assert 0.35 * len(items) <= len(titled) <= 0.65 * len(items), len(titled)


def check_kinds_agree_with_the_labels_dev28(items) -> None:
    for it in items:
        kinds, text = set(it["kinds"]), it["text"]
        denies = [c for c in it["claims"] if c["stance"] == "deny"]
        if "anaphoric-denial" in kinds:
            # the body's denial names the claim only by a bare noun ("dismissed the claim", "that report")
            assert any(re.search(r"\b(the|that) (claim|accusation|allegation|report|reports|students' account)\b",
                                 c["content_contains"]) for c in denies), it["id"]
        if "naming-denial" in kinds:
            # the denial names what it answers by a topic noun or a paraphrase, not by repeating the claim
            assert any(re.search(r"\b(claim|accusation|allegation|allegations|report|reports|story|account|figure|"
                                  r"finding|charge)\b", c["content_contains"]) for c in denies), it["id"]
        if "union-claimant" in kinds or "church-claimant" in kinds or "un-agency" in kinds:
            assert any(c["claimant_country"] is None for c in it["claims"]), it["id"]
        if "regional-authority" in kinds:
            assert any(d.get("denies_claim_of_country") == d["denier_country"] for d in it["denials"]), it["id"]
        if "headline-denial" in kinds:
            # the headline names the denied content; the body denies the same claim again
            assert len([d for d in it["denials"] if d.get("denies_content_contains")]) >= 2, it["id"]
            head = text.split("\n\n")[0]
            assert sum(c["content_contains"] in head for c in denies) == 1, it["id"]


def check_mix_of_denials_stances_styles_and_regions_dev28(items, regions_) -> None:
    with_denial = sum(bool(it["denials"]) for it in items)
    # a set aimed at the linker: most items hold a denial, a few hold only false alarms
    assert 0.80 <= with_denial / len(items) <= 0.95, with_denial
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 50 and stances["allege"] >= 5 and stances["confirm"] >= 4, stances
    regions = region_counts(items, regions_)
    assert all(regions[name] >= 5 for name in regions_ if name != "north-africa"), regions
    assert regions["north-africa"] >= 3, regions
    kinds = Counter(k for it in items for k in it["kinds"])
    # the brief's five constructions
    assert kinds["one-author-several-statements"] >= 30 and kinds["naming-denial"] >= 25
    assert kinds["headline-denial"] >= 8 and kinds["anaphoric-denial"] >= 8
    assert kinds["claim-of-no-country-denied"] >= 12 and kinds["denier-of-no-country"] >= 1
    assert kinds["same-country-sides"] >= 12
    assert kinds["two-denials-one-claim"] >= 12 and kinds["denial-before-claim"] >= 12
    for k in ("union-claimant", "church-claimant", "un-agency", "regional-authority", "transcript", "live-blog",
              "chain", "confirmation", "allegation", "negated-neutral", "contradicting-account", "non-denial",
              "denial-mentions-claim", "deny-in-turn", "unnamed-source", "pronoun-speaker", "no-denial"):
        assert kinds[k] >= 1, k
    styles = Counter(it["style"] for it in items)
    assert {"wire", "local-paper", "radio", "ministry-statement", "army-communique", "live-blog", "transcript",
            "ngo-report", "un-report", "fact-check", "court-report"} <= set(styles), styles
    assert styles["wire"] <= 0.6 * len(items)


def check_two_denials_of_one_claim_are_two_deny_statements(items) -> None:
    """Each of the two denials of one claim is its own deny statement (headline and body, or two speakers)."""
    for it in items:
        if "two-denials-one-claim" not in it["kinds"]:
            continue
        target = Counter(d.get("denies_content_contains") for d in it["denials"]).most_common(1)[0][1]
        assert sum(c["stance"] == "deny" for c in it["claims"]) >= target, it["id"]


def check_transcript_turns_are_short_dev28(items) -> None:
    for it in items:
        if it["style"] != "transcript":
            continue
        for para in it["text"].split("\n\n"):
            if para.startswith("Q: "):
                assert para.endswith("?") and len(sentences(para)) == 2, (it["id"], para[:60])


def check_quoted_denials_sit_inside_quote_marks(items, quote, focus_min) -> None:
    """A quoted denial ("'These reports are lies,' the spokesman said") has its deny statement inside a quotation."""
    found = 0
    for it in items:
        if "quoted-denial" not in it["kinds"]:
            continue
        spans = [m.span() for m in quote.finditer(it["text"])]
        text = it["text"].lower()
        inside = [c for c in it["claims"] if c["stance"] == "deny"
                  and any(a < text.index(c["content_contains"].lower()) < b for a, b in spans)]
        assert inside, it["id"]
        found += 1
    assert found >= focus_min


def check_surname_speakers_were_first_named_in_full(items, short_name, focus_min) -> None:
    """A speaker named again by title and one part of the name ("Mr Otieno said") was named in full before."""
    found = 0
    for it in items:
        if "surname-speaker" not in it["kinds"]:
            continue
        text = it["text"]
        ok = False
        for m in short_name.finditer(text):
            name = m.group(1)
            full = re.search(rf"\b[A-Z][A-Za-z-]+ (?:[A-Z][A-Za-z-]+ )*(?:[a-z]+-)?{re.escape(name)}\b"
                             rf"|\b{re.escape(name)} [A-Z][a-z]+",
                             text[: m.start()])
            ok = ok or bool(full)
        assert ok, it["id"]
        found += 1
    assert found >= focus_min


def check_court_and_local_paper_items(items, focus_min) -> None:
    """Court reports set a prosecution against a defence; local papers open with their masthead and quote local
    officials."""
    courts = [it for it in items if it["style"] == "court"]
    assert len(courts) >= focus_min
    for it in courts:
        low = it["text"].lower()
        assert "prosecut" in low and re.search(r"\b(lawyer|counsel|defence|defendant|accused)\b", low), it["id"]
    papers = [it for it in items if it["style"] == "local-paper"]
    assert len(papers) >= focus_min
    for it in papers:
        assert not it["text"].split("\n\n")[0].endswith("."), it["id"]
    # most court and local-paper items hold a denial, and some hold none
    for group in (courts, papers):
        with_denial = sum(bool(it["denials"]) for it in group)
        assert 0.5 * len(group) <= with_denial < len(group)


def check_same_country_sides(items, focus_min) -> None:
    """Federal against regional government, army against militia, ruling party against opposition, prosecution
    against defence: denials between two sides of one country are the bulk of the set's denials."""
    same_items = [it for it in items if "same-country-sides" in it["kinds"]]
    assert len(same_items) >= focus_min
    assert sum("ruling-vs-opposition" in it["kinds"] for it in items) >= 3


def check_speakers_of_no_state_dev30(items, speaker_kinds, focus_min) -> None:
    """About 20 items or more hold a speaker of no state; every kind of such speaker is there, and the country
    conventions hold: residents, civil-society and diaspora bodies speak for no country (`null`)."""
    focus = [it for it in items if set(it["kinds"]) & speaker_kinds]
    assert len(focus) >= focus_min
    per_kind = Counter(k for it in items for k in it["kinds"] if k in speaker_kinds)
    assert set(per_kind) == speaker_kinds and min(per_kind.values()) >= 2, per_kind


def check_one_author_several_statements(items, focus_min) -> None:
    """About 20 items: an author makes three or more statements and a denial answers one of them, most often by a
    topic noun only; the denied statement is not always the author's first."""
    several = [it for it in items if "one-author-several-statements" in it["kinds"]]
    assert len(several) >= focus_min
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


def check_regions(items, regions) -> None:
    """Mostly Latin America, South and Southeast Asia, the Caucasus, the Balkans and Southern Africa; nothing from
    the regions another writer covers."""
    per_region = region_counts(items, regions)
    for region in ("latin-america", "south-asia", "southeast-asia", "southern-africa"):
        assert per_region[region] >= 5, per_region
    assert per_region["caucasus"] >= 3 and per_region["balkans"] >= 3, per_region
    assert per_region["elsewhere"] == 0, per_region


def check_kinds_agree_with_the_labels_dev33(items) -> None:
    for it in items:
        kinds = set(it["kinds"])
        assert ("interview-qa" in kinds) == (it["style"] == "press-conference"), it["id"]
        if "background-denial" in kinds:
            assert re.search(r"\b(has|have) (previously |repeatedly |long )?(rejected|denied)\b", it["text"]), it["id"]
        if "implied-claim" in kinds:
            # the denied claim is only mentioned inside the denial: its words lie inside a deny statement's sentence
            deny = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
            assert any(d["denies_content_contains"].split()[-1] in " ".join(deny) or
                       any(d["denies_content_contains"] in s and any(x in s for x in deny)
                           for s in sentences(it["text"])) for d in it["denials"]), it["id"]


def check_speakers_of_no_state_dev33(items) -> None:
    # denials by a speaker of a country of a claim of no country (or of no named author)
    denials = [d for it in items for d in it["denials"]]
    assert sum(d.get("denies_claim_of_country", None) is None for d in denials if d["denier_country"]) >= 8
    assert sum(c["claimant_country"] is None for it in items for c in it["claims"]) >= 40


def check_mix_of_denials_styles_regions_and_countries_dev33(items, regions_) -> None:
    regions = region_counts(items, regions_)
    assert all(n >= 5 for n in regions.values()), regions
    # Africa north of the equator and the Middle East: every item has a claimant of one of these regions
    home = set().union(*regions_.values())
    assert all(home & {c["claimant_country"] for c in it["claims"]} for it in items)


def check_items_are_whole_short_articles_of_varied_length_dev35(items) -> None:
    for it in items:
        assert it["outlet"] is None or (isinstance(it["outlet"], str) and it["outlet"]), it["id"]


def check_kinds_agree_with_the_labels_dev35(items, word) -> None:
    for it in items:
        kinds = set(it["kinds"])
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        if "named-author-in-denial" in kinds:
            assert any(d.get("denies_content_contains") in deny_subs and d.get("denies_claim_of_country")
                       for d in it["denials"]), it["id"]
        if "paraphrased-denial" in kinds:
            # the denial says it in other words: at most half of the denied words' content words come back in it
            def overlap(d, s):
                target = set(word.findall(d["denies_content_contains"].lower()))
                return len(target & set(word.findall(s.lower()))) <= len(target) / 2
            assert any(overlap(d, s) for d in it["denials"] if d.get("denies_content_contains")
                       for s in deny_subs), it["id"]
        if "anaphoric-denial" in kinds:
            assert any(re.search(r"\b(this|that|it)$", s) for s in deny_subs), it["id"]


def check_mix_of_denials_styles_regions_and_countries_dev35(items, regions_, per_region) -> None:
    regions = region_counts(items, regions_)
    assert all(regions[name] >= per_region for name in regions_), regions


def check_items_are_whole_short_articles_of_varied_length_dev36(items) -> None:
    titled = check_titled(items)
    # the rest open with a dateline in capitals ("BAMAKO, March 4 - ...")
    datelined = [it for it in items if it not in titled and re.match(r"^[A-Z][A-Z' ]+, ", it["text"])]
    assert len(datelined) >= 0.35 * len(items), len(datelined)


def check_kinds_agree_with_the_labels_dev36(items) -> None:
    for it in items:
        kinds = set(it["kinds"])
        if "denial-in-other-words" in kinds:
            # the denial's words are not the denied claim's words: no deny statement holds the gold target
            deny_subs = [c["content_contains"].lower() for c in it["claims"] if c["stance"] == "deny"]
            for d in it["denials"]:
                target = (d.get("denies_content_contains") or "").lower()
                assert target and not any(target in s or s in target for s in deny_subs), it["id"]
        if "unnamed-official" in kinds:
            assert re.search(r"\banonymity\b|\bwho asked not to be named\b", it["text"]), it["id"]


def check_mix_of_denials_styles_countries_and_regions(items, regions_) -> None:
    regions = region_counts(items, regions_)
    assert all(regions[r] >= 1 for r in regions_), regions
    # Israel and the Palestinian territories in at most 3 items
    assert sum(bool({"ISR", "PSE"} & {c["claimant_country"] for c in it["claims"]}) for it in items) <= 3


def check_mix_of_denials_styles_regions_and_countries_heldout17(items, regions_) -> None:
    regions = region_counts(items, regions_)
    assert all(5 <= regions[name] <= 9 for name in regions_), regions


def check_kinds_agree_with_the_labels_dev37(items, relative_accusation, untrue, denial_verb) -> None:
    for it in items:
        kinds = set(it["kinds"])
        if "relative-clause-accusation" in kinds:
            # the accusation sits in a relative clause and is an allege statement of its own
            assert relative_accusation.search(it["text"]), it["id"]
            assert any(c["stance"] == "allege" for c in it["claims"]), it["id"]
        if "verbless-denial" in kinds:
            # a sentence holding a deny statement calls the claim untrue with no denial verb
            deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
            assert any(s in sent and untrue.search(sent) and not denial_verb.search(sent)
                       for s in deny_subs for sent in sentences(it["text"])), it["id"]


def check_kinds_agree_with_the_labels_dev38(items, deny_verb, relative) -> None:
    for it in items:
        kinds, text = set(it["kinds"]), it["text"]
        if "relative-clause-accusation" in kinds:
            # the accusation is told in a relative clause, and its statement is a gold claim of that sentence
            rel = [s for s in sentences(text) if relative.search(s)]
            assert rel, it["id"]
            assert any(c["content_contains"] in s for c in it["claims"] if c["stance"] in ("allege", "assert")
                       for s in rel), it["id"]
        if "false-without-denial-verb" in kinds:
            # a deny statement whose sentence has no denying verb: it calls the claim false in other words
            assert any(not deny_verb.search(_sentence_of_2(text, c["content_contains"]))
                       for c in it["claims"] if c["stance"] == "deny"), it["id"]


def check_mostly_long_articles_with_some_short_ones(items) -> None:
    lengths = [len(sentences(it["text"])) for it in items]
    assert sum(n >= 9 for n in lengths) >= 30, lengths
    assert 8 <= sum(n <= 7 for n in lengths) <= 15, lengths


def check_several_disputes_in_the_long_articles(items) -> None:
    """A long article has several statements of one author and a denial that must pick among them."""
    long_ = [it for it in items if len(sentences(it["text"])) >= 9]
    busy = [it for it in long_ if len(it["claims"]) >= 8 and it["denials"]]
    assert len(busy) >= 30, len(busy)
    assert sum(len({c["claimant_country"] for c in it["claims"]}) >= 3 for it in long_) >= 12


def check_kinds_agree_with_the_labels_dev40(items) -> None:
    for it in items:
        kinds, text = set(it["kinds"]), it["text"]
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        if "denial-before-claim" in kinds:
            pos = {s: text.find(s) for s in deny_subs}
            assert any(p < text.find(d["denies_content_contains"]) for p in pos.values()
                       for d in it["denials"] if d.get("denies_content_contains")), it["id"]


def check_kinds_agree_with_the_labels_dev41(items, topic_nouns) -> None:
    for it in items:
        kinds = set(it["kinds"])
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        targets = [d["denies_content_contains"] for d in it["denials"] if d.get("denies_content_contains")]
        if kinds & {"mention-denial", "mention-retold"}:
            # the deny statement words the claim ("rejected claims that journalists had been targeted")
            assert any(len(s.split()) >= 3 and not topic_nouns.search(s) for s in deny_subs), it["id"]
        if "mention-retold" in kinds:
            # the answered claim is the author's own statement told outside the denial
            assert any(not any(t.lower() in s.lower() for s in deny_subs) for t in targets), it["id"]
        if "noun-picks-statement" in kinds:
            # "the group's figures", "the second accusation": the noun picks a statement that is not the author's
            # last one
            assert any(re.search(r"figures|second", s) for s in deny_subs), it["id"]


def check_regions_countries_and_mix_dev41(items, regions_) -> None:
    regions = region_counts(items, regions_)
    assert all(regions[r] >= 9 for r in regions_), regions


def check_items_are_short_whole_articles_dev42(items) -> None:
    for it in items:
        if it["style"] in ("wire", "news-site", "court", "rights-report"):
            # a dateline opens the story
            assert re.match(r"^[A-Z][A-Z' /-]+(, [A-Z][a-z]+)*(, [A-Z][a-z]+ \d+)? (\([A-Za-z ]+\) )?- ",
                            it["text"]) or not it["text"].split("\n\n")[0].endswith("."), it["id"]


def check_kinds_agree_with_the_labels_dev42(items) -> None:
    for it in items:
        kinds = set(it["kinds"])
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        if "denial-in-other-words" in kinds:
            # the denial's words are not the words of the statement it answers
            targets = [d["denies_content_contains"].lower() for d in it["denials"] if d.get("denies_content_contains")]
            assert any(t not in s.lower() and s.lower() not in t for t in targets for s in deny_subs), it["id"]


def check_regions_countries_and_mix_dev42(items, regions_, per_region) -> None:
    regions = region_counts(items, regions_)
    assert all(n >= per_region for n in regions.values()), regions


def check_items_are_short_whole_articles_heldout18(items) -> None:
    for it in items:
        assert "\u2019" not in it["text"] and "\u201c" not in it["text"], it["id"]


def check_kinds_agree_with_the_labels_heldout18(items) -> None:
    for it in items:
        kinds = set(it["kinds"])
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        if "denial-in-other-words" in kinds:
            # the deny statement shares no content word of five letters or more with the claim it answers
            targets = [d["denies_content_contains"] for d in it["denials"] if d.get("denies_content_contains")]
            words = lambda s: {w.lower() for w in re.findall(r"[A-Za-z]{5,}", s)}  # noqa: E731
            assert any(not (words(s) & words(t)) for s in deny_subs for t in targets), it["id"]
        if "pronoun-denial" in kinds:
            assert any(re.match(r"(That|It|This) is (not true|false)", s) for s in deny_subs), it["id"]


def check_regions_countries_and_mix_heldout18(items, regions_) -> None:
    regions = region_counts(items, regions_)
    assert min(regions.values()) >= 5 and max(regions.values()) <= 8, regions


def check_items_are_longer_whole_articles_dev43(items) -> None:
    for it in items:
        n = len(sentences(it["text"]))
        assert n <= (20 if "transcript" in it["kinds"] else 16), (it["id"], n)
    titled = [it for it in items if not it["text"].split("\n\n")[0].endswith(".")]
    assert 0.4 * len(items) <= len(titled) <= 0.7 * len(items), len(titled)
    assert sum(len(it["text"]) for it in items) / len(items) >= 1000


def check_several_statements_and_disputes(items) -> None:
    for it in items:
        # several speakers' statements in every article: two or more claimant countries (a no-country speaker
        # counted as one), or two sides of one country
        assert len(it["claims"]) >= 8, it["id"]
        assert len({c["claimant_country"] for c in it["claims"]}) >= 2 or "same-country-sides" in it["kinds"], it["id"]
        if "several-disputes" in it["kinds"]:
            assert len(it["denials"]) >= 2 or len(it["claims"]) >= 10, it["id"]
    several = [it for it in items if "one-author-several-statements" in it["kinds"]]
    assert len(several) >= 20
    assert sum("several-disputes" in it["kinds"] for it in items) >= 20


def check_kinds_agree_with_the_labels_dev43(items, timestamp, qa_turn, styles, speaker_words, null_speaker_kinds) -> None:
    for it in items:
        kinds, text = set(it["kinds"]), it["text"]
        assert it["style"] in kinds and it["style"] in styles, it["id"]
        deny_subs = _deny_subs(it)
        if "counter-accusation" in kinds:
            deniers = {d["denier_country"] for d in it["denials"]}
            assert any(c["claimant_country"] in deniers and c["stance"] == "allege" for c in it["claims"]), it["id"]
        if "quoted-denial" in kinds:
            paras = [p for p in text.split("\n\n") if any(s in p for s in deny_subs)]
            assert any('"' in p or qa_turn.match(p) for p in paras), it["id"]
        if kinds & {"denial-before-claim", "rule-before"}:
            assert any(text.find(s) < text.find(d["denies_content_contains"]) for s in deny_subs
                       for d in it["denials"] if d.get("denies_content_contains")), it["id"]
        if "mention-in-denial" in kinds:
            # the answered claim is told only inside the denial: its gold target lies inside a deny statement
            assert any(d.get("denies_content_contains", "").lower() in s.lower() for s in deny_subs
                       for d in it["denials"] if d.get("denies_content_contains")), it["id"]
        if "mention-in-denial-retold" in kinds:
            # the denial mentions the claim with its author, but the gold target is the author's own statement
            assert any(not any(d["denies_content_contains"].lower() in s.lower() for s in deny_subs)
                       and "denies_claim_of_country" in d for d in it["denials"]
                       if d.get("denies_content_contains")), it["id"]
        if "first-of-two-tellings" in kinds:
            # the answered author made a later statement as well; the gold target is in an earlier one
            for d in it["denials"]:
                target = d.get("denies_content_contains")
                if not target or "denies_claim_of_country" not in d:
                    continue
                later = [c for c in it["claims"] if c["claimant_country"] == d["denies_claim_of_country"]
                         and c["stance"] != "deny" and text.find(c["content_contains"]) > text.find(target)]
                if later:
                    break
            else:
                raise AssertionError(it["id"])
        if "rule-not-own" in kinds:
            # the denier made statements of its own before the denial, and the gold points at another speaker's
            assert any(c["claimant_country"] == d["denier_country"] and c["stance"] != "deny"
                       and d.get("denies_content_contains", "").lower() not in c["content_contains"].lower()
                       and text.find(c["content_contains"]) < min(text.find(s) for s in deny_subs)
                       for d in it["denials"] for c in it["claims"]), it["id"]
        if "transcript" in kinds:
            turns = [p for p in text.split("\n\n") if qa_turn.match(p)]
            assert sum(p.startswith("Q: ") for p in turns) >= 2 and len(turns) >= 4, it["id"]
        if "live-blog" in kinds:
            # a title line, then every entry opens with its time stamp
            assert all(timestamp.match(p) for p in text.split("\n\n")[1:]), it["id"]
        if "several-hearings" in kinds:
            assert it["style"] == "court" and len(re.findall(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|"
                                                           r"next hearing)\b", text)) >= 2, it["id"]
        if "chained-report" in kinds:
            assert re.search(r"\bquot(ed|ing)\b|\breported\b|\bcarried by\b", text), it["id"]
        if "declined-comment" in kinds:
            assert re.search(r"declined|no comment|not commented|refer(red)? (you|us)|could not be reached", text), \
                it["id"]
        for kind, words in speaker_words.items():
            if kind in kinds:
                assert re.search(words, text, re.I), (it["id"], kind)
        if kinds & null_speaker_kinds:
            assert any(c["claimant_country"] is None for c in it["claims"]), it["id"]


def check_topic_only_denials_dev43(items, topic_nouns) -> None:
    """A topic-only denial has a short deny statement made of a topic noun; its gold target is a claim told elsewhere
    (or, for a denial of a denial, the other side's deny statement)."""
    found = 0
    for it in items:
        if "topic-only-denial" not in it["kinds"]:
            continue
        topic = [s for s in _deny_subs(it) if len(s.split()) <= 6 and topic_nouns.search(s)]
        assert topic, it["id"]
        found += 1
    assert found >= 30


def check_the_ways_denials_come_dev43(items) -> None:
    kinds = Counter(k for it in items for k in it["kinds"])
    wanted = {"flat-denial": 15, "topic-only-denial": 30, "noun-picks-statement": 12, "rule-first-told": 15,
              "first-of-two-tellings": 4, "rule-first-of-matter": 25, "rule-before": 4, "rule-not-own": 4,
              "mention-in-denial": 3, "mention-in-denial-retold": 2, "denial-before-claim": 4,
              "denial-in-other-words": 5, "counter-accusation": 15, "two-denials-one-claim": 4,
              "headline-denial": 3, "same-country-sides": 20, "denier-of-no-country": 5,
              "claim-of-no-country-denied": 20, "no-denial": 5, "lone-denial": 2, "confirmation": 5,
              "quoted-denial": 6, "denial-later-paragraph": 3}
    short = {k: (kinds[k], n) for k, n in wanted.items() if kinds[k] < n}
    assert not short, short
    heads = [it for it in items if "headline-denial" in it["kinds"]]
    for it in heads:
        assert "two-denials-one-claim" in it["kinds"], it["id"]


def check_regions_countries_and_mix_dev43(items, regions_) -> None:
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.85 <= with_denial / len(items) <= 0.92, with_denial
    assert 90 <= sum(len(it["denials"]) for it in items) <= 110
    regions = Counter()
    for it in items:
        first = next(c["claimant_country"] for c in it["claims"] if c["claimant_country"])
        regions.update(name for name, codes in regions_.items() if first in codes)
    assert sum(regions.values()) == len(items) and len(regions) == len(regions_), regions
    assert min(regions.values()) >= 4 and max(regions.values()) <= 7, regions
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 8 and max(styles.values()) <= 0.4 * len(items), styles
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 90 and stances["allege"] >= 30 and stances["confirm"] >= 5, stances
    assert sum(any(c["claimant_country"] is None for c in it["claims"]) for it in items) >= 30
    same = sum(any(d.get("denies_claim_of_country") == d["denier_country"] for d in it["denials"]) for it in items)
    assert same >= 20, same


def check_items_are_short_whole_articles_dev44(items, dateline) -> None:
    for it in items:
        assert "\u2019" not in it["text"] and "\u201c" not in it["text"], it["id"]
        if it["style"] in ("wire", "court", "rights-report"):
            # a dateline opens the story
            assert re.match(dateline, it["text"]), it["id"]


def check_kinds_agree_with_the_labels_dev44(items) -> None:
    for it in items:
        kinds = set(it["kinds"])
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        if "denial-in-other-words" in kinds:
            # the denial's words are not the words of the statement it answers
            targets = [d["denies_content_contains"].lower() for d in it["denials"] if d.get("denies_content_contains")]
            assert any(t not in s.lower() and s.lower() not in t for t in targets for s in deny_subs), it["id"]
        if "pronoun-denial" in kinds:
            assert any(re.match(r"(That|It|This) is (not true|false)", s) for s in deny_subs), it["id"]


def check_items_are_short_whole_articles_dev45(items, dateline) -> None:
    for it in items:
        assert "\u2019" not in it["text"] and "\u201c" not in it["text"], it["id"]
        if it["style"] in ("wire", "court", "rights-report"):
            # a dateline opens the story
            assert dateline.match(it["text"]), it["id"]


def check_kinds_agree_with_the_labels_dev45(items) -> None:
    for it in items:
        kinds, text = set(it["kinds"]), it["text"]
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        targets = [d["denies_content_contains"] for d in it["denials"] if d.get("denies_content_contains")]
        if "denial-in-other-words" in kinds:
            # the denial's words are not the words of the statement it answers
            assert any(t.lower() not in s.lower() and s.lower() not in t.lower() for t in targets for s in deny_subs), \
                it["id"]
        if "pronoun-denial" in kinds:
            assert any(re.match(r"(That|It|This) is (not true|false)", s) for s in deny_subs), it["id"]
        if "headline-speaker-tag" in kinds:
            # the headline carries a speaker's claim, but every denial answers a statement of the body
            head = text.split("\n\n")[0]
            assert any(c["stance"] != "deny" and c["content_contains"] in head for c in it["claims"]), it["id"]
            assert targets and not any(t in head for t in targets), it["id"]
        if "accusation-after-event-lead" in kinds:
            # the answered statement is not its author's first: an event-only lead comes before it
            assert any(_pos(text, c["content_contains"]) < _pos(text, d["denies_content_contains"])
                       for d in it["denials"] for c in it["claims"]
                       if c["claimant_country"] == d.get("denies_claim_of_country", "?") and c["stance"] != "deny"), \
                it["id"]
        if "worded-denial-later-statement" in kinds:
            # a worded denial that answers a later statement of the author, the one telling its proposition
            assert any(_pos(text, c["content_contains"]) < _pos(text, d["denies_content_contains"])
                       for d in it["denials"] for c in it["claims"]
                       if c["claimant_country"] == d.get("denies_claim_of_country", "?") and c["stance"] != "deny"), \
                it["id"]


def check_regions_countries_and_mix_dev45(items, regions_, middle_east_) -> None:
    regions = region_counts(items, regions_)
    assert all(n >= 2 for n in regions.values()) and len(regions) == len(regions_), regions
    assert sum(n for r, n in regions.items() if r in middle_east_) >= 18, regions


def check_kinds_agree_with_the_labels_dev46(items) -> None:
    for it in items:
        kinds = set(it["kinds"])
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        targets = [d["denies_content_contains"] for d in it["denials"] if d.get("denies_content_contains")]
        if "denial-in-other-words" in kinds:
            # the denial's words are not the words of the statement it answers
            assert any(t.lower() not in s.lower() and s.lower() not in t.lower() for t in targets
                       for s in deny_subs), it["id"]
        if "pronoun-denial" in kinds:
            assert any(re.match(r"(That|It|This) is (not true|false|a lie)", s) for s in deny_subs), it["id"]
        if kinds & {"convention-rule-5"}:
            # told before the claim it answers
            text = it["text"].lower()
            assert any(text.index(s.lower()) < text.index(t.lower()) for s in deny_subs for t in targets), it["id"]
        if kinds & {"convention-rule-2", "convention-rule-3", "convention-rule-4", "convention-rule-7",
                    "convention-rule-8"}:
            # the author of the answered statement makes two statements or more
            authors = {d.get("denies_claim_of_country") for d in it["denials"]}
            assert any(sum(c["claimant_country"] == a and c["stance"] != "deny" for c in it["claims"]) >= 2
                       for a in authors), it["id"]


def check_the_ways_denials_come_dev46(items) -> None:
    wanted = {"flat-denial": 12, "topic-only-denial": 25, "author-only-denial": 10, "denial-in-other-words": 4,
              "quoted-denial": 4, "headline-denial": 4, "denial-before-claim": 7, "two-denials-one-claim": 6,
              "counter-accusation": 8, "same-country-sides": 18, "one-author-several-statements": 15,
              "claim-of-no-country-denied": 14, "denier-of-no-country": 5, "denial-later-paragraph": 35,
              "no-denial": 5, "confirmation": 5, "transcript": 3, "live-blog": 3, "noun-picks-statement": 6,
              "two-claims-one-author-denied": 2, "two-claims-two-deniers": 2, "denial-of-denial": 1}
    wanted.update({f"convention-rule-{n}": 1 for n in range(2, 11)})
    check_kind_minimums(items, wanted)


def check_items_are_short_whole_articles_heldout19(items, dateline) -> None:
    for it in items:
        assert "\u2019" not in it["text"] and "\u201c" not in it["text"], it["id"]
        assert it["published"].startswith("2026-"), it["id"]
        if it["style"] in ("wire", "court", "rights-report"):
            # a dateline opens the story
            assert dateline.match(it["text"]), it["id"]


def check_kinds_agree_with_the_labels_heldout19(items, picking_nouns) -> None:
    for it in items:
        kinds, text = set(it["kinds"]), it["text"]
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        targets = [d for d in it["denials"] if d.get("denies_content_contains")]
        if "denial-in-other-words" in kinds:
            # the denial's words are not the words of the statement it answers
            assert any(d["denies_content_contains"].lower() not in s.lower()
                       and s.lower() not in d["denies_content_contains"].lower()
                       for d in targets for s in deny_subs), it["id"]
        if "pronoun-denial" in kinds:
            assert any(re.match(r"(That|It|This) is (not true|false)", s) for s in deny_subs), it["id"]
        if "noun-picks-statement" in kinds:
            assert any(picking_nouns.search(s) for s in deny_subs), it["id"]
        if kinds & {"worded-first-told", "topic-first-statement"}:
            # the denial answers its author's first statement told in the body
            firsts = {}
            for c in _body_claims(it):
                if c["stance"] != "deny":
                    firsts.setdefault(c["claimant_country"], c["content_contains"])
            assert any(d.get("denies_claim_of_country", "?") in firsts and
                       d["denies_content_contains"] in firsts[d["denies_claim_of_country"]] for d in targets), it["id"]
        if "accusation-not-lead" in kinds:
            # the answered statement comes after an earlier statement of the same author
            assert any(any(c["claimant_country"] == d.get("denies_claim_of_country") and c["stance"] != "deny"
                           and _pos(text, c["content_contains"]) < _pos(text, d["denies_content_contains"])
                           for c in it["claims"]) for d in targets), it["id"]
        if "mention-retold" in kinds:
            # a denial told before the claim mentions it, and answers the author's own statement told after it
            assert any(_pos(text, s) < _pos(text, d["denies_content_contains"])
                       and d["denies_content_contains"].lower() not in s.lower()
                       for d in targets for s in deny_subs), it["id"]
        if "headline-speaker-tag" in kinds:
            # a tagged headline is its speaker's statement; the denial answers the body's statement
            head = text.split("\n\n")[0]
            assert re.search(r"\bsays\b", head) and not head.endswith("."), it["id"]
            assert any(c["content_contains"] in head and c["stance"] != "deny" for c in it["claims"]), it["id"]
            assert all(d["denies_content_contains"] not in head for d in targets), it["id"]
        if "own-role-denial" in kinds:
            assert any(re.search(r"\b(any|its|their|starting|targeting|carrying out|involvement|role)\b", s)
                       for s in deny_subs), it["id"]


def check_items_are_longer_whole_articles_dev47(items) -> None:
    lengths = [len(sentences(it["text"])) for it in items]
    assert sum(lengths) / len(lengths) >= 8.5, lengths
    for it in items:
        assert "\u2019" not in it["text"] and "\u201c" not in it["text"], it["id"]
        if it["style"] in ("wire", "court", "rights-report"):
            # a dateline opens the story
            assert re.match(r"^[A-Z][A-Z' -]+(, [A-Z][a-z]+)?, [A-Z][a-z]+ \d+ - ", it["text"]), it["id"]


def check_several_speakers_with_several_statements_dev47(items) -> None:
    """Longer stories: most items hold eight claims or more, and in most one author's side makes three or more."""
    assert sum(len(it["claims"]) >= 8 for it in items) >= 45
    several = [it for it in items if max(Counter(c["claimant_country"] for c in it["claims"]).values()) >= 3]
    assert len(several) >= 45, len(several)


def check_kinds_agree_with_the_labels_dev47(items, own_role) -> None:
    for it in items:
        kinds = set(it["kinds"])
        text = it["text"]
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        targets = [d["denies_content_contains"] for d in it["denials"] if d.get("denies_content_contains")]
        if "denial-in-other-words" in kinds:
            # the denial's words are not the words of the statement it answers
            assert any(t.lower() not in s.lower() and s.lower() not in t.lower() for t in targets
                       for s in deny_subs), it["id"]
        if "pronoun-denial" in kinds:
            assert any(re.match(r"(That|It|This) is (not true|false)", s) for s in deny_subs), it["id"]
        if "own-role-denial" in kinds:
            # rule 7: a denial of the denier's own role
            assert any(own_role.search(s) for s in deny_subs), it["id"]
        if "event-only-lead" in kinds:
            # rule 8: the answered statement is not the story's first claim (the lead that only tells the event)
            first = it["claims"][0]["content_contains"].lower()
            assert all(t.lower() not in first for t in targets), it["id"]
            assert any(text.lower().index(t.lower()) > text.lower().index(first) for t in targets), it["id"]
        if "worded-denial-first-told" in kinds or "noun-picks-statement" in kinds:
            # rules 2 and 3: the answered statement is one of its author's several
            assert len(it["claims"]) >= 6, it["id"]


def check_the_ways_denials_come_dev47(items, topic_nouns, minimum) -> None:
    # a denial of a denial (rule 9) answers a topic-only deny statement: left out of the topic check
    deny_subs = lambda it: [c["content_contains"].lower() for c in it["claims"] if c["stance"] == "deny"]
    plain = [dict(it, denials=[d for d in it["denials"]
                               if not any(d["denies_content_contains"].lower() in s for s in deny_subs(it))])
             for it in items]
    check_topic_only_denials(plain, topic_nouns, minimum=minimum)


def check_items_are_short_whole_articles_dev48(items) -> None:
    for it in items:
        assert "\u2019" not in it["text"] and "\u201c" not in it["text"], it["id"]
        if it["style"] in ("wire", "court", "rights-report"):
            # a dateline opens the story
            assert re.match(r"^[A-Z][A-Z' -]+(, [A-Z][a-z]+)?, [A-Z][a-z]+ \d+ - ", it["text"]), it["id"]
        if it["style"] == "police-press-conference":
            assert "transcript" in it["kinds"], it["id"]


def check_kinds_agree_with_the_labels_dev48(items, own_role) -> None:
    for it in items:
        kinds = set(it["kinds"])
        text = it["text"]
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        targets = [d["denies_content_contains"] for d in it["denials"] if d.get("denies_content_contains")]
        if "denial-in-other-words" in kinds:
            # the denial's words are not the words of the statement it answers
            assert any(t.lower() not in s.lower() and s.lower() not in t.lower() for t in targets
                       for s in deny_subs), it["id"]
        if "pronoun-denial" in kinds:
            assert any(re.match(r"(That|It|This) is (not true|false)", s) for s in deny_subs), it["id"]
        if "own-role-denial" in kinds:
            # rule 7: a denial of the denier's own role
            assert any(own_role.search(s) for s in deny_subs), it["id"]
        if "event-only-lead" in kinds:
            # rule 8: the answered statement is not the story's first claim (the lead that only tells the event)
            first = it["claims"][0]["content_contains"].lower()
            assert all(t.lower() not in first for t in targets), it["id"]
            assert any(text.lower().index(t.lower()) > text.lower().index(first) for t in targets), it["id"]
        if "worded-denial-first-told" in kinds or "noun-picks-statement" in kinds:
            # rules 2 and 3: the answered statement is one of its author's several
            assert len(it["claims"]) >= 5, it["id"]
            authors = Counter(c["claimant_country"] for c in it["claims"] if c["stance"] != "deny")
            assert any(authors[d.get("denies_claim_of_country")] >= 2 for d in it["denials"]), it["id"]


def check_regions_countries_and_mix_dev48(items, regions_) -> None:
    regions = region_counts(items, regions_)
    assert all(n >= 9 for n in regions.values()), regions
    # sentences: short articles of varied length
    lengths = [len(sentences(it["text"])) for it in items]
    assert min(lengths) == 5 and max(lengths) >= 12 and len(set(lengths)) >= 5, lengths


def check_several_speakers_with_several_statements_dev49(items) -> None:
    """Longer stories: every item holds eight claims or more, and in every one an author's side makes three or more."""
    assert all(len(it["claims"]) >= 8 for it in items)
    assert all(max(Counter(c["claimant_country"] for c in it["claims"]).values()) >= 3 for it in items)


def check_kinds_agree_with_the_labels_dev49(items, own_role, denial_of_denial) -> None:
    for it in items:
        kinds = set(it["kinds"])
        text = it["text"].lower()
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        targets = [d["denies_content_contains"] for d in it["denials"] if d.get("denies_content_contains")]
        if "denial-in-other-words" in kinds:
            # the denial's words are not the words of the statement it answers
            assert any(t.lower() not in s.lower() and s.lower() not in t.lower() for t in targets
                       for s in deny_subs), it["id"]
        if "own-role-denial" in kinds:
            # rule 7: a denial of the denier's own role
            assert any(own_role.search(s) for s in deny_subs), it["id"]
        if "event-only-lead" in kinds:
            # rule 8: the answered statement is not the story's first claim (the lead that only tells the event)
            first = it["claims"][0]["content_contains"].lower()
            assert all(t.lower() not in first for t in targets), it["id"]
            assert any(text.index(t.lower()) > text.index(first) for t in targets), it["id"]
        if "denial-of-denial" in kinds:
            # rule 9: the second denial rejects the first one's "version", "explanation" or "denial"
            assert any(denial_of_denial.search(s) for s in deny_subs), it["id"]
        if "denial-before-claim" in kinds:
            # rule 5: a deny statement told before the statement it answers, which is another author's
            assert any(text.index(s.lower()) < text.index(t.lower()) for s in deny_subs for t in targets), it["id"]
        if "worded-denial-first-told" in kinds or "noun-picks-statement" in kinds:
            # rules 2 and 3: the answered statement is one of its author's several
            assert len(it["claims"]) >= 8, it["id"]


def check_items_are_short_whole_articles_heldout20(items) -> None:
    lengths = [len(sentences(it["text"])) for it in items]
    assert len(set(lengths)) >= 5 and max(Counter(lengths).values()) <= 0.4 * len(items), lengths
    for it in items:
        assert "\u2019" not in it["text"] and "\u201c" not in it["text"], it["id"]
        if it["style"] in ("wire", "court", "rights-report"):
            # a dateline opens the story
            assert re.match(r"^[A-Z][A-Z' -]+(, [A-Z][a-z]+( [a-zA-Z]+)*)?, [A-Z][a-z]+ \d+ - ", it["text"]), it["id"]


def check_kinds_agree_with_the_labels_heldout20(items, own_role) -> None:
    for it in items:
        kinds = set(it["kinds"])
        text = it["text"].lower()
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        targets = [d["denies_content_contains"] for d in it["denials"] if d.get("denies_content_contains")]
        if "denial-in-other-words" in kinds:
            # the denial's words are not the words of the statement it answers
            assert any(t.lower() not in s.lower() and s.lower() not in t.lower() for t in targets
                       for s in deny_subs), it["id"]
        if "pronoun-denial" in kinds:
            assert any(re.match(r"(That|It|This) is (not true|false)", s) for s in deny_subs), it["id"]
        if "own-role-denial" in kinds:
            # rule 7: a denial of the denier's own role
            assert any(own_role.search(s) for s in deny_subs), it["id"]
        if "event-only-lead" in kinds:
            # rule 8: the answered statement is not the story's first claim (the lead that only tells the event)
            first = it["claims"][0]["content_contains"].lower()
            assert all(t.lower() not in first for t in targets), it["id"]
            assert any(text.index(t.lower()) > text.index(first) for t in targets), it["id"]
        if "worded-denial-first-told" in kinds or "noun-picks-statement" in kinds:
            # rules 2 and 3: the answered statement is one of several in the item
            assert len(it["claims"]) >= 6, it["id"]
        if "attributed-in-denial-sentence" in kinds or "mention-retold" in kinds:
            # rules 6-7: the answered statement is told in its author's own words, not inside the deny statement
            assert any(not any(t.lower() in s.lower() for s in deny_subs) for t in targets), it["id"]


def check_the_ways_denials_come_heldout20(items, topic_nouns) -> None:
    # a denial of a denial (rule 9) answers a topic-only deny statement: left out of the topic check
    deny_subs = lambda it: [c["content_contains"].lower() for c in it["claims"] if c["stance"] == "deny"]
    plain = [dict(it, denials=[d for d in it["denials"]
                               if not any(d["denies_content_contains"].lower() in s for s in deny_subs(it))
                               or "denies_claim_of_country" not in d])
             for it in items]
    check_topic_only_denials(plain, topic_nouns, minimum=12)


def check_regions_countries_and_mix_heldout20(items, regions_) -> None:
    regions = region_counts(items, regions_)
    assert all(n >= 6 for n in regions.values()), regions
    # speakers of no state: about a quarter of the claims
    claims = [c for it in items for c in it["claims"]]
    assert 0.15 <= sum(c["claimant_country"] is None for c in claims) / len(claims) <= 0.35


def check_items_are_short_whole_articles_dev50(items) -> None:
    for it in items:
        n = _count(it["text"])
        assert n <= (16 if "transcript" in it["kinds"] else 10), (it["id"], n)
        assert "\u2019" not in it["text"] and "\u201c" not in it["text"], it["id"]
        if it["style"] in ("wire", "court", "rights-report"):
            # a dateline opens the story
            assert re.match(r"^[A-Z][A-Z' -]+(, [A-Z][a-z]+)?, [A-Z][a-z]+ \d+ - ", it["text"]), it["id"]
        if it["style"] == "press-conference":
            assert "transcript" in it["kinds"], it["id"]
    lengths = [_count(it["text"]) for it in items]
    assert min(lengths) == 5 and len(set(lengths)) >= 5, lengths


def check_kinds_agree_with_the_labels_dev50(items, own_role, denial_of_denial, ally) -> None:
    for it in items:
        kinds = set(it["kinds"])
        text = it["text"].lower()
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        targets = [d["denies_content_contains"] for d in it["denials"] if d.get("denies_content_contains")]
        if "denial-in-other-words" in kinds:
            # the denial's words are not the words of the statement it answers
            assert any(t.lower() not in s.lower() and s.lower() not in t.lower() for t in targets
                       for s in deny_subs), it["id"]
        if "own-role-denial" in kinds:
            # rule 7: a denial of the denier's own role
            assert any(own_role.search(s) for s in deny_subs), it["id"]
        if "act-on-ally" in kinds:
            # rule 7 with an ally: an own-role denial answering a named author's statement, in a text that says the
            # doer that statement names is the denier's ally
            assert "own-role-denial" in kinds and ally.search(it["text"]), it["id"]
            assert any(d.get("denies_claim_of_country") is not None for d in it["denials"]), it["id"]
        if "event-only-lead" in kinds:
            # rule 8: the answered statement is not the story's first claim (the lead that only tells the event)
            first = it["claims"][0]["content_contains"].lower()
            assert all(t.lower() not in first for t in targets), it["id"]
            assert any(text.index(t.lower()) > text.index(first) for t in targets), it["id"]
        if "denial-of-denial" in kinds:
            # rule 9: the second denial rejects the first one's "version", "explanation" or "denial"
            assert any(denial_of_denial.search(s) for s in deny_subs), it["id"]
        if "denial-before-claim" in kinds:
            # rule 5: a deny statement told before the statement it answers
            assert any(text.index(s.lower()) < text.index(t.lower()) for s in deny_subs for t in targets), it["id"]
        if "noun-picks-statement" in kinds or "worded-denial-first-told" in kinds:
            # rules 2 and 3: the answered statement is one of its author's several
            authors = Counter(c["claimant_country"] for c in it["claims"] if c["stance"] != "deny")
            assert any(authors[d.get("denies_claim_of_country")] >= 2 for d in it["denials"]), it["id"]
        if "noun-picks-statement" in kinds:
            # the noun picks a statement that is not its author's first
            for d in it["denials"]:
                own = [c["content_contains"] for c in it["claims"] if c["stance"] != "deny"
                       and c["claimant_country"] == d.get("denies_claim_of_country")]
                if d.get("denies_content_contains") in own and own.index(d["denies_content_contains"]) > 0:
                    break
            else:
                # (or, when it is the first, a later statement of the same author stands beside it)
                assert len(own) >= 2, it["id"]


def check_two_voices_of_one_country(items, minimum) -> None:
    """The brief's first case: two statements of one country, each a denial of the same claim, by two voices."""
    two = [it for it in items if "two-voices-one-country" in it["kinds"]]
    assert len(two) >= minimum
    for it in two:
        per_denier = Counter((d["denier_country"], d.get("denies_content_contains")) for d in it["denials"])
        assert max(per_denier.values()) >= 2, it["id"]
        denier = per_denier.most_common(1)[0][0][0]
        assert sum(c["stance"] == "deny" and c["claimant_country"] == denier for c in it["claims"]) >= 2, it["id"]


def check_kinds_agree_with_the_labels_heldout21(items, own_role) -> None:
    for it in items:
        kinds = set(it["kinds"])
        text = it["text"].lower()
        deny_subs = _deny_subs(it)
        targets = [d["denies_content_contains"] for d in it["denials"] if d.get("denies_content_contains")]
        if "denial-in-other-words" in kinds:
            # the denial's words are not the words of the statement it answers
            assert any(t.lower() not in s.lower() and s.lower() not in t.lower() for t in targets
                       for s in deny_subs), it["id"]
        if "pronoun-denial" in kinds:
            assert any(re.match(r"(That|It|This) is (not true|false)", s) for s in deny_subs), it["id"]
        if "own-role-denial" in kinds:
            # rule 7: a denial of the denier's own role
            assert any(own_role.search(s) for s in deny_subs), it["id"]
        if "event-only-lead" in kinds:
            # rule 8: the answered statement is not the story's first claim (the lead that only tells the event)
            first = it["claims"][0]["content_contains"].lower()
            assert all(t.lower() not in first for t in targets), it["id"]
            assert any(text.index(t.lower()) > text.index(first) for t in targets), it["id"]
        if "worded-denial-first-told" in kinds or "noun-picks-statement" in kinds:
            # rules 2 and 3: the answered statement is one of several in the item
            assert len(it["claims"]) >= 6, it["id"]
        if "attributed-in-denial-sentence" in kinds or "mention-retold" in kinds:
            # rules 6-7: the answered statement is told in its author's own words, not inside the deny statement
            assert any(not any(t.lower() in s.lower() for s in deny_subs) for t in targets), it["id"]


def check_speaker_tag_headlines(items) -> None:
    """Rule 10: a headline tagged with its speaker is labelled as that speaker's claim, but the denial answers the
    speaker's statement in the body, not the headline."""
    tagged = [it for it in items if "speaker-tag-headline" in it["kinds"]]
    assert len(tagged) >= 2
    for it in tagged:
        head = it["text"].split("\n\n")[0]
        assert re.search(r", [a-z ]+ says?$", head), it["id"]
        in_head = [c for c in it["claims"] if c["content_contains"] in head]
        assert in_head and all(c["stance"] != "deny" for c in in_head), it["id"]
        for d in it["denials"]:
            assert d["denies_content_contains"] not in head, it["id"]
        assert any(d.get("denies_claim_of_country", "?") == in_head[0]["claimant_country"] for d in it["denials"]), \
            it["id"]


def check_accounts_rejected_after_a_denial(items, account_nouns) -> None:
    """Rule 11: a voice's account, version, explanation or story rejected after that voice denied answers the denial:
    a short deny statement with one of those nouns, and a gold denial whose target lies inside another deny
    statement of the country it names."""
    found = 0
    for it in items:
        if "account-after-denial" not in it["kinds"]:
            continue
        assert any(account_nouns.search(s) and len(s.split()) <= 6 for s in _deny_subs(it)), it["id"]
        assert any(any(d["denies_content_contains"] in c["content_contains"] for c in it["claims"]
                       if c["stance"] == "deny" and c["claimant_country"] == d.get("denies_claim_of_country", "?")
                       and not account_nouns.search(c["content_contains"]))
                   for d in it["denials"]), it["id"]
        assert "denial-of-denial" in it["kinds"], it["id"]
        found += 1
    assert found >= 3


def check_the_ways_denials_come_heldout21(items, topic_nouns) -> None:
    # a denial of a denial (rules 9 and 11) answers a deny statement: left out of the topic check
    plain = [dict(it, denials=[d for d in it["denials"]
                               if not any(d["denies_content_contains"].lower() in s.lower() for s in _deny_subs(it))
                               or "denies_claim_of_country" not in d])
             for it in items]
    check_topic_only_denials(plain, topic_nouns, minimum=15)


def check_regions_countries_and_mix_heldout21(items, regions_) -> None:
    regions = region_counts(items, regions_)
    assert all(n >= 6 for n in regions.values()), regions
    # speakers of no state: about a fifth of the claims
    claims = [c for it in items for c in it["claims"]]
    assert 0.15 <= sum(c["claimant_country"] is None for c in claims) / len(claims) <= 0.35


def check_kinds_agree_with_the_labels_dev51(items, own_role, denial_of_denial, ally, noun_accuser) -> None:
    for it in items:
        kinds = set(it["kinds"])
        text = it["text"].lower()
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        targets = [d["denies_content_contains"] for d in it["denials"] if d.get("denies_content_contains")]
        if "denial-in-other-words" in kinds:
            # the denial's words are not the words of the statement it answers
            assert any(t.lower() not in s.lower() and s.lower() not in t.lower() for t in targets
                       for s in deny_subs), it["id"]
        if "own-role-denial" in kinds:
            # rule 7: a denial of the denier's own role
            assert any(own_role.search(s) for s in deny_subs), it["id"]
        if "act-on-ally" in kinds:
            # rule 7 with an ally: an own-role denial answering a named author's statement, in a text that says the
            # doer that statement names is the denier's ally
            assert "own-role-denial" in kinds and ally.search(it["text"]), it["id"]
            assert any(d.get("denies_claim_of_country") is not None for d in it["denials"]), it["id"]
        if "event-only-lead" in kinds:
            # rule 8: the answered statement is not the story's first claim (the lead that only tells the event)
            first = it["claims"][0]["content_contains"].lower()
            assert all(t.lower() not in first for t in targets), it["id"]
            assert any(text.index(t.lower()) > text.index(first) for t in targets), it["id"]
        if "noun-named-accuser" in kinds:
            # the accuser is named again by a common noun before the accusation the denial answers
            assert "event-only-lead" in kinds and noun_accuser.search(it["text"]), it["id"]
            assert all(d.get("denies_claim_of_country", "x") is None for d in it["denials"]), it["id"]
        if "denial-of-denial" in kinds:
            # rule 9: the second denial rejects the first one's "version", "account" or "denial"
            assert any(denial_of_denial.search(s) for s in deny_subs), it["id"]
        if "account-after-denial" in kinds:
            # rule 11: the voice whose account is rejected had denied first; the rejection answers that denial
            assert "denial-of-denial" in kinds and any("account" in s or "version" in s for s in deny_subs), it["id"]
        if "denial-before-claim" in kinds:
            # rule 5: a deny statement told before the statement it answers
            assert any(text.index(s.lower()) < text.index(t.lower()) for s in deny_subs for t in targets), it["id"]
        if "speaker-tagged-headline" in kinds:
            # rule 10: the headline is the speaker's claim, but the denial answers the speaker's statement in the body
            head = it["text"].split("\n\n")[0]
            assert it["claims"][0]["content_contains"] in head, it["id"]
            assert all(t not in head for t in targets), it["id"]
        if "noun-picks-statement" in kinds or "worded-denial-first-told" in kinds:
            # rules 2 and 3: the answered statement is one of its author's several
            authors = Counter(c["claimant_country"] for c in it["claims"] if c["stance"] != "deny")
            assert any(authors[d.get("denies_claim_of_country")] >= 2 for d in it["denials"]), it["id"]
        if "noun-picks-statement" in kinds:
            # the noun picks a statement that is not its author's first
            assert any(d.get("denies_content_contains") in
                       [c["content_contains"] for c in it["claims"] if c["stance"] != "deny" and
                        c["claimant_country"] == d.get("denies_claim_of_country")][1:]
                       for d in it["denials"]), it["id"]


def check_calls_and_second_cues(items, call) -> None:
    """Calls and appeals are `assert` statements of their speaker; a speaker's content that holds a second cue is
    labelled as that speaker's statements, not another voice's."""
    calls = [it for it in items if "call-statement" in it["kinds"]]
    assert len(calls) >= 25
    for it in calls:
        said = [c for c in it["claims"] if call.search(_sentence_of_3(it["text"], c["content_contains"]))
                and c["stance"] == "assert"]
        assert said, it["id"]
    # no deny statement and no gold denial answers a call
    for it in items:
        for d in it["denials"]:
            target = d.get("denies_content_contains")
            if target:
                assert not re.search(r"\b(called (for|on)|urged|appealed)\b", target, re.I), it["id"]
    nested = [it for it in items if "second-cue-in-content" in it["kinds"]]
    assert len(nested) >= 4
    for it in nested:
        # two statements of one speaker in one sentence, one of them after a second cue of that speaker's content
        by_sentence = Counter((_sentence_of_3(it["text"], c["content_contains"]), c["claimant_country"])
                              for c in it["claims"])
        assert max(by_sentence.values()) >= 2 or re.search(r"\bwhere he said\b", it["text"]), it["id"]


def check_items_are_short_whole_articles_dev52(items, turn) -> None:
    for it in items:
        n = _count(it["text"])
        turns = {"transcript", "turn-labels"} & set(it["kinds"])
        assert n <= (16 if turns else 9), (it["id"], n)
        assert "\u2019" not in it["text"] and "\u201c" not in it["text"], it["id"]
        if it["style"] in ("wire", "court", "rights-report"):
            # a dateline opens the story
            assert re.match(r"^[A-Z][A-Z' -]+(, [A-Z][a-z]+)?, [A-Z][a-z]+ \d+ - ", it["text"]), it["id"]
        if "turn-labels" in it["kinds"]:
            # a radio programme: the presenter's and the correspondent's turns, no questions from the floor
            labelled = [p for p in it["text"].split("\n\n") if turn.match(p)]
            assert len(labelled) >= 3 and not any(p.startswith("Q: ") for p in labelled), it["id"]
    lengths = [_count(it["text"]) for it in items]
    assert min(lengths) == 5 and len(set(lengths)) >= 5, lengths


def check_kinds_agree_with_the_labels_dev52(items, own_role, denial_of_denial, ally, own_unit, noun_accuser) -> None:
    for it in items:
        kinds = set(it["kinds"])
        text = it["text"].lower()
        deny_subs, targets = _deny_subs(it), _targets(it)
        if "denial-in-other-words" in kinds:
            # the denial's words are not the words of the statement it answers
            assert any(t.lower() not in s.lower() and s.lower() not in t.lower() for t in targets
                       for s in deny_subs), it["id"]
        if "own-role-denial" in kinds:
            assert any(own_role.search(s) for s in deny_subs), it["id"]
            # rule 7: the answered statement is not the story's first claim, the lead that only tells the event
            assert "event-only-lead" in kinds, it["id"]
        if "act-on-ally" in kinds:
            # the sentence of the answered statement names the denier's ally; the statement has a named author
            assert "own-role-denial" in kinds, it["id"]
            assert any(ally.search(_sentence_of_3(it["text"], t)) for t in targets), it["id"]
            assert any(d.get("denies_claim_of_country") is not None for d in it["denials"]), it["id"]
        if "act-on-own-unit" in kinds:
            # the answered statement names the denier's own forces, not an ally
            assert "own-role-denial" in kinds and "act-on-ally" not in kinds, it["id"]
            assert any(own_unit.search(t) and not ally.search(t) for t in targets), it["id"]
        if "event-only-lead" in kinds:
            # rule 8: the answered statement is not the story's first claim
            first = it["claims"][0]["content_contains"].lower()
            assert all(t.lower() not in first for t in targets), it["id"]
            assert any(text.index(t.lower()) > text.index(first) for t in targets), it["id"]
        if "noun-named-accuser" in kinds:
            # the accuser is named again by a common noun before the accusation the denial answers
            assert "event-only-lead" in kinds and noun_accuser.search(it["text"]), it["id"]
        if "denial-of-denial" in kinds:
            assert any(denial_of_denial.search(s) for s in deny_subs), it["id"]
        if "account-after-denial" in kinds:
            # rule 11: the voice whose account or version is rejected had denied first; the rejection answers that
            assert "denial-of-denial" in kinds and any("account" in s or "version" in s for s in deny_subs), it["id"]
        if "denial-before-claim" in kinds:
            assert any(text.index(s.lower()) < text.index(t.lower()) for s in deny_subs for t in targets), it["id"]
        if "speaker-tagged-headline" in kinds:
            # rule 10: the headline is the speaker's claim, but the denial answers the speaker's statement in the body
            head = it["text"].split("\n\n")[0]
            assert it["claims"][0]["content_contains"] in head, it["id"]
            assert all(t not in head for t in targets), it["id"]
        if "noun-picks-statement" in kinds or "worded-denial-first-told" in kinds:
            authors = Counter(c["claimant_country"] for c in it["claims"] if c["stance"] != "deny")
            assert any(authors[d.get("denies_claim_of_country")] >= 2 for d in it["denials"]), it["id"]
        if "noun-picks-statement" in kinds:
            # the noun picks a statement that is not its author's first
            assert any(d.get("denies_content_contains") in
                       [c["content_contains"] for c in it["claims"] if c["stance"] != "deny" and
                        c["claimant_country"] == d.get("denies_claim_of_country")][1:]
                       for d in it["denials"]), it["id"]
        if "mention-retold" in kinds:
            # rule 6: the denial mentions the claim, which its author tells again later; the gold is the later one
            assert not any(t in s for t in targets for s in deny_subs), it["id"]


def check_calls_dev52(items, call) -> None:
    """Calls and appeals are `assert` statements of their speaker, also when coordinated after a said-clause or a
    denial; no gold denial answers one."""
    calls = [it for it in items if "call-statement" in it["kinds"]]
    assert len(calls) >= 18
    for it in calls:
        said = [c for c in it["claims"] if call.search(_sentence_of_3(it["text"], c["content_contains"]))
                and c["stance"] == "assert"]
        assert said, it["id"]
    after_said = [it for it in items if "call-after-said" in it["kinds"]]
    assert len(after_said) >= 6
    for it in after_said:
        # "X said (or rejected) ... and (it) called on ..." in one sentence, the call a statement of its own
        assert "call-statement" in it["kinds"], it["id"]
        assert re.search(r"\b(said|rejected|dismissed)\b[^.]*\band (it |he |she )?(called|demanded)\b",
                         it["text"]), it["id"]
    for it in items:
        for t in _targets(it):
            assert not re.search(r"\b(called (for|on)|urged|appealed|demanded)\b", t, re.I), it["id"]


def check_calls_are_statements_no_denial_answers(items) -> None:
    """Calls, appeals and demands are `assert` statements of their speaker (session 22's convention), and no gold
    denial answers one."""
    call = re.compile(r"\b(calls? (on|for)|called (on|for)|urges?|urged|demand(s|ed|ing)?|invited)\b[^.]*$", re.I)
    found = 0
    for it in items:
        text = it["text"]
        targets = [d["denies_content_contains"] for d in it["denials"] if d.get("denies_content_contains")]
        for c in it["claims"]:
            before = text[: text.index(c["content_contains"])]
            sentence_start = max(before.rfind(". "), before.rfind("\n"))
            if call.search(before[sentence_start + 1:]):
                found += 1
                assert c["stance"] == "assert", (it["id"], c["content_contains"])
                assert c["content_contains"] not in targets, (it["id"], c["content_contains"])
    assert found >= 8, found


def check_items_are_short_whole_articles_dev53(items, turn) -> None:
    for it in items:
        n = len(sentences(it["text"]))
        turns = {"transcript", "turn-labels"} & set(it["kinds"])
        assert n <= (15 if turns else 8), (it["id"], n)
        assert it["text"].isascii(), it["id"]
        if it["style"] in ("wire", "court", "rights-report"):
            # a dateline opens the story
            assert re.match(r"^[A-Z][A-Z' -]+(, [A-Z][a-z]+)?, [A-Z][a-z]+ \d+ - ", it["text"]), it["id"]
        if "turn-labels" in it["kinds"]:
            # a radio programme: the presenter's and the correspondent's turns, no questions from the floor
            labelled = [p for p in it["text"].split("\n\n") if turn.match(p)]
            assert len(labelled) >= 3 and not any(p.startswith("Q: ") for p in labelled), it["id"]
    lengths = [len(sentences(it["text"])) for it in items]
    assert min(lengths) == 5 and len(set(lengths)) >= 5, lengths


def check_items_are_long_sentenced_articles_dev54(items, chain) -> None:
    """dev54's weighting: long sentences of several clauses, and claims reported two steps away in the items of
    kind two-step-report."""
    words = [len(s.split()) for it in items for s in sentences(it["text"])]
    assert sum(words) / len(words) >= 20, sum(words) / len(words)
    for it in items:
        assert it["text"].isascii(), it["id"]
        if it["style"] in ("wire", "court", "rights-report"):
            # a dateline opens the story
            assert re.match(r"^[A-Z][A-Z' -]+(, [A-Z][a-z]+( [A-Za-z]+)*)?, [A-Z][a-z]+ \d+ - ", it["text"]), it["id"]
        if "two-step-report" in it["kinds"]:
            assert chain.search(it["text"]), it["id"]


def check_kinds_agree_with_the_labels_dev53(items, own_role, denial_of_denial, own_unit, noun_accuser) -> None:
    for it in items:
        kinds = set(it["kinds"])
        text = it["text"]
        deny_subs, targets = _deny_subs(it), _targets(it)
        first = it["claims"][0]
        if "denial-in-other-words" in kinds:
            # the denial's words are not the words of the statement it answers
            assert any(t.lower() not in s.lower() and s.lower() not in t.lower() for t in targets
                       for s in deny_subs), it["id"]
        if "own-role-denial" in kinds:
            assert any(own_role.search(s) for s in deny_subs), it["id"]
            assert "event-only-lead" in kinds, it["id"]
        if "act-on-own-unit" in kinds:
            assert "own-role-denial" in kinds and any(own_unit.search(t) for t in targets), it["id"]
        if "event-only-lead" in kinds:
            # rule 8: the answered statement is told after the story's first claim, not in it
            assert all(t.lower() not in first["content_contains"].lower() for t in targets), it["id"]
            assert any(_first_told(it, t) > _first_told(it, first["content_contains"]) for t in targets), it["id"]
        if "noun-named-accuser" in kinds:
            # the accuser is named again by a common noun before the accusation the denial answers
            assert "event-only-lead" in kinds and noun_accuser.search(text), it["id"]
        if "denier-side-lead" in kinds:
            # the story's first statement is the denier's side's; the worded denial answers another author's statement
            assert "worded-denial-first-told" in kinds, it["id"]
            assert any(first["claimant_country"] == d["denier_country"] != d.get("denies_claim_of_country")
                       for d in it["denials"]), it["id"]
        if "denial-of-denial" in kinds:
            assert any(denial_of_denial.search(s) for s in deny_subs), it["id"]
        if "account-after-denial" in kinds:
            assert "denial-of-denial" in kinds and any("version" in s or "account" in s for s in deny_subs), it["id"]
        if "denial-before-claim" in kinds:
            assert any(_first_told(it, s) < _first_told(it, t) for s in deny_subs for t in targets), it["id"]
        if "noun-picks-statement" in kinds or "worded-denial-first-told" in kinds:
            authors = Counter(c["claimant_country"] for c in it["claims"] if c["stance"] != "deny")
            assert any(authors[d.get("denies_claim_of_country")] >= 2 for d in it["denials"]), it["id"]
        if "noun-picks-statement" in kinds:
            # the noun picks a statement that is not its author's first
            assert any(d.get("denies_content_contains") in
                       [c["content_contains"] for c in it["claims"] if c["stance"] != "deny" and
                        c["claimant_country"] == d.get("denies_claim_of_country")][1:]
                       for d in it["denials"]), it["id"]
        if "mention-retold" in kinds:
            # rule 6: the denial mentions the claim, which its author tells again; the gold is the author's statement
            assert not any(t in s for t in targets for s in deny_subs), it["id"]


def check_calls_dev53(items, call, minimum=14, after_said_minimum=10) -> None:
    """Calls and appeals are `assert` statements of their speaker, also when coordinated after a said-clause or a
    denial; no gold denial answers one."""
    calls = [it for it in items if "call-statement" in it["kinds"]]
    assert len(calls) >= minimum
    for it in calls:
        assert any(call.search(_sentence_of_3(it["text"], c["content_contains"])) and c["stance"] == "assert"
                   for c in it["claims"]), it["id"]
    after_said = [it for it in items if "call-after-said" in it["kinds"]]
    assert len(after_said) >= after_said_minimum
    for it in after_said:
        assert "call-statement" in it["kinds"], it["id"]
        assert re.search(r"\b(said|rejected)\b[^.]*\band (it |he )?(called|demanded|urged)\b", it["text"]), it["id"]
    for it in items:
        for t in _targets(it):
            assert not call.search(t), it["id"]




def check_least_covered_regions(items, regions_, minimum) -> None:
    """The regions the recent sets cover least (`regions_`, narrower than a set's main regions) each have a claimant
    in `minimum` items or more."""
    regions = region_counts(items, regions_)
    assert all(regions[name] >= minimum for name in regions_), regions
