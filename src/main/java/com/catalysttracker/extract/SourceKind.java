package com.catalysttracker.extract;

/**
 * Whether a source publishes policy documents or procurement notices; decides the doc_type rules.
 */
public enum SourceKind {
  POLICY,
  PROCUREMENT
}
