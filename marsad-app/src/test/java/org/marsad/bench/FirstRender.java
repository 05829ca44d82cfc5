package org.marsad.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Time from navigation to the first rendered search results in headless Chromium, against a
 * running {@code marsad serve}. Not a test: run it by hand on a large store.
 *
 * <p>Usage: {@code java -cp marsad-app/target/test-classes:CLASSPATH org.marsad.bench.FirstRender
 * http://127.0.0.1:PORT [QUERY...]}
 */
public final class FirstRender {
  private FirstRender() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: FirstRender BASE_URL [QUERY...]");
      System.exit(1);
    }
    String[] queries = args.length > 1
        ? java.util.Arrays.copyOfRange(args, 1, args.length)
        : new String[] {"", "أردوغان", "السعودية", "النفط", "الرئيس التركي"};
    ChromeOptions o = new ChromeOptions();
    o.setBinary("/usr/bin/chromium");
    Path profile = Files.createTempDirectory("marsad-chromium");
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
    ChromeDriver driver = new ChromeDriver(service, o);
    try {
      for (String q : queries) {
        for (int run = 0; run < 2; run++) {
          driver.get("about:blank");
          long t0 = System.nanoTime();
          driver.get(args[0] + "/#/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
          new WebDriverWait(driver, Duration.ofSeconds(20))
              .until(d -> !d.findElements(By.cssSelector(".results .total")).isEmpty());
          System.out.printf(Locale.ROOT, "q='%s' run %d: %.0f ms%n", q, run, (System.nanoTime() - t0) / 1e6);
        }
      }
    } finally {
      driver.quit();
    }
  }
}
