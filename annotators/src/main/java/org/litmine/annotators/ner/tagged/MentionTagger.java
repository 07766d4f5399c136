package org.litmine.annotators.ner.tagged;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
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
 * {@code B-}type, {@code I-}type and {@code O} (BIO encoding), a {@code B-} label starting a new span.
 *
 * <p>A model file is read once per JVM and shared: tagging keeps no state and is safe from several threads (the
 * models are trained with {@code maxAdditionalKnownLCWords=0}, so that what was tagged before never changes a word's
 * shape, and the output does not depend on the order papers come in). The
 * models and their cards are under {@code org/litmine/annotators/models/} ({@code ./litmine train mentions}).
 */
public final class MentionTagger implements TrainedMentions.Tagger {

  private static final Map<String, CRFClassifier<CoreLabel>> LOADED = new ConcurrentHashMap<>();

  private final EntityType type;
  private final CRFClassifier<CoreLabel> classifier;

  private MentionTagger(EntityType type, CRFClassifier<CoreLabel> classifier) {
    this.type = type;
    this.classifier = classifier;
  }

  /** The tagger for mentions of {@code type} in the model at {@code location} (classpath resource or file). */
  public static MentionTagger load(EntityType type, String location) {
    return new MentionTagger(type, LOADED.computeIfAbsent(location, MentionTagger::read));
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
    List<CoreLabel> words = new ArrayList<>(pieces.size());
    for (WordPieces.Piece piece : pieces) {
      CoreLabel word = new CoreLabel();
      word.setWord(piece.text());
      word.setValue(piece.text());
      word.setOriginalText(piece.text());
      words.add(word);
    }
    // classifySentence, not classify: it derives the word shapes the features read, as training did
    List<CoreLabel> answers = classifier.classifySentence(words);
    List<TaggedSpan> spans = new ArrayList<>();
    int i = 0;
    while (i < pieces.size()) {
      if (!inside(answers.get(i))) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < pieces.size() && inside(answers.get(j)) && !begins(answers.get(j))) {
        j++;
      }
      spans.add(span(tokens, pieces.subList(i, j)));
      i = j;
    }
    return spans;
  }

  /** Whether a piece's answer is the type's: its name (IO labels) or {@code B-}/{@code I-} and its name (BIO). */
  private boolean inside(CoreLabel answer) {
    String label = answer.get(CoreAnnotations.AnswerAnnotation.class);
    return label != null && (label.equals(type.name()) || label.length() == type.name().length() + 2
        && label.endsWith(type.name()) && (label.startsWith("B-") || label.startsWith("I-")));
  }

  private boolean begins(CoreLabel answer) {
    return answer.get(CoreAnnotations.AnswerAnnotation.class).startsWith("B-");
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
