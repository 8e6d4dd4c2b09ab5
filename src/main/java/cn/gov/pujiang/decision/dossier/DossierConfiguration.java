package cn.gov.pujiang.decision.dossier;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(DossierProperties.class)
class DossierConfiguration {}
