"""Statements in a document's own voice (session 16, h14): an issuer's statement or press release, whose title names
the issuer, denies in sentences with no reporting verb; a fact-check's verdict is its desk's (of no country), and
what a post "claims to show" is the post's claim. Texts written for these tests."""


def _denials(out):
    return [(r["by"], c) for c in out["claims"] for r in c["responses"] if r["stance"] == "deny"]


def test_claims_by_a_named_author_called_unfounded_are_denied_by_the_issuer(extract_text):
    rec = extract_text(
        "Statement of the State Committee for Border Security\n\n"
        "The State Committee for Border Security has established that guards of the breakaway administration in "
        "Ochamchire built a new watchtower in the buffer zone near Tbilisi on Friday.\n\n"
        "Claims by the Sukhumi authorities that the watchtower was needed to stop cattle theft are unfounded. "
        "Police records show no cases of cattle theft in the area this year.", published="2025-05-03")
    out = rec.to_json()
    links = _denials(out)
    assert len(links) == 1, out["claims"]
    by, claim = links[0]
    assert by["name"] == "State Committee for Border Security" and by["country"] == "GEO", by
    assert "needed to stop cattle theft" in claim["text"] and "unfounded" not in claim["text"], claim
    assert claim["claimant"]["name"] == "the Sukhumi authorities", claim["claimant"]


def test_reports_called_propaganda_in_a_press_release_are_the_issuers_denial(extract_text):
    rec = extract_text(
        "Defence Headquarters - Press Release\n\n"
        "On Tuesday troops repelled an attack on a forward base near Damboa in Borno state and killed twelve "
        "fighters after reports that the fighters were massing nearby.\n\n"
        "Reports circulating on social media that civilians were killed in the fighting are baseless propaganda. "
        "Troops remain in full control of the area.", published="2025-05-07")
    out = rec.to_json()
    links = _denials(out)
    assert len(links) == 1, out["claims"]
    by, claim = links[0]
    assert by["country"] == "NGA" and by["name"] == "Defence Headquarters", by
    # the rumour is a claim of its own, not the issuer's account of the fighters massing
    assert "civilians were killed" in claim["text"] and claim["claimant"]["country"] is None, claim


def test_the_enemys_claim_called_false_in_a_communique_is_the_issuers_denial(extract_text):
    rec = extract_text(
        "Armenian Ministry of Defence, information department, statement\n\n"
        "Early this morning, Azerbaijani units opened fire on Armenian positions near Sotk, wounding a serviceman.\n\n"
        "The Azerbaijani side's claim that Armenian units fired first is false. The ministry is following the "
        "situation closely.", published="2025-05-05")
    out = rec.to_json()
    links = _denials(out)
    assert links, out["claims"]
    by, claim = links[0]
    assert by["country"] == "ARM", by
    assert claim["claimant"]["country"] == "AZE" and "fired first" in claim["text"], claim
    # the author of the claim is no denier of it
    assert not [c for c in out["claims"] if c["claimant"]["country"] == "AZE" and c["stance"] == "deny"], out["claims"]


def test_a_fact_checks_verdict_label_is_the_desk_of_no_country(extract_text):
    rec = extract_text(
        "Fact check: Photo of Malian soldiers crossing into Senegal is fake\n\n"
        "Posts shared on WhatsApp this month claim that Malian soldiers crossed into Senegal near Kidira and set up "
        "a checkpoint.\n\n"
        "Senegal's army denied the posts on Monday, saying its border was calm.\n\n"
        "Verdict: False. The claim that Malian soldiers set up a checkpoint in Senegal is false, and the photo is "
        "nine years old.", published="2025-05-05")
    out = rec.to_json()
    links = _denials(out)
    posts = [c for c in out["claims"] if "set up a checkpoint" in c["text"] and c["claimant"]["country"] is None
             and c["stance"] == "allege"]
    assert posts, out["claims"]
    deniers = [r["by"] for r in posts[0]["responses"] if r["stance"] == "deny"]
    # the headline's verdict and the verdict line: the desk's (no country), not Senegal's or Mali's
    assert sum(1 for b in deniers if b["country"] is None) == 2, deniers
    assert sum(1 for b in deniers if b["country"] == "SEN") == 1, deniers
    assert len(links) == 3, links


def test_what_a_video_claims_to_show_is_its_claim_and_the_desk_denies_it(extract_text):
    rec = extract_text(
        "Fact check: No evidence Kenyan police fired on mourners in Garissa\n\n"
        "A video shared on Facebook by a political blogger claims to show Kenyan police firing on mourners at a "
        "funeral in Garissa last weekend.\n\n"
        "Kenya's national police service told our desk that no officers were deployed at any funeral in Garissa "
        "that weekend.\n\n"
        "Our verdict: the claim is false. The footage was first posted in 2017 and shows a drill in Uganda.",
        published="2025-05-05")
    out = rec.to_json()
    video = [c for c in out["claims"] if c["text"].startswith("Kenyan police firing on mourners")]
    assert video and video[0]["stance"] == "allege" and video[0]["claimant"]["country"] is None, out["claims"]
    deniers = [r for r in video[0]["responses"] if r["stance"] == "deny"]
    assert len(deniers) == 2 and all(r["by"]["country"] is None for r in deniers), deniers
    assert {r["text"] for r in deniers} == {"Kenyan police fired on mourners in Garissa", "the claim is false"}
    # the police service's statement is no claim anyone denies
    assert not [c for c in out["claims"] if c["claimant"]["country"] == "KEN" and c["responses"]], out["claims"]


def test_a_reports_headline_ending_in_statement_names_no_issuer(extract_text):
    rec = extract_text(
        "Moscow rejects Kyiv statement\n\n"
        "Reports that Russian drones struck a power plant near Kharkiv are false and malicious, Russia's defence "
        "ministry said on Monday.", published="2025-05-05")
    out = rec.to_json()
    names = {r["by"].get("name") for c in out["claims"] for r in c["responses"]} | \
        {c["claimant"].get("name") for c in out["claims"]}
    assert not [n for n in names if n and "Moscow rejects" in n], out["claims"]
    assert any(r["by"]["country"] == "RUS" for c in out["claims"] for r in c["responses"]), out["claims"]


def test_a_court_reports_verdict_line_makes_no_fact_check(extract_text):
    rec = extract_text(
        "Court convicts three over Gao bombing\n\n"
        "A military court in Bamako convicted three men on Monday over a bombing in Gao.\n\n"
        "Verdict: guilty on all counts. Reports that the men were tortured in custody are false, the court said.",
        published="2025-05-05")
    out = rec.to_json()
    deniers = [r["by"] for c in out["claims"] for r in c["responses"] if r["stance"] == "deny"]
    assert deniers and all(b.get("name") != "fact-check desk" for b in deniers), deniers
    assert any(b["country"] == "MLI" for b in deniers), deniers
