package dev.stockbook.quickbooks.internal;

import dev.stockbook.quickbooks.RateGovernor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends every request through the company's {@link RateGovernor}, so Stockbook stays under
 * QuickBooks' limits instead of learning them from 429s: a batch is metered per item as QuickBooks
 * meters it, and a 429 that still comes back pauses every sender of the company.
 */
public final class GovernedWire implements Wire {
  private static final Pattern BATCH_ITEM = Pattern.compile("\"bId\"\\s*:");
  static final Duration THROTTLE_PAUSE = Duration.ofSeconds(5);
  private final Wire inner;
  private final RateGovernor governor;

  public GovernedWire(Wire inner, RateGovernor governor) {
    this.inner = inner;
    this.governor = governor;
  }

  @Override
  public Response send(Request request) throws IOException {
    boolean batch = request.uri().getPath().endsWith("/batch");
    try (RateGovernor.Permit permit = governor.acquire(batch ? items(request.body()) : 1, batch)) {
      Response response = inner.send(request);
      if (response.status() == 429) {
        governor.throttled(THROTTLE_PAUSE);
      }
      return response;
    }
  }

  static int items(byte[] body) {
    if (body == null) {
      return 1;
    }
    Matcher m = BATCH_ITEM.matcher(new String(body, StandardCharsets.UTF_8));
    int n = 0;
    while (m.find()) {
      n++;
    }
    return Math.max(1, n);
  }
}
