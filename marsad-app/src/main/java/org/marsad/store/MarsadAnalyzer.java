package org.marsad.store;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.marsad.model.Token;

/**
 * Lucene analyzer producing Marsad's stem terms ({@link Terms#stem}) from free text: the same
 * terms the index holds. Used for query text and for measuring against Lucene's ArabicAnalyzer.
 * Thread-safe, like every Lucene analyzer.
 */
public final class MarsadAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    return new TokenStreamComponents(new StemTokenizer());
  }

  private static final class StemTokenizer extends Tokenizer {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private List<Terms.Term> terms = List.of();
    private int next;
    private int length;

    @Override
    public void reset() throws IOException {
      super.reset();
      String text = readAll(input);
      length = text.length();
      List<Terms.Term> out = new ArrayList<>();
      for (Token t : Terms.tokens(text)) {
        out.add(new Terms.Term(Terms.stem(t), t.start(), t.end()));
      }
      terms = out;
      next = 0;
    }

    @Override
    public boolean incrementToken() {
      if (next >= terms.size()) {
        return false;
      }
      clearAttributes();
      Terms.Term t = terms.get(next++);
      termAtt.setEmpty().append(t.term());
      offsetAtt.setOffset(correctOffset(t.start()), correctOffset(t.end()));
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      int e = correctOffset(length);
      offsetAtt.setOffset(e, e);
    }

    private static String readAll(Reader r) throws IOException {
      StringBuilder b = new StringBuilder();
      char[] buf = new char[4096];
      int n;
      while ((n = r.read(buf)) > 0) {
        b.append(buf, 0, n);
      }
      return b.toString();
    }
  }
}
