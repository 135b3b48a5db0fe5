package dev.stockbook.core.state;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The engine's records of store orders, keyed by (connection, order id). */
public interface OrderRepository {
  Optional<TrackedOrder> find(String connection, String orderId);

  /** Inserts or replaces the record of {@code order.connection()}/{@code order.orderId()}. */
  void save(TrackedOrder order);

  /** Orders of a connection in any of {@code states}, oldest first seen first. */
  List<TrackedOrder> inStates(String connection, Collection<OrderState> states);

  /** Orders whose store number or id is {@code numberOrId}. */
  List<TrackedOrder> byNumber(String connection, String numberOrId);

  /** How many orders of the connection are in each state (dashboard, status). */
  java.util.Map<OrderState, Long> countByState(String connection);
}
