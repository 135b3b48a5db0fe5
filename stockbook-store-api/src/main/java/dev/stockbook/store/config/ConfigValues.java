package dev.stockbook.store.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Typed reads of validated settings (flat map of dotted keys to text, defaults applied). */
public final class ConfigValues {
  private final Map<String, String> values;

  private ConfigValues(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** Values already validated against their declared keys (defaults applied). */
  public static ConfigValues of(Map<String, String> values) {
    return new ConfigValues(values);
  }

  /**
   * The values under {@code prefix} (e.g. {@code store.}), with the prefix taken off: what one
   * connector declared, as that connector names its keys.
   */
  public ConfigValues under(String prefix) {
    Map<String, String> inner = new java.util.LinkedHashMap<>();
    values.forEach(
        (k, v) -> {
          if (k.startsWith(prefix)) {
            inner.put(k.substring(prefix.length()), v);
          }
        });
    return new ConfigValues(inner);
  }

  public String string(String key) {
    return values.getOrDefault(key, "");
  }

  public int integer(String key) {
    return Integer.parseInt(string(key));
  }

  public long number(String key) {
    return Long.parseLong(string(key));
  }

  public boolean flag(String key) {
    return Boolean.parseBoolean(string(key));
  }

  public Duration duration(String key) {
    return parseDuration(string(key));
  }

  /** A comma-separated list; empty entries dropped. */
  public List<String> list(String key) {
    return Arrays.stream(string(key).split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** Entries {@code a=b} of a comma-separated map. */
  public Map<String, String> map(String key) {
    return list(key).stream()
        .filter(e -> e.contains("="))
        .collect(
            java.util.stream.Collectors.toMap(
                e -> e.substring(0, e.indexOf('=')).trim(),
                e -> e.substring(e.indexOf('=') + 1).trim(),
                (a, b) -> b,
                java.util.LinkedHashMap::new));
  }

  /** Names only: values may be secrets. */
  @Override
  public String toString() {
    return "ConfigValues" + new java.util.TreeSet<>(values.keySet());
  }

  /** All values, for writing a config file back. */
  public Map<String, String> asMap() {
    return values;
  }

  /** {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d} or ISO-8601 {@code PT5M}. */
  public static Duration parseDuration(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.startsWith("p")) {
      return Duration.parse(t.toUpperCase(Locale.ROOT));
    }
    if (!t.matches("\\d+(ms|s|m|h|d)")) {
      throw new IllegalArgumentException("not a duration: " + text);
    }
    long n = Long.parseLong(t.replaceAll("\\D", ""));
    return switch (t.replaceAll("\\d", "")) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
  }
}
