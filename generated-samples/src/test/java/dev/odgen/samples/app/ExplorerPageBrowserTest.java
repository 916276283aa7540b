package dev.odgen.samples.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.samples.opendental.server.OpenDentalServer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer page as a person uses it, in headless Chromium (Debian's chromium and chromium-driver): every
 * resource is listed, and a GET tried out with the demo key pair answers 200 with the patient's JSON. Skipped,
 * saying why, where no browser can be had ({@code .ci/run} installs one).
 */
class ExplorerPageBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Duration WAIT = Duration.ofSeconds(60);

  private static WebDriver browser;
  private static Path profile;

  @BeforeAll
  static void openBrowser() throws Exception {
    skipUnless(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "no " + CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
    profile = Files.createTempDirectory("odgen-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // no internet here: without these Chromium keeps trying to reach Google's services
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1400,1000", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .withLogFile(new File(profile.toFile(), "chromedriver.log"))
        .build();
    try {
      browser = new ChromeDriver(service, options);
    } catch (WebDriverException e) {
      skipUnless(false, "Chromium did not start: " + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  @AfterAll
  static void closeBrowser() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      try (var paths = Files.walk(profile)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void skipUnless(boolean condition, String reason) {
    if (!condition) {
      System.out.println("ExplorerPageBrowserTest skipped: " + reason);
    }
    Assumptions.assumeTrue(condition, reason);
  }

  @Test
  void listsEveryResourceAndTriesOutAGetWithTheDemoKeys() {
    String base = DemoServer.app().baseUrl();
    String root = base.substring(0, base.length() - OpenDentalServer.BASE_PATH.length());
    browser.get(root + "/docs");
    WebDriverWait wait = new WebDriverWait(browser, WAIT);
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("h3.opblock-tag"), 98));
    Set<String> tags = new TreeSet<>();
    for (WebElement tag : browser.findElements(By.cssSelector("h3.opblock-tag"))) {
      tags.add(tag.getAttribute("data-tag"));
    }
    assertEquals(99, tags.size(), tags.toString());
    assertTrue(tags.containsAll(List.of("Patients", "Appointments", "AccountModules", "Reports")), tags.toString());

    // Authorize: the whole header value, scheme word included
    browser.findElement(By.cssSelector("button.authorize")).click();
    WebElement key = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".modal-ux input[type=text], .modal-ux input[type=password]")));
    key.sendKeys(OpenDentalServer.AUTH.scheme() + " " + ApiKeys.DEMO_DEVELOPER_KEY + "/" + ApiKeys.DEMO_CUSTOMER_KEY);
    browser.findElement(By.cssSelector(".modal-ux .auth-btn-wrapper button.authorize")).click();
    browser.findElement(By.cssSelector(".modal-ux button.btn-done")).click();

    // GET /patients/{PatNum}: open it, Try it out, fill the id, Execute
    browser.findElement(By.cssSelector("h3.opblock-tag[data-tag=Patients]")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#operations-Patients-getPatient .opblock-summary")))
        .click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#operations-Patients-getPatient .try-out__btn")))
        .click();
    long patNum = DemoServer.demo().carlosMartinez();
    wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#operations-Patients-getPatient tr[data-param-name=PatNum] input"))).sendKeys(Long.toString(patNum));
    browser.findElement(By.cssSelector("#operations-Patients-getPatient button.execute")).click();

    WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#operations-Patients-getPatient .live-responses-table .response .response-col_status")));
    assertEquals("200", status.getText().strip().lines().findFirst().orElse(""), status.getText());
    String body = browser.findElement(By.cssSelector(
        "#operations-Patients-getPatient .live-responses-table .response-col_description .microlight")).getText();
    assertTrue(body.contains("\"PatNum\": " + patNum), body);
    assertTrue(body.contains("\"LName\": \"Martinez\""), body);
  }
}
