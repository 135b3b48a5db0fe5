package dev.stockbook.quickbooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class CdcItemsTest {

  private static JsonNode fixture(String name) throws IOException {
    try (InputStream in = CdcItemsTest.class.getResourceAsStream("/fixtures/" + name)) {
      return Json.mapper().readTree(in);
    }
  }

  @Test
  void items_come_from_changed_items_and_from_sales_bill_adjustment_and_grouped_lines()
      throws IOException {
    CdcItems items = new CdcItems().addCdcResponse(fixture("cdc-mixed.json"));
    assertThat(items.itemIds()).containsExactlyInAnyOrder("11", "7", "8", "9", "12");
    assertThat(items.sweepNeeded()).isFalse();
    assertThat(items.objects()).isEqualTo(5);
  }

  @Test
  void the_shipping_pseudo_item_is_not_an_item() throws IOException {
    assertThat(new CdcItems().addCdcResponse(fixture("cdc-mixed.json")).itemIds())
        .doesNotContain("SHIPPING_ITEM_ID");
  }

  @Test
  void a_deleted_transaction_cannot_be_traced_so_a_sweep_is_needed() throws IOException {
    CdcItems items = new CdcItems().addCdcResponse(fixture("cdc-deleted.json"));
    assertThat(items.itemIds()).isEmpty();
    assertThat(items.sweepNeeded()).isTrue();
  }
}
