package cn.gov.pujiang.decision.notification;

import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.refusal.Refusal;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's inbox: their own messages only, newest first. */
@Service
public class Inbox {

  private final InboxMessageRepository messages;
  private final EngineClock clock;

  public Inbox(InboxMessageRepository messages, EngineClock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  /** One message as the inbox shows it. */
  public record Entry(
      Long id,
      NotificationKind kind,
      String kindLabel,
      String title,
      String body,
      String taskId,
      String taskName,
      String decisionNo,
      String decisionTitle,
      OffsetDateTime dueDate,
      OffsetDateTime createdAt,
      OffsetDateTime readAt) {

    static Entry of(InboxMessage m) {
      Notification n = m.getNotification();
      return new Entry(m.getId(), n.getKind(), n.getKind().label(), m.getTitle(), m.getBody(), n.getTaskId(),
          n.getTaskName(), n.getDecisionNo(), n.getDecisionTitle(), n.getDueDate(), m.getCreatedAt(), m.getReadAt());
    }
  }

  @Transactional(readOnly = true)
  public List<Entry> list(String userId, boolean unreadOnly, int limit) {
    PageRequest page = PageRequest.of(0, limit);
    List<InboxMessage> found = unreadOnly
        ? messages.findByRecipientAndReadAtIsNullOrderByCreatedAtDescIdDesc(userId, page)
        : messages.findByRecipientOrderByCreatedAtDescIdDesc(userId, page);
    return found.stream().map(Entry::of).toList();
  }

  /** One kind of message only, e.g. {@link NotificationKind#COPY} for 抄送我的. */
  @Transactional(readOnly = true)
  public List<Entry> list(String userId, NotificationKind kind, int limit) {
    return messages.findByRecipientAndNotificationKindOrderByCreatedAtDescIdDesc(userId, kind, PageRequest.of(0, limit))
        .stream().map(Entry::of).toList();
  }

  /**
   * Was a task of this decision copied (抄送) to the user? Such a copy is the user's grant to read the
   * decision's dossier, read-only (ADR 0022); the copy's inbox row is its record.
   */
  @Transactional(readOnly = true)
  public boolean copiedTo(String userId, String decisionNo) {
    return userId != null && decisionNo != null
        && messages.existsByRecipientAndNotificationKindAndNotificationDecisionNo(userId, NotificationKind.COPY, decisionNo);
  }

  @Transactional(readOnly = true)
  public long unreadCount(String userId) {
    return messages.countByRecipientAndReadAtIsNull(userId);
  }

  /** Marks the user's own message read; someone else's message is "not found", not "forbidden". */
  @Transactional
  public Entry markRead(String userId, Long id) {
    InboxMessage message = messages.findByIdAndRecipient(id, userId)
        .orElseThrow(() -> Refusal.notFound("消息不存在：" + id));
    message.read(clock.now());
    return Entry.of(message);
  }
}
