package dev.stockbook.it.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.app.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stockbook bench --dashboard --quick} serves every page it measures and writes its table (a
 * smoke test: no timing is asserted; the numbers live in docs/benchmarks.md).
 */
class DashboardBenchQuickIT {
  @TempDir Path dir;

  @Test
  void the_quick_dashboard_benchmark_serves_every_page_and_writes_its_table() throws Exception {
    Path doc = dir.resolve("benchmarks.md");
    assertThat(Main.run("bench", "--dashboard", "--quick", "--write", doc.toString())).isZero();
    String table = Files.readString(doc);
    assertThat(table)
        .contains("<!-- generated: bench-dashboard (begin) -->")
        .contains("| Overview | `/dashboard` |")
        .contains("| Stock (1000 SKUs) |")
        .contains("| Parked order with 50 items to map |");
  }
}
