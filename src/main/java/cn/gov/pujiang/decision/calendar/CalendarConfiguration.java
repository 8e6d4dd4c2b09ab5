package cn.gov.pujiang.decision.calendar;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds decision.calendar.* (see application.yaml). */
@Configuration
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfiguration {}
