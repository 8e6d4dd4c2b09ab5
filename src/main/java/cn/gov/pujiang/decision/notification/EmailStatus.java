package cn.gov.pujiang.decision.notification;

/** E-mail delivery of one inbox message. */
public enum EmailStatus {
  /** Recorded, e-mail not attempted yet (only between the two transactions of a send). */
  PENDING,
  SENT,
  FAILED,
  /** The recipient has no e-mail address in the Camunda user table. */
  NO_ADDRESS,
  /** E-mail is switched off (decision.notification.mail.enabled=false). */
  DISABLED
}
