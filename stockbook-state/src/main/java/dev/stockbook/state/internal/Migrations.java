package dev.stockbook.state.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The schema's migrations (plain SQL under {@code db/migration}), the same for tests and
 * production.
 */
public final class Migrations {
  private static final String HISTORY = "flyway_schema_history";
  private final Flyway flyway;
  private String latest;

  public Migrations(Dialect dialect, DataSource dataSource) {
    this.flyway =
        Flyway.configure()
            .dataSource(dataSource)
            .locations(dialect.migrationLocations())
            .table(HISTORY)
            .failOnMissingLocations(true)
            .load();
  }

  /** Brings the schema up to date and remembers the version this build expects. */
  public void migrate() {
    flyway.migrate();
    MigrationVersion version = flyway.info().current().getVersion();
    latest = version.getVersion();
  }

  /**
   * Whether the database still holds this build's latest migration. A plain query, not Flyway, so a
   * readiness probe polled every few seconds stays cheap and quiet.
   */
  public boolean applied(Connection connection) throws SQLException {
    String sql = "SELECT COUNT(*) FROM " + HISTORY + " WHERE success = ? AND version = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setBoolean(1, true);
      statement.setString(2, latest);
      try (ResultSet rs = statement.executeQuery()) {
        return rs.next() && rs.getLong(1) > 0;
      }
    }
  }
}
