package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerModelTest {
  @TempDir
  Path dir;

  private static NerModel tiny() {
    int bits = 8;
    float[] w = new float[(1 << bits) * Labels.COUNT];
    for (int i = 0; i < w.length; i += 7) {
      w[i] = (i % 13) - 6;
    }
    float[] t = new float[(Labels.COUNT + 1) * Labels.COUNT];
    t[3] = 1.5f;
    return new NerModel(bits, w, t, new WordClusters(Map.of("مصر", new int[] {1, 2, 3, 4, 5})),
        new Lexicon(List.of("LOC\tمصر"), LightSegmenter.INSTANCE),
        new LabelPrior(Map.of("مصر", 4 << 4)), Map.of("seed", "7"));
  }

  @Test
  void roundTripsWeightsWithinQuantizationError() throws IOException {
    NerModel m = tiny();
    Path file = dir.resolve("m.bin");
    m.write(file);
    NerModel r = NerModel.read(file);
    assertEquals(m.bits(), r.bits());
    assertArrayEquals(m.transitions(), r.transitions(), 1e-3f);
    assertArrayEquals(m.weights(), r.weights(), 6f / Short.MAX_VALUE);
    assertEquals("7", r.provenance().get("seed"));
    assertEquals(1, r.clusters().size());
    assertEquals(1, r.lexicon().size());
    assertEquals(4 << 4, r.prior().lookupKey("مصر"));
  }

  @Test
  void writesTheSameBytesTwice() throws IOException {
    tiny().write(dir.resolve("a.bin"));
    tiny().write(dir.resolve("b.bin"));
    assertArrayEquals(Files.readAllBytes(dir.resolve("a.bin")),
        Files.readAllBytes(dir.resolve("b.bin")));
  }

  @Test
  void namesAMissingModelFile() {
    Path file = dir.resolve("missing.bin");
    ModelFormatException e =
        assertThrows(ModelFormatException.class, () -> PerceptronEntityTagger.load(file));
    assertTrue(e.getMessage().contains(file + " does not exist"), e.getMessage());
  }

  @Test
  void rejectsAFileThatIsNotAModel() throws IOException {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "not a model");
    ModelFormatException e =
        assertThrows(ModelFormatException.class, () -> PerceptronEntityTagger.load(file));
    assertTrue(e.getMessage().contains(file + " is not a Marsad NER model"), e.getMessage());
  }

  @Test
  void rejectsATruncatedModel() throws IOException {
    Path file = dir.resolve("m.bin");
    tiny().write(file);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    ModelFormatException e =
        assertThrows(ModelFormatException.class, () -> PerceptronEntityTagger.load(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void rejectsACorruptModel() throws IOException {
    Path file = dir.resolve("m.bin");
    tiny().write(file);
    byte[] bytes = Files.readAllBytes(file);
    for (int i = 40; i < bytes.length - 20; i += 3) {
      bytes[i] ^= 0x5A;
    }
    Files.write(file, bytes);
    ModelFormatException e =
        assertThrows(ModelFormatException.class, () -> PerceptronEntityTagger.load(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void rejectsAnotherFormatVersion() throws IOException {
    Path file = dir.resolve("m.bin");
    tiny().write(file);
    byte[] bytes = Files.readAllBytes(file);
    bytes[NerModel.MAGIC.length + 3] = 99;
    Files.write(file, bytes);
    ModelFormatException e =
        assertThrows(ModelFormatException.class, () -> PerceptronEntityTagger.load(file));
    assertTrue(e.getMessage().contains("format version 99"), e.getMessage());
  }
}
