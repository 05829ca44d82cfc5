package org.marsad.pipeline;

import java.util.List;
import org.marsad.model.Document;
import org.marsad.model.DocumentMeta;
import java.nio.file.Path;
import org.marsad.events.EventCoder;
import org.marsad.framing.FramingAnalyzer;
import org.marsad.kb.EntityResolver;
import org.marsad.kb.EntityStage;
import org.marsad.kb.KnowledgeBase;
import org.marsad.kb.NerStage;
import org.marsad.ner.PerceptronEntityTagger;
import org.marsad.quotes.QuoteExtractor;
import org.marsad.text.ArabicTokenizer;
import org.marsad.time.ArabicTimeTagger;

/**
 * The analysis with its embedded defaults: from text and metadata to a {@code marsad/1}
 * {@link Document}. Resources load once (on first use of {@link #defaults()}) and are shared.
 *
 * <p>Thread-safe: one instance serves all threads.
 */
public final class Analyzer {
  private final Pipeline pipeline;

  public Analyzer(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** The shipped pipeline. */
  public static Analyzer defaults() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final Analyzer INSTANCE = create(EntityResolver.shared());
  }

  /** The shipped pipeline over the shipped KB overlaid with user KB files ({@code --kb}). */
  public static Analyzer withKb(List<Path> userKbFiles) {
    return userKbFiles.isEmpty() ? defaults()
        : create(new EntityResolver(KnowledgeBase.load(userKbFiles)));
  }

  private static Analyzer create(EntityResolver resolver) {
    return new Analyzer(new Pipeline(List.of(
        TextStages.language(),
        TextStages.sentences(),
        TextStages.tokens(ArabicTokenizer.shared()),
        AnalysisStages.times(ArabicTimeTagger.shared()),
        new NerStage(PerceptronEntityTagger.shared()::tag),
        EntityStage.afterNer(resolver),
        EventCoder.shared().stage(),
        QuoteExtractor.shared().stage(),
        FramingAnalyzer.shared().stage())));
  }

  /** Analyzes {@code text}; a null id in {@code meta} is replaced by a stable derived id. */
  public Document analyze(DocumentMeta meta, String text) {
    DocumentMeta m = meta.id() == null || meta.id().isBlank()
        ? meta.withId(DocumentIds.of(meta.url(), text)) : meta;
    return pipeline.run(Document.of(m, text));
  }

  /** As {@link #analyze}, adding each stage's time to {@code nanos} (see {@link Pipeline#runTimed}). */
  public Document analyzeTimed(DocumentMeta meta, String text, long[] nanos) {
    DocumentMeta m = meta.id() == null || meta.id().isBlank()
        ? meta.withId(DocumentIds.of(meta.url(), text)) : meta;
    return pipeline.runTimed(Document.of(m, text), nanos);
  }

  /** As {@link #analyzeTimed}, adding each stage's CPU time to {@code cpuNanos} too. */
  public Document analyzeTimed(DocumentMeta meta, String text, long[] nanos, long[] cpuNanos) {
    DocumentMeta m = meta.id() == null || meta.id().isBlank()
        ? meta.withId(DocumentIds.of(meta.url(), text)) : meta;
    return pipeline.runTimed(Document.of(m, text), nanos, cpuNanos);
  }

  public List<String> stages() {
    return pipeline.names();
  }
}
