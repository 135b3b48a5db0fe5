package dev.stockbook.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.demo.BooksStory;
import dev.stockbook.demo.DemoWorld;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stockbook demo --books} plays to its end, every number read back right (issue #16). */
class DemoBooksIT {
  @TempDir Path dir;

  @Test
  void the_books_story_plays_out() throws Exception {
    StringWriter text = new StringWriter();
    try (DemoWorld world = DemoWorld.startBooks(dir, 0, 0)) {
      new BooksStory(world, new PrintWriter(text, true)).play();
    }

    assertThat(text.toString())
        .contains("tax code HST ON")
        .contains("Web Store (USD)")
        .contains("GroupLineDetail WINE-DUO 29.99")
        .contains("PARKED")
        .contains("The books story played out");
  }
}
