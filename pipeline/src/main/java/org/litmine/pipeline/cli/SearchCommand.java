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
import org.litmine.pipeline.index.SearchResults;
import org.litmine.pipeline.index.TripleIndex;
import org.litmine.pipeline.index.TripleSearcher;
import org.litmine.pipeline.output.Json;

/**
 * {@code ./litmine search --run DIR ["QUERY"] [--gene G] [--drug D] [--effect E] [--doc ID] [--limit N] [--json]}: the
 * triples whose evidence sentences match, gathered across papers, best first, each with the number of papers and
 * sentences, its best confidence and its matching sentences; "N of M triples shown" when the limit cuts the list;
 * {@code --json}: the same as one JSON object ({@link SearchResults}) for scripts.
 *
 * <p>QUERY is Lucene's classic syntax with the sentence as default field, e.g. {@code "resistance AND gene:IGF1R"};
 * terms are ANDed unless OR is written; a bare effect word is read as {@code effect:} (so "resistance" does not find
 * a sensitizes triple whose sentence says "overcomes resistance"), a quoted one searches the sentences. {@code --gene} and the other key options are exact lookups (term queries),
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
    boolean json = flag(args, "json");
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
    SearchResults results;
    try (TripleSearcher searcher = new TripleSearcher(Path.of(run).resolve(TripleIndex.FOLDER))) {
      results = searcher.search(query, limit);
    } catch (IOException e) {
      throw new UsageException(e.getMessage());
    }
    if (json) {
      out.println(Json.line(results));
    } else {
      print(results, out);
    }
    System.err.printf("litmine search: %d of %d triple(s)%n", results.shown(), results.total());
    return 0;
  }

  /** Each triple with its counts and best confidence, then its sentences; "N of M triples shown" when cut. */
  static void print(SearchResults results, PrintStream out) {
    for (SearchHit hit : results.triples()) {
      out.printf(Locale.ROOT, "%s\t[%d paper(s), %d sentence(s), best confidence %.2f]%n", hit.label(), hit.papers(),
          hit.sentenceCount(), hit.confidence());
      for (SearchHit.Sentence s : hit.sentences()) {
        out.printf(Locale.ROOT, "    %s, %s, p. %d%s: %s%n", s.doc(), s.section(), s.page(),
            s.hedged() ? " (hedged)" : "", s.text());
      }
    }
    if (results.cut()) {
      out.printf(Locale.ROOT, "%d of %d triples shown (--limit N to see more)%n", results.shown(), results.total());
    }
  }

  /**
   * Whether the flag {@code name} was given; a word the argument parser took as its value ({@code --json "QUERY"})
   * goes back to the positional words.
   */
  private static boolean flag(ArgList args, String name) {
    String value = args.options.get(name);
    if (value == null || value.equals("false")) {
      return false;
    }
    if (!value.equals("true")) {
      args.positional.add(0, value);
    }
    return true;
  }
}
