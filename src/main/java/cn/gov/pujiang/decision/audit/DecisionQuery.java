package cn.gov.pujiang.decision.audit;

import cn.gov.pujiang.decision.register.DecisionOutcome;
import cn.gov.pujiang.decision.register.DecisionStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The auditor's search conditions as query parameters (GET /api/audit/decisions and its export). Spring
 * binds and converts them, Bean Validation checks them; a value that is not of its type or breaks a rule is
 * answered with 400 and a Chinese message naming the parameter (web/ApiExceptionHandler), never with the
 * value itself. Whether the unit exists is the controller's question (it needs the database).
 */
public record DecisionQuery(
    @Schema(description = "决策机关代码") String unit,
    @Schema(description = "登记年度") Integer year,
    @Schema(description = "所处阶段") DecisionStatus stage,
    @Schema(description = "办理状态") AuditCriteria.State state,
    @Schema(description = "决策结果") DecisionOutcome outcome,
    @Schema(description = "起始日期（年-月-日）") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        @InYearRange(message = "起始日期应在2000年至2100年之间") LocalDate from,
    @Schema(description = "截止日期（年-月-日）") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        @InYearRange(message = "截止日期应在2000年至2100年之间") LocalDate to,
    @Schema(description = "名称关键词") @Size(max = 100, message = "名称关键词不能超过100个字") String q,
    @Schema(description = "合规条件") ComplianceFlag flag,
    @Schema(description = "逾期所在的阶段流程标识")
        @Pattern(regexp = "\\s*|[a-z][a-z0-9-]{0,63}", message = "阶段流程标识无效") String overdueIn,
    @Schema(description = "目录事项编号") @Size(max = 40, message = "目录事项编号不能超过40个字符") String catalogueItem,
    @Schema(description = "是否目录外启动") Boolean outsideCatalogue,
    @Schema(description = "目录年度") Integer catalogueYear) {

  AuditCriteria criteria() {
    return new AuditCriteria(blankToNull(unit), year, stage, state, outcome, from, to, blankToNull(q), flag,
        blankToNull(overdueIn), blankToNull(catalogueItem), outsideCatalogue, catalogueYear);
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
