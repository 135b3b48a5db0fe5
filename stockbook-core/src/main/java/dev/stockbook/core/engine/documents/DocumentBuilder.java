package dev.stockbook.core.engine.documents;

import dev.stockbook.core.books.BooksDocument;
import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.books.DocumentLine;
import dev.stockbook.core.books.DocumentTags;
import dev.stockbook.store.StoreOrder;
import dev.stockbook.store.StoreOrder.OrderLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a store order into a QuickBooks sale document whose total equals the store total to the
 * cent, or says why it cannot. Pure: no I/O, so every rule here is unit- and property-tested.
 *
 * <p>Each product line is posted at its pre-discount subtotal when {@code subtotal / quantity} is
 * exact, and the discounts (coupons) of all such lines become one discount line; otherwise at its
 * discounted total when that divides exactly; otherwise the quantity is split into two lines whose
 * amounts add up to the total exactly. Shipping goes to QuickBooks' shipping line, fees to the fee
 * item (negative fees join the discount), the store's tax is the document's total tax.
 */
public final class DocumentBuilder {

  /** Either a document or the reason there is none, in a merchant's words. */
  public record Result(BooksDocument document, String problem) {
    public static Result problem(String message) {
      return new Result(null, message);
    }
  }

  /** What the builder needs besides the order. */
  public record Context(
      DocumentKind kind,
      String postingKey,
      String docNumber,
      String customerId,
      String privateNote,
      Map<String, String> itemIdsBySku,
      String feeItemId,
      String depositAccount,
      String currency,
      Bookkeeping rules,
      String giftCardItemId,
      Map<String, Bundle> bundles,
      String gatewayFeeItemId) {

    public Context {
      rules = rules == null ? Bookkeeping.defaults() : rules;
      bundles = bundles == null ? Map.of() : Map.copyOf(bundles);
    }

    /** A context without gift cards or bundles. */
    public Context(
        DocumentKind kind,
        String postingKey,
        String docNumber,
        String customerId,
        String privateNote,
        Map<String, String> itemIdsBySku,
        String feeItemId,
        String depositAccount,
        String currency,
        Bookkeeping rules) {
      this(
          kind,
          postingKey,
          docNumber,
          customerId,
          privateNote,
          itemIdsBySku,
          feeItemId,
          depositAccount,
          currency,
          rules,
          null,
          null,
          null);
    }

    TaxMapping tax() {
      return rules.tax();
    }
  }

  private DocumentBuilder() {}

  public static Result sale(StoreOrder order, Context context) {
    try {
      return saleLines(order, context);
    } catch (TaxMapping.Unmapped unmapped) {
      return Result.problem("Order #" + order.number() + ": " + unmapped.getMessage());
    } catch (Currencies.Foreign foreign) {
      return Result.problem("Order #" + order.number() + " " + foreign.getMessage());
    }
  }

  /** Currency, class and location of the order's documents. */
  static DocumentTags tags(StoreOrder order, Context context) {
    DocumentTags currency = context.rules().currencies().tags(order.currency(), context.currency());
    return context.rules().tagging().apply(currency, order.paymentMethod());
  }

