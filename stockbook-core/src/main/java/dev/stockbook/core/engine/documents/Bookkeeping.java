package dev.stockbook.core.engine.documents;

/**
 * The bookkeeping rules of one connection that shape its documents beyond amounts: tax codes,
 * currencies, classes and locations, gift cards, bundles and summary posting. Each has a default
 * under which Stockbook posts as it always did (US tax model, home currency only, no tags).
 *
 * @param tax which tax code each line carries
 * @param currencies the currencies besides the home one and their rates
 * @param tagging class and location of the documents
 * @param giftCards gift card sales and redemptions
 * @param gatewayFees what payment gateways keep, per payment method
 * @param dailySummary one sales receipt per day grouped by SKU instead of one per order
 */
public record Bookkeeping(
    TaxMapping tax,
    Currencies currencies,
    Tagging tagging,
    GiftCards giftCards,
    GatewayFees gatewayFees,
    boolean dailySummary) {

  public Bookkeeping {
    tax = tax == null ? TaxMapping.us() : tax;
    currencies = currencies == null ? Currencies.homeOnly() : currencies;
    tagging = tagging == null ? Tagging.none() : tagging;
    giftCards = giftCards == null ? GiftCards.none() : giftCards;
    gatewayFees = gatewayFees == null ? GatewayFees.none() : gatewayFees;
  }

  public Bookkeeping(TaxMapping tax, Currencies currencies, Tagging tagging) {
    this(tax, currencies, tagging, null, null, false);
  }

  /** The defaults: the US tax model and nothing else. */
  public static Bookkeeping defaults() {
    return new Bookkeeping(
        TaxMapping.us(), Currencies.homeOnly(), Tagging.none(), null, null, false);
  }

  public Bookkeeping withTax(TaxMapping mapping) {
    return new Bookkeeping(mapping, currencies, tagging, giftCards, gatewayFees, dailySummary);
  }

  public Bookkeeping withCurrencies(Currencies accepted) {
    return new Bookkeeping(tax, accepted, tagging, giftCards, gatewayFees, dailySummary);
  }

  public Bookkeeping withTagging(Tagging rule) {
    return new Bookkeeping(tax, currencies, rule, giftCards, gatewayFees, dailySummary);
  }

  public Bookkeeping withGiftCards(GiftCards rule) {
    return new Bookkeeping(tax, currencies, tagging, rule, gatewayFees, dailySummary);
  }

  public Bookkeeping withDailySummary(boolean on) {
    return new Bookkeeping(tax, currencies, tagging, giftCards, gatewayFees, on);
  }

  public Bookkeeping withGatewayFees(GatewayFees rule) {
    return new Bookkeeping(tax, currencies, tagging, giftCards, rule, dailySummary);
  }
}
