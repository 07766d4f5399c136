package org.litmine.pipeline.fidelity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word sequence that fidelity compares. Both sides get the same treatment: Unicode compatibility folding
 * (ligatures, superscript digits), LaTeX Greek commands ({@code $\alpha$}) turned into the letters, markup
 * characters ({@code $ ^ _ { } *}) dropped, lower case, then words are runs of letters and digits; each Greek
 * letter is a word of its own, so "ERα" and "ER α" compare equal. Punctuation and hyphens only separate words.
 */
public final class Words {

  private static final Map<String, String> GREEK = Map.ofEntries(
      Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
      Map.entry("epsilon", "ε"), Map.entry("varepsilon", "ε"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"),
      Map.entry("theta", "θ"), Map.entry("iota", "ι"), Map.entry("kappa", "κ"), Map.entry("lambda", "λ"),
      Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"), Map.entry("pi", "π"),
      Map.entry("rho", "ρ"), Map.entry("sigma", "σ"), Map.entry("tau", "τ"), Map.entry("phi", "φ"),
      Map.entry("chi", "χ"), Map.entry("psi", "ψ"), Map.entry("omega", "ω"), Map.entry("Delta", "Δ"),
      Map.entry("Gamma", "Γ"), Map.entry("Omega", "Ω"), Map.entry("Sigma", "Σ"), Map.entry("geq", "≥"),
      Map.entry("leq", "≤"), Map.entry("pm", "±"), Map.entry("times", "×"));
  private static final Pattern LATEX = Pattern.compile("\\\\([A-Za-z]+)");
  private static final Pattern TOKEN = Pattern.compile("[\\p{IsGreek}]|[\\p{L}\\p{N}&&[^\\p{IsGreek}]]+");

  private Words() {}

  public static List<String> of(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
    Matcher latex = LATEX.matcher(folded);
    StringBuilder out = new StringBuilder();
    while (latex.find()) {
      latex.appendReplacement(out, Matcher.quoteReplacement(" " + GREEK.getOrDefault(latex.group(1), " ") + " "));
    }
    latex.appendTail(out);
    String plain = out.toString().replaceAll("[$^_{}*]", "").replace("µ", "μ").toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    Matcher m = TOKEN.matcher(plain);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  public static List<String> of(List<String> texts) {
    List<String> words = new ArrayList<>();
    texts.forEach(t -> words.addAll(of(t)));
    return words;
  }
}
