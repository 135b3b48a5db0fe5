package dev.stockbook.it.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stockbook.app.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smoke test of {@code stockbook bench --quick}: it completes and writes its table (no timing
 * asserts).
 */
class BenchQuickIT {
  @TempDir Path dir;

  @Test
  void the_quick_benchmark_completes_and_writes_its_table() throws Exception {
    Path doc = dir.resolve("benchmarks.md");
    assertEquals(0, Main.run("bench", "--quick", "--write", doc.toString()));
    String table = Files.readString(doc);
    System.out.println(table);
    assertTrue(table.contains("QuickBooks requests per 1,000 orders posted"), table);
    assertTrue(table.contains("Order placed → posted"), table);
    assertTrue(
        table.contains("polling only, same run:") && table.contains("orders 2–4 s apart"),
        "the prompt-webhook rows against polling only, and the quiet store's row: " + table);
    assertTrue(
        table.contains("run in real time)"), "the naive baseline is not time-scaled: " + table);
    assertTrue(
        table.contains("batch write") && table.contains("in a cycle with no change"),
        "store requests broken down: " + table);
  }
}
