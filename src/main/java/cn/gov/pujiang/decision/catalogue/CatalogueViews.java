package cn.gov.pujiang.decision.catalogue;

import cn.gov.pujiang.decision.register.Decision;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** What the catalogue API returns: flat records with Chinese labels next to the codes. */
public final class CatalogueViews {

  private CatalogueViews() {}

  public static String dossierUrl(String decisionNo) {
    return "/app/dossier.html?no=" + decisionNo;
  }

  @Schema(description = "年度决策事项目录")
  public record CatalogueView(
      Long id, String unitCode, String unitName, int year, String status, String statusLabel,
      String approvalBody, String approvalNote, OffsetDateTime approvedAt, String partyConsentNote,
      OffsetDateTime publishedAt, String createdBy, OffsetDateTime createdAt, long version) {

    static CatalogueView of(Catalogue c, String unitName) {
      return new CatalogueView(
          c.getId(), c.getUnitCode(), unitName, c.getYear(), c.getStatus().name(), c.getStatus().label(),
          c.getApprovalBody(), c.getApprovalNote(), c.getApprovedAt(), c.getPartyConsentNote(), c.getPublishedAt(),
          c.getCreatedBy(), c.getCreatedAt(), c.getVersion());
    }
  }

  @Schema(description = "目录事项")
  public record ItemView(
      Long id, Long catalogueId, String itemNo, int seq, String title, String organisingUnit, String legalBasis,
      List<String> plannedProcedures, List<String> plannedProcedureLabels, LocalDate plannedCompletion,
      String status, String statusLabel, String origin, long version) {

    static ItemView of(CatalogueItem i) {
      return new ItemView(
          i.getId(), i.getCatalogueId(), i.getItemNo(), i.getSeq(), i.getTitle(), i.getOrganisingUnit(),
          i.getLegalBasis(),
          i.getPlannedProcedures().isBlank() ? List.of() : Arrays.asList(i.getPlannedProcedures().split(",")),
          ItemContent.labels(i.getPlannedProcedures()), i.getPlannedCompletion(), i.getStatus().name(),
          i.getStatus().label(), i.getOrigin().name(), i.getVersion());
    }
  }

  @Schema(description = "目录调整申请")
  public record AdjustmentView(
      Long id, Long catalogueId, String kind, String kindLabel, String itemNo, String summary, String reason,
      LocalDate newCompletion, String status, String statusLabel, String requestedBy, OffsetDateTime requestedAt,
      String decidedBy, OffsetDateTime decidedAt, String decisionOpinion) {

    static AdjustmentView of(CatalogueAdjustment a, String itemNo, String summary) {
      return new AdjustmentView(
          a.getId(), a.getCatalogueId(), a.getKind().name(), a.getKind().label(), itemNo, summary, a.getReason(),
          a.getNewCompletion(), a.getStatus().name(), a.getStatus().label(), a.getRequestedBy(), a.getRequestedAt(),
          a.getDecidedBy(), a.getDecidedAt(), a.getDecisionOpinion());
    }
  }

  @Schema(description = "决策事项")
  public record DecisionView(
      String decisionNo, String title, String unitCode, String status, String statusLabel, String outcome,
      String outcomeLabel, String catalogueItemNo, String emergencyReason, List<String> currentActivities,
      OffsetDateTime dueDate, String dossierUrl, String createdBy, OffsetDateTime createdAt,
      @Schema(description = "最早的办理期限及剩余工作日，例如 2026-12-16（剩余 5 个工作日）；节假日安排未载入时标注暂定")
      String dueDateText) {

    static DecisionView of(Decision d, String itemNo, DecisionProgress.Progress progress) {
      return new DecisionView(
          d.getDecisionNo(), d.getTitle(), d.getUnitCode(), d.getStatus().name(), d.getStatus().label(),
          d.getOutcome() == null ? null : d.getOutcome().name(),
          d.getOutcome() == null ? null : d.getOutcome().label(), itemNo, d.getEmergencyReason(),
          progress.currentActivities(), progress.dueDate(), CatalogueViews.dossierUrl(d.getDecisionNo()), d.getCreatedBy(),
          d.getCreatedAt(), progress.dueDateText());
    }
  }

  @Schema(description = "目录看板中的一个事项：事项及其决策的当前阶段、期限和案卷链接")
  public record BoardItem(ItemView item, DecisionView decision) {}

  @Schema(description = "目录看板")
  public record Board(
      CatalogueView catalogue, List<BoardItem> items, List<DecisionView> outsideCatalogue,
      List<AdjustmentView> adjustments) {}

  @Schema(description = "决策机关")
  public record UnitView(String code, String name, String kind) {}
}
