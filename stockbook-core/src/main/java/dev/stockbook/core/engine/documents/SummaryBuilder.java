package dev.stockbook.core.engine.documents;

import dev.stockbook.core.books.BooksDocument;
import dev.stockbook.core.books.DocumentKind;
import dev.stockbook.core.books.DocumentLine;
import dev.stockbook.core.books.DocumentTags;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One sales receipt for a day ({@code sync.posting=daily-summary}), made of the day's order
 * documents (each built and checked by {@link DocumentBuilder} as if posted alone) and refund
 * documents: item lines merged per item and tax code (quantities and amounts added, then written in
 * whole cents as {@link DocumentBuilder} does), one shipping line per tax code, one discount line,
 * bundles as they are, and the refunds' item lines after them with negative quantities (so
 * restocked units go back to QuickBooks' stock). Its tax and total are the sums of the documents',
 * to the cent.
 */
public final class SummaryBuilder {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

  private SummaryBuilder() {}

  /** What the summary is posted as. */
  public record Header(
      String postingKey,
      String docNumber,
      LocalDate day,
      String customerId,
      String privateNote,
      String depositAccount,
      DocumentTags tags) {}

  /** {@code prefix D yyMMdd}, then {@code -n} for the day's later summaries. */
  public static String number(String prefix, LocalDate day, int n) {
    return prefix + "D" + DAY.format(day) + (n > 1 ? "-" + n : "");
  }

  /** The day and index of a summary number, or empty when {@code docNumber} is none. */
  public static Optional<Map.Entry<LocalDate, Integer>> parse(String prefix, String docNumber) {
    if (docNumber == null || !docNumber.startsWith(prefix + "D")) {
      return Optional.empty();
    }
    String rest = docNumber.substring(prefix.length() + 1);
    String[] parts = rest.split("-", 2);
    try {
      LocalDate day = LocalDate.parse(parts[0], DAY);
      int n = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
      return Optional.of(Map.entry(day, n));
    } catch (RuntimeException notASummary) {
      return Optional.empty();
    }
  }

  public static BooksDocument summary(
      Header header, List<BooksDocument> sales, List<BooksDocument> refunds) {
    if (sales.isEmpty()) {
      return refundsOnly(header, refunds);
    }
    List<DocumentLine> lines = merged(sales, false);
    lines.addAll(merged(refunds, true));
    BigDecimal tax =
        sum(sales, BooksDocument::totalTax).subtract(sum(refunds, BooksDocument::totalTax));
    BigDecimal total =
        sum(sales, BooksDocument::total).subtract(sum(refunds, BooksDocument::total));
    if (DocumentBuilder.total(lines, tax).compareTo(total) != 0) {
      throw new IllegalStateException(
          "summary " + header.docNumber() + " does not add up to " + Money.cents(total));
    }
    return new BooksDocument(
        DocumentKind.SALES_RECEIPT,
        header.postingKey(),
        header.docNumber(),
        header.day(),
        header.customerId(),
        header.privateNote(),
        lines,
        tax,
        total,
        header.depositAccount(),
        null,
        true,
        header.tags());
  }

  /**
   * A day with refunds and no sales: a refund receipt (QuickBooks takes no sales receipt below
   * zero), its lines the refunds' merged, their restocked units back in stock.
   */
  private static BooksDocument refundsOnly(Header header, List<BooksDocument> refunds) {
    return new BooksDocument(
        DocumentKind.REFUND_RECEIPT,
        header.postingKey(),
        header.docNumber(),
        header.day(),
        header.customerId(),
        header.privateNote(),
        merged(refunds, false),
        sum(refunds, BooksDocument::totalTax),
        sum(refunds, BooksDocument::total),
        header.depositAccount(),
        null,
        true,
        header.tags());
  }

  private static BigDecimal sum(
      List<BooksDocument> docs, java.util.function.Function<BooksDocument, BigDecimal> amount) {
    return Money.sum(docs.stream().map(amount).toList());
  }

  /** A line's quantities and amounts added up, per item (or shipping) and tax code. */
  private record Total(DocumentLine first, BigDecimal quantity, BigDecimal amount) {
    Total plus(DocumentLine line) {
      BigDecimal q = line.quantity() == null ? null : quantity.add(line.quantity());
      return new Total(first, q, amount.add(line.amount()));
    }
  }

  private static List<DocumentLine> merged(List<BooksDocument> docs, boolean negate) {
    Map<String, Total> totals = new LinkedHashMap<>();
    List<DocumentLine> groups = new ArrayList<>();
    for (BooksDocument doc : docs) {
      for (DocumentLine line : doc.lines()) {
        if (line.kind() == DocumentLine.Kind.GROUP) {
          groups.add(line);
        } else {
          totals.merge(
              key(line), new Total(line, line.quantity(), line.amount()), (a, b) -> a.plus(line));
        }
      }
    }
    List<DocumentLine> out = new ArrayList<>();
    totals.values().forEach(t -> out.addAll(written(t, negate)));
    out.addAll(groups);
    return out;
  }

  private static String key(DocumentLine line) {
    return line.kind() + "|" + line.itemId() + "|" + line.taxCode() + "|" + line.taxable();
  }

  private static List<DocumentLine> written(Total t, boolean negate) {
    DocumentLine first = t.first();
    String code = first.taxCode();
    return switch (first.kind()) {
      case SHIPPING ->
          List.of(
              DocumentLine.shipping(first.description(), t.amount(), first.taxable())
                  .withTaxCode(code));
      case DISCOUNT -> List.of(DocumentLine.discount("Discounts", t.amount()));
      default -> items(t, negate);
    };
  }

  private static List<DocumentLine> items(Total t, boolean negate) {
    DocumentLine first = t.first();
    List<DocumentLine> exact = new ArrayList<>();
    String description = (negate ? "Refunds: " : "") + first.description();
    DocumentBuilder.addExactLines(
        exact, first.itemId(), description, t.quantity(), t.amount(), first.taxable());
    return exact.stream()
        .map(
            l ->
                (negate
                        ? DocumentLine.item(
                            l.itemId(),
                            l.description(),
                            l.quantity().negate(),
                            l.unitPrice(),
                            l.taxable())
                        : l)
                    .withTaxCode(first.taxCode()))
        .toList();
  }
}
