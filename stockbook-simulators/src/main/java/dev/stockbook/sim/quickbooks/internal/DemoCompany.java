package dev.stockbook.sim.quickbooks.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/**
 * The demo company that {@code stockbook demo} and tests rely on: the accounts a store sync needs,
 * four inventory items, a non-inventory and a service item, the "Web Store" customer, the "Credit
 * Card" payment method, tax codes TAX and NON (US) and the vendor "Acme Wines"; then the region's
 * tax codes ({@link DemoTaxes}) and what the company settings switch on.
 */
public final class DemoCompany {
  private final EntityStore store;

  public DemoCompany(EntityStore store) {
    this.store = store;
  }

  public void seed(String invStartDate) {
    String income = account("Sales of Product Income", "Income", "SalesOfProductIncome");
    String asset = account("Inventory Asset", "Other Current Asset", "Inventory");
    String cogs = account("Cost of Goods Sold", "Cost of Goods Sold", "SuppliesMaterialsCogs");
    account("Undeposited Funds", "Other Current Asset", "UndepositedFunds");
    account("Checking", "Bank", "Checking");
    account("Accounts Receivable", "Accounts Receivable", "AccountsReceivable");
    account("Accounts Payable", "Accounts Payable", "AccountsPayable");
    account("Discounts given", "Income", "DiscountsRefundsGiven");
    inventory("redwine", 20, "12.00", income, asset, cogs, invStartDate);
    inventory("whitewine", 35, "10.00", income, asset, cogs, invStartDate);
    inventory("TEE-S", 5, "15.00", income, asset, cogs, invStartDate);
    inventory("TEE-M", 7, "15.00", income, asset, cogs, invStartDate);
    simpleItem("giftwrap", "NonInventory", "3.00", income);
    simpleItem("Shipping", "Service", "0", income);
    store.create(EntityKind.CUSTOMER, Json.object().put("DisplayName", "Web Store"));
    store.create(
        EntityKind.PAYMENT_METHOD,
        Json.object().put("Name", "Credit Card").put("Type", "CREDIT_CARD"));
    if (store.settings().usTaxModel()) {
      store.create(
          EntityKind.TAX_CODE,
          Json.object().put("Name", "TAX").put("Description", "Taxable").put("Taxable", true));
      store.create(
          EntityKind.TAX_CODE,
          Json.object().put("Name", "NON").put("Description", "Non-taxable").put("Taxable", false));
    }
    store.create(EntityKind.VENDOR, Json.object().put("DisplayName", "Acme Wines"));
    new DemoTaxes(store).seed();
    features(invStartDate);
  }

  /**
   * What the company's settings switch on: classes "Retail" and "Wholesale", locations "Online" and
   * "Market Stall", and for multicurrency a "Euro Web Store" customer in EUR with a rate.
   */
  private void features(String today) {
    var settings = store.settings();
    if (settings.classTrackingPerTxn() || settings.classTrackingPerTxnLine()) {
      store.create(EntityKind.CLASS, Json.object().put("Name", "Retail"));
      store.create(EntityKind.CLASS, Json.object().put("Name", "Wholesale"));
    }
    if (settings.trackDepartments()) {
      store.create(EntityKind.DEPARTMENT, Json.object().put("Name", "Online"));
      store.create(EntityKind.DEPARTMENT, Json.object().put("Name", "Market Stall"));
    }
    if (settings.multiCurrency() && !"EUR".equals(settings.homeCurrency())) {
      ObjectNode customer = Json.object().put("DisplayName", "Euro Web Store");
      customer.putObject("CurrencyRef").put("value", "EUR");
      store.create(EntityKind.CUSTOMER, customer);
      store.exchangeRate("EUR", java.time.LocalDate.parse(today), new BigDecimal("1.10"));
    }
  }

  /** Many inventory items at once, on the demo accounts; returns their ids in order. */
  public java.util.List<String> inventoryItems(
      java.util.List<String> names, long qty, BigDecimal price, String start) {
    String income = accountId("Sales of Product Income");
    String asset = accountId("Inventory Asset");
    String cogs = accountId("Cost of Goods Sold");
    java.util.List<ObjectNode> items = new java.util.ArrayList<>(names.size());
    for (String name : names) {
      ObjectNode item =
          Json.object()
              .put("Name", name)
              .put("Sku", name)
              .put("Type", "Inventory")
              .put("TrackQtyOnHand", true);
      item.put("QtyOnHand", BigDecimal.valueOf(qty))
          .put("UnitPrice", price)
          .put("InvStartDate", start);
      item.putObject("IncomeAccountRef")
          .put("value", income)
          .put("name", "Sales of Product Income");
      item.putObject("AssetAccountRef").put("value", asset).put("name", "Inventory Asset");
      item.putObject("ExpenseAccountRef").put("value", cogs).put("name", "Cost of Goods Sold");
      items.add(item);
    }
    return store.createAll(EntityKind.ITEM, items);
  }

  private String accountId(String name) {
    return store.all(EntityKind.ACCOUNT).stream()
        .filter(a -> name.equals(Json.text(a, "Name")))
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("no account " + name + ": seed the demo company first"))
        .get("Id")
        .asText();
  }

  private String account(String name, String type, String subType) {
    ObjectNode body =
        Json.object().put("Name", name).put("AccountType", type).put("AccountSubType", subType);
    return store.create(EntityKind.ACCOUNT, body).get("Id").asText();
  }

  private void inventory(
      String name, int qty, String price, String income, String asset, String cogs, String start) {
    ObjectNode item =
        Json.object()
            .put("Name", name)
            .put("Sku", name)
            .put("Type", "Inventory")
            .put("TrackQtyOnHand", true);
    item.put("QtyOnHand", BigDecimal.valueOf(qty))
        .put("UnitPrice", new BigDecimal(price))
        .put("InvStartDate", start);
    item.putObject("IncomeAccountRef").put("value", income).put("name", "Sales of Product Income");
    item.putObject("AssetAccountRef").put("value", asset).put("name", "Inventory Asset");
    item.putObject("ExpenseAccountRef").put("value", cogs).put("name", "Cost of Goods Sold");
    store.create(EntityKind.ITEM, item);
  }

  private void simpleItem(String name, String type, String price, String income) {
    ObjectNode item =
        Json.object().put("Name", name).put("Type", type).put("UnitPrice", new BigDecimal(price));
    item.putObject("IncomeAccountRef").put("value", income).put("name", "Sales of Product Income");
    store.create(EntityKind.ITEM, item);
  }
}
