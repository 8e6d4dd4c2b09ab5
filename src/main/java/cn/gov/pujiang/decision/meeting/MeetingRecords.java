package cn.gov.pujiang.decision.meeting;

import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.register.DecisionRegister;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the meeting records of decisions (Decree 713 Art. 30); insert only. */
@Service
public class MeetingRecords {

  private final MeetingRecordRepository records;
  private final DecisionRegister register;
  private final EngineClock clock;

  public MeetingRecords(MeetingRecordRepository records, DecisionRegister register, EngineClock clock) {
    this.records = records;
    this.register = register;
    this.clock = clock;
  }

  @Transactional
  public MeetingRecord record(String decisionNo, MeetingResult result, String processInstanceId) {
    Long decisionId = register.get(decisionNo).getId();
    register.recordsChanged(decisionId);
    return records.save(new MeetingRecord(decisionId, result, clock.now(), processInstanceId));
  }

  /** All meetings on the decision, oldest first. */
  @Transactional(readOnly = true)
  public List<MeetingRecord> forDecision(String decisionNo) {
    return records.findByDecisionIdOrderByRecordedAtAscIdAsc(register.get(decisionNo).getId());
  }
}
