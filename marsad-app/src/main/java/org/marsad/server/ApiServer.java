package org.marsad.server;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.marsad.json.DocumentJson;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KnowledgeBase;
import org.marsad.kb.PlaceCoordinates;
import org.marsad.model.Document;
import org.marsad.model.DocumentMeta;
import org.marsad.pipeline.Analyzer;
import org.marsad.pipeline.DocumentIds;
import org.marsad.pipeline.PublishedDates;
import org.marsad.store.AddResult;
import org.marsad.store.Analytics;
import org.marsad.store.InvalidRequestException;
import org.marsad.store.SearchRequest;
import org.marsad.store.SortOrder;
import org.marsad.store.SourceRef;
import org.marsad.store.Store;
import org.marsad.store.StoreSearch;

/**
 * The REST API (Javalin) over a store. Reads are open; writes ({@code POST /api/documents}) need
 * the {@link ApiToken}. Bodies over {@code maxBody} bytes are refused with 413; no endpoint takes
 * a file path. Every error is RFC 9457 problem JSON. See docs/store.md and {@code /openapi.json}.
 * The bundled web UI ({@link WebUi}) is served at {@code /}.
 */
public final class ApiServer implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
  private static final Set<String> SEARCH = Params.with(Params.FILTERS, "q", "sort", "offset",
      "limit", "facets");
  private static final Set<String> EVENTS = Params.with(Params.FILTERS, "offset", "limit", "format");
  private static final Set<String> NETWORK = Params.with(Params.FILTERS, "limit");
  private static final Set<String> TIMELINE = Params.with(Params.FILTERS, "q", "interval", "of", "by");
  private static final Set<String> BODY_FIELDS = Set.of("text", "id", "title", "url", "source",
      "published");

  private final Store store;
  private final StoreSearch search;
  private final Analytics analytics;
  private final Analyzer analyzer;
  private final ApiToken token;
  private final long maxBody;
  private final Javalin app;

  public ApiServer(Store store, Analyzer analyzer, ApiToken token, long maxBody, String host, int port) {
    this.store = store;
    this.search = new StoreSearch(store);
    this.analytics = new Analytics(store);
    this.analyzer = analyzer;
    this.token = token;
    this.maxBody = maxBody;
    this.app = Javalin.create(config -> {
      config.jetty.host = host;
      config.jetty.port = port;
      config.http.maxRequestSize = maxBody;
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.routes.get("/", WebUi::index);
      config.routes.get("/ui/{file}", WebUi::asset);
      config.routes.get("/openapi.json", this::openApi);
      config.routes.get("/api/search", this::search);
      config.routes.get("/api/documents/{id}", this::document);
      config.routes.get("/api/entities/{id}", this::entity);
      config.routes.get("/api/events", this::events);
      config.routes.get("/api/network", this::network);
      config.routes.get("/api/places", this::places);
      config.routes.get("/api/timeline", this::timeline);
      config.routes.post("/api/analyze", this::analyze);
      config.routes.post("/api/documents", this::ingest);
      config.routes.exception(ApiException.class, (e, ctx) -> Problems.write(ctx, e.status(), e.getMessage()));
      config.routes.exception(InvalidRequestException.class, (e, ctx) -> Problems.write(ctx, 400, e.getMessage()));
      config.routes.exception(HttpResponseException.class, (e, ctx) -> Problems.write(ctx, e.getStatus(),
          e.getStatus() == 413 ? tooLarge() : e.getMessage()));
      config.routes.exception(Exception.class, (e, ctx) -> Problems.write(ctx, 500,
          "the server failed on this request (" + e.getClass().getSimpleName() + "); see its log"));
      config.routes.error(404, "*", ctx -> {
        if (ctx.result() == null || ctx.result().isEmpty()) {
          Problems.write(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path());
        }
      });
      config.routes.error(405, "*", ctx -> {
        if (ctx.result() == null || ctx.result().isEmpty()) {
          Problems.write(ctx, 405, ctx.method() + " is not allowed on " + ctx.path());
        }
      });
    });
  }

  public ApiServer start() {
    app.start();
    return this;
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private void openApi(Context ctx) throws IOException {
    try (InputStream in = ApiServer.class.getResourceAsStream("openapi.json")) {
      ctx.contentType("application/json").result(in.readAllBytes());
    }
  }

  private void search(Context ctx) throws IOException {
    Params p = new Params(ctx, SEARCH);
    SearchRequest req = new SearchRequest(p.get("q"), p.filters(), SortOrder.parse(p.get("sort")),
        p.integer("offset", 0), p.integer("limit", 10), p.integer("facets", 10));
    json(ctx, search.search(req));
  }

  private void document(Context ctx) {
    String id = ctx.pathParam("id");
    String doc = store.documentJson(id)
        .orElseThrow(() -> ApiException.notFound("no document with id '" + id + "'"));
    ctx.contentType("application/json").result(doc);
  }

  private void entity(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    json(ctx, analytics.entity(id)
        .orElseThrow(() -> ApiException.notFound("no entity with id '" + id + "' in the store")));
  }

  private void events(Context ctx) throws IOException {
    Params p = new Params(ctx, EVENTS);
    String format = p.get("format") == null ? "json" : p.get("format");
    if (!Set.of("json", "csv", "jsonl").contains(format)) {
      throw ApiException.badRequest("format: '" + format + "' is not json, csv or jsonl");
    }
    Analytics.EventPage page = analytics.events(p.filters(), p.integer("offset", 0),
        p.integer("limit", 100));
    switch (format) {
      case "csv" -> ctx.contentType("text/csv; charset=utf-8").result(EventCsv.write(page.events()));
      case "jsonl" -> {
        StringBuilder b = new StringBuilder();
        page.events().forEach(e -> b.append(e).append('\n'));
        ctx.contentType("application/x-ndjson").header("X-Total-Count", String.valueOf(page.total()))
            .result(b.toString());
      }
      default -> json(ctx, page);
    }
  }

  private void network(Context ctx) throws IOException {
    Params p = new Params(ctx, NETWORK);
    json(ctx, analytics.network(p.filters(), p.integer("limit", 100)));
  }

  /**
   * Event locations for the map: the newest matching events (up to {@code limit}) counted per
   * location entity, with the entity's country from the knowledge base and its coordinates where
   * {@link PlaceCoordinates} has them (the web UI places the others at their country's centroid).
   */
  private void places(Context ctx) throws IOException {
    Params p = new Params(ctx, NETWORK);
    int limit = p.integer("limit", 5000);
    if (limit < 1 || limit > 5000) {
      throw ApiException.badRequest("limit: " + limit + " is out of range (1 to 5000)");
    }
    Map<String, ObjectNode> byEntity = new LinkedHashMap<>();
    long total = 0;
    long unplaced = 0;
    long scanned = 0;
    KnowledgeBase kb = KnowledgeBase.shared();
    PlaceCoordinates coordinates = PlaceCoordinates.shared();
    for (int offset = 0; offset < limit; offset += 1000) {
      Analytics.EventPage page = analytics.events(p.filters(), offset, Math.min(1000, limit - offset));
      total = page.total();
      for (JsonNode e : page.events()) {
        scanned++;
        String id = e.path("location").path("entity").asText(null);
        KbEntry k = id == null ? null : kb.get(id);
        String country = k == null ? null : k.country();
        if (country == null || country.isBlank()) {
          unplaced++;
          continue;
        }
        ObjectNode o = byEntity.computeIfAbsent(id, x -> {
          ObjectNode n = JSON.createObjectNode();
          n.put("entity", x);
          n.put("label", k.name());
          n.put("label_en", k.nameEn());
          n.put("country", country);
          PlaceCoordinates.LatLon at = coordinates.of(x, kb);
          if (at != null) {
            n.put("lat", at.lat());
            n.put("lon", at.lon());
          }
          n.put("events", 0);
          return n;
        });
        o.put("events", o.get("events").asLong() + 1);
      }
      if (page.events().size() < Math.min(1000, limit - offset)) {
        break;
      }
    }
    ObjectNode out = JSON.createObjectNode();
    out.put("total", total);
    out.put("scanned", scanned);
    out.put("unplaced", unplaced);
    var arr = out.putArray("places");
    byEntity.values().stream().sorted(Comparator.comparingLong((ObjectNode o) -> -o.get("events").asLong()))
        .forEach(arr::add);
    json(ctx, out);
  }

  private void timeline(Context ctx) throws IOException {
    Params p = new Params(ctx, TIMELINE);
    String of = p.get("of") == null ? "documents" : p.get("of");
    if (!of.equals("documents") && !of.equals("events")) {
      throw ApiException.badRequest("of: '" + of + "' is not documents or events");
    }
    json(ctx, analytics.timeline(p.get("q"), p.filters(), Analytics.Interval.parse(p.get("interval")),
        of.equals("events"), Analytics.Breakdown.parse(p.get("by"))));
  }

  private void analyze(Context ctx) throws IOException {
    Params p = new Params(ctx, Set.of("tokens"));
    Article a = readArticle(ctx);
    Document doc = analyzer.analyze(a.meta(), a.text());
    StringWriter w = new StringWriter();
    DocumentJson.write(doc, w, new DocumentJson.Options(false, p.bool("tokens")));
    ctx.contentType("application/json").result(w.toString());
  }

  private void ingest(Context ctx) throws IOException {
    if (!token.accepts(ctx.header("Authorization"))) {
      throw new ApiException(401, "writing needs the API token: send 'Authorization: Bearer TOKEN'"
          + " (the token is MARSAD_TOKEN, or the file api-token in the store directory)");
    }
    if (!store.writable()) {
      throw new ApiException(503, "the store is open read-only (another process is writing it)");
    }
    new Params(ctx, Set.of());
    Article a = readArticle(ctx);
    DocumentMeta meta = a.meta();
    Document doc = analyzer.analyze(meta, a.text());
    String json = DocumentJson.toJson(doc, DocumentJson.Options.COMPACT);
    AddResult r = store.add(doc, json, new SourceRef(meta.source(), meta.url(), doc.meta().id()));
    store.commit();
    store.refresh();
    ctx.status(r.status() == AddResult.Status.NEW ? 201 : 200);
    json(ctx, r);
  }

  /** An article sent in a request body. */
  private record Article(DocumentMeta meta, String text) {}

  /** Reads {@code {text, id, title, url, source, published}} (JSON) or a text/plain body. */
  private Article readArticle(Context ctx) throws IOException {
    byte[] body = readBody(ctx);
    String ct = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
    if (ct.startsWith("text/plain")) {
      String text = new String(body, StandardCharsets.UTF_8);
      requireText(text);
      return new Article(new DocumentMeta(DocumentIds.of(null, text), null, null, null, null), text);
    }
    if (!ct.startsWith("application/json")) {
      throw new ApiException(415, "send the article as application/json"
          + " {\"text\": ..., \"title\", \"url\", \"source\", \"published\"} or as text/plain");
    }
    JsonNode n;
    try {
      n = JSON.readTree(body);
    } catch (IOException e) {
      throw ApiException.badRequest("the body is not valid JSON");
    }
    if (n == null || !n.isObject()) {
      throw ApiException.badRequest("the body must be a JSON object with a 'text' field");
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!BODY_FIELDS.contains(f)) {
        throw ApiException.badRequest("unknown field '" + f + "' (known: id, title, url, source,"
            + " published, text; files and paths are never read over HTTP)");
      }
    }
    JsonNode t = n.get("text");
    if (t == null || !t.isTextual()) {
      throw ApiException.badRequest("the body has no 'text' string");
    }
    String text = t.asText();
    requireText(text);
    LocalDate published = null;
    String p = str(n, "published");
    if (p != null) {
      try {
        published = PublishedDates.parse(p);
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("published: '" + p + "' is not a date (expected YYYY-MM-DD)");
      }
    }
    String url = str(n, "url");
    String id = str(n, "id");
    return new Article(new DocumentMeta(id == null ? DocumentIds.of(url, text) : id, published,
        str(n, "title"), url, str(n, "source")), text);
  }

  private static void requireText(String text) {
    if (text.isBlank()) {
      throw ApiException.badRequest("the text is empty");
    }
  }

  private byte[] readBody(Context ctx) throws IOException {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBody) {
      throw new ApiException(413, tooLarge());
    }
    byte[] b = ctx.req().getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
    if (b.length > maxBody) {
      throw new ApiException(413, tooLarge());
    }
    return b;
  }

  private String tooLarge() {
    return "the body is larger than the limit of " + maxBody + " bytes (serve --max-body)";
  }

  private static String str(JsonNode n, String f) {
    JsonNode v = n.get(f);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static void json(Context ctx, Object o) throws IOException {
    ctx.contentType("application/json").result(JSON.writeValueAsString(o));
  }

  /** For tests and the CLI: the API's JSON mapper (snake_case names). */
  public static ObjectMapper mapper() {
    return JSON;
  }

}
