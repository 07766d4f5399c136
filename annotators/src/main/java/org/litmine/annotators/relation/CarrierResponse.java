package org.litmine.annotators.relation;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.litmine.annotators.classify.CandidatePair;
import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.ner.EntityType;

/**
 * A drug that works in, or is resisted by, cells, tumours or patients a gene marks, read from the words, not the
 * parse, as clinical abstracts write it: "erlotinib is effective for EGFR mutant lung cancer", "crizotinib has
 * demonstrated high response rates in ALK-positive patients", "responses to crizotinib and cabozantinib in patients
 * harboring MET exon 14 skipping", "patients with EGFR-mutant NSCLC benefit from erlotinib". The parser garbles these
 * long noun phrases, so the Semgrex rules of {@code response.rules} miss them. Two orders are read, each within one
 * clause:
 * <ul>
 *   <li>the drug, a word of its working and the carriers: drug(s) … cue … in/for/among … marked gene, or cue … drug(s)
 *       … in … marked gene;</li>
 *   <li>the carriers, then the cue, then the drug: marked gene … benefit/respond … drug.</li>
 * </ul>
 * A gene marks its carriers ({@link MarkedGenes}) by a word after it ("EGFR mutations", "MET exon 14 skipping"), the
 * end of its own token ("ALK-positive", "EGFR+") or a marker before it ("fusions involving NTRK1"); a word saying the
 * carriers lack it ("wild-type", "negative", "status") marks none. A word of poor response, resistance or negation in
 * the statement drops it. Words in {@code carrier-response.tsv}.
 */
final class CarrierResponse {

  /** The rule name evidence gives this reading's triples, and their confidence. */
  static final String RULE_NAME = "response-drug-in-marked-carriers";
  static final String RESISTANCE_RULE_NAME = "resistance-marked-carriers-resistant";
  static final double CONFIDENCE = 0.7;
  static final String WORDS = "org/litmine/annotators/rules/cues/carrier-response.tsv";
  /** How far before the place word the drug may stand. */
  private static final int DRUG_TO_PLACE = 25;
  /** How far after the place word the marked gene may stand ("in four patients with stage IV ... harboring X"). */
  private static final int PLACE_TO_GENE = 12;
  /** How far before the drug a cue may stand ("responses to X in", "benefit of continuing Y inhibition with X in"). */
  private static final int CUE_BEFORE_DRUG = 6;
  /** How far after the marked gene the cue may stand, and after the cue the drug (carriers first). */
  private static final int GENE_TO_CUE = 8;
  private static final int CUE_TO_DRUG = 10;
  /** How many words a class may stand after the comma that sets it off ("X, a multi-targeted Y inhibitor,"). */
  private static final int APPOSITION_WORDS = 4;
  /** How many words may qualify a class listed after a joiner ("and second-generation ALK inhibitors"). */
  private static final int CLASS_MODIFIERS = 2;
  /** The words of {@code carrier-response.tsv} by kind. */
  private final KindedWords words;
  private final MarkedGenes markedGenes;
  /** Reads the drugs a class lists after it: "benefit from EGFR TKIs such as erlotinib" reads erlotinib. */
  private final ClassMembers classMembers;

  CarrierResponse(KindedWords words, ClassMembers classMembers) {
    this.words = words;
    this.markedGenes = new MarkedGenes(words);
    this.classMembers = classMembers;
  }

  static CarrierResponse load(ClassMembers classMembers) {
    return new CarrierResponse(KindedWords.load(WORDS), classMembers);
  }

  /** The same reader, reading through words of denial ({@link KindedWords#readingDenials}). */
  CarrierResponse readingDenials() {
    return new CarrierResponse(words.readingDenials(), classMembers);
  }

  /** Whether a token of the sentence is one of this reader's words of denial. */
  boolean anyDenial(List<CoreLabel> tokens) {
    return words.anyDenial(tokens);
  }

  /** A sentence's (marking gene, drug) pairs said to respond and said to resist, each pair at most once in each. */
  record Carriers(List<CandidatePair> responding, List<CandidatePair> resisting) {}

  /** The pairs of a sentence whose carriers respond to or resist a drug. */
  Carriers read(List<BioMention> mentions, List<CoreLabel> tokens) {
    List<BioMention> marked = markedGenes.of(mentions, tokens);
    return new Carriers(responding(marked, mentions, tokens), resisting(marked, mentions, tokens));
  }

  /** The pairs whose carriers respond: the drug before a place word and the carriers after it, or carriers first. */
  private List<CandidatePair> responding(List<BioMention> marked, List<BioMention> mentions, List<CoreLabel> tokens) {
    List<CandidatePair> pairs = new ArrayList<>();
    for (int place = 0; place < tokens.size(); place++) {
      if (words.is(tokens, place, "place")) {
        List<BioMention> genes = markedAfterPlace(place, marked, mentions, tokens);
        for (BioMention drug : genes.isEmpty() ? List.<BioMention>of() : drugsBeforePlace(place, mentions, tokens)) {
          genes.forEach(gene -> add(pairs, new CandidatePair(gene, drug)));
        }
      }
    }
    for (BioMention gene : marked) {
      drugsAfterCarriers(gene, mentions, tokens, "carrier-cue", "poor")
          .forEach(d -> add(pairs, new CandidatePair(gene, d)));
    }
    return pairs;
  }

