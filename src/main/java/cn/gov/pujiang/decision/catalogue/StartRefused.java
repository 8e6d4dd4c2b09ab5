package cn.gov.pujiang.decision.catalogue;

/**
 * A major-decision procedure may not start on this basis. Carries the start field at fault so that
 * the REST API can answer 400 naming it; the engine path turns it into a ProcedureViolation.
 */
public class StartRefused extends RuntimeException {

  private final String field;

  StartRefused(String field, String chineseMessage) {
    super(chineseMessage);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
