"""Denials said in the speaker's own quoted words (invented sentences, written for these tests): a quote of several
sentences denying two claims in turn, a clause inside a quote calling a named claim untrue, and a quote that tells
another side's claim and then calls it a lie."""
from __future__ import annotations

from conftest import claim_by, denials


def _deniers(claim: dict) -> list[str | None]:
    return [r["by"]["country"] for r in denials(claim)]


def test_quote_denying_two_claims_in_turn_answers_each(extract_text):
    """Two sentences of one quote call two different claims of the army untrue: one denial for each claim."""
    rec = extract_text(
        "The Israeli army said it had shot dead a Hamas commander in Tulkarm. It said he had been preparing attacks "
        "on settlements.\n\n"
        'Hamas said in a statement: "The occupation army claims it killed our commander in a firefight. This is a '
        "lie.\n\n"
        '"He was executed in his bed, and the army\'s story of planned attacks is pure fiction."',
        published="2024-05-01")
    out = rec.to_json()
    assert _deniers(claim_by(out, "shot dead a Hamas commander")) == ["PSE"]
    assert _deniers(claim_by(out, "preparing attacks on settlements")) == ["PSE"]


def test_quote_denying_one_claim_twice_stays_one_denial(extract_text):
    """Two denying sentences answering the same claim are not split into two links."""
    rec = extract_text(
        "Russia's defence ministry said its air defences had shot down 40 Ukrainian drones over Belgorod. It said "
        "the debris had damaged a school.\n\n"
        '"Russia did not shoot down 40 drones over Belgorod. The story of 40 drones is false," Ukraine\'s air force '
        "spokesman said.",
        published="2024-05-01")
    out = rec.to_json()
    assert _deniers(claim_by(out, "shot down 40 Ukrainian drones")) == ["UKR"]
    assert not denials(claim_by(out, "damaged a school"))


def test_untrue_clause_later_in_a_quote_names_the_claim():
    """The subject a later clause of the quote calls untrue is the denied claim: "the army's story of planned
    attacks" names the planned attacks."""
    from sitrep.claims.denials import _untrue_subject_inside

    text = '"He was executed in his bed, and the army\'s story of planned attacks is pure fiction."'
    found = _untrue_subject_inside(text, 0, len(text))
    assert found is not None and text[found[0]:found[1]] == "the army's story of planned attacks"
    plain = '"He was executed in his bed, and the army then left the village."'
    assert _untrue_subject_inside(plain, 0, len(plain)) is None


def test_quote_telling_the_enemy_claim_then_calling_it_lies(extract_text):
    """"The American enemy says A, but these claims are lies": the denied claim is A, told by the Americans."""
    rec = extract_text(
        "Yemen's Houthis said they had fired missiles at a US destroyer in the Red Sea.\n\n"
        '"The American enemy says its warships shot down every missile, but these claims are lies to cover its '
        'losses," the group\'s spokesman said in a televised address.',
        published="2024-05-01")
    out = rec.to_json()
    told = claim_by(out, "its warships shot down every missile")
    assert told["claimant"]["country"] == "USA"
    assert told["text"] == "its warships shot down every missile"
    assert _deniers(told) == ["YEM"]


def test_quote_telling_a_claim_then_this_is_a_lie_spans_the_told_clause(nlp):
    """"The junta says it struck a rebel base. This is a lie.": the told clause and its teller."""
    from sitrep.claims.denials import _claim_told_in_quote

    text = ('Myanmar\'s junta said its jets had hit a rebel camp. "The junta says it struck a rebel base. This is a '
            'lie," the rebels said.')
    doc = nlp(text)
    a = text.index('"The junta')
    b = text.index('," the rebels') + 1
    found = _claim_told_in_quote(doc, a, b)
    assert found is not None
    assert text[found[0]:found[1]] == "it struck a rebel base"
    assert text[found[2][0]:found[2][1]] == "The junta"
    # the speaker's own account followed by a denial tells no claim of another
    own = ('"We struck a rebel base and nothing else. The reports of a school hit are a lie," the army said.')
    doc = nlp(own)
    assert _claim_told_in_quote(doc, 0, own.index(",\" the army") + 2) is None


