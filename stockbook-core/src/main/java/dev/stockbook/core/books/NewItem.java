package dev.stockbook.core.books;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An item Stockbook creates for a store SKU QuickBooks lacks.
 *
 * @param name the item name (the SKU under the default match rule)
 * @param sku the SKU field
 * @param description the store's product name
 * @param inventory true for a tracked inventory item, false for non-inventory
 * @param quantityOnHand initial quantity (inventory only)
 * @param inventoryStartDate the "as of" date of the initial quantity
 * @param unitPrice the sales price
 * @param accounts the account names to use
 * @param requestId idempotency key for the create
 */
public record NewItem(
    String name,
    String sku,
    String description,
    boolean inventory,
    BigDecimal quantityOnHand,
    LocalDate inventoryStartDate,
    BigDecimal unitPrice,
    ItemAccounts accounts,
    String requestId) {

  /** Account names for created items: income, inventory asset, cost of goods sold. */
  public record ItemAccounts(String income, String asset, String expense) {}
}
