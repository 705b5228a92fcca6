"""New-user pass 20 (session 26, h9): "says who" on invented articles whose chains of attribution are long or
unusual -- a post "on X, formerly Twitter", a witness who "told" the outlet that publishes the article, a quote
passed on "according to" a statement or a translation. Texts are made up."""
from conftest import chain, claim_by


def test_a_platforms_former_name_is_no_part_of_the_speaker(extract_text):
    rec = extract_text("In a post on X, formerly Twitter, the regional governor Ivan Petrenko said that drones had "
                       "hit a fuel depot in Kursk.\n", published="2027-05-10").to_json()
    claim = claim_by(rec, "drones had hit a fuel depot")
    assert claim["claimant"]["name"] == "regional governor Ivan Petrenko", claim["claimant"]
    assert chain(claim) == [("regional governor Ivan Petrenko", "official")], chain(claim)


def test_a_that_clause_after_the_platforms_former_name_is_still_the_content(extract_text):
    # (the parser hangs "that …" on "Twitter" as a relative clause)
    rec = extract_text("The army said on X, formerly Twitter, that its troops had repelled an attack near "
                       "Sumy.\n", published="2027-05-10").to_json()
    claim = claim_by(rec, "its troops had repelled an attack")
    assert claim["claimant"]["name"] == "army" and claim["text"].startswith("that its troops"), claim


def test_a_that_clause_after_another_aside_is_the_content_too(extract_text):
    rec = extract_text("The army said on Monday, a public holiday, that its troops had repelled an attack near "
                       "Sumy.\n", published="2027-05-10").to_json()
    claim = claim_by(rec, "its troops had repelled an attack")
    assert claim["claimant"]["name"] == "army", claim


HERALD = """The Kivu Herald
Thousands of families flee fighting near Rutshuru
12 May 2027

Residents of Kiwanja told The Kivu Herald that at least 300 families had fled towards Rutshuru.

The Kivu Herald reported that the army had sent reinforcements to Rutshuru.
"""


def test_the_outlet_told_is_named_once_in_the_chain(extract_text):
    rec = extract_text(HERALD).to_json()
    assert rec["document"]["outlet"] == "The Kivu Herald", rec["document"]
    claim = claim_by(rec, "300 families had fled")
    assert [name for name, _ in chain(claim)] == ["The Kivu Herald", "Residents of Kiwanja"], chain(claim)


def test_the_outlets_own_report_without_its_article_is_no_claim(extract_text):
    rec = extract_text(HERALD).to_json()
    assert not [c for c in rec["claims"] if "reinforcements" in c["text"]], rec["claims"]



# --- a report relayed by another: "A, X said, according to Y"; "Y reported that X said A" ----------------------------
def test_according_to_after_a_reporting_clause_relays_it_and_is_no_claim_of_its_own(extract_text):
    rec = extract_text("Troops repelled an assault near Kiwanja, General Pierre Ntumba said, according to state "
                       "radio.\n", published="2027-05-10").to_json()
    [claim] = rec["claims"]
    assert claim["claimant"]["name"] == "General Pierre Ntumba", claim
    assert claim["text"] == "Troops repelled an assault near Kiwanja", claim["text"]
    assert [name for name, _ in chain(claim)] == ["state radio", "General Pierre Ntumba"], chain(claim)


def test_according_to_around_more_than_the_report_stays_a_claim(extract_text):
    # (the radio's own words, "and the rebels fled", are more than the general's report)
    rec = extract_text("Troops repelled an assault near Kiwanja, General Pierre Ntumba said, and the rebels fled "
                       "towards the hills, according to state radio.\n", published="2027-05-10").to_json()
    assert any(c["claimant"]["name"] == "state radio" for c in rec["claims"]), rec["claims"]


def test_according_to_around_evidence_that_speaks_for_nobody_stays_a_claim(extract_text):
    rec = extract_text("Phone records showed daily contact between the officers and a gang leader, according to "
                       "the interior ministry.\n", published="2027-05-10").to_json()
    claim = claim_by(rec, "Phone records showed daily contact")
    assert claim["claimant"]["name"] == "interior ministry", claim["claimant"]


def test_a_nested_report_chains_the_reporter_before_the_speaker(extract_text):
    rec = extract_text("The agency reported that the ministry said two soldiers died in Kiwanja.\n",
                       published="2027-05-10").to_json()
    claim = claim_by(rec, "two soldiers died")
    inner = [c for c in rec["claims"] if c["text"] == "two soldiers died in Kiwanja"]
    assert inner and [name for name, _ in chain(inner[0])] == ["agency", "ministry"], rec["claims"]
    assert claim  # (the agency's own report stays a claim: its content is more than the ministry's words)


def test_according_to_a_statement_adds_no_link(extract_text):
    rec = extract_text("The ministry issued a statement on Tuesday. \"Our troops repelled the assault,\" General "
                       "Pierre Ntumba said, according to the statement.\n", published="2027-05-10").to_json()
    claim = claim_by(rec, "Our troops repelled the assault")
    assert claim["claimant"]["name"] == "General Pierre Ntumba", claim["claimant"]
    assert "statement" not in [name for name, _ in chain(claim)], chain(claim)
    assert len([c for c in rec["claims"] if "Our troops" in c["text"]]) == 1, rec["claims"]


