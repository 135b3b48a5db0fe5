package dev.stockbook.app.web.dashboard;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The dashboard's own CSS and script, from the classpath (nothing from a CDN). */
final class Assets {
  private static final Map<String, String> TYPES =
      Map.of(
          "dashboard.css",
          "text/css; charset=utf-8",
          "dashboard.js",
          "text/javascript; charset=utf-8");
  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  void serve(Context ctx) {
    String file = ctx.pathParam("file");
    String type = TYPES.get(file);
    if (type == null) {
      ctx.status(HttpStatus.NOT_FOUND).result("no such file");
      return;
    }
    ctx.contentType(type)
        .header("Cache-Control", "max-age=300")
        .header("X-Content-Type-Options", "nosniff")
        .result(cache.computeIfAbsent(file, Assets::read));
  }

  private static byte[] read(String file) {
    try (InputStream in = Assets.class.getResourceAsStream("/dashboard/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource /dashboard/" + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