  private static Result saleLines(StoreOrder order, Context context) {
    String label = "Order #" + order.number();
    DocumentTags tags = tags(order, context);
    List<DocumentLine> lines = new ArrayList<>();
    BigDecimal discount = BigDecimal.ZERO;
    for (OrderLine line : order.lines()) {
      String itemId = context.itemIdsBySku().get(line.sku());
      if (itemId == null) {
        return Result.problem(label + ": SKU " + line.sku() + " has no QuickBooks item.");
      }
      Bundle bundle = context.bundles().get(itemId);
      if (bundle != null && bundle.missing() != null) {
        return Result.problem(bundleProblem(label, line, bundle));
      }
      if (bundle != null) {
        lines.add(bundleLine(line, bundle, context.tax()));
      } else {
        discount = discount.add(addProductLine(lines, line, itemId, context.tax()));
      }
    }
    BigDecimal shipping =
        Money.sum(order.shipping().stream().map(StoreOrder.Charge::amount).toList());
    if (shipping.signum() != 0) {
      boolean taxed = order.shipping().stream().anyMatch(c -> Money.orZero(c.tax()).signum() != 0);
      List<String> rates =
          order.shipping().stream().flatMap(c -> c.taxRates().stream()).distinct().toList();
      lines.add(
          DocumentLine.shipping(shippingName(order), shipping, taxed)
              .withTaxCode(context.tax().codeFor(rates, taxed)));
    }
    for (StoreOrder.Charge fee : order.fees()) {
      if (fee.amount().signum() < 0 && context.rules().giftCards().isRedemption(fee.name())) {
        lines.add(redemption(fee, context));
      } else if (fee.amount().signum() < 0) {
        discount = discount.add(fee.amount().negate());
      } else if (fee.amount().signum() > 0) {
        if (context.feeItemId() == null) {
          return Result.problem(
              label + ": the fee \"" + fee.name() + "\" needs a QuickBooks fee item.");
        }
        boolean taxed = Money.orZero(fee.tax()).signum() != 0;
        lines.add(
            DocumentLine.item(context.feeItemId(), fee.name(), BigDecimal.ONE, fee.amount(), taxed)
                .withTaxCode(context.tax().codeFor(fee.taxRates(), taxed)));
      }
    }
    if (discount.signum() > 0) {
      lines.add(DocumentLine.discount(discountName(order), discount));
    }
    BigDecimal tax = Money.orZero(order.totalTax());
    BigDecimal total = total(lines, tax);
    if (total.compareTo(order.total()) != 0) {
      return Result.problem(
          label
              + ": the QuickBooks total would be "
              + Money.cents(total)
              + " but the store total is "
              + Money.cents(order.total())
              + "; nothing was posted.");
    }
    total = total.subtract(addGatewayFee(lines, order, context));
    LocalDate date = LocalDate.ofInstant(order.createdAt(), ZoneOffset.UTC);
    return new Result(
        new BooksDocument(
            context.kind(),
            context.postingKey(),
            context.docNumber(),
            date,
            context.customerId(),
            context.privateNote(),
            lines,
            tax,
            total,
            context.depositAccount(),
            null,
            order.paid(),
            tags),
        null);
  }

  /**
   * The gateway's fee on a paid order, as a negative line on the gateway fee item; returns the fee
   * (zero when the payment method has none).
   */
  private static BigDecimal addGatewayFee(
      List<DocumentLine> lines, StoreOrder order, Context context) {
    BigDecimal fee =
        context.rules().gatewayFees().feeOf(order.paymentMethod(), order.total(), order.paid());
    if (fee.signum() == 0) {
      return fee;
    }
    if (context.gatewayFeeItemId() == null) {
      throw new IllegalStateException("no gateway fee item for " + order.paymentMethod());
    }
    lines.add(
        DocumentLine.item(
                context.gatewayFeeItemId(),
                "Gateway fee (" + order.paymentMethod() + ")",
                BigDecimal.ONE,
                fee.negate(),
                false)
            .withTaxCode(context.tax().codeFor(List.of(), false)));
    return fee;
  }

  private static String bundleProblem(String label, OrderLine line, Bundle bundle) {
    return label
        + ": SKU "
        + line.sku()
        + " is the QuickBooks bundle \""
        + bundle.name()
        + "\", whose component "
        + bundle.missing()
        + " is missing or inactive; fix the bundle (Group item) in QuickBooks";
  }

  /**
   * The store line of a bundle as one group line: its discounted amount spread over the components
   * by list price ({@code UnitPrice × Qty}, or by quantity when every price is 0), in cents, the
   * rest on the last component; each component's quantity is its quantity per bundle times the
   * bundles sold, so QuickBooks takes the components out of stock.
   */
  private static DocumentLine bundleLine(OrderLine line, Bundle bundle, TaxMapping tax) {
    boolean taxable = Money.orZero(line.totalTax()).signum() != 0;
    List<Bundle.Component> parts = bundle.components();
    List<BigDecimal> weights = parts.stream().map(DocumentBuilder::weight).toList();
    boolean priced = weights.stream().anyMatch(w -> w.signum() > 0);
    BigDecimal all =
        Money.sum(priced ? weights : parts.stream().map(Bundle.Component::quantity).toList());
    List<DocumentLine> components = new ArrayList<>();
    BigDecimal left = line.total();
    for (int i = 0; i < parts.size(); i++) {
      Bundle.Component part = parts.get(i);
      BigDecimal weight = priced ? weights.get(i) : part.quantity();
      BigDecimal share =
          i == parts.size() - 1
              ? left
              : line.total().multiply(weight).divide(all, Money.CENTS, java.math.RoundingMode.DOWN);
      left = left.subtract(share);
      addExactLines(
          components,
          part.itemId(),
          part.name(),
          part.quantity().multiply(line.quantity()),
          share,
          taxable);
    }
    return DocumentLine.group(bundle.groupItemId(), line.name(), line.quantity(), components)
        .withTaxCode(tax.codeFor(line.taxRates(), taxable));
  }

