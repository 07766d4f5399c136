package org.litmine.pipeline.trial;

import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Map;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.document.Paragraph;

/**
 * Finds the clinical-trial records of a paper, from its tables and from its annotated sentences.
 * Not built yet: it finds none.
 */
public final class TrialExtractor {

  /**
   * The trial records of a paper. {@code sentences} holds, for each paragraph of the body, its sentences as
   * annotated by {@link org.litmine.annotators.BioNlp} (entity mentions included).
   */
  public List<TrialRecord> extract(Paper paper, Map<Paragraph, List<CoreMap>> sentences) {
    return List.of();
  }
}
