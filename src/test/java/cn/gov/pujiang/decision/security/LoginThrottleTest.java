package cn.gov.pujiang.decision.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Login throttling slows guessing but cannot be used to keep an official out (the no-path-around-the-rules guard). Over
 * HTTP every request comes from this machine; other addresses are given to the real authentication
 * provider the way Spring Security hands them over.
 */
class LoginThrottleTest extends HttpTestSupport {

  @Autowired LoginThrottle throttle;
  @Autowired CamundaIdentityAuthenticationProvider provider;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void forgetCounts() {
    // One application context serves every HTTP test class; this machine's failures must not slow them.
    throttle.forgetAll();
    throttle.useClock(Clock.systemUTC());
  }

  @Test
  void theRightPasswordWorksAtOnceAfterAWrongOne() {
    HttpResponse<String> wrong = basic("county.lawyer", "wrong-password");
    HttpResponse<String> right = basic("county.lawyer", PASSWORD);

    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
  }

  @Test
  void anAddressGuessingOneAccountIsSlowedWithAChineseMessageAndTheAttemptsAreRecorded() {
    long recorded = attempts("huangzhai.head");
    for (int i = 0; i < 4; i++) {
      assertThat(basic("huangzhai.head", "guess-" + i).statusCode()).isEqualTo(401);
    }

    HttpResponse<String> slowed = basic("huangzhai.head", PASSWORD);

    assertThat(slowed.statusCode()).isEqualTo(429);
    assertThat(slowed.headers().firstValue("Retry-After")).isPresent();
    assertThat(slowed.body()).contains("登录失败次数过多", "秒后再试");
    assertThat(attempts("huangzhai.head") - recorded).isEqualTo(5);
    assertThat(jdbc.queryForObject("select count(*) from md_login_attempt where user_id = ? and outcome = 'THROTTLED'",
        Long.class, "huangzhai.head")).isOne();
  }

  @Test
  void theLoginPageSaysHowLongToWait() {
    String page = get(null, "/login?throttled=8").body();

    assertThat(page).contains("登录失败次数过多，请在 8 秒后再试");
  }

  @Test
  void theOfficialLogsInFromTheirOwnDeskWhileTheAccountIsGuessedFromElsewhere() {
    for (int i = 0; i < 40; i++) {
      refusedFrom("10.0.0." + (i % 20 + 1), "baima.head", "guess-" + i);
    }
    assertThatThrownBy(() -> provider.authenticate(attempt("10.0.0.1", "baima.head", PASSWORD)))
        .isInstanceOf(LoginThrottledException.class);

    Authentication official = provider.authenticate(attempt("192.168.8.20", "baima.head", PASSWORD));

    assertThat(official.isAuthenticated()).isTrue();
  }

  @Test
  void anAddressGuessingManyAccountsIsSlowedForAllOfThem() {
    for (int i = 0; i < 11; i++) {
      refusedFrom("10.9.9.9", "no.such.user" + i, "guess");
    }

    assertThatThrownBy(() -> provider.authenticate(attempt("10.9.9.9", "baima.clerk", PASSWORD)))
        .isInstanceOf(LoginThrottledException.class).hasMessageContaining("秒后再试");
    assertThat(provider.authenticate(attempt("10.9.9.10", "baima.clerk", PASSWORD)).isAuthenticated()).isTrue();
  }

  @Test
  void theWaitEndsAndAnotherWrongPasswordDoublesIt() {
    Instant start = Instant.parse("2026-12-07T02:00:00Z");
    throttle.useClock(Clock.fixed(start, ZoneOffset.UTC));
    for (int i = 0; i < 4; i++) {
      refusedFrom("10.7.7.7", "baima.secretary", "guess-" + i);
    }
    assertThat(throttle.waitBefore("baima.secretary", "10.7.7.7")).hasValue(Duration.ofSeconds(2));

    throttle.useClock(Clock.fixed(start.plusSeconds(3), ZoneOffset.UTC));
    assertThat(throttle.waitBefore("baima.secretary", "10.7.7.7")).isEmpty();
    refusedFrom("10.7.7.7", "baima.secretary", "guess-again");

    assertThat(throttle.waitBefore("baima.secretary", "10.7.7.7")).hasValue(Duration.ofSeconds(4));
  }

  /** A wrong password, refused as wrong or, once the address is slowed, before it is checked. */
  private void refusedFrom(String address, String user, String password) {
    assertThatThrownBy(() -> provider.authenticate(attempt(address, user, password)))
        .isInstanceOfAny(BadCredentialsException.class, LoginThrottledException.class);
  }

  private static UsernamePasswordAuthenticationToken attempt(String address, String user, String password) {
    UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    token.setDetails(new WebAuthenticationDetails(address, null));
    return token;
  }

  private long attempts(String user) {
    return jdbc.queryForObject("select count(*) from md_login_attempt where user_id = ?", Long.class, user);
  }

  private HttpResponse<String> basic(String user, String password) {
    return exchange(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(url("/api/me")))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
        .GET().build());
  }
}
