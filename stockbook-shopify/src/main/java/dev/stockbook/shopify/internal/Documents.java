package dev.stockbook.shopify.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The GraphQL documents the connector sends, kept as files under {@code
 * dev/stockbook/shopify/graphql/} (an operation, then the fragments it spreads), read once.
 */
final class Documents {
  private static final Map<String, String> FILES = new ConcurrentHashMap<>();

  static final String ORDERS_CHANGED =
      of("orders-changed", "order-fields", "shipping-fields", "line-fields", "refund-line-fields");
  static final String ORDERS_BY_ID =
      of("orders-by-id", "order-fields", "shipping-fields", "line-fields", "refund-line-fields");
  static final String ORDER_LINES = of("order-lines", "line-fields");
  static final String ORDER_SHIPPING_LINES = of("order-shipping-lines", "shipping-fields");
  static final String REFUND_LINES = of("refund-lines", "refund-line-fields");
  static final String VARIANTS = of("variants", "variant-fields");
  static final String VARIANT_FIELDS = of("variant-fields");
  static final String ACCESS_SCOPES = of("access-scopes");
  static final String LOCATIONS = of("locations");
  static final String SET_AVAILABLE = of("set-available");
  static final String LEVELS = of("levels");
  static final String WEBHOOK_SUBSCRIPTIONS = of("webhook-subscriptions");
  static final String WEBHOOK_CREATE = of("webhook-create");
  static final String WEBHOOK_DELETE = of("webhook-delete");

  private Documents() {}

  /** The files joined, in order. */
  static String of(String... names) {
    StringBuilder document = new StringBuilder();
    for (String name : names) {
      document.append(FILES.computeIfAbsent(name, Documents::read)).append('\n');
    }
    return document.toString();
  }

  private static String read(String name) {
    String path = "/dev/stockbook/shopify/graphql/" + name + ".graphql";
    try (InputStream in = Documents.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing GraphQL document " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
