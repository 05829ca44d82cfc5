package org.marsad.events;

import java.util.HashSet;
import java.util.Set;

/**
 * Closed-class words that steer argument, modality and attribution decisions, in the matching
 * fold. Small and stable, so kept in code rather than in a lexicon file.
 */
final class Cues {
  private Cues() {}

  /** Complementizers opening reported content: إن، أن، بأن، إنه، أنها ... */
  static final Set<String> COMPLEMENTIZERS = Set.of("ان", "بان", "انه", "انها", "انهم", "انهما",
      "بانه", "بانها", "بانهم", "لان", "وان", "وانه");
  static final Set<String> RELATIVES = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين",
      "اللواتي", "اللاتي", "اللذان", "اللتان");
  static final Set<String> NEGATIONS = Set.of("لم", "لن", "لا", "ليس", "ليست", "ليسوا", "لست",
      "عدم", "دون", "بدون", "ولم", "ولن", "ولا", "فلم", "فلن", "وعدم", "بعدم", "لعدم", "غير");
  /** Negating governors: نفى X أن يكون ... */
  static final Set<String> DENIALS = forms(Set.of("نفى", "ينفي"));
  static final Set<String> FUTURES = Set.of("سوف", "وسوف", "يعتزم", "تعتزم", "يعتزمون", "ينوي",
      "تنوي", "ينوون", "المقرر", "المتوقع", "المرتقب", "يتوقع", "ويتوقع", "يزمع", "تزمع", "سيتم",
      "وسيتم", "ستتم");
  static final Set<String> CONDITIONALS = Set.of("اذا", "واذا", "فاذا", "لو", "ولو", "حال",
      "حاله", "لولا");
  /** The particle قد: with an imperfect verb it marks possibility. */
  static final Set<String> QAD = Set.of("قد", "وقد", "فقد", "لقد");
  /** Verbs of saying that introduce reported speech (with their inflections). */
  static final Set<String> SPEECH = forms(Set.of("قال", "يقول", "اكد", "يؤكد", "اعلن", "يعلن",
      "ذكر", "يذكر", "اضاف", "يضيف", "اوضح", "يوضح", "صرح", "يصرح", "افاد", "يفيد", "اشار",
      "يشير", "اعتبر", "يعتبر", "كشف", "يكشف", "زعم", "يزعم", "نفى", "ينفي", "ابلغ", "يبلغ",
      "شدد", "يشدد", "لفت", "يلفت", "نقل", "ينقل", "ادعى", "يدعي", "راى", "يري", "تابع", "يتابع",
      "اعتبرت", "افادت", "نقلت", "جدد", "يجدد"));
  /**
   * Verbs of stating whose named speaker makes a public statement (CAMEO 010) when the content
   * reports no event; the reporting verbs of agencies (أفاد، ذكر، نقل) are not among them.
   */
  static final Set<String> STATEMENTS = forms(Set.of("قال", "يقول", "اكد", "يؤكد", "اضاف",
      "يضيف", "اوضح", "يوضح", "صرح", "يصرح", "اعتبر", "يعتبر", "زعم", "يزعم", "نفى", "ينفي",
      "شدد", "يشدد", "لفت", "يلفت", "ادعى", "يدعي", "راى", "يري", "تابع", "يتابع", "اعتبرت",
      "جدد", "يجدد"));
  /** Stems (folded, matched inside words) of reported content that disapproves: CAMEO 111. */
  static final java.util.List<String> DISAPPROVAL = folded("تخريب", "جرائم", "جريمة", "باطلة",
      "استفزازي", "انقلاب", "انقلبت", "عدوان", "مسيئة", "شرعية");
  /** Stems of reported content about cooperation and relations: CAMEO 030. */
  static final java.util.List<String> COOPERATION = folded("التعاون", "تطوير", "تعزيز",
      "العلاقات");

  /** Whole words (folded) of reported content that praises: CAMEO 051. */
  static final Set<String> PRAISE = Set.of("وقفت", "وقفوا", "تقف", "يقف", "الجهود", "جهود",
      "بجهود", "الصادقه", "تقدير", "التقدير", "بالتقدير", "الشكر", "شكر", "ممتنون", "الداعمه",
      "الايجابي", "الايجابيه", "المشرف", "المشرفه", "ثقه", "بالثقه", "الثقه");
  /**
   * Whole words (folded) of reported content that threatens: CAMEO 130 (ستتم مواجهته، سيرد بكل
   * قسوة، القبضة الحديدية، سيدفع الثمن).
   */
  static final Set<String> THREAT = Set.of("مواجهته", "مواجهتهم", "سنواجه", "سيواجه", "سيواجهون",
      "سيرد", "سنرد", "قسوه", "بقسوه", "بحزم", "الحديديه", "عواقب", "وخيمه", "سيدفع", "سيدفعون",
      "سندفع", "سنلاحق", "سيلاحق", "سنضرب", "سيضرب", "سنسحق", "سيسحق");

  /**
   * Participles of stating that add a statement of the sentence's speaker (the adverbial حال):
   * folded, without و/ف → their own code, or "" when the content decides.
   */
  static final java.util.Map<String, String> PARTICIPLES = participles();
  /** Words between a participle of stating and its content: إلى أن، على، إياها بأنها. */
  static final Set<String> CONTENT_OPENERS = Set.of("الي", "علي", "اياها", "اياه", "اياهم", "ب",
      "الى");

  private static java.util.Map<String, String> participles() {
    java.util.Map<String, String> m = new java.util.HashMap<>();
    for (String w : new String[] {"مشددا", "مؤكدا", "معتبرا", "واصفا", "مشيرا", "مضيفا",
        "لافتا", "موضحا", "معربا"}) {
      String f = Words.fold(w);
      String stem = f.substring(0, f.length() - 1);
      m.put(f, "");
      m.put(stem, "");
      m.put(stem + "ه", ""); // مشيرة (folded ة)
    }
    for (String w : new String[] {"منوها", "مشيدا", "مثمنا"}) {
      String f = Words.fold(w);
      String stem = f.substring(0, f.length() - 1);
      m.put(f, "051");
      m.put(stem, "051");
      m.put(stem + "ه", "051");
    }
    return java.util.Map.copyOf(m);
  }

  private static java.util.List<String> folded(String... stems) {
    return java.util.Arrays.stream(stems).map(Words::fold).toList();
  }
  /** Source phrases: بحسب X، وفق X، نقلا عن X. */
  static final Set<String> ACCORDING = Set.of("بحسب", "وبحسب", "حسب", "وحسب", "وفق", "وفقا",
      "ووفق", "ووفقا", "طبقا", "نقلا", "عن");
  /** Support verbs that take an event noun: شن هجوما، نفذ ضربات، نظم مظاهرة، قام بـ. */
  static final Set<String> SUPPORT = forms(Set.of("شن", "يشن", "نفذ", "ينفذ", "قام", "يقوم",
      "اجرى", "يجري", "عقد", "يعقد", "نظم", "ينظم", "واصل", "يواصل", "تابع", "يتابع", "بدا",
      "يبدا", "خاض", "يخوض",
      "شارك", "يشارك", "اطلق", "يطلق", "وجه", "يوجه", "جدد", "يجدد", "اصدر", "يصدر", "ارتكب",
      "يرتكب", "تبنى", "يتبنى", "اعلن", "يعلن", "قاد", "يقود", "سير", "يسير", "اقدم", "يقدم"));
  /** Verbs of undergoing: تعرض X لهجوم (X is the target of the attack). */
  static final Set<String> UNDERGO = forms(Set.of("تعرض", "يتعرض"));
  /** Markers of a passive event noun: تم استهداف X، جرى اعتقال X. */
  static final Set<String> PASSIVE = forms(Set.of("تم", "يتم", "جرى", "يجري"));
  /** Verbs after a meeting noun: لقاء جمع X مع Y. */
  static final Set<String> GATHER = forms(Set.of("جمع", "يجمع", "ضم", "يضم"));
  /** Introducers of the agent of a passive: من قبل، على يد، بواسطة. */
  static final Set<String> AGENTIVE_HEADS = Set.of("قبل", "يد", "ايدي", "بواسطه");
  /** Words that govern a place: في، ب، جنوب، شمال ... */
  static final Set<String> PLACE_CUES = Set.of("في", "وفي", "بمدينه", "مدينه", "بلده", "قريه",
      "محافظه", "ولايه", "منطقه", "العاصمه", "جنوب", "شمال", "شرق", "غرب", "وسط", "جنوبي",
      "شمالي", "شرقي", "غربي", "قرب", "بالقرب", "داخل", "امام", "اطراف", "ضواحي", "مخيم", "حي",
      "بلدات", "مدن", "مناطق", "انحاء", "الي", "من");
  static final Set<String> CONJ = Set.of("و");
    static final Set<String> QUANTITY = Set.of("عدد", "نحو", "حوالي", "قرابه", "اكثر", "عشرات",
      "مئات", "الاف", "اثنين", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه",
      "عشره", "شخصا", "شخص", "اشخاص");

  private static Set<String> forms(Set<String> stems) {
    Set<String> out = new HashSet<>();
    for (String s : stems) {
      String f = Words.fold(s);
      if (f.startsWith("ي")) {
        out.addAll(Words.imperfectForms(f));
      } else {
        out.addAll(Words.perfectForms(f));
      }
    }
    return Set.copyOf(out);
  }
}
