package org.litmine.annotators.classify;

import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.ner.EntityType;

/** Which mentions can fill a triple's gene slot and which its drug slot. */
public final class SlotKinds {

  private SlotKinds() {}

  /** A gene, or a gene family ("COX inhibitors"), whose triples are kept apart from the genes'. */
  public static boolean fillsGeneSlot(BioMention m) {
    return m.type() == EntityType.GENE || m.type() == EntityType.FAMILY;
  }

  /** A named drug or chemical, or a drug class. */
  public static boolean fillsDrugSlot(BioMention m) {
    return m.type().isDrugLike() || m.type() == EntityType.DRUG_CLASS;
  }
}
