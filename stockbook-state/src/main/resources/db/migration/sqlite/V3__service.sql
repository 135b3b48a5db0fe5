-- The service (stockbook serve): webhook deliveries, per-connection service status, and
-- db-scheduler's table. Must stay the same tables as ../postgresql/V3__service.sql.

-- Every webhook event received and not yet worked; (connection, source, delivery_id) is unique so
-- a delivery sent twice is recorded once. Times are epoch milliseconds.
CREATE TABLE webhook_events (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  connection   TEXT    NOT NULL,
  source       TEXT    NOT NULL,
  delivery_id  TEXT    NOT NULL,
  topic        TEXT    NOT NULL,
  resource_id  TEXT,
  received_at  BIGINT  NOT NULL,
  handled_at   BIGINT,
  UNIQUE (connection, source, delivery_id)
);
CREATE INDEX webhook_events_waiting ON webhook_events (connection, handled_at);

-- A connection's standing in the service: active, paused (by an operator) or needs-reconnect.
CREATE TABLE service_connections (
  connection     TEXT   PRIMARY KEY,
  status         TEXT   NOT NULL,
  message        TEXT,
  last_cycle_at  BIGINT,
  version        BIGINT NOT NULL
);

-- db-scheduler's table (its documented schema; SQLite stores the timestamps as epoch milliseconds).
CREATE TABLE scheduled_tasks (
  task_name            TEXT      NOT NULL,
  task_instance        TEXT      NOT NULL,
  task_data            BLOB,
  execution_time       TIMESTAMP NOT NULL,
  picked               BOOLEAN   NOT NULL,
  picked_by            TEXT,
  last_success         TIMESTAMP,
  last_failure         TIMESTAMP,
  consecutive_failures INTEGER,
  last_heartbeat       TIMESTAMP,
  version              BIGINT    NOT NULL,
  priority             SMALLINT,
  PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);
