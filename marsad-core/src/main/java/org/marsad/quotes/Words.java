package org.marsad.quotes;

import java.util.Set;

/** Folded function words the quote rules look at. */
final class Words {
  private Words() {}

  static final int COMP = 1;
  static final int ADVERB = 2;
  static final int STOP = 4;
  static final int ADDRESSEE = 8;
  static final int NAME_CTX = 16;
  static final int SOURCE = 32;
  static final int STATEMENT = 64;
  static final int ISSUED_BIT = 128;
  static final int RELATIVE = 256;
  static final int INTRO = 512;

  /** Complementizers that open a reported clause: إن، أن، أنه، بأن … (folded, so إن = أن). */
  static final Set<String> COMPLEMENTIZERS = Set.of("ان", "انه", "انها", "انهم", "انهما", "انهن",
      "انني", "انا", "اننا", "بان", "بانه", "بانها", "بانهم", "بانهما", "وان", "فان");

  /** Words between a cue and its subject: times and adverbs (طالب أمس الفريق …). */
  static final Set<String> ADVERBS = Set.of("امس", "اليوم", "غدا", "الاثنين", "الثلاثاء",
      "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد", "مساء", "صباح", "ظهر", "ليله", "الليله",
      "ايضا", "كذلك", "بدوره", "بدورها", "بدورهم", "مجددا", "اخيرا", "سابقا", "حينها", "حينذاك",
      "ظهيره");

  /** Words that end a speaker's noun phrase. */
  static final Set<String> SUBJECT_STOPS = Set.of("في", "خلال", "لدي", "عبر", "امام", "علي", "عن",
      "من", "الي", "بعد", "قبل", "اثناء", "حول", "مع", "ضمن", "منذ", "عقب", "اثر", "وفق", "وفقا",
      "بحسب", "حسب", "بصفته", "بصفتها", "بوصفه", "بوصفها", "قائلا", "ل", "ب", "عندما", "حين", "الذي",
      "التي", "الذين", "اللذين", "اللتين", "ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "اول",
      "وسط", "تعليقا", "ردا", "وذلك", "حيث", "لكن", "لكنه", "ولكن", "كما", "اذ", "الا", "و", "ف",
      "مضيفا", "مشيرا", "مؤكدا", "قوله", "قولها", "قولهم", "تاكيده", "تاكيدها");

  /** Media and audience nouns after ل: the addressee of a statement, not its speaker. */
  static final Set<String> ADDRESSEES = Set.of("صحيفه", "وكاله", "قناه", "موقع", "وسائل", "صحفيين",
      "صحافيين", "الصحفيين", "الصحافيين", "تلفزيون", "اذاعه", "مراسل", "شبكه", "جريده", "مجله",
      "وكالات", "صحف", "ممثلي", "اعضاء", "الصحيفه", "الوكاله", "القناه", "الموقع", "التلفزيون",
      "الاذاعه", "المراسل", "الشبكه", "الجريده", "المجله", "المراسلين", "مراسلين", "الاعلام", "اعلام");

  /** Nouns before a quotation that make it a name: منظمة «…»، صحيفة «…». */
  static final Set<String> NAME_CONTEXT = Set.of("منظمه", "صحيفه", "قناه", "وكاله", "موقع", "حزب",
      "حركه", "تنظيم", "جماعه", "مؤسسه", "مركز", "شبكه", "برنامج", "عمليه", "مجموعه", "جمعيه",
      "جريده", "مجله", "كتاب", "فيلم", "شركه", "هيئه", "ائتلاف", "تحالف", "كتله", "تيار", "مبادره",
      "مشروع", "حمله", "اسم", "شعار", "وسم", "هاشتاغ", "هاشتاج", "لقب", "مسمي", "رسميا", "ل", "ب",
      "ك", "منصه", "تطبيق", "موقعه", "معركه", "كتيبه", "لواء", "فرقه", "مليشيا", "مليشيات", "فصيل");

  /** Words right before a quotation that introduce it as a statement: لأنه «…»، بأنها «…». */
  static final Set<String> INTRODUCERS = Set.of("لان", "لانه", "لانها", "لانهم", "كونه", "كونها",
      "بمثابه", "ب", "قائلا", "قائله", "قائلين", "بقوله", "بقولها", "قوله", "قولها");

  /** Relative pronouns: a cue after them heads a relative clause (الذي نقل، التي قال إن …). */
  static final Set<String> RELATIVES = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي");

  /** Source markers: بحسب X، وفق X، نقلا عن X. */
  static final Set<String> SOURCE_MARKERS = Set.of("بحسب", "حسب", "وبحسب", "وحسب", "وفق", "ووفق",
      "وفقا", "ووفقا", "طبقا", "وطبقا", "نقلا", "ونقلا");

  /** Nouns for a statement: البيان، التصريح … */
  static final Set<String> STATEMENTS = Set.of("بيان", "البيان", "بيانا", "تصريح", "التصريح",
      "تصريحات", "التصريحات", "تقرير", "التقرير", "بلاغ", "البلاغ", "رساله", "الرساله", "تغريده",
      "التغريده", "منشور", "المنشور", "بيانات", "البيانات", "احصاءات", "الاحصاءات", "ارقام",
      "الارقام", "معطيات", "المعطيات");

  /** صادر / الصادر: بيان صادر عن X. */
  static final Set<String> ISSUED = Set.of("صادر", "الصادر", "صادرا", "الصادره", "صادره", "صدر", "صدرت",
      "صادرين", "الصادرين");

  /**
   * Every folded form of the sets above with the bits of the sets it belongs to, the clitic
   * variants included (لصحيفة، للصحفيين، والمنظمة، وبيان), for one allocation-free lookup per token.
   */
  static final org.marsad.internal.lex.CharKeyMap<Integer> CLASSES = classes();

  private static org.marsad.internal.lex.CharKeyMap<Integer> classes() {
    java.util.Map<String, Integer> m = new java.util.HashMap<>();
    java.util.function.BiConsumer<String, Integer> put = (w, bit) -> m.merge(w, bit, (a, b) -> a | b);
    COMPLEMENTIZERS.forEach(w -> put.accept(w, COMP));
    ADVERBS.forEach(w -> put.accept(w, ADVERB));
    SUBJECT_STOPS.forEach(w -> put.accept(w, STOP));
    SOURCE_MARKERS.forEach(w -> put.accept(w, SOURCE));
    ISSUED.forEach(w -> put.accept(w, ISSUED_BIT));
    RELATIVES.forEach(w -> put.accept(w, RELATIVE));
    INTRODUCERS.forEach(w -> put.accept(w, INTRO));
    for (String w : ADDRESSEES) {
      String bare = w.startsWith("ال") ? w.substring(2) : w;
      put.accept("ل" + w, ADDRESSEE);
      put.accept("لل" + bare, ADDRESSEE);
    }
    for (String w : NAME_CONTEXT) {
      for (String p : new String[] {"", "و", "ال", "وال"}) {
        put.accept(p + w, NAME_CTX);
      }
    }
    for (String w : STATEMENTS) {
      for (String p : new String[] {"", "و", "ب", "ل", "ف"}) {
        put.accept(p + w, STATEMENT);
      }
    }
    org.marsad.internal.lex.CharKeyMap<Integer> out = new org.marsad.internal.lex.CharKeyMap<>();
    m.forEach(out::put);
    return out;
  }
}
