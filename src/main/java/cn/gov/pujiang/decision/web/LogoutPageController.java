package cn.gov.pujiang.decision.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code GET /logout}: someone typed the address or followed a link. Logging out changes state and
 * is a POST with the CSRF token (Spring Security), so this page asks in Chinese and posts it; it
 * replaces the English Whitelabel page that answered before. Someone not signed in is sent to the
 * login page by Spring Security before this runs.
 */
@Controller
public class LogoutPageController {

  @GetMapping(value = "/logout", produces = MediaType.TEXT_HTML_VALUE)
  @ResponseBody
  String confirm(HttpServletRequest request) {
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    String csrfField = csrf == null ? "" : "<input type=\"hidden\" name=\"" + HtmlUtils.htmlEscape(csrf.getParameterName())
        + "\" value=\"" + HtmlUtils.htmlEscape(csrf.getToken()) + "\">";
    return """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
          <meta charset="UTF-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>退出登录 · 浦江县重大行政决策</title>
          <style>
            body { font-family: "Microsoft YaHei", "PingFang SC", sans-serif; background: #f3f5f8; margin: 0; }
            main { max-width: 360px; margin: 10vh auto; background: #fff; padding: 32px; border-radius: 6px;
                   box-shadow: 0 1px 4px rgba(0,0,0,.15); }
            button { margin-top: 16px; width: 100%%; padding: 10px; font-size: 16px; background: #b71c1c; color: #fff;
                   border: 0; border-radius: 4px; cursor: pointer; }
            a { display: block; margin-top: 16px; text-align: center; color: #555; }
          </style>
        </head>
        <body>
        <main>
          <h1>退出登录</h1>
          <p>确定要退出登录吗？退出后需重新输入用户名和密码。</p>
          <form method="post" action="logout">
            %s
            <button type="submit">确认退出</button>
          </form>
          <a href="./">返回首页</a>
        </main>
        </body>
        </html>
        """.formatted(csrfField);
  }
}
