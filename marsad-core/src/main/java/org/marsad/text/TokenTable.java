package org.marsad.text;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import org.marsad.model.LazyTokenList;
import org.marsad.model.Segment;
import org.marsad.model.SegmentKind;
import org.marsad.model.Token;
import org.marsad.model.TokenKind;

/**
 * The tokens of one text, stored column-wise in primitive arrays (about 13 bytes a token) and
 * materialized as {@link Token} records on access, so that a 20 MB article fits a small heap.
 *
 * <p>Immutable once built; safe to share between threads.
 */
public final class TokenTable extends AbstractList<Token> implements LazyTokenList, RandomAccess {
  private static final TokenKind[] KINDS = TokenKind.values();

  private final String text;
  private int size;
  private int[] starts;
  private int[] ends;
  private byte[] kinds;
  private int[] analyses;

  TokenTable(String text, int capacity) {
    this.text = text;
    int c = Math.max(16, capacity);
    starts = new int[c];
    ends = new int[c];
    kinds = new byte[c];
    analyses = new int[c];
  }

  void add(int start, int end, TokenKind kind, int analysis) {
    if (size == starts.length) {
      int c = size + (size >> 1);
      starts = Arrays.copyOf(starts, c);
      ends = Arrays.copyOf(ends, c);
      kinds = Arrays.copyOf(kinds, c);
      analyses = Arrays.copyOf(analyses, c);
    }
    starts[size] = start;
    ends[size] = end;
    kinds[size] = (byte) kind.ordinal();
    analyses[size++] = analysis;
  }

  @Override
  public int size() {
    return size;
  }

  /** The original text the offsets index into. */
  public String text() {
    return text;
  }

  public int start(int i) {
    checkIndex(i);
    return starts[i];
  }

  public int end(int i) {
    checkIndex(i);
    return ends[i];
  }

  public TokenKind kind(int i) {
    checkIndex(i);
    return KINDS[kinds[i]];
  }

  @Override
  public Token get(int i) {
    checkIndex(i);
    int s = starts[i];
    int e = ends[i];
    String surface = text.substring(s, e);
    TokenKind kind = KINDS[kinds[i]];
    String norm = kind == TokenKind.ARABIC || kind == TokenKind.NUMBER
        ? ArabicNormalizer.fold(surface) : surface;
    return new Token(s, e, surface, norm, kind, segments(s, e, analyses[i]));
  }

  private void checkIndex(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("token " + i + " of " + size);
    }
  }

  /** Rebuilds the segments of a token from its packed analysis by walking its original chars. */
  private List<Segment> segments(int s, int e, int analysis) {
    if (analysis == 0) {
      return List.of(new Segment(s, e, stemForm(s, e, 0), SegmentKind.STEM));
    }
    List<Segment> out = new ArrayList<>(4);
    int q = s;
    for (int k = 0; k < 4; k++) {
      int code = CliticSegmenter.procliticCode(analysis, k);
      if (code == 0) {
        break;
      }
      int letters = code == CliticSegmenter.ARTICLE && !CliticSegmenter.elidedArticle(analysis) ? 2 : 1;
      int next = advanceLetters(q, e, letters);
      out.add(new Segment(q, next, CliticSegmenter.PROCLITIC_FORMS[code], SegmentKind.PROCLITIC));
      q = next;
    }
    int enc = CliticSegmenter.encliticIndex(analysis);
    int stemEnd = enc == 0 ? e : retreatLetters(e, q, CliticSegmenter.ENCLITICS[enc].length());
    out.add(new Segment(q, stemEnd, stemForm(q, stemEnd, CliticSegmenter.restoration(analysis)),
        SegmentKind.STEM));
    if (enc != 0) {
      out.add(new Segment(stemEnd, e, CliticSegmenter.ENCLITICS[enc], SegmentKind.ENCLITIC));
    }
    return out;
  }

  /** The index after {@code letters} folded letters from {@code q}, with their trailing marks. */
  private int advanceLetters(int q, int limit, int letters) {
    int seen = 0;
    while (q < limit && seen < letters) {
      seen += foldedLength(text.charAt(q++));
    }
    while (q < limit && foldedLength(text.charAt(q)) == 0) {
      q++;
    }
    return q;
  }

  /** The index where the last {@code letters} folded letters before {@code e} begin. */
  private int retreatLetters(int e, int floor, int letters) {
    int q = e;
    int seen = 0;
    while (q > floor && seen < letters) {
      seen += foldedLength(text.charAt(--q));
    }
    return q;
  }

  private static int foldedLength(char c) {
    char f = ArabicChars.fold(c);
    return f == ArabicChars.DELETE ? 0 : f == ArabicChars.EXPAND ? ArabicChars.expansion(c).length() : 1;
  }

  /** The stem as written, without diacritics or tatweel, its last letter restored if needed. */
  private String stemForm(int s, int e, int restoration) {
    StringBuilder b = new StringBuilder(e - s);
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (!ArabicChars.isMark(c) && !ArabicChars.isInvisible(c)) {
        b.append(c);
      }
    }
    if (restoration != 0 && b.length() > 0) {
      b.setCharAt(b.length() - 1,
          restoration == CliticSegmenter.RESTORE_TA_MARBUTA ? 'ة' : 'ى');
    }
    return b.length() == 0 ? text.substring(s, e) : b.toString();
  }
}
