package org.marsad.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.kb.PhraseTrie.Target;
import org.marsad.model.EntityType;
import org.marsad.model.MentionKind;
import org.marsad.text.ArabicNormalizer;

/**
 * The knowledge base: countries, places, people with date-bounded roles, organizations and role
 * titles, read from TSV files (see {@code docs/kb.md}) and compiled at load into word tries over
 * folded forms ({@link ArabicNormalizer#fold}), plus a trie of consonant skeletons for spelling
 * variants of transliterated names.
 *
 * <p>The shipped files are resources under {@code org/marsad/kb/}, listed in {@code kb.index}.
 * User files overlay them: an entry with the same id replaces the shipped one.
 *
 * <p>Immutable and thread-safe. Loading throws {@link KbFormatException} naming file and line for
 * malformed files and duplicate ids; forms shared by two entries are reported by
 * {@link #warnings()}.
 */
public final class KnowledgeBase {
  static final String RESOURCE_DIR = "/org/marsad/kb/";
  private static final int USER_RANK = 10;

  private final List<KbEntry> entries;
  private final Map<String, KbEntry> byId;
  private final Map<String, List<KbEntry>> holders;
  private final List<String> warnings;
  final PhraseScanner names;
  final PhraseScanner titles;
  final Set<String> vocabulary;
  final NamePatterns patterns;
  /** What the KB knows of a folded word, as {@code F_*} bits: one lookup per word and clitic reading. */
  private final WordFlags wordFlags;
  static final int F_NAME_START = 1;
  static final int F_TITLE_START = 2;
  static final int F_VOCAB = 4;
  static final int F_COMMON = 8;
  static final int F_PATTERN = 16;
  /** A head noun that cues a bare organization name after it (see {@link #cued}). */
  static final int F_CUE = 32;
  private final Map<String, List<KbEntry>> byFirstAndLast;
  private static final Set<String> NASAB = Set.of("بن", "ابن");
  /**
   * Organizations by their name without the head noun (الدعوة for حزب الدعوة), for where a head
   * noun or its possessive stands before the bare name: لحزبه (الدعوة). Keyed by the bare name
   * where one organization has it, and by {@code head|bare} (جريده|الجزيره) always.
   */
  final Map<String, KbEntry> cued;
  /** Head nouns that cue a bare name, with clitics and possessive suffixes (folded). */
  private final Set<String> cueWords;
  private static final List<String> CUE_HEADS = List.of("حزب", "حركة", "جماعة", "تيار", "تنظيم",
      "صحيفة", "جريدة", "قناة", "وكالة");