  private static BigDecimal weight(Bundle.Component part) {
    return Money.orZero(part.unitPrice()).multiply(part.quantity());
  }

  /**
   * A gift card or store credit redemption: a negative line on the gift card item, which lowers the
   * liability; it is how the order was paid, so it is no discount on revenue.
   */
  private static DocumentLine redemption(StoreOrder.Charge fee, Context context) {
    if (context.giftCardItemId() == null) {
      throw new IllegalStateException("no gift card item for the redemption " + fee.name());
    }
    return DocumentLine.item(
            context.giftCardItemId(), fee.name(), BigDecimal.ONE, fee.amount(), false)
        .withTaxCode(context.tax().codeFor(List.of(), false));
  }

  /**
   * Adds the QuickBooks line(s) for one product line; returns the discount it leaves to a discount
   * line.
   */
  private static BigDecimal addProductLine(
      List<DocumentLine> lines, OrderLine line, String itemId, TaxMapping tax) {
    boolean taxable = Money.orZero(line.totalTax()).signum() != 0;
    String code = tax.codeFor(line.taxRates(), taxable);
    BigDecimal qty = line.quantity();
    BigDecimal subtotal = Money.orZero(line.subtotal());
    BigDecimal gross = Money.exactUnitPrice(subtotal, qty);
    if (gross != null && subtotal.compareTo(line.total()) >= 0) {
      lines.add(DocumentLine.item(itemId, line.name(), qty, gross, taxable).withTaxCode(code));
      return subtotal.subtract(line.total());
    }
    int from = lines.size();
    addExactLines(lines, itemId, line.name(), qty, line.total(), taxable);
    withCode(lines, from, code);
    return BigDecimal.ZERO;
  }

  /** Gives the lines from index {@code from} on the tax code {@code code}. */
  private static void withCode(List<DocumentLine> lines, int from, String code) {
    for (int i = from; i < lines.size(); i++) {
      lines.set(i, lines.get(i).withTaxCode(code));
    }
  }

  /**
   * A refund receipt for one store refund. Restocked lines go back to their items (raising
   * QuickBooks' quantity as the store's did); lines not restocked, amount-only refunds and any
   * remainder (shipping, fees) go to the refund item, so the receipt total equals the refund.
   */
  public static Result refund(
      StoreOrder order,
      dev.stockbook.store.StoreRefund refund,
      Context context,
      java.util.function.Supplier<String> refundItem) {
    try {
      return refundLines(order, refund, context, refundItem);
    } catch (TaxMapping.Unmapped | Currencies.Foreign problem) {
      return Result.problem(
          "Refund " + refund.id() + " of order #" + order.number() + ": " + problem.getMessage());
    }
  }

  private static Result refundLines(
      StoreOrder order,
      dev.stockbook.store.StoreRefund refund,
      Context context,
      java.util.function.Supplier<String> refundItem) {
    String label = "Refund " + refund.id() + " of order #" + order.number();
    List<DocumentLine> lines = new ArrayList<>();
    BigDecimal tax = BigDecimal.ZERO;
    for (dev.stockbook.store.StoreRefund.RefundLine line : refund.lines()) {
      tax = tax.add(Money.orZero(line.tax()));
      int from = lines.size();
      String problem = refundLine(lines, line, context, refundItem);
      withCode(lines, from, refundCode(order, line, context.tax()));
      if (problem != null) {
        return Result.problem(label + ": " + problem);
      }
    }
    BigDecimal rest = refund.amount().subtract(total(lines, tax));
    if (rest.signum() < 0) {
      return Result.problem(
          label
              + ": its lines add up to more than the refunded "
              + Money.cents(refund.amount())
              + ".");
    }
    if (rest.signum() > 0) {
      lines.add(
          DocumentLine.item(
                  refundItem.get(),
                  refund.reason().isEmpty() ? "Refund" : refund.reason(),
                  BigDecimal.ONE,
                  rest,
                  false)
              .withTaxCode(context.tax().codeFor(List.of(), false)));
    }
    LocalDate date = LocalDate.ofInstant(refund.createdAt(), ZoneOffset.UTC);
    return new Result(
        new BooksDocument(
            DocumentKind.REFUND_RECEIPT,
            context.postingKey(),
            context.docNumber(),
            date,
            context.customerId(),
            context.privateNote(),
            lines,
            tax,
            refund.amount(),
            context.depositAccount(),
            null,
            true,
            tags(order, context)),
        null);
  }

