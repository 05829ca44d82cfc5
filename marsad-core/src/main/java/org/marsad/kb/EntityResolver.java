package org.marsad.kb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.kb.PhraseScanner.Match;
import org.marsad.kb.PhraseTrie.Target;
import org.marsad.kb.Words.Word;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.MentionKind;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.NormalizedText;

/**
 * Groups the mentions of a document into entities and links them to the {@link KnowledgeBase}.
 *
 * <p>Evidence, strongest first: KB names found in the text (exact folded forms, then spelling
 * variants of transliterated names by consonant skeleton), the tagger's spans (linked to the KB
 * when their text is a KB form, else clustered by text), role titles resolved by the article's date
 * ({@code الرئيس التركي} in 2019 → Erdogan) or by apposition to the name that follows them,
 * adjectives and demonyms of countries, and in-document coreference of surnames with a full name
 * mentioned earlier ({@code السراج} after {@code فائز السراج}).
 *
 * <p>Dates: titles and actor codes are resolved as of {@code doc.meta().published()}; when the
 * document has no date, as of today (the KB then describes the present).
 *
 * <p>Offsets are UTF-16 indices into {@code doc.text()}; every mention's text equals the covered
 * text and excludes attached proclitics. Entities are numbered {@code e1, e2, ...} by first
 * mention; mentions are sorted by start. Thread-safe: all state is per call.
 */
public final class EntityResolver {
  private final KnowledgeBase kb;

  public EntityResolver(KnowledgeBase kb) {
    if (kb == null) {
      throw new IllegalArgumentException("kb must not be null");
    }
    this.kb = kb;
  }

  /** A resolver over the shipped KB. */
  public static EntityResolver shared() {
    return new EntityResolver(KnowledgeBase.shared());
  }

  /**
   * Resolves the entities of {@code doc}, using the tagger's mentions {@code tagged} (may be
   * empty) and the KB.
   */
  public List<Entity> resolve(Document doc, List<EntityMention> tagged) {
    LocalDate date = doc.meta().published() != null ? doc.meta().published() : LocalDate.now();
    List<EntityMention> mentions = tagged == null ? List.of() : tagged;
    if (doc.text().length() <= MAX_WHOLE_CHARS) {
      return new Run(doc.text(), date).resolve(mentions);
    }
    return ChunkedResolution.resolve(doc, mentions, CHUNK_CHARS,
        (text, chunkMentions) -> new Run(text, date).resolve(chunkMentions));
  }

  /**
   * Texts longer than this (far beyond any article) are resolved in chunks of about
   * {@link #CHUNK_CHARS} at sentence boundaries, so that the per-word working state stays small
   * and a 20 MB input fits a 512 MB heap; entities are then merged across chunks by KB id (or by
   * type and name for unknown ones).
   */
  static final int MAX_WHOLE_CHARS = 400_000;

  /** Words that end no organization or place name (folded). */
  private static final Set<String> NOT_NAME_ENDS = foldedSet(
      "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد أمس اليوم القريبة القريب المقربة المقرب"
      + " الموالية الموالي التابعة التابع المدعومة المدعوم");
  private static final Set<String> SPOKESMEN = foldedSet(
      "ناطق الناطق ناطقا متحدث المتحدث متحدثا متحدثة المتحدثة الناطقة ناطقة");
  private static final Set<String> OFFICIAL = foldedSet("الرسمي الرسمية رسمي رسميا");

  /** Members of the Arab League (their towns' names are Arabic words in their own right). */
  private static final Set<String> ARAB_COUNTRIES = Set.of("DZA", "BHR", "COM", "DJI", "EGY",
      "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN", "PSE", "QAT", "SAU", "SOM", "SDN",
      "SYR", "TUN", "ARE", "YEM");

  /**
   * The rank of the generated gazetteer's places (kb.index); curated and user entries rank
   * higher and are read as written.
   */
  private static final int GENERATED_PLACE_RANK = 2;

  /** The rank of PETRARCH's people (kb.index), below every curated file's. */
  private static final int GENERATED_PERSON_RANK = 1;

  /** الجديد(ة): part of some names, so trimmed only when a KB name is left. */
  private static final Set<String> NEW = foldedSet("الجديدة الجديد");

