package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.participation.OpinionSummary;
import cn.gov.pujiang.decision.participation.PublicOpinion;
import cn.gov.pujiang.decision.participation.PublicOpinionRepository;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Each opinion of the participation ledger in the decision's timeline (Decree 713 Art. 18): when it was
 * received and from which source (kind PUBLIC_OPINION), and when and how it was answered, by whom and
 * why. The citizen's name and contact stay out: the timeline is printed into the dossier PDF. Read-only.
 */
@Component
class OpinionTimeline implements TimelineSource {

  private static final String STAGE = "公众参与";

  private final PublicOpinionRepository opinions;

  OpinionTimeline(PublicOpinionRepository opinions) {
    this.opinions = opinions;
  }

  @Override
  public List<TimelineEntry> entries(DecisionRef decision) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (PublicOpinion o : opinions.findByDecisionNoOrderByReceivedAtAscIdAsc(decision.decisionNo())) {
      String ref = o.getReceiptNo() != null ? "回执号" + o.getReceiptNo() : "台账第" + o.getId() + "号";
      entries.add(TimelineEntry.simple(o.getReceivedAt(), "PUBLIC_OPINION", STAGE,
          "收到公众意见（" + o.getSource().label() + "）", o.getEnteredBy() == null ? "公众（网上提交）" : o.getEnteredBy(),
          ref, null));
      if (o.getAnsweredAt() != null) {
        entries.add(TimelineEntry.simple(o.getAnsweredAt(), "PUBLIC_OPINION", STAGE,
            "处理公众意见：" + OpinionSummary.resultLabel(o), o.getAnsweredBy(),
            ref + (o.getReason() == null ? "" : "；理由：" + o.getReason()), null));
      }
    }
    return entries;
  }
}
