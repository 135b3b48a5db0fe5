package dev.stockbook.sim.shopify.internal;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Shopify's custom scalars: DateTime (ISO-8601 UTC, to the second), Decimal and Money (amount
 * strings like "12.5"), URL, and UnsignedInt64 (ids as strings). Inputs are taken as strings.
 */
public final class ShopifyScalars {
  private ShopifyScalars() {}

  public static List<GraphQLScalarType> all() {
    return List.of(
        scalar("DateTime", v -> v instanceof Instant i ? i.toString() : String.valueOf(v)),
        scalar("Decimal", ShopifyScalars::amount),
        scalar("Money", ShopifyScalars::amount),
        scalar("URL", String::valueOf),
        scalar("UnsignedInt64", String::valueOf));
  }

  private static String amount(Object v) {
    return v instanceof BigDecimal d ? Money.graphql(d) : String.valueOf(v);
  }

  private static GraphQLScalarType scalar(String name, Function<Object, String> serialize) {
    return GraphQLScalarType.newScalar()
        .name(name)
        .coercing(
            new Coercing<Object, String>() {
              @Override
              public String serialize(Object value, GraphQLContext context, Locale locale) {
                return serialize.apply(value);
              }

              @Override
              public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                if (input instanceof String || input instanceof Number) {
                  return String.valueOf(input);
                }
                throw new CoercingParseValueException("Invalid " + name + ": " + input);
              }

              @Override
              public Object parseLiteral(
                  Value<?> input,
                  CoercedVariables variables,
                  GraphQLContext context,
                  Locale locale) {
                if (input instanceof StringValue s) {
                  return s.getValue();
                }
                if (input instanceof IntValue i) {
                  return i.getValue().toString();
                }
                throw new CoercingParseLiteralException("Invalid " + name + " literal");
              }
            })
        .build();
  }
}