def test_according_to_a_translation_names_its_translator(extract_text):
    rec = extract_text("Niger's ruling council issued a statement. \"France is arming the terrorists,\" the council "
                       "said, according to a translation by Steppe Wire.\n", published="2027-05-10").to_json()
    claim = claim_by(rec, "France is arming the terrorists")
    assert [name for name, _ in chain(claim)][0] == "Steppe Wire", chain(claim)
    assert not [c for c in rec["claims"] if "translation" in (c["claimant"]["name"] or "")], rec["claims"]


def test_a_statement_quoting_an_officer_is_no_claim_that_names_him(extract_text):
    rec = extract_text("Four soldiers were killed in Kiwanja on Tuesday, the defence ministry said in a statement "
                       "quoting the regional commander.\n", published="2027-05-10").to_json()
    assert [c["text"] for c in rec["claims"]] == ["Four soldiers were killed in Kiwanja on Tuesday"], rec["claims"]


def test_quoting_a_persons_words_stays_a_claim(extract_text):
    rec = extract_text("The ministry issued a statement quoting the commander as saying that the rebels had fled "
                       "towards the hills.\n", published="2027-05-10").to_json()
    assert any("rebels had fled" in c["text"] for c in rec["claims"]), rec["claims"]



# --- a speaker after the content: "…, an official who asked not to be named told Reuters."; "was quoted as saying" --
def test_a_sentence_final_teller_with_a_relative_clause_is_the_speaker(extract_text):
    rec = extract_text("A drone strike on a car near Nabatieh killed a militia commander on Thursday, a senior "
                       "security official who asked not to be named told Reuters.\n",
                       published="2027-05-10").to_json()
    claim = claim_by(rec, "killed a militia commander")
    assert claim["claimant"]["name"].startswith("senior security official"), claim["claimant"]
    assert [name for name, _ in chain(claim)][0] == "Reuters", chain(claim)


def test_a_verb_joined_by_and_keeps_its_own_subject(extract_text):
    # (no comma and noun phrase before "told": the verb continues the clause, its subject the army)
    rec = extract_text("The army shelled the village on Thursday and told residents to leave.\n",
                       published="2027-05-10").to_json()
    assert all(c["claimant"]["name"] in ("army", None) for c in rec["claims"]), rec["claims"]


def test_a_quote_before_was_quoted_as_saying_is_the_speakers(extract_text):
    rec = extract_text("\"The enemy used mortars against our positions on the hill,\" a local commander was quoted "
                       "as saying.\n", published="2027-05-10").to_json()
    claim = claim_by(rec, "The enemy used mortars")
    assert claim["claimant"]["name"] == "local commander", claim["claimant"]


def test_a_question_before_a_passive_sentence_is_no_quote_of_its_subject(extract_text):
    rec = extract_text("\"Was the contract rigged?\" The builder was never charged with fraud.\n",
                       published="2027-05-10").to_json()
    assert not rec["claims"], rec["claims"]



# --- a release's contact line after its end mark; a headline's topic label; a name tagged across a comma -------------
RELEASE = """MINISTRY OF DEFENCE OF THE REPUBLIC OF VALE
PRESS RELEASE No. 12

Lakeport, 22 August 2027

The General Staff informs the public that a unit of the armed forces repelled an attack near Boni on 20 August.

###
Contact: Directorate of Information and Public Relations of the Armies
"""


def test_a_contact_line_after_the_end_mark_leaves_the_text():
    from sitrep.ingest import from_text

    doc = from_text(RELEASE, "<test>")
    assert doc.text.rstrip().endswith("near Boni on 20 August."), doc.text
    assert "Contact" not in doc.text and "###" not in doc.text


def test_a_contact_sentence_of_the_story_stays():
    from sitrep.ingest import from_text

    doc = from_text("Gunmen attacked a village on Monday, police said.\n\nContact the police on 112 if you saw "
                    "anything, they said.\n", "<test>")
    assert doc.text.rstrip().endswith("if you saw anything, they said."), doc.text


def test_a_headlines_country_label_before_a_reported_line_is_no_speaker(extract_text):
    rec = extract_text("Vale: Militia fighters killed dozens in a lakeside town, witnesses say\n\n"
                       "Militia fighters killed at least 40 civilians in the town of Mornei, a rights group said "
                       "on Monday.\n", published="2027-05-10").to_json()
    assert not [c for c in rec["claims"] if c["claimant"]["name"] == "Vale"], rec["claims"]
    assert any(c["claimant"]["name"] == "witnesses" for c in rec["claims"]), rec["claims"]


def test_a_headlines_speaker_before_a_colon_stays_the_speaker(extract_text):
    rec = extract_text("Kremlin: Talks with Kyiv are over\n\nThe Kremlin said on Monday that talks were over.\n",
                       published="2027-05-10").to_json()
    claim = claim_by(rec, "Talks with Kyiv are over")
    assert claim["claimant"]["name"] == "Kremlin", claim["claimant"]


