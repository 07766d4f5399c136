package org.litmine.pipeline.output;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A line of {@code failures.jsonl}: an input that failed, the stage it failed in and a one-line reason. */
@JsonPropertyOrder({"path", "stage", "error", "detail"})
public record FailureRecord(String path, String stage, String error, String detail) {

  /** A failure from an exception: the reason as given, the exception's class and first cause as detail. */
  public static FailureRecord of(String path, String stage, String error, Throwable cause) {
    String detail = cause == null ? null : cause.getClass().getName()
        + (cause.getCause() != null ? " caused by " + cause.getCause().getClass().getName() + ": "
            + String.valueOf(cause.getCause().getMessage()).replaceAll("\\s+", " ") : "");
    return new FailureRecord(path, stage, error.replaceAll("\\s+", " ").strip(), detail);
  }
}
