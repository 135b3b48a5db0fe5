package dev.stockbook.it.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares a QuickBooks sale document with the WooCommerce order JSON it came from, line by line
 * and in total: per SKU the quantity and the pre-discount amount, the coupon discount, shipping,
 * each fee, the tax and {@code TotalAmt}, and no line besides those.
 */
final class SameOrder {
  private SameOrder() {}

  static void assertSame(JsonNode document, JsonNode order, QuickBooksBack books) {
    Map<String, BigDecimal[]> qb = new TreeMap<>();
    BigDecimal discount = BigDecimal.ZERO;
    int lines = 0;
    for (JsonNode line : document.path("Line")) {
      switch (line.path("DetailType").asText()) {
        case "SalesItemLineDetail" -> {
          JsonNode d = line.path("SalesItemLineDetail");
          add(
              qb,
              books.itemName(d.path("ItemRef")),
              d.path("Qty").decimalValue(),
              line.path("Amount").decimalValue());
          lines++;
        }
        case "DiscountLineDetail" -> {
          discount = discount.add(line.path("Amount").decimalValue());
          lines++;
        }
        default -> {}
      }
    }
    Map<String, BigDecimal[]> woo = new TreeMap<>();
    for (JsonNode line : order.path("line_items")) {
      add(
          woo,
          line.path("sku").asText(),
          line.path("quantity").decimalValue(),
          money(line, "subtotal"));
    }
    int expectedLines = woo.size();
    for (JsonNode s : order.path("shipping_lines")) {
      add(woo, "SHIPPING_ITEM_ID", BigDecimal.ZERO, money(s, "total"));
    }
    for (JsonNode f : order.path("fee_lines")) {
      add(woo, "Fees", BigDecimal.ONE, money(f, "total"));
      expectedLines++;
    }
    String number = order.path("number").asText();
    qb.computeIfPresent("SHIPPING_ITEM_ID", (k, v) -> new BigDecimal[] {BigDecimal.ZERO, v[1]});
    assertThat(render(qb))
        .as("QuickBooks lines (item: quantity @ amount) of order #%s", number)
        .isEqualTo(render(woo));
    assertThat(discount)
        .as("discount of order #%s", number)
        .isEqualByComparingTo(money(order, "discount_total"));
    assertThat(document.path("TxnTaxDetail").path("TotalTax").decimalValue())
        .as("tax of order #%s", number)
        .isEqualByComparingTo(money(order, "total_tax"));
    assertThat(document.path("TotalAmt").decimalValue())
        .as("TotalAmt of order #%s", number)
        .isEqualByComparingTo(money(order, "total"));
    assertThat(lines)
        .as("QuickBooks lines of order #%s", number)
        .isGreaterThanOrEqualTo(
            expectedLines + order.path("shipping_lines").size() + (discount.signum() > 0 ? 1 : 0));
  }

  private static void add(
      Map<String, BigDecimal[]> into, String key, BigDecimal qty, BigDecimal amount) {
    into.merge(
        key,
        new BigDecimal[] {qty, amount},
        (a, b) -> new BigDecimal[] {a[0].add(b[0]), a[1].add(b[1])});
  }

  private static BigDecimal money(JsonNode node, String field) {
    return new BigDecimal(node.path(field).asText("0"));
  }

  private static String render(Map<String, BigDecimal[]> lines) {
    StringBuilder out = new StringBuilder();
    lines.forEach(
        (k, v) ->
            out.append(k)
                .append(": ")
                .append(v[0].stripTrailingZeros().toPlainString())
                .append(" @ ")
                .append(v[1].setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString())
                .append('\n'));
    return out.toString();
  }
}
