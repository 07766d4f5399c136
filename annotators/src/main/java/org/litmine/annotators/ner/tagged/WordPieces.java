package org.litmine.annotators.ner.tagged;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pieces a trained tagger reads a sentence as: the pipeline's tokens cut into runs of letters and digits and
 * single other characters ("IGF-IR" → IGF, -, IR), the tokenization of the corpora the taggers learnt from (BC2GM,
 * BC5CDR). Each piece remembers its pipeline token and its character offsets, so that a tagged run of pieces maps
 * back onto the sentence, also where it covers part of a token ("EGFR" of "EGFR-mutant").
 */
public final class WordPieces {

  private static final Pattern PIECE = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+|\\S");

  /** One piece: its text, the index of the pipeline token it belongs to, and its character offsets. */
  public record Piece(String text, int token, int charBegin, int charEnd) {}

  private WordPieces() {}

  /** The pieces of a text, as words: what the taggers' corpora hold and their word clusters are made of. */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = PIECE.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** The pieces of a sentence's tokens, in order. */
  public static List<Piece> of(List<CoreLabel> tokens) {
    List<Piece> pieces = new ArrayList<>();
    for (int t = 0; t < tokens.size(); t++) {
      CoreLabel token = tokens.get(t);
      String text = token.originalText() == null ? token.word() : token.originalText();
      boolean exact = token.endPosition() - token.beginPosition() == text.length();
      Matcher m = PIECE.matcher(text);
      while (m.find()) {
        int begin = exact ? token.beginPosition() + m.start() : token.beginPosition();
        int end = exact ? token.beginPosition() + m.end() : token.endPosition();
        pieces.add(new Piece(m.group(), t, begin, end));
      }
    }
    return pieces;
  }
}
