package org.litmine.pipeline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litmine.pipeline.output.Json;

/** The three report files of an evaluation, and that the page's tables show the figures of metrics.json. */
class ReportWriterTest {

  @TempDir
  Path tmp;

  @Test
  void writesMarkdownSelfContainedHtmlAndMetrics() throws IOException {
    Path gold = EvalFixture.gold(tmp.resolve("gold"));
    Evaluation run = Evaluation.of(EvalFixture.run(tmp.resolve("run"), true), gold);
    Evaluation base = Evaluation.of(EvalFixture.run(tmp.resolve("base"), false), gold);
    Path out = tmp.resolve("report");
    ReportWriter.write(run.comparedWith(base), out);

    String md = Files.readString(out.resolve("report.md"));
    assertTrue(md.contains("| strict (gene, drug, effect) | 1 | 2 | 3 | 0.333 | 0.250 | 0.286 |"), md);
    assertTrue(md.contains("| relaxed (gene, drug) | 2 | 1 | 2 |"), md);
    assertTrue(md.contains("rule `sensitizes-rule`"), "a false positive shows the rule that fired");
    assertTrue(md.contains("  - gold: " + EvalFixture.S4), "a false negative shows the gold sentence");
    assertTrue(md.contains("## Compared with baseline"), md);

    String html = Files.readString(out.resolve("report.html"));
    assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "no outside resources");
    assertEquals(3, html.split("<svg ").length - 1, "per-effect bars, precision-recall curve, confusion matrix");
    JsonNode metrics = Json.mapper().readTree(out.resolve("metrics.json").toFile());
    ReportNumbers numbers = ReportNumbers.of(html);
    assertEquals("", numbers.mismatches(metrics));
    assertEquals(true, metrics.path("entities").path("available").asBoolean());
    assertTrue(metrics.path("comparison").path("tpGained").isArray(), "the baseline run is the same: nothing gained");
    assertEquals(0, metrics.path("comparison").path("tpGained").size());
  }

  @Test
  void absentEntityListIsNotedInTheReport() throws IOException {
    Evaluation e = Evaluation.of(EvalFixture.run(tmp.resolve("run"), false), EvalFixture.gold(tmp.resolve("gold")));
    ReportWriter.write(e, tmp.resolve("report"));
    assertTrue(Files.readString(tmp.resolve("report/report.md")).contains("Not scored: " + Evaluation.NO_ENTITIES));
    JsonNode metrics = Json.mapper().readTree(tmp.resolve("report/metrics.json").toFile());
    assertEquals(Evaluation.NO_ENTITIES, metrics.path("entities").path("note").asText());
  }

  @Test
  void slugsNameTablesAfterTheirHeadings() {
    assertEquals("false-positives", HtmlReport.slug("False positives (12)"));
    assertEquals("by-effect", HtmlReport.slug("By effect"));
  }
}
