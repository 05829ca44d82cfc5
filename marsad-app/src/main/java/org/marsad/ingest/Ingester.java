package org.marsad.ingest;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.marsad.input.ArticleReader;
import org.marsad.input.InputException;
import org.marsad.input.RawArticle;
import org.marsad.json.DocumentJson;
import org.marsad.model.Document;
import org.marsad.model.DocumentMeta;
import org.marsad.pipeline.Analyzer;
import org.marsad.pipeline.DocumentIds;
import org.marsad.pipeline.PublishedDates;
import org.marsad.store.AddResult;
import org.marsad.store.SourceRef;
import org.marsad.store.Store;

/**
 * Reads inputs, analyzes their articles on all worker threads and stores them. Commits every
 * {@code commitEvery} new documents and at the end, so a crash loses at most that much work, which
 * a rerun redoes (ids are stable: what was committed is skipped without analysis).
 */
public final class Ingester {
  static final int MAX_REPORTED_FAILURES = 20;

  /** Called after each item, from worker threads (for a progress bar). */
  public interface Progress {
    void step();
  }

  private final Store store;
  private final Analyzer analyzer;
  private final ArticleReader reader;
  private final Inputs inputs;
  private final int threads;
  private final int commitEvery;
  private final Progress progress;

  private final AtomicLong read = new AtomicLong();
  private final AtomicLong added = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final AtomicLong existing = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong sinceCommit = new AtomicLong();
  private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

  public Ingester(Store store, Analyzer analyzer, ArticleReader reader, Inputs inputs, int threads,
      int commitEvery, Progress progress) {
    if (threads < 1 || commitEvery < 1) {
      throw new IllegalArgumentException("threads and commitEvery must be positive");
    }
    this.store = store;
    this.analyzer = analyzer;
    this.reader = reader;
    this.inputs = inputs;
    this.threads = threads;
    this.commitEvery = commitEvery;
    this.progress = progress;
  }

  /** Ingests every argument; an argument that cannot be read at all counts as one failure. */
  public IngestSummary run(List<String> args) throws InterruptedException {
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "marsad-ingest");
      t.setDaemon(true);
      return t;
    });
    Semaphore slots = new Semaphore(threads * 4);
    try {
      for (String arg : args) {
        try {
          inputs.read(arg, item -> {
            slots.acquire();
            pool.execute(() -> {
              try {
                process(item);
              } finally {
                slots.release();
                progress.step();
              }
            });
          });
        } catch (InputException e) {
          read.incrementAndGet();
          fail(e.getMessage());
        }
      }
      pool.shutdown();
      while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
        // waiting for the last items
      }
    } finally {
      pool.shutdownNow();
    }
    store.commit();
    long ms = (System.nanoTime() - t0) / 1_000_000;
    return new IngestSummary(read.get(), added.get(), duplicates.get(), existing.get(),
        failed.get(), failures, ms);
  }

  private void process(IngestItem item) {
    read.incrementAndGet();
    if (item.error() != null) {
      fail(item.name() + ": " + item.error());
      return;
    }
    try {
      Prepared p = prepare(item);
      if (store.contains(p.meta().id())) {
        existing.incrementAndGet();
        return;
      }
      Document doc = analyzer.analyze(p.meta(), p.text());
      StringWriter json = new StringWriter(p.text().length() * 2 + 512);
      DocumentJson.write(doc, json, DocumentJson.Options.COMPACT);
      AddResult r = store.add(doc, json.toString(),
          new SourceRef(doc.meta().source(), doc.meta().url(), doc.meta().id()));
      switch (r.status()) {
        case NEW -> added.incrementAndGet();
        case DUPLICATE -> duplicates.incrementAndGet();
        case EXISTS -> existing.incrementAndGet();
      }
      if (r.status() != AddResult.Status.EXISTS && sinceCommit.incrementAndGet() % commitEvery == 0) {
        store.commit();
      }
    } catch (InputException e) {
      fail(e.getMessage());
    } catch (RuntimeException e) {
      fail(item.name() + ": analysis failed (" + e + ")");
    }
  }

  /** The text and metadata of an item, with its stable id. */
  record Prepared(DocumentMeta meta, String text) {}

  Prepared prepare(IngestItem item) throws InputException {
    String text = item.text();
    String title = item.title();
    String url = item.url();
    String source = item.source();
    String published = item.published();
    if (item.bytes() != null) {
      RawArticle raw = reader.parse(item.bytes(), item.name(), item.html());
      text = raw.text();
      if (item.pageFirst()) {
        title = first(raw.title(), title);
        url = first(raw.url(), url);
        source = first(raw.source(), source);
        published = first(raw.published(), published);
      } else {
        title = first(title, raw.title());
        url = first(url, raw.url());
        source = first(source, raw.source());
        published = first(published, raw.published());
      }
    }
    LocalDate date = null;
    if (published != null) {
      try {
        date = PublishedDates.parse(published);
      } catch (IllegalArgumentException e) {
        if (item.text() != null) {
          throw new InputException(item.name() + ": published: " + e.getMessage(), e);
        }
        // a date from page metadata that does not parse is ignored, as in analyze
      }
    }
    String id = item.id() != null && !item.id().isBlank() ? item.id() : DocumentIds.of(url, text);
    return new Prepared(new DocumentMeta(id, date, title, url, source), text);
  }

  private void fail(String reason) {
    failed.incrementAndGet();
    synchronized (failures) {
      if (failures.size() < MAX_REPORTED_FAILURES) {
        failures.add(reason);
      }
    }
  }

  private static String first(String a, String b) {
    return a != null && !a.isBlank() ? a : b;
  }
}
