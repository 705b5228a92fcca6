"""Event extraction end to end on short articles written for these tests (never the seed)."""


def _events(record):
    return record.to_json()["events"]


def test_clash_with_place_actors_date_and_source(extract_text):
    rec = extract_text(
        "Georgian and Russian troops clashed near the village of Ergneti on Monday, killing two soldiers, "
        "the Georgian Defence Ministry said.", published="2023-03-08T12:00:00+04:00", outlet="Caucasus Wire")
    evs = _events(rec)
    clash = [e for e in evs if e["acled"]["event_type"] == "Battles"]
    assert clash, evs
    e = clash[0]
    assert e["date"] == "2023-03-06"
    assert {"GEO", "RUS"} <= {a["country"] for a in e["actors"]}
    assert any(q["kind"] == "fatalities" and q["best"] == 2 for q in e["quantities"])
    assert e["sources"][0] == {"name": "Caucasus Wire", "kind": "outlet"}
    assert any("Defence Ministry" in s["name"] for s in e["sources"])


def test_negated_and_planned_events_are_not_events(extract_text):
    rec = extract_text("The rebels did not attack the base. The army plans to shell the hills next week. "
                       "Officials threatened to arrest the organisers.", published="2023-03-08")
    assert _events(rec) == []


def test_denied_event_is_not_reported(extract_text):
    rec = extract_text('"Reports that our aircraft bombed a market in Idlib are false," the ministry said.',
                       published="2023-03-08")
    evs = _events(rec)
    assert evs and all(e["status"] != "reported" for e in evs)


def test_old_events_are_historical(extract_text):
    rec = extract_text("Troops clashed near Kupiansk on March 2, 2019, officials recalled.", published="2023-03-08")
    evs = _events(rec)
    assert evs and all(e["historical"] for e in evs if e["date"] < "2022-01-01")


def test_one_event_per_place_when_several_places_share_no_figure(extract_text):
    rec = extract_text("Artillery shelled Kupiansk, Izium and Balakliia on Tuesday, the governor said.",
                       published="2023-03-08")
    shelled = [e for e in _events(rec) if e["acled"]["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert len({loc["name"] for e in shelled for loc in e["locations"]}) == 3
    assert all(len(e["locations"]) == 1 for e in shelled)


def test_protest_arrests_and_weapons_seizure(extract_text):
    rec = extract_text("Thousands of people protested in Dakar on Friday. Police arrested 40 demonstrators. "
                       "Soldiers seized 300 rifles in a raid near Ziguinchor.", published="2023-06-03")
    subs = {e["acled"]["sub_event_type"] for e in _events(rec)}
    assert "Peaceful protest" in subs or "Protest with intervention" in subs
    assert "Arrests" in subs
    assert "Disrupted weapons use" in subs


def test_cumulative_figures_are_kept_apart(extract_text):
    rec = extract_text("To date, deminers have neutralized a total of 4,200 mines in the region, the agency said.",
                       published="2023-06-03")
    qs = [q for e in _events(rec) for q in e["quantities"]]
    assert qs and all(q["cumulative"] for q in qs)
