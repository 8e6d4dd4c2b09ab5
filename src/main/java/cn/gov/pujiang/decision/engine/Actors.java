package cn.gov.pujiang.decision.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who is acting: the user authenticated in the engine (Tasklist, REST), or "system" for jobs. */
@Component
public class Actors {

  public static final String SYSTEM = "system";

  private final IdentityService identityService;

  public Actors(IdentityService identityService) {
    this.identityService = identityService;
  }

  public String current() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
  }
}
