package org.marsad.input;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Extracts the title and the main text of a news page with jsoup.
 *
 * <p>Scripts, styles, navigation, headers, footers, forms, asides and elements whose class or id
 * names boilerplate (menu, share, comments, related, ads, ...) are dropped. The main text is the
 * {@code <article>} element when there is one, else the element whose paragraphs hold the most
 * text (paragraph text counts fully for its parent and half for its grandparent, as Readability
 * scores). Block elements become lines. Metadata comes from Open Graph and article meta tags.
 *
 * <p>Thread-safe and stateless.
 */
public final class HtmlExtractor {
  private static final Pattern BOILERPLATE = Pattern.compile(
      "(?i)(^|[-_ ])(nav|navbar|menu|footer|header|sidebar|aside|comment|comments|share|sharing|"
          + "social|related|breadcrumb|breadcrumbs|advert|ads|ad|promo|cookie|subscribe|newsletter|"
          + "widget|tags|popular|most-read|trending)([-_ ]|$)");
  private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, div";

  private HtmlExtractor() {}

  /** Whether a text looks like HTML (for inputs without an .html extension). */
  public static boolean looksLikeHtml(String text) {
    int n = Math.min(text.length(), 2048);
    String head = text.substring(0, n).stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html")
        || head.startsWith("<?xml") && head.contains("<html")
        || head.startsWith("<") && (head.contains("<body") || head.contains("<head"));
  }

  public static HtmlArticle extract(String html, String baseUri) {
    Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
    String title = firstNonBlank(meta(doc, "og:title"), firstText(doc, "article h1"),
        firstText(doc, "h1"), doc.title());
    String url = firstNonBlank(meta(doc, "og:url"), doc.select("link[rel=canonical]").attr("href"));
    String published = firstNonBlank(meta(doc, "article:published_time"), meta(doc, "pubdate"),
        meta(doc, "date"), doc.select("time[datetime]").attr("datetime"));
    String source = meta(doc, "og:site_name");
    doc.select("script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, "
        + "button, select, input, figure figcaption").remove();
    for (Element e : doc.body() == null ? new Elements() : doc.body().select("[class], [id]")) {
      if (isBoilerplate(e)) {
        e.remove();
      }
    }
    Element main = mainElement(doc);
    String text = main == null ? "" : blockText(main);
    return new HtmlArticle(blankToNull(title), text, blankToNull(url), blankToNull(published),
        blankToNull(source));
  }

  private static boolean isBoilerplate(Element e) {
    if (e.tagName().equals("body") || e.tagName().equals("article") || e.tagName().equals("main")) {
      return false;
    }
    return BOILERPLATE.matcher(e.className()).find() || BOILERPLATE.matcher(e.id()).find();
  }

  private static Element mainElement(Document doc) {
    Elements articles = doc.select("article");
    if (articles.size() == 1 && articles.first().text().length() > 200) {
      return articles.first();
    }
    Map<Element, Integer> scores = new IdentityHashMap<>();
    for (Element p : doc.select("p")) {
      int len = p.text().length();
      if (len < 25) {
        continue;
      }
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, len, Integer::sum);
        Element grand = parent.parent();
        if (grand != null) {
          scores.merge(grand, len / 2, Integer::sum);
        }
      }
    }
    Element best = null;
    int bestScore = 0;
    for (var e : scores.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    if (best != null) {
      return best;
    }
    return doc.body();
  }

  /** The element's text with one line per block element, so sentences break where paragraphs do. */
  static String blockText(Element root) {
    StringBuilder out = new StringBuilder();
    Elements blocks = root.select(BLOCKS);
    boolean any = false;
    for (Element b : blocks) {
      if (!b.select(BLOCKS).stream().skip(1).findAny().isPresent()) {
        String t = b.text().strip();
        if (!t.isEmpty()) {
          out.append(t).append('\n');
          any = true;
        }
      }
    }
    if (!any) {
      out.append(root.text());
    }
    return out.toString().strip();
  }

  private static String meta(Document doc, String name) {
    Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
    return e == null ? null : e.attr("content");
  }

  private static String firstText(Document doc, String css) {
    Element e = doc.selectFirst(css);
    return e == null ? null : e.text();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
