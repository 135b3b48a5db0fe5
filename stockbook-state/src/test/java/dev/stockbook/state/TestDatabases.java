package dev.stockbook.state;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Throwaway PostgreSQL databases for tests: {@link #create()} makes {@code stockbook_test_<random>}
 * on the server named by the system property {@code stockbook.test.postgres.url}, and every one is
 * dropped when the test class ends. Register it as a static {@code @RegisterExtension} field.
 */
final class TestDatabases implements AfterAllCallback {
  static final String URL_PROPERTY = "stockbook.test.postgres.url";
  private static final String DEFAULT_URL =
      "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String adminUrl = System.getProperty(URL_PROPERTY, DEFAULT_URL);
  private final List<String> created = new ArrayList<>();

  /** Creates an empty database and returns its JDBC URL. */
  synchronized String create() {
    byte[] suffix = new byte[6];
    RANDOM.nextBytes(suffix);
    String name = "stockbook_test_" + HexFormat.of().formatHex(suffix);
    execute("CREATE DATABASE " + name);
    created.add(name);
    return withDatabase(name);
  }

  @Override
  public synchronized void afterAll(ExtensionContext context) {
    for (String name : created) {
      execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
    created.clear();
  }

  /** The admin URL with its database name replaced. */
  private String withDatabase(String name) {
    int query = adminUrl.indexOf('?');
    String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
    String params = query < 0 ? "" : adminUrl.substring(query);
    return base.substring(0, base.lastIndexOf('/') + 1) + name + params;
  }

  private void execute(String sql) {
    try (Connection c = DriverManager.getConnection(adminUrl);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL for tests is not reachable at "
              + adminUrl
              + " (set -D"
              + URL_PROPERTY
              + "): "
              + sql,
          e);
    }
  }
}
