package org.marsad.ner;

/**
 * A conservative rule-based clitic splitter over folded words, in the spirit of Larkey's light
 * stemmer (Larkey, Ballesteros and Connell 2007): an optional conjunction (و، ف), an optional
 * preposition (ب، ل، ك) and an optional article (ال, or the ل of {@code لل}) are split off the
 * front, and a possessive pronoun off the end of words without an article, only when at least
 * three letters of stem remain. Stateless and thread-safe.
 */
public final class LightSegmenter implements CliticSplitter {
  public static final LightSegmenter INSTANCE = new LightSegmenter();
  private static final String[] ENCLITICS = {"هما", "كما", "هم", "هن", "كم", "نا", "ها"};
  private static final int MIN_STEM = 3;

  private LightSegmenter() {}

  @Override
  public String name() {
    return "light";
  }

  @Override
  public int split(CharSequence word, String w) {
    int n = w.length();
    int p = 0;
    if (n - p > MIN_STEM + 1 && (w.charAt(p) == 'و' || w.charAt(p) == 'ف')) {
      p++;
    }
    if (n - p > MIN_STEM + 1 && w.startsWith("لل", p)) {
      p += 2;
      return p << 16;
    }
    if (n - p > MIN_STEM + 1 && (w.charAt(p) == 'ب' || w.charAt(p) == 'ل' || w.charAt(p) == 'ك')
        && w.startsWith("ال", p + 1)) {
      p++;
    }
    if (n - p >= MIN_STEM + 2 && w.startsWith("ال", p)) {
      return (p + 2) << 16;
    }
    int e = 0;
    for (String enc : ENCLITICS) {
      if (n - p - enc.length() >= MIN_STEM + 1 && w.endsWith(enc)) {
        e = enc.length();
        break;
      }
    }
    return (p << 16) | e;
  }
}