  static Set<String> foldedSet(String words) {
    Set<String> out = new HashSet<>();
    for (String w : words.split(" ")) {
      out.add(ArabicNormalizer.fold(w));
    }
    return Set.copyOf(out);
  }
  static final int CHUNK_CHARS = 100_000;

  /** A mention being resolved; {@code cluster} is the entity it ends up in. */
  static final class Cand {
    final int start;
    final int end;
    final MentionKind kind;
    EntityType type;
    KbEntry entry;
    Cluster cluster;
    /** The folded last word of a multi-word name, "" for one word; computed on demand. */
    String surname;
    /** The folded words of the mention; computed on demand (see Coreference). */
    String[] words;

    Cand(int start, int end, MentionKind kind, EntityType type, KbEntry entry) {
      this.start = start;
      this.end = end;
      this.kind = kind;
      this.type = type;
      this.entry = entry;
    }

    boolean overlaps(Cand o) {
      return start < o.end && o.start < end;
    }
  }

  static final class Cluster {
    final KbEntry entry;
    final EntityType type;
    final List<Cand> cands = new ArrayList<>();

    Cluster(KbEntry entry, EntityType type) {
      this.entry = entry;
      this.type = type;
    }

    int first() {
      int f = Integer.MAX_VALUE;
      for (Cand c : cands) {
        f = Math.min(f, c.start);
      }
      return f;
    }
  }

  private final class Run {
    final String text;
    final LocalDate date;
    final NormalizedText nt;
    final List<Word> words;
    final List<Cand> cands = new ArrayList<>();

    Run(String text, LocalDate date) {
      this.text = text;
      this.date = date;
      this.nt = ArabicNormalizer.normalize(text);
      this.words = Words.split(nt.text());
      kb.mark(words);
    }

    List<Entity> resolve(List<EntityMention> tagged) {
      List<Match> nameMatches = kb.names.scan(words);
      Map<String, Integer> countries = countryContext(nameMatches);
      String lastCountry = null;
      Map<String, KbEntry> generic = new HashMap<>(); // one sense per document
      for (Match m : nameMatches) {
        if (hasTanween(origStart(m), origEnd(m))) {
          continue; // دومًا is "always", not Duma: a name takes no tanween
        }
        Target t = choose(m.targets(), countries);
        if (m.first() == m.last()
            && (doubtful(m, t) || untaggedWord(m, t, tagged) || untaggedSurname(m, t, tagged))) {
          continue;
        }
        KbEntry e = t.entry();
        if (KnowledgeBase.isGeneric(e)) {
          // رئاسة الجمهورية: the presidency of the country being talked about there
          String code = lastCountry != null ? lastCountry : mainCountry(countries);
          KbEntry body = generic.computeIfAbsent(e.id(), k -> kb.genericFor(e, code));
          cands.add(new Cand(origStart(m), origEnd(m), MentionKind.NAME, e.type(), body));
          continue;
        }
        if (e.country() != null && m.targets().size() == 1) {
          lastCountry = e.country();
        }
        cands.add(new Cand(origStart(m), origEnd(m), t.kind(), e.type(), e));
      }
      addCued();
      for (EntityMention em : tagged) {
        addTagged(em);
      }
      for (NamePatterns.Span sp : kb.patterns.find(words, nt)) {
        addPattern(sp);
      }
      cands.sort(Comparator.comparingInt(c -> c.start));
      List<Cand> titleCands = titles();
      Coreference coref = new Coreference(text, nt, words, cands);
      List<Cluster> clusters = coref.cluster(titleCands);
      return Entities.build(text, date, clusters);
    }

    int origStart(Match m) {
      return nt.originalStart(m.nStart(words));
    }

    int origEnd(Match m) {
      return nt.originalEnd(m.nEnd(words) - 1);
    }

