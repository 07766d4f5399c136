package org.litmine.pipeline.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.litmine.pipeline.output.Json;

/** Reads JSON-lines files of a run or of the gold set. */
public final class RunOutput {

  private RunOutput() {}

  public static <T> List<T> readLines(Path file, Class<T> type) throws IOException {
    return readLines(file, line -> Json.parse(line, type));
  }

  public static <T> List<T> readLines(Path file, Function<String, T> parse) throws IOException {
    List<T> rows = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      try {
        rows.add(parse.apply(line));
      } catch (IllegalArgumentException e) {
        throw new IOException(file + " line " + n + ": " + e.getMessage(), e);
      }
    }
    return rows;
  }
}
