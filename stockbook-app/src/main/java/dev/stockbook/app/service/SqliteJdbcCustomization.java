package dev.stockbook.app.service;

import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * db-scheduler on SQLite: its generic SQL limits rows with {@code OFFSET .. FETCH FIRST}, which
 * SQLite does not parse; SQLite says {@code LIMIT n}. Timestamps are stored in UTC.
 */
final class SqliteJdbcCustomization extends DefaultJdbcCustomization {
  SqliteJdbcCustomization() {
    super(true);
  }

  static boolean isSqlite(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return "SQLite".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the state database: " + e.getMessage(), e);
    }
  }

  @Override
  public String getName() {
    return "SQLite";
  }

  @Override
  public boolean supportsExplicitQueryLimitPart() {
    return true;
  }

  @Override
  public String getQueryLimitPart(int limit) {
    return " LIMIT " + limit;
  }
}
