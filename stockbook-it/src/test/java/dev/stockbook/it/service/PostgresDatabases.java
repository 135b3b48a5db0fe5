package dev.stockbook.it.service;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Throwaway PostgreSQL databases on the server named by {@code stockbook.test.postgres.url}. */
public final class PostgresDatabases {
  private final String adminUrl =
      System.getProperty(
          "stockbook.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
  private final List<String> created = new ArrayList<>();

  public String create() {
    byte[] suffix = new byte[6];
    new SecureRandom().nextBytes(suffix);
    String name = "stockbook_it_" + HexFormat.of().formatHex(suffix);
    execute("CREATE DATABASE " + name);
    created.add(name);
    int query = adminUrl.indexOf('?');
    String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
    return base.substring(0, base.lastIndexOf('/') + 1)
        + name
        + (query < 0 ? "" : adminUrl.substring(query));
  }

  public void dropAll() {
    created.forEach(name -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    created.clear();
  }

  private void execute(String sql) {
    try (Connection c = DriverManager.getConnection(adminUrl);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL for tests is not reachable at " + adminUrl + ": " + sql, e);
    }
  }
}
