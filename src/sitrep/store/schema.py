"""DuckDB schema. Bump SCHEMA_VERSION when a table changes, and add the migration to `migrate`."""

SCHEMA_VERSION = 2  # 2: documents.source, the key of the bytes a document was read from

SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS documents (
  id VARCHAR PRIMARY KEY, hash VARCHAR NOT NULL, title VARCHAR, published VARCHAR, published_utc TIMESTAMP,
  author VARCHAR, outlet VARCHAR, language VARCHAR, url VARCHAR, text VARCHAR, warnings VARCHAR,
  ingested_at TIMESTAMP, source VARCHAR);
CREATE TABLE IF NOT EXISTS places (
  doc_id VARCHAR, idx INTEGER, text VARCHAR, start INTEGER, "end" INTEGER, name VARCHAR, geonameid BIGINT,
  feature_code VARCHAR, country VARCHAR, admin1 VARCHAR, lat DOUBLE, lon DOUBLE, precision VARCHAR,
  confidence DOUBLE);
CREATE TABLE IF NOT EXISTS events (
  id VARCHAR PRIMARY KEY, doc_id VARCHAR, event_type VARCHAR, sub_event_type VARCHAR, interaction VARCHAR,
  plover_event VARCHAR, plover_mode VARCHAR, date VARCHAR, date_end VARCHAR, time VARCHAR, date_precision VARCHAR,
  status VARCHAR, historical BOOLEAN, case_label VARCHAR, location VARCHAR, geonameid BIGINT, country VARCHAR,
  country_iso3 VARCHAR, lat DOUBLE, lon DOUBLE, fatalities_low DOUBLE, fatalities_best DOUBLE,
  fatalities_high DOUBLE, source VARCHAR, json VARCHAR);
CREATE TABLE IF NOT EXISTS event_actors (event_id VARCHAR, role VARCHAR, name VARCHAR, country VARCHAR, sector VARCHAR);
CREATE TABLE IF NOT EXISTS event_locations (
  event_id VARCHAR, idx INTEGER, name VARCHAR, geonameid BIGINT, country VARCHAR, lat DOUBLE, lon DOUBLE,
  precision VARCHAR);
CREATE TABLE IF NOT EXISTS quantities (
  event_id VARCHAR, idx INTEGER, kind VARCHAR, item VARCHAR, low DOUBLE, best DOUBLE, high DOUBLE,
  approximate BOOLEAN, cumulative BOOLEAN, text VARCHAR, start INTEGER, "end" INTEGER);
CREATE TABLE IF NOT EXISTS sources (event_id VARCHAR, position INTEGER, name VARCHAR, kind VARCHAR);
CREATE TABLE IF NOT EXISTS evidence (event_id VARCHAR, idx INTEGER, start INTEGER, "end" INTEGER, text VARCHAR);
CREATE TABLE IF NOT EXISTS claims (
  id VARCHAR PRIMARY KEY, doc_id VARCHAR, claimant_name VARCHAR, claimant_country VARCHAR,
  claimant_sector VARCHAR, stance VARCHAR, text VARCHAR, start INTEGER, "end" INTEGER, event_id VARCHAR,
  json VARCHAR);
CREATE TABLE IF NOT EXISTS claim_responses (
  claim_id VARCHAR, idx INTEGER, by_name VARCHAR, by_country VARCHAR, by_sector VARCHAR, stance VARCHAR,
  text VARCHAR, start INTEGER, "end" INTEGER);
"""


def migrate(con) -> None:
    """Bring a store written by an earlier sitrep up to SCHEMA_VERSION (a new store is created at it)."""
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    version = int(row[0]) if row and str(row[0]).isdigit() else 1
    if version >= SCHEMA_VERSION:
        return
    columns = {r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_catalog = current_database() "
        "AND table_schema = current_schema() AND table_name = 'documents'").fetchall()}
    if "source" not in columns:  # 1 → 2: the documents stored before keep no source key (NULL)
        con.execute("ALTER TABLE documents ADD COLUMN source VARCHAR")
    con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
