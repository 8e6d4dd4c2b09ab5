package cn.gov.pujiang.decision.catalogue;

import cn.gov.pujiang.decision.lifecycle.Procedure;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a clerk enters for a catalogue item, already checked by {@link ItemContentValidator}: the
 * planned conditional procedures as a set of {@link Procedure} codes.
 */
public record ItemContent(
    String title, String organisingUnit, String legalBasis, Set<Procedure> plannedProcedures, LocalDate plannedCompletion) {

  String plannedProceduresCodes() {
    return plannedProcedures.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  static ItemContent of(String title, String organisingUnit, String legalBasis, String codes, LocalDate completion) {
    return new ItemContent(title, organisingUnit, legalBasis, parseCodes(codes), completion);
  }

  static Set<Procedure> parseCodes(String codes) {
    Set<Procedure> set = EnumSet.noneOf(Procedure.class);
    if (codes != null && !codes.isBlank()) {
      Arrays.stream(codes.split(",")).map(String::trim).map(Procedure::valueOf).forEach(set::add);
    }
    return set;
  }

  /** Chinese labels of the planned procedures, with the two that every decision goes through. */
  public static List<String> labels(String codes) {
    List<String> labels = new java.util.ArrayList<>(parseCodes(codes).stream().map(Procedure::label).toList());
    labels.add("合法性审查");
    labels.add("集体讨论决定");
    return labels;
  }
}
