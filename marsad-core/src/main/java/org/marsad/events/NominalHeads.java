package org.marsad.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.EntityType;

/**
 * The document's non-place mentions of two words or more, indexed by their folded first word, so
 * that a nominal actor (الجيش) finds the nearest named group it heads (الجيش الليبي) with a binary
 * search instead of a scan of every earlier mention. Built once per document; not thread-safe.
 */
final class NominalHeads {
  private final List<SentenceView.EntityMentionRef> mentions;
  /** First folded word → positions in {@code mentions}, increasing. */
  private final Map<String, List<Integer>> byHead = new HashMap<>();
  /**
   * Actor code of a country's named group (ISRMIL; organisations only: الوزير الروسي is not the
   * article's Russian president) → positions in {@code mentions}, increasing.
   */
  private final Map<String, List<Integer>> byCode = new HashMap<>();

  /** @param mentions the document's mentions sorted by start (then longest first) */
  NominalHeads(List<SentenceView.EntityMentionRef> mentions) {
    this.mentions = mentions;
    for (int i = 0; i < mentions.size(); i++) {
      SentenceView.EntityMentionRef m = mentions.get(i);
      if (m.entity().type() == EntityType.LOC) {
        continue;
      }
      String code = m.entity().actor();
      if (code != null && code.length() == 6 && m.entity().type() == EntityType.ORG) {
        byCode.computeIfAbsent(code, k -> new ArrayList<>()).add(i);
      }
      String f = Words.fold(m.mention().text());
      int space = f.indexOf(' ');
      if (space > 0) {
        byHead.computeIfAbsent(f.substring(0, space), k -> new ArrayList<>()).add(i);
      }
    }
  }

  /**
   * The last mention starting before {@code start} whose first word is {@code head} (or
   * {@code head} without its first letter: لجيش for الجيش after ل); in a headline, when there is
   * none, the first such mention after it. Null if none.
   */
  SentenceView.EntityMentionRef nearest(String head, int start, boolean title) {
    List<Integer> a = byHead.getOrDefault(head, List.of());
    List<Integer> b = byHead.getOrDefault(head.substring(1), List.of());
    // الكتيبة after كتيبة شهداء أبوسليم: a name in the construct state, made definite
    List<Integer> c = head.startsWith("ال") && head.length() > 4
        ? byHead.getOrDefault(head.substring(2), List.of()) : List.of();
    int before = Math.max(Math.max(lastBefore(a, start), lastBefore(b, start)),
        lastBefore(c, start));
    if (before >= 0) {
      return mentions.get(before);
    }
    if (!title) {
      return null;
    }
    int after = Math.min(Math.min(firstFrom(a, start), firstFrom(b, start)),
        firstFrom(c, start));
    return after == Integer.MAX_VALUE ? null : mentions.get(after);
  }

  /**
   * The named group whose actor code is {@code code} (a country and a sector, ISRMIL): its last
   * mention before {@code start}, else its first one after. Null if the document names none.
   */
  SentenceView.EntityMentionRef withCode(String code, int start) {
    List<Integer> a = byCode.getOrDefault(code, List.of());
    if (a.isEmpty()) {
      return null;
    }
    int before = lastBefore(a, start);
    return mentions.get(before >= 0 ? before : a.get(0));
  }

  /** The largest position in {@code list} whose mention starts before {@code start}, or -1. */
  private int lastBefore(List<Integer> list, int start) {
    int lo = 0;
    int hi = list.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(list.get(mid)).mention().start() < start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo == 0 ? -1 : list.get(lo - 1);
  }

  /** The smallest position in {@code list} whose mention starts at or after {@code start}. */
  private int firstFrom(List<Integer> list, int start) {
    int last = lastBefore(list, start);
    int idx = last < 0 ? 0 : list.indexOf(last) + 1;
    return idx < list.size() ? list.get(idx) : Integer.MAX_VALUE;
  }
}
