package dev.stockbook.core.engine.documents;

import java.math.BigDecimal;
import java.util.List;

/**
 * A QuickBooks bundle (Item {@code Type=Group}, no stock of its own) a store SKU is bound to. A
 * sale posts its components, so their quantity on hand goes down; the store's line amount is spread
 * over them by their list price ({@code UnitPrice × Qty}, by quantity when every price is 0), to
 * the cent.
 *
 * @param groupItemId the Group item's id
 * @param name the Group item's name
 * @param components what one bundle holds
 * @param missing a component that is missing or inactive in QuickBooks (the bundle cannot post), or
 *     {@code null}
 */
public record Bundle(String groupItemId, String name, List<Component> components, String missing) {
  public Bundle {
    components = List.copyOf(components);
  }

  /** One component: {@code quantity} of item {@code itemId} per bundle, at its list price. */
  public record Component(String itemId, String name, BigDecimal quantity, BigDecimal unitPrice) {}
}
