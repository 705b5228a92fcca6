"""The claims evaluator: scoring arithmetic on hand-made predictions, file checks, and one real run."""
from __future__ import annotations

import json

import pytest

from sitrep.eval.claims import Link, Statement, check_item, evaluate, predictions, read_items, score_item, summarise

TEXT = ("Russia's Defence Ministry said its forces had shot down a Ukrainian helicopter near Kupiansk. "
        "Ukraine's air force denied that any helicopter had been lost.")
ITEM = {"id": "t1", "text": TEXT, "published": "2023-03-08",
        "claims": [{"claimant_country": "RUS", "stance": "assert", "content_contains": "shot down a Ukrainian helicopter"},
                   {"claimant_country": "UKR", "stance": "deny", "content_contains": "any helicopter had been lost"}],
        "denials": [{"denier_country": "UKR", "denies_claim_of_country": "RUS", "denies_content_contains": "helicopter"}]}


def span(s: str) -> tuple[int, int]:
    i = TEXT.index(s)
    return i, i + len(s)


def perfect_claims() -> list[dict]:
    a, b = span("its forces had shot down a Ukrainian helicopter near Kupiansk")
    c, d = span("that any helicopter had been lost")
    return [{"start": a, "end": b, "stance": "assert", "claimant": {"country": "RUS"},
             "responses": [{"by": {"country": "UKR"}, "stance": "deny", "start": c, "end": d}]}]


def test_perfect_prediction_scores_one():
    st, links = predictions(perfect_claims())
    res = summarise([score_item(ITEM, st, links)])
    assert res["stance_accuracy"] == 1.0
    assert res["claims_matched"] == 1.0
    assert res["claimant_country"] == 1.0
    assert res["denial_linking"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert res["n"] == 1


def test_wrong_stance_and_wrong_link_are_counted():
    claims = perfect_claims()
    claims[0]["stance"] = "allege"
    claims[0]["claimant"]["country"] = "UKR"  # the link now points at a claim of the wrong country
    st, links = predictions(claims)
    res = summarise([score_item(ITEM, st, links)])
    assert res["stance_accuracy"] == 0.5  # one of the two matched gold claims has the right stance
    assert res["denial_linking"]["precision"] == 0.0
    assert res["denial_linking"]["recall"] == 0.0


def test_no_prediction():
    res = summarise([score_item(ITEM, [], [])])
    assert res["claims_matched"] == 0.0
    assert res["stance_accuracy"] == 0.0
    assert res["denial_linking"]["f1"] == 0.0


def test_partial_link_precision_recall():
    a, b = span("its forces had shot down a Ukrainian helicopter near Kupiansk")
    good = Link("UKR", "RUS", a, b)
    bad = Link("RUS", "UKR", a, b)
    c = score_item(ITEM, [Statement(a, b, "assert", "RUS")], [good, bad])
    res = summarise([c])
    assert res["denial_linking"]["precision"] == 0.5
    assert res["denial_linking"]["recall"] == 1.0
    assert res["denial_linking"]["f1"] == pytest.approx(2 / 3, abs=1e-4)


def test_micro_average_over_items():
    a, b = span("its forces had shot down a Ukrainian helicopter near Kupiansk")
    one = score_item(ITEM, [Statement(a, b, "assert", "RUS")], [Link("UKR", "RUS", a, b)])
    zero = score_item(ITEM, [], [])
    res = summarise([one, zero])
    assert res["denial_linking"]["recall"] == 0.5
    assert res["claims_matched"] == 0.25  # 1 of 4 gold claims


def test_link_content_must_be_covered():
    a, b = span("Ukraine's air force")  # a claim span that does not hold "helicopter"
    c = score_item(ITEM, [], [Link("UKR", "RUS", a, b)])
    assert c["matched_links"] == 0


def test_check_item_rejects_bad_labels():
    with pytest.raises(ValueError):
        check_item(dict(ITEM, claims=[{"claimant_country": "RUS", "stance": "assert", "content_contains": "not here"}]))
    with pytest.raises(ValueError):
        check_item(dict(ITEM, claims=[{"claimant_country": "RUS", "stance": "maybe", "content_contains": "helicopter"}]))
    with pytest.raises(ValueError):
        check_item(dict(ITEM, denials=[{"denier_country": "UKR"}]))


def test_dev_file_is_valid_and_large_enough():
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "data" / "claims-eval" / "dev.jsonl"
    items = read_items(str(path))
    assert len(items) >= 150
    assert len({i["id"] for i in items}) == len(items)
    stances = {c["stance"] for i in items for c in i["claims"]}
    assert stances == {"assert", "allege", "deny", "confirm"}


def test_heldout_and_further_dev_files_are_valid():
    from pathlib import Path

    base = Path(__file__).resolve().parent.parent / "data" / "claims-eval"
    held = read_items(str(base / "heldout.jsonl"))
    assert len(held) >= 60 and sum(len(i["denials"]) for i in held) >= 40
    ids = {i["id"] for i in held}
    assert len(ids) == len(held)
    dev_texts = {i["text"] for i in read_items(str(base / "dev.jsonl"))}
    for name in ("dev2.jsonl", "dev3.jsonl", "dev4.jsonl", "dev5.jsonl", "dev6.jsonl", "dev7.jsonl"):
        items = read_items(str(base / name))
        assert items and not ({i["id"] for i in items} & ids)
        dev_texts |= {i["text"] for i in items}
    assert not dev_texts & {i["text"] for i in held}  # no held-out item is also a development item


def test_evaluate_runs_the_pipeline(tmp_path, nlp):
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(ITEM) + "\n", encoding="utf-8")
    res = evaluate(str(path), nlp=nlp)
    assert res["n"] == 1
    assert res["per_second"] > 0
    for k in ("stance_accuracy", "claims_matched", "claimant_country"):
        assert 0.0 <= res[k] <= 1.0
    assert set(res["denial_linking"]) == {"precision", "recall", "f1"}


