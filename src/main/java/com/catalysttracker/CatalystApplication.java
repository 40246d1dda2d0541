package com.catalysttracker;

import com.catalysttracker.cli.CatalystCommandLine;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The one executable: {@code serve} runs the service; other commands run one task and exit (see
 * {@link CatalystCommandLine}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CatalystApplication {

  public static void main(String[] args) {
    int exitCode = CatalystCommandLine.execute(args);
    if (exitCode != CatalystCommandLine.KEEP_RUNNING) {
      System.exit(exitCode);
    }
  }
}
