package org.marsad.framing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.internal.lex.FoldedTokens;
import org.marsad.internal.lex.TokenView;
import org.marsad.model.ActorFraming;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Framing;
import org.marsad.model.LoadedTerm;
import org.marsad.model.Mention;
import org.marsad.pipeline.Stage;
import org.marsad.quotes.QuoteMarks;
import org.marsad.text.ArabicNormalizer;

/**
 * Finds the loaded language of an article and scores how it labels each actor.
 *
 * <p>Loaded terms come from a curated lexicon ({@code lexicon.tsv}, see docs/quotes-framing.md)
 * with the categories {@code delegitimizing} (ميليشيات، إرهابية، مرتزقة), {@code legitimizing}
 * (الجيش الوطني، الشرعية، تحرير), {@code pejorative} (نهب، أطماع، التوسعية), {@code emotive}
 * (تاريخي، مأساوي) and {@code anonymous_authority} (يرى محللون), matched at lemma level over all
 * inflections and clitics (one hash lookup per candidate stem of each Arabic token; verbs in every
 * person and tense), plus {@code scare_quote}: a word or two in quotation marks that is neither a
 * statement nor a name ({@code ما يسمى «الثوار»}), and the degree and superlative constructions of
 * {@link Constructions} (بشكل كبير، عالية جدا، الأكثر تضررا). A lexicon word that is part of a name
 * (سد النهضة, or inside a person mention) is no judgement.
 *
 * <p>An actor is framed by the terms attached to one of its mentions: inside the mention, the head
 * noun right before it ({@code ميليشيات حكومة الوفاق}), an adjective right after it, possibly after
 * another modifier ({@code حكومة الوفاق الإرهابية}), or an apposition after a comma. Its score is
 * the mean polarity of those terms, from -1 (delegitimized) to +1 (legitimized); scare quotes
 * count -1.
 *
 * <p>Offsets are UTF-16 indices into {@code doc.text()}; each term's {@code text} equals the
 * covered substring (whole tokens, clitics included). Thread-safe: the lexicon loads once, state
 * lives per call.
 */
public final class FramingAnalyzer {
  public static final String SCARE_QUOTE = "scare_quote";
  private static final int MAX_SCARE_WORDS = 2;

  private final FramingLexicon lexicon;

  FramingAnalyzer(FramingLexicon lexicon) {
    this.lexicon = lexicon;
  }

