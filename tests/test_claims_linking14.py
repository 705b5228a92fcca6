"""Issue 6, session 16: a lead's speaker when the parser folds a subordinate clause into the cue verb, the lead of a
story that opens with a dateline, and a lawyer described in the lead and named below as one author. Made-up text."""
from __future__ import annotations

from conftest import claim_by, json_runner

from sitrep.claims.denials import _same_author

PUB = "2025-03-04T09:00:00+00:00"


run = json_runner(PUB)


def test_the_speaker_is_the_subject_before_a_subordinate_clause_the_parser_folded_in(run):
    # "after a police raid in Eldoret told …": the parser makes "raid" a second subject of "told"
    rec = run("ELDORET — A lawyer for the families of two students who went missing after a police raid in Eldoret "
              "told the High Court on Friday that the students were last seen inside a police van.")
    speaker = claim_by(rec, "last seen inside a police van")["claimant"]["name"]
    assert speaker.lower().startswith("lawyer") and "raid" not in speaker


def test_a_lawyer_described_and_a_lawyer_named_on_one_side_are_one_author():
    described = {"name": "lawyer for the families of two students", "country": "KEN", "sector": "CVL"}
    named = {"name": "Advocate Njeri Mwangi", "country": "KEN", "sector": None}
    assert _same_author(described, named)
    assert _same_author(named, described)


def test_lawyers_of_two_countries_or_an_attorney_general_are_not_one_author():
    described = {"name": "lawyer for the families of two students", "country": "KEN", "sector": "CVL"}
    assert not _same_author(described, {"name": "Advocate Njeri Mwangi", "country": "UGA", "sector": None})
    assert not _same_author(described, {"name": "Attorney General Paul Kiprono", "country": "KEN", "sector": "GOV"})


def test_a_version_called_a_cover_story_denies_the_claim_it_names(run):
    rec = run("MULTAN, April 2 - The provincial home minister said on Tuesday that opposition supporters had burned "
              "eleven buses in Multan and that 40 officers had been hurt.\n\n"
              "An opposition spokesman, Tariq Bhatti, said the home minister's version was a cover story. Men sent "
              "by the police had burned the buses, he said.")
    deniers = [r["by"]["country"] for r in claim_by(rec, "burned eleven buses")["responses"] if r["stance"] == "deny"]
    assert deniers == ["PAK"]


def test_a_present_tense_denial_in_a_title_the_tagger_read_as_a_noun_denies(run):
    # "rejects" tagged as a plural noun: no attribution holds it
    rec = run("Georgia rejects Abkhaz report of shooting near Ganmukhuri\n\n"
              "SUKHUMI, June 9 - The breakaway region's security service said on Monday that Georgian police had fired "
              "on a patrol near Ganmukhuri overnight.")
    deniers = [r["by"]["country"] for r in claim_by(rec, "had fired on a patrol")["responses"] if r["stance"] == "deny"]
    assert deniers == ["GEO"]


def test_a_plea_of_not_guilty_is_a_denial_by_the_defendant(run):
    rec = run("Prosecutors told the court in Ibarra on Monday that two soldiers had beaten a farmer to death at a "
              "checkpoint in March.\n\n"
              "The soldiers have pleaded not guilty. The trial resumes on Thursday.")
    responses = claim_by(rec, "had beaten a farmer to death")["responses"]
    assert [r["stance"] for r in responses] == ["deny"]
    assert "soldiers" in responses[0]["by"]["name"]


def test_a_plea_names_the_charge_it_denies(run):
    rec = run("A magistrate in Lusaka on Tuesday refused bail to an opposition lawmaker, Chanda Mulenga, who police say "
              "told a rally to attack a police station.\n\n"
              "Mulenga has pleaded not guilty to charges that he incited violence at the rally.")
    pleas = [r for c in rec["claims"] for r in c["responses"] if r["stance"] == "deny"]
    assert pleas and all("incited violence" in r["text"] for r in pleas)


def test_a_plea_of_guilty_is_no_denial(run):
    rec = run("Prosecutors said on Monday that the mayor had taken bribes from a road contractor.\n\n"
              "The mayor pleaded guilty to two of the charges and will be sentenced next month.")
    assert not [r for c in rec["claims"] for r in c["responses"] if r["stance"] == "deny"]