  /**
   * One refunded line: the units the store put back into stock go back to their item (QuickBooks'
   * quantity rises as the store's did), at their share of the line's amount; the units not returned
   * go to the refund item, so QuickBooks gains no stock that is not on the shelf. Returns a problem
   * in plain words, or {@code null}.
   */
  private static String refundLine(
      List<DocumentLine> lines,
      dev.stockbook.store.StoreRefund.RefundLine line,
      Context context,
      java.util.function.Supplier<String> refundItem) {
    boolean taxable = Money.orZero(line.tax()).signum() != 0;
    BigDecimal back =
        line.restocked() == null ? BigDecimal.ZERO : line.restocked().min(line.quantity());
    BigDecimal backAmount = BigDecimal.ZERO;
    String bundled = context.itemIdsBySku().get(line.sku());
    if (bundled != null && context.bundles().containsKey(bundled)) {
      back = BigDecimal.ZERO; // a bundle's units go to the refund item (docs/accounting.md)
    }
    if (back.signum() > 0) {
      String itemId = context.itemIdsBySku().get(line.sku());
      if (itemId == null) {
        return "SKU " + line.sku() + " has no QuickBooks item.";
      }
      backAmount =
          back.compareTo(line.quantity()) == 0
              ? line.amount()
              : line.amount()
                  .multiply(back)
                  .divide(line.quantity(), Money.CENTS, java.math.RoundingMode.HALF_UP);
      addExactLines(lines, itemId, line.sku(), back, backAmount, taxable);
    }
    BigDecimal kept = line.amount().subtract(backAmount);
    if (back.compareTo(line.quantity()) < 0 || kept.signum() != 0) {
      String name = line.sku() + " (not returned to stock)";
      addExactLines(lines, refundItem.get(), name, BigDecimal.ONE, kept, taxable);
    }
    return null;
  }

  /** The tax code of a refunded line: that of the order line it refunds, at the same rates. */
  private static String refundCode(
      StoreOrder order, dev.stockbook.store.StoreRefund.RefundLine line, TaxMapping tax) {
    List<String> rates =
        order.lines().stream()
            .filter(l -> l.lineId().equals(line.orderLineId()))
            .findFirst()
            .map(OrderLine::taxRates)
            .orElse(List.of());
    return tax.codeFor(rates, Money.orZero(line.tax()).signum() != 0);
  }

  /**
   * Adds {@code qty} of an item for exactly {@code amount}, every line in whole cents: one line
   * when {@code amount / qty} is exact, else {@code qty - u} at a rounded-down unit price plus
   * {@code u} carrying the rest, where {@code u} is the smallest step of the quantity (1 for whole
   * quantities, 0.1 for 2.5, 0.01 for 0.75). Dividing by such a step is always exact, and the
   * rounded-down price has {@code 2 - scale(qty)} decimals so that {@code (qty - u) × price} is in
   * cents too.
   */
  static void addExactLines(
      List<DocumentLine> lines,
      String itemId,
      String name,
      BigDecimal qty,
      BigDecimal amount,
      boolean taxable) {
    BigDecimal unit = Money.exactUnitPrice(amount, qty);
    if (unit != null) {
      lines.add(DocumentLine.item(itemId, name, qty, unit, taxable));
      return;
    }
    int scale = Math.max(0, qty.stripTrailingZeros().scale());
    BigDecimal step = BigDecimal.ONE.movePointLeft(scale);
    BigDecimal rest = qty.subtract(step);
    BigDecimal down = amount.divide(qty, Money.CENTS - scale, java.math.RoundingMode.DOWN);
    lines.add(
        DocumentLine.item(
            itemId, name, rest, down.setScale(Math.max(0, Money.CENTS - scale)), taxable));
    BigDecimal last = amount.subtract(rest.multiply(down)).movePointRight(scale);
    lines.add(
        DocumentLine.item(
            itemId, name, step, last.setScale(Math.max(Money.CENTS, last.scale())), taxable));
  }

  public static BigDecimal total(List<DocumentLine> lines, BigDecimal tax) {
    BigDecimal total = tax;
    for (DocumentLine line : lines) {
      total =
          line.kind() == DocumentLine.Kind.DISCOUNT
              ? total.subtract(line.amount())
              : total.add(line.amount());
    }
    return total;
  }

  private static String shippingName(StoreOrder order) {
    return order.shipping().stream().map(StoreOrder.Charge::name).collect(Collectors.joining(", "));
  }

  private static String discountName(StoreOrder order) {
    String codes =
        order.coupons().stream().map(StoreOrder.Coupon::code).collect(Collectors.joining(", "));
    return codes.isEmpty() ? "Discount" : "Coupon " + codes;
  }
}
