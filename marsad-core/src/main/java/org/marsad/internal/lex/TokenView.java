package org.marsad.internal.lex;

import java.util.List;
import org.marsad.model.Document;
import org.marsad.model.Token;
import org.marsad.model.TokenKind;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.ArabicTokenizer;
import org.marsad.text.TokenTable;

/**
 * The tokens of a document as primitive columns (start, end, kind) plus the text's chars, so that
 * lexicon matching reads offsets without materializing {@link Token} records. Tokenizes the text
 * itself when the document has no tokens yet.
 *
 * <p>Unsupported internal API. Immutable after construction; {@link #fold} writes only into the
 * caller's buffers.
 */
public final class TokenView {
  /** Longest token (in chars) that lexicon matching looks at. */
  public static final int MAX_LEN = 48;

  private final String text;
  private final char[] chars;
  private final int size;
  private final int[] starts;
  private final int[] ends;
  private final byte[] kinds;
  private static final TokenKind[] KINDS = TokenKind.values();
  private static final byte ARABIC = (byte) TokenKind.ARABIC.ordinal();
  private List<Token> source;
  private volatile FoldedTokens folded;
  private java.util.Map<String, Object> memos;

  /** Texts up to this size keep their view for the next stage on the same thread. */
  private static final int MAX_CACHED_CHARS = 1 << 20;
  private static final ThreadLocal<TokenView> LAST = new ThreadLocal<>();

  private TokenView(String text, List<Token> tokens) {
    this.text = text;
    this.chars = text.toCharArray();
    this.size = tokens.size();
    this.starts = new int[size];
    this.ends = new int[size];
    this.kinds = new byte[size];
    if (tokens instanceof TokenTable t) {
      for (int i = 0; i < size; i++) {
        starts[i] = t.start(i);
        ends[i] = t.end(i);
        kinds[i] = (byte) t.kind(i).ordinal();
      }
    } else {
      for (int i = 0; i < size; i++) {
        Token tk = tokens.get(i);
        starts[i] = tk.start();
        ends[i] = tk.end();
        kinds[i] = (byte) tk.kind().ordinal();
      }
    }
  }

  /**
   * The view of {@code doc}'s tokens (tokenizing its text when it has none). The last view built on
   * the calling thread is reused when the document has the same text and token list (the same
   * objects), so that consecutive stages fold the tokens once.
   */
  public static TokenView of(Document doc) {
    List<Token> tokens = doc.tokens();
    TokenView last = LAST.get();
    if (last != null && last.text == doc.text() && last.source == tokens) {
      return last;
    }
    List<Token> own = tokens;
    if (tokens.isEmpty() && !doc.text().isBlank()) {
      own = ArabicTokenizer.shared().tokenize(doc.text());
    }
    TokenView v = new TokenView(doc.text(), own);
    v.source = tokens;
    if (doc.text().length() <= MAX_CACHED_CHARS) {
      LAST.set(v);
    } else {
      LAST.remove();
    }
    return v;
  }

  /**
   * A value derived from this view, computed once per view and {@code key} (for example the
   * quotations of the text, which quotes and framing both need). Views are confined to the
   * thread that made them.
   */
  @SuppressWarnings("unchecked")
  public <T> T memo(String key, java.util.function.Supplier<T> compute) {
    if (memos == null) {
      memos = new java.util.HashMap<>(4);
    }
    return (T) memos.computeIfAbsent(key, k -> compute.get());
  }

  /** The folded tokens, built on first use. */
  public FoldedTokens folded() {
    FoldedTokens f = folded;
    if (f == null) {
      f = new FoldedTokens(this);
      folded = f;
    }
    return f;
  }

  public String text() {
    return text;
  }

  public char[] chars() {
    return chars;
  }

  public int size() {
    return size;
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  public TokenKind kind(int i) {
    return KINDS[kinds[i]];
  }

  public boolean isArabic(int i) {
    return kinds[i] == ARABIC;
  }

  /** Whether token {@code i} is the single punctuation char {@code c}. */
  public boolean isPunct(int i, char c) {
    return kinds[i] != ARABIC && ends[i] - starts[i] == 1 && chars[starts[i]] == c;
  }

  /** The first char of token {@code i}. */
  public char firstChar(int i) {
    return chars[starts[i]];
  }

  /**
   * Folds token {@code i} into {@code out}; returns the folded length, or -1 when the token is not
   * Arabic or longer than {@link #MAX_LEN}.
   */
  public int fold(int i, char[] out, int[] from) {
    if (kinds[i] != ARABIC || ends[i] - starts[i] > MAX_LEN) {
      return -1;
    }
    return ArabicNormalizer.fold(chars, starts[i], ends[i] - starts[i], out, from);
  }

  /** The index of the first token starting at or after {@code offset}. */
  public int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  public String text(int i) {
    return text.substring(starts[i], ends[i]);
  }
}
