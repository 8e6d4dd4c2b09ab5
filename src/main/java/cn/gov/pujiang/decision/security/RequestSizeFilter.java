package cn.gov.pujiang.decision.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversized request bodies before anything reads them: 413 with a Chinese JSON message
 * when the declared length exceeds the limit (file uploads have their own, larger limit), and 411
 * for a body sent without a declared length (chunked), which could not be checked up front.
 * Oversized headers are refused by Tomcat itself ({@code server.max-http-request-header-size}).
 */
public class RequestSizeFilter extends OncePerRequestFilter {

  private final long maxBodyBytes;
  private final long maxUploadBytes;

  public RequestSizeFilter(long maxBodyBytes, long maxUploadBytes) {
    this.maxBodyBytes = maxBodyBytes;
    this.maxUploadBytes = maxUploadBytes;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long length = request.getContentLengthLong();
    String transferEncoding = request.getHeader("Transfer-Encoding");
    if (length < 0 && transferEncoding != null && transferEncoding.toLowerCase().contains("chunked")) {
      refuse(response, HttpServletResponse.SC_LENGTH_REQUIRED, "LENGTH_REQUIRED", null, "请求必须声明内容长度");
      return;
    }
    String contentType = request.getContentType();
    boolean upload = contentType != null && contentType.toLowerCase().startsWith("multipart/");
    long limit = upload ? maxUploadBytes : maxBodyBytes;
    if (length > limit && upload) {
      // The same answer the dossier gives a file just over its limit: a clerk uploading a large scan
      // learns which field is wrong, whether the file is 21 MB or 60 MB.
      refuse(response, HttpServletResponse.SC_BAD_REQUEST, "FILE_TOO_LARGE", "file",
          "文件超过允许的大小上限（" + (limit / 1024 / 1024) + " MB）");
      return;
    }
    if (length > limit) {
      refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "REQUEST_TOO_LARGE", null,
          "提交的内容超过允许的大小上限（" + (limit / 1024 / 1024) + " MB）");
      return;
    }
    chain.doFilter(request, response);
  }

  private static void refuse(HttpServletResponse response, int status, String code, String field, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.setHeader("Connection", "close");
    response.getOutputStream().write(
        ("{\"status\":" + status + ",\"code\":\"" + code + "\","
            + (field == null ? "" : "\"field\":\"" + field + "\",") + "\"message\":\"" + message + "\"}")
            .getBytes(StandardCharsets.UTF_8));
  }
}
