package org.marsad.cli;

/** The CLI's exit codes, documented in the README. */
final class ExitCodes {
  static final int OK = 0;
  static final int USAGE = 1;
  static final int INPUT = 2;
  static final int PARTIAL = 3;
  static final int INTERNAL = 4;

  private ExitCodes() {}
}
