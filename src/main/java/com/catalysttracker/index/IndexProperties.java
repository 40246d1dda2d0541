package com.catalysttracker.index;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the index configuration lives.
 *
 * @param configDir the {@code index-config/} folder: component templates, index templates and the
 *     segmenter's user dictionary
 */
@ConfigurationProperties("catalyst.index")
public record IndexProperties(@DefaultValue("index-config") Path configDir) {}
