package cn.gov.pujiang.decision.catalogue;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * A catalogue item as a clerk submits it. Checked by {@link CatalogueItems} with a Chinese message per
 * field, because the same rules apply to items proposed by an adjustment.
 */
@Schema(description = "目录事项")
public record ItemInput(
    @Schema(description = "事项名称，不超过200字", example = "白马镇农贸市场改造提升方案") String title,
    @Schema(description = "决策承办单位（承办科室）", example = "白马镇经济发展办公室") String organisingUnit,
    @Schema(description = "法律政策依据和列入目录的理由") String legalBasis,
    @Schema(description = "履行程序要求：PUBLIC_PARTICIPATION, HEARING, EXPERT_ARGUMENTATION, RISK_ASSESSMENT,"
        + " FAIR_COMPETITION_REVIEW 等；合法性审查和集体讨论决定为必经程序，不必列出") List<String> plannedProcedures,
    @Schema(description = "计划完成时间", example = "2026-10-31") LocalDate plannedCompletion,
    @Schema(description = "修改时必填：读取时得到的版本号（也可用 If-Match 头）") Long version) {}
