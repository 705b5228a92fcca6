"""Outputs do not depend on Python's string hash order: the same text extracted in processes with different
PYTHONHASHSEED values gives the same JSON (session 19 saw a transcript turn's speaker come out "GOV" in one run and
"MIL" in another: the sector was taken from a set of (country, sector) pairs; it is now the first one named)."""
import json

from conftest import run_cli

# a transcript whose intro names two bodies of one state: the turns' speaker is of that state, with the sector of
# the body named first
TRANSCRIPT = (
    "Transcript: the Malian government and the Malian army brief reporters on the attack in Menaka\n\n"
    "Konate: Our forces repelled an attack on the town of Menaka on Tuesday and killed 20 assailants. Four soldiers "
    "were wounded.\n\n"
    "Reporter: Who carried out the attack?\n\n"
    "Konate: The attackers belong to a jihadist group active in the border area. We will pursue them.\n"
)


def test_extract_is_the_same_whatever_the_hash_seed(tmp_path):
    path = tmp_path / "briefing.txt"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    outs = []
    for seed in ("1", "2", "5"):  # (1 and 2 gave different sectors before)
        res = run_cli("extract", str(path), "--format", "json", "--published", "2024-03-05",
                      env={"PYTHONHASHSEED": seed})
        assert res.returncode == 0, res.stderr.decode()
        outs.append(res.stdout)
    assert outs[0] == outs[1] == outs[2]
    record = json.loads(outs[0])
    turns = [c["claimant"] for c in record["claims"] if c["claimant"].get("name") == "Konate"]
    assert turns and all((c.get("country"), c.get("sector")) == ("MLI", "GOV") for c in turns), turns
