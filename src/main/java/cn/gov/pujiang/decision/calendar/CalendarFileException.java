package cn.gov.pujiang.decision.calendar;

/** A calendar file that cannot be trusted; the message names the file and the faulty entry (Chinese). */
public class CalendarFileException extends RuntimeException {

  public CalendarFileException(String message) {
    super(message);
  }

  public CalendarFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
