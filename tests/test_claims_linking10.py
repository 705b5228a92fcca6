"""Issue 6, session 12: denials the linker lost or misread — a pronoun or a coordinated verb calling a claim
untrue, a claim noun dated by a weekday, what a naming verb calls the claim kept out of it, a second denial that
names the claim, a voice that already denied one claim answering the next, transcripts and state media of the
article's state; a claim noun called false inside a turn, a call coordinated with a negated statement, a charge
"called 'absurd'". Made-up sentences."""
from __future__ import annotations

from conftest import claim_by, denials, json_runner

PUB = "2025-09-09T08:00:00+00:00"


run = json_runner(PUB)


def _deniers(claim: dict) -> list:
    return [r["by"]["country"] for r in denials(claim)]


def test_what_a_naming_verb_calls_the_claim_is_no_part_of_it(nlp):
    from sitrep.claims.denials import _claim_text_span

    for text, want in [("The interior ministry called the claim \"a cheap invention\".", "the claim"),
                       ("The ministry called the reports a provocation.", "the reports")]:
        doc = nlp(text)
        start = text.index(want)
        a, b = _claim_text_span(doc, start, len(text) - 1)
        assert text[a:b] == want


def test_a_claim_noun_dated_by_a_weekday_points_at_the_authors_first_statement(run):
    rec = run("Ghana's foreign ministry said on Saturday that weapons flown into northern Togo were being driven "
              "across the border to rebels near Bawku.\n\n"
              "In a letter to the African Union, the ministry said the Niamtougou airstrip had received 30 cargo "
              "flights since May. It said it had flight records.\n\n"
              "The rebels said separately that they had captured a police post near Bawku.\n\n"
              "Togo's government spokesman rejected the accusation on Sunday, calling it an insult to a neighbour.")
    assert _deniers(claim_by(rec, "driven across the border")) == ["TGO"]
    assert not denials(claim_by(rec, "30 cargo flights"))
    # "calling it an insult": a comment on the denial just made, no statement of its own
    assert not [c for c in rec["claims"] if c["text"].startswith("it an insult")]


def test_an_accusation_called_a_smokescreen_is_denied(run):
    rec = run("Rwanda's government said on Monday that Congolese army officers had supplied rifles to the FDLR "
              "militia in North Kivu.\n\n"
              "Government spokeswoman Grace Uwase said the FDLR had also shelled Rwandan territory near Rubavu last "
              "week, wounding two civilians.\n\n"
              "Congo's communications minister said the accusation was \"a smokescreen\" for Rwanda's support of "
              "the M23 rebels.")
    assert _deniers(claim_by(rec, "supplied rifles")) == ["COD"]
    assert not denials(claim_by(rec, "shelled Rwandan territory"))


def test_a_second_denial_naming_the_claim_counts_after_another_sides_statement(run):
    rec = run("Zambia's opposition said on Monday that police had blocked 40 buses carrying its supporters to a "
              "rally in Kitwe, a charge the government denied.\n\n"
              "The opposition's spokesman, Mwila Banda, said some supporters had walked 30 kilometres.\n\n"
              "Zambia's interior ministry said on Tuesday that the buses had been stopped for a licence check. "
              "It called the claim of a blockade \"a cheap invention\".")
    assert len(denials(claim_by(rec, "blocked 40 buses"))) == 2


def test_a_voice_that_denied_one_claim_answers_the_next_one_asked(run):
    rec = run("Excerpts from a briefing by the foreign ministry spokesman, Tashkent.\n\n"
              "Q: Kyrgyz officials said on Monday that Uzbek guards had fired at herders near the Sokh enclave. "
              "Your response?\n\n"
              "Rustam Aliyev: That is a fabrication spread to sour our talks.\n\n"
              "Q: Tajikistan's state news agency says your country has closed two crossings to Tajik lorries.\n\n"
              "Rustam Aliyev: We reject this claim completely. The crossings are open.")
    assert _deniers(claim_by(rec, "fired at herders")) == ["UZB"]
    assert _deniers(claim_by(rec, "closed two crossings")) == ["UZB"]


def test_a_turn_speaker_of_no_country_is_of_the_capital_the_intro_names(run):
    rec = run("Transcript: weekly briefing by the foreign ministry spokeswoman, Ankara\n\n"
              "Question: Kurdish officials in Syria say a drone struck a bakery near Qamishli on Sunday.\n\n"
              "Selin Kaya: Our operations target only armed groups. These allegations are invented.")
    said = claim_by(rec, "struck a bakery")
    assert _deniers(said) == ["TUR"]


