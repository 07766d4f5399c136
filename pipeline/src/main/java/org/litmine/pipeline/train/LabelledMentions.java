package org.litmine.pipeline.train;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.litmine.annotators.BioAnnotations;
import org.litmine.annotators.classify.SlotKinds;
import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.ner.EntityType;

/**
 * Adds to a training text's sentences the mentions its corpus labels and litmine's entity stage missed, where the
 * pair's other mention was found: the missing one is then of the other slot's kind (a gene beside a found drug, a
 * chemical beside a found gene). More of the corpus's statements are then parsed and learned from; pairs with
 * neither mention found are left out, since nothing says which is the gene.
 */
final class LabelledMentions {

  private LabelledMentions() {}

  /** Adds the missing mentions of the text's pairs to its sentences; returns the mentions added. */
  static List<BioMention> add(LabelledText text, List<CoreMap> sentences) {
    List<BioMention> added = new ArrayList<>();
    for (LabelledPair pair : text.pairs()) {
      for (CoreMap sentence : sentences) {
        BioMention m = addMissing(text.text(), sentence, pair.first(), pair.second());
        m = m != null ? m : addMissing(text.text(), sentence, pair.second(), pair.first());
        if (m != null) {
          added.add(m);
          break;
        }
      }
    }
    return added;
  }

  /** Adds a mention at one of {@code missing} where a slot mention covers one of {@code found} in the sentence. */
  private static BioMention addMissing(String text, CoreMap sentence, List<Span> found, List<Span> missing) {
    List<BioMention> mentions = sentence.get(BioAnnotations.BioMentionsAnnotation.class);
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    if (mentions == null || tokens.isEmpty()) {
      return null;
    }
    BioMention anchor = null;
    for (Span span : found) {
      for (BioMention m : mentions) {
        if ((SlotKinds.fillsGeneSlot(m) || SlotKinds.fillsDrugSlot(m)) && span.overlaps(m.charBegin(), m.charEnd())) {
          anchor = m;
        }
      }
    }
    if (anchor == null) {
      return null;
    }
    for (Span span : missing) {
      if (mentions.stream().anyMatch(m -> span.overlaps(m.charBegin(), m.charEnd()))) {
        return null;
      }
      int begin = -1;
      int end = -1;
      for (int i = 0; i < tokens.size(); i++) {
        if (span.overlaps(tokens.get(i).beginPosition(), tokens.get(i).endPosition())) {
          begin = begin < 0 ? i : begin;
          end = i + 1;
        }
      }
      if (begin >= 0) {
        EntityType type = SlotKinds.fillsGeneSlot(anchor) ? EntityType.CHEMICAL : EntityType.GENE;
        int charBegin = tokens.get(begin).beginPosition();
        int charEnd = tokens.get(end - 1).endPosition();
        String surface = text.substring(charBegin, charEnd);
        List<BioMention> more = new ArrayList<>(mentions);
        BioMention added = new BioMention(type, surface, List.of(surface.toLowerCase(Locale.ROOT)), begin, end,
            charBegin, charEnd);
        more.add(added);
        more.sort(Comparator.comparingInt(BioMention::tokenBegin).thenComparingInt(BioMention::tokenEnd));
        for (int i = begin; i < end; i++) {
          tokens.get(i).setNER(type.name());
        }
        sentence.set(BioAnnotations.BioMentionsAnnotation.class, more);
        return added;
      }
    }
    return null;
  }
}
