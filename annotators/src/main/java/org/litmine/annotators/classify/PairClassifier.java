package org.litmine.annotators.classify;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.litmine.annotators.lexicon.Lexicon;
import org.litmine.annotators.lexicon.TsvResource;
import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.relation.Effect;

/**
 * Scores a sentence's candidate gene–drug pairs with the trained relation models and says which effect, if any, the
 * sentence states for a pair, with its probability.
 *
 * <p>Two models, each trained on data labelled in its own terms ({@code ./litmine train}; model cards beside the
 * model files): the pharmacology model ({@code none}, {@code inhibits}, {@code induces}, {@code reduces}; ChemProt and
 * DrugProt {@code tune/}) and the predictive model ({@code none}, {@code predictive}; CIViCmine), whose accepted pairs
 * get their effect from {@link PredictiveDirection}. A label is taken when its probability reaches its model's
 * threshold; of two, the more probable wins. A gene named as a status of patients or tumours
 * ({@link BiomarkerStatus}) takes no pharmacology label.
 */
public final class PairClassifier {

  /** The default model resources. */
  public static final String PHARMACOLOGY_MODEL = "org/litmine/annotators/models/pharmacology.model.tsv";
  public static final String PREDICTIVE_MODEL = "org/litmine/annotators/models/predictive.model.tsv";
  public static final String PREDICTIVE_LABEL = "predictive";
  /** The rule name evidence gives for a triple the classifier found. */
  public static final String RULE_NAME = "classifier";

  /** What the classifier says of one pair. */
  public record Decision(Effect effect, double probability) {}

  private final List<LinearModel> models;
  private final PredictiveDirection direction;
  private final BiomarkerStatus status;

  public PairClassifier(List<LinearModel> models, PredictiveDirection direction, BiomarkerStatus status) {
    this.models = List.copyOf(models);
    this.direction = direction;
    this.status = status;
  }

  /** Loads the models named (classpath resources or files) and the direction cues. */
  public static PairClassifier load(List<String> modelLocations, String directionCues) {
    List<LinearModel> models = new ArrayList<>();
    for (String location : modelLocations) {
      models.add(readModel(location));
    }
    return new PairClassifier(models, new PredictiveDirection(Lexicon.load(directionCues)),
        BiomarkerStatus.load(BiomarkerStatus.DEFAULT_CUES));
  }

  static LinearModel readModel(String location) {
    try (InputStream in = TsvResource.open(location)) {
      return LinearModel.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read relation model " + location, e);
    }
  }

  /** The effect the sentence states for a pair with these features ({@link PairFeatures}), if a model accepts it. */
  public Optional<Decision> decide(CoreMap sentence, List<String> features, BioMention gene) {
    Decision best = null;
    for (LinearModel model : models) {
      double[] p = model.probabilities(features);
      int k = LinearModel.bestRelation(p);
      if (p[k] < model.threshold() || (best != null && best.probability() >= p[k])) {
        continue;
      }
      String label = model.labels().get(k);
      if (!label.equals(PREDICTIVE_LABEL)
          && status.describes(sentence.get(CoreAnnotations.TokensAnnotation.class), gene)) {
        continue;
      }
      Effect effect = label.equals(PREDICTIVE_LABEL) ? direction.of(sentence) : Effect.valueOf(label.toUpperCase(java.util.Locale.ROOT));
      best = new Decision(effect, p[k]);
    }
    return Optional.ofNullable(best);
  }
}
