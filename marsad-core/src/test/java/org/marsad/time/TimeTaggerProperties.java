package org.marsad.time;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marsad.model.TimeExpression;

/** Invariants that hold on any input: spans point into the text, in order, without overlap. */
class TimeTaggerProperties {
  private static final String WORDS =
      "أمس اليوم غدا الأحد الجمعة مساء صباح الساعة الثالثة عصرا قبل منذ بعد يومين ساعات ثلاثة أيام عام العام 2019 ٢٠١٩"
          + " 15 ديسمبر كانون الأول شوال رمضان 1440 هـ / - : ( ) ، . و ب ال الماضي المقبل كل يوميا مطلع الربع الأول من إلى"
          + " الحادي عشر ونصف والنصف ـ َ ْ لمدة نحو أكثر للعامين والمقبل نفسه نفس النهار خلال يومية انتفاضة";

  @Provide
  Arbitrary<String> arabicNoise() {
    Arbitrary<String> chars = Arbitraries.strings().withCharRange('\u0600', '\u06FF').withChars(" 0123456789/:-.()\n\u0640").ofMaxLength(200);
    Arbitrary<String> words = Arbitraries.of(WORDS.split(" ")).list().ofMaxSize(40).map(l -> String.join(" ", l));
    return Arbitraries.oneOf(chars, words, Arbitraries.strings().ofMaxLength(100));
  }

  @Property(tries = 500)
  void spansAreInOrderNonOverlappingAndMatchTheText(@ForAll("arabicNoise") String text) {
    for (LocalDate published : new LocalDate[] {LocalDate.of(2019, 12, 15), null}) {
      List<TimeExpression> found = ArabicTimeTagger.shared().tag(text, published);
      int previousEnd = 0;
      for (int k = 0; k < found.size(); k++) {
        TimeExpression e = found.get(k);
        if (!e.text().equals(text.substring(e.start(), e.end()))) {
          throw new AssertionError("text mismatch for " + e + " in '" + text + "'");
        }
        if (e.start() < previousEnd || e.end() <= e.start()) {
          throw new AssertionError("overlap or empty span " + e + " in '" + text + "'");
        }
        if (!e.id().equals("t" + (k + 1)) || e.value() == null || e.value().isEmpty()) {
          throw new AssertionError("bad id or value " + e);
        }
        previousEnd = e.end();
      }
    }
  }
}
