package dev.stockbook.state.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.stockbook.store.StoreOrder;
import java.io.UncheckedIOException;

/**
 * The JSON form of an order snapshot. Amounts are written as JSON numbers in {@link
 * java.math.BigDecimal#toString()} form and read back as {@code BigDecimal}, so the scale survives
 * (60.00 stays 60.00); instants are ISO-8601 text with their nanoseconds.
 */
public final class Json {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          // A snapshot written by a newer Stockbook can still be read after a downgrade.
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  /** For old snapshots that are upgraded as trees: amounts keep their scale there too. */
  private static final ObjectMapper TREE =
      MAPPER
          .rebuild()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private Json() {}

  public static String write(StoreOrder order) {
    try {
      return MAPPER.writeValueAsString(order);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write order " + order.id() + " as JSON", e);
    }
  }

  public static StoreOrder readOrder(String json) {
    try {
      if (!json.contains("\"lifecycle\"")) {
        JsonNode tree = TREE.readTree(json);
        return TREE.treeToValue(LegacySnapshots.upgrade(tree), StoreOrder.class);
      }
      return MAPPER.readValue(json, StoreOrder.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("stored order snapshot is not readable JSON", e);
    }
  }
}
