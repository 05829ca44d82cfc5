package org.marsad.bench;

import java.io.StringReader;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.marsad.text.ArabicTokenizer;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the text-layer benchmark and reports tokens per second for Marsad and Lucene side by side,
 * with their ratio. Usage: {@code java -jar marsad-bench/target/marsad-bench.jar [ARTICLES]}.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    String articles = args.length > 0 ? args[0] : "2000";
    List<byte[]> sample = Corpus.articles(Integer.parseInt(articles));
    long bytes = sample.stream().mapToLong(b -> b.length).sum();
    long marsadTokens = 0;
    long luceneTokens = 0;
    ArabicTokenizer tokenizer = ArabicTokenizer.shared();
    for (byte[] b : sample) {
      String text = new String(b, java.nio.charset.StandardCharsets.UTF_8);
      marsadTokens += tokenizer.tokenize(text).size();
      try (StandardTokenizer t = new StandardTokenizer()) {
        t.setReader(new StringReader(text));
        t.reset();
        while (t.incrementToken()) {
          luceneTokens++;
        }
        t.end();
      }
    }
    Options opt = new OptionsBuilder()
        .include(TextLayerBenchmark.class.getSimpleName())
        .param("articles", articles)
        .threads(1)
        .build();
    Collection<RunResult> results = new Runner(opt).run();
    System.out.printf("%nsample: %d articles, %.1f MB UTF-8, %d Marsad tokens (%d Lucene tokens)%n",
        sample.size(), bytes / 1e6, marsadTokens, luceneTokens);
    System.out.printf("%-32s %14s %14s %10s%n", "benchmark (1 thread)", "tokens/s", "MB/s", "error %");
    double lucene = 0;
    double marsad = 0;
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
      double opsPerSec = r.getPrimaryResult().getScore();
      double err = r.getPrimaryResult().getScoreError() / opsPerSec * 100;
      long tokens = name.startsWith("lucene") ? luceneTokens : marsadTokens;
      double tps = opsPerSec * tokens;
      if (name.equals("luceneArabicChain")) {
        lucene = opsPerSec;
      } else if (name.equals("marsadTextLayer")) {
        marsad = opsPerSec;
      }
      System.out.printf("%-32s %14.0f %14.1f %10.1f%n", name, tps, opsPerSec * bytes / 1e6, err);
    }
    if (lucene > 0) {
      System.out.printf("marsadTextLayer / luceneArabicChain, same text: %.2fx the speed%n", marsad / lucene);
    }
  }
}
