package com.catalysttracker.rules;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the analysts' rules live and how edits are picked up.
 *
 * @param dir the {@code rules/} folder: theme {@code .drl} and {@code .vocab} files, {@code
 *     catalysts.drl}, {@code thresholds.properties}
 * @param watch whether the service recompiles the folder when a file in it changes
 * @param settleTime how long the folder must stay quiet after a change before it is compiled, so an
 *     editor's save-in-several-steps compiles once
 */
@ConfigurationProperties("catalyst.rules")
public record RulesProperties(
    @DefaultValue("rules") Path dir,
    @DefaultValue("true") boolean watch,
    @DefaultValue("500ms") Duration settleTime) {}
