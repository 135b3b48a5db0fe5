package dev.stockbook.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.core.engine.ledger.PostingKeys;
import org.junit.jupiter.api.Test;

class PostingKeysTest {
  private final PostingKeys keys = new PostingKeys("shop");
  private static final String SHOPIFY_ORDER = "gid://shopify/Order/5678901234567890123";
  private static final String SHOPIFY_REFUND = "gid://shopify/Refund/9876543210987654321";

  @Test
  void the_same_input_gives_the_same_key_in_any_process() {
    assertThat(new PostingKeys("shop").sale("1001", 1, 1)).isEqualTo(keys.sale("1001", 1, 1));
  }

  @Test
  void short_store_ids_stay_readable_in_the_key() {
    assertThat(keys.sale("1001", 2, 1)).endsWith("-1001-r2");
    assertThat(keys.sale("1001", 2, 3)).endsWith("-1001-r2-a3");
    assertThat(keys.refund("1001", "77")).endsWith("-1001-f77");
    assertThat(keys.voidOf("1001", 2)).endsWith("-1001-v2");
  }

  @Test
  void long_store_ids_still_give_keys_within_quickbooks_50_characters() {
    assertThat(keys.sale(SHOPIFY_ORDER, 12, 9)).hasSizeLessThanOrEqualTo(50);
    assertThat(keys.refund(SHOPIFY_ORDER, SHOPIFY_REFUND)).hasSizeLessThanOrEqualTo(50);
    assertThat(keys.voidOf(SHOPIFY_ORDER, 12)).hasSizeLessThanOrEqualTo(50);
  }

  @Test
  void different_long_ids_give_different_keys() {
    assertThat(keys.sale(SHOPIFY_ORDER, 1, 1)).isNotEqualTo(keys.sale(SHOPIFY_ORDER + "4", 1, 1));
    assertThat(keys.refund(SHOPIFY_ORDER, SHOPIFY_REFUND))
        .isNotEqualTo(keys.refund(SHOPIFY_ORDER, SHOPIFY_REFUND + "1"));
  }

  @Test
  void connections_never_share_keys() {
    assertThat(new PostingKeys("other").sale("1001", 1, 1)).isNotEqualTo(keys.sale("1001", 1, 1));
  }
}
