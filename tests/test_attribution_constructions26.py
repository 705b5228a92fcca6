"""Statements sitrep did not extract or scored with one stance (session 27, h5):
- an issuer's own release whose title names it in forms the title patterns missed ("X statement on Y" with no dash,
  "X, communique 118", "X communique, <place>", "Press release, X, <city>", an issuer named by its ordinal "3rd
  Infantry Division, …"), or a release with no title signed at its foot by a state body: its sentences that cite no
  one are the issuer's claims, of its country; a civil-society issuer ("… Association - press release") speaks for
  no state; a news headline with a statement noun and a finite verb is no issuer's title;
- a quote or a transcript answer of several sentences, one of which denies: the denial is the denying sentences,
  each other sentence its speaker's statement of its own, its stance from its own words.
Texts written for these tests."""
from conftest import denials


def _statements(out):
    return [(c["text"], c["stance"], c["claimant"].get("country")) for c in out["claims"]] + [
        (r["text"], r["stance"], r["by"].get("country")) for c in out["claims"] for r in c["responses"]]


def _said(st, words):
    found = [s for s in st if words in s[0]]
    assert found, (words, st)
    return found[0]


def test_statement_on_a_topic_with_no_dash_is_the_issuers(extract_text):
    rec = extract_text(
        "Kenya Defence Forces statement on the operation near Kolbio\n\n"
        "Our troops intercepted a group of militants crossing from the border area on Tuesday night. Four militants "
        "were killed and two rifles were recovered. No soldier was hurt in the exchange.", published="2026-03-04")
    st = _statements(rec.to_json())
    for words in ("intercepted a group of militants", "Four militants were killed", "No soldier was hurt"):
        assert _said(st, words)[1:] == ("assert", "KEN"), st


def test_communique_with_a_bare_number_after_a_comma(extract_text):
    rec = extract_text(
        "General Staff of the Armed Forces of Niger, communique 52\n\n"
        "A patrol was ambushed near Tillaberi on Friday morning by armed bandits on motorcycles. The patrol repelled "
        "the attack and nine assailants were neutralised.", published="2026-03-04")
    st = _statements(rec.to_json())
    assert _said(st, "A patrol was ambushed near Tillaberi")[1:] == ("assert", "NER"), st
    assert _said(st, "nine assailants were neutralised")[2] == "NER", st


def test_statement_word_first_then_the_issuer(extract_text):
    rec = extract_text(
        "Press release: Ministry of Defence of Armenia, Yerevan\n\n"
        "Units of the Armenian Armed Forces did not open fire in the direction of the border villages on the night "
        "of 3 May. The situation on the border remains relatively stable.", published="2026-05-04")
    st = _statements(rec.to_json())
    assert _said(st, "situation on the border remains relatively stable")[1:] == ("assert", "ARM"), st


def test_issuer_named_by_its_ordinal(extract_text):
    rec = extract_text(
        "2nd Infantry Division, Philippine Army: press release\n\n"
        "Soldiers of the 16th Infantry Battalion clashed with about ten members of the New People's Army near "
        "Baggao on Sunday. Two rebels were killed in the firefight.", published="2026-03-04")
    st = _statements(rec.to_json())
    assert _said(st, "Two rebels were killed")[1:] == ("assert", "PHL"), st


def test_civil_society_release_speaks_for_no_state(extract_text):
    rec = extract_text(
        "Kivu Farmers Association - press release, 12 March\n\n"
        "Armed men burned eleven granaries in the village of Kalehe on Sunday night and stole forty goats. Our "
        "members have left their fields for the third time this year.", published="2026-03-13")
    st = _statements(rec.to_json())
    assert _said(st, "burned eleven granaries")[2] is None, st


def test_release_signed_at_its_foot(extract_text):
    rec = extract_text(
        "On 3 March, at about 21:00, units of the armed forces of Armenia fired on the positions of the Azerbaijani "
        "Army in the Kalbajar region from large-calibre weapons.\n\n"
        "Our units took adequate retaliatory measures. There were no losses among our personnel.\n\n"
        "The Ministry of Defence of the Republic of Azerbaijan", published="2026-03-04")
    st = _statements(rec.to_json())
    assert _said(st, "There were no losses among our personnel")[1:] == ("assert", "AZE"), st
    assert _said(st, "fired on the positions of the Azerbaijani")[2] == "AZE", st


def test_report_headline_with_a_statement_noun_is_no_issuer(extract_text):
    rec = extract_text(
        "Army statement on clashes draws anger in Kidal\n\n"
        "Fighting broke out near Kidal on Sunday. Residents said several houses had burned.", published="2026-03-04")
    st = _statements(rec.to_json())
    assert not any("Fighting broke out near Kidal" in t for t, _, _ in st), st


