package dev.stockbook.quickbooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.core.books.BooksItem;
import java.math.BigDecimal;

/** QuickBooks {@code Item} JSON to {@link BooksItem}. */
public final class ItemJson {
  private ItemJson() {}

  public static BooksItem toItem(JsonNode item) {
    boolean tracked = item.path("TrackQtyOnHand").asBoolean(false);
    JsonNode qty = item.get("QtyOnHand");
    BigDecimal onHand = tracked && qty != null && qty.isNumber() ? qty.decimalValue() : null;
    return new BooksItem(
        item.path("Id").asText(),
        item.path("Name").asText(),
        text(item, "Sku"),
        item.path("FullyQualifiedName").asText(item.path("Name").asText()),
        item.path("Type").asText(""),
        tracked,
        onHand,
        item.path("Active").asBoolean(true));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
