package org.litmine.pipeline.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.litmine.pipeline.cli.LitmineCli;

/**
 * A standalone Flink session cluster of separate processes, a JobManager and two TaskManagers of two slots each on
 * loopback ports ({@link LocalFlinkCluster}, the README's recipe), runs {@code ../shared/corpus} from
 * {@code litmine-job.jar} on two slots, one on each TaskManager; its output files must be byte-identical to the
 * DirectRunner's. Then again with a TaskManager killed ({@code SIGKILL}) while it annotates papers, once a subtask
 * has finished and written its shards (which the restart writes again, so they must be left out of the merge): with
 * the restart strategy of {@code cluster/flink-conf.yaml} the job's tasks restart on the two slots left, and the run
 * must end complete and identical; a run that fails instead must fail loudly, with nothing under its {@code --out}.
 * Every process the test started is killed, by its pid, when it ends, passed or not.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FlinkClusterIT {

  static final Path CORPUS = Path.of("../../shared/corpus");
  static final Path JOB_JAR = Path.of("target/litmine-job.jar");
  static final List<String> FILES = List.of("documents.jsonl", "triples.jsonl", "family_triples.jsonl",
      "ungrounded_triples.jsonl", "trials.jsonl", "entities.jsonl", "failures.jsonl", "triples_aggregated.jsonl", "edges.tsv", "nodes.tsv",
      "triples.tsv");

  @TempDir static Path work;
  static Path direct;
  static LocalFlinkCluster cluster;

  @BeforeAll
  static void runDirectAndStartCluster() throws IOException {
    assertTrue(Files.isRegularFile(JOB_JAR), "mvn package builds " + JOB_JAR);
    cluster = new LocalFlinkCluster(LocalFlinkCluster.projectClasspath(Path.of("target")), Path.of("../cluster"),
        work.resolve("logs"), "3200m", List.of());
    cluster.start(2);
    direct = work.resolve("direct");
    assertEquals(0, LitmineCli.execute("run", "--corpus", CORPUS.toString(), "--out", direct.toString()));
    assertTrue(Files.size(direct.resolve("triples.jsonl")) > 0, "a comparison of empty files would prove nothing");
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
      assertEquals(List.of(), cluster.alivePids(), "processes left running");
    }
  }

  @Test
  void theJobJarCarriesLitmineAndBeamButNotFlinkNorTheModels() throws IOException {
    try (ZipFile jar = new ZipFile(JOB_JAR.toFile())) {
      assertTrue(jar.getEntry("org/litmine/pipeline/cli/Litmine.class") != null);
      assertTrue(jar.getEntry("org/litmine/annotators/BioAnnotations.class") != null);
      assertTrue(jar.getEntry("org/apache/beam/runners/flink/FlinkRunner.class") != null);
      assertTrue(jar.getEntry("org/apache/flink/runtime/taskexecutor/TaskManagerRunner.class") == null);
      assertTrue(jar.getEntry("edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger") == null);
      String registrars = new String(jar.getInputStream(
          jar.getEntry("META-INF/services/org.apache.beam.sdk.runners.PipelineRunnerRegistrar")).readAllBytes());
      assertTrue(registrars.contains("Flink") && registrars.contains("Direct"), "merged service files: " + registrars);
    }
  }

  @Test
  @Order(1)
  void twoTaskManagersWriteWhatTheDirectRunnerWrites() throws IOException {
    Path out = work.resolve("cluster");
    assertEquals(0, LitmineCli.execute(clusterRun(out)));
    assertSameFiles(out);
    JsonNode job = lastJob();
    assertEquals("FINISHED", job.get("state").asText());
    assertEquals(2, taskManagersThatAnnotated(job.get("jid").asText()).size(), "papers spread over both");
  }

  @Test
  @Order(2)
  void aTaskManagerKilledMidRunLeavesACompleteRunOrNone() throws Exception {
    Path out = work.resolve("killed");
    CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> LitmineCli.execute(clusterRun(out)));
    List<String> annotating = awaitShardsAndPapersInFlight(out, run);
    String jid = lastJob().get("jid").asText();
    String victim = annotating.get(annotating.size() - 1);
    LocalFlinkCluster.kill(cluster.taskManagers().get(Integer.parseInt(victim.substring(victim.indexOf('-') + 1)) - 1));
    System.out.println("FlinkClusterIT: killed " + victim + " (of " + annotating + " annotating papers)");
    int code = run.get(15, TimeUnit.MINUTES);
    if (code == 0) {
      System.out.println("FlinkClusterIT: the run ended complete after the restart");
      assertSameFiles(out);
      assertTrue(cluster.rest("/jobs/" + jid + "/exceptions").get("exceptionHistory").get("entries").size() > 0,
          "the job should have lost a TaskManager and restarted");
    } else {
      System.out.println("FlinkClusterIT: the run failed, exit " + code);
      assertFalse(Files.exists(out), "a failed run must write nothing under --out");
      try (Stream<Path> left = Files.list(work)) {
        assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith(".killed.")).toList());
      }
    }
  }

  private static String[] clusterRun(Path out) {
    return new String[] {"run", "--corpus", CORPUS.toString(), "--out", out.toString(), "--runner", "FlinkRunner",
        "--flinkMaster=" + cluster.master(), "--parallelism=2", "--filesToStage=" + JOB_JAR.toAbsolutePath()};
  }

  /**
   * Waits until the job has written a whole shard (a subtask has finished its papers: the shards a restart must
   * leave out of the merge) while a TaskManager is still annotating papers; returns the TaskManagers annotating.
   */
  private static List<String> awaitShardsAndPapersInFlight(Path out, CompletableFuture<Integer> run)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (System.nanoTime() < deadline) {
      assertFalse(run.isDone(), "the run ended before the test could kill a TaskManager: " + run.getNow(null));
      try (Stream<Path> siblings = Files.list(work)) {
        for (Path partial : siblings.filter(p -> p.getFileName().toString().startsWith(".killed.partial-")).toList()) {
          Path staging = partial.resolve(".staging");
          if (Files.isDirectory(staging) && hasWholeShard(staging)) {
            List<String> annotating = taskManagersAnnotating(lastJob().get("jid").asText());
            if (!annotating.isEmpty()) {
              return annotating;
            }
          }
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no subtask finished within 10 minutes; see " + work.resolve("logs"));
  }

  private static boolean hasWholeShard(Path staging) throws IOException {
    try (Stream<Path> shards = Files.list(staging)) {
      return shards.anyMatch(p -> !p.getFileName().toString().startsWith(".")
          && p.getFileName().toString().endsWith(".jsonl"));
    }
  }

  private static void assertSameFiles(Path out) throws IOException {
    for (String file : FILES) {
      assertArrayEquals(Files.readAllBytes(direct.resolve(file)), Files.readAllBytes(out.resolve(file)), file);
    }
  }

  /** The most recently started job of the cluster. */
  private static JsonNode lastJob() throws IOException {
    JsonNode latest = null;
    for (JsonNode job : cluster.rest("/jobs/overview").get("jobs")) {
      if (latest == null || job.get("start-time").asLong() > latest.get("start-time").asLong()) {
        latest = job;
      }
    }
    assertTrue(latest != null, "the cluster ran no job");
    return latest;
  }

  /** The TaskManagers on which the job's annotating operator ran. */
  private static Set<String> taskManagersThatAnnotated(String jid) throws IOException {
    Set<String> ids = new HashSet<>();
    for (JsonNode tm : annotatingVertex(jid).get("taskmanagers")) {
      ids.add(tm.get("taskmanager-id").asText());
    }
    return ids;
  }

  /** The TaskManagers ({@code taskmanager-<n>}, sorted) running a subtask of the job's annotating operator now. */
  private static List<String> taskManagersAnnotating(String jid) throws IOException {
    List<String> ids = new ArrayList<>();
    for (JsonNode tm : annotatingVertex(jid).get("taskmanagers")) {
      if (tm.path("status-counts").path("RUNNING").asInt() > 0) {
        ids.add(tm.get("taskmanager-id").asText());
      }
    }
    ids.sort(null);
    return ids;
  }

  /** The REST view, by TaskManager, of the job's vertex that ends in the annotating operator. */
  private static JsonNode annotatingVertex(String jid) throws IOException {
    for (JsonNode vertex : cluster.rest("/jobs/" + jid).get("vertices")) {
      if (vertex.get("name").asText().endsWith("at ReadAndAnnotatePapers/ReadAndAnnotate)")) {
        return cluster.rest("/jobs/" + jid + "/vertices/" + vertex.get("id").asText() + "/taskmanagers");
      }
    }
    throw new AssertionError("no ReadAndAnnotate operator in job " + jid);
  }
}
