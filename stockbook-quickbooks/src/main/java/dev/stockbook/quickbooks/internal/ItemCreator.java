package dev.stockbook.quickbooks.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.core.books.BooksItem;
import dev.stockbook.core.books.MatchRule;
import dev.stockbook.core.books.NewItem;
import dev.stockbook.core.books.PermanentBooksException;
import dev.stockbook.quickbooks.QuickBooksClient;
import java.util.List;
import java.util.Map;

/**
 * Creates items; a name that already exists (6240) means "already there": that item is returned.
 */
public final class ItemCreator {
  private final QuickBooksClient client;
  private final NameIds accounts;
  private final ItemQueries items;

  public ItemCreator(QuickBooksClient client, NameIds accounts, ItemQueries items) {
    this.client = client;
    this.accounts = accounts;
    this.items = items;
  }

  public BooksItem create(NewItem item) {
    ObjectNode body = body(item);
    try {
      return ItemJson.toItem(client.create("Item", body, item.requestId()));
    } catch (PermanentBooksException e) {
      if (!"6240".equals(e.code())) {
        throw e;
      }
      return items.find(MatchRule.NAME, List.of(item.name())).stream()
          .findFirst()
          .orElseThrow(() -> e);
    }
  }

  ObjectNode body(NewItem item) {
    NewItem.ItemAccounts names = item.accounts();
    Map<String, String> ids =
        item.inventory()
            ? accounts.resolve(List.of(names.income(), names.asset(), names.expense()))
            : accounts.resolve(List.of(names.income()));
    ObjectNode body = client.json().createObjectNode();
    body.put("Name", item.name());
    if (item.sku() != null) {
      body.put("Sku", item.sku());
    }
    if (item.description() != null) {
      body.put("Description", item.description());
    }
    if (item.unitPrice() != null) {
      body.put("UnitPrice", item.unitPrice());
    }
    body.putObject("IncomeAccountRef").put("value", ids.get(names.income()));
    if (!item.inventory()) {
      return body.put("Type", "NonInventory");
    }
    body.put("Type", "Inventory")
        .put("TrackQtyOnHand", true)
        .put("QtyOnHand", item.quantityOnHand());
    body.put("InvStartDate", item.inventoryStartDate().toString());
    body.putObject("AssetAccountRef").put("value", ids.get(names.asset()));
    body.putObject("ExpenseAccountRef").put("value", ids.get(names.expense()));
    return body;
  }
}
