package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.input.ArticleReader;
import org.marsad.pipeline.Analyzer;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.store.Store;
import org.marsad.store.StoreSearch;

/** Ingest from every supported container into a real store. */
class IngestTest {
  @TempDir
  Path tmp;

  static final String T1 = "أعلنت وزارة الصحة السعودية اليوم تسجيل حالات شفاء جديدة في منطقة الرياض.";
  static final String T2 = "افتتح أمير منطقة جازان مشروعا جديدا لتحلية المياه بتكلفة كبيرة.";
  static final String T3 = "وصل وزير الخارجية إلى القاهرة في زيارة رسمية يبحث خلالها العلاقات الثنائية.";
  static final String T4 = "ارتفعت أسعار النفط في الأسواق العالمية مع تراجع المخزونات الأمريكية.";
  static final String T5 = "قررت الهيئة العامة للرياضة إقامة بطولة جديدة لكرة القدم في مدينة جدة.";
  static final String T6 = "أكد المتحدث باسم التحالف أن العمليات العسكرية في اليمن مستمرة حتى تحقيق أهدافها.";

  private IngestSummary ingest(Path storeDir, List<String> args) throws InterruptedException {
    try (Store s = Store.open(storeDir)) {
      return new Ingester(s, Analyzer.defaults(), new ArticleReader(null, 1 << 20), new Inputs(1 << 20),
          2, 3, () -> { }).run(args);
    }
  }

  private SearchResult search(Path storeDir, String q) {
    try (Store s = Store.openReadOnly(storeDir)) {
      return new StoreSearch(s).search(SearchRequest.of(q));
    }
  }

  @Test
  void ingestsFilesDirectoriesJsonlFeedsAndWarcAndIsIdempotent() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in/sub"));
    Files.writeString(tmp.resolve("in/a.txt"), T1);
    Files.writeString(in.resolve("b.html"), "<html><head><title>مشروع جازان</title>"
        + "<meta property=\"og:site_name\" content=\"sabq\"></head><body><article><p>" + T2
        + "</p></article></body></html>");
    Files.writeString(tmp.resolve("in/ignored.pdf"), "not an article");
    Path jsonl = tmp.resolve("batch.jsonl");
    Files.writeString(jsonl, "{\"text\":\"" + T3 + "\",\"url\":\"https://x.org/3\",\"source\":\"okaz\",\"published\":\"2015-07-21\"}\n"
        + "{\"title\":\"no text\"}\n\n{\"text\":\"" + T1 + "\",\"url\":\"https://y.org/1\",\"source\":\"aawsat\"}\n");
    Path rss = tmp.resolve("feed.rss");
    Files.writeString(rss, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
        + "<title>Riyadh Daily</title><link>https://r.example</link><description>d</description>"
        + "<item><title>النفط</title><link>https://r.example/oil</link><pubDate>Tue, 21 Jul 2015 10:00:00 GMT</pubDate>"
        + "<description>&lt;p&gt;" + T4 + "&lt;/p&gt;</description></item></channel></rss>");
    Path atom = tmp.resolve("feed.atom");
    Files.writeString(atom, "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
        + "<title>Jeddah News</title><id>urn:j</id><updated>2015-07-22T00:00:00Z</updated>"
        + "<entry><title>بطولة</title><link href=\"https://j.example/sport\"/><id>urn:j:1</id>"
        + "<updated>2015-07-22T08:00:00Z</updated><content type=\"text\">" + T5 + "</content></entry></feed>");
    Path warc = tmp.resolve("crawl.warc");
    Files.write(warc, warc("https://news.example/yemen", "<html><body><article><p>" + T6
        + "</p></article></body></html>"));

    Path store = tmp.resolve("store");
    List<String> args = List.of(tmp.resolve("in").toString(), jsonl.toString(), rss.toString(),
        atom.toString(), warc.toString());
    IngestSummary s = ingest(store, args);
    assertEquals(8, s.read(), s.toString());
    assertEquals(6, s.added(), s.toString());
    assertEquals(1, s.duplicates(), s.toString()); // T1 again, from another outlet
    assertEquals(1, s.failed(), s.toString());
    assertTrue(s.failures().get(0).contains("batch.jsonl line 2: record has no 'text'"), s.failures().toString());

    SearchResult oil = search(store, "النفط");
    assertEquals("Riyadh Daily", oil.hits().get(0).sources().get(0).outlet());
    assertEquals("https://r.example/oil", oil.hits().get(0).url());
    assertEquals("2015-07-21", oil.hits().get(0).published());
    assertEquals("النفط", oil.hits().get(0).title());
    SearchResult yemen = search(store, "اليمن");
    assertEquals("news.example", yemen.hits().get(0).sources().get(0).outlet());
    assertEquals("https://news.example/yemen", yemen.hits().get(0).url());
    assertEquals("sabq", search(store, "جازان").hits().get(0).sources().get(0).outlet());
    assertEquals("Jeddah News", search(store, "بطولة").hits().get(0).sources().get(0).outlet());
    assertEquals(2, search(store, "الصحة").hits().get(0).sources().size());

    IngestSummary again = ingest(store, args);
    assertEquals(0, again.added(), again.toString());
    assertEquals(0, again.duplicates(), again.toString());
    assertEquals(7, again.existing(), again.toString());
    try (Store st = Store.openReadOnly(store)) {
      assertEquals(6, st.documentCount());
    }
  }

  @Test
  void aFeedIsFetchedOverHttp() throws Exception {
    byte[] rss = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
        + "<title>Okaz</title><link>https://o.example</link><description>d</description>"
        + "<item><title>جازان</title><link>https://o.example/1</link><description>" + T2
        + "</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
    com.sun.net.httpserver.HttpServer http = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext("/rss", ex -> {
      ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
      ex.sendResponseHeaders(200, rss.length);
      ex.getResponseBody().write(rss);
      ex.close();
    });
    http.start();
    try {
      String url = "http://127.0.0.1:" + http.getAddress().getPort() + "/rss";
      IngestSummary s = ingest(tmp.resolve("store"), List.of(url));
      assertEquals(1, s.added(), s.toString());
      assertEquals("Okaz", search(tmp.resolve("store"), "جازان").hits().get(0).sources().get(0).outlet());
      IngestSummary missing = ingest(tmp.resolve("store"), List.of(url.replace("/rss", "/missing")));
      assertEquals(1, missing.failed());
      assertTrue(missing.failures().get(0).contains("HTTP 404"), missing.failures().toString());
    } finally {
      http.stop(0);
    }
  }

  @Test
  void anUnreadableFeedIsOneFailureNamingTheFile() throws Exception {
    Path bad = tmp.resolve("bad.xml");
    Files.writeString(bad, "<not-a-feed>");
    IngestSummary s = ingest(tmp.resolve("store"), List.of(bad.toString()));
    assertEquals(1, s.failed());
    assertTrue(s.failures().get(0).startsWith(bad.toString()), s.failures().toString());
  }

  static byte[] warc(String uri, String html) {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
        + body.length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    block.writeBytes(http);
    block.writeBytes(body);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri
        + "\r\nWARC-Date: 2015-07-23T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789abc>"
        + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + block.size()
        + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(block.toByteArray());
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
