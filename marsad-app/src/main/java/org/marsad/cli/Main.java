package org.marsad.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.marsad.input.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code marsad} command line. Exit codes: 0 ok, 1 usage error, 2 input error, 3 batch
 * finished but some records failed, 4 internal error.
 */
@Command(
    name = "marsad",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns Arabic news into structured, checkable knowledge.",
    subcommands = {AnalyzeCommand.class, IngestCommand.class, SearchCommand.class,
      ServeCommand.class, ExportCommand.class, EvalCommand.class, TrainCommand.class, KbCommand.class, BenchCommand.class,
      CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new BufferedWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
    PrintWriter err = new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the CLI with the given streams and returns the exit code (used by tests). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cmd = commandLine(out, err);
    return cmd.execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(new Main());
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setExitCodeExceptionMapper(Main::exitCode);
    cmd.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("marsad: " + ex.getMessage());
      c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
      return ExitCodes.USAGE;
    });
    cmd.setExecutionExceptionHandler((ex, c, parseResult) -> {
      if (ex instanceof InputException) {
        c.getErr().println("marsad: " + ex.getMessage());
      } else if (ex instanceof UsageException) {
        c.getErr().println("marsad: " + ex.getMessage());
        c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
      } else {
        c.getErr().println("marsad: internal error: " + ex);
        ex.printStackTrace(c.getErr());
      }
      return exitCode(ex);
    });
    return cmd;
  }

  private static int exitCode(Throwable ex) {
    if (ex instanceof InputException) {
      return ExitCodes.INPUT;
    }
    if (ex instanceof UsageException || ex instanceof CommandLine.ParameterException) {
      return ExitCodes.USAGE;
    }
    return ExitCodes.INTERNAL;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new UsageException("a command is required");
  }
}
