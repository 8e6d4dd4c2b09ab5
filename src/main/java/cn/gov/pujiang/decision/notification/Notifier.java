package cn.gov.pujiang.decision.notification;

/**
 * The one way the application notifies people: every recipient gets an inbox message
 * (/api/inbox) and, when mail is switched on and the user has an address, an e-mail.
 */
public interface Notifier {

  /**
   * Sends the notice unless a notice of the same task, kind and occasion was already sent (by this or any
   * other node). Returns true if this call sent it.
   */
  boolean notifyOnce(Notice notice);
}
