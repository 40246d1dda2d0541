package com.catalysttracker.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a request in only with one of the configured tokens, as a bearer token (scripts) or as the
 * password of HTTP Basic (browsers ask for it). Health stays open for monitoring.
 */
final class AccessFilter extends OncePerRequestFilter {
  private static final String OPEN_PATH = "/actuator/health";

  private final List<byte[]> tokens;

  AccessFilter(List<String> tokens) {
    this.tokens = tokens.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
  }

  /**
   * Refuses to serve beyond this machine without tokens: crawled data and alerts would be open to
   * the network.
   */
  static void checkBinding(@Nullable String serverAddress, List<String> tokens) {
    if (!tokens.isEmpty() || isLoopback(serverAddress)) {
      return;
    }
    throw new IllegalStateException(
        "server.address="
            + (serverAddress == null || serverAddress.isBlank()
                ? "(all interfaces)"
                : serverAddress)
            + " opens the workspace to the network, but catalyst.web.api-tokens is empty. Set at"
            + " least one token (--set catalyst.web.api-tokens=SECRET, or CATALYST_WEB_API_TOKENS)"
            + " or bind to 127.0.0.1.");
  }

  private static boolean isLoopback(@Nullable String address) {
    if (address == null || address.isBlank()) {
      return false;
    }
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getRequestURI().equals(OPEN_PATH) || allowed(request.getHeader("Authorization"))) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("WWW-Authenticate", "Basic realm=\"Catalyst Tracker\", charset=\"UTF-8\"");
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType("application/json;charset=UTF-8");
    response
        .getOutputStream()
        .write(
            "{\"error\":\"authentication required: send Authorization: Bearer <token>, or sign in with any user name and a token as password\"}"
                .getBytes(StandardCharsets.UTF_8));
  }

  private boolean allowed(@Nullable String header) {
    if (header == null) {
      return false;
    }
    byte[] offered;
    if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      offered = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    } else if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded =
            new String(
                Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return false;
      }
      int colon = decoded.indexOf(':');
      offered = (colon < 0 ? "" : decoded.substring(colon + 1)).getBytes(StandardCharsets.UTF_8);
    } else {
      return false;
    }
    boolean match = false;
    // Compare with every token in constant time, so timing does not reveal a token's prefix.
    for (byte[] token : tokens) {
      match |= MessageDigest.isEqual(token, offered);
    }
    return match;
  }
}
