package dev.pbiadmin.emulator.portal;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** Drives the portal's pages in the browser tests; every wait is bounded. */
final class Portal {
  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  private final ChromeDriver browser;
  private final String baseUrl;

  Portal(ChromeDriver browser, String baseUrl) {
    this.browser = browser;
    this.baseUrl = baseUrl;
  }

  void signIn(String key) {
    browser.get(baseUrl + "/portal");
    waitFor(By.id("key")).sendKeys(key);
    browser.findElement(By.id("sign-in")).click();
    waitFor(By.id("nav-settings"));
  }

  void open(String page) {
    waitFor(By.id("nav-" + page)).click();
    until(
        () ->
            browser.getCurrentUrl().endsWith("#" + page)
                && browser.findElements(By.cssSelector("#page h1")).stream()
                    .anyMatch(h -> !h.getText().isEmpty()));
  }

  WebElement waitFor(By by) {
    WebElement[] found = new WebElement[1];
    until(
        () -> {
          var all = browser.findElements(by);
          found[0] = all.isEmpty() ? null : all.get(0);
          return found[0] != null && found[0].isDisplayed();
        });
    return found[0];
  }

  String text(String id) {
    var all = browser.findElements(By.id(id));
    return all.isEmpty() ? "" : all.get(0).getText();
  }

  /** Picks the option with exactly this visible text. */
  void choose(WebElement select, String visibleText) {
    until(
        () ->
            select.findElements(By.tagName("option")).stream()
                .anyMatch(o -> o.getText().equals(visibleText)));
    select.findElements(By.tagName("option")).stream()
        .filter(o -> o.getText().equals(visibleText))
        .findFirst()
        .orElseThrow()
        .click();
  }

  void until(BooleanSupplier condition) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      try {
        if (condition.getAsBoolean()) {
          return;
        }
      } catch (StaleElementReferenceException | NoSuchElementException e) {
        // the page re-rendered under us; ask again
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "the portal did not reach the expected state within "
                + TIMEOUT.toSeconds()
                + " s; page text: "
                + browser.findElement(By.tagName("body")).getText());
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }
}
