package cn.gov.pujiang.decision.web;

import cn.gov.pujiang.decision.refusal.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The one error body of every door (docs/api.md, ADR 0018): an RFC 9457 problem ({@code type},
 * {@code title}, {@code status}, {@code detail}, {@code instance}) with the project's members
 * {@code code} (stable English token), {@code field} (the request field at fault, when one is) and
 * {@code message} (the same Chinese text as {@code detail}, which Camunda's webapps and the
 * application's pages show). Served as {@code application/problem+json}. Never a stack trace, class
 * name, SQL or the submitted value beyond a short prefix. RFC 9457's {@code instance} is a random
 * {@code urn:uuid:} naming this occurrence (an operator finds it in the log of a 5xx), not the request
 * path: the path carries what was submitted (ids, up to kilobytes of it). The {@code path} parameters
 * below are therefore not written to the body.
 */
public final class Problems {

  public static final MediaType PROBLEM_JSON_UTF8 = MediaType.parseMediaType("application/problem+json;charset=UTF-8");
  public static final String CONTENT_TYPE = PROBLEM_JSON_UTF8.toString();
  public static final String INTERNAL_MESSAGE = "系统内部错误，您的操作未完成。请稍后再试或联系管理员";

  private Problems() {}

  /** The HTTP status every door gives a refusal of this kind. */
  public static int status(Refusal.Kind kind) {
    return switch (kind) {
      case INVALID -> 400;
      case UNAUTHENTICATED -> 401;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case TOO_LARGE -> 413;
      case TOO_MANY -> 429;
    };
  }

  /** Chinese title of a status: what sort of failure, in a word or two. */
  public static String title(int status) {
    return switch (status) {
      case 400 -> "请求无效";
      case 401 -> "未登录";
      case 403 -> "无权操作";
      case 404 -> "不存在";
      case 405 -> "不支持的操作";
      case 406 -> "不支持的响应格式";
      case 408 -> "请求超时";
      case 409 -> "状态冲突";
      case 411 -> "缺少内容长度";
      case 413 -> "内容过大";
      case 414 -> "地址过长";
      case 415 -> "不支持的内容类型";
      case 429 -> "请求过于频繁";
      case 431 -> "请求头过大";
      case 503 -> "服务暂不可用";
      default -> status >= 500 ? "系统错误" : "请求无效";
    };
  }

  /** The Chinese message for a status when nothing more specific is known. */
  public static String message(int status) {
    return switch (status) {
      case 400 -> "请求的格式或参数不正确，未执行";
      case 401 -> "请先登录";
      case 403 -> "您没有执行此操作的权限";
      case 404 -> "请求的内容不存在";
      case 405 -> "不支持该操作";
      case 406 -> "不支持请求的响应格式";
      case 408 -> "请求超时，请重试";
      case 409 -> "与当前状态冲突，请刷新后重新操作，您的修改未保存";
      case 411 -> "请求必须声明内容长度";
      case 413 -> "提交的内容超过允许的大小上限";
      case 414 -> "请求地址过长";
      case 415 -> "不支持该内容类型";
      case 429 -> "请求过于频繁，请稍后再试";
      case 431 -> "请求头过大";
      case 503 -> "服务暂时不可用，请稍后重试";
      default -> status >= 500 ? INTERNAL_MESSAGE : "请求的格式或参数不正确，未执行";
    };
  }

  /** A refusal as a problem. */
  public static ProblemDetail of(Refusal refusal, String path) {
    return of(status(refusal.kind()), refusal.code(), refusal.field(), refusal.getMessage(), path);
  }

  /** A problem with the given status, code, field (may be null) and Chinese message. */
  public static ProblemDetail of(int status, String code, String field, String message, String path) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), message);
    problem.setTitle(title(status));
    problem.setInstance(URI.create(occurrence()));
    problem.setProperty("code", code);
    if (field != null) {
      problem.setProperty("field", field);
    }
    problem.setProperty("message", message);
    return problem;
  }

  /**
   * The same shape as a map, for the engine's REST doors: {@code type} there keeps Camunda's exception
   * type name (e.g. {@code AuthorizationException}) because Camunda's webapps and engine clients branch
   * on it; RFC 9457 allows a relative URI reference.
   */
  public static Map<String, Object> body(int status, String type, String code, String field, String message,
      String path) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type == null ? "about:blank" : type);
    body.put("title", title(status));
    body.put("status", status);
    body.put("detail", message);
    body.put("instance", occurrence());
    body.put("code", code);
    if (field != null) {
      body.put("field", field);
    }
    body.put("message", message);
    return body;
  }

  /** Writes the problem to a servlet response (filters, entry points, the container's error valve). */
  public static void write(HttpServletResponse response, int status, String type, String code, String field,
      String message, String path) throws IOException {
    response.setStatus(status);
    response.setContentType(CONTENT_TYPE);
    response.setCharacterEncoding("UTF-8");
    byte[] bytes = toJson(body(status, type, code, field, message, path)).getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  /** A fresh id for one error answer. */
  static String occurrence() {
    return "urn:uuid:" + UUID.randomUUID();
  }

  /** Minimal JSON writer (no ObjectMapper at the container level, where beans may not exist yet). */
  static String toJson(Map<String, Object> body) {
    StringBuilder json = new StringBuilder("{");
    for (Map.Entry<String, Object> e : body.entrySet()) {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append('"').append(e.getKey()).append("\":");
      Object v = e.getValue();
      if (v instanceof Number) {
        json.append(v);
      } else {
        json.append('"');
        String s = String.valueOf(v);
        for (int i = 0; i < s.length(); i++) {
          char c = s.charAt(i);
          switch (c) {
            case '"' -> json.append("\\\"");
            case '\\' -> json.append("\\\\");
            default -> {
              if (c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x2028 && c <= 0x2029)) {
                json.append(String.format("\\u%04x", (int) c));
              } else {
                json.append(c);
              }
            }
          }
        }
        json.append('"');
      }
    }
    return json.append('}').toString();
  }
}
