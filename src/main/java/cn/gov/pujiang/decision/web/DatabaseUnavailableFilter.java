package cn.gov.pujiang.decision.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outermost filter: a request that fails because the database cannot be reached is answered 503 with
 * a Chinese JSON message and {@code Retry-After}, wherever it failed — in the login check of HTTP Basic
 * (which reads Camunda's user table), in the webapps or in a page. The application's API answers the
 * same through {@link ApiExceptionHandler}, the engine REST doors through {@link EngineProblemMappers}.
 * Anything else is passed on untouched.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (RuntimeException | ServletException e) {
      if (!DatabaseUnavailable.isCause(e) || response.isCommitted()) {
        throw e;
      }
      LOG.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
      response.resetBuffer();
      response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
      Problems.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, null, DatabaseUnavailable.CODE, null,
          DatabaseUnavailable.MESSAGE, request.getRequestURI());
    }
  }
}
