package dev.stockbook.core.books;

import java.math.BigDecimal;

/**
 * An item as the engine needs it.
 *
 * @param id the QuickBooks id
 * @param name the item name
 * @param sku the item's Sku field (may be {@code null})
 * @param fullyQualifiedName {@code Parent:Child} name
 * @param type QuickBooks item type (Inventory, NonInventory, Service, ...)
 * @param tracksQuantity whether QuickBooks tracks its quantity on hand
 * @param quantityOnHand current quantity on hand ({@code null} when not tracked)
 * @param active whether the item is active
 */
public record BooksItem(
    String id,
    String name,
    String sku,
    String fullyQualifiedName,
    String type,
    boolean tracksQuantity,
    BigDecimal quantityOnHand,
    boolean active) {

  public boolean isInventory() {
    return tracksQuantity && "Inventory".equalsIgnoreCase(type);
  }
}
