package dev.stockbook.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IntuitSignatureTest {
  private static final byte[] BODY =
      "[{\"specversion\":\"1.0\",\"type\":\"qbo.item.updated.v1\",\"intuitentityid\":\"7\"}]"
          .getBytes(StandardCharsets.UTF_8);

  @Test
  void a_body_signed_with_the_verifier_token_is_accepted() {
    assertThat(IntuitSignature.verify(BODY, IntuitSignature.sign(BODY, "verifier"), "verifier"))
        .isTrue();
  }

  @Test
  void a_known_hmac_sha256_vector_matches() {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
    byte[] data = "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8);
    assertThat(IntuitSignature.verify(data, "W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=", "Jefe"))
        .isTrue();
  }

  @Test
  void one_changed_byte_or_another_token_is_refused() {
    String signature = IntuitSignature.sign(BODY, "verifier");
    byte[] tampered = BODY.clone();
    tampered[5] ^= 1;
    assertThat(IntuitSignature.verify(tampered, signature, "verifier")).isFalse();
    assertThat(IntuitSignature.verify(BODY, signature, "other")).isFalse();
  }

  @Test
  void a_missing_or_malformed_header_is_refused_without_an_exception() {
    assertThat(IntuitSignature.verify(BODY, null, "verifier")).isFalse();
    assertThat(IntuitSignature.verify(BODY, "not base64 !!", "verifier")).isFalse();
    assertThat(IntuitSignature.verify(BODY, "", "verifier")).isFalse();
  }
}
