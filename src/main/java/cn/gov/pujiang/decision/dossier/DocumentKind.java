package cn.gov.pujiang.decision.dossier;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a dossier document is, with the stage that produces it. The codes are stored in md_document
 * and named in the required-documents DMN table; the labels are what users read.
 */
public enum DocumentKind {
  DRAFT("决策草案", "决策草案拟定"),
  DRAFTING_EXPLANATION("起草说明", "决策草案拟定"),
  PUBLIC_COMMENT_SUMMARY("公众意见汇总", "公众参与"),
  ADOPTION_REPORT("意见采纳情况", "公众参与"),
  /** The hearing record confirmed and signed by the participants (Decree 713 Art. 17; issue 22 item 4). */
  HEARING_RECORD("听证笔录", "公众参与"),
  EXPERT_OPINION("专家论证意见", "专家论证"),
  RISK_ASSESSMENT_REPORT("风险评估报告", "风险评估"),
  LEGALITY_OPINION("合法性审查意见书", "合法性审查"),
  MEETING_MINUTES("会议纪要", "集体讨论决定"),
  PUBLISHED_DECISION("决策公布文本", "决策公布"),
  EVALUATION_REPORT("决策后评估报告", "决策执行与评估"),
  OTHER("其他材料", "其他");

  private final String label;
  private final String stage;

  DocumentKind(String label, String stage) {
    this.label = label;
    this.stage = stage;
  }

  public String label() {
    return label;
  }

  public String stage() {
    return stage;
  }

  public static Optional<DocumentKind> fromCode(String code) {
    return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst();
  }
}
