package dev.stockbook.store;

import dev.stockbook.store.config.ConfigValues;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach one store: the validated values of the keys its connector declared ({@link
 * StoreConnectorFactory#configKeys()}, named without the {@code store.} prefix), and what every
 * connector gets.
 *
 * @param connection the connection's name, for messages
 * @param values the connector's own settings (secrets among them: never log them)
 * @param timeout per-request timeout
 * @param clock injected time source (signatures, timestamps)
 */
public record StoreSettings(String connection, ConfigValues values, Duration timeout, Clock clock) {

  public StoreSettings {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(clock, "clock");
  }

  /** One of the connector's own settings, {@code ""} when unset. */
  public String value(String key) {
    return values.string(key);
  }

  @Override
  public String toString() {
    return "StoreSettings[connection=" + connection + ", keys=" + values + "]";
  }
}
