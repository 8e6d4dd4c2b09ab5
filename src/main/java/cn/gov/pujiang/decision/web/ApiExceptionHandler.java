package cn.gov.pujiang.decision.web;

import cn.gov.pujiang.decision.refusal.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The HTTP boundary of the application's own API: maps a {@link Refusal} (and every framework failure)
 * once to an RFC 9457 problem with a Chinese message ({@link Problems}). Unexpected failures are logged
 * with their stack trace and answered with a generic message, so that no stack trace, SQL or class name
 * reaches the user. The engine's REST doors map the same refusal in {@link EngineProblemMappers}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private final MultipartProperties multipart;

  /** With Spring's multipart defaults, for a standalone MockMvc in tests. */
  public ApiExceptionHandler() {
    this(new MultipartProperties());
  }

  @Autowired
  public ApiExceptionHandler(MultipartProperties multipart) {
    this.multipart = multipart;
  }

  @ExceptionHandler(Refusal.class)
  ResponseEntity<ProblemDetail> refusal(Refusal e, HttpServletRequest request) {
    return answer(Problems.of(e, request.getRequestURI()));
  }

  /** The engine refused a call made as the signed-in user (authorization checks are on for /api). */
  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ProblemDetail> engineRefused(AuthorizationException e, HttpServletRequest request) {
    return answer(403, "FORBIDDEN", null, "您没有执行此操作的权限", request);
  }

  /**
   * A request body ({@code @Valid @RequestBody}) or query parameters ({@code @Valid @ModelAttribute}) that
   * Bean Validation refused, or a parameter Spring could not convert to its type. The message is the
   * constraint's Chinese message; a conversion failure names the parameter. Neither repeats the submitted
   * value, and no English framework text gets through ({@link #chinese}).
   */
  @ExceptionHandler(BindException.class)
  ResponseEntity<ProblemDetail> invalidBody(BindException e, HttpServletRequest request) {
    FieldError error = e.getBindingResult().getFieldError();
    if (error == null) {
      return answer(400, Refusal.INVALID_INPUT, null, "提交的内容不符合要求", request);
    }
    String message = error.isBindingFailure()
        ? "参数 " + error.getField() + " 的值格式不正确" : chinese(error.getDefaultMessage());
    return answer(400, Refusal.INVALID_INPUT, error.getField(), message, request);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> invalidParameter(ConstraintViolationException e, HttpServletRequest request) {
    var violation = e.getConstraintViolations().stream().findFirst().orElse(null);
    String field = violation == null ? null : lastNode(violation.getPropertyPath().toString());
    String message = violation == null ? "提交的内容不符合要求" : chinese(violation.getMessage());
    return answer(400, Refusal.INVALID_INPUT, field, message, request);
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  ResponseEntity<ProblemDetail> invalidArguments(HandlerMethodValidationException e, HttpServletRequest request) {
    var result = e.getParameterValidationResults().stream().findFirst().orElse(null);
    String field = result == null ? null : result.getMethodParameter().getParameterName();
    String message = result == null || result.getResolvableErrors().isEmpty() ? "提交的内容不符合要求"
        : chinese(result.getResolvableErrors().get(0).getDefaultMessage());
    return answer(400, Refusal.INVALID_INPUT, field, message, request);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
    return answer(400, "UNREADABLE", null, "提交的内容格式不正确（JSON 无法解析或字段类型不符），未保存", request);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
    return answer(400, Refusal.INVALID_INPUT, e.getParameterName(), "缺少必填参数：" + e.getParameterName(), request);
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
    return answer(400, Refusal.INVALID_INPUT, e.getRequestPartName(), "缺少必填内容：" + e.getRequestPartName(), request);
  }

  @ExceptionHandler(MissingRequestHeaderException.class)
  ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
    return answer(400, Refusal.INVALID_INPUT, e.getHeaderName(), "缺少必需的请求头：" + e.getHeaderName(), request);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    return answer(400, Refusal.INVALID_INPUT, e.getName(), "参数 " + e.getName() + " 的值格式不正确", request);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
    if (aboutPartHeaders(e)) {
      return longFileName(request);
    }
    return answer(413, "FILE_TOO_LARGE", "file",
        "文件超过允许的大小上限（单个文件最大 " + multipart.getMaxFileSize().toMegabytes() + " MB）", request);
  }

  /** A multipart body Tomcat could not parse: no or a wrong boundary, truncated, malformed part headers. */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> badMultipart(MultipartException e, HttpServletRequest request) {
    LOG.info("Unreadable multipart request on {}: {}", request.getRequestURI(), e.toString());
    if (aboutPartHeaders(e)) {
      return longFileName(request);
    }
    return answer(400, "UNREADABLE", "file", "上传的内容格式不正确或不完整，请重新选择文件上传", request);
  }

  /** Tomcat refused a part's headers as too long: in practice, a very long file name. */
  private static boolean aboutPartHeaders(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("header")) {
        return true;
      }
    }
    return false;
  }

  private static ResponseEntity<ProblemDetail> longFileName(HttpServletRequest request) {
    return answer(400, Refusal.INVALID_INPUT, "file", "文件名过长，请缩短文件名（最多255个字符）后重新上传", request);
  }

  /**
   * JPA's version check, or the engine's own when two requests move the same process at once (e.g.
   * two clerks approving one catalogue adjustment), or PostgreSQL choosing one of two transactions that
   * wait for each other's rows (deadlock, lock timeout): the loser is told to reload, nothing of it saved.
   */
  @ExceptionHandler({ConcurrencyFailureException.class, OptimisticLockingException.class})
  ResponseEntity<ProblemDetail> concurrentChange(RuntimeException e, HttpServletRequest request) {
    return answer(409, "CONCURRENT_CHANGE", null, "该记录已被他人修改，请刷新后重新操作，您的修改未保存", request);
  }

  /**
   * A unique or foreign-key constraint refused a row: two requests created the same thing at once (the
   * check before the insert saw neither). The loser hears 409; nothing of it was stored.
   */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> duplicate(DataIntegrityViolationException e, HttpServletRequest request) {
    if (DatabaseUnavailable.isCause(e)) {
      return unavailable(e, request);
    }
    LOG.info("Constraint refused a write on {}: {}", request.getRequestURI(), e.getMostSpecificCause().toString());
    return answer(409, "CONFLICT", null, "与已有数据冲突（可能他人刚刚提交了相同内容），请刷新后查看，您的提交未保存", request);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
    return answer(405, "METHOD_NOT_ALLOWED", null, "不支持该操作", request);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
    return answer(415, "UNSUPPORTED_MEDIA_TYPE", null, "不支持该内容类型", request);
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
    return answer(406, "NOT_ACCEPTABLE", null, "不支持请求的响应格式", request);
  }

  @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
  ResponseEntity<ProblemDetail> noResource(Exception e, HttpServletRequest request) {
    return answer(404, "NOT_FOUND", null, "请求的内容不存在", request);
  }

  /** Other framework refusals that carry their status (binding, path variables, ...). */
  @ExceptionHandler(ServletRequestBindingException.class)
  ResponseEntity<ProblemDetail> framework(ServletRequestBindingException e, HttpServletRequest request) {
    return framework(e, e.getStatusCode().value(), request);
  }

  private ResponseEntity<ProblemDetail> framework(Exception e, int status, HttpServletRequest request) {
    if (status >= 500) {
      return unexpected(e, request);
    }
    return answer(status, status == 404 ? "NOT_FOUND" : Refusal.INVALID_INPUT, null, Problems.message(status), request);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
    Refusal wrapped = Refusal.in(e);
    if (wrapped != null) {
      return refusal(wrapped, request);
    }
    if (e instanceof ErrorResponse framework && framework.getStatusCode().value() < 500) {
      return framework(e, framework.getStatusCode().value(), request);
    }
    if (DatabaseUnavailable.isCause(e)) {
      return unavailable(e, request);
    }
    ProblemDetail problem = Problems.of(500, "INTERNAL_ERROR", null, Problems.INTERNAL_MESSAGE, null);
    LOG.error("Unexpected failure {} on {} {}", problem.getInstance(), request.getMethod(), request.getRequestURI(), e);
    return answer(problem);
  }

  private ResponseEntity<ProblemDetail> unavailable(Exception e, HttpServletRequest request) {
    LOG.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
        .contentType(Problems.PROBLEM_JSON_UTF8)
        .body(Problems.of(503, DatabaseUnavailable.CODE, null, DatabaseUnavailable.MESSAGE, request.getRequestURI()));
  }

  /** Bean Validation messages are written in Chinese in the annotations; anything else is replaced. */
  private static String chinese(String message) {
    return message != null && message.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp)
        == Character.UnicodeScript.HAN) ? message : "提交的内容不符合要求";
  }

  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }

  private static ResponseEntity<ProblemDetail> answer(
      int status, String code, String field, String message, HttpServletRequest request) {
    return answer(Problems.of(status, code, field, message, request.getRequestURI()));
  }

  private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(Problems.PROBLEM_JSON_UTF8).body(problem);
  }
}
