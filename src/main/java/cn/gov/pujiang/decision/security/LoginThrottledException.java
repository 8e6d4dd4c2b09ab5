package cn.gov.pujiang.decision.security;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/** A login attempt refused by {@link LoginThrottle} before the password was checked. */
public class LoginThrottledException extends LockedException {

  private final long retryAfterSeconds;

  public LoginThrottledException(Duration wait) {
    super(message(seconds(wait)));
    this.retryAfterSeconds = seconds(wait);
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  static String message(long seconds) {
    return "登录失败次数过多，请在 " + seconds + " 秒后再试。如果不是您本人在尝试登录，请告知系统管理员。";
  }

  private static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }
}
