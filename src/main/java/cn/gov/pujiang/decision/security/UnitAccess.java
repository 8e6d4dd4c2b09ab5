package cn.gov.pujiang.decision.security;

import cn.gov.pujiang.decision.organisation.Groups;
import cn.gov.pujiang.decision.web.ApiException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

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

  public UnitAccess(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The current user with groups, or null when nobody is logged in. */
  public Authentication current() {
    Authentication engineUser = identityService.getCurrentAuthentication();
    if (engineUser != null && engineUser.getUserId() != null) {
      return engineUser;
    }
    var springUser = SecurityContextHolder.getContext().getAuthentication();
    if (springUser == null || !springUser.isAuthenticated() || springUser instanceof AnonymousAuthenticationToken) {
      return null;
    }
    return EngineUsers.authenticationOf(identityService, springUser.getName());
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

  /** Throws 404 unless {@link #canRead}: another town's decision is not shown to exist. */
  public void requireRead(String unitCode, boolean submittedForReview) {
    if (!canRead(unitCode, submittedForReview)) {
      throw ApiException.notFound("未找到该决策事项，或您无权查看");
    }
  }

  /** Throws 403 unless {@link #canAct}. */
  public void requireAct(String unitCode) {
    if (!canAct(unitCode)) {
      throw ApiException.forbidden("只能办理本单位的决策事项");
    }
  }

  private Set<String> groups() {
    Authentication user = current();
    Collection<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
    return Set.copyOf(groups);
  }
}
