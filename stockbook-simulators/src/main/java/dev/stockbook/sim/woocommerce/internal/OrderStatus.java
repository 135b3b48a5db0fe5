package dev.stockbook.sim.woocommerce.internal;

import java.util.List;
import java.util.Set;

/** Order statuses and which of them move stock (wc-stock-functions.php). */
public final class OrderStatus {
  public static final List<String> ALL =
      List.of(
          "pending",
          "processing",
          "on-hold",
          "completed",
          "cancelled",
          "refunded",
          "failed",
          "checkout-draft",
          "auto-draft",
          "trash");

  /** The enum of the {@code status} filter on {@code GET /orders} (LIVE OPTIONS). */
  public static final List<String> FILTER =
      List.of(
          "any",
          "trash",
          "auto-draft",
          "pending",
          "processing",
          "on-hold",
          "completed",
          "cancelled",
          "refunded",
          "failed",
          "checkout-draft");

  private static final Set<String> REDUCES = Set.of("processing", "completed", "on-hold");
  private static final Set<String> RESTORES = Set.of("cancelled", "pending");
  private static final Set<String> EDITABLE =
      Set.of("pending", "on-hold", "auto-draft", "checkout-draft");

  private OrderStatus() {}

  public static boolean reducesStock(String status) {
    return REDUCES.contains(status);
  }

  public static boolean restoresStock(String status) {
    return RESTORES.contains(status);
  }

  public static boolean editable(String status) {
    return EDITABLE.contains(status);
  }

  /** {@code any} lists everything except trash, drafts and auto-drafts. */
  public static boolean matchesAny(String status) {
    return !Set.of("trash", "auto-draft").contains(status);
  }
}
