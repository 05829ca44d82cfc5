package org.marsad.store;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A token stream over terms computed beforehand (from the analysis the document already has, so
 * ingest never tokenizes twice). A term with {@code samePosition} stacks on the previous one.
 */
final class TermStream extends TokenStream {
  /** One emitted term; {@code stacked} terms share the previous term's position. */
  record Entry(String term, int start, int end, boolean stacked) {}

  private final List<Entry> entries;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posAtt = addAttribute(PositionIncrementAttribute.class);
  private int next;
  private int lastEnd;

  TermStream(List<Entry> entries) {
    this.entries = entries;
  }

  @Override
  public boolean incrementToken() {
    if (next >= entries.size()) {
      return false;
    }
    clearAttributes();
    Entry e = entries.get(next++);
    termAtt.setEmpty().append(e.term());
    offsetAtt.setOffset(e.start(), e.end());
    posAtt.setPositionIncrement(e.stacked() && next > 1 ? 0 : 1);
    lastEnd = Math.max(lastEnd, e.end());
    return true;
  }

  @Override
  public void end() throws java.io.IOException {
    super.end();
    offsetAtt.setOffset(lastEnd, lastEnd);
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    next = 0;
    lastEnd = 0;
  }
}
