package org.litmine.pipeline.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.litmine.pipeline.output.Json;

/**
 * A Flink 1.19 standalone session cluster on this machine, as the README starts one by hand: a JobManager
 * ({@code StandaloneSessionClusterEntrypoint}) and TaskManagers ({@code TaskManagerRunner}), each a JVM of its own
 * started from a given classpath (litmine's, which holds Flink's runtime) with the settings of a config folder
 * ({@code cluster/flink-conf.yaml}), on free loopback ports. Each process's output goes to {@code <logs>/<name>.log}.
 *
 * <p>{@link #close} kills every process still alive, by its pid, and waits for it to end; a JVM shutdown hook does
 * the same if the JVM that started them exits first. For {@code FlinkClusterIT} and {@code ./litmine bench}.
 */
public final class LocalFlinkCluster implements AutoCloseable {

  private static final String JOB_MANAGER = "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint";
  private static final String TASK_MANAGER = "org.apache.flink.runtime.taskexecutor.TaskManagerRunner";
  private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

  private final String classpath;
  private final Path configDir;
  private final Path logs;
  private final String taskManagerHeap;
  private final int restPort;
  private final int rpcPort;
  private final List<String> settings;
  private final List<Process> processes = new ArrayList<>();
  private final List<Process> taskManagers = new ArrayList<>();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final Thread shutdownHook = new Thread(this::killAll, "local-flink-cluster-stop");
  private Process jobManager;

  /**
   * @param classpath the JVMs' classpath
   * @param configDir the folder of {@code flink-conf.yaml}
   * @param logs where each process's output goes
   * @param taskManagerHeap a TaskManager's {@code -Xmx} (the config's framework + task heap)
   * @param settings more {@code key=value} settings for every process, over the config's
   */
  public LocalFlinkCluster(String classpath, Path configDir, Path logs, String taskManagerHeap, List<String> settings)
      throws IOException {
    this.classpath = classpath;
    this.configDir = configDir.toAbsolutePath();
    this.logs = Files.createDirectories(logs);
    this.taskManagerHeap = taskManagerHeap;
    this.restPort = freePort();
    this.rpcPort = freePort();
    this.settings = List.copyOf(settings);
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /** litmine's classpath after a build: the pipeline's classes and {@code target/classpath.txt}. */
  public static String projectClasspath(Path pipelineTarget) throws IOException {
    return pipelineTarget.resolve("classes").toAbsolutePath() + java.io.File.pathSeparator
        + Files.readString(pipelineTarget.resolve("classpath.txt")).trim();
  }

  /** Starts the JobManager and {@code taskManagers} TaskManagers and waits until every one has registered. */
  public LocalFlinkCluster start(int taskManagers) throws IOException {
    jobManager = launch("jobmanager", "512m", JOB_MANAGER);
    for (int i = 0; i < taskManagers; i++) {
      addTaskManager();
    }
    awaitTaskManagers(taskManagers);
    return this;
  }

  /**
   * Starts one more TaskManager (it registers on its own; see {@link #awaitTaskManagers}), whose id in the REST API
   * is {@code taskmanager-<n>}, n counting from 1 in the order of {@link #taskManagers}.
   */
  public Process addTaskManager() throws IOException {
    String name = "taskmanager-" + (taskManagers.size() + 1);
    Process tm = launch(name, taskManagerHeap, TASK_MANAGER, "-Dtaskmanager.resource-id=" + name);
    taskManagers.add(tm);
    return tm;
  }

  /** The address {@code --flinkMaster} takes. */
  public String master() {
    return "localhost:" + restPort;
  }

  public Process jobManager() {
    return jobManager;
  }

  public List<Process> taskManagers() {
    return List.copyOf(taskManagers);
  }

  /** Kills a process with SIGKILL ({@code kill -9 <pid>}) and waits for it to end. */
  public static void kill(Process process) {
    process.destroyForcibly();
    try {
      process.onExit().get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("process " + process.pid() + " did not end after SIGKILL", e);
    }
  }

  /** A GET on the JobManager's REST API, as JSON. */
  public JsonNode rest(String path) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + restPort + path))
        .timeout(Duration.ofSeconds(10)).GET().build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IOException("GET " + path + ": HTTP " + response.statusCode() + " " + response.body());
      }
      return Json.mapper().readTree(response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted: GET " + path, e);
    }
  }

  /** Waits until {@code count} TaskManagers are registered with the JobManager. */
  public void awaitTaskManagers(int count) throws IOException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      if (!jobManager.isAlive()) {
        throw new IOException("the JobManager exited " + jobManager.exitValue() + "; see " + log("jobmanager"));
      }
      for (int i = 0; i < taskManagers.size(); i++) {
        if (!taskManagers.get(i).isAlive() && taskManagers.get(i).exitValue() != 137) {
          throw new IOException("a TaskManager exited " + taskManagers.get(i).exitValue() + "; see "
              + log("taskmanager-" + (i + 1)));
        }
      }
      try {
        JsonNode overview = rest("/overview");
        last = overview.toString();
        if (overview.path("taskmanagers").asInt() == count) {
          return;
        }
      } catch (IOException e) {
        last = e.getMessage();
      }
      sleep(500);
    }
    throw new IOException("the cluster did not have " + count + " TaskManagers after " + START_TIMEOUT
        + " (last: " + last + "); see " + logs);
  }

  /** The pids of the processes still alive. */
  public List<Long> alivePids() {
    return processes.stream().filter(Process::isAlive).map(Process::pid).toList();
  }

  @Override
  public void close() {
    killAll();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down and runs the hook
    }
  }

  private void killAll() {
    List<Process> stopping = new ArrayList<>(processes);
    java.util.Collections.reverse(stopping);
    for (Process process : stopping) {
      if (process.isAlive()) {
        kill(process);
      }
    }
  }

  private Process launch(String name, String heap, String mainClass, String... more) throws IOException {
    List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx" + heap, "-cp", classpath, mainClass,
        "--configDir", configDir.toString(),
        "-Djobmanager.rpc.address=localhost", "-Djobmanager.rpc.port=" + rpcPort, "-Drest.port=" + restPort));
    for (String setting : settings) {
      command.add("-D" + setting);
    }
    command.addAll(List.of(more));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log(name).toFile()).start();
    processes.add(process);
    return process;
  }

  private Path log(String name) {
    return logs.resolve(name + ".log");
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
