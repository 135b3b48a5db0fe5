package dev.stockbook.core.engine.documents;

import dev.stockbook.core.books.CustomerSpec;
import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.engine.ConnectionSettings;
import dev.stockbook.store.StoreOrder;

/** Naming and typing of the documents of an order. */
public final class Documents {
  private Documents() {}

  public static DocumentKind saleKind(StoreOrder order, ConnectionSettings settings) {
    return switch (settings.documents()) {
      case SALES_RECEIPT -> DocumentKind.SALES_RECEIPT;
      case INVOICE -> DocumentKind.INVOICE;
      case AUTO -> order.paid() ? DocumentKind.SALES_RECEIPT : DocumentKind.INVOICE;
    };
  }

  /**
   * Who a sale of {@code order} is posted to: the shared customer, or the buyer by email; in the
   * order's currency when that is not the company's (a customer of its own, "Web Store (EUR)").
   */
  public static CustomerSpec customer(StoreOrder order, ConnectionSettings settings) {
    ConnectionSettings.CustomerRule rule = settings.customer();
    String currency = foreignCurrency(order, settings);
    if (!rule.matchByEmail() || order.customer() == null || order.customer().email().isBlank()) {
      return CustomerSpec.named(rule.webStoreCustomer()).inCurrency(currency);
    }
    StoreOrder.Customer c = order.customer();
    String name = (c.firstName() + " " + c.lastName()).trim();
    return new CustomerSpec(
        name.isEmpty() ? c.email() : name,
        c.email(),
        c.firstName(),
        c.lastName(),
        c.company(),
        currency);
  }

  /** The shared customer, in the order's currency when foreign (refunds go to it). */
  public static CustomerSpec sharedCustomer(StoreOrder order, ConnectionSettings settings) {
    return CustomerSpec.named(settings.customer().webStoreCustomer())
        .inCurrency(foreignCurrency(order, settings));
  }

  /**
   * The order's currency when it is one the connection posts in besides the home one, else null (an
   * order in a currency not accepted is parked by the builder, its customer never looked up).
   */
  private static String foreignCurrency(StoreOrder order, ConnectionSettings settings) {
    String code = order.currency().toUpperCase(java.util.Locale.ROOT);
    boolean foreign =
        !code.equalsIgnoreCase(settings.currency())
            && settings.bookkeeping().currencies().accepted().contains(code);
    return foreign ? code : null;
  }

  public static String saleNumber(StoreOrder order, ConnectionSettings settings) {
    return settings.docNumberPrefix() + order.number();
  }

  public static String refundNumber(StoreOrder order, int index, ConnectionSettings settings) {
    return saleNumber(order, settings) + "-R" + index;
  }

  public static String note(
      StoreOrder order, ConnectionSettings settings, String key, String what) {
    return "Stockbook: "
        + what
        + " of "
        + settings.storeName()
        + " order #"
        + order.number()
        + " (id "
        + order.id()
        + "), key "
        + key;
  }
}
