package dev.stockbook.shopify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryBudgetTest {

  @Test
  void a_full_page_of_each_listing_stays_under_shopifys_single_query_limit() {
    int orders = QueryBudget.ordersPerPage(250);
    int variants = QueryBudget.variantsPerPage(250);

    assertThat(3 + orders * QueryBudget.ORDER_NODE).isLessThanOrEqualTo(1000);
    assertThat(3 + variants * QueryBudget.VARIANT_NODE).isLessThanOrEqualTo(1000);
    assertThat(QueryBudget.SKUS_PER_QUERY * (3 + 2 * QueryBudget.VARIANT_NODE))
        .isLessThanOrEqualTo(1000);
    assertThat(QueryBudget.ordersPerPage(2)).as("a smaller page is kept").isEqualTo(2);
    assertThat(orders).isPositive();
  }
}
