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
 * @param node this node's own settings: listen address, metrics token, master key file
 */
public record StockbookConfig(
    String databaseUrl,
    int serverPort,
    String adminToken,
    List<ConfigValues> connections,
    String publicUrl,
    Node node) {

  public static final String DEFAULT_DATABASE = "jdbc:sqlite:./data/stockbook.db";

  /**
   * What may differ between the nodes of one cluster.
   *
   * @param serverHost the address {@code serve} listens on ({@code server.host}); 127.0.0.1 unless
   *     told, so that only a proxy on the same host (TLS in front) reaches it
   * @param metricsToken a bearer token that opens {@code /metrics} alone ({@code
   *     server.metricsToken}); the admin token opens it too; empty = the admin token only
   * @param masterKeyFile where the master key is read from ({@code secrets.keyFile}) when {@code
   *     STOCKBOOK_MASTER_KEY} is not set; empty = next to a SQLite file, else {@code
   *     ~/.stockbook/master.key}
   */
  public record Node(String serverHost, String metricsToken, String masterKeyFile) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final Node DEFAULTS = new Node(DEFAULT_HOST, "", "");

    public Node {
      serverHost = serverHost == null || serverHost.isBlank() ? DEFAULT_HOST : serverHost;
      metricsToken = metricsToken == null ? "" : metricsToken;
      masterKeyFile = masterKeyFile == null ? "" : masterKeyFile;
    }

    @Override
    public String toString() {
      return "Node[serverHost="
          + serverHost
          + ", metricsToken="
          + (metricsToken.isEmpty() ? "" : "****")
          + ", masterKeyFile="
          + masterKeyFile
          + "]";
    }
  }

  public StockbookConfig {
    connections = List.copyOf(connections);
    publicUrl = publicUrl == null ? "" : publicUrl;
    node = node == null ? Node.DEFAULTS : node;
  }

  public StockbookConfig(
      String databaseUrl, int serverPort, String adminToken, List<ConfigValues> connections) {
    this(databaseUrl, serverPort, adminToken, connections, "", Node.DEFAULTS);
  }

  public StockbookConfig(
      String databaseUrl,
      int serverPort,
      String adminToken,
      List<ConfigValues> connections,
      String publicUrl) {
    this(databaseUrl, serverPort, adminToken, connections, publicUrl, Node.DEFAULTS);
  }

  /** The same config with other node settings. */
  public StockbookConfig withNode(Node value) {
    return new StockbookConfig(databaseUrl, serverPort, adminToken, connections, publicUrl, value);
  }

  /** The connection named {@code name}, or the only one when {@code name} is null. */
  public ConfigValues connection(String name) {
    if (name == null) {
      if (connections.size() != 1) {
        throw new StartupProblem(
            "the config has "
                + connections.size()
                + " connections ("
                + String.join(", ", names())
                + "); name one with --connection");
      }
      return connections.get(0);
    }
    return connections.stream()
        .filter(c -> c.string("name").equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new StartupProblem(
                    "--connection: no connection named "
                        + name
                        + " in the config (it has "
                        + String.join(", ", names())
                        + ")"));
  }

  private List<String> names() {
    return connections.stream().map(c -> c.string("name")).toList();
  }

  @Override
  public String toString() {
    return "StockbookConfig[databaseUrl="
        + databaseUrl
        + ", serverPort="
        + serverPort
        + ", publicUrl="
        + publicUrl
        + ", node="
        + node.serverHost()
        + ", adminToken=****, connections="
        + connections.stream().map(c -> c.string("name")).toList()
        + "]";
  }
}
