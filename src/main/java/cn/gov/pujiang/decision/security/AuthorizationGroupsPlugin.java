package cn.gov.pujiang.decision.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Stops Camunda from reading the whole authorization table in every command a signed-in user runs
 * (ADR 0015).
 *
 * <p>Before each authorization check, Camunda narrows the user's groups to those that hold at least
 * one authorization, found with {@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION} — a scan
 * of the whole table, once per command. The narrowing is only an optimisation for directories where a
 * user belongs to hundreds of groups: a group without authorizations matches no row of the check
 * anyway, so the answer is the same with or without it. Here a user belongs to two to five groups,
 * while the table grows with every decision kept (per-instance grants, ADR 0009): the scan was half
 * of the database time of a whole decision in the throughput benchmark, and grows with the years of
 * history kept. This manager passes the user's groups through unchanged.
 */
@Component
public class AuthorizationGroupsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    configuration.getCustomSessionFactories().add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new GroupsAsGiven();
      }
    });
  }

  /** Camunda's authorization manager, with the user's groups taken as they are. */
  public static class GroupsAsGiven extends AuthorizationManager {
    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      return authenticatedGroupIds == null ? new ArrayList<>() : new ArrayList<>(authenticatedGroupIds);
    }
  }
}
