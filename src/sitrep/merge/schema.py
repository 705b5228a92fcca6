"""Tables of the merge stage. Created with CREATE TABLE IF NOT EXISTS next to the store's own tables.

incidents            one row per incident: a summary rebuilt whenever its members change
incident_events      one row per event the merge stage has seen: its incident (NULL when the event
                     cannot be merged: no date, type or place), the link score, the reasons (JSON), and
                     `duplicate_of` (the event of the original article when the event's document is a
                     syndicated copy; such links are not counted)
doc_signatures       MinHash signature of each document's text, for near-duplicate search
near_duplicates      document pairs whose texts are near-identical, with the measured similarity
duplicates           each copy → the original it duplicates (earliest published, then smallest id)
contradictions       disagreements inside an incident or inside one document, with both sides' evidence
"""

MERGE_SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS incidents (
  id VARCHAR PRIMARY KEY, first_date VARCHAR, last_date VARCHAR, event_type VARCHAR, sub_event_types VARCHAR,
  location VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE, countries VARCHAR, n_events INTEGER,
  n_documents INTEGER, n_duplicates INTEGER, fatalities_low DOUBLE, fatalities_high DOUBLE, json VARCHAR);
CREATE TABLE IF NOT EXISTS incident_events (
  event_id VARCHAR PRIMARY KEY, incident_id VARCHAR, doc_id VARCHAR, score DOUBLE, reasons VARCHAR,
  duplicate_of VARCHAR);
CREATE TABLE IF NOT EXISTS doc_signatures (doc_id VARCHAR PRIMARY KEY, hash VARCHAR, n_shingles INTEGER, sig BLOB);
CREATE TABLE IF NOT EXISTS near_duplicates (
  doc_a VARCHAR, doc_b VARCHAR, jaccard DOUBLE, containment DOUBLE, PRIMARY KEY (doc_a, doc_b));
CREATE TABLE IF NOT EXISTS duplicates (doc_id VARCHAR PRIMARY KEY, duplicate_of VARCHAR, similarity DOUBLE);
CREATE TABLE IF NOT EXISTS contradictions (
  id VARCHAR PRIMARY KEY, incident_id VARCHAR, doc_id VARCHAR, kind VARCHAR, scope VARCHAR, summary VARCHAR,
  json VARCHAR);
"""


def ensure(con) -> None:
    con.execute(MERGE_SCHEMA_SQL)
