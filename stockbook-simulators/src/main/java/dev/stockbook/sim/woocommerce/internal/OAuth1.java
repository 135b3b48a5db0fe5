package dev.stockbook.sim.woocommerce.internal;

import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.common.SimRequest;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * OAuth 1.0a one-legged as WC_REST_Authentication checks it: HMAC-SHA1/SHA256 keyed with {@code
 * secret&}, base string {@code METHOD&enc(url)&enc(sorted params)}, 15-minute timestamp window on
 * the simulator clock, each nonce once per key. Params in the query or the header.
 */
public final class OAuth1 {
  private static final long WINDOW_SECONDS = 15 * 60;
  private final ApiKeys keys;
  private final SimClock clock;
  private final String siteUrl;
  private final Set<String> usedNonces = new HashSet<>();

  public OAuth1(ApiKeys keys, SimClock clock, String siteUrl) {
    this.keys = keys;
    this.clock = clock;
    this.siteUrl = siteUrl;
  }

  /** The signing key, or {@code null} when the request carries no OAuth parameters. */
  public ApiKeys.Key verify(SimRequest request) {
    Map<String, String> params = params(request);
    if (!params.containsKey("oauth_consumer_key")) {
      return null;
    }
    for (String p :
        List.of(
            "oauth_consumer_key",
            "oauth_timestamp",
            "oauth_nonce",
            "oauth_signature",
            "oauth_signature_method")) {
      if (!params.containsKey(p)) {
        throw Authenticator.authError("Missing OAuth parameter " + p);
      }
    }
    ApiKeys.Key key =
        keys.find(params.get("oauth_consumer_key"))
            .orElseThrow(() -> Authenticator.authError("Consumer key is invalid."));
    String algorithm =
        switch (params.get("oauth_signature_method")) {
          case "HMAC-SHA1" -> "HmacSHA1";
          case "HMAC-SHA256" -> "HmacSHA256";
          default ->
              throw Authenticator.authError("Invalid signature - signature method is invalid.");
        };
    String expected =
        sign(
            algorithm,
            baseString(request.method(), siteUrl + request.path(), params),
            key.consumerSecret());
    String given = params.get("oauth_signature").replace(' ', '+');
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
      throw Authenticator.authError("Invalid signature - provided signature does not match.");
    }
    checkTimestampAndNonce(key, params.get("oauth_timestamp"), params.get("oauth_nonce"));
    return key;
  }

  private synchronized void checkTimestampAndNonce(
      ApiKeys.Key key, String timestamp, String nonce) {
    long ts;
    try {
      ts = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      throw Authenticator.authError("Invalid timestamp.");
    }
    if (ts < clock.instant().getEpochSecond() - WINDOW_SECONDS) {
      throw Authenticator.authError("Invalid timestamp.");
    }
    if (!usedNonces.add(key.consumerKey() + "|" + nonce)) {
      throw Authenticator.authError("Invalid nonce - nonce has already been used.");
    }
  }

  /** Query params plus {@code Authorization: OAuth k="v", ...} params, decoded. */
  static Map<String, String> params(SimRequest request) {
    Map<String, String> out = new TreeMap<>();
    request.params().forEach((k, v) -> out.put(k, v.get(0)));
    String header = request.header("Authorization");
    if (header != null && header.regionMatches(true, 0, "OAuth ", 0, 6)) {
      for (String part : header.substring(6).split(",")) {
        String[] kv = part.trim().split("=", 2);
        if (kv.length == 2 && !"realm".equals(kv[0])) {
          out.put(decode(kv[0]), decode(kv[1].replaceAll("^\"|\"$", "")));
        }
      }
    }
    return out;
  }

  /** The signature base string; also used by tests to sign requests. */
  public static String baseString(String method, String url, Map<String, String> params) {
    TreeMap<String, String> sorted = new TreeMap<>();
    params.forEach(
        (k, v) -> {
          if (!"oauth_signature".equals(k)) {
            sorted.put(encode(k), encode(v));
          }
        });
    List<String> pairs = new ArrayList<>();
    sorted.forEach((k, v) -> pairs.add(k + "=" + v));
    return method.toUpperCase() + "&" + encode(url) + "&" + encode(String.join("&", pairs));
  }

  public static String sign(String hmacAlgorithm, String baseString, String consumerSecret) {
    try {
      Mac mac = Mac.getInstance(hmacAlgorithm);
      mac.init(
          new SecretKeySpec(
              (consumerSecret + "&").getBytes(StandardCharsets.UTF_8), hmacAlgorithm));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** RFC 3986 percent-encoding, as wc_rest_urlencode_rfc3986. */
  public static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
