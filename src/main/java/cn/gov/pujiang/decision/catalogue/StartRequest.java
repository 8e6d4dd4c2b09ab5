package cn.gov.pujiang.decision.catalogue;

import cn.gov.pujiang.decision.refusal.PlainText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * What the start form asks besides the title, unit and basis (Decree 713 Art. 10). The proposal's own
 * fields are checked by Bean Validation at the API; the proposer type is a start rule, asked by both doors
 * ({@link DecisionStartRules}).
 */
@Schema(description = "启动决策程序：决策建议")
public record StartRequest(
    @Schema(description = "建议提出方式：LEADER 决策机关领导人员，DEPARTMENT 政府部门或下一级人民政府，"
        + "DEPUTY_PROPOSAL 人大代表建议、政协委员提案，PUBLIC_WRITTEN 公民、法人或者其他组织书面提出", example = "DEPARTMENT")
        String proposerType,
    @Schema(description = "提出人或提出单位", example = "经济发展办公室")
        @NotBlank(message = "请填写提出人或提出单位")
        @Size(max = 100, message = "提出人或提出单位不得超过100个字")
        @PlainText(label = "提出人或提出单位") String proposerName,
    @Schema(description = "拟解决的主要问题、建议理由和依据、初步解决方案")
        @NotBlank(message = "请填写拟解决的主要问题、建议理由和依据、初步解决方案")
        @Size(max = 4000, message = "拟解决的主要问题、建议理由和依据、初步解决方案不得超过4000个字")
        @PlainText(label = "拟解决的主要问题、建议理由和依据、初步解决方案", multiLine = true) String proposalSummary,
    @Schema(description = "事项属性（与启动表单的勾选项相同），例如 {\"specialisedTechnical\": true}")
        Map<String, Boolean> attributes) {}
