package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalAndKbCommandsTest {
  @TempDir
  Path dir;

  @Test
  void evalTimesScoresACaseFilePerCategory() throws Exception {
    Path cases = Files.write(dir.resolve("cases.tsv"), List.of(
        "relative\tوصل الوفد أمس السبت.\t2019-12-15\tأمس السبت\tDATE\t2019-12-14",
        "numeric\tوقع الحادث في 23/12/2015.\t-\t23/12/2015\tDATE\t2015-12-23"), StandardCharsets.UTF_8);
    CliRun run = CliRun.of("eval", "times", cases.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("ALL"), run.out());
    assertTrue(run.out().contains("100.00%"), run.out());
  }

  @Test
  void evalTimesNamesTheLineOfAMalformedCase() throws Exception {
    Path cases = Files.write(dir.resolve("bad.tsv"), List.of("only\ttwo"), StandardCharsets.UTF_8);
    CliRun run = CliRun.of("eval", "times", cases.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("line 1"), run.err());
  }

  @Test
  void evalNerScoresACoNLLFileAsJson() throws Exception {
    Path gold = Files.write(dir.resolve("gold.txt"), List.of(
        "التقى O", "الرئيس O", "رجب B-PERS", "طيب I-PERS", "أردوغان I-PERS", "في O", "أنقرة B-LOC", ". O", ""),
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("eval", "ner", "--gold", gold.toString(), "--json");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("{\"micro\": {\"precision\""), run.out());
    assertTrue(run.out().contains("\"LOC\""), run.out());
  }

  @Test
  void evalNerRejectsAnUnknownLabelNamingTheLine() throws Exception {
    Path gold = Files.write(dir.resolve("gold.txt"), List.of("كلمة O", "أخرى B-FOO"), StandardCharsets.UTF_8);
    CliRun run = CliRun.of("eval", "ner", "--gold", gold.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("line 2"), run.err());
  }

  @Test
  void evalNerNamesACorruptModelFile() throws Exception {
    Path gold = Files.write(dir.resolve("gold.txt"), List.of("كلمة O", ""), StandardCharsets.UTF_8);
    Path model = Files.write(dir.resolve("model.bin"), new byte[] {1, 2, 3});
    CliRun run = CliRun.of("eval", "ner", "--gold", gold.toString(), "--model", model.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains(model.toString()), run.err());
  }

  @Test
  void kbLookupResolvesATitleByDate() {
    CliRun y2019 = CliRun.of("kb", "lookup", "الرئيس", "التركي", "--date", "2019-12-15");
    assertEquals(0, y2019.exitCode(), y2019.err());
    assertTrue(y2019.out().contains("Q39259"), y2019.out());
    assertTrue(y2019.out().contains("TURGOV"), y2019.out());
  }

  @Test
  void kbLookupWithAMalformedUserKbIsAnInputError() throws Exception {
    Path kb = Files.writeString(dir.resolve("mine.tsv"), "not a kb file\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("kb", "lookup", "أردوغان", "--kb", kb.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("marsad: "), run.err());
    assertTrue(run.err().contains("mine.tsv"), run.err());
  }

  @Test
  void evalEventsVerboseListsTheSentencesItGotWrong() throws Exception {
    // written for this test: a protest coded as one, and an assault sentence with no trigger
    Path gsr = Files.write(dir.resolve("gsr.jsonl"), List.of(
        "{\"id\": \"p1\", \"category\": \"PROTEST\", \"text\": \"تظاهر آلاف الطلاب أمس في"
            + " القاهرة.\", \"published\": \"2008-01-02\", \"events\": []}",
        "{\"id\": \"a1\", \"category\": \"ASSAULT\", \"text\": \"كان الطقس حارا أمس.\","
            + " \"published\": \"2008-01-02\", \"events\": []}"), StandardCharsets.UTF_8);
    CliRun quiet = CliRun.of("eval", "events", "--gsr", gsr.toString());
    assertEquals(0, quiet.exitCode(), quiet.err());
    assertTrue(quiet.out().contains("PLOVER type found        0.500"), quiet.out());
    assertTrue(!quiet.out().contains("a1\t"), quiet.out());
    CliRun verbose = CliRun.of("eval", "events", "--gsr", gsr.toString(), "-v");
    assertEquals(0, verbose.exitCode(), verbose.err());
    assertTrue(verbose.out().contains("a1\tASSAULT\tgold=None\tgot=None"), verbose.out());
    assertTrue(!verbose.out().contains("p1\t"), "a right sentence is not listed: " + verbose.out());
  }

  @Test
  void evalArticlesNeedsAnExistingDirectory() {
    CliRun run = CliRun.of("eval", "articles", "--gold-dir", dir.resolve("none").toString());
    assertEquals(2, run.exitCode());
    assertEquals("marsad: " + dir.resolve("none") + ": no such directory\n", run.err());
  }

  @Test
  void commandGroupsWithoutASubcommandAreUsageErrors() {
    assertEquals(1, CliRun.of("eval").exitCode());
    assertEquals(1, CliRun.of("kb").exitCode());
    assertEquals(1, CliRun.of("train").exitCode());
    assertEquals(1, CliRun.of("bench").exitCode());
  }
}
