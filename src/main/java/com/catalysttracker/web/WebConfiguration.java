package com.catalysttracker.web;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.catalysttracker.index.IndexConfiguration.AppliedIndices;
import com.catalysttracker.index.IndexNames;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebProperties.class)
class WebConfiguration implements WebMvcConfigurer {

  /** First, so the API's Jackson 2 trees never reach Boot's Jackson 3 converter. */
  @Override
  public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
    converters.add(0, new ContractJsonConverter());
  }

  /** Guards every path when tokens are set; refuses to start bound beyond loopback without them. */
  @Bean
  FilterRegistrationBean<AccessFilter> accessFilter(
      WebProperties properties, @Value("${server.address:}") String serverAddress) {
    AccessFilter.checkBinding(serverAddress, properties.apiTokens());
    FilterRegistrationBean<AccessFilter> registration =
        new FilterRegistrationBean<>(new AccessFilter(properties.apiTokens()));
    registration.setEnabled(!properties.apiTokens().isEmpty());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** Depends on the applied index config, so the alerts alias exists before the first read. */
  @Bean
  @Lazy
  AlertQueries alertQueries(ElasticsearchClient client, IndexNames names, AppliedIndices applied) {
    return new AlertQueries(client, names, Clock.systemUTC());
  }
}
