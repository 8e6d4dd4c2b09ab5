package cn.gov.pujiang.decision.notification;

import cn.gov.pujiang.decision.engine.EngineClock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@link Notifier}: records the notification and one inbox message per recipient in a
 * transaction of its own, so that the record stays even if the calling job later fails and a retry
 * finds it (the unique key (task id, kind, occasion) refuses a second record, on any node). E-mail goes out
 * after that commit; its outcome is written back to the inbox message. A failed e-mail is recorded
 * as FAILED, not retried: the inbox message is there, and a repeated mail would be the greater harm.
 */
@Service
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationService implements Notifier {

  private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

  private final NotificationRepository notifications;
  private final InboxMessageRepository inbox;
  private final IdentityService identityService;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final NotificationProperties properties;
  private final EngineClock clock;
  private final TransactionTemplate ownTransaction;

  NotificationService(
      NotificationRepository notifications,
      InboxMessageRepository inbox,
      IdentityService identityService,
      ObjectProvider<JavaMailSender> mailSender,
      NotificationProperties properties,
      EngineClock clock,
      PlatformTransactionManager transactionManager) {
    this.notifications = notifications;
    this.inbox = inbox;
    this.identityService = identityService;
    this.mailSender = mailSender;
    this.properties = properties;
    this.clock = clock;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public boolean notifyOnce(Notice notice) {
    if (notifications.existsByTaskIdAndKindAndOccasion(notice.taskId(), notice.kind(), notice.occasion())) {
      return false;
    }
    Map<String, String> addresses = emailAddresses(notice);
    List<Long> toMail;
    try {
      toMail = ownTransaction.execute(status -> record(notice, addresses));
    } catch (DataIntegrityViolationException alreadySent) {
      log.debug("{} of task {} already recorded by another run", notice.kind(), notice.taskId());
      return false;
    }
    for (Long messageId : toMail) {
      mail(messageId);
    }
    log.info("{} of task {} ({}) sent to {}", notice.kind(), notice.taskId(), notice.taskName(), notice.recipients());
    return true;
  }

  private List<Long> record(Notice notice, Map<String, String> addresses) {
    OffsetDateTime now = clock.now();
    Notification notification = notifications.saveAndFlush(new Notification(notice, now));
    List<Long> toMail = new ArrayList<>();
    for (String recipient : notice.recipients()) {
      String address = addresses.get(recipient);
      EmailStatus status = !properties.getMail().isEnabled() ? EmailStatus.DISABLED
          : address == null || address.isBlank() ? EmailStatus.NO_ADDRESS
          : EmailStatus.PENDING;
      InboxMessage message = inbox.save(
          new InboxMessage(notification, recipient, notice.title(), notice.body(), now, address, status));
      if (status == EmailStatus.PENDING) {
        toMail.add(message.getId());
      }
    }
    inbox.flush();
    return toMail;
  }

  private void mail(Long messageId) {
    ownTransaction.executeWithoutResult(status -> {
      InboxMessage message = inbox.findById(messageId).orElseThrow();
      JavaMailSender sender = mailSender.getIfAvailable();
      if (sender == null) {
        message.emailFailed("no SMTP server configured (spring.mail.host)");
        return;
      }
      SimpleMailMessage mail = new SimpleMailMessage();
      mail.setFrom(properties.getMail().getFrom());
      mail.setTo(message.getEmailAddress());
      mail.setSubject(message.getTitle());
      mail.setText(message.getBody());
      try {
        sender.send(mail);
        message.emailSent(clock.now());
      } catch (MailException e) {
        log.warn("E-mail to {} for inbox message {} failed: {}", message.getRecipient(), messageId, e.getMessage());
        message.emailFailed(e.getMessage());
      }
    });
  }

  private Map<String, String> emailAddresses(Notice notice) {
    Map<String, String> addresses = new HashMap<>();
    if (notice.recipients().isEmpty()) {
      return addresses;
    }
    for (User user : identityService.createUserQuery().userIdIn(notice.recipients().toArray(String[]::new)).list()) {
      addresses.put(user.getId(), user.getEmail());
    }
    return addresses;
  }
}
