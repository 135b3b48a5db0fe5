package dev.stockbook.store;

import java.time.Instant;
import java.util.Objects;

/**
 * Where order reading continues. The engine starts a listing with {@link #since(Instant)}; the
 * connector returns the cursor of its next page with {@link #at(String)}, and the engine hands it
 * back unread. {@code position} is the connector's own (a page number, a GraphQL end cursor) and
 * means nothing to anyone else. Typed, never a map; owned and committed by the engine.
 *
 * @param modifiedSince the listing covers orders modified at or after this instant (UTC)
 * @param position where in that listing the next page starts; {@code null} at its start
 */
public record OrderCursor(Instant modifiedSince, String position) {

  public OrderCursor {
    Objects.requireNonNull(modifiedSince, "modifiedSince");
  }

  /** The start of a listing of orders modified at or after {@code modifiedSince}. */
  public static OrderCursor since(Instant modifiedSince) {
    return new OrderCursor(modifiedSince, null);
  }

  /** The same listing, continued at the connector's {@code position}. */
  public OrderCursor at(String position) {
    return new OrderCursor(modifiedSince, Objects.requireNonNull(position, "position"));
  }

  public boolean atStart() {
    return position == null;
  }
}
