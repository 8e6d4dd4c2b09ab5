package cn.gov.pujiang.decision.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After a logout inside Tasklist, Cockpit or Admin the webapp shows its own login form, which posts
 * to {@code /camunda/api/admin/auth/user/{engine}/login/{app}}. This filter logs the user in to
 * Spring Security with the same credentials (same provider, new session id) and then lets the
 * request go on to Camunda, which checks them again and answers the webapp as usual. Camunda's own
 * CSRF filter protects that form; a wrong password gets 401 and reaches nothing.
 */
public class WebappLoginBridgeFilter extends OncePerRequestFilter {

  static final Pattern WEBAPP_LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");

  private final AuthenticationManager authenticationManager;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  public WebappLoginBridgeFilter(AuthenticationManager authenticationManager) {
    this.authenticationManager = authenticationManager;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !("POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(path).matches());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String username = request.getParameter("username");
    String password = request.getParameter("password");
    Authentication user;
    try {
      UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
      attempt.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
      user = authenticationManager.authenticate(attempt);
    } catch (LoginThrottledException e) {
      SecurityConfiguration.tooManyAttempts(response, e);
      return;
    } catch (AuthenticationException e) {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(user);
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    chain.doFilter(request, response);
    // Camunda's login replaces the session (its own fixation protection): keep the login in the new one.
    if (response.getStatus() < 400) {
      contexts.saveContext(context, request, response);
    }
  }
}
