package dev.stockbook.woocommerce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/** A successful WooCommerce answer: its JSON body and the pagination headers. */
public record WooResponse(JsonNode body, HttpHeaders headers) {

  /** {@code X-WP-TotalPages}, or 1 when the store did not send it. */
  public int totalPages() {
    return headers.firstValue("X-WP-TotalPages").map(WooResponse::parse).orElse(1);
  }

  private static int parse(String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
