"""Issue 6, session 22: a denial wording its act answers the statement telling that act (rule 3), and a denial of the
denier's own role answers the first statement putting the act on its side or on a group it backs (rule 7).
Made-up text."""
from __future__ import annotations

from conftest import json_runner

PUB = "2025-11-27T08:00:00+00:00"


run = json_runner(PUB)


def _answered_by(rec: dict, words: str) -> list[str]:
    """The claims a deny response with these words answers."""
    return [c["text"] for c in rec["claims"] for r in c["responses"] if r["stance"] == "deny" and words in r["text"]]


def test_a_denial_wording_its_act_answers_the_statement_telling_that_act(run):
    rec = run("HANOI, Nov 26 - Vietnam's fisheries surveillance force said on Wednesday that a Chinese maritime "
              "militia boat had fired flares at a Vietnamese trawler near the Paracel Islands, burning one fisherman. "
              "A spokesman for the force said the Chinese boat also rammed the trawler's bow, leaving a hole above "
              "the waterline.\n\n"
              "China's foreign ministry denied that any Chinese boat had rammed the trawler and said the Vietnamese "
              "crew had entered Chinese waters.")
    answered = _answered_by(rec, "rammed the trawler")
    assert answered and "rammed the trawler's bow" in answered[0]


def test_a_denial_naming_the_doer_moves_from_a_statement_without_one_to_the_one_naming_it(nlp):
    from sitrep.claims.denials import _doers_of, _of_denied_doer
    from sitrep.model import Claim

    text = ("A rubber tapper was shot dead on a plantation road on Tuesday, police said. A rights network said two "
            "rangers had shot him from a pickup truck. Insurgents shot a teacher in the same village, the army said. "
            "The army denied that rangers had shot the man.")
    doc = nlp(text)

    def claim(part: str) -> Claim:
        i = text.index(part)
        return Claim(id=part, claimant={}, stance="assert", text=part, start=i, end=i + len(part))
    lead, named, other = (claim("A rubber tapper was shot dead on a plantation road on Tuesday"),
                          claim("two rangers had shot him from a pickup truck"),
                          claim("Insurgents shot a teacher in the same village"))
    denial = text.index("that rangers had shot the man")
    cs, ce = denial, denial + len("that rangers had shot the man")
    assert _doers_of(doc, lead.start, lead.end, frozenset({"shoot"})) == frozenset()
    assert _doers_of(doc, named.start, named.end, frozenset({"shoot"})) & _doers_of(doc, cs, ce, frozenset({"shoot"}))
    # a statement telling the act with no doer gives way to the one naming the denial's doer ...
    assert _of_denied_doer(doc, lead, [lead, other, named], frozenset({"shoot"}), cs, ce, denial) is named
    # ... but a statement naming a doer of its own stands, and so does one with no match to move to
    assert _of_denied_doer(doc, other, [lead, other, named], frozenset({"shoot"}), cs, ce, denial) is other
    assert _of_denied_doer(doc, lead, [lead, other], frozenset({"shoot"}), cs, ce, denial) is lead


def test_a_denial_sharing_the_kind_of_act_keeps_the_statement_told_first(run):
    rec = run("KHARTOUM, Nov 26 - The Sudanese army said on Wednesday that Rapid Support Forces fighters had opened "
              "fire on a convoy of aid lorries near El Obeid, killing two drivers. It said the fighters later looted "
              "the fuel tanker that led the convoy.\n\n"
              "The RSF denied that its fighters had shot at any aid convoy.")
    answered = _answered_by(rec, "shot at any aid convoy")
    assert answered and "opened fire on a convoy" in answered[0]


def test_no_role_denial_answers_the_statement_naming_a_group_its_country_backs(run):
    rec = run("BUNIA, Congo, Nov 26 - Mortar rounds hit a market in the town of Djugu on Tuesday, killing five "
              "people, local officials said.\n\n"
              "Congo's army said the rounds were fired by CODECO fighters from the hills east of the town. Uganda, "
              "which Congolese officials have accused of arming CODECO, said it had nothing to do with the attack.\n\n"
              "The UN mission said it was sending a patrol to Djugu.")
    answered = _answered_by(rec, "nothing to do with")
    assert answered and "fired by CODECO fighters" in answered[0]


