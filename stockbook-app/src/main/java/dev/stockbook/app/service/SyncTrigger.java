package dev.stockbook.app.service;

/** Brings a connection's next sync turn forward (webhooks, the admin API, the dashboard). */
@FunctionalInterface
public interface SyncTrigger {
  /** Runs the connection soon: after the debounce, on whichever node picks it up. */
  void syncSoon(String connection);
}
