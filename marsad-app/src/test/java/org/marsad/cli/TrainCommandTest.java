package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {
  @TempDir
  Path dir;

  /** Twenty short sentences, each naming a person and a place, with BIO labels. */
  private Path toyTraining() throws Exception {
    String[] people = {"أحمد", "سالم", "خالد", "فهد", "نادر"};
    String[] places = {"القاهرة", "عمان", "بيروت", "دمشق"};
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      lines.addAll(List.of("وصل O", people[i % people.length] + " B-PERS", "إلى O",
          places[i % places.length] + " B-LOC", "أمس O", ". O", ""));
    }
    return Files.write(dir.resolve("train.txt"), lines, StandardCharsets.UTF_8);
  }

  @Test
  void trainNerWritesAModelThatEvalNerReads() throws Exception {
    Path train = toyTraining();
    Path model = dir.resolve("toy.bin");
    CliRun run = CliRun.of("train", "ner", "--train", train.toString(), "--out", model.toString(),
        "--json");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.size(model) > 0);
    assertTrue(run.out().contains("\"sentences\": 20"), run.out());
    assertTrue(run.out().contains("\"cv_micro\""), run.out());
    CliRun eval = CliRun.of("eval", "ner", "--gold", train.toString(), "--model", model.toString(),
        "--json");
    assertEquals(0, eval.exitCode(), eval.err());
    assertTrue(eval.out().contains("\"PERS\""), eval.out());
  }

  @Test
  void teacherGazetteersWithoutACorpusAreAUsageError() throws Exception {
    CliRun run = CliRun.of("train", "ner", "--train", toyTraining().toString(),
        "--out", dir.resolve("m.bin").toString(), "--teacher-gazetteers", dir.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("--corpus"), run.err());
    assertTrue(!Files.exists(dir.resolve("m.bin")), "nothing is written");
  }

  @Test
  void aTrainingFileWithoutSentencesIsAnInputError() throws Exception {
    Path empty = Files.write(dir.resolve("empty.txt"), List.of(""), StandardCharsets.UTF_8);
    CliRun run = CliRun.of("train", "ner", "--train", empty.toString(),
        "--out", dir.resolve("m.bin").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("empty.txt") && run.err().contains("0 labelled sentences"),
        run.err());
    assertTrue(!Files.exists(dir.resolve("m.bin")), "nothing is written");
  }

  @Test
  void aMissingTrainingFileIsNamed() {
    CliRun run = CliRun.of("train", "ner", "--train", dir.resolve("none.txt").toString(),
        "--out", dir.resolve("m.bin").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("none.txt"), run.err());
  }
}
