package dev.stockbook.app.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@code stockbook.yaml} that {@link ConfigFile} reads back, readable by its owner only
 * (it holds tokens), in one rename.
 */
public final class ConfigWriter {
  private ConfigWriter() {}

  /** One connection given as flat dotted settings, plus the database URL. */
  public static void write(Path file, String databaseUrl, Map<String, String> connection)
      throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("database", Map.of("url", databaseUrl));
    root.put("connections", List.of(nest(connection)));
    ObjectMapper yaml =
        new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));
    OwnerOnlyFiles.write(
        file,
        "# Written by 'stockbook simulate --write-config'. Secrets may be replaced by ${ENV_VARIABLE}.\n"
            + yaml.writeValueAsString(root));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> nest(Map<String, String> flat) {
    Map<String, Object> out = new LinkedHashMap<>();
    flat.forEach(
        (key, value) -> {
          String[] parts = key.split("\\.");
          Map<String, Object> at = out;
          for (int i = 0; i < parts.length - 1; i++) {
            at =
                (Map<String, Object>)
                    at.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
          }
          at.put(parts[parts.length - 1], value);
        });
    return out;
  }
}
