package cn.gov.pujiang.decision.meeting;

import cn.gov.pujiang.decision.meeting.DisputeStatement.UnitView;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.register.DecisionRegister;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the dispute statements of decisions (Decree 713 Art. 13); insert only. */
@Service
public class DisputeStatements {

  private final DisputeStatementRepository statements;
  private final DecisionRegister register;
  private final EngineClock clock;

  public DisputeStatements(DisputeStatementRepository statements, DecisionRegister register, EngineClock clock) {
    this.statements = statements;
    this.register = register;
    this.clock = clock;
  }

  @Transactional
  public DisputeStatement record(String decisionNo, String mainIssues, List<UnitView> unitViews, String undertakerView,
      String undertakerReasons, String recordedBy, String processInstanceId) {
    Long decisionId = register.get(decisionNo).getId();
    register.recordsChanged(decisionId);
    return statements.save(new DisputeStatement(decisionId, mainIssues, unitViews, undertakerView, undertakerReasons,
        recordedBy, clock.now(), processInstanceId));
  }

  /** All statements on the decision, oldest first. */
  @Transactional(readOnly = true)
  public List<DisputeStatement> forDecision(String decisionNo) {
    return statements.findByDecisionIdOrderByRecordedAtAscIdAsc(register.get(decisionNo).getId());
  }
}
