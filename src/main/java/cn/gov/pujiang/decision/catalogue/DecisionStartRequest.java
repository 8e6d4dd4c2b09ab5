package cn.gov.pujiang.decision.catalogue;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** Starting a decision by its catalogue item number or, outside the catalogue, with an emergency reason. */
@Schema(description = "发起重大行政决策")
public record DecisionStartRequest(
    @Schema(description = "决策事项名称，不超过200字") String decisionTitle,
    @Schema(description = "决策机关代码", example = "baima") String decisionUnit,
    @Schema(description = "已公布目录中的事项编号", example = "baima-2026-C01") String catalogueItemNo,
    @Schema(description = "目录外事项因紧急情况须立即启动时的紧急情况说明（不少于10字），记入决策和过程记录") String emergencyReason,
    @Schema(description = "建议提出方式", example = "DEPARTMENT") String proposerType,
    @Schema(description = "提出人或提出单位") String proposerName,
    @Schema(description = "拟解决的主要问题、建议理由和依据、初步解决方案") String proposalSummary,
    @Schema(description = "事项属性") Map<String, Boolean> attributes) {}
