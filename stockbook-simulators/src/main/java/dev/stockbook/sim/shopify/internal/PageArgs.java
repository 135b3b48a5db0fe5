package dev.stockbook.sim.shopify.internal;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;

/** Reads paging arguments and builds a connection for a data fetcher. */
public final class PageArgs {
  private PageArgs() {}

  public static Pages.Args of(DataFetchingEnvironment env) {
    return new Pages.Args(
        env.getArgument("first"),
        env.getArgument("after"),
        env.getArgument("last"),
        env.getArgument("before"),
        Boolean.TRUE.equals(env.getArgument("reverse")));
  }

  public static <T> Object connection(
      DataFetchingEnvironment env, List<T> items, Pages.Order<T> order) {
    return Pages.connection(items, order, of(env), Call.of(env).bulk);
  }
}
