package dev.stockbook.it.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stockbook.app.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smoke test of {@code stockbook bench --store shopify --quick}: it completes and writes the
 * Shopify rows into their own section, each with its bound (no timing asserts).
 */
class ShopifyBenchQuickIT {
  @TempDir Path dir;

  @Test
  void the_quick_shopify_benchmark_completes_and_writes_its_rows() throws Exception {
    Path doc = dir.resolve("benchmarks.md");
    Files.writeString(doc, "# Benchmarks\n\nkept\n");
    assertEquals(0, Main.run("bench", "--store", "shopify", "--quick", "--write", doc.toString()));
    String table = Files.readString(doc);
    System.out.println(table);
    assertTrue(table.contains("kept"), table);
    assertTrue(table.contains("<!-- generated: bench-shopify (begin) -->"), table);
    assertTrue(
        table.contains("| Shopify requests per 1,000 stock changes | ")
            && table.contains("| 4 mutations (ceil(1000/250)) |"),
        table);
    assertTrue(table.contains("| Shopify cost points per 1,000 stock changes | "), table);
    assertTrue(table.contains("| Time to publish 500 stock changes, Basic plan"), table);
    assertTrue(
        table.contains("Shopify order placed → posted, p50 / p95 / p99, with webhooks"), table);
  }
}
