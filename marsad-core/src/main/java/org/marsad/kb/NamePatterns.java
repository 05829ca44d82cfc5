package org.marsad.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.kb.Words.Word;
import org.marsad.model.EntityType;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.NormalizedText;

/**
 * A small rule-based finder of names the KB does not know, used next to the tagger: a given name
 * followed by a surname ({@code سعد دوابشة}), and an organization or facility head noun followed
 * by its name ({@code مستشفى الجلاء}, {@code سجن الهضبة}). Spans exclude proclitics. Its spans
 * rank below the tagger's and the KB's. Immutable and thread-safe.
 */
final class NamePatterns {
  /** A found span in word indices {@code [first, last]}, first word stripped of {@code strip}. */
  record Span(int first, int last, int strip, EntityType type) {}

  private static final Set<String> FUNCTION_WORDS = folded("""
      في من الى إلى على عن مع ان أن إن لا ما لم لن قد كان كانت يكون هذا هذه ذلك تلك التي الذي الذين
      اللذين هو هي هم هن نحن انا أنا انه أنه إنه انها أنها وقال قال قالت وقالت يقول تقول أكد وأكد أضاف
      وأضاف بعد قبل خلال حيث حتى او أو ثم بل لكن لكنه كما منذ بين عند عندما امس أمس اليوم غدا حول ضد
      دون غير كل بعض جميع وفي ومن وعلى وعن ايضا أيضا فقط نحو لدى لدي الى عبر وسط فيما بينما إذ اذ
      اي أي التى تم يتم وقد فقد وهو وهي الأول الثاني السابق الحالي الجديد العام الخاص إلى
      التابعة التابع التابعين التابعون الموالية الموالي الموالين المدعومة المدعوم المنضوية
      المحلية الرسمية الرسمي الجديدة بين عاصمة تابعة تابع لكي كي لأن داخل خارج فوق تحت""");

  /** Arabic name particles, which no name ends with (جلوي بن عبدالعزيز بن). */
  private static final Set<String> ARABIC_PARTICLES = folded("بن ابن أبو ابو آل");

  /** Whether a folded word is an Arabic name particle (بن، أبو، آل). */
  static boolean particle(String folded) {
    return ARABIC_PARTICLES.contains(folded);
  }

  /** Whether a folded word is a function word, which no name ends with (فهد لكي). */
  static boolean functionWord(String folded) {
    return FUNCTION_WORDS.contains(folded);
  }

  /**
   * Head nouns that start an organization's name. Not تنظيم and تجمع: as heads of names the KB
   * does not know they were verbal nouns 25 times in 287 news articles (تنظيم المهرجان, تجمع
   * الأهالي) and a name never; the KB's (تنظيم داعش) and the tagger's names are unaffected.
   */
  private static final Set<String> ORG_HEADS = folded("""
      مجلس هيئة منظمة جمعية نادي حزب حركة جماعة كتيبة كتائب جبهة صحيفة جريدة قناة وكالة
      شركة مؤسسة مستشفى جامعة المرصد مركز اتحاد رابطة ائتلاف تحالف لجنة مكتب محكمة ميليشيا وزارة
      مليشيا ألوية المجلس الهيئة المنظمة اللجنة المحكمة الجمعية""");


  private static final Set<String> LOC_HEADS = folded("""
      مطار سجن قاعدة وادي بوابة معبر مخيم ميناء مستديرة صحراء جبل بلدة قرية شارع ساحة ميدان جسر
      حي مدينة""");

  /** Outlets whose name often comes in quotation marks: قناة «آفاق», صحيفة "الشرق الأوسط". */
  private static final Set<String> OUTLET_HEADS = folded("""
      قناة صحيفة جريدة وكالة مجلة موقع إذاعة تلفزيون فضائية شبكة""");

  /** Military units named by an ordinal: اللواء الأول مشاة, الفرقة الرابعة, الكتيبة 101. */
  private static final Set<String> UNIT_HEADS = folded("""
      اللواء لواء الفرقة فرقة الكتيبة الفيلق فيلق الفوج فوج السرية""");

  private static final Set<String> ORDINALS = folded("""
      الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الحادي عشر
      الأولى الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة العاشرة الحادية""");

