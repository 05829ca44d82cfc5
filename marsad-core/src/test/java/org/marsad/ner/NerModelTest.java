package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
  void refusesToHoldTrainOnlyGazetteerEntries() {
    float[] t = new float[(Labels.COUNT + 1) * Labels.COUNT];
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new NerModel(8, new float[(1 << 8) * Labels.COUNT], t, new WordClusters(Map.of()),
            new Lexicon(List.of("LOC\tمصر", "AG_PER\tمحفوظ"), LightSegmenter.INSTANCE),
            LabelPrior.EMPTY, Map.of()));
    assertTrue(e.getMessage().contains("train/eval-only"), e.getMessage());
  }

  @Test
  void roundTripsTheDocumentLevelSecondStage() throws IOException {
    NerModel one = tiny();
    float[] w2 = one.weights();
    for (int i = 0; i < w2.length; i += 5) {
      w2[i] += 2;
    }
    float[] t2 = one.transitions().clone();
    t2[4] = -2.5f;
    NerModel two = new NerModel(one.bits(), one.weights(), one.transitions(), one.clusters(),
        one.lexicon(), one.prior(), one.provenance(), w2, t2, 6, true);
    Path file = dir.resolve("two.bin");
    two.write(file);
    NerModel r = NerModel.read(file);
    assertTrue(r.twoStage());
    assertArrayEquals(t2, r.transitions2(), 1e-3f);
    assertArrayEquals(w2, r.compact().dense(1), 8f / Short.MAX_VALUE);
    assertArrayEquals(one.weights(), r.weights(), 6f / Short.MAX_VALUE);
    assertEquals(6, r.documentContext().window());
    assertTrue(r.documentContext().local());
    assertFalse(NerModel.read(writeTo(one, "one.bin")).twoStage());
  }

  @Test
  void readsAVersionOneFileAsAOneStageModel() throws IOException {
    Path file = writeTo(tiny(), "v2.bin");
    byte[] bytes = Files.readAllBytes(file);
    // Version 1 is version 2 without the stage count (the int before the weights).
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    int header = NerModel.MAGIC.length + 4;
    try (java.io.InputStream in = new java.util.zip.GZIPInputStream(
        new java.io.ByteArrayInputStream(bytes, header, bytes.length - header))) {
      in.transferTo(body);
    }
    byte[] b = body.toByteArray();
    java.io.ByteArrayOutputStream v1 = new java.io.ByteArrayOutputStream();
    v1.write(bytes, 0, header - 1);
    v1.write(1);
    // The weights block is a scale, a row count r and r rows of an int and 9 shorts.
    java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b);
    int cut = -1;
    for (int r = 0; r <= 256 && cut < 0; r++) {
      int at = b.length - 8 - r * (4 + 2 * Labels.COUNT) - 4;
      if (at >= 0 && buf.getInt(at) == 1 && buf.getInt(at + 8) == r) {
        cut = at;
      }
    }
    assertTrue(cut > 0);
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(v1)) {
      gz.write(b, 0, cut);
      gz.write(b, cut + 4, b.length - cut - 4);
    }
    Files.write(file, v1.toByteArray());
    NerModel r = NerModel.read(file);
    assertFalse(r.twoStage());
    assertArrayEquals(tiny().weights(), r.weights(), 6f / Short.MAX_VALUE);
  }

  private Path writeTo(NerModel m, String name) throws IOException {
    Path file = dir.resolve(name);
    m.write(file);
    return file;
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
