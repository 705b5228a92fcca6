"""Session 26 (h4): denials that name reports, a claim called a put-up act, transcript answers. "denied reports that
A", no speaker named for the reports, answers an earlier or later statement only when that statement tells A (three
of its word stems or half of them), else A is a claim of its own; "the X claim was a provocation", "the allegations
were a script" deny; "Q: X says A. / B: That is not true." denies what the question relays, also when X is of the
answerer's own country. Second denials in one sentence: "denied A and called the X report a lie" is two denials (",
calling the report a lie" and "… a pretext for …" one); "…, and the ministry rejected it as well" answers the claim
just denied; "X said A was an invention, while Y denied B" ends X's words at "while" and Y denies too. Made-up
sentences."""
from __future__ import annotations

from conftest import claim_by, denials, json_runner

PUB = "2025-10-14T09:00:00+00:00"


run = json_runner(PUB)


def _deniers(rec, text):
    return [r["by"]["country"] for r in denials(claim_by(rec, text))]


def test_reports_sharing_one_word_with_an_earlier_claim_are_a_claim_of_their_own(run):
    # the rebels' claim and the reports share "drone" only: the reports tell another matter
    rec = run("BAMAKO, Oct 13 - The separatist CSP-DPA said its fighters had shot down an army drone near Anefis on "
              "Sunday.\n\nMali's army denied reports that soldiers had launched drones from a camp outside Kidal the "
              "same night.")
    reported = claim_by(rec, "launched drones")
    assert reported["text"].startswith("that soldiers had launched drones")
    assert reported["claimant"]["country"] is None
    assert _deniers(rec, "launched drones") == ["MLI"]
    assert _deniers(rec, "shot down an army drone") == []


def test_reports_an_earlier_claim_tells_are_that_claim(run):
    # half the reports' word stems ("ferry", "sank") are in the coast guard's statement: they answer it
    rec = run("MANILA, Oct 13 - The Philippine coast guard said a Chinese vessel had rammed a ferry that later sank "
              "off Palawan.\n\nChina's foreign ministry rejected reports that the ferry sank.")
    assert _deniers(rec, "had rammed a ferry") == ["CHN"]


def test_reports_told_after_by_a_statement_sharing_one_word_stay_their_own(run):
    # the later statement shares "people" only with the reports: it does not tell them
    rec = run("BUNIA, Oct 13 - A militia in Ituri denied reports that its members had abducted nine people from a "
              "village near Fataki.\n\nThe UN mission said its medics had treated 30 people in Bunia.")
    reported = claim_by(rec, "abducted nine people")
    assert _deniers(rec, "abducted nine people") == ["COD"]
    assert denials(claim_by(rec, "treated 30 people")) == []
    assert reported["claimant"]["country"] is None


def test_a_claim_called_a_provocation_is_denied(run):
    rec = run("VILNIUS, Oct 13 - Lithuania's border service said Belarusian guards had pushed 30 migrants across the "
              "fence near Medininkai.\n\nBelarus's border committee said the Lithuanian claim about the migrants was "
              "a provocation.")
    denial = claim_by(rec, "pushed 30 migrants")
    assert _deniers(rec, "pushed 30 migrants") == ["BLR"]
    assert denial["claimant"]["country"] == "LTU"


def test_allegations_called_a_script_are_denied(run):
    rec = run("NAIROBI, Oct 13 - Two activists told a court in Nairobi that police officers had beaten them in a "
              "cell.\n\nA police spokesman said the beating allegations were \"a script written by their "
              "lawyers\".")
    assert _deniers(rec, "had beaten them") == ["KEN"]


def test_an_event_called_a_provocation_is_no_denial(run):
    rec = run("YEREVAN, Oct 13 - Armenia's defence ministry said the shelling of the village was a provocation.")
    said = claim_by(rec, "was a provocation")
    assert said["stance"] == "assert"


def test_a_transcript_answer_calling_that_untrue_denies_what_the_question_relays(run):
    # the question's claim is by the answerer's own country (a breakaway region's authorities)
    rec = run("Georgia's foreign minister spoke to a radio station in Tbilisi.\n\n"
              "Q: Tskhinvali says Tbilisi has cut the power line to the region.\n\n"
              "A: That is not true. We repaired the line after a storm.")
    assert _deniers(rec, "cut the power line") == ["GEO"]
    # the turn's next sentence is the answerer's own statement, not part of the denial
    assert denials(claim_by(rec, "cut the power line"))[0]["text"] == "That is not true."
    after = claim_by(rec, "We repaired the line")
    assert after["stance"] == "assert" and after["claimant"]["country"] == "GEO"


def test_a_transcript_answer_of_no_verdict_denies_nothing(run):
    rec = run("Georgia's foreign minister spoke to a radio station in Tbilisi.\n\n"
              "Q: Tskhinvali says Tbilisi has cut the power line to the region.\n\n"
              "A: That is a question for the energy ministry. Our engineers are looking at the line.")
    assert denials(claim_by(rec, "cut the power line")) == []


def test_a_finite_naming_clause_after_a_denial_is_a_second_denial(run):
    # "and called the Lebanese report a lie": the claims sets count two denials of the report's claim
    rec = run("NICOSIA, Oct 13 - Lebanon's state news agency said Israeli gunboats had fired on two fishing boats off "
              "Naqoura.\n\nThe Israeli army denied that its navy had fired on fishermen and called the Lebanese "
              "report a lie.")
    assert _deniers(rec, "fired on two fishing boats") == ["ISR", "ISR"]


def test_a_participle_naming_the_claim_again_is_the_same_denial(run):
    rec = run("NICOSIA, Oct 13 - Lebanon's state news agency said Israeli gunboats had fired on two fishing boats off "
              "Naqoura.\n\nThe Israeli army denied that its navy had fired on fishermen, calling the Lebanese report "
              "a lie.")
    assert _deniers(rec, "fired on two fishing boats") == ["ISR"]


def test_a_finite_clause_calling_the_claim_a_pretext_is_the_same_denial(run):
    # a pretext, a cover or an excuse is what the denier says the claim is for: one denial in the claims sets
    rec = run("NICOSIA, Oct 13 - Lebanon's state news agency said Israeli gunboats had fired on two fishing boats off "
              "Naqoura.\n\nThe Israeli army denied that its navy had fired on fishermen and called the Lebanese "
              "report a pretext for rocket fire.")
    assert _deniers(rec, "fired on two fishing boats") == ["ISR"]


def test_a_second_voice_rejecting_it_as_well_answers_the_claim_just_denied(run):
    rec = run("RIGA, Oct 13 - Latvia's border guard said Belarusian soldiers had cut the border fence near Daugavpils "
              "overnight. A spokesman said the guard's cameras had filmed men with bolt cutters at the wire.\n\n"
              "Belarus's border committee said the Latvian story about the bolt cutters was a provocation, and "
              "Belarus's defence ministry rejected it too.")
    assert _deniers(rec, "filmed men with bolt cutters") == ["BLR", "BLR"]


def test_a_second_speaker_after_while_denies_on_its_own(run):
    rec = run("KAMPALA, Oct 13 - An opposition MP told a radio station in Gulu that soldiers had been ordered to burn "
              "granaries in two villages.\n\nThe government spokesman said the story about the granaries was an "
              "invention, while the army denied that any soldier had received such an order.")
    denied = denials(claim_by(rec, "ordered to burn granaries"))
    assert [r["by"]["country"] for r in denied] == ["UGA", "UGA"]
    assert "while" not in denied[0]["text"]

