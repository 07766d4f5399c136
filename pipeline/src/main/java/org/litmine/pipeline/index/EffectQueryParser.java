package org.litmine.pipeline.index;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.litmine.annotators.relation.Effect;

/**
 * Lucene's classic query parser with the sentence as default field, that reads a bare word naming an effect
 * ({@code resistance}, {@code sensitizes}, {@code inhibits}, {@code response}, {@code induces}, {@code reduces}, in
 * any case) as the effect field ({@code effect:resistance}), not as a word of the sentence: "resistance AND
 * gene:IGF1R" finds IGF1R's resistance triples, not a sensitizes triple whose sentence says "overcomes resistance".
 * A quoted word ({@code "\"resistance\""}) still searches the sentences.
 */
final class EffectQueryParser extends QueryParser {

  static final Set<String> EFFECTS = Arrays.stream(Effect.values()).map(Effect::label)
      .collect(Collectors.toUnmodifiableSet());

  EffectQueryParser() {
    super(IndexFields.SENTENCE, IndexFields.analyzer());
    setDefaultOperator(QueryParser.Operator.AND);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    String effect = queryText.toLowerCase(Locale.ROOT);
    if (!quoted && IndexFields.SENTENCE.equals(field) && EFFECTS.contains(effect)) {
      return new TermQuery(new Term(IndexFields.EFFECT, effect));
    }
    return super.getFieldQuery(field, queryText, quoted);
  }
}