    /**
     * A one-word match that is more likely a word: a final ى or ة where the KB writes ي or ه (برى
     * is not بري, جينية is not جينيه), or a place reached by taking ب/ل/ف off a word that is
     * common as it stands (بريدة; never before the article: بالدمام is ب + الدمام however
     * frequent it is), unless the word without the letter is three times as frequent, the
     * segmenter's test: then the word is common only as that clitic form (للعراق, لليونان).
     */
    boolean doubtful(Match m, Target t) {
      Word w = words.get(m.first());
      char last = text.charAt(nt.originalEnd(w.end() - 1) - 1);
      if ((last == 'ى' || last == 'ة') && t.kind() == MentionKind.NAME
          && t.entry().forms().stream().noneMatch(f -> f.endsWith(String.valueOf(last)))) {
        return true; // جينية (genetic) is not جينيه (Djenné), برى is not بري
      }
      boolean strippedLetter = m.strip() > 0 && w.text().charAt(0) != 'و'
          && !w.text().startsWith("ال", m.strip()); // بالدمام, للرياض: ب/ل + the article
      return strippedLetter && t.entry().type() == EntityType.LOC && t.kind() == MentionKind.NAME
          && CommonWords.common(w.text()) && !kb.vocabulary.contains(w.text())
          && CommonWords.count(w.text()) * 3 > strippedCount(w, m.strip());
    }

    /** The corpus count of the most frequent reading of {@code w} without {@code strip} chars. */
    int strippedCount(Word w, int strip) {
      int best = 0;
      for (Variants.Stripped v : w.variants()) {
        if (v.offset() == strip) {
          best = Math.max(best, CommonWords.count(v.word()));
        }
      }
      return best;
    }

    /**
     * A one-word form of a generated (PETRARCH) person that is a common word, where the tagger
     * saw no person: أسد (a lion in the story, Hafez al-Assad's form), مشرف (a supervisor, not
     * Musharraf), عون (help, not Michel Aoun). The news uses such forms mostly as words; where
     * they name the person, the tagger sees a name. Curated people are read as written.
     */
    boolean untaggedSurname(Match m, Target t, List<EntityMention> tagged) {
      KbEntry e = t.entry();
      if (e.type() != EntityType.PER || e.rank() > GENERATED_PERSON_RANK
          || !CommonWords.common(words.get(m.first()).text())) {
        return false;
      }
      return !overlapsTagged(origStart(m), origEnd(m), tagged, EntityType.PER);
    }

    boolean overlapsTagged(int start, int end, List<EntityMention> tagged, EntityType type) {
      for (EntityMention em : tagged) {
        if (em.start() < end && start < em.end() && (type == null || em.type() == type)) {
          return true;
        }
      }
      return false;
    }

    /**
     * A one-word town outside the Arab world that the tagger did not see as a name, spelt like a
     * common Arabic word: فيروس (Viru, Peru), لباس (Garmen, Bulgaria), سيجد (Szeged). A foreign
     * town's Arabic name is a transliteration, rarely also a word, so such a match is mostly a
     * mislabelled gazetteer row; Arab towns (الأحساء, تعز), which the tagger often misses,
     * capitals, cities of a million people (ملبورن) and curated places (تكساس) stand on their
     * own.
     */
    boolean untaggedWord(Match m, Target t, List<EntityMention> tagged) {
      KbEntry e = t.entry();
      if (e.type() != EntityType.LOC || t.kind() != MentionKind.NAME || e.isCapital()
          || e.rank() > GENERATED_PLACE_RANK || e.population() >= 1_000_000
          || !e.id().startsWith("marsad:place/")
          || e.country() == null || ARAB_COUNTRIES.contains(e.country())
          || !CommonWords.common(words.get(m.first()).text())) {
        return false;
      }
      return !overlapsTagged(origStart(m), origEnd(m), tagged, null);
    }

    Map<String, Integer> countryContext(List<Match> matches) {
      Map<String, Integer> counts = new HashMap<>();
      for (Match m : matches) {
        if (m.targets().size() == 1 && m.targets().get(0).entry().country() != null) {
          counts.merge(m.targets().get(0).entry().country(), 1, Integer::sum);
        }
      }
      return counts;
    }

