package cn.gov.pujiang.decision.catalogue;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** A request to change a published catalogue (目录调整申请). */
@Schema(description = "目录调整申请")
public record AdjustmentInput(
    @Schema(description = "调整类型：ADD 新增事项，WITHDRAW 撤销事项，POSTPONE 延期办理", example = "ADD") String kind,
    @Schema(description = "撤销或延期的目录事项编号", example = "baima-2026-C01") String itemNo,
    @Schema(description = "调整理由") String reason,
    @Schema(description = "延期办理时新的计划完成时间") LocalDate newCompletion,
    @Schema(description = "新增事项的内容") ItemInput item) {}
