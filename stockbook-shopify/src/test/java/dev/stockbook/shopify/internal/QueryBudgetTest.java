package dev.stockbook.shopify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryBudgetTest {

  @Test
  void a_full_page_of_each_read_stays_within_the_budget() {
    int orders = QueryBudget.ordersPerPage(250);
    int variants = QueryBudget.variantsPerPage(250);

    assertThat(QueryBudget.PAGE_BUDGET).isLessThan(QueryBudget.MAX_QUERY_COST);
    assertThat(3 + orders * QueryBudget.ORDER_NODE).isLessThanOrEqualTo(QueryBudget.PAGE_BUDGET);
    assertThat(3 + variants * QueryBudget.VARIANT_NODE)
        .isLessThanOrEqualTo(QueryBudget.PAGE_BUDGET);
    assertThat(QueryBudget.SKUS_PER_QUERY * (3 + 2 * QueryBudget.VARIANT_NODE))
        .isLessThanOrEqualTo(QueryBudget.PAGE_BUDGET);
    for (int node :
        new int[] {
          QueryBudget.LINE_NODE, QueryBudget.SHIPPING_NODE, QueryBudget.REFUND_LINE_NODE
        }) {
      assertThat(4 + QueryBudget.morePerPage(node) * node)
          .isLessThanOrEqualTo(QueryBudget.PAGE_BUDGET);
      assertThat(QueryBudget.morePerPage(node)).isGreaterThan(QueryBudget.LINES);
    }
    assertThat(QueryBudget.ordersPerPage(2)).as("a smaller page is kept").isEqualTo(2);
    assertThat(orders).isPositive();
  }
}
