package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.events.SentenceCoder.Draft;
import org.marsad.model.Modality;
import org.marsad.model.TimeExpression;

/**
 * Statements as events (the gold articles' convention): a named speaker's verb or participle of
 * stating with reported content, coded by what the content says. Per sentence; not shared.
 */
final class StatementCoder {
  private final SentenceView v;
  private final Discourse discourse;
  private final int sentence;

  StatementCoder(SentenceView v, Discourse discourse, int sentence) {
    this.v = v;
    this.discourse = discourse;
    this.sentence = sentence;
  }

  /**
   * The statement itself, coded by what it says: CAMEO 016 under نفى; 111 when the content
   * disapproves ({@link Cues#DISAPPROVAL}), 051 when it praises ({@link Cues#PRAISE}), 030 when it
   * speaks of cooperation or relations ({@link Cues#COOPERATION}), else 010. قال X إن ... is X's
   * public statement, X the source. The target is the first named person or organisation of the
   * content for 111 (not a country: تخريب علاقات العراق names the victim), the last named actor
   * for 030 (the partner of العلاقات مع X), the first named actor or country for 051, and none
   * for a plain 010 (a statement is about its content, not addressed to it). Only verbs of
   * stating ({@link Cues#STATEMENTS}: not the reporting verbs أفاد، ذكر، نقل of agencies) and a
   * named person or organisation as speaker. The embedded event keeps X as its attribution;
   * when the content reports an event of its own (a trigger under the speech verb), that event
   * is the report and no separate statement is coded (the gold articles' and GSR's convention).
   * مصدر عسكري and pronouns make no statement.
   *
   * <p>A participle of stating after the main clause (مشدداً على، منوهاً بـ، واصفاً إياها بأنها،
   * مشيراً إلى أن) is a further statement of the sentence's last named speaker or verb source,
   * coded only when its content is not plain (منوهاً/مشيداً are praise, 051, by themselves).
   */
  void code(boolean[] speech, boolean[] comp, List<Draft> kept, ClauseContext ctx) {
    List<Draft> out = kept;
    int[] events = new int[kept.size()];
    for (int j = 0; j < events.length; j++) {
      events[j] = kept.get(j).token();
    }
    Actor lastSpeaker = null;
    int lastSpeakerAt = -1;
    for (int k = 0; k < v.n; k++) {
      String participleCode = v.actorAt[k] == null ? Cues.PARTICIPLES.get(v.strip(k)) : null;
      boolean participle = participleCode != null;
      if (participle ? isTrigger(k, events)
          : !speech[k] || isTrigger(k, events) || !Cues.STATEMENTS.contains(v.strip(k))) {
        continue;
      }
      Actor src;
      int content = -1;
      boolean inherited = false;
      if (participle) {
        src = speakerBefore(k, kept, lastSpeaker, lastSpeakerAt);
        if (src == null) {
          continue;
        }
        content = k + 1;
        while (content < v.n && content < k + 4 && (comp[content]
            || Cues.CONTENT_OPENERS.contains(v.norm[content]))) {
          content++; // مشيراً إلى أن، واصفاً إياها بأنها
        }
      } else {
        src = ctx.speaker(k);
        if (src == null && (v.conjoinedAt(k) || !v.strip(k).equals(v.norm[k]))) {
          // واستنكر X ...، وقال إن ...: the same speaker; وأضافت “...”: the last sentence's
          src = speakerBefore(k, kept, lastSpeaker, lastSpeakerAt);
          if (src == null && k <= 1) {
            src = discourse.lastSpeaker;
            inherited = true;
          }
        }
        if (src == null || src.entity == null || !src.named || !src.prep.isEmpty()
            || src.type != org.marsad.model.EntityType.PER
            && src.type != org.marsad.model.EntityType.ORG) {
          continue;
        }
        lastSpeaker = src;
        lastSpeakerAt = k;
        discourse.lastSpeaker = src;
        // تابع (went on) is a verb of stating only with its content right after the speaker
        int reach = v.strip(k).startsWith("تابع") || v.strip(k).startsWith("يتابع") ? 2 : 20;
        for (int pass = 0; pass < 2 && content < 0; pass++) {
          // إن/أن or a colon first: لـ«الشرق الأوسط» before them is the outlet, not the content
          int at = inherited || src.to <= k ? k + 1 : src.to; // the speaker may be elsewhere
          for (int j = at; j < v.n && j <= at + reach; j++) {
            String t = v.toks.get(j).text();
            if (comp[j] && !(j > 0 && ADVERBIAL_HEADS.contains(v.strip(j - 1))) || t.equals(":")
                || pass == 1 && (t.equals("«") || t.equals("\"") || t.equals("“"))
                && !quotedName(j)) {
              content = j + 1;
              break;
            }
          }
        }
      }
      if (content < 0 || content >= v.n) {
        continue;
      }
      int contentEnd = Math.min(v.n, content + 40);
      for (int j = content; j < contentEnd; j++) {
        String t = v.toks.get(j).text();
        if (t.equals(".") || t.equals("؟") || t.equals("?") || t.equals("!") || t.equals("؛")
            || t.equals("»") || t.equals("”") || j > content && v.actorAt[j] == null
            && (speech[j] || Cues.PARTICIPLES.containsKey(v.strip(j)))) {
          contentEnd = j; // the sentence, the quotation or the statement ends
          break;
        }
      }
      boolean threat = !Cues.DENIALS.contains(v.strip(k)) && words(content, contentEnd, Cues.THREAT);
      if (threat) {
        // ستتم مواجهته، سيرد بكل قسوة: the statement is the threat; the action it names is
        // its condition or its means, not an event of its own
        for (int d = out.size() - 1; d >= 0; d--) {
          int t = out.get(d).token();
          if (t >= content && t < contentEnd) {
            out.remove(d);
          }
        }
      } else if (reportsEvent(k, events, ctx, content, contentEnd)) {
        continue;
      }
      String code = Cues.DENIALS.contains(v.strip(k)) ? "016"
          : threat ? "130"
          : cue(content, contentEnd, Cues.DISAPPROVAL) || disowns(content, contentEnd) ? "111"
          : participle && !participleCode.isEmpty() ? participleCode
          : praise(content, contentEnd) ? "051"
          : cue(content, contentEnd, Cues.COOPERATION) ? "030" : "010";
      if ((participle || inherited) && code.equals("010")) {
        continue; // a plain remark of a speaker named before is part of that statement
      }
      Actor tgt = code.equals("010") || threat ? null
          : contentTarget(content, contentEnd, src, code);
      TimeExpression time = ctx.time(k);
      String date = time == null ? null : SentenceCoder.datePart(time.value());
      String clock = time == null ? null : SentenceCoder.timePart(time.value());
      Modality modality = ctx.modality(k, false, 0);
      if (modality == Modality.NEGATED) {
        continue;
      }
      out.add(new Draft(code, sentence, k, true, SentenceCoder.span(v, k, k + 1), src, tgt, null, date, clock,
          modality, null, 0.5, false));
    }
  }

