package org.litmine.pipeline.bench;

import java.util.List;
import java.util.Locale;

/** Writes benchmark results as the Markdown of {@code reports/bench.md}. */
public final class BenchReport {

  static final double RATIO_TARGET = 0.8;
  static final double SPEEDUP_TARGET = 1.6;
  static final double HEAP_TARGET_GIB = 4.0;
  private static final double GIB = 1024.0 * 1024 * 1024;

  private BenchReport() {}

  public static String markdown(List<Benchmark.Result> results, String machine) {
    StringBuilder md = new StringBuilder("# litmine benchmark\n\n");
    md.append("Written by `./litmine bench` (see the README). ").append(machine).append("\n\n");
    md.append("Every figure is after model load: a warm-up runs each setting once, which loads CoreNLP's models ")
        .append("(CoreNLP then caches them for the JVM) and lets the JIT compile the code. A *worker* is a paper in ")
        .append("flight: the DirectRunner runs on one thread and litmine reads and annotates that many papers of a ")
        .append("batch at a time (README, \"Running at scale\"). *Whole run* is the wall time of `run` from listing the inputs to the index and the ")
        .append("export, the median of ").append(Benchmark.ROUNDS).append(" runs of each setting (1 worker, then ")
        .append("more, in turn), whose stage times are given; *read* and *annotate* are the stages' own milliseconds summed over papers. *Plain CoreNLP* ")
        .append("is tokenize, ssplit, pos, lemma, depparse, one thread, over the same paragraph texts. *Peak heap* ")
        .append("is sampled every 100 ms, the highest over the runs: *in use* counts garbage not yet collected; *after GC* is what the ")
        .append("collector left, close to the live set. litmine tags and parses only the sentences that name a gene ")
        .append("and a drug or drug class (the only ones a relation rule can use); plain CoreNLP parses every sentence, ")
        .append("so the ratio depends on that share, given per corpus.\n\n");
    for (Benchmark.Result r : results) {
      section(md, r);
    }
    return md.toString();
  }

  private static void section(StringBuilder md, Benchmark.Result r) {
    Measurement one = r.one();
    Measurement many = r.many();
    long pages = one.stage("pages");
    long tokens = r.plain().tokens();
    double plainSeconds = r.plain().nanos() / 1e9;
    double ratio = (tokens / one.seconds()) / (tokens / plainSeconds);
    double speedup = one.seconds() / many.seconds();
    double heap = Math.max(one.peakUsed(), many.peakUsed()) / GIB;
    md.append(String.format(Locale.ROOT, "## %s: %d papers (%d inputs), %d pages, %d paragraphs, %d tokens%n%n",
        r.corpus(), r.papers(), one.inputs(), pages, r.paragraphs(), tokens));
    md.append("| stage (1 worker) | time | throughput |\n|---|---:|---:|\n");
    row(md, "read (PDFBox, JATS, text)", one.stage("read_ms") / 1e3, pages, "pages");
    row(md, "annotate (CoreNLP + litmine annotators)", one.stage("annotate_ms") / 1e3, tokens, "tokens");
    md.append(String.format(Locale.ROOT, "| of which parsed: %d of %d sentences (%.0f%%) | | |%n",
        one.stage("parsed_sentences"), one.stage("sentences"),
        100.0 * one.stage("parsed_sentences") / Math.max(1, one.stage("sentences"))));
    md.append(String.format(Locale.ROOT, "| index (Lucene) | %.2f s | |%n", one.stage("index_ms") / 1e3));
    md.append(String.format(Locale.ROOT, "| export (KGX, TSV) | %.2f s | |%n", one.stage("export_ms") / 1e3));
    md.append(String.format(Locale.ROOT, "| **whole run** | %.1f s | %.2f pages/s, %.0f tokens/s |%n",
        one.seconds(), pages / one.seconds(), tokens / one.seconds()));
    double bioSeconds = r.annotators().nanos() / 1e9;
    md.append(String.format(Locale.ROOT, "| litmine's CoreNLP pipeline outside Beam, same text | %.1f s | %.0f tokens/s |%n",
        bioSeconds, tokens / bioSeconds));
    md.append(String.format(Locale.ROOT, "| plain CoreNLP, same text | %.1f s | %.0f tokens/s |%n%n",
        plainSeconds, tokens / plainSeconds));
    md.append("| measure | value | target | met |\n|---|---:|---:|:---:|\n");
    md.append(String.format(Locale.ROOT, "| whole run ÷ plain CoreNLP (tokens/s, 1 worker) | %.2f | ≥ %.1f | %s |%n",
        ratio, RATIO_TARGET, ratio >= RATIO_TARGET ? "yes" : "**no**"));
    md.append(String.format(Locale.ROOT, "| litmine's CoreNLP pipeline outside Beam ÷ plain CoreNLP | %.2f | | |%n",
        plainSeconds / bioSeconds));
    md.append(String.format(Locale.ROOT, "| speed-up 1 → %d workers | %.2f× (%.1f s → %.1f s) | ≥ %.1f× | %s |%n",
        many.workers(), speedup, one.seconds(), many.seconds(), SPEEDUP_TARGET,
        speedup >= SPEEDUP_TARGET ? "yes" : "**no**"));
    md.append(String.format(Locale.ROOT, "| peak heap in use (1 / %d workers) | %.2f / %.2f GiB | ≤ %.0f GiB | %s |%n",
        many.workers(), one.peakUsed() / GIB, many.peakUsed() / GIB, HEAP_TARGET_GIB,
        heap <= HEAP_TARGET_GIB ? "yes" : "**no**"));
    md.append(String.format(Locale.ROOT, "| peak heap after GC (1 / %d workers) | %.2f / %.2f GiB | | |%n%n",
        many.workers(), one.peakAfterGc() / GIB, many.peakAfterGc() / GIB));
  }

  private static void row(StringBuilder md, String stage, double seconds, long units, String unit) {
    md.append(String.format(Locale.ROOT, "| %s | %.1f s | %.1f %s/s |%n", stage, seconds,
        seconds > 0 ? units / seconds : 0, unit));
  }
}
