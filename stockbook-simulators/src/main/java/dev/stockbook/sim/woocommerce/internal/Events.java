package dev.stockbook.sim.woocommerce.internal;

/**
 * What happened to a resource, for webhooks: topic such as {@code order.updated} and the post id.
 */
@FunctionalInterface
public interface Events {
  Events NONE = (topic, id) -> {};

  void fire(String topic, long resourceId);
}
