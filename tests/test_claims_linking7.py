"""Issue 6, session 8: "the report" told after the denial that names it, breakaway authorities, a denial naming
only its author ("the Tajik account"), speakers' sectors from their own noun phrase. Made-up sentences."""
from __future__ import annotations

from conftest import claim_by, denials, json_runner

PUB = "2025-05-03T09:00:00+00:00"


run = json_runner(PUB)


def test_the_report_named_with_its_author_speaks_for_that_author_when_told_after(run):
    rec = run("LIMA, May 2 - Peru's defence ministry on Monday rejected a report by Bolivia's armed forces, saying "
              "none of its soldiers had crossed the border.\n\nThe report, released on Sunday, said a Peruvian army "
              "patrol had crossed the Desaguadero river and detained three Bolivian traders.")
    full = claim_by(rec, "detained three Bolivian traders")
    assert full["claimant"]["country"] == "BOL"
    assert [r["by"]["country"] for r in denials(full)] == ["PER"]
    # the mention "a report by Bolivia's armed forces" is no claim of its own
    assert not [c for c in rec["claims"] if c["text"].startswith("a report by")]


def test_the_author_of_a_report_in_a_participle_phrase(run):
    rec = run("Somalia's governor of the Bakool region denied a report that troops had abandoned the town of "
              "Elgaras.\n\n"
              "The report, carried on Tuesday by a website linked to the militants, said fighters had entered "
              "Elgaras unopposed.")
    full = claim_by(rec, "entered Elgaras unopposed")
    assert "website linked to the militants" in full["claimant"]["name"]
    assert denials(full)


def test_a_sentence_pointing_back_at_the_accusation_tells_the_claim_in_full(run):
    rec = run("Honduras's defence ministry denied on Sunday that soldiers had taken part in the disappearance of "
              "four farmers near Catacamas.\n\nThe accusation was made on Friday by a collective of relatives, who "
              "said witnesses saw the farmers being pushed into a military truck at a roadblock.")
    full = claim_by(rec, "pushed into a military truck")
    assert [r["by"]["country"] for r in denials(full)] == ["HND"]
    # what the collective says is no title: it is not a military body of the denier's side
    assert full["claimant"]["sector"] != "MIL"


def test_a_pointing_back_sentence_about_something_else_is_not_taken_when_words_differ(run):
    # no "The accusation …" sentence and no shared word: the denial keeps the claim it states
    rec = run("Honduras's defence ministry denied on Sunday that soldiers had taken part in the disappearance of "
              "four farmers near Catacamas.\n\nA teachers' union said schools in the province had reopened.")
    assert not denials(claim_by(rec, "schools in the province had reopened"))


def test_a_name_given_as_known_as_takes_the_sector_of_the_noun(run):
    rec = run("A gang leader known as Gros Zo said in a video that his fighters had seized the Tabarre customs "
              "office. Haiti's police said the office remained under its control.")
    assert claim_by(rec, "seized the Tabarre customs office")["claimant"]["sector"] == "MLT"


def test_breakaway_authorities_are_the_other_side_of_their_state(run):
    rec = run("CHISINAU, March 3 - Moldova's security service said on Friday that soldiers from the breakaway "
              "region had detained two Moldovan farmers near the bridge at Varnita.\n\nThe de facto authorities "
              "in Tiraspol said the men had been caught smuggling cigarettes across the line.\n\nMoldovan "
              "officials rejected that account, saying the two had been cutting hay on their own land.")
    assert denials(claim_by(rec, "caught smuggling cigarettes"))
    assert not denials(claim_by(rec, "detained two Moldovan farmers"))


def test_a_denial_naming_only_its_author_answers_the_authors_account_as_a_whole(run):
    rec = run("BISHKEK, April 8 - Kyrgyzstan's border service said on Tuesday that Tajik troops had fired on a "
              "Kyrgyz post near the village of Ak-Sai, wounding a guard.\n\nTajikistan's border troops said Kyrgyz "
              "guards had fired first during a quarrel over a canal, and that a Tajik shepherd had been wounded."
              "\n\nThe Kyrgyz border service later rejected the Tajik account, saying its guards had fired back "
              "only after being shot at.")
    assert [r["by"]["country"] for r in denials(claim_by(rec, "fired first"))] == ["KGZ"]
    assert not denials(claim_by(rec, "a Tajik shepherd had been wounded"))


def test_a_state_speaker_of_no_known_country_quoted_first_is_of_the_dateline_country(run):
    rec = run("TOKYO - Four foreign coast guard ships entered territorial waters near the islands on Sunday, Chief "
              "Cabinet Secretary Ken Morimoto said.\n\nChina's foreign ministry spokesman, Lin Hao, said the ships "
              "were on a routine patrol.")
    assert claim_by(rec, "entered territorial waters")["claimant"]["country"] == "JPN"


def test_a_unit_of_no_known_name_speaks_for_the_body_that_owns_it(run):
    rec = run("Cambodian soldiers opened fire on a patrol near the temple on Wednesday, the Thai army's Fourth Army "
              "Region said. Cambodia's defence ministry said Thai troops had fired first.")
    assert claim_by(rec, "opened fire on a patrol")["claimant"]["country"] == "THA"


def test_a_claim_dismissed_as_untrue_is_the_claim_named_not_the_name_given(run):
    rec = run("Kosovo's interior minister told reporters that the officers had acted on a court order against an "
              "illegal postal operator.\n\nThe Serbian office's director, Marko Ilic, rejected that explanation as "
              "\"a lie for foreign embassies\", saying no court in Pristina had jurisdiction.")
    denied = claim_by(rec, "acted on a court order")
    assert [r["by"]["country"] for r in denials(denied)] == ["SRB"]
    assert not [c for c in rec["claims"] if c["text"].startswith("that explanation")]


