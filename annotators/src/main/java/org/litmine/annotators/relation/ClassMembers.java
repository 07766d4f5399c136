package org.litmine.annotators.relation;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.litmine.annotators.Parentheses;
import org.litmine.annotators.classify.CandidatePair;
import org.litmine.annotators.classify.SlotKinds;
import org.litmine.annotators.lexicon.Lexicon;
import org.litmine.annotators.lexicon.TsvResource;
import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.ner.EntityType;

/**
 * The named drugs a sentence lists right after a drug class named after its target, read from the words, not the
 * parse: "the epidermal growth factor receptor (EGFR) tyrosine kinase inhibitors (TKIs) erlotinib and gefitinib",
 * "EGFR inhibitors such as gefitinib or erlotinib". Each listed drug inhibits the class's target: the gene or family
 * mention inside the class's words. The class may also be a class noun with its target after it ("a tyrosine kinase
 * inhibitor of EGFR (erlotinib, gefitinib)", "the inhibitor of the EML4/ALK fusion protein, crizotinib") or a gene
 * inside an "anti-" word ("anti-PD-1 (nivolumab and pembrolizumab)"): {@code class-member-targets.tsv}. Between the
 * class and the first drug may stand a bracket of no drug ("(TKIs)") and an opener
 * ({@code class-member-openers.tsv}); the list goes on through commas, "and" and "or" between drugs.
 */
final class ClassMembers {

  /** The rule name evidence gives a class member's triple, and the confidence it has. */
  static final String RULE_NAME = "inhibits-class-members";
  static final double CONFIDENCE = 0.85;
  /** The default openers and target phrase words. */
  static final String OPENERS = "org/litmine/annotators/rules/cues/class-member-openers.tsv";
  static final String TARGETS = "org/litmine/annotators/rules/cues/class-member-targets.tsv";
  private static final int MAX_TRAIL = 2;
  /** How far before a class a comma makes it an apposition: "Unlike X, a reversible EGFR inhibitor, ...". */
  private static final int APPOSITION_WORDS = 3;

  private final List<List<String>> openers;
  /** The words of {@code class-member-targets.tsv} by kind: head, link, trail, anti. */
  private final KindedWords targetWords;
  /** The ids of the classes named after a target (the class targets lexicon's ids): "egfr inhibitor", not "taxane". */
  private final Set<String> targetedClassIds;

  ClassMembers(List<List<String>> openers, KindedWords targetWords, Set<String> targetedClassIds) {
    this.openers = List.copyOf(openers);
    this.targetWords = targetWords;
    this.targetedClassIds = Set.copyOf(targetedClassIds);
  }

  /** The bundled openers and target words, and the ids of the classes the class targets lexicon names. */
  static ClassMembers load(Lexicon classTargets) {
    List<List<String>> openers = new ArrayList<>();
    for (String line : TsvResource.firstColumn(OPENERS)) {
      openers.add(List.of(line.toLowerCase(Locale.ROOT).split(" ")));
    }
    return new ClassMembers(openers, KindedWords.load(TARGETS), classTargets.ids());
  }

  /** A class named by its target: the target's mentions, and the first token of the class's words and the one after. */
  private record TargetedClass(List<BioMention> targets, int start, int end) {}

  /** The (target, drug) pairs of a sentence's classes and the drugs listed after them. */
  List<CandidatePair> of(List<BioMention> mentions, List<CoreLabel> tokens) {
    List<CandidatePair> pairs = new ArrayList<>();
    for (TargetedClass c : classes(mentions, tokens)) {
      for (BioMention drug : listedAfter(c, mentions, tokens)) {
        c.targets().forEach(t -> pairs.add(new CandidatePair(t, drug)));
      }
    }
    return pairs;
  }

  private List<TargetedClass> classes(List<BioMention> mentions, List<CoreLabel> tokens) {
    List<TargetedClass> classes = new ArrayList<>();
    for (BioMention c : mentions) {
      if (c.type() == EntityType.DRUG_CLASS) {
        List<BioMention> targets = mentions.stream().filter(m -> SlotKinds.fillsGeneSlot(m) && m.within(c))
            .toList();
        if (!targets.isEmpty()) {
          classes.add(new TargetedClass(targets, c.tokenBegin(), c.tokenEnd()));
        }
      } else if (SlotKinds.fillsGeneSlot(c) && insideAntiWord(c, tokens) && !insideClass(c, mentions)) {
        classes.add(new TargetedClass(List.of(c), c.tokenBegin(), c.tokenEnd()));
      }
    }
    for (int h = 0; h < tokens.size(); h++) {
      if (!kind(tokens, h, "head")) {
        continue;
      }
      int t = h + 1;
      while (t < tokens.size() && kind(tokens, t, "link")) {
        t++;
      }
      if (t == h + 1) {
        continue;
      }
      BioMention target = JoinedMentions.geneAt(t, mentions);
      if (target != null) {
        int end = target.tokenEnd();
        for (int k = 0; k < MAX_TRAIL && end < tokens.size() && kind(tokens, end, "trail"); k++) {
          end++;
        }
        classes.add(new TargetedClass(List.of(target), h, end));
      }
    }
    return classes;
  }

