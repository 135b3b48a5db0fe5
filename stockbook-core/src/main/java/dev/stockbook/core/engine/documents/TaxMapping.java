package dev.stockbook.core.engine.documents;

import java.util.List;
import java.util.Map;

/**
 * Which QuickBooks tax code each line carries ({@code sync.salesTax}, {@code sync.taxCodes}).
 *
 * <p>In the US model ({@code perLine} false) lines carry QuickBooks' {@code TAX} or {@code NON} and
 * the store's tax is the document's total tax. In the tax-code model (non-US companies, where
 * QuickBooks refuses a line without a code) every item and shipping line carries the code mapped
 * from the store's rates on that line: the rates joined with {@code +} (as the store applied them),
 * else {@link #FALLBACK}; an untaxed line carries the code of {@link #UNTAXED}. A line whose rates
 * map to nothing makes the order wait with a message naming the rate and the setting.
 *
 * @param perLine true for the tax-code model
 * @param codes store rate (or rates joined with {@code +}) → QuickBooks tax code name
 */
public record TaxMapping(boolean perLine, Map<String, String> codes) {
  /** The key of lines the store charged no tax on. */
  public static final String UNTAXED = "none";

  /** The key of any rate not mapped on its own. */
  public static final String FALLBACK = "*";

  public static final String SETTING = "sync.taxCodes";

  public TaxMapping {
    codes = Map.copyOf(codes);
  }

  /** The US model: {@code TAX} / {@code NON}. */
  public static TaxMapping us() {
    return new TaxMapping(false, Map.of());
  }

  /**
   * The tax code of a line taxed at {@code rates} ({@code taxed}: whether the store charged tax on
   * it), or {@code null} in the US model.
   *
   * @throws Unmapped when the tax-code model has no code for the line
   */
  public String codeFor(List<String> rates, boolean taxed) {
    if (!perLine) {
      return null;
    }
    if (!taxed) {
      return required(UNTAXED, "untaxed lines");
    }
    String joined = String.join("+", rates);
    String code = joined.isEmpty() ? null : codes.get(joined);
    if (code == null && rates.size() > 1 && rates.stream().distinct().count() == 1) {
      code = codes.get(rates.get(0));
    }
    if (code == null) {
      code = codes.get(FALLBACK);
    }
    if (code == null) {
      throw new Unmapped(
          (joined.isEmpty()
                  ? "a taxed line whose store tax rate is not named"
                  : "tax rate \"" + joined + "\"")
              + " has no QuickBooks tax code; map it in "
              + SETTING
              + " ("
              + (joined.isEmpty() ? "*" : joined)
              + "=<QuickBooks tax code>, or *=<code> for every rate not listed)");
    }
    return code;
  }

  private String required(String key, String what) {
    String code = codes.get(key);
    if (code == null) {
      throw new Unmapped(
          what + " need a QuickBooks tax code; set " + key + "=<code> in " + SETTING);
    }
    return code;
  }

  /** A line the mapping has no code for; the message names the rate and the setting. */
  public static final class Unmapped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unmapped(String message) {
      super(message, null, false, false);
    }
  }
}
