package cn.gov.pujiang.decision.security;

import cn.gov.pujiang.decision.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversized request bodies before anything reads them: 413 with a Chinese problem body when
 * the declared length exceeds the limit (file uploads have their own, larger limit), and 411 for a
 * body sent without a declared length (chunked), which could not be checked up front. Oversized
 * headers are refused by Tomcat itself ({@code server.max-http-request-header-size}).
 */
public class RequestSizeFilter extends OncePerRequestFilter {

  private final long maxBodyBytes;
  private final long maxUploadBytes;
  private final long maxFileBytes;

  public RequestSizeFilter(long maxBodyBytes, long maxUploadBytes, long maxFileBytes) {
    this.maxBodyBytes = maxBodyBytes;
    this.maxUploadBytes = maxUploadBytes;
    this.maxFileBytes = maxFileBytes;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long length = request.getContentLengthLong();
    String transferEncoding = request.getHeader("Transfer-Encoding");
    if (length < 0 && transferEncoding != null && transferEncoding.toLowerCase(Locale.ROOT).contains("chunked")) {
      refuse(request, response, HttpServletResponse.SC_LENGTH_REQUIRED, "LENGTH_REQUIRED", null, "请求必须声明内容长度");
      return;
    }
    String contentType = request.getContentType();
    boolean upload = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    long limit = upload ? maxUploadBytes : maxBodyBytes;
    if (length > limit && upload) {
      // The same answer the dossier gives a file just over its limit, naming the limit a clerk can act
      // on (the file's, not the whole request's), whether the file is 21 MB or 60 MB.
      refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "FILE_TOO_LARGE", "file",
          "文件超过允许的大小上限（单个文件最大 " + megabytes(maxFileBytes) + " MB）");
      return;
    }
    if (length > limit) {
      refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "REQUEST_TOO_LARGE", null,
          "提交的内容超过允许的大小上限（" + megabytes(limit) + " MB）");
      return;
    }
    chain.doFilter(request, response);
  }

  private static long megabytes(long bytes) {
    return bytes / 1024 / 1024;
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String code,
      String field, String message) throws IOException {
    response.setHeader("Connection", "close");
    Problems.write(response, status, null, code, field, message, request.getRequestURI());
  }
}