  /**
   * The pairs whose carriers the sentence says resist the drug, carriers first: "a patient with a concomitant ALK
   * translocation resistant to erlotinib", "KRAS-mutant tumours are refractory to cetuximab". Not where the resistance
   * was acquired on the drug ({@code acquired}: "EGFR-mutant tumours that became resistant to erlotinib"): the gene
   * then marks the tumours, not the cause.
   */
  private List<CandidatePair> resisting(List<BioMention> marked, List<BioMention> mentions, List<CoreLabel> tokens) {
    List<CandidatePair> pairs = new ArrayList<>();
    for (BioMention gene : marked) {
      drugsAfterCarriers(gene, mentions, tokens, "resistance-cue", "acquired")
          .forEach(d -> add(pairs, new CandidatePair(gene, d)));
    }
    return pairs;
  }

  /** Adds a pair once, unless its drug is a chemical that is no drug ("detection of glutamate ... in IDH1 mutant"). */
  private static void add(List<CandidatePair> pairs, CandidatePair pair) {
    if (pair.drug().type() != EntityType.CHEMICAL && !pairs.contains(pair)) {
      pairs.add(pair);
    }
  }

  /**
   * Whether a comma and "and" at {@code k} open another clause ("approved in lung cancer, and MET amplification
   * confers ..."), not the last item of a list of genes ("with fusions involving NTRK1, NTRK2, and NTRK3").
   */
  private static boolean opensClause(List<CoreLabel> tokens, int k, List<BioMention> marked) {
    return k > 0 && k + 1 < tokens.size() && ",".equals(tokens.get(k).word())
        && "and".equalsIgnoreCase(tokens.get(k + 1).word()) && marked.stream().noneMatch(m -> m.covers(k - 1));
  }

  /**
   * The first marked gene after a place word, with no drug, break, poor word or other clause before it, and the
   * marked genes listed with it ("in patients with fusions involving NTRK1, NTRK2, or NTRK3"); none if there is none.
   */
  private List<BioMention> markedAfterPlace(int place, List<BioMention> marked, List<BioMention> mentions,
      List<CoreLabel> tokens) {
    for (int k = place + 1; k < tokens.size() && k <= place + PLACE_TO_GENE; k++) {
      if (stops(tokens, k) || JoinedMentions.drugAt(k, mentions) != null || opensClause(tokens, k, marked)) {
        return List.of();
      }
      BioMention gene = JoinedMentions.startingAt(k, marked, m -> true);
      if (gene != null) {
        return JoinedMentions.from(gene, t -> JoinedMentions.startingAt(t, marked, m -> true), tokens);
      }
    }
    return List.of();
  }

  /**
   * The drugs a clause names before a place word with a cue of their working: the last drug before it and those
   * listed with that one, the cue between them and the place word or just before the drugs.
   */
  private List<BioMention> drugsBeforePlace(int place, List<BioMention> mentions, List<CoreLabel> tokens) {
    int k = place - 1;
    boolean cue = false;
    while (k >= 0 && k >= place - DRUG_TO_PLACE && namedOrListedDrugEndingAt(k, mentions, tokens) == null) {
      if (stops(tokens, k)) {
        return List.of();
      }
      cue |= words.is(tokens, k, "cue");
      k--;
    }
    BioMention last = k >= 0 ? namedOrListedDrugEndingAt(k, mentions, tokens) : null;
    if (last == null) {
      return List.of();
    }
    List<BioMention> drugs = listEndingWith(last, mentions, tokens);
    int first = drugs.get(0).tokenBegin();
    int comparator = comparatorBefore(first, tokens);
    if (comparator >= 0) {
      return drugsBeforePlace(comparator, mentions, tokens);  // "X prolonged survival compared to Y in ...": X's
    }
    for (int c = first - 1; !cue && c >= 0 && c >= first - CUE_BEFORE_DRUG && !stops(tokens, c); c--) {
      cue = words.is(tokens, c, "cue-noun");
    }
    return cue && !negatedBefore(first, tokens) ? drugs : List.of();
  }

