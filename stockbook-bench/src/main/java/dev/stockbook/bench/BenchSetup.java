package dev.stockbook.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.demo.DemoWorld;
import dev.stockbook.quickbooks.QuickBooksClient;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * Generates the benchmark's catalog on both sides (limits off, no latency: setup is not measured).
 */
final class BenchSetup {
  private BenchSetup() {}

  static String sku(int i) {
    return String.format("BENCH-%04d", i);
  }

  static void catalog(DemoWorld world, QuickBooksClient client, int size, long quantity)
      throws IOException, InterruptedException {
    items(client, BenchSetup::sku, size, quantity);
    products(world, client, BenchSetup::sku, "Bench product ", size, quantity);
  }

  /**
   * Inventory items {@code sku(0)} to {@code sku(size - 1)} in QuickBooks, each with {@code
   * quantity} on hand.
   */
  static void items(QuickBooksClient client, IntFunction<String> sku, int size, long quantity) {
    String income = accountId(client, "Sales of Product Income");
    String asset = accountId(client, "Inventory Asset");
    String cogs = accountId(client, "Cost of Goods Sold");
    for (int i = 0; i < size; i++) {
      ObjectNode item =
          client
              .json()
              .createObjectNode()
              .put("Name", sku.apply(i))
              .put("Type", "Inventory")
              .put("TrackQtyOnHand", true)
              .put("QtyOnHand", quantity)
              .put("InvStartDate", LocalDate.now().minusDays(1).toString())
              .put("UnitPrice", 10);
      item.putObject("IncomeAccountRef").put("value", income);
      item.putObject("AssetAccountRef").put("value", asset);
      item.putObject("ExpenseAccountRef").put("value", cogs);
      client.create("Item", item, UUID.randomUUID().toString());
    }
  }

  /** The same SKUs as simple store products with {@code quantity} in stock, 100 a batch. */
  static void products(
      DemoWorld world,
      QuickBooksClient client,
      IntFunction<String> sku,
      String namePrefix,
      int size,
      long quantity)
      throws IOException, InterruptedException {
    for (int from = 0; from < size; from += 100) {
      ObjectNode batch = client.json().createObjectNode();
      ArrayNode create = batch.putArray("create");
      for (int i = from; i < Math.min(size, from + 100); i++) {
        create
            .addObject()
            .put("sku", sku.apply(i))
            .put("name", namePrefix + i)
            .put("regular_price", "10.00")
            .put("manage_stock", true)
            .put("stock_quantity", quantity);
      }
      storePost(world, "/wp-json/wc/v3/products/batch", client.json().writeValueAsString(batch));
    }
  }

  static void storePost(DemoWorld world, String path, String body) {
    HttpResponse<String> response = world.storePost(path, body);
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(
          "creating the bench catalog failed: " + response.statusCode() + " " + response.body());
    }
  }

  static String accountId(QuickBooksClient client, String name) {
    return client
        .query("select * from Account where Name = '" + name + "'")
        .get(0)
        .path("Id")
        .asText();
  }
}
