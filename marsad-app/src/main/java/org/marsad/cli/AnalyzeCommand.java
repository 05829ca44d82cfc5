package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.input.ArticleReader;
import org.marsad.input.InputException;
import org.marsad.input.RawArticle;
import org.marsad.json.DocumentJson;
import org.marsad.kb.KbFormatException;
import org.marsad.model.Document;
import org.marsad.model.DocumentMeta;
import org.marsad.pipeline.Analyzer;
import org.marsad.pipeline.PublishedDates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marsad analyze}: one article to one marsad/1 document, or a JSONL batch. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Analyzes an Arabic article (text or HTML file, or - for stdin) and prints its marsad/1 JSON.",
      "Batch mode: --jsonl IN.jsonl [--out OUT.jsonl] reads one {\"id\",\"text\",\"published\",\"title\",\"url\"}"
          + " record per line and writes one document per line, in input order."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok", "1:usage error", "2:input error", "3:batch finished but some records failed",
      "4:internal error"
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Input file, or - for stdin.")
  String file;

  @Option(names = "--published", paramLabel = "DATE", description = "Publication date (YYYY-MM-DD), the anchor for relative times.")
  String published;

  @Option(names = "--id", description = "Document id (default: derived from the URL or the text).")
  String id;

  @Option(names = "--title", description = "Title (default: from HTML).")
  String title;

  @Option(names = "--url", description = "Source URL (default: from HTML).")
  String url;

  @Option(names = "--source", description = "Outlet name (default: from HTML).")
  String source;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "Force the input charset (default: detected; e.g. UTF-8, windows-1256, ISO-8859-6).")
  String encoding;

  @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "20MB", description = "Refuse inputs larger than this (default: ${DEFAULT-VALUE}; units B, KB, MB, GB).")
  String maxSize;

  @Option(names = "--kb", paramLabel = "FILE", description = "User knowledge-base file over the shipped one (repeatable; see docs/kb.md).")
  List<Path> kb = new ArrayList<>();

  @Option(names = "--tokens", description = "Include tokens with their clitic segments.")
  boolean tokens;

  @Option(names = "--pretty", description = "Indent the JSON.")
  boolean pretty;

  @Option(names = "--jsonl", paramLabel = "IN", description = "Batch mode: analyze each JSON line of IN.")
  Path jsonl;

  @Option(names = "--out", paramLabel = "OUT", description = "Batch output file (default: stdout).")
  Path out;

  @Option(names = "--threads", paramLabel = "N", description = "Batch worker threads (default: all cores).")
  Integer threads;

  @Override
  public Integer call() throws Exception {
    ArticleReader reader = new ArticleReader(charset(), Sizes.parse(maxSize, "--max-size"));
    KbCommand.load(kb); // a malformed KB file fails here, naming file and line
    Analyzer analyzer;
    try {
      analyzer = Analyzer.withKb(kb);
    } catch (KbFormatException e) {
      throw new InputException(e.getMessage(), e);
    }
    DocumentJson.Options options = new DocumentJson.Options(pretty, tokens);
    if (jsonl != null) {
      if (file != null) {
        throw new UsageException("give either FILE or --jsonl IN, not both");
      }
      int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
      if (n < 1) {
        throw new UsageException("--threads must be at least 1, got " + n);
      }
      BatchRunner batch = new BatchRunner(analyzer, options, n, spec.commandLine().getErr());
      return batch.run(jsonl, out, spec.commandLine().getOut()) == 0 ? ExitCodes.OK : ExitCodes.PARTIAL;
    }
    if (out != null || threads != null) {
      throw new UsageException("--out and --threads apply to batch mode (--jsonl) only");
    }
    if (file == null) {
      throw new UsageException("missing FILE (use - to read stdin)");
    }
    LocalDate date = parsePublished(published, "--published");
    RawArticle raw = file.equals("-")
        ? reader.read(System.in, "stdin") : reader.read(Path.of(file));
    PrintWriter err = spec.commandLine().getErr();
    raw.warnings().forEach(w -> err.println("marsad: warning: " + w));
    if (date == null && raw.published() != null) {
      date = lenientDate(raw.published());
    }
    DocumentMeta meta = new DocumentMeta(id, date, first(title, raw.title()), first(url, raw.url()),
        first(source, raw.source()));
    Document doc = analyzer.analyze(meta, raw.text());
    PrintWriter w = spec.commandLine().getOut();
    DocumentJson.write(doc, w, options);
    w.write('\n');
    w.flush();
    return ExitCodes.OK;
  }

  private Charset charset() {
    if (encoding == null) {
      return null;
    }
    try {
      return Charset.forName(encoding);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new UsageException("--encoding: unknown charset '" + encoding + "'");
    }
  }

  static LocalDate parsePublished(String value, String what) throws InputException {
    if (value == null) {
      return null;
    }
    try {
      return PublishedDates.parse(value);
    } catch (IllegalArgumentException e) {
      throw new InputException(what + ": " + e.getMessage(), e);
    }
  }

  /** A date from page metadata: used when it parses, ignored (not fatal) when it does not. */
  private static LocalDate lenientDate(String value) {
    try {
      return PublishedDates.parse(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }
}
