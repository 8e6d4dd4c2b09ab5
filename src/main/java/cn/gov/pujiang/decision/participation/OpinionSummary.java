package cn.gov.pujiang.decision.participation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of a ledger by result, and the reasons for not adopting grouped by their text (what the public
 * page shows after publication, Decree 713 Art. 32: no personal data, no opinion text).
 */
public record OpinionSummary(int total, int adopted, int partlyAdopted, int notAdopted, int outOfScope, int dismissed,
    int unanswered, List<ReasonGroup> notAdoptedReasons) {

  /** One reason for not adopting (不予采纳 or 不属于本决策事项) and how many opinions it answered. */
  public record ReasonGroup(String classification, String reason, int count) {}

  public static OpinionSummary of(List<PublicOpinion> ledger) {
    int[] counts = new int[OpinionClass.values().length];
    int dismissed = 0;
    int unanswered = 0;
    Map<String, ReasonGroup> reasons = new LinkedHashMap<>();
    for (PublicOpinion o : ledger) {
      if (o.isDismissed()) {
        dismissed++;
      } else if (o.getClassification() == null) {
        unanswered++;
      } else {
        counts[o.getClassification().ordinal()]++;
        if (o.getClassification() == OpinionClass.NOT_ADOPTED || o.getClassification() == OpinionClass.OUT_OF_SCOPE) {
          String key = o.getClassification().name() + "|" + o.getReason();
          ReasonGroup g = reasons.get(key);
          reasons.put(key, new ReasonGroup(o.getClassification().label(), o.getReason(), g == null ? 1 : g.count() + 1));
        }
      }
    }
    List<ReasonGroup> grouped = new ArrayList<>(reasons.values());
    grouped.sort((a, b) -> Integer.compare(b.count(), a.count()));
    return new OpinionSummary(ledger.size(), counts[0], counts[1], counts[2], counts[3], dismissed, unanswered, grouped);
  }

  /** 采纳 … 不属于本决策事项, 不予处理, or 待处理. */
  public static String resultLabel(PublicOpinion o) {
    if (o.isDismissed()) {
      return "不予处理";
    }
    return o.getClassification() == null ? "待处理" : o.getClassification().label();
  }
}
