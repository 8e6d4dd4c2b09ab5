package cn.gov.pujiang.decision.security;

import cn.gov.pujiang.decision.web.ApiError;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * When the engine refuses an application API call made as the logged-in user (authorization checks
 * are on for /api), the caller gets 403 with a Chinese message instead of the generic 500 of
 * {@code ApiExceptionHandler}. Ordered first so that its catch-all does not take the exception.
 */
@RestControllerAdvice(basePackages = "cn.gov.pujiang.decision")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class EngineAuthorizationExceptionHandler {

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ApiError> refused(AuthorizationException e, HttpServletRequest request) {
    HttpStatus status = HttpStatus.FORBIDDEN;
    return ResponseEntity.status(status).body(new ApiError(status.value(), "FORBIDDEN", "您没有执行此操作的权限",
        null, request.getRequestURI(), OffsetDateTime.now(ZoneId.of("Asia/Shanghai"))));
  }
}
