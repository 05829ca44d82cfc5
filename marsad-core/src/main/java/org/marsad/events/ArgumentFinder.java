package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.TokenKind;

/**
 * Finds the source and target of a trigger from Arabic news word order, without a parser:
 * verb-subject-object and subject-verb-object order, {@code التقى X مع Y}, {@code لقاء جمع X مع Y},
 * {@code اشتباكات بين X و Y}, passives ({@code تم استهداف X}, {@code من قبل X}), genitives of event
 * nouns ({@code اعتقال X}, {@code زيارة X}), support verbs ({@code شن X غارات على Y}), relative
 * clauses ({@code X الذي هاجم Y}) and coordination ({@code كلاً من X و Y}: one actor each).
 * Every search is bounded by {@link #WINDOW} tokens, so a sentence costs linear time.
 */
final class ArgumentFinder {
  static final int WINDOW = 14;
  /** Heads whose genitive is not the actor: أحد أقرباء X، نجل X، شقيق X. */
  private static final java.util.Set<String> KIN = java.util.Set.of(Words.fold("أحد"),
      Words.fold("إحدى"), Words.fold("أقرباء"), Words.fold("أقارب"), "ابن", "نجل", "شقيق",
      Words.fold("شقيقة"), "اخ", "اخو", Words.fold("زوجة"), "قريب", Words.fold("ابنة"), "والد",
      Words.fold("والدة"));

  /** Said by {@link #supportSubject} when the support verb's subject is an unnamed noun. */
  private static final Actor NO_SUBJECT = new Actor(0, 0, 0, 0, null, null, null, false);
  /** How far before its event noun a support verb may stand: أقدم X وهو ابن عم Y على قتل. */
  private static final int SUPPORT_REACH = 12;
  private static final int MAX_GROUP = 6;

  /** Sources and targets found for one trigger (either list may be empty). */
  record Args(List<Actor> sources, List<Actor> targets, boolean passive) {}

  private final SentenceView v;
  private final boolean[] stop;

  /** {@code stop} marks tokens where an argument search must not pass (clause openers). */
  ArgumentFinder(SentenceView v, boolean[] stop) {
    this.v = v;
    this.stop = stop;
  }

  /**
   * {@code previous} is the subject of the sentence's previous verb event, shared by a verb joined
   * with و/ف that has no subject of its own ({@code أطلقت القوات صاروخا فقتلت ...}); may be null.
   */
  Args find(int i, int end, TriggerLexicon.Entry e, boolean self, Actor previous) {
    return find(i, end, e, self, previous, null, false);
  }

