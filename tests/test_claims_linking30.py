"""Session 25 (h8): the claim side of denial links. A paragraph's first words stay one sentence after a heading line;
a speaking verb the parser gave a second subject ("A report published on Monday says soldiers killed …") is the
first subject's; a time clause in which another speaker accuses ("…, a day after X accused Y of …") is a statement
of its own, not part of the denial before it; a trailing relative clause or partitive aside is part of what is
said; "gave a toll of N" states a count; "An army statement" is the army's; "the group" that spoke before keeps
its coreferent; a named speaker keeps its name when a denial blames another kind of author; "denies rumours
circulating online that A" is hearsay told nowhere else. Made-up sentences."""
from __future__ import annotations

from conftest import claim_by, denials, json_runner

PUB = "2025-09-10T09:00:00+00:00"


run = json_runner(PUB)


def _deniers(rec, text):
    return [r["by"]["country"] for r in denials(claim_by(rec, text))]


def test_a_paragraphs_first_words_stay_with_their_verb_after_a_heading_line(nlp):
    # the parser, given a sentence start after a blank line, may cut the first word off ("Leaders | of the protest
    # … say"): the next words up to a comma are set as no start before it parses
    from sitrep.model import Document
    from sitrep.pipeline import _prepare

    text = ("Radio Sierra Sur, Cusco: news at noon\n\nLeaders of the strike on the Cusco road, union officials said, "
            "were detained.")
    doc = _prepare(nlp, Document(text=text, id="t"))
    first = next(t for t in doc if t.text == "Leaders")
    assert first.is_sent_start
    assert [doc[first.i + k].is_sent_start for k in (1, 2, 3)] == [False, False, False]
    assert doc[first.i + 6].is_sent_start is None  # after the comma the parser decides


def test_a_speaking_verb_given_a_second_subject_is_the_first_subjects(run):
    rec = run("NAIROBI, Sept 9 - A Human Rights Watch report published on Monday says police officers and allied "
              "vigilantes killed at least 17 men in and around Mathare in May, most of them street vendors.\n\n"
              "Kenya's interior ministry rejected the report.")
    found = claim_by(rec, "killed at least 17 men")
    assert found["text"].startswith("police officers")
    assert found["claimant"]["country"] is None
    assert _deniers(rec, "killed at least 17 men") == ["KEN"]


def test_a_time_clause_in_which_another_speaker_accuses_is_a_statement_of_its_own(run):
    rec = run("COTONOU, Sept 9 - Benin's government on Monday denied that supplies for the jihadists were passing "
              "through its territory at the Malanville border post, a day after Niger's ambassador to the African "
              "Union accused Cotonou of serving as a rear base for the militants.")
    accusation = claim_by(rec, "serving as a rear base")
    assert accusation["claimant"]["country"] == "NER"
    assert _deniers(rec, "serving as a rear base") == ["BEN"]
    assert "ambassador" not in denials(accusation)[0]["text"]


def test_a_trailing_relative_clause_is_part_of_what_is_said(run):
    rec = run("AMMAN, Sept 9 - Jordan's army said the convoy had been escorted by soldiers of a Syrian brigade, who "
              "opened fire on the border guards.\n\nSyria's defence ministry denied that its soldiers had opened fire "
              "on anyone.")
    said = claim_by(rec, "escorted by soldiers")
    assert "opened fire on the border guards" in said["text"]
    assert _deniers(rec, "escorted by soldiers") == ["SYR"]


def test_a_partitive_aside_after_a_count_is_part_of_what_is_said(run):
    rec = run("BANGKOK, Sept 9 - A report published on Tuesday by the monitoring group Karen Peace Watch says an army "
              "air strike on a school in Kayin state in June killed 19 people, seven of them pupils.")
    assert "seven of them pupils" in claim_by(rec, "killed 19 people")["text"]


def test_a_toll_given_by_a_group_is_its_claim_and_what_a_denial_of_its_figures_answers(run):
    rec = run("MAPUTO, Sept 9 - Mozambique's police said four protesters died in Beira.\n\nA civic monitoring "
              "network gave a much higher toll of 27 dead and said 300 people had been detained.\n\nThe police "
              "spokesman dismissed the network's figures as rumours.")
    toll = claim_by(rec, "toll of 27 dead")
    assert toll["claimant"]["country"] is None
    assert _deniers(rec, "toll of 27 dead") == ["MOZ"]


def test_a_statement_named_by_a_state_body_is_that_bodys_not_the_last_speakers(run):
    rec = run("BEIRUT, Sept 9 - Israel's military said its jets struck a depot near Tyre and that secondary blasts "
              "showed rockets had been kept there. An army statement said militants had launched two drones from the "
              "site on Sunday.")
    assert claim_by(rec, "launched two drones")["claimant"]["country"] == "ISR"


def test_the_group_that_spoke_before_keeps_its_coreferent(run):
    rec = run("BAMAKO, Sept 9 - The Islamic State's news agency claimed that the group's fighters had killed seven "
              "members of Mali's army near Menaka. In a second message, the group said its fighters had seized a "
              "truck of ammunition.")
    assert claim_by(rec, "seized a truck of ammunition")["claimant"]["country"] is None


def test_a_named_speaker_keeps_its_name_when_a_denial_blames_another_kind_of_author(run):
    rec = run("ATHENS, Sept 9 - A medical charity said in a report that survivors had seen officers slash the boat "
              "with a knife.\n\nGreece's migration ministry said the knife story was a lie spread by smugglers.")
    found = claim_by(rec, "slash the boat")
    assert found["claimant"]["name"] and "charity" in found["claimant"]["name"]
    assert found["claimant"]["country"] is None
    assert _deniers(rec, "slash the boat") == ["GRC"]


def test_a_rumour_named_between_the_cue_and_its_content_is_a_claim_of_its_own(run):
    # "denies rumours circulating online that A": the noun stands before the content the tagger gave the cue; a
    # rumour no earlier statement tells is its own claim, not the armed group's statement sharing a word with it
    rec = run("MOGADISHU, Sept 9 - Al-Shabaab said its fighters had killed 20 soldiers inside the base at Bariire. The "
              "army said the attack was repelled.\n\nThe national army denies rumours circulating online that one of "
              "its colonels was held inside the base.")
    assert _deniers(rec, "killed 20 soldiers") == []
    rumour = claim_by(rec, "one of its colonels")
    assert rumour["claimant"]["name"] is None
    assert _deniers(rec, "one of its colonels") == ["SOM"]
