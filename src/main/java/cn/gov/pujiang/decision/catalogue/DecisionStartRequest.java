package cn.gov.pujiang.decision.catalogue;

import cn.gov.pujiang.decision.refusal.PlainText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * Starting a decision by its catalogue item number (Decree 713 Art. 3). emergencyResponse true is
 * answered with the explanation that the procedure does not apply (Art. 3 para. 2); emergencyReason,
 * the former emergency start, is refused. The title, unit, proposer type and basis are start rules, asked by
 * both doors ({@link DecisionStartRules}); the proposal's own fields are checked here by Bean Validation.
 */
@Schema(description = "发起重大行政决策")
public record DecisionStartRequest(
    @Schema(description = "决策事项名称，不超过200字") String decisionTitle,
    @Schema(description = "决策机关代码", example = "baima") String decisionUnit,
    @Schema(description = "已公布目录中的事项编号", example = "baima-2026-C01")
        @Size(max = 40, message = "目录事项编号不能超过40个字符") String catalogueItemNo,
    @Schema(description = "是否属于突发事件应急处置决策；是的，不适用本程序，不登记决策（第三条第二款）") Boolean emergencyResponse,
    @Schema(description = "已停止：目录外事项须先申请调整目录（第三条第三款），填写本项的请求被拒绝") String emergencyReason,
    @Schema(description = "建议提出方式", example = "DEPARTMENT") String proposerType,
    @Schema(description = "提出人或提出单位")
        @NotBlank(message = "请填写提出人或提出单位")
        @Size(max = 100, message = "提出人或提出单位不得超过100个字")
        @PlainText(label = "提出人或提出单位") String proposerName,
    @Schema(description = "拟解决的主要问题、建议理由和依据、初步解决方案")
        @NotBlank(message = "请填写拟解决的主要问题、建议理由和依据、初步解决方案")
        @Size(max = 4000, message = "拟解决的主要问题、建议理由和依据、初步解决方案不得超过4000个字")
        @PlainText(label = "拟解决的主要问题、建议理由和依据、初步解决方案", multiLine = true) String proposalSummary,
    @Schema(description = "事项属性") Map<String, Boolean> attributes) {}
