package com.catalysttracker.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the analyst workspace ({@code catalyst.web}).
 *
 * @param pageSize hits per page when the request does not say
 * @param exportMaxRows most rows one CSV/XLSX export writes; larger result sets are cut here
 * @param apiTokens secrets that open the UI and API: {@code Authorization: Bearer TOKEN}, or HTTP
 *     Basic with any user name and the token as password (browsers). Required when the server is
 *     bound to anything but loopback; empty means open (loopback only)
 */
@ConfigurationProperties("catalyst.web")
record WebProperties(
    @DefaultValue("20") int pageSize,
    @DefaultValue("10000") int exportMaxRows,
    @DefaultValue({}) List<String> apiTokens) {
  WebProperties {
    apiTokens = apiTokens.stream().filter(t -> !t.isBlank()).toList();
  }
}
