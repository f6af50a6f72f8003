package com.dealercsi.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, emulating a 390×844 phone, driven by Selenium through Debian's chromedriver.
 * Nothing is downloaded and the browser makes no calls beyond localhost.
 */
public final class PhoneBrowser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    public PhoneBrowser(String language) {
        this(language, true);
    }

    /** A desktop browser window of 1280×900 instead of the phone, for the back office at a desk. */
    public static PhoneBrowser desktop(String language) {
        return new PhoneBrowser(language, false);
    }

    private PhoneBrowser(String language, boolean phone) {
        var options = new ChromeOptions();
        options.setBinary(firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        if (phone) {
            options.setExperimentalOption(
                    "mobileEmulation",
                    Map.of(
                            "deviceMetrics",
                            Map.of("width", 390, "height", 844, "pixelRatio", 2.0, "touch", true),
                            "userAgent",
                            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 "
                                    + "(KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1"));
        } else {
            options.addArguments("--window-size=1280,900");
        }
        // the browser's console, so tests can fail on errors (a blocked script, a policy violation)
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(
                        new File(firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement await(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** An element that is in the page, visible or not (the inputs behind the rating tiles are invisible). */
    public WebElement find(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    public void awaitText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    public void awaitGone(String css) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public void click(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    /** Scrolls the target to the middle of the screen first, so no fixed overlay at the bottom covers it. */
    public void tap(String css) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", await(css));
        click(css);
    }

    public String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** The console's errors since the last call (reading them empties the browser's log). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Shows an HTML mail as a mail client would: from a file, outside the app and its Content-Security-Policy. */
    public void openMail(String html) {
        try {
            var file = Files.createTempFile(Files.createDirectories(Path.of("target", "mails")), "mail-", ".html");
            Files.writeString(file, html);
            driver.get(file.toUri().toString());
        } catch (Exception e) {
            throw new IllegalStateException("Could not show the mail", e);
        }
    }

    /** A full-page PNG in target/screenshots, for people to look at. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            var shot = driver.executeCdpCommand(
                    "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
            Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (Exception e) {
            throw new IllegalStateException("Could not take screenshot " + name, e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String firstExisting(String... paths) {
        for (var path : paths) {
            if (new File(path).canExecute()) {
                return path;
            }
        }
        throw new IllegalStateException(
                "Not found: " + String.join(", ", paths) + " (apt-get install -y chromium chromium-driver)");
    }
}
