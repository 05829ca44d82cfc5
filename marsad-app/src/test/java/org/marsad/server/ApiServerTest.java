package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
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

/** The REST API on a real server on an ephemeral port over a real index. */
class ApiServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "test-token-123";
  private static final String TEXT_A = "التقى أردوغان بالسراج في إسطنبول وبحث معه الوضع في ليبيا.";
  private static final String TEXT_B = "قال الرئيس التركي إن بلاده سترسل قوات إلى ليبيا لدعم حكومة الوفاق.";

  @TempDir
  static Path dir;
  static Store store;
  static ApiServer server;
  static HttpClient http = HttpClient.newHttpClient();
  static String docAJson;

  @BeforeAll
  static void start() {
    store = Store.open(dir);
    Document a = Analyzer.defaults().analyze(new DocumentMeta("a", java.time.LocalDate.parse("2019-12-15"),
        "لقاء", null, "aawsat"), TEXT_A);
    a = a.withEntities(List.of(entity(a, "e1", "Q39259", "أردوغان"), entity(a, "e2", "Q2045717", "السراج")))
        .withEvents(List.of(event("040", "CONSULT", "e1", "e2")));
    Document b = Analyzer.defaults().analyze(new DocumentMeta("b", java.time.LocalDate.parse("2019-12-20"),
        "قوات", null, "okaz"), TEXT_B);
    b = b.withEntities(List.of(entity(b, "e1", "Q39259", "الرئيس التركي")))
        .withEvents(List.of(event("150", "MOBILIZE", "e1", null)));
    docAJson = DocumentJson.toJson(a, DocumentJson.Options.COMPACT);
    store.add(a, docAJson, new SourceRef("aawsat", null, "a"));
    store.add(b, DocumentJson.toJson(b, DocumentJson.Options.COMPACT), new SourceRef("okaz", null, "b"));
    store.commit();
    store.refresh();
    server = new ApiServer(store, Analyzer.defaults(), new ApiToken(TOKEN, false), 4096, "127.0.0.1", 0)
        .start();
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  private static Entity entity(Document d, String id, String kb, String surface) {
    int at = d.text().indexOf(surface);
    return new Entity(id, EntityType.PER, surface, null, kb, null,
        List.of(new Mention(at, at + surface.length(), surface, MentionKind.NAME)));
  }

  private static Event event(String cameo, String plover, String src, String tgt) {
    return new Event("v1", cameo, plover, 0, new TextSpan(0, 1, "x"), new EventArgument(src, null, null),
        tgt == null ? null : new EventArgument(tgt, null, null), new EntityRef(null, "إسطنبول"), null, null,
        Modality.ASSERTED, null, 0.8);
  }

  private static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String contentType, String body, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static JsonNode problem(HttpResponse<String> r, int status) throws IOException {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    JsonNode p = JSON.readTree(r.body());
    assertEquals(status, p.get("status").asInt());
    assertTrue(p.get("detail").asText().length() > 10, r.body());
    return p;
  }

  @Test
  void searchFindsEveryDocumentAboutAnEntityWithSnippetsAndFacets() throws Exception {
    HttpResponse<String> r = get("/api/search?q=" + enc("أردوغان") + "&sort=date");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode n = JSON.readTree(r.body());
    assertEquals(2, n.get("total").asInt());
    assertEquals("b", n.get("hits").get(0).get("id").asText());
    assertTrue(n.get("hits").get(0).get("snippet").asText().contains("<mark>الرئيس التركي</mark>"));
    assertEquals("Q39259", n.get("facets").get("entities").get(0).get("value").asText());
  }

  @Test
  void aDocumentComesBackAsStored() throws Exception {
    HttpResponse<String> r = get("/api/documents/a");
    assertEquals(200, r.statusCode());
    assertEquals(docAJson, r.body());
  }

  @Test
  void anEntityProfileCountsItsEventsAndPartners() throws Exception {
    JsonNode n = JSON.readTree(get("/api/entities/Q39259").body());
    assertEquals(2, n.get("documents").asInt());
    assertEquals(1, n.get("events_by_type").get("CONSULT").asInt());
    assertEquals(1, n.get("events_by_month").get("2019-12").get("MOBILIZE").asInt());
    assertEquals("Q2045717", n.get("interacting").get(0).get("value").asText());
    assertTrue(n.get("aliases").toString().contains("الرئيس التركي"));
  }

  @Test
  void anEntityProfileSplitsPartnersFromAdversariesByQuadClass() throws Exception {
    JsonNode n = JSON.readTree(get("/api/entities/Q39259").body());
    // the consultation (040) is cooperation; the mobilization (150) has no second actor
    assertEquals("Q2045717", n.get("partners").get(0).get("value").asText());
    assertEquals(1, n.get("partners").get(0).get("count").asInt());
    assertEquals(0, n.get("adversaries").size());
  }

  @Test
  void anEntityProfileListsItsKbRolesWithTheirDates() throws Exception {
    JsonNode roles = JSON.readTree(get("/api/entities/Q39259").body()).get("roles");
    // roles.tsv: prime minister of Turkey 2003-03-14 to 2014-08-28, then president (open)
    JsonNode first = roles.get(0);
    assertEquals("HOG", first.get("role").asText());
    assertEquals("TUR", first.get("scope").asText());
    assertEquals("Turkey", first.get("scope_name_en").asText());
    assertEquals("TURGOV", first.get("actor").asText());
    assertEquals("2003-03-14", first.get("from").asText());
    assertEquals("2014-08-28", first.get("to").asText());
    JsonNode president = StreamSupport.stream(roles.spliterator(), false)
        .filter(r -> r.get("role").asText().equals("HOS")).findFirst().orElseThrow();
    assertEquals("2014-08-28", president.get("from").asText());
    assertTrue(president.get("to").isNull(), "an open term has no end");
    // an entity the KB does not know has no roles
    assertEquals(0, JSON.readTree(get("/api/entities/Q2045717").body()).get("roles").size());
  }

  @Test
  void eventsComeAsJsonCsvAndJsonl() throws Exception {
    JsonNode n = JSON.readTree(get("/api/events?entity=Q39259").body());
    assertEquals(2, n.get("total").asInt());
    HttpResponse<String> csv = get("/api/events?cameo=04&format=csv");
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    String[] lines = csv.body().split("\r\n");
    assertEquals(2, lines.length);
    assertTrue(lines[1].startsWith("a,v1,2019-12-15,040,04,verbal_cooperation,CONSULT,Q39259"), lines[1]);
    assertEquals(1, get("/api/events?plover=MOBILIZE&format=jsonl").body().strip().split("\n").length);
  }

  @Test
  void theNetworkCountsEdgesByQuadClass() throws Exception {
    JsonNode n = JSON.readTree(get("/api/network").body());
    JsonNode e = n.get("edges").get(0);
    assertEquals("Q39259", e.get("source").asText());
    assertEquals("Q2045717", e.get("target").asText());
    assertEquals(1, e.get("quad_class").get("verbal_cooperation").asInt());
  }

  @Test
  void placesCountEventLocationsByTheirKbCountry() throws Exception {
    JsonNode n = JSON.readTree(get("/api/places").body());
    assertEquals(n.get("total").asLong(), n.get("scanned").asLong(), n.toString());
    assertEquals(n.get("scanned").asLong() - n.get("unplaced").asLong(),
        StreamSupport.stream(n.get("places").spliterator(), false).mapToLong(p -> p.get("events").asLong()).sum());
    // This store's events have no KB location; WebUiE2ETest places Istanbul in Turkey.
    assertEquals(400, get("/api/places?limit=5001").statusCode());
  }

  @Test
  void theTimelineBucketsByMonth() throws Exception {
    JsonNode n = JSON.readTree(get("/api/timeline?interval=month").body());
    assertEquals("2019-12", n.get(0).get("bucket").asText());
    assertEquals(2, n.get(0).get("count").asInt());
    assertTrue(n.get(0).get("by") == null, "no breakdown unless asked: " + n);
  }

  @Test
  void theEventTimelineBreaksDownByPloverTypeOrQuadClassPerDayWeekOrMonth() throws Exception {
    JsonNode plover = JSON.readTree(get("/api/timeline?of=events&interval=month&by=plover").body());
    assertEquals(1, plover.size());
    assertEquals(1, plover.get(0).get("by").get("CONSULT").asInt());
    assertEquals(1, plover.get(0).get("by").get("MOBILIZE").asInt());
    JsonNode quad = JSON.readTree(get("/api/timeline?of=events&interval=week&by=quad_class").body());
    // 2019-12-15 is a Sunday (week of Monday the 9th), 2019-12-20 a Friday (week of the 16th)
    assertEquals("2019-12-09", quad.get(0).get("bucket").asText());
    assertEquals(1, quad.get(0).get("by").get("verbal_cooperation").asInt());
    assertEquals("2019-12-16", quad.get(1).get("bucket").asText());
    assertEquals(1, quad.get(1).get("by").get("material_conflict").asInt());
    JsonNode days = JSON.readTree(get("/api/timeline?of=events&interval=day&by=quadclass").body());
    assertEquals(List.of("2019-12-15", "2019-12-20"), StreamSupport.stream(days.spliterator(), false)
        .map(b -> b.get("bucket").asText()).toList());
    problem(get("/api/timeline?of=events&by=goldstein"), 400);
    problem(get("/api/timeline?by=plover"), 400);
  }

  @Test
  void analyzeReturnsMarsadJsonWithoutStoring() throws Exception {
    HttpResponse<String> r = post("/api/analyze", "application/json",
        "{\"text\":\"وصل الوزير إلى الرياض.\",\"published\":\"2020-01-01\"}", null);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode n = JSON.readTree(r.body());
    assertEquals("marsad/1", n.get("schema").asText());
    assertEquals(404, get("/api/documents/" + n.get("id").asText()).statusCode());
  }

  @Test
  void postingADocumentNeedsTheTokenAndStoresItOnce() throws Exception {
    String body = "{\"text\":\"افتتح أمير المنطقة مشروعا جديدا للمياه في جازان.\",\"url\":\"https://example.org/x\",\"source\":\"sabq\"}";
    problem(post("/api/documents", "application/json", body, null), 401);
    problem(post("/api/documents", "application/json", body, "wrong"), 401);
    HttpResponse<String> r = post("/api/documents", "application/json", body, TOKEN);
    assertEquals(201, r.statusCode(), r.body());
    String id = JSON.readTree(r.body()).get("id").asText();
    HttpResponse<String> again = post("/api/documents", "application/json", body, TOKEN);
    assertEquals(200, again.statusCode());
    assertEquals("EXISTS", JSON.readTree(again.body()).get("status").asText());
    assertEquals(200, get("/api/documents/" + id).statusCode());
  }

  @Test
  void badParametersAre400WithAReadableMessage() throws Exception {
    assertTrue(problem(get("/api/search?from=2019-13-45"), 400).get("detail").asText().contains("2019-13-45"));
    assertTrue(problem(get("/api/search?colour=red"), 400).get("detail").asText().contains("colour"));
    assertTrue(problem(get("/api/search?cameo=99"), 400).get("detail").asText().contains("99"));
    problem(get("/api/search?limit=abc"), 400);
    problem(get("/api/search?sort=sideways"), 400);
    problem(get("/api/events?format=xml"), 400);
    problem(get("/api/timeline?interval=year"), 400);
    problem(post("/api/analyze", "application/json", "{\"text\":", null), 400);
    problem(post("/api/analyze", "application/json", "{\"text\":\"x\",\"published\":\"yesterday\"}", null), 400);
  }

  @Test
  void filePathsAreNeverAccepted() throws Exception {
    JsonNode p = problem(post("/api/documents", "application/json", "{\"path\":\"/etc/passwd\"}", TOKEN), 400);
    assertTrue(p.get("detail").asText().contains("'path'"));
  }

  @Test
  void unknownIdsAre404() throws Exception {
    problem(get("/api/documents/nope"), 404);
    problem(get("/api/entities/Q1"), 404);
    problem(get("/api/nothing-here"), 404);
  }

  @Test
  void oversizedBodiesAre413() throws Exception {
    String big = "{\"text\":\"" + "ا".repeat(5000) + "\"}";
    problem(post("/api/analyze", "application/json", big, null), 413);
    problem(post("/api/documents", "application/json", big, TOKEN), 413);
  }

  @Test
  void theOpenApiDocumentListsEveryEndpoint() throws Exception {
    JsonNode n = JSON.readTree(get("/openapi.json").body());
    for (String p : List.of("/api/search", "/api/documents/{id}", "/api/entities/{id}", "/api/events",
        "/api/network", "/api/places", "/api/timeline", "/api/analyze", "/api/documents")) {
      assertTrue(n.get("paths").has(p), p);
    }
  }
}
