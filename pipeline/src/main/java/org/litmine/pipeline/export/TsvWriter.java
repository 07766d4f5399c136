package org.litmine.pipeline.export;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes a TSV file with a header row, unquoted as KGX reads it: tabs, carriage returns and line breaks inside a
 * value become spaces. The file is written under a temporary name and moved into place by {@link #commit}.
 */
final class TsvWriter implements Closeable {

  private final Path target;
  private final Path tmp;
  private final BufferedWriter out;
  private final int columns;

  TsvWriter(Path target, List<String> header) throws IOException {
    this.target = target;
    this.tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
    this.out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
    this.columns = header.size();
    row(header);
  }

  void row(List<String> values) throws IOException {
    if (values.size() != columns) {
      throw new IllegalArgumentException("expected " + columns + " values, got " + values.size());
    }
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.write('\t');
      }
      out.write(clean(values.get(i)));
    }
    out.write('\n');
  }

  static String clean(String value) {
    return value == null ? "" : value.replaceAll("[\\t\\r\\n]+", " ");
  }

  /** Closes the file and moves it to its final name. */
  void commit() throws IOException {
    out.close();
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  @Override
  public void close() throws IOException {
    out.close();
    Files.deleteIfExists(tmp);
  }
}
