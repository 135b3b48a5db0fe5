package dev.stockbook.quickbooks.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * One HTTP exchange, nothing more: the seam between the QuickBooks client and the network, so the
 * request building and fault classification can be tested without I/O.
 */
public interface Wire {

  /**
   * A request to send.
   *
   * @param method GET or POST
   * @param uri the full URI
   * @param headers header names and values
   * @param body the body, or {@code null} for none
   * @param timeout how long to wait for the whole answer
   */
  record Request(
      String method, URI uri, Map<String, String> headers, byte[] body, Duration timeout) {
    public Request {
      headers = Map.copyOf(headers);
    }
  }

  /** An answer: status, content type (may be empty) and the body bytes. */
  record Response(int status, String contentType, byte[] body) {}

  /** Sends; an {@link IOException} means no usable answer (including a timeout). */
  Response send(Request request) throws IOException;
}
