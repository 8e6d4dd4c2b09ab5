package cn.gov.pujiang.decision.tasklist;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the browser keep the Camunda webapps' own static files (scripts, styles, fonts: some 5 MB per
 * Tasklist load). Without it every response carried Spring Security's {@code no-store} and each
 * Tasklist load fetched them all again (figures in docs/performance.md). Camunda's files only change
 * with its version, which their addresses carry ({@code ?bust=7.24.0}) or which is frozen (ADR 0010);
 * the county's own files in the same folders (config.js, translations, shell.js) must be revalidated,
 * so they get {@code no-cache} (the browser asks, the server answers 304 when unchanged).
 *
 * <p>The header is set before Spring Security's filter chain, which then leaves it alone.
 */
@Configuration
class WebappStaticCaching {

  /** Camunda's own static files: libraries, bundles, fonts, plug-in bundles. */
  static final Pattern CAMUNDA_FILES = Pattern.compile(
      "/camunda/(lib/.+|assets/.+|favicon\\.ico|app/[a-z]+/camunda-[a-z]+-bootstrap\\.(js|css)"
          + "|api/[a-z]+/plugin/[^/]+/static/.+)");
  /** The county's files among them, changed with every release of this application. */
  static final Pattern COUNTY_FILES = Pattern.compile(
      "/camunda/app/([a-z]+/scripts/config\\.js|[a-z]+/locales/.+|[a-z]+/styles/user-styles\\.css|pujiang/.+)");
  static final String KEEP_A_WEEK = "private, max-age=604800";
  static final String ASK_EACH_TIME = "no-cache";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> webappStaticCachingFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        String policy = policyFor(request.getMethod(),
            request.getRequestURI().substring(request.getContextPath().length()));
        if (policy != null) {
          response.setHeader("Cache-Control", policy);
        }
        chain.doFilter(request, response);
      }
    });
    registration.addUrlPatterns("/camunda/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
    return registration;
  }

  static String policyFor(String method, String path) {
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      return null;
    }
    if (COUNTY_FILES.matcher(path).matches()) {
      return ASK_EACH_TIME;
    }
    return CAMUNDA_FILES.matcher(path).matches() ? KEEP_A_WEEK : null;
  }
}
