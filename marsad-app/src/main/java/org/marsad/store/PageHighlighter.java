package org.marsad.store;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets for one page of hits: Lucene's {@link UnifiedHighlighter} (sentences, matches in
 * {@code <mark>}, offsets from the postings), with two savings that leave its output unchanged.
 * The texts come from the caller, who read them with the hits' other stored fields (one read per
 * hit, not two). And the query's weight is built once for the page, not once per document as the
 * highlighter's own strategy does (a rewrite, a weight and a term lookup per term per document).
 * For one request; not thread-safe.
 */
final class PageHighlighter extends UnifiedHighlighter {
  private final IndexSearcher searcher;
  private final Map<Integer, String> texts;

  /** {@code texts}: the stored text of each document of the page, by doc id. */
  PageHighlighter(IndexSearcher searcher, Analyzer analyzer, Map<Integer, String> texts) {
    super(UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT)));
    this.searcher = searcher;
    this.texts = texts;
  }

  /** The given texts, cut at the maximum length as the highlighter's own reading would. */
  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
      int cacheCharsThreshold) throws IOException {
    List<CharSequence[]> out = new ArrayList<>();
    for (int d = docIter.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docIter.nextDoc()) {
      CharSequence[] values = new CharSequence[fields.length];
      for (int f = 0; f < fields.length; f++) {
        String text = fields[f].equals(Fields.TEXT) ? texts.get(d) : null;
        values[f] = text == null ? null : text.substring(0, Math.min(getMaxLength(), text.length()));
      }
      out.add(values);
    }
    return out;
  }

  @Override
  protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
    FieldOffsetStrategy own = super.getOffsetStrategy(source, components);
    if (source != OffsetSource.POSTINGS
        || !components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
      return own;
    }
    return new SharedWeightStrategy(components, own);
  }

  /** Offsets from the postings, through the matches of one weight built for the whole index. */
  private final class SharedWeightStrategy extends FieldOffsetStrategy {
    private final FieldOffsetStrategy own;
    private Weight weight;

    SharedWeightStrategy(UHComponents components, FieldOffsetStrategy own) {
      super(components);
      this.own = own;
    }

    @Override
    public OffsetSource getOffsetSource() {
      return OffsetSource.POSTINGS;
    }

    @Override
    public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content)
        throws IOException {
      LeafReaderContext ctx = context(reader);
      if (ctx == null) {
        return own.getOffsetsEnum(reader, docId, content);
      }
      if (reader.terms(getField()) == null) {
        return OffsetsEnum.EMPTY;
      }
      if (weight == null) {
        IndexSearcher s = new IndexSearcher(searcher.getIndexReader());
        s.setQueryCache(null);
        weight = s.rewrite(components.getQuery()).createWeight(s, ScoreMode.COMPLETE_NO_SCORES, 1f);
      }
      Matches matches = weight.matches(ctx, docId);
      if (matches == null) {
        return OffsetsEnum.EMPTY;
      }
      List<OffsetsEnum> enums = new ArrayList<>();
      for (String field : matches) {
        if (components.getFieldMatcher().test(field)) {
          MatchesIterator it = matches.getMatches(field);
          if (it != null) {
            enums.add(new OffsetsEnum.OfMatchesIteratorWithSubs(it));
          }
        }
      }
      return switch (enums.size()) {
        case 0 -> OffsetsEnum.EMPTY;
        case 1 -> enums.get(0);
        default -> new OffsetsEnum.MultiOffsetsEnum(enums);
      };
    }

    /** The segment of the searcher's index that {@code reader} is, or null if another reader. */
    private LeafReaderContext context(LeafReader reader) {
      for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
        if (ctx.reader() == reader) {
          return ctx;
        }
      }
      return null;
    }
  }
}
