package org.marsad.events;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Event triggers read from {@code triggers.tsv}: verbs with their generated inflections and verbal
 * nouns with their plurals, each with its CAMEO code and argument hints. Lookup is by the folded
 * form of a token after clitic stripping (see {@link Words#candidates}). Immutable, thread-safe.
 */
final class TriggerLexicon {
  static final Set<String> PREPS = Set.of("مع", "ب", "ضد", "علي", "الي", "ل", "من", "في", "عن",
      "بين", "امام");
  private static final Set<String> FLAGS = Set.of("gen=src", "gen=tgt", "intrans", "victim",
      "recip", "self", "weak", "state", "place", "nobare");
  private static final Pattern ARABIC = Pattern.compile("[\\u0621-\\u064A\\u064B-\\u0652 ]+");

  /** One lexicon line. {@code tail} are the cores of the words that must follow the head. */
  record Entry(String code, boolean verb, Set<String> preps, boolean genSrc, boolean genTgt,
      boolean intrans, boolean victim, boolean recip, boolean self, boolean weak, String[] tail,
      int line, boolean state, boolean place) {}

  /**
   * An entry reached through one of its forms; {@code imperfect} for يفعل-type verb forms;
   * {@code shortPerfect} for the perfect forms of a two-letter (doubled) stem such as سد or حث,
   * which after a ف are as likely to be a three-letter verb of their own (فسدت, "went bad").
   */
  record Hit(Entry entry, boolean imperfect, boolean shortPerfect) {}

  private final Map<String, List<Hit>> byForm;
  private final int entries;

  private TriggerLexicon(Map<String, List<Hit>> byForm, int entries) {
    this.byForm = byForm;
    this.entries = entries;
  }

  static TriggerLexicon load(String file, Reader reader, CameoTable cameo) {
    Map<String, List<Hit>> byForm = new HashMap<>();
    int n = 0;
    for (Tsv.Row r : Tsv.read(file, reader, 5, 5)) {
      String pos = r.get(1);
      if (!pos.equals("verb") && !pos.equals("noun")) {
        throw new EventLexiconException(file, r.line(), "part of speech '" + pos
            + "' is neither verb nor noun");
      }
      String code = r.get(2);
      if (!CameoTable.CODE.matcher(code).matches()) {
        throw new EventLexiconException(file, r.line(), "'" + code
            + "' is not a CAMEO code (expected 2-4 digits)");
      }
      if (!cameo.contains(code)) {
        throw new EventLexiconException(file, r.line(), "CAMEO code " + code
            + " is not listed in cameo-plover.tsv (add it there first)");
      }
      Set<String> preps = preps(file, r);
      Set<String> flags = flags(file, r);
      boolean verb = pos.equals("verb");
      String[] alts = r.get(0).split("\\|");
      for (int a = 0; a < alts.length; a++) {
        String alt = alts[a].strip();
        if (alt.isEmpty() || !ARABIC.matcher(alt).matches()) {
          throw new EventLexiconException(file, r.line(), "form '" + alt
              + "' is not Arabic words (alternatives are separated by |)");
        }
        String[] words = Words.fold(alt).split(" +");
        String[] tail = new String[words.length - 1];
        for (int k = 1; k < words.length; k++) {
          tail[k - 1] = Words.core(words[k]);
        }
        Entry e = new Entry(code, verb, preps, flags.contains("gen=src"), flags.contains("gen=tgt"),
            flags.contains("intrans"), flags.contains("victim"), flags.contains("recip"),
            flags.contains("self"), flags.contains("weak"), tail, r.line(),
            flags.contains("state"), flags.contains("place"));
        String head = words[0];
        boolean imperfect = verb && a > 0 && head.charAt(0) == 'ي';
        Set<String> forms = !verb ? Words.nounForms(head)
            : imperfect ? Words.imperfectForms(head) : Words.perfectForms(head);
        if (verb && flags.contains("nobare")) {
          // سد and سداً are the dam or a filling, أسد a lion, far more often than the verb
          forms = new LinkedHashSet<>(forms);
          if (imperfect) {
            forms.remove("ا" + head.substring(1));
          } else {
            forms.remove(head);
            forms.remove(head + "ا");
          }
        }
        boolean shortPerfect = verb && !imperfect && head.length() == 2;
        for (String f : forms) {
          byForm.computeIfAbsent(f, k -> new ArrayList<>(2))
              .add(new Hit(e, imperfect, shortPerfect));
        }
      }
      n++;
    }
    byForm.replaceAll((k, v) -> List.copyOf(v));
    return new TriggerLexicon(Map.copyOf(byForm), n);
  }

  private static Set<String> preps(String file, Tsv.Row r) {
    if (r.get(3).equals("-")) {
      return Set.of();
    }
    Set<String> out = new java.util.HashSet<>();
    for (String p : r.get(3).split(",")) {
      String f = Words.fold(p.strip());
      if (!PREPS.contains(f)) {
        throw new EventLexiconException(file, r.line(), "preposition '" + p.strip()
            + "' is not one of مع، ب، ضد، على، إلى، ل، من، في، عن، بين، أمام");
      }
      out.add(f);
    }
    return Set.copyOf(out);
  }

  private static Set<String> flags(String file, Tsv.Row r) {
    if (r.get(4).equals("-")) {
      return Set.of();
    }
    Set<String> out = new java.util.HashSet<>();
    for (String f : r.get(4).split(",")) {
      if (!FLAGS.contains(f.strip())) {
        throw new EventLexiconException(file, r.line(), "flag '" + f.strip() + "' is unknown"
            + " (expected " + String.join(", ", new java.util.TreeSet<>(FLAGS)) + ")");
      }
      out.add(f.strip());
    }
    return out;
  }

  /** The entries with this exact folded form, or an empty list. */
  List<Hit> lookup(String form) {
    List<Hit> h = byForm.get(form);
    return h == null ? List.of() : h;
  }

  /**
   * The entries with this exact folded form reached from a word that began with ف taken as the
   * conjunction: the perfect forms of two-letter stems are left out, since ف is then more often
   * the first root letter (فسدت is فسد, not ف + سد).
   */
  List<Hit> lookupAfterFa(String form) {
    List<Hit> h = lookup(form);
    if (h.stream().noneMatch(Hit::shortPerfect)) {
      return h;
    }
    return h.stream().filter(x -> !x.shortPerfect()).toList();
  }

  /** Number of entries (lines). */
  int size() {
    return entries;
  }

  /** Number of distinct matchable forms. */
  int forms() {
    return byForm.size();
  }
}