def test_a_mention_denied_in_the_title_and_the_body_moves_whole_onto_the_statement_told_next(run):
    rec = run("Georgia rejects Russian report of drone over Akhalgori\n\n"
              "TBILISI - Georgia's interior ministry on Sunday denied a Russian statement that Georgian drones had "
              "flown over military posts in the Akhalgori district.\n\n"
              "Russia's defence ministry said in the morning that two drones had circled its posts near Akhalgori for "
              "an hour before turning back.\n\n"
              '"The information spread by the Russian side is false," the Georgian ministry said.')
    told = claim_by(rec, "two drones had circled its posts")
    assert len([r for r in told["responses"] if r["stance"] == "deny"]) >= 2
    assert not [c for c in rec["claims"] if "Georgian drones had flown" in c["text"] and c["responses"]]


def test_a_denial_of_both_claims_answers_the_two_statements_of_the_other_side(run):
    rec = run("RABAT, May 6 — A lawyer for a jailed journalist told the court on Tuesday that his client had been kept "
              "in solitary confinement for six weeks.\n\n"
              "Defence lawyer Karim Alaoui also said the main prosecution witness had been paid by the police.\n\n"
              "The prosecutor, Driss Bennani, rejected both claims. He said the journalist had shared a cell with "
              "two other prisoners.")
    for words in ("solitary confinement", "paid by the police"):
        assert [r["stance"] for r in claim_by(rec, words)["responses"]] == ["deny"], words


def test_an_account_called_wishful_thinking_is_denied(run):
    rec = run("MOGADISHU, Jan 8 - Al-Shabaab said on Tuesday that its fighters had captured an army base near Bulo "
              "Marer and killed 30 soldiers.\n\n"
              "The army's spokesman told reporters in Mogadishu that the militants' account was wishful thinking and "
              "that the base was still held by government troops.")
    deniers = [r["by"]["country"] for r in claim_by(rec, "captured an army base")["responses"] if r["stance"] == "deny"]
    assert deniers == ["SOM"]


def test_an_account_that_did_not_match_the_facts_is_denied(run):
    rec = run("Residents of Kalma camp said on Friday that soldiers had fired on a crowd queuing for water, killing "
              "two women.\n\n"
              "A spokesman for Sudan's armed forces said the residents' account did not match the facts.")
    said = [r for c in rec["claims"] for r in c["responses"] if "match the facts" in r["text"]]
    assert [r["stance"] for r in said] == ["deny"]


def test_a_speaker_named_by_initials_is_on_the_side_of_the_body_they_abbreviate():
    from sitrep.claims.speakers import _same_side

    body = {"name": "Chad's National Army Command", "country": "TCD", "sector": "MIL"}
    assert _same_side({"name": "NAC spokesman", "country": "TCD", "sector": "MIL"}, body)
    # initials that spell no run of the other's words, or a body with initials of its own, are no match
    assert not _same_side({"name": "FACT spokesman", "country": "TCD", "sector": "REB"}, body)
    assert not _same_side({"name": "NAC spokesman", "country": "TCD", "sector": "MIL"},
                          {"name": "the NRC Command", "country": "TCD", "sector": "MIL"})


def test_spreading_false_news_charged_is_no_verdict_on_a_claim(run):
    rec = run("A prosecutor told a court in Sfax on Monday that a blogger, Amine Jlassi, had spread false news about "
              "an army convoy on the border.\n\n"
              "Jlassi told the judges that he had only repeated what drivers had told him.")
    charge = claim_by(rec, "had spread false news")
    assert charge["stance"] != "deny" and not [r for r in charge["responses"] if r["stance"] == "deny"]


def test_a_trailing_denial_by_a_plural_speaker_in_the_present_is_a_denial(run):
    rec = run("Manipur's chief minister said on Monday that gunmen from across the border had joined the fighting, a "
              "charge the hill communities deny.\n\n"
              "Police said a curfew would stay in place in Churachandpur.")
    responses = claim_by(rec, "had joined the fighting")["responses"]
    assert [r["stance"] for r in responses] == ["deny"]


def test_a_denial_naming_its_topic_answers_the_one_claim_of_that_topic(run):
    rec = run("LOME, June 3 (West Africa Wire) - Togo's opposition National Alliance for Change said security forces had "
              "detained sixty of its supporters in Lome. The alliance's spokesman, Kossi Mensah, said the detainees "
              "had been whipped in custody. Government spokesman Akoda Ayewouadan dismissed the whipping claims as "
              "lies.")
    assert [r["stance"] for r in claim_by(rec, "had been whipped")["responses"]] == ["deny"]
    assert not claim_by(rec, "had detained sixty")["responses"]