    /**
     * A KB organization's name without its head noun, right after that noun or its possessive:
     * التابعة لحزبه (الدعوة) is the Dawa party, though الدعوة alone is an everyday word; or in
     * quotation marks right after لـ, as reporters name the outlet they spoke to: وقال
     * لـ«الشرق الأوسط» is the newspaper, not the region; and an outlet's name in quotation marks
     * anywhere (بيان حصلت «الشرق الأوسط» على نسخة منه).
     */
    void addCued() {
      for (int i = 1; i < words.size(); i++) {
        boolean headNoun = (words.get(i - 1).flags()[0] & KnowledgeBase.F_CUE) != 0;
        boolean quoted = !headNoun
            && NamePatterns.opensQuote(nt.text(), words.get(i - 1).end(), words.get(i).start());
        boolean quotedAfterLam = quoted && words.get(i - 1).text().equals("ل");
        if (!headNoun && !quoted) {
          continue;
        }
        String joined = null;
        for (int n = 1; n <= 3 && i + n - 1 < words.size(); n++) {
          if (n > 1 && !words.get(i + n - 1).spaced()) {
            break;
          }
          joined = n == 1 ? words.get(i).text() : joined + " " + words.get(i + n - 1).text();
          KbEntry e = headNoun ? kb.cued.get(words.get(i - 1).text() + "|" + joined) : null;
          if (e == null) {
            e = kb.cued.get(joined);
          }
          if (e == null || quoted && !closesQuote(i + n - 1)
              || quoted && !quotedAfterLam && !outlet(e)) {
            continue;
          }
          Cand c = new Cand(nt.originalStart(words.get(i).start()),
              nt.originalEnd(words.get(i + n - 1).end() - 1), MentionKind.NAME, e.type(), e);
          if (quoted) { // the quoted outlet over the city or region: قال لـ«الرياض»
            cands.removeIf(o -> o.start == c.start && o.end == c.end);
          }
          if (cands.stream().noneMatch(c::overlaps)) {
            cands.add(c);
          }
          break;
        }
      }
    }

    /** Whether the entry is a news outlet (a paper, agency or channel: actor sector MED). */
    boolean outlet(KbEntry e) {
      return e.actor() != null && e.actor().endsWith("MED");
    }

    /** Whether a quotation closes right after word {@code w}. */
    boolean closesQuote(int w) {
      int next = w + 1 < words.size() ? words.get(w + 1).start() : nt.text().length();
      return NamePatterns.closesQuote(nt.text(), words.get(w).end(), next);
    }

    /** The country most often named unambiguously, or null. */
    String mainCountry(Map<String, Integer> countries) {
      String best = null;
      for (Map.Entry<String, Integer> c : countries.entrySet()) {
        if (best == null || c.getValue() > countries.get(best)) {
          best = c.getKey();
        }
      }
      return best;
    }

    /**
     * Among entries sharing a form: names over nominals, curated, in-context country, people,
     * capitals, then population.
     */
    Target choose(List<Target> ts, Map<String, Integer> countries) {
      Target best = null;
      double bestScore = -1;
      for (Target t : ts) {
        KbEntry e = t.entry();
        double s = (t.kind() == MentionKind.NAME ? 10 : 0) + e.rank()
            + 0.5 * Math.min(countries.getOrDefault(e.country(), 0), 4)
            + (holdsDatedRole(e) ? 1 : 0) + (e.isCapital() ? 1 : 0)
            + Math.log10(1 + e.population()) / 10;
        if (s > bestScore) {
          best = t;
          bestScore = s;
        }
      }
      return best;
    }

