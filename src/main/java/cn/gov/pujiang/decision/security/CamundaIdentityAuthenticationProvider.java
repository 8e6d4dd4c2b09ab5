package cn.gov.pujiang.decision.security;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks user name and password against Camunda's identity service (ACT_ID_USER: salted SHA-512
 * by default), after {@link LoginThrottle} has let the attempt through (its back-off replaces the
 * engine's account lock, which let anyone keep an official out). The user's Camunda groups
 * become authorities {@code GROUP_<groupId>}, which the path policy in {@link SecurityConfiguration}
 * uses; the engine reads the groups again per request, so a membership change applies at once
 * to everything the engine decides.
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  public static final String GROUP_PREFIX = "GROUP_";

  private final IdentityService identityService;
  private final LoginThrottle throttle;

  public CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle) {
    this.identityService = identityService;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    String source = sourceOf(authentication);
    String account = userId == null ? "" : userId;
    Optional<Duration> wait = throttle.waitBefore(account, source);
    if (wait.isPresent()) {
      throttle.refused(account, source, LoginThrottle.Outcome.THROTTLED);
      throw new LoginThrottledException(wait.get());
    }
    if (userId == null || userId.isBlank() || !(credentials instanceof String password) || password.isEmpty()
        || !identityService.checkPassword(userId, password)) {
      throttle.refused(account, source, LoginThrottle.Outcome.FAILURE);
      throw new BadCredentialsException("用户名或密码错误");
    }
    throttle.succeeded(account, source);
    List<GrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).list().stream()
        .<GrantedAuthority>map(group -> new SimpleGrantedAuthority(GROUP_PREFIX + group.getId()))
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  /** The client's address as the servlet container saw it (form login, HTTP Basic and the webapps' login set it). */
  static String sourceOf(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
        ? details.getRemoteAddress() : "unknown";
  }

  public static String group(String groupId) {
    return GROUP_PREFIX + groupId;
  }
}
