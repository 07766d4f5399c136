package org.litmine.pipeline.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Samples the heap in use of another JVM, by its pid, every 250 ms while a stage runs, with the JDK's
 * {@code jstat -gc <pid> 250} (the survivor, eden and old spaces' used kilobytes), and keeps the peak: the heap in use
 * of a cluster's JobManager and TaskManagers, as {@link HeapSampler} does for this JVM's. {@link #close} stops
 * {@code jstat} (by its own pid).
 */
final class ProcessHeap implements AutoCloseable {

  private static final List<String> USED = List.of("S0U", "S1U", "EU", "OU");

  private final Process jstat;
  private final Thread reader;
  private volatile long peak;

  ProcessHeap(long pid) throws IOException {
    jstat = new ProcessBuilder("jstat", "-gc", Long.toString(pid), "250").redirectErrorStream(true).start();
    reader = new Thread(this::read, "jstat-" + pid);
    reader.setDaemon(true);
    reader.start();
  }

  private void read() {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream(),
        StandardCharsets.UTF_8))) {
      List<String> header = null;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        List<String> cells = Arrays.asList(line.trim().split("\\s+"));
        if (cells.contains("EU")) {
          header = cells;
        } else if (header != null && cells.size() == header.size()) {
          double kilobytes = 0;
          for (String column : USED) {
            kilobytes += Double.parseDouble(cells.get(header.indexOf(column)));
          }
          peak = Math.max(peak, (long) (kilobytes * 1024));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // the JVM ended (or jstat did): keep the peak so far
    }
  }

  /** The largest heap in use seen (bytes). */
  long peak() {
    return peak;
  }

  @Override
  public void close() {
    jstat.destroy();
    try {
      reader.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
