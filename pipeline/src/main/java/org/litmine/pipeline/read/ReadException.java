package org.litmine.pipeline.read;

/** A paper that cannot be read, with a one-line reason a user can act on ("encrypted PDF", "not a PDF"). */
public class ReadException extends Exception {

  public ReadException(String reason) {
    super(reason);
  }

  public ReadException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
