package org.marsad.ner;

import java.util.List;
import org.marsad.model.Segment;
import org.marsad.model.SegmentKind;
import org.marsad.model.Token;
import org.marsad.model.TokenKind;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.ArabicTokenizer;

/**
 * Clitic splitting by the pipeline's own lexicon-backed segmenter ({@link ArabicTokenizer}), so
 * that training on pre-tokenized words and tagging tokenizer output see the same stems and
 * clitics. A word the tokenizer does not read as one Arabic token is left whole. Stateless and
 * thread-safe.
 */
public final class TokenizerSplitter implements CliticSplitter {
  public static final TokenizerSplitter INSTANCE = new TokenizerSplitter();

  private TokenizerSplitter() {}

  @Override
  public String name() {
    return "tokenizer";
  }

  @Override
  public int split(CharSequence word, String folded) {
    if (word.length() < 3 || !isArabicWord(word)) {
      return 0;
    }
    List<Token> tokens = ArabicTokenizer.shared().tokenize(word.toString());
    if (tokens.size() != 1 || tokens.get(0).kind() != TokenKind.ARABIC) {
      return 0;
    }
    List<Segment> segments = tokens.get(0).segments();
    if (segments.size() == 1) {
      return 0;
    }
    int stemStart = 0;
    int stemEnd = word.length();
    for (Segment s : segments) {
      if (s.kind() == SegmentKind.STEM) {
        stemStart = s.start();
        stemEnd = s.end();
      }
    }
    int p = foldedLength(word, 0, stemStart);
    int e = foldedLength(word, stemEnd, word.length());
    if (p + e >= folded.length()) {
      return 0;
    }
    return (p << 16) | e;
  }

  private static boolean isArabicWord(CharSequence w) {
    for (int i = 0; i < w.length(); i++) {
      if (!org.marsad.text.ArabicChars.isArabicWordChar(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int foldedLength(CharSequence w, int from, int to) {
    return from >= to ? 0 : ArabicNormalizer.fold(w.subSequence(from, to)).length();
  }
}
