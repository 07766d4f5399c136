package org.litmine.pipeline.beam;

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
}
