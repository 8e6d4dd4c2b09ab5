package cn.gov.pujiang.decision.web;

import org.springframework.http.HttpStatus;

/**
 * A refusal the user can act on: thrown by services and controllers with a Chinese message and,
 * where one field is at fault, its name. {@link ApiExceptionHandler} turns it into an {@link ApiError}.
 */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String code;
  private final String field;

  public ApiException(HttpStatus status, String code, String field, String message) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field;
  }

  /** 400: the request names a field whose value cannot be accepted. */
  public static ApiException badRequest(String field, String message) {
    return new ApiException(HttpStatus.BAD_REQUEST, "INVALID_INPUT", field, message);
  }

  /** 404: the thing asked for does not exist (or the caller may not know that it does). */
  public static ApiException notFound(String message) {
    return new ApiException(HttpStatus.NOT_FOUND, "NOT_FOUND", null, message);
  }

  /** 409: the request conflicts with the current state, e.g. someone else changed it first. */
  public static ApiException conflict(String code, String message) {
    return new ApiException(HttpStatus.CONFLICT, code, null, message);
  }

  /** 403: the caller is known but may not do this. */
  public static ApiException forbidden(String message) {
    return new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN", null, message);
  }

  public HttpStatus status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String field() {
    return field;
  }
}
