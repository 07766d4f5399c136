package org.litmine.pipeline.drugprot;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a DrugProt gold mention and a litmine evidence mention are compared: strictly as written, up to trivial
 * differences only. Both sides go through the same steps:
 * <ol>
 *   <li>Unicode NFKC; every dash or minus sign (‐ ‑ ‒ – — − ­) becomes '-'; whitespace runs become one space;
 *       surrounding space and quotes/brackets at either end are trimmed;</li>
 *   <li>a trailing plural 's' on the last word is dropped when it follows a lower-case letter and is not "ss"
 *       ("statins" = "statin", "kinases" = "kinase", but "HRAS" and "class" stay);</li>
 *   <li>letter case is ignored (or kept, for case-sensitive lexicon entries);</li>
 *   <li>hyphens are ignored: "COX-2" = "COX2", "5-HT1A" = "5HT1A", "c-fms" = "cfms".</li>
 * </ol>
 * Nothing else is forgiven: "5-HT1A receptor" is not "5-HT1A", "checkpoint kinase ATM" is not "ATM".
 *
 * <p>This is a scorer's tolerance, not a second lexicon key: the annotators look names up by
 * {@link org.litmine.annotators.lexicon.KeyNormalizer} (Greek letters spelled out, hyphens kept, plurals not
 * forgiven), the one key the lexicon scripts build with. Here the question is whether two mentions of one sentence
 * are the same mention as a DrugProt annotator would count them, so plurals and hyphens are forgiven; Greek letters
 * are left as they are, both mentions being spans of the same abstract's text.
 */
public final class MentionKey {

  private static final Pattern DASHES = Pattern.compile("[\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212\\u00AD\\uFE63\\uFF0D]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern EDGE_PUNCT = Pattern.compile("^[\\s\"'“”‘’(\\[{]+|[\\s\"'“”‘’)\\]},;:.]+$");
  private static final Pattern PLURAL = Pattern.compile("(?<=[a-z])(?<!s)s$");

  private MentionKey() {}

  /** The key for case-insensitive comparison. */
  public static String of(String mention) {
    return caseKept(mention).toLowerCase(Locale.ROOT);
  }

  /** The key with letter case kept (for case-sensitive lexicon entries). */
  public static String caseKept(String mention) {
    if (mention == null) {
      return "";
    }
    String s = Normalizer.normalize(mention, Normalizer.Form.NFKC);
    s = DASHES.matcher(s).replaceAll("-");
    s = SPACES.matcher(s).replaceAll(" ");
    s = EDGE_PUNCT.matcher(s).replaceAll("");
    s = PLURAL.matcher(s).replaceAll("");
    s = s.replace("-", "");
    return SPACES.matcher(s).replaceAll(" ").trim();
  }

  /** The whitespace tokens of a mention's key (for containment tests). */
  static List<String> tokens(String key) {
    List<String> out = new ArrayList<>();
    for (String t : key.split(" ")) {
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** True when one key equals the other or holds it as a run of whole tokens ("5ht1a receptor" holds "5ht1a"). */
  static boolean nested(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.equals(b)) {
      return true;
    }
    String longer = a.length() >= b.length() ? a : b;
    String shorter = longer == a ? b : a;
    return (" " + longer + " ").contains(" " + shorter + " ");
  }
}
