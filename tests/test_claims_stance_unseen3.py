"""Denials sitrep did not read, and statements it read as denials that are none (session 19, h10): a naming verb's
object parsed as a compound of what it is called ("called the union's version false"), a post or a photo called
fake, a naming verb the parser hung on the subject ("An official, who …, called the report's findings 'unfounded'"),
a present-tense denying verb tagged as a noun before "in the strongest terms", a title's bare "…; Minsk denies", a
fact-check's "Verdict:" in the middle of a line, a speaker saying the other side "is spreading false information";
and words of the deny list that only describe ("farmers with no links to any armed group", "made up a fifth of",
"under a false name", "propaganda leaflets", "no such thing as"). Texts written for these tests."""
from sitrep.claims.text import _calls_untrue


def _denials(out):
    return [(r["by"], c) for c in out["claims"] for r in c["responses"] if r["stance"] == "deny"]


def _deny_texts(out):
    return [r["text"] for c in out["claims"] for r in c["responses"] if r["stance"] == "deny"] + [
        c["text"] for c in out["claims"] if c["stance"] == "deny"]


def test_a_possessed_claim_noun_called_untrue_is_denied_with_its_possessor(extract_text):
    rec = extract_text(
        "QUITO, May 4 - A farmers' union said on Monday that soldiers had burned four huts near Lago Agrio.\n\n"
        "The army said its patrol had only searched the huts for weapons. It called the union's version false.",
        published="2026-05-04")
    out = rec.to_json()
    assert any("the union's version false" in t for t in _deny_texts(out)), out["claims"]


def test_a_post_called_fake_is_denied(extract_text):
    rec = extract_text(
        "A video posted on a Facebook page on Sunday claims to show rebels digging up rifles from a buried cache near "
        "Cotabato.\n\n"
        "The regional government's press office called the post fake and said every rifle was held in a guarded "
        "depot.", published="2026-05-04")
    out = rec.to_json()
    assert any("post fake" in t for t in _deny_texts(out)), out["claims"]


def test_a_post_called_nothing_untrue_is_no_denial():
    # (the check on the words the verb puts on a post or a photo: only words calling it untrue make a denial)
    assert _calls_untrue("the post fake")
    assert not _calls_untrue("the post important")


def test_a_naming_verb_hung_on_the_subject_is_the_subjects_denial(extract_text):
    rec = extract_text(
        "SANAA, May 4 - A report by a panel of experts said on Monday that border guards had shot at migrants "
        "crossing near the mountain town of Razih.\n\n"
        "An Omani official, who spoke on condition of anonymity, called the panel's findings \"unfounded\" and said "
        "the guards had fired only warning shots.", published="2026-05-04")
    out = rec.to_json()
    denied = [(by, c) for by, c in _denials(out) if (by.get("name") or "").lower().endswith("official")]
    assert denied, out["claims"]


def test_a_denying_verb_read_as_a_noun_before_in_the_strongest_terms(extract_text):
    rec = extract_text(
        "Republic of Ruritania, Ministry of the Interior: statement on Sarnia\n\n"
        "The Ministry of the Interior rejects in the strongest terms the accusations published on Monday by "
        "the Sarnian authorities about the presence of Ruritanian police in the border villages.\n\n"
        "The Sarnian foreign office said on Monday that armed Ruritanian police had entered three of its villages.",
        published="2026-05-04")
    out = rec.to_json()
    assert any("accusations published on Monday" in t for t in _deny_texts(out)), out["claims"]


def test_a_titles_bare_denial_answers_what_the_body_denies(extract_text):
    rec = extract_text(
        "Vilnius says it caught saboteurs trained abroad; Minsk denies\n\n"
        "Lithuania's prosecutors said on Tuesday that three men arrested near the border had been trained at a camp "
        "in Belarus.\n\n"
        "Belarus's foreign ministry denied that any camp of the kind existed.", published="2026-05-04")
    out = rec.to_json()
    heads = [r for c in out["claims"] for r in c["responses"] if r["stance"] == "deny" and r["text"] == "Minsk denies"]
    assert heads, out["claims"]


def test_a_verdict_in_the_middle_of_a_line_is_the_desks_denial(extract_text):
    rec = extract_text(
        "Fact check: no, this photo does not show a tank column entering Goma\n\n"
        "A photo shared on X since Friday claims to show a column of tanks entering Goma.\n\n"
        "We traced the photo to a parade in another country in 2019. Verdict: the photo is misleading.",
        published="2026-05-04")
    out = rec.to_json()
    assert any("the photo is misleading" in t for t in _deny_texts(out)), out["claims"]


def test_spreading_false_information_in_the_present_is_the_speakers_verdict():
    assert _calls_untrue("The other side is again spreading false information.")
    assert _calls_untrue("Some pages are spreading completely untrue news that the dam was bombed")
    assert not _calls_untrue("accused the broadcaster of spreading false stories about the army")
    assert not _calls_untrue("a journalist had spread false news about troop movements")


def test_deny_words_that_only_describe_are_no_verdict():
    assert not _calls_untrue("the dead were shepherds with no links to any armed group")
    assert not _calls_untrue("migrants made up a third of those detained")
    assert not _calls_untrue("the suspect had rented the flat under a false name")
    assert not _calls_untrue("the drones dropped propaganda leaflets over the town")
    assert not _calls_untrue("there is no such thing as a buffer zone")
    # and what still calls a claim untrue
    assert _calls_untrue("the group had no link to the bombing, and the claims are propaganda")
    assert _calls_untrue("the figures were made up")
    assert _calls_untrue("Denials from the ministry are not credible")
