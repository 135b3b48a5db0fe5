package dev.stockbook.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockbook.core.books.BooksItem;
import dev.stockbook.core.books.CustomerSpec;
import dev.stockbook.core.books.NewItem;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ItemAndCustomerCreationTest {
  private static final String ACCOUNTS =
      "{\"QueryResponse\":{\"Account\":[{\"Id\":\"79\",\"Name\":\"Sales\"},"
          + "{\"Id\":\"81\",\"Name\":\"Inventory Asset\"},{\"Id\":\"80\",\"Name\":\"Cost of Goods Sold\"}]}}";
  private final FakeWire wire = new FakeWire();
  private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
  private final QuickBooksClient client =
      QuickBooksClient.builder()
          .baseUrl("http://qbo.test/v3/company")
          .realmId("1")
          .tokens(AccessTokenSource.fixed("tok"))
          .clock(clock)
          .wire(wire)
          .build();
  private final QuickBooksBooks books =
      new QuickBooksBooks(client, clock, QuickBooksBooks.Options.defaults());

  private static NewItem mug(boolean inventory) {
    return new NewItem(
        "MUG-1",
        "MUG-1",
        "Blue mug",
        inventory,
        new BigDecimal("8"),
        LocalDate.of(2026, 3, 1),
        new BigDecimal("9.50"),
        new NewItem.ItemAccounts("Sales", "Inventory Asset", "Cost of Goods Sold"),
        "create-MUG-1");
  }

  private JsonNode sent(int i) throws IOException {
    return client.json().readTree(wire.requests.get(i).body());
  }

  @Test
  void an_inventory_item_is_created_with_every_field_quickbooks_requires() throws IOException {
    wire.answer(200, ACCOUNTS)
        .answer(
            200,
            "{\"Item\":{\"Id\":\"90\",\"Name\":\"MUG-1\",\"Type\":\"Inventory\",\"TrackQtyOnHand\":true,\"QtyOnHand\":8}}");
    BooksItem item = books.createItem(mug(true));
    assertThat(item.isInventory()).isTrue();
    JsonNode body = sent(1);
    assertThat(body.path("Type").asText()).isEqualTo("Inventory");
    assertThat(body.path("TrackQtyOnHand").asBoolean()).isTrue();
    assertThat(body.path("QtyOnHand").decimalValue()).isEqualByComparingTo("8");
    assertThat(body.path("InvStartDate").asText()).isEqualTo("2026-03-01");
    assertThat(body.at("/IncomeAccountRef/value").asText()).isEqualTo("79");
    assertThat(body.at("/AssetAccountRef/value").asText()).isEqualTo("81");
    assertThat(body.at("/ExpenseAccountRef/value").asText()).isEqualTo("80");
    assertThat(FakeWire.param(wire.last(), "requestid")).isEqualTo("create-MUG-1");
  }

  @Test
  void a_non_inventory_item_needs_only_the_income_account() throws IOException {
    wire.answer(200, ACCOUNTS)
        .answer(200, "{\"Item\":{\"Id\":\"91\",\"Name\":\"MUG-1\",\"Type\":\"NonInventory\"}}");
    books.createItem(mug(false));
    JsonNode body = sent(1);
    assertThat(body.path("Type").asText()).isEqualTo("NonInventory");
    assertThat(body.has("TrackQtyOnHand")).isFalse();
    assertThat(body.has("AssetAccountRef")).isFalse();
  }

  @Test
  void a_duplicate_name_returns_the_existing_item() {
    wire.answer(200, ACCOUNTS)
        .answerFixture(400, "fault-6240.json")
        .answer(
            200,
            "{\"QueryResponse\":{\"Item\":[{\"Id\":\"7\",\"Name\":\"MUG-1\",\"Type\":\"Inventory\",\"TrackQtyOnHand\":true,\"QtyOnHand\":3}]}}");
    assertThat(books.createItem(mug(true)).id()).isEqualTo("7");
  }

  @Test
  void a_customer_name_taken_by_someone_else_gets_the_next_number() throws IOException {
    wire.answerFixture(200, "query-empty.json")
        .answerFixture(400, "fault-6240.json")
        .answerFixture(200, "query-empty.json")
        .answer(200, "{\"Customer\":{\"Id\":\"77\",\"DisplayName\":\"Acme (2)\"}}");
    assertThat(books.customerId(CustomerSpec.named("Acme"))).isEqualTo("77");
    assertThat(FakeWire.param(wire.requests.get(2), "query")).contains("DisplayName = 'Acme (2)'");
    assertThat(sent(3).path("DisplayName").asText()).isEqualTo("Acme (2)");
  }

  @Test
  void a_known_customer_is_asked_for_once() {
    wire.answer(
        200, "{\"QueryResponse\":{\"Customer\":[{\"Id\":\"5\",\"DisplayName\":\"Web Store\"}]}}");
    assertThat(books.customerId(CustomerSpec.named("Web Store"))).isEqualTo("5");
    assertThat(books.customerId(CustomerSpec.named("Web Store"))).isEqualTo("5");
    assertThat(wire.requests).hasSize(1);
  }

  @Test
  void a_colon_in_a_display_name_is_replaced_because_quickbooks_reserves_it() throws IOException {
    wire.answerFixture(200, "query-empty.json").answer(200, "{\"Customer\":{\"Id\":\"78\"}}");
    books.customerId(CustomerSpec.named("Shop: Ada"));
    assertThat(sent(1).path("DisplayName").asText()).isEqualTo("Shop- Ada");
  }
}