def test_a_name_tagged_across_a_comma_does_not_lengthen_the_speaker(extract_text):
    rec = extract_text("Fighters killed at least 40 civilians in the town of Mornei, Human Rights Watch said in a "
                       "report released on Monday.\n", published="2027-05-10").to_json()
    claim = claim_by(rec, "killed at least 40 civilians")
    assert claim["claimant"]["name"] == "Human Rights Watch", claim["claimant"]



# --- a Q&A interview: "A:" is the person interviewed; "Q:" relays nobody's report ---------------------------------
INTERVIEW = """Interview: militia leader rejects army account of convoy attack

Lake Region Monitor
5 December 2027

The Lake Region Monitor spoke to Ibrahim Sanou Kone, spokesman for the Lakeside Defence Front, about last week's attack on a supply convoy near Boni.

Q: The army says your fighters attacked the convoy on Tuesday and killed seven soldiers. Is that true?

A: No. We did not attack the convoy. Another group ambushed it.

Q: Did your group shoot down an army drone?

A: We shot down an army drone near Hombori on Wednesday.
"""


def test_an_interviews_answers_are_the_interviewees(extract_text):
    rec = extract_text(INTERVIEW).to_json()
    claim = claim_by(rec, "shot down an army drone near Hombori")
    assert claim["claimant"]["name"] == "Ibrahim Sanou Kone", claim["claimant"]
    asked = claim_by(rec, "your fighters attacked the convoy")
    # (the headline's "militia leader rejects …" denies it too)
    assert "Ibrahim Sanou Kone" in [r["by"]["name"] for r in asked["responses"] if r["stance"] == "deny"], asked
    # the interviewer's question relays the army's claim: no "Q" link in its chain
    assert "Q" not in [name for name, _ in chain(asked)], chain(asked)


# --- claims filtered by a link of their source chain (the API and `sitrep claims`), as events are --------------------
def _relayed_store(path) -> str:
    """A store of one made-up wire story: an agency relays what a ministry source said, which another state denies."""
    from sitrep.model import Record
    from sitrep.store import Store

    src = [{"name": "Steppe Wire", "kind": "outlet"}, {"name": "Vale News Agency", "kind": "agency"},
           {"name": "source in the defence ministry", "kind": "ministry"}]
    claim = {"id": "nu20-c1", "claimant": {"name": "source in the defence ministry", "country": "KGZ",
                                          "sector": "MIL"}, "stance": "assert",
             "text": "Tajik troops shelled a border post", "start": 0, "end": 34, "event": None, "locations": [],
             "responses": [{"by": {"name": "Tajik border service", "country": "TJK", "sector": "MIL"},
                            "stance": "deny", "text": "denied the report", "start": 36, "end": 53}],
             "cue": "reported", "sources": src, "speech_act": "statement"}
    other = dict(claim, id="nu20-c2", text="Two villagers were wounded", start=60, end=86, responses=[],
                 claimant={"name": "local doctor", "country": None, "sector": None},
                 sources=[src[0], {"name": "local doctor", "kind": "unnamed"}])
    db = str(path / "nu20.duckdb")
    with Store(db) as store:
        store.add(Record.from_json({"document": {"id": "nu20", "language": "en", "outlet": "Steppe Wire",
                                                 "text": "Made-up wire story about a border post."},
                                    "events": [], "claims": [claim, other]}))
    return db


def test_the_claims_command_filters_by_a_link_of_the_source_chain(tmp_path):
    import json

    from conftest import run_cli

    db = _relayed_store(tmp_path)
    res = run_cli("claims", "--db", db, "--source", "vale news", "--format", "json")
    assert res.returncode == 0, res.stderr.decode()
    assert [c["id"] for c in json.loads(res.stdout)] == ["nu20-c1"]  # the agency relayed it; a source spoke
    res = run_cli("claims", "--db", db, "--claimant", "TJK", "--format", "json")  # the one who denies it
    assert [c["id"] for c in json.loads(res.stdout)] == ["nu20-c1"]
    res = run_cli("claims", "--db", db, "--source", "Nobody", "--stance", "deny")
    assert res.returncode == 0 and "no claims with stance deny, source 'Nobody'" in res.stdout.decode()


def test_the_claims_endpoint_filters_by_a_link_of_the_source_chain(tmp_path):
    from fastapi.testclient import TestClient

    from sitrep.api import create_app

    db = _relayed_store(tmp_path)
    with TestClient(create_app(db, hold_lock=False)) as client:
        r = client.get("/api/claims", params={"source": "Vale News Agency"})
        assert r.status_code == 200, r.text
        assert [c["id"] for c in r.json()["items"]] == ["nu20-c1"] and r.json()["total"] == 1
        assert client.get("/api/claims", params={"source": "steppe wire"}).json()["total"] == 2
        # words that are in no link's name (though each is in one) find nothing
        assert client.get("/api/claims", params={"source": "ministry source"}).json()["total"] == 0
