package org.litmine.annotators.ner;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.litmine.annotators.lexicon.TsvResource;

/**
 * Contexts in which an ambiguous surface is not the entity its lexicon names ("ER stress", "IR doses", "PR" in a
 * sentence of response rates). Read from a TSV file of {@code surface<TAB>where<TAB>regex} rows, where {@code where}
 * is {@code next}, {@code previous} or {@code sentence}; see {@code rules/entities/context_vetoes.tsv}.
 */
public final class ContextVetoes {

  private enum Where { NEXT, PREVIOUS, SENTENCE }

  private record Veto(String surface, Where where, Pattern context) {}

  private final List<Veto> vetoes;

  private ContextVetoes(List<Veto> vetoes) {
    this.vetoes = List.copyOf(vetoes);
  }

  public static ContextVetoes none() {
    return new ContextVetoes(List.of());
  }

  /** Reads the vetoes from a classpath resource; a malformed row fails naming the file and line. */
  public static ContextVetoes load(String location) {
    List<Veto> vetoes = new ArrayList<>();
    TsvResource.read(location, cols -> {
      if (cols.length != 3) {
        throw new IllegalArgumentException("expected surface<TAB>next|previous|sentence<TAB>regex");
      }
      vetoes.add(new Veto(cols[0], Where.valueOf(cols[1].toUpperCase(java.util.Locale.ROOT)),
          Pattern.compile(cols[2], Pattern.CASE_INSENSITIVE)));
    });
    return new ContextVetoes(vetoes);
  }

  /** Whether the mention, in this sentence, is vetoed. */
  public boolean vetoes(BioMention mention, List<CoreLabel> tokens) {
    for (Veto veto : vetoes) {
      if (veto.surface().equals(mention.text()) && matches(veto, mention, tokens)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(Veto veto, BioMention mention, List<CoreLabel> tokens) {
    return switch (veto.where()) {
      case NEXT -> mention.tokenEnd() < tokens.size() && full(veto, tokens.get(mention.tokenEnd()));
      case PREVIOUS -> mention.tokenBegin() > 0 && full(veto, tokens.get(mention.tokenBegin() - 1));
      case SENTENCE -> tokens.stream().anyMatch(t -> full(veto, t));
    };
  }

  private static boolean full(Veto veto, CoreLabel token) {
    return veto.context().matcher(token.originalText()).matches();
  }
}
