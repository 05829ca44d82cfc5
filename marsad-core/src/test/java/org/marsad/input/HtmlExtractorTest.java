package org.marsad.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  private static final String PAGE = """
      <!DOCTYPE html>
      <html lang="ar" dir="rtl"><head>
      <meta charset="utf-8">
      <title>أردوغان يلتقي السراج | موقع الأخبار</title>
      <meta property="og:title" content="أردوغان يلتقي السراج في إسطنبول">
      <meta property="og:site_name" content="موقع الأخبار">
      <meta property="article:published_time" content="2019-12-15T20:00:00+03:00">
      <link rel="canonical" href="https://news.example/2019/12/15/erdogan-sarraj">
      <script>var tracking = "لا تظهر";</script>
      <style>.x { color: red }</style>
      </head><body>
      <header><nav><a href="/">الرئيسية</a> <a href="/world">العالم</a></nav></header>
      <div class="share-buttons">شارك على فيسبوك</div>
      <main><div class="article-body">
        <h1>أردوغان يلتقي السراج في إسطنبول</h1>
        <p>التقى الرئيس التركي رجب طيب أردوغان، مساء الأحد، مع رئيس المجلس الرئاسي فائز السراج.</p>
        <p>وبحث الجانبان التطورات في ليبيا والتعاون بين البلدين في المجالات الأمنية والعسكرية.</p>
      </div></main>
      <aside class="related">أخبار ذات صلة: عنوان آخر</aside>
      <footer>جميع الحقوق محفوظة</footer>
      </body></html>
      """;

  @Test
  void extractsTitleAndMetadata() {
    HtmlArticle a = HtmlExtractor.extract(PAGE, null);
    assertEquals("أردوغان يلتقي السراج في إسطنبول", a.title());
    assertEquals("موقع الأخبار", a.source());
    assertEquals("2019-12-15T20:00:00+03:00", a.published());
    assertEquals("https://news.example/2019/12/15/erdogan-sarraj", a.url());
  }

  @Test
  void keepsTheArticleParagraphsAsLines() {
    String text = HtmlExtractor.extract(PAGE, null).text();
    assertTrue(text.contains("التقى الرئيس التركي رجب طيب أردوغان، مساء الأحد، مع رئيس المجلس الرئاسي فائز السراج.\n"
        + "وبحث الجانبان"), text);
  }

  @Test
  void dropsScriptsNavigationAndBoilerplate() {
    String text = HtmlExtractor.extract(PAGE, null).text();
    for (String junk : new String[] {"لا تظهر", "الرئيسية", "شارك", "ذات صلة", "الحقوق", "color"}) {
      assertFalse(text.contains(junk), "kept '" + junk + "' in: " + text);
    }
  }

  @Test
  void sniffsHtmlWithoutAnExtension() {
    assertTrue(HtmlExtractor.looksLikeHtml("\n  <!doctype html><html>"));
    assertTrue(HtmlExtractor.looksLikeHtml("<div><body>"));
    assertFalse(HtmlExtractor.looksLikeHtml("قال الوزير إن x < y"));
  }
}
