package dev.stockbook.sim.quickbooks.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The company's time zone (a fixed -08:00, like Intuit's sandbox companies) and the timestamp
 * formats QBO uses: {@code MetaData} times to the second, {@code time} with milliseconds.
 */
public final class CompanyTime {
  public static final ZoneOffset OFFSET = ZoneOffset.ofHours(-8);
  private static final DateTimeFormatter META =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

  private final Clock clock;

  public CompanyTime(Clock clock) {
    this.clock = clock;
  }

  public Instant now() {
    return clock.instant();
  }

  /** For {@code MetaData.CreateTime/LastUpdatedTime}. */
  public String meta() {
    return META.format(now().truncatedTo(ChronoUnit.SECONDS).atOffset(OFFSET));
  }

  /** For the envelope's {@code time}. */
  public String stamp() {
    return STAMP.format(now().atOffset(OFFSET));
  }

  /** Today in the company's zone, for a default {@code TxnDate}. */
  public String today() {
    return LocalDate.ofInstant(now(), OFFSET).toString();
  }

  /**
   * Parses the forms clients send: ISO with offset ({@code -07:00} or {@code -0700}), without
   * seconds, without offset (company zone), or a bare date. Returns {@code null} if none fits.
   */
  public static Instant parse(String text) {
    String s = text.trim().replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2");
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(s).toInstant(OFFSET);
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return LocalDate.parse(s).atStartOfDay().toInstant(OFFSET);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
