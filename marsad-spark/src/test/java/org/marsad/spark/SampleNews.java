package org.marsad.spark;

/**
 * News sentences the Spark tests build their documents from: a meeting, a condemnation, a threat,
 * an air strike, a call for a ceasefire, and one with no event.
 */
final class SampleNews {
  static final String[] SENTENCES = {
    "التقى الرئيس التركي رجب طيب أردوغان رئيس حكومة الوفاق فائز السراج في إسطنبول يوم الأحد.",
    "أدان وزير الخارجية المصري سامح شكري الهجوم على السفارة في طرابلس أمس.",
    "هدد الحوثيون بشن هجمات جديدة على السعودية.",
    "قتل عشرة أشخاص في غارة جوية شنتها طائرات التحالف على صنعاء.",
    "دعا الأمين العام للأمم المتحدة إلى وقف إطلاق النار في ليبيا.",
    "ارتفعت أسعار النفط في الأسواق العالمية.",
  };

  private SampleNews() {}

  /** The {@code i}-th document text: a sentence in turn, with a toll that differs per document. */
  static String text(int i) {
    return SENTENCES[i % SENTENCES.length] + " وقال مصدر إن الحصيلة بلغت " + (i + 3) + " حتى المساء.";
  }
}
