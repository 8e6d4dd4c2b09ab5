package cn.gov.pujiang.decision.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

  boolean existsByTaskIdAndKindAndOccasion(String taskId, NotificationKind kind, String occasion);

  long countByKindAndDecisionUnit(NotificationKind kind, String decisionUnit);

  List<Notification> findByTaskIdOrderByCreatedAt(String taskId);
}