  private KnowledgeBase(List<KbEntry> entries, List<KbEntry> generic,
      List<KbLoader.TitleDef> titleDefs, List<String> warnings) {
    this.entries = List.copyOf(entries);
    this.warnings = warnings;
    this.byId = new HashMap<>(entries.size() * 2);
    PhraseTrie nameTrie = new PhraseTrie();
    PhraseTrie skeletonTrie = new PhraseTrie();
    Set<String> vocab = new HashSet<>();
    List<KbEntry> named = new ArrayList<>(entries);
    named.addAll(generic);
    for (KbEntry e : named) {
      if (!isGeneric(e)) {
        byId.put(e.id(), e);
      }
      for (String form : e.forms()) {
        String[] words = Words.of(ArabicNormalizer.fold(form));
        if (words.length == 0) {
          continue;
        }
        Target t = new Target(e, null, MentionKind.NAME, words);
        for (Target old : nameTrie.add(words, t)) {
          if (old.entry() != e && old.kind() == MentionKind.NAME) {
            warnings.add("form '" + form + "' of " + describe(e) + " collides with "
                + describe(old.entry()));
          }
        }
        vocab.addAll(List.of(words));
        String[] sk = new String[words.length];
        int letters = 0;
        for (int i = 0; i < words.length; i++) {
          sk[i] = Variants.skeleton(words[i]);
          letters += sk[i].length();
        }
        // Variant spellings are a matter of transliterated personal names; for places and
        // organizations a near-miss is more often another name (القويري is not القريا).
        if (e.type() == EntityType.PER && words.length <= 4
            && letters >= (words.length == 1 ? 5 : 6)) {
          skeletonTrie.add(sk, t);
        }
      }
      for (String nominal : e.nominals()) {
        String[] words = Words.of(ArabicNormalizer.fold(nominal));
        if (words.length > 0) {
          nameTrie.add(words, new Target(e, null, MentionKind.NOMINAL, words));
        }
      }
    }
    PhraseTrie titleTrie = new PhraseTrie();
    for (KbLoader.TitleDef td : titleDefs) {
      for (String form : td.forms()) {
        String[] words = Words.of(ArabicNormalizer.fold(form));
        if (words.length > 0) {
          titleTrie.add(words, new Target(null, td, MentionKind.TITLE, words));
        }
      }
    }
    this.holders = new HashMap<>();
    for (KbEntry e : entries) {
      for (KbRole r : e.roles()) {
        if (!"-".equals(r.role()) && r.scope() != null) {
          holders.computeIfAbsent(r.role() + "|" + r.scope(), k -> new ArrayList<>()).add(e);
        }
      }
    }
    this.vocabulary = Collections.unmodifiableSet(vocab);
    this.patterns = NamePatterns.shipped(givenNames(entries), vocabulary);
    Map<String, KbEntry> cue = new HashMap<>();
    Map<String, Set<KbEntry>> byBare = new HashMap<>();
    Set<String> heads = new HashSet<>();
    for (String h : CUE_HEADS) {
      heads.add(ArabicNormalizer.fold(h));
    }
    for (KbEntry e : entries) {
      if (e.type() != EntityType.ORG) {
        continue;
      }
      for (String form : e.forms()) {
        String[] w = Words.of(ArabicNormalizer.fold(form));
        if (w.length >= 2 && w.length <= 4 && heads.contains(w[0])) {
          String bare = String.join(" ", Arrays.copyOfRange(w, 1, w.length));
          cue.putIfAbsent(w[0] + "|" + bare, e);
          byBare.computeIfAbsent(bare, k -> new LinkedHashSet<>()).add(e);
        }
      }
    }
    // a bare name alone is cued only if one organization has it: «الجزيرة» may be the Saudi
    // paper or the Qatari channel, جريدة «الجزيرة» is the paper
    byBare.forEach((bare, es) -> {
      if (es.size() == 1) {
        cue.put(bare, es.iterator().next());
      }
    });
    this.cued = Map.copyOf(cue);
    Set<String> cw = new HashSet<>();
    for (String h : CUE_HEADS) {
      String stem = h.endsWith("ة") ? h.substring(0, h.length() - 1) + "ت" : h;
      for (String pre : List.of("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")) {
        cw.add(ArabicNormalizer.fold(pre + h));
        for (String suf : List.of("ه", "ها", "هم")) {
          cw.add(ArabicNormalizer.fold(pre + stem + suf));
        }
      }
    }
    this.cueWords = Set.copyOf(cw);
    Map<String, Integer> flags = new HashMap<>(1 << 16);
    CommonWords.shared().keySet().forEach(w -> flags.merge(w, F_COMMON, (a, b) -> a | b));
    vocabulary.forEach(w -> flags.merge(w, F_VOCAB, (a, b) -> a | b));
    nameTrie.root.next.keySet().forEach(w -> flags.merge(w, F_NAME_START, (a, b) -> a | b));
    if (titleTrie.root.next != null) {
      titleTrie.root.next.keySet().forEach(w -> flags.merge(w, F_TITLE_START, (a, b) -> a | b));
    }
    patterns.startWords().forEach(w -> flags.merge(w, F_PATTERN, (a, b) -> a | b));
    cueWords.forEach(w -> flags.merge(w, F_CUE, (a, b) -> a | b));
    this.wordFlags = new WordFlags(flags);
    this.byFirstAndLast = new HashMap<>();
    for (KbEntry e : entries) {
      if (e.type() != EntityType.PER) {
        continue;
      }
      for (String form : e.forms()) {
        String[] w = Words.of(ArabicNormalizer.fold(form));
        // سلطان بن عبدالعزيز: the last word is the father, so words put between (سلطان بن بندر
        // بن عبدالعزيز) name a grandson, not this man
        if (w.length >= 2 && !NASAB.contains(w[w.length - 2])) {
          List<KbEntry> l = byFirstAndLast.computeIfAbsent(w[0] + "|" + w[w.length - 1],
              k -> new ArrayList<>(1));
          if (!l.contains(e)) {
            l.add(e);
          }
        }
      }
    }
    this.names = new PhraseScanner(nameTrie, skeletonTrie, F_NAME_START);
    this.titles = new PhraseScanner(titleTrie, null, F_TITLE_START);
  }

