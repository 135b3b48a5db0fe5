package dev.stockbook.sim.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.quickbooks.QboHttp.Answer;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuickBooksEntitiesIT {
  private QuickBooksSimulator sim;
  private QboHttp qbo;

  @BeforeEach
  void start() {
    sim =
        QuickBooksSimulator.builder()
            .clock(SimClock.fixed(Instant.parse("2026-03-01T12:00:00Z")))
            .start();
    sim.options().disableLimits();
    sim.seedDemoCompany();
    qbo = new QboHttp(sim);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private String item(String name) {
    return qbo.idOf("Item", "Name = '" + name + "'");
  }

  private String qty(String itemId) {
    return qbo.get("item/" + itemId)
        .json()
        .path("Item")
        .path("QtyOnHand")
        .decimalValue()
        .stripTrailingZeros()
        .toPlainString();
  }

  private String saleBody(String itemId, int qty, String price) {
    return """
        {"CustomerRef":{"value":"%s"},"DocNumber":"WEB-1001","PrivateNote":"order 1001",
         "Line":[{"DetailType":"SalesItemLineDetail","Amount":%s,
                  "SalesItemLineDetail":{"ItemRef":{"value":"%s"},"Qty":%d,"UnitPrice":%s,"TaxCodeRef":{"value":"NON"}}},
                 {"DetailType":"SalesItemLineDetail","Amount":5.00,"SalesItemLineDetail":{"ItemRef":{"value":"SHIPPING_ITEM_ID"}}}]}
        """
        .formatted(
            qbo.idOf("Customer", "DisplayName = 'Web Store'"),
            new java.math.BigDecimal(price).multiply(java.math.BigDecimal.valueOf(qty)),
            itemId,
            qty,
            price);
  }

  @Test
  void a_created_entity_comes_back_in_the_qbo_envelope_with_string_id_and_sync_token() {
    Answer created =
        qbo.post(
            "item?minorversion=75",
            "{\"Name\":\"Corkscrew\",\"Type\":\"NonInventory\",\"UnitPrice\":4.5,\"SomeFutureField\":1}");

    assertThat(created.status()).isEqualTo(200);
    assertThat(created.tid()).isNotBlank();
    var item = created.json().path("Item");
    assertThat(item.path("Id").isTextual()).isTrue();
    assertThat(item.path("SyncToken").asText()).isEqualTo("0");
    assertThat(item.path("domain").asText()).isEqualTo("QBO");
    assertThat(item.path("sparse").asBoolean(true)).isFalse();
    assertThat(item.path("MetaData").path("CreateTime").asText())
        .isEqualTo("2026-03-01T04:00:00-08:00");
    assertThat(created.json().path("time").asText()).endsWith("-08:00");
    assertThat(
            qbo.get("item/" + item.path("Id").asText()).json().path("Item").path("Name").asText())
        .isEqualTo("Corkscrew");
  }

  @Test
  void a_gzipped_request_body_is_accepted() {
    Answer created = qbo.postGzip("customer", "{\"DisplayName\":\"Gzip Buyer\"}");

    assertThat(created.status()).isEqualTo(200);
    assertThat(created.json().path("Customer").path("DisplayName").asText())
        .isEqualTo("Gzip Buyer");
  }

  @Test
  void every_write_bumps_the_sync_token_and_a_stale_token_gets_5010() {
    String id = item("giftwrap");
    Answer first =
        qbo.post(
            "item?operation=update",
            "{\"Id\":\"" + id + "\",\"SyncToken\":\"0\",\"sparse\":true,\"UnitPrice\":3.5}");
    Answer stale =
        qbo.post(
            "item?operation=update",
            "{\"Id\":\"" + id + "\",\"SyncToken\":\"0\",\"sparse\":true,\"UnitPrice\":4}");

    assertThat(first.json().path("Item").path("SyncToken").asText()).isEqualTo("1");
    assertThat(first.json().path("Item").path("Type").asText()).isEqualTo("NonInventory");
    assertThat(stale.status()).isEqualTo(400);
    assertThat(stale.faultCode()).isEqualTo("5010");
    assertThat(stale.json().path("Fault").path("type").asText()).isEqualTo("ValidationFault");
  }

  @Test
  void a_full_update_clears_fields_it_omits_while_a_sparse_one_keeps_them() {
    String id =
        qbo.post("customer", "{\"DisplayName\":\"Ann\",\"Notes\":\"vip\"}")
            .json()
            .path("Customer")
            .path("Id")
            .asText();
    Answer full =
        qbo.post(
            "customer?operation=update",
            "{\"Id\":\"" + id + "\",\"SyncToken\":\"0\",\"DisplayName\":\"Ann B\"}");

    assertThat(full.json().path("Customer").has("Notes")).isFalse();
    assertThat(full.json().path("Customer").path("DisplayName").asText()).isEqualTo("Ann B");
  }

  @Test
  void duplicate_names_get_6240_and_missing_inventory_fields_get_2020() {
    assertThat(qbo.post("item", "{\"Name\":\"REDWINE\",\"Type\":\"Service\"}").faultCode())
        .isEqualTo("6240");
    assertThat(qbo.post("customer", "{\"DisplayName\":\"Web Store\"}").faultCode())
        .isEqualTo("6240");
    assertThat(
            qbo.post("item", "{\"Name\":\"rosewine\",\"Type\":\"Inventory\",\"QtyOnHand\":1}")
                .faultCode())
        .isEqualTo("2020");
  }

  @Test
  void a_sales_receipt_lowers_stock_computes_totals_and_its_void_restores_stock() {
    String red = item("redwine");
    Answer sale = qbo.post("salesreceipt", saleBody(red, 3, "12.00"));

    var receipt = sale.json().path("SalesReceipt");
    assertThat(sale.status()).as(sale.raw()).isEqualTo(200);
    assertThat(receipt.path("TotalAmt").decimalValue()).isEqualByComparingTo("41.00");
    assertThat(receipt.path("Line").findValuesAsText("DetailType")).contains("SubTotalLineDetail");
    assertThat(qty(red)).isEqualTo("17");

    Answer voided =
        qbo.post(
            "salesreceipt?operation=void",
            "{\"Id\":\"" + receipt.path("Id").asText() + "\",\"SyncToken\":\"0\"}");
    assertThat(voided.json().path("SalesReceipt").path("TotalAmt").decimalValue())
        .isEqualByComparingTo("0");
    assertThat(qty(red)).isEqualTo("20");
  }

  @Test
  void refunds_credit_memos_bills_and_adjustments_move_stock_in_their_own_direction() {
    String tee = item("TEE-S");
    String customer = qbo.idOf("Customer", "DisplayName = 'Web Store'");
    String line =
        "{\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\""
            + tee
            + "\"},\"Qty\":2,\"UnitPrice\":15}}";
    qbo.post(
        "refundreceipt",
        "{\"DepositToAccountRef\":{\"value\":\""
            + qbo.idOf("Account", "Name = 'Checking'")
            + "\"},\"Line\":["
            + line
            + "]}");
    qbo.post(
        "creditmemo", "{\"CustomerRef\":{\"value\":\"" + customer + "\"},\"Line\":[" + line + "]}");
    assertThat(qty(tee)).isEqualTo("9");

    String vendor = qbo.idOf("Vendor", "DisplayName = 'Acme Wines'");
    qbo.post(
        "bill",
        "{\"VendorRef\":{\"value\":\""
            + vendor
            + "\"},\"Line\":[{\"DetailType\":\"ItemBasedExpenseLineDetail\",\"Amount\":40,\"ItemBasedExpenseLineDetail\":{\"ItemRef\":{\"value\":\""
            + tee
            + "\"},\"Qty\":4,\"UnitPrice\":10}}]}");
    assertThat(qty(tee)).isEqualTo("13");

    String adjust = qbo.idOf("Account", "Name = 'Cost of Goods Sold'");
    Answer adj =
        qbo.post(
            "inventoryadjustment",
            "{\"AdjustAccountRef\":{\"value\":\""
                + adjust
                + "\"},\"Line\":[{\"DetailType\":\"ItemAdjustmentLineDetail\",\"ItemAdjustmentLineDetail\":{\"ItemRef\":{\"value\":\""
                + tee
                + "\"},\"QtyDiff\":-3}}]}");
    assertThat(adj.status()).as(adj.raw()).isEqualTo(200);
    assertThat(qty(tee)).isEqualTo("10");

    qbo.post(
        "inventoryadjustment?operation=delete",
        "{\"Id\":\""
            + adj.json().path("InventoryAdjustment").path("Id").asText()
            + "\",\"SyncToken\":\"0\"}");
    assertThat(qty(tee)).isEqualTo("13");
  }

  @Test
  void editing_a_line_quantity_applies_only_the_difference() {
    String white = item("whitewine");
    var receipt = qbo.post("salesreceipt", saleBody(white, 5, "10.00")).json().path("SalesReceipt");
    String edited =
        saleBody(white, 2, "10.00")
            .replaceFirst(
                "\\{", "{\"Id\":\"" + receipt.path("Id").asText() + "\",\"SyncToken\":\"0\",");

    assertThat(qbo.post("salesreceipt?operation=update", edited).status()).isEqualTo(200);
    assertThat(qty(white)).isEqualTo("33");
  }

  @Test
  void a_sale_leaves_the_item_sync_token_alone_unless_the_switch_says_otherwise() {
    String red = item("redwine");
    qbo.post("salesreceipt", saleBody(red, 1, "12.00"));
    assertThat(qbo.get("item/" + red).json().path("Item").path("SyncToken").asText())
        .isEqualTo("0");

    sim.options().transactionsBumpItems(true);
    qbo.post("salesreceipt", saleBody(red, 1, "12.00"));
    assertThat(qbo.get("item/" + red).json().path("Item").path("SyncToken").asText())
        .isEqualTo("1");
  }

  @Test
  void negative_stock_is_allowed_by_default_and_refused_when_switched_off() {
    String tee = item("TEE-M");
    assertThat(qbo.post("salesreceipt", saleBody(tee, 8, "15.00")).status()).isEqualTo(200);
    assertThat(qty(tee)).isEqualTo("-1");

    sim.options().allowNegativeStock(false);
    assertThat(qbo.post("salesreceipt", saleBody(tee, 1, "15.00")).faultCode()).isEqualTo("6000");
    assertThat(qty(tee)).isEqualTo("-1");
  }

  @Test
  void line_rules_answer_6520_6070_610_and_long_doc_numbers_are_refused() {
    String red = item("redwine");
    String noQty =
        "{\"Line\":[{\"DetailType\":\"SalesItemLineDetail\",\"Amount\":12,\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\""
            + red
            + "\"}}}]}";
    String badAmount =
        "{\"Line\":[{\"DetailType\":\"SalesItemLineDetail\",\"Amount\":99,\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\""
            + red
            + "\"},\"Qty\":1,\"UnitPrice\":12}}]}";
    String badRef =
        "{\"Line\":[{\"DetailType\":\"SalesItemLineDetail\",\"Amount\":12,\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"999\"},\"Qty\":1,\"UnitPrice\":12}}]}";

    assertThat(qbo.post("salesreceipt", noQty).faultCode()).isEqualTo("6520");
    assertThat(qbo.post("salesreceipt", badAmount).faultCode()).isEqualTo("6070");
    assertThat(qbo.post("salesreceipt", badRef).faultCode()).isEqualTo("610");
    assertThat(
            qbo.post("salesreceipt", saleBody(red, 1, "12.00").replace("WEB-1001", "X".repeat(22)))
                .faultCode())
        .isEqualTo("2050");
    assertThat(qty(red)).isEqualTo("20");
  }

  @Test
  void an_inactive_item_cannot_be_sold() {
    String gift = item("giftwrap");
    qbo.post(
        "item?operation=update",
        "{\"Id\":\"" + gift + "\",\"SyncToken\":\"0\",\"sparse\":true,\"Active\":false}");
    String sale =
        "{\"Line\":[{\"DetailType\":\"SalesItemLineDetail\",\"Amount\":3,\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\""
            + gift
            + "\"},\"Qty\":1,\"UnitPrice\":3}}]}";

    assertThat(qbo.post("salesreceipt", sale).faultCode()).isEqualTo("610");
  }
}
