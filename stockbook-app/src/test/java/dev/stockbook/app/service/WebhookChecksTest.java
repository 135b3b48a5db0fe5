package dev.stockbook.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.quickbooks.IntuitSignature;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookChecksTest {
  private static final byte[] BODY = "{\"id\":42}".getBytes(StandardCharsets.UTF_8);

  @Test
  void a_woocommerce_signature_over_the_exact_bytes_with_the_secret_verifies() throws Exception {
    assertThat(WooCommerceWebhook.verify(BODY, sign(BODY, "s3cret"), "s3cret")).isTrue();
  }

  @Test
  void a_woocommerce_signature_with_another_secret_a_changed_body_or_no_header_does_not_verify()
      throws Exception {
    assertThat(WooCommerceWebhook.verify(BODY, sign(BODY, "other"), "s3cret")).isFalse();
    assertThat(
            WooCommerceWebhook.verify(
                "{\"id\":43}".getBytes(StandardCharsets.UTF_8), sign(BODY, "s3cret"), "s3cret"))
        .isFalse();
    assertThat(WooCommerceWebhook.verify(BODY, null, "s3cret")).isFalse();
    assertThat(WooCommerceWebhook.verify(BODY, "not base64 !", "s3cret")).isFalse();
    assertThat(WooCommerceWebhook.verify(BODY, sign(BODY, ""), "")).isFalse();
  }

  @Test
  void cloud_events_are_read_with_their_id_realm_and_entity() {
    byte[] body =
        "[{\"id\":\"e1\",\"type\":\"qbo.inventoryadjustment.created.v1\",\"intuitaccountid\":\"9341\",\"intuitentityid\":\"7\"}]"
            .getBytes(StandardCharsets.UTF_8);

    assertThat(QuickBooksEvents.parse(body))
        .hasValueSatisfying(
            changes ->
                assertThat(changes)
                    .containsExactly(
                        new QuickBooksEvents.Change("e1", "9341", "inventoryadjustment", "7")));
  }

  @Test
  void legacy_event_notifications_are_read_one_change_per_entity() {
    byte[] body =
        ("{\"eventNotifications\":[{\"realmId\":\"9341\",\"dataChangeEvent\":{\"entities\":["
                + "{\"name\":\"Item\",\"id\":\"3\",\"operation\":\"Update\",\"lastUpdated\":\"2026-01-01T00:00:00Z\"}]}}]}")
            .getBytes(StandardCharsets.UTF_8);

    assertThat(QuickBooksEvents.parse(body))
        .hasValueSatisfying(
            changes -> {
              assertThat(changes).hasSize(1);
              assertThat(changes.get(0).realm()).isEqualTo("9341");
              assertThat(changes.get(0).entity()).isEqualTo("item");
            });
  }

  @Test
  void a_body_that_is_neither_form_is_malformed() {
    assertThat(QuickBooksEvents.parse("{\"x\":1}".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(QuickBooksEvents.parse("[{\"id\":\"e1\"}]".getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
    assertThat(QuickBooksEvents.parse("not json".getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void the_intuit_signature_check_is_the_one_the_quickbooks_module_offers() {
    assertThat(IntuitSignature.verify(BODY, IntuitSignature.sign(BODY, "verifier"), "verifier"))
        .isTrue();
  }

  @Test
  void only_product_edits_wait_for_the_next_scheduled_cycle() {
    assertThat(WebhookTopics.wakes("order.created")).isTrue();
    assertThat(WebhookTopics.wakes(WebhookTopics.QUICKBOOKS)).isTrue();
    assertThat(WebhookTopics.wakes(WebhookTopics.REQUESTED)).isTrue();
    assertThat(WebhookTopics.wakes("product.updated")).isFalse();
  }

  @Test
  void store_topics_other_than_orders_and_products_are_not_followed() {
    assertThat(WebhookTopics.followed("order.created")).isTrue();
    assertThat(WebhookTopics.followed("product.updated")).isTrue();
    assertThat(WebhookTopics.followed("coupon.created")).isFalse();
    assertThat(WebhookTopics.followed("action.woocommerce_checkout_order_processed")).isFalse();
    assertThat(WebhookTopics.followed(null)).isFalse();
  }

  @Test
  void two_orders_sharing_a_delivery_id_are_two_deliveries_and_a_resent_one_is_the_same()
      throws Exception {
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    var a = json.readTree("{\"id\":22,\"date_modified_gmt\":\"2026-11-26T17:10:00\"}");
    var b = json.readTree("{\"id\":23,\"date_modified_gmt\":\"2026-11-26T17:10:00\"}");

    assertThat(WooCommerceWebhook.deliveryKey("d1", "order.created", "22", a))
        .isNotEqualTo(WooCommerceWebhook.deliveryKey("d1", "order.created", "23", b))
        .isEqualTo(WooCommerceWebhook.deliveryKey("d1", "order.created", "22", a));
  }

  @Test
  void only_changes_to_items_and_stock_moving_transactions_concern_stockbook() {
    assertThat(WebhookTopics.QUICKBOOKS_STOCK_ENTITIES)
        .contains("item", "inventoryadjustment", "salesreceipt", "bill")
        .doesNotContain("customer", "payment", "account");
  }

  private static String sign(byte[] body, String secret) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(
        new SecretKeySpec(
            secret.isEmpty() ? new byte[1] : secret.getBytes(StandardCharsets.UTF_8),
            "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(body));
  }
}
