package cn.gov.pujiang.decision.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The one login page (统一登录) for the webapps, the application's pages and its API. Plain HTML
 * without scripts, so it works under the strict Content-Security-Policy; Spring Security processes
 * the POST. Every value written into the page is HTML-escaped.
 */
@Controller
class LoginPageController {

  @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
  @ResponseBody
  String login(HttpServletRequest request) {
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    String notice = "";
    String throttled = request.getParameter("throttled");
    if (throttled != null && throttled.matches("[0-9]{1,6}")) {
      notice = "<p class=\"error\" role=\"alert\">" + LoginThrottledException.message(Long.parseLong(throttled)) + "</p>";
    } else if (request.getParameter("error") != null) {
      notice = "<p class=\"error\" role=\"alert\">用户名或密码错误，请重新输入。连续输错多次后需等待片刻才能再次登录。</p>";
    } else if (request.getParameter("logout") != null) {
      notice = "<p class=\"info\" role=\"status\">您已安全退出。</p>";
    }
    String csrfField = csrf == null ? "" : "<input type=\"hidden\" name=\"" + HtmlUtils.htmlEscape(csrf.getParameterName())
        + "\" value=\"" + HtmlUtils.htmlEscape(csrf.getToken()) + "\">";
    return """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
          <meta charset="UTF-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>登录 · 浦江县重大行政决策</title>
          <style>
            body { font-family: "Microsoft YaHei", "PingFang SC", sans-serif; background: #f3f5f8; margin: 0; }
            main { max-width: 360px; margin: 10vh auto; background: #fff; padding: 32px; border-radius: 6px;
                   box-shadow: 0 1px 4px rgba(0,0,0,.15); }
            h1 { font-size: 20px; margin: 0 0 4px; } p.sub { color: #666; margin: 0 0 24px; font-size: 14px; }
            label { display: block; margin: 16px 0 6px; font-size: 14px; }
            input[type=text], input[type=password] { width: 100%%; box-sizing: border-box; padding: 8px;
                   font-size: 16px; border: 1px solid #bbb; border-radius: 4px; }
            button { margin-top: 24px; width: 100%%; padding: 10px; font-size: 16px; background: #b71c1c; color: #fff;
                   border: 0; border-radius: 4px; cursor: pointer; }
            .error { color: #b71c1c; } .info { color: #2e7d32; }
          </style>
        </head>
        <body>
        <main>
          <h1>浦江县重大行政决策</h1>
          <p class="sub">请使用本人账号登录（待办任务、流程监控、系统管理与业务页面统一登录）</p>
          %s
          <form method="post" action="login">
            <label for="username">用户名</label>
            <input type="text" id="username" name="username" autocomplete="username" required autofocus>
            <label for="password">密码</label>
            <input type="password" id="password" name="password" autocomplete="current-password" required>
            %s
            <button type="submit">登录</button>
          </form>
        </main>
        </body>
        </html>
        """.formatted(notice, csrfField);
  }

  // GET /logout (typed or bookmarked) is web/LogoutPageController: one page, one mapping.
}
