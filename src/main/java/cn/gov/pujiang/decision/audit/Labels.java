package cn.gov.pujiang.decision.audit;

import java.util.Map;
import java.util.function.Function;

/** Chinese labels for the codes auditors see. */
final class Labels {

  private Labels() {}

  static <E extends Enum<E>> String of(Class<E> type, String code, Function<E, String> label) {
    if (code == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(code)) {
        return label.apply(e);
      }
    }
    return code;
  }

  /** Stage codes written to md_stage_record.stage. */
  static final Map<String, String> TRAIL_STAGES =
      Map.ofEntries(
          Map.entry("INITIATION", "决策启动"),
          Map.entry("DRAFTING", "草案拟定"),
          Map.entry("PROCEDURES", "程序确定"),
          Map.entry("PUBLIC_PARTICIPATION", "公众参与"),
          Map.entry("EXPERT_ARGUMENTATION", "专家论证"),
          Map.entry("RISK_ASSESSMENT", "风险评估"),
          Map.entry("LEGALITY_REVIEW", "合法性审查"),
          Map.entry("COLLECTIVE_DISCUSSION", "集体讨论决定"),
          Map.entry("PUBLICATION", "决策公布"),
          Map.entry("EXECUTION", "决策执行与后评估"),
          Map.entry("ARCHIVING", "决策归档"),
          Map.entry("TIME_LIMITS", "期限管理"),
          Map.entry("INTERVENTION", "管理员干预"),
          Map.entry("TASK_HANDLING", "任务办理"));

  static String trailStage(String code) {
    return code == null ? null : TRAIL_STAGES.getOrDefault(code, code);
  }
}
