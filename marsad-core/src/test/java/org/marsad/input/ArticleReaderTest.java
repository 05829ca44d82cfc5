package org.marsad.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
  @TempDir
  Path dir;

  private final ArticleReader reader = new ArticleReader(null, ArticleReader.DEFAULT_MAX_BYTES);

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void readsAPlainTextFile() throws Exception {
    assertEquals("نص الخبر.", reader.read(write("a.txt", "نص الخبر.")).text());
  }

  @Test
  void refusesAnEmptyOrWhitespaceOnlyFile() throws Exception {
    Path empty = write("empty.txt", "");
    assertEquals("no text in " + empty, assertThrows(InputException.class, () -> reader.read(empty)).getMessage());
    Path blank = write("blank.txt", " \n\t\u200F\n");
    assertEquals("no text in " + blank, assertThrows(InputException.class, () -> reader.read(blank)).getMessage());
  }

  @Test
  void namesAMissingPath() {
    Path missing = dir.resolve("nope.txt");
    assertEquals(missing + ": no such file",
        assertThrows(InputException.class, () -> reader.read(missing)).getMessage());
  }

  @Test
  void refusesADirectory() {
    assertEquals(dir + ": is a directory, not a file",
        assertThrows(InputException.class, () -> reader.read(dir)).getMessage());
  }

  @Test
  void refusesInputOverTheLimitNamingIt() throws Exception {
    Path big = write("big.txt", "ا".repeat(2000));
    ArticleReader small = new ArticleReader(null, 1024);
    assertEquals(big + ": input is larger than the limit of 1 KB (use --max-size to raise it)",
        assertThrows(InputException.class, () -> small.read(big)).getMessage());
    ArticleReader bytes = new ArticleReader(null, 1000);
    assertThrows(InputException.class,
        () -> bytes.read(new ByteArrayInputStream(new byte[1001]), "stdin"));
  }

  @Test
  void extractsHtmlByExtensionAndBySniffing() throws Exception {
    String html = "<html><head><title>عنوان</title></head><body><article><p>"
        + "نص الخبر الرئيسي ".repeat(20) + "</p></article></body></html>";
    RawArticle byExtension = reader.read(write("page.html", html));
    RawArticle bySniffing = reader.read(write("page.txt", html));
    assertEquals("عنوان", byExtension.title());
    assertEquals(byExtension.text(), bySniffing.text());
    assertEquals(("نص الخبر الرئيسي ".repeat(20)).strip(), byExtension.text());
  }

  @Test
  void decodesLegacyHtmlByItsMetaCharset() throws Exception {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">"
        + "<title>خبر</title></head><body><p>" + "التقى الرئيس بالوفد في العاصمة. ".repeat(3) + "</p></body></html>";
    Path p = dir.resolve("legacy.html");
    Files.write(p, html.getBytes(TextDecoder.WINDOWS_1256));
    RawArticle a = reader.read(p);
    assertEquals("خبر", a.title());
    assertEquals(("التقى الرئيس بالوفد في العاصمة. ".repeat(3)).strip(), a.text());
  }
}
