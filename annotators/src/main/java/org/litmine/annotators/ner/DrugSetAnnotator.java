package org.litmine.annotators.ner;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.litmine.annotators.BioAnnotations;
import org.litmine.annotators.lexicon.LexiconSet;
import org.litmine.annotators.lexicon.TsvResource;

/**
 * Makes a phrase that names the drugs a sentence named before it a mention of those drugs: in "X and Y ...; T790M
 * confers resistance to both agents" or "imatinib, dasatinib and nilotinib inhibit ABL1, but T315I confers resistance
 * to all three agents", the phrase "both agents", "all three agents" is a drug mention whose ids are the drugs named
 * before it (the last two, the last three; "these agents", "either drug" without a number: all of them, two at
 * least). The words are in {@code rules/entities/drug_set_words.tsv} (or {@code <name>.words}): an opener ("both",
 * "all", "these", "either"), an optional number word, a plural head noun ("drugs", "agents", "inhibitors"; a singular
 * one after "either" or "each"), with "of the" or "of these" allowed after the openers the file marks partitive
 * ("all", "both"). The drugs are the
 * grounded drug and chemical mentions before the phrase in the same sentence, each id once; no class. The phrase's
 * tokens take the NER tag of the drugs' type.
 *
 * <p>Runs over the whole paper after {@link DefinitionAnnotator} (the paper's code names are then grounded to their
 * generic names, so "osimertinib (AZD9291) and rociletinib ... both drugs" names two drugs, not three).
 */
public class DrugSetAnnotator implements Annotator {

  public static final String DEFAULT_WORDS = LexiconSet.ENTITY_RULES_DIR + "drug_set_words.tsv";
  /** What an opener marked partitive may take before a partitive word: "all of the agents". */
  private static final String PARTITIVE_PREPOSITION = "of";

  /** A word that opens a phrase: the count it implies (0: all drugs named), its noun's number, "of the" after it. */
  private record Opener(int count, boolean single, boolean partitive) {}

  /** A phrase of tokens [begin, end) naming {@code count} drugs (0: all those named before it). */
  private record Phrase(int begin, int end, int count) {}

  private final Map<String, Opener> openers = new HashMap<>();
  private final Map<String, Integer> counts = new HashMap<>();
  private final Set<String> heads = new HashSet<>();
  private final Set<String> singulars = new HashSet<>();
  private final Set<String> partitives = new HashSet<>();

  public DrugSetAnnotator(String name, Properties props) {
    TsvResource.read(props.getProperty(name + ".words", DEFAULT_WORDS), row -> {
      String word = row[0].strip();
      switch (row[1].strip()) {
        case "opener" -> openers.put(word, new Opener(Integer.parseInt(row[2].strip()), "single".equals(row[3].strip()),
            row.length > 4 && "partitive".equals(row[4].strip())));
        case "count" -> counts.put(word, Integer.parseInt(row[2].strip()));
        case "head" -> heads.add(word);
        case "single" -> singulars.add(word);
        case "partitive" -> partitives.add(word);
        default -> throw new IllegalArgumentException(name + ": unknown kind of drug set word: " + row[1]);
      }
    });
  }

  @Override
  public void annotate(Annotation annotation) {
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<BioMention> mentions = sentence.get(BioAnnotations.BioMentionsAnnotation.class);
      if (mentions == null || mentions.stream().filter(m -> m.type().isDrugLike()).count() < 2) {
        continue;
      }
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      List<BioMention> added = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        phrase(tokens, i).flatMap(p -> reference(tokens, mentions, p)).ifPresent(added::add);
      }
      if (!added.isEmpty()) {
        List<BioMention> all = new ArrayList<>(mentions);
        all.addAll(added);
        all.sort(BioMention.IN_ORDER);
        sentence.set(BioAnnotations.BioMentionsAnnotation.class, all);
      }
    }
  }

  /** The drug set phrase opening at {@code i}, if one does. */
  private Optional<Phrase> phrase(List<CoreLabel> tokens, int i) {
    Opener opener = openers.get(word(tokens, i));
    if (opener == null) {
      return Optional.empty();
    }
    int j = i + 1;
    if (opener.partitive() && PARTITIVE_PREPOSITION.equals(word(tokens, j))
        && partitives.contains(word(tokens, j + 1))) {
      j += 2;
    }
    int count = opener.count();
    if (counts.containsKey(word(tokens, j))) {
      count = counts.get(word(tokens, j));
      j++;
    }
    String noun = word(tokens, j);
    boolean ends = opener.single() ? singulars.contains(noun) : heads.contains(noun);
    return ends ? Optional.of(new Phrase(i, j + 1, count)) : Optional.empty();
  }

  /** The mention of the drugs named before the phrase, as many as its count says. */
  private static Optional<BioMention> reference(List<CoreLabel> tokens, List<BioMention> mentions, Phrase phrase) {
    int begin = phrase.begin();
    int end = phrase.end();
    if (mentions.stream().anyMatch(m -> m.tokenBegin() < end && m.tokenEnd() > begin)) {
      return Optional.empty();
    }
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    EntityType type = EntityType.CHEMICAL;
    for (BioMention m : mentions) {
      if (m.tokenEnd() <= begin && m.type().isDrugLike() && m.grounded()) {
        ids.addAll(m.ids());
        type = m.type() == EntityType.DRUG ? EntityType.DRUG : type;
      }
    }
    int count = phrase.count();
    List<String> named = List.copyOf(ids);
    if (named.size() < Math.max(count, 2)) {
      return Optional.empty();
    }
    List<String> referred = count == 0 ? named : named.subList(named.size() - count, named.size());
    for (int t = begin; t < end; t++) {
      tokens.get(t).setNER(type.name());
    }
    return Optional.of(new BioMention(type, EntityMatcher.surface(tokens, begin, end), referred, begin, end,
        tokens.get(begin).beginPosition(), tokens.get(end - 1).endPosition()));
  }

  private static String word(List<CoreLabel> tokens, int i) {
    return i < tokens.size() ? tokens.get(i).word().toLowerCase(Locale.ROOT) : "";
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
        BioAnnotations.BioMentionsAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of();
  }
}
