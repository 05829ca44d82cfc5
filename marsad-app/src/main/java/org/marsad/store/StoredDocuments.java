package org.marsad.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/** Reads stored documents in bulk (exports): every document matching filters, oldest first. */
public final class StoredDocuments {
  /** A stored document: its marsad/1 JSON as stored, its sources (several for folded duplicates) and cluster. */
  public record Stored(String json, List<SourceRef> sources, String cluster) {
    public Stored {
      sources = List.copyOf(sources);
    }
  }

  /** Receives each stored document. */
  public interface Visitor {
    void accept(Stored doc) throws IOException;
  }

  private static final Set<String> FIELDS = Set.of(Fields.JSON, Fields.SOURCES, Fields.CLUSTER);

  private final Store store;

  public StoredDocuments(Store store) {
    this.store = store;
  }

  /**
   * Visits the documents matching {@code filters} (document-level: an event filter keeps the
   * documents that have such an event), by publication date, oldest first. Returns how many.
   */
  public long forEach(Filters filters, Visitor visitor) {
    return store.withSearcher(s -> {
      Query q = new QueryBuilder(s.getIndexReader()).documents("", filters);
      int n = Math.max(1, s.count(q));
      TopDocs top = s.search(q, n, StoreSearch.byDate(false));
      StoredFields stored = s.storedFields();
      long count = 0;
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = stored.document(sd.doc, FIELDS);
        List<SourceRef> sources = new ArrayList<>();
        for (String enc : d.getValues(Fields.SOURCES)) {
          sources.add(SourceRef.decode(enc));
        }
        visitor.accept(new Stored(d.get(Fields.JSON), sources, d.get(Fields.CLUSTER)));
        count++;
      }
      return count;
    });
  }
}
