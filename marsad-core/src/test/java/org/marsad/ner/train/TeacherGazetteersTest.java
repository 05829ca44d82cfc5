package org.marsad.ner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ner.Lexicon;

class TeacherGazetteersTest {
  @TempDir
  Path dir;

  private void write(String path, String text) throws IOException {
    Path f = dir.resolve(path);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
  }

  @Test
  void readsEachSourceIntoItsOwnTeacherClass() throws IOException {
    write("anergazet/AlignedPersGazetteer.txt", "محفوظ\n====\nفرويد\n");
    write("anergazet/AlignedOrgGazetteer.txt", "الزمالك\n");
    write("gate_arabic/male_names.lst", "\uFEFFأحمد\nابو  بكر\n");
    write("gate_arabic/titles.lst", "\uFEFFفخامة\n");
    write("gate_arabic/months.lst", "يناير\n");
    write("anetac/EN-AR_Named-entities.txt",
        "PERSON Freud فرويد\nORGANIZATION OPEC اوبك\nLOCATION Paris\nDATE May مايو\n");

    List<String> lines = TeacherGazetteers.read(dir);

    assertEquals(List.of("AG_PER\tمحفوظ", "AG_PER\tفرويد", "AG_ORG\tالزمالك", "GATE_PER\tأحمد",
        "GATE_PER\tابو بكر", "GATE_TITLE\tفخامة", "ANETAC_PER\tفرويد", "ANETAC_ORG\tاوبك"), lines);
    for (String line : lines) {
      assertTrue(Lexicon.TEACHER_CLASSES.contains(line.substring(0, line.indexOf('\t'))), line);
    }
  }

  @Test
  void readsTheWordsOfAHunspellWordListIntoTheDictionaryTeacherClass() throws IOException {
    // Ayaspell's ar.dic: a count line, section headers, then word/FLAGS lines
    write("ar.dic", "5\t1\n::::::::::::::\nstopwords.dic\n::::::::::::::\nبيد\n"
        + "فرنسا/60\nكتاب/12\nفرنسا/61\n");
    List<String> lines = TeacherGazetteers.readDictionary(dir.resolve("ar.dic"));
    assertEquals(List.of("DICT_WORD\tبيد", "DICT_WORD\tفرنسا", "DICT_WORD\tكتاب"), lines);
    assertTrue(Lexicon.TEACHER_CLASSES.contains("DICT_WORD"), "never shipped in a model");
  }

  @Test
  void aDirectoryWithoutAnyListIsAnError() throws IOException {
    write("README.md", "nothing here\n");
    IOException e = assertThrows(IOException.class, () -> TeacherGazetteers.read(dir));
    assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
  }
}
