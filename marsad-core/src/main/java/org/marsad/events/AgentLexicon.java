package org.marsad.events;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Nominal actor words ({@code المتظاهرين}, {@code الشرطة}, {@code المجموعات المسلحة}) and their
 * CAMEO sector codes, read from {@code agents.tsv}. Keys are word cores (no و، ب، ل، ال). Immutable,
 * thread-safe.
 */
final class AgentLexicon {
  private static final Pattern SECTOR = Pattern.compile("[A-Z]{3}([A-Z]{3})?");
  private static final Pattern ARABIC = Pattern.compile("[\\u0621-\\u064A\\u064B-\\u0652 ]+");

  /** One form: the sector and the cores of the words that must follow the head. */
  record Entry(String sector, String[] tail, int line) {}

  private final Map<String, List<Entry>> byHead;
  private final int entries;

  private AgentLexicon(Map<String, List<Entry>> byHead, int entries) {
    this.byHead = byHead;
    this.entries = entries;
  }

  static AgentLexicon load(String file, Reader reader) {
    Map<String, List<Entry>> byHead = new HashMap<>();
    int n = 0;
    for (Tsv.Row r : Tsv.read(file, reader, 2, 2)) {
      String sector = r.get(1);
      if (!SECTOR.matcher(sector).matches()) {
        throw new EventLexiconException(file, r.line(), "'" + sector
            + "' is not a CAMEO sector code (expected 3 upper-case letters such as CVL, MIL,"
            + " or a country and a sector such as ISRMIL)");
      }
      for (String alt : r.get(0).split("\\|")) {
        alt = alt.strip();
        if (alt.isEmpty() || !ARABIC.matcher(alt).matches()) {
          throw new EventLexiconException(file, r.line(), "form '" + alt
              + "' is not Arabic words (alternatives are separated by |)");
        }
        String[] words = Words.fold(alt).split(" +");
        String[] tail = new String[words.length - 1];
        for (int k = 1; k < words.length; k++) {
          tail[k - 1] = Words.core(words[k]);
        }
        Entry e = new Entry(sector, tail, r.line());
        byHead.computeIfAbsent(Words.core(words[0]), k -> new ArrayList<>(2)).add(e);
      }
      n++;
    }
    for (List<Entry> l : byHead.values()) {
      l.sort((a, b) -> b.tail().length - a.tail().length); // longest phrase first
    }
    byHead.replaceAll((k, v) -> List.copyOf(v));
    return new AgentLexicon(Map.copyOf(byHead), n);
  }

  List<Entry> lookup(String core) {
    List<Entry> e = byHead.get(core);
    return e == null ? List.of() : e;
  }

  int size() {
    return entries;
  }
}
