package org.litmine.pipeline.runner;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard error with one status line kept at its bottom, for a terminal: whatever else is written to standard
 * error (PDFBox and CoreNLP warnings through slf4j, a stack trace) goes above the line: the line is erased, the text
 * written, and the line drawn again under it once the text ends a line. {@link #install} puts it in place of
 * {@code System.err}, so that loggers which look up {@code System.err} when they write, or take it after the
 * install, write through it.
 */
public final class StatusLine extends OutputStream {

  private static final byte[] ERASE = "\r\033[K".getBytes(StandardCharsets.US_ASCII);

  private final PrintStream terminal;
  private String status;
  private boolean drawn;
  private boolean midLine;

  StatusLine(PrintStream terminal) {
    this.terminal = terminal;
  }

  /** Puts a status line on {@code System.err}; returns it, or null (and changes nothing) without a console. */
  public static StatusLine install() {
    if (System.console() == null) {
      return null;
    }
    StatusLine line = new StatusLine(System.err);
    System.setErr(new PrintStream(line, true, StandardCharsets.UTF_8));
    return line;
  }

  /** Shows {@code text} as the status line, replacing the one shown. */
  public synchronized void show(String text) {
    status = text;
    if (!midLine) {
      draw();
    }
  }

  /** Leaves the last status on the screen as a line of its own, puts the original stream back, and stops. */
  public synchronized void close(boolean keepLast) {
    if (drawn) {
      terminal.write(ERASE, 0, ERASE.length);
      if (keepLast && status != null) {
        terminal.print(status.stripTrailing());
        terminal.println();
      }
    }
    status = null;
    drawn = false;
    terminal.flush();
    System.setErr(terminal);
  }

  @Override
  public synchronized void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public synchronized void write(byte[] bytes, int off, int len) {
    if (len == 0) {
      return;
    }
    if (drawn) {
      terminal.write(ERASE, 0, ERASE.length);
      drawn = false;
    }
    terminal.write(bytes, off, len);
    midLine = bytes[off + len - 1] != '\n';
    if (!midLine) {
      draw();
    }
    terminal.flush();
  }

  @Override
  public synchronized void flush() {
    terminal.flush();
  }

  private void draw() {
    if (status != null) {
      terminal.write(ERASE, 0, ERASE.length);
      terminal.print(status);
      terminal.flush();
      drawn = true;
    }
  }
}
