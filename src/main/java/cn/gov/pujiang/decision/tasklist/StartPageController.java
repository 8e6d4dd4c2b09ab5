package cn.gov.pujiang.decision.tasklist;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The site's root opens the county's start page (首页), which lists each role's next actions, instead
 * of Camunda's Welcome page (English manual links, profile placeholders). Camunda's own "/" redirect
 * is switched off in application.yaml.
 */
@Controller
class StartPageController {

  @GetMapping("/")
  String start() {
    return "redirect:/app/start.html";
  }
}
