package dev.stockbook.app.web.dashboard;

import dev.stockbook.app.web.dashboard.DashboardBackend.OrderView;
import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.TrackedOrder;
import dev.stockbook.store.StoreOrder;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/** Turns the engine's order records into what the merchant sees, and filters them. */
final class Orders {
  private Orders() {}

  static OrderView view(TrackedOrder o, boolean uncertain, Predicate<String> bound) {
    StoreOrder s = o.snapshot();
    List<String> skus =
        s.lines().stream()
            .map(StoreOrder.OrderLine::sku)
            .filter(Objects::nonNull)
            .filter(k -> !k.isBlank())
            .distinct()
            .toList();
    List<String> unmapped = skus.stream().filter(bound.negate()).toList();
    return new OrderView(
        o.orderId(),
        s.number(),
        customer(s.customer()),
        s.createdAt() == null ? o.firstSeenAt() : s.createdAt(),
        o.state(),
        uncertain,
        o.reason(),
        documentType(o.documentKind()),
        o.booksDocNumber(),
        skus,
        unmapped,
        s.total(),
        s.currency(),
        o.firstSeenAt(),
        o.postedAt());
  }

  /** The buyer as the merchant knows them: name, else company, else email, else "Guest". */
  static String customer(StoreOrder.Customer c) {
    if (c == null) {
      return "Guest";
    }
    String name = (blankIfNull(c.firstName()) + " " + blankIfNull(c.lastName())).trim();
    for (String candidate : List.of(name, blankIfNull(c.company()), blankIfNull(c.email()))) {
      if (!candidate.isBlank()) {
        return candidate;
      }
    }
    return "Guest";
  }

  private static String blankIfNull(String s) {
    return s == null ? "" : s.trim();
  }

  /** Newest placed first; the higher order id first when two were placed at the same moment. */
  static final java.util.Comparator<OrderView> NEWEST_FIRST =
      java.util.Comparator.comparing(
              OrderView::placedAt,
              java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
          .thenComparing(
              java.util.Comparator.comparing((OrderView o) -> o.orderId().length())
                  .thenComparing(OrderView::orderId)
                  .reversed());

  static String documentType(DocumentKind kind) {
    if (kind == null) {
      return null;
    }
    return switch (kind) {
      case SALES_RECEIPT -> "Sales receipt";
      case INVOICE -> "Invoice";
      case REFUND_RECEIPT -> "Refund receipt";
    };
  }

  static boolean inView(OrderView o, OrderView.View view) {
    if (view == null) {
      return true;
    }
    return switch (view) {
      case POSTED -> o.state() == OrderState.POSTED;
      case PARKED -> o.state() == OrderState.PARKED;
      case UNCERTAIN -> o.uncertain();
      case OTHER -> o.state() != OrderState.POSTED && o.state() != OrderState.PARKED;
    };
  }

  /** Whether the order number, id or one of its SKUs contains {@code q} (lower case). */
  static boolean matches(OrderView o, String q) {
    return lower(o.number()).contains(q)
        || lower(o.orderId()).contains(q)
        || lower(o.customer()).contains(q)
        || o.skus().stream().anyMatch(s -> lower(s).contains(q));
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }

  /** The state in the merchant's words. */
  static String stateLabel(OrderView o) {
    if (o.uncertain()) {
      return "Uncertain";
    }
    return switch (o.state()) {
      case WAITING -> "Waiting";
      case POSTED -> "Posted";
      case PARKED -> "Needs you";
      case IGNORED -> "Ignored";
      case VOIDED -> "Cancelled";
    };
  }

  /** One sentence: "Order #1042 is waiting: SKU TEE-XL has no QuickBooks item." */
  static String sentence(OrderView o) {
    String n = "Order #" + o.number();
    if (o.uncertain()) {
      return n
          + " was sent to QuickBooks without a clear answer; Stockbook looks it up before sending anything again.";
    }
    return switch (o.state()) {
      case POSTED ->
          n + " is in QuickBooks as " + o.documentType() + " " + o.documentNumber() + ".";
      case PARKED -> n + " is waiting for you: " + stripOrderLabel(o);
      case WAITING -> n + " will be posted in the next sync.";
      case IGNORED -> n + " is ignored" + (o.reason() == null ? "." : ": " + o.reason());
      case VOIDED ->
          n
              + " was cancelled in the store"
              + (o.documentNumber() == null ? "." : " and voided in QuickBooks.");
    };
  }

  /** The engine's reasons begin with "Order #N: "; the sentence already says it. */
  private static String stripOrderLabel(OrderView o) {
    String reason = o.reason() == null ? "it could not be posted." : o.reason();
    String label = "Order #" + o.number() + ": ";
    return reason.startsWith(label) ? reason.substring(label.length()) : reason;
  }
}
