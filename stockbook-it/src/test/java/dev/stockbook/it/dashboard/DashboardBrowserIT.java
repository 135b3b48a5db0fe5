package dev.stockbook.it.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.demo.DemoDashboard;
import java.time.Duration;
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
