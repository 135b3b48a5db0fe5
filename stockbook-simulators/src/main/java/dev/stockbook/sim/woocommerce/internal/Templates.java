package dev.stockbook.sim.woocommerce.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Response skeletons derived from responses captured on a real WooCommerce 10.0.2
 * (fixtures/woocommerce-10.0.2): they fix field order, JSON types and the empty values.
 */
final class Templates {
  static final ObjectNode PRODUCT = load("product.json");
  static final ObjectNode VARIATION = load("variation.json");
  static final ObjectNode ORDER = load("order.json");
  static final ObjectNode LINE_ITEM = load("line-item.json");
  static final ObjectNode REFUND = load("refund.json");
  static final ObjectNode WEBHOOK = load("webhook.json");

  private Templates() {}

  private static ObjectNode load(String name) {
    try (InputStream in =
        Templates.class.getResourceAsStream("/dev/stockbook/sim/woocommerce/templates/" + name)) {
      return (ObjectNode) WpJson.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fresh copy to fill in. */
  static ObjectNode copy(ObjectNode template) {
    return template.deepCopy();
  }
}
