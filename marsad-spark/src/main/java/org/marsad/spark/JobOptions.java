package org.marsad.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * What the job reads and where it writes. Inputs are Hadoop paths (local, HDFS, S3, ... as the
 * cluster supports): {@code .jsonl} files (the batch format), {@code .warc}/{@code .warc.gz}
 * files, or directories read recursively ({@code .txt}, {@code .html}, {@code .htm},
 * {@code .jsonl}, {@code .warc}, {@code .warc.gz} inside).
 */
public record JobOptions(List<String> inputs, String output, String master, int partitions) {
  public JobOptions {
    inputs = List.copyOf(inputs);
  }

  static final String USAGE = "usage: marsad spark --input PATH [--input PATH ...] --output DIR"
      + " [--master local[*]] [--partitions N]";

  /** Parses {@code --input P (repeatable or comma-separated) --output D [--master M] [--partitions N]}. */
  public static JobOptions parse(String[] args) {
    List<String> in = new ArrayList<>();
    String out = null;
    String master = null;
    int partitions = 0;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("-h") || a.equals("--help")) {
        throw new IllegalArgumentException(USAGE);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value for " + a + "\n" + USAGE);
      }
      String v = args[++i];
      switch (a) {
        case "--input" -> in.addAll(List.of(v.split(",")));
        case "--output" -> out = v;
        case "--master" -> master = v;
        case "--partitions" -> {
          try {
            partitions = Integer.parseInt(v);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--partitions: '" + v + "' is not a number");
          }
        }
        default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
      }
    }
    if (in.isEmpty() || out == null) {
      throw new IllegalArgumentException("--input and --output are required\n" + USAGE);
    }
    return new JobOptions(in, out, master, partitions);
  }
}
