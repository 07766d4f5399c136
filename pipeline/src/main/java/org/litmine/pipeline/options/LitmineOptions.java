package org.litmine.pipeline.options;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Options of {@code ./litmine run}, on top of Beam's own ({@code --runner} among them). */
public interface LitmineOptions extends PipelineOptions {

  @Description("A file or folder of papers (*.pdf, *.txt), searched recursively.")
  @Default.String("corpus")
  String getCorpus();

  void setCorpus(String corpus);

  @Description("The folder the output files are written to.")
  @Default.String("out")
  String getOut();

  void setOut(String out);

  // Limits that protect a batch (README, "Limits"); each, when hit, leaves a reason in failures.jsonl or a note.

  @Description("Seconds one document may spend in each stage (read, annotate) before it is abandoned with the "
      + "failure \"time budget of N s exceeded in stage X\"; 0 = no budget.")
  @Default.Integer(600)
  int getTimeBudgetSeconds();

  void setTimeBudgetSeconds(int seconds);

  @Description("Files larger than this many megabytes are refused before they are read; 0 = no limit.")
  @Default.Integer(100)
  int getMaxFileMegabytes();

  void setMaxFileMegabytes(int megabytes);

  @Description("PDFs with more pages are refused before their text is extracted; 0 = no limit.")
  @Default.Integer(1000)
  int getMaxPages();

  void setMaxPages(int pages);

  @Description("Documents with more characters of body text are refused before annotation; 0 = no limit.")
  @Default.Integer(2_000_000)
  int getMaxCharacters();

  void setMaxCharacters(int characters);

  @Description("Sentences with more tokens are split into pieces of at most this many before tagging and parsing, "
      + "noted in documents.jsonl (notes) and counted in manifest.json (long_sentences_split); 0 = no limit.")
  @Default.Integer(250)
  int getMaxSentenceTokens();

  void setMaxSentenceTokens(int tokens);

  @Description("The languages (ISO 639-1 codes, comma-separated) a paper must be in to be annotated; others fail "
      + "with \"not English (detected: de)\". 'any' turns the check off.")
  @Default.String("en")
  String getLanguages();

  void setLanguages(String languages);

  @Description("Read a file whose bytes equal those of an earlier file (in path order) only once; the copy is "
      + "skipped, in failures.jsonl as \"duplicate of PATH\". Likewise one paper in several formats under one name "
      + "in one folder (fulltext.xml, fulltext.pdf) is read once, from JATS before PDF before text, and one paper "
      + "under other names or folders (same DOI, or the same title and opening text) is kept once: \"same paper as "
      + "PATH\". false reads and keeps every copy and every format.")
  @Default.Boolean(true)
  boolean getSkipDuplicates();

  void setSkipDuplicates(boolean skip);

  @Description("How many papers one runner worker reads and annotates at a time, on threads of its own; 0 = the "
      + "DirectRunner's --targetParallelism if given, else one per core (the runner itself then runs on one "
      + "thread), 1 on Flink (whose task slots are its workers). The output does not depend on it.")
  @Default.Integer(0)
  int getPapersInFlight();

  void setPapersInFlight(int papers);

  @Description("How many threads annotate one paper (its paragraphs, then the sentences to parse), so that a long "
      + "paper is spread over the cores; 0 = as many as the run has workers (papers in flight, or Flink's "
      + "--parallelism), at most one per core. The output does not depend on it.")
  @Default.Integer(0)
  int getPaperThreads();

  void setPaperThreads(int threads);

  @Description("Add the triples of the trained relation models (pairs no rule matched, above each model's threshold) "
      + "to the rules'; false = the rules alone.")
  @Default.Boolean(true)
  boolean getRelationModels();

  void setRelationModels(boolean use);

  @Description("Add the names the trained gene and chemical taggers find where no lexicon matches (grounded by the "
      + "lexicons where they can be; the triples of names still ungrounded go to ungrounded_triples.jsonl); "
      + "false = the lexicons alone.")
  @Default.Boolean(true)
  boolean getTrainedMentions();

  void setTrainedMentions(boolean use);
}
