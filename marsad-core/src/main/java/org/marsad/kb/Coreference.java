package org.marsad.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.kb.EntityResolver.Cand;
import org.marsad.kb.EntityResolver.Cluster;
import org.marsad.kb.Words.Word;
import org.marsad.model.EntityType;
import org.marsad.model.MentionKind;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.NormalizedText;

/**
 * In-document coreference: mentions of one KB entry form one cluster; unknown names cluster by
 * folded text; a person's surname (or, for people outside the KB, the name it shortens to) joins
 * the full name mentioned earlier; a title joins the name right after it (apposition) or whoever
 * holds it on the article's date. Not thread-safe; one per resolution.
 */
final class Coreference {
  /** Last words too common to stand for a person on their own. */
  private static final Set<String> NOT_SURNAMES = Set.of("الله", "الدين", "الرحمن", "عبد", "بن",
      "ابن", "ابو", "الاول", "الثاني", "الثالث", "الرحيم", "العزيز", "الكريم", "الاسلام", "علي");

  /** Heads too generic to stand for one organization alone (الحكومة after الحكومة العراقية). */
  private static final Set<String> GENERIC_HEADS = EntityResolver.foldedSet(
      "الحكومة الجيش القوات الوزارة المجلس الشرطة المحكمة الدولة السلطات السلطة الجمهورية المملكة"
      + " الأمم اللجنة الهيئة المنظمة الحزب الحركة الجماعة التنظيم المكتب الرئاسة الشركة الجامعة"
      + " المركز الاتحاد البرلمان الادعاء النيابة الأجهزة المخابرات الاستخبارات الوكالة القيادة"
      + " الإدارة المؤسسة الأمانة الجبهة الكتيبة اللواء الفرقة الناطق المتحدث");
  private static final String MUNICIPAL = ArabicNormalizer.fold("البلدي");
  private static final String MUNICIPALITY = ArabicNormalizer.fold("البلدية");
  private static final String A_MUNICIPALITY = ArabicNormalizer.fold("بلدية");

  private final String text;
  private final NormalizedText nt;
  private final List<Word> words;
  private final List<Cand> cands;
  private final Map<String, Cluster> byKey = new LinkedHashMap<>();

  Coreference(String text, NormalizedText nt, List<Word> words, List<Cand> cands) {
    this.text = text;
    this.nt = nt;
    this.words = words;
    this.cands = cands;
  }

  List<Cluster> cluster(List<Cand> titles) {
    for (Cand c : cands) {
      join(c, key(c), c.entry, c.type);
    }
    mergePartialNames();
    mergeShortenedFullNames();
    mergeGeneratedSurnames();
    scanSurnames();
    scanOrgHeads();
    for (Cand t : titles) {
      attachTitle(t);
    }
    return new ArrayList<>(byKey.values());
  }

  private String key(Cand c) {
    if (c.entry != null) {
      return c.entry.id();
    }
    // Spacing varies inside names (أبوسليم / أبو سليم)
    String folded = ArabicNormalizer.fold(EntityResolver.surface(text, c.start, c.end));
    StringBuilder b = new StringBuilder(folded.length() + 4).append(c.type).append(':');
    for (int i = 0; i < folded.length(); i++) {
      if (!Character.isWhitespace(folded.charAt(i))) {
        b.append(folded.charAt(i));
      }
    }
    return b.toString();
  }

  private void join(Cand c, String key, Object entry, EntityType type) {
    Cluster cl = byKey.computeIfAbsent(key, k -> new Cluster((KbEntry) entry, type));
    cl.cands.add(c);
    c.cluster = cl;
  }

  private String[] nameWords(Cand c) {
    if (c.words == null) {
      c.words = Words.of(ArabicNormalizer.fold(text.substring(c.start, c.end)));
    }
    return c.words;
  }

  /** Map from surname (and, for unknown people, first name) to the person clusters it may mean. */
  private Map<String, List<Cluster>> partials() {
    return partials(null);
  }

  /**
   * As {@link #partials()}; unknown people's surnames that are everyday words (حسان الشيخ) go to
   * {@code weak} instead when it is not null.
   */
  private Map<String, List<Cluster>> partials(Map<String, List<Cluster>> weak) {
    Map<String, List<Cluster>> out = new HashMap<>();
    for (Cluster cl : byKey.values()) {
      if (cl.entry == null && cl.type == EntityType.LOC) {
        addFacilityName(out, cl);
        continue;
      }
      if (cl.type != EntityType.PER && (cl.entry == null || cl.entry.type() != EntityType.PER)) {
        continue;
      }
      for (Cand c : cl.cands) {
        String[] ws = nameWords(c);
        if (c.kind != MentionKind.NAME || ws.length < 2) {
          continue;
        }
        if (cl.entry != null || CommonWords.count(ws[ws.length - 1]) < 1000) {
          addPartial(out, ws[ws.length - 1], cl); // an unknown's surname must not be an everyday word
        } else if (weak != null) {
          addPartial(weak, ws[ws.length - 1], cl); // الشيخ: only where no name follows
        }
        // A first name stands alone for people outside the KB (سليمان after سليمان الأسد) and
        // for definite names (الساعدي after الساعدي القذافي).
        if ((cl.entry == null || ws[0].startsWith("ال")) && CommonWords.count(ws[0]) < 1000) {
          addPartial(out, ws[0], cl);
        }
      }
    }
    return out;
  }

