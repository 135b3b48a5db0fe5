package dev.stockbook.store;

import java.time.Instant;
import java.util.Objects;

/**
 * Where order reading continues: orders modified at or after {@code modifiedSince} (UTC), page
 * {@code page} (1-based) of that listing. Typed, never a map; owned and committed by the engine.
 */
public record OrderCursor(Instant modifiedSince, int page) {

  public OrderCursor {
    Objects.requireNonNull(modifiedSince, "modifiedSince");
    if (page < 1) {
      throw new IllegalArgumentException("page must be >= 1, was " + page);
    }
  }

  public static OrderCursor since(Instant modifiedSince) {
    return new OrderCursor(modifiedSince, 1);
  }
}
