package dev.stockbook.quickbooks;

/** Where the client gets bearer tokens; {@link OAuthTokens} is the real one. */
public interface AccessTokenSource {

  /** A token to use now. */
  String accessToken();

  /** QuickBooks answered 401 to {@code rejected}: a token to try once more. */
  String afterUnauthorized(String rejected);

  /** A fixed token that is never refreshed (tests, short scripts). */
  static AccessTokenSource fixed(String token) {
    return new AccessTokenSource() {
      @Override
      public String accessToken() {
        return token;
      }

      @Override
      public String afterUnauthorized(String rejected) {
        return token;
      }

      @Override
      public String toString() {
        return "AccessTokenSource.fixed(***)";
      }
    };
  }
}
