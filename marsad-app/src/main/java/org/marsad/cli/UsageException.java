package org.marsad.cli;

/** A command line that parses but makes no sense (e.g. --out without --jsonl). Exit code 1. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
