package com.catalysttracker.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.io.Resource;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The rules folder compiled once: the Drools rule base, every theme's vocabulary matched in one
 * pass, the thresholds and where each rule is written. Immutable; a change to the folder builds a
 * new one (incremental updates to a live KieBase have known bugs, e.g. a rule deleted and re-added
 * no longer firing).
 */
public final class RuleBase {
  private static final Pattern PARSER_POSITION =
      Pattern.compile("\\[ERR \\d+\\] Line (\\d+):(\\d+)");
  private static final String DRL = ".drl";

  /**
   * KieFileSystem paths are under the Maven layout; messages are mapped back to the analyst's path.
   */
  private static final String KIE_ROOT = "src/main/resources/";

  private static final AtomicLong BUILDS = new AtomicLong();
  private static final String NULL_PACKAGE = "Parser returned a null Package";
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

  private final Path dir;
  private final KieBase kieBase;
  private final KieSessionsPool sessions;
  private final TermMatcher matcher;
  private final List<String> themes;
  private final Thresholds thresholds;
  private final Map<String, RuleSource> sources;
  private final Set<String> globals;
  private final Instant compiledAt;
  private final Map<String, String> kieToRelative;

  private RuleBase(
      Path dir,
      KieBase kieBase,
      List<Vocabulary> vocabularies,
      Thresholds thresholds,
      Map<String, RuleSource> sources,
      Set<String> globals,
      Map<String, String> kieToRelative) {
    this.kieToRelative = Map.copyOf(kieToRelative);
    this.dir = dir;
    this.kieBase = kieBase;
    // Sessions are reset and reused rather than built per document: creating one (agenda, node
    // memories) was a tenth of an evaluation in the rules bench profile (#7 figures). Grows with
    // the
    // number of threads evaluating at once; disposing a session returns it.
    this.sessions = kieBase.newKieSessionsPool(1);
    this.matcher = new TermMatcher(vocabularies);
    this.themes = vocabularies.stream().map(Vocabulary::theme).toList();
    this.thresholds = thresholds;
    this.sources = Map.copyOf(sources);
    this.globals = Set.copyOf(globals);
    this.compiledAt = Instant.now();
  }

  /** Compiles {@code dir}; throws with every problem ({@code path:line:col: message}) if any. */
  public static RuleBase compile(Path dir) {
    List<RuleProblem> problems = new ArrayList<>();
    RuleBase base = build(dir, problems);
    if (!problems.isEmpty() || base == null) {
      throw new RuleCompileException(problems);
    }
    return base;
  }

  /** Every problem in {@code dir}, empty when it compiles: what {@code rules validate} prints. */
  public static List<RuleProblem> check(Path dir) {
    List<RuleProblem> problems = new ArrayList<>();
    build(dir, problems);
    return problems;
  }