  /** Arms of service that may follow a unit's ordinal (اللواء الأول مشاة). */
  private static final Set<String> ARMS = folded("""
      مشاة المشاة مدرع المدرع مدرعة المدرعة مدرعات ميكا مظلي المظلي مغاوير صاعقة الصاعقة
      حرس الحدود مشاه جبلي""");

  /** Titles of people: an organization's name ends before them (مجلس الوزراء الدكتور ...). */
  private static final Set<String> TITLE_WORDS = folded("""
      الدكتور المهندس الشيخ الأمير السيد السيدة الأستاذ اللواء العميد العقيد الفريق المستشار
      الرئيس الوزير النائب القاضي المحامي الملك""");

  /** Name particles that join a given name to what follows (بن، أبو، آل، دو، فان). */
  private static final Set<String> PARTICLES = folded("بن ابن أبو ابو آل دو دي دا فان فون لا");

  /** Heads whose name stands alone in the mention: قرية سنجل is the place سنجل. */
  private static final Set<String> SETTLEMENT_HEADS = folded("قرية بلدة مدينة");

  private final Set<String> given;
  private final Set<String> vocabulary;

  NamePatterns(Set<String> given, Set<String> vocabulary) {
    this.given = given;
    this.vocabulary = vocabulary;
  }

  static NamePatterns shipped(Set<String> kbGivenNames, Set<String> vocabulary) {
    Set<String> g = new HashSet<>();
    for (String w : kbGivenNames) {
      if (CommonWords.count(w) < 300) { // frequent ones that are names are in the curated list
        g.add(w);
      }
    }
    g.addAll(resourceWords("given_names.txt"));
    g.removeAll(FUNCTION_WORDS);
    g.removeAll(ORG_HEADS);
    g.removeAll(LOC_HEADS);
    return new NamePatterns(Collections.unmodifiableSet(g), vocabulary);
  }

  /** Words that may start a span: given names and head nouns. */
  Set<String> startWords() {
    Set<String> out = new HashSet<>(given);
    out.addAll(UNIT_HEADS);
    out.addAll(OUTLET_HEADS);
    out.addAll(ORG_HEADS);
    out.addAll(LOC_HEADS);
    return out;
  }

