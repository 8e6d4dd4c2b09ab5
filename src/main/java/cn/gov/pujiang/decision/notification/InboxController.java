package cn.gov.pujiang.decision.notification;

import cn.gov.pujiang.decision.refusal.Refusal;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * /api/inbox: the reminders, escalations, copies (抄送我的: {@code ?kind=COPY}), urges and hand-overs
 * addressed to the signed-in user. The user is the
 * servlet request's principal (set by the application's login); without one the answer is 401.
 */
@RestController
@RequestMapping("/api/inbox")
public class InboxController {

  static final int MAX_LIMIT = 200;

  private final Inbox inbox;

  public InboxController(Inbox inbox) {
    this.inbox = inbox;
  }

  @GetMapping
  public List<Inbox.Entry> list(
      Principal principal,
      @RequestParam(defaultValue = "false") boolean unread,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) String kind) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw Refusal.invalid("limit", "limit 应在 1 到 " + MAX_LIMIT + " 之间");
    }
    if (kind != null) {
      NotificationKind only = java.util.Arrays.stream(NotificationKind.values()).filter(k -> k.name().equals(kind))
          .findFirst().orElseThrow(() -> Refusal.invalid("kind", "消息类别无效，可选：COPY（抄送我的）、URGE（催办）等"));
      return inbox.list(user(principal), only, limit);
    }
    return inbox.list(user(principal), unread, limit);
  }

  @GetMapping("/unread-count")
  public Map<String, Long> unreadCount(Principal principal) {
    return Map.of("unread", inbox.unreadCount(user(principal)));
  }

  @PostMapping("/{id}/read")
  public Inbox.Entry markRead(Principal principal, @PathVariable Long id) {
    return inbox.markRead(user(principal), id);
  }

  static String user(Principal principal) {
    if (principal == null || principal.getName() == null || principal.getName().isBlank()) {
      throw Refusal.unauthenticated("请先登录");
    }
    return principal.getName();
  }
}
