package dev.stockbook.sim.quickbooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a sales document, checked: item lines, group lines with their components, discount
 * lines and the rest as sent; a sent {@code SubTotalLineDetail} line is replaced by the one
 * QuickBooks computes (reference §1.8).
 */
final class SaleLines {
  private final List<ObjectNode> kept = new ArrayList<>();
  private final List<ObjectNode> itemLines = new ArrayList<>();
  private final List<ObjectNode> discounts = new ArrayList<>();

  private SaleLines() {}

  static SaleLines read(ArrayNode lines, TxnContext ctx, SalesTax tax) {
    SaleLines out = new SaleLines();
    for (JsonNode in : lines) {
      out.add((ObjectNode) in, ctx, tax);
    }
    return out;
  }

  private void add(ObjectNode line, TxnContext ctx, SalesTax tax) {
    String type = Json.text(line, "DetailType");
    if ("SalesItemLineDetail".equals(type)) {
      itemLine(line, ctx, tax);
      kept.add(line);
    } else if ("GroupLineDetail".equals(type)) {
      GroupLines.expand(ctx.company(), line, component -> itemLine(component, ctx, tax));
      kept.add(line);
    } else if ("DiscountLineDetail".equals(type)) {
      Tracking.line(TxnRules.detail(line, type), ctx.company(), ctx.settings());
      discounts.add(line);
    } else if (!"SubTotalLineDetail".equals(type)) {
      kept.add(line);
    }
  }

  private void itemLine(ObjectNode line, TxnContext ctx, SalesTax tax) {
    ObjectNode detail = TxnRules.detail(line, "SalesItemLineDetail");
    tax.prepare(line, detail);
    LineRules.itemLine(ctx.company(), line, detail, ctx.allowShipping());
    tax.check(detail);
    Tracking.line(detail, ctx.company(), ctx.settings());
    itemLines.add(line);
  }

  /** Item lines, the components of group lines included. */
  List<ObjectNode> itemLines() {
    return itemLines;
  }

  /** The sum of item and group lines as they stand (tax-inclusive lines turn net in between). */
  BigDecimal subtotal() {
    BigDecimal sum = BigDecimal.ZERO;
    for (ObjectNode line : kept) {
      String type = Json.text(line, "DetailType");
      if ("GroupLineDetail".equals(type)) {
        sum = sum.add(GroupLines.total(line));
      } else if ("SalesItemLineDetail".equals(type)) {
        sum = sum.add(Json.decimal(line, "Amount"));
      }
    }
    return sum;
  }

  BigDecimal discount(BigDecimal subtotal) {
    BigDecimal sum = BigDecimal.ZERO;
    for (ObjectNode line : discounts) {
      sum = sum.add(TxnRules.discount(line, subtotal));
    }
    return sum;
  }

  ArrayNode render(BigDecimal subtotal) {
    ArrayNode out = Json.MAPPER.createArrayNode();
    out.addAll(kept);
    out.addAll(discounts);
    out.addObject()
        .put("Amount", subtotal)
        .put("DetailType", "SubTotalLineDetail")
        .putObject("SubTotalLineDetail");
    LineRules.number(out);
    return out;
  }
}
