package dev.stockbook.app.config;

import dev.stockbook.store.config.ConfigValues;
import java.util.List;

/**
 * A validated configuration file.
 *
 * @param databaseUrl JDBC URL of the state database (SQLite file by default)
 * @param serverPort port of {@code stockbook serve}
 * @param adminToken bearer token of the admin API and dashboard sign-in (secret)
 * @param connections each connection's validated settings
 * @param publicUrl how stores and QuickBooks reach {@code serve} (webhook delivery URLs); empty =
 *     {@code http://127.0.0.1:<port>}
 */
public record StockbookConfig(
    String databaseUrl,
    int serverPort,
    String adminToken,
    List<ConfigValues> connections,
    String publicUrl) {

  public static final String DEFAULT_DATABASE = "jdbc:sqlite:./data/stockbook.db";

  public StockbookConfig {
    connections = List.copyOf(connections);
    publicUrl = publicUrl == null ? "" : publicUrl;
  }

  public StockbookConfig(
      String databaseUrl, int serverPort, String adminToken, List<ConfigValues> connections) {
    this(databaseUrl, serverPort, adminToken, connections, "");
  }

  /** The connection named {@code name}, or the only one when {@code name} is null. */
  public ConfigValues connection(String name) {
    if (name == null) {
      if (connections.size() != 1) {
        throw new IllegalArgumentException(
            "the config has " + connections.size() + " connections; name one with --connection");
      }
      return connections.get(0);
    }
    return connections.stream()
        .filter(c -> c.string("name").equals(name))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("no connection named " + name + " in the config"));
  }

  @Override
  public String toString() {
    return "StockbookConfig[databaseUrl="
        + databaseUrl
        + ", serverPort="
        + serverPort
        + ", publicUrl="
        + publicUrl
        + ", adminToken=****, connections="
        + connections.stream().map(c -> c.string("name")).toList()
        + "]";
  }
}
