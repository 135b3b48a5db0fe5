package dev.stockbook.state;

import com.zaxxer.hikari.HikariDataSource;
import dev.stockbook.state.internal.DataSources;
import dev.stockbook.state.internal.Dialect;
import dev.stockbook.state.internal.Migrations;

/** Opens Stockbook's state database from a JDBC URL and brings its schema up to date. */
public final class Databases {
  /** Where the product keeps its state unless told otherwise. */
  public static final String DEFAULT_URL = "jdbc:sqlite:./data/stockbook.db";

  private Databases() {}

  /**
   * Opens {@code jdbc:sqlite:/path/to/file.db} (creating its folder) or {@code
   * jdbc:postgresql://...}, and applies any pending migration before returning.
   *
   * @throws IllegalArgumentException for any other kind of URL
   */
  public static DatabaseStateStore open(String url) {
    Dialect dialect = Dialect.of(url);
    HikariDataSource pool = DataSources.pool(dialect, url);
    try {
      Migrations migrations = new Migrations(dialect, pool);
      migrations.migrate();
      return new DatabaseStateStore(pool, migrations);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }
}
