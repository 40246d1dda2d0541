package com.catalysttracker.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * The bidding portal's detail API ({@code ctbpsp.com/cutominfoapi/bulletin/{uuid}/uid/0}) answers a
 * JSON string holding base64 of DES-ECB/PKCS#7 ciphertext under the key {@code 1qaz@wsx} (the first
 * eight bytes of the site script's {@code 1qaz@wsx3e}). DES is the site's choice, not ours: this
 * only reads what it publishes.
 */
public final class CtbpspCipher {

  private static final byte[] KEY = "1qaz@wsx".getBytes(StandardCharsets.US_ASCII);
  private static final ObjectMapper JSON = new ObjectMapper();

  private CtbpspCipher() {}

  /**
   * The decrypted JSON of one answer body.
   *
   * @throws IllegalArgumentException naming {@code url} when the body is not such a string (an HTML
   *     challenge page, another key) — the caller treats it as blocked or broken, never as data
   */
  public static JsonNode decrypt(byte[] body, String url) {
    String text = new String(body, StandardCharsets.UTF_8).strip();
    try {
      if (text.startsWith("\"")) {
        text = JSON.readTree(text).asText();
      }
      // PKCS#5 and PKCS#7 padding are the same for DES's 8-byte blocks.
      Cipher cipher = Cipher.getInstance("DES/ECB/PKCS5Padding");
      cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(KEY, "DES"));
      byte[] plain = cipher.doFinal(Base64.getMimeDecoder().decode(text));
      return JSON.readTree(new String(plain, StandardCharsets.UTF_8));
    } catch (GeneralSecurityException | IllegalArgumentException | JsonProcessingException e) {
      throw new IllegalArgumentException(
          url
              + ": not the portal's DES-encrypted JSON ("
              + e.getMessage()
              + "); an HTML answer here is the WAF's challenge page",
          e);
    }
  }
}
