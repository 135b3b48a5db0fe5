package dev.stockbook.quickbooks.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** {@link Wire} over {@link HttpClient}. */
public final class JdkWire implements Wire {
  private final HttpClient http;

  public JdkWire(HttpClient http) {
    this.http = http;
  }

  @Override
  public Response send(Request request) throws IOException {
    HttpRequest.BodyPublisher body =
        request.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(request.body());
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(request.uri())
            .timeout(request.timeout())
            .method(request.method(), body);
    request.headers().forEach(builder::header);
    try {
      HttpResponse<byte[]> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
      String type = response.headers().firstValue("Content-Type").orElse("");
      return new Response(response.statusCode(), type, response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for QuickBooks");
    }
  }
}
