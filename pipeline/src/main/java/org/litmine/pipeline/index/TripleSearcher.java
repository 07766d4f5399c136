package org.litmine.pipeline.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches the evidence index of a run and groups the matching sentences by triple (gene, drug, effect, negated)
 * across papers.
 *
 * <p>Two kinds of query, kept apart: {@link #parse} reads a user's query in Lucene's classic syntax (default field
 * {@code sentence}; {@code gene:IGF1R}, {@code effect:resistance}, AND/OR/NOT, phrases); {@link #exact} builds
 * {@link TermQuery}s for known keys, so entity text is never run through a query parser.
 */
public final class TripleSearcher implements Closeable {

  /** How many sentences are read at most for one search before grouping. */
  static final int MAX_SENTENCES = 10_000;

  private final FSDirectory dir;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  /** Opens the index in {@code indexDir}. */
  public TripleSearcher(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      throw new IOException("no index at " + indexDir + " (run ./litmine run first)");
    }
    this.dir = FSDirectory.open(indexDir);
    this.reader = DirectoryReader.open(dir);
    this.searcher = new IndexSearcher(reader);
  }

  /**
   * A user's query, in Lucene's classic syntax; the default field is the sentence, and a bare word naming an effect
   * is read as the effect field ({@link EffectQueryParser}).
   */
  public static Query parse(String userQuery) throws ParseException {
    return new EffectQueryParser().parse(userQuery);
  }

  /** Exact lookups ({@code field → value}, all required) as term queries; an empty map matches nothing. */
  public static Query exact(Map<String, String> keys) {
    Map<String, List<String>> any = new LinkedHashMap<>();
    keys.forEach((field, value) -> any.put(field, List.of(value)));
    return exactAny(any);
  }

  /** Each field must hold one of its values (exact terms; a name and its synonyms, say). */
  public static Query exactAny(Map<String, List<String>> keys) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    keys.forEach((field, values) -> {
      if (!IndexFields.KEYS.contains(field)) {
        throw new IllegalArgumentException("not an exact-key field: " + field + " (one of " + IndexFields.KEYS + ")");
      }
      BooleanQuery.Builder either = new BooleanQuery.Builder();
      values.forEach(v -> either.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD));
      query.add(either.build(), BooleanClause.Occur.FILTER);
    });
    return query.build();
  }

  /** Both queries must hold (either may be null). */
  public static Query and(Query a, Query b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return new BooleanQuery.Builder().add(a, BooleanClause.Occur.MUST).add(b, BooleanClause.Occur.FILTER).build();
  }

  /** Best score first, then most papers, best confidence, and the label. */
  static final Comparator<SearchHit> BEST_FIRST = Comparator.comparingDouble((SearchHit h) -> -h.score())
      .thenComparingInt(h -> -h.papers()).thenComparingDouble(h -> -h.confidence()).thenComparing(SearchHit::label);

  /**
   * The triples whose sentences match, gathered across papers, best first ({@link #BEST_FIRST}): at most {@code limit}, with the number
   * of triples that matched in all.
   */
  public SearchResults search(Query query, int limit) throws IOException {
    Map<String, Builder> triples = new LinkedHashMap<>();
    for (ScoreDoc hit : searcher.search(query, MAX_SENTENCES).scoreDocs) {
      Document d = searcher.storedFields().document(hit.doc);
      String key = String.join("\t", d.get(IndexFields.GENE_KIND), d.get(IndexFields.GENE),
          d.get(IndexFields.DRUG), d.get(IndexFields.DRUG_KIND), d.get(IndexFields.EFFECT), d.get(IndexFields.NEGATED));
      triples.computeIfAbsent(key, k -> new Builder(d, hit.score)).add(d);
    }
    return new SearchResults(triples.values().stream().map(Builder::build).sorted(BEST_FIRST).limit(limit).toList(),
        triples.size());
  }

  @Override
  public void close() throws IOException {
    reader.close();
    dir.close();
  }

  /** Gathers the sentences of one triple, from any paper. */
  private static final class Builder {
    final Document first;
    final float score;
    final Set<String> docs = new TreeSet<>();
    final List<SearchHit.Sentence> sentences = new ArrayList<>();
    double confidence;

    Builder(Document first, float score) {
      this.first = first;
      this.score = score;
    }

    Builder add(Document d) {
      docs.add(d.get(IndexFields.DOC));
      confidence = Math.max(confidence, d.getField(IndexFields.CONFIDENCE).numericValue().doubleValue());
      sentences.add(new SearchHit.Sentence(d.get(IndexFields.DOC), d.get(IndexFields.SENTENCE),
          d.get(IndexFields.SECTION), d.getField(IndexFields.PAGE).numericValue().intValue(),
          Boolean.parseBoolean(d.get(IndexFields.HEDGED))));
      return this;
    }

    SearchHit build() {
      return new SearchHit(first.get(IndexFields.GENE), first.get(IndexFields.GENE_KIND),
          first.get(IndexFields.DRUG), first.get(IndexFields.DRUG_KIND), first.get(IndexFields.EFFECT),
          Boolean.parseBoolean(first.get(IndexFields.NEGATED)), docs.size(), sentences.size(), confidence, score,
          List.copyOf(sentences));
    }
  }
}
