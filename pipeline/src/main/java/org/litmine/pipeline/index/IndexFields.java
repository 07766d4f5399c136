package org.litmine.pipeline.index;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The fields of the evidence index: one Lucene document per evidence sentence of a triple.
 *
 * <ul>
 *   <li>Exact keys ({@link #KEYS}): {@code gene}, {@code geneKind}, {@code drug}, {@code drugKind}, {@code effect},
 *       {@code doc}, {@code section}, {@code negated}, {@code hedged}: indexed whole, case as written in
 *       {@code triples.jsonl} ({@code gene:IGF1R}, {@code drug:cisplatin}, {@code effect:resistance}); a gene family's
 *       triple has its family id as {@code gene} and {@code geneKind:family} ({@code gene:cyclooxygenase}).</li>
 *   <li>{@link #SENTENCE}: the sentence, analyzed with Lucene's English analyzer (lowercase, stop words, Porter
 *       stemming: "resistance" also finds "resistant"); the default field of a query.</li>
 *   <li>Stored only: {@link #PAGE}, {@link #GENE_TEXT}, {@link #DRUG_TEXT}, {@link #RULE}, {@link #CONFIDENCE}.</li>
 * </ul>
 */
public final class IndexFields {

  public static final String GENE = "gene";
  public static final String GENE_KIND = "geneKind";
  public static final String DRUG = "drug";
  public static final String DRUG_KIND = "drugKind";
  public static final String EFFECT = "effect";
  public static final String DOC = "doc";
  public static final String SECTION = "section";
  public static final String NEGATED = "negated";
  public static final String HEDGED = "hedged";
  public static final String SENTENCE = "sentence";
  public static final String PAGE = "page";
  public static final String GENE_TEXT = "geneText";
  public static final String DRUG_TEXT = "drugText";
  public static final String RULE = "rule";
  public static final String CONFIDENCE = "confidence";

  /** The exact-key fields, matched whole by a query ({@code gene:IGF1R}) and by {@code TermQuery}. */
  public static final List<String> KEYS = List.of(GENE, GENE_KIND, DRUG, DRUG_KIND, EFFECT, DOC, SECTION, NEGATED, HEDGED);

  private IndexFields() {}

  /** The analyzer for indexing and for users' queries: English for the sentence, whole values for the keys. */
  public static Analyzer analyzer() {
    Analyzer keyword = new KeywordAnalyzer();
    return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(),
        Map.ofEntries(KEYS.stream().map(k -> Map.entry(k, keyword)).toArray(Map.Entry[]::new)));
  }
}
