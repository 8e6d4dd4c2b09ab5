package cn.gov.pujiang.decision.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells the Camunda webapps (Tasklist, Cockpit, Admin) who Spring Security has logged in, through
 * Camunda's {@code ContainerBasedAuthenticationFilter}: one login for everything. Groups are left
 * to the filter, which reads them from the identity service. Instantiated by class name by that
 * filter (see {@link SecurityConfiguration#containerBasedAuthentication()}).
 */
public class WebappAuthenticationProvider implements AuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken
        || user.getName() == null || user.getName().isBlank()) {
      return AuthenticationResult.unsuccessful();
    }
    return AuthenticationResult.successful(user.getName());
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    // Spring Security answers unauthenticated requests before they reach the webapps.
  }
}
