package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARTICLE = "التقى الرئيس التركي رجب طيب أوردغان، مساء الأحد، مع فائز السراج.";

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void printsTheDocumentWithItsMetadata() throws Exception {
    Path f = write("a.txt", ARTICLE);
    CliRun run = CliRun.of("analyze", f.toString(), "--published", "2019-12-15", "--id", "doc-1",
        "--title", "عنوان", "--url", "https://x.example/1");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode doc = JSON.readTree(run.out());
    assertEquals("marsad/1", doc.get("schema").asText());
    assertEquals("doc-1", doc.get("id").asText());
    assertEquals("2019-12-15", doc.get("published").asText());
    assertEquals("عنوان", doc.get("title").asText());
    assertEquals("https://x.example/1", doc.get("url").asText());
    assertEquals("ar", doc.get("lang").asText());
    assertEquals(ARTICLE, doc.get("text").asText());
    assertEquals(1, doc.get("sentences").size());
    assertTrue(run.out().endsWith("\n"));
  }

  @Test
  void derivesAStableIdFromTheText() throws Exception {
    Path f = write("a.txt", ARTICLE);
    String id1 = JSON.readTree(CliRun.of("analyze", f.toString()).out()).get("id").asText();
    String id2 = JSON.readTree(CliRun.of("analyze", f.toString()).out()).get("id").asText();
    assertEquals(id1, id2);
    assertTrue(id1.matches("t-[0-9a-f]{16}"), id1);
  }

  @Test
  void addsTokensWithSegmentsOnRequest() throws Exception {
    Path f = write("a.txt", "وبحكومته");
    JsonNode doc = JSON.readTree(CliRun.of("analyze", f.toString(), "--tokens").out());
    JsonNode segments = doc.get("tokens").get(0).get("segments");
    assertEquals(List.of("و", "ب", "حكومة", "ه"),
        List.of(segments.get(0).get("form").asText(), segments.get(1).get("form").asText(),
            segments.get(2).get("form").asText(), segments.get(3).get("form").asText()));
    assertEquals(null, JSON.readTree(CliRun.of("analyze", f.toString()).out()).get("tokens"));
  }

  @Test
  void indentsWithPretty() throws Exception {
    Path f = write("a.txt", ARTICLE);
    assertTrue(CliRun.of("analyze", f.toString(), "--pretty").out().contains("\n  \"schema\""));
  }

  @Test
  void emptyFileIsAnInputError() throws Exception {
    Path f = write("empty.txt", "   \n");
    CliRun run = CliRun.of("analyze", f.toString());
    assertEquals(2, run.exitCode());
    assertEquals("marsad: no text in " + f + "\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void binaryFileIsAnInputError() throws Exception {
    Path f = dir.resolve("image.png");
    Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
    CliRun run = CliRun.of("analyze", f.toString());
    assertEquals(2, run.exitCode());
    assertEquals("marsad: " + f + ": not a text file (PNG image)\n", run.err());
  }

  @Test
  void invalidBytesAreReplacedWithAWarning() throws Exception {
    Path f = dir.resolve("bad.txt");
    byte[] text = ARTICLE.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + 1];
    System.arraycopy(text, 0, bytes, 0, text.length);
    bytes[text.length] = (byte) 0xC3;
    Files.write(f, bytes);
    CliRun run = CliRun.of("analyze", f.toString());
    assertEquals(0, run.exitCode());
    assertTrue(run.err().startsWith("marsad: warning: " + f + ": 1 invalid UTF-8 byte"), run.err());
    assertEquals(ARTICLE + "\uFFFD", JSON.readTree(run.out()).get("text").asText());
  }

  @Test
  void missingPathIsAnInputErrorNamingIt() {
    CliRun run = CliRun.of("analyze", dir.resolve("missing.txt").toString());
    assertEquals(2, run.exitCode());
    assertEquals("marsad: " + dir.resolve("missing.txt") + ": no such file\n", run.err());
  }

  @Test
  void directoryIsAnInputErrorNamingIt() {
    CliRun run = CliRun.of("analyze", dir.toString());
    assertEquals(2, run.exitCode());
    assertEquals("marsad: " + dir + ": is a directory, not a file\n", run.err());
  }

  @Test
  void unreadableFileIsAnInputErrorNamingIt() throws Exception {
    Path f = write("secret.txt", ARTICLE);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(f), "running as root: permissions are not enforced");
    CliRun run = CliRun.of("analyze", f.toString());
    assertEquals(2, run.exitCode());
    assertEquals("marsad: " + f + ": permission denied\n", run.err());
  }

  @Test
  void fileThatFailsToReadIsAnInputErrorNamingIt() {
    // /proc/self/mem exists and looks readable, but reading it from offset 0 fails (EIO), even for
    // root: the portable stand-in for a disk error.
    Path mem = Path.of("/proc/self/mem");
    Assumptions.assumeTrue(Files.exists(mem), "needs Linux /proc");
    CliRun run = CliRun.of("analyze", mem.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().startsWith("marsad: " + mem + ": cannot read ("), run.err());
  }

  @Test
  void inputOverTheSizeLimitIsAnInputErrorNamingTheLimit() throws Exception {
    Path f = write("big.txt", ARTICLE.repeat(100));
    CliRun run = CliRun.of("analyze", f.toString(), "--max-size", "1KB");
    assertEquals(2, run.exitCode());
    assertEquals("marsad: " + f + ": input is larger than the limit of 1 KB (use --max-size to raise it)\n",
        run.err());
  }

  @Test
  void badPublicationDateIsAnInputErrorNamingIt() throws Exception {
    Path f = write("a.txt", ARTICLE);
    CliRun run = CliRun.of("analyze", f.toString(), "--published", "15/12/2019");
    assertEquals(2, run.exitCode());
    assertEquals("marsad: --published: '15/12/2019' is not a valid date (expected YYYY-MM-DD)\n", run.err());
  }

  @Test
  void usageErrorsExitWithOne() {
    assertEquals(1, CliRun.of("analyze", "--no-such-option").exitCode());
    assertEquals(1, CliRun.of("analyze").exitCode());
    assertEquals(1, CliRun.of("analyze", "a.txt", "--max-size", "lots").exitCode());
    assertEquals(1, CliRun.of("analyze", "a.txt", "--encoding", "klingon").exitCode());
    assertEquals(1, CliRun.of().exitCode());
  }

  @Test
  void helpAndVersionWorkEverywhere() {
    CliRun help = CliRun.of("analyze", "--help");
    assertEquals(0, help.exitCode());
    assertTrue(help.out().contains("--published"));
    CliRun version = CliRun.of("--version");
    assertEquals(0, version.exitCode());
    assertTrue(version.out().startsWith("marsad "), version.out());
    assertEquals(0, CliRun.of("analyze", "--version").exitCode());
  }

  @Test
  void nonArabicTextStillYieldsAValidDocumentWithItsLanguage() throws Exception {
    Path f = write("en.txt", "The Turkish president met the head of the Presidential Council in Istanbul.");
    CliRun run = CliRun.of("analyze", f.toString());
    assertEquals(0, run.exitCode());
    assertEquals("en", JSON.readTree(run.out()).get("lang").asText());
  }

  @Test
  void readsWindows1256Files() throws Exception {
    Path f = dir.resolve("legacy.txt");
    Files.write(f, ARTICLE.getBytes("windows-1256"));
    assertEquals(ARTICLE, JSON.readTree(CliRun.of("analyze", f.toString()).out()).get("text").asText());
  }
}
