"""The independent held-out event-typing check set (data/typing-eval/heldout2.tsv) is well formed."""
from collections import Counter
from pathlib import Path

import pytest

from sitrep import codebooks
from sitrep.eval.types import read_tsv

PATH = Path(__file__).resolve().parents[1] / "data" / "typing-eval" / "heldout2.tsv"


@pytest.fixture(scope="module")
def rows():
    return read_tsv(str(PATH))


def test_header_and_columns():
    lines = PATH.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "id\tEventSnippet\tSubType"
    for line in lines[1:]:
        assert line.count("\t") == 2, line


def test_size_and_unique(rows):
    assert len(rows) >= 270
    assert len({r[0] for r in rows}) == len(rows)
    assert len({r[1] for r in rows}) == len(rows)
    assert all(r[1].strip() for r in rows)


def test_labels_are_case_labels(rows):
    labels = set(codebooks.case_labels())
    assert len(labels) == 30
    bad = [r for r in rows if r[2] not in labels]
    assert not bad, bad[:5]


def test_every_acled_label_has_enough_items(rows):
    counts = Counter(r[2] for r in rows)
    acled = codebooks.acled25_labels()
    assert len(acled) == 25
    thin = {lab: counts[lab] for lab in acled if counts[lab] < 8}
    assert not thin, thin
    others = set(codebooks.case_labels()) - set(acled)
    assert all(counts[lab] >= 3 for lab in others), {lab: counts[lab] for lab in others}


def test_read_tsv_rejects_missing_label(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\tEventSnippet\tSubType\nx1\tonly two columns\n", encoding="utf-8")
    with pytest.raises(ValueError):
        read_tsv(str(bad))
