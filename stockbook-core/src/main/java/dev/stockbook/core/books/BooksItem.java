package dev.stockbook.core.books;

import java.math.BigDecimal;
import java.util.List;

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
 * @param unitPrice the item's sales price ({@code null} when it has none)
 * @param components for a bundle (type {@code Group}): what one bundle holds; else empty
 */
public record BooksItem(
    String id,
    String name,
    String sku,
    String fullyQualifiedName,
    String type,
    boolean tracksQuantity,
    BigDecimal quantityOnHand,
    boolean active,
    BigDecimal unitPrice,
    List<Component> components) {

  public BooksItem {
    components = components == null ? List.of() : List.copyOf(components);
  }

  /** An item that is no bundle, without a price. */
  public BooksItem(
      String id,
      String name,
      String sku,
      String fullyQualifiedName,
      String type,
      boolean tracksQuantity,
      BigDecimal quantityOnHand,
      boolean active) {
    this(
        id,
        name,
        sku,
        fullyQualifiedName,
        type,
        tracksQuantity,
        quantityOnHand,
        active,
        null,
        null);
  }

  /** One line of a bundle: {@code quantity} of item {@code itemId}. */
  public record Component(String itemId, BigDecimal quantity) {}

  /** Whether this is a bundle (QuickBooks Group item). */
  public boolean isGroup() {
    return "Group".equalsIgnoreCase(type);
  }

  public boolean isInventory() {
    return tracksQuantity && "Inventory".equalsIgnoreCase(type);
  }
}
