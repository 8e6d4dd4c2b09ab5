package cn.gov.pujiang.decision.web;

import cn.gov.pujiang.decision.refusal.Refusal;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page ({@code /error}), replacing Spring Boot's Whitelabel page and its
 * {@code {"error":"Bad Request"}}: whatever ended in {@code sendError} outside a controller (Spring
 * Security's firewall, a filter, an unmapped path, an exception no handler took) is answered in the
 * one problem shape with a Chinese message.
 */
@RestController
@Hidden
public class ProblemErrorController implements ErrorController {

  @RequestMapping("${server.error.path:/error}")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Object attribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    // Asked for directly (no error being forwarded): there is nothing at this address.
    int status = attribute == null ? 404 : attribute instanceof Integer code && code >= 400 ? code : 500;
    Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri == null ? request.getRequestURI() : uri.toString();
    Refusal refusal = Refusal.in(failure);
    ProblemDetail problem;
    if (refusal != null) {
      problem = Problems.of(refusal, path);
    } else if (has(failure, RequestRejectedException.class)) {
      problem = Problems.of(400, Refusal.INVALID_INPUT, null, "请求地址含有不允许的字符，未执行", path);
    } else if (status >= 500 && DatabaseUnavailable.isCause(failure)) {
      problem = Problems.of(503, DatabaseUnavailable.CODE, null, DatabaseUnavailable.MESSAGE, path);
    } else {
      problem = Problems.of(status, codeOf(status), null, Problems.message(status), path);
    }
    return ResponseEntity.status(problem.getStatus()).contentType(Problems.PROBLEM_JSON_UTF8).body(problem);
  }

  static String codeOf(int status) {
    return switch (status) {
      case 401 -> "UNAUTHENTICATED";
      case 403 -> "FORBIDDEN";
      case 404 -> "NOT_FOUND";
      case 405 -> "METHOD_NOT_ALLOWED";
      case 413 -> "TOO_LARGE";
      case 415 -> "UNSUPPORTED_MEDIA_TYPE";
      default -> status >= 500 ? "INTERNAL_ERROR" : Refusal.INVALID_INPUT;
    };
  }

  private static boolean has(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
