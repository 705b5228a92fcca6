"""Session 24: where denial links are lost (bench/link_losses.py sorts each miss into its stage), and the linker's
evidence that a state body seldom denies what another body of its own state said."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

TEXT = ("Herders said soldiers had burned their camp near Menaka. "
        "The camp was empty, a local official said. "
        "Mali's army denied that its troops had set fire to any tents.")
ACCUSATION = "soldiers had burned their camp near Menaka"
OFFICIAL = "The camp was empty"
DENIAL = "that its troops had set fire to any tents"
ITEM = {"id": "t24", "text": TEXT,
        "claims": [{"claimant_country": None, "stance": "assert", "content_contains": "burned their camp"},
                   {"claimant_country": "MLI", "stance": "deny", "content_contains": "set fire to any tents"}],
        "denials": [{"denier_country": "MLI", "denies_claim_of_country": None,
                     "denies_content_contains": "burned their camp"}]}


@pytest.fixture(scope="module")
def losses():
    """bench/link_losses.py, loaded under its own name (bench/ is no package)."""
    spec = importlib.util.spec_from_file_location("sitrep_bench_link_losses", ROOT / "bench" / "link_losses.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def span(s: str) -> tuple[int, int]:
    i = TEXT.index(s)
    return i, i + len(s)


def claim(words: str, country: str | None, stance: str = "assert", responses: list | None = None) -> dict:
    a, b = span(words)
    return {"start": a, "end": b, "stance": stance, "claimant": {"country": country}, "responses": responses or []}


def denial(country: str | None = "MLI", stance: str = "deny") -> dict:
    a, b = span(DENIAL)
    return {"by": {"country": country}, "stance": stance, "start": a, "end": b}


def decision(ruled: int, model: int, picked: str | None, path: str = "nearby") -> dict:
    """A linker decision as `linker.RECORDER` holds it: candidates the two claims, then "new"."""
    a, b = span(DENIAL)
    return {"denier": "MLI", "start": a, "end": b, "path": path, "ruled": ruled, "model": model,
            "picked": span(picked) if picked else None,
            "spans": [(*span(ACCUSATION), None), (*span(OFFICIAL), None), (a, b, None)]}


def stages(losses, claims, decisions=()):
    missed, wrong = losses.diagnose(ITEM, claims, list(decisions))
    return [m["stage"] for m in missed], [w["stage"] for w in wrong], missed, wrong


def test_a_right_link_loses_nothing(losses):
    missed, wrong, _, _ = stages(losses, [claim(ACCUSATION, None, responses=[denial()]), claim(OFFICIAL, None)])
    assert missed == [] and wrong == []


def test_a_denial_never_extracted(losses):
    missed, wrong, _, _ = stages(losses, [claim(ACCUSATION, None)])
    assert missed == ["a not extracted"] and wrong == []


def test_a_denial_read_as_an_assertion(losses):
    missed, _, found, _ = stages(losses, [claim(ACCUSATION, None, responses=[denial(stance="assert")])])
    assert missed == ["b not deny"] and found[0]["branch"] == "stance assert"


def test_a_denial_given_to_another_country(losses):
    missed, wrong, _, _ = stages(losses, [claim(ACCUSATION, None, responses=[denial(country="NER")])])
    assert missed == ["c denier country"] and wrong == ["spurious denial"]


def test_the_denied_claim_given_to_another_country(losses):
    missed, wrong, found, _ = stages(losses, [claim(ACCUSATION, "MLI", responses=[denial()])])
    assert missed == ["d claim missing/country"] and found[0]["branch"] == "country MLI"
    assert wrong == ["wrong target"]


def test_a_denial_linked_to_another_statement_names_the_branch_that_chose_it(losses):
    claims = [claim(ACCUSATION, None), claim(OFFICIAL, None, responses=[denial()])]
    missed, wrong, found, bad = stages(losses, claims, [decision(ruled=0, model=1, picked=OFFICIAL)])
    assert missed == ["e linked elsewhere"] and wrong == ["wrong target"]
    assert found[0]["branch"] == "model over rule nearby" and found[0]["offered"] is True
    assert bad[0]["target"] == OFFICIAL
    # the model agreeing with the rule, or a later rule moving the model's pick, is told apart
    _, _, found, _ = stages(losses, claims, [decision(ruled=1, model=1, picked=OFFICIAL)])
    assert found[0]["branch"] == "rule nearby, model agreed"
    _, _, found, _ = stages(losses, claims, [decision(ruled=0, model=0, picked=ACCUSATION)])
    assert found[0]["branch"] == "moved after the linker"


def test_a_denial_standing_alone_is_not_linked(losses):
    claims = [claim(ACCUSATION, None), claim(DENIAL, "MLI", stance="deny")]
    missed, wrong, _, _ = stages(losses, claims)
    assert missed == ["f not linked"] and wrong == []


def test_decision_tally_counts_the_rules_the_model_and_the_final_pick(losses):
    tally = losses.tally_decisions(ITEM, [decision(ruled=1, model=0, picked=ACCUSATION)])
    assert tally == {"offered": 1, "rules": 0, "model": 1, "picked": 1, "model alone right, nearby": 1}


def test_held_out_sets_are_refused(losses, monkeypatch, capsys):
    monkeypatch.setattr("sys.argv", ["link_losses.py", "heldout3"])
    with pytest.raises(SystemExit) as exc:
        losses.main()
    assert "held-out" in str(exc.value)
