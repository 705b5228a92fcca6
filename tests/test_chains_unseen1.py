"""Source chains, denials and sides on invented articles (session 23, h7). Sentences are made up.

- A wire citing a state agency citing a spokesman: the army's denial of a rebel claim answers that claim, never the
  agency's report of the army's own account.
- "deny the use of its soil to militants" refuses a thing; it denies no claim.
- "residents and a local militia told ...": the party joined to the residents keeps its country.
- "Rwandan and Mozambican troops" split by the parser are still one side: no made-up enemy force.
- "The attackers, believed to be members of X, also torched ...": the damage is the attack's, on its day and place.
"""

WIRE = ('Sudan army says it repelled RSF assault on Nyala\n\n'
        "KHARTOUM, March 4, 2026 (AFP) - Sudan's army said Wednesday it had repelled a major assault by the "
        'paramilitary Rapid Support Forces on the besieged city of Nyala, killing dozens of fighters, the '
        'official SUNA news agency reported.\n\n'
        'Army spokesman Brigadier General Hassan Idris told SUNA that the RSF attacked the city from three '
        "directions at dawn on Monday and that troops of the army's 16th Infantry Division destroyed 12 "
        'combat vehicles and "inflicted heavy losses on the rebel militia".\n\n'
        'The RSF said in a statement on Telegram that its fighters had shot down an army helicopter over '
        'Kutum, north of Nyala. The army denied the claim, calling it "a pure fabrication".\n\n'
        'A medical source at the Saudi Hospital in Nyala told AFP that at least seven civilians were killed '
        'and 23 wounded on Monday when RSF shells hit a camp for displaced people on the northern edge of the'
        ' city.\n\n'
        'The war between the army, led by Abdel Fattah al-Burhan, and the RSF of Mohamed Hamdan Daglo broke '
        'out in April 2023. It has killed tens of thousands of people and uprooted more than 13 million, '
        'according to the United Nations.\n')


def _json(extract_text, text, published):
    return extract_text(text, published=published).to_json()


def test_a_denial_answers_the_other_side_not_the_report_of_its_own_account(extract_text):
    out = _json(extract_text, WIRE, "2026-03-04")
    denied = [c for c in out["claims"] if any(r["stance"] == "deny" for r in c["responses"])]
    assert [c["claimant"]["name"] for c in denied] == ["RSF"]
    assert "helicopter" in denied[0]["text"]


def test_the_wire_chain_runs_from_the_outlet_through_the_agency_to_the_spokesman(extract_text):
    out = _json(extract_text, WIRE, "2026-03-04")
    assault = next(e for e in out["events"] if e["date"] == "2026-03-02" and e["acled"]["event_type"] == "Battles")
    assert [s["name"] for s in assault["sources"]][:2] == ["AFP", "SUNA"]
    assert "Hassan Idris" in assault["sources"][2]["name"]


def test_denying_the_use_of_soil_to_militants_is_no_denial(extract_text):
    out = _json(extract_text, "The neighbouring government is expected to honour its pledges and deny the use of "
                              "its territory by armed groups for attacks across the border, the ministry said.",
                "2026-03-04")
    assert not any(r["stance"] == "deny" for c in out["claims"] for r in c["responses"])
    assert not any(c["stance"] == "deny" for c in out["claims"])


def test_residents_joined_to_a_militia_speak_from_its_country(extract_text):
    out = _json(extract_text, "Six villagers were killed when a military jet bombed a village in Magway Region on "
                              "Friday, residents and a local People's Defense Force told reporters.", "2026-03-04")
    [claim] = [c for c in out["claims"] if "bombed" in c["text"]]
    assert claim["claimant"]["country"] == "MMR"


def test_residents_and_witnesses_stay_of_no_state(extract_text):
    out = _json(extract_text, "Six villagers were killed when a military jet bombed a village in Magway Region on "
                              "Friday, residents and witnesses told reporters.", "2026-03-04")
    [claim] = [c for c in out["claims"] if "bombed" in c["text"]]
    assert claim["claimant"]["country"] is None


RAID = ("Insurgents kill three villagers in Cabo Delgado's Macomia district\n\n"
        'Maputo, 2 Mar 2026 (Lusa) - Armed insurgents killed three villagers, beheading one of them, in an '
        "attack on a village in Macomia district, in Mozambique's northern Cabo Delgado province, on "
        'Saturday, local sources told Lusa.\n\n'
        'The attackers, believed to be members of the Islamic State-linked group known locally as al-Shabaab,'
        ' also set fire to at least 25 homes before fleeing into the bush, a community leader said.\n\n'
        'Rwandan and Mozambican troops were deployed to the area on Sunday morning, according to a district '
        'government official.\n\n'
        'The insurgency in Cabo Delgado began in October 2017 with an attack on police stations in Mocímboa '
        'da Praia. In August 2020, insurgents seized the port town, holding it for almost a year. Rwandan '
        'forces arrived in July 2021 and helped recapture Mocímboa da Praia the following month.\n\n'
        'The conflict has displaced more than a million people, according to the United Nations.\n')


def test_troops_of_two_states_told_together_are_no_enemies(extract_text):
    out = _json(extract_text, RAID, "2026-03-02")
    attack = next(e for e in out["events"] if any("police stations" in x["text"] for x in e["evidence"]))
    assert not any(a["country"] == "RWA" for a in attack["actors"])


def test_damage_by_the_attackers_named_again_is_the_attack_s(extract_text):
    out = _json(extract_text, RAID, "2026-03-02")
    [attack] = [e for e in out["events"] if not e["historical"]]
    assert attack["date"] == "2026-02-28"
    assert {q["kind"] for q in attack["quantities"]} >= {"fatalities"}
    assert any("set fire" in x["text"] for x in attack["evidence"])
