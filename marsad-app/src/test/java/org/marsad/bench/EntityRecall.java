package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.marsad.json.DocumentJson;
import org.marsad.model.Document;
import org.marsad.model.DocumentMeta;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.MentionKind;
import org.marsad.store.EntityExpander;
import org.marsad.store.KbExpander;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.store.SourceRef;
import org.marsad.store.Store;
import org.marsad.store.StoreSearch;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.NormalizedText;

/**
 * Recall at 10 of name-variant queries (test set: {@code eval/name-variants.tsv}) on a corpus,
 * side by side: Lucene's plain ArabicAnalyzer; Marsad's text search alone (no entities, no KB);
 * Marsad with the real pipeline's KB-linked entity ids ({@code Analyzer.defaults()}: NER and
 * entity resolution) and the KB's names, spellings and titles in the query
 * ({@link KbExpander}); and, for comparison with the first measurement, Marsad with entities
 * linked by exact matching of the test set's forms (an oracle) and stored aliases only. A document
 * is relevant to an entity when it contains any of its forms (with clitics). Every form is a
 * query; recall@10 = |top 10 ∩ relevant| / min(10, |relevant|), averaged over queries.
 *
 * <pre>java -cp marsad-app/target/test-classes:marsad-app/target/marsad.jar org.marsad.bench.EntityRecall CORPUS.jsonl [MAX_DOCS] [WORK_DIR]</pre>
 */
public final class EntityRecall {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Form(String entity, String text, boolean title, Pattern pattern) {}

  private EntityRecall() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    int max = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
    Path work = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("marsad-recall");
    List<Form> forms = loadForms();
    Map<String, Set<String>> relevant = new LinkedHashMap<>();
    forms.forEach(f -> relevant.putIfAbsent(f.entity(), new HashSet<>()));

