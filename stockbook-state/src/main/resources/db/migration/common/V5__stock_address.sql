-- A binding addresses the store's stock as an inventory item at a location (stores with several
-- locations, such as Shopify). Rows from single-location stores keep both NULL: their product or
-- variation carries its own stock (JdbiBindingRepository reads them so).
ALTER TABLE bindings ADD COLUMN store_inventory_item_id TEXT;
ALTER TABLE bindings ADD COLUMN store_location_id TEXT;
