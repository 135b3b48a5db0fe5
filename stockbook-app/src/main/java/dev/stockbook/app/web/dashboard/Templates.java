package dev.stockbook.app.web.dashboard;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The dashboard's HTML templates ({@code src/main/resources/dashboard/templates/*.jte}), compiled
 * to Java classes in this package at build time by the jte Maven plug-in. Every {@code ${...}} in
 * them is escaped for where it stands (element text, attribute value, script), so a SKU, an order
 * note or an error message is always shown, never run; nothing is compiled at run time.
 */
final class Templates {
  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(
          null,
          ContentType.Html,
          Templates.class.getClassLoader(),
          Templates.class.getPackageName());

  private Templates() {}

  /**
   * The template {@code name} (e.g. "orders.jte") rendered with its one parameter, {@code model}.
   */
  static String render(String name, Object model) {
    StringOutput out = new StringOutput(8192);
    ENGINE.render(name, model, out);
    return out.toString();
  }

  /** A template of several parameters (the small ones the pages share), by name. */
  static String render(String name, java.util.Map<String, Object> params) {
    StringOutput out = new StringOutput(1024);
    ENGINE.render(name, params, out);
    return out.toString();
  }

  /** The same, as content another template (the layout) writes in its place. */
  static gg.jte.Content content(String name, Object model) {
    return out -> ENGINE.render(name, model, out);
  }
}