  /** Whether the gene is named inside one word after an "anti-" prefix ("anti-PD-1"). */
  private boolean insideAntiWord(BioMention gene, List<CoreLabel> tokens) {
    return gene.tokenEnd() == gene.tokenBegin() + 1
        && targetWords.startsWith(KindedWords.word(tokens, gene.tokenBegin()), "anti");
  }

  private static boolean insideClass(BioMention gene, List<BioMention> mentions) {
    return mentions.stream().anyMatch(c -> c.type() == EntityType.DRUG_CLASS && gene.within(c));
  }

  private boolean kind(List<CoreLabel> tokens, int i, String kind) {
    return targetWords.is(tokens, i, kind);
  }

  /**
   * Whether a class can stand for drugs a statement is about: a class that names its target gene ("ALK inhibitors"),
   * or one named after no target at all ("taxanes", "platinum-based chemotherapy", "TKIs"); not one named after a
   * target the sentence does not name ("antiestrogens", "rapalogs"), which the readings leave to the parse rules.
   */
  boolean standsForDrugs(BioMention drugClass, List<BioMention> mentions) {
    return mentions.stream().anyMatch(g -> SlotKinds.fillsGeneSlot(g) && g.within(drugClass))
        || drugClass.grounded() && drugClass.ids().stream().noneMatch(targetedClassIds::contains);
  }

  /** The named drugs a class mention lists right after it ("EGFR TKIs such as erlotinib"); none if it lists none. */
  List<BioMention> membersOf(BioMention drugClass, List<BioMention> mentions, List<CoreLabel> tokens) {
    return listedAfter(new TargetedClass(List.of(), drugClass.tokenBegin(), drugClass.tokenEnd()), mentions, tokens);
  }

  /**
   * The drugs listed after a class. A comma opens no list after a class that is itself set off by a comma, an
   * apposition of the drug before it: "Unlike gefitinib, a reversible EGFR inhibitor, afatinib binds covalently".
   */
  private List<BioMention> listedAfter(TargetedClass c, List<BioMention> mentions, List<CoreLabel> tokens) {
    int i = skipBracketOfNoDrug(c.end(), mentions, tokens);
    int opened = skipOpener(i, tokens);
    if (opened > i && ",".equals(KindedWords.word(tokens, opened - 1)) && setOffByComma(c.start(), tokens)) {
      return List.of();
    }
    i = opened;
    BioMention drug = namedDrugAt(i, mentions);
    return drug == null ? List.of() : JoinedMentions.from(drug, t -> namedDrugAt(t, mentions), tokens);
  }

  /** Whether a comma stands among the few words before a class: "..., a reversible EGFR inhibitor". */
  private static boolean setOffByComma(int start, List<CoreLabel> tokens) {
    for (int k = start - 1; k >= 0 && k >= start - APPOSITION_WORDS; k--) {
      if (",".equals(tokens.get(k).word())) {
        return true;
      }
    }
    return false;
  }

  private static int skipBracketOfNoDrug(int i, List<BioMention> mentions, List<CoreLabel> tokens) {
    if (i >= tokens.size() || !Parentheses.opens(tokens.get(i).word())) {
      return i;
    }
    for (int j = i + 1; j < tokens.size() && j <= i + 4; j++) {
      if (Parentheses.closes(tokens.get(j).word())) {
        int close = j;
        boolean drugInside = mentions.stream()
            .anyMatch(m -> m.type().isDrugLike() && m.tokenBegin() > i && m.tokenEnd() <= close);
        return drugInside ? i : close + 1;
      }
    }
    return i;
  }

  private int skipOpener(int i, List<CoreLabel> tokens) {
    for (List<String> opener : openers) {
      int n = opener.size();
      if (i + n <= tokens.size()) {
        boolean match = true;
        for (int k = 0; k < n && match; k++) {
          match = KindedWords.word(tokens, i + k).equals(opener.get(k));
        }
        if (match) {
          return i + n;
        }
      }
    }
    return i;
  }

  private static BioMention namedDrugAt(int token, List<BioMention> mentions) {
    return JoinedMentions.startingAt(token, mentions, m -> m.type().isDrugLike());
  }
}
