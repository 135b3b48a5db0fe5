package dev.stockbook.state.internal;

import java.util.Locale;

/** The databases Stockbook keeps its state in, told apart by their JDBC URL. */
public enum Dialect {
  SQLITE("jdbc:sqlite:", "sqlite"),
  POSTGRESQL("jdbc:postgresql:", "postgresql");

  private final String prefix;
  private final String migrationFolder;

  Dialect(String prefix, String migrationFolder) {
    this.prefix = prefix;
    this.migrationFolder = migrationFolder;
  }

  public static Dialect of(String url) {
    String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
    for (Dialect dialect : values()) {
      if (lower.startsWith(dialect.prefix)) {
        return dialect;
      }
    }
    throw new IllegalArgumentException(
        "unsupported database URL '"
            + url
            + "': use jdbc:sqlite:/path/to/stockbook.db"
            + " or jdbc:postgresql://host:port/database");
  }

  /** Flyway locations: the portable migrations, then the few this database spells its own way. */
  public String[] migrationLocations() {
    return new String[] {
      "classpath:db/migration/common", "classpath:db/migration/" + migrationFolder
    };
  }
}
