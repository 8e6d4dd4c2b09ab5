package cn.gov.pujiang.decision.security;

import static cn.gov.pujiang.decision.security.CamundaIdentityAuthenticationProvider.group;

import cn.gov.pujiang.decision.organisation.Groups;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import cn.gov.pujiang.decision.web.Problems;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One login for everything (ADR 0009). Spring Security authenticates against Camunda's identity
 * tables ({@link CamundaIdentityAuthenticationProvider}) with one Chinese form login page
 * ({@code /login}) and, for programs, HTTP Basic (never challenged, so browsers never cache it).
 * The session is shared by the Camunda webapps (via Camunda's ContainerBasedAuthenticationFilter),
 * the application's pages ({@code /app/**}), its API ({@code /api/**}) and the engine REST API
 * ({@code /engine-rest/**}), where {@link EngineAuthenticationFilter} hands the user and groups to the
 * engine so that its authorization checks apply.
 *
 * <p>Path policy (the engine and {@link UnitAccess} decide the rest, per decision):
 * <pre>
 *   /login, static assets, /actuator/health         anonymous
 *   /public/**, /api/public/** (public participation) anonymous
 *   /camunda/api/admin/setup/**                      nobody (first admin is created at boot)
 *   /actuator/** (other), /api/admin/**              camunda-admin
 *   /api/audit/**                                    auditors, camunda-admin
 *   non-GET on /engine-rest/deployment/**            camunda-admin
 *   non-GET on /api/** by a read-only auditor        refused
 *   everything else                                  any logged-in user
 * </pre>
 */
@Configuration
@EnableWebSecurity
@EnableConfigurationProperties({DecisionSecurityProperties.class, LoginThrottleProperties.class})
public class SecurityConfiguration {

  /** Camunda's own CSRF token (session attribute and header of the webapps). */
  static final String CAMUNDA_CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
  static final String CAMUNDA_CSRF_HEADER = "X-XSRF-TOKEN";
  /** The application's CSRF cookie/header: distinct names, so they never collide with Camunda's XSRF-TOKEN. */
  public static final String CSRF_COOKIE = "MD-XSRF-TOKEN";
  public static final String CSRF_HEADER = "X-MD-XSRF-TOKEN";

  private static final String ADMIN = group(Groups.ADMINS);
  private static final String AUDITOR = group(Groups.AUDITORS);

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
      IdentityService identityService, ObjectMapper objectMapper, DecisionSecurityProperties properties,
      MultipartProperties multipart) throws Exception {
    AuthenticationManager authenticationManager = new ProviderManager(provider);
    AuthenticationEntryPoint api = jsonEntryPoint(objectMapper);
    AuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
    // Spring's CSRF check runs before the login check and reports through the access-denied handler;
    // someone who is not logged in must hear "log in" (401 / the login page), not "forbidden".
    AccessDeniedHandler apiDenied = loginFirst(jsonAccessDenied(objectMapper), api);
    AccessDeniedHandler pagesDenied = loginFirst(new AccessDeniedHandlerImpl(), loginPage);
    RequestMatcher apiPaths = paths("/api/**", "/engine-rest/**", "/camunda/api/**", "/v3/api-docs/**");

    CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
    csrfTokens.setCookieName(CSRF_COOKIE);
    csrfTokens.setHeaderName(CSRF_HEADER);
    csrfTokens.setCookieCustomizer(cookie -> cookie.path("/").sameSite("Lax").secure(properties.secureCookies()));
    CsrfTokenRequestAttributeHandler pagesCsrf = new CsrfTokenRequestAttributeHandler();
    // Load the token on every request so that the cookie is always there for the pages' scripts.
    pagesCsrf.setCsrfRequestAttributeName(null);
    // ...but not on the webapps' own requests (Camunda has its own token): after 退出登录 their calls still
    // in flight would each set a fresh cookie and could overwrite the one the /login form was given.
    CsrfTokenRequestAttributeHandler webappsCsrf = new CsrfTokenRequestAttributeHandler();
    RequestMatcher webapps = paths("/camunda/**");
    CsrfTokenRequestHandler csrfHandler = new CsrfTokenRequestHandler() {
      @Override
      public void handle(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
          Supplier<CsrfToken> token) {
        (webapps.matches(request) ? webappsCsrf : pagesCsrf).handle(request, response, token);
      }

      @Override
      public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        return pagesCsrf.resolveCsrfTokenValue(request, token);
      }
    };

    http
        .authenticationManager(authenticationManager)
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/login", "/error", "/favicon.ico", "/css/**", "/js/**", "/images/**").permitAll()
            // The webapps' fonts and icons: the same for everyone, and asked for while the login page shows.
            .requestMatchers("/camunda/assets/**", "/camunda/favicon.ico").permitAll()
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            // Public participation (ADR 0021): the comment pages and their API are the only anonymous content.
            .requestMatchers(paths("/public/**", "/api/public/**")).permitAll()
            .requestMatchers("/camunda/api/admin/setup/**").denyAll()
            .requestMatchers(request -> "POST".equals(request.getMethod())
                && WebappLoginBridgeFilter.WEBAPP_LOGIN.matcher(pathOf(request)).matches()).permitAll()
            // The webapps ask "who is logged in?" after a logout; Camunda answers 404 to nobody and hands
            // out the CSRF token its own login form needs.
            .requestMatchers(request -> "GET".equals(request.getMethod())
                && pathOf(request).matches("/camunda/api/admin/auth/user/[^/]+/?")).permitAll()
            .requestMatchers("/actuator/**", "/api/admin/**").hasAuthority(ADMIN)
            .requestMatchers("/api/audit/**").hasAnyAuthority(AUDITOR, ADMIN)
            .requestMatchers(request -> !"GET".equals(request.getMethod())
                && (pathOf(request).startsWith("/engine-rest/deployment")
                    || pathOf(request).matches("/camunda/api/engine/engine/[^/]+/deployment.*")))
                .hasAuthority(ADMIN)
            .requestMatchers(request -> !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                && pathOf(request).startsWith("/api/")).access(notReadOnlyAuditor())
            .anyRequest().authenticated())
        .formLogin(form -> form
            .loginPage("/login")
            .defaultSuccessUrl("/", false)
            // A slowed attempt is told how long to wait (LoginThrottle); a wrong password is told so.
            .failureHandler((request, response, exception) -> response.sendRedirect(request.getContextPath()
                + (exception instanceof LoginThrottledException throttled
                    ? "/login?throttled=" + throttled.retryAfterSeconds() : "/login?error")))
            .permitAll())
        // After login, go back only to a page the user opened: never to a font, script or API call that was
        // still in flight when the session ended (logging in would then "download" it and stay on /login).
        .requestCache(cache -> cache.requestCache(pagesOnly()))
        .httpBasic(basic -> basic.authenticationEntryPoint(api))
        .logout(logout -> logout
            .logoutRequestMatcher(new OrRequestMatcher(
                request -> "POST".equals(request.getMethod()) && "/logout".equals(pathOf(request)),
                SecurityConfiguration::isWebappLogoutWithCamundaCsrfToken))
            .logoutSuccessHandler((request, response, authentication) -> {
              if (pathOf(request).startsWith("/camunda/")) {
                new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK)
                    .onLogoutSuccess(request, response, authentication);
              } else {
                SimpleUrlLogoutSuccessHandler pages = new SimpleUrlLogoutSuccessHandler();
                pages.setDefaultTargetUrl("/login?logout");
                pages.onLogoutSuccess(request, response, authentication);
              }
            })
            .invalidateHttpSession(true)
            .deleteCookies("JSESSIONID", CSRF_COOKIE))
        .exceptionHandling(exceptions -> exceptions
            .defaultAuthenticationEntryPointFor(api, apiPaths)
            .defaultAuthenticationEntryPointFor(loginPage, request -> true)
            .defaultAccessDeniedHandlerFor(apiDenied, apiPaths)
            .defaultAccessDeniedHandlerFor(pagesDenied, request -> true))
        .csrf(csrf -> csrf
            .csrfTokenRepository(csrfTokens)
            .csrfTokenRequestHandler(csrfHandler)
            // The webapps are protected by Camunda's own CsrfPreventionFilter (cookie XSRF-TOKEN,
            // header X-XSRF-TOKEN); a request that carries its own Authorization header cannot be
            // forged by another site (browsers never hold Basic credentials: we never challenge).
            .ignoringRequestMatchers(paths("/camunda/**"))
            .ignoringRequestMatchers(request -> request.getHeader("Authorization") != null)
            // The anonymous comment form has no session to ride on; participation/SameOrigin checks the
            // browser's Sec-Fetch-Site/Origin instead, and each submission needs a signed challenge (ADR 0021).
            .ignoringRequestMatchers(paths("/api/public/**")))
        .headers(headers -> headers
            .frameOptions(frame -> frame.sameOrigin())
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
            // The webapps send their own Content-Security-Policy (with nonces); ours covers the rest.
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                new NegatedRequestMatcher(paths("/camunda/**")),
                new StaticHeadersWriter("Content-Security-Policy",
                    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"))))
        .addFilterBefore(new RequestSizeFilter(properties.maxBodyBytes(), properties.maxUploadBytes(),
            multipart.getMaxFileSize().toBytes()),
            org.springframework.security.web.context.SecurityContextHolderFilter.class)
        .addFilterBefore(new WebappLoginBridgeFilter(authenticationManager), AuthorizationFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class)
        .addFilterAfter(new EngineRestGuardFilter(objectMapper, properties.maxResults(),
            (int) Math.min(Integer.MAX_VALUE, properties.maxBodyBytes()),
            (int) Math.min(Integer.MAX_VALUE, properties.maxUploadBytes())), EngineAuthenticationFilter.class);
    return http.build();
  }

  /**
   * Camunda's container-based authentication for the webapps: reads the user from Spring Security
   * (see {@link WebappAuthenticationProvider}). Registered right after the Spring Security filter
   * chain and before Camunda's own webapp filters, which Camunda's initializer registers later.
   */
  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> containerBasedAuthentication() {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setInitParameters(Map.of("authentication-provider", WebappAuthenticationProvider.class.getName()));
    registration.addUrlPatterns("/camunda/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }

  static String pathOf(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private static RequestMatcher paths(String... patterns) {
    return request -> {
      String path = pathOf(request);
      for (String pattern : patterns) {
        String prefix = pattern.substring(0, pattern.length() - "/**".length());
        if (path.equals(prefix) || path.startsWith(prefix + "/")) {
          return true;
        }
      }
      return false;
    };
  }

  private static RequestCache pagesOnly() {
    HttpSessionRequestCache cache = new HttpSessionRequestCache();
    cache.setRequestMatcher(request -> "GET".equals(request.getMethod())
        && request.getHeader("X-Requested-With") == null
        && String.valueOf(request.getHeader("Accept")).contains("text/html"));
    return cache;
  }

  /** The webapps' logout, only when it carries Camunda's CSRF token (otherwise Camunda refuses it). */
  private static boolean isWebappLogoutWithCamundaCsrfToken(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod())
        || !pathOf(request).matches("/camunda/api/admin/auth/user/[^/]+/logout/?")) {
      return false;
    }
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CAMUNDA_CSRF_SESSION_ATTRIBUTE);
    return expected != null && expected.equals(request.getHeader(CAMUNDA_CSRF_HEADER));
  }

  /** Auditors read; a user whose only group is {@code auditors} changes nothing through the API. */
  private static AuthorizationManager<RequestAuthorizationContext> notReadOnlyAuditor() {
    return (Supplier<Authentication> authentication, RequestAuthorizationContext context) -> {
      Authentication user = authentication.get();
      if (user == null || !user.isAuthenticated()) {
        return new AuthorizationDecision(false);
      }
      Set<String> groups = new java.util.HashSet<>();
      for (GrantedAuthority authority : user.getAuthorities()) {
        groups.add(authority.getAuthority());
      }
      boolean auditorOnly = groups.contains(AUDITOR) && groups.stream().allMatch(AUDITOR::equals);
      return new AuthorizationDecision(!auditorOnly && !groups.isEmpty() || groups.contains(ADMIN));
    };
  }

  /**
   * A refused CSRF token from someone who is not logged in is answered like any other anonymous
   * request: with the login entry point (401 for the API). Logged-in users still get 403.
   */
  static AccessDeniedHandler loginFirst(AccessDeniedHandler denied, AuthenticationEntryPoint login) {
    return (request, response, exception) -> {
      Authentication user = SecurityContextHolder.getContext().getAuthentication();
      boolean anonymous = user == null || user instanceof AnonymousAuthenticationToken || !user.isAuthenticated();
      if (anonymous && exception instanceof CsrfException) {
        login.commence(request, response, new InsufficientAuthenticationException("not logged in", exception));
      } else {
        denied.handle(request, response, exception);
      }
    };
  }

  /** 429 with the wait in Retry-After and a Chinese message: the login was slowed, not refused for good. */
  static void tooManyAttempts(HttpServletResponse response, LoginThrottledException exception) throws java.io.IOException {
    response.setHeader("Retry-After", String.valueOf(exception.retryAfterSeconds()));
    Problems.write(response, HttpStatus.TOO_MANY_REQUESTS.value(), null, "LOGIN_THROTTLED", null,
        exception.getMessage(), null);
  }

  private static AuthenticationEntryPoint jsonEntryPoint(ObjectMapper objectMapper) {
    return (request, response, exception) -> {
      if (exception instanceof LoginThrottledException throttled) {
        tooManyAttempts(response, throttled);
        return;
      }
      Problems.write(response, 401, null, "UNAUTHENTICATED", null,
          exception instanceof BadCredentialsException ? "用户名或密码错误" : "请先登录", pathOf(request));
    };
  }

  private static AccessDeniedHandler jsonAccessDenied(ObjectMapper objectMapper) {
    return (request, response, exception) -> {
      Problems.write(response, 403, null, "FORBIDDEN", null, "您没有执行此操作的权限", pathOf(request));
    };
  }
}