def test_he_after_a_sentence_introducing_the_official(extract_text):
    """'"…," he said' after a sentence whose subject is the official ("India's foreign secretary gave a briefing"):
    the official denies, with the official's country."""
    rec = extract_text(
        "Pakistan's military said Indian drones had struck a mosque in Bahawalpur, killing three worshippers.\n\n"
        "India's foreign secretary gave a briefing in New Delhi on Thursday.\n\n"
        '"No Indian drone entered Pakistani airspace. The claim about a mosque is completely false," he said.',
        published="2024-05-01")
    out = rec.to_json()
    assert _deniers(claim_by(out, "struck a mosque")) == ["IND"]


def test_named_speaker_introduced_with_the_body_before(extract_text):
    """'"…," Uriel said' after "An ELN commander who uses the name Uriel posted a video": the commander speaks for
    the ELN (Colombia's armed group, the other side of the army's claim)."""
    rec = extract_text(
        "Colombia's army said ELN guerrillas had attacked a patrol in Arauca, killing two soldiers.\n\n"
        "An ELN commander who uses the name Uriel posted a video on Sunday.\n\n"
        '"We did not attack any patrol. The army\'s account is false," Uriel said.',
        published="2024-05-01")
    out = rec.to_json()
    assert _deniers(claim_by(out, "attacked a patrol")) == ["COL"]


def test_quoted_these_charges_answer_the_main_claim_of_the_account(extract_text):
    """'"These charges are invented from start to finish," the lawyer said' after a security service's account told
    by it and by its spokesman: the denial answers the account's main (first) claim."""
    rec = extract_text(
        "Georgia's State Security Service said on Friday it had uncovered a plot by an opposition leader to seize "
        "parliament by force. The service's spokesman said the suspects had stored weapons in a warehouse. \"They "
        'were planning mass riots," he said.\n\n'
        "The opposition leader's lawyer, Levan Beridze, told reporters: \"These charges are invented from start to "
        'finish. My client has never owned a gun."',
        published="2024-05-01")
    out = rec.to_json()
    assert len(denials(claim_by(out, "uncovered a plot"))) == 1
    assert not denials(claim_by(out, "stored weapons"))


def test_quoted_topic_denial_frame():
    """The sentence shape that makes a quote a denial pointing back at a claim."""
    import spacy

    from sitrep.claims.denials import _quoted_topic_denial

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    for said, expected in [('"These charges are invented from start to finish."', True),
                           ('"This is a lie spread by the enemy."', True),
                           ('"Our forces never entered the town. The story is fabricated."', True),
                           ('"These villages are far from the front."', False),
                           ('"The army\'s shelling of the market is a crime."', False)]:
        doc = nlp(said)
        assert _quoted_topic_denial(doc, 0, len(said)) is expected, said


def test_quoted_denial_of_a_claim_told_later_moves_with_the_first_denial(extract_text):
    """A denial and the same ministry's quoted denial both answer the claim the other side tells in full after them."""
    rec = extract_text(
        "Armenia's defence ministry on Monday denied that its troops had fired on Azerbaijani positions near Sotk "
        "overnight.\n\n"
        '"The information spread by the Azerbaijani side does not correspond to reality," the ministry said in a '
        "statement.\n\n"
        "Azerbaijan's defence ministry said later that Armenian troops had fired mortars at its positions near Sotk "
        "before dawn.",
        published="2024-05-01")
    out = rec.to_json()
    told = claim_by(out, "fired mortars")
    assert told["claimant"]["country"] == "AZE"
    assert _deniers(told) == ["ARM", "ARM"]