  private static RuleBase build(Path dir, List<RuleProblem> problems) {
    if (!Files.isDirectory(dir)) {
      problems.add(
          new RuleProblem(
              dir.toString(),
              0,
              0,
              "not a folder: point catalyst.rules.dir (or the command's DIR) at the rules folder"));
      return null;
    }
    List<Path> drlFiles = list(dir, DRL);
    List<Path> vocabFiles = list(dir, Vocabulary.EXTENSION);
    if (drlFiles.isEmpty()) {
      problems.add(
          new RuleProblem(dir.toString(), 0, 0, "no .drl files: the rules folder has no rules"));
      return null;
    }
    List<Vocabulary> vocabularies = new ArrayList<>();
    for (Path file : vocabFiles) {
      vocabularies.add(Vocabulary.read(file, display(dir, file), problems));
    }
    Path thresholdsFile = dir.resolve(Thresholds.FILE);
    Thresholds thresholds =
        Files.isRegularFile(thresholdsFile)
            ? Thresholds.read(thresholdsFile, display(dir, thresholdsFile), problems)
            : Thresholds.empty();

    KieServices services = KieServices.Factory.get();
    KieFileSystem files = services.newKieFileSystem();
    // A release id per build, so two rule bases (the live one and an edited copy) never share a
    // module.
    ReleaseId releaseId =
        services.newReleaseId("com.catalysttracker", "rules", "build-" + BUILDS.incrementAndGet());
    files.generateAndWritePomXML(releaseId);
    Map<String, RuleSource> sources = new HashMap<>();
    Map<String, Path> byKiePath = new HashMap<>();
    Map<String, String> kieToRelative = new HashMap<>();
    for (Path file : drlFiles) {
      String relative = dir.relativize(file).toString().replace('\\', '/');
      String text = read(file);
      // Drools expects a file under the folder of its package; only the path is moved, never the
      // message's meaning.
      Matcher pkg = PACKAGE.matcher(text);
      String folder = pkg.find() ? pkg.group(1).replace('.', '/') + "/" : "";
      String kiePath = KIE_ROOT + folder + file.getFileName();
      // Build messages name the KieFileSystem path, compiled rules the path below
      // src/main/resources.
      kieToRelative.put(kiePath, relative);
      kieToRelative.put(kiePath.substring(KIE_ROOT.length()), relative);
      byKiePath.put(kiePath.substring(KIE_ROOT.length()), file);
      byKiePath.put(kiePath, file);
      Resource resource =
          services.getResources().newByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
      resource.setSourcePath(kiePath);
      files.write(kiePath, resource);
      RuleSource.scan(relative, text)
          .forEach((name, source) -> sources.put(relative + "#" + name, source));
      for (RuleSource.ThresholdUse use : RuleSource.thresholdUses(text)) {
        if (!thresholds.has(use.key())) {
          problems.add(
              new RuleProblem(
                  display(dir, file),
                  use.line(),
                  use.column(),
                  "threshold '"
                      + use.key()
                      + "' is not in "
                      + Thresholds.FILE
                      + "; add '"
                      + use.key()
                      + " = VALUE' there"));
        }
      }
    }
    KieBuilder builder = services.newKieBuilder(files).buildAll();
    List<Message> messages = builder.getResults().getMessages(Message.Level.ERROR);
    for (Message message : messages) {
      if (message.getText().contains(NULL_PACKAGE) && messages.size() > 1) {
        continue; // follows a syntax error already reported at its line
      }
      Path file = message.getPath() == null ? null : byKiePath.get(message.getPath());
      String path = file == null ? dir.toString() : display(dir, file);
      int line = message.getLine();
      int column = message.getColumn();
      Matcher parserPosition = PARSER_POSITION.matcher(message.getText());
      if (parserPosition.lookingAt()) {
        // Parser errors carry their position only in the text ("[ERR 102] Line 10:52 …", the column
        // counted from 0 by ANTLR; getColumn() stays 0); editors and the other messages count from
        // 1.
        line = Integer.parseInt(parserPosition.group(1));
        column = Integer.parseInt(parserPosition.group(2)) + 1;
      }
      problems.add(new RuleProblem(path, line, column, message.getText().strip()));
    }
    if (!problems.isEmpty()) {
      services.getRepository().removeKieModule(releaseId);
      return null;
    }
    KieContainer container = services.newKieContainer(releaseId);
    KieBase kieBase = container.getKieBase();
    // The container holds the module; the repository need not keep every build of a long-running
    // service.
    services.getRepository().removeKieModule(releaseId);
    Set<String> globals = new HashSet<>();
    for (KiePackage kiePackage : kieBase.getKiePackages()) {
      for (Global global : kiePackage.getGlobalVariables()) {
        globals.add(global.getName());
      }
    }
    return new RuleBase(dir, kieBase, vocabularies, thresholds, sources, globals, kieToRelative);
  }

  private static List<Path> list(Path dir, String extension) {
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(extension))
          .sorted(Comparator.naturalOrder())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The path as the user gave the folder, so messages open in their editor. */
  private static String display(Path dir, Path file) {
    return dir.resolve(dir.relativize(file)).toString();
  }

  public Path dir() {
    return dir;
  }

  /** The theme ids that have a vocabulary. */
  public List<String> themes() {
    return themes;
  }

  public Thresholds thresholds() {
    return thresholds;
  }

  public Instant compiledAt() {
    return compiledAt;
  }

  public int ruleCount() {
    return kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
  }

  KieBase kieBase() {
    return kieBase;
  }

  /** A fresh-state session from this rule base's pool; {@code dispose()} hands it back. */
  KieSession newSession() {
    return sessions.newKieSession();
  }

  TermMatcher matcher() {
    return matcher;
  }

  boolean declaresGlobal(String name) {
    return globals.contains(name);
  }

  /** Where rule {@code name} of {@code kiePath} is written, if the scan found it. */
  RuleSource source(String kiePath, String name) {
    String relative = kieToRelative.getOrDefault(kiePath, kiePath);
    RuleSource source = sources.get(relative + "#" + name);
    return source != null ? source : new RuleSource(relative, 0, List.of(), null);
  }
}
