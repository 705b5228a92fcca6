"""Denials sitrep did not read, and statements it read as denials that are none (session 20, h10): a claim noun
parsed as the naming verb's complement ("called the group's account baseless"), a speaker's name parsed as a
clausal subject, a ministry's "information" release ("The information spread by X that A is not true", "… does not
correspond to reality"), a fact-check's "Verdict: False." run into the desk's next sentence, and its "We found no
evidence that A" (which the tagger reads on its own here: a guard); and statements read as denials that are none: a request or a
deal rejected, a call on someone to do something, the verb "lie" of a body's position. Texts written for these
tests."""
from sitrep.claims.claims import stance_of
from sitrep.claims.text import _calls_untrue


def _deny_texts(out):
    return [r["text"] for c in out["claims"] for r in c["responses"] if r["stance"] == "deny"] + [
        c["text"] for c in out["claims"] if c["stance"] == "deny"]


def _denials(out):
    return [(r, c) for c in out["claims"] for r in c["responses"] if r["stance"] == "deny"]


def test_a_claim_noun_parsed_as_the_complement_of_call_is_denied(extract_text):
    rec = extract_text(
        "HANOI, June 2 - Vietnam's fisheries surveillance said on Tuesday that a foreign patrol boat had rammed a "
        "fishing trawler near the Paracel Islands, injuring two fishermen.\n\n"
        "China's coast guard said its boat had acted lawfully. Its spokesman, Li Wenbo, called the "
        "account of the ramming \"pure fabrication\" and said the trawler had entered a closed zone.",
        published="2026-06-02")
    out = rec.to_json()
    assert any("the account of the ramming" in t for t in _deny_texts(out)), out["claims"]


def test_a_possessed_account_called_baseless_after_an_appositive_name(extract_text):
    rec = extract_text(
        "KABUL, June 2 - Pakistan's army said on Tuesday that Afghan border forces had fired mortars at a post near "
        "Torkham, wounding three soldiers.\n\n"
        "Afghanistan's defence ministry said no Afghan unit had fired. Its spokesman, Enayatullah Khwarazmi, called "
        "Pakistan's account baseless.", published="2026-06-02")
    out = rec.to_json()
    assert any("account baseless" in t for t in _deny_texts(out)), out["claims"]


def test_an_information_release_calling_a_report_not_true_is_the_issuers_denial(extract_text):
    rec = extract_text(
        "Ministry of Defence of Ruritania - information\n\n"
        "The information spread by the Sarnian side that units of the Ruritanian Army shelled a school near the "
        "village of Dolna on 3 May is not true.\n\n"
        "The Ministry of Defence of Sarnia stated on 3 May that a school in Dolna was damaged by artillery fire from "
        "Ruritanian positions.", published="2026-05-04")
    out = rec.to_json()
    denied = [r for r, c in _denials(out) if "The information spread by the Sarnian side" in r["text"]]
    assert denied and (denied[0]["by"].get("name") or "").startswith("Ministry of Defence of Ruritania"), \
        out["claims"]


def test_an_issuers_report_said_not_to_correspond_to_reality_is_its_denial(extract_text):
    rec = extract_text(
        "Ministry of Defence of Ruritania: statement on the border\n\n"
        "The information disseminated by the Ministry of Defence of Sarnia that Ruritanian units opened fire on "
        "Sarnian positions near Dolna on 3 May does not correspond to reality.\n\n"
        "Ruritanian units did not fire a single shot that day.", published="2026-05-04")
    out = rec.to_json()
    assert any("The information disseminated by the Ministry of Defence of Sarnia" in t for t in _deny_texts(out)), \
        out["claims"]


def test_a_verdict_run_into_the_next_sentence_is_a_statement_of_its_own(extract_text):
    rec = extract_text(
        "Fact check: the Kalemie convoy video\n\n"
        "A video shared on TikTok since Sunday claims to show soldiers setting fire to lorries on the road to "
        "Kalemie.\n\n"
        "A reverse image search found the same clip in a post from 2018 about a riot in another country.\n\n"
        "Verdict: False. The clip is old and was filmed elsewhere.", published="2026-05-04")
    out = rec.to_json()
    verdicts = [r for r, c in _denials(out) if r["text"].strip(" .").lower() == "false"]
    assert verdicts, out["claims"]
    assert not any("filmed elsewhere" in t for t in _deny_texts(out)), out["claims"]


def test_a_fact_check_desk_finding_no_evidence_is_its_denial(extract_text):
    rec = extract_text(
        "Fact check: the Goma market video\n\n"
        "Posts shared on X since Monday say that soldiers shot dead five traders at a market in Goma.\n\n"
        "The clip in the posts was filmed in 2019 in another city. We found no evidence that any trader was shot "
        "at the market this week.", published="2026-05-04")
    out = rec.to_json()
    assert any("any trader was shot" in t for t in _deny_texts(out)), out["claims"]


def test_a_request_or_a_deal_rejected_is_no_denial():
    assert stance_of("reject", "a defence request to release the officers on bail") == "assert"
    assert stance_of("reject", "the 2019 peace deal") == "assert"
    assert stance_of("reject", "reports of a truce") == "deny"
    assert stance_of("reject", "the claim that troops had fired on the crowd") == "deny"


def test_a_call_on_someone_to_act_is_no_denial_whatever_its_words():
    assert stance_of("call on", "the army to stop spreading propaganda about the villages") == "assert"
    assert stance_of("say", "the army was spreading propaganda about the villages") == "deny"


def test_lie_of_a_body_is_no_verdict():
    assert not _calls_untrue("the guards had made the prisoners lie naked in the yard for hours")
    assert not _calls_untrue("the men were forced to lie face down on the road")
    assert _calls_untrue("this is a lie told to cover the raid")
    assert _calls_untrue("the accusation is without any basis")
