package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.pipeline.Analyzer;
import org.marsad.store.Store;

/** The bundled web UI is served from the classpath, offline, under a strict CSP. */
class WebUiTest {
  private static final List<String> FILES = List.of("index.html", "app.js", "dom.js", "i18n.js", "api.js",
      "search.js", "pages.js", "docview.js", "network.js", "map.js", "svg.js", "cameo.js", "style.css",
      "countries.json");

  @TempDir
  static Path dir;
  static Store store;
  static ApiServer server;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    store = Store.open(dir);
    server = new ApiServer(store, Analyzer.defaults(), new ApiToken("t", false), 4096, "127.0.0.1", 0).start();
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theRootServesTheArabicRightToLeftPageUnderAStrictContentSecurityPolicy() throws Exception {
    HttpResponse<String> r = get("/");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(r.body().contains("<html lang=\"ar\" dir=\"rtl\">"));
    String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("script-src 'self'") && csp.contains("default-src 'self'"), csp);
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
  }

  @Test
  void scriptsAndStylesAreServedWithTheirTypes() throws Exception {
    assertTrue(get("/ui/app.js").headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
    assertTrue(get("/ui/style.css").headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
  }

  @Test
  void onlyBundledFilesAreServed() throws Exception {
    assertEquals(404, get("/ui/nothing.js").statusCode());
    assertEquals(404, get("/ui/..%2FApiServer.class").statusCode());
    assertEquals(404, get("/ui/openapi.json").statusCode());
  }

  @Test
  void everyBundledFileIsSelfContained() throws IOException {
    Pattern external = Pattern.compile("(?i)(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}/|@import|url\\(");
    for (String f : FILES) {
      try (InputStream in = WebUi.class.getResourceAsStream("web/" + f)) {
        // The SVG namespace is a name for createElementNS, not something fetched.
        String s = new String(in.readAllBytes(), StandardCharsets.UTF_8)
            .replace("'http://www.w3.org/2000/svg'", "");
        Matcher m = external.matcher(s);
        assertFalse(m.find(), () -> f + " refers to something outside the bundle: " + m.group());
      }
    }
  }

  @Test
  void noViewWritesHtmlFromStrings() throws IOException {
    for (String f : FILES) {
      if (!f.endsWith(".js")) {
        continue;
      }
      try (InputStream in = WebUi.class.getResourceAsStream("web/" + f)) {
        String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        for (String sink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(")) {
          assertFalse(s.contains(sink), f + " uses " + sink);
        }
      }
    }
  }
}
