package dev.stockbook.woocommerce.internal;

import java.util.Map;

/** Adds credentials to one request: extra query parameters and/or headers. */
public interface Authenticator {

  /**
   * @param method the HTTP method
   * @param url the absolute URL without query string
   * @param query the request's own query parameters
   */
  Signed sign(String method, String url, Query query);

  /** The query to send and the headers to add. */
  record Signed(Query query, Map<String, String> headers) {}
}
