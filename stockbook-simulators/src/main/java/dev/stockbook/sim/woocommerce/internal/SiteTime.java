package dev.stockbook.sim.woocommerce.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * WordPress dates: a site-local value and a {@code _gmt} twin, both without an offset, to the
 * second.
 */
public final class SiteTime {
  private static final DateTimeFormatter WP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
  private final ZoneId zone;

  public SiteTime(ZoneId zone) {
    this.zone = zone;
  }

  public ZoneId zone() {
    return zone;
  }

  public String local(Instant at) {
    return at == null ? null : WP.format(at.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
  }

  public String gmt(Instant at) {
    return at == null ? null : WP.format(at.truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC));
  }

  /**
   * Reads a query date as {@code rest_parse_date} does: an explicit offset wins, otherwise the
   * value is GMT when {@code gmt} is true and site time when false. Returns {@code null} when
   * unparseable.
   */
  public Instant parse(String value, boolean gmt) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      try {
        LocalDateTime local = LocalDateTime.parse(value);
        return gmt ? local.toInstant(ZoneOffset.UTC) : local.atZone(zone).toInstant();
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }
}
