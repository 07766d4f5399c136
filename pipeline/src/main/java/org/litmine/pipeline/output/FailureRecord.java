package org.litmine.pipeline.output;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A line of {@code failures.jsonl}: an input that failed, the stage it failed in and a one-line reason. */
@JsonPropertyOrder({"path", "stage", "error", "detail"})
public record FailureRecord(String path, String stage, String error, String detail) {

  /**
   * A failure from an exception: the reason as given; as detail, the exception's class, its first cause, and the
   * line of litmine's code where the innermost one was thrown (for a bug report).
   */
  public static FailureRecord of(String path, String stage, String error, Throwable cause) {
    String detail = cause == null ? null : cause.getClass().getName()
        + (cause.getCause() != null ? " caused by " + cause.getCause().getClass().getName() + ": "
            + String.valueOf(cause.getCause().getMessage()).replaceAll("\\s+", " ") : "")
        + thrownAt(cause);
    return new FailureRecord(path, stage, error.replaceAll("\\s+", " ").strip(), detail);
  }

  private static String thrownAt(Throwable cause) {
    Throwable innermost = cause;
    while (innermost.getCause() != null && innermost.getCause() != innermost) {
      innermost = innermost.getCause();
    }
    StackTraceElement[] trace = innermost.getStackTrace();
    for (StackTraceElement frame : trace) {
      if (frame.getClassName().startsWith("org.litmine.")) {
        return " at " + frame;
      }
    }
    return trace.length == 0 ? "" : " at " + trace[0];
  }
}
