-- Stockbook's state, in SQL that SQLite and PostgreSQL both read the same way.
-- Instants are TEXT in one fixed-width UTC form (2026-03-01T10:15:30.000000000Z): exact to the
-- nanosecond, readable in a console, and ordered correctly as plain text.
-- Every row carries a version, bumped on each change, for compare-and-set.

-- The engine's record of each store order; the order as last read is kept whole as JSON.
CREATE TABLE orders (
  connection       TEXT    NOT NULL,
  order_id         TEXT    NOT NULL,
  order_number     TEXT,
  snapshot         TEXT    NOT NULL,
  revision         INTEGER NOT NULL,
  content_hash     TEXT,
  state            TEXT    NOT NULL,
  reason           TEXT,
  document_kind    TEXT,
  books_id         TEXT,
  books_doc_number TEXT,
  first_seen_at    TEXT    NOT NULL,
  posted_at        TEXT,
  version          BIGINT  NOT NULL,
  CONSTRAINT orders_pk PRIMARY KEY (connection, order_id)
);
CREATE INDEX orders_by_state ON orders (connection, state, first_seen_at);
CREATE INDEX orders_by_number ON orders (connection, order_number);

-- The posting ledger: one row per write to QuickBooks. The key is the idempotency key; its
-- uniqueness is what makes claiming a write safe across processes.
CREATE TABLE postings (
  posting_key TEXT    NOT NULL,
  connection  TEXT    NOT NULL,
  order_id    TEXT    NOT NULL,
  kind        TEXT    NOT NULL,
  state       TEXT    NOT NULL,
  books_id    TEXT,
  doc_number  TEXT,
  message     TEXT,
  attempts    INTEGER NOT NULL,
  created_at  TEXT    NOT NULL,
  updated_at  TEXT    NOT NULL,
  version     BIGINT  NOT NULL,
  CONSTRAINT postings_pk PRIMARY KEY (posting_key)
);
CREATE INDEX postings_by_order ON postings (connection, order_id, created_at);
CREATE INDEX postings_by_state ON postings (connection, state);

-- The link between a store SKU and a QuickBooks item.
CREATE TABLE bindings (
  connection         TEXT    NOT NULL,
  sku                TEXT    NOT NULL,
  books_item_id      TEXT    NOT NULL,
  store_product_id   TEXT,
  store_variation_id TEXT,
  tracked            BOOLEAN NOT NULL,
  origin             TEXT    NOT NULL,
  version            BIGINT  NOT NULL,
  CONSTRAINT bindings_pk PRIMARY KEY (connection, sku)
);

-- What Stockbook knows about each SKU's stock.
CREATE TABLE stock (
  connection         TEXT   NOT NULL,
  sku                TEXT   NOT NULL,
  books_quantity     BIGINT,
  published_quantity BIGINT,
  store_quantity     BIGINT,
  updated_at         TEXT,
  status             TEXT,
  message            TEXT,
  version            BIGINT NOT NULL,
  CONSTRAINT stock_pk PRIMARY KEY (connection, sku)
);

-- Named progress markers, moved only by compare-and-set on version.
CREATE TABLE cursors (
  connection TEXT   NOT NULL,
  name       TEXT   NOT NULL,
  value      TEXT,
  version    BIGINT NOT NULL,
  CONSTRAINT cursors_pk PRIMARY KEY (connection, name)
);
