package dev.stockbook.core.engine.documents;

import dev.stockbook.core.books.DocumentTags;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The currencies a connection posts in besides the company's home currency ({@code
 * sync.currencies}, QuickBooks multicurrency on) and their exchange rates ({@code
 * sync.exchangeRates}, home units per unit; a currency without one gets QuickBooks' own rate of the
 * transaction date). An order in any other currency waits, named with the setting to fix.
 *
 * @param accepted ISO 4217 codes, upper case
 * @param rates currency → rate
 */
public record Currencies(Set<String> accepted, Map<String, BigDecimal> rates) {
  public static final String SETTING = "sync.currencies";

  public Currencies {
    accepted =
        accepted.stream()
            .map(c -> c.toUpperCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    rates = Map.copyOf(rates);
  }

  public static Currencies homeOnly() {
    return new Currencies(Set.of(), Map.of());
  }

  /**
   * The currency part of the tags of a document in {@code currency} for a company in {@code home}.
   *
   * @throws Foreign when the currency is not accepted
   */
  public DocumentTags tags(String currency, String home) {
    String code = currency.toUpperCase(Locale.ROOT);
    if (code.equalsIgnoreCase(home)) {
      return DocumentTags.NONE;
    }
    if (!accepted.contains(code)) {
      throw new Foreign(
          "is in "
              + code
              + " but the QuickBooks company uses "
              + home
              + "; add "
              + code
              + " to "
              + SETTING
              + " to post it in "
              + code
              + " (QuickBooks multicurrency must be on)");
    }
    return new DocumentTags(code, rates.get(code), null, null);
  }

  /** Whether orders in {@code currency} are posted in a currency other than the home one. */
  public boolean foreign(String currency, String home) {
    return !currency.equalsIgnoreCase(home);
  }

  /** An order in a currency the connection does not post. */
  public static final class Foreign extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Foreign(String message) {
      super(message, null, false, false);
    }
  }
}
