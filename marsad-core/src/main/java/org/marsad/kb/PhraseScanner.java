package org.marsad.kb;

import java.util.ArrayList;
import java.util.List;
import org.marsad.kb.PhraseTrie.Node;
import org.marsad.kb.PhraseTrie.Target;
import org.marsad.kb.Words.Word;

/**
 * Finds KB phrases in a document's words, left to right, longest match first. The first word of a
 * phrase may carry proclitics (و ف ب ك ل, لل = ل + ال); words of transliterated names the KB does
 * not know exactly may match by consonant skeleton. Thread-safe: all state is per call.
 */
final class PhraseScanner {
  /** A phrase found in words {@code [first, last]}; the first {@code strip} chars are clitics. */
  record Match(int first, int last, int strip, List<Target> targets, boolean variant) {
    int nStart(List<Word> words) {
      return words.get(first).start() + strip;
    }

    int nEnd(List<Word> words) {
      return words.get(last).end();
    }
  }

  private final PhraseTrie exact;
  private final PhraseTrie skeletons;
  private final int startFlag;
  private final int maxWords;

  /** {@code startFlag}: the word flag ({@code KnowledgeBase.F_*}) of words that start phrases. */
  PhraseScanner(PhraseTrie exact, PhraseTrie skeletons, int startFlag) {
    this.exact = exact;
    this.skeletons = skeletons;
    this.startFlag = startFlag;
    this.maxWords = skeletons == null ? 0 : skeletons.depth();
  }

  /** Non-overlapping matches over {@code words} (flags marked by the KB), in order. */
  List<Match> scan(List<Word> words) {
    List<Match> out = new ArrayList<>();
    String[] skel = skeletons == null ? null : new String[words.size()];
    int[] nextRare = skeletons == null ? null : nextRare(words, skel);
    int i = 0;
    while (i < words.size()) {
      // A variant needs a word the KB does not know that is rare in the corpus: skip the
      // skeleton walk where none is within reach.
      boolean fuzzy = nextRare != null && nextRare[i] - i < maxWords;
      Match m = bestAt(words, i, fuzzy ? skel : null);
      if (m == null) {
        i++;
      } else {
        out.add(m);
        i = m.last() + 1;
      }
    }
    return out;
  }

  /**
   * For each word, the index of the first word at or after it that could be a misspelling of a
   * KB name's word; fills in the skeletons it computes.
   */
  private int[] nextRare(List<Word> words, String[] skel) {
    int[] next = new int[words.size() + 1];
    next[words.size()] = Integer.MAX_VALUE / 2;
    for (int i = words.size() - 1; i >= 0; i--) {
      boolean rare = false;
      Word w = words.get(i);
      for (int k = 0; k < w.flags().length && !rare; k++) {
        String r = w.variants().get(k).word();
        if (maybeMisspelt(r, w.flags()[k])) {
          // ... and spelt like some word of a KB name
          String sk = Variants.skeleton(r);
          if (k == 0) {
            skel[i] = sk;
          }
          rare = skeletons.hasWord(sk);
        }
      }
      next[i] = rare ? i : next[i + 1];
    }
    return next;
  }

  /**
   * Unknown to the KB and rare in the corpus; transliterated names do not take the article, so a
   * differing ال word is Arabic, also after a clitic (والأكبر is not الجبير, والسيرك not السراج).
   */
  private static boolean maybeMisspelt(String w, int flags) {
    return w.length() >= 3 && (flags & (KnowledgeBase.F_VOCAB | KnowledgeBase.F_COMMON)) == 0
        && !definite(w) && w.charAt(0) >= '\u0621' && w.charAt(0) <= '\u064A';
  }

  private static boolean definite(String w) {
    int clitic = "وفبكل".indexOf(w.charAt(0)) >= 0 ? 1 : 0;
    return w.startsWith("ال") || w.startsWith("ال", clitic) || w.startsWith("لل", clitic);
  }

  /** The longest match starting at word {@code i}, or null; {@code skel} null: exact only. */
  Match bestAt(List<Word> words, int i, String[] skel) {
    Match best = null;
    Word wi = words.get(i);
    for (int k = 0; k < wi.flags().length; k++) {
      if ((wi.flags()[k] & startFlag) == 0) {
        continue;
      }
      Match m = walkExact(words, i, wi.variants().get(k));
      if (m != null && (best == null || m.last() > best.last())) {
        best = m;
      }
    }
    if (skeletons != null && skel != null) {
      for (Variants.Stripped v : words.get(i).variants()) {
        Match m = walkSkeleton(words, i, v, skel);
        if (m != null && (best == null || m.last() > best.last())) {
          best = m;
        }
      }
    }
    return best;
  }

  private Match walkExact(List<Word> words, int i, Variants.Stripped v) {
    Node n = exact.root.child(v.word());
    Match best = null;
    int j = i;
    while (n != null) {
      if (n.targets != null) {
        best = new Match(i, j, v.offset(), n.targets, false);
      }
      if (++j >= words.size() || !words.get(j).spaced()) {
        break;
      }
      n = n.child(words.get(j).text());
    }
    return best;
  }

  private Match walkSkeleton(List<Word> words, int i, Variants.Stripped v, String[] skel) {
    String first;
    if (v.offset() == 0) {
      if (skel[i] == null) {
        skel[i] = Variants.skeleton(v.word());
      }
      first = skel[i];
    } else {
      first = Variants.skeleton(v.word());
    }
    Node n = skeletons.root.child(first);
    Match best = null;
    int j = i;
    while (n != null) {
      if (n.targets != null) {
        List<Target> ok = verified(words, i, j, v.word(), n.targets);
        if (!ok.isEmpty()) {
          best = new Match(i, j, v.offset(), ok, true);
        }
      }
      if (++j >= words.size() || !words.get(j).spaced()) {
        break;
      }
      if (skel[j] == null) {
        skel[j] = Variants.skeleton(words.get(j).text());
      }
      n = n.child(skel[j]);
    }
    return best;
  }

  private static int flagsOf(Word w, String reading) {
    for (int k = 0; k < w.flags().length; k++) {
      if (w.variants().get(k).word().equals(reading)) {
        return w.flags()[k];
      }
    }
    return 0;
  }

  /**
   * Keeps targets whose differing words are unknown to the KB and rare in the corpus: misspellings
   * of the KB's names, not other names or everyday words.
   */
  private List<Target> verified(List<Word> words, int i, int j, String first, List<Target> ts) {
    List<Target> out = new ArrayList<>(1);
    for (Target t : ts) {
      boolean differs = false;
      boolean ok = true;
      for (int k = i; k <= j && ok; k++) {
        String w = k == i ? first : words.get(k).text();
        String kbw = t.words()[k - i];
        if (!w.equals(kbw)) {
          differs = true;
          int f = k == i ? flagsOf(words.get(i), first) : words.get(k).flags()[0];
          ok = maybeMisspelt(w, f);
        }
      }
      if (ok && differs) {
        out.add(t);
      }
    }
    return out;
  }
}
