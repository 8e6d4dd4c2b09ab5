package cn.gov.pujiang.decision.participation;

import cn.gov.pujiang.decision.refusal.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * Cross-site posting guard of the anonymous comment form (ADR 0021). The public API has no session and
 * no login, so Spring's cookie CSRF token (which answers a missing token with "请先登录") does not fit;
 * instead a browser's own statement of where the request comes from is checked: Sec-Fetch-Site must be
 * same-origin (or none: typed by the user), and an Origin header, when sent, must name this host. A
 * program that sends neither is not a browser and so cannot be a forged cross-site request; it still
 * has to answer the signed challenge and stays within the rate limits.
 */
final class SameOrigin {

  private SameOrigin() {}

  static void require(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      throw Refusal.forbidden("请在本站征求意见页面提交意见");
    }
    String origin = request.getHeader("Origin");
    if (origin != null) {
      String host = request.getHeader("Host");
      String authority;
      try {
        authority = URI.create(origin).getRawAuthority();
      } catch (IllegalArgumentException e) {
        authority = null;
      }
      if (host == null || authority == null || !authority.equalsIgnoreCase(host)) {
        throw Refusal.forbidden("请在本站征求意见页面提交意见");
      }
    }
  }
}
