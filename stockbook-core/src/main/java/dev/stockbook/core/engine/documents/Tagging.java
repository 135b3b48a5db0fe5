package dev.stockbook.core.engine.documents;

import dev.stockbook.core.books.DocumentTags;
import java.util.Map;

/**
 * The QuickBooks Class and location (Department) a connection's documents are filed under: one for
 * the connection ({@code sync.class}, {@code sync.location}) or one per store payment method
 * ({@code sync.classes}, {@code sync.locations}, which win). A name QuickBooks lacks parks the
 * order with the setting named.
 *
 * @param className the connection's class, or empty
 * @param classesByPaymentMethod payment method → class
 * @param location the connection's location, or empty
 * @param locationsByPaymentMethod payment method → location
 */
public record Tagging(
    String className,
    Map<String, String> classesByPaymentMethod,
    String location,
    Map<String, String> locationsByPaymentMethod) {

  public Tagging {
    classesByPaymentMethod = Map.copyOf(classesByPaymentMethod);
    locationsByPaymentMethod = Map.copyOf(locationsByPaymentMethod);
  }

  public static Tagging none() {
    return new Tagging("", Map.of(), "", Map.of());
  }

  /** {@code tags} with the class and location of an order paid by {@code paymentMethod}. */
  public DocumentTags apply(DocumentTags tags, String paymentMethod) {
    return new DocumentTags(
        tags.currency(),
        tags.exchangeRate(),
        pick(classesByPaymentMethod, className, paymentMethod),
        pick(locationsByPaymentMethod, location, paymentMethod));
  }

  private static String pick(Map<String, String> byMethod, String fallback, String method) {
    String name = byMethod.getOrDefault(method == null ? "" : method, fallback);
    return name == null || name.isBlank() ? null : name;
  }
}
