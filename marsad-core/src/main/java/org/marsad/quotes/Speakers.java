package org.marsad.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import org.marsad.internal.lex.FoldedTokens;
import org.marsad.internal.lex.TokenView;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;

/**
 * Turns a speaker's noun phrase into an entity id (a mention inside it: persons first, then
 * organizations, then others; a bare title resolves to the person it last introduced) or, when no
 * entity matches, into the phrase's text.
 */
final class Speakers {
  private record M(int start, int end, String id, EntityType type) {}

  private final TokenView v;
  private final IntFunction<String> folded;
  private final List<M> mentions = new ArrayList<>();
  /** Mentions longer than this are not looked for before a phrase's start. */
  private static final int MAX_MENTION = 200;
  /** How many tokens back a bare title looks for the person it introduced. */
  private static final int TITLE_WINDOW = 600;

  Speakers(Document doc, TokenView v, IntFunction<String> folded) {
    this.v = v;
    this.folded = folded;
    for (Entity e : doc.entities()) {
      for (Mention m : e.mentions()) {
        mentions.add(new M(m.start(), m.end(), e.id(), e.type()));
      }
    }
    mentions.sort(Comparator.comparingInt(M::start));
  }

  /** The index of the first mention starting at or after {@code offset}. */
  private int firstFrom(int offset) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).start < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The speaker of tokens [from, to), looking into the apposition when the phrase names nobody. */
  String resolve(int from, int to, QuoteRun.Region appo) {
    int s = v.start(from);
    int e = v.end(to - 1);
    M best = best(s, e, v.end(from));
    if ((best == null || best.type != EntityType.PER) && appo != null) {
      M a = best(v.start(appo.from()), v.end(appo.to() - 1), v.end(appo.from()));
      if (a != null && (best == null || a.type == EntityType.PER)) {
        best = a;
      }
    }
    if (best != null) {
      return best.id;
    }
    M byTitle = byTitle(from);
    if (byTitle != null) {
      return byTitle.id;
    }
    if (appo != null) {
      // No entity to name: the title and the name after its comma say more than the title alone.
      return text(s, v.end(appo.to() - 1));
    }
    return text(s, e);
  }

  private String text(int s, int e) {
    String x = v.text().substring(s, e).strip();
    int a = 0;
    int b = x.length();
    while (a < b && "«»“”\"'„:،,".indexOf(x.charAt(a)) >= 0) {
      a++;
    }
    while (b > a && "«»“”\"'„:،,".indexOf(x.charAt(b - 1)) >= 0) {
      b--;
    }
    return x.substring(a, b).strip();
  }

  /** The best mention in [s, e); places only as the phrase's head (starting before {@code head}). */
  private M best(int s, int e, int head) {
    M best = null;
    for (int i = firstFrom(s - MAX_MENTION); i < mentions.size(); i++) {
      M m = mentions.get(i);
      if (m.start >= e) {
        break;
      }
      if (m.type == EntityType.LOC && m.start >= head) {
        continue; // المجلس البلدي لمدينة بنغازي is not Benghazi
      }
      if (m.end > s && (best == null || rank(m.type) <= rank(best.type))) {
        // the last of equal rank: a title comes before the name (الناطق باسم اللواء أحمد الخراز)
        best = m;
      }
    }
    return best;
  }

  private static int rank(EntityType t) {
    switch (t) {
      case PER:
        return 0;
      case ORG:
        return 1;
      case LOC:
        return 3;
      default:
        return 2;
    }
  }

  /**
   * A title used alone ({@code المحافظ}) stands for the person it introduced earlier
   * ({@code محافظ اللاذقية إبراهيم خضر السالم}): the first person mention within five tokens after
   * the title's last earlier occurrence.
   */
  private M byTitle(int from) {
    if (mentions.isEmpty() || !v.isArabic(from)) {
      return null;
    }
    String head = bare(folded.apply(from));
    if (head.length() < 3 || Words.NAME_CONTEXT.contains(head) || Words.STATEMENTS.contains(head)) {
      return null;
    }
    FoldedTokens ft = v.folded();
    char[] hc = head.toCharArray();
    for (int k = from - 1; k >= 0 && k >= from - TITLE_WINDOW; k--) {
      if (sameBare(ft, k, hc)) {
        int limit = Math.min(v.size() - 1, k + 5);
        for (int i = firstFrom(v.start(k)); i < mentions.size(); i++) {
          M m = mentions.get(i);
          if (m.start > v.end(limit)) {
            break;
          }
          if (m.start > v.start(k) && m.type == EntityType.PER) {
            return m;
          }
        }
      }
    }
    return null;
  }

  /** Whether token {@code k} without و and the article folds to {@code head}; no allocation. */
  private static boolean sameBare(FoldedTokens ft, int k, char[] head) {
    int len = ft.len(k);
    if (len < head.length) {
      return false;
    }
    char[] c = ft.chars();
    int o = ft.off(k);
    if (len > 5 && c[o] == 'و' && c[o + 1] == 'ا' && c[o + 2] == 'ل') {
      o += 3;
      len -= 3;
    } else if (len > 4 && c[o] == 'ا' && c[o + 1] == 'ل') {
      o += 2;
      len -= 2;
    }
    if (len != head.length) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (c[o + i] != head[i]) {
        return false;
      }
    }
    return true;
  }

  private static String bare(String w) {
    if (w.startsWith("وال") && w.length() > 5) {
      return w.substring(3);
    }
    if (w.startsWith("ال") && w.length() > 4) {
      return w.substring(2);
    }
    return w;
  }

  /** The first person (else organization) mentioned in [s, e): a main clause's subject, or null. */
  String firstIn(int s, int e) {
    M org = null;
    for (int i = firstFrom(s); i < mentions.size(); i++) {
      M m = mentions.get(i);
      if (m.start >= e) {
        break;
      }
      if (m.end <= e) {
        if (m.type == EntityType.PER) {
          return m.id;
        } else if (m.type == EntityType.ORG && org == null) {
          org = m;
        }
      }
    }
    return org != null ? org.id : null;
  }
}
