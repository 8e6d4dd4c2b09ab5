package cn.gov.pujiang.decision.audit;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The documents of a decision's dossier, for the timeline page and the printable dossier.
 *
 * <p>Extension point for the documents feature: one bean implementing this replaces the placeholder
 * ("文件功能上线后列出") in the timeline and the PDF.
 */
public interface DossierDocumentSource {

  List<DossierDocument> documents(TimelineSource.DecisionRef decision);

  record DossierDocument(String name, String kind, String version, String sha256, OffsetDateTime addedAt,
      String uploadedBy) {}
}
