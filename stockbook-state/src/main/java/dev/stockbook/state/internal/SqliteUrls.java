package dev.stockbook.state.internal;

import java.nio.file.Path;

/** Reads the database file out of a {@code jdbc:sqlite:} URL. */
final class SqliteUrls {
  private static final String PREFIX = "jdbc:sqlite:";

  private SqliteUrls() {}

  /** The file of {@code jdbc:sqlite:PATH[?options]}; in-memory databases are refused. */
  static Path file(String url) {
    String path = url.substring(PREFIX.length());
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    if (path.startsWith("file:")) {
      path = path.substring("file:".length());
    }
    if (path.isBlank() || path.startsWith(":memory:") || path.contains("mode=memory")) {
      throw new IllegalArgumentException(
          "SQLite state needs a file, e.g. jdbc:sqlite:./data/stockbook.db (got " + url + ")");
    }
    return Path.of(path);
  }
}
