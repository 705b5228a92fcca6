"""Issue 6, session 7: denials that mention another author's claim, told in full afterwards. Made-up
sentences, names varied."""
from __future__ import annotations

import pytest

from conftest import claim_by, denials, json_runner

PUB = "2025-03-11T09:00:00+00:00"


run = json_runner(PUB)


def _denied_by(rec: dict, country: str) -> list[dict]:
    return [c for c in rec["claims"] for r in denials(c) if r["by"]["country"] == country]


def test_a_mention_sharing_a_word_answers_the_full_statement_told_next(run):
    rec = run("TEHRAN, March 10 - Iran's navy on Monday rejected an American claim that its patrol boats had "
              "harassed a US cruiser near the Strait of Hormuz.\n\nThe US Navy said on Sunday that four armed "
              "craft had sailed within 200 metres of the cruiser and ignored radio warnings.")
    full = claim_by(rec, "within 200 metres of the cruiser")
    assert [r["by"]["country"] for r in denials(full)] == ["IRN"]
    assert full["claimant"]["country"] == "USA"
    # the mention is no claim of its own once the statement it mentions is told
    assert not [c for c in rec["claims"] if c["text"].startswith("that its patrol boats")]


def test_a_mention_stating_nothing_answers_the_authors_statement_in_the_next_sentence(run):
    rec = run("Vietnam's foreign ministry dismissed China's account of a collision near the Paracel Islands. "
              "China's coast guard said Vietnamese trawlers had rammed one of its cutters.")
    assert [c["claimant"]["country"] for c in _denied_by(rec, "VNM")] == ["CHN"]
    assert "rammed one of its cutters" in _denied_by(rec, "VNM")[0]["text"]


def test_a_stated_mention_sharing_no_word_stays_the_denied_claim(run):
    # the author's next statement is about something else: the denial keeps the claim it states
    rec = run("Vietnam's foreign ministry rejected a Chinese claim that its fishermen had cut a survey cable. "
              "China's coast guard said it had expelled two foreign vessels from the area.")
    denied = _denied_by(rec, "VNM")
    assert denied and all("cut a survey cable" in c["text"] for c in denied)


def test_the_author_must_be_the_one_the_mention_names(run):
    rec = run("Kenya's army rejected a Somali claim that its troops had shelled a market in Gedo. Ethiopia's "
              "army said its troops had shelled militant positions in Gedo.")
    denied = _denied_by(rec, "KEN")
    assert denied and all(c["claimant"]["country"] == "SOM" for c in denied)


def test_a_lone_denial_answers_a_stateless_claim_told_in_its_after_clause(run):
    rec = run("The rebels on Thursday denied shelling the clinic in Kadugli, after Doctors Without Borders said "
              "at least 17 patients had been killed there.")
    told = claim_by(rec, "17 patients had been killed")
    assert [r["by"]["country"] for r in denials(told)] == ["SDN"]
    # and no implied claim is left beside it
    assert not [c for c in rec["claims"] if c["text"].startswith("shelling the clinic")]


def test_a_participle_of_result_stays_in_what_was_said_and_can_be_denied(run):
    rec = run("The army said its jets had bombed a rebel depot near Kauda, killing dozens of fighters.\n\n"
              "A rebel spokesman denied that any fighters had been killed.")
    said = claim_by(rec, "bombed a rebel depot")
    assert said["text"].endswith("killing dozens of fighters")
    assert len(denials(said)) == 1


def test_a_negated_passive_is_a_statement_not_a_denial(run):
    rec = run("Rebels said they had shelled the airport in Kassala. The state governor said the airport itself "
              "had not been hit.")
    assert claim_by(rec, "had not been hit")["stance"] == "assert"
    assert not denials(claim_by(rec, "shelled the airport"))


TRANSCRIPT = ("ANKARA, June 3 - Syria's foreign ministry spokesman Walid Mansour was asked at a news conference about "
              "Turkish reports that Syrian jets had bombed a convoy near Azaz.\n\n"
              "Q: Did your air force attack the convoy?\n\n"
              "Mansour: We categorically deny any involvement. These reports are invented to justify aggression.\n\n"
              "Q: Will Damascus allow monitors into the area?\n\n"
              "Mansour: Our position has not changed.")


def test_a_reporters_question_is_no_claim(run):
    rec = run(TRANSCRIPT)
    assert not [c for c in rec["claims"] if c["text"].rstrip().endswith("?")]


def test_a_transcript_denial_answers_the_claim_its_noun_names_with_the_state_of_its_adjective(run):
    rec = run(TRANSCRIPT)
    reported = claim_by(rec, "Syrian jets had bombed a convoy")
    assert reported["claimant"]["country"] == "TUR"
    assert [r["by"]["country"] for r in denials(reported)] == ["SYR"]
    # the quote's inner "We … deny" is the same statement as the quote, not a second denial
    assert sum(len(denials(c)) for c in rec["claims"]) == 1


HEADLINE = ("Rebels deny downing army helicopter\n\n"
            "GOMA, May 2 - M23 rebels on Tuesday denied shooting down a Congolese army helicopter near Rutshuru.\n\n"
            "Congo's army said on Monday the helicopter had been downed by rebel fire, killing its three crew.")


def test_a_headline_denial_answers_what_the_body_denial_answers(nlp):
    # a text handed over whole, its title line kept (the claims sets, the API's text field); files read by
    # `sitrep ingest` take the title off into the Document's metadata
    from sitrep.model import Document
    from sitrep.pipeline import extract
    rec = next(extract([Document(text=HEADLINE, id="h", published=PUB)], nlp=nlp)).to_json()
    told = claim_by(rec, "downed by rebel fire")
    texts = [r["text"] for r in denials(told)]
    assert len(texts) == 2 and texts[0].startswith("downing army helicopter")
    # the body's fuller denial is kept, not swallowed by the headline's
    assert any("Congolese army helicopter" in t for t in texts)


