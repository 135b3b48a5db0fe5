package dev.stockbook.core.engine.documents;

/**
 * The bookkeeping rules of one connection that shape its documents beyond amounts: tax codes,
 * currencies, classes and locations, gift cards, bundles and summary posting. Each has a default
 * under which Stockbook posts as it always did (US tax model, home currency only, no tags).
 *
 * @param tax which tax code each line carries
 */
public record Bookkeeping(TaxMapping tax) {

  /** The defaults: the US tax model and nothing else. */
  public static Bookkeeping defaults() {
    return new Bookkeeping(TaxMapping.us());
  }

  public Bookkeeping withTax(TaxMapping mapping) {
    return new Bookkeeping(mapping);
  }
}
