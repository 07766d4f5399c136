package org.litmine.pipeline;

import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium (Debian's {@code chromium} package) for the tests that render litmine's HTML pages. Without it a
 * test is skipped, except on CI ({@code CI=true}), where {@code .ci/run} installs it and its absence is a failure.
 */
public final class HeadlessChromium {

  private static final String CHROMIUM = onPath("chromium");

  private final String chromium;
  private final Path tmp;

  private HeadlessChromium(String chromium, Path tmp) {
    this.chromium = chromium;
    this.tmp = tmp;
  }

  /** Chromium working in {@code tmp}; skips the test (fails it on CI) when Chromium is not installed. */
  public static HeadlessChromium orSkip(Path tmp, String what) {
    if (CHROMIUM == null) {
      String message = "chromium is not installed (apt-get install -y chromium): " + what + " cannot be rendered";
      if ("true".equals(System.getenv("CI"))) {
        fail(message + "; .ci/run should have installed it");
      }
      Assumptions.assumeTrue(false, message + "; skipped because CI is not set");
    }
    return new HeadlessChromium(CHROMIUM, tmp);
  }

  /** Runs headless Chromium with the flags of the machine doc plus {@code args}; returns its standard output. */
  public String run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(tmp, "chromium-profile")));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(tmp, "chromium", ".out");
    Path err = Files.createTempFile(tmp, "chromium", ".err");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish in 120 s: " + String.join(" ", command));
    }
    if (p.exitValue() != 0) {
      fail("chromium exited " + p.exitValue() + ": " + Files.readString(err, StandardCharsets.UTF_8));
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /** How many pixels of {@code image} (as {@code 0xRRGGBB}) {@code colour} takes. */
  public static int pixels(BufferedImage image, IntPredicate colour) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        n += colour.test(image.getRGB(x, y) & 0xffffff) ? 1 : 0;
      }
    }
    return n;
  }

  /** Whether two colours are within a small distance of each other (sum of the channels' differences). */
  public static boolean near(int rgb, int target) {
    int d = 0;
    for (int shift = 0; shift <= 16; shift += 8) {
      d += Math.abs(((rgb >> shift) & 0xff) - ((target >> shift) & 0xff));
    }
    return d < 24;
  }

  private static String onPath(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      File f = new File(dir, name);
      if (f.canExecute()) {
        return f.getAbsolutePath();
      }
    }
    return null;
  }
}
