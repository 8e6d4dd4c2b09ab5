package cn.gov.pujiang.decision.catalogue;

/** Where a catalogue or an adjustment was published (Decree 713 Art. 3 ¶3: 向社会公布). */
public enum PublicationChannel {
  PORTAL("政府门户网站"),
  GAZETTE("政府公报"),
  NEWSPAPER("报刊"),
  NOTICE_BOARD("公告栏"),
  OTHER("其他");

  private final String label;

  PublicationChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
