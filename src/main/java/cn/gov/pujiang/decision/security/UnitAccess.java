package cn.gov.pujiang.decision.security;

import cn.gov.pujiang.decision.organisation.Groups;
import cn.gov.pujiang.decision.refusal.Refusal;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import cn.gov.pujiang.decision.review.LegalityReviewProcess;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * "May the current user see or act for this unit?" for the application's own services and
 * controllers, with the same rules as the engine's authorizations (docs/security.md):
 * <ul>
 *   <li>a unit's own groups ({@code {unit}-clerk}, {@code -leadership}, {@code -office},
 *       {@code -legal-adviser}, {@code -legal-review}) see that unit;</li>
 *   <li>the county judicial bureau ({@code sfj-review}, {@code sfj-guidance}) sees every decision
 *       submitted for legality review;</li>
 *   <li>{@code auditors} read everything and change nothing; {@code camunda-admin} may do anything.</li>
 * </ul>
 * The current user is the engine's authenticated user (set per request for /api and /engine-rest,
 * by the webapps' session filter, or by a test), falling back to Spring Security's.
 * Refusals of reading are 404 (another town's decision is not shown to exist), of acting 403.
 */
@Component
public class UnitAccess {

  private final IdentityService identityService;
  private final ProcessEngine processEngine;

  public UnitAccess(IdentityService identityService, ProcessEngine processEngine) {
    this.identityService = identityService;
    this.processEngine = processEngine;
  }

  /**
   * The current user with groups, or null when nobody is logged in: the engine's authenticated
   * user, else Spring Security's, else the Camunda webapps' session user of the current request
   * (the same one login; the webapps keep their own copy of it in the session).
   */
  public Authentication current() {
    Authentication engineUser = identityService.getCurrentAuthentication();
    if (engineUser != null && engineUser.getUserId() != null) {
      return engineUser;
    }
    var springUser = SecurityContextHolder.getContext().getAuthentication();
    if (springUser != null && springUser.isAuthenticated() && !(springUser instanceof AnonymousAuthenticationToken)) {
      return EngineUsers.authenticationOf(identityService, springUser.getName());
    }
    String webappUser = webappSessionUser();
    return webappUser == null ? null : EngineUsers.authenticationOf(identityService, webappUser);
  }

  /** Id of the current user, or null when nobody is logged in. */
  public String currentUserId() {
    Authentication user = current();
    return user == null ? null : user.getUserId();
  }

  public boolean isAdmin() {
    return groups().contains(Groups.ADMINS);
  }

  public boolean isAuditor() {
    return groups().contains(Groups.AUDITORS);
  }

  /** Judicial bureau reviewers and guidance centre: every unit's decisions once submitted for review. */
  public boolean isJudicialBureau() {
    Set<String> groups = groups();
    return groups.contains(Groups.JUDICIAL_BUREAU_REVIEW) || groups.contains(Groups.JUDICIAL_BUREAU_GUIDANCE);
  }

  /** Units the user belongs to through one of the unit-scoped role groups. */
  public Set<String> ownUnits() {
    Set<String> units = new TreeSet<>();
    for (String group : groups()) {
      for (String role : InstanceAuthorizations.UNIT_ROLES) {
        String suffix = "-" + role;
        if (group.endsWith(suffix) && group.length() > suffix.length()) {
          units.add(group.substring(0, group.length() - suffix.length()));
        }
      }
    }
    return units;
  }

  /** Whether the user may hold the given unit-scoped role ({@link Groups#CLERK}, ...) in the unit. */
  public boolean hasRole(String unitCode, String role) {
    return groups().contains(Groups.of(unitCode, role));
  }

  /**
   * May the user read a decision (or anything of it) of this unit?
   *
   * @param submittedForReview whether the decision has reached legality review
   */
  public boolean canRead(String unitCode, boolean submittedForReview) {
    return isAdmin() || isAuditor() || ownUnits().contains(unitCode) || (submittedForReview && isJudicialBureau());
  }

  /** May the user change things of this unit (never an auditor unless also a member of the unit)? */
  public boolean canAct(String unitCode) {
    return isAdmin() || ownUnits().contains(unitCode);
  }

  /**
   * Has this decision been submitted for legality review, i.e. has a {@code legality-review}
   * instance ever started under its process instance? That is the moment
   * {@link InstanceAuthorizations} grants the judicial bureau READ on it, so the application's
   * pages and the engine agree. Asked of the history without the caller's authorizations (the
   * caller may not see the review yet; the answer is only a yes or no).
   */
  public boolean submittedForReview(String decisionProcessInstanceId) {
    if (decisionProcessInstanceId == null) {
      return false;
    }
    var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(commandContext -> {
      boolean checking = commandContext.isAuthorizationCheckEnabled();
      commandContext.disableAuthorizationCheck();
      try {
        HistoricProcessInstanceQueryImpl reviews = new HistoricProcessInstanceQueryImpl();
        reviews.processDefinitionKey(LegalityReviewProcess.KEY).rootProcessInstanceId(decisionProcessInstanceId);
        return reviews.executeCount(commandContext) > 0;
      } finally {
        if (checking) {
          commandContext.enableAuthorizationCheck();
        }
      }
    });
  }

  /**
   * {@link #canRead} for a decision given by its unit and process instance; whether it was
   * submitted for review is looked up only when that decides the answer.
   */
  public boolean canReadDecision(String unitCode, String decisionProcessInstanceId) {
    return canRead(unitCode, false) || (isJudicialBureau() && submittedForReview(decisionProcessInstanceId));
  }

  /** Throws 404 unless {@link #canReadDecision}. */
  public void requireReadDecision(String unitCode, String decisionProcessInstanceId) {
    if (!canReadDecision(unitCode, decisionProcessInstanceId)) {
      throw Refusal.notFound("未找到该决策事项，或您无权查看");
    }
  }

  /** Throws 404 unless {@link #canRead}: another town's decision is not shown to exist. */
  public void requireRead(String unitCode, boolean submittedForReview) {
    if (!canRead(unitCode, submittedForReview)) {
      throw Refusal.notFound("未找到该决策事项，或您无权查看");
    }
  }

  /** Throws 403 unless {@link #canAct}. */
  public void requireAct(String unitCode) {
    if (!canAct(unitCode)) {
      throw Refusal.forbidden("只能办理本单位的决策事项");
    }
  }

  private String webappSessionUser() {
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
      return null;
    }
    HttpSession session = attributes.getRequest().getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    var webappUser = authentications == null ? null : authentications.getAuthenticationForProcessEngine(processEngine.getName());
    return webappUser == null ? null : webappUser.getName();
  }

  private Set<String> groups() {
    Authentication user = current();
    Collection<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
    return Set.copyOf(groups);
  }
}
