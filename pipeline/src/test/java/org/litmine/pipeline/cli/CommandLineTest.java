package org.litmine.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

class CommandLineTest {

  /** Runs the command line, returning its exit code and what it printed on stdout and stderr. */
  private static String[] run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = Litmine.execute(args);
      return new String[] {Integer.toString(code), o.toString(StandardCharsets.UTF_8),
          e.toString(StandardCharsets.UTF_8)};
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void aMisspeltOptionIsRefusedWithTheNearestKnownOne() {
    String[] r = run("search", "--run", "out", "--efect", "resistance");
    assertEquals("2", r[0]);
    assertTrue(r[2].contains("unknown option --efect (did you mean --effect?)"), r[2]);
    String[] eval = run("eval", "--runn", "out");
    assertEquals("2", eval[0]);
    assertTrue(eval[2].contains("did you mean --run?"), eval[2]);
  }

  @Test
  void everyCommandHasHelpThatExitsZero() {
    for (String command : new String[] {"run", "eval", "search", "bench", "fidelity", "bench-drugprot", "train"}) {
      String[] r = run(command, "--help");
      assertEquals("0", r[0], command + ": " + r[2]);
      assertTrue(r[1].startsWith("usage: litmine " + command), command + ": " + r[1]);
    }
    String[] runHelp = run("run", "--help");
    assertTrue(runHelp[1].contains("--relationModels (default true)"), runHelp[1]);
    assertTrue(runHelp[1].contains("--maxPages (default 1000)"), runHelp[1]);
  }

  @Test
  void theTopLevelUsageNamesEveryCommand() {
    String[] r = run("help");
    assertEquals("0", r[0]);
    for (String command : new String[] {"run", "eval", "search", "bench", "fidelity", "bench-drugprot", "train"}) {
      assertTrue(r[1].contains("litmine " + command + " "), command);
    }
  }

  @Test
  void trainTakesOneTargetAndRefusesTheOtherTargetsOptions() {
    String[] unknown = run("train", "genes");
    assertEquals("2", unknown[0]);
    assertTrue(unknown[2].contains("relations (the default), mentions or clusters"), unknown[2]);
    String[] folds = run("train", "mentions", "--folds", "3");
    assertEquals("2", folds[0]);
    assertTrue(folds[2].contains("train mentions does not take --folds"), folds[2]);
    String[] devel = run("train", "relations", "--devel");
    assertEquals("2", devel[0]);
    assertTrue(devel[2].contains("train relations does not take --devel"), devel[2]);
    String[] help = run("train", "--help");
    assertTrue(help[1].contains("litmine train mentions [--shared ../shared]"), help[1]);
    assertTrue(help[1].contains("litmine train clusters [--shared ../shared] [--classes 512]"), help[1]);
    String[] classes = run("train", "clusters", "--taggers", "genes");
    assertEquals("2", classes[0]);
    assertTrue(classes[2].contains("train clusters does not take --taggers"), classes[2]);
  }

  @Test
  void nearestIsWithinTwoEdits() {
    CommandSpec spec = new CommandSpec("x", Set.of("gene", "drug", "effect"));
    assertEquals("gene", spec.nearest("gen"));
    assertEquals("effect", spec.nearest("efect"));
    assertNull(spec.nearest("corpus"));
    assertEquals(3, CommandSpec.distance("kitten", "sitting"));
    assertThrows(UsageException.class, () -> spec.check("x", ArgList.parse(new String[] {"--genes", "A"}, 0)));
  }

  @Test
  void aCorpusWithNothingToReadExitsTwoSayingWhatWasLookedFor(@TempDir Path dir) throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path others = Files.createDirectories(dir.resolve("others/sub"));
    Files.writeString(others.resolve("paper.docx"), "not read");
    Files.writeString(others.resolve("page.html"), "<html></html>");
    for (Path corpus : new Path[] {empty, others.getParent()}) {
      Path out = dir.resolve("out");
      String[] r = run("run", "--corpus", corpus.toString(), "--out", out.toString());
      assertEquals("2", r[0], r[2]);
      assertEquals(1, r[2].lines().count(), r[2]);
      assertTrue(r[2].contains("no input under " + corpus + ": looked for PDF (*.pdf), JATS XML (*.xml, *.nxml) and"
          + " plain text (*.txt)"), r[2]);
      assertFalse(Files.exists(out), "no run folder is made");
    }
  }

  /** A second process on one --out: a run started while another live process holds the folder's lock. */
  @Test
  void aRunOnAnOutAnotherLiveRunHoldsExitsTwoNamingIt(@TempDir Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("paper.txt"), "Trastuzumab inhibits ERBB2.");
    Path out = dir.resolve("out");
    Process first = new ProcessBuilder("sleep", "60").start();
    try {
      String start = first.info().startInstant().map(Object::toString).orElse("");
      Files.writeString(org.litmine.pipeline.limits.RunLock.fileOf(out), "pid=" + first.pid() + "\nprocessStart="
          + start + "\nstarted=2026-12-05T06:00:00Z\n");
      String[] r = run("run", "--corpus", corpus.toString(), "--out", out.toString());
      assertEquals("2", r[0], r[2]);
      assertTrue(r[2].contains("is in use by another litmine run (pid " + first.pid()
          + ", started 2026-12-05T06:00:00Z"), r[2]);
      assertFalse(Files.exists(out), "the first run's folder is left alone");
    } finally {
      first.destroy();
      first.waitFor();
    }
  }
}
