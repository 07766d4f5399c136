package org.litmine.pipeline.cli;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.litmine.pipeline.options.LitmineOptions;

/**
 * {@code litmine run --help}: litmine's own run options with their defaults and meanings, read from
 * {@link LitmineOptions} (its {@code @Description} and {@code @Default} annotations, the same that Beam reads), not
 * Beam's registry of every runner's options.
 */
final class RunHelp {

  static final String USAGE = "run --corpus PATH [--out DIR] [--runner DirectRunner|FlinkRunner] "
      + "[--flinkMaster=host:port] [--relationModels=false] [OPTION=VALUE ...]";

  private RunHelp() {}

  static String text() {
    StringBuilder out = new StringBuilder("usage: litmine " + USAGE + "\n\noptions (--name=value):\n");
    Method[] getters = LitmineOptions.class.getDeclaredMethods();
    Arrays.sort(getters, Comparator.comparing(Method::getName));
    for (Method m : getters) {
      Description d = m.getAnnotation(Description.class);
      if (d == null || !(m.getName().startsWith("get") || m.getName().startsWith("is"))) {
        continue;
      }
      String name = m.getName().replaceFirst("^(get|is)", "");
      name = name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
      out.append("  --").append(name).append(defaultOf(m)).append("\n      ").append(d.value()).append('\n');
    }
    out.append("\nRunner options (Beam's and Flink's: --runner, --flinkMaster, --parallelism, ...) are passed to Beam.");
    return out.toString();
  }

  private static String defaultOf(Method m) {
    for (Annotation a : m.getAnnotations()) {
      if (a.annotationType().getEnclosingClass() == Default.class) {
        try {
          return " (default " + a.annotationType().getMethod("value").invoke(a) + ")";
        } catch (ReflectiveOperationException e) {
          return "";
        }
      }
    }
    return "";
  }
}
