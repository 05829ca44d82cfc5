package org.marsad.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Name lists (gazetteers) and trigger words, matched on the clitic-stripped stems of folded
 * words, so {@code بالرياض} matches the entry {@code الرياض}. Each entry has a class: a gazetteer
 * class ({@code PER}, {@code LOC}, {@code ORG}, {@code MISC}, {@code GIVEN} for given names) or a
 * trigger class ({@code T_PER}
 * for titles such as الرئيس، وزير، الشيخ; {@code T_ORG} for heads such as حزب، وزارة;
 * {@code T_LOC} for heads such as مدينة، محافظة; {@code T_MISC} for events such as بطولة، مهرجان). Immutable and thread-safe.
 */
public final class Lexicon {
  /**
   * Entry classes, in bit order: the shippable ones, then {@link #TEACHER_CLASSES}.
   */
  public static final List<String> CLASSES =
      List.of("PER", "LOC", "ORG", "MISC", "T_PER", "T_ORG", "T_LOC", "T_MISC", "GIVEN",
          "AG_PER", "AG_LOC", "AG_ORG", "GATE_PER", "GATE_LOC", "GATE_ORG", "GATE_TITLE",
          "ANETAC_PER", "ANETAC_LOC", "ANETAC_ORG", "DICT_WORD");
  /**
   * Classes of the train/eval-only gazetteers of {@code ../shared/data/gazetteers} (ANERGazet,
   * GATE, ANETAC), one per source and type, and of the words of a spelling dictionary read at
   * training time ({@code DICT_WORD}, {@code TeacherGazetteers.readDictionary}). Only the teacher taggers that induce the label prior
   * at training time see them; a model file may never hold an entry of these classes.
   */
  public static final List<String> TEACHER_CLASSES = CLASSES.subList(9, CLASSES.size());
  static final int MAX_WORDS = 6;
  static final Lexicon EMPTY = new Lexicon(List.of(), LightSegmenter.INSTANCE);

  private final LongIntMap phrases;
  private final LongIntMap prefixes;
  private final List<String> lines;

  /**
   * @param entries lines {@code CLASS TAB phrase}
   * @param splitter the clitic splitter used for matching (the tagger's)
   */
  public Lexicon(List<String> entries, CliticSplitter splitter) {
    phrases = new LongIntMap(entries.size());
    prefixes = new LongIntMap(entries.size());
    List<String> kept = new ArrayList<>(entries.size());
    for (String line : entries) {
      int tab = line.indexOf('\t');
      int cls = tab < 0 ? -1 : CLASSES.indexOf(line.substring(0, tab));
      if (cls < 0) {
        throw new IllegalArgumentException("lexicon entry '" + line
            + "': expected CLASS<TAB>phrase with CLASS one of " + CLASSES);
      }
      String[] words = line.substring(tab + 1).trim().split("\\s+");
      if (words.length > MAX_WORDS || words[0].isEmpty()) {
        continue;
      }
      long h = 0;
      for (int k = 0; k < words.length; k++) {
        h = Hashing.mix(h, stemHash(words[k], splitter));
        prefixes.or(h, 1);
      }
      phrases.or(h, 1 << cls);
      kept.add(line);
    }
    lines = Collections.unmodifiableList(kept);
  }

  /** The hash of the stem of {@code word}, as the feature extractor computes it. */
  static long stemHash(String word, CliticSplitter splitter) {
    String folded = WordClusters.key(word);
    if (folded.isEmpty()) {
      return Hashing.chars(folded);
    }
    int s = splitter.split(word, folded);
    return Hashing.chars(folded, CliticSplitter.proclitics(s),
        folded.length() - CliticSplitter.enclitics(s));
  }

  /**
   * Marks phrase matches over a sentence given the stem hash of each word: {@code begin[i]} gets
   * the class bits of the longest match starting at {@code i}, {@code inside[j]} those of matches
   * covering {@code j} after their first word.
   */
  void match(long[] stems, int n, int[] begin, int[] inside) {
    for (int i = 0; i < n; i++) {
      begin[i] = 0;
      inside[i] = 0;
    }
    for (int i = 0; i < n; i++) {
      long h = 0;
      int bestLen = 0;
      int bestCls = 0;
      for (int j = i; j < n && j - i < MAX_WORDS; j++) {
        h = Hashing.mix(h, stems[j]);
        if (prefixes.get(h) == 0) {
          break;
        }
        int cls = phrases.get(h);
        if (cls != 0) {
          bestLen = j - i + 1;
          bestCls = cls;
        }
      }
      if (bestLen > 0) {
        begin[i] |= bestCls;
        for (int j = i + 1; j < i + bestLen; j++) {
          inside[j] |= bestCls;
        }
      }
    }
  }

  /** Whether some entry has a class of {@link #TEACHER_CLASSES}: such a lexicon may not ship. */
  public boolean hasTeacherEntries() {
    for (String line : lines) {
      if (TEACHER_CLASSES.contains(line.substring(0, line.indexOf('\t')))) {
        return true;
      }
    }
    return false;
  }

  /** The entry lines, for writing into a model. */
  public List<String> lines() {
    return lines;
  }

  public int size() {
    return lines.size();
  }

  /** Reads {@code CLASS TAB phrase} lines, gzipped when {@code gzip}; {@code #} starts a comment. */
  public static List<String> readLines(InputStream in, boolean gzip, String name) {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        gzip ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new ModelFormatException("cannot read lexicon " + name + ": " + e.getMessage(), e);
    }
    return out;
  }
}
