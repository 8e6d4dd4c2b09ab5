package cn.gov.pujiang.decision.participation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the public comment page (decision.public.*, docs/public-participation.md). The numbers are
 * local practice, not law: Decree 713 only asks that the public can comment conveniently (Art. 14).
 *
 * @param sourceLimit opinions one source (client address) may submit per {@code window}, all consultations
 * @param consultationLimit opinions one consultation takes per {@code window} from everyone together
 * @param window length of the rate-limit window
 * @param maxTextChars longest opinion text
 * @param maxAttachment largest attachment (PDF, JPG or PNG)
 * @param challengeValidity how long an arithmetic question may be answered
 */
@ConfigurationProperties("decision.public")
public record PublicParticipationProperties(
    @DefaultValue("5") int sourceLimit,
    @DefaultValue("300") int consultationLimit,
    @DefaultValue("PT1H") Duration window,
    @DefaultValue("5000") int maxTextChars,
    @DefaultValue("5MB") DataSize maxAttachment,
    @DefaultValue("PT30M") Duration challengeValidity) {}
