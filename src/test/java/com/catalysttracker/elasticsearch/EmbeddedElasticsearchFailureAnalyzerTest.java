package com.catalysttracker.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.UrlResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.util.StringUtils;

/** A node that cannot start is reported by its message and fix, as Boot's analyzers report. */
class EmbeddedElasticsearchFailureAnalyzerTest {

  @Test
  void theCauseDeepInsideABeanFailureBecomesTheDescription() {
    EmbeddedElasticsearchException cause =
        new EmbeddedElasticsearchException(
            "Port 9250 on 127.0.0.1 is taken by another program. Stop it, or set catalyst.elasticsearch.embedded.http-port.");
    Throwable failure =
        new BeanCreationException(
            "documentIndex",
            new BeanCreationException(
                "embeddedElasticsearch", "Factory method threw exception", cause));

    FailureAnalysis analysis = new EmbeddedElasticsearchFailureAnalyzer().analyze(failure);

    assertThat(analysis).isNotNull();
    assertThat(analysis.getDescription()).contains("Port 9250 on 127.0.0.1 is taken", "http-port");
    assertThat(analysis.getAction()).contains("README.md");
  }

  @Test
  void otherFailuresAreLeftToBoot() {
    assertThat(
            new EmbeddedElasticsearchFailureAnalyzer()
                .analyze(new IllegalStateException("something else")))
        .isNull();
  }

  @Test
  void bootFindsItThroughSpringFactories() throws IOException {
    List<String> registered = new ArrayList<>();
    for (URL url :
        Collections.list(getClass().getClassLoader().getResources("META-INF/spring.factories"))) {
      Properties factories = PropertiesLoaderUtils.loadProperties(new UrlResource(url));
      String analyzers = factories.getProperty(FailureAnalyzer.class.getName(), "");
      registered.addAll(
          StringUtils.commaDelimitedListToSet(analyzers).stream().map(String::strip).toList());
    }
    assertThat(registered).contains(EmbeddedElasticsearchFailureAnalyzer.class.getName());
  }
}
