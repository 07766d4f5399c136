package org.litmine.pipeline.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A token-per-line IOB corpus ({@code token<TAB>tag}, a blank line between sentences), as the NER corpora under
 * {@code ../shared/training/ner/} are: tags {@code O}, {@code B-<type>}, {@code I-<type>}; an {@code I-} tag after
 * {@code O} starts a mention. Fails on a line without exactly one tab, naming the file and the line.
 */
public final class IobCorpus {

  /** One sentence: its tokens and their IOB tags, of equal length. */
  public record Sentence(List<String> words, List<String> tags) {

    public Sentence {
      words = List.copyOf(words);
      tags = List.copyOf(tags);
      if (words.size() != tags.size()) {
        throw new IllegalArgumentException(words.size() + " words but " + tags.size() + " tags");
      }
    }

    /** The sentence's mentions: contiguous tokens of one IOB mention, a {@code B-} tag starting a new one. */
    public List<MentionScores.Mention> mentions() {
      return MentionScores.spansOfIob(tags);
    }

    /** IO labels: {@code label} on every token of a mention, {@code O} elsewhere (adjacent mentions merge). */
    public List<String> ioLabels(String label) {
      return tags.stream().map(t -> t.equals("O") ? "O" : label).toList();
    }

    /** BIO labels: {@code B-label} on the first token of a mention, {@code I-label} on the others, {@code O}. */
    public List<String> bioLabels(String label) {
      List<String> labels = new ArrayList<>(ioLabels(label));
      for (MentionScores.Mention m : mentions()) {
        labels.set(m.start(), "B-" + label);
        for (int i = m.start() + 1; i < m.end(); i++) {
          labels.set(i, "I-" + label);
        }
      }
      return List.copyOf(labels);
    }
  }

  private IobCorpus() {}

  public static List<Sentence> read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    }
  }

  /** Reads sentences from text in the corpus format; {@code name} names the source in errors. */
  public static List<Sentence> read(String text, String name) {
    try {
      return read(new StringReader(text), name);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Sentence> read(Reader reader, String name) throws IOException {
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<Sentence> sentences = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int lineNumber = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        flush(sentences, words, tags);
        continue;
      }
      int tab = line.indexOf('\t');
      String tag = tab < 0 ? "" : line.substring(tab + 1).strip();
      if (tab <= 0 || tag.contains("\t") || !(tag.equals("O") || tag.startsWith("B-") || tag.startsWith("I-"))) {
        throw new IllegalArgumentException(name + ":" + lineNumber + ": expected token<TAB>O|B-type|I-type, got '"
            + line + "'");
      }
      words.add(line.substring(0, tab));
      tags.add(tag);
    }
    flush(sentences, words, tags);
    return sentences;
  }

  private static void flush(List<Sentence> sentences, List<String> words, List<String> tags) {
    if (!words.isEmpty()) {
      sentences.add(new Sentence(words, tags));
      words.clear();
      tags.clear();
    }
  }

  /** The number of mentions in the sentences. */
  public static int mentionCount(List<Sentence> sentences) {
    return sentences.stream().mapToInt(s -> s.mentions().size()).sum();
  }
}