  /**
   * As {@link #find(int, int, TriggerLexicon.Entry, boolean, Actor)}; {@code previousTarget} is
   * the target of that previous verb, the referent of an object pronoun of a verb that shares its
   * subject ({@code ألقى مسلحون القبض عليه وقتلوه}); may be null. {@code conj}: the trigger word
   * was matched without a leading و/ف (the tokenizer may leave وقتلوه unsegmented).
   */
  Args find(int i, int end, TriggerLexicon.Entry e, boolean self, Actor previous,
      Actor previousTarget, boolean conj) {
    Actor src = null;
    Actor tgt = null;
    boolean passive = false;
    List<Actor> fwd = forward(e.verb() ? i + 1 : end); // a verb's subject may precede its tail
    Actor before = adjacentBefore(i);
    if (self && v.actorAt[i] != null) {
      src = v.actorAt[i];
      tgt = firstWithPrep(fwd, e, null);
      return args(src, tgt, false);
    }
    if (isPassiveContext(i) || e.victim() || before == null && violent(e) && startsWithQuantity(end)
        && !(i > 0 && Cues.COMPLEMENTIZERS.contains(v.norm[i - 1]) && v.norm[i - 1].length() > 2)) {
      passive = true;
      tgt = e.victim() && before != null ? before : firstBare(fwd, null);
      if (tgt == null && e.victim()) {
        tgt = before;
      }
      src = firstWithPrepIn(fwd, "BY");
      return args(src, tgt, true);
    }
    if (e.verb()) {
      Actor rel = relativeAntecedent(i);
      boolean resumptive = resumptivePronoun(i, end);
      boolean shared = false;
      if (rel != null) {
        Actor subject = resumptive ? firstBare(fwd, null) : null;
        if (subject != null && subject.from <= i + 2) {
          // القذافي الذي ألقى مسلحون القبض عليه: the clause has its own subject; its pronoun
          // is the antecedent, who undergoes the event
          return args(subject, rel, false);
        }
        src = rel;
      } else if (before != null) {
        src = before;
      } else if ((src = kanaSubject(i)) != null) {
        // وكانت رئاستا الجمهورية والوزراء في العراق قد تنصلتا: the subject after كان
      } else {
        src = firstBare(fwd, null);
        if (previous != null && (src == null || src.from > i + 3)
            && (v.conjoinedAt(i) || conj)) {
          src = previous; // فقتلت ...: the earlier subject
          shared = true;
        }
      }
      tgt = firstWithPrep(fwd, e, src);
      if (tgt == null && !e.intrans()) {
        tgt = firstBare(fwd, src);
        if (tgt != null && src != null && group(src).contains(tgt)) {
          tgt = null; // سيطرت عليه ميليشيات الحوثي وصالح: both are the subject
        }
      }
      if (tgt == null && shared && resumptive && previousTarget != null
          && previousTarget != src) {
        tgt = previousTarget; // ألقى مسلحون القبض عليه وقتلوه: the same person
      }
      return args(src, tgt, false);
    }
    return noun(i, end, e, fwd, before);
  }

  private Args noun(int i, int end, TriggerLexicon.Entry e, List<Actor> fwd, Actor before) {
    Actor src = null;
    Actor tgt = null;
    Actor undergoer = undergoer(i);
    if (undergoer != null) {
      return args(firstWithPrepIn(fwd, "BY"), undergoer, true); // تعرض X للضرب
    }
    if (end < v.n && v.strip(end).equals("بين") && !fwd.isEmpty()) {
      src = fwd.get(0); // اشتباكات بين X و Y
      List<Actor> g = group(src);
      if (g.size() > 1) {
        return new Args(List.of(g.get(0)), g.subList(1, g.size()), false);
      }
      return args(src, firstAfter(fwd, src), false);
    }
    if (end < v.n && Cues.GATHER.contains(v.strip(end)) && !fwd.isEmpty()) {
      src = fwd.get(0); // لقاء جمع X مع Y
      List<Actor> g = group(src);
      if (g.size() > 1) {
        return new Args(List.of(g.get(0)), g.subList(1, g.size()), false);
      }
      return args(src, firstAfter(fwd, src), false);
    }
    if (!fwd.isEmpty() && fwd.get(0).from == end
        && fwd.get(0).prep.equals(SentenceView.ADJECTIVE)) {
      src = fwd.get(0); // الغارات الإسرائيلية
      return args(src, firstWithPrep(fwd, e, src), false);
    }
    Actor after = resumptiveSubject(end);
    if (after != null) {
      return args(after, firstWithPrep(fwd, e, after), false); // غارة شنتها طائرة أميركية
    }
    Actor gen = !fwd.isEmpty() && fwd.get(0).from == end && fwd.get(0).prep.isEmpty()
        ? fwd.get(0) : e.genTgt() ? titledGenitive(end, fwd) : null;
    boolean passive = isPassiveContext(i);
    if (gen != null && (e.genTgt() || passive)) {
      tgt = gen;
    } else if (gen != null && e.genSrc()) {
      src = gen;
    }
    if (src == null && !passive) {
      src = supportSubject(i);
      if (src == NO_SUBJECT) {
        src = null;
      } else if (src == null) {
        src = before != null ? before : nearestBefore(i);
      }
    }
    if (passive && src == null) {
      src = firstWithPrepIn(fwd, "BY");
    }
    if (tgt == null) {
      tgt = firstWithPrep(fwd, e, src);
    }
    return args(src, tgt, passive);
  }

