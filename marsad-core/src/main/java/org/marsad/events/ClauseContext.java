package org.marsad.events;

import java.util.List;
import org.marsad.model.EntityRef;
import org.marsad.model.Modality;
import org.marsad.model.TimeExpression;
import org.marsad.model.TimeType;

/**
 * What governs a trigger's clause: modality (negation, condition, future), attribution (reported
 * speech and source phrases), location (a place governed by في/ب/جنوب...) and date (a time
 * expression in the clause, else in the sentence, else none). All scans are bounded.
 */
final class ClauseContext {
  private static final int MODALITY_REACH = 6;
  private static final int SPEECH_REACH = 40;

  private final SentenceView v;
  private final boolean[] stop;
  private final boolean[] speech;
  private final boolean[] complementizer;

  ClauseContext(SentenceView v, boolean[] stop, boolean[] speech, boolean[] complementizer) {
    this.v = v;
    this.stop = stop;
    this.speech = speech;
    this.complementizer = complementizer;
  }

  /** The first token of the trigger's clause (after the last hard boundary before it). */
  int clauseStart(int i) {
    int k = i - 1;
    while (k >= 0 && k >= i - SPEECH_REACH && !v.hard[k]) {
      k--;
    }
    return k + 1;
  }

  int clauseEnd(int i) {
    int k = i;
    while (k < v.n && k < i + SPEECH_REACH && !v.hard[k]) {
      k++;
    }
    return k;
  }

  Modality modality(int i, boolean imperfect, int flags) {
    int from = Math.max(clauseStart(i), i - MODALITY_REACH);
    boolean future = (flags & Words.FUTURE) != 0;
    boolean hypothetical = false;
    for (int k = i - 1; k >= from; k--) {
      if (k < i - 1 && (speech[k] || stop[k] && !complementizer[k])) {
        break;
      }
      String w = v.norm[k];
      if (Cues.NEGATIONS.contains(w) || (w.equals("ما") && k == i - 1)) {
        return Modality.NEGATED;
      }
      if (Cues.FUTURES.contains(w) || w.startsWith("سي") && Cues.SUPPORT.contains(w.substring(1))) {
        future = true;
      }
      if (Cues.CONDITIONALS.contains(w) || Cues.QAD.contains(w) && imperfect && k == i - 1) {
        hypothetical = true;
      }
    }
    if (deniedBySpeaker(i)) {
      return Modality.NEGATED;
    }
    return hypothetical ? Modality.HYPOTHETICAL : future ? Modality.FUTURE : Modality.ASSERTED;
  }

  /** نفى X أن يكون ...: the trigger sits in a denied complement. */
  private boolean deniedBySpeaker(int i) {
    int s = speechVerb(i);
    return s >= 0 && Cues.DENIALS.contains(v.strip(s));
  }

