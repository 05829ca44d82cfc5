package org.marsad.internal.lex;

import java.util.ArrayList;
import java.util.List;
import org.marsad.text.ArabicNormalizer;

/**
 * The inflections of an Arabic verb generated from its past 3ms, present 3ms and active participle,
 * folded ({@link ArabicNormalizer#fold}): past + ت وا تا ا (defective verbs ending in ى/ا: نفت نفوا
 * نفيا); present with the prefixes ي ت ن أ and the suffixes ون ان; participle + ا ة ين. Shared by the
 * speech cues ({@code cues.tsv}) and the framing lexicon's verbs.
 *
 * <p>Unsupported internal API. Stateless.
 */
public final class VerbForms {
  private VerbForms() {}

  /** Folded inflections of a verb given its past 3ms, present 3ms and participle ({@code -} for none). */
  public static List<String> inflections(String past, String present, String participle) {
    List<String> out = new ArrayList<>();
    if (!past.equals("-")) {
      String p = ArabicNormalizer.fold(past);
      out.add(p);
      String base = p.endsWith("ي") || p.endsWith("ا") ? p.substring(0, p.length() - 1) : p;
      for (String s : new String[] {"ت", "وا", "تا"}) {
        out.add(base + s);
      }
      out.add(p.equals(base) ? p + "ا" : base + "يا");
    }
    if (!present.equals("-")) {
      String r = ArabicNormalizer.fold(present).substring(1);
      for (String pre : new String[] {"ي", "ت", "ن", "ا"}) {
        out.add(pre + r);
      }
      if (!r.endsWith("ي") && !r.endsWith("و")) {
        for (String pre : new String[] {"ي", "ت"}) {
          out.add(pre + r + "ون");
          out.add(pre + r + "ان");
        }
      }
    }
    if (!participle.equals("-")) {
      String m = ArabicNormalizer.fold(participle);
      for (String s : new String[] {"ا", "ه", "ين"}) {
        out.add(m + s);
      }
    }
    return out;
  }
}