  private Args args(Actor src, Actor tgt, boolean passive) {
    List<Actor> s = src == null ? List.of() : group(src);
    List<Actor> t = tgt == null ? List.of() : group(tgt);
    if (!s.isEmpty() && !t.isEmpty() && s.get(0) == t.get(0)) {
      t = List.of();
    }
    return new Args(s, t, passive);
  }

  /** Actors after the trigger, up to a clause boundary or the window. */
  private List<Actor> forward(int end) {
    List<Actor> out = new ArrayList<>(4);
    int limit = Math.min(v.n, end + WINDOW);
    for (int k = end; k < limit; k++) {
      if (v.hard[k] || (stop[k] && k > end)) {
        break;
      }
      Actor a = v.actorAt[k];
      if (a != null && a.from == k) {
        out.add(a);
        k = a.to - 1;
      }
    }
    return out;
  }

  /** The subject right before the trigger (SVO), allowing particles such as قد، لم، لن. */
  private Actor adjacentBefore(int i) {
    for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
      if (v.hard[k] || v.norm[k].equals("،") || v.norm[k].equals(",")) {
        return null;
      }
      Actor a = v.actorAt[k];
      if (a != null) {
        return a.prep.isEmpty() && !(a.country && k < i - 1) ? a : null;
      }
      if (!isParticle(k)) {
        return null;
      }
    }
    return null;
  }

  private boolean isParticle(int k) {
    String w = v.strip(k);
    return Cues.QAD.contains(v.norm[k]) || Cues.NEGATIONS.contains(v.norm[k]) || w.equals("سوف")
        || w.equals("قد") || w.equals("بدوره") || w.equals("بدورها") || w.equals("امس")
        || w.equals("اليوم");
  }

  /**
   * Whether the verb ends in an object pronoun, on itself or on its tail's preposition (قتلوه،
   * القبض عليه): in a relative clause, the pronoun that refers back to the antecedent.
   */
  private boolean resumptivePronoun(int i, int end) {
    String last = v.norm[end - 1];
    if (end > i + 1) {
      return last.length() > 3 && SentenceView.prepWithPronoun(last, last.substring(0, 3))
          || SentenceView.prepWithPronoun(last, last.substring(0, 2));
    }
    String w = v.strip(i);
    return w.length() > 4 && (w.endsWith("وه") || w.endsWith("وها") || w.endsWith("وهم"))
        || w.length() > 3 && (w.endsWith("ته") || w.endsWith("تها") || w.endsWith("تهم"));
  }

  /** كان and its forms, which open a past-perfect clause: وكانت X قد أعلنت. */
  private static final java.util.Set<String> KANA = java.util.Set.of("كان", "كانت", "وكان",
      "وكانت", "فكان", "فكانت");

  /**
   * The subject of a perfect after قد in a كان clause (وكانت الحكومة العراقية ... قد جددت): the
   * actor right after كان, within {@link #WINDOW} words before the verb and no clause boundary;
   * null if the verb has no قد before it or no such actor.
   */
  private Actor kanaSubject(int i) {
    if (i < 3 || !Cues.QAD.contains(v.norm[i - 1])) {
      return null;
    }
    for (int k = i - 2; k >= 0 && k >= i - WINDOW; k--) {
      if (v.hard[k] || stop[k]) {
        return null;
      }
      if (KANA.contains(v.norm[k])) {
        Actor a = k + 1 < i - 1 ? v.actorAt[k + 1] : null;
        return a != null && a.from == k + 1 && a.prep.isEmpty() ? a : null;
      }
    }
    return null;
  }

  /** For a verb right after الذي/التي: the noun the relative clause hangs on. */
  private Actor relativeAntecedent(int i) {
    if (i < 2 || !Cues.RELATIVES.contains(v.norm[i - 1])) {
      return null;
    }
    Actor a = v.actorAt[i - 2];
    return a != null ? a : null;
  }

  /**
   * تعرض X للضرب، يتعرض X لهجوم: the actor between a verb of undergoing and the event noun
   * (or right before the verb), who suffers the event; null if none.
   */
  private Actor undergoer(int i) {
    String w = v.strip(i);
    if (i > 1 && (w.startsWith("ال") || w.startsWith("ل")) && v.conjoinedAt(i)
        && v.actorAt[i - 1] == null && v.strip(i - 1).startsWith("ل")) {
      i--; // يتعرض للإهانة والضرب: the second noun shares the first one's verb
    } else if (!w.startsWith("ل")) {
      return null;
    }
    if (i == 0) {
      return null;
    }
    if (Cues.UNDERGO.contains(v.strip(i - 1))) {
      return adjacentBefore(i - 1);
    }
    Actor a = v.actorAt[i - 1];
    if (a != null && a.prep.isEmpty() && a.from > 0 && Cues.UNDERGO.contains(v.strip(a.from - 1))) {
      return a;
    }
    return null;
  }

  /**
   * قتل العقيد المهندس في القوات الجوية حسان الشيخ: the genitive of an event noun is a title
   * (a definite word that is no actor) followed, within six words, by the named person it
   * introduces; null otherwise.
   */
  private Actor titledGenitive(int end, List<Actor> fwd) {
    if (end >= v.n || v.actorAt[end] != null || !v.norm[end].startsWith("ال")) {
      return null;
    }
    for (Actor a : fwd) {
      if (a.from > end + 6) {
        break;
      }
      if (a.named && a.prep.isEmpty() && a.type == org.marsad.model.EntityType.PER) {
        return a;
      }
    }
    return null;
  }

  /**
   * شن الطيران غارات: the actor between a support verb and its event noun; {@link #NO_SUBJECT}
   * when the subject is X's kin, not X (أقدم أحد أقرباء X على قتله); null with no support verb.
   */
  private Actor supportSubject(int i) {
    for (int k = i - 1; k >= 0 && k >= i - SUPPORT_REACH; k--) {
      if (v.hard[k] || stop[k]) {
        return null;
      }
      if (v.actorAt[k] == null && Cues.SUPPORT.contains(v.strip(k))) {
        for (int j = k + 1; j < i; j++) {
          Actor a = v.actorAt[j];
          if (a != null && a.prep.isEmpty()) {
            return a;
          }
          if (a == null && j == k + 1 && KIN.contains(v.core[j])) {
            return NO_SUBJECT; // أقدم أحد أقرباء X على قتله: X's kinsman, not X
          }
        }
        Actor b = k > 0 ? v.actorAt[k - 1] : null;
        return b != null && b.prep.isEmpty() ? b : null;
      }
    }
    return null;
  }

  /** غارة شنتها X، ضربة نفذها X: a support verb with a pronoun after the noun, then its subject. */
  private Actor resumptiveSubject(int end) {
    for (int k = end; k < v.n && k <= end + 3; k++) {
      String w = v.strip(k);
      if (v.hard[k] || v.actorAt[k] != null) {
        return null; // هجوم مباغت الليلة شنه X: adjectives and times may come between
      }
      if ((w.endsWith("ها") || w.endsWith("ه")) && w.length() >= 3
          && (Cues.SUPPORT.contains(w.substring(0, w.length() - (w.endsWith("ها") ? 2 : 1))))) {
        for (int j = k + 1; j < v.n && j <= k + 3 && !v.hard[j]; j++) {
          Actor a = v.actorAt[j];
          if (a != null) {
            return a.prep.isEmpty() || a.prep.equals(SentenceView.ADJECTIVE) ? a : null;
          }
        }
        return null;
      }
    }
    return null;
  }

  /** The nearest actor before the noun in its clause with no preposition. */
  private Actor nearestBefore(int i) {
    for (int k = i - 1; k >= 0 && k >= i - WINDOW; k--) {
      if (v.hard[k] || stop[k]) {
        return null;
      }
      Actor a = v.actorAt[k];
      if (a != null && a.prep.isEmpty() && !a.country) {
        return a;
      }
    }
    return null;
  }

  private boolean isPassiveContext(int i) {
    if (i > 0 && Cues.PASSIVE.contains(v.strip(i - 1))) {
      return true;
    }
    if (i > 1 && Cues.PASSIVE.contains(v.strip(i - 2)) && v.toks.get(i - 1).kind()
        == TokenKind.PUNCT) {
      return true;
    }
    return false;
  }

  /**
   * Whether the trigger is of force (17-20), whose unmarked passive takes a count of victims
   * (قتل 9 مدنيين); other verbs take a count as their subject (دعا عدد من مناصري النظام).
   */
  private static boolean violent(TriggerLexicon.Entry e) {
    char a = e.code().charAt(0);
    char b = e.code().charAt(1);
    return a == '1' && b >= '7' || a == '2' && b == '0';
  }

  private boolean startsWithQuantity(int end) {
    int k = end;
    while (k < v.n && k < end + 2 && (v.norm[k].equals("امس") || v.norm[k].equals("اليوم")
        || v.norm[k].equals("،"))) {
      k++; // قتل أمس سبعة ...
    }
    if (k >= v.n) {
      return false;
    }
    return v.toks.get(k).kind() == TokenKind.NUMBER || Cues.QUANTITY.contains(v.strip(k));
  }

  private static Actor firstBare(List<Actor> fwd, Actor not) {
    for (Actor a : fwd) {
      if (a != not && a.prep.isEmpty()) {
        return a;
      }
    }
    return null;
  }

  private static Actor firstAfter(List<Actor> fwd, Actor a) {
    int k = fwd.indexOf(a);
    return k >= 0 && k + 1 < fwd.size() ? fwd.get(k + 1) : null;
  }

  private static Actor firstWithPrep(List<Actor> fwd, TriggerLexicon.Entry e, Actor not) {
    for (Actor a : fwd) {
      if (a != not && !a.prep.isEmpty() && e.preps().contains(a.prep)) {
        return a;
      }
    }
    return null;
  }

  private static Actor firstWithPrepIn(List<Actor> fwd, String prep) {
    for (Actor a : fwd) {
      if (a.prep.equals(prep)) {
        return a;
      }
    }
    return null;
  }

  /** The actor and those coordinated with it by و (X و Y، X وY). */
  List<Actor> group(Actor first) {
    List<Actor> g = new ArrayList<>(2);
    g.add(first);
    Actor a = first;
    while (g.size() < MAX_GROUP) {
      int k = a.to;
      if (k < v.n && (v.norm[k].equals("،") || v.norm[k].equals(",")) && k + 1 < v.n
          && v.actorAt[k + 1] != null && v.actorAt[k + 1].from == k + 1 && g.size() > 0
          && hasLaterConj(k + 1)) {
        k++;
      } else if (k < v.n && v.norm[k].equals("و")) {
        k++;
      } else if (!(k < v.n && v.conjoinedAt(k))) {
        break;
      }
      Actor b = k < v.n ? v.actorAt[k] : null;
      if (b == null || b.from != k || b == a) {
        break;
      }
      g.add(b);
      a = b;
    }
    return g;
  }

  private boolean hasLaterConj(int k) {
    Actor b = v.actorAt[k];
    return b.to < v.n && (v.norm[b.to].equals("و") || v.conjoinedAt(b.to));
  }
}
