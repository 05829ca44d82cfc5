package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.marsad.export.EventFilter;
import org.marsad.export.ExportDoc;
import org.marsad.export.ExportFormat;
import org.marsad.export.Exporter;
import org.marsad.input.InputException;
import org.marsad.store.Filters;
import org.marsad.store.InvalidRequestException;
import org.marsad.store.Store;
import org.marsad.store.StoredDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marsad export}: documents or events of a store, or of marsad/1 JSONL, in GDELT, PLOVER, JSONL, CSV or Parquet tables. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Exports a store (or marsad/1 JSON lines: 'analyze --jsonl' output, the Spark job's"
          + " documents_json) as GDELT 2.0 event rows, PLOVER records, marsad/1 JSON lines, event CSV"
          + " or the Spark job's Parquet tables.",
      "Formats and columns: docs/exports.md."
    })
final class ExportCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec
  CommandSpec spec;

  @Option(names = "--store", paramLabel = "DIR", description = "Store directory to export (default: marsad-data unless --input is given).")
  Path store;

  @Option(names = "--input", paramLabel = "PATH", description = "marsad/1 JSON lines instead of a store: a file, or a directory of part files.")
  Path input;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "gdelt, plover, jsonl, csv or parquet (a directory of tables).")
  String format;

  @Option(names = "--out", required = true, paramLabel = "PATH", description = "Output file ('-': stdout); for parquet, a directory.")
  String out;

  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (YYYY-MM-DD).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (YYYY-MM-DD).")
  String to;

  @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet (repeatable: any of them).")
  List<String> outlets = List.of();

  @Option(names = "--entity", paramLabel = "ID|NAME", description = "Documents mentioning this entity (store: as in search; JSONL: KB id or name).")
  List<String> entities = List.of();

  @Option(names = "--cameo", paramLabel = "ROOT", description = "Only events with this CAMEO root, 01-20 (repeatable).")
  List<String> cameo = List.of();

  @Option(names = "--plover", paramLabel = "TYPE", description = "Only events of this PLOVER type (repeatable).")
  List<String> plover = List.of();

  @Option(names = "--location", paramLabel = "TEXT", description = "Documents with an event located here (store only).")
  String location;

  @Option(names = "--cluster", paramLabel = "ID", description = "Documents of this story cluster (store only).")
  String cluster;

  @Override
  public Integer call() throws Exception {
    ExportFormat fmt;
    Filters filters;
    try {
      fmt = ExportFormat.parse(format);
      filters = new Filters(SearchCommand.date(from, "--from"), SearchCommand.date(to, "--to"),
          outlets, entities, cameo, plover, location, cluster);
    } catch (IllegalArgumentException | InvalidRequestException e) {
      throw new UsageException(e.getMessage());
    }
    if (store != null && input != null) {
      throw new UsageException("--store and --input cannot be used together");
    }
    if (input != null && (location != null || cluster != null)) {
      throw new UsageException("--location and --cluster need --store");
    }
    EventFilter events = new EventFilter(cameo, plover);
    if (fmt == ExportFormat.PARQUET) {
      return parquet(filters, events);
    }
    long[] counts = new long[3];
    Path target = out.equals("-") ? null : Path.of(out);
    Path tmp = target == null ? null : target.resolveSibling(target.getFileName() + ".part");
    Writer w = target == null
        ? spec.commandLine().getOut()
        : open(tmp);
    try {
      Exporter exporter = fmt.open(w);
      exportAll(exporter, filters, events, counts);
      exporter.finish();
    } catch (RuntimeException | IOException e) {
      if (tmp != null) {
        w.close();
        Files.deleteIfExists(tmp);
      }
      throw e;
    }
    if (tmp != null) {
      w.close();
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    PrintWriter err = spec.commandLine().getErr();
    String what = fmt == ExportFormat.JSONL ? "document(s)" : "event record(s)";
    err.printf(java.util.Locale.ROOT, "marsad: exported %d %s from %d document(s) to %s%s%n",
        counts[1], what, counts[0], target == null ? "stdout" : target,
        counts[2] > 0 ? "; skipped " + counts[2] + " error line(s) of the input" : "");
    err.flush();
    return ExitCodes.OK;
  }

  /** Sends every selected document of the store or of the JSONL input to {@code exporter}. */
  private void exportAll(Exporter exporter, Filters filters, EventFilter events, long[] counts)
      throws IOException, InputException {
    if (input != null) {
      fromJsonl(input, filters, doc -> write(exporter, doc, events, counts), counts);
      return;
    }
    try (Store s = SearchCommand.openReadOnly(storeDir())) {
      try {
        new StoredDocuments(s).forEach(filters, d -> write(exporter,
            new ExportDoc(JSON.readTree(d.json()), d.sources().stream()
                .map(r -> new ExportDoc.Source(r.outlet(), r.url())).toList(), d.cluster()),
            events, counts));
      } catch (InvalidRequestException e) {
        throw new UsageException(e.getMessage());
      }
    }
  }

  private Path storeDir() {
    return store == null ? Path.of("marsad-data") : store;
  }

  /**
   * {@code --format parquet}: stages the selected documents as table rows next to the output,
   * then has marsad-spark's writer turn them into the Spark job's tables under {@code --out}.
   */
  private Integer parquet(Filters filters, EventFilter events) throws IOException, InputException {
    if (out.equals("-")) {
      throw new UsageException("--format parquet writes a directory of tables: --out DIR, not '-'");
    }
    ParquetWriterProcess writer = ParquetWriterProcess.locate();
    Path target = Path.of(out).toAbsolutePath();
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new InputException(target + ": exists and is not a directory");
    }
    Files.createDirectories(target.getParent());
    // Not a hidden name: Hadoop file listing skips names starting with "." or "_".
    Path staged = Files.createTempFile(target.getParent(), target.getFileName() + "-staged-", ".jsonl");
    PrintWriter err = spec.commandLine().getErr();
    long[] counts = new long[3];
    try {
      try (Writer w = open(staged)) {
        Exporter exporter = ExportFormat.PARQUET.open(w);
        exportAll(exporter, filters, events, counts);
        exporter.finish();
      }
      if (counts[0] == 0) {
        err.println("marsad: no document matches; no tables written");
        err.flush();
        return ExitCodes.OK;
      }
      String source = (input != null ? input : storeDir()).toAbsolutePath().toString();
      int code = writer.run(staged, target, source, err);
      if (code != 0) {
        throw new IllegalStateException("the Parquet writer (" + ParquetWriterProcess.MAIN
            + ") failed with exit code " + code);
      }
    } finally {
      Files.deleteIfExists(staged);
    }
    err.printf(java.util.Locale.ROOT, "marsad: exported %d document(s) as Parquet tables to %s%s%n",
        counts[0], target, counts[2] > 0 ? "; skipped " + counts[2] + " error line(s) of the input" : "");
    err.flush();
    return ExitCodes.OK;
  }

  private static Writer open(Path p) throws InputException {
    try {
      return new OutputStreamWriter(Files.newOutputStream(p), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(p + ": cannot write (" + e.getMessage() + ")", e);
    }
  }

  private static void write(Exporter e, ExportDoc doc, EventFilter f, long[] counts) throws IOException {
    counts[0]++;
    counts[1] += e.write(doc, f);
  }

  private interface DocSink {
    void accept(ExportDoc doc) throws IOException;
  }

  /** Reads marsad/1 lines from a file or every regular file of a directory (Spark part files), applying the filters. */
  private static void fromJsonl(Path in, Filters f, DocSink sink, long[] counts) throws IOException, InputException {
    if (!Files.exists(in)) {
      throw new InputException(in + ": no such file or directory");
    }
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(in)) {
      try (Stream<Path> s = Files.walk(in)) {
        s.filter(Files::isRegularFile)
            .filter(p -> !p.getFileName().toString().startsWith(".")
                && !p.getFileName().toString().startsWith("_"))
            .sorted().forEach(files::add);
      }
    } else {
      files.add(in);
    }
    for (Path p : files) {
      int lineNo = 0;
      try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        for (String line; (line = r.readLine()) != null; ) {
          lineNo++;
          if (line.isBlank()) {
            continue;
          }
          JsonNode doc;
          try {
            doc = JSON.readTree(line);
          } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new InputException(p + " line " + lineNo + ": not JSON (" + e.getOriginalMessage() + ")", e);
          }
          if (doc.has("error") || !doc.has("text")) {
            counts[2]++;
            continue;
          }
          ExportDoc d = ExportDoc.of(doc);
          if (matches(d, f)) {
            sink.accept(d);
          }
        }
      }
    }
  }

  private static boolean matches(ExportDoc d, Filters f) {
    String published = d.published();
    LocalDate day = published != null && published.matches("\\d{4}-\\d{2}-\\d{2}.*")
        ? LocalDate.parse(published.substring(0, 10)) : null;
    if (f.from() != null && (day == null || day.isBefore(f.from()))) {
      return false;
    }
    if (f.to() != null && (day == null || day.isAfter(f.to()))) {
      return false;
    }
    if (!f.outlets().isEmpty() && d.sources().stream().noneMatch(s -> f.outlets().contains(s.outlet()))) {
      return false;
    }
    for (String want : f.entities()) {
      boolean found = false;
      for (JsonNode e : d.doc().path("entities")) {
        if (want.equals(e.path("kb").asText(null)) || want.equals(e.path("name").asText(null))
            || want.equals(e.path("name_en").asText(null))) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }
}
