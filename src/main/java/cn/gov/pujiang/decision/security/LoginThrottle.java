package cn.gov.pujiang.decision.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without letting anyone lock an official out (the no-path-around-the-rules guard). Camunda's own
 * lock (one wrong password locks the account for everybody for 3 s, ten lock it for good) is off
 * (application.yaml); instead, wrong passwords are counted
 * <ul>
 *   <li>per source address: an address guessing many accounts is slowed for all of them;</li>
 *   <li>per account and address: an address guessing one account is slowed for that account;</li>
 *   <li>per account: when an account is guessed from many addresses, every address that has itself
 *       failed before is slowed for it, but an address without failures still gets through, so
 *       the official with the right password logs in from their own desk.</li>
 * </ul>
 * A slowed attempt is refused before the password is checked; the wait doubles with each further
 * failure up to a ceiling. Counts live in this node's memory (a cluster of n nodes lets an attacker
 * n times as many tries, docs/security.md); refused attempts are logged and written to
 * {@code md_login_attempt}.
 */
@Component
public class LoginThrottle {

  private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
  private static final int MAX_TRACKED = 100_000;
  private static final int MAX_TEXT = 64;

  enum Outcome { FAILURE, THROTTLED }

  private final LoginThrottleProperties settings;
  private final JdbcTemplate jdbc;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private Clock clock = Clock.systemUTC();

  @Autowired
  public LoginThrottle(LoginThrottleProperties settings, JdbcTemplate jdbc) {
    this.settings = settings;
    this.jdbc = jdbc;
  }

  /** How long this address must still wait before it may try this account; empty when it may try now. */
  public Optional<Duration> waitBefore(String account, String source) {
    Instant now = clock.instant();
    Duration wait = Duration.ZERO;
    wait = longer(wait, remaining(bySource(source), settings.freeFailuresPerSource(), now));
    wait = longer(wait, remaining(byPair(account, source), settings.freeFailuresPerAccountAndSource(), now));
    Failures fromSource = failures.get(bySource(source));
    if (fromSource != null && fromSource.count > 0 && !fromSource.forgotten(now, settings.forgetAfter())) {
      wait = longer(wait, remaining(byAccount(account), settings.freeFailuresPerAccount(), now));
    }
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  /** A refused attempt (wrong password or slowed): counted when wrong, logged and recorded either way. */
  public void refused(String account, String source, Outcome outcome) {
    if (outcome == Outcome.FAILURE) {
      Instant now = clock.instant();
      if (failures.size() > MAX_TRACKED) {
        failures.values().removeIf(f -> f.forgotten(now, settings.forgetAfter()));
      }
      for (String key : new String[] {bySource(source), byPair(account, source), byAccount(account)}) {
        failures.compute(key, (k, f) -> (f == null || f.forgotten(now, settings.forgetAfter()))
            ? new Failures(1, now) : new Failures(f.count + 1, now));
      }
    }
    log.warn("Login refused ({}) for account '{}' from {}", outcome, clip(account), clip(source));
    jdbc.update("insert into md_login_attempt (user_id, source_address, outcome, attempted_at) values (?, ?, ?, ?)",
        clip(account), clip(source), outcome.name(), OffsetDateTime.now(clock.withZone(ZoneId.of("Asia/Shanghai"))));
  }

  /** The right password: this address's mistakes on this account are forgiven. */
  public void succeeded(String account, String source) {
    failures.remove(byPair(account, source));
  }

  /** Forgets every count (tests that share one application context). */
  void forgetAll() {
    failures.clear();
  }

  void useClock(Clock clock) {
    this.clock = clock;
  }

  private Duration remaining(String key, int free, Instant now) {
    Failures f = failures.get(key);
    if (f == null || f.count <= free || f.forgotten(now, settings.forgetAfter())) {
      return Duration.ZERO;
    }
    int doublings = Math.min(f.count - free - 1, 30);
    Duration delay = settings.firstDelay().multipliedBy(1L << doublings);
    if (delay.compareTo(settings.maxDelay()) > 0) {
      delay = settings.maxDelay();
    }
    Duration left = Duration.between(now, f.last.plus(delay));
    return left.isNegative() ? Duration.ZERO : left;
  }

  private static Duration longer(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static String bySource(String source) {
    return "s|" + source;
  }

  private static String byPair(String account, String source) {
    return "p|" + account + "|" + source;
  }

  private static String byAccount(String account) {
    return "a|" + account;
  }

  private static String clip(String s) {
    // Whatever was typed as a user name goes to the log and the table: no line breaks or other controls.
    String text = s == null ? "" : s.replaceAll("\\p{Cntrl}", "?");
    return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
  }

  private record Failures(int count, Instant last) {
    boolean forgotten(Instant now, Duration after) {
      return last.plus(after).isBefore(now);
    }
  }
}
