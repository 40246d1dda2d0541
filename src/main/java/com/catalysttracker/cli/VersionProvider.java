package com.catalysttracker.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Versions from the build, for {@code catalyst --version}. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    Properties build = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/catalyst-build.properties")) {
      if (in != null) {
        build.load(in);
      }
    }
    return new String[] {
      "Catalyst Tracker " + build.getProperty("catalyst.version", "unknown"),
      "embedded Elasticsearch "
          + build.getProperty("elasticsearch.distribution.version", "unknown"),
      "Java " + System.getProperty("java.version")
    };
  }
}
