package org.worktime.server.alert;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The alerts' settings and their two schedules: the dispatcher of due deliveries and the daily digest. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(AlertSettings.class)
class AlertsConfig {
}
