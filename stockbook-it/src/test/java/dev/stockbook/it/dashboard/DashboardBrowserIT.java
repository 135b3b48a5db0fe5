package dev.stockbook.it.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.demo.DemoDashboard;
import dev.stockbook.demo.DemoWorld;
import dev.stockbook.sim.woocommerce.Shopper;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The merchant's path through the dashboard in a real headless Chromium: sign in, see the order
 * held for an unknown SKU, map the SKU, retry, see it posted and the count drop, then see and fix a
 * stock drift. Screenshots of the overview and the connection page go to target/screenshots.
 */
class DashboardBrowserIT {
  private static DashboardWorld world;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    browser = Browser.start();
    world = new DashboardWorld();
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (world != null) {
      world.close();
    }
  }

  @Test
  void a_merchant_fixes_a_parked_order_and_a_stock_drift_in_a_few_clicks() throws Exception {
    browser.get(world.url("/dashboard"));
    assertThat(browser.getCurrentUrl()).contains("/dashboard/sign-in");
    browser.findElement(By.id("f-token")).sendKeys(DashboardWorld.TOKEN);
    browser.findElement(By.cssSelector("form.sign-in button")).click();

    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Connections");
    factIs("parked", "1");
    factIs("drift", "1");
    assertThat(browser.findElement(By.cssSelector(".headline")).getText())
        .contains("1 order is waiting for you");
    Browser.screenshot(browser, "overview");

    browser.findElement(By.cssSelector("a[data-fact=parked]")).click();
    WebElement row = browser.findElement(By.cssSelector("table.orders tbody tr"));
    assertThat(row.getText())
        .contains("Needs you")
        .contains("SKU " + DemoDashboard.NEW_SKU + " has no QuickBooks item");
    row.findElement(By.tagName("a")).click();

    browser.findElement(By.id("item-" + DemoDashboard.NEW_SKU)).sendKeys("TEE-M");
    browser.findElement(By.cssSelector("form.search button")).click();
    // the search answers with a new page: the label is picked from it, not from the old one
    textOnceShown(By.cssSelector("ul.items label"), "TEE-M");
    clickOnceThere(By.cssSelector("ul.items label"));
    browser
        .findElement(By.xpath("//button[text()='Map SKU " + DemoDashboard.NEW_SKU + "']"))
        .click();
    flashShows("SKU " + DemoDashboard.NEW_SKU + " now maps to the QuickBooks item \"TEE-M\"");

    browser.findElement(By.xpath("//button[text()='Retry']")).click();
    flashShows("is back in line");
    assertThat(browser.findElement(By.id("order-sentence")).getText())
        .matches("Order #\\d+ is in QuickBooks as Sales receipt WEB-\\d+\\.");

    browser.findElement(By.linkText("All connections")).click();
    factIs("parked", "0");
    factIs("posted-today", "1");

    browser.findElement(By.linkText("demo")).click();
    Browser.screenshot(browser, "connection");
    assertThat(browser.findElements(By.cssSelector(".timeline li"))).hasSizeGreaterThanOrEqualTo(2);
    assertThat(browser.findElements(By.cssSelector(".chart svg"))).hasSize(2);

    // The retry's cycle re-read recently changed items and already put whitewine right; someone
    // types a wrong number into the store again.
    world.world.woocommerce().setStock(DemoDashboard.DRIFT_SKU, 60);
    browser.findElement(By.linkText("Stock")).click();
    stockStatusIs(DemoDashboard.DRIFT_SKU, "Drift");
    browser.findElement(By.xpath("//button[text()='Fix drift']")).click();
    flashShows("Fixed 1 SKU(s): " + DemoDashboard.DRIFT_SKU + " now shows 35");
    stockStatusIs(DemoDashboard.DRIFT_SKU, "In sync");
    assertThat(world.world.storeShows(DemoDashboard.DRIFT_SKU)).isEqualTo(35L);
    Browser.screenshot(browser, "stock");

    browser.manage().window().setSize(new Dimension(390, 844));
    browser.findElement(By.linkText("All connections")).click();
    factIs("drift", "0");
    Browser.screenshot(browser, "overview-phone");
  }

  /**
   * Issue #17: what the pages say is true. A cycle that parked an order is amber and says so; times
   * name their zone; charts have a labelled time axis; the orders list shows date, customer, total
   * and status, newest first, a page at a time; a negative QuickBooks quantity is not "In sync";
   * the Stock page never says every SKU is right beside a SKU without an item, and that SKU links
   * to its mapping. A world of its own, so the other test's fixes do not matter.
   */
  @Test
  void every_page_tells_the_truth_about_what_it_shows() throws Exception {
    try (DashboardWorld truth = new DashboardWorld()) {
      String zone = DateTimeFormatter.ofPattern("z", Locale.ENGLISH).format(ZonedDateTime.now());
      browser.manage().window().setSize(new Dimension(1280, 900));
      browser.get(truth.url("/dashboard"));
      String signIn = browser.findElement(By.tagName("main")).getText();
      assertThat(signIn).contains("admin.token").doesNotContain("adminToken");
      Browser.screenshot(browser, "truth-sign-in");
      browser.findElement(By.id("f-token")).sendKeys(DashboardWorld.TOKEN);
      browser.findElement(By.cssSelector("form.sign-in button")).click();
      assertThat(textOnceShown(By.tagName("h1"), "Connections")).isEqualTo("Connections");
      assertThat(browser.findElement(By.cssSelector(".facts")).getText()).contains(zone);

      browser.get(truth.url("/dashboard/connections/" + DemoWorld.CONNECTION));
      aCycleThatParkedAnOrderIsAmber();
      chartsHaveALabelledTimeAxis(zone);
      Browser.screenshot(browser, "truth-cycles");

      truth.world.woocommerce().shopper().placeOrder(List.of(new Shopper.Line("redwine", 2)));
      browser.findElement(By.xpath("//button[text()='Sync now']")).click();
      flashShows("has started");
      theOrdersListPagesNewestFirst(truth, zone);
      timesAreShownInTheReadersZone(truth, zone);

      truth.world.bookkeeper().adjust("TEE-S", -1000);
      browser.get(truth.url("/dashboard/connections/" + DemoWorld.CONNECTION + "/stock"));
      stockTellsTheTruthAndMapsAnUnknownSku();
    }
  }

  private static void aCycleThatParkedAnOrderIsAmber() throws Exception {
    WebElement parked =
        browser.findElements(By.cssSelector(".timeline li")).stream()
            .filter(li -> li.getText().contains("· 1 parked ·"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no cycle in the timeline parked an order"));
    assertThat(parked.getAttribute("class")).isEqualTo("attention");
    assertThat(parked.getText())
        .doesNotContain("no problems")
        .contains("1 order(s) waiting for you");
    Object dot =
        browser.executeScript(
            "return getComputedStyle(arguments[0], '::before').backgroundColor;", parked);
    assertThat(dot).as("the dot is amber, not green").isEqualTo("rgb(224, 161, 0)");
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", parked);
    Browser.screenshot(browser, "truth-cycles-timeline");
    browser.executeScript("window.scrollTo(0, 0);");
  }

  private static void chartsHaveALabelledTimeAxis(String zone) {
    List<WebElement> charts = browser.findElements(By.cssSelector(".chart svg"));
    assertThat(charts).hasSize(2);
    for (WebElement chart : charts) {
      assertThat(chart.findElements(By.cssSelector(".time-axis text")))
          .isNotEmpty()
          .allSatisfy(t -> assertThat(t.getText()).matches("\\d\\d:\\d\\d(:\\d\\d)?"));
      assertThat(chart.findElement(By.cssSelector(".time-title")).getText())
          .isEqualTo("cycle finished (" + zone + ")");
      assertThat(chart.findElements(By.cssSelector(".value-axis text"))).hasSize(3);
      assertThat(chart.findElement(By.cssSelector("rect title")).getAttribute("textContent"))
          .contains(zone);
    }
    assertThat(charts.get(0).findElement(By.cssSelector(".value-title")).getText())
        .isEqualTo("seconds");
    assertThat(charts.get(1).findElement(By.cssSelector(".value-title")).getText())
        .isEqualTo("orders");
  }

  /**
   * A reader in another zone than the server (India, UTC+5:30, set in Chromium through DevTools)
   * sees each order's time in their own zone, named, with the server's wording in its tooltip.
   */
  private static void timesAreShownInTheReadersZone(DashboardWorld truth, String serverZone)
      throws Exception {
    String orders = "/dashboard/connections/" + DemoWorld.CONNECTION + "/orders?view=all&size=1";
    browser.executeCdpCommand(
        "Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", "Asia/Kolkata"));
    try {
      browser.get(truth.url(orders));
      WebElement placed = browser.findElement(By.cssSelector("table.orders tbody .placed time"));
      java.time.Instant at = java.time.Instant.parse(placed.getAttribute("datetime"));
      String inIndia =
          DateTimeFormatter.ofPattern("MMM d, HH:mm:ss", Locale.ENGLISH)
              .format(at.atZone(java.time.ZoneId.of("Asia/Kolkata")));
      assertThat(placed.getText()).isEqualTo(inIndia + " GMT+5:30");
      assertThat(placed.getAttribute("title")).startsWith("server: ").endsWith(serverZone);
      Browser.screenshot(browser, "truth-orders-reader-zone");
    } finally {
      browser.executeCdpCommand(
          "Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", ""));
    }
  }

  private static void theOrdersListPagesNewestFirst(DashboardWorld truth, String zone)
      throws Exception {
    String orders = "/dashboard/connections/" + DemoWorld.CONNECTION + "/orders";
    browser.get(truth.url(orders + "?view=all&size=1"));
    assertThat(browser.findElements(By.cssSelector("table.orders thead th")))
        .extracting(WebElement::getText)
        .startsWith("Order", "Placed", "Customer", "Total", "Status");
    WebElement newest = browser.findElement(By.cssSelector("table.orders tbody tr"));
    assertThat(newest.findElement(By.cssSelector(".placed")).getText()).endsWith(zone);
    assertThat(newest.findElement(By.cssSelector(".customer")).getText()).isEqualTo("Sam Shopper");
    assertThat(newest.findElement(By.cssSelector(".total")).getText())
        .matches("\\d+\\.\\d{2} \\w{3}");
    assertThat(newest.getText()).contains("Posted");
    assertThat(browser.findElement(By.id("orders-shown")).getText())
        .matches("Orders 1–1 of \\d+, newest first");
    assertThat(browser.findElements(By.linkText("← Newer orders"))).isEmpty();
    Browser.screenshot(browser, "truth-orders");
    long newestNumber = Long.parseLong(newest.getAttribute("data-order"));

    browser.findElement(By.linkText("Older orders →")).click();
    assertThat(textOnceShown(By.id("orders-shown"), "Orders 2–2")).startsWith("Orders 2–2 of");
    WebElement older = browser.findElement(By.cssSelector("table.orders tbody tr"));
    assertThat(Long.parseLong(older.getAttribute("data-order"))).isLessThan(newestNumber);
    assertThat(older.getText()).contains("Needs you");
    assertThat(browser.findElements(By.linkText("← Newer orders"))).hasSize(1);
  }

  private static void stockTellsTheTruthAndMapsAnUnknownSku() throws Exception {
    stockStatusIs("TEE-S", "Below zero in QuickBooks");
    assertThat(browser.findElement(By.cssSelector("tr[data-sku=TEE-S]")).getText())
        .doesNotContain("In sync")
        .contains("correct the quantity in QuickBooks");
    stockStatusIs(DemoDashboard.NEW_SKU, "No QuickBooks item");
    assertThat(browser.findElement(By.id("drift-summary")).getText())
        .doesNotContain("every SKU")
        .containsPattern("\\d SKU\\(s\\) have no QuickBooks item")
        .contains("1 SKU(s) are below zero in QuickBooks");
    Browser.screenshot(browser, "truth-stock");

    browser.findElement(By.cssSelector("tr[data-sku=" + DemoDashboard.NEW_SKU + "] a.map")).click();
    assertThat(textOnceShown(By.tagName("h1"), "Map SKU"))
        .isEqualTo("Map SKU " + DemoDashboard.NEW_SKU);
    browser.findElement(By.id("item-" + DemoDashboard.NEW_SKU)).sendKeys("TEE-M");
    browser.findElement(By.cssSelector("form.search button")).click();
    textOnceShown(By.cssSelector("ul.items label"), "TEE-M");
    clickOnceThere(By.cssSelector("ul.items label"));
    browser
        .findElement(By.xpath("//button[text()='Map SKU " + DemoDashboard.NEW_SKU + "']"))
        .click();
    flashShows("SKU " + DemoDashboard.NEW_SKU + " now maps to the QuickBooks item \"TEE-M\"");
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Stock of " + DemoWorld.CONNECTION);
    assertThat(
            browser
                .findElement(By.cssSelector("tr[data-sku=" + DemoDashboard.NEW_SKU + "] .status"))
                .getText())
        .isNotEqualTo("No QuickBooks item");
    Browser.screenshot(browser, "truth-stock-mapped");
  }

  private static void factIs(String name, String expected) {
    assertThat(textOnceShown(By.cssSelector("a[data-fact=" + name + "]"), expected))
        .isEqualTo(expected);
  }

  /**
   * Clicks {@code by} on the page as it is once it has loaded (a stale element is looked up again).
   */
  private static void clickOnceThere(By by) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .ignoring(NoSuchElementException.class)
        .until(
            d -> {
              d.findElement(by).click();
              return true;
            });
  }

  private static void flashShows(String expected) {
    assertThat(textOnceShown(By.cssSelector(".flash"), expected)).contains(expected);
  }

  private static void stockStatusIs(String sku, String expected) {
    assertThat(textOnceShown(By.cssSelector("tr[data-sku=" + sku + "] .status"), expected))
        .isEqualTo(expected);
  }

  /**
   * The element's text once it contains {@code expected}, or its last text after 20 s (for the
   * assertion to show). A click that submits a form or follows a link returns before the next page
   * has loaded, so the element first found may be the old page's, gone a moment later.
   */
  private static String textOnceShown(By by, String expected) {
    String[] last = {""};
    try {
      new WebDriverWait(browser, Duration.ofSeconds(20))
          .ignoring(StaleElementReferenceException.class)
          .ignoring(NoSuchElementException.class)
          .until(
              d -> {
                last[0] = d.findElement(by).getText();
                return last[0].contains(expected);
              });
    } catch (TimeoutException e) {
      return last[0];
    }
    return last[0];
  }
}
