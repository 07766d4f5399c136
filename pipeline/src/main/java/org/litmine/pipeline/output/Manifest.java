package org.litmine.pipeline.output;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * {@code manifest.json}: what a run saw and did. Unlike the JSONL files it holds timings, so it differs from run
 * to run; everything else in it is deterministic. {@code inputs = succeeded + skipped + failed}, the counts the
 * run's first and last lines give: {@code succeeded} inputs are lines of {@code documents.jsonl}; skipped ones
 * (copies, other formats of a paper read, link loops) and failed ones are lines of {@code failures.jsonl}, skips
 * with stage {@code find}. {@code ignored} counts the files under the corpus that are of no kind litmine reads, by
 * extension.
 */
@JsonPropertyOrder({"inputs", "succeeded", "skipped", "failed", "ignored", "outputs", "versions", "options",
    "stages"})
public record Manifest(int inputs, int succeeded, int skipped, int failed, Map<String, Integer> ignored,
    Map<String, Integer> outputs, Map<String, String> versions, Map<String, String> options,
    Map<String, Long> stages) {}
