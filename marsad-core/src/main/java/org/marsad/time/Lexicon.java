package org.marsad.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;

/** Loads {@code time-lexicon.tsv} into a {@link WordTable} keyed by folded spelling. */
final class Lexicon {
  static final String RESOURCE = "time-lexicon.tsv";

  private Lexicon() {}

  static WordTable load() {
    try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource org/marsad/time/" + RESOURCE + " is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, Word> words = new HashMap<>();
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 2) {
          throw new IllegalStateException(RESOURCE + " line " + lineNo + ": expected 2 tab-separated columns, got " + cols.length);
        }
        for (String spelling : cols[0].split("\\|")) {
          Word w = words.computeIfAbsent(ArabicNormalizer.fold(spelling.strip()), k -> new Word());
          for (String role : cols[1].trim().split(" +")) {
            apply(w, role, lineNo);
          }
        }
      }
      return new WordTable(words);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/marsad/time/" + RESOURCE, e);
    }
  }

  /** Roles of context words only: the scan does not try the rules at a word that has nothing else. */
  private static final Set<String> CONTEXT_ONLY = Set.of("past", "complementizer", "future", "cue", "from", "to",
      "durationCue", "approx", "eventYear", "corresponding", "localTime", "except", "hijriSuffix", "gregorianSuffix");

  private static void apply(Word w, String role, int lineNo) {
    int eq = role.indexOf('=');
    String key = eq < 0 ? role : role.substring(0, eq);
    if (!CONTEXT_ONLY.contains(key)) {
      w.starts = true;
    }
    String v = eq < 0 ? "" : role.substring(eq + 1);
    switch (key) {
      case "month" -> w.month = Integer.parseInt(v);
      case "monthHead" -> w.monthHead = Integer.parseInt(v);
      case "hijri" -> w.hijri = Integer.parseInt(v);
      case "hijriHead" -> w.hijriHead = Integer.parseInt(v);
      case "weekday" -> w.weekday = Integer.parseInt(v);
      case "relDay" -> w.relDay = Integer.parseInt(v);
      case "dayPart" -> w.dayPart = v;
      case "adverb" -> w.dayPartAdverb = v;
      case "unit" -> {
        String[] p = v.split("/");
        w.unit = Unit.valueOf(p[0].toUpperCase(Locale.ROOT));
        w.unitCount = Integer.parseInt(p[1]);
        w.definite = p.length > 2;
      }
      case "num" -> w.number = Integer.parseInt(v);
      case "ord" -> w.ordinal = Integer.parseInt(v);
      case "mod" -> w.modifier = Integer.parseInt(v);
      case "decade" -> w.decade = Integer.parseInt(v);
      case "season" -> w.season = v;
      case "set" -> w.setValue = v;
      case "vague" -> w.vague = v;
      case "edge" -> w.edge = true;
      case "past" -> w.past = true;
      case "eventYear" -> w.eventYear = true;
      case "complementizer" -> w.complementizer = true;
      case "trigger" -> {
        // listed only so that the scan stops here: the rules match the phrase
      }
      default -> w.flags |= flag(key, lineNo);
    }
  }

  private static int flag(String key, int lineNo) {
    return switch (key) {
      case "yearWord" -> Word.YEAR_WORD;
      case "demonstrative" -> Word.DEMONSTRATIVE;
      case "every" -> Word.EVERY;
      case "before" -> Word.BEFORE;
      case "after" -> Word.AFTER;
      case "since" -> Word.SINCE;
      case "durationCue" -> Word.DURATION_CUE;
      case "hourWord" -> Word.HOUR_WORD;
      case "from" -> Word.FROM;
      case "to" -> Word.TO;
      case "hijriSuffix" -> Word.HIJRI_SUFFIX;
      case "gregorianSuffix" -> Word.GREGORIAN_SUFFIX;
      case "firstOfMonth" -> Word.FIRST_OF_MONTH;
      case "dayWord" -> Word.DAY_WORD;
      case "monthWord" -> Word.MONTH_WORD;
      case "future" -> Word.FUTURE;
      case "teen" -> Word.TEEN;
      case "half" -> Word.HALF;
      case "quarterHour" -> Word.QUARTER_HOUR;
      case "quarter" -> Word.QUARTER;
      case "halfYear" -> Word.HALF_YEAR;
      case "approx" -> Word.APPROX;
      case "vagueCount" -> Word.VAGUE_COUNT;
      case "corresponding" -> Word.CORRESPONDING;
      case "localTime" -> Word.LOCAL_TIME;
      case "teenOnly" -> Word.TEEN_ONLY;
      case "cue" -> Word.CUE;
      case "needsMadda" -> Word.NEEDS_MADDA;
      case "needsDayOrYear" -> Word.NEEDS_DAY_OR_YEAR;
      case "except" -> Word.EXCEPT;
      case "centuryWord" -> Word.CENTURY_WORD;
      case "bareWeekday" -> Word.BARE_WEEKDAY;
      default -> throw new IllegalStateException(RESOURCE + " line " + lineNo + ": unknown role '" + key + "'");
    };
  }
}