  /** Whether the trigger follows أنه/إنها/أنهم closely: its subject is that pronoun. */
  boolean pronounSubject(int i) {
    for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
      if (complementizer[k]) {
        String w = v.norm[k];
        return w.endsWith("ه") || w.endsWith("ها") || w.endsWith("هم") || w.endsWith("هما");
      }
      if (v.hard[k] || v.actorAt[k] != null) {
        return false;
      }
    }
    return false;
  }

  /** The speech verb whose complement holds token {@code i}, or -1. */
  int speechVerb(int i) {
    boolean sawComplement = false;
    for (int k = i - 1; k >= 0 && k >= i - SPEECH_REACH; k--) {
      if (v.hard[k] && !isQuoteOrColon(k)) {
        return -1;
      }
      if (complementizer[k] || isQuoteOrColon(k)) {
        sawComplement = true;
      }
      if (speech[k]) {
        return sawComplement ? k : -1;
      }
    }
    return -1;
  }

  private boolean isQuoteOrColon(int k) {
    String t = v.toks.get(k).text();
    return t.equals(":") || t.equals("«") || t.equals("\"");
  }

  /** The speaker of reported speech around {@code i}, or a بحسب/وفق source, or null. */
  Attribution attribution(int i) {
    int s = speechVerb(i);
    if (s >= 0) {
      Actor a = speaker(s);
      if (a != null) {
        return new Attribution(new EntityRef(a.entity, a.text), a);
      }
      String t = phraseAfter(s + 1);
      if (t != null) {
        return new Attribution(new EntityRef(null, t), null);
      }
    }
    return according();
  }

  /** An attribution and, when it is an actor, the actor (a source for pronoun subjects). */
  record Attribution(EntityRef ref, Actor actor) {}

  /** The speaker of the speech verb at {@code s}: the actor right before it, else after it. */
  Actor speaker(int s) {
    Actor before = s > 0 ? v.actorAt[s - 1] : null;
    if (before != null && before.prep.isEmpty()) {
      return before;
    }
    int from = s + 1;
    Actor spokesman = spokesman(from);
    if (spokesman != null) {
      return spokesman;
    }
    if (from + 2 < v.n && v.toks.get(from).text().equals(":")
        && v.toks.get(from + 1).text().equals("«") && v.actorAt[from + 2] != null
        && v.actorAt[from + 2].from == from + 2 && quotedNameEnds(v.actorAt[from + 2].to)) {
      return v.actorAt[from + 2]; // وقالت: «هيئة شؤون الأسرى والمحررين»، في بيان لها، إن ...
    }
    for (int k = from; k < v.n && k <= s + 8; k++) {
      if (v.hard[k] || complementizer[k] || v.toks.get(k).text().equals("“")) {
        break; // the speaker comes before the quotation, not inside it
      }
      Actor a = v.actorAt[k];
      if (a != null && a.from == k && (a.prep.isEmpty() || a.prep.equals("ل"))) {
        return a;
      }
    }
    return null;
  }

  /**
   * قال الناطق الرسمي باسم اللواء الأول مشاة التابع للجيش الليبي أحمد الخراز: after a spokesman's
   * title the speaker is the named person that follows (within 14 words, before a complementizer),
   * not the body he speaks for (nor a name-like باسم "on behalf of"); null if there is none.
   */
  private Actor spokesman(int from) {
    if (from >= v.n || !SPOKESMEN.contains(v.core[from])) {
      return null;
    }
    for (int k = from + 1; k < v.n && k <= from + 14; k++) {
      if (v.hard[k] && !v.toks.get(k).text().equals("«") && !v.toks.get(k).text().equals("»")
          || complementizer[k]) {
        return null;
      }
      Actor a = v.actorAt[k];
      if (a != null && a.from == k && a.named && a.type == org.marsad.model.EntityType.PER
          && a.prep.isEmpty() && !v.norm[k].equals("باسم")) {
        return a;
      }
    }
    return null;
  }

  private static final java.util.Set<String> SPOKESMEN = java.util.Set.of("ناطق", "متحدث",
      "ناطقه", "متحدثه");

  /** Whether a closing » follows within two words of {@code k}, with no punctuation before. */
  private boolean quotedNameEnds(int k) {
    for (int j = k; j < v.n && j <= k + 2; j++) {
      if (v.toks.get(j).text().equals("»")) {
        return true;
      }
      if (v.hard[j]) {
        return false;
      }
    }
    return false;
  }

  /** The anonymous source right after a cue: مصدر عسكري، البيان. */
  private String phraseAfter(int k) {
    int end = k;
    while (end < v.n && end < k + 3 && !v.hard[end] && !complementizer[end]
        && v.toks.get(end).kind() == org.marsad.model.TokenKind.ARABIC
        && !v.norm[end].equals("عن") && !v.norm[end].equals("،")) {
      end++;
    }
    if (end == k) {
      return null;
    }
    return v.text.substring(v.toks.get(k).nameStart(), v.toks.get(end - 1).end());
  }

  private Attribution according() {
    if (!accordingDone) {
      accordingDone = true;
      according = findAccording(); // once per sentence: the scan is linear
    }
    return according;
  }

  private boolean accordingDone;
  private Attribution according;

  private Attribution findAccording() {
    for (int k = 0; k < v.n; k++) {
      String w = v.norm[k];
      if (!Cues.ACCORDING.contains(w) || w.equals("عن")) {
        continue;
      }
      int j = k + 1;
      if (j < v.n && (v.norm[j].equals("ل") || v.norm[j].equals("عن"))) {
        j++;
      }
      // وفق بيان صادر عن X / بحسب X: prefer a named actor within reach
      for (int m = j; m < v.n && m < j + 6 && !v.hard[m]; m++) {
        Actor a = v.actorAt[m];
        if (a != null) {
          return new Attribution(new EntityRef(a.entity, a.text), a);
        }
      }
      String t = phraseAfter(j);
      if (t != null) {
        return new Attribution(new EntityRef(null, t), null);
      }
    }
    return null;
  }

  /** The place governing the trigger's clause, excluding the event's own arguments. */
  EntityRef location(int i, List<Actor> args) {
    SentenceView.Place p = place(i, args);
    return p == null ? null : new EntityRef(p.entity(), p.text());
  }

  /** The place governing the trigger's clause (see {@link #location}), or null. */
  SentenceView.Place place(int i, List<Actor> args) {
    int from = clauseStart(i);
    int to = clauseEnd(i);
    SentenceView.Place best = null;
    int bestDist = Integer.MAX_VALUE;
    for (SentenceView.Place p : v.places) {
      if (p.from() < from || p.from() >= to || isArgument(p, args) || !governed(p.from())) {
        continue;
      }
      int d = Math.abs(p.from() - i) + (p.country() ? 100 : 0);
      if (d < bestDist) {
        bestDist = d;
        best = p;
      }
    }
    return best;
  }

  private static boolean isArgument(SentenceView.Place p, List<Actor> args) {
    for (Actor a : args) {
      if (a.entity != null && a.entity.equals(p.entity())) {
        return true;
      }
    }
    return false;
  }

  private boolean governed(int k) {
    String first = v.norm[k];
    if (first.startsWith("ب") || first.startsWith("وب") || first.startsWith("لل")) {
      return true;
    }
    for (int j = k - 1; j >= 0 && j >= k - 2; j--) {
      if (Cues.PLACE_CUES.contains(v.norm[j]) || Cues.PLACE_CUES.contains(Words.core(v.norm[j]))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The time expression of the clause nearest the trigger, else of the sentence, else null; never
   * one inside a relative clause opened after the trigger, unless the clause qualifies the
   * trigger word itself (الاحتجاجات التي وقعت أمس).
   */
  TimeExpression time(int i) {
    int from = clauseStart(i);
    int to = clauseEnd(i);
    TimeExpression best = null;
    int bestDist = Integer.MAX_VALUE;
    for (SentenceView.TimeRef t : v.times) {
      if (!usable(t.time()) || t.token() > i && v.relativeBetween(i + 2, t.token())) {
        continue; // تعهد بمحاسبة قريبه الذي قتل الخميس: Thursday dates the killing
      }
      if (t.token() > i && attributionBetween(i + 1, t.token())) {
        continue; // ... على قتله، بحسب ما نقلت صحيفة سورية الاثنين: Monday dates the report
      }
      int d = Math.abs(t.token() - i) + (t.token() < from || t.token() >= to ? 1000 : 0);
      if (d < bestDist) {
        bestDist = d;
        best = t.time();
      }
    }
    return best;
  }

  /**
   * Whether a cue of attribution (بحسب، وفق، حسب، نقلاً ...; not the bare عن, which is also a
   * plain preposition) stands among tokens {@code [from, to)}.
   */
  private boolean attributionBetween(int from, int to) {
    return from < to && v.attributions[Math.min(to, v.n)] - v.attributions[from] > 0;
  }

  private static boolean usable(TimeExpression t) {
    return (t.type() == TimeType.DATE || t.type() == TimeType.TIME) && t.value() != null
        && !t.value().isEmpty() && Character.isDigit(t.value().charAt(0));
  }
}
