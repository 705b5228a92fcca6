"""Format checks every claims set written since session 6 passes (no scores); each set's own checks of its size,
ids, shape and mix are its entry in claims_set_table.py."""
from __future__ import annotations

from pathlib import Path

import pytest
from claims_sets import (check_claim_labels, check_denial_labels, check_deny_statements, check_item_fields,
                         check_no_copied_sentences, check_substrings, read_set)

from sitrep.eval.claims import read_items

SETS = Path(__file__).resolve().parents[1] / "data" / "claims-eval"
NAMES = ["heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34", "dev35", "dev36", "dev37", "dev38", "dev39", "dev40", "dev41", "dev42", "dev43", "dev44", "dev45", "dev46", "dev47", "dev48", "dev49", "dev50", "dev51", "dev52", "dev53", "dev54", "dev55", "dev56"]


@pytest.fixture(scope="module", params=NAMES)
def claims_set(request) -> tuple[Path, list[dict]]:
    path = SETS / f"{request.param}.jsonl"
    return path, read_set(path)


def test_the_evaluator_reads_every_item(claims_set):
    path, items = claims_set
    assert len(read_items(str(path))) == len(items)


def test_item_fields(claims_set):
    check_item_fields(claims_set[1])


def test_content_substrings_are_exact_and_unambiguous(claims_set):
    check_substrings(claims_set[1])


def test_claim_and_denial_labels(claims_set):
    check_claim_labels(claims_set[1])
    check_denial_labels(claims_set[1])


def test_every_gold_denial_has_a_deny_statement_of_its_denier(claims_set):
    check_deny_statements(claims_set[1])


def test_no_sentence_copied_from_the_other_claims_sets(claims_set):
    check_no_copied_sentences(claims_set[1], claims_set[0])
