package dev.stockbook.app.web.dashboard;

import dev.stockbook.app.web.dashboard.DashboardBackend.SettingsResult;
import dev.stockbook.core.config.ConnectionConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Saving the settings page: the edited fields over the current settings, validated by the same
 * rules as the config file; every problem is put next to its field and nothing is saved unless all
 * fields are right.
 */
final class SettingsForm {
  /** The key of a problem that belongs to no field of the form. */
  static final String GENERAL = "_general";

  private SettingsForm() {}

  static SettingsResult save(
      DashboardSettings settings, String connection, Map<String, String> form) {
    Map<String, String> changes = new LinkedHashMap<>();
    for (String key : DashboardSettings.EDITABLE) {
      String value = form.get(key);
      changes.put(key, value == null ? "" : value.trim());
    }
    ConnectionConfig.Validated validated = settings.validate(connection, changes);
    Map<String, String> errors = new LinkedHashMap<>();
    for (String problem : validated.problems()) {
      int colon = problem.indexOf(": ");
      String key = colon < 0 ? GENERAL : problem.substring(0, colon);
      String text = colon < 0 ? problem : problem.substring(colon + 2);
      errors.merge(
          DashboardSettings.EDITABLE.contains(key) ? key : GENERAL,
          capitalize(text),
          (a, b) -> a + " " + b);
    }
    if (errors.isEmpty()) {
      settings.save(connection, changes);
    }
    return new SettingsResult(errors, changes);
  }

  private static String capitalize(String s) {
    return s.isEmpty()
        ? s
        : Character.toUpperCase(s.charAt(0))
            + s.substring(1)
            + (s.endsWith(".") || s.endsWith(")") ? "" : ".");
  }
}
