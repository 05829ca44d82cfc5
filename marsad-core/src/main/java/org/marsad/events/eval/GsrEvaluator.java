package org.marsad.events.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import org.marsad.model.Document;
import org.marsad.model.Event;

/**
 * Scores event coding on the UniversalPetrarch Arabic gold standard ({@code gsr_dev.jsonl}: one
 * sentence per line, hand-coded PLOVER {@code ASSAULT} or {@code PROTEST} with CAMEO actor codes).
 *
 * <p>Figures, per sentence: <b>type found</b> (some event of the gold PLOVER type), <b>source
 * country</b> (the country part of the source actor of the first event of the gold type that has a
 * source, else of the first event of the gold type, equals the
 * gold source's country; "None" on both sides counts as right, and a sentence with no event of the
 * gold type is scored as predicting None), and <b>wrong-type events per sentence</b> (events whose
 * PLOVER type differs from the gold type, including events PLOVER does not type). The strict
 * source-country figure counts only sentences whose gold source has a country.
 *
 * <p>Thread-safe if the analyzer is; the data is read, never copied.
 */
public final class GsrEvaluator {
  /** CAMEO sector (agent) codes: an actor code starting with one of these has no country. */
  static final Set<String> SECTORS = Set.of("GOV", "MIL", "REB", "OPP", "CVL", "COP", "JUD",
      "LEG", "PTY", "EDU", "LAB", "MED", "HLH", "REF", "BUS", "REL", "CRM", "SPY", "UAF", "ELI",
      "AGR", "DEV", "ENV", "HRI", "IRC", "MOD", "RAD", "SEP", "UIS", "INS", "NGM", "SET", "MNC",
      "ACT");

  /** The figures. */
  public record Result(int sentences, int typeFound, int sourceCountryRight, int withCountry,
      int withCountryRight, int wrongTypeEvents, int events, double seconds) {
    public double typeRate() {
      return ratio(typeFound, sentences);
    }

    public double sourceCountryRate() {
      return ratio(sourceCountryRight, sentences);
    }

    public double strictSourceCountryRate() {
      return ratio(withCountryRight, withCountry);
    }

    public double wrongTypePerSentence() {
      return ratio(wrongTypeEvents, sentences);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }

    public String report() {
      return String.format(Locale.ROOT, "sentences %d, events %d%n"
          + "PLOVER type found        %.3f  (%d/%d; target >= 0.80)%n"
          + "source country right     %.3f  (%d/%d; target >= 0.70)%n"
          + "  of gold with a country %.3f  (%d/%d)%n"
          + "wrong-type events/sent.  %.3f  (%d; target <= 0.30)%n"
          + "time                     %.2f s",
          sentences, events, typeRate(), typeFound, sentences, sourceCountryRate(),
          sourceCountryRight, sentences, strictSourceCountryRate(), withCountryRight, withCountry,
          wrongTypePerSentence(), wrongTypeEvents, seconds);
    }
  }

  private final BiFunction<String, LocalDate, Document> analyzer;
  private final PrintStream trace;

  /** {@code trace} (may be null) receives one line per missed or wrongly coded sentence. */
  public GsrEvaluator(BiFunction<String, LocalDate, Document> analyzer, PrintStream trace) {
    this.analyzer = analyzer;
    this.trace = trace;
  }

  public Result evaluate(Path gsr) throws IOException {
    ObjectMapper json = new ObjectMapper();
    int n = 0;
    int found = 0;
    int src = 0;
    int withC = 0;
    int withCRight = 0;
    int wrong = 0;
    int events = 0;
    long t0 = System.nanoTime();
    try (BufferedReader r = Files.newBufferedReader(gsr, StandardCharsets.UTF_8)) {
      String line;
      int ln = 0;
      while ((line = r.readLine()) != null) {
        ln++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode d;
        try {
          d = json.readTree(line);
        } catch (IOException e) {
          throw new IOException(gsr + " line " + ln + ": not JSON (" + e.getMessage() + ")", e);
        }
        String type = d.path("category").asText();
        String text = d.path("text").asText();
        LocalDate pub = d.hasNonNull("published") ? LocalDate.parse(d.get("published").asText())
            : null;
        String goldCountry = "None";
        JsonNode ev = d.path("events");
        if (ev.isArray() && ev.size() > 0) {
          goldCountry = country(ev.get(0).path("source_code").asText("None None"));
        }
        List<Event> got = analyzer.apply(text, pub).events();
        n++;
        events += got.size();
        Event match = null;
        int bad = 0;
        for (Event e : got) {
          if (type.equals(e.plover())) {
            if (match == null || match.source() == null && e.source() != null) {
              match = e;
            }
          } else {
            bad++;
          }
        }
        wrong += bad;
        if (match != null) {
          found++;
        }
        String predicted = match == null || match.source() == null ? "None"
            : actorCountry(match.source().actor());
        boolean right = predicted.equals(goldCountry);
        if (right) {
          src++;
        }
        if (!goldCountry.equals("None")) {
          withC++;
          if (right) {
            withCRight++;
          }
        }
        if (trace != null && (match == null || !right || bad > 0)) {
          trace.println(d.path("id").asText() + "\t" + type + "\tgold=" + goldCountry + "\tgot="
              + predicted + "\t" + summary(got));
        }
      }
    }
    return new Result(n, found, src, withC, withCRight, wrong, events,
        (System.nanoTime() - t0) / 1e9);
  }

  private static String summary(List<Event> events) {
    List<String> s = new ArrayList<>();
    for (Event e : events) {
      s.add(e.cameo() + "/" + e.plover() + " " + e.trigger().text() + " src="
          + (e.source() == null ? "-" : e.source().text() + ":" + e.source().actor()) + " tgt="
          + (e.target() == null ? "-" : e.target().text() + ":" + e.target().actor()));
    }
    return String.join(" | ", s);
  }

  /** The country field of a gold code such as {@code "TUN None"}, {@code "None CVL"}. */
  static String country(String goldCode) {
    String c = goldCode.strip().split("\\s+")[0];
    return c.isEmpty() ? "None" : c;
  }

  /** The country prefix of a CAMEO actor code ({@code TURGOV} → TUR, {@code CVL} → None). */
  static String actorCountry(String actor) {
    if (actor == null || actor.length() < 3) {
      return "None";
    }
    String head = actor.substring(0, 3);
    return SECTORS.contains(head) ? "None" : head;
  }

  /** {@code GsrEvaluator FILE [-v]}: scores the evaluation pipeline (KB entities, times). */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: GsrEvaluator gsr_dev.jsonl [-v]");
      System.exit(1);
    }
    boolean verbose = args.length > 1 && args[1].equals("-v");
    GsrEvaluator ev = new GsrEvaluator(new EvalPipeline(), verbose ? System.out : null);
    System.out.println(ev.evaluate(Path.of(args[0])).report());
  }
}