  public static FramingAnalyzer shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final FramingAnalyzer INSTANCE = new FramingAnalyzer(FramingLexicon.load());
  }

  /**
   * This analyzer as the pipeline stage {@code framing}: reads tokens (and the entities, when an
   * earlier stage found them: place it after {@code entities}), fills {@code framing}.
   */
  public Stage stage() {
    FramingAnalyzer self = this;
    return new Stage() {
      @Override
      public String name() {
        return "framing";
      }

      @Override
      public Set<String> requires() {
        return Set.of("tokens");
      }

      @Override
      public String provides() {
        return "framing";
      }

      @Override
      public Document apply(Document doc) {
        return doc.withFraming(self.analyze(doc));
      }
    };
  }

  /** Number of terms in the lexicon. */
  public int lexiconSize() {
    return lexicon.size();
  }

  public Framing analyze(Document doc) {
    if (doc.text().isEmpty()) {
      return Framing.EMPTY;
    }
    TokenView v = TokenView.of(doc);
    List<Found> found = loadedTerms(v, doc);
    List<LoadedTerm> loaded = new ArrayList<>(found.size());
    for (Found f : found) {
      loaded.add(new LoadedTerm(f.start, f.end, doc.text().substring(f.start, f.end), f.category));
    }
    return new Framing(loaded, actors(doc, v, found));
  }

  /** A loaded term found over tokens [from, to). */
  record Found(int from, int to, int start, int end, String category, int polarity) {}

  private List<Found> loadedTerms(TokenView v, Document doc) {
    int n = v.size();
    int[] ids = new int[n];
    FoldedTokens ft = v.folded();
    for (int i = 0; i < n; i++) {
      ids[i] = lexicon.index().lookup(ft, i);
    }
    List<Found> out = new ArrayList<>();
    addScareQuotes(v, doc, out);
    for (Found sq : out) {
      for (int k = sq.from; k < sq.to; k++) {
        ids[k] = -1; // a lexicon word inside a scare quote gives way to it
      }
    }
    EntityType[] types = mentionTypes(v, doc);
    for (int i = 0; i < n; i++) {
      if (ids[i] < 0) {
        continue;
      }
      for (FramingLexicon.Term t : lexicon.startingWith(ids[i])) {
        int k = matchAt(ids, i, t.words());
        if (k > 0) {
          if (!inName(ft, i, t, types)) {
            out.add(new Found(i, i + k, v.start(i), v.end(i + k - 1), t.category(), t.polarity()));
          }
          i += k - 1;
          break;
        }
      }
    }
    if (types != null) {
      addRegimeLabels(ft, types, v, out);
    }
    out.sort((a, b) -> Integer.compare(a.start, b.start));
    return Constructions.apply(v, ft, out);
  }

  /**
   * Whether a lexicon term at token {@code i} is part of a name, not a judgement: a definite word
   * right after a naming head in the construct state (سد النهضة، حزب الكرامة، ساحة الشهداء), or an
   * emotive word inside a person's name (نبيل، فريد، مجيد).
   */
  private static boolean inName(FoldedTokens ft, int i, FramingLexicon.Term t, EntityType[] types) {
    if (t.category().equals("emotive") && types != null && types[i] == EntityType.PER) {
      return true;
    }
    String cat = t.category();
    if (i == 0 || cat.equals("delegitimizing") || cat.equals("anonymous_authority")) {
      return false;
    }
    char[] c = ft.chars();
    int o = ft.off(i);
    boolean definite = ft.len(i) > 4 && c[o] == 'ا' && c[o + 1] == 'ل';
    return definite && Constructions.isNameHead(ft, i - 1);
  }

  /** The type of the entity mention over each token, or null when the document has no entity. */
  private static EntityType[] mentionTypes(TokenView v, Document doc) {
    EntityType[] types = null;
    for (Entity e : doc.entities()) {
      for (Mention m : e.mentions()) {
        if (types == null) {
          types = new EntityType[v.size()];
        }
        int k = v.firstAtOrAfter(m.start());
        if (k > 0 && v.end(k - 1) > m.start()) {
          k--; // the mention starts after the token's proclitics: لنظام، بالسوري
        }
        for (; k < v.size() && v.start(k) < m.end(); k++) {
          types[k] = e.type();
        }
      }
    }
    return types;
  }

  private static final Set<String> REGIME = Set.of("نظام", "النظام", "لنظام", "للنظام", "بنظام",
      "بالنظام", "ونظام", "والنظام", "ولنظام", "وللنظام", "فالنظام");

  /**
   * نظام + a person or a place (النظام السوري، لنظام السيسي، النظام الإيراني): "the regime" for a
   * government is a label, delegitimizing, where النظام المصرفي is not.
   */
  private static void addRegimeLabels(FoldedTokens ft, EntityType[] types, TokenView v, List<Found> out) {
    char[] c = ft.chars();
    for (int i = 0; i + 1 < types.length; i++) {
      int len = ft.len(i);
      if (len < 4 || c[ft.off(i) + len - 1] != 'م' || c[ft.off(i) + len - 4] != 'ن'
          || types[i + 1] != EntityType.PER && types[i + 1] != EntityType.LOC || types[i] != null
          || !REGIME.contains(ft.text(i))) {
        continue;
      }
      int from = i;
      if (out.stream().noneMatch(f -> f.from <= from + 1 && from < f.to)) {
        out.add(new Found(i, i + 2, v.start(i), v.end(i + 1), "delegitimizing", -1));
      }
    }
  }


  private static int matchAt(int[] ids, int i, int[] words) {
    if (i + words.length > ids.length) {
      return 0;
    }
    for (int k = 0; k < words.length; k++) {
      if (ids[i + k] != words[k]) {
        return 0;
      }
    }
    return words.length;
  }

  /** Words before a quotation that name what it names (folded when loaded: مؤسسة → مءسسه). */
  private static final Set<String> NAME_CONTEXT = folded("منظمه", "صحيفه", "قناه", "وكاله", "موقع",
      "حزب", "حركه", "تنظيم", "جماعه", "مؤسسه", "مركز", "شبكه", "برنامج", "عمليه", "مجموعه", "جمعيه",
      "جريده", "مجله", "كتاب", "فيلم", "شركه", "هيئه", "ائتلاف", "تحالف", "كتله", "تيار", "مبادره",
      "مشروع", "حمله", "اسم", "شعار", "وسم", "هاشتاغ", "لقب", "ل", "ب", "منصه", "تطبيق", "معركه",
      "كتيبه", "لواء", "فرقه", "فصيل", "مسلسل", "رواية", "روايه", "مؤتمر", "قمه", "منتدي", "مهرجان",
      "جائزه", "مسابقه", "قانون", "قرار", "خطه", "صفقه", "اتفاق", "اتفاقيه", "عمليات", "ساحه", "ميدان",
      "فندق", "مستشفي", "جامعه", "مدرسه", "مسجد", "شارع", "حي", "مخيم", "سجن", "مطار", "ميناء", "عبر",
      "علي", "موقعي", "صفحه", "حساب", "وصف", "وصفه", "وصفها", "وصفت", "عد", "عدها", "عدته", "اعتبر",
      "اعتبرها", "اعتبرته", "سماه", "سمته", "اسماه", "اطلق", "تسميه", "بمثابه", "باسم", "قائله",
      "فضائيه", "منتخب", "نادي", "فريق", "معتقل", "فوج", "وحده", "يوم", "نظام", "عنوان",
      "المسماه", "مسماه", "المسمي", "مدينه", "بلده", "قريه", "منطقه", "سفينه", "ناقله", "معرض",
      "مسرحيه", "اغنيه", "قصيده", "ديوان", "ملف", "تقرير", "دراسه", "بحث", "مجمع", "دار");

  private static Set<String> folded(String... words) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : words) {
      out.add(ArabicNormalizer.fold(w));
    }
    return Set.copyOf(out);
  }

  /** Short quotations that are neither statements (after : or إن/أن) nor names (منظمة «…»). */
  private static void addScareQuotes(TokenView v, Document doc, List<Found> out) {
    List<QuoteMarks.Span> spans = QuoteMarks.of(v);
    for (QuoteMarks.Span s : spans) {
      if (s.bounded()) {
        continue;
      }
      int from = v.firstAtOrAfter(s.contentStart());
      int to = v.firstAtOrAfter(s.contentEnd());
      int words = 0;
      for (int k = from; k < to; k++) {
        if (v.isArabic(k)) {
          words++;
        } else {
          words = 100; // digits, Latin or punctuation inside: a title or a name, not a label
        }
      }
      if (words == 0 || words > MAX_SCARE_WORDS) {
        continue;
      }
      int before = v.firstAtOrAfter(s.open()) - 1;
      if (before >= 0 && introducesOrNames(v, before)) {
        continue;
      }
      if (isEntityName(doc, s.contentStart(), s.contentEnd())) {
        continue; // «داعش»، "الوطن": a name in quotation marks
      }
      out.add(new Found(from, to, s.open(), s.end(), SCARE_QUOTE, -1));
    }
  }

  private static boolean isEntityName(Document doc, int start, int end) {
    for (Entity e : doc.entities()) {
      for (Mention m : e.mentions()) {
        if (m.start() < end && start < m.end()) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean introducesOrNames(TokenView v, int k) {
    if (!v.isArabic(k)) {
      char c = v.firstChar(k);
      return c == ':' || c == '(' || c == '«' || c == '"' || c == '“';
    }
    String w = ArabicNormalizer.fold(v.text(k));
    if (w.startsWith("و") && w.length() > 3) {
      w = w.substring(1);
    }
    if (w.startsWith("ال") && w.length() > 4) {
      w = w.substring(2);
    }
    if (w.startsWith("ل") && w.length() > 4 && NAME_CONTEXT.contains(w.substring(1))) {
      return true;
    }
    return NAME_CONTEXT.contains(w) || w.equals("ان") || w.equals("انه") || w.equals("انها")
        || w.equals("بان") || w.equals("قائلا");
  }

  /** Terms attached to each entity's mentions, and the entity's mean polarity. */
  private static List<ActorFraming> actors(Document doc, TokenView v, List<Found> found) {
    if (doc.entities().isEmpty() || found.isEmpty()) {
      return List.of();
    }
    int n = v.size();
    Found[] termAt = new Found[n];
    for (Found f : found) {
      if (f.polarity != 0) {
        for (int k = f.from; k < f.to && k < n; k++) {
          termAt[k] = f;
        }
      }
    }
    List<ActorFraming> out = new ArrayList<>();
    for (Entity e : doc.entities()) {
      Map<Found, Boolean> attached = new LinkedHashMap<>();
      for (Mention m : e.mentions()) {
        int a = v.firstAtOrAfter(m.start());
        int b = v.firstAtOrAfter(m.end()); // tokens [a, b) overlap the mention
        if (a > 0 && v.end(a - 1) > m.start()) {
          a--; // the mention starts inside a token (after its proclitics)
        }
        for (int k = a; k < b; k++) {
          attach(termAt[k], attached);
        }
        if (a > 0) {
          attach(termAt[a - 1], attached); // ميليشيات حكومة الوفاق
        }
        int k = b;
        if (k < n && v.isArabic(k) && termAt[k] == null && k + 1 < n) {
          k++; // حكومة الوفاق الوطني الإرهابية: past one modifier
        }
        if (k < n && termAt[k] != null) {
          attach(termAt[k], attached);
        } else if (b < n && isComma(v, b) && b + 1 < n) {
          attach(termAt[b + 1], attached); // an apposition: X، الميليشيا …
        }
      }
      if (attached.isEmpty()) {
        continue;
      }
      double sum = 0;
      Set<String> terms = new LinkedHashSet<>();
      for (Found f : attached.keySet()) {
        sum += f.polarity;
        terms.add(doc.text().substring(f.start, f.end));
      }
      out.add(new ActorFraming(e.id(), sum / attached.size(), new ArrayList<>(terms)));
    }
    return out;
  }

  private static void attach(Found f, Map<Found, Boolean> attached) {
    if (f != null) {
      attached.put(f, Boolean.TRUE);
    }
  }

  private static boolean isComma(TokenView v, int k) {
    return v.isPunct(k, '،') || v.isPunct(k, ',');
  }

  static String describe(Framing f) {
    return Arrays.toString(f.loaded().stream().map(t -> t.text() + "/" + t.category()).toArray());
  }
}
