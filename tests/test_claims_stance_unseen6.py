"""Stances and sides read wrong (session 27, h6): where an act with no doer came from tells whose act it was ("the
drone had been launched from the army's air base" is the army's side's, so the army's denial of any role answers it);
a fact-check's "Claim:" section label is no speaker; a claim noun called untrue by a longer predicate ("is false and
an attempt to …") is denied; a statement's title naming its issuer before "statement on …" or after "Press release,"
gives the unsourced denial its speaker. Texts written for these tests."""


def _links(out):
    return [(r["by"].get("country"), c["text"], (c.get("claimant") or {}).get("country"))
            for c in out["claims"] for r in c["responses"] if r["stance"] == "deny"]


def _statements(out):
    return [(c["text"], c["stance"], (c.get("claimant") or {}).get("country")) for c in out["claims"]] + [
        (r["text"], r["stance"], (r.get("by") or {}).get("country")) for c in out["claims"] for r in c["responses"]]


def test_act_launched_from_a_state_base_is_the_states(extract_text):
    rec = extract_text(
        "KADUNA, Nigeria, March 4 - Eleven worshippers were killed on Friday when a mosque in Tudun Biri was hit by "
        "a drone strike, the Southern Kaduna Peoples Union said in a statement.\n\n"
        "The union said the drone had been launched from the military air base at Kaduna and had struck the mosque "
        "during evening prayers.\n\n"
        "Nigeria's defence headquarters denied that the armed forces had any role in the deaths, saying no air "
        "operation had been carried out in the area that week.", published="2026-03-04")
    links = _links(rec.to_json())
    assert any(by == "NGA" and "launched from the military air base" in text for by, text, _ in links), links
    assert not any(by == "NGA" and text.startswith("Eleven worshippers") for by, text, _ in links), links


def test_fact_check_claim_label_is_no_speaker(extract_text):
    rec = extract_text(
        "Fact check: claim that Ugandan troops seized a Congolese fishing camp is false\n\n"
        "Claim: A video shared widely on Ugandan channels since Friday says Ugandan soldiers crossed the Semliki "
        "river and took over a fishing camp at Kasindi, raising the Ugandan flag over it.\n\n"
        "Our check: The flag scene was filmed at a Ugandan army post in 2023. Congo's army said its soldiers at "
        "Kasindi saw no crossing.\n\n"
        "Verdict: the video's story is untrue.", published="2026-05-03")
    out = rec.to_json()
    assert not any((c.get("claimant") or {}).get("name") == "Claim" for c in out["claims"]), out["claims"]
    crossed = [c for c in out["claims"] if "crossed the Semliki river" in c["text"]]
    assert crossed and all((c.get("claimant") or {}).get("country") is None for c in crossed), crossed
    assert any(r["stance"] == "deny" and r["by"].get("name") == "fact-check desk" for c in crossed
               for r in c["responses"]), crossed


def test_claim_called_untrue_by_a_longer_predicate(extract_text):
    rec = extract_text(
        "The Kenyan army said its soldiers had killed four fighters near Mandera on Sunday.\n\n"
        "Al-Shabaab's claim that it overran the army camp at Elwak is false and a desperate attempt to frighten "
        "the residents of the county.", published="2026-05-03")
    st = _statements(rec.to_json())
    assert any("overran the army camp at Elwak" in t and s == "deny" for t, s, _ in st), st


def test_untrue_predicate_opening_only(extract_text):
    # (the verdict must open the predicate: a long predicate that calls nothing untrue in its first words is none)
    rec = extract_text(
        "The Kenyan army said its soldiers had killed four fighters near Mandera on Sunday.\n\n"
        "Al-Shabaab's claim that it overran the army camp at Elwak was posted on its radio station late on Monday "
        "night along with photographs it said were false.", published="2026-05-03")
    st = _statements(rec.to_json())
    assert not any("overran the army camp at Elwak" in t and s == "deny" for t, s, _ in st), st


def test_issuer_named_before_statement_on(extract_text):
    rec = extract_text(
        "5th Infantry Division statement on the clash in Barangay Tala\n\n"
        "Troops of the 77th Infantry Battalion encountered about ten members of the New People's Army near "
        "Malaybalay in Bukidnon province on Tuesday. Two rebels were killed and three rifles were recovered.\n\n"
        "The NPA's claim that its fighters killed six soldiers in the encounter is a lie meant to lift the morale "
        "of its members.", published="2026-05-03")
    st = _statements(rec.to_json())
    assert any("killed six soldiers" in t and s == "deny" and c == "PHL" for t, s, c in st), st


def test_issuer_named_after_press_release_label(extract_text):
    rec = extract_text(
        "Press release, Headquarters Eastern Command, Kolkata\n\n"
        "Reports on social media that troops fired on villagers near the border are baseless and part of a "
        "campaign to malign the army.", published="2026-05-03")
    st = _statements(rec.to_json())
    assert any("troops fired on villagers" in t and s == "deny" and c == "IND" for t, s, c in st), st


def test_sentences_told_beside_a_denial_are_statements(extract_text):
    rec = extract_text(
        "BAMAKO, May 3 - Mali's army on Saturday rejected a rebel report that its drones had bombed a wedding near "
        "Kidal.\n\n"
        "\"That report is a fabrication. Our drones struck a fuel depot used by the terrorists, and no wedding was "
        "taking place there,\" an army spokesman said.", published="2026-05-03")
    out = rec.to_json()
    st = _statements(out)
    assert any(t.startswith("Our drones struck a fuel depot") and s == "assert" for t, s, _ in st), st
    # (the denial keeps its words and the report it answers)
    assert any(s == "deny" and "That report is a fabrication" in t for t, s, _ in st), st
    assert any(r["stance"] == "deny" and "drones had bombed a wedding" in c["text"]
               for c in out["claims"] for r in c["responses"]), out["claims"]


def test_a_denial_of_one_sentence_is_not_split(extract_text):
    rec = extract_text(
        "\"That report is a fabrication and our drones struck only a fuel depot,\" an army spokesman said.",
        published="2026-05-03")
    st = _statements(rec.to_json())
    assert not any(t.startswith("our drones struck only") for t, _, _ in st), st
