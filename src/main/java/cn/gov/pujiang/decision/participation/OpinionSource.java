package cn.gov.pujiang.decision.participation;

/** Where an opinion came from (Decree 713 Art. 14: the ways of hearing the public). */
public enum OpinionSource {
  ONLINE("网上征求意见"),
  LETTER("来信"),
  PHONE("来电"),
  SYMPOSIUM("座谈会"),
  HEARING("听证会"),
  OTHER("其他方式");

  private final String label;

  OpinionSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
