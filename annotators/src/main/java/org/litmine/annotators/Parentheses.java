package org.litmine.annotators;

/**
 * Parentheses among a sentence's tokens, as the tokenizer writes them ("(" or "-LRB-", ")" or "-RRB-"). Shared by
 * the readers of asides: abbreviation definitions, aliases in parentheses, a drug's own aside, parenthesized lists.
 */
public final class Parentheses {

  private Parentheses() {}

  /** Whether the token's word opens a parenthesis. */
  public static boolean opens(String word) {
    return "(".equals(word) || "-LRB-".equals(word);
  }

  /** Whether the token's word closes a parenthesis. */
  public static boolean closes(String word) {
    return ")".equals(word) || "-RRB-".equals(word);
  }

  /**
   * Whether the token's word ends the first item of a parenthesized aside: the closing parenthesis, or a comma or
   * semicolon after which the aside goes on ("(TMP, 10 mg)", "(Dox-; 1 µg/ml)").
   */
  public static boolean endsFirstItem(String word) {
    return closes(word) || ",".equals(word) || ";".equals(word);
  }
}
