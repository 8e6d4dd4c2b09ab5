package cn.gov.pujiang.decision.security;

import cn.gov.pujiang.decision.organisation.PersonNames;
import cn.gov.pujiang.decision.refusal.Refusal;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who is logged in, for the application's pages: name, groups, units, and what they may see. */
@RestController
@RequestMapping("/api/me")
class CurrentUserController {

  private final UnitAccess access;
  private final IdentityService identityService;

  CurrentUserController(UnitAccess access, IdentityService identityService) {
    this.access = access;
    this.identityService = identityService;
  }

  record CurrentUser(
      String userId, String name, List<String> groups, Set<String> units, boolean auditor, boolean admin,
      boolean judicialBureau, String csrfHeader, String csrfCookie) {}

  @GetMapping
  CurrentUser me() {
    Authentication user = access.current();
    if (user == null) {
      throw Refusal.unauthenticated("请先登录");
    }
    User profile = identityService.createUserQuery().userId(user.getUserId()).singleResult();
    String name = PersonNames.displayName(profile, user.getUserId());
    return new CurrentUser(user.getUserId(), name, user.getGroupIds(), access.ownUnits(), access.isAuditor(),
        access.isAdmin(), access.isJudicialBureau(), SecurityConfiguration.CSRF_HEADER,
        SecurityConfiguration.CSRF_COOKIE);
  }
}
