package cn.gov.pujiang.decision.meeting;

import static cn.gov.pujiang.decision.process.Variables.flag;

import cn.gov.pujiang.decision.process.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.DecisionStatus;
import java.util.ArrayList;
import java.util.List;
import cn.gov.pujiang.decision.process.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_SubmitMeetingMaterials (报送集体讨论材料), Decree 713 Art. 29. Reads the
 * material checkboxes and the planned flags ({@link MeetingMaterial}): the draft and the legality
 * opinion are always required, the others when their procedure was planned. Writes the trail entry
 * MEETING_MATERIALS_SUBMITTED.
 */
@Component("meetingMaterialsListener")
public class MeetingMaterialsListener extends CompletionCheck {

  private final StageRecords records;

  public MeetingMaterialsListener(StageRecords records) {
    this.records = records;
  }

  @Override
  protected void check(DelegateExecution task) {
    List<String> missing = new ArrayList<>();
    List<String> included = new ArrayList<>();
    for (MeetingMaterial material : MeetingMaterial.values()) {
      boolean required = material.requiredWhenPlanned() == null || flag(task, material.requiredWhenPlanned());
      if (flag(task, material.variable())) {
        included.add(material.label());
      } else if (required) {
        missing.add(material.label());
      }
    }
    if (!missing.isEmpty()) {
      throw new ProcedureViolation(
          "提交集体讨论的材料不全，缺少：" + String.join("、", missing) + "（《重大行政决策程序暂行条例》第二十九条）");
    }
    records.record(
        task,
        DecisionStatus.COLLECTIVE_DISCUSSION.name(),
        "MEETING_MATERIALS_SUBMITTED",
        "报送集体讨论材料：" + String.join("、", included));
  }
}
