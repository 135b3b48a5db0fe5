package dev.stockbook.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.quickbooks.IntuitSignature;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookChecksTest {
  private static final byte[] BODY = "{\"id\":42}".getBytes(StandardCharsets.UTF_8);

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
    assertThat(WebhookTopics.wakes(WebhookTopics.STORE_ORDER)).isTrue();
    assertThat(WebhookTopics.wakes("order.created"))
        .as("an order event recorded before topics were store-neutral")
        .isTrue();
    assertThat(WebhookTopics.wakes(WebhookTopics.QUICKBOOKS)).isTrue();
    assertThat(WebhookTopics.wakes(WebhookTopics.REQUESTED)).isTrue();
    assertThat(WebhookTopics.wakes(WebhookTopics.STORE_PRODUCT)).isFalse();
    assertThat(WebhookTopics.wakes(WebhookTopics.STORE_INVENTORY)).isFalse();
  }

  @Test
  void only_changes_to_items_and_stock_moving_transactions_concern_stockbook() {
    assertThat(WebhookTopics.QUICKBOOKS_STOCK_ENTITIES)
        .contains("item", "inventoryadjustment", "salesreceipt", "bill")
        .doesNotContain("customer", "payment", "account");
  }
}
