package cn.gov.pujiang.decision.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Security settings under {@code decision.security} (defaults in application.yaml).
 *
 * @param secureCookies mark session and CSRF cookies Secure; true wherever the site is served over HTTPS
 * @param maxResults the largest {@code maxResults} a REST query may ask for
 * @param maxBodyBytes the largest request body other than a file upload
 * @param maxUploadBytes the largest multipart request (file uploads, deployments)
 */
@ConfigurationProperties("decision.security")
public record DecisionSecurityProperties(
    boolean secureCookies, int maxResults, long maxBodyBytes, long maxUploadBytes) {}
