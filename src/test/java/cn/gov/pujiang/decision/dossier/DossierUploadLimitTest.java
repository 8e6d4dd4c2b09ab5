package cn.gov.pujiang.decision.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A too-large upload through the real Tomcat: the limits are enforced while Tomcat reads the
 * request, before any controller code, so only a running server shows whether the user gets the
 * Chinese 413 answer or a reset connection (Tomcat stops reading a rejected body after
 * server.tomcat.max-swallow-size and closes the connection).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DossierUploadLimitTest {

  private static final int MB = 1024 * 1024;

  @LocalServerPort int port;
  @Autowired ObjectMapper json;

  @ParameterizedTest(name = "{0} MB")
  @ValueSource(ints = {21, 60})
  void aFileOverTheLimitIsAnsweredWithAChinese413NamingTheFileLimit(int megabytes) throws Exception {
    String boundary = "----dossier-limit-test";
    ByteArrayOutputStream body = new ByteArrayOutputStream(megabytes * MB + 1024);
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nDRAFT\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(new byte[megabytes * MB]);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/decisions/baima-2026-000001/documents"))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString("baima.clerk:demo".getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

    // 413 (docs/security.md), and the limit a clerk can act on: the file's 20 MB, not the request's 25 MB.
    assertThat(response.statusCode()).isEqualTo(413);
    JsonNode error = json.readTree(response.body());
    assertThat(error.path("code").asText()).isEqualTo("FILE_TOO_LARGE");
    assertThat(error.path("field").asText()).isEqualTo("file");
    assertThat(error.path("message").asText()).contains("文件超过", "20 MB").doesNotContain("25");
  }
}
