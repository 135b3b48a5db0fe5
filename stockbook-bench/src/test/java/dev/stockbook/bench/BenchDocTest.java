package dev.stockbook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchDocTest {
  @TempDir Path dir;

  @Test
  void a_run_replaces_only_its_own_section_and_keeps_the_analysis_around_it() throws Exception {
    Path doc = dir.resolve("benchmarks.md");
    Files.writeString(doc, "# Benchmarks\n\nHow we measure.\n");

    BenchDoc.writeSection(doc, BenchDoc.MAIN, "| table | one |\n");
    BenchDoc.writeSection(doc, BenchDoc.SCALE, "| scale | one |\n");
    Files.writeString(doc, Files.readString(doc) + "\n## Against the targets\n\nWhy.\n");
    BenchDoc.writeSection(doc, BenchDoc.MAIN, "| table | two |\n");

    String text = Files.readString(doc);
    assertThat(text)
        .startsWith("# Benchmarks\n\nHow we measure.\n")
        .contains("| table | two |")
        .doesNotContain("| table | one |")
        .contains("| scale | one |")
        .endsWith("## Against the targets\n\nWhy.\n");
    assertThat(text.indexOf("| table | two |")).isLessThan(text.indexOf("| scale | one |"));
  }

  @Test
  void a_missing_file_is_created_with_the_section() throws Exception {
    Path doc = dir.resolve("new/benchmarks.md");
    BenchDoc.writeSection(doc, BenchDoc.MAIN, "| table |\n");
    assertThat(Files.readString(doc)).startsWith("# Benchmarks\n").contains("| table |");
  }
}
