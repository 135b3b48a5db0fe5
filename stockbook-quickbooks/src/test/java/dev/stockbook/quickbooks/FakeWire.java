package dev.stockbook.quickbooks;

import dev.stockbook.quickbooks.internal.Wire;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A scripted {@link Wire}: answers from a queue, remembers every request. No sockets. */
class FakeWire implements Wire {
  private final Deque<Object> answers = new ArrayDeque<>();
  final List<Request> requests = new ArrayList<>();

  FakeWire answer(int status, String body) {
    answers.add(new Response(status, "application/json", body.getBytes(StandardCharsets.UTF_8)));
    return this;
  }

  FakeWire answerFixture(int status, String name) {
    return answer(status, fixture(name));
  }

  FakeWire fail(IOException e) {
    answers.add(e);
    return this;
  }

  @Override
  public Response send(Request request) throws IOException {
    requests.add(request);
    Object next = answers.poll();
    if (next == null) {
      throw new AssertionError("unexpected request " + request.method() + " " + request.uri());
    }
    if (next instanceof IOException e) {
      throw e;
    }
    return (Response) next;
  }

  Request last() {
    return requests.get(requests.size() - 1);
  }

  static String body(Request request) {
    return request.body() == null ? "" : new String(request.body(), StandardCharsets.UTF_8);
  }

  /** The decoded value of a query parameter of {@code request}, or null. */
  static String param(Request request, String name) {
    String raw = request.uri().getRawQuery();
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (pair.substring(0, eq).equals(name)) {
        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  static String fixture(String name) {
    try (InputStream in = FakeWire.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
