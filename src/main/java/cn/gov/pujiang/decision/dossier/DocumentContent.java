package cn.gov.pujiang.decision.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The bytes of one dossier document version (md_document_content), written once with it. */
@Entity
@Immutable
@Table(name = "md_document_content")
public class DocumentContent {

  @Id
  @Column(name = "document_id")
  private Long documentId;

  @Column(nullable = false)
  private byte[] content;

  protected DocumentContent() {}

  DocumentContent(Long documentId, byte[] content) {
    this.documentId = documentId;
    this.content = content;
  }

  public Long getDocumentId() {
    return documentId;
  }

  public byte[] getContent() {
    return content;
  }
}
