package org.marsad.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.model.Token;
import org.marsad.model.TokenKind;
import org.marsad.text.ArabicTokenizer;
import org.marsad.text.MinHash;

/**
 * The search terms of Marsad's Arabic-aware index, shared by indexing and querying.
 *
 * <p>The stem of an Arabic word is its {@link Token#stem()} form, folded: only the clitics that
 * the project's segmenter identified (و ف ب ك ل س, the article, pronoun suffixes) are removed, so
 * proper names that the segmentation lexicon keeps whole (لبنان, إيران) are never cut, unlike
 * Lucene's {@code ArabicStemFilter} (لبنان → لبن). Latin words are lower-cased. Thread-safe.
 */
public final class Terms {
  private Terms() {}

  /** A term with the offsets of the text it came from. */
  record Term(String term, int start, int end) {}

  /** The stem term of a token, or null for tokens that are not searchable (punctuation). */
  static String stem(Token t) {
    return MinHash.term(t);
  }

  /** The exact term of a token: its folded surface form, prefixed with {@link Fields#EXACT_TERM}. */
  static String exact(Token t) {
    String s = t.kind() == TokenKind.ARABIC || t.kind() == TokenKind.NUMBER
        ? t.norm() : t.text().toLowerCase(Locale.ROOT);
    return Fields.EXACT_TERM + s;
  }

  /** The searchable tokens of a text. */
  static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    for (Token t : ArabicTokenizer.shared().tokenize(text)) {
      if (stem(t) != null) {
        out.add(t);
      }
    }
    return out;
  }

  /** Stems of a text, in order. */
  public static List<String> stems(String text) {
    List<String> out = new ArrayList<>();
    for (Token t : tokens(text)) {
      out.add(stem(t));
    }
    return out;
  }

  /** The lookup key of a name: its stems joined by spaces ({@code "الرئيس التركي"} → {@code "رءيس تركي"}). */
  public static String nameKey(String name) {
    return String.join(" ", stems(name));
  }
}
