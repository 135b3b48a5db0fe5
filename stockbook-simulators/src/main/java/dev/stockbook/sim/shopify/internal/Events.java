package dev.stockbook.sim.shopify.internal;

/**
 * What happened in the shop, for webhooks. Called under the shop lock, at the moment it happens.
 */
public interface Events {
  Events NONE =
      new Events() {
        @Override
        public void order(String topic, Order order) {}

        @Override
        public void refund(Refund refund) {}

        @Override
        public void inventoryLevel(InventoryLevel level) {}

        @Override
        public void product(Product product) {}
      };

  /** orders/create, orders/updated, orders/paid, orders/fulfilled, orders/cancelled. */
  void order(String topic, Order order);

  /** refunds/create. */
  void refund(Refund refund);

  /** inventory_levels/update. */
  void inventoryLevel(InventoryLevel level);

  /** products/update. */
  void product(Product product);
}