def test_a_denial_naming_a_speaker_of_its_own_country_by_name_answers_that_speaker(run):
    rec = run("TBILISI, Dec 4 - Georgia's interior ministry said protesters had thrown stones at police, injuring "
              "21 officers.\n\nGeorgia's Public Defender said her staff had met detainees with broken bones.\n\n"
              "The interior ministry rejected the Public Defender's statement as biased.")
    assert [r["by"]["country"] for r in denials(claim_by(rec, "met detainees with broken bones"))] == ["GEO"]
    assert not [c for c in rec["claims"] if c["text"].startswith("the Public Defender")]


def test_the_opposition_is_the_other_side_of_its_state():
    from sitrep.claims.speakers import _other_side
    party = {"name": "Burundi's main opposition party", "country": "BDI", "sector": "GOV"}
    ministry = {"name": "interior ministry", "country": "BDI", "sector": "GOV"}
    assert _other_side(party, ministry)
    assert not _other_side({"name": "ruling party", "country": "BDI", "sector": "GOV"}, ministry)


def test_a_figure_of_a_number_names_no_author_and_pure_invention_denies(run):
    rec = run("QUETTA, March 12 - The Balochistan Liberation Army said its fighters had killed 40 soldiers on a "
              "train.\n\n"
              "A provincial government spokesman, Ali Rind, said the group's figure of 40 soldiers was pure "
              "invention.")
    denied = claim_by(rec, "killed 40 soldiers on a train")
    assert [r["by"]["country"] for r in denials(denied)] == ["PAK"]
    assert denied["claimant"]["sector"] == "REB"


def test_the_militants_claim_is_the_armed_groups_even_without_a_country(run):
    rec = run("MAIDUGURI, May 6 - Nigeria's army said its troops had killed 41 insurgents near the village of "
              "Kwalaram.\n\nA spokesman for the Islamic State West Africa Province claimed that its fighters had "
              "repelled the assault and captured two armoured vehicles.\n\nOn Tuesday, army spokesman Colonel "
              "Idris Bakori rejected the militants' claim as propaganda.")
    assert [r["by"]["country"] for r in denials(claim_by(rec, "captured two armoured vehicles"))] == ["NGA"]
    assert not denials(claim_by(rec, "killed 41 insurgents"))


def test_they_continues_the_speaker_of_the_sentence_before(run):
    rec = run("Moroccan military sources said four projectiles had fallen in an empty area east of the wall. They "
              "dismissed the Polisario's account of heavy losses as pure fiction.")
    deniers = [r["by"] for c in rec["claims"] for r in denials(c)]
    assert deniers and deniers[0]["country"] == "MAR"


def test_a_trailing_denial_with_an_adverb_names_only_the_denier(run):
    rec = run("Congo's government said Rwandan troops were fighting alongside the M23 near Goma, an accusation "
              "Rwanda has repeatedly denied.")
    by = [r["by"] for r in denials(claim_by(rec, "fighting alongside the M23"))]
    assert [b["name"] for b in by] == ["Rwanda"] and by[0]["country"] == "RWA"


def test_where_a_body_is_based_is_not_whose_it_is(run):
    rec = run("Kamaran Othman, of the US-based Community Peacemaker Teams, said three civilians were wounded in the "
              "strike.")
    assert claim_by(rec, "three civilians were wounded")["claimant"]["country"] is None


def test_a_body_named_again_is_the_latest_of_that_name(run):
    rec = run("Armenia's Defence Ministry said Azerbaijani troops had fired on Sotk. Azerbaijan's Defence Ministry "
              "rejected the report. The Defence Ministry said Armenian units had fired first.")
    assert claim_by(rec, "Armenian units had fired first")["claimant"]["country"] == "AZE"


def test_a_spokesperson_with_a_country_of_its_own_keeps_it(run):
    rec = run("Congo's government said Rwandan troops had shelled Goma. In Kigali, government spokeswoman Ada Uwase "
              "rejected the accusation.")
    # placed by the capital she spoke in, not taken for the government that spoke before
    assert [r["by"]["country"] for r in denials(claim_by(rec, "had shelled Goma"))] == ["RWA"]


def test_backed_in_an_appositive_does_not_unmake_a_named_group(run):
    rec = run("The Islamic Resistance in Iraq, an umbrella of Iran-backed militias, said it had launched drones at a "
              "base in Syria. Turkish-backed factions said they had shelled a village near Afrin.")
    assert claim_by(rec, "launched drones")["claimant"]["country"] == "IRQ"
    # a group named only by its backer is still not the backer's
    assert claim_by(rec, "shelled a village")["claimant"]["country"] != "TUR"


def test_an_unknown_group_described_as_an_armed_faction_is_of_the_ground_it_fights_on(run):
    rec = run("ERBIL, Iraq, July 16 - A drone struck a gas field in Iraq's Kurdistan region, the region's interior "
              "ministry said. A regional spokesman accused outlaw groups of carrying out the attack.\n\nKataib Jund "
              "al-Haq, an Iran-aligned armed faction, denied any involvement in the strike.")
    by = [r["by"] for c in rec["claims"] for r in denials(c)]
    assert by and by[0]["country"] == "IRQ" and by[0]["sector"] == "REB"
