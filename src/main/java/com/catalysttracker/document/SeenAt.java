package com.catalysttracker.document;

/** One address the same document was found at. */
public record SeenAt(String source, String url) {}
