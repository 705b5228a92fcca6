"""The founding article must meet every expectation of its gold file, checked by the shared checker."""
import subprocess
import sys

import pytest

from conftest import SHARED

GOLD = SHARED / "data" / "seed" / "gold.yaml"
CHECKER = SHARED / "tools" / "check_gold.py"


@pytest.mark.skipif(not GOLD.exists(), reason="../shared is not present")
def test_seed_meets_every_gold_expectation(seed_json):
    _, path = seed_json
    res = subprocess.run([sys.executable, str(CHECKER), str(GOLD), str(path)], capture_output=True, text=True)
    failures = [line for line in res.stdout.splitlines() if line.startswith("FAIL")]
    assert res.returncode == 0, "\n".join(failures) + "\n" + res.stdout.splitlines()[-1]


def test_seed_output_follows_the_contract(seed_json):
    data, _ = seed_json
    assert data["schema"] == "sitrep/1"
    text = data["document"]["text"]
    for key in ("id", "title", "published", "author", "outlet", "language", "text"):
        assert key in data["document"]
    for p in data["places"]:
        assert text[p["start"]:p["end"]] == p["text"]
    for ev in data["events"]:
        for key in ("id", "acled", "plover", "date", "date_end", "time", "date_precision", "actors", "locations",
                    "quantities", "sources", "status", "historical", "evidence"):
            assert key in ev
        assert ev["status"] in ("reported", "claimed", "disputed", "denied")
        assert ev["evidence"] and all(text[e["start"]:e["end"]] == e["text"] for e in ev["evidence"])
        assert ev["sources"][0]["kind"] == "outlet"
    for c in data["claims"]:
        assert c["stance"] in ("assert", "allege", "deny", "confirm")
        for r in c["responses"]:
            assert text[r["start"]:r["end"]] == r["text"]
