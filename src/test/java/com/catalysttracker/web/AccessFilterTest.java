package com.catalysttracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class AccessFilterTest {
  private final AccessFilter filter = new AccessFilter(List.of("s3cret-token", "second"));

  private MockHttpServletResponse call(String path, @Nullable String authorization)
      throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
    if (authorization != null) {
      request.addHeader("Authorization", authorization);
    }
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain());
    return response;
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void withoutATokenTheApiAndPagesAnswer401AndAskTheBrowserToSignIn() throws Exception {
    MockHttpServletResponse response = call("/api/documents", null);
    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(response.getHeader("WWW-Authenticate"))
        .startsWith("Basic realm=\"Catalyst Tracker\"");
    assertThat(call("/index.html", "Bearer wrong").getStatus()).isEqualTo(401);
    assertThat(call("/", basic("analyst", "wrong")).getStatus()).isEqualTo(401);
    assertThat(call("/", "Basic !!!").getStatus()).isEqualTo(401);
  }

  @Test
  void aBearerTokenOrABasicPasswordThatIsATokenLetsTheRequestIn() throws Exception {
    assertThat(call("/api/documents", "Bearer s3cret-token").getStatus()).isEqualTo(200);
    assertThat(call("/api/alerts", "bearer second").getStatus()).isEqualTo(200);
    assertThat(call("/", basic("张三", "s3cret-token")).getStatus()).isEqualTo(200);
  }

  @Test
  void healthStaysOpenForMonitoring() throws Exception {
    assertThat(call("/actuator/health", null).getStatus()).isEqualTo(200);
  }

  @Test
  void bindingBeyondLoopbackWithoutTokensIsRefusedWithTheFix() {
    assertThatThrownBy(() -> AccessFilter.checkBinding("0.0.0.0", List.of()))
        .hasMessage(
            "server.address=0.0.0.0 opens the workspace to the network, but catalyst.web.api-tokens"
                + " is empty. Set at least one token (--set catalyst.web.api-tokens=SECRET, or"
                + " CATALYST_WEB_API_TOKENS) or bind to 127.0.0.1.");
    assertThatThrownBy(() -> AccessFilter.checkBinding("", List.of()))
        .hasMessageStartingWith("server.address=(all interfaces) opens the workspace");
    assertThatCode(() -> AccessFilter.checkBinding("127.0.0.1", List.of()))
        .doesNotThrowAnyException();
    assertThatCode(() -> AccessFilter.checkBinding("::1", List.of())).doesNotThrowAnyException();
    assertThatCode(() -> AccessFilter.checkBinding("0.0.0.0", List.of("t")))
        .doesNotThrowAnyException();
  }
}
