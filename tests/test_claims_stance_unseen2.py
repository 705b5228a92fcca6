"""Denials sitrep did not read (session 18, h11): a gerund after a denying verb ("denied having met …"), a
statement as the subject the parser made a noun's modifier ("A second statement on Friday called the version 'a
lie'"), a headline's "X calls Y 'a fabrication'" after a colon, a fact-check's "False claim of …" title and "our
desk found the claim false", a transcript's bare "None whatsoever." answer to a question relaying a claim, "the
so-called X does not exist"; and what is no denial of the claim told: a denial of similar accusations made
before, a claim called "an insult". Texts written for these tests."""
from sitrep.claims.text import _calls_untrue


def _denials(out):
    return [(r["by"], c) for c in out["claims"] for r in c["responses"] if r["stance"] == "deny"]


def _stances(out):
    return [(c["stance"], c["text"]) for c in out["claims"]] + [
        (r["stance"], r["text"]) for c in out["claims"] for r in c["responses"]]


def test_a_gerund_after_a_denying_verb_is_a_denial(extract_text):
    rec = extract_text(
        "LUSAKA, May 4 - Zambian police said on Monday that the opposition organiser Mwila Banda had paid youths to "
        "block the road to the airport.\n\n"
        "Banda denied paying anyone. He was released on bail in the evening.", published="2026-05-04")
    out = rec.to_json()
    links = _denials(out)
    assert len(links) == 1, out["claims"]
    by, claim = links[0]
    assert "paid youths" in claim["text"], (by, claim)


def test_a_gerund_denial_coordinated_with_a_statement_keeps_its_speaker(extract_text):
    rec = extract_text(
        "ABUJA, May 4 - Residents of Gwoza said on Sunday that an air force jet had bombed the cattle market, "
        "killing eleven traders.\n\n"
        "The air force said in a statement that its jets had struck a militant camp in the hills and denied having "
        "flown over the market.", published="2026-05-04")
    out = rec.to_json()
    denials = [(by, c) for by, c in _denials(out)]
    assert any(by["country"] == "NGA" and "bombed the cattle market" in c["text"] for by, c in denials), out["claims"]


def test_a_statement_as_subject_calling_a_version_untrue_denies_it(extract_text):
    rec = extract_text(
        "BASTIA, May 4 - Police sources said on Sunday that the group had also tried to set fire to a customs boat in "
        "the harbour.\n\n"
        "A second statement from the group on Tuesday called the police version \"a fabrication\" and said no boat "
        "had been touched.", published="2026-05-04")
    out = rec.to_json()
    links = _denials(out)
    assert len(links) == 1, out["claims"]
    assert "customs boat" in links[0][1]["text"], links
    said = next(c for c in out["claims"] if "no boat" in c["text"])
    assert said["claimant"]["name"], said  # the statement's conjunct speaks with the same subject


def test_a_headline_call_after_a_colon_is_the_named_speakers_denial(extract_text):
    rec = extract_text(
        "Harbour blasts: fishermen's union calls sabotage story 'a fabrication'\n\n"
        "Ghana's interior ministry said on Monday that members of the fishermen's union had planned the blasts that "
        "damaged two patrol boats in Takoradi.\n\n"
        "The union's secretary called the accusation a fabrication in a radio interview.", published="2026-05-04")
    out = rec.to_json()
    assert not any(text.strip() == "Harbour blasts" for _, text in _stances(out)), _stances(out)
    heads = [r for c in out["claims"] for r in c["responses"] if r["stance"] == "deny" and "sabotage story" in r["text"]]
    assert heads and "union" in (heads[0]["by"].get("name") or "").lower(), out["claims"]


def test_a_fact_checks_false_claim_title_and_desk_finding_are_denials(extract_text):
    rec = extract_text(
        "FACT CHECK: False claim of tanks entering Kisoro\n\n"
        "A clip posted on TikTok this week claims to show tanks entering the market town of Kisoro.\n\n"
        "Our verification team found the claim false: the clip was filmed at a 2019 parade in another country.",
        published="2026-05-04")
    out = rec.to_json()
    denies = [(s, t) for s, t in _stances(out) if s == "deny"]
    assert any("tanks entering Kisoro" in t for _, t in denies), _stances(out)
    assert any("the claim false" in t for _, t in denies), _stances(out)
    clip = next(c for c in out["claims"] if "tanks entering the market" in c["text"])
    assert clip["claimant"]["country"] is None, clip  # what a clip claims to show is the clip's


def test_a_bare_no_to_a_question_relaying_a_claim_denies_that_claim(extract_text):
    rec = extract_text(
        "Briefing of the Ruritanian foreign ministry spokesman, Strelsau\n\n"
        "Spokesman: Our border guards detained two smugglers on Tuesday.\n\n"
        "Q: Borduria's interior ministry says Ruritanian drones dropped leaflets over Zenda. Is that true?\n\n"
        "Spokesman: No. We have no drones in that sector, and we ask Borduria to stop inventing incidents.",
        published="2026-05-04")
    out = rec.to_json()
    links = _denials(out)
    assert len(links) == 1, out["claims"]
    assert "dropped leaflets" in links[0][1]["text"], links


def test_a_bare_no_after_a_plain_question_is_no_denial(extract_text):
    rec = extract_text(
        "Briefing of the Ruritanian foreign ministry spokesman, Strelsau\n\n"
        "Q: Will the minister travel to Zenda this week?\n\n"
        "Spokesman: No. The minister will stay in the capital for the budget debate.", published="2026-05-04")
    out = rec.to_json()
    assert not any(s == "deny" for s, _ in _stances(out)), _stances(out)


def test_a_so_called_thing_said_not_to_exist_is_untrue():
    assert _calls_untrue("The so-called incursion does not exist.")
    assert _calls_untrue("the alleged arms depot never existed")
    assert not _calls_untrue("A ceasefire does not exist in the north.")


def test_a_denial_of_similar_accusations_before_is_no_new_link(extract_text):
    rec = extract_text(
        "ADEN, May 4 - The Houthi-run health ministry said on Monday that Saudi shelling had killed four farmers in "
        "Saada province.\n\n"
        "Saudi Arabia has rejected similar accusations from the Houthis before.", published="2026-05-04")
    out = rec.to_json()
    assert not _denials(out), out["claims"]


def test_a_claim_called_an_insult_is_no_denial(extract_text):
    rec = extract_text(
        "NDJAMENA, May 4 - Sudan's envoy to the UN said on Monday that Chad was letting weapons cross its eastern "
        "border.\n\n"
        "A Chadian government spokesman called the envoy's statement \"an insult to a neighbour that hosts "
        "refugees\".", published="2026-05-04")
    out = rec.to_json()
    assert not _denials(out), out["claims"]
    assert not any(s == "deny" for s, _ in _stances(out)), _stances(out)
