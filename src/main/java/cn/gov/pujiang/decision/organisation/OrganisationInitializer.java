package cn.gov.pujiang.decision.organisation;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the Camunda groups of the organisation (every unit's roles and the county-wide bodies)
 * at start-up, in every profile. Idempotent: existing groups are left as they are, so an
 * administrator's renaming in Camunda Admin survives a restart. Each group gets its group-level
 * authorizations (see {@link GroupAuthorizations}) when it is created, and again idempotently
 * at every start so that grants added in a later release reach existing installations.
 */
@Component
public class OrganisationInitializer {

  private static final Logger log = LoggerFactory.getLogger(OrganisationInitializer.class);

  private final IdentityService identityService;
  private final UnitRepository units;
  private final GroupAuthorizations authorizations;

  public OrganisationInitializer(
      IdentityService identityService, UnitRepository units, GroupAuthorizations authorizations) {
    this.identityService = identityService;
    this.units = units;
    this.authorizations = authorizations;
  }

  @EventListener
  @Order(1)
  public void onEngineReady(ApplicationReadyEvent event) {
    int created = 0;
    for (GroupSpec spec : groupSpecs()) {
      if (identityService.createGroupQuery().groupId(spec.id()).count() == 0) {
        Group group = identityService.newGroup(spec.id());
        group.setName(spec.name());
        group.setType("WORKFLOW");
        identityService.saveGroup(group);
        created++;
      }
    }
    List<GroupSpec> specs = groupSpecs();
    authorizations.grantWorkflowGroups(
        specs.stream().map(GroupSpec::id).filter(id -> !Groups.AUDITORS.equals(id)).toList());
    for (Unit unit : units.findAllByOrderBySortOrder()) {
      authorizations.grantClerk(Groups.of(unit.getCode(), Groups.CLERK));
    }
    authorizations.grantAuditors();
    log.info("Organisation groups ready ({} created)", created);
  }

  /** Every group the processes route to, with its Chinese name. */
  public List<GroupSpec> groupSpecs() {
    List<GroupSpec> specs = new ArrayList<>();
    for (Unit unit : units.findAllByOrderBySortOrder()) {
      String n = unit.getName();
      String u = unit.getCode();
      specs.add(new GroupSpec(Groups.of(u, Groups.CLERK), n + unit(unit, "承办人员", "承办科室（县政府部门）")));
      specs.add(new GroupSpec(Groups.of(u, Groups.LEADERSHIP), n + "领导班子"));
      specs.add(new GroupSpec(Groups.of(u, Groups.OFFICE), n + unit(unit, "党政综合办公室", "县政府办公室")));
      specs.add(new GroupSpec(Groups.of(u, Groups.LEGAL_ADVISER), n + "法律顾问、公职律师"));
      if (!unit.isCounty()) {
        specs.add(new GroupSpec(Groups.of(u, Groups.LEGAL_REVIEW), n + "合法性审查人员"));
      }
    }
    specs.add(new GroupSpec(Groups.JUDICIAL_BUREAU_REVIEW, "县司法局合法性审查人员"));
    specs.add(new GroupSpec(Groups.JUDICIAL_BUREAU_GUIDANCE, "县合法性审查中心（县司法局）"));
    specs.add(new GroupSpec(Groups.FAIR_COMPETITION_REVIEW, "县市场监管局公平竞争审查人员"));
    specs.add(new GroupSpec(Groups.AUDITORS, "审计监督人员（只读）"));
    return specs;
  }

  private static String unit(Unit unit, String town, String county) {
    return unit.isCounty() ? county : town;
  }

  public record GroupSpec(String id, String name) {}
}