  /** A facility found by its head noun goes by its name alone later (العند after قاعدة العند). */
  private void addFacilityName(Map<String, List<Cluster>> out, Cluster cl) {
    for (Cand c : cl.cands) {
      String[] ws = nameWords(c);
      if (c.kind == MentionKind.NAME && ws.length == 2) {
        addPartial(out, ws[1], cl);
      }
    }
  }

  private static void addPartial(Map<String, List<Cluster>> out, String w, Cluster cl) {
    if (w.length() < 3 || NOT_SURNAMES.contains(w)) {
      return;
    }
    List<Cluster> l = out.computeIfAbsent(w, k -> new ArrayList<>(1));
    if (!l.contains(cl)) {
      l.add(cl);
    }
  }

  /** The cluster a partial name most likely means: KB people first, then the most mentioned. */
  private static Cluster pick(List<Cluster> options) {
    Cluster best = null;
    for (Cluster c : options) {
      if (best == null || (c.entry != null) && best.entry == null
          || (c.entry != null) == (best.entry != null) && c.cands.size() > best.cands.size()) {
        best = c;
      }
    }
    return best;
  }

  /** Single-word unknown people that shorten a multi-word name join that name's cluster. */
  private void mergePartialNames() {
    Map<String, List<Cluster>> partials = partials();
    for (String key : new ArrayList<>(byKey.keySet())) {
      Cluster cl = byKey.get(key);
      if (cl.entry != null || cl.type != EntityType.PER) {
        continue;
      }
      String[] ws = nameWords(cl.cands.get(0));
      if (ws.length != 1 || !partials.containsKey(ws[0])) {
        continue;
      }
      Cluster target = pick(partials.get(ws[0]));
      if (target != null && target != cl) {
        for (Cand c : cl.cands) {
          c.cluster = target;
          target.cands.add(c);
        }
        byKey.remove(key);
      }
    }
  }

  /**
   * A two-word unknown person that keeps the first and last words of a longer name in the
   * document is that person ({@code محمد علان} and {@code محمد نصر الدين مفضي علان}), before or
   * after it; when two longer names fit, neither is taken.
   */
  private void mergeShortenedFullNames() {
    for (String key : new ArrayList<>(byKey.keySet())) {
      Cluster cl = byKey.get(key);
      if (cl == null || cl.entry != null || cl.type != EntityType.PER) {
        continue;
      }
      String[] ws = nameWords(cl.cands.get(0));
      Cluster target = ws.length == 2 ? uniqueLongerName(ws[0], ws[1], cl) : null;
      if (target != null) {
        for (Cand c : cl.cands) {
          c.cluster = target;
          target.cands.add(c);
        }
        byKey.remove(key);
      }
    }
  }

  private Cluster uniqueLongerName(String first, String last, Cluster self) {
    Cluster found = null;
    for (Cluster other : byKey.values()) {
      if (other == self || other.type != EntityType.PER
          && (other.entry == null || other.entry.type() != EntityType.PER)) {
        continue;
      }
      for (Cand c : other.cands) {
        String[] ws = nameWords(c);
        if (c.kind == MentionKind.NAME && ws.length > 2 && ws[0].equals(first)
            && ws[ws.length - 1].equals(last)) {
          if (found != null && found != other) {
            return null;
          }
          found = other;
        }
      }
    }
    return found;
  }

  /**
   * A one-word person from a generated KB file (PETRARCH's bare {@code المالكي}) that is the
   * surname of a full name in the document is that person.
   */
  private void mergeGeneratedSurnames() {
    Map<String, List<Cluster>> partials = partials();
    for (String key : new ArrayList<>(byKey.keySet())) {
      Cluster cl = byKey.get(key);
      if (cl.entry == null || cl.entry.type() != EntityType.PER || cl.entry.rank() > 1) {
        continue;
      }
      String word = null;
      boolean single = true;
      for (Cand c : cl.cands) {
        String[] ws = nameWords(c);
        single &= ws.length == 1 && (word == null || word.equals(ws[0]));
        word = ws.length > 0 ? ws[0] : word;
      }
      List<Cluster> options = single && word != null ? partials.get(word) : null;
      Cluster target = options == null ? null : pick(options);
      if (target != null && target != cl) {
        for (Cand c : cl.cands) {
          c.cluster = target;
          target.cands.add(c);
        }
        byKey.remove(key);
      }
    }
  }

