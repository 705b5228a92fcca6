"""Attribution constructions added in session 26 (PolNeAR content boundaries).

"called on fellow senators to …" with the "on" read as a particle keeps the object before the infinitive, as the
prepositional reading does. A finite verb the parser joined by "and" to a "to"-infinitive cannot continue that
infinitive: a cue verb there continues the clause of the verb governing the infinitive (its own attribution, not an
inner one), and any other such verb ends the content. A trailing "according to X" that the parser hung on the last of
two joined clauses sources both. An answering verb ("respond", "reply": frame `r` in verbs.tsv) leaves its preposition
to the content ("did not respond | to requests for comment"). More light-verb nouns (light_verbs.tsv): "expressed
misgivings about | X", "embraced the idea of | X". A statement put out by an issuing verb ("issued a statement calling
…", "released a letter … that says …") has the issuing verb in its cue and its subject as source. A cue noun's
adjectives join its cue ("his infamous comment about", "an earlier claim"), not a nationality adjective that names its
holder. An adverb before a cue verb joins the cue with the degree adverbs on it ("almost immediately disclosed").
Sentences written for these tests."""
from conftest import attributions, with_cue


def test_particle_on_keeps_the_object_before_the_infinitive(nlp):
    text = "Last week the senator called on fellow Democrats to oppose the bill."
    assert with_cue(attributions(nlp, text), "called on")["content"] == ["fellow Democrats to oppose the bill"]
    text = "The coach has called on fans to stay calm."
    assert with_cue(attributions(nlp, text), "has called on")["content"] == ["fans to stay calm"]


def test_cue_verb_joined_to_an_infinitive_continues_the_outer_clause(nlp):
    text = "The union has called on members to stay home and called on drivers to join the strike."
    atts = attributions(nlp, text)
    first = with_cue(atts, "has called on")
    assert first["content"] == ["members to stay home"]
    second = with_cue(atts, "called on")
    assert second["source"] == "The union"
    assert second["content"] == ["drivers to join the strike"]


def test_past_tense_cue_after_a_vow_is_its_own_statement(nlp):
    atts = attributions(nlp, "He vowed to fight on and accused the rebels of lying.")
    assert with_cue(atts, "vowed")["content"] == ["to fight on"]
    accused = with_cue(atts, "accused")
    assert accused["source"] == "He" and accused["content"] == ["the rebels of lying"]


def test_finite_deed_after_an_infinitive_is_not_promised(nlp):
    atts = attributions(nlp, "She promised to cut taxes and raised spending.")
    assert with_cue(atts, "promised")["content"] == ["to cut taxes"]


def test_bare_infinitive_conjunct_stays_in_the_content(nlp):
    atts = attributions(nlp, "She promised to cut taxes and raise pensions.")
    assert with_cue(atts, "promised")["content"] == ["to cut taxes and raise pensions"]


def test_according_to_after_two_joined_clauses_sources_both(nlp):
    text = "Prices stood at 200 in 1990 and have since tripled, according to the bureau."
    att = with_cue(attributions(nlp, text), "according to")
    assert att["source"] == "the bureau"
    assert att["content"] == ["Prices stood at 200 in 1990 and have since tripled"]


def test_according_to_after_a_statement_and_a_clause_keeps_the_statement_apart(nlp):
    text = "The rebels said they took the town, and the army retreated, according to the ministry."
    atts = attributions(nlp, text)
    assert with_cue(atts, "according to")["content"] == ["the army retreated"]


def test_answering_verb_leaves_its_preposition_to_the_content(nlp):
    atts = attributions(nlp, "The ministry did not immediately respond to requests for comment.")
    att = with_cue(atts, "did not immediately respond")
    assert att["content"] == ["to requests for comment"] and att["kind"] == "non_response"
    atts = attributions(nlp, "The governor replied to the senator's charge that the plan was illegal.")
    assert with_cue(atts, "replied")["content"] == ["to the senator's charge that the plan was illegal"]


def test_other_prepositional_cues_keep_their_preposition(nlp):
    atts = attributions(nlp, "The senator pointed to the rising cost of housing.")
    assert with_cue(atts, "pointed to")["content"] == ["the rising cost of housing"]


def test_expressed_attitude_noun_joins_the_cue(nlp):
    atts = attributions(nlp, "Many farmers have expressed misgivings about the new water plan.")
    att = with_cue(atts, "have expressed misgivings about")
    assert att["source"] == "Many farmers" and att["content"] == ["the new water plan"]


def test_embraced_idea_joins_the_cue(nlp):
    atts = attributions(nlp, "Several mayors have embraced the idea of a regional police force.")
    assert with_cue(atts, "have embraced the idea of")["content"] == ["a regional police force"]


def test_issuing_a_statement_is_part_of_the_cue(nlp):
    atts = attributions(nlp, "The council issued a statement calling the vote a clear breach of its rules.")
    att = with_cue(atts, "issued a statement calling")
    assert att["source"] == "The council" and att["content"] == ["the vote a clear breach of its rules"]
    atts = attributions(nlp, "The ministry issued a statement accusing the rebels of shelling the town.")
    assert with_cue(atts, "issued a statement accusing")["source"] == "The ministry"


def test_released_letter_that_says_is_the_releasers_statement(nlp):
    atts = attributions(nlp, "He released a letter from his doctor on Friday that says he is in good health.")
    att = with_cue(atts, "released a letter from his doctor on Friday that says")
    assert att["source"] == "He" and att["content"] == ["he is in good health"]


def test_a_report_showing_stays_the_reports_finding(nlp):
    atts = attributions(nlp, "The agency released a report showing that exports fell.")
    att = with_cue(atts, "showing")
    assert att["source"] == "a report"


def test_adjectives_before_a_cue_noun_join_the_cue(nlp):
    atts = attributions(nlp, "Police dismissed the earlier claim that the driver had a gun.")
    assert with_cue(atts, "earlier claim")["content"] == ["that the driver had a gun"]
    atts = attributions(nlp, "The union has its own plan to raise wages.")
    assert with_cue(atts, "own plan")["content"] == ["to raise wages"]


def test_nationality_adjective_before_a_cue_noun_stays_its_source(nlp):
    atts = attributions(nlp, "European reluctance to send troops is growing.")
    att = with_cue(atts, "reluctance")
    assert att["source"] == "European"


def test_degree_adverb_on_an_adverb_joins_the_cue(nlp):
    atts = attributions(nlp, "The officials almost immediately disclosed the deals to reporters.")
    assert with_cue(atts, "almost immediately disclosed")["source"] == "The officials"
    atts = attributions(nlp, "The Beirut daily reported that the talks failed.")
    assert with_cue(atts, "reported")["source"] == "The Beirut daily"