  /** Spans in {@code words} of {@code nt}, left to right, not overlapping. */
  List<Span> find(List<Word> words, NormalizedText nt) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Span s = preposition(words.get(i), nt) ? null : at(words, i, nt);
      if (s == null) {
        i++;
      } else {
        out.add(s);
        i = s.last() + 1;
      }
    }
    return out;
  }

  private Span at(List<Word> words, int i, NormalizedText nt) {
    Word word = words.get(i);
    for (int k = 0; k < word.flags().length; k++) {
      if ((word.flags()[k] & KnowledgeBase.F_PATTERN) == 0) {
        continue;
      }
      Variants.Stripped v = word.variants().get(k);
      String w = v.word();
      Span s = UNIT_HEADS.contains(w) ? unit(words, i, v.offset())
          : OUTLET_HEADS.contains(w) ? quotedName(words, i, nt) : null;
      if (s != null) {
        return s;
      }
      if (ORG_HEADS.contains(w) || LOC_HEADS.contains(w)) {
        s = named(words, i, v.offset(), ORG_HEADS.contains(w) ? EntityType.ORG : EntityType.LOC);
      } else if (given.contains(w) && !(w.equals(BASEM) && afterSpokesman(words, i))
          && (v.offset() == 0 || "وف".indexOf(words.get(i).text().charAt(0)) >= 0
          && v.offset() == 1)) {
        // a name takes و or ف, rarely ب/ل/ك: بشأن is not ب + a name
        s = person(words, i, v.offset(), nt);
      }
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  private static final String BASEM = ArabicNormalizer.fold("باسم");
  private static final Set<String> SPOKESMEN = folded(
      "ناطق الناطق ناطقا متحدث المتحدث متحدثا متحدثة المتحدثة الناطقة ناطقة");
  private static final Set<String> OFFICIAL = folded("الرسمي الرسمية رسمي رسميا");

  /** الناطق (الرسمي) باسم: "in the name of", not the given name Basem. */
  static boolean afterSpokesman(List<Word> words, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 2; k--) {
      String w = words.get(k).text();
      if (SPOKESMEN.contains(w)) {
        return true;
      }
      if (!OFFICIAL.contains(w)) {
        return false;
      }
    }
    return false;
  }

  /** A unit head, its ordinal or number, and arms of service: اللواء الأول مشاة. */
  private static Span unit(List<Word> words, int i, int strip) {
    int j = i + 1;
    if (j >= words.size() || !words.get(j).spaced()) {
      return null;
    }
    String w = words.get(j).text();
    if (!ORDINALS.contains(w) && !Character.isDigit(w.charAt(0))) {
      return null;
    }
    if (j + 1 < words.size() && words.get(j + 1).spaced()
        && ORDINALS.contains(words.get(j + 1).text())) {
      j++; // الحادي عشر
    }
    while (j + 1 < words.size() && j - i < 4 && words.get(j + 1).spaced()
        && ARMS.contains(words.get(j + 1).text())) {
      j++;
    }
    return new Span(i, j, strip, EntityType.ORG);
  }

  /** The name in quotation marks right after an outlet's head noun, at most four words. */
  private static Span quotedName(List<Word> words, int i, NormalizedText nt) {
    String t = nt.text();
    if (i + 1 >= words.size() || !opensQuote(t, words.get(i).end(), words.get(i + 1).start())) {
      return null;
    }
    for (int j = i + 1; j < words.size() && j <= i + 4; j++) {
      if (j > i + 1 && !words.get(j).spaced()) {
        return null;
      }
      int next = j + 1 < words.size() ? words.get(j + 1).start() : t.length();
      if (closesQuote(t, words.get(j).end(), next)) {
        return new Span(i + 1, j, 0, EntityType.ORG);
      }
    }
    return null;
  }

  /** Whether {@code [from, to)} is whitespace and one opening quotation mark. */
  static boolean opensQuote(String t, int from, int to) {
    int marks = 0;
    for (int k = from; k < to; k++) {
      char c = t.charAt(k);
      if (c == '«' || c == '"' || c == '“') {
        marks++;
      } else if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return marks == 1;
  }

  /** Whether the first mark in {@code [from, to)} closes a quotation. */
  static boolean closesQuote(String t, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = t.charAt(k);
      if (!Character.isWhitespace(c)) {
        return c == '»' || c == '"' || c == '”';
      }
    }
    return false;
  }

  /**
   * Whether {@code w} reads as ب/ل + a common word the KB does not know (بوابة لتحرير عدن is a
   * gateway to freeing Aden): a head noun's name follows it directly, without a preposition,
   * while بغداد or بادوش, whose rest is no common word, may still be the name.
   */
  private boolean prepositionalPhrase(String w) {
    return w.length() > 3 && (w.charAt(0) == 'ل' || w.charAt(0) == 'ب') && !vocabulary.contains(w)
        && CommonWords.count(w.substring(1)) >= 3 * Math.max(CommonWords.MIN_COUNT,
            CommonWords.count(w));
  }

  /** {@code على} folds to {@code علي}: the written alef maksura tells the preposition apart. */
  private static boolean preposition(Word w, NormalizedText nt) {
    return w.text().endsWith("علي") && nt.original().charAt(nt.originalEnd(w.end() - 1) - 1) == 'ى';
  }

  /** Given names, then one surname that is neither a function word nor frequent. */
  private Span person(List<Word> words, int i, int strip, NormalizedText nt) {
    int j = i + 1;
    while (j < words.size() && words.get(j).spaced() && (given.contains(words.get(j).text())
        || PARTICLES.contains(words.get(j).text()) || words.get(j - 1).text().equals("عبد"))) {
      j++;
    }
    // After a title (العقيد حسان الشيخ) an everyday word may be the surname too
    boolean titled = i > 0 && words.get(i).spaced() && TITLE_WORDS.contains(words.get(i - 1).text());
    if (j < words.size() && words.get(j).spaced()
        && (surname(words.get(j).text()) || titled && titledSurname(words.get(j).text()))
        && !pronounSuffix(words.get(j), nt)) {
      return new Span(i, j, strip, EntityType.PER);
    }
    return j - 1 > i && !PARTICLES.contains(words.get(j - 1).text())
        ? new Span(i, j - 1, strip, EntityType.PER) : null;
  }

  /** A word written with a final ه or ها/هم (not ة) ends in a pronoun: موقفه is not a surname. */
  private static boolean pronounSuffix(Word w, NormalizedText nt) {
    String orig = nt.original().substring(nt.originalStart(w.start()), nt.originalEnd(w.end() - 1));
    int n = orig.length();
    return n > 3 && (orig.charAt(n - 1) == 'ه' && !orig.endsWith("الله")
        || orig.endsWith("ها") || orig.endsWith("هم") || orig.endsWith("كم"));
  }

  /** Not a function word, and not so frequent that it is more likely an everyday word. */
  private boolean surname(String w) {
    return w.length() >= 3 && !FUNCTION_WORDS.contains(w) && !w.startsWith("و")
        && CommonWords.count(w) < (w.startsWith("ال") ? 5000 : 500);
  }

  private boolean titledSurname(String w) {
    return w.length() >= 3 && !FUNCTION_WORDS.contains(w) && !w.startsWith("و")
        && !TITLE_WORDS.contains(w) && !given.contains(w);
  }

  /** Words that continue a facility's name: مطار الملك عبد العزيز الدولي. */
  private static final Set<String> HONORIFICS = folded("الملك الأمير الشيخ الإمام الشهيد السلطان");

  /** A head noun and up to four name words; the words must not be function words. */
  private Span named(List<Word> words, int i, int strip, EntityType type) {
    int max = type == EntityType.LOC ? 1 : 4;
    if (type == EntityType.LOC && i + 1 < words.size()
        && HONORIFICS.contains(words.get(i + 1).text())) {
      max = 4; // the head's name is a person's: take the person's name words too
      int j = i + 1;
      while (j + 1 < words.size() && j - i < max && words.get(j + 1).spaced()
          && (given.contains(words.get(j + 1).text()) || PARTICLES.contains(words.get(j + 1).text())
              || words.get(j).text().equals("عبد"))) {
        j++;
      }
      return j > i + 1 ? new Span(i, j, strip, type) : null;
    }
    int j = i;
    // after a definite head only definite words go on (اللجنة المستقلة, not اللجنة بأسلوب عنيف)
    boolean definite = words.get(i).text().startsWith("ال", strip);
    while (j + 1 < words.size() && j - i < max && words.get(j + 1).spaced()) {
      String w = words.get(j + 1).text();
      boolean def = w.startsWith("ال") || w.startsWith("بال") || w.startsWith("لل")
          || w.startsWith("ل") && w.length() > 3 && definite;
      if (FUNCTION_WORDS.contains(w) || TITLE_WORDS.contains(w) || w.startsWith("و") && j > i
          || j == i && !definite && prepositionalPhrase(w)
          || w.startsWith("بال") && j > i && !vocabulary.contains(w) // بالتساوي, بالمدينة
          || w.length() < 2 || Character.isDigit(w.charAt(0))
          || definite && !def && !vocabulary.contains(w) || given.contains(w) && j > i) {
        break; // after ال words only ال words continue the name (not إريك, not الدكتور)
      }
      definite |= def;
      j++;
    }
    if (j == i) {
      return null;
    }
    String name = words.get(j).text();
    if (type == EntityType.LOC && CommonWords.count(name) >= 500 && !name.startsWith("ال")
        && !vocabulary.contains(name)) {
      return null;
    }
    if (SETTLEMENT_HEADS.contains(words.get(i).text().substring(strip))) {
      return new Span(j, j, 0, type);
    }
    return new Span(i, j, strip, type);
  }

  private static Set<String> folded(String words) {
    Set<String> out = new HashSet<>();
    for (String w : words.split("\\s+")) {
      if (!w.isBlank()) {
        out.add(ArabicNormalizer.fold(w));
      }
    }
    return Collections.unmodifiableSet(out);
  }

  private static Set<String> resourceWords(String name) {
    InputStream in = NamePatterns.class.getResourceAsStream(KnowledgeBase.RESOURCE_DIR + name);
    if (in == null) {
      return Set.of();
    }
    Set<String> out = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(ArabicNormalizer.fold(line));
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot read KB resource " + name, ex);
    }
    return out;
  }
}
