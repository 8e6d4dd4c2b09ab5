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

  /** Process names change only with a deployment; a key not seen yet reloads the map. */
  private volatile Map<String, String> cache = Map.of();

  Map<String, String> all() {
    return cache;
  }

  String name(String key) {
    if (key == null) {
      return null;
    }
    String name = cache.get(key);
    if (name == null) {
      cache = load();
      name = cache.getOrDefault(key, key);
    }
    return name;
  }

  private Map<String, String> load() {
    Map<String, String> names = new HashMap<>();
    jdbc.query("select KEY_, NAME_ from ACT_RE_PROCDEF order by VERSION_",
        rs -> {
          if (rs.getString(2) != null) {
            names.put(rs.getString(1), rs.getString(2));
          }
        });
    return Map.copyOf(names);
  }
}
