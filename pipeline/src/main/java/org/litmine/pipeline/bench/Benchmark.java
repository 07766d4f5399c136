package org.litmine.pipeline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.document.Paragraph;
import org.litmine.pipeline.document.Section;
import org.litmine.pipeline.output.Json;
import org.litmine.pipeline.output.OutputFiles;

/**
 * Benchmarks {@code ./litmine run} on one corpus, in this JVM:
 *
 * <ol>
 *   <li>a warm-up: the run with 1 worker, then with {@code workers}, so that CoreNLP's models are loaded (CoreNLP
 *       caches annotators per JVM, so later runs reuse them: every figure below is after model load) and the JIT
 *       has compiled the code each setting runs (the first runs of a JVM are a third slower);</li>
 *   <li>the run with 1 worker, then with {@code workers} workers (DirectRunner {@code --targetParallelism}, which
 *       litmine runs as papers in flight: {@code RunnerSetup}), each
 *       timed whole and sampled for heap ({@link HeapSampler}); the pair is repeated {@value #ROUNDS} times and
 *       each setting reported by its median run ({@link Measurement#median}), as a run of a few seconds on a
 *       shared machine varies by a tenth or more;</li>
 *   <li>plain CoreNLP over the paragraph texts that run read ({@link PlainCoreNlp}), one thread; then litmine's
 *       own CoreNLP pipeline the same way, outside Beam.</li>
 * </ol>
 * The command line runs the pipeline through {@code run}, given as a function of its arguments to its exit code.
 */
public final class Benchmark {

  /** The result: the runs and the baseline. */
  public record Result(String corpus, int papers, Measurement one, Measurement many, PlainCoreNlp.Result plain,
      PlainCoreNlp.Result annotators, long paragraphs) {}

  /** How many times each setting runs. */
  static final int ROUNDS = 5;

  private final Function<String[], Integer> run;

  public Benchmark(Function<String[], Integer> run) {
    this.run = run;
  }

  /** Runs the benchmark on {@code corpus} (copied to at least {@code copies} papers when copies > 0). */
  public Result measure(Path corpus, int copies, int workers) throws IOException {
    Path work = Files.createTempDirectory("litmine-bench-out-");
    try (CorpusCopies papers = new CorpusCopies(corpus, copies)) {
      System.err.println("litmine bench: warm-up (loads the models, compiles the code paths of each setting)");
      pipeline(papers.dir, work.resolve("warm1"), 1);
      pipeline(papers.dir, work.resolve("warm" + workers), workers);
      List<Measurement> ones = new ArrayList<>();
      List<Measurement> manies = new ArrayList<>();
      for (int round = 1; round <= ROUNDS; round++) {
        System.err.printf("litmine bench: %d papers, 1 worker (round %d of %d)%n", papers.papers, round, ROUNDS);
        ones.add(pipeline(papers.dir, work.resolve("one" + round), 1));
        System.err.printf("litmine bench: %d papers, %d workers (round %d of %d)%n", papers.papers, workers, round,
            ROUNDS);
        manies.add(pipeline(papers.dir, work.resolve("many" + round), workers));
      }
      Measurement one = Measurement.median(ones);
      Measurement many = Measurement.median(manies);
      System.err.println("litmine bench: plain CoreNLP on the same text");
      List<String> texts = paragraphs(work.resolve("one1").resolve("documents.jsonl"));
      PlainCoreNlp.Result plain = PlainCoreNlp.plain().annotate(texts);
      System.err.println("litmine bench: litmine's CoreNLP pipeline, outside Beam, on the same text");
      PlainCoreNlp.Result annotators = PlainCoreNlp.litmine().annotate(texts);
      return new Result(corpus.toString(), papers.papers, one, many, plain, annotators, texts.size());
    } finally {
      OutputFiles.deleteTree(work);
    }
  }

  private Measurement pipeline(Path corpus, Path out, int workers) throws IOException {
    System.gc();
    long start = System.nanoTime();
    HeapSampler heap = new HeapSampler();
    int code;
    try (heap) {
      code = run.apply(new String[] {"run", "--corpus", corpus.toString(), "--out", out.toString(),
          "--targetParallelism=" + workers, "--skipDuplicates=false"});
    }
    long wall = System.nanoTime() - start;
    if (code != 0) {
      throw new IOException("the run on " + corpus + " exited " + code);
    }
    JsonNode manifest = Json.mapper().readTree(out.resolve("manifest.json").toFile());
    Map<String, Long> stages = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = manifest.get("stages").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      stages.put(e.getKey(), e.getValue().asLong());
    }
    return new Measurement(workers, manifest.get("inputs").asInt(), stages, wall, heap.peakUsed(),
        heap.peakAfterGc());
  }

  /** The paragraph texts of every document of a run, as the pipeline annotated them. */
  static List<String> paragraphs(Path documentsJsonl) throws IOException {
    List<String> texts = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(documentsJsonl, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          for (Section section : Json.parse(line, Paper.class).sections()) {
            for (Paragraph paragraph : section.paragraphs()) {
              texts.add(paragraph.text());
            }
          }
        }
      }
    }
    return texts;
  }
}
