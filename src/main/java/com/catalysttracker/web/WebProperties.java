package com.catalysttracker.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the analyst workspace ({@code catalyst.web}).
 *
 * @param pageSize hits per page when the request does not say
 * @param exportMaxRows most rows one CSV/XLSX export writes; larger result sets are cut here
 */
@ConfigurationProperties("catalyst.web")
record WebProperties(@DefaultValue("20") int pageSize, @DefaultValue("10000") int exportMaxRows) {}
