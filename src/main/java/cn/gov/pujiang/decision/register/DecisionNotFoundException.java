package cn.gov.pujiang.decision.register;

public class DecisionNotFoundException extends RuntimeException {

  public DecisionNotFoundException(String decisionNo) {
    super("Unknown decision " + decisionNo);
  }
}
