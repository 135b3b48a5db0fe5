package dev.stockbook.sim.quickbooks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.quickbooks.QuickBooksOptions;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EntityStoreTest {
  private final List<ChangeEvent> events = new ArrayList<>();
  private final QuickBooksOptions options = new QuickBooksOptions();
  private EntityStore store;

  @BeforeEach
  void seed() {
    store =
        new EntityStore(
            new CompanyTime(SimClock.fixed(Instant.parse("2026-03-01T12:00:00Z"))),
            options,
            events::add);
    new DemoCompany(store).seed("2026-01-01");
    events.clear();
  }

  private String id(EntityKind kind, String field, String value) {
    return store.all(kind).stream()
        .filter(e -> value.equals(Json.text(e, field)))
        .findFirst()
        .orElseThrow()
        .get("Id")
        .asText();
  }

  private static ObjectNode json(String text) throws IOException {
    return (ObjectNode) Json.MAPPER.readTree(text);
  }

  @Test
  void the_demo_company_has_the_items_the_other_modules_rely_on() {
    assertThat(store.all(EntityKind.ITEM))
        .extracting(i -> Json.text(i, "Name") + "=" + Json.text(i, "QtyOnHand"))
        .containsExactly(
            "redwine=20", "whitewine=35", "TEE-S=5", "TEE-M=7", "giftwrap=null", "Shipping=null");
    assertThat(store.all(EntityKind.ACCOUNT)).hasSize(8);
  }

  @Test
  void a_discount_and_tax_enter_the_total() throws IOException {
    String red = id(EntityKind.ITEM, "Name", "redwine");
    ObjectNode sale =
        json(
            """
        {"Line":[{"DetailType":"SalesItemLineDetail","Amount":24,"SalesItemLineDetail":{"ItemRef":{"value":"%s"},"Qty":2,"UnitPrice":12}},
                 {"DetailType":"DiscountLineDetail","DiscountLineDetail":{"PercentBased":true,"DiscountPercent":10}}],
         "TxnTaxDetail":{"TotalTax":1.50}}"""
                .formatted(red));

    sale.putObject("CustomerRef").put("value", id(EntityKind.CUSTOMER, "DisplayName", "Web Store"));

    ObjectNode saved = store.create(EntityKind.INVOICE, sale);

    assertThat(saved.get("TotalAmt").decimalValue()).isEqualByComparingTo("23.10");
    assertThat(saved.get("Balance").decimalValue()).isEqualByComparingTo("23.10");
    assertThat(events).extracting(ChangeEvent::operation).containsExactly("Create");
  }

  @Test
  void a_purchase_raises_and_a_vendor_credit_lowers_stock() throws IOException {
    String tee = id(EntityKind.ITEM, "Name", "TEE-S");
    String vendor = id(EntityKind.VENDOR, "DisplayName", "Acme Wines");
    String line =
        "{\"DetailType\":\"ItemBasedExpenseLineDetail\",\"ItemBasedExpenseLineDetail\":{\"ItemRef\":{\"value\":\""
            + tee
            + "\"},\"Qty\":3,\"UnitPrice\":8}}";
    store.create(
        EntityKind.PURCHASE,
        json(
            "{\"AccountRef\":{\"value\":\""
                + id(EntityKind.ACCOUNT, "Name", "Checking")
                + "\"},\"Line\":["
                + line
                + "]}"));
    store.create(
        EntityKind.VENDOR_CREDIT,
        json(
            "{\"VendorRef\":{\"value\":\""
                + vendor
                + "\"},\"Line\":["
                + line.replace("\"Qty\":3", "\"Qty\":1")
                + "]}"));

    assertThat(store.read(EntityKind.ITEM, tee).get("QtyOnHand").decimalValue())
        .isEqualByComparingTo("7");
  }

  @Test
  void a_payment_needs_a_customer_and_an_amount_and_can_be_voided() throws IOException {
    String customer = id(EntityKind.CUSTOMER, "DisplayName", "Web Store");
    assertThatThrownBy(() -> store.create(EntityKind.PAYMENT, json("{\"TotalAmt\":5}")))
        .isInstanceOfSatisfying(QboFault.class, f -> assertThat(f.code()).isEqualTo("2020"));

    ObjectNode payment =
        store.create(
            EntityKind.PAYMENT,
            json("{\"CustomerRef\":{\"value\":\"" + customer + "\"},\"TotalAmt\":5}"));
    ObjectNode voided = store.voidTxn(EntityKind.PAYMENT, payment);

    assertThat(voided.get("TotalAmt").decimalValue()).isEqualByComparingTo("0");
    assertThat(voided.get("SyncToken").asText()).isEqualTo("1");
  }

  @Test
  void deleting_a_name_list_entity_deactivates_it() throws IOException {
    String gift = id(EntityKind.ITEM, "Name", "giftwrap");

    store.delete(EntityKind.ITEM, json("{\"Id\":\"" + gift + "\",\"SyncToken\":\"0\"}"));

    assertThat(store.read(EntityKind.ITEM, gift).get("Active").asBoolean()).isFalse();
    assertThat(store.tombstones(EntityKind.ITEM)).isEmpty();
  }

  @Test
  void a_failed_write_changes_nothing() throws IOException {
    options.allowNegativeStock(false);
    String red = id(EntityKind.ITEM, "Name", "redwine");
    String tee = id(EntityKind.ITEM, "Name", "TEE-S");
    String lines =
        "[{\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\""
            + red
            + "\"},\"Qty\":1,\"UnitPrice\":12}},"
            + "{\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\""
            + tee
            + "\"},\"Qty\":9,\"UnitPrice\":15}}]";

    assertThatThrownBy(
            () -> store.create(EntityKind.SALES_RECEIPT, json("{\"Line\":" + lines + "}")))
        .isInstanceOf(QboFault.class);

    assertThat(store.read(EntityKind.ITEM, red).get("QtyOnHand").decimalValue())
        .isEqualByComparingTo("20");
    assertThat(store.all(EntityKind.SALES_RECEIPT)).isEmpty();
    assertThat(events).isEmpty();
  }
}
