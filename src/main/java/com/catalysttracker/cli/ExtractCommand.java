package com.catalysttracker.cli;

import com.catalysttracker.crawl.CrawlProperties;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.DocumentJson;
import com.catalysttracker.extract.DocumentExtractor;
import com.catalysttracker.extract.Extraction;
import com.catalysttracker.extract.Extractors;
import com.catalysttracker.extract.FetchedDocument;
import com.catalysttracker.extract.FetchedResponse;
import com.catalysttracker.extract.ReferenceData;
import com.catalysttracker.rules.Evaluation;
import com.catalysttracker.rules.RuleBase;
import com.catalysttracker.rules.RuleCompileException;
import com.catalysttracker.rules.RuleEngine;
import com.catalysttracker.rules.RulesProperties;
import com.catalysttracker.source.SourceCatalog;
import com.catalysttracker.source.SourceDefinition;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Parse saved responses as if fetched from URL and print the document as one line of JSON"
          + " (the contract in DESIGN.md). Needs no Elasticsearch.",
      "FILE is what the site answered: an HTML page in whatever charset it came, the JSON detail"
          + " answer of an API-backed site, or a PDF notice. Several FILEs are the responses of one"
          + " document in the order the crawler fetches them (e.g. the API answer, then its PDF).",
      "The rules in rules/ tag themes and list the alerts they would raise (nothing is stored or"
          + " sent); rules that need indexed history (momentum, a final policy's earlier draft) see"
          + " none here.",
      "Exit 0 when a document came out (what could not be read is a warning on stderr), 1 when"
          + " the responses held none or a file cannot be a response (empty, binary; the reason goes"
          + " to stderr), 2 for bad arguments.",
      "extract bench measures extraction throughput over the site copies' detail pages."
    },
    subcommands = ExtractBenchCommand.class)
final class ExtractCommand implements Callable<Integer> {

  @Mixin SpringSettings settings;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  // Not required in picocli's sense: `extract bench` takes neither, and picocli checks a parent's
  // required options before it runs a subcommand. call() asks for them instead.
  @Option(
      names = "--source",
      paramLabel = "ID",
      description = "The crawler id whose detail rules apply, e.g. ccgp (see crawlers/).")
  @Nullable String source;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "The real address the responses came from: the document's canonical URL.")
  @Nullable String url;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Saved responses, in fetch order.")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (source == null || url == null || files.isEmpty()) {
      err.println(
          "extract: give --source ID, --url URL and at least one FILE (or `extract bench`); see extract --help");
      return 2;
    }
    String url = this.url;
    List<FetchedResponse> responses = new ArrayList<>();
    for (Path file : files) {
      byte[] body;
      try {
        body = Files.readAllBytes(file);
      } catch (NoSuchFileException e) {
        err.println("extract: no such file: " + file);
        return 2;
      } catch (IOException e) {
        err.println("extract: cannot read " + file + ": " + e.getMessage());
        return 2;
      }
      String refusal = SavedResponses.refusal(file, body);
      if (refusal != null) {
        err.println("extract: " + refusal);
        return 1;
      }
      SavedResponses.warnings(file, body).forEach(w -> err.println("warning: " + w));
      responses.add(new FetchedResponse(url, contentTypeOf(file), body));
    }
    Path definitions;
    Path reference;
    Path rulesDir;
    try (ConfigurableApplicationContext context = ApplicationContexts.task(settings.properties())) {
      CrawlProperties crawl = context.getBean(CrawlProperties.class);
      definitions = crawl.definitionsDir();
      reference = crawl.referenceDir();
      rulesDir = context.getBean(RulesProperties.class).dir();
    }
    SourceCatalog catalog = SourceCatalog.load(definitions);
    SourceDefinition definition = catalog.find(source).orElse(null);
    if (definition == null) {
      String why =
          catalog
              .errorFor(source)
              .map(e -> "its definition is invalid: " + e.getMessage())
              .orElse(
                  "no such source in "
                      + definitions
                      + "; known: "
                      + String.join(
                          ", ", catalog.sources().stream().map(SourceDefinition::id).toList()));
      err.println("extract: cannot use source '" + source + "': " + why);
      return 2;
    }
    DocumentExtractor extractor =
        new Extractors(ReferenceData.load(reference))
            .forSource(
                definition.detailAdapter(),
                definition.kind(),
                definition.detail(),
                definition.encoding());
    Extraction extraction;
    try {
      extraction = extractor.extract(new FetchedDocument(source, url, responses));
    } catch (RuntimeException | StackOverflowError e) {
      // The extractors promise not to throw for what a site sends; if one breaks that promise the
      // user still gets the file and the reason, not a trace.
      err.println(
          "extract: could not read "
              + files
              + " as a "
              + source
              + " document: "
              + e
              + " (please report this with the files)");
      return 1;
    }
    for (String note : extraction.notes()) {
      err.println("warning: " + note);
    }
    if (!extraction.missingRequired().isEmpty()) {
      err.println(
          "warning: required fields came back empty: "
              + String.join(", ", extraction.missingRequired())
              + " (has the site changed its layout? check the detail: selectors in "
              + definitions.resolve(source + ".yml")
              + ")");
    }
    if (extraction.document() == null) {
      err.println("extract: no document in " + files + " for " + url);
      return 1;
    }
    RuleEngine rules;
    try {
      rules = new RuleEngine(RuleBase.compile(rulesDir), Clock.systemUTC());
    } catch (RuleCompileException e) {
      err.println("extract: the rules in " + rulesDir + " do not compile:");
      e.problems().forEach(problem -> err.println(problem));
      return 2;
    }
    out.println(toJsonLine(extraction.document(), rules.evaluate(extraction.document())));
    out.flush();
    return 0;
  }

  /** The document with the themes the rules found, and the alerts they would raise. */
  private static String toJsonLine(Document document, Evaluation evaluation)
      throws JsonProcessingException {
    ObjectNode json = DocumentJson.mapper().valueToTree(document.withThemes(evaluation.themes()));
    json.set("alerts", DocumentJson.mapper().valueToTree(evaluation.alerts()));
    return DocumentJson.mapper().writeValueAsString(json);
  }

  /** Saved files carry no headers: the extension says what the site sent. */
  private static @Nullable String contentTypeOf(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return "application/json";
    }
    if (name.endsWith(".pdf")) {
      return "application/pdf";
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".shtml")) {
      // No charset: the page's own meta tag or its bytes decide, as for a site that sends none.
      return "text/html";
    }
    return null;
  }
}
