package dev.stockbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a benchmark's generated text between its markers in a Markdown file and leaves the rest
 * alone: docs/benchmarks.md keeps its hand-written analysis when a run regenerates its tables. A
 * file without the markers gets the section appended; a missing file is created.
 */
final class BenchDoc {
  /** The table of {@code stockbook bench}. */
  static final String MAIN = "bench";

  /** The table of {@code stockbook bench --store shopify}. */
  static final String SHOPIFY = "bench-shopify";

  /** The table of {@code stockbook bench --scale}. */
  static final String SCALE = "bench-scale";

  /** The table of {@code stockbook bench --dashboard}. */
  static final String DASHBOARD = "bench-dashboard";

  /** The table of {@code stockbook bench --woo-delivery}. */
  static final String DELIVERY = "bench-woo-delivery";

  private BenchDoc() {}

  static void writeSection(Path file, String section, String generated) throws IOException {
    String begin = "<!-- generated: " + section + " (begin) -->";
    String end = "<!-- generated: " + section + " (end) -->";
    String block = begin + "\n" + generated.strip() + "\n" + end;
    String old = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
    int from = old.indexOf(begin);
    int to = old.indexOf(end);
    String updated =
        from >= 0 && to > from
            ? old.substring(0, from) + block + old.substring(to + end.length())
            : old.stripTrailing() + "\n\n" + block + "\n";
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, updated);
  }
}
