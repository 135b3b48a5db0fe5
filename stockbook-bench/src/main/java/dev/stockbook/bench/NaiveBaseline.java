package dev.stockbook.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.core.books.RetriableBooksException;
import dev.stockbook.quickbooks.QuickBooksClient;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What a straightforward integration does, for comparison: per order, one customer lookup, one item
 * lookup per line and one create, through the production {@link QuickBooksClient}.
 */
final class NaiveBaseline {
  private NaiveBaseline() {}

  /** Posts {@code orders} orders of the given lines; returns the requests sent. */
  static int post(QuickBooksClient client, int orders, List<String> lineSkus) {
    int requests = 0;
    for (int n = 0; n < orders; n++) {
      String customer =
          again(() -> client.query("select * from Customer where DisplayName = 'Web Store'"))
              .get(0)
              .path("Id")
              .asText();
      requests++;
      ObjectNode receipt = client.json().createObjectNode().put("DocNumber", "NAIVE-" + n);
      receipt.putObject("CustomerRef").put("value", customer);
      var lines = receipt.putArray("Line");
      for (String sku : lineSkus) {
        String item =
            again(() -> client.query("select * from Item where Name = '" + sku + "'"))
                .get(0)
                .path("Id")
                .asText();
        requests++;
        ObjectNode line =
            lines.addObject().put("DetailType", "SalesItemLineDetail").put("Amount", 10);
        line.putObject("SalesItemLineDetail")
            .put("Qty", 1)
            .put("UnitPrice", 10)
            .putObject("ItemRef")
            .put("value", item);
      }
      String requestId = UUID.randomUUID().toString();
      again(() -> client.create("SalesReceipt", receipt, requestId));
      requests++;
    }
    return requests;
  }

  /**
   * A throttled request is sent again, as any integration would (the client's governor holds back
   * after a 429); other failures end the run.
   */
  private static <T> T again(Supplier<T> request) {
    for (int attempt = 1; ; attempt++) {
      try {
        return request.get();
      } catch (RetriableBooksException e) {
        if (attempt == 5) {
          throw e;
        }
      }
    }
  }
}
