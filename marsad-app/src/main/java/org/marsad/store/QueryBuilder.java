package org.marsad.store;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
 * {@code الرئيس التركي} when that mention was linked to him. The {@link EntityExpander} adds
 * the entities the knowledge base knows by that name, spelling or title (a title's holders only
 * for documents published during their term), so a spelling no stored document used still finds
 * the documents linked to the entity. An empty query matches everything.
 */
final class QueryBuilder {
  private static final int MAX_NAME_WORDS = 4;

  private final IndexReader reader;
  private final EntityExpander expander;
  private LocalDate from;
  private LocalDate to;
  /** The positive text clauses of the last {@link #documents} query: what snippets mark. */
  private BooleanQuery.Builder text;

  QueryBuilder(IndexReader reader) {
    this(reader, EntityExpander.NONE);
  }

  QueryBuilder(IndexReader reader, EntityExpander expander) {
    this.reader = reader;
    this.expander = expander;
  }

  Query documents(String q, Filters f) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(Store.docsOnly(), Occur.FILTER);
    from = f.from();
    to = f.to();
    text = new BooleanQuery.Builder();
    boolean any = addText(b, q == null ? "" : q);
    if (!any) {
      b.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    addFilters(b, f, true);
    return b.build();
  }

  /**
   * The words, phrases and entities of the last {@link #documents} query that a matching document
   * must contain, without its filters and exclusions: for a document that matches, this query's
   * matches in the text are the full query's, found with less work (snippets). Matches everything
   * if the query had no words.
   */
  Query highlight() {
    if (text == null) {
      throw new IllegalStateException("no documents query built yet");
    }
    BooleanQuery q = text.build();
    return q.clauses().isEmpty() ? new MatchAllDocsQuery() : q;
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
      if (negated) {
        b.add(clause, Occur.MUST_NOT);
      } else {
        must(b, clause);
        any = true;
      }
    }
    any |= flushRun(b, run);
    return any;
  }

  /**
   * Adds the words of a run, matching the longest names first: each span of up to
   * {@value #MAX_NAME_WORDS} words that names an entity (a stored alias or a KB candidate) matches
   * its words or the entity.
   */
  private boolean flushRun(BooleanQuery.Builder b, List<Token> run) throws IOException {
    if (run.isEmpty()) {
      return false;
    }
    List<String> stems = run.stream().map(Terms::stem).toList();
    int i = 0;
    while (i < stems.size()) {
      int len;
      Set<EntityExpander.Match> keys = Set.of();
      for (len = Math.min(MAX_NAME_WORDS, stems.size() - i); len >= 1; len--) {
        keys = entitiesNamed(run.subList(i, i + len), stems.subList(i, i + len));
        if (!keys.isEmpty()) {
          break;
        }
      }
      len = Math.max(len, 1);
      List<String> words = stems.subList(i, i + len);
      BooleanQuery.Builder alt = new BooleanQuery.Builder();
      alt.add(len == 1 ? wordQuery(words.get(0)) : stemPhrase(words), Occur.SHOULD);
      for (EntityExpander.Match k : keys) {
        alt.add(entityQuery(k), Occur.SHOULD);
      }
      must(b, alt.build());
      i += len;
    }
    run.clear();
    return true;
  }

  private void must(BooleanQuery.Builder b, Query clause) {
    b.add(clause, Occur.MUST);
    text.add(clause, Occur.MUST);
  }

  /** Entities a span names: stored aliases of its stems, and what the expander knows of its words. */
  private Set<EntityExpander.Match> entitiesNamed(List<Token> tokens, List<String> stems)
      throws IOException {
    Set<EntityExpander.Match> out = new LinkedHashSet<>();
    for (String k : EntityLookup.keysForName(reader, String.join(" ", stems))) {
      out.add(EntityExpander.Match.of(k));
    }
    StringBuilder phrase = new StringBuilder();
    for (Token t : tokens) {
      phrase.append(phrase.length() == 0 ? "" : " ").append(t.text());
    }
    out.addAll(expander.expand(phrase.toString(), from, to));
    return undatedWins(out);
  }

  /** Drops the dated matches of keys that also match undated (a name beats a title's term). */
  private static Set<EntityExpander.Match> undatedWins(Set<EntityExpander.Match> all) {
    Set<String> undated = new HashSet<>();
    all.stream().filter(m -> !m.dated()).forEach(m -> undated.add(m.key()));
    Set<EntityExpander.Match> out = new LinkedHashSet<>();
    for (EntityExpander.Match m : all) {
      if (!m.dated() || !undated.contains(m.key())) {
        out.add(m);
      }
    }
    return out;
  }

  /** The entity's term in the text, limited to documents published in the match's dates. */
  private static Query entityQuery(EntityExpander.Match m) {
    return dated(new TermQuery(new Term(Fields.TEXT, Fields.ENTITY_TERM + m.key())), m);
  }

  /** {@code q} limited to the match's dates (the document's publication or the event's date). */
  private static Query dated(Query q, EntityExpander.Match m) {
    if (!m.dated()) {
      return q;
    }
    long lo = m.from() == null ? Long.MIN_VALUE : m.from().toEpochDay();
    long hi = m.to() == null ? Long.MAX_VALUE : m.to().toEpochDay() - 1;
    return new BooleanQuery.Builder()
        .add(q, Occur.MUST)
        .add(LongPoint.newRangeQuery(Fields.DAY, lo, hi), Occur.FILTER)
        .build();
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
      Set<EntityExpander.Match> keys = new LinkedHashSet<>();
      EntityLookup.resolve(reader, e).forEach(k -> keys.add(EntityExpander.Match.of(k)));
      if (!EntityLookup.isKey(e)) {
        keys.addAll(expander.expand(e.strip(), f.from(), f.to()));
      }
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (EntityExpander.Match m : undatedWins(keys)) {
        any.add(dated(new TermQuery(new Term(Fields.ENTITY, m.key())), m), Occur.SHOULD);
      }
      b.add(any.build(), Occur.FILTER);
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
