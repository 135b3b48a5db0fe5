package dev.stockbook.state.internal;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The schema's migrations (plain SQL under {@code db/migration}), the same for tests and production. */
public final class Migrations {
  private final Flyway flyway;

  public Migrations(Dialect dialect, DataSource dataSource) {
    this.flyway =
        Flyway.configure()
            .dataSource(dataSource)
            .locations(dialect.migrationLocations())
            .failOnMissingLocations(true)
            .load();
  }

  /** Brings the schema up to date. */
  public void migrate() {
    flyway.migrate();
  }

  /** Whether every known migration has been applied. */
  public boolean applied() {
    return flyway.info().pending().length == 0;
  }
}
