package dev.stockbook.sim.shopify.internal;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Typed data fetchers for one GraphQL object type backed by a Java class. */
public final class Wiring<T> {
  private final TypeRuntimeWiring.Builder builder;
  private final Class<T> source;

  private Wiring(String typeName, Class<T> source) {
    this.builder = TypeRuntimeWiring.newTypeWiring(typeName);
    this.source = source;
  }

  public static <T> Wiring<T> type(String typeName, Class<T> source) {
    return new Wiring<>(typeName, source);
  }

  /** A field computed from the source object alone. */
  public Wiring<T> field(String name, Function<T, Object> read) {
    builder.dataFetcher(name, env -> read.apply(source.cast(env.getSource())));
    return this;
  }

  /** A field that also needs its arguments or the call. */
  public Wiring<T> field(String name, BiFunction<T, DataFetchingEnvironment, Object> read) {
    builder.dataFetcher(name, env -> read.apply(source.cast(env.getSource()), env));
    return this;
  }

  /** A root field (Query or Mutation), given the environment only. */
  public Wiring<T> root(String name, DataFetcher<?> fetcher) {
    builder.dataFetcher(name, fetcher);
    return this;
  }

  public void into(RuntimeWiring.Builder wiring) {
    wiring.type(builder);
  }
}
