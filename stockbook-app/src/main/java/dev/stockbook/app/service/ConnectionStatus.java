package dev.stockbook.app.service;

import java.time.Instant;
import java.util.Locale;

/**
 * Where a connection stands in the service.
 *
 * @param connection the connection name
 * @param state active, paused by an operator, or waiting for QuickBooks to be reconnected
 * @param message why it is not active, in plain words (null when active)
 * @param lastCycleAt when its last full cycle ran (null before the first)
 */
public record ConnectionStatus(
    String connection, State state, String message, Instant lastCycleAt) {

  /** The three standings; only {@link #ACTIVE} connections are synced. */
  public enum State {
    ACTIVE,
    PAUSED,
    NEEDS_RECONNECT;

    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static State parse(String label) {
      return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }
}
