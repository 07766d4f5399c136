package org.litmine.annotators.ner.tagged;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.litmine.annotators.ner.EntityType;

/**
 * A trained sequence tagger (CoreNLP's {@link CRFClassifier}) that proposes mentions of one entity type from word
 * shape and context, whatever the lexicons list. It reads the sentence as {@link WordPieces}; its answer labels are
 * the entity type's name and {@code O} (IO encoding), and a run of pieces with the type's label is one span; or
 * {@code B-}type, {@code I-}type and {@code O} (BIO encoding), a {@code B-} label starting a new span. A BIO model may
 * come with a second one trained on the sentences reversed, whose spans are joined with its own ({@link CrfSpans}).
 *
 * <p>A model file is read once per JVM and shared: tagging keeps no state and is safe from several threads (the
 * models are trained with {@code maxAdditionalKnownLCWords=0}, so that what was tagged before never changes a word's
 * shape, and the output does not depend on the order papers come in). The
 * models and their cards are under {@code org/litmine/annotators/models/} ({@code ./litmine train mentions}).
 */
public final class MentionTagger implements TrainedMentions.Tagger {

  private static final Map<String, CRFClassifier<CoreLabel>> LOADED = new ConcurrentHashMap<>();

  private final EntityType type;
  private final CrfSpans spans;

  private MentionTagger(EntityType type, CrfSpans spans) {
    this.type = type;
    this.spans = spans;
  }

  /**
   * The tagger for mentions of {@code type} in the model at {@code location} (classpath resource or file), or in the
   * forward and backward models at {@code forward+backward}.
   */
  public static MentionTagger load(EntityType type, String location) {
    String[] models = location.split("\\+", -1);
    if (models.length > 2) {
      throw new IllegalArgumentException("a mention tagger is one model or forward+backward, not " + location);
    }
    CRFClassifier<CoreLabel> forward = LOADED.computeIfAbsent(models[0].strip(), MentionTagger::read);
    if (models.length == 1) {
      return new MentionTagger(type, CrfSpans.of(forward));
    }
    CRFClassifier<CoreLabel> backward = LOADED.computeIfAbsent(models[1].strip(), MentionTagger::read);
    try {
      return new MentionTagger(type, CrfSpans.of(forward, backward, type.name()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("mention tagger " + location + ": " + e.getMessage(), e);
    }
  }

  private static CRFClassifier<CoreLabel> read(String location) {
    try {
      return CRFClassifier.getClassifier(location);
    } catch (java.io.IOException | ClassNotFoundException | RuntimeException e) {
      throw new IllegalStateException("cannot read the mention tagger model " + location + ": " + e.getMessage(), e);
    }
  }

  public EntityType type() {
    return type;
  }

  /** The spans this tagger finds in a sentence, in order; offsets those of the tokens' text. */
  @Override
  public List<TaggedSpan> tag(List<CoreLabel> tokens) {
    List<WordPieces.Piece> pieces = WordPieces.of(tokens);
    if (pieces.isEmpty()) {
      return List.of();
    }
    List<TaggedSpan> found = new ArrayList<>();
    for (CrfSpans.Span s : spans.spans(pieces.stream().map(WordPieces.Piece::text).toList())) {
      found.add(span(tokens, pieces.subList(s.start(), s.end())));
    }
    return found;
  }

  private TaggedSpan span(List<CoreLabel> tokens, List<WordPieces.Piece> run) {
    WordPieces.Piece first = run.get(0);
    WordPieces.Piece last = run.get(run.size() - 1);
    StringBuilder text = new StringBuilder(first.text());
    for (int k = 1; k < run.size(); k++) {
      if (run.get(k).charBegin() > run.get(k - 1).charEnd()) {
        text.append(' ');
      }
      text.append(run.get(k).text());
    }
    return new TaggedSpan(type, text.toString(), first.token(), last.token() + 1, first.charBegin(), last.charEnd());
  }
}