  /**
   * The drug ending at a token, unless it is a class set off by a comma after a named drug, the drug's apposition:
   * "the approval of crizotinib, a multi-targeted ALK/MET kinase inhibitor, for ..." reads crizotinib.
   */
  private static BioMention namedOrListedDrugEndingAt(int token, List<BioMention> mentions, List<CoreLabel> tokens) {
    BioMention drug = JoinedMentions.drugEndingAt(token, mentions);
    if (drug == null || drug.type() != EntityType.DRUG_CLASS) {
      return drug;
    }
    for (int k = drug.tokenBegin() - 1; k >= 0 && k >= drug.tokenBegin() - APPOSITION_WORDS; k--) {
      if (",".equals(KindedWords.word(tokens, k))) {
        BioMention before = k > 0 ? JoinedMentions.drugEndingAt(k - 1, mentions) : null;
        return before != null && before.type() != EntityType.DRUG_CLASS ? null : drug;
      }
    }
    return drug;
  }

  /**
   * The word that makes the drugs starting at a token the comparator ({@code comparator}, maybe with its
   * {@code comparator-link}: "compared to Y", "versus Y"), or -1.
   */
  private int comparatorBefore(int first, List<CoreLabel> tokens) {
    int k = first - 1;
    if (k >= 0 && words.is(tokens, k, "comparator-link")) {
      k--;
    }
    return k >= 0 && words.is(tokens, k, "comparator") ? k : -1;
  }

  /** Whether a negation stands earlier in the clause than a token: "No correlation ... and the response to X". */
  private boolean negatedBefore(int token, List<CoreLabel> tokens) {
    for (int k = Math.min(token, tokens.size()) - 1; k >= 0 && !words.is(tokens, k, "break"); k--) {
      if (words.is(tokens, k, KindedWords.NEGATION)) {
        return true;
      }
    }
    return false;
  }

  /** The drugs listed before and with a drug through commas, "and" and "or", in sentence order. */
  private static List<BioMention> listEndingWith(BioMention last, List<BioMention> mentions, List<CoreLabel> tokens) {
    int k = last.tokenBegin() - 1;
    if (last.type() == EntityType.DRUG_CLASS) {
      k = skipModifiers(k, tokens);
    }
    return JoinedMentions.upTo(last, k, t -> JoinedMentions.drugEndingAt(t, mentions), tokens);
  }

  /**
   * The token before the words that qualify a class listed after a joiner ("crizotinib and second-generation ALK
   * inhibitors"), or {@code k} if no joiner stands before them.
   */
  private static int skipModifiers(int k, List<CoreLabel> tokens) {
    for (int j = k; j >= 0 && j >= k - CLASS_MODIFIERS; j--) {
      if (JoinedMentions.joins(tokens, j)) {
        return j;
      }
      if (!tokens.get(j).word().chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
        return k;
      }
    }
    return k;
  }

  /**
   * Carriers first: the drugs a cue of {@code cueKind} after the marked gene names ("EGFR-mutant patients benefit
   * from X", cue kind {@code carrier-cue}; "a patient with an ALK translocation resistant to X", {@code
   * resistance-cue}). A word of {@code stopKind}, a break or a negation between them drops it.
   */
  private List<BioMention> drugsAfterCarriers(BioMention gene, List<BioMention> mentions, List<CoreLabel> tokens,
      String cueKind, String stopKind) {
    if (negatedBefore(gene.tokenBegin(), tokens)) {
      return List.of();
    }
    // The walk starts after the genes listed with this one ("NTRK1 or NTRK3 fusions responded to X").
    List<BioMention> listed = JoinedMentions.from(gene, t -> JoinedMentions.geneAt(t, mentions), tokens);
    int end = listed.get(listed.size() - 1).tokenEnd();
    int k = end;
    while (k < tokens.size() && k <= end + GENE_TO_CUE && !words.is(tokens, k, cueKind)) {
      if (endsClause(tokens, k, stopKind) || JoinedMentions.drugAt(k, mentions) != null
          || JoinedMentions.joins(tokens, k)) {
        return List.of();
      }
      k++;
    }
    if (k >= tokens.size() || !words.is(tokens, k, cueKind)) {
      return List.of();
    }
    for (int d = k + 1; d < tokens.size() && d <= k + CUE_TO_DRUG; d++) {
      if (endsClause(tokens, d, stopKind)) {
        return List.of();
      }
      BioMention drug = JoinedMentions.drugAt(d, mentions);
      if (drug != null && drug.type() == EntityType.DRUG_CLASS) {
        List<BioMention> members = classMembers.membersOf(drug, mentions, tokens);
        if (!members.isEmpty()) {
          return members;
        }
      }
      if (drug != null && (drug.type() != EntityType.DRUG_CLASS || classMembers.standsForDrugs(drug, mentions))) {
        return JoinedMentions.from(drug, t -> JoinedMentions.drugAt(t, mentions), tokens);
      }
    }
    return List.of();
  }

  private boolean endsClause(List<CoreLabel> tokens, int k, String stopKind) {
    return words.is(tokens, k, "break") || words.is(tokens, k, KindedWords.NEGATION) || words.is(tokens, k, stopKind);
  }

  /** Whether a token ends the clause or makes the statement one of poor response, or negates it. */
  private boolean stops(List<CoreLabel> tokens, int k) {
    return endsClause(tokens, k, "poor");
  }
}
