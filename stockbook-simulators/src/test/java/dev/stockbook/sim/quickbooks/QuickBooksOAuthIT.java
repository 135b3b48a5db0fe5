package dev.stockbook.sim.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.sim.common.SimClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuickBooksOAuthIT {
  private final HttpClient http = HttpClient.newHttpClient();
  private SimClock clock;
  private QuickBooksSimulator sim;

  @BeforeEach
  void start() {
    clock = SimClock.fixed(Instant.parse("2026-03-01T12:00:00Z"));
    sim = QuickBooksSimulator.builder().clock(clock).start();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private HttpResponse<String> tokenCall(String form) throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (sim.clientId() + ":" + sim.clientSecret()).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(sim.tokenUrl())
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode json(HttpResponse<String> response) throws Exception {
    return QboHttp.JSON.readTree(response.body());
  }

  @Test
  void refreshing_rotates_the_refresh_token_and_the_old_one_then_fails_with_invalid_grant()
      throws Exception {
    Tokens tokens = sim.issueTokens();

    HttpResponse<String> refreshed =
        tokenCall("grant_type=refresh_token&refresh_token=" + tokens.refreshToken());
    HttpResponse<String> again =
        tokenCall("grant_type=refresh_token&refresh_token=" + tokens.refreshToken());

    assertThat(refreshed.statusCode()).isEqualTo(200);
    assertThat(json(refreshed).path("token_type").asText()).isEqualTo("bearer");
    assertThat(json(refreshed).path("expires_in").asLong()).isEqualTo(3600);
    assertThat(json(refreshed).path("x_refresh_token_expires_in").asLong()).isEqualTo(8726400);
    assertThat(json(refreshed).path("refresh_token").asText()).isNotEqualTo(tokens.refreshToken());
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(json(again).path("error").asText()).isEqualTo("invalid_grant");
  }

  @Test
  void the_authorize_page_redirects_with_code_state_and_realm_and_the_code_buys_tokens()
      throws Exception {
    URI authorize =
        URI.create(
            sim.authorizeUrl()
                + "?client_id="
                + sim.clientId()
                + "&response_type=code&scope=com.intuit.quickbooks.accounting&state=xyz&redirect_uri=http://localhost/cb");

    HttpResponse<String> redirect =
        http.send(HttpRequest.newBuilder(authorize).build(), HttpResponse.BodyHandlers.ofString());
    String location = redirect.headers().firstValue("Location").orElseThrow();
    String code = location.replaceAll(".*code=([^&]+).*", "$1");

    assertThat(redirect.statusCode()).isEqualTo(302);
    assertThat(location)
        .startsWith("http://localhost/cb?")
        .contains("state=xyz", "realmId=" + sim.realmId());
    HttpResponse<String> tokens =
        tokenCall(
            "grant_type=authorization_code&code=" + code + "&redirect_uri=http://localhost/cb");
    assertThat(json(tokens).path("access_token").asText()).isNotBlank();
    assertThat(tokenCall("grant_type=authorization_code&code=" + code).statusCode()).isEqualTo(400);
  }

  @Test
  void an_expired_access_token_gets_401_with_code_3200_in_the_lower_camel_form() {
    QboHttp qbo = new QboHttp(sim);
    clock.advance(Duration.ofSeconds(3600));

    QboHttp.Answer answer = qbo.query("select * from Item");

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.json().path("fault").path("error").path(0).path("code").asText())
        .isEqualTo("3200");
    assertThat(answer.tid()).isNotBlank();
  }

  @Test
  void a_revoked_token_no_longer_works_and_discovery_lists_the_endpoints() throws Exception {
    Tokens tokens = sim.issueTokens();
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (sim.clientId() + ":" + sim.clientSecret()).getBytes(StandardCharsets.UTF_8));
    HttpRequest revoke =
        HttpRequest.newBuilder(sim.revokeUrl())
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"token\":\"" + tokens.refreshToken() + "\"}"))
            .build();

    assertThat(http.send(revoke, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    assertThat(
            tokenCall("grant_type=refresh_token&refresh_token=" + tokens.refreshToken())
                .statusCode())
        .isEqualTo(400);
    JsonNode discovery =
        json(
            http.send(
                HttpRequest.newBuilder(sim.discoveryUrl()).build(),
                HttpResponse.BodyHandlers.ofString()));
    assertThat(discovery.path("token_endpoint").asText()).isEqualTo(sim.tokenUrl().toString());
    assertThat(discovery.path("authorization_endpoint").asText())
        .isEqualTo(sim.authorizeUrl().toString());
    assertThat(discovery.path("revocation_endpoint").asText())
        .isEqualTo(sim.revokeUrl().toString());
  }
}
