package org.marsad.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.marsad.model.Token;

/**
 * Turns a user query and filters into a Lucene query.
 *
 * <p>Query syntax: words (all must match, on their stems, in the body or the title);
 * {@code "quoted phrases"} (exact folded word forms, in order); {@code -word} or
 * {@code -"phrase"} (must not match). Runs of up to four words that name an entity known to the
 * store also match the entity's id, so {@code أردوغان} finds a text that only says
 * {@code الرئيس التركي} when that mention was linked to him. An empty query matches everything.
 */
final class QueryBuilder {
  private static final int MAX_NAME_WORDS = 4;

  private final IndexReader reader;

  QueryBuilder(IndexReader reader) {
    this.reader = reader;
  }

  Query documents(String q, Filters f) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(Store.docsOnly(), Occur.FILTER);
    boolean any = addText(b, q == null ? "" : q);
    if (!any) {
      b.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    addFilters(b, f, true);
    return b.build();
  }

  Query events(Filters f) throws IOException {
    if (f.cluster() != null) {
      throw new InvalidRequestException("cluster: events cannot be filtered by story cluster");
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(Fields.KIND, Fields.KIND_EVENT)), Occur.FILTER);
    addFilters(b, f, false);
    return b.build();
  }

  private boolean addText(BooleanQuery.Builder b, String q) throws IOException {
    boolean any = false;
    List<Token> run = new ArrayList<>();
    int i = 0;
    int n = q.length();
    while (i < n) {
      char c = q.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      boolean negated = c == '-' && i + 1 < n && !Character.isWhitespace(q.charAt(i + 1));
      int s = negated ? i + 1 : i;
      int e;
      String chunk;
      boolean quoted = s < n && q.charAt(s) == '"';
      if (quoted) {
        int close = q.indexOf('"', s + 1);
        e = close < 0 ? n : close + 1;
        chunk = q.substring(s + 1, close < 0 ? n : close);
      } else {
        e = s;
        while (e < n && !Character.isWhitespace(q.charAt(e))) {
          e++;
        }
        chunk = q.substring(s, e);
      }
      i = e;
      List<Token> tokens = Terms.tokens(chunk);
      if (tokens.isEmpty()) {
        continue;
      }
      if (!quoted && !negated) {
        run.addAll(tokens);
        continue;
      }
      any |= flushRun(b, run);
      Query clause = quoted ? exactPhrase(tokens) : stemsQuery(tokens);
      b.add(clause, negated ? Occur.MUST_NOT : Occur.MUST);
      any |= !negated;
    }
    any |= flushRun(b, run);
    return any;
  }

  /** Adds the words of a run, matching the longest names first. */
  private boolean flushRun(BooleanQuery.Builder b, List<Token> run) throws IOException {
    if (run.isEmpty()) {
      return false;
    }
    List<String> stems = run.stream().map(Terms::stem).toList();
    int i = 0;
    while (i < stems.size()) {
      int len;
      Set<String> keys = Set.of();
      for (len = Math.min(MAX_NAME_WORDS, stems.size() - i); len >= 1; len--) {
        keys = EntityLookup.keysForName(reader, String.join(" ", stems.subList(i, i + len)));
        if (!keys.isEmpty()) {
          break;
        }
      }
      len = Math.max(len, 1);
      List<String> words = stems.subList(i, i + len);
      BooleanQuery.Builder alt = new BooleanQuery.Builder();
      alt.add(len == 1 ? wordQuery(words.get(0)) : stemPhrase(words), Occur.SHOULD);
      for (String k : keys) {
        alt.add(new TermQuery(new Term(Fields.TEXT, Fields.ENTITY_TERM + k)), Occur.SHOULD);
      }
      b.add(alt.build(), Occur.MUST);
      i += len;
    }
    run.clear();
    return true;
  }

  private static Query wordQuery(String stem) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.TEXT, stem)), Occur.SHOULD)
        .add(new BoostQuery(new TermQuery(new Term(Fields.TITLE, stem)), 2f), Occur.SHOULD)
        .build();
  }

  private static Query stemPhrase(List<String> stems) {
    PhraseQuery.Builder p = new PhraseQuery.Builder();
    for (String s : stems) {
      p.add(new Term(Fields.TEXT, s));
    }
    return p.build();
  }

  private static Query stemsQuery(List<Token> tokens) {
    return tokens.size() == 1 ? wordQuery(Terms.stem(tokens.get(0)))
        : stemPhrase(tokens.stream().map(Terms::stem).toList());
  }

  private static Query exactPhrase(List<Token> tokens) {
    if (tokens.size() == 1) {
      return new TermQuery(new Term(Fields.TEXT, Terms.exact(tokens.get(0))));
    }
    PhraseQuery.Builder p = new PhraseQuery.Builder();
    for (Token t : tokens) {
      p.add(new Term(Fields.TEXT, Terms.exact(t)));
    }
    return p.build();
  }

  private void addFilters(BooleanQuery.Builder b, Filters f, boolean documents) throws IOException {
    if (f.from() != null || f.to() != null) {
      long lo = f.from() == null ? Long.MIN_VALUE : f.from().toEpochDay();
      long hi = f.to() == null ? Long.MAX_VALUE : f.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(Fields.DAY, lo, hi), Occur.FILTER);
    }
    anyOf(b, Fields.OUTLET, f.outlets());
    anyOf(b, Fields.CAMEO_ROOT, f.cameoRoots());
    anyOf(b, Fields.PLOVER, f.plover());
    for (String e : f.entities()) {
      anyOf(b, Fields.ENTITY, List.copyOf(EntityLookup.resolve(reader, e)));
    }
    if (f.location() != null && !f.location().isBlank()) {
      List<String> stems = Terms.stems(f.location());
      if (stems.isEmpty()) {
        throw new InvalidRequestException("location: '" + f.location() + "' has no words");
      }
      PhraseQuery.Builder p = new PhraseQuery.Builder();
      stems.forEach(s -> p.add(new Term(Fields.LOCATION, s)));
      b.add(p.build(), Occur.FILTER);
    }
    if (documents && f.cluster() != null) {
      b.add(new TermQuery(new Term(Fields.CLUSTER, f.cluster())), Occur.FILTER);
    }
  }

  private static void anyOf(BooleanQuery.Builder b, String field, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String v : values) {
      any.add(new TermQuery(new Term(field, v)), Occur.SHOULD);
    }
    b.add(any.build(), Occur.FILTER);
  }
}