def test_a_verb_coordinated_with_a_statement_has_its_speaker(run):
    rec = run("The district police said on Friday that the rebels had forced farmers to dig trenches near "
              "Kanpur village in Chhattisgarh.\n\n"
              "In a press note, the Maoist committee said two of the dead were farmers collecting firewood and "
              "called the trench accusation baseless.")
    said = claim_by(rec, "forced farmers to dig trenches")
    assert len(denials(said)) == 1
    assert "committee" in (denials(said)[0]["by"]["name"] or "")


def test_state_television_of_no_country_is_the_articles_state(run):
    rec = run("MANDALAY, Sept 8 - Residents of a village in Sagaing region said a military jet had bombed the "
              "village school on Sunday.\n\n"
              "State television later called the bombing reports fabricated news.")
    assert _deniers(claim_by(rec, "bombed the village school")) == ["MMR"]


def test_a_claim_noun_called_false_inside_a_turn_is_the_turn_speakers_one_denial(run):
    rec = run("Excerpts from the weekly briefing of the foreign ministry spokesman Omar Haddad in Amman.\n\n"
              "Reporter: The monitors say Jordan has moved artillery to the Ramtha crossing without notice. "
              "Your reaction?\n\n"
              "Haddad: Our neighbours were told in advance. The monitors' claim that nobody was notified is "
              "simply false.\n\n"
              "Reporter: Syrian officials say Jordanian drones crossed into Daraa.\n\n"
              "Haddad: We do not answer the fantasies of smugglers' protectors.")
    said = claim_by(rec, "moved artillery")
    assert [r["by"]["name"] for r in denials(said)] == ["Omar Haddad"] or \
        [r["by"]["country"] for r in denials(said)] == ["JOR"]
    assert _deniers(claim_by(rec, "drones crossed into Daraa")) == ["JOR"]


def test_a_call_coordinated_with_a_negated_statement_is_still_a_denial(run):
    rec = run("Azerbaijan's defence ministry said on Friday that Armenian forces had fired mortar rounds at its "
              "positions in the Tovuz district.\n\n"
              "Armenia's defence ministry said its units had not fired a single shot and called the Azerbaijani "
              "statement \"disinformation\".")
    assert _deniers(claim_by(rec, "fired mortar rounds")) == ["ARM"]


def test_information_that_did_not_correspond_to_reality_is_denied(run):
    rec = run("Azerbaijan's defence ministry said on Monday that Armenian units had shelled its positions near "
              "Tovuz overnight.\n\n"
              "Armenia's defence ministry said the information did not correspond to reality.")
    assert _deniers(claim_by(rec, "shelled its positions")) == ["ARM"]


def test_a_trailing_charge_called_a_quoted_word_is_a_denial(run):
    rec = run("Last year, Azerbaijan's security service had accused Armenian intelligence of recruiting drivers "
              "in Nakhchivan to film bridges, a charge Yerevan called \"absurd\".")
    assert _deniers(claim_by(rec, "recruiting drivers")) == ["ARM"]


def test_a_statement_called_a_media_campaign_is_denied(run):
    rec = run("Libya's unity government said on Sunday that eastern forces had moved armoured trucks toward the "
              "town of Ghat.\n\n"
              "The eastern army's spokesman said the trucks carried food. He added that the Tripoli statement was "
              "\"a media campaign\".")
    assert len(denials(claim_by(rec, "moved armoured trucks"))) == 1


def test_a_headline_calling_a_charge_a_lie_is_a_denial(run):
    rec = run("Militia commander calls looting charge a lie\n\n"
              "Police in Bangui said on Friday that fighters of a local militia had looted a health centre in the "
              "PK5 district.\n\n"
              "In a radio message, the militia's commander dismissed the accusation.")
    assert len(denials(claim_by(rec, "looted a health centre"))) == 2
    rec = run("Opposition says count was rigged; government calls charge baseless\n\n"
              "Malawi's main opposition party said on Monday that ballot boxes had been stuffed in 30 polling "
              "stations in Blantyre.\n\n"
              "A government spokesman said the rigging charge was baseless.")
    assert len(denials(claim_by(rec, "ballot boxes had been stuffed"))) == 2


def test_refusing_to_act_is_no_denial(run):
    rec = run("Kenya's police said on Tuesday that an officer had fired a warning shot after a lorry driver "
              "refused to stop at a checkpoint near Eldoret.")
    assert not [r for c in rec["claims"] for r in denials(c)]


def test_the_statement_also_said_is_the_speaker_of_the_sentence_before(run):
    rec = run("Ethiopia's Government Communication Service said on Saturday that Tigrayan forces had crossed into "
              "the Raya area. It said about 9,000 residents had fled south.\n\n"
              "The federal statement also said the national army had been ordered to restore order.")
    assert claim_by(rec, "ordered to restore order")["claimant"]["country"] == "ETH"
