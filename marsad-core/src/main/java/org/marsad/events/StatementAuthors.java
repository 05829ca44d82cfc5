package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who made the statements a sentence names (تصريحات المالكي، تصريحات أطلقها ... المالكي), so that
 * a disapproval of statements targets their author; the last author is remembered for the next
 * sentences ({@link Discourse}). Per sentence; not shared. Linear in the sentence length.
 */
final class StatementAuthors {
  private final SentenceView v;
  private final Discourse discourse;
  /** Authors of statements named in this sentence, by the token of the statement noun. */
  private final List<int[]> authorAt = new ArrayList<>(1);
  private final List<Actor> authors = new ArrayList<>(1);

  StatementAuthors(SentenceView v, Discourse discourse) {
    this.v = v;
    this.discourse = discourse;
  }

  /** Statement nouns (core forms) whose author a disapproval targets: استنكر تصريحات X. */
  private static final Set<String> STATEMENT_NOUNS = Set.of("تصريحات", "تصريح", "مواقف",
      "دعوه", "دعوات", "اتهامات", "اقوال", "خطاب");

  /**
   * Records who made the statements named in the sentence: تصريحات X (genitive), تصريحات
   * أطلقها X / أدلى بها X (a verb with a resumptive pronoun, then its subject).
   */
  void find() {
    for (int k = 0; k + 1 < v.n; k++) {
      if (v.actorAt[k] != null || !STATEMENT_NOUNS.contains(v.core[k])) {
        continue;
      }
      Actor a = v.actorAt[k + 1];
      if (a == null && (v.norm[k + 1].endsWith("ها") || k + 2 < v.n
          && v.norm[k + 2].equals("بها"))) {
        for (int j = k + 2; j < v.n && j <= k + 6 && !v.hard[j]; j++) {
          if (v.actorAt[j] != null) {
            a = v.actorAt[j];
            break;
          }
        }
      }
      if (a != null && a.named && a.entity != null && !a.country && a.prep.isEmpty()) {
        authorAt.add(new int[] {k});
        authors.add(a);
      }
    }
  }

  void remember() {
    if (!authors.isEmpty()) {
      discourse.lastAuthor = authors.get(authors.size() - 1);
    }
  }

  /**
   * The target of a disapproval whose object is statements (استنكر تصريحات المالكي، استنكرت
   * المنظمة التصريحات، هذه التصريحات): their author named in the sentence, else the last author
   * of statements named before in the article; null when the object is no statement noun. The
   * object is looked for up to 24 words after the trigger, across brackets and quotes.
   */
  Actor of(int from) {
    for (int k = from; k < v.n && k < from + 24; k++) {
      String t = v.toks.get(k).text();
      if (v.hard[k] && !(t.equals("(") || t.equals(")") || t.equals("«") || t.equals("»"))
          || v.actorAt[k] == null && Cues.SPEECH.contains(v.strip(k))) {
        return null;
      }
      if (v.actorAt[k] != null || !STATEMENT_NOUNS.contains(v.core[k])) {
        continue;
      }
      Actor own = null;
      Actor before = null;
      for (int a = 0; a < authorAt.size(); a++) {
        if (authorAt.get(a)[0] == k) {
          own = authors.get(a);
        } else if (authorAt.get(a)[0] < k) {
          before = authors.get(a);
        }
      }
      if (own != null) {
        return own;
      }
      boolean definite = v.norm[k].startsWith("ال") || v.norm[k].startsWith("وال")
          || k > 0 && SentenceCoder.DEMONSTRATIVES.contains(v.strip(k - 1));
      return !definite ? null : before != null ? before : discourse.lastAuthor;
    }
    return null;
  }
}
