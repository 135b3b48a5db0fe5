package dev.stockbook.core.engine.documents;

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
