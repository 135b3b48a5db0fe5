package dev.stockbook.sim.shopify.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** REST timestamps as webhook payloads carry them: seconds with the shop's offset. */
final class RestTime {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);

  private RestTime() {}

  static String of(Instant instant) {
    return instant == null ? null : FORMAT.format(instant);
  }
}
