package cn.gov.pujiang.decision.calendar;

import cn.gov.pujiang.decision.calendar.CalendarYear.Entry;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one calendar file (format in docs/time-limits.md) and refuses anything doubtful, naming the
 * line: a missing notice or basis, a date outside the file's year, overlapping holiday periods, a
 * make-up working day that is not a weekend, a date that is both a holiday and a working day, a
 * holiday period that covers no day that would otherwise be worked (a typo: the notices only list
 * periods that take working days off). A refused file is never half-loaded.
 */
final class CalendarFileParser {

  private CalendarFileParser() {}

  static CalendarYear parse(InputStream in, String source) {
    Node root;
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new CalendarFileException(at(source, line) + "不是正确的 YAML 格式", e);
    } catch (IOException | RuntimeException e) {
      throw new CalendarFileException(file(source) + "无法读取，请检查文件编码（应为 UTF-8）和格式", e);
    }
    if (!(root instanceof MappingNode file)) {
      throw new CalendarFileException(file(source) + "为空或格式不正确");
    }
    Map<String, Node> fields = fields(file, source);
    int year = integer(fields, file, source, "year");
    MappingNode noticeNode = mapping(fields, file, source, "notice");
    Map<String, Node> notice = fields(noticeNode, source);
    String title = text(notice, noticeNode, source, "notice.title", "title");
    String number = text(notice, noticeNode, source, "notice.number", "number");
    LocalDate issued = date(notice, noticeNode, source, "notice.issued", "issued");

    Map<LocalDate, Entry> holidays = new TreeMap<>();
    Map<LocalDate, Integer> holidayLines = new TreeMap<>();
    for (MappingNode item : sequence(fields.get("holidays"), source, "holidays")) {
      Map<String, Node> h = fields(item, source);
      int line = line(item);
      LocalDate from = date(h, item, source, "holidays.from", "from");
      LocalDate to = h.get("to") == null ? from : date(h, item, source, "holidays.to", "to");
      Entry entry = entry(h, item, source);
      if (to.isBefore(from)) {
        throw new CalendarFileException(at(source, line) + "假期的结束日期早于开始日期");
      }
      boolean takesAWorkingDayOff = false;
      for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
        inYear(day, year, source, line);
        Integer earlier = holidayLines.put(day, line);
        if (earlier != null) {
          throw new CalendarFileException(at(source, line) + "假期与第 " + earlier + " 行的假期重叠（"
              + day + "）");
        }
        holidays.put(day, entry);
        takesAWorkingDayOff |= !weekend(day);
      }
      if (!takesAWorkingDayOff) {
        throw new CalendarFileException(at(source, line) + "假期（" + from + " 至 " + to
            + "）全部是周末，没有占用原本的工作日，请核对日期");
      }
    }
    Map<LocalDate, Entry> workdays = new TreeMap<>();
    Map<LocalDate, Integer> workdayLines = new TreeMap<>();
    for (MappingNode item : sequence(fields.get("workdays"), source, "workdays")) {
      Map<String, Node> w = fields(item, source);
      int line = line(item);
      LocalDate day = date(w, item, source, "workdays.date", "date");
      Entry entry = entry(w, item, source);
      inYear(day, year, source, line);
      if (!weekend(day)) {
        throw new CalendarFileException(at(source, line) + "调休上班日 " + day + " 不是周六或周日");
      }
      if (holidays.containsKey(day)) {
        throw new CalendarFileException(at(source, line) + day + " 既是调休上班日，又在第 " + holidayLines.get(day)
            + " 行列为假日");
      }
      Integer earlier = workdayLines.put(day, line);
      if (earlier != null) {
        throw new CalendarFileException(at(source, line) + "调休上班日 " + day + " 与第 " + earlier + " 行重复");
      }
      workdays.put(day, entry);
    }
    return new CalendarYear(year, title, number, issued,
        Collections.unmodifiableMap(holidays), Collections.unmodifiableMap(workdays), source);
  }

  private static boolean weekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static String at(String source, int line) {
    return line > 0 ? file(source) + "第 " + line + " 行：" : file(source).trim() + "：";
  }

  private static String file(String source) {
    return source.isEmpty() ? "日历文件" : "日历文件 " + source + " ";
  }

  private static int line(Node node) {
    return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
  }

  private static Entry entry(Map<String, Node> item, Node node, String source) {
    String name = text(item, node, source, "name", "name");
    String basis = text(item, node, source, "basis", "basis");
    return new Entry(name, basis);
  }

  private static void inYear(LocalDate day, int year, String source, int line) {
    if (day.getYear() != year) {
      throw new CalendarFileException(at(source, line) + "日期 " + day + " 不在 " + year + " 年内");
    }
  }

  private static Map<String, Node> fields(MappingNode node, String source) {
    Map<String, Node> fields = new LinkedHashMap<>();
    for (NodeTuple tuple : node.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key) {
        if (fields.put(key.getValue(), tuple.getValueNode()) != null) {
          throw new CalendarFileException(at(source, line(key)) + "有重复的字段");
        }
      }
    }
    return fields;
  }

  private static int integer(Map<String, Node> fields, Node parent, String source, String key) {
    Node value = fields.get(key);
    if (value instanceof ScalarNode s) {
      try {
        return Integer.parseInt(s.getValue().trim());
      } catch (NumberFormatException e) {
        throw new CalendarFileException(at(source, line(s)) + "字段 " + key + " 应为四位年份");
      }
    }
    throw new CalendarFileException(at(source, line(value == null ? parent : value)) + "缺少整数字段 " + key);
  }

  private static String text(Map<String, Node> fields, Node parent, String source, String label, String key) {
    Node value = fields.get(key);
    if (value instanceof ScalarNode s && !s.getValue().isBlank()) {
      return s.getValue().trim();
    }
    throw new CalendarFileException(at(source, line(value == null ? parent : value)) + "缺少字段 " + label);
  }

  private static LocalDate date(Map<String, Node> fields, Node parent, String source, String label, String key) {
    String text = text(fields, parent, source, label, key);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CalendarFileException(at(source, line(fields.get(key))) + "字段 " + label + " 不是 yyyy-MM-dd 格式的日期", e);
    }
  }

  private static MappingNode mapping(Map<String, Node> fields, Node parent, String source, String key) {
    Node value = fields.get(key);
    if (value instanceof MappingNode m) {
      return m;
    }
    throw new CalendarFileException(at(source, line(value == null ? parent : value)) + "缺少字段 " + key);
  }

  private static java.util.List<MappingNode> sequence(Node value, String source, String key) {
    if (value == null || value instanceof ScalarNode s && s.getValue().isEmpty()) {
      return java.util.List.of();
    }
    if (value instanceof SequenceNode seq) {
      java.util.List<MappingNode> items = new java.util.ArrayList<>();
      for (Node item : seq.getValue()) {
        if (!(item instanceof MappingNode m)) {
          throw new CalendarFileException(at(source, line(item)) + "字段 " + key + " 的每一项应包含日期、名称和依据");
        }
        items.add(m);
      }
      return items;
    }
    throw new CalendarFileException(at(source, line(value)) + "字段 " + key + " 应为列表");
  }
}
