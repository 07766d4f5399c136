package org.litmine.annotators.relation;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.litmine.annotators.Parentheses;
import org.litmine.annotators.classify.SlotKinds;
import org.litmine.annotators.ner.BioMention;

/**
 * The gene mentions of a sentence that mark cells, tumours or patients as their carriers, for {@link CarrierResponse}:
 * by a word after the gene ("EGFR mutations", "ALK rearrangement", "MET exon 14 skipping", kinds {@code marker},
 * {@code gap}, {@code exon-marker} of {@code carrier-response.tsv}) or a protein change ("BRAF V600E"), the end
 * of its own token ("ALK-positive", "EGFR+", {@code marker-suffix}) or a marker and its link before it ("fusions
 * involving NTRK1", {@code marker-link}). A word saying the carriers lack the gene or are not known to carry it
 * ("wild-type", "negative", "status"), before it or before "of" and it ("absence of X mutations"), marks none. The
 * genes listed before a marked one share its marker ("NTRK1 or NTRK3 fusions").
 */
final class MarkedGenes {

  /** How many words may stand between a gene and its marker ("EGFR exon 19 deletion"). */
  private static final int MARKER_GAP = 3;
  /** A protein change after the gene marks its carriers as a marker word does ("BRAF V600E melanoma", "EGFR T790M"). */
  private static final java.util.regex.Pattern PROTEIN_CHANGE =
      java.util.regex.Pattern.compile("[ACDEFGHIKLMNPQRSTVWY]\\d{1,4}(?:[ACDEFGHIKLMNPQRSTVWY*]|fs|del|ins)");

  private final KindedWords words;

  MarkedGenes(KindedWords words) {
    this.words = words;
  }

  /** The gene mentions that mark their carriers, outside any drug class. */
  List<BioMention> of(List<BioMention> mentions, List<CoreLabel> tokens) {
    return mentions.stream()
        .filter(m -> SlotKinds.fillsGeneSlot(m) && !JoinedMentions.insideDrug(m, mentions)
            && marks(m, mentions, tokens))
        .toList();
  }

  private boolean marks(BioMention gene, List<BioMention> mentions, List<CoreLabel> tokens) {
    if (words.standsBefore(tokens, gene.tokenBegin(), "negative")) {
      return false;  // "wild-type KRAS", "absence of KRAS mutations"
    }
    if (words.endsWith(KindedWords.word(tokens, gene.tokenEnd() - 1), "negative-suffix")) {
      return false;
    }
    if (markedBefore(gene, mentions, tokens) || markedAfter(gene, mentions, tokens)) {
      return true;
    }
    // The first genes of a list share the marker after its last one: "NTRK1 or NTRK3 fusions", "BRCA1- and
    // BRCA2-mutant".
    List<BioMention> listed = JoinedMentions.from(gene, t -> JoinedMentions.geneAt(t, mentions), tokens);
    BioMention lastListed = listed.get(listed.size() - 1);
    return lastListed != gene && markedAfter(lastListed, mentions, tokens);
  }

  /** Whether the end of the gene's token or a word after it marks its carriers ("EGFR-mutant", "ALK fusions"). */
  private boolean markedAfter(BioMention gene, List<BioMention> mentions, List<CoreLabel> tokens) {
    String last = KindedWords.word(tokens, gene.tokenEnd() - 1);
    if (words.endsWith(last, "negative-suffix")) {
      return false;
    }
    if (words.endsWith(last, "marker-suffix") || PROTEIN_CHANGE.matcher(tokens.get(gene.tokenEnd() - 1).word()).matches()) {
      return true;
    }
    boolean exon = false;
    int gap = 0;
    for (int k = gene.tokenEnd(); k < tokens.size() && gap <= MARKER_GAP; k++) {
      String w = KindedWords.word(tokens, k);
      if (words.is(tokens, k, "negative") || words.endsWith(w, "negative-suffix")) {
        return false;
      }
      if (words.is(tokens, k, "marker") || (exon && words.is(tokens, k, "exon-marker")) || words.has(w, "marker-suffix")
          || words.endsWith(w, "marker-suffix") || PROTEIN_CHANGE.matcher(tokens.get(k).word()).matches()) {
        return true;
      }
      if (Parentheses.opens(w) || Parentheses.closes(w) || sameGeneAt(k, gene, mentions)) {
        continue;
      }
      if (!words.is(tokens, k, "gap") && !w.chars().anyMatch(Character::isDigit)) {
        return false;
      }
      exon |= "exon".equals(w);
      gap++;
    }
    return false;
  }

  /**
   * Whether a marker and its link stand right before the gene ("fusions involving NTRK1", "mutations in the EGFR
   * gene", "amplification of MET"), or before the first of a list the gene ends ("fusions involving NTRK1, NTRK2, or
   * NTRK3").
   */
  private boolean markedBefore(BioMention gene, List<BioMention> mentions, List<CoreLabel> tokens) {
    List<BioMention> listed = JoinedMentions.upTo(gene, gene.tokenBegin() - 1,
        t -> JoinedMentions.endingAt(t, mentions, SlotKinds::fillsGeneSlot), tokens);
    int k = listed.get(0).tokenBegin() - 1;
    if (k >= 0 && "the".equals(KindedWords.word(tokens, k))) {
      k--;
    }
    return k >= 1 && words.is(tokens, k, "marker-link") && words.is(tokens, k - 1, "marker");
  }

  /** Whether a mention of the gene itself stands at a token: "epidermal growth factor receptor (EGFR) mutant". */
  private static boolean sameGeneAt(int token, BioMention gene, List<BioMention> mentions) {
    return mentions.stream().anyMatch(m -> SlotKinds.fillsGeneSlot(m) && m.tokenBegin() <= token
        && token < m.tokenEnd() && m.ids().equals(gene.ids()));
  }
}
