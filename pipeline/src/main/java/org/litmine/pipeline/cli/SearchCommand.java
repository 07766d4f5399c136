package org.litmine.pipeline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;
import org.litmine.pipeline.index.IndexFields;
import org.litmine.pipeline.index.SearchNames;
import org.litmine.pipeline.index.SearchHit;
import org.litmine.pipeline.index.TripleIndex;
import org.litmine.pipeline.index.TripleSearcher;

/**
 * {@code ./litmine search --run DIR ["QUERY"] [--gene G] [--drug D] [--effect E] [--doc ID] [--limit N]}: the triples
 * whose evidence sentences match, best first, each with its matching sentences.
 *
 * <p>QUERY is Lucene's classic syntax with the sentence as default field, e.g. {@code "resistance AND gene:IGF1R"};
 * terms are ANDed unless OR is written. {@code --gene} and the other key options are exact lookups (term queries),
 * never parsed; a gene or drug is read through the lexicons ({@link SearchNames}: "HER2" finds ERBB2's triples). Exit 0 with results or none, 2 for a bad query or missing index.
 */
final class SearchCommand {

  static final int DEFAULT_LIMIT = 20;

  private SearchCommand() {}

  static int run(ArgList args, PrintStream out) throws UsageException, IOException {
    String run = args.options.get("run");
    if (run == null) {
      throw new UsageException("--run DIR is required (the output folder of ./litmine run)");
    }
    if (args.positional.size() > 1) {
      throw new UsageException("give the query as one argument in quotes, got: " + args.positional);
    }
    Map<String, List<String>> keys = new LinkedHashMap<>();
    SearchNames names = null;
    for (String key : IndexFields.KEYS) {
      if (args.options.containsKey(key)) {
        names = names == null ? SearchNames.load() : names;
        keys.put(key, names.keys(key, args.options.get(key)));
      }
    }
    Query user;
    try {
      user = args.positional.isEmpty() ? null : TripleSearcher.parse(args.positional.get(0));
    } catch (ParseException e) {
      throw new UsageException("cannot parse the query: " + e.getMessage().lines().findFirst().orElse(""));
    }
    Query query = TripleSearcher.and(user, keys.isEmpty() ? null : TripleSearcher.exactAny(keys));
    if (query == null) {
      throw new UsageException("give a query, e.g. \"resistance AND gene:IGF1R\", or --gene/--drug/--effect");
    }
    int limit;
    try {
      limit = Integer.parseInt(args.get("limit", Integer.toString(DEFAULT_LIMIT)));
    } catch (NumberFormatException e) {
      throw new UsageException("--limit takes a number");
    }
    List<SearchHit> hits;
    try (TripleSearcher searcher = new TripleSearcher(Path.of(run).resolve(TripleIndex.FOLDER))) {
      hits = searcher.search(query, limit);
    } catch (IOException e) {
      throw new UsageException(e.getMessage());
    }
    for (SearchHit hit : hits) {
      out.printf(Locale.ROOT, "%s\t[%s, confidence %.2f]%n", hit.label(), hit.doc(), hit.confidence());
      for (SearchHit.Sentence s : hit.sentences()) {
        out.printf(Locale.ROOT, "    %s, p. %d%s: %s%n", s.section(), s.page(), s.hedged() ? " (hedged)" : "",
            s.text());
      }
    }
    System.err.printf("litmine search: %d triple(s)%n", hits.size());
    return 0;
  }
}
