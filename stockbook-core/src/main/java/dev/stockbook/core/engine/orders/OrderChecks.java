package dev.stockbook.core.engine.orders;

import dev.stockbook.store.StoreOrder;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Checks a store order can be posted at all, before anything is sent; each problem is said in a
 * merchant's words naming the order, the SKU or the field.
 */
public final class OrderChecks {
  static final int MAX_DOC_NUMBER = 21;
  private static final BigDecimal ABSURD_UNIT_PRICE = new BigDecimal("1000000");

  private OrderChecks() {}

  public static Optional<String> problem(StoreOrder order, String docNumber) {
    String label = "Order #" + order.number();
    if (order.lines().isEmpty()) {
      return Optional.of(label + " has no product lines.");
    }
    if (docNumber.length() > MAX_DOC_NUMBER) {
      return Optional.of(
          label
              + ": document number "
              + docNumber
              + " is longer than QuickBooks' "
              + MAX_DOC_NUMBER
              + " characters; shorten the document number prefix.");
    }
    for (StoreOrder.OrderLine line : order.lines()) {
      Optional<String> problem = lineProblem(label, line);
      if (problem.isPresent()) {
        return problem;
      }
    }
    if (order.total() == null || order.total().signum() < 0) {
      return Optional.of(label + " has a negative or missing total.");
    }
    return Optional.empty();
  }

  private static Optional<String> lineProblem(String label, StoreOrder.OrderLine line) {
    String sku = line.sku();
    if (sku == null || sku.isBlank()) {
      return Optional.of(
          label
              + ": the line \""
              + line.name()
              + "\" has no SKU; Stockbook never guesses an item.");
    }
    if (line.quantity() == null || line.quantity().signum() <= 0) {
      return Optional.of(
          label
              + ": SKU "
              + sku
              + " has quantity "
              + line.quantity()
              + "; quantities must be positive.");
    }
    if (line.total() == null || line.total().signum() < 0) {
      return Optional.of(label + ": SKU " + sku + " has a negative amount " + line.total() + ".");
    }
    BigDecimal unit = line.total().divide(line.quantity(), 2, java.math.RoundingMode.HALF_UP);
    if (unit.compareTo(ABSURD_UNIT_PRICE) >= 0) {
      return Optional.of(
          label + ": SKU " + sku + " costs " + unit + " each, which looks wrong; check the order.");
    }
    return Optional.empty();
  }
}