  /**
   * First words of at least three of the KB's multi-word person names: given names, for finding
   * unknown people.
   */
  private static Set<String> givenNames(List<KbEntry> entries) {
    Map<String, Integer> seen = new HashMap<>();
    for (KbEntry e : entries) {
      if (e.type() != EntityType.PER) {
        continue;
      }
      for (String form : e.forms()) {
        String[] w = Words.of(ArabicNormalizer.fold(form));
        if (w.length >= 2 && w[0].length() >= 3 && !w[0].startsWith("ال")) {
          seen.merge(w[0], 1, Integer::sum);
          break;
        }
      }
    }
    Set<String> out = new HashSet<>();
    seen.forEach((w, n) -> {
      if (n >= 3) {
        out.add(w);
      }
    });
    return out;
  }

  private static String describe(KbEntry e) {
    return e.id() + " (" + e.name() + ", " + e.source() + ")";
  }

  /** Whether {@code e} is a body named without its country ({@code marsad:presidency/*}). */
  static boolean isGeneric(KbEntry e) {
    return e.id().endsWith("/" + KbLoader.GENERIC);
  }

  /**
   * The body a generic entry stands for in country {@code code} ({@code marsad:presidency/IRQ}),
   * or null if the KB has none.
   */
  KbEntry genericFor(KbEntry generic, String code) {
    String id = generic.id();
    return code == null ? null : byId.get(id.substring(0, id.length() - 1) + code);
  }

  /** The shipped KB, loaded on first use. */
  public static KnowledgeBase shared() {
    return Holder.SHARED;
  }

  private static final class Holder {
    static final KnowledgeBase SHARED = load(List.of());
  }

  /** The shipped KB overlaid with {@code userFiles}, in order (later files win). */
  public static KnowledgeBase load(List<Path> userFiles) {
    KbLoader loader = new KbLoader();
    List<KbFile> layer = new ArrayList<>();
    List<Integer> ranks = new ArrayList<>();
    for (String line : resourceLines("kb.index")) {
      if (line.equals("---")) {
        loader.addLayer(layer, ranks.stream().mapToInt(Integer::intValue).toArray());
        layer = new ArrayList<>();
        ranks = new ArrayList<>();
        continue;
      }
      String[] f = line.split("\\s+");
      layer.add(readResource(f[0]));
      ranks.add(f.length > 1 ? Integer.parseInt(f[1]) : 0);
    }
    loader.addLayer(layer, ranks.stream().mapToInt(Integer::intValue).toArray());
    for (Path p : userFiles) {
      loader.addLayer(List.of(readFile(p)), new int[] {USER_RANK});
    }
    return build(loader);
  }

  /** A KB of the given files only, without the shipped files (for tests and custom setups). */
  public static KnowledgeBase loadOnly(List<Path> files) {
    KbLoader loader = new KbLoader();
    List<KbFile> fs = new ArrayList<>();
    for (Path p : files) {
      fs.add(readFile(p));
    }
    loader.addLayer(fs, new int[fs.size()]);
    return build(loader);
  }

  private static KnowledgeBase build(KbLoader loader) {
    List<String> warnings = new ArrayList<>();
    List<KbEntry> all = loader.finish(warnings);
    return new KnowledgeBase(all, loader.generic(), loader.titles(), warnings);
  }

