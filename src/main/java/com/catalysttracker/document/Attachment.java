package com.catalysttracker.document;

/** A file linked from the notice (PDF, DOC, WPS, OFD); recorded by URL, parsed only when PDF. */
public record Attachment(String name, String url) {}
