package com.catalysttracker.cli;

import com.catalysttracker.crawl.CrawlProperties;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.DocumentJson;
import com.catalysttracker.rules.Evaluation;
import com.catalysttracker.rules.RuleBase;
import com.catalysttracker.rules.RuleCompileException;
import com.catalysttracker.rules.RuleEngine;
import com.catalysttracker.rules.RulesProperties;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import com.catalysttracker.extract.DocumentExtractor;
import com.catalysttracker.extract.Extraction;
import com.catalysttracker.extract.Extractors;
import com.catalysttracker.extract.FetchedDocument;
import com.catalysttracker.extract.FetchedResponse;
import com.catalysttracker.extract.ReferenceData;
import com.catalysttracker.source.SourceCatalog;
import com.catalysttracker.source.SourceDefinition;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
      "Exit 0 when a document came out, 1 when the responses held none (the reason goes to"
          + " stderr), 2 for bad arguments."
    })
final class ExtractCommand implements Callable<Integer> {

  @Mixin SpringSettings settings;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--source",
      required = true,
      paramLabel = "ID",
      description = "The crawler id whose detail rules apply, e.g. ccgp (see crawlers/).")
  String source;

  @Option(
      names = "--url",
      required = true,
      paramLabel = "URL",
      description = "The real address the responses came from: the document's canonical URL.")
  String url;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Saved responses, in fetch order.")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<FetchedResponse> responses = new ArrayList<>();
    for (Path file : files) {
      try {
        responses.add(new FetchedResponse(url, contentTypeOf(file), Files.readAllBytes(file)));
      } catch (NoSuchFileException e) {
        err.println("extract: no such file: " + file);
        return 2;
      }
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
                      + String.join(", ", catalog.sources().stream().map(SourceDefinition::id).toList()));
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
    Extraction extraction = extractor.extract(new FetchedDocument(source, url, responses));
    for (String note : extraction.notes()) {
      err.println("note: " + note);
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
