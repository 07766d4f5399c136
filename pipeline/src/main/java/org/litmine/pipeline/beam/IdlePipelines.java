package org.litmine.pipeline.beam;

import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.litmine.annotators.BioNlp;
import org.litmine.annotators.parse.SentenceCapAnnotator;

/**
 * CoreNLP pipelines not in use, kept for the JVM's life and shared by every DoFn instance in it, of this run and of
 * later runs in the same JVM: one pipeline serves one paper at a time, and building one takes a quarter of a second
 * even with its models loaded. A pipeline a time budget abandoned while it was still running is not given back.
 */
final class IdlePipelines {

  /**
   * What a pipeline is built with: long sentences capped ({@link SentenceCapAnnotator}), threads per paper, and
   * whether the trained relation models add their triples to the rules', and whether the trained mention taggers
   * add their names to the lexicons'.
   */
  record Settings(int maxSentenceTokens, int paperThreads, boolean relationModels, boolean trainedMentions) {}

  private static final Map<Settings, Queue<BioNlp>> IDLE = new ConcurrentHashMap<>();

  private IdlePipelines() {}

  /** An idle pipeline of these settings, or a new one. */
  static BioNlp take(Settings settings) {
    BioNlp idle = queue(settings).poll();
    if (idle != null) {
      return idle;
    }
    Properties props = SentenceCapAnnotator.properties(settings.maxSentenceTokens());
    props.setProperty(BioNlp.PAPER_THREADS, Integer.toString(settings.paperThreads()));
    if (!settings.relationModels()) {
      props.setProperty("biorelation.classifier.models", "");
    }
    if (!settings.trainedMentions()) {
      props.setProperty("bioentity.taggers", "");
    }
    return new BioNlp(props);
  }

  /** Makes a pipeline taken with these settings available again. */
  static void giveBack(Settings settings, BioNlp pipeline) {
    queue(settings).add(pipeline);
  }

  private static Queue<BioNlp> queue(Settings settings) {
    return IDLE.computeIfAbsent(settings, s -> new ConcurrentLinkedQueue<>());
  }
}
