package cn.gov.pujiang.decision.process;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A statutory rule that the engine refuses to let a user break (a hard gate). Thrown from task or
 * execution listeners, it rolls the whole completion back; its message is Chinese because Tasklist
 * shows it to the user as it is.
 */
public class ProcedureViolation extends ProcessEngineException {

  public ProcedureViolation(String chineseMessage) {
    super(chineseMessage);
  }
}
