package org.litmine.pipeline.cli;

/** Test access to the command line without {@code System.exit}. */
public final class LitmineCli {

  private LitmineCli() {}

  public static int execute(String... args) {
    return Litmine.execute(args);
  }
}