  private static KbFile readFile(Path p) {
    try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      return KbFile.read(p.toString(), in);
    } catch (NoSuchFileException ex) {
      throw new KbFormatException(p.toString(), 0, "no such file; check the --kb path", ex);
    } catch (IOException ex) {
      throw new KbFormatException(p.toString(), 0, "cannot read: " + ex.getMessage(), ex);
    }
  }

  private static List<String> resourceLines(String name) {
    List<String> out = new ArrayList<>();
    try (BufferedReader in = resource(name)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot read KB resource " + name, ex);
    }
    return out;
  }

  private static KbFile readResource(String name) {
    try (BufferedReader in = resource(name)) {
      return KbFile.read(name, in);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot read KB resource " + name, ex);
    }
  }

  private static BufferedReader resource(String name) {
    InputStream in = KnowledgeBase.class.getResourceAsStream(RESOURCE_DIR + name);
    if (in == null) {
      throw new KbFormatException(RESOURCE_DIR + name, 0, "missing from the classpath");
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /**
   * The one person whose KB name has the same first and last word as {@code folded} (a fuller or
   * shorter form of the name: عادل بن أحمد الجبير is عادل الجبير), or null if none or several.
   */
  KbEntry personByFirstAndLast(String[] folded) {
    if (folded.length < 2) {
      return null;
    }
    List<KbEntry> l = byFirstAndLast.get(folded[0] + "|" + folded[folded.length - 1]);
    return l != null && l.size() == 1 ? l.get(0) : null;
  }

  /** Fills in the {@code F_*} flags of each reading of each word. */
  void mark(List<Words.Word> words) {
    for (Words.Word w : words) {
      for (int k = 0; k < w.flags().length; k++) {
        w.flags()[k] = wordFlags.get(w.variants().get(k).word());
      }
    }
  }

  /** All entries, in load order. */
  public List<KbEntry> entries() {
    return entries;
  }

  /** The entry with this id, or null. */
  public KbEntry get(String id) {
    return byId.get(id);
  }

  /** Load-time warnings (forms shared by two entries, dangling capitals). */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /**
   * Whoever holds {@code role} (e.g. {@code HOS}, {@code FM}, {@code SG}) in {@code scope} (a
   * country code or an org id) on {@code date}, or null. Where terms overlap, the latest start wins.
   */
  public KbEntry holder(String role, String scope, LocalDate date) {
    KbEntry best = null;
    LocalDate bestFrom = null;
    for (KbEntry e : holders.getOrDefault(role + "|" + scope, List.of())) {
      for (KbRole r : e.roles()) {
        if (r.role().equals(role) && scope.equals(r.scope()) && r.validOn(date)
            && (best == null || r.from() != null && (bestFrom == null || r.from().isAfter(bestFrom)))) {
          best = e;
          bestFrom = r.from();
        }
      }
    }
    return best;
  }

  /**
   * Candidates for a name as a user would type it, best first: exact forms (1.0), titles held on
   * {@code date} (0.9), adjectives and demonyms (0.85), spelling variants (0.8). Proclitics are
   * accepted. {@code date} null means today.
   */
  public List<KbCandidate> lookup(String name, LocalDate date) {
    LocalDate d = date == null ? LocalDate.now() : date;
    List<Words.Word> words = Words.split(ArabicNormalizer.fold(name));
    mark(words);
    Map<String, KbCandidate> out = new LinkedHashMap<>();
    if (words.isEmpty()) {
      return List.of();
    }
    PhraseScanner.Match m = names.bestAt(words, 0, new String[words.size()]);
    if (m != null && m.last() == words.size() - 1) {
      for (Target t : m.targets()) {
        KbCandidate.How how = m.variant() ? KbCandidate.How.VARIANT
            : t.kind() == MentionKind.NOMINAL ? KbCandidate.How.NOMINAL : KbCandidate.How.EXACT;
        double score = switch (how) {
          case EXACT -> 1.0;
          case NOMINAL -> 0.85;
          default -> 0.8;
        };
        score -= m.strip() > 0 ? 0.02 : 0;
        add(out, new KbCandidate(t.entry(), String.join(" ", t.words()), how,
            score + rankBonus(t.entry()), t.entry().actorOn(d)));
      }
    }
    PhraseScanner.Match tm = titles.bestAt(words, 0, null);
    if (tm != null && tm.last() == words.size() - 1) {
      for (Target t : tm.targets()) {
        KbEntry h = holder(t.title().role(), t.title().scope(), d);
        if (h != null) {
          add(out, new KbCandidate(h, String.join(" ", t.words()), KbCandidate.How.TITLE, 0.9,
              h.actorOn(d)));
        }
      }
    }
    List<KbCandidate> list = new ArrayList<>(out.values());
    list.sort(Comparator.comparingDouble(KbCandidate::score).reversed());
    return list;
  }

  /**
   * Tie-breaker among entries sharing a form, in [-0.01, 0]: curated over generated, then
   * capitals, then population. Keeps scores within (0, 1].
   */
  static double rankBonus(KbEntry e) {
    return -(10 - Math.min(e.rank(), 10)) * 0.001 - (e.isCapital() ? 0 : 0.0009)
        + (Math.min(Math.log10(1 + e.population()), 8) - 8) * 0.0001;
  }

  private static void add(Map<String, KbCandidate> out, KbCandidate c) {
    out.merge(c.entry().id(), c, (a, b) -> a.score() >= b.score() ? a : b);
  }
}
