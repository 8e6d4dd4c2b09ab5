package cn.gov.pujiang.decision.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of the application's own REST API into an {@link ApiError} with a Chinese
 * message. Unexpected failures are logged with their stack trace and answered with a generic
 * message, so that no stack trace, SQL or class name reaches the user. The engine's own REST API
 * (/engine-rest) has its own exception mappers and is not affected.
 */
@RestControllerAdvice(basePackages = "cn.gov.pujiang.decision")
public class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ApiError> apiException(ApiException e, HttpServletRequest request) {
    return body(e.status(), e.code(), e.field(), e.getMessage(), request);
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ApiError> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
    FieldError error = e.getBindingResult().getFieldError();
    if (error == null) {
      return body(HttpStatus.BAD_REQUEST, "INVALID_INPUT", null, "提交的内容不符合要求", request);
    }
    return body(HttpStatus.BAD_REQUEST, "INVALID_INPUT", error.getField(), error.getDefaultMessage(), request);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ApiError> invalidParameter(ConstraintViolationException e, HttpServletRequest request) {
    var violation = e.getConstraintViolations().stream().findFirst().orElse(null);
    String field = violation == null ? null : lastNode(violation.getPropertyPath().toString());
    String message = violation == null ? "提交的内容不符合要求" : violation.getMessage();
    return body(HttpStatus.BAD_REQUEST, "INVALID_INPUT", field, message, request);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
    return body(HttpStatus.BAD_REQUEST, "UNREADABLE", null, "提交的内容格式不正确，无法识别", request);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
    return body(HttpStatus.BAD_REQUEST, "INVALID_INPUT", e.getParameterName(),
        "缺少必填参数：" + e.getParameterName(), request);
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
    return body(HttpStatus.BAD_REQUEST, "INVALID_INPUT", e.getRequestPartName(),
        "缺少必填内容：" + e.getRequestPartName(), request);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    return body(HttpStatus.BAD_REQUEST, "INVALID_INPUT", e.getName(), "参数 " + e.getName() + " 的值格式不正确", request);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
    return body(HttpStatus.BAD_REQUEST, "FILE_TOO_LARGE", "file", "文件超过允许的大小上限", request);
  }

  /**
   * JPA's version check, or the engine's own when two requests move the same process at once (e.g.
   * two clerks approving one catalogue adjustment), or PostgreSQL choosing one of two transactions that
   * wait for each other's rows (deadlock, lock timeout): the loser is told to reload, nothing of it saved.
   */
  @ExceptionHandler({ConcurrencyFailureException.class, OptimisticLockingException.class})
  ResponseEntity<ApiError> concurrentChange(RuntimeException e, HttpServletRequest request) {
    return body(HttpStatus.CONFLICT, "CONCURRENT_CHANGE", null, "该记录已被他人修改，请刷新后重新操作，您的修改未保存", request);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
    return body(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", null, "不支持该操作", request);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
    return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", null, "不支持该内容类型", request);
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ApiError> noResource(NoResourceFoundException e, HttpServletRequest request) {
    return body(HttpStatus.NOT_FOUND, "NOT_FOUND", null, "请求的内容不存在", request);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> unexpected(Exception e, HttpServletRequest request) {
    if (DatabaseUnavailable.isCause(e)) {
      LOG.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
          .body(new ApiError(503, DatabaseUnavailable.CODE, DatabaseUnavailable.MESSAGE, null, request.getRequestURI(),
              OffsetDateTime.now(ZONE)));
    }
    LOG.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
    return body(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", null, "系统内部错误，请稍后再试或联系管理员", request);
  }

  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }

  private static ResponseEntity<ApiError> body(
      HttpStatus status, String code, String field, String message, HttpServletRequest request) {
    return ResponseEntity.status(status)
        .body(new ApiError(status.value(), code, message, field, request.getRequestURI(), OffsetDateTime.now(ZONE)));
  }
}
