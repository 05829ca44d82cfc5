package org.marsad.cli;

import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress bars on stderr, shown only when stderr is a terminal (never in logs or pipes). */
final class ProgressBars {
  private ProgressBars() {}

  static ProgressBar create(String task, String unit) {
    ProgressBarBuilder b = new ProgressBarBuilder()
        .setTaskName(task)
        .setUnit(unit, 1)
        .setStyle(ProgressBarStyle.ASCII)
        .continuousUpdate();
    if (!stderrIsTerminal()) {
      b.setConsumer(new DelegatingProgressBarConsumer(s -> { }));
    }
    return b.build();
  }

  /**
   * Java 17 cannot ask whether stderr is a terminal, so the {@code ./marsad} launcher tells it
   * ({@code MARSAD_STDERR_TTY=1|0}, from {@code [ -t 2 ]}); run without the launcher, a console
   * (stdin and stdout on a terminal) stands in.
   */
  static boolean stderrIsTerminal() {
    String flag = System.getenv("MARSAD_STDERR_TTY");
    return flag != null ? flag.equals("1") : System.console() != null;
  }
}
