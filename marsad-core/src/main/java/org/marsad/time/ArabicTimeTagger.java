package org.marsad.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.model.CharSpan;
import org.marsad.model.TimeExpression;
import org.marsad.model.TimeType;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.NormalizedText;

/**
 * Finds Arabic temporal expressions and normalizes them to TIMEX3 values against the publication
 * date (conventions in {@code docs/time.md}).
 *
 * <p>The text is folded with {@link ArabicNormalizer} (so tatweel, diacritics and Arabic-Indic
 * digits need no rules), split into words, numbers and punctuation, and each word is looked up once
 * in a hash table of trigger words, after stripping proclitics (و ف ب ل ك) when the whole word is
 * unknown. Rules run only at trigger words and numbers; at each position the longest match wins and
 * scanning resumes after it, so results never overlap. No regular expressions.
 *
 * <p>Offsets are UTF-16 indices into the original text, proclitics excluded ({@code وأمس} → {@code
 * أمس}); {@code text} equals {@code original.substring(start, end)}. Ids are {@code t1, t2, ...} in
 * order. Impossible dates ({@code 31 فبراير}, {@code 2019/13/45}) are not emitted. Without a
 * publication date relative expressions keep underspecified values ({@code XXXX-XX-XX}).
 *
 * <p>Thread-safe: the lexicon is loaded once and immutable; each call keeps its state on the stack.
 * Never throws on any input string.
 */
public final class ArabicTimeTagger {
  private final WordTable table;

  private ArabicTimeTagger(WordTable table) {
    this.table = table;
  }

  private static final class Holder {
    static final ArabicTimeTagger INSTANCE = new ArabicTimeTagger(Lexicon.load());
  }

  /** The shared tagger; the lexicon loads on first use. */
  public static ArabicTimeTagger shared() {
    return Holder.INSTANCE;
  }

  /**
   * Tags {@code text}, resolving relative expressions against {@code published} (nullable).
   *
   * @throws NullPointerException if {@code text} is null
   */
  public List<TimeExpression> tag(String text, LocalDate published) {
    NormalizedText norm = ArabicNormalizer.normalize(text);
    Tokens tokens = new Tokens(norm.text(), table);
    Scan s = new Scan(norm, tokens, new Anchor(published));
    List<Match> matches = new ArrayList<>();
    int i = 0;
    while (i < tokens.size) {
      Word w = tokens.word[i];
      if ((w == null || !w.starts) && tokens.kind[i] != Tokens.NUMBER) {
        i++;
        continue;
      }
      Match best = best(s, i);
      if (best == null) {
        i++;
        continue;
      }
      int floor = matches.isEmpty() ? 0 : matches.get(matches.size() - 1).to();
      if (best.from() < floor) {
        // a rule took in a cue before its trigger (لمدة عام): never reach into the previous expression
        best = new Match(floor, best.to(), best.type(), best.value(), best.day());
      }
      if (best.value() != null) {
        matches.add(anchorClock(best, matches, s));
        s.noteExplicit(best);
      }
      i = best.to();
    }
    return expressions(matches, tokens, norm);
  }

  private static Match best(Scan s, int i) {
    Match best = null;
    for (int r = 0; r < RULES; r++) {
      Match m = rule(r, s, i);
      if (m != null && m.to() > i && (best == null || m.to() > best.to())) {
        best = m;
      }
    }
    return best;
  }

  private static final int RULES = 17;

  private static Match rule(int r, Scan s, int i) {
    return switch (r) {
      case 0 -> DateRules.numeric(s, i);
      case 1 -> DateRules.dayMonth(s, i);
      case 2 -> DateRules.rangeStart(s, i);
      case 3 -> DayRules.partOfDay(s, i);
      case 4 -> ClockRules.clock(s, i);
      case 5 -> DayRules.dayRule(s, i);
      case 6 -> DateRules.monthYear(s, i);
      case 7 -> YearRules.yearRule(s, i);
      case 8 -> RelativeRules.relativeUnit(s, i);
      case 9 -> RelativeRules.edge(s, i);
      case 10 -> RelativeRules.ago(s, i);
      case 11 -> RelativeRules.season(s, i);
      case 12 -> RelativeRules.quarter(s, i);
      case 13 -> RelativeRules.decade(s, i);
      case 14 -> DurationRules.duration(s, i);
      case 15 -> DurationRules.set(s, i);
      default -> DurationRules.vague(s, i);
    };
  }

  /** A clock time with no day of its own takes the day just before it (الأحد الساعة العاشرة). */
  private static Match anchorClock(Match m, List<Match> previous, Scan s) {
    if (m.type() != TimeType.TIME || m.day() != null || previous.isEmpty() || !s.anchor.known()) {
      return m;
    }
    Match p = previous.get(previous.size() - 1);
    int t = m.value().indexOf('T');
    if (p.day() == null || m.from() - p.to() > 2 || t < 0 || m.value().length() - t != 6) {
      return m;
    }
    return new Match(m.from(), m.to(), m.type(), Anchor.day(p.day()) + m.value().substring(t), p.day());
  }

  private static List<TimeExpression> expressions(List<Match> matches, Tokens t, NormalizedText norm) {
    List<TimeExpression> out = new ArrayList<>(matches.size());
    String original = norm.original();
    for (Match m : matches) {
      // للعامين: the fused ل + ال cannot be split cleanly, so the whole word is in the span
      int start = t.fused[m.from()] ? t.start[m.from()] - 1 : t.start[m.from()];
      CharSpan span = norm.toOriginal(start, t.end[m.to() - 1]);
      String id = "t" + (out.size() + 1);
      out.add(new TimeExpression(id, span.start(), span.end(), span.of(original), m.type(), m.value()));
    }
    return List.copyOf(out);
  }
}
