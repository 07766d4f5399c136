package org.litmine.pipeline.train;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.SentenceUtils;
import edu.stanford.nlp.sequences.ObjectBankWrapper;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * {@code ./litmine train mentions}: trains the gene and chemical mention taggers (CoreNLP {@code CRFClassifier}, IO
 * labels, the spec's label and {@code O}, or BIO labels where the spec says so) on the train and devel splits of their IOB corpora, scores each once on
 * the test split (strict spans, {@link MentionScores}), and writes {@code <name>.crf.ser.gz} with its card, and the
 * report of both. With {@code devel} it trains on train only, scores devel and writes nothing: that is how features
 * are chosen; test never is.
 *
 * <p>Tokens are the corpora's: maximal runs of letters and digits and single other characters. Features read the
 * words only (no tags or lemmas) and, where the spec names them, word clusters that the model keeps, so a model needs
 * nothing beside its file. The file is a gzip (no timestamp) of
 * CoreNLP's serialized classifier, read with {@code CRFClassifier.getClassifier(new GZIPInputStream(in))}; the
 * optimizer is single-threaded, so the same inputs give the same bytes.
 */
public final class MentionTaggers {

  /** A trained tagger: its spec, the model file's bytes, its counts and figures. */
  public record Trained(TaggerSpec spec, byte[] model, SplitCounts counts, MentionScores scores,
      double trainingSeconds, double wordsPerSecond) {}

  /** Sentences and mentions per split, for the card. */
  public record SplitCounts(int[] sentences, int[] mentions) {}

  static final List<String> SPLITS = List.of("train", "devel", "test");

  private MentionTaggers() {}

  /** Trains the named taggers and writes models, cards and the report; returns a summary line per tagger. */
  public static List<String> run(Path shared, Path models, Path report, List<String> names) throws IOException {
    Files.createDirectories(models);
    List<Trained> trained = new ArrayList<>();
    for (String name : names) {
      TaggerSpec spec = TaggerSpec.load(name);
      Trained t = trainAndTest(spec, shared.resolve(spec.corpus()));
      Files.write(models.resolve(spec.modelFile()), t.model());
      Files.writeString(models.resolve(spec.cardFile()), MentionCard.card(t), StandardCharsets.UTF_8);
      trained.add(t);
    }
    if (report.getParent() != null) {
      Files.createDirectories(report.getParent());
    }
    String previous = Files.isRegularFile(report) ? Files.readString(report, StandardCharsets.UTF_8) : "";
    Files.writeString(report, MentionCard.report(trained, previous), StandardCharsets.UTF_8);
    return trained.stream().map(MentionTaggers::summary).toList();
  }

  /** Trains the named taggers on train, scores devel; writes nothing. */
  public static List<String> develFigures(Path shared, List<String> names) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String name : names) {
      TaggerSpec spec = TaggerSpec.load(name);
      Path corpus = shared.resolve(spec.corpus());
      long start = System.nanoTime();
      CRFClassifier<CoreLabel> crf = train(spec, IobCorpus.read(corpus.resolve("train.tsv")));
      double seconds = (System.nanoTime() - start) / 1e9;
      Tagging devel = timedScore(crf, IobCorpus.read(corpus.resolve("devel.tsv")));
      MentionScores s = devel.scores();
      lines.add(String.format(Locale.ROOT, "%s devel (trained on train, %.0f s): P %.3f R %.3f F1 %.3f; model %,d "
          + "bytes, %,.0f words/s", name, seconds, s.precision(), s.recall(), s.f1(), serialize(crf).length,
          devel.wordsPerSecond()));
    }
    return lines;
  }

  private static Trained trainAndTest(TaggerSpec spec, Path corpus) throws IOException {
    List<List<IobCorpus.Sentence>> splits = new ArrayList<>();
    for (String split : SPLITS) {
      splits.add(IobCorpus.read(corpus.resolve(split + ".tsv")));
    }
    int[] sentences = splits.stream().mapToInt(List::size).toArray();
    int[] mentions = splits.stream().mapToInt(IobCorpus::mentionCount).toArray();
    List<IobCorpus.Sentence> training = new ArrayList<>(splits.get(0));
    training.addAll(splits.get(1));
    long start = System.nanoTime();
    byte[] model = serialize(train(spec, training));
    double trainingSeconds = (System.nanoTime() - start) / 1e9;
    CRFClassifier<CoreLabel> loaded = load(new ByteArrayInputStream(model));
    Tagging test = timedScore(loaded, splits.get(2));
    return new Trained(spec, model, new SplitCounts(sentences, mentions), test.scores(), trainingSeconds,
        test.wordsPerSecond());
  }

  /** Scores and tagging speed on some sentences. */
  private record Tagging(MentionScores scores, double wordsPerSecond) {}

  private static Tagging timedScore(CRFClassifier<CoreLabel> crf, List<IobCorpus.Sentence> sentences) {
    long start = System.nanoTime();
    MentionScores scores = score(crf, sentences);
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Tagging(scores, sentences.stream().mapToInt(s -> s.words().size()).sum() / seconds);
  }

  /** Trains a tagger on the sentences, their mentions labelled with the spec's label. */
  public static CRFClassifier<CoreLabel> train(TaggerSpec spec, List<IobCorpus.Sentence> sentences)
      throws IOException {
    Properties flags = spec.crfProperties();
    Path clusters = null;
    if (spec.clusters().isPresent()) {
      clusters = Files.createTempFile("litmine-clusters", ".tsv");
      try (InputStream in = TaggerSpec.class.getResourceAsStream(spec.clusters().get())) {
        if (in == null) {
          throw new IOException("word clusters " + spec.clusters().get() + " not on the classpath beside "
              + TaggerSpec.class.getName() + " (./litmine train clusters writes them)");
        }
        Files.copy(in, clusters, StandardCopyOption.REPLACE_EXISTING);
      }
      flags.setProperty("distSimLexicon", clusters.toString());
    }
    try {
      return train(spec, flags, sentences);
    } finally {
      if (clusters != null) {
        Files.delete(clusters);
      }
    }
  }

  private static CRFClassifier<CoreLabel> train(TaggerSpec spec, Properties flags,
      List<IobCorpus.Sentence> sentences) {
    CRFClassifier<CoreLabel> crf = new CRFClassifier<>(flags);
    // The same preprocessing (word shapes, known lowercase words) CoreNLP gives documents it reads from files.
    ObjectBankWrapper<CoreLabel> prepare = new ObjectBankWrapper<>(crf.flags, null, crf.getKnownLCWords());
    List<List<CoreLabel>> documents = new ArrayList<>();
    for (IobCorpus.Sentence s : sentences) {
      List<CoreLabel> tokens = tokens(s.words());
      List<String> labels = spec.labels(s);
      for (int i = 0; i < tokens.size(); i++) {
        tokens.get(i).set(CoreAnnotations.AnswerAnnotation.class, labels.get(i));
        tokens.get(i).set(CoreAnnotations.GoldAnswerAnnotation.class, labels.get(i));
      }
      documents.add(prepare.processDocument(tokens));
    }
    crf.train(documents, crf.makeReaderAndWriter());
    if (spec.clusters().isPresent()) {
      nameResourceNotFile(crf.flags, spec.clusters().get());
    }
    return crf;
  }

  /**
   * The feature factory holds the clusters once trained and the model keeps them (CoreNLP reads the file only while it
   * has none), so the flags name the resource instead of the temporary file: both the flag and CoreNLP's text of the
   * flags it was made with, which the model also keeps; else each training would give other bytes.
   */
  private static void nameResourceNotFile(SeqClassifierFlags flags, String resource) {
    String file = "distSimLexicon=" + flags.distSimLexicon;
    flags.distSimLexicon = resource;
    try {
      Field text = SeqClassifierFlags.class.getDeclaredField("stringRep");
      text.setAccessible(true);
      text.set(flags, ((String) text.get(flags)).replace(file, "distSimLexicon=" + resource));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot rename the word clusters in CoreNLP's flags: " + e, e);
    }
  }

  /** The classifier as the model file holds it: CoreNLP's serialization, gzipped without a timestamp. */
  public static byte[] serialize(CRFClassifier<CoreLabel> crf) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bestGzip(bytes))) {
      crf.serializeClassifier(out);
    }
    return bytes.toByteArray();
  }

  /** Java's gzip header has no time or name, so equal content gives equal bytes. */
  private static GZIPOutputStream bestGzip(OutputStream out) throws IOException {
    return new GZIPOutputStream(out, 1 << 16) {
      {
        def.setLevel(Deflater.BEST_COMPRESSION);
      }
    };
  }

  /** Reads a model file's bytes, as the runtime annotator does. */
  public static CRFClassifier<CoreLabel> load(InputStream modelFile) throws IOException {
    try (InputStream in = new GZIPInputStream(modelFile)) {
      return CRFClassifier.getClassifier(in);
    } catch (ClassNotFoundException e) {
      throw new IOException("not a CRFClassifier model: " + e.getMessage(), e);
    }
  }

  /** The label of each word (IO or BIO), as the tagger gives them. */
  public static List<String> tag(CRFClassifier<CoreLabel> crf, List<String> words) {
    return crf.classifySentence(tokens(words)).stream()
        .map(t -> t.get(CoreAnnotations.AnswerAnnotation.class)).toList();
  }

  /** Strict scores of the tagger on the sentences. */
  public static MentionScores score(CRFClassifier<CoreLabel> crf, List<IobCorpus.Sentence> sentences) {
    MentionScores total = new MentionScores(0, 0, 0);
    for (IobCorpus.Sentence s : sentences) {
      total = total.plus(MentionScores.of(s.tags(), tag(crf, s.words())));
    }
    return total;
  }

  private static List<CoreLabel> tokens(List<String> words) {
    return SentenceUtils.toCoreLabelList(words.toArray(String[]::new));
  }

  private static String summary(Trained t) {
    return String.format(Locale.ROOT, "%s: test P %.3f R %.3f F1 %.3f (target %.2f), %d bytes, "
        + "trained in %.0f s, %.0f words/s", t.spec().name(), t.scores().precision(), t.scores().recall(),
        t.scores().f1(), t.spec().targetF1(), t.model().length, t.trainingSeconds(), t.wordsPerSecond());
  }
}