# --- an implied claim (the content a lone denial mentions) never takes the gold denial's match ----------------

LONE = ("The Sahelian army said on Monday that the militia's claims that soldiers had burned the market in "
        "Kerou were fabrications.")
LONE_ITEM = {"id": "t2", "text": LONE, "published": "2024-05-20",
             "claims": [{"claimant_country": "XSA", "stance": "deny", "content_contains": "soldiers had burned the market"}],
             "denials": [{"denier_country": "XSA", "denies_content_contains": "burned the market"}]}


def lone_claims(implied_country: str | None) -> list[dict]:
    a, b = LONE.index("soldiers had burned"), LONE.index(" were fabrications")
    c, d = LONE.index("that the militia's"), len(LONE) - 1
    return [{"start": a, "end": b, "stance": "allege", "claimant": {"country": implied_country},
             "responses": [{"by": {"country": "XSA"}, "stance": "deny", "start": c, "end": d}]}]


@pytest.mark.parametrize("implied_country", ["XSA", None, "XOT"])
def test_gold_denial_is_matched_to_the_denial_not_to_the_implied_claim_inside_it(implied_country):
    # the implied claim is shorter and (for "XSA") of the gold claimant's country: before, it won the match
    st, links = predictions(lone_claims(implied_country))
    assert [s.nested for s in st] == [True, False]
    res = summarise([score_item(LONE_ITEM, st, links)])
    assert res["stance_accuracy"] == 1.0 and res["claimant_country"] == 1.0
    assert res["denial_linking"]["f1"] == 1.0


def test_a_claim_beside_its_denial_is_not_nested():
    st, _ = predictions(perfect_claims())
    assert [s.nested for s in st] == [False, False]  # the denial follows the claim, it does not contain it
    res = summarise([score_item(ITEM, st, [])])
    assert res["stance_accuracy"] == 1.0  # each gold claim still gets its own statement
