package dev.stockbook.sim.shopify.internal;

import graphql.GraphQLError;
import graphql.language.SourceLocation;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GraphQL errors in the shape Shopify returns: {@code message}, {@code locations}, {@code path} and
 * {@code extensions.code}, with graphql-ruby's codes for validation failures (undefinedField,
 * argumentNotAccepted, missingRequiredArguments, ...).
 */
public final class ErrorShapes {
  private ErrorShapes() {}

  public static Map<String, Object> of(ShopifyError e) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("message", e.getMessage());
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("code", e.code());
    e.extensions()
        .forEach(
            (k, v) -> {
              if ("path".equals(k)) {
                error.put("path", v);
              } else {
                extensions.put(k, v);
              }
            });
    error.put("extensions", extensions);
    return error;
  }

  public static Map<String, Object> of(GraphQLError e) {
    return new LinkedHashMap<>(e.toSpecification());
  }

  public static Map<String, Object> syntax(String token, SourceLocation at) {
    Map<String, Object> error = new LinkedHashMap<>();
    int line = at == null ? 1 : at.getLine();
    int column = at == null ? 1 : at.getColumn();
    error.put("message", "Parse error on \"" + token + "\" at [" + line + ", " + column + "]");
    error.put("locations", List.of(Map.of("line", line, "column", column)));
    return error;
  }

  public static Map<String, Object> validation(ValidationError e, GraphQLSchema schema) {
    Map<String, Object> error = new LinkedHashMap<>();
    Map<String, Object> extensions = new LinkedHashMap<>();
    List<String> path = e.getQueryPath() == null ? List.of() : e.getQueryPath();
    ValidationErrorType type = (ValidationErrorType) e.getValidationErrorType();
    String fieldName = path.isEmpty() ? "" : path.get(path.size() - 1);
    if (type == ValidationErrorType.FieldUndefined) {
      String typeName = parentType(schema, path);
      error.put("message", "Field '" + fieldName + "' doesn't exist on type '" + typeName + "'");
      extensions.put("code", "undefinedField");
      extensions.put("typeName", typeName);
      extensions.put("fieldName", fieldName);
    } else {
      error.put("message", plain(e.getDescription()));
      extensions.put("code", code(type));
    }
    error.put(
        "locations",
        e.getLocations().stream()
            .map(l -> Map.of("line", l.getLine(), "column", l.getColumn()))
            .toList());
    error.put("path", prefixed(path));
    error.put("extensions", extensions);
    return error;
  }

  /** graphql-ruby's static-validation codes for the common failures. */
  private static String code(ValidationErrorType type) {
    return switch (type) {
      case UnknownArgument -> "argumentNotAccepted";
      case MissingFieldArgument -> "missingRequiredArguments";
      case WrongType -> "argumentLiteralsIncompatible";
      case SubselectionRequired, SubselectionNotAllowed -> "selectionMismatch";
      case UnknownType -> "undefinedType";
      case UndefinedVariable -> "variableNotDefined";
      case UnusedVariable -> "variableNotUsed";
      case UnknownDirective -> "undefinedDirective";
      default -> type.name();
    };
  }

  /** graphql-java prefixes "Validation error (Type@[path]) : "; Shopify's messages have none. */
  private static String plain(String description) {
    int at = description.indexOf(") : ");
    return description.startsWith("Validation error") && at > 0
        ? description.substring(at + 4)
        : description;
  }

  private static List<String> prefixed(List<String> path) {
    List<String> out = new java.util.ArrayList<>();
    out.add("query");
    out.addAll(path);
    return out;
  }

  /** The type that should have held the last field of the path, walking from the query root. */
  private static String parentType(GraphQLSchema schema, List<String> path) {
    GraphQLType type = schema.getQueryType();
    for (int i = 0; i < path.size() - 1; i++) {
      if (!(type instanceof GraphQLFieldsContainer c)) {
        return "?";
      }
      GraphQLFieldDefinition def = c.getFieldDefinition(path.get(i));
      if (def == null) {
        return "?";
      }
      type = GraphQLTypeUtil.unwrapAll(def.getType());
    }
    return type instanceof GraphQLFieldsContainer c ? c.getName() : "?";
  }
}
