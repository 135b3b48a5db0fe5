package dev.stockbook.it.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The bad-input corpus under {@code src/test/resources/corpus/<kind>/}: case files plus {@code
 * expected.tsv}.
 */
final class Corpus {
  /** One row of a kind's {@code expected.tsv}: the case file, then the expected columns. */
  record Case(Path file, List<String> columns) {
    String column(int i) {
      return columns.get(i);
    }

    String name() {
      return file.getFileName().toString();
    }

    byte[] bytes() {
      try {
        return Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private Corpus() {}

  static List<Case> cases(String kind) {
    Path dir = dir(kind);
    try {
      return Files.readAllLines(dir.resolve("expected.tsv")).stream()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\t"))
          .map(cols -> new Case(dir.resolve(cols[0]), Arrays.asList(cols).subList(1, cols.length)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Files of the kind that no row of {@code expected.tsv} names (each case must say what it
   * expects).
   */
  static List<String> unlisted(String kind) throws IOException {
    List<String> listed = cases(kind).stream().map(Case::name).toList();
    try (var files = Files.list(dir(kind))) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> !n.equals("expected.tsv") && !listed.contains(n))
          .sorted()
          .toList();
    }
  }

  private static Path dir(String kind) {
    try {
      return Path.of(Corpus.class.getResource("/corpus/" + kind).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
