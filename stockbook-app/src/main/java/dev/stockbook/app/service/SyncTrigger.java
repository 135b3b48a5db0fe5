package dev.stockbook.app.service;

/** Asks for a connection's full sync cycle soon (the admin API, the dashboard). */
@FunctionalInterface
public interface SyncTrigger {
  /** Runs a full cycle of the connection after the debounce, on whichever node picks it up. */
  void syncNow(String connection);
}