    ArabicAnalyzer arabic = new ArabicAnalyzer();
    ByteBuffersDirectory luceneDir = new ByteBuffersDirectory();
    int n = 0;
    try (Store linked = Store.open(work.resolve("kb"));
        Store oracle = Store.open(work.resolve("oracle"));
        Store plain = Store.open(work.resolve("plain"));
        IndexWriter lw = new IndexWriter(luceneDir, new IndexWriterConfig(arabic));
        BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null && n < max) {
        JsonNode j = JSON.readTree(line);
        if (!j.path("text").isTextual() || j.path("text").asText().isBlank()) {
          continue;
        }
        String id = "d" + (n++);
        String text = j.get("text").asText();
        Document doc = org.marsad.pipeline.Analyzer.defaults().analyze(new DocumentMeta(id,
            published(j), null, null, j.path("source").asText(null)), text);
        List<Entity> entities = link(doc, forms, relevant);
        store(plain, doc.withEntities(List.of()).withEvents(List.of()));
        store(linked, doc);
        store(oracle, doc.withEvents(List.of()).withEntities(entities));
        var ld = new org.apache.lucene.document.Document();
        ld.add(new StringField("id", id, Field.Store.YES));
        ld.add(new TextField("text", text, Field.Store.NO));
        lw.addDocument(ld);
      }
      for (Store s : List.of(linked, oracle, plain)) {
        s.commit();
        s.refresh();
      }
      lw.commit();
      try (DirectoryReader lr = DirectoryReader.open(luceneDir)) {
        report(n, forms, relevant, new StoreSearch(plain, EntityExpander.NONE),
            new StoreSearch(linked, KbExpander.shared()), new StoreSearch(oracle, EntityExpander.NONE),
            new IndexSearcher(lr), arabic);
      }
    }
  }

  private static LocalDate published(JsonNode j) {
    try {
      return LocalDate.parse(j.path("published").asText(""));
    } catch (java.time.format.DateTimeParseException e) {
      return LocalDate.of(2015, 7, 21);
    }
  }

  private static void report(int n, List<Form> forms, Map<String, Set<String>> relevant,
      StoreSearch plain, StoreSearch linked, StoreSearch oracle, IndexSearcher lucene,
      Analyzer arabic) throws IOException {
    System.out.printf("%d documents; %d queries over %d entities%n", n, forms.size(), relevant.size());
    System.out.printf("%-12s %-34s %5s  %8s %8s %8s %8s%n", "entity", "query", "|rel|", "lucene",
        "marsad", "+kb", "+oracle");
    double[] sum = new double[4];
    int q = 0;
    for (Form f : forms) {
      Set<String> rel = relevant.get(f.entity());
      if (rel.isEmpty()) {
        continue;
      }
      double a = recall(luceneTop(lucene, arabic, f.text()), rel);
      double b = recall(marsadTop(plain, f.text()), rel);
      double c = recall(marsadTop(linked, f.text()), rel);
      double d = recall(marsadTop(oracle, f.text()), rel);
      sum[0] += a;
      sum[1] += b;
      sum[2] += c;
      sum[3] += d;
      q++;
      System.out.printf("%-12s %-34s %5d  %8.2f %8.2f %8.2f %8.2f%n", f.entity(), f.text(),
          rel.size(), a, b, c, d);
    }
    System.out.printf("%-12s %-34s %5s  %8.3f %8.3f %8.3f %8.3f%n", "MEAN", q + " queries", "",
        sum[0] / q, sum[1] / q, sum[2] / q, sum[3] / q);
  }

  private static double recall(List<String> top, Set<String> rel) {
    long hit = top.stream().filter(rel::contains).count();
    return hit / (double) Math.min(10, rel.size());
  }

  private static List<String> marsadTop(StoreSearch s, String query) {
    SearchResult r = s.search(SearchRequest.of(query));
    return r.hits().stream().map(SearchResult.Hit::id).toList();
  }

  /** All analyzed terms must match, as in Marsad's default. */
  private static List<String> luceneTop(IndexSearcher s, Analyzer a, String query) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    try (var ts = a.tokenStream("text", query)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        b.add(new TermQuery(new Term("text", t.toString())), Occur.MUST);
      }
      ts.end();
    }
    List<String> out = new ArrayList<>();
    for (ScoreDoc sd : s.search(b.build(), 10).scoreDocs) {
      out.add(s.storedFields().document(sd.doc).get("id"));
    }
    return out;
  }

  private static void store(Store s, Document d) {
    s.add(d, DocumentJson.toJson(d, DocumentJson.Options.COMPACT), new SourceRef(d.meta().source(), null, d.meta().id()));
  }

  /** Finds every form in the folded text; one entity per test-set key with all its mentions. */
  private static List<Entity> link(Document doc, List<Form> forms, Map<String, Set<String>> relevant) {
    NormalizedText norm = ArabicNormalizer.normalize(doc.text());
    Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    for (Form f : forms) {
      Matcher m = f.pattern().matcher(norm.text());
      while (m.find()) {
        var span = norm.toOriginal(m.start(1), m.end(1));
        mentions.computeIfAbsent(f.entity(), k -> new ArrayList<>()).add(new Mention(span.start(),
            span.end(), doc.text().substring(span.start(), span.end()),
            f.title() ? MentionKind.TITLE : MentionKind.NAME));
      }
    }
    List<Entity> out = new ArrayList<>();
    int i = 0;
    for (var e : mentions.entrySet()) {
      relevant.get(e.getKey()).add(doc.meta().id());
      List<Mention> ms = new ArrayList<>(e.getValue());
      ms.sort(java.util.Comparator.comparingInt(Mention::start));
      out.add(new Entity("e" + (++i), EntityType.PER, e.getKey(), null, "eval:" + e.getKey(), null, ms));
    }
    return out;
  }

  static List<Form> loadForms() throws IOException {
    List<Form> out = new ArrayList<>();
    try (InputStream in = EntityRecall.class.getResourceAsStream("/eval/name-variants.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] p = line.split("\t", -1);
        for (int k = 1; k <= 2 && k < p.length; k++) {
          for (String form : p[k].split("\\|")) {
            if (!form.isBlank()) {
              out.add(new Form(p[0], form.strip(), k == 2, pattern(form.strip())));
            }
          }
        }
      }
    }
    return out;
  }

  /** The folded form with optional proclitics (و ف ب ل ك, then ال unless the form has it). */
  private static Pattern pattern(String form) {
    String f = ArabicNormalizer.fold(form).toLowerCase(Locale.ROOT);
    String article = f.startsWith("ال") ? "" : "(?:ال)?";
    if (f.startsWith("ال")) {
      f = "(?:ال|ل)" + Pattern.quote(f.substring(2));
    } else {
      f = Pattern.quote(f);
    }
    return Pattern.compile("(?<![\\p{L}\\p{M}])[وفبلك]{0,2}(" + article + f + ")(?![\\p{L}\\p{M}])");
  }
}
