package cn.gov.pujiang.decision.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Tomcat settings for clear refusals: {@link ProblemErrorReportValve} on the host, so the container's own
 * error answers have the one problem shape, and room for long file names in upload part headers. Runs after Spring Boot's customizer (which adds a plain ErrorReportValve when
 * stack traces are off): this valve sits nearer the application and reports first, and a response
 * once reported is not reported again.
 */
@Component
public class ContainerErrorConfiguration
    implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  static final int PART_HEADER_BYTES = 4096;

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(context -> {
      if (context.getParent() instanceof StandardHost host) {
        host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
      }
      context.getParent().getPipeline().addValve(new ProblemErrorReportValve());
    });
    // A file name of 255 Chinese characters is 765 bytes in UTF-8, plus the part's other headers;
    // Tomcat's default of 512 bytes refused such an upload as if the file were too large.
    factory.addConnectorCustomizers(connector -> connector.setMaxPartHeaderSize(PART_HEADER_BYTES));
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
