package org.marsad.ner.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.model.EntityType;
import org.marsad.ner.Labels;

/**
 * Reads CoNLL NER files: {@code token ... label} per line (whitespace-separated, the label is the
 * last field, the token the first), a blank line between sentences. Labels are {@code O},
 * {@code B-t} or {@code I-t} with {@code t} one of PER, PERS, LOC, ORG, MISC.
 *
 * <p>Errors name the file and line: an unknown label, or a line with a single field (no label).
 * An {@code I-t} that does not continue a {@code t} mention is an error in strict mode; otherwise
 * it is read as {@code B-t}, as conlleval and seqeval do, and counted in
 * {@link ConllCorpus#repairs()}. Stateless and thread-safe.
 */
public final class ConllReader {
  private final boolean strict;

  /** @param strict reject mismatched BIO instead of repairing it */
  public ConllReader(boolean strict) {
    this.strict = strict;
  }

  /** @throws ConllFormatException naming the file (and line) on a missing or malformed file */
  public ConllCorpus read(Path file) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString());
    } catch (NoSuchFileException e) {
      throw new ConllFormatException("CoNLL file " + file + " does not exist", e);
    } catch (CharacterCodingException e) {
      throw new ConllFormatException(file + " is not UTF-8 text", e);
    } catch (IOException e) {
      throw new ConllFormatException("cannot read CoNLL file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads from {@code in}; {@code name} is used in messages. */
  public ConllCorpus read(Reader in, String name) throws IOException {
    BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<ConllSentence> sentences = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    int repairs = 0;
    int lineNo = 0;
    int first = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (lineNo == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        flush(sentences, words, labels, first);
        continue;
      }
      String[] f = trimmed.split("\\s+");
      if (f.length < 2) {
        throw new ConllFormatException(name + " line " + lineNo + ": '" + trimmed
            + "' has no label; expected 'token label' separated by whitespace");
      }
      int label = parse(f[f.length - 1], name, lineNo);
      int prev = labels.isEmpty() ? Labels.O : labels.get(labels.size() - 1);
      if (Labels.isInside(label) && !Labels.allowed(prev, label)) {
        if (strict) {
          throw new ConllFormatException(name + " line " + lineNo + ": " + f[f.length - 1]
              + " follows " + Labels.name(prev) + "; an I- label must continue a mention of"
              + " the same type (use B-)");
        }
        label = Labels.begin(Labels.type(label));
        repairs++;
      }
      if (words.isEmpty()) {
        first = lineNo;
      }
      words.add(f[0]);
      labels.add(label);
    }
    flush(sentences, words, labels, first);
    return new ConllCorpus(sentences, repairs);
  }

  private static void flush(List<ConllSentence> out, List<String> words, List<Integer> labels,
      int first) {
    if (words.isEmpty()) {
      return;
    }
    int[] l = labels.stream().mapToInt(Integer::intValue).toArray();
    out.add(new ConllSentence(words, l, first));
    words.clear();
    labels.clear();
  }

  private static int parse(String label, String name, int lineNo) {
    if (label.equals("O")) {
      return Labels.O;
    }
    if (label.length() > 2 && label.charAt(1) == '-'
        && (label.charAt(0) == 'B' || label.charAt(0) == 'I')) {
      EntityType t = Labels.parseType(label.substring(2));
      if (t != null) {
        return label.charAt(0) == 'B' ? Labels.begin(t) : Labels.inside(t);
      }
    }
    throw new ConllFormatException(name + " line " + lineNo + ": unknown label '" + label
        + "'; expected O or B-/I- followed by PER, PERS, LOC, ORG or MISC");
  }
}
