package cn.gov.pujiang.decision.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * decision.notification.*: e-mail is off unless switched on, because the demo has no SMTP server;
 * the SMTP server itself is Spring Boot's spring.mail.* (host, port, username, password).
 */
@ConfigurationProperties("decision.notification")
public class NotificationProperties {

  private final Mail mail = new Mail();

  public Mail getMail() {
    return mail;
  }

  public static class Mail {

    /** Send e-mail as well as the inbox message. */
    private boolean enabled = false;

    /** Sender address of reminder and escalation mail. */
    private String from = "noreply@pujiang.gov.cn";

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getFrom() {
      return from;
    }

    public void setFrom(String from) {
      this.from = from;
    }
  }
}
