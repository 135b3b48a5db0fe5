package dev.stockbook.quickbooks;

import java.time.Instant;

/**
 * A QuickBooks OAuth 2 token pair. {@link #toString()} never shows the tokens.
 *
 * @param accessToken the bearer token for API calls
 * @param refreshToken the token that buys the next access token (rotates)
 * @param accessExpiresAt when the access token stops working
 */
public record Tokens(String accessToken, String refreshToken, Instant accessExpiresAt) {

  @Override
  public String toString() {
    return "Tokens[accessToken=***, refreshToken=***, accessExpiresAt=" + accessExpiresAt + "]";
  }
}
