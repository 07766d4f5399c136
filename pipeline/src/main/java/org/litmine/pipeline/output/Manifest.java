package org.litmine.pipeline.output;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * {@code manifest.json}: what a run saw and did. Unlike the JSONL files it holds timings, so it differs from run
 * to run; everything else in it is deterministic.
 */
@JsonPropertyOrder({"inputs", "succeeded", "failed", "outputs", "versions", "options", "stages"})
public record Manifest(int inputs, int succeeded, int failed, Map<String, Integer> outputs,
    Map<String, String> versions, Map<String, String> options, Map<String, Long> stages) {}
