package cn.gov.pujiang.decision.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login back-off under {@code decision.security.login} (docs/security.md, "Login throttling").
 *
 * @param freeFailuresPerSource wrong passwords one address may send (for any accounts) before it is slowed
 * @param freeFailuresPerAccountAndSource wrong passwords for one account from one address before that pair is slowed
 * @param freeFailuresPerAccount wrong passwords for one account from all addresses before addresses that have
 *     already failed are slowed for it; an address without failures is never slowed by this
 * @param firstDelay the first wait; each further failure doubles it
 * @param maxDelay the longest wait
 * @param forgetAfter failures older than this (after the last one) are forgotten
 */
@ConfigurationProperties("decision.security.login")
public record LoginThrottleProperties(
    @DefaultValue("10") int freeFailuresPerSource,
    @DefaultValue("3") int freeFailuresPerAccountAndSource,
    @DefaultValue("20") int freeFailuresPerAccount,
    @DefaultValue("2s") Duration firstDelay,
    @DefaultValue("15m") Duration maxDelay,
    @DefaultValue("1h") Duration forgetAfter) {}
