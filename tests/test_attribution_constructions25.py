"""Attribution constructions added in session 26 (h10), statements the claims stage never saw:
- a sentence-final reporting clause the parser did not read as one, because its source has an apposition set off by
  commas and the verb keeps its own time or medium ("…, the army's spokesman, Brigadier Nabil Abdallah, announced in a
  statement.", "…, a local youth group, the Gao Citizens Forum, said on Monday."): the source is the noun phrase with
  its apposition, the content the clause before it;
- an accusation in a relative clause ("a faction, which they blamed for burning a school", "Rwanda, which UN experts
  have accused of backing the M23"): the relative clause's subject accuses, the charge is the content;
- a complement clause with no "that" after the addressee, parsed as a relative clause ("told a briefing the fleet
  stood by its account"), told apart from a true relative clause by its gap;
- a that-clause whose subject the parser hung on the medium before it ("said in a statement that shells fired from
  … had landed", "said between four and six huts had burned"), or the whole clause hung on the medium noun ("denied in
  a separate statement that …");
- a passive aside between the speaker and the verb ("X, asked about the ambush, said …"): X is the speaker.
Sentences written for these tests."""
from conftest import attributions, with_cue


def test_trailing_source_with_a_name_in_apposition_and_a_medium(nlp):
    text = ("The Sudanese army bombed a fuel depot near Nyala on Friday, the army's spokesman, Brigadier Nabil "
            "Abdallah, announced in a statement.")
    att = with_cue(attributions(nlp, text), "announced")
    assert att["source"] == "the army's spokesman, Brigadier Nabil Abdallah"
    assert att["content"] == ["The Sudanese army bombed a fuel depot near Nyala on Friday"]


def test_trailing_source_joined_to_the_main_verb_with_its_date(nlp):
    text = ("At least nine people were killed on Sunday when gunmen attacked a bus near Gao, a local youth group, "
            "the Gao Citizens Forum, said on Monday.")
    att = with_cue(attributions(nlp, text), "said")
    assert att["source"] == "a local youth group, the Gao Citizens Forum"
    assert att["content"][0].startswith("At least nine people were killed")


def test_trailing_clause_with_a_date_after_the_verb(nlp):
    text = "Four soldiers died when their truck hit a mine near Kidal, the army said in a statement on Sunday."
    att = with_cue(attributions(nlp, text), "said")
    assert att["source"] == "the army"
    assert att["content"] == ["Four soldiers died when their truck hit a mine near Kidal"]


def test_a_verb_with_a_clause_after_it_is_no_trailing_clause(nlp):
    text = "Four soldiers died near Kidal, the army's spokesman, Colonel Souleymane Dembele, said in a statement that rebels had laid the mine."
    att = with_cue(attributions(nlp, text), "said")
    assert "rebels had laid the mine" in " ".join(att["content"])


def test_an_accusation_in_a_relative_clause_is_its_subjects(nlp):
    text = "The rebels said they had attacked only a rival faction, which they blamed for burning a school in the area."
    att = with_cue(attributions(nlp, text), "blamed for")
    assert att["source"] == "they"
    assert att["content"] == ["burning a school in the area"]


def test_a_relative_clause_with_an_accusing_verb_and_its_own_subject(nlp):
    text = "Burundi, which Kinshasa has accused of sending troops across the lake, said its soldiers stayed home."
    att = next(a for a in attributions(nlp, text) if a["cue"].endswith("accused of"))
    assert att["source"] == "Kinshasa"
    assert att["content"] == ["sending troops across the lake"]


def test_a_relative_clause_whose_subject_is_the_relative_word_is_not_an_accusation(nlp):
    text = "The court heard from a former guard who blamed the warden for the riot."
    assert not any(a["source"] in ("who", "a former guard who") and a["content"] == ["the riot"]
                   for a in attributions(nlp, text) if a["cue"].startswith("blamed"))


def test_a_clause_after_the_addressee_without_that_is_what_was_told(nlp):
    text = "A navy spokesman told a briefing the fleet stood by its account of the collision."
    att = with_cue(attributions(nlp, text), "told")
    assert att["source"] == "A navy spokesman"
    assert att["content"] == ["the fleet stood by its account of the collision"]


def test_a_relative_clause_with_a_gap_after_the_addressee_is_not_told(nlp):
    text = "The officer told the story he had heard from his cousin."
    assert not any(a["content"] == ["he had heard from his cousin"] for a in attributions(nlp, text))


def test_a_clause_subject_hung_on_the_medium_as_a_relative_clause(nlp):
    text = ("The rebel coalition said in a statement that mortar rounds fired from a police post had hit the "
            "market early on Monday.")
    att = with_cue(attributions(nlp, text), "said")
    assert att["content"][0].startswith("that mortar rounds fired from a police post had hit")


def test_a_counted_subject_parsed_as_the_verbs_prepositional_phrase(nlp):
    text = "Villagers interviewed by the radio said between three and five huts had burned."
    att = with_cue(attributions(nlp, text), "said")
    assert att["content"] == ["between three and five huts had burned"]


def test_a_that_clause_hung_on_a_statement_after_in_is_the_verbs(nlp):
    text = "The border force's spokesman denied in a separate statement that its guards had fired on the village."
    atts = attributions(nlp, text)
    att = with_cue(atts, "denied")
    assert att["content"] == ["that its guards had fired on the village"]


def test_a_passive_aside_between_speaker_and_verb(nlp):
    text = "Peru's defence minister, asked about the ambush, said the patrol had followed its orders."
    atts = attributions(nlp, text)
    att = with_cue(atts, "said")
    assert att["source"] == "Peru's defence minister"
    assert att["content"] == ["the patrol had followed its orders"]
    assert not any(a["cue"].startswith("asked") for a in atts)
