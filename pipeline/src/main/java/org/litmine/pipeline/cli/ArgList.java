package org.litmine.pipeline.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Command-line words split into {@code --name value} (or {@code --name=value}) options and positional words. */
final class ArgList {

  final Map<String, String> options = new LinkedHashMap<>();
  final List<String> positional = new ArrayList<>();

  static ArgList parse(String[] args, int from) {
    ArgList list = new ArgList();
    for (int i = from; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("--")) {
        int eq = arg.indexOf('=');
        if (eq > 0) {
          list.options.put(arg.substring(2, eq), arg.substring(eq + 1));
        } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
          list.options.put(arg.substring(2), args[++i]);
        } else {
          list.options.put(arg.substring(2), "true");
        }
      } else {
        list.positional.add(arg);
      }
    }
    return list;
  }

  String get(String name, String fallback) {
    return options.getOrDefault(name, fallback);
  }

  /** The options as Beam-style {@code --name=value} words. */
  String[] asBeamArgs() {
    return options.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
  }
}
