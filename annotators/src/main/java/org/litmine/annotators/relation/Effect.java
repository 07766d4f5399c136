package org.litmine.annotators.relation;

import java.util.Locale;

/** The effects of ANNOTATION.md; each has its own rule file {@code rules/semgrex/<effect>.rules}. */
public enum Effect {
  INHIBITS,
  RESISTANCE,
  SENSITIZES,
  RESPONSE,
  INDUCES,
  REDUCES;

  /** The name used in output files and rule file names. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
