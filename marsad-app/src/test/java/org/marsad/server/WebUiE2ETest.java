package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.json.DocumentJson;
import org.marsad.model.Document;
import org.marsad.model.DocumentMeta;
import org.marsad.model.Entity;
import org.marsad.model.EntityRef;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.EventArgument;
import org.marsad.model.Mention;
import org.marsad.model.MentionKind;
import org.marsad.model.Modality;
import org.marsad.model.TextSpan;
import org.marsad.pipeline.Analyzer;
import org.marsad.store.SourceRef;
import org.marsad.store.Store;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI end to end: a real server over a real store, driven in headless Chromium. Skipped
 * (with the reason) where /usr/bin/chromium or /usr/bin/chromedriver is missing; .ci/run installs
 * both. Screenshots go to target/screenshots/.
 */
class WebUiE2ETest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "screenshots");
  static final String XSS = "<script>alert(1)</script>";
  static final String IMG = "<img src=x onerror=alert(1)>";
  private static final String MEETING = "التقى الرئيس التركي رجب طيب أردوغان، مساء الأحد، مع رئيس المجلس"
      + " الرئاسي لحكومة الوفاق فائز السراج في إسطنبول. وقال أردوغان إن \"تركيا لن تتخلى عن ليبيا\""
      + " متهما الميليشيات الإرهابية بالعدوان.\n";
  private static final String HOSTILE = "نشر موقع مجهول تعليقا جاء فيه " + XSS + " ثم " + IMG
      + " قبل أن يُحذف.\nوقال الرئيس التركي أردوغان إن بلاده سترسل قوات إلى ليبيا لدعم حكومة الوفاق.\n";
  private static final String AID = "أرسلت تركيا مساعدات إنسانية إلى ليبيا يوم الأربعاء.\n";
  private static final String FLOODS = "أعلنت وزارة الداخلية السعودية يوم الاثنين أن السيول في جدة"
      + " أدت إلى إغلاق عدد من الطرق.\n";

  @TempDir
  static Path dir;
  static Store store;
  static ApiServer server;
  static WebDriver driver;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "web UI browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver are needed"
            + " (apt-get install chromium chromium-driver; .ci/run does this)");
    store = Store.open(dir.resolve("store"));
    add("meeting", "2019-12-15", "لقاء أردوغان والسراج في إسطنبول", "aawsat", MEETING);
    add("hostile", "2019-12-20", "تعليق فيه " + XSS, "okaz", HOSTILE);
    add("floods", "2019-11-18", "سيول جدة", "okaz", FLOODS);
    addAid();
    store.commit();
    store.refresh();
    server = new ApiServer(store, Analyzer.defaults(), new ApiToken("t", false), 1 << 20, "127.0.0.1", 0)
        .start();
    Files.createDirectories(SHOTS);
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--window-size=1280,900", "--lang=ar",
            "--user-data-dir=" + Files.createDirectories(dir.resolve("chrome")));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    // a view re-renders after its URL changes: an element read in between is stale, not wrong
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  private static void add(String id, String published, String title, String outlet, String text) {
    Document d = Analyzer.defaults().analyze(new DocumentMeta(id, LocalDate.parse(published), title, null,
        outlet), text);
    store.add(d, DocumentJson.toJson(d, DocumentJson.Options.COMPACT), new SourceRef(outlet, null, id));
  }

  /**
   * An article whose events are set by hand: Turkey sends humanitarian aid (CAMEO 073, material
   * cooperation) to Libya, located in Libya, a country: the map shows it at the country level; and
   * the same aid with a misread date, 1793-04-29, that the charts must leave out.
   */
  private static void addAid() {
    Document d = Analyzer.defaults().analyze(new DocumentMeta("aid", LocalDate.parse("2019-12-18"),
        "مساعدات تركية إلى ليبيا", null, "hayat"), AID);
    d = d.withEntities(List.of(entity(d, "e1", "Q43", "تركيا"), entity(d, "e2", "Q1016", "ليبيا")))
        .withEvents(List.of(new Event("v1", "073", "AID", 0, new TextSpan(AID.indexOf("أرسلت"),
            AID.indexOf("أرسلت") + 5, "أرسلت"), new EventArgument("e1", "تركيا", "TUR"),
            new EventArgument("e2", "ليبيا", "LBY"), new EntityRef("e2", "ليبيا"), null, null,
            Modality.ASSERTED, null, 0.9),
            new Event("v2", "073", "AID", 0, null, new EventArgument("e1", "تركيا", "TUR"),
                new EventArgument("e2", "ليبيا", "LBY"), null, "1793-04-29", null, Modality.ASSERTED, null, 0.5)));
    store.add(d, DocumentJson.toJson(d, DocumentJson.Options.COMPACT), new SourceRef("hayat", null, "aid"));
  }

  private static Entity entity(Document d, String id, String kb, String surface) {
    int at = d.text().indexOf(surface);
    return new Entity(id, EntityType.LOC, surface, null, kb, null,
        List.of(new Mention(at, at + surface.length(), surface, MentionKind.NAME)));
  }

  private static void open(String hash) {
    driver.get("http://127.0.0.1:" + server.port() + "/" + hash);
  }

  private static List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  private static WebElement await(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  private static void screenshot(String name) throws IOException {
    Files.write(SHOTS.resolve(name + ".png"),
        ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  private static void assertNoAlert() {
    assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(),
        "a script from an article ran");
  }

  @Test
  void searchFindsArticlesAndOpensOneWithItsAnnotationsHighlighted() throws IOException {
    open("#/search?q=" + URLEncoder.encode("أردوغان", StandardCharsets.UTF_8));
    await(".hit h3 a");
    assertEquals("rtl", driver.findElement(By.tagName("html")).getAttribute("dir"));
    assertTrue(driver.findElement(By.cssSelector(".total")).getText().startsWith("2"));
    assertFalse(all(".snippet mark").isEmpty(), "the query is marked in the snippets");
    assertFalse(all(".facet a").isEmpty(), "facets link to filtered searches");
    screenshot("search");

    driver.findElement(By.linkText("لقاء أردوغان والسراج في إسطنبول")).click();
    await(".doc-text");
    assertTrue(driver.getCurrentUrl().endsWith("#/article/meeting"));
    assertFalse(all(".doc-text .ent-PER").isEmpty(), "people are highlighted");
    assertFalse(all(".doc-text .ent-LOC").isEmpty(), "places are highlighted");
    assertFalse(all(".doc-text .time").isEmpty(), "times are highlighted");
    assertFalse(all(".doc-text .trigger").isEmpty(), "event triggers are highlighted");
    assertFalse(all(".doc-text .loaded").isEmpty(), "loaded language is highlighted");
    assertEquals(MEETING, driver.findElement(By.cssSelector(".doc-text")).getAttribute("textContent"),
        "the highlighted text is exactly the article's text");
    assertTrue(driver.findElement(By.cssSelector(".event-en")).getText().contains("Erdogan"));
    assertFalse(all(".quote-item").isEmpty(), "quotes are listed with their speakers");

    WebElement erdogan = driver.findElement(By.cssSelector(".doc-text .ent-PER[tabindex]"));
    erdogan.click();
    assertTrue(driver.findElement(By.cssSelector(".detail-box")).getText().contains("Erdogan"),
        "the side panel shows the entity under the pointer");
    screenshot("article");
    driver.manage().window().setSize(new Dimension(420, 900));
    screenshot("article-narrow");
    driver.manage().window().setSize(new Dimension(1280, 900));
  }

  @Test
  void markupInAnArticleIsShownAsTextAndNeverRuns() throws IOException {
    open("#/search?q=" + URLEncoder.encode("قوات", StandardCharsets.UTF_8));
    await(".hit h3 a");
    assertTrue(driver.findElement(By.cssSelector(".hit h3")).getText().contains(XSS));
    assertTrue(all("main img, main script").isEmpty(), "no element was injected into the results");
    assertNoAlert();

    open("#/article/hostile");
    WebElement text = await(".doc-text");
    assertTrue(text.getText().contains(XSS), text.getText());
    assertTrue(text.getText().contains(IMG), text.getText());
    assertTrue(driver.findElement(By.cssSelector("main h1")).getText().contains(XSS));
    assertTrue(all("main img, main script, main iframe").isEmpty(), "no element was injected");
    assertNoAlert();
    screenshot("article-markup-as-text");
  }

  @Test
  void analyzeShowsTheAnalysisOfPastedTextWithoutStoringIt() throws IOException {
    open("#/analyze");
    await("textarea[name=text]").sendKeys(MEETING.strip());
    driver.findElement(By.cssSelector(".analyze-form button[type=submit]")).click();
    await(".analysis .doc-text .ent-PER");
    assertFalse(all(".analysis .doc-text .trigger").isEmpty());
    assertTrue(driver.findElement(By.cssSelector(".analysis .event-en")).getText().contains("Erdogan"));
    screenshot("analyze");
    assertEquals(4, store.documentCount(), "analyze stores nothing");
  }

  @Test
  void anEntityPageAndTheEventsTableFollowAnActor() throws IOException {
    open("#/entity/Q39259");
    assertTrue(await("main h1").getText().contains("أردوغان"));
    assertFalse(all(".entity .bar").isEmpty(), "events by type are charted");
    await(".entity-timeline svg.timeline rect.tl-bar");
    assertTrue(all(".entity-timeline rect.tl-bar").stream().anyMatch(r -> "2019-12".equals(r.getAttribute("data-month"))),
        "the December 2019 meeting is a bar of the entity's timeline");
    assertTrue(all(".entity-timeline svg text").stream().anyMatch(x -> x.getText().equals("2019-12")),
        "months are written on the axis");
    List<WebElement> recent = all(".recent-articles a[href^='#/article/']");
    assertFalse(recent.isEmpty(), "recent articles link to their documents");
    assertTrue(recent.stream().anyMatch(a -> a.getAttribute("href").endsWith("#/article/meeting")));
    assertFalse(all(".entity .kb-facts dd").isEmpty(), "the KB data is listed");
    // roles.tsv: prime minister 2003-03-14 to 2014-08-28, president since; both drawn and listed
    assertEquals(2, all(".roles svg.periods .period").size(), "each dated role is a bar");
    assertEquals(1, all(".roles svg.periods .period.open").size(), "the presidency is open-ended");
    String roles = driver.findElement(By.cssSelector(".roles table")).getText();
    assertTrue(roles.contains("رئيس الحكومة") && roles.contains("2003-03-14") && roles.contains("2014-08-28")
        && roles.contains("رئيس الدولة") && roles.contains("تركيا"), roles);
    assertTrue(driver.findElement(By.cssSelector(".aliases")).getText().contains("أردوغان"), "spellings are listed");
    assertTrue(all(".partners a").stream().anyMatch(a -> a.getText().contains("السراج")),
        "the meeting makes al-Sarraj a partner (cooperation)");
    assertFalse(all(".adversaries").isEmpty(), "adversaries have their own list");
    screenshot("entity");
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
        driver.findElement(By.cssSelector(".entity-timeline")));
    screenshot("entity-timeline");
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
    driver.findElement(By.cssSelector(".entity a[href^='#/events?entity=']")).click();
    await("main table tbody tr");
    assertTrue(driver.getCurrentUrl().contains("#/events"));
    assertEquals("CSV", driver.findElement(By.cssSelector("a[download]")).getText().replaceAll("[^A-Z]", ""));
    await(".events-timeline svg.timeline rect.tl-bar");
    assertTrue(all(".events-timeline rect.tl-bar").stream().anyMatch(r -> "2019-12".equals(r.getAttribute("data-month"))),
        "the events chart has a bar for December 2019");
    assertFalse(all(".events-timeline .legend-list li").isEmpty(), "the chart's types are in a legend");
    screenshot("events");
  }

  @Test
  void theEventsChartSwitchesBetweenPloverAndQuadClassAndDayWeekMonthFromTheKeyboard() throws IOException {
    open("#/events");
    await(".events-timeline svg.timeline rect.tl-bar");
    assertFalse(all(".events-timeline rect.tl-bar").stream().anyMatch(r -> r.getAttribute("class").contains("q-")),
        "stacked by PLOVER type by default");
    // Tab from the top of the page to the QuadClass toggle, then press Enter
    driver.findElement(By.tagName("body")).click();
    WebElement quad = driver.findElement(By.cssSelector(".events-timeline a.toggle[href*='by=quad_class']"));
    tabTo(quad);
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    wait.until(d -> d.getCurrentUrl().contains("by=quad_class"));
    await(".events-timeline rect.tl-bar.q-material_cooperation");
    assertFalse(all(".events-timeline rect.tl-bar.q-verbal_cooperation").isEmpty(), "the meeting (043) is verbal cooperation");
    assertTrue(all(".events-timeline .legend-list li").stream().anyMatch(li -> li.getText().contains("تعاون مادي")),
        "the legend names the QuadClasses");
    assertEquals("true", driver.findElement(By.cssSelector(".events-timeline a.toggle[href*='by=quad_class']"))
        .getAttribute("aria-current"));

    driver.findElement(By.cssSelector(".events-timeline a.toggle[href*='interval=week']")).sendKeys(Keys.ENTER);
    wait.until(d -> d.getCurrentUrl().contains("interval=week") && d.getCurrentUrl().contains("by=quad_class"));
    await(".events-timeline rect.tl-bar");
    // Sunday 2019-12-15 falls in the week of Monday 2019-12-09, Friday 2019-12-20 in that of the 16th
    List<String> weeks = barsWhen(b -> b.contains("2019-12-09") && b.contains("2019-12-16"));
    assertTrue(weeks.contains("2019-12-09") && weeks.contains("2019-12-16"), weeks.toString());
    screenshot("events-quadclass-week");

    driver.findElement(By.cssSelector(".events-timeline a.toggle[href*='interval=day']")).click();
    wait.until(d -> d.getCurrentUrl().contains("interval=day"));
    await(".events-timeline rect.tl-bar");
    List<String> days = barsWhen(b -> b.containsAll(List.of("2019-12-15", "2019-12-18", "2019-12-20")));
    assertTrue(days.containsAll(List.of("2019-12-15", "2019-12-18", "2019-12-20")), days.toString());
    assertTrue(days.stream().allMatch(b -> b.startsWith("2019-")), "the 1793 misreading is left out: " + days);
    assertTrue(driver.findElement(By.cssSelector(".events-timeline .outside")).getText().endsWith(": 1"),
        "and counted under the chart");
    assertTrue(all(".events-timeline svg text").stream().anyMatch(x -> x.getText().equals("2019-12-15")),
        "days are written on the axis");
    assertTrue(driver.findElement(By.cssSelector("main table")).getText().contains("CAMEO 073"),
        "the table shows CAMEO codes");

    driver.manage().window().setSize(new Dimension(420, 900));
    try {
      assertNoHorizontalScroll();
      screenshot("events-narrow");
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 900));
    }
  }

  /** The data-month of each bar of the events chart. */
  /** The chart's bars once {@code test} holds for them (the chart may still be re-rendering). */
  private static List<String> barsWhen(java.util.function.Predicate<List<String>> test) {
    return wait.until(d -> {
      List<String> b = bars();
      return test.test(b) ? b : null;
    });
  }

  private static List<String> bars() {
    return all(".events-timeline rect.tl-bar").stream().map(r -> r.getAttribute("data-month")).toList();
  }

  /** Presses Tab until {@code target} has the focus (at most 60 times). */
  private static void tabTo(WebElement target) {
    for (int i = 0; i < 60 && !target.equals(driver.switchTo().activeElement()); i++) {
      driver.switchTo().activeElement().sendKeys(Keys.TAB);
    }
    assertEquals(target, driver.switchTo().activeElement(), "reachable with the Tab key");
  }

  /** The page is no wider than the window (tables scroll inside their own box). */
  private static void assertNoHorizontalScroll() {
    Object over = ((JavascriptExecutor) driver).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertTrue(((Number) over).longValue() <= 1, "the page scrolls sideways by " + over + " px");
  }

  @Test
  void cameoCodesAreNamedInEnglishInEventListsAndSentences() throws IOException {
    open("#/article/meeting");
    await(".doc-text");
    driver.findElement(By.id("lang-toggle")).click();
    try {
      wait.until(d -> "ltr".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
      await(".event .cameo");
      assertTrue(all(".event .cameo").stream().anyMatch(e -> e.getText().contains("CAMEO 043 Host a visit")),
          "the codebook name of 043");
      assertTrue(driver.findElement(By.cssSelector(".event-en")).getText()
          .contains("Recep Tayyip Erdogan hosted Fayez al-Sarraj in Istanbul"), "the CAMEO code's verb");
      screenshot("article-english");
      open("#/events");
      await("main table tbody tr");
      assertTrue(driver.findElement(By.cssSelector("main table")).getText().contains("CAMEO 073 Provide humanitarian aid"));
      open("#/search");
      await(".facet");
      assertTrue(all(".facet a").stream().anyMatch(a -> a.getText().equals("04 Consult")), "CAMEO root facets are named");
    } finally {
      driver.findElement(By.id("lang-toggle")).click();
      wait.until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
    }
  }

  @Test
  void theEntityPageFitsAPhone() throws IOException {
    driver.manage().window().setSize(new Dimension(420, 900));
    try {
      open("#/entity/Q39259");
      await(".roles svg.periods");
      assertNoHorizontalScroll();
      screenshot("entity-narrow");
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 900));
    }
  }

  @Test
  void theEnglishToggleSwitchesLabelsAndDirection() throws IOException {
    open("#/search");
    await(".hit");
    driver.findElement(By.id("lang-toggle")).click();
    wait.until(d -> "ltr".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
    assertEquals("Search", driver.findElement(By.cssSelector("#nav a[aria-current=page]")).getText());
    assertEquals("rtl", await(".snippet").getAttribute("dir"), "article text stays right to left");
    screenshot("search-english");
    driver.findElement(By.id("lang-toggle")).click();
    wait.until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
  }

  @Test
  void theNetworkPageDrawsActorsAndEventsWithFiltersInTheUrl() throws IOException {
    open("#/network?from=2019-12-01");
    await("svg.network .node circle");
    assertFalse(all("svg.network line.edge").isEmpty(), "at least one edge");
    assertFalse(all("svg.network line.edge.coop").isEmpty(), "a meeting is cooperation");
    assertFalse(driver.findElement(By.cssSelector("svg.network .node text")).getText().isBlank());
    assertEquals("2019-12-01",
        driver.findElement(By.cssSelector(".filter-form input[name=from]")).getAttribute("value"));
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("document.querySelector('svg.network').scrollIntoView({block: 'end'})");
    screenshot("network");

    WebElement cameo = driver.findElement(By.cssSelector(".filter-form input[name=cameo]"));
    cameo.sendKeys("04");
    cameo.submit();
    wait.until(d -> d.getCurrentUrl().contains("cameo=04") && d.getCurrentUrl().contains("from=2019-12-01"));
    await("svg.network .node circle");
    driver.findElement(By.cssSelector("svg.network a.node circle")).click();
    wait.until(d -> d.getCurrentUrl().contains("#/entity/"));
    await(".entity h1");
  }

  @Test
  void theMapDrawsCitiesWhereTheyAreAndOtherPlacesAtTheirCountry() throws IOException {
    open("#/map?from=2019-01-01&to=2019-12-31");
    await("svg.map .place circle");
    assertTrue(all("svg.map path.land").size() > 150, "country shapes are drawn");
    assertEquals("mena", driver.findElement(By.cssSelector("svg.map")).getAttribute("data-region"));
    // Istanbul (41.01 N, 28.95 E) on the 960 x 480 equirectangular plane
    WebElement istanbul = await("svg.map .place.city circle[data-place='marsad:place/TUR/istanbul']");
    assertEquals(557.2, Double.parseDouble(istanbul.getAttribute("cx")), 1.0);
    assertEquals(130.6, Double.parseDouble(istanbul.getAttribute("cy")), 1.0);
    assertFalse(all("svg.map .place.country circle[data-country=LBY]").isEmpty(),
        "the aid located in Libya (a country, no point) is drawn at Libya's centroid");
    String table = driver.findElement(By.cssSelector("main table")).getText();
    assertTrue(table.contains("41.01, 28.95"), "the table gives the city's coordinates: " + table);
    screenshot("map");

    driver.findElement(By.cssSelector("a.toggle[href*='region=world']")).sendKeys(Keys.ENTER);
    wait.until(d -> "world".equals(d.findElement(By.cssSelector("svg.map")).getAttribute("data-region")));
    assertEquals("0.0 0.0 960.0 480.0", driver.findElement(By.cssSelector("svg.map")).getDomAttribute("viewBox"));
    await("svg.map .place.city circle");
    screenshot("map-world");
  }
}
