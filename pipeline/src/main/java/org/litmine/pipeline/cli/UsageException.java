package org.litmine.pipeline.cli;

/** A command line that cannot be run as given; the message says why. Exit code 2. */
final class UsageException extends Exception {

  UsageException(String message) {
    super(message);
  }
}
