package cn.gov.pujiang.decision.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's last-resort error report, replacing its English HTML page: requests the container refuses
 * before the application sees them (an encoded slash or backslash, {@code %00}, a malformed URI, an
 * over-long request line or header) and anything the error page could not answer get the one problem
 * shape with a Chinese message. Installed on the host by {@link ContainerErrorConfiguration}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorReportValve.class);

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    String message = switch (status) {
      case 400 -> "请求的地址或格式不正确（例如地址中含有不允许的字符），未执行";
      default -> Problems.message(status);
    };
    String json = Problems.toJson(Problems.body(status, null, ProblemErrorController.codeOf(status), null, message,
        null));
    try {
      response.setContentType(Problems.CONTENT_TYPE);
      response.setCharacterEncoding("UTF-8");
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      response.getOutputStream().write(bytes);
      response.finishResponse();
    } catch (IOException | IllegalStateException e) {
      LOG.debug("Could not write the error report", e);
    }
  }
}
