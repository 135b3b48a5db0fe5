package dev.stockbook.store.config;

import java.util.List;
import java.util.function.Function;

/**
 * One declared setting: its dotted name, type, default, whether it is secret, and its doc line. The
 * same declaration validates config files, feeds the admin API and writes the configuration doc.
 *
 * @param name dotted key inside a connection, e.g. {@code sync.matchRule}; a connector declares its
 *     keys without the {@code store.} prefix
 * @param type the value's type
 * @param defaultValue the default as text, or {@code null} when the key is required
 * @param secret whether the value is a secret (never printed, encrypted at rest)
 * @param choices allowed values for {@link Type#CHOICE}
 * @param doc one line saying what it is
 */
public record ConfigKey(
    String name, Type type, String defaultValue, boolean secret, List<String> choices, String doc) {

  /** Value types and how text is checked for each. */
  public enum Type {
    STRING(v -> null),
    URL(v -> v.matches("(?i)https?://[^\\s/]+.*") ? null : "must be an http(s) URL"),
    INT(v -> v.matches("-?\\d{1,9}") ? null : "must be a whole number"),
    BOOLEAN(v -> v.matches("true|false") ? null : "must be true or false"),
    DURATION(ConfigKey::durationProblem),
    CHOICE(v -> null),
    LIST(v -> null),
    MAP(v -> null);

    private final Function<String, String> check;

    Type(Function<String, String> check) {
      this.check = check;
    }

    String problem(String value) {
      return check.apply(value);
    }
  }

  public boolean required() {
    return defaultValue == null;
  }

  public static ConfigKey required(String name, Type type, boolean secret, String doc) {
    return new ConfigKey(name, type, null, secret, List.of(), doc);
  }

  public static ConfigKey optional(String name, Type type, String defaultValue, String doc) {
    return new ConfigKey(name, type, defaultValue, false, List.of(), doc);
  }

  public static ConfigKey choice(
      String name, String defaultValue, List<String> choices, String doc) {
    return new ConfigKey(name, Type.CHOICE, defaultValue, false, choices, doc);
  }

  public static ConfigKey secret(String name, String doc) {
    return new ConfigKey(name, Type.STRING, "", true, List.of(), doc);
  }

  /** The same key under {@code prefix}, e.g. a connector's {@code url} as {@code store.url}. */
  public ConfigKey prefixed(String prefix) {
    return new ConfigKey(prefix + name, type, defaultValue, secret, choices, doc);
  }

  /** The problem with {@code value} for this key, or {@code null} when it is fine. */
  public String problem(String value) {
    if (type == Type.CHOICE && !choices.contains(value)) {
      return "must be one of " + String.join(", ", choices);
    }
    return type.problem(value);
  }

  private static String durationProblem(String value) {
    try {
      ConfigValues.parseDuration(value);
      return null;
    } catch (IllegalArgumentException e) {
      return "must be a duration such as 30s, 5m, 1h, 1d or PT5M";
    }
  }
}