  /**
   * The speaker a participle or a subjectless verb of stating continues: the last named speaker
   * of the sentence, or the named source of a later verb event before {@code k}; null if none.
   */
  private static Actor speakerBefore(int k, List<Draft> kept, Actor lastSpeaker,
      int lastSpeakerAt) {
    Actor src = lastSpeaker;
    for (Draft d : kept) {
      if (d.verb() && d.token() < k && d.token() > lastSpeakerAt && d.source() != null
          && d.source().named && d.source().entity != null) {
        src = d.source();
      }
    }
    return src;
  }

  /**
   * The target of a statement coded by content: for 111 the first named person or organisation
   * (other than the speaker), for 030 the last named actor (the partner), else the first named
   * actor or country; null if none.
   */
  private Actor contentTarget(int from, int to, Actor src, String code) {
    Actor tgt = null;
    for (int j = from; j < to; j++) {
      Actor a = v.actorAt[j];
      if (a == null || a.from != j || a.entity == null || !a.named
          || a.prep.equals(SentenceView.ADJECTIVE) || a.entity.equals(src.entity)
          || a.type == org.marsad.model.EntityType.LOC && !a.country
          || code.equals("111") && a.type == org.marsad.model.EntityType.LOC) {
        continue;
      }
      if (code.equals("030") && tgt != null && tgt.prep.equals("مع")) {
        continue; // العلاقات مع X: the partner
      }
      tgt = a;
      if (!code.equals("030")) {
        break; // a partner in cooperation comes last: تطوير العلاقات بين العراق والسعودية
      }
    }
    return tgt;
  }

  /** لا تمثل، لا يمثل: the content disowns (the statements do not represent us). */
  private boolean disowns(int from, int to) {
    for (int j = from; j + 1 < to; j++) {
      if (v.norm[j].equals("لا") && (v.core[j + 1].equals("تمثل") || v.core[j + 1].equals("يمثل"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of the content is a praise cue ({@link Cues#PRAISE}, whole words). */
  private boolean praise(int from, int to) {
    return words(from, to, Cues.PRAISE);
  }

  /** Whether a word of {@code [from, to)}, whole or without its clitics, is in {@code cues}. */
  private boolean words(int from, int to, Set<String> cues) {
    for (int j = from; j < to; j++) {
      if (cues.contains(v.norm[j]) || cues.contains(v.core[j]) || cues.contains(v.strip(j))) {
        return true;
      }
    }
    return false;
  }

  /** Words after which أن opens an adverbial clause, not reported content: بدون أن، بعد أن. */
  private static final Set<String> ADVERBIAL_HEADS = Set.of("بدون", "دون", "قبل", "بعد", "منذ",
      "حتي", "الي", "من", "عن", "بعدما");

  /** Whether the quotation mark at {@code j} only wraps a name: منظمة «هيومان رايتس ووتش». */
  private boolean quotedName(int j) {
    int k = j + 1;
    if (k >= v.n || v.actorAt[k] == null || v.actorAt[k].from != k) {
      return false;
    }
    int close = v.actorAt[k].to;
    return close < v.n && close + 1 < v.n && (v.toks.get(close).text().equals("»")
        || v.toks.get(close).text().equals("”") || v.toks.get(close).text().equals("\""));
  }

  /** Whether a coded event's trigger sits in the content of the speech verb at {@code k}. */
  private static boolean reportsEvent(int k, int[] events, ClauseContext ctx, int from, int to) {
    for (int i : events) {
      if (i > k && (ctx.speechVerb(i) == k || i >= from && i < to)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTrigger(int k, int[] events) {
    for (int i : events) {
      if (i == k) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of the content contains one of the cue stems. */
  private boolean cue(int from, int to, java.util.List<String> stems) {
    for (int j = from; j < to; j++) {
      String w = v.norm[j];
      for (String c : stems) {
        if (w.contains(c)) {
          return true;
        }
      }
    }
    return false;
  }
}
