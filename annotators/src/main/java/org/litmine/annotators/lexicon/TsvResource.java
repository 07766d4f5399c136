package org.litmine.annotators.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a tab-separated data file from the classpath (or, where no resource has that name, from a file), skipping
 * blank lines and {@code #} comments. The one reader of litmine's lexicons and small rule and vocabulary files: a
 * missing file fails naming it, and a row the caller rejects fails naming the file and the line.
 */
public final class TsvResource {

  /** Receives the columns of one data line; throws {@link IllegalArgumentException} to reject it. */
  public interface Row {
    void accept(String[] columns);
  }

  private TsvResource() {}

  /** Opens a classpath resource or, if there is none of that name, a file; fails if neither exists. */
  public static InputStream open(String location) throws IOException {
    InputStream in = TsvResource.class.getClassLoader().getResourceAsStream(location);
    if (in != null) {
      return in;
    }
    java.nio.file.Path path = java.nio.file.Path.of(location);
    if (!java.nio.file.Files.isRegularFile(path)) {
      throw new IOException("no such classpath resource or file");
    }
    return java.nio.file.Files.newInputStream(path);
  }

  /**
   * Hands every data line's columns to {@code row}; fails if there is no such classpath resource or file, or a row
   * is rejected.
   */
  public static void read(String location, Row row) {
    InputStream in;
    try {
      in = open(location);
    } catch (IOException e) {
      throw new IllegalArgumentException("Data file not found on the classpath or as a file: " + location, e);
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = reader.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        try {
          row.accept(line.split("\t", -1));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
          throw new IllegalArgumentException(location + " line " + n + ": " + e.getMessage() + ": " + line, e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + location + ": " + e.getMessage(), e);
    }
  }

  /** The first column of every data line, stripped, in file order: a word list or a list of patterns. */
  public static List<String> firstColumn(String location) {
    List<String> out = new ArrayList<>();
    read(location, columns -> out.add(columns[0].strip()));
    return List.copyOf(out);
  }
}
