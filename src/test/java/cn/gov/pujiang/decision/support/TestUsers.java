package cn.gov.pujiang.decision.support;

import cn.gov.pujiang.decision.security.EngineUsers;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Signs a user in to the engine the way a request does in production: user id plus the groups and
 * tenants the identity tables hold for them now (the demo organisation is created in the test
 * profile). A user unknown to the identity tables has no groups and so sees nothing.
 */
public final class TestUsers {

  private TestUsers() {}

  public static void signIn(IdentityService identityService, String userId) {
    identityService.setAuthentication(EngineUsers.authenticationOf(identityService, userId));
  }

  /**
   * Runs work as the engine itself (job executor, call activities): no user, so no authorization
   * checks, then restores whoever was signed in.
   */
  public static <T> T asEngine(IdentityService identityService, Supplier<T> work) {
    Authentication previous = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (previous != null) {
        identityService.setAuthentication(previous);
      }
    }
  }

  public static void runAsEngine(IdentityService identityService, Runnable work) {
    asEngine(identityService, () -> {
      work.run();
      return null;
    });
  }
}
