package cn.gov.pujiang.decision.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

  boolean existsByTaskIdAndKind(String taskId, NotificationKind kind);

  List<Notification> findByTaskIdOrderByCreatedAt(String taskId);
}
