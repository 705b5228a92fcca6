"""Issue 6, session 17: statement spans and denial links on plain news prose. Made-up text."""
from __future__ import annotations

from conftest import claim_by, json_runner

PUB = "2025-06-10T08:00:00+00:00"


run = json_runner(PUB)


def test_a_verdict_run_to_the_paragraph_end_keeps_no_blank_line(run):
    text = ("The interior ministry said on Monday that the rebels had shelled the market town of Kandi.\n\n"
              "The rebels said that reports that they shelled the town were false.\n\n"
              "Residents said the shelling lasted two hours.")
    rec = run(text)
    claim = claim_by(rec, "shelled the market town")
    denial = next(r for r in claim["responses"] if r["stance"] == "deny")
    assert denial["text"].endswith("false.")
    assert text[denial["start"]:denial["end"]] == denial["text"]
    for c in rec["claims"]:
        assert c["text"] == c["text"].rstrip()
