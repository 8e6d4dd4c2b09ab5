package cn.gov.pujiang.decision.execution;

import static cn.gov.pujiang.decision.engine.Variables.date;
import static cn.gov.pujiang.decision.engine.Variables.text;

import cn.gov.pujiang.decision.catalogue.AdjustmentInput;
import cn.gov.pujiang.decision.catalogue.Catalogue;
import cn.gov.pujiang.decision.catalogue.CatalogueAdjustment;
import cn.gov.pujiang.decision.catalogue.CatalogueStatus;
import cn.gov.pujiang.decision.catalogue.Catalogues;
import cn.gov.pujiang.decision.catalogue.CatalogueAdjustments;
import cn.gov.pujiang.decision.catalogue.ItemInput;
import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Events;
import cn.gov.pujiang.decision.execution.DecisionExecutionProcess.Vars;
import cn.gov.pujiang.decision.engine.CommonVariables;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.record.StageRecords;
import cn.gov.pujiang.decision.refusal.Refusal;
import cn.gov.pujiang.decision.register.Decision;
import cn.gov.pujiang.decision.register.DecisionRegister;
import cn.gov.pujiang.decision.register.DecisionSuccession;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_StartAdjustedDecision (申请将调整后的决策列入目录) in decision-execution. A major adjustment
 * ordered by the decision body goes through the statutory procedure again (Decree 713 Art. 37) as a
 * new decision, and a new decision starts only from the catalogue (Art. 3): requests a catalogue
 * addition (新增事项) in the unit's published catalogue of this year, prefilled from the old decision
 * and the body's decision, and links the old decision to it (register/DecisionSuccession); the new
 * decision is linked back when that item starts (catalogue/RegisterDecisionDelegate). Reads
 * decisionTitle, decisionUnit, undertakingUnitName, executionDecisionContent, decisionBodyMeeting
 * and decisionBodyMeetingDate; writes the MAJOR_ADJUSTMENT_REQUESTED trail entry. Runs in the
 * transaction of the leadership's completion, so that a refusal of the catalogue reaches them.
 */
@Component("startAdjustedDecisionDelegate")
public class StartAdjustedDecisionDelegate implements JavaDelegate {

  static final String TITLE_PREFIX = "（重大调整）";
  /** The catalogue's limit for 法律政策依据和列入目录的理由 (catalogue/CatalogueItems). */
  private static final int MAX_BASIS = 2000;

  private final Catalogues catalogues;
  private final CatalogueAdjustments catalogueAdjustments;
  private final DecisionRegister register;
  private final DecisionSuccession succession;
  private final StageRecords records;
  private final EngineClock clock;

  public StartAdjustedDecisionDelegate(Catalogues catalogues, CatalogueAdjustments catalogueAdjustments,
      DecisionRegister register, DecisionSuccession succession,
      StageRecords records, EngineClock clock) {
    this.catalogues = catalogues;
    this.catalogueAdjustments = catalogueAdjustments;
    this.register = register;
    this.succession = succession;
    this.records = records;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Decision old = register.get(execution.getProcessBusinessKey());
    String unit = text(execution, CommonVariables.DECISION_UNIT);
    int year = clock.now().getYear();
    Catalogue catalogue = catalogues.list(unit, year).stream()
        .filter(c -> c.getStatus() == CatalogueStatus.PUBLISHED).findFirst()
        .orElseThrow(() -> new ProcedureViolation(
            "本单位" + year + "年度决策事项目录尚未公布，重大调整须列入目录后启动新的决策（《重大行政决策程序暂行条例》第三条第三款、第三十七条），请先公布目录"));
    String meeting = text(execution, Vars.DECISION_BODY_MEETING);
    LocalDate meetingDate = date(execution, Vars.DECISION_BODY_MEETING_DATE, "会议日期");
    String content = text(execution, Vars.EXECUTION_DECISION_CONTENT);
    String undertaking = text(execution, Vars.UNDERTAKING_UNIT_NAME);
    String title = TITLE_PREFIX + old.getTitle();
    if (title.length() > 200) {
      title = title.substring(0, 200);
    }
    String basis = "决策 " + old.getDecisionNo() + " 执行中，" + meeting + "（" + meetingDate + "）决定重大调整：" + content;
    ItemInput item = new ItemInput(title, undertaking == null || undertaking.isBlank() ? "原决策承办单位" : undertaking,
        basis.length() > MAX_BASIS ? basis.substring(0, MAX_BASIS) : basis,
        List.of(), LocalDate.of(year, 12, 31), null);
    CatalogueAdjustment adjustment;
    try {
      adjustment = catalogueAdjustments.requestAdjustment(catalogue.getId(), new AdjustmentInput("ADD", null,
          "决策机关决定对决策 " + old.getDecisionNo() + " 作出重大调整，应当依照条例履行相关法定程序（第三十七条）", null, item));
    } catch (Refusal refusal) {
      throw new ProcedureViolation("重大调整无法列入目录：" + refusal.getMessage());
    }
    succession.order(old.getId(), adjustment.getId(), meeting, meetingDate, clock.now());
    records.record(execution, DecisionExecutionProcess.STAGE, Events.MAJOR_ADJUSTMENT_REQUESTED,
        "决策机关决定重大调整，已申请在" + catalogue.getYear() + "年度目录中新增事项《" + title + "》（调整申请 "
            + adjustment.getId() + "）；批准后按目录启动新的决策，依照条例重新履行法定程序（第三条第三款、第三十七条）");
  }
}
