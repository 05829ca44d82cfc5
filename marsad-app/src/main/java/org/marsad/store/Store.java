package org.marsad.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.marsad.model.Document;
import org.marsad.model.DocumentMeta;
import org.marsad.pipeline.PublishedDates;
import org.marsad.text.MinHash;

/**
 * The embedded document store: a Lucene index in {@code DIR/index}.
 *
 * <p>Crash safety: only Lucene commits are durable, and a commit is atomic, so after a crash (even
 * {@code kill -9}) the index opens at its last commit; ids are stable, so rerunning an ingest adds
 * what was lost and skips the rest. Duplicates: a document whose id is already stored is skipped;
 * one whose text is already stored under another id becomes one more source of that document;
 * near duplicates (MinHash over word 3-shingles) share a story cluster id. Duplicates are folded
 * into their stored document at the next {@link #commit}.
 *
 * <p>Thread-safe: {@link #add} may be called from many threads. One process at a time may open a
 * store for writing; any number may open it {@linkplain #openReadOnly read-only}.
 */
public final class Store implements Closeable {
  private final Path dir;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final DedupState dedup = new DedupState();
  private final Object lock = new Object();
  private final Set<String> inFlight = new HashSet<>();
  private final Map<String, PendingMerge> pendingMerges = new HashMap<>();

  /** Sources to add to a stored document (same text) at the next commit. */
  private record PendingMerge(Document doc, String hash, int[] sig, List<SourceRef> sources) {}

  private Store(Path dir, Directory directory, IndexWriter writer, SearcherManager searchers) {
    this.dir = dir;
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
  }

