package cn.gov.pujiang.decision.organisation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users, one per role and unit, all with password "demo". Only when decision.demo-users=true,
 * which only the demo profile sets; production never has a default password.
 */
@Component
@ConditionalOnProperty(name = "decision.demo-users", havingValue = "true")
public class DemoUsersInitializer {

  static final String DEMO_PASSWORD = "demo";
  private static final Logger log = LoggerFactory.getLogger(DemoUsersInitializer.class);

  private final IdentityService identityService;
  private final UnitRepository units;

  public DemoUsersInitializer(IdentityService identityService, UnitRepository units) {
    this.identityService = identityService;
    this.units = units;
  }

  @EventListener
  @Order(2)
  public void onEngineReady(ApplicationReadyEvent event) {
    for (Unit unit : units.findAllByOrderBySortOrder()) {
      String u = unit.getCode();
      String n = unit.getName();
      user(u + ".clerk", n, "承办人", Groups.of(u, Groups.CLERK));
      user(u + ".head", n, "负责人", Groups.of(u, Groups.LEADERSHIP));
      user(u + ".secretary", n, "会议秘书", Groups.of(u, Groups.OFFICE));
      user(u + ".lawyer", n, "法律顾问", Groups.of(u, Groups.LEGAL_ADVISER));
      if (!unit.isCounty()) {
        user(u + ".reviewer", n, "合法性审查员", Groups.of(u, Groups.LEGAL_REVIEW));
      }
    }
    user("sfj.reviewer", "县司法局", "审查员", Groups.JUDICIAL_BUREAU_REVIEW);
    user("sfj.guide", "县合法性审查中心", "指导员", Groups.JUDICIAL_BUREAU_GUIDANCE);
    user("amr.reviewer", "县市场监管局", "审查员", Groups.FAIR_COMPETITION_REVIEW);
    user("auditor", "县审计局", "审计员", Groups.AUDITORS);
    log.warn("Demo users present (password '{}'): never use the demo profile in production", DEMO_PASSWORD);
  }

  /**
   * The demo "names" are the unit (in the 姓 place) and the role (in the 名 place), so that a trial
   * user sees whose desk they are at: 白马镇 承办人. Camunda's firstName holds the 姓 (ADR 0019); demo
   * users saved the other way round by an older version are put right.
   */
  private void user(String id, String familyName, String givenName, String groupId) {
    User user = identityService.createUserQuery().userId(id).singleResult();
    if (user == null) {
      user = identityService.newUser(id);
      user.setFirstName(familyName);
      user.setLastName(givenName);
      user.setPassword(DEMO_PASSWORD);
      identityService.saveUser(user);
    } else if (!familyName.equals(user.getFirstName()) || !givenName.equals(user.getLastName())) {
      user.setFirstName(familyName);
      user.setLastName(givenName);
      identityService.saveUser(user);
    }
    if (identityService.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(id, groupId);
    }
  }
}