    boolean holdsDatedRole(KbEntry e) {
      for (KbRole r : e.roles()) {
        if (r.dated() && r.validOn(date)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Adds a tagger span. A KB match that covers or crosses it wins; so does a KB name of the
     * same type inside it (the KB's بشار الأسد over a tagged الرئيس السوري بشار الأسد). Otherwise
     * the span replaces the KB matches inside it (مجلس شورى ثوار بنغازي over بنغازي).
     */
    void addTagged(EntityMention em) {
      if (em.end() > text.length()) {
        throw new IllegalArgumentException("tagged mention [" + em.start() + ", " + em.end()
            + ") lies outside the text of length " + text.length());
      }
      if (em.type() == EntityType.PER && afterSpokesman(em.start())) {
        return; // الناطق باسم الجيش: باسم is "in the name of", not the given name Basem
      }
      int start = withoutTanween(em.start(), em.end());
      int end = em.type() == EntityType.PER ? personEnd(start, em.end())
          : trimmedEnd(start, em.end());
      if (end <= start) {
        return;
      }
      Cand ner = new Cand(start, end, MentionKind.NAME, em.type(), null);
      for (Cand c : cands) {
        boolean inside = ner.start <= c.start && c.end <= ner.end;
        if (c.start == ner.start && c.end == ner.end && c.kind == MentionKind.NAME) {
          return; // the KB already names exactly this span
        }
        if (c.overlaps(ner) && (!inside || c.kind == MentionKind.NAME && c.type == em.type()
            && (c.end - c.start) < (ner.end - ner.start))) {
          return;
        }
      }
      KbEntry entry = link(text.substring(ner.start, ner.end), em.type());
      if (entry == null && keepsKbReading(ner, em.type())) {
        return; // طائرة سعودية: the KB reads سعودية as Saudi Arabia's nisba, the tagger adds nothing
      }
      cands.removeIf(c -> ner.start <= c.start && c.end <= ner.end);
      ner.entry = entry;
      if (ner.entry != null) {
        ner.type = ner.entry.type();
      }
      cands.add(ner);
    }

    /**
     * Whether a KB candidate of exactly the tagged span, resolved to an entry of the tagged type,
     * should stand when the tagged surface links to nothing by name: a nisba or other nominal
     * reading the KB resolved is kept rather than replaced by an unresolved name.
     */
    boolean keepsKbReading(Cand ner, EntityType type) {
      for (Cand c : cands) {
        if (c.start == ner.start && c.end == ner.end && c.entry != null && c.type == type) {
          return true;
        }
      }
      return false;
    }

    /**
     * The end of a tagged organization or place without trailing words that never end a name: a
     * weekday (صحيفة سورية الاثنين), an adjective of relation (صحيفة الوطن القريبة من السلطات), an
     * adverb with بال that the KB does not know (وزارة المواصلات بالتساوي); and الجديد(ة) when
     * what is left is a KB name (قناة السويس الجديدة is the canal).
     */
    int trimmedEnd(int start, int end) {
      return withoutLastWords(start, end, (from, to) -> {
        String last = ArabicNormalizer.fold(text.substring(from, to));
        return NOT_NAME_ENDS.contains(last)
            || last.startsWith("بال") && last.length() > 4 && !kb.vocabulary.contains(last)
            || NEW.contains(last) && kbNameAt(start, from - 1);
      });
    }

    /** What a trailing word of {@code text[from, to)} is tested with. */
    interface WordTest {
      boolean test(int from, int to);
    }

    /**
     * The end of {@code [start, end)} without its last words (at most two, never the first) for
     * which {@code noPartOfName} holds.
     */
    int withoutLastWords(int start, int end, WordTest noPartOfName) {
      int e = end;
      for (int k = 0; k < 2; k++) {
        int sp = text.lastIndexOf(' ', e - 1);
        if (sp <= start || !noPartOfName.test(sp + 1, e)) {
          break;
        }
        e = sp;
        while (e > start && text.charAt(e - 1) == ' ') {
          e--;
        }
      }
      return e;
    }

    /**
     * The start of a tagged span after its leading words with tanween, or {@code end} if every
     * word has one: a name never takes tanween, an adverb or an indefinite accusative does
     * (دومًا, إيرانيًا, ريالاً, كذباً بواحاً).
     */
    int withoutTanween(int start, int end) {
      int s = start;
      while (s < end) {
        int sp = text.indexOf(' ', s);
        int wordEnd = sp < 0 || sp > end ? end : sp;
        if (!hasTanween(s, wordEnd)) {
          return s;
        }
        s = wordEnd;
        while (s < end && text.charAt(s) == ' ') {
          s++;
        }
      }
      return end;
    }

    private boolean hasTanween(int from, int to) {
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c >= '\u064B' && c <= '\u064D') {
          return true;
        }
      }
      return false;
    }

    /**
     * The end of a tagged person without trailing words that are no part of a name, at most two:
     * a function word (فهد لكي, فهد داخل), a particle (جلوي بن عبدالعزيز بن), a word with tanween
     * (صالح حسابًا), or ب/ل + a KB name (خالد بحائل) or + a definite word three times as frequent
     * as with the letter, the segmenter's test (فهد بالباحة, فيصل للدراسات). بالله stays
     * (المعتصم بالله).
     */
    int personEnd(int start, int end) {
      return withoutLastWords(start, end, (from, to) -> {
        String raw = text.substring(from, to);
        String last = ArabicNormalizer.fold(raw);
        // folded, على (on) is علي (Ali), which ends many names
        boolean function = NamePatterns.functionWord(last) && !raw.endsWith("علي");
        return hasTanween(from, to) || prepositionPlusWord(last) || function
            || NamePatterns.particle(last);
      });
    }

    /**
     * Whether a folded word reads as a preposition + a definite word (بالدمام, للدراسات) or + a
     * KB name (بحائل), rather than as a name. An indefinite word after ب/ل is no evidence: بيري,
     * بولو, لوبان are names that happen to start like ب + يري, ل + وبان.
     */
    private boolean prepositionPlusWord(String w) {
      if (w.length() < 4 || w.equals("بالله")) {
        return false;
      }
      String rest = w.startsWith("بال") ? w.substring(1) : w.startsWith("لل") ? "ا" + w.substring(1)
          : w.charAt(0) == 'ب' || w.charAt(0) == 'ل' ? w.substring(1) : null;
      if (rest == null || kb.vocabulary.contains(w)) {
        return false;
      }
      return kb.vocabulary.contains(rest)
          || rest.startsWith("ال") && CommonWords.count(rest) > 3 * CommonWords.count(w);
    }

    /** Whether the span at {@code start} is باسم right after ناطق/متحدث (and رسمي). */
    private boolean afterSpokesman(int start) {
      if (!text.startsWith("باسم ", start)) {
        return false;
      }
      String[] ws = text.substring(Math.max(0, start - 40), start).strip().split("\\s+");
      for (int k = ws.length - 1; k >= 0 && k >= ws.length - 2; k--) {
        String w = ArabicNormalizer.fold(ws[k]);
        if (SPOKESMEN.contains(w)) {
          return true;
        }
        if (!OFFICIAL.contains(w)) {
          return false;
        }
      }
      return false;
    }

    private boolean kbNameAt(int start, int end) {
      for (Cand c : cands) {
        if (c.start == start && c.end == end && c.kind == MentionKind.NAME && c.entry != null) {
          return true;
        }
      }
      return false;
    }

    /**
     * Adds a rule-found name unless it overlaps the tagger or a KB name; a KB place inside it
     * (عدن in مطار عدن) gives way.
     */
    void addPattern(NamePatterns.Span sp) {
      int s = nt.originalStart(words.get(sp.first()).start() + sp.strip());
      int last = nt.originalEnd(words.get(sp.last()).end() - 1);
      int e = sp.type() == EntityType.PER ? personEnd(s, last) : trimmedEnd(s, last);
      if (e <= s) {
        return;
      }
      Cand p = new Cand(s, e, MentionKind.NAME, sp.type(), null);
      if (sp.type() == EntityType.PER && isEarlierSurname(words.get(sp.first()).text(), s)) {
        return; // صالح after عقيلة صالح starts no new name
      }
      for (Cand c : cands) {
        // A KB place inside a facility name, or a bare KB surname after an unknown given name
        // (الأسد in سليمان الأسد), gives way to the longer name.
        boolean inside = c.entry == null && s < c.start && c.end <= e
            && sp.type() == EntityType.ORG && c.type == EntityType.PER // أبو سليم in كتيبة شهداء أبو سليم
            || c.entry == null && s == c.start && c.end < e && c.type == EntityType.PER
            && sp.type() == EntityType.PER // a tagged given name the rule extends by a surname
            || c.entry != null && s < c.start && c.end <= e
            && (c.entry.type() == EntityType.LOC
                || sp.type() == EntityType.PER && c.entry.type() == EntityType.PER
                    && text.substring(c.start, c.end).strip().indexOf(' ') < 0);
        if (c.overlaps(p) && !inside) {
          return;
        }
      }
      cands.removeIf(c -> s < c.start && c.end <= e
          || c.entry == null && s == c.start && c.end < e && c.type == sp.type());
      p.entry = link(text.substring(s, e), sp.type());
      if (p.entry != null) {
        p.type = p.entry.type();
      }
      cands.add(p);
    }

    boolean isEarlierSurname(String word, int before) {
      List<Variants.Stripped> readings = null;
      for (Cand c : cands) {
        if (c.start < before && c.type == EntityType.PER) {
          if (c.surname == null) {
            String[] ws = Words.of(ArabicNormalizer.fold(text.substring(c.start, c.end)));
            c.surname = ws.length > 1 ? ws[ws.length - 1] : "";
          }
          if (c.surname.isEmpty()) {
            continue;
          }
          readings = readings != null ? readings : Variants.proclitics(word);
          for (Variants.Stripped v : readings) {
            if (v.word().equals(c.surname)) {
              return true;
            }
          }
        }
      }
      return false;
    }

    KbEntry link(String surface, EntityType type) {
      List<Word> ws = Words.split(ArabicNormalizer.fold(surface));
      if (ws.isEmpty()) {
        return null;
      }
      kb.mark(ws);
      Match m = kb.names.bestAt(ws, 0, new String[ws.size()]);
      if (m == null || m.last() != ws.size() - 1 || m.strip() > 0) {
        if (type != EntityType.PER) {
          return null;
        }
        String[] w = new String[ws.size()];
        for (int i = 0; i < w.length; i++) {
          w[i] = ws.get(i).text();
        }
        return w.length >= 3 ? kb.personByFirstAndLast(w) : null;
      }
      for (Target t : m.targets()) {
        if (KnowledgeBase.isGeneric(t.entry())) {
          continue;
        }
        boolean person = t.entry().type() == EntityType.PER;
        if (t.kind() == MentionKind.NAME && person == (type == EntityType.PER)) {
          return t.entry();
        }
      }
      return null;
    }

    /** Title mentions resolved by date; nominal matches inside them are dropped. */
    List<Cand> titles() {
      List<Cand> out = new ArrayList<>();
      for (Match m : kb.titles.scan(words)) {
        int s = origStart(m);
        int e = origEnd(m);
        Cand title = new Cand(s, e, MentionKind.TITLE, EntityType.PER, null);
        boolean insideName = false;
        for (Cand c : cands) {
          if (c.kind == MentionKind.NAME && c.start <= s && e <= c.end && c.end - c.start > e - s) {
            insideName = true;
          }
        }
        if (insideName) {
          continue;
        }
        for (Target t : m.targets()) {
          KbEntry h = kb.holder(t.title().role(), t.title().scope(), date);
          if (h != null) {
            title.entry = h;
            break;
          }
        }
        out.add(title);
        cands.removeIf(c -> c.kind == MentionKind.NOMINAL && c.overlaps(title));
      }
      return out;
    }
  }

  /**
   * The name a mention spells, with the article that لل elides put back: the mention of
   * {@code للبنك المركزي} is {@code لبنك المركزي} (its offsets exclude the preposition only),
   * and it names {@code البنك المركزي}; {@code للبنان} names لبنان, the corpus counts decide.
   */
  static String surface(String text, int start, int end) {
    String s = text.substring(start, end);
    if (start == 0 || text.charAt(start) != 'ل' || text.charAt(start - 1) != 'ل'
        || start >= 2 && Character.isLetter(text.charAt(start - 2))
        && "وف".indexOf(text.charAt(start - 2)) < 0) {
      return s;
    }
    int space = s.indexOf(' ');
    String first = ArabicNormalizer.fold(space < 0 ? s : s.substring(0, space));
    return CommonWords.count("ا" + first) > CommonWords.count(first) ? "ا" + s : s;
  }

  /** Turns clusters into numbered entities. */
  static final class Entities {
    private Entities() {}

    static List<Entity> build(String text, LocalDate date, List<Cluster> clusters) {
      clusters.sort(Comparator.comparingInt(Cluster::first));
      List<Entity> out = new ArrayList<>(clusters.size());
      int n = 0;
      for (Cluster c : clusters) {
        Map<Long, Mention> ms = new LinkedHashMap<>();
        c.cands.sort(Comparator.comparingInt((Cand x) -> x.start).thenComparingInt(x -> x.end));
        String longest = null;
        for (Cand x : c.cands) {
          String s = text.substring(x.start, x.end);
          ms.putIfAbsent(((long) x.start << 32) | x.end, new Mention(x.start, x.end, s, x.kind));
          String named = surface(text, x.start, x.end);
          if (x.kind == MentionKind.NAME
              && (longest == null || named.length() > longest.length())) {
            longest = named;
          }
        }
        KbEntry e = c.entry;
        String name = e != null ? e.name() : longest != null ? longest
            : text.substring(c.cands.get(0).start, c.cands.get(0).end);
        out.add(new Entity("e" + (++n), e != null ? e.type() : c.type, name,
            e != null ? e.nameEn() : null, e != null ? e.id() : null,
            e != null ? e.actorOn(date) : null, new ArrayList<>(ms.values())));
      }
      return out;
    }
  }
}
