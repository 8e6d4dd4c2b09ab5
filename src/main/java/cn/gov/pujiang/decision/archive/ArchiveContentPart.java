package cn.gov.pujiang.decision.archive;

/**
 * One part of what an archive seal covers. The seal hashes, in {@link #order()}, the canonical text
 * of every part whose {@link #since()} is not newer than the record's hash scheme.
 *
 * <p>Extension point for the dossier's documents: a bean implementing this with {@code since() == 2}
 * (writing each document's number, kind, version and SHA-256) makes new seals cover documents, while
 * records sealed under scheme 1 still verify against exactly what they covered.
 */
public interface ArchiveContentPart {

  /** The first hash scheme that includes this part; the built-in parts are scheme 1. */
  int since();

  /** Position among the parts; parts are hashed in ascending order. */
  int order();

  /**
   * Writes the part's canonical lines for the decision. Rows must come in a stable order (by id)
   * and only rows that existed when the record was sealed may be written: {@code sealedTrailId} is
   * the last trail entry id covered.
   */
  void write(long decisionId, long sealedTrailId, CanonicalText out);

  /**
   * As {@link #write(long, long, CanonicalText)}, with the last dossier document id covered: from
   * hash scheme 3 a decision is sealed at publication and documents added during execution belong
   * to the supplement (ADR 0025). Before scheme 3 the bound is {@link Long#MAX_VALUE}.
   */
  default void write(long decisionId, long sealedTrailId, long sealedDocumentId, CanonicalText out) {
    write(decisionId, sealedTrailId, out);
  }
}
