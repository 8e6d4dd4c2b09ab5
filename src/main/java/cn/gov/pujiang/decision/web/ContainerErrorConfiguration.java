package cn.gov.pujiang.decision.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ProblemErrorReportValve} on Tomcat's host, so the container's own error answers have the
 * one problem shape. Runs after Spring Boot's customizer (which adds a plain ErrorReportValve when
 * stack traces are off): this valve sits nearer the application and reports first, and a response
 * once reported is not reported again.
 */
@Component
public class ContainerErrorConfiguration
    implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(context -> {
      if (context.getParent() instanceof StandardHost host) {
        host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
      }
      context.getParent().getPipeline().addValve(new ProblemErrorReportValve());
    });
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
