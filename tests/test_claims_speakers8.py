"""Speakers of claims, eighth round (claims/speakers.py, data/claims/speakers.yaml): the sides of parties' officers,
lawyers and units, and the story's country. An officer of a political body named by its noun ("the party's
spokesman, X", "its secretary general, X") speaks for the party named before and is on its side, not the state's a
spokesman's title reads as; "the party" alone is the one party named before; a speaker whose name holds another
speaker's own name as its owner ("DEM Party lawyer X") is on that speaker's side, two bodies sharing words are not;
a border or a neighbour named ("near the border with Venezuela", "fled to Chad") weighs less in the story's country
than the places where things happened. Texts written for these tests, one test per rule (session 15)."""

from conftest import claim_by, denials, json_runner

from sitrep.claims.speakers import _other_side, _same_side, _side_of

PUB = "2025-06-10T08:00:00+00:00"


run = json_runner(PUB)


def test_a_partys_spokesman_speaks_for_the_opposition_party_not_the_state(run):
    rec = run("N'DJAMENA, May 6 (Sahel Wire) - Chad's opposition Renewal Party said security forces had arrested "
              "forty of its members in the capital. The party's spokesman, Moussa Allamine, said the detainees had "
              "been beaten in custody. Government spokesman Abdel Koulamallah dismissed the beating claims as lies.")
    officer = claim_by(rec, "had been beaten in custody")
    assert officer["claimant"]["country"] == "TCD" and officer["claimant"]["sector"] not in ("GOV", "MIL", "POL")
    assert _side_of(officer["claimant"]) == "armed"  # the opposition's side, against the government
    assert [d["by"]["sector"] for d in denials(officer)] == ["GOV"]
    assert not denials(claim_by(rec, "arrested forty of its members"))


def test_its_secretary_general_is_on_the_opposition_partys_side(run):
    rec = run("BANGUI, March 3 (Wire) - The Central African opposition Union for Change said police had detained "
              "twelve of its activists in Bangui. Its secretary general, Didier Koyassoum, said the activists had "
              "been whipped at a police station. Government spokesman Maxime Balalou dismissed the whipping claims "
              "as inventions.")
    officer = claim_by(rec, "been whipped at a police station")["claimant"]
    assert officer["country"] == "CAF" and _side_of(officer) == "armed"
    assert _same_side(officer, claim_by(rec, "detained twelve")["claimant"])
    assert _other_side(officer, {"name": "Government spokesman Maxime Balalou", "country": "CAF", "sector": "GOV"})


def test_the_party_alone_is_the_one_party_named_before(run):
    rec = run("N'DJAMENA, May 6 (Sahel Wire) - Chad's opposition Union for Renewal said soldiers had shot two "
              "protesters in Moundou on Sunday. The party said the soldiers also burned a market. The army denied "
              "burning the market.")
    party = claim_by(rec, "also burned a market")
    first = claim_by(rec, "shot two protesters")
    assert _same_side(party["claimant"], first["claimant"])
    assert _other_side(party["claimant"], {"name": "army", "country": "TCD", "sector": "MIL"})
    assert [d["by"]["sector"] for d in denials(party)] == ["MIL"]
    assert not denials(first)


def test_a_speaker_named_with_a_partys_own_name_is_on_that_partys_side(run):
    rec = run("ANKARA, May 6 (Wire) - The pro-Kurdish DEM Party said police had beaten detainees in Diyarbakir. "
              "DEM Party lawyer Zerin Kaya said the detainees had been tortured. A week later a lawyer for the DEM "
              "Party said two of them were still in hospital.")
    party = claim_by(rec, "police had beaten detainees")["claimant"]
    lawyer = claim_by(rec, "had been tortured")["claimant"]
    other = claim_by(rec, "still in hospital")["claimant"]
    assert party["country"] == lawyer["country"] == "TUR"
    assert _same_side(lawyer, party) and _same_side(party, lawyer) and _same_side(other, party)
    # two bodies of one country sharing words are no one side
    sna = {"name": "the Syrian National Army", "country": "SYR", "sector": "REB"}
    saa = {"name": "Syrian Arab Army spokesman Ali Hassan", "country": "SYR", "sector": "MIL"}
    assert not _same_side(saa, sna) and not _same_side(sna, saa)


def test_a_border_named_weighs_less_than_where_things_happened(run):
    rec = run("The district police said gunmen had killed three farmers near Tame on Tuesday, close to the border "
              "with Venezuela.")
    assert claim_by(rec, "killed three farmers")["claimant"]["country"] == "COL"
    rec = run("The provincial police said armed men had burned houses in Kutum, and thousands of villagers had "
              "fled to Chad.")
    assert claim_by(rec, "burned houses in Kutum")["claimant"]["country"] == "SDN"


def test_a_countrys_word_naming_a_border_is_no_party_to_the_story(run):
    rec = run("Radio Frontera, morning bulletin\n\nThe ELN guerrilla says it shot down a military drone on Wednesday. "
              "Two soldiers were also wounded in a clash near the Venezuelan border, it said, and dozens of families "
              "fled to Venezuela.\n\nThe army's Eighteenth Brigade denied losing any aircraft. A brigade officer "
              "told this station the soldiers had stepped on a landmine.")
    assert claim_by(rec, "stepped on a landmine")["claimant"]["country"] == "COL"
