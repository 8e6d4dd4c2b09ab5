package cn.gov.pujiang.decision.participation;

import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.refusal.Refusal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Anti-abuse of the public comment form without any outside service (ADR 0021):
 * <ul>
 *   <li>rate limits per source and per consultation, counted in md_public_rate so that both nodes of
 *       the cluster share them (each counter is one row per window, increased by a conditional UPDATE);</li>
 *   <li>an arithmetic question whose answer is bound by an HMAC (key in md_public_secret, the same on
 *       every node) to the consultation and an expiry, usable once (its nonce is a counter with limit 1).</li>
 * </ul>
 * Each statement commits on its own (no surrounding transaction), so a refused submission stores no
 * opinion, while a counted attempt stays counted.
 */
@Component
public class AbuseGuard {

  private static final String HMAC = "HmacSHA256";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcTemplate jdbc;
  private final EngineClock clock;
  private final PublicParticipationProperties properties;
  private volatile byte[] key;

  public AbuseGuard(JdbcTemplate jdbc, EngineClock clock, PublicParticipationProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.properties = properties;
  }

  /** A question for the form: its text and a signed token carrying the consultation, expiry and nonce. */
  public record Challenge(String question, String token) {}

  public Challenge challenge(String consultationToken) {
    int a = 1 + RANDOM.nextInt(9);
    int b = 1 + RANDOM.nextInt(9);
    long expiry = clock.now().toInstant().plus(properties.challengeValidity()).getEpochSecond();
    String nonce = randomToken(12);
    String payload = consultationToken + "." + expiry + "." + nonce;
    return new Challenge(a + " 加 " + b + " 等于几？", payload + "." + sign(payload + "|" + (a + b)));
  }

  /**
   * Accepts the answer once; refuses a wrong, expired, foreign or reused answer with 400 (nothing of the
   * submission is echoed back).
   */
  public void checkChallenge(String consultationToken, String token, String answer) {
    String[] parts = token == null ? new String[0] : token.split("\\.");
    if (parts.length != 4 || !parts[0].equals(consultationToken) || answer == null || !answer.trim().matches("\\d{1,3}")) {
      throw Refusal.invalid("challengeAnswer", "验证题答案不正确，请重新作答");
    }
    String payload = parts[0] + "." + parts[1] + "." + parts[2];
    byte[] expected = sign(payload + "|" + Integer.parseInt(answer.trim())).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, parts[3].getBytes(StandardCharsets.US_ASCII))) {
      throw Refusal.invalid("challengeAnswer", "验证题答案不正确，请重新作答");
    }
    long expiry;
    try {
      expiry = Long.parseLong(parts[1]);
    } catch (NumberFormatException e) {
      throw Refusal.invalid("challengeAnswer", "验证题答案不正确，请重新作答");
    }
    if (clock.now().toInstant().getEpochSecond() > expiry) {
      throw Refusal.invalid("challengeAnswer", "验证题已过期，请刷新验证题后重新作答");
    }
    if (!count("nonce:" + parts[2], Instant.ofEpochSecond(expiry), 1)) {
      throw Refusal.invalid("challengeAnswer", "验证题已使用过，请刷新验证题后重新作答");
    }
  }

  /** Counts one submission from the source to the consultation; 429 when either limit is reached. */
  public void checkRate(String source, String consultationToken) {
    Instant window = windowStart();
    if (!count("src:" + sourceKey(source), window, properties.sourceLimit())) {
      throw new Refusal(Refusal.Kind.TOO_MANY, "RATE_LIMITED", null,
          "提交过于频繁，请稍后再试；也可以通过页面所列的信函、电话等方式提出意见");
    }
    if (!count("con:" + consultationToken, window, properties.consultationLimit())) {
      throw new Refusal(Refusal.Kind.TOO_MANY, "RATE_LIMITED", null,
          "本事项当前提交人数较多，请稍后再试；也可以通过页面所列的信函、电话等方式提出意见");
    }
  }

  /**
   * One more hit of the bucket in the window, unless the limit is reached. The conditional UPDATE is
   * atomic on both databases; a first hit inserts, and a concurrent first insert on the other node makes
   * this one update instead. Public for the PostgreSQL test that hits one counter from many threads.
   */
  public boolean count(String bucket, Instant windowStart, int limit) {
    Timestamp window = Timestamp.from(windowStart);
    for (int attempt = 0; attempt < 2; attempt++) {
      if (jdbc.update("update md_public_rate set hits = hits + 1 where bucket = ? and window_start = ? and hits < ?",
          bucket, window, limit) == 1) {
        return true;
      }
      Integer hits = jdbc.query("select hits from md_public_rate where bucket = ? and window_start = ?",
          rs -> rs.next() ? rs.getInt(1) : null, bucket, window);
      if (hits != null) {
        return false;
      }
      try {
        jdbc.update("insert into md_public_rate (bucket, window_start, hits) values (?, ?, 1)", bucket, window);
        return limit >= 1;
      } catch (DuplicateKeyException e) {
        // the other node inserted the first hit in between: count against its row
      }
    }
    return false;
  }

  private Instant windowStart() {
    long size = Math.max(1, properties.window().getSeconds());
    long now = clock.now().toInstant().getEpochSecond();
    return Instant.ofEpochSecond(now - now % size);
  }

  /** The client address is kept only as a keyed hash: a counter must not become a log of who commented. */
  private String sourceKey(String source) {
    return sign("source|" + source).substring(0, 32);
  }

  private String sign(String data) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key(), HMAC));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
    }
  }

  private byte[] key() {
    byte[] k = key;
    if (k != null) {
      return k;
    }
    String stored = jdbc.query("select secret from md_public_secret where name = 'challenge'",
        rs -> rs.next() ? rs.getString(1) : null);
    if (stored == null) {
      try {
        jdbc.update("insert into md_public_secret (name, secret) values ('challenge', ?)",
            HexFormat.of().formatHex(randomBytes(32)));
      } catch (DataIntegrityViolationException e) {
        // created by the other node at the same moment; read theirs
      }
      stored = jdbc.queryForObject("select secret from md_public_secret where name = 'challenge'", String.class);
    }
    k = HexFormat.of().parseHex(stored);
    key = k;
    return k;
  }

  static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  /** n random bytes as URL-safe Base64: with n = 16 (128 bits) not guessable. */
  static String randomToken(int n) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(n));
  }
}
