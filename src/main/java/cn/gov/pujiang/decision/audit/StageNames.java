package cn.gov.pujiang.decision.audit;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The Chinese name of each stage process (the BPMN process name of its latest version). */
@Component
class StageNames {

  private final JdbcTemplate jdbc;

  StageNames(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Map<String, String> all() {
    Map<String, String> names = new HashMap<>();
    jdbc.query("select KEY_, NAME_ from ACT_RE_PROCDEF order by VERSION_",
        rs -> {
          if (rs.getString(2) != null) {
            names.put(rs.getString(1), rs.getString(2));
          }
        });
    return names;
  }

  String name(String key) {
    if (key == null) {
      return null;
    }
    return all().getOrDefault(key, key);
  }
}
