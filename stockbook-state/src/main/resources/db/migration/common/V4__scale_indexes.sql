-- Indexes for a large catalog (100,000 SKUs): an incremental stock cycle reads only the bindings
-- of the QuickBooks items that changed and the stock records still failing or in flight, instead
-- of every binding and stock row of the connection. Same SQL on SQLite and PostgreSQL.
CREATE INDEX bindings_by_item ON bindings (connection, books_item_id);
CREATE INDEX stock_by_status ON stock (connection, status);
