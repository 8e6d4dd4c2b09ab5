package cn.gov.pujiang.decision.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InboxMessageRepository extends JpaRepository<InboxMessage, Long> {

  @EntityGraph(attributePaths = "notification")
  List<InboxMessage> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable page);

  @EntityGraph(attributePaths = "notification")
  List<InboxMessage> findByRecipientAndReadAtIsNullOrderByCreatedAtDescIdDesc(String recipient, Pageable page);

  @EntityGraph(attributePaths = "notification")
  List<InboxMessage> findByRecipientAndNotificationKindOrderByCreatedAtDescIdDesc(String recipient,
      NotificationKind kind, Pageable page);

  long countByRecipientAndReadAtIsNull(String recipient);

  Optional<InboxMessage> findByIdAndRecipient(Long id, String recipient);

  boolean existsByRecipientAndNotificationKindAndNotificationDecisionNo(String recipient, NotificationKind kind,
      String decisionNo);

  @EntityGraph(attributePaths = "notification")
  List<InboxMessage> findByNotificationTaskIdOrderByRecipient(String taskId);
}
