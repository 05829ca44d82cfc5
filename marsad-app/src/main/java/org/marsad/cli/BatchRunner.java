package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ProgressBar;
import org.marsad.input.InputException;
import org.marsad.json.DocumentJson;
import org.marsad.model.Document;
import org.marsad.model.DocumentMeta;
import org.marsad.pipeline.Analyzer;
import org.marsad.pipeline.PublishedDates;

/**
 * Analyzes a JSONL file on several threads and writes one output line per input record, in input
 * order. A bad record (malformed JSON, no {@code text}, a bad date) becomes an error line
 * {@code {"id": ..., "error": ...}} in its place and the batch goes on. Memory stays bounded: at
 * most a few records per thread are in flight.
 */
final class BatchRunner {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Analyzer analyzer;
  private final DocumentJson.Options options;
  private final int threads;
  private final PrintWriter err;

  BatchRunner(Analyzer analyzer, DocumentJson.Options options, int threads, PrintWriter err) {
    this.analyzer = analyzer;
    this.options = new DocumentJson.Options(false, options.tokens()); // one line per record
    this.threads = threads;
    this.err = err;
  }

  /** Runs the batch; returns the number of failed records. */
  int run(Path in, Path outPath, Writer stdout) throws InputException, IOException {
    if (Files.isDirectory(in)) {
      throw new InputException(in + ": is a directory, not a JSONL file");
    }
    if (!Files.isReadable(in)) {
      throw new InputException(in + (Files.exists(in) ? ": permission denied" : ": no such file"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "marsad-batch");
      t.setDaemon(true);
      return t;
    });
    int failed = 0;
    long total = 0;
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (BufferedReader r = new BufferedReader(
            new java.io.InputStreamReader(Files.newInputStream(in), decoder), 1 << 16);
        Writer w = output(outPath, stdout);
        ProgressBar bar = ProgressBars.create("analyze", " records")) {
      ArrayDeque<Future<Result>> inFlight = new ArrayDeque<>();
      String line;
      long lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        total++;
        String record = line;
        long n = lineNo;
        inFlight.add(pool.submit(() -> process(record, n)));
        while (inFlight.size() >= threads * 4) {
          failed += write(inFlight.poll(), w, bar);
        }
      }
      while (!inFlight.isEmpty()) {
        failed += write(inFlight.poll(), w, bar);
      }
    } finally {
      pool.shutdownNow();
    }
    err.printf(java.util.Locale.ROOT, "marsad: %d record(s) analyzed, %d failed%n", total - failed, failed);
    err.flush();
    return failed;
  }

  private static Writer output(Path outPath, Writer stdout) throws IOException {
    if (outPath == null || outPath.toString().equals("-")) {
      return new java.io.FilterWriter(stdout) {
        @Override
        public void close() throws IOException {
          flush(); // never close stdout
        }
      };
    }
    OutputStream os = Files.newOutputStream(outPath);
    return new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
  }

  private int write(Future<Result> f, Writer w, ProgressBar bar) throws IOException {
    Result res;
    try {
      res = f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("batch interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("batch worker failed", e.getCause());
    }
    w.write(res.json());
    w.write('\n');
    bar.step();
    if (res.error() != null) {
      err.println("marsad: warning: " + res.error());
      return 1;
    }
    return 0;
  }

  private record Result(String json, String error) {}

  private Result process(String line, long lineNo) {
    String where = "line " + lineNo;
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return error(where, null, "malformed JSON (" + firstLine(e.getOriginalMessage()) + ")");
    }
    if (node == null || !node.isObject()) {
      return error(where, null, "expected a JSON object");
    }
    String id = text(node, "id");
    JsonNode textNode = node.get("text");
    if (textNode == null || textNode.isNull()) {
      return error(where, id, "record has no 'text'");
    }
    if (!textNode.isTextual()) {
      return error(where, id, "'text' must be a string");
    }
    if (textNode.asText().isBlank()) {
      return error(where, id, "no text in record");
    }
    LocalDate published;
    try {
      String p = text(node, "published");
      published = p == null ? null : PublishedDates.parse(p);
    } catch (IllegalArgumentException e) {
      return error(where, id, "published: " + e.getMessage());
    }
    try {
      DocumentMeta meta = new DocumentMeta(id, published, text(node, "title"), text(node, "url"),
          text(node, "source"));
      Document doc = analyzer.analyze(meta, textNode.asText());
      StringWriter sw = new StringWriter(textNode.asText().length() * 2 + 512);
      DocumentJson.write(doc, sw, options);
      return new Result(sw.toString(), null);
    } catch (RuntimeException e) {
      return error(where, id, "analysis failed: " + e);
    }
  }

  private static Result error(String where, String id, String message) {
    StringWriter sw = new StringWriter();
    DocumentJson.writeError(id, message, sw);
    return new Result(sw.toString(), where + (id == null ? "" : " (id " + id + ")") + ": " + message);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
