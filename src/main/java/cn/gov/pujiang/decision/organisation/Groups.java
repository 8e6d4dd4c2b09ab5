package cn.gov.pujiang.decision.organisation;

/**
 * Camunda group ids. Unit-scoped groups are "{unitCode}-{role}" so that BPMN candidate groups can
 * be written as {@code ${decisionUnit}-clerk}; county-wide bodies have fixed ids. See
 * docs/architecture.md, "Organisation and groups".
 */
public final class Groups {

  /** 承办人员: clerks of the organising unit (town offices; county departments for the county). */
  public static final String CLERK = "clerk";
  /** 领导班子: the head and leadership of the decision organ. */
  public static final String LEADERSHIP = "leadership";
  /** 政府办公室 / 党政综合办公室: meeting secretary, reports, publication, archive. */
  public static final String OFFICE = "office";
  /** 乡镇(街道)合法性审查人员 (党政综合办公室): town-level legality reviewers, Jinhua Decree 64 Art. 4. */
  public static final String LEGAL_REVIEW = "legal-review";
  /** 法律顾问、公职律师 of the unit, Decree 713 Art. 28. */
  public static final String LEGAL_ADVISER = "legal-adviser";

  /** 县司法局合法性审查科: reviewer of county-government decisions. */
  public static final String JUDICIAL_BUREAU_REVIEW = "sfj-review";
  /** 县合法性审查中心 (县司法局): guidance on major or difficult town matters, Jinhua Decree 64 Art. 5. */
  public static final String JUDICIAL_BUREAU_GUIDANCE = "sfj-guidance";
  /** 县市场监管局公平竞争审查: fair-competition review. */
  public static final String FAIR_COMPETITION_REVIEW = "amr-fcr";
  /** 审计与监督人员: read-only auditors. */
  public static final String AUDITORS = "auditors";
  /** Camunda's built-in administrators group. */
  public static final String ADMINS = "camunda-admin";

  private Groups() {}

  public static String of(String unitCode, String role) {
    return unitCode + "-" + role;
  }
}
