"""Session 23: a denial of the denier's own role answers the first statement putting the act on its forces, named
by no country ("soldiers of the army's mountain brigade") or named after a statement that names the denier only as
a place (rule 7); a worded denial told before the claim answers the author's statement telling the denied act, not
the author's first statement (rule 5); "A Ugandan army statement said" is the army's; "the Zambian government,
which said" is not another country's body named before. Made-up sentences."""
from __future__ import annotations

from conftest import claim_by, denials, json_runner

PUB = "2025-06-03T09:00:00+00:00"


run = json_runner(PUB)


def _deniers(rec, text):
    return [r["by"]["country"] for r in denials(claim_by(rec, text))]


def test_an_own_role_denial_answers_the_statement_naming_its_unnamed_unit(run):
    rec = run("TEGUCIGALPA, March 4 - Three farmers were found dead near the town of Olanchito on Saturday, local "
              "officials said.\n\nA farmers' cooperative in the town said the men had gone to their fields on "
              "Friday. The cooperative said on Sunday that they had been shot by soldiers of the army's mountain "
              "brigade.\n\nHonduras's defence ministry said the armed forces had nothing to do with the killings.")
    assert _deniers(rec, "shot by soldiers of the army's mountain brigade") == ["HND"]
    assert _deniers(rec, "Three farmers were found dead") == []


def test_an_own_role_denial_passes_over_a_statement_naming_the_denier_as_a_place(run):
    rec = run("NIAMEY, April 2 - A roadside bomb killed six policemen near the town of Ayorou on Monday, Niger's "
              "army said.\n\nThe army's press office said the attackers had come from a camp in Mali's Menaka "
              "region. It said on Tuesday that Malian army units had let the attackers cross the border.\n\n"
              "Mali's government denied any role in the attack.")
    assert _deniers(rec, "Malian army units had let the attackers cross") == ["MLI"]
    assert _deniers(rec, "had come from a camp in Mali") == []


def test_a_worded_denial_before_the_claim_answers_the_statement_telling_the_denied_act(run):
    rec = run("YEREVAN, Nov 4 - Armenia's defence ministry on Monday denied that Azerbaijani forces had destroyed "
              "a radar station near Sotk.\n\nAzerbaijan's defence ministry said on Sunday that its units had "
              "shelled Armenian positions near Sotk for an hour. It said a radar station had been destroyed and "
              "that two Armenian trucks had been hit.\n\nThe Armenian ministry said the shells fell in an empty "
              "field.")
    assert _deniers(rec, "a radar station had been destroyed") == ["ARM"]
    assert _deniers(rec, "shelled Armenian positions") == []


def test_a_statement_named_by_its_army_is_the_armys(run):
    rec = run("KINSHASA, May 14 - Government spokesman Jean Mbala said Ugandan soldiers had burned 30 huts near "
              "the town of Mahagi.\n\nA Ugandan army statement said its troops had stayed on Ugandan soil.")
    assert claim_by(rec, "stayed on Ugandan soil")["claimant"]["country"] == "UGA"
    assert claim_by(rec, "burned 30 huts")["claimant"]["country"] == "COD"


def test_a_government_named_with_its_country_before_which_said_keeps_its_country(run):
    rec = run("LUSAKA, May 14 - Malawi's army on Monday denied a report that its soldiers had crossed into Zambia."
              "\n\nThe report was made on Sunday by the Zambian government, which said Malawian troops hunting "
              "smugglers had entered the village of Chama on Friday.")
    assert claim_by(rec, "had entered the village of Chama")["claimant"]["country"] == "ZMB"
