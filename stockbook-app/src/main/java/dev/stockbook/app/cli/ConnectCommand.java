package dev.stockbook.app.cli;

import dev.stockbook.app.config.StockbookConfig;
import dev.stockbook.app.service.QuickBooksConnect;
import dev.stockbook.app.wiring.Wiring;
import io.javalin.Javalin;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stockbook connect quickbooks --connection NAME}: prints the QuickBooks authorization URL,
 * serves the OAuth callback, and stores the tokens (sealed) when the person has approved.
 */
@Command(
    name = "connect",
    description = "Connect (or reconnect) a QuickBooks company: open the printed URL and approve.")
final class ConnectCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin ConfigOption config;

  @Parameters(index = "0", description = "What to connect: quickbooks.")
  String what;

  @Option(
      names = "--port",
      description = "Port of the callback server (default: server.port of the config).")
  Integer port;

  @Option(
      names = "--redirect-uri",
      description =
          "The redirect URI registered with your Intuit app (default: http://127.0.0.1:<port>"
              + QuickBooksConnect.CALLBACK_PATH
              + ").")
  URI redirectUri;

  @Option(
      names = "--wait",
      defaultValue = "10m",
      description = "How long to wait for the approval (default: ${DEFAULT-VALUE}).")
  String wait;

  @Override
  public Integer call() throws Exception {
    if (!"quickbooks".equals(what)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "Only 'quickbooks' can be connected.");
    }
    StockbookConfig loaded = config.load(spec.commandLine());
    if (loaded == null) {
      return 2;
    }
    try (Wiring wiring = Wiring.open(loaded, Clock.systemUTC())) {
      CompletableFuture<String> outcome = new CompletableFuture<>();
      Javalin app = Javalin.create(cfg -> cfg.showJavalinBanner = false);
      QuickBooksConnect[] connect = new QuickBooksConnect[1];
      app.get(
          QuickBooksConnect.CALLBACK_PATH,
          ctx -> {
            try {
              String done =
                  connect[0].complete(
                      ctx.queryParam("code"), ctx.queryParam("state"), ctx.queryParam("realmId"));
              respond(ctx, 200, done + " You can close this page.");
              outcome.complete(done);
            } catch (IllegalArgumentException e) {
              respond(ctx, 400, e.getMessage());
              outcome.completeExceptionally(e);
            }
          });
      app.start("127.0.0.1", port == null ? loaded.serverPort() : port);
      try {
        URI redirect =
            redirectUri != null
                ? redirectUri
                : URI.create("http://127.0.0.1:" + app.port() + QuickBooksConnect.CALLBACK_PATH);
        connect[0] =
            new QuickBooksConnect(
                wiring, loaded.connection(config.connection), redirect, Clock.systemUTC());
        spec.commandLine()
            .getOut()
            .println("Open this URL, sign in to QuickBooks and approve Stockbook:");
        spec.commandLine().getOut().println(connect[0].authorizationUrl());
        spec.commandLine().getOut().flush();
        return finish(outcome);
      } finally {
        app.stop();
      }
    }
  }

  /**
   * Writes and flushes the whole page before the caller completes the outcome: the command stops
   * the callback server as soon as the outcome is known, and a page still buffered at that moment
   * was cut off, leaving the browser (or a test's HTTP client) waiting for a response that never
   * came.
   */
  private static void respond(io.javalin.http.Context ctx, int status, String text)
      throws java.io.IOException {
    byte[] body = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    ctx.res().setStatus(status);
    ctx.res().setContentType("text/plain; charset=utf-8");
    ctx.res().setContentLength(body.length);
    ctx.res().getOutputStream().write(body);
    ctx.res().flushBuffer();
  }

  private int finish(CompletableFuture<String> outcome) throws InterruptedException {
    try {
      spec.commandLine()
          .getOut()
          .println(
              outcome.get(
                  dev.stockbook.store.config.ConfigValues.parseDuration(wait).toMillis(),
                  TimeUnit.MILLISECONDS));
      return 0;
    } catch (TimeoutException e) {
      spec.commandLine()
          .getErr()
          .println("No approval arrived within " + wait + "; run the command again.");
      return 1;
    } catch (java.util.concurrent.ExecutionException e) {
      spec.commandLine().getErr().println("Connecting failed: " + e.getCause().getMessage());
      return 1;
    }
  }
}
