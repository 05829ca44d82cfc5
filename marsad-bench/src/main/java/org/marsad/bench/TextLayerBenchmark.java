package org.marsad.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.input.InputException;
import org.marsad.input.TextDecoder;
import org.marsad.model.Sentence;
import org.marsad.model.Token;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.ArabicTokenizer;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.TokenTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The text layer on real news, side by side with Lucene's Arabic analysis chain, one thread.
 * One operation = one pass over the whole sample of articles, from UTF-8 bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class TextLayerBenchmark {
  @Param({"2000"})
  public int articles;

  private List<byte[]> sample;
  private final ArabicTokenizer tokenizer = ArabicTokenizer.shared();
  private Analyzer lucene;

  @Setup(Level.Trial)
  public void load() {
    sample = Corpus.articles(articles);
    lucene = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream s = new ArabicNormalizationFilter(source);
        s = new ArabicStemFilter(s);
        return new TokenStreamComponents(source, s);
      }
    };
  }

  /** Decode, normalize with offset map, split sentences, tokenize and segment clitics. */
  @Benchmark
  public long marsadTextLayer(Blackhole bh) throws InputException {
    long tokens = 0;
    for (byte[] bytes : sample) {
      String text = TextDecoder.decode(bytes, null, "bench").text();
      bh.consume(ArabicNormalizer.normalize(text));
      List<Sentence> sentences = SentenceSplitter.split(text);
      TokenTable t = tokenizer.tokenize(text);
      bh.consume(sentences);
      tokens += t.size();
    }
    return tokens;
  }

  /** As {@link #marsadTextLayer}, and also builds every {@link Token} record with its segments. */
  @Benchmark
  public long marsadTextLayerMaterialized(Blackhole bh) throws InputException {
    long tokens = 0;
    for (byte[] bytes : sample) {
      String text = TextDecoder.decode(bytes, null, "bench").text();
      bh.consume(ArabicNormalizer.normalize(text));
      bh.consume(SentenceSplitter.split(text));
      for (Token t : tokenizer.tokenize(text)) {
        bh.consume(t);
        tokens++;
      }
    }
    return tokens;
  }

  /** Decode, then Lucene's StandardTokenizer + ArabicNormalizationFilter + ArabicStemFilter. */
  @Benchmark
  public long luceneArabicChain(Blackhole bh) throws InputException {
    long tokens = 0;
    for (byte[] bytes : sample) {
      String text = TextDecoder.decode(bytes, null, "bench").text();
      try (TokenStream ts = lucene.tokenStream("body", new StringReader(text))) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          bh.consume(term);
          tokens++;
        }
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return tokens;
  }
}
