package cn.gov.pujiang.decision.dossier;

import cn.gov.pujiang.decision.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The user logged in to the Camunda webapps (Tasklist) in this browser session. The dossier page
 * is served by the same application, so the session that Tasklist's login created identifies the
 * uploader; no second login. Who may see which decision is left to the authorization issue.
 */
@Component
public class WebappUser {

  private final String engineName;

  public WebappUser(ProcessEngine processEngine) {
    this.engineName = processEngine.getName();
  }

  /**
   * @throws ApiException 401 when nobody is logged in
   */
  public String require(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication =
        authentications == null ? null : authentications.getAuthenticationForProcessEngine(engineName);
    if (authentication == null || authentication.getName() == null) {
      throw new ApiException(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", null, "请先登录任务清单（Tasklist）后再查看或上传决策档案材料");
    }
    return authentication.getName();
  }
}
