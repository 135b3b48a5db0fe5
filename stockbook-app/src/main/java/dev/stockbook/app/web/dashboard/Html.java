package dev.stockbook.app.web.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How values read on a page: moments, durations, URL parts. Escaping is not done here: the
 * templates escape every value they write (see {@link Templates}).
 */
public final class Html {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("MMM d, HH:mm:ss", java.util.Locale.ENGLISH);

  private static final DateTimeFormatter ZONE =
      DateTimeFormatter.ofPattern("z", java.util.Locale.ENGLISH);

  private Html() {}

  /** A path segment or query value, percent-encoded. */
  public static String url(String value) {
    return java.net.URLEncoder.encode(
            value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  /** A moment in the reader's words with its zone, e.g. "Jun 3, 14:05:09 UTC", or "never". */
  public static String when(Instant at, ZoneId zone) {
    return at == null ? "never" : WHEN.format(at.atZone(zone)) + " " + zone(at, zone);
  }

  /**
   * The zone's short name at {@code at} ("CEST", "EST"); a fixed offset reads "UTC" or "UTC+02:00",
   * never "Z".
   */
  public static String zone(Instant at, ZoneId zone) {
    if (zone instanceof java.time.ZoneOffset offset) {
      return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
    }
    return ZONE.format(at.atZone(zone));
  }

  /** "1.2 s", "350 ms", "2 min". */
  public static String took(Duration d) {
    if (d == null) {
      return "";
    }
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    if (ms < 120_000) {
      return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }
    return d.toMinutes() + " min";
  }
}
