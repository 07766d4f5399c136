package org.litmine.pipeline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litmine.pipeline.HeadlessChromium;
import org.litmine.pipeline.output.Json;

/**
 * Opens {@code report.html} in headless Chromium (Debian's {@code chromium} package): a screenshot must show the
 * page (enough non-white pixels, and the chart colours of the SVG bars), and the numbers in the rendered page's
 * tables must equal {@code metrics.json}'s. Checked for a report written from the hand-made run of
 * {@link EvalFixture} and for the committed report of the review ({@code reports/}).
 *
 * <p>Without Chromium the test is skipped, except on CI ({@code CI=true}) ({@link HeadlessChromium}).
 */
class ReportRenderIT {

  private static final Path REPORTS = Path.of("..", "reports");

  @TempDir
  Path tmp;

  private HeadlessChromium chromium;

  @BeforeEach
  void findChromium() {
    chromium = HeadlessChromium.orSkip(tmp, "the report");
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
    chromium.run("--screenshot=" + png, "--window-size=1200,2000", html.toUri().toString());
    BufferedImage image = ImageIO.read(png.toFile());
    assertTrue(image != null, "Chromium wrote no readable screenshot at " + png);
    assertEquals(1200, image.getWidth());
    int ink = HeadlessChromium.pixels(image, rgb -> rgb != 0xffffff);
    int chart = HeadlessChromium.pixels(image, rgb -> HeadlessChromium.near(rgb, 0x4e79a7));
    int pixels = image.getWidth() * image.getHeight();
    assertTrue(ink > pixels / 50, "the screenshot is blank: " + ink + " non-white pixels of " + pixels);
    assertTrue(chart > 200, "no chart bars in the screenshot (" + chart + " pixels of the precision colour)");

    String dom = chromium.run("--dump-dom", html.toUri().toString());
    JsonNode metrics = Json.mapper().readTree(reportDir.resolve("metrics.json").toFile());
    ReportNumbers numbers = ReportNumbers.of(dom);
    assertEquals("", numbers.mismatches(metrics), "the rendered page disagrees with metrics.json");
    assertTrue(numbers.compared() > 40, "only " + numbers.compared() + " numbers compared");
  }
}
