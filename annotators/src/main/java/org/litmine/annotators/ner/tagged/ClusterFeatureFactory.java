package org.litmine.annotators.ner.tagged;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.WordShapeClassifier;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.PaddedList;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * CoreNLP's {@link NERFeatureFactory} with word classes at several granularities: where the distsim lexicon gives a
 * word several classes, {@code first|second|third} (a line {@code word<TAB>12|3|1033}), CoreNLP's own distsim
 * features read the first, and this factory adds the others' of the word and of its two neighbours
 * ({@code -DS1}, {@code -PDS1}, {@code -NDS1}, ...). A CRF model serializes its feature factories, so the classes
 * travel inside the model file and tagging needs no other file (the trainer names this class with the
 * {@code featureFactory} flag; litmine's {@code ./litmine train mentions}).
 */
public class ClusterFeatureFactory<IN extends CoreLabel> extends NERFeatureFactory<IN> {

  private static final long serialVersionUID = 1L;

  private static final String UNKNOWN = "null";

  /** Per word (as the lexicon keys it), its classes after the first; null until {@link #init} split the lexicon. */
  private HashMap<String, String[]> moreClasses;

  @Override
  public void init(SeqClassifierFlags flags) {
    super.init(flags);
    if (moreClasses == null && flags.useDistSim) {
      moreClasses = split(lexicon());
    }
  }

  /** Keeps each word's first class in CoreNLP's lexicon and returns the others, visiting words in sorted order. */
  private static HashMap<String, String[]> split(Map<String, String> lexicon) {
    HashMap<String, String[]> more = new HashMap<>();
    Map<String, String> interned = new HashMap<>();
    for (Map.Entry<String, String> e : new TreeMap<>(lexicon).entrySet()) {
      String[] parts = e.getValue().split("\\|");
      lexicon.put(e.getKey(), interned.computeIfAbsent(parts[0], s -> s));
      if (parts.length > 1) {
        String[] rest = new String[parts.length - 1];
        for (int i = 1; i < parts.length; i++) {
          rest[i - 1] = interned.computeIfAbsent(i + ":" + parts[i], s -> s);
        }
        more.put(e.getKey(), rest);
      }
    }
    return more;
  }

  @SuppressWarnings("unchecked")
  private Map<String, String> lexicon() {
    try {
      Field f = NERFeatureFactory.class.getDeclaredField("lexicon");
      f.setAccessible(true);
      Map<String, String> lexicon = (Map<String, String>) f.get(this);
      if (lexicon == null) {
        throw new IllegalStateException("useDistSim without a distsim lexicon");
      }
      return lexicon;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read CoreNLP's distsim lexicon: " + e, e);
    }
  }

  @Override
  protected void featuresC(PaddedList<IN> cInfo, int loc, FeatureCollector out) {
    super.featuresC(cInfo, loc, out);
    if (moreClasses == null || moreClasses.isEmpty()) {
      return;
    }
    String[] c = classes(cInfo.get(loc));
    String[] p = flags.usePrev ? classes(cInfo.get(loc - 1)) : null;
    String[] n = flags.useNext ? classes(cInfo.get(loc + 1)) : null;
    int levels = moreClasses.values().iterator().next().length;
    for (int k = 0; k < levels; k++) {
      out.build().append(at(c, k)).append("-DS").append(String.valueOf(k + 1)).add();
      if (p != null) {
        out.build().append(at(p, k)).append("-PDS").append(String.valueOf(k + 1)).add();
      }
      if (n != null) {
        out.build().append(at(n, k)).append("-NDS").append(String.valueOf(k + 1)).add();
      }
    }
  }

  private static String at(String[] classes, int k) {
    return classes == null || k >= classes.length ? UNKNOWN : classes[k];
  }

  /** A word's classes after the first, looked up as CoreNLP looks up its distsim class; null if it has none. */
  private String[] classes(CoreLabel token) {
    String word = getWord(token);
    if (word == null) {
      return null;
    }
    if (!flags.casedDistSim) {
      word = word.toLowerCase(Locale.ROOT);
    }
    if (flags.numberEquivalenceDistSim) {
      word = WordShapeClassifier.wordShape(word, WordShapeClassifier.WORDSHAPEDIGITS);
    }
    return moreClasses.get(word);
  }
}
