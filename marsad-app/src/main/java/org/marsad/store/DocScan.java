package org.marsad.store;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/** Visits every match of a query, segment by segment, without scoring: the base of aggregations. */
final class DocScan {
  /** Set up per segment (doc values iterators), then called for each matching doc in order. */
  interface LeafScanner {
    DocVisitor leaf(LeafReader reader) throws IOException;
  }

  interface DocVisitor {
    void visit(int doc) throws IOException;
  }

  private DocScan() {}

  static void scan(IndexSearcher searcher, Query query, LeafScanner scanner) throws IOException {
    searcher.search(query, manager(scanner));
  }

  /** A collector manager visiting every match; for one sequential searcher (no executor). */
  static CollectorManager<Collector, Void> manager(LeafScanner scanner) {
    return new CollectorManager<Collector, Void>() {
      @Override
      public Collector newCollector() {
        return new Collector() {
          @Override
          public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
            DocVisitor v = scanner.leaf(ctx.reader());
            return new LeafCollector() {
              @Override
              public void setScorer(Scorable scorer) {}

              @Override
              public void collect(int doc) throws IOException {
                v.visit(doc);
              }
            };
          }

          @Override
          public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
          }
        };
      }

      @Override
      public Void reduce(Collection<Collector> collectors) {
        return null;
      }
    };
  }
}