  /**
   * Words no name covers that equal a surname seen earlier become mentions of that person; a
   * country adjective there gives way (السوداني after محمد شياع السوداني is the man).
   */
  private void scanSurnames() {
    Map<String, List<Cluster>> weak = new HashMap<>();
    Map<String, List<Cluster>> partials = partials(weak);
    if (partials.isEmpty() && weak.isEmpty()) {
      return;
    }
    Cand[] covering = coveringNames();
    for (int i = 0; i < words.size(); i++) {
      if (covering[i] != null && covering[i].kind != MentionKind.NOMINAL) {
        continue;
      }
      // An everyday word as a surname (زوجة الشيخ.) only where no name runs on after it
      boolean endsPhrase = i + 1 == words.size() || !words.get(i + 1).spaced();
      for (Variants.Stripped v : words.get(i).variants()) {
        List<Cluster> options = partials.get(v.word());
        if (options == null && endsPhrase && covering[i] == null) {
          options = weak.get(v.word());
        }
        if (options == null) {
          continue;
        }
        int s = nt.originalStart(words.get(i).start() + v.offset());
        Cluster cl = pick(options);
        if (cl.first() < s) {
          Cand nominal = covering[i];
          if (nominal != null) {
            nominal.cluster.cands.remove(nominal);
            cands.remove(nominal);
          }
          Cand c = new Cand(s, nt.originalEnd(words.get(i).end() - 1), MentionKind.NAME,
              cl.type, cl.entry);
          c.cluster = cl;
          cl.cands.add(c);
          break;
        }
      }
    }
    byKey.values().removeIf(cl -> cl.cands.isEmpty());
  }

  /**
   * A KB organization's definite head word standing alone after its full name is that organization
   * (المقاومة after المقاومة الشعبية), unless the head is generic (الحكومة, المجلس); البلدية is
   * the municipal council (المجلس البلدي, بلدية X) named last before it.
   */
  private void scanOrgHeads() {
    Map<String, List<Cluster>> heads = new HashMap<>();
    for (Cluster cl : byKey.values()) {
      EntityType type = cl.entry != null ? cl.entry.type() : cl.type;
      if (type != EntityType.ORG) {
        continue;
      }
      for (Cand c : cl.cands) {
        String[] ws = nameWords(c);
        if (c.kind != MentionKind.NAME || ws.length < 2) {
          continue;
        }
        // KB organizations only: the tagger's false names (الإنسان الروبوتي) must not spread
        if (cl.entry != null && ws[0].startsWith("ال") && ws[0].length() > 4
            && !GENERIC_HEADS.contains(ws[0])) {
          addPartial(heads, ws[0], cl);
        }
        if (ws[0].equals(A_MUNICIPALITY) || List.of(ws).contains(MUNICIPAL)) {
          addPartial(heads, MUNICIPALITY, cl);
        }
      }
    }
    if (heads.isEmpty()) {
      return;
    }
    Cand[] covering = coveringNames();
    for (int i = 0; i < words.size(); i++) {
      if (covering[i] != null) {
        continue;
      }
      for (Variants.Stripped v : words.get(i).variants()) {
        List<Cluster> options = heads.get(v.word());
        if (options == null) {
          continue;
        }
        int s = nt.originalStart(words.get(i).start() + v.offset());
        Cluster best = null;
        int bestFirst = -1;
        for (Cluster cl : options) {
          int f = cl.first();
          if (f < s && f > bestFirst) {
            best = cl;
            bestFirst = f;
          }
        }
        if (best != null) {
          Cand c = new Cand(s, nt.originalEnd(words.get(i).end() - 1), MentionKind.NAME,
              EntityType.ORG, best.entry);
          c.cluster = best;
          best.cands.add(c);
          cands.add(c);
          break;
        }
      }
    }
  }

  /** For each word, the mention covering it, or null. */
  private Cand[] coveringNames() {
    Cand[] covered = new Cand[words.size()];
    int wi = 0;
    List<Cand> sorted = new ArrayList<>(cands);
    sorted.sort((a, b) -> Integer.compare(a.start, b.start));
    for (Cand c : sorted) {
      while (wi < words.size() && nt.originalEnd(words.get(wi).end() - 1) <= c.start) {
        wi++;
      }
      for (int k = wi; k < words.size() && nt.originalStart(words.get(k).start()) < c.end; k++) {
        if (covered[k] == null || covered[k].kind == MentionKind.NOMINAL) {
          covered[k] = c;
        }
      }
    }
    return covered;
  }

  /** A title joins the person named right after it, else its holder on the date, else drops. */
  private void attachTitle(Cand t) {
    Cand next = null;
    for (Cand c : cands) {
      if (c.start >= t.end && (next == null || c.start < next.start)) {
        next = c;
      }
    }
    if (next != null && next.cluster != null && next.kind == MentionKind.NAME
        && next.cluster.type == EntityType.PER && text.substring(t.end, next.start).isBlank()) {
      t.cluster = next.cluster;
      next.cluster.cands.add(t);
      return;
    }
    if (t.entry != null) {
      join(t, t.entry.id(), t.entry, EntityType.PER);
    }
  }
}
