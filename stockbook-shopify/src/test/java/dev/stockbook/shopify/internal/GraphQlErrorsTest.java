package dev.stockbook.shopify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockbook.store.PermanentStoreException;
import dev.stockbook.store.RetriableStoreException;
import org.junit.jupiter.api.Test;

class GraphQlErrorsTest {

  @Test
  void throttled_is_retriable_and_says_how_long_the_bucket_needs() {
    JsonNode body = Fixtures.json("handmade/throttled.json");

    RuntimeException e =
        GraphQlErrors.of("reading orders on shop", body.path("errors"), body.path("extensions"));

    assertThat(e).isInstanceOf(RetriableStoreException.class);
    assertThat(e.getMessage())
        .isEqualTo(
            "reading orders on shop was throttled by Shopify: the query needs 946 points, 64 of"
                + " 2000 are available and 100 come back a second; try again in 9 s");
  }

  @Test
  void a_missing_scope_is_permanent_and_names_the_token_setting() throws Exception {
    JsonNode errors =
        new ObjectMapper()
            .readTree(
                "[{\"message\":\"Access denied for orders field. Required access: `read_orders`"
                    + " access scope.\",\"extensions\":{\"code\":\"ACCESS_DENIED\"}}]");

    RuntimeException e = GraphQlErrors.of("reading orders on shop", errors, errors);

    assertThat(e).isInstanceOf(PermanentStoreException.class);
    assertThat(e.getMessage()).contains("store.accessToken", "read_orders", "(ACCESS_DENIED)");
  }
}
