-- The history of sync cycles. The only table that needs a generated id (to order runs that
-- started at the same instant), and the two databases spell that differently: see
-- ../postgresql/V2__run_history.sql, which must stay the same table.
CREATE TABLE runs (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  connection    TEXT    NOT NULL,
  started_at    TEXT    NOT NULL,
  finished_at   TEXT,
  orders_read   INTEGER NOT NULL,
  orders_posted INTEGER NOT NULL,
  orders_parked INTEGER NOT NULL,
  stock_pushed  INTEGER NOT NULL,
  errors        INTEGER NOT NULL,
  summary       TEXT
);
CREATE INDEX runs_by_start ON runs (connection, started_at);
