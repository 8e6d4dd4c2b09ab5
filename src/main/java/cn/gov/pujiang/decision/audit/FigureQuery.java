package cn.gov.pujiang.decision.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The year and unit of an audit figure (statistics, task actions) as query parameters, bound and checked
 * by Spring and Bean Validation; no year means the engine clock's current year.
 */
public record FigureQuery(
    @Schema(description = "统计年度，默认当年")
        @Min(value = 2000, message = "年度应为2000至2100之间的四位数字")
        @Max(value = 2100, message = "年度应为2000至2100之间的四位数字") Integer year,
    @Schema(description = "决策机关代码，不填为全部") String unit) {

  String unitOrNull() {
    return DecisionQuery.blankToNull(unit);
  }
}
