package dev.stockbook.quickbooks;

import java.time.Duration;

/**
 * Told about every HTTP exchange with QuickBooks (API calls and token refreshes): the hook for
 * metrics and, later, a rate governor. Called on the calling thread; must not throw.
 */
@FunctionalInterface
public interface RequestListener {

  /**
   * @param method GET or POST
   * @param path the path below the company, e.g. {@code /query} or {@code /salesreceipt}
   * @param status the HTTP status, or 0 when no answer came back
   * @param elapsed time taken, measured with the injected clock
   */
  void onExchange(String method, String path, int status, Duration elapsed);

  RequestListener NONE = (method, path, status, elapsed) -> {};
}
