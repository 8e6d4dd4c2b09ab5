package cn.gov.pujiang.decision.dossier;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * decision.dossier.*: which file types a dossier accepts. The size limit is Spring's
 * spring.servlet.multipart.max-file-size, so that there is one number for the server and the check.
 *
 * @param allowedTypes codes of {@link FileType}, e.g. pdf, docx, ofd
 */
@ConfigurationProperties("decision.dossier")
public record DossierProperties(List<String> allowedTypes) {

  public DossierProperties {
    allowedTypes = allowedTypes == null || allowedTypes.isEmpty()
        ? List.of("pdf", "docx", "doc", "xlsx", "ofd", "jpg", "png")
        : List.copyOf(allowedTypes);
  }
}
