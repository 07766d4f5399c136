package org.litmine.annotators.ner;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.litmine.annotators.Parentheses;
import org.litmine.annotators.lexicon.Lexicon;

/**
 * Drug classes named after their target: a gene, family or class target followed by a head word ("mTOR
 * inhibitors", "anti-IGF-IR mAb", "IGF-IR-targeted agents", "epidermal growth factor receptor (EGFR) tyrosine kinase
 * inhibitors") is a {@link EntityType#DRUG_CLASS} mention spanning both, with the ids {@link DrugClassIds} gives its
 * target.
 *
 * <p>A class the lexicon lists whole inside one of these ("tyrosine kinase inhibitors" in "EGFR tyrosine kinase
 * inhibitors") gives way to it.
 *
 * <p>The head, weak head and modifier words are the {@code head}, {@code weak-head} and {@code modifier} rows of the
 * class words lexicon; a target no mention covers must be a row of the class targets lexicon.
 */
final class TargetClassNames {

  private static final String HEAD = "head";
  private static final String WEAK_HEAD = "weak-head";
  private static final String MODIFIER = "modifier";
  private static final int MAX_MODIFIERS = 3;
  private static final Set<String> CONNECTORS = Set.of(",", "and", "or", "and/or");

  private final Lexicon classTargets;
  private final Lexicon classWords;
  private final DrugClassIds classIds;

  TargetClassNames(Lexicon classTargets, Lexicon classWords) {
    this.classTargets = classTargets;
    this.classWords = classWords;
    this.classIds = new DrugClassIds(classTargets);
  }

  /**
   * Adds the classes: [anti-]TARGET [modifier...] HEAD, or TARGET-targeted WEAK_HEAD. A head shared by coordinated
   * targets ("BRAF and MEK inhibitors", "MAPK, CDK, and ALK inhibitors") makes one class per target; there the
   * targets name classes, not genes, so their gene and family mentions give way, and each class but the last spans
   * its target alone.
   */
  void addTo(List<CoreLabel> tokens, List<BioMention> mentions) {
    List<BioMention> classes = new ArrayList<>();
    List<BioMention> replaced = new ArrayList<>();
    for (int h = 0; h < tokens.size(); h++) {
      String kind = wordKind(tokens.get(h));
      if (!HEAD.equals(kind) && !WEAK_HEAD.equals(kind)) {
        continue;
      }
      int t = h - 1;
      int modifiers = 0;
      while (t >= 0 && modifiers < MAX_MODIFIERS && MODIFIER.equals(wordKind(tokens.get(t)))) {
        t--;
        modifiers++;
      }
      List<Target> targets = new ArrayList<>();
      int last = t;
      Optional<Target> target = targetEndingAt(tokens, mentions, last, WEAK_HEAD.equals(kind))
          .or(() -> targetBeforeItsAbbreviation(tokens, mentions, last, WEAK_HEAD.equals(kind)));
      while (target.isPresent()) {
        targets.add(target.get());
        int j = target.get().begin() - 1;
        int connectors = 0;
        while (j >= 0 && CONNECTORS.contains(tokens.get(j).originalText().toLowerCase(Locale.ROOT))) {
          j--;
          connectors++;
        }
        target = connectors == 0 ? Optional.empty() : targetEndingAt(tokens, mentions, j, WEAK_HEAD.equals(kind));
      }
      for (int i = 0; i < targets.size(); i++) {
        Target tg = targets.get(i);
        int end = i == 0 ? h + 1 : tg.end();
        classes.add(new BioMention(EntityType.DRUG_CLASS, EntityMatcher.surface(tokens, tg.begin(), end),
            classIds.of(tg.text()), tg.begin(), end, tokens.get(tg.begin()).beginPosition(),
            tokens.get(end - 1).endPosition()));
        if (targets.size() > 1) {
          tg.mention().ifPresent(replaced::add);
        }
      }
    }
    mentions.removeAll(replaced);
    // A class with no one target inside a class named after its target gives way ("EGFR tyrosine kinase inhibitors").
    mentions.removeIf(m -> m.type() == EntityType.DRUG_CLASS && classes.stream().anyMatch(m::within));
    mentions.addAll(classes);
  }

  /**
   * What a class can be named after, ending at token t: its tokens [begin, end), its text without affixes, and the
   * gene or family mention it is, if any.
   */
  private record Target(int begin, int end, String text, Optional<BioMention> mention) {}

  private Optional<Target> targetEndingAt(List<CoreLabel> tokens, List<BioMention> mentions, int t,
      boolean mustBeMarked) {
    if (t < 0) {
      return Optional.empty();
    }
    Optional<BioMention> mention = mentionEndingAt(mentions, t);
    if (mention.isPresent() && mention.get().type() == EntityType.DRUG_CLASS) {
      return Optional.empty();
    }
    String written = mention.map(m -> EntityMatcher.surface(tokens, m.tokenBegin(), m.tokenEnd()))
        .orElse(tokens.get(t).originalText());
    String text = mention.map(BioMention::text).orElse(written);
    if (mustBeMarked && text.equals(written)) {
      return Optional.empty();
    }
    if (mention.isEmpty() && classTargets.lookup(text).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Target(mention.map(BioMention::tokenBegin).orElse(t), t + 1, text, mention));
  }

  /**
   * A target whose abbreviation stands in brackets between it and the class words: "epidermal growth factor receptor
   * (EGFR) tyrosine kinase inhibitors". The class spans from the target to the head and is named after the
   * abbreviation, as "EGFR tyrosine kinase inhibitors" is, when the bracket holds a mention of the same gene as the
   * one before it.
   */
  private Optional<Target> targetBeforeItsAbbreviation(List<CoreLabel> tokens, List<BioMention> mentions, int t,
      boolean mustBeMarked) {
    if (t < 3 || !Parentheses.closes(tokens.get(t).word()) || !Parentheses.opens(tokens.get(t - 2).word())) {
      return Optional.empty();
    }
    Optional<BioMention> inside = mentionEndingAt(mentions, t - 1);
    Optional<Target> before = targetEndingAt(tokens, mentions, t - 3, mustBeMarked);
    if (inside.isEmpty() || before.isEmpty() || before.get().mention().isEmpty()
        || !before.get().mention().get().ids().equals(inside.get().ids())) {
      return Optional.empty();
    }
    return Optional.of(new Target(before.get().begin(), t + 1, inside.get().text(), before.get().mention()));
  }

  private String wordKind(CoreLabel token) {
    return classWords.lookup(token.originalText()).map(ids -> ids.get(0)).orElse("");
  }

  private static Optional<BioMention> mentionEndingAt(List<BioMention> mentions, int t) {
    return mentions.stream()
        .filter(m -> m.tokenEnd() == t + 1 && !m.type().isDrugLike() && m.type() != EntityType.CANCER)
        .findFirst();
  }
}
