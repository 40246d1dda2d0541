package com.catalysttracker.extract;

/**
 * Turns what was fetched for one document into a {@link com.catalysttracker.document.Document}. The
 * one entry point for the crawler and the {@code extract} command alike, so it reads only the
 * responses and the canonical URL, never list-page data. Implementations are thread-safe and never
 * throw for what a site sends: gaps come back in the {@link Extraction}.
 */
public interface DocumentExtractor {

  Extraction extract(FetchedDocument fetched);
}
