package dev.stockbook.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stockbook.core.books.RetriableBooksException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class OAuthTokensTest {
  private static final Instant NOW = Instant.parse("2024-01-02T18:00:00Z");
  private static final String ROTATED =
      "{\"token_type\":\"bearer\",\"access_token\":\"access-2\",\"refresh_token\":\"refresh-2\",\"expires_in\":3600,\"x_refresh_token_expires_in\":8726400}";

  private final FakeWire tokenWire = new FakeWire();
  private final List<String> events = new ArrayList<>();
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

  private OAuthTokens tokens(Instant accessExpiresAt) {
    return OAuthTokens.builder()
        .tokenUrl(URI.create("http://auth.test/oauth2/v1/tokens/bearer"))
        .client("client-id", "client-secret")
        .tokens(new Tokens("access-1", "refresh-1", accessExpiresAt))
        .store(saved -> events.add("saved " + saved.accessToken() + "/" + saved.refreshToken()))
        .wire(tokenWire)
        .clock(clock)
        .refreshMargin(Duration.ofMinutes(5))
        .build();
  }

  @Test
  void a_token_far_from_expiry_is_used_without_refreshing() {
    assertThat(tokens(NOW.plus(Duration.ofMinutes(30))).accessToken()).isEqualTo("access-1");
    assertThat(tokenWire.requests).isEmpty();
  }

  @Test
  void a_token_within_the_margin_is_refreshed_with_basic_auth_and_a_form_body() {
    tokenWire.answer(200, ROTATED);
    assertThat(tokens(NOW.plus(Duration.ofMinutes(4))).accessToken()).isEqualTo("access-2");
    var request = tokenWire.last();
    String basic =
        Base64.getEncoder()
            .encodeToString("client-id:client-secret".getBytes(StandardCharsets.UTF_8));
    assertThat(request.headers())
        .containsEntry("Authorization", "Basic " + basic)
        .containsEntry("Content-Type", "application/x-www-form-urlencoded");
    assertThat(FakeWire.body(request))
        .isEqualTo("grant_type=refresh_token&refresh_token=refresh-1");
  }

  @Test
  void the_rotated_refresh_token_is_saved_before_the_new_access_token_is_used() {
    tokenWire.answer(200, ROTATED);
    FakeWire api =
        new FakeWire() {
          @Override
          public Response send(Request request) throws IOException {
            events.add("used " + request.headers().get("Authorization"));
            return super.send(request);
          }
        };
    api.answer(200, "{\"Item\":{\"Id\":\"7\"}}");
    QuickBooksClient client =
        QuickBooksClient.builder()
            .baseUrl("http://qbo.test/v3/company")
            .realmId("1")
            .tokens(tokens(NOW))
            .clock(clock)
            .wire(api)
            .build();
    client.read("Item", "7");
    assertThat(events).containsExactly("saved access-2/refresh-2", "used Bearer access-2");
  }

  @Test
  void a_401_refreshes_once_and_repeats_the_request_with_the_new_token() {
    tokenWire.answer(200, ROTATED);
    FakeWire api =
        new FakeWire()
            .answerFixture(401, "fault-401.json")
            .answer(200, "{\"Item\":{\"Id\":\"7\"}}");
    QuickBooksClient client =
        QuickBooksClient.builder()
            .baseUrl("http://qbo.test/v3/company")
            .realmId("1")
            .tokens(tokens(NOW.plus(Duration.ofHours(1))))
            .clock(clock)
            .wire(api)
            .build();
    assertThat(client.read("Item", "7").path("Id").asText()).isEqualTo("7");
    assertThat(api.requests)
        .extracting(r -> r.headers().get("Authorization"))
        .containsExactly("Bearer access-1", "Bearer access-2");
    assertThat(events).containsExactly("saved access-2/refresh-2");
  }

  @Test
  void an_answer_without_a_new_refresh_token_keeps_the_old_one() {
    tokenWire.answer(200, "{\"access_token\":\"access-2\",\"expires_in\":60}");
    tokens(NOW).accessToken();
    assertThat(events).containsExactly("saved access-2/refresh-1");
  }

  @Test
  void invalid_grant_asks_for_a_reconnect_and_saves_nothing() {
    tokenWire.answer(400, "{\"error\":\"invalid_grant\"}");
    assertThatThrownBy(() -> tokens(NOW).accessToken())
        .isInstanceOf(QuickBooksAuthException.class)
        .hasMessage("QuickBooks connection needs to be reconnected")
        .extracting(e -> ((QuickBooksAuthException) e).code())
        .isEqualTo("invalid_grant");
    assertThat(events).isEmpty();
  }

  @Test
  void a_failing_token_store_stops_the_new_token_from_being_used() {
    tokenWire.answer(200, ROTATED);
    OAuthTokens tokens =
        OAuthTokens.builder()
            .tokenUrl(URI.create("http://auth.test/t"))
            .client("a", "b")
            .tokens(new Tokens("access-1", "refresh-1", NOW))
            .store(
                t -> {
                  throw new IllegalStateException("disk full");
                })
            .wire(tokenWire)
            .clock(clock)
            .build();
    assertThatThrownBy(tokens::accessToken).hasMessageContaining("disk full");
  }

  @Test
  void a_lost_token_answer_is_retriable() {
    tokenWire.fail(new IOException("reset"));
    assertThatThrownBy(() -> tokens(NOW).accessToken())
        .isExactlyInstanceOf(RetriableBooksException.class);
  }

  @Test
  void nothing_secret_shows_in_to_string() {
    OAuthTokens tokens = tokens(NOW.plus(Duration.ofHours(1)));
    assertThat(tokens.toString()).doesNotContain("access-1", "refresh-1", "client-secret");
    assertThat(new Tokens("access-1", "refresh-1", NOW).toString())
        .doesNotContain("access-1", "refresh-1");
  }
}
