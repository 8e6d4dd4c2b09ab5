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
  /** The hearing record confirmed and signed by the participants (Decree 713 Art. 17; the complete record). */
  HEARING_RECORD("听证笔录", "公众参与"),
  EXPERT_OPINION("专家论证意见", "专家论证"),
  RISK_ASSESSMENT_REPORT("风险评估报告", "风险评估"),
  LEGALITY_OPINION("合法性审查意见书", "合法性审查"),
  MEETING_MINUTES("会议纪要", "集体讨论决定"),
  PUBLISHED_DECISION("决策公布文本", "决策公布"),
  EVALUATION_REPORT("决策后评估报告", "决策执行与评估"),
  // The complete record: records Art. 33 archives that had no kind of their own.
  /** 向同级党委请示报告的材料（《浙江省重大行政决策程序规定》；Decree 713 Art. 31）. */
  PARTY_REPORT("向党委请示报告材料", "集体讨论决定"),
  /** 公平竞争审查意见（《公平竞争审查条例》第十三条、第十四条）. */
  FAIR_COMPETITION_OPINION("公平竞争审查意见", "公平竞争审查"),
  /** 法律顾问、公职律师的法律意见（Decree 713 Art. 27）. */
  LEGAL_ADVISER_OPINION("法律顾问意见", "合法性审查"),
  /** 征求意见、听证、决策公布等公告（Decree 713 Arts. 15, 16, 32）. */
  PUBLIC_NOTICE("公告", "公众参与"),
  /** 行政首长中止执行的决定（Decree 713 Art. 37）. */
  SUSPENSION_ORDER("中止执行决定", "决策执行与评估"),
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
