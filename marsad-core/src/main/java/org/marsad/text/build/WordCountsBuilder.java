package org.marsad.text.build;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.marsad.input.NewsCorpus;
import org.marsad.text.ArabicChars;
import org.marsad.text.CliticSegmenter;

/**
 * Recipe for the segmenter's word counts ({@code word-counts.tsv.gz}): counts folded Arabic words
 * in the article bodies of a news corpus (zip files of JSON arrays with a {@code content} field,
 * as SaudiNewsNet ships) and keeps words seen at least {@code min} times.
 *
 * <p>Usage: {@code WordCountsBuilder CORPUS_DIR OUT.tsv.gz [MIN]}. Not thread-safe; a one-off tool.
 */
public final class WordCountsBuilder {
  private final Map<String, int[]> counts = new HashMap<>();
  private long words;

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: WordCountsBuilder CORPUS_DIR OUT.tsv.gz [MIN_COUNT]");
      System.exit(1);
    }
    int min = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    WordCountsBuilder b = new WordCountsBuilder();
    int articles = NewsCorpus.forEach(Path.of(args[0]), 0, b::addText);
    int kept = b.write(Path.of(args[1]), min);
    System.err.printf(java.util.Locale.ROOT, "%d articles, %d words, %d types, %d kept (count >= %d)%n", articles, b.words,
        b.counts.size(), kept, min);
  }

  void addText(String text) {
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!ArabicChars.isArabicLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int e = i + 1;
      while (e < n && ArabicChars.isArabicWordChar(text.charAt(e))) {
        e++;
      }
      String w = CliticSegmenter.segmentationFold(text.substring(i, e));
      if (!w.isEmpty() && w.length() <= 30) {
        counts.computeIfAbsent(w, k -> new int[1])[0]++;
        words++;
      }
      i = e;
    }
  }

  int write(Path out, int min) throws IOException {
    List<Map.Entry<String, int[]>> kept = new ArrayList<>();
    for (var e : counts.entrySet()) {
      if (e.getValue()[0] >= min) {
        kept.add(e);
      }
    }
    kept.sort((a, b) -> a.getValue()[0] != b.getValue()[0]
        ? Integer.compare(b.getValue()[0], a.getValue()[0]) : a.getKey().compareTo(b.getKey()));
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)),
        StandardCharsets.UTF_8)) {
      for (var e : kept) {
        w.write(e.getKey());
        w.write('\t');
        w.write(Integer.toString(e.getValue()[0]));
        w.write('\n');
      }
    }
    return kept.size();
  }
}
