"""Issue 6, session 21: statements sitrep did not extract — a clause of its own said after a denial ("denied X and
said A"), a naming verb's predicate that does not call the claim untrue, the object of "called" parsed as an
indirect object or as a gerund's object, a topic-only denial's span with its verb ("rejected the report"), and the
sentences of an issuer's statement that cite no one. Made-up text."""
from __future__ import annotations

from conftest import attributions, claim_by, json_runner, with_cue

PUB = "2025-11-20T08:00:00+00:00"


run = json_runner(PUB)


def _texts(rec: dict) -> list[str]:
    return [c["text"] for c in rec["claims"]]


def _covered(rec: dict, words: str) -> bool:
    """A claim or a response whose span covers `words` (as the claims scorer reads statements)."""
    text = rec["document"]["text"]
    a = text.find(words)
    assert a >= 0
    b = a + len(words)
    spans = [(c["start"], c["end"]) for c in rec["claims"]] + [
        (r["start"], r["end"]) for c in rec["claims"] for r in c["responses"] if r.get("start") is not None]
    return any(s <= a and b <= e for s, e in spans)


def test_a_clause_said_after_a_denial_is_a_statement_of_its_own(run):
    rec = run("The embassy of Belarus in Vilnius denied any involvement and said Belarus had no links with any "
              "smuggling ring.")
    own = claim_by(rec, "no links with any smuggling ring")
    assert own["stance"] == "assert"
    assert not own["responses"]
    assert any(r["stance"] == "deny" for c in rec["claims"] for r in c["responses"])


def test_a_clause_that_only_points_back_at_the_claim_stays_one_denial(run):
    rec = run("The army denied the report and said it was a lie.")
    assert not any("it was a lie" in t for t in _texts(rec))
    assert sum(r["stance"] == "deny" for c in rec["claims"] for r in c["responses"]) == 1


def test_a_naming_predicate_that_does_not_call_the_claim_untrue_is_said(run):
    rec = run("Hezbollah denied firing any rockets on Tuesday and called the Israeli account an excuse for bombing "
              "villages in the south.")
    assert _covered(rec, "an excuse for bombing villages in the south")
    rec = run("The ministry dismissed the findings of the inspectors, calling them part of a campaign against the "
              "new government in Bamako.")
    assert _covered(rec, "part of a campaign against the new government")


def test_calling_it_a_lie_after_a_denial_is_no_second_statement(run):
    rec = run("The ministry dismissed the report of the inspectors, calling it a lie.")
    assert not any(t.startswith("it a lie") for t in _texts(rec))


def test_called_with_its_object_parsed_as_an_indirect_object(nlp):
    text = ("Kenya's foreign ministry condemned the raids, and the Arab League called them an attack on Somalia's "
            "borders.")
    att = with_cue(attributions(nlp, text), "called")
    assert att["source"] == "the Arab League"
    assert "them an attack on Somalia's borders" in " ".join(att["content"])


def test_called_with_a_gerund_object(nlp):
    text = ("The party said on Monday that police had killed two of its organisers, and called the killing an act "
            "of revenge.")
    att = with_cue(attributions(nlp, text), "called")
    assert "the killing an act of revenge" in " ".join(att["content"])


def test_a_topic_only_denial_spans_its_verb(run):
    rec = run("Amnesty International said soldiers had burned 40 houses in the village of Kalo.\n\n"
              "The Malian army rejected the report.")
    responses = [r for c in rec["claims"] for r in c["responses"] if r["stance"] == "deny"]
    assert [r["text"] for r in responses] == ["rejected the report"]
    text = rec["document"]["text"]
    assert text[responses[0]["start"]:responses[0]["end"]] == "rejected the report"


def test_a_denial_with_a_content_of_its_own_keeps_its_span(run):
    rec = run("Amnesty International said soldiers had burned 40 houses in the village of Kalo.\n\n"
              "The Malian army denied that any house had been burned.")
    responses = [r for c in rec["claims"] for r in c["responses"] if r["stance"] == "deny"]
    assert responses and not responses[0]["text"].startswith("denied")


def test_an_issuers_statement_speaks_in_every_sentence(run):
    rec = run("Communique of the Ministry of Defence of the Republic of Chad\n\n"
              "On the night of 12 November, a patrol of the army came under fire from terrorists near Ngouboua.\n\n"
              "The patrol repelled the assault. Twelve terrorists were neutralised and three motorbikes seized. "
              "Two of our soldiers were lightly wounded.\n\n"
              "The Ministry reminds citizens that spreading false information is an offence.")
    for words in ("came under fire from terrorists", "repelled the assault", "Twelve terrorists were neutralised",
                  "lightly wounded"):
        c = claim_by(rec, words)
        assert c["claimant"]["country"] == "TCD"
        assert c["stance"] == "assert"
    assert not any("Communique" in t for t in _texts(rec))  # the title is no statement


def test_a_report_about_a_statement_does_not_speak_in_every_sentence(run):
    rec = run("Chad says twelve militants killed near Ngouboua\n\n"
              "N'DJAMENA, Nov 13 - Chad's army said on Wednesday that it had killed twelve militants near Ngouboua.\n\n"
              "The town lies on the shore of Lake Chad. Boko Haram factions have attacked it several times.")
    assert not any("lies on the shore" in t for t in _texts(rec))
