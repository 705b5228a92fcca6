"""Events on invented articles (session 23, h7). Sentences are made up.

- "two soldiers, Sepoy X (age 24, resident of District Y)": a fallen soldier's home is no place of the fight;
- "a cache of explosives, including two suicide vests, was seized": arms taken, no suicide bombing;
- "have been fighting troops around X since March and captured the police station on October 12": the capture is
  an event of its own day, not folded into the state of affairs beside it (which is no event);
- "captured the town's police station": a post of the state's forces taken.
"""


def _events(extract_text, text, published):
    return extract_text(text, published=published).to_json()["events"]


def test_a_fallen_soldier_s_home_is_no_place_of_the_fight(extract_text):
    events = _events(extract_text, "Militants attacked a security forces' check post in the general area of "
                                   "Spinwam, North Waziristan District, on Sunday night. During the exchange of "
                                   "fire, two soldiers, Sepoy Ali Khan (age 23, resident of Kohat) and Naik Zahir "
                                   "Shah (age 31, resident of Bannu), having fought gallantly, embraced shahadat.",
                     "2026-03-02")
    places = {loc["name"] for e in events for loc in e["locations"]}
    assert places and not places & {"Kohat", "Bannu"}


def test_suicide_vests_in_a_seized_cache_are_no_bombing(extract_text):
    events = _events(extract_text, "Two suspects were arrested in Bannu and a cache of explosives, including "
                                   "three suicide vests, was seized.", "2026-03-02")
    assert not any(e["acled"]["sub_event_type"] == "Suicide bomb" for e in events)


def test_suicide_vests_recovered_are_disrupted_weapons(extract_text):
    [event] = _events(extract_text, "Police recovered two suicide vests from a house in Peshawar on Monday.",
                      "2026-03-04")
    assert event["acled"]["sub_event_type"] == "Disrupted weapons use"


def test_a_capture_of_its_own_day_beside_months_of_fighting(extract_text):
    events = _events(extract_text, "Resistance fighters have been fighting junta troops around Katha since March "
                                   "and captured the town's police station on October 12, the NUG said.",
                     "2025-10-22")
    [capture] = events
    assert capture["date"] == "2025-10-12"
    assert capture["acled"]["event_type"] == "Battles"
