package dev.stockbook.app.web.dashboard;

import gg.jte.Content;
import java.util.List;
import java.util.Map;

/**
 * The settings a merchant changes most, validated like the config file, errors next to their fields
 * ({@code settings.jte}).
 */
final class SettingsPage {
  private SettingsPage() {}

  /** One field: a choice of {@code choices}, or free text when there are none. */
  record Field(
      String name, String label, List<String> choices, String hint, String value, String error) {}

  record Model(
      Layout.Heading heading,
      String action,
      List<Field> fields,
      boolean rejected,
      String general,
      Sessions.Session session) {}

  static Content render(
      String connection,
      Map<String, String> values,
      Map<String, String> errors,
      Sessions.Session session) {
    List<Field> fields =
        List.of(
            field(
                "sync.matchRule",
                "Matching rule",
                List.of("name", "sku", "fully-qualified-name"),
                "Which QuickBooks item field equals the store SKU.",
                values,
                errors),
            field(
                "sync.documents",
                "Document rule",
                List.of("auto", "sales-receipt", "invoice"),
                "auto: paid orders become sales receipts, unpaid ones invoices.",
                values,
                errors),
            field(
                "sync.unmatchedSku",
                "Unknown SKU",
                List.of("create-inventory", "create-non-inventory", "hold", "fallback"),
                "What to do with a SKU QuickBooks lacks; hold waits for you.",
                values,
                errors),
            field(
                "sync.fallbackItem",
                "Fallback item",
                List.of(),
                "Needed when unknown SKU is fallback.",
                values,
                errors),
            field(
                "sync.safetyBuffer",
                "Safety buffer (units)",
                List.of(),
                "Units held back from the store for every SKU; a whole number, 0 or more.",
                values,
                errors),
            field(
                "sync.schedule",
                "Sync every",
                List.of(),
                "A duration such as 30s, 5m or 1h.",
                values,
                errors));
    return Templates.content(
        "settings.jte",
        new Model(
            new Layout.Heading(connection, "Settings of " + connection, "settings"),
            Layout.ROOT + "/connections/" + Html.url(connection) + "/settings",
            fields,
            !errors.isEmpty(),
            errors.get(SettingsForm.GENERAL),
            session));
  }

  private static Field field(
      String name,
      String label,
      List<String> choices,
      String hint,
      Map<String, String> values,
      Map<String, String> errors) {
    return new Field(name, label, choices, hint, values.get(name), errors.get(name));
  }
}
