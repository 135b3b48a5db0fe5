package dev.stockbook.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import com.github.javaparser.ast.stmt.BlockStmt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house style's "methods under ~15 lines at p90" (style rule 10), measured on the core's main
 * sources. A body's length is the number of lines strictly between its braces; Spotless keeps the
 * sources in google-java-format, so the lines are the formatter's. Every method, constructor and
 * compact constructor with a body counts, including those of nested and anonymous classes.
 */
class CodeShapeTest {
  private static final Path MAIN_SOURCES = Path.of("src/main/java");
  private static final int P90_LIMIT = 15;
  private static final int LONGEST_SHOWN = 10;

  private static List<Body> bodies;

  @BeforeAll
  static void measureMainSources() {
    JavaParser parser =
        new JavaParser(new ParserConfiguration().setLanguageLevel(LanguageLevel.JAVA_17));
    try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
      bodies =
          files
              .filter(file -> file.toString().endsWith(".java"))
              .sorted()
              .flatMap(file -> bodiesIn(parser, file).stream())
              .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void the_sources_were_found_and_parsed() {
    assertThat(bodies)
        .as("method bodies under " + MAIN_SOURCES.toAbsolutePath())
        .hasSizeGreaterThan(100);
  }

  @Test
  void nine_in_ten_method_bodies_are_at_most_fifteen_lines() {
    List<Integer> lengths = bodies.stream().map(Body::lines).sorted().collect(Collectors.toList());
    int p50 = percentile(lengths, 50);
    int p90 = percentile(lengths, 90);
    int max = lengths.get(lengths.size() - 1);
    String summary = summary(lengths.size(), p50, p90, max);
    System.out.println(summary);

    assertThat(p90).as(summary).isLessThanOrEqualTo(P90_LIMIT);
  }

  private static List<Body> bodiesIn(JavaParser parser, Path file) {
    CompilationUnit unit = parse(parser, file);
    List<Body> found = new ArrayList<>();
    for (MethodDeclaration method : unit.findAll(MethodDeclaration.class)) {
      method.getBody().ifPresent(body -> found.add(Body.of(file, method, body)));
    }
    for (ConstructorDeclaration constructor : unit.findAll(ConstructorDeclaration.class)) {
      found.add(Body.of(file, constructor, constructor.getBody()));
    }
    for (CompactConstructorDeclaration constructor :
        unit.findAll(CompactConstructorDeclaration.class)) {
      found.add(Body.of(file, constructor, constructor.getBody()));
    }
    return found;
  }

  private static CompilationUnit parse(JavaParser parser, Path file) {
    try {
      ParseResult<CompilationUnit> result = parser.parse(file);
      return result
          .getResult()
          .filter(unit -> result.isSuccessful())
          .orElseThrow(
              () -> new AssertionError("cannot parse " + file + ": " + result.getProblems()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Nearest rank: the smallest length that at least {@code percent}% of the bodies do not exceed.
   */
  private static int percentile(List<Integer> sortedLengths, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sortedLengths.size());
    return sortedLengths.get(Math.max(rank, 1) - 1);
  }

  private static String summary(int count, int p50, int p90, int max) {
    String longest =
        bodies.stream()
            .sorted(Comparator.comparingInt(Body::lines).reversed().thenComparing(Body::where))
            .limit(LONGEST_SHOWN)
            .map(body -> String.format("  %3d  %s  %s", body.lines(), body.where(), body.name()))
            .collect(Collectors.joining("\n"));
    return String.format(
        "stockbook-core method bodies: %d, p50 %d, p90 %d (limit %d), max %d lines%n"
            + "the %d longest (lines, file:line, name):%n%s",
        count, p50, p90, P90_LIMIT, max, LONGEST_SHOWN, longest);
  }

  /** One method or constructor body: where it is and how many lines lie between its braces. */
  private record Body(String where, String name, int lines) {
    static <T extends Node & NodeWithSimpleName<?>> Body of(
        Path file, T declaration, BlockStmt body) {
      int lines = body.getEnd().orElseThrow().line - body.getBegin().orElseThrow().line - 1;
      int line = declaration.getName().getBegin().orElseThrow().line;
      String where = MAIN_SOURCES.relativize(file) + ":" + line;
      return new Body(
          where, owner(declaration) + declaration.getNameAsString(), Math.max(0, lines));
    }

    /**
     * The named type the declaration sits in, as "Type." (an anonymous class counts as its host).
     */
    private static String owner(Node declaration) {
      return declaration
          .findAncestor(TypeDeclaration.class)
          .map(type -> type.getNameAsString() + ".")
          .orElse("");
    }
  }
}
