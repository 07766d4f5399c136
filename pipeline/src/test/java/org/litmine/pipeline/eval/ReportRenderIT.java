package org.litmine.pipeline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litmine.pipeline.output.Json;

/**
 * Opens {@code report.html} in headless Chromium (Debian's {@code chromium} package): a screenshot must show the
 * page (enough non-white pixels, and the chart colours of the SVG bars), and the numbers in the rendered page's
 * tables must equal {@code metrics.json}'s. Checked for a report written from the hand-made run of
 * {@link EvalFixture} and for the committed report of the review ({@code reports/}).
 *
 * <p>Without Chromium the test is skipped, except on CI ({@code CI=true}), where {@code .ci/run} installs it and its
 * absence is a failure.
 */
class ReportRenderIT {

  private static final Path REPORTS = Path.of("..", "reports");

  @TempDir
  Path tmp;

  private static final String CHROMIUM = onPath("chromium");

  private String chromium;

  @BeforeEach
  void findChromium() {
    chromium = CHROMIUM;
    if (chromium == null) {
      String message = "chromium is not installed (apt-get install -y chromium): the report cannot be rendered";
      if ("true".equals(System.getenv("CI"))) {
        fail(message + "; .ci/run should have installed it");
      }
      Assumptions.assumeTrue(false, message + "; skipped because CI is not set");
    }
  }

  @Test
  void reportOfAHandMadeRunRendersWithTheNumbersOfMetricsJson() throws Exception {
    Path gold = EvalFixture.gold(tmp.resolve("gold"));
    Evaluation run = Evaluation.of(EvalFixture.run(tmp.resolve("run"), true), gold);
    Evaluation base = Evaluation.of(EvalFixture.run(tmp.resolve("base"), false), gold);
    ReportWriter.write(run.comparedWith(base), tmp.resolve("report"));
    check(tmp.resolve("report"));
  }

  @Test
  void committedReportOfTheReviewRendersWithTheNumbersOfMetricsJson() throws Exception {
    assertTrue(Files.isRegularFile(REPORTS.resolve("report.html")), "reports/report.html is committed");
    check(REPORTS);
  }

  private void check(Path reportDir) throws Exception {
    Path html = reportDir.resolve("report.html").toAbsolutePath();
    Path png = tmp.resolve("screenshot-" + System.nanoTime() + ".png");
    run("--screenshot=" + png, "--window-size=1200,2000", html.toUri().toString());
    BufferedImage image = ImageIO.read(png.toFile());
    assertTrue(image != null, "Chromium wrote no readable screenshot at " + png);
    assertEquals(1200, image.getWidth());
    int ink = 0;
    int chart = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        ink += rgb != 0xffffff ? 1 : 0;
        chart += near(rgb, 0x4e79a7) ? 1 : 0;
      }
    }
    int pixels = image.getWidth() * image.getHeight();
    assertTrue(ink > pixels / 50, "the screenshot is blank: " + ink + " non-white pixels of " + pixels);
    assertTrue(chart > 200, "no chart bars in the screenshot (" + chart + " pixels of the precision colour)");

    String dom = run("--dump-dom", html.toUri().toString());
    JsonNode metrics = Json.mapper().readTree(reportDir.resolve("metrics.json").toFile());
    ReportNumbers numbers = ReportNumbers.of(dom);
    assertEquals("", numbers.mismatches(metrics), "the rendered page disagrees with metrics.json");
    assertTrue(numbers.compared() > 40, "only " + numbers.compared() + " numbers compared");
  }

  private static boolean near(int rgb, int target) {
    int d = 0;
    for (int shift = 0; shift <= 16; shift += 8) {
      d += Math.abs(((rgb >> shift) & 0xff) - ((target >> shift) & 0xff));
    }
    return d < 24;
  }

  /** Runs headless Chromium with the flags of the machine doc plus {@code args}; returns its standard output. */
  private String run(String... args) throws IOException, InterruptedException {
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
