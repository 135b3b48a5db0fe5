package dev.stockbook.app.web.dashboard;

import static dev.stockbook.app.web.dashboard.Html.esc;

import java.util.List;
import java.util.Map;

/**
 * The settings a merchant changes most, validated like the config file, errors next to their
 * fields.
 */
final class SettingsPage {
  private SettingsPage() {}

  static String render(
      String connection,
      Map<String, String> values,
      Map<String, String> errors,
      Sessions.Session session) {
    String action = Layout.ROOT + "/connections/" + Html.url(connection) + "/settings";
    StringBuilder h =
        new StringBuilder(Layout.connectionHeading(connection, "Settings of " + connection));
    h.append(Layout.tabs(connection, "settings"));
    if (!errors.isEmpty()) {
      h.append(
          "<p class=\"flash bad\" role=\"alert\">Nothing was saved: please correct the fields marked below.</p>");
    }
    if (errors.containsKey(SettingsForm.GENERAL)) {
      h.append("<p class=\"error\">").append(esc(errors.get(SettingsForm.GENERAL))).append("</p>");
    }
    h.append(Forms.open(action, session, "stacked settings"));
    h.append(
        Forms.select(
            "sync.matchRule",
            "Matching rule",
            values.get("sync.matchRule"),
            List.of("name", "sku", "fully-qualified-name"),
            errors.get("sync.matchRule"),
            "Which QuickBooks item field equals the store SKU."));
    h.append(
        Forms.select(
            "sync.documents",
            "Document rule",
            values.get("sync.documents"),
            List.of("auto", "sales-receipt", "invoice"),
            errors.get("sync.documents"),
            "auto: paid orders become sales receipts, unpaid ones invoices."));
    h.append(
        Forms.select(
            "sync.unmatchedSku",
            "Unknown SKU",
            values.get("sync.unmatchedSku"),
            List.of("create-inventory", "create-non-inventory", "hold", "fallback"),
            errors.get("sync.unmatchedSku"),
            "What to do with a SKU QuickBooks lacks; hold waits for you."));
    h.append(
        Forms.text(
            "sync.fallbackItem",
            "Fallback item",
            values.get("sync.fallbackItem"),
            errors.get("sync.fallbackItem"),
            "Needed when unknown SKU is fallback."));
    h.append(
        Forms.text(
            "sync.safetyBuffer",
            "Safety buffer (units)",
            values.get("sync.safetyBuffer"),
            errors.get("sync.safetyBuffer"),
            "Units held back from the store for every SKU; a whole number, 0 or more."));
    h.append(
        Forms.text(
            "sync.schedule",
            "Sync every",
            values.get("sync.schedule"),
            errors.get("sync.schedule"),
            "A duration such as 30s, 5m or 1h."));
    return h.append("<button type=\"submit\">Save settings</button></form>").toString();
  }
}
