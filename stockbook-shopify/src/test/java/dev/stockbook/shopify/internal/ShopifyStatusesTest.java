package dev.stockbook.shopify.internal;

import static dev.stockbook.store.OrderLifecycle.CANCELLED;
import static dev.stockbook.store.OrderLifecycle.FAILED;
import static dev.stockbook.store.OrderLifecycle.FULFILLED;
import static dev.stockbook.store.OrderLifecycle.ON_HOLD;
import static dev.stockbook.store.OrderLifecycle.OTHER;
import static dev.stockbook.store.OrderLifecycle.PAID;
import static dev.stockbook.store.OrderLifecycle.PLACED;
import static dev.stockbook.store.OrderLifecycle.REFUNDED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShopifyStatusesTest {

  @Test
  void payment_fulfilment_and_cancellation_decide_the_lifecycle_in_the_documented_order() {
    assertThat(ShopifyStatuses.lifecycle("PAID", "FULFILLED", true)).isEqualTo(CANCELLED);
    assertThat(ShopifyStatuses.lifecycle("REFUNDED", "FULFILLED", false)).isEqualTo(REFUNDED);
    assertThat(ShopifyStatuses.lifecycle("VOIDED", "UNFULFILLED", false)).isEqualTo(FAILED);
    assertThat(ShopifyStatuses.lifecycle("EXPIRED", "FULFILLED", false)).isEqualTo(FAILED);
    assertThat(ShopifyStatuses.lifecycle("PENDING", "FULFILLED", false)).isEqualTo(FULFILLED);
    assertThat(ShopifyStatuses.lifecycle("PARTIALLY_REFUNDED", "PARTIALLY_FULFILLED", false))
        .isEqualTo(PAID);
    assertThat(ShopifyStatuses.lifecycle("AUTHORIZED", "UNFULFILLED", false)).isEqualTo(ON_HOLD);
    assertThat(ShopifyStatuses.lifecycle("PARTIALLY_PAID", "UNFULFILLED", false))
        .isEqualTo(ON_HOLD);
    assertThat(ShopifyStatuses.lifecycle("PENDING", "UNFULFILLED", false)).isEqualTo(PLACED);
    assertThat(ShopifyStatuses.lifecycle("", "UNFULFILLED", false)).isEqualTo(OTHER);
  }

  @Test
  void the_status_word_is_the_payment_state_with_what_shipped() {
    assertThat(ShopifyStatuses.status("PAID", "UNFULFILLED", false)).isEqualTo("paid");
    assertThat(ShopifyStatuses.status("PENDING", "FULFILLED", false))
        .isEqualTo("pending, fulfilled");
    assertThat(ShopifyStatuses.status("PAID", "FULFILLED", true)).isEqualTo("cancelled");
    assertThat(ShopifyStatuses.status(null, "UNFULFILLED", false)).isEqualTo("unknown");
  }

  @Test
  void settings_may_name_shopify_words() {
    assertThat(ShopifyStatuses.known("authorized")).contains(ON_HOLD);
    assertThat(ShopifyStatuses.known("fulfilled")).contains(FULFILLED);
    assertThat(ShopifyStatuses.known("processing")).isEmpty();
  }
}