  /** Opens (creating if needed) the store in {@code dir} for reading and writing. */
  public static Store open(Path dir) {
    Directory directory = null;
    try {
      Files.createDirectories(dir.resolve("index"));
      directory = FSDirectory.open(dir.resolve("index"));
      IndexWriterConfig cfg = new IndexWriterConfig(new MarsadAnalyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(64)
          .setCommitOnClose(true);
      IndexWriter writer = new IndexWriter(directory, cfg);
      if (!DirectoryReader.indexExists(directory)) {
        writer.commit();
      }
      Store s = new Store(dir, directory, writer, new SearcherManager(writer, null));
      s.loadDedupState();
      return s;
    } catch (LockObtainFailedException e) {
      closeQuietly(directory);
      throw new StoreException(dir + ": the store is open in another process (an ingest or a"
          + " server); stop it first or use another --store", e);
    } catch (IOException e) {
      closeQuietly(directory);
      throw new StoreException(dir + ": cannot open the store (" + e.getMessage() + ")", e);
    }
  }

  /** Opens an existing store for searching only, while another process may be writing it. */
  public static Store openReadOnly(Path dir) {
    Directory directory = null;
    try {
      if (!Files.isDirectory(dir.resolve("index"))) {
        throw new StoreException(dir + ": no store here (create one with: marsad ingest --store "
            + dir + " FILE...)");
      }
      directory = FSDirectory.open(dir.resolve("index"));
      return new Store(dir, directory, null, new SearcherManager(directory, null));
    } catch (IndexNotFoundException e) {
      closeQuietly(directory);
      throw new StoreException(dir + ": no store here (create one with: marsad ingest --store "
          + dir + " FILE...)", e);
    } catch (IOException e) {
      closeQuietly(directory);
      throw new StoreException(dir + ": cannot open the store (" + e.getMessage() + ")", e);
    }
  }

  public Path dir() {
    return dir;
  }

  /** False for a store opened {@linkplain #openReadOnly read-only}. */
  public boolean writable() {
    return writer != null;
  }

  /** True if the store holds a document with this id (its own or one folded in as a duplicate). */
  public boolean contains(String id) {
    if (writer == null) {
      return documentJson(id).isPresent();
    }
    synchronized (lock) {
      return dedup.canonicalOfId(id) != null;
    }
  }

  /** Stores an analyzed document with its marsad/1 JSON; idempotent. Thread-safe. */
  public AddResult add(Document doc, String json, SourceRef source) {
    requireWritable();
    String id = doc.meta().id();
    String hash = textHash(doc.text());
    int[] sig = MinHash.signature(MinHash.terms(doc));
    LuceneDocs.StoredDoc toWrite;
    synchronized (lock) {
      String c = dedup.canonicalOfId(id);
      if (c != null) {
        return new AddResult(AddResult.Status.EXISTS, id, c, null);
      }
      c = dedup.canonicalOfHash(hash);
      if (c != null) {
        // Merged into the stored document at the next commit: one reader refresh per commit.
        pendingMerges.computeIfAbsent(c, k -> new PendingMerge(doc, hash, sig, new ArrayList<>()))
            .sources().add(source);
        dedup.addId(id, c);
        return new AddResult(AddResult.Status.DUPLICATE, id, c, dedup.clusterOf(c));
      }
      String near = dedup.nearestCluster(sig);
      String cluster = near == null ? id : near;
      dedup.addDocument(id, hash, sig, cluster);
      inFlight.add(id);
      toWrite = new LuceneDocs.StoredDoc(doc, json, hash, sig, cluster, List.of(source), List.of());
    }
    try {
      writer.updateDocuments(new Term(Fields.ID, id), LuceneDocs.build(toWrite));
    } catch (IOException e) {
      throw new StoreException(dir + ": cannot write document " + id + " (" + e.getMessage() + ")", e);
    } finally {
      synchronized (lock) {
        inFlight.remove(id);
        lock.notifyAll();
      }
    }
    return new AddResult(AddResult.Status.NEW, id, id, toWrite.cluster());
  }

  /** Makes everything added so far durable (atomically). */
  public void commit() {
    requireWritable();
    try {
      synchronized (lock) {
        if (!pendingMerges.isEmpty()) {
          for (String c : pendingMerges.keySet()) {
            awaitWritten(c);
          }
          refresh();
          for (var e : pendingMerges.entrySet()) {
            PendingMerge m = e.getValue();
            mergeDuplicate(e.getKey(), m.doc(), m.hash(), m.sig(), m.sources());
          }
          pendingMerges.clear();
        }
      }
      writer.commit();
    } catch (IOException e) {
      throw new StoreException(dir + ": commit failed (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Commits, then merges the index into one segment: searches get faster (fewer segments to
   * visit); takes time proportional to the index size.
   */
  public void optimize() {
    commit();
    try {
      writer.forceMerge(1);
      writer.commit();
    } catch (IOException e) {
      throw new StoreException(dir + ": merge failed (" + e.getMessage() + ")", e);
    }
  }

  /** Makes recent additions visible to searches. */
  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new StoreException(dir + ": cannot refresh the searcher (" + e.getMessage() + ")", e);
    }
  }

  /** The stored marsad/1 JSON of a document, by its id or the id of a duplicate folded into it. */
  public Optional<String> documentJson(String id) {
    return withSearcher(s -> {
      int doc = findDoc(s, id);
      return doc < 0 ? Optional.empty()
          : Optional.of(s.storedFields().document(doc, Set.of(Fields.JSON)).get(Fields.JSON));
    });
  }

  /** Number of documents (not counting duplicates folded into them). */
  public int documentCount() {
    return withSearcher(s -> s.count(docsOnly()));
  }

  /** A function of a searcher over the current index. */
  public interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /** Runs {@code f} on a searcher of the latest refreshed view of the index. */
  public <T> T withSearcher(SearcherFunction<T> f) {
    IndexSearcher s = null;
    try {
      s = searchers.acquire();
      return f.apply(s);
    } catch (IOException e) {
      throw new StoreException(dir + ": cannot read the index (" + e.getMessage() + ")", e);
    } finally {
      if (s != null) {
        try {
          searchers.release(s);
        } catch (IOException e) {
          throw new StoreException(dir + ": cannot release a searcher", e);
        }
      }
    }
  }

  static Query docsOnly() {
    return new TermQuery(new Term(Fields.KIND, Fields.KIND_DOC));
  }

  /** The Lucene doc number of a document entry by id or alternate id, or -1. */
  static int findDoc(IndexSearcher s, String id) throws IOException {
    for (String field : List.of(Fields.ID, Fields.ALT_ID)) {
      Query q = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(field, id)), Occur.FILTER)
          .add(docsOnly(), Occur.FILTER)
          .build();
      TopDocs top = s.search(q, 1);
      if (top.scoreDocs.length > 0) {
        return top.scoreDocs[0].doc;
      }
    }
    return -1;
  }

  @Override
  public void close() {
    if (writer != null && writer.isOpen()) {
      commit();
    }
    try {
      searchers.close();
      if (writer != null) {
        writer.close();
      }
      directory.close();
    } catch (IOException e) {
      throw new StoreException(dir + ": cannot close the store (" + e.getMessage() + ")", e);
    }
  }

  private void requireWritable() {
    if (writer == null) {
      throw new IllegalStateException("store " + dir + " is open read-only");
    }
  }

  private void awaitWritten(String id) {
    while (inFlight.contains(id)) {
      try {
        lock.wait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StoreException(dir + ": interrupted while storing " + id, e);
      }
    }
  }

  /** Adds sources to the stored document {@code canonical}; returns its cluster. */
  private String mergeDuplicate(String canonical, Document dup, String hash, int[] sig,
      List<SourceRef> newSources) {
    return withSearcher(s -> {
      int d = findDoc(s, canonical);
      if (d < 0) {
        throw new StoreException(dir + ": document " + canonical + " is registered but not found");
      }
      StoredFields stored = s.storedFields();
      var fields = stored.document(d);
      List<SourceRef> sources = new ArrayList<>();
      for (String enc : fields.getValues(Fields.SOURCES)) {
        sources.add(SourceRef.decode(enc));
      }
      sources.addAll(newSources);
      List<String> alts = new ArrayList<>(List.of(fields.getValues(Fields.ALT_ID)));
      newSources.forEach(r -> alts.add(r.id()));
      String published = fields.get(Fields.PUBLISHED);
      DocumentMeta meta = new DocumentMeta(canonical,
          published == null ? null : PublishedDates.parse(published), fields.get(Fields.TITLE),
          fields.get(Fields.URL), sources.get(0).outlet());
      String cluster = fields.get(Fields.CLUSTER);
      // Same text, so the new analysis stands for the stored one; the stored JSON stays as it was.
      var entry = new LuceneDocs.StoredDoc(dup.withMeta(meta), fields.get(Fields.JSON), hash, sig,
          cluster, sources, alts);
      writer.updateDocuments(new Term(Fields.ID, canonical), LuceneDocs.build(entry));
      return cluster;
    });
  }

  private void loadDedupState() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext ctx : reader.leaves()) {
        LeafReader r = ctx.reader();
        Bits live = r.getLiveDocs();
        SortedDocValues ids = DocValues.getSorted(r, Fields.ID);
        SortedDocValues hashes = DocValues.getSorted(r, Fields.TEXT_HASH);
        SortedDocValues clusters = DocValues.getSorted(r, Fields.CLUSTER);
        BinaryDocValues sigs = DocValues.getBinary(r, Fields.MINHASH);
        SortedSetDocValues alts = DocValues.getSortedSet(r, Fields.ALT_ID);
        for (int d = 0; d < r.maxDoc(); d++) {
          if ((live != null && !live.get(d)) || !hashes.advanceExact(d) || !ids.advanceExact(d)) {
            continue;
          }
          String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
          String cluster = clusters.advanceExact(d)
              ? clusters.lookupOrd(clusters.ordValue()).utf8ToString() : id;
          int[] sig = null;
          if (sigs.advanceExact(d)) {
            var b = sigs.binaryValue();
            sig = MinHash.fromBytes(b.bytes, b.offset, b.length);
          }
          dedup.addDocument(id, hashes.lookupOrd(hashes.ordValue()).utf8ToString(), sig, cluster);
          if (alts.advanceExact(d)) {
            for (int i = 0; i < alts.docValueCount(); i++) {
              dedup.addId(alts.lookupOrd(alts.nextOrd()).utf8ToString(), id);
            }
          }
        }
      }
    }
  }

  /** SHA-256 of the text with runs of whitespace made one space; 16 bytes, hex. */
  static String textHash(String text) {
    String norm = text.strip().replaceAll("\\s+", " ");
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(norm.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }

  private static void closeQuietly(Directory d) {
    if (d != null) {
      try {
        d.close();
      } catch (IOException ignored) {
        // the open failure is what the user needs to see
      }
    }
  }
}
