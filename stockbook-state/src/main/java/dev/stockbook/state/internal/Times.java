package dev.stockbook.state.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as fixed-width UTC text: exact to the nanosecond, readable, and ordered correctly by a
 * plain text comparison in both databases (years 0000 to 9999).
 */
public final class Times {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.nnnnnnnnn'Z'").withZone(ZoneOffset.UTC);

  private Times() {}

  public static String format(Instant instant) {
    return instant == null ? null : FORMAT.format(instant);
  }

  public static Instant parse(String text) {
    return text == null ? null : Instant.parse(text);
  }
}