def test_transcript_answer_denies_then_states(extract_text):
    rec = extract_text(
        "Transcript: weekly briefing of the Serbian interior ministry spokesman, Belgrade\n\n"
        "Q: The opposition says police beat eleven students at the Novi Sad rally on Saturday.\n\n"
        "Spokesman: We reject this accusation entirely. Officers used only shields to hold the line, and three of "
        "them were injured.", published="2026-03-04")
    out = rec.to_json()
    st = _statements(out)
    assert _said(st, "We reject this accusation")[1] == "deny", st
    assert _said(st, "Officers used only shields")[1] == "assert", st
    beaten = next(c for c in out["claims"] if "beat eleven students" in c["text"])
    assert [r["text"] for r in beaten["responses"] if r["stance"] == "deny"] == ["We reject this accusation entirely."]


def test_quote_of_several_sentences_with_one_denial(extract_text):
    rec = extract_text(
        "An Indian army officer told this newspaper: \"Pakistani troops fired mortars at our posts in the Uri "
        "sector. Our soldiers replied in kind. Pakistan's claims that a school was hit on their side are baseless. "
        "None of our men was wounded.\"\n\n"
        "Pakistan's military said on Wednesday that Indian shells had hit a school near Chakothi.",
        published="2026-03-04")
    st = _statements(rec.to_json())
    assert _said(st, "Pakistani troops fired mortars")[1] == "assert", st
    assert _said(st, "Our soldiers replied in kind")[1] == "assert", st
    assert _said(st, "None of our men was wounded")[1] == "assert", st
    assert _said(st, "are baseless")[1] == "deny", st


def test_quoted_denial_with_no_denying_sentence_stays_whole(extract_text):
    rec = extract_text(
        "The RSF said army drones had struck the market in El Fasher on Sunday. The army's spokesman rejected the "
        "RSF account: \"Our drones were grounded that night. They were nowhere near the city.\"",
        published="2026-03-04")
    out = rec.to_json()
    struck = next(c for c in out["claims"] if "had struck the market" in c["text"])
    # the stance is the verb's ("rejected"): both quoted sentences are the denial, neither a statement of its own
    assert [r["text"] for r in struck["responses"] if r["stance"] == "deny"] == [
        '"Our drones were grounded that night. They were nowhere near the city."']
    assert not any(t.startswith("They were nowhere near") for t, _, _ in _statements(out) if t != struck["text"])


def test_title_naming_the_issuers_public_affairs_office(extract_text):
    rec = extract_text(
        "Nigerian Army 7th Division, public affairs office\n\n"
        "Troops repelled an attack on a base near Damboa on Monday. Six insurgents were neutralised.",
        published="2026-03-04")
    st = _statements(rec.to_json())
    assert _said(st, "Six insurgents were neutralised")[1:] == ("assert", "NGA"), st


def test_claim_called_false_and_something_more_in_a_release(extract_text):
    rec = extract_text(
        "Press release, Headquarters Eastern Command, Kolkata\n\n"
        "One soldier was wounded in the firing.\n\n"
        "Bangladesh's claim that Indian troops fired on a school near Lalmonirhat is false and an attempt to hide "
        "its own failures on the border.", published="2026-03-04")
    out = rec.to_json()
    told = next(c for c in out["claims"] if "fired on a school" in c["text"])
    assert [(r["by"]["country"], r["stance"]) for r in denials(told)] == [("IND", "deny")]
    assert told["claimant"]["country"] == "BGD"


def test_answer_of_one_sentence_with_a_verdict_clause_and_a_clause_of_its_own(extract_text):
    rec = extract_text(
        "Transcript: weekly briefing of the Kenyan police spokeswoman, Nairobi\n\n"
        "Q: The opposition says officers shot two protesters in Kisumu on Tuesday.\n\n"
        "Spokeswoman: That is a lie, and the two men were hit by a car during the march.", published="2026-03-04")
    out = rec.to_json()
    st = _statements(out)
    assert _said(st, "the two men were hit by a car")[1] == "assert", st
    shot = next(c for c in out["claims"] if "shot two protesters" in c["text"])
    assert [r["text"] for r in denials(shot)] == ["That is a lie"]


def test_quoted_clause_before_a_verdict_after_a_semicolon(extract_text):
    rec = extract_text(
        "Armenia's defence ministry said on Monday that Azerbaijani forces had shelled Jermuk. \"Our units fired no "
        "shell at Jermuk; the Armenian report is false,\" an Azerbaijani defence ministry spokesman said.",
        published="2026-03-04")
    st = _statements(rec.to_json())
    assert _said(st, "Our units fired no shell at Jermuk")[1:] == ("assert", "AZE"), st
    assert _said(st, "the Armenian report is false")[1] == "deny", st


def test_a_second_predicate_with_no_subject_is_no_clause_of_its_own(extract_text):
    rec = extract_text(
        "Q: The rebels say your jets bombed a school in Loikaw.\n\n"
        "Spokesman: That story is false, and is spread by terrorist media every week.", published="2026-03-04")
    st = _statements(rec.to_json())
    assert not any(t.startswith("is spread by terrorist media") for t, _, _ in st), st
