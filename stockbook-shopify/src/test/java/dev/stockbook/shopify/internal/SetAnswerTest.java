package dev.stockbook.shopify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SetAnswerTest {

  @Test
  void user_errors_are_told_apart_by_the_row_their_field_path_names() {
    SetAnswer answer = SetAnswer.of(Fixtures.json("handmade/set-quantities-user-errors.json"));

    assertThat(answer.ok()).isFalse();
    assertThat(answer.byRow()).containsOnlyKeys(0, 2);
    assertThat(answer.byRow().get(0).stale()).isTrue();
    assertThat(answer.byRow().get(2).describe())
        .isEqualTo("The specified inventory item could not be found. (INVALID_INVENTORY_ITEM)");
    assertThat(answer.whole()).extracting(SetAnswer.Error::code).containsExactly("INVALID_REASON");
  }

  @Test
  void an_applied_call_says_what_available_became_per_item_and_location() {
    SetAnswer answer = SetAnswer.of(Fixtures.json("handmade/set-quantities-applied.json"));

    assertThat(answer.ok()).isTrue();
    assertThat(answer.after()).containsExactly(java.util.Map.entry(SetAnswer.key("4", "1"), 15L));
  }
}
