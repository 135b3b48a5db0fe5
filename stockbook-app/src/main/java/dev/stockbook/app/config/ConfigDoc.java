package dev.stockbook.app.config;

import dev.stockbook.core.config.ConnectionConfig;
import dev.stockbook.store.StoreConnectorFactory;
import dev.stockbook.store.StoreConnectors;
import dev.stockbook.store.config.ConfigKey;
import java.util.List;

/** docs/configuration.md, written from the declared keys so the doc cannot drift from the code. */
public final class ConfigDoc {
  private ConfigDoc() {}

  public static String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Configuration\n\n")
        .append(
            "Generated from the declared settings (`ConfigFile.FILE_KEYS`, `ConnectionConfig.KEYS` and each store connector's\n`configKeys()`) by ")
        .append("`./stockbook config-doc`; a test fails when\n")
        .append(
            "this file and the code disagree. A config file is validated as a whole before anything starts: every\n")
        .append(
            "problem is listed with its key and the command exits 2. `${NAME}` in any value is read from the environment.\n\n")
        .append("```yaml\ndatabase:\n  url: ")
        .append(StockbookConfig.DEFAULT_DATABASE)
        .append("   # or jdbc:postgresql://...\n")
        .append(
            "server:\n  host: 127.0.0.1\n  port: 8080\nadmin:\n  token: ${STOCKBOOK_ADMIN_TOKEN}\n")
        .append("secrets:\n  keyFile: /etc/stockbook/master.key   # or STOCKBOOK_MASTER_KEY\n")
        .append("connections:\n  - name: myshop\n")
        .append("    quickbooks: {...}\n    store: {...}\n    sync: {...}\n```\n\n")
        .append(
            "## Keys of the file\n\n| key | type | default | secret | what it is |\n|---|---|---|---|---|\n");
    table(md, ConfigFile.FILE_KEYS);
    md.append(
            "\nThe master key may instead come from the environment: `STOCKBOOK_MASTER_KEY` (base64 of 32 bytes) wins\n")
        .append(
            "over `secrets.keyFile`. `stockbook rotate-key --new-key-file <file>` re-seals every stored secret under a\n")
        .append("new key (stop the nodes first, then give each the new key).\n\n")
        .append(
            "## Keys of a connection\n\n| key | type | default | secret | what it is |\n|---|---|---|---|---|\n");
    table(md, ConnectionConfig.KEYS);
    for (StoreConnectorFactory store : StoreConnectors.installed().all()) {
      md.append("\n## Keys of a `")
          .append(store.type())
          .append("` store (`store.type: ")
          .append(store.type())
          .append("`")
          .append(store.isDefaultType() ? ", the default" : "")
          .append(")\n\n| key | type | default | secret | what it is |\n|---|---|---|---|---|\n");
      table(
          md,
          store.configKeys().stream().map(k -> k.prefixed(ConnectionConfig.STORE_PREFIX)).toList());
    }
    md.append(
            "\nLists are YAML lists (or comma-separated text); maps (`sync.depositAccounts`, `sync.taxCodes`...) are YAML\n")
        .append("mappings. Durations are `30s`, `5m`, `2h`, `1d` or ISO-8601 (`PT5M`).\n");
    return md.toString();
  }

  private static void table(StringBuilder md, List<ConfigKey> keys) {
    for (ConfigKey key : keys) {
      String type =
          key.type() == ConfigKey.Type.CHOICE
              ? String.join(" \\| ", key.choices())
              : key.type().name().toLowerCase();
      String def =
          key.required()
              ? "*required*"
              : key.defaultValue().isEmpty() ? "" : "`" + key.defaultValue() + "`";
      md.append("| `")
          .append(key.name())
          .append("` | ")
          .append(type)
          .append(" | ")
          .append(def)
          .append(" | ")
          .append(key.secret() ? "yes" : "")
          .append(" | ")
          .append(key.doc().replace("|", "\\|"))
          .append(" |\n");
    }
  }
}
