package org.marsad.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each word of a text starts, by word, including the start after one leading clitic letter
 * (و ف ب ل): the places a name can begin. Replaces repeated {@code indexOf} scans, which are
 * quadratic on very long texts. Words are maximal runs of {@link Character#isLetter} chars.
 * Not thread-safe; one per text.
 */
final class WordStarts {
  private static final String CLITICS = "وفبل";

  private final Map<String, List<Integer>> starts = new HashMap<>();

  WordStarts(String text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      add(text.substring(s, i), s);
      if (i - s > 1 && CLITICS.indexOf(text.charAt(s)) >= 0) {
        add(text.substring(s + 1, i), s + 1);
      }
    }
  }

  private void add(String word, int at) {
    starts.computeIfAbsent(word, k -> new ArrayList<>(2)).add(at);
  }

  /**
   * Positions, in increasing order, where {@code form} may occur at a word start (or after one
   * clitic): those where the text's word begins with the form's first word. Callers still check
   * the whole form.
   */
  List<Integer> candidates(String form) {
    int e = 0;
    while (e < form.length() && Character.isLetter(form.charAt(e))) {
      e++;
    }
    if (e == 0) {
      return List.of();
    }
    String first = form.substring(0, e);
    List<Integer> exact = starts.getOrDefault(first, List.of());
    if (e < form.length()) {
      return exact; // the form's first word ends inside the form: the text word must equal it
    }
    // A one-word form may also be the start of a longer text word (rejected later by the
    // not-followed-by-a-letter check, as before), so only exact words can match.
    return exact;
  }
}
