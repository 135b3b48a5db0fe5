package dev.stockbook.woocommerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stockbook.store.OrderCursor;
import dev.stockbook.store.PermanentStoreException;
import dev.stockbook.store.RetriableStoreException;
import dev.stockbook.store.StoreConnector;
import dev.stockbook.woocommerce.WooStub.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FailuresAndAuthIT {
  private static final OrderCursor CURSOR =
      OrderCursor.since(Instant.parse("2026-11-26T16:00:00Z"));
  private final WooStub stub = new WooStub();
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stop() {
    release.countDown();
    stub.close();
  }

  @Test
  void a_captcha_page_with_a_2xx_status_is_retriable() {
    stub.handler(r -> Reply.html(202, "<!DOCTYPE html><html>SG-Captcha</html>"));

    assertThatThrownBy(() -> Connect.to(stub).ordersChangedSince(CURSOR))
        .isInstanceOf(RetriableStoreException.class)
        .hasMessageContaining("GET /orders");
  }

  @Test
  void rate_limits_and_server_errors_are_retriable() {
    for (int status : List.of(429, 500, 503)) {
      stub.handler(r -> Reply.html(status, "busy"));

      assertThatThrownBy(() -> Connect.to(stub).ordersById(List.of("1")))
          .isInstanceOf(RetriableStoreException.class)
          .hasMessageContaining("HTTP " + status);
    }
  }

  @Test
  void unauthorized_is_permanent_and_names_woocommerce_code_and_message() {
    stub.handler(
        r ->
            Reply.error(
                401, "woocommerce_rest_authentication_error", "Consumer secret is invalid."));

    assertThatThrownBy(() -> Connect.to(stub).ordersChangedSince(CURSOR))
        .isInstanceOf(PermanentStoreException.class)
        .hasMessageContaining("GET /orders")
        .hasMessageContaining("woocommerce_rest_authentication_error")
        .hasMessageContaining("Consumer secret is invalid.")
        .message()
        .doesNotContain(Connect.SECRET);
  }

  @Test
  void a_request_the_store_never_answers_times_out_as_retriable() {
    stub.handler(
        r -> {
          await();
          return Reply.json("[]");
        });
    StoreConnector store = Connect.to(stub);

    assertThatThrownBy(() -> store.ordersChangedSince(CURSOR))
        .isInstanceOf(RetriableStoreException.class);
  }

  @Test
  void a_store_that_is_down_is_retriable() {
    StoreConnector store = Connect.to(stub);
    stub.close();

    assertThatThrownBy(() -> store.productsBySku(List.of("W-1")))
        .isInstanceOf(RetriableStoreException.class)
        .hasMessageContaining("GET /products");
  }

  @Test
  void basic_auth_sends_the_keys_and_the_treat_as_https_header() {
    stub.handler(r -> Reply.page("[]", 1));

    Connect.to(stub).productsBySku(List.of("W-1"));

    WooStub.Request request = stub.journal().get(0);
    String expected =
        Base64.getEncoder()
            .encodeToString((Connect.KEY + ":" + Connect.SECRET).getBytes(StandardCharsets.UTF_8));
    assertThat(request.header("Authorization")).isEqualTo("Basic " + expected);
    assertThat(request.header("X-Forwarded-Proto")).isEqualTo("https");
  }

  @Test
  void oauth1_requests_carry_a_signature_the_store_can_recompute() {
    String url = stub.baseUrl() + WooStub.API + "/orders";
    stub.handler(
        r ->
            StubSignatureCheck.valid(r.method(), url, r.query(), Connect.SECRET)
                ? Reply.page("[]", 1)
                : Reply.error(
                    401,
                    "woocommerce_rest_authentication_error",
                    "Invalid signature - provided signature does not match."));
    StoreConnector store = Connect.to(stub, Map.of("auth", "oauth1"));

    store.ordersChangedSince(CURSOR);
    store.ordersById(List.of("1", "2"));

    List<WooStub.Request> journal = stub.journal();
    assertThat(journal.get(0).query())
        .containsEntry("oauth_timestamp", String.valueOf(Connect.CLOCK.instant().getEpochSecond()))
        .containsEntry("oauth_signature_method", "HMAC-SHA256")
        .doesNotContainKey("consumer_secret");
    assertThat(journal.get(0).header("Authorization")).isNull();
    assertThat(journal.get(0).query().get("oauth_nonce"))
        .isNotEqualTo(journal.get(1).query().get("oauth_nonce"));
  }

  @Test
  void the_stub_refuses_a_signature_made_with_another_secret() {
    String url = stub.baseUrl() + WooStub.API + "/orders";
    stub.handler(
        r ->
            StubSignatureCheck.valid(r.method(), url, r.query(), "cs_other")
                ? Reply.page("[]", 1)
                : Reply.error(401, "woocommerce_rest_authentication_error", "Invalid signature."));

    assertThatThrownBy(() -> Connect.to(stub, Map.of("auth", "oauth1")).ordersChangedSince(CURSOR))
        .isInstanceOf(PermanentStoreException.class)
        .hasMessageContaining("Invalid signature.");
  }

  private void await() {
    try {
      release.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
