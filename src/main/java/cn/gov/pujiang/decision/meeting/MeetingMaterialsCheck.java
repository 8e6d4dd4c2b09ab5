package cn.gov.pujiang.decision.meeting;

import static cn.gov.pujiang.decision.engine.Variables.flag;

import cn.gov.pujiang.decision.engine.Texts;
import cn.gov.pujiang.decision.meeting.CollectiveDiscussionProcess.Vars;
import cn.gov.pujiang.decision.meeting.DisputeStatement.UnitView;
import cn.gov.pujiang.decision.engine.Actors;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import com.fasterxml.jackson.databind.JsonNode;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.register.DecisionStatus;
import java.util.ArrayList;
import java.util.List;
import cn.gov.pujiang.decision.engine.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion check (end listener) of Task_SubmitMeetingMaterials (报送集体讨论材料), Decree 713 Arts. 29 and 13. Reads the
 * material checkboxes and the flags that make each required ({@link MeetingMaterial}): the draft and the legality
 * opinion always, the others when their procedure was planned, and the fair-competition information also whenever
 * the measure touches market actors (involvesMarketActors). Where unitsDisagreed, reads the Art. 13 dispute statement
 * (disputeMainIssues, disputeUnitViews: unit and view per item, undertakerView, undertakerReasons), refuses it
 * incomplete and stores it in md_dispute_statement. Writes the trail entry MEETING_MATERIALS_SUBMITTED.
 */
@Component("meetingMaterialsCheck")
public class MeetingMaterialsCheck extends CompletionCheck {

  /** The materials form's dispute list item fields (forms/meeting-submit-materials.form). */
  public static final List<String> UNIT_VIEW_FIELDS = List.of("unit", "view");

  static final String ART_13 = "（《重大行政决策程序暂行条例》第十三条）";

  private final StageRecords records;
  private final DisputeStatements disputes;
  private final Actors actors;

  public MeetingMaterialsCheck(StageRecords records, DisputeStatements disputes, Actors actors) {
    this.records = records;
    this.disputes = disputes;
    this.actors = actors;
  }

  @Override
  protected void check(DelegateExecution task) {
    List<String> missing = new ArrayList<>();
    List<String> included = new ArrayList<>();
    for (MeetingMaterial material : MeetingMaterial.values()) {
      if (flag(task, material.variable())) {
        included.add(material.label());
      } else if (material.requiredIn(task)) {
        missing.add(material.label());
      }
    }
    if (!missing.isEmpty()) {
      throw new ProcedureViolation(
          "提交集体讨论的材料不全，缺少：" + String.join("、", missing) + "（《重大行政决策程序暂行条例》第二十九条）");
    }
    if (flag(task, Vars.UNITS_DISAGREED)) {
      String issues = Texts.required(task, Vars.DISPUTE_MAIN_ISSUES, "争议的主要问题", 4000,
          "有关单位对决策草案存在争议的，请说明争议的主要问题" + ART_13);
      List<UnitView> views = unitViews(task);
      String view = Texts.required(task, Vars.UNDERTAKER_VIEW, "决策承办单位的意见", 2000,
          "请填写决策承办单位对争议问题的意见" + ART_13);
      String reasons = Texts.required(task, Vars.UNDERTAKER_REASONS, "决策承办单位的理由和依据", 4000,
          "请填写决策承办单位意见的理由和依据" + ART_13);
      disputes.record(task.getProcessBusinessKey(), issues, views, view, reasons, actors.current(),
          task.getProcessInstanceId());
      included.add("争议问题说明（" + views.size() + "个单位意见）");
    }
    records.record(
        task,
        DecisionStatus.COLLECTIVE_DISCUSSION.name(),
        "MEETING_MATERIALS_SUBMITTED",
        "报送集体讨论材料：" + String.join("、", included));
  }

  private static List<UnitView> unitViews(DelegateExecution task) {
    JsonNode list = FormLists.read(task, Vars.DISPUTE_UNIT_VIEWS, "有关单位的意见");
    List<UnitView> views = new ArrayList<>();
    if (list != null) {
      for (JsonNode item : list) {
        String unit = FormLists.text(item, "unit");
        String view = FormLists.text(item, "view");
        if (unit == null && view == null) {
          continue;
        }
        if (unit == null || view == null) {
          throw new ProcedureViolation("请逐一填写有关单位的名称及其意见" + ART_13);
        }
        FormLists.limit(unit, "单位名称", 100);
        FormLists.limit(view, unit + "的意见", 2000);
        views.add(new UnitView(unit, view));
      }
    }
    if (views.isEmpty()) {
      throw new ProcedureViolation("请填写与决策承办单位意见不一致的有关单位及其意见" + ART_13);
    }
    return views;
  }
}
