package dev.stockbook.state;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The state contract on PostgreSQL, a new database per test, all dropped when the class ends. */
class PostgresStateStoreIT extends DatabaseStateStoreContract {
  @RegisterExtension static final TestDatabases databases = new TestDatabases();

  @Override
  protected String newDatabaseUrl() {
    return databases.create();
  }
}
