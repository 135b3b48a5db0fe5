package dev.stockbook.core.state;

import java.util.Arrays;

/**
 * What Stockbook knows of one SKU's stock, the same words for the CLI, the dashboard and the
 * database (which keeps {@link #code()}).
 */
public enum StockStatus {
  IN_SYNC("in-sync", "In sync", false),
  /** The store shows another number than it should (a sweep found it). */
  DRIFT("drift", "Drift", true),
  /** A sweep found drift and wrote the right number. */
  FIXED("fixed", "Fixed", false),
  /** The last write or read failed; the next cycle tries again. */
  ERROR("error", "Error", true),
  /** The store lists the SKU but QuickBooks has no item for it. */
  UNBOUND("unbound", "No QuickBooks item", true),
  /** Stock is not tracked on both sides (a service item, or the store does not manage it). */
  NOT_MANAGED("not-managed", "Not tracked", false),
  /** An operator excluded the SKU from publishing. */
  EXCLUDED("excluded", "Excluded", false),
  /** A product whose variations carry the stock; each variation has its own row. */
  PARENT("parent", "Parent of variations", false),
  /** A write is on its way; if Stockbook stopped meanwhile the next cycle reads the store. */
  WRITING("writing", "Writing", false),
  /** The store changed the SKU around a write; it is read again before anything is written. */
  UNKNOWN("unknown", "Being checked", false),
  /** Stockbook created the QuickBooks item from a store order. */
  CREATED("created", "Item created", false);

  private final String code;
  private final String label;
  private final boolean problem;

  StockStatus(String code, String label, boolean problem) {
    this.code = code;
    this.label = label;
    this.problem = problem;
  }

  /** The stored word. */
  public String code() {
    return code;
  }

  /** In a merchant's words. */
  public String label() {
    return label;
  }

  /** Whether an operator should look at it. */
  public boolean problem() {
    return problem;
  }

  /** The status a stored word names; a word no status has reads as an error, never silently. */
  public static StockStatus ofCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst().orElse(ERROR);
  }
}