def test_no_role_denial_answers_a_doer_described_as_backed_by_the_denier(run):
    rec = run("Shelling hits village near Tal Abyad\n\n"
              "Shells hit the village of Ain Issa in northern Syria on Sunday, wounding six children, a Kurdish-led "
              "administration said.\n\n"
              "The administration said the shells were fired by units of the Turkish-backed Syrian National Army. It "
              "said Turkish drones had circled over the village earlier in the day.\n\n"
              "Turkey's defence ministry denied any involvement in the shelling.")
    answered = _answered_by(rec, "any involvement")
    assert answered and "Turkish-backed Syrian National Army" in answered[0]


def test_no_role_denial_answers_a_doer_fighting_alongside_the_deniers_troops(run):
    rec = run("MEKELLE, Nov 26 - Gunmen attacked a lorry carrying grain on the road north of Adigrat on Monday, "
              "killing the driver, local officials said.\n\n"
              "Tigray's regional security office said the gunmen were members of a militia that has fought alongside "
              "Eritrean troops since the war.\n\n"
              "Eritrea's information ministry said Asmara had nothing to do with the attack.")
    answered = _answered_by(rec, "nothing to do with")
    assert answered and "fought alongside Eritrean troops" in answered[0]


def test_no_role_denial_answers_a_doer_named_as_the_deniers_ally(run):
    rec = run("SANAA, Nov 26 - Drone strikes hit a fuel market in Marib on Monday, killing eight traders, a local "
              "medical source said.\n\n"
              "The Houthis said the strikes were carried out by the Yemeni government's forces, Riyadh's main ally in "
              "the war. A Houthi spokesman said Saudi officers had chosen the targets.\n\n"
              "Saudi Arabia said it had nothing to do with the strikes.")
    answered = _answered_by(rec, "nothing to do with")
    assert answered and "carried out by the Yemeni government's forces" in answered[0]


def test_no_role_denial_answers_a_doer_whose_backers_are_the_deniers_troops(run):
    rec = run("JUBA, Nov 26 - Bombs killed at least nine herders at a cattle camp near Akobo on Sunday, local "
              "officials said.\n\n"
              "The SPLA-IO said the bombs had been dropped by aircraft of the national army, which Ugandan troops have "
              "backed since March. Its spokesman said a Ugandan helicopter had circled the camp before the bombing.\n\n"
              "Uganda's army spokesman denied any role in the bombing.")
    answered = _answered_by(rec, "any role")
    assert answered and "dropped by aircraft of the national army" in answered[0]


def test_no_role_denial_keeps_the_statement_when_no_statement_puts_the_act_on_its_side(run):
    rec = run("BAMAKO, Nov 26 - A bus hit a mine on the road between Gao and Ansongo on Monday, killing nine "
              "passengers, the regional governor said.\n\n"
              "The Azawad rebel coalition denied any involvement in the blast.")
    answered = _answered_by(rec, "any involvement")
    assert answered and "hit a mine" in answered[0]


def _calls(rec: dict) -> list[dict]:
    return [c for c in rec["claims"] if c["speech_act"] == "call"]


def test_a_call_is_kept_as_its_speakers_call_and_no_denial_answers_it(run):
    rec = run("ADEN, Nov 26 - The Houthis said on Wednesday that Saudi jets had bombed a fuel depot in Hodeidah, "
              "killing four workers. The UN envoy called for an independent inquiry into the strike and urged both "
              "sides to protect civilian infrastructure.\n\n"
              "The Saudi-led coalition denied the claim.")
    calls = _calls(rec)
    assert any("independent inquiry" in c["text"] for c in calls)
    assert all(c["stance"] == "assert" and c["responses"] == [] for c in calls)
    assert all(c["claimant"]["name"] and "envoy" in c["claimant"]["name"] for c in calls)
    answered = _answered_by(rec, "the claim")
    assert answered and "bombed a fuel depot" in answered[0]


def test_a_call_told_beside_a_statement_is_the_speakers_own_call(run):
    rec = run("GENEVA, Nov 26 - The ICRC said it was alarmed by the fighting near the hospital and called on all "
              "parties to let ambulances through.")
    assert [(c["claimant"]["name"], c["text"]) for c in _calls(rec)] == [("ICRC", "all parties to let ambulances through")]
    assert any("alarmed" in c["text"] and c["speech_act"] == "statement" for c in rec["claims"])


def test_statements_are_marked_as_statements_in_the_json(run):
    rec = run("KYIV, Nov 26 - Ukraine's air force said it had shot down 40 of 52 drones launched overnight.")
    assert rec["claims"] and {c["speech_act"] for c in rec["claims"]} == {"statement"}