def test_a_mention_naming_no_author_answers_the_full_report_told_next(run):
    rec = run("Somalia's army denied a report that its troops had abandoned the town of Galcad to the militants. "
              "Clan elders told a local radio station that the militants had entered Galcad unopposed after "
              "soldiers withdrew overnight.")
    told = claim_by(rec, "entered Galcad unopposed")
    assert [r["by"]["country"] for r in denials(told)] == ["SOM"]
    assert not [c for c in rec["claims"] if c["text"].startswith("that its troops had abandoned")]


def test_a_mention_naming_no_author_keeps_its_claim_when_nothing_after_shares_a_word(run):
    rec = run("Somalia's army denied a report that its troops had abandoned the town of Galcad. Clan elders said "
              "food prices had doubled in the region.")
    assert denials(claim_by(rec, "troops had abandoned the town"))


def test_a_spokesperson_titled_by_an_institution_speaks_for_the_institution_named_before(run):
    rec = run("BANGKOK, May 29 - Thailand's army said Cambodian soldiers had opened fire first on a Thai patrol.\n\n"
              "Cambodia's defence ministry said one of its soldiers had been killed. \"Cambodia did not shoot "
              "first,\" ministry spokeswoman Sok Dara told reporters. She called the Thai account a distortion.")
    by_kh = [r for c in rec["claims"] for r in denials(c) if r["by"]["name"] and "Sok Dara" in r["by"]["name"]]
    assert by_kh and all(r["by"]["country"] == "KHM" for r in by_kh)


def test_disputing_land_is_no_denial(run):
    rec = run("Thailand's army said Cambodian troops fired first. The two countries have disputed parts of their "
              "border for decades.")
    assert not [r for c in rec["claims"] for r in denials(c)]


def test_a_spokesman_titled_by_the_group_speaks_for_the_group_that_spoke_last(run):
    # places and the other side's words point to the United States; the title points to the movement
    rec = run("SANAA, March 22 - Yemen's Houthi movement said on Saturday it had targeted an American aircraft "
              "carrier in the northern Red Sea.\n\nThe group's military spokesman, Ali Qasem, said the operation "
              "forced the carrier to move north.\n\nU.S. Central Command said two destroyers had shot down 11 "
              "drones.")
    assert claim_by(rec, "forced the carrier")["claimant"]["country"] == "YEM"


def test_an_interviewers_turn_is_no_claim_but_the_report_it_relays_is(run):
    rec = run("Q: Kenya's interior minister said on Sunday that your fighters had attacked a bus near Mandera.\n\n"
              "Spokesman Ahmed Warsame: That is a lie. Our fighters were nowhere near Mandera.")
    assert not [c for c in rec["claims"] if c["claimant"]["name"] == "Q"]
    relayed = claim_by(rec, "attacked a bus near Mandera")
    assert relayed["claimant"]["country"] == "KEN"


@pytest.mark.parametrize("words", ['had "no link" to the shooting', "had no connection with the shooting",
                                   'called the report "a defamation campaign"'])
def test_ties_denied_and_slander_named_are_denials(run, words):
    rec = run(f"Witnesses said soldiers fired on the crowd. The army said it {words}." if "called" not in words
              else f"Witnesses said soldiers fired on the crowd. The army {words}.")
    # a denial: a response on the witnesses' claim or a denial statement of its own
    said = [r["stance"] for c in rec["claims"] for r in c["responses"] if "army" in (r["by"]["name"] or "")]
    said += [c["stance"] for c in rec["claims"] if "army" in (c["claimant"]["name"] or "")]
    assert said == ["deny"], said


def test_a_group_described_as_the_group_keeps_itself_in_its_source_chain(run):
    rec = run("PEMBA, Aug 12 - Mozambique's armed forces on Monday rejected as false a claim by Islamic State that "
              "its fighters had killed 30 soldiers.\n\nThe group said in a statement that its fighters attacked a "
              "military convoy on the road to Mucojo.")
    said = claim_by(rec, "attacked a military convoy")
    assert "armed forces" not in " ".join(s["name"] for s in said["sources"])


def test_it_said_after_a_post_is_the_poster_not_the_platform(run):
    rec = run("The governor wrote on Telegram that drones had hit a fuel depot. Two workers were injured, it said.")
    assert claim_by(rec, "Two workers were injured")["claimant"]["name"] == "governor"


def test_it_continues_the_last_sentences_speaking_body_not_the_group_named_before(run):
    rec = run("Al-Shabaab claimed its fighters had killed 47 soldiers. Somalia's information ministry said the army "
              "had repulsed the attack. It dismissed the group's death toll as propaganda.")
    toll = claim_by(rec, "killed 47 soldiers")
    assert [r["by"]["name"] for r in denials(toll)] == ["Somalia's information ministry"]


def test_rejected_as_baseless_a_claim_by_is_a_denial(run):
    rec = run("The rebels said they had captured 22 soldiers. The army rejected as \"baseless\" a claim by the rebels "
              "that its soldiers had been captured.")
    assert [r["by"]["name"] for r in denials(claim_by(rec, "captured 22 soldiers"))] == ["army"]


def test_in_a_civil_war_the_deniers_own_side_never_tells_the_claim_it_denies(run):
    rec = run("QUETTA, March 12 - Pakistan's military rejected as \"baseless\" a claim by Baloch separatists that they "
              "had captured 22 soldiers from a military convoy.\n\nA military spokesman said four soldiers and nine "
              "militants were killed in the clash.")
    assert not denials(claim_by(rec, "four soldiers and nine militants"))
