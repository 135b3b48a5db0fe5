package dev.stockbook.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.stockbook.core.config.ConnectionConfig;
import dev.stockbook.store.config.ConfigKey;
import dev.stockbook.store.config.ConfigValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code stockbook.yaml}: validates everything against the declared keys and reports every
 * problem at once, naming each key. {@code ${NAME}} in a value is read from the environment, so
 * secrets need not be written in the file.
 */
public final class ConfigFile {
  private static final Pattern ENV = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
  private static final Set<String> TOP =
      Set.of("database", "server", "admin", "secrets", "connections");

  /** Thrown with every problem found; nothing was started. */
  public static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    /** The problems, each once (a value read in two places names its problem once). */
    public Invalid(List<String> problems) {
      this(List.copyOf(new java.util.LinkedHashSet<>(problems)), true);
    }

    private Invalid(List<String> distinct, boolean unused) {
      super(String.join("\n", distinct));
      this.problems = distinct;
    }

    public List<String> problems() {
      return problems;
    }
  }

  /** The keys outside {@code connections}, as the docs list them. */
  public static final List<ConfigKey> FILE_KEYS =
      List.of(
          ConfigKey.optional(
              "database.url",
              ConfigKey.Type.STRING,
              StockbookConfig.DEFAULT_DATABASE,
              "JDBC URL of the state database: `jdbc:sqlite:<file>` (one node) or"
                  + " `jdbc:postgresql://host/db?user=...` (several nodes share it). A database that"
                  + " does not answer within 4 s, or cannot be written, stops the command with exit 2."),
          ConfigKey.optional(
              "server.host",
              ConfigKey.Type.STRING,
              StockbookConfig.Node.DEFAULT_HOST,
              "The address `serve` listens on. Keep 127.0.0.1 and put a TLS proxy in front (see"
                  + " docs/service.md); `0.0.0.0` listens on every interface."),
          ConfigKey.optional("server.port", ConfigKey.Type.INT, "8080", "The port of `serve`."),
          ConfigKey.optional(
              "server.publicUrl",
              ConfigKey.Type.URL,
              "",
              "How stores and QuickBooks reach `serve` (webhook delivery URLs); empty ="
                  + " `http://127.0.0.1:<port>`."),
          ConfigKey.secret(
              "server.metricsToken",
              "A bearer token that opens `/metrics` alone (for Prometheus); the admin token opens"
                  + " it too. Empty = only the admin token."),
          ConfigKey.secret(
              "admin.token",
              "Bearer token of the admin API and the dashboard sign-in; also"
                  + " `STOCKBOOK_ADMIN_TOKEN`."),
          ConfigKey.optional(
              "secrets.keyFile",
              ConfigKey.Type.STRING,
              "",
              "The master key file (base64 of 32 bytes) when `STOCKBOOK_MASTER_KEY` is not set."
                  + " Empty = `master.key` next to a SQLite file, else `~/.stockbook/master.key`."
                  + " Every node of one database needs the same key: a node whose key does not"
                  + " open the stored secrets does not start (exit 2)."));

  private final Function<String, String> env;

  public ConfigFile(Function<String, String> env) {
    this.env = env;
  }

  public static StockbookConfig load(Path file) throws Invalid {
    return new ConfigFile(System::getenv).read(file);
  }

  public StockbookConfig read(Path file) throws Invalid {
    JsonNode root;
    String text;
    try {
      text = Files.readString(file);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new Invalid(
          List.of(
              file
                  + ": no such file (write one with `stockbook connect`, or `stockbook simulate"
                  + " --write-config FILE` for the simulators; --config names another)"));
    } catch (IOException e) {
      throw new Invalid(List.of(file + ": cannot be read: " + firstLine(e.getMessage())));
    }
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var at = e.getLocation();
      String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw new Invalid(
          List.of(file + where + ": not valid YAML: " + firstLine(e.getOriginalMessage())));
    } catch (IOException e) {
      throw new Invalid(List.of(file + ": cannot be read as YAML: " + firstLine(e.getMessage())));
    }
    return parse(root == null ? new ObjectMapper().createObjectNode() : root);
  }

  StockbookConfig parse(JsonNode root) throws Invalid {
    List<String> problems = new ArrayList<>();
    if (!root.isObject()) {
      throw new Invalid(List.of("the config file must be a YAML mapping with 'connections'"));
    }
    root.fieldNames()
        .forEachRemaining(
            k -> {
              if (!TOP.contains(k)) {
                problems.add(k + ": unknown key (expected " + String.join(", ", TOP) + ")");
              }
            });
    String database =
        text(root.at("/database/url"), StockbookConfig.DEFAULT_DATABASE, "database.url", problems);
    if (!database.startsWith("jdbc:sqlite:") && !database.startsWith("jdbc:postgresql:")) {
      problems.add(
          "database.url: must be jdbc:sqlite:<file> or jdbc:postgresql://<host>/<database> (was \""
              + redacted(database)
              + "\")");
    }
    String port = text(root.at("/server/port"), "8080", "server.port", problems);
    if (!port.matches("\\d{1,5}") || Integer.parseInt(port) > 65_535) {
      problems.add("server.port: must be a port number, 0 to 65535 (was \"" + port + "\")");
    }
    String host =
        text(root.at("/server/host"), StockbookConfig.Node.DEFAULT_HOST, "server.host", problems);
    if (!host.matches("[A-Za-z0-9.:\\-\\[\\]]+")) {
      problems.add("server.host: must be an address or host name (was \"" + host + "\")");
    }
    String metricsToken =
        text(root.at("/server/metricsToken"), "", "server.metricsToken", problems);
    String keyFile = text(root.at("/secrets/keyFile"), "", "secrets.keyFile", problems);
    String publicUrl = text(root.at("/server/publicUrl"), "", "server.publicUrl", problems);
    if (!publicUrl.isEmpty() && !publicUrl.matches("https?://\\S+")) {
      problems.add(
          "server.publicUrl: must be an http:// or https:// URL (was \"" + publicUrl + "\")");
    }
    String admin = text(root.at("/admin/token"), "", "admin.token", problems);
    List<ConfigValues> connections = connections(root.path("connections"), problems);
    if (!problems.isEmpty()) {
      throw new Invalid(problems);
    }
    return new StockbookConfig(
        database,
        Integer.parseInt(port),
        admin,
        connections,
        publicUrl.replaceAll("/+$", ""),
        new StockbookConfig.Node(host, metricsToken, keyFile));
  }

  private List<ConfigValues> connections(JsonNode list, List<String> problems) {
    List<ConfigValues> out = new ArrayList<>();
    if (!list.isArray() || list.isEmpty()) {
      problems.add("connections: missing; list at least one connection (name, quickbooks, store)");
      return out;
    }
    Set<String> names = new java.util.HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String where = "connections[" + i + "].";
      Map<String, String> flat = new LinkedHashMap<>();
      flatten("", list.get(i), flat, where, problems);
      ConnectionConfig.Validated v = ConnectionConfig.validate(flat, where);
      problems.addAll(v.problems());
      if (v.ok() && !names.add(v.values().string("name"))) {
        problems.add(
            where + "name: " + v.values().string("name") + " is used by another connection");
      }
      out.add(v.values());
    }
    return out;
  }

  private void flatten(
      String prefix, JsonNode node, Map<String, String> flat, String where, List<String> problems) {
    if (node.isObject() && !isMapSetting(prefix)) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        flatten(
            prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(),
            e.getValue(),
            flat,
            where,
            problems);
      }
    } else if (node.isObject()) {
      List<String> entries = new ArrayList<>();
      node.fields()
          .forEachRemaining(
              e ->
                  entries.add(
                      e.getKey()
                          + "="
                          + interpolate(e.getValue().asText(), where + prefix, problems)));
      flat.put(prefix, String.join(",", entries));
    } else if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(n -> items.add(interpolate(n.asText(), where + prefix, problems)));
      flat.put(prefix, String.join(",", items));
    } else if (!node.isNull()) {
      flat.put(prefix, interpolate(node.asText(), where + prefix, problems));
    }
  }

  /** Whether {@code key} is a declared map setting of every connection (a YAML map). */
  private static boolean isMapSetting(String key) {
    return dev.stockbook.core.config.ConnectionConfig.KEYS.stream()
        .anyMatch(
            k -> k.name().equals(key) && k.type() == dev.stockbook.store.config.ConfigKey.Type.MAP);
  }

  private String text(JsonNode node, String fallback, String key, List<String> problems) {
    return node.isMissingNode() || node.isNull()
        ? fallback
        : interpolate(node.asText(), key, problems);
  }

  private String interpolate(String value, String key, List<String> problems) {
    Matcher m = ENV.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String found = env.apply(m.group(1));
      if (found == null) {
        problems.add(key + ": environment variable " + m.group(1) + " is not set");
        found = "";
      }
      m.appendReplacement(out, Matcher.quoteReplacement(found));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A database URL with any password in it replaced by {@code ****}, fit for a message. */
  public static String redacted(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1****")
        .replaceAll("//([^/@:]+):[^/@]*@", "//$1:****@");
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
