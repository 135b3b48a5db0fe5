-- Several nodes on one database behave as one (issue 15).

-- One QuickBooks rate budget per company (realm), shared by every node and connection: calls let
-- go, counted in buckets ('s': 100 ms, for the per-second limit; 'm': 1 s, for the per-minute
-- limit; 'b': 1 s, batch requests per minute). Rows older than a minute are deleted as they pass.
CREATE TABLE rate_buckets (
  company  TEXT    NOT NULL,
  kind     TEXT    NOT NULL,
  bucket   BIGINT  NOT NULL,
  calls    INTEGER NOT NULL,
  CONSTRAINT rate_buckets_pk PRIMARY KEY (company, kind, bucket)
);

-- The row each take locks (so takes of one company happen one after the other), and until when
-- QuickBooks asked everyone to hold back after a 429 (epoch ms).
CREATE TABLE rate_companies (
  company       TEXT   NOT NULL PRIMARY KEY,
  paused_until  BIGINT NOT NULL
);

-- Calls per company and calendar month (UTC, 'YYYY-MM'): Intuit's Builder tier blocks at 500,000.
CREATE TABLE rate_months (
  company  TEXT   NOT NULL,
  month    TEXT   NOT NULL,
  calls    BIGINT NOT NULL,
  CONSTRAINT rate_months_pk PRIMARY KEY (company, month)
);

-- Every node of the service: when it started and when it last said it was alive (epoch ms).
CREATE TABLE service_nodes (
  node          TEXT   NOT NULL PRIMARY KEY,
  started_at    BIGINT NOT NULL,
  heartbeat_at  BIGINT NOT NULL,
  stopped_at    BIGINT
);

-- Which node worked each turn of each connection, and how it ended ('ok', 'problems', 'failed').
CREATE TABLE service_turns (
  connection   TEXT   NOT NULL,
  node         TEXT   NOT NULL,
  started_at   BIGINT NOT NULL,
  finished_at  BIGINT NOT NULL,
  outcome      TEXT   NOT NULL,
  message      TEXT
);
CREATE INDEX service_turns_recent ON service_turns (connection, finished_at);

-- Turns of a connection that failed one after another, and the last failure's message.
ALTER TABLE service_connections ADD COLUMN failed_turns INTEGER NOT NULL DEFAULT 0;
ALTER TABLE service_connections ADD COLUMN last_error TEXT;
