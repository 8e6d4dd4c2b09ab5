package cn.gov.pujiang.decision.engine;

import cn.gov.pujiang.decision.refusal.Refusal;

/**
 * A statutory rule that the engine refuses to let a user break (a hard gate): the {@link Refusal} that
 * task and execution listeners throw. It rolls the whole completion back; every HTTP door answers it
 * with 400 and its Chinese message alone.
 */
public class ProcedureViolation extends Refusal {

  public static final String CODE = "PROCEDURE_VIOLATION";

  public ProcedureViolation(String chineseMessage) {
    super(Kind.INVALID, CODE, null, chineseMessage);
  }

  public ProcedureViolation(String field, String chineseMessage) {
    super(Kind.INVALID, CODE, field, chineseMessage);
  }
}
