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
        item.path("Active").asBoolean(true),
        item.path("UnitPrice").isNumber() ? item.path("UnitPrice").decimalValue() : null,
        components(item));
  }

  /** A Group item's {@code ItemGroupDetail.ItemGroupLine[]}: component item and quantity. */
  private static java.util.List<BooksItem.Component> components(JsonNode item) {
    java.util.List<BooksItem.Component> out = new java.util.ArrayList<>();
    for (JsonNode line : item.path("ItemGroupDetail").path("ItemGroupLine")) {
      out.add(
          new BooksItem.Component(
              line.path("ItemRef").path("value").asText(),
              line.path("Qty").isNumber() ? line.path("Qty").decimalValue() : BigDecimal.ONE));
    }
    return out;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
