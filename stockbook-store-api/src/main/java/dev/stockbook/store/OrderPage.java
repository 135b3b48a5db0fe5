package dev.stockbook.store;

import java.util.List;

/**
 * A page of orders and the cursor for the next call.
 *
 * @param orders orders in this page, oldest modification first
 * @param next the cursor to continue with
 * @param more true when another page follows right now ({@code next} points at it); false when this
 *     listing is exhausted and {@code next} starts a fresh listing from the newest modification
 *     seen
 * @param unreadable orders in this page the connector could not understand
 */
public record OrderPage(
    List<StoreOrder> orders, OrderCursor next, boolean more, List<UnreadableOrder> unreadable) {
  public OrderPage {
    orders = List.copyOf(orders);
    unreadable = List.copyOf(unreadable);
  }

  /** A page in which every order could be read. */
  public OrderPage(List<StoreOrder> orders, OrderCursor next, boolean more) {
    this(orders, next, more, List.of());
  }
}
