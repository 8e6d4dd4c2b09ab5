package cn.gov.pujiang.decision.catalogue;

import cn.gov.pujiang.decision.catalogue.CatalogueProcess.Vars;
import cn.gov.pujiang.decision.organisation.UnitRepository;
import cn.gov.pujiang.decision.engine.Actors;
import cn.gov.pujiang.decision.engine.CommonVariables;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.engine.StartAsApplication;
import cn.gov.pujiang.decision.refusal.Quote;
import cn.gov.pujiang.decision.refusal.Refusal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adjustments of a published catalogue (adding, withdrawing or postponing an item): asked for here,
 * approved in the catalogue-adjustment process, whose delegates and listeners call the package-private
 * methods, and carried out only when approved.
 */
@Service
public class CatalogueAdjustments {

  private final Catalogues catalogues;
  private final CatalogueItems items;
  private final CatalogueItemRepository itemRepository;
  private final CatalogueAdjustmentRepository adjustments;
  private final UnitRepository units;
  private final EngineClock clock;
  private final Actors actors;
  private final StartAsApplication startAsApplication;

  public CatalogueAdjustments(
      Catalogues catalogues,
      CatalogueItems items,
      CatalogueItemRepository itemRepository,
      CatalogueAdjustmentRepository adjustments,
      UnitRepository units,
      EngineClock clock,
      Actors actors,
      StartAsApplication startAsApplication) {
    this.catalogues = catalogues;
    this.items = items;
    this.itemRepository = itemRepository;
    this.adjustments = adjustments;
    this.units = units;
    this.clock = clock;
    this.actors = actors;
    this.startAsApplication = startAsApplication;
  }

  @Transactional(readOnly = true)
  public List<CatalogueAdjustment> adjustments(long catalogueId) {
    catalogues.get(catalogueId);
    return adjustments.findByCatalogueIdOrderByRequestedAtAscIdAsc(catalogueId);
  }

  @Transactional(readOnly = true)
  public CatalogueAdjustment adjustment(long adjustmentId) {
    return adjustments.findById(adjustmentId).orElseThrow(() -> Refusal.notFound("目录调整申请不存在：" + adjustmentId));
  }

  /** Asks for a change to a published catalogue; it takes effect only when approved. */
  @Transactional
  public CatalogueAdjustment requestAdjustment(long catalogueId, AdjustmentInput input) {
    Catalogue catalogue = catalogues.get(catalogueId);
    if (catalogue.getStatus() != CatalogueStatus.PUBLISHED) {
      throw Refusal.conflict("NOT_PUBLISHED", "目录尚未公布，编制期间请直接增删改事项，不需要调整申请");
    }
    if (input.kind() == null || input.kind().isBlank()) {
      throw Refusal.invalid("kind", "请选择调整类型：新增事项（ADD）、撤销事项（WITHDRAW）或延期办理（POSTPONE）");
    }
    AdjustmentKind kind;
    try {
      kind = AdjustmentKind.valueOf(input.kind().trim());
    } catch (IllegalArgumentException e) {
      throw Refusal.invalid("kind", "调整类型无法识别：" + Quote.of(input.kind()) + "，应为 ADD、WITHDRAW 或 POSTPONE");
    }
    String reason = CatalogueItems.requiredText(input.reason(), "reason", "调整理由", CatalogueItems.MAX_TEXT);
    OffsetDateTime now = clock.now();
    CatalogueAdjustment adjustment;
    if (kind == AdjustmentKind.ADD) {
      if (input.item() == null) {
        throw Refusal.invalid("item", "新增事项须填写事项内容");
      }
      ItemContent content = CatalogueItems.validate(input.item(), catalogue);
      if (itemRepository.existsByCatalogueIdAndTitle(catalogueId, content.title())
          || adjustments.existsByCatalogueIdAndKindAndProposedTitleAndStatus(
              catalogueId, AdjustmentKind.ADD, content.title(), AdjustmentStatus.PENDING)) {
        throw CatalogueItems.duplicateTitle(content.title());
      }
      adjustment = CatalogueAdjustment.add(catalogueId, content, reason, actors.current(), now);
    } else {
      CatalogueItem item = adjustableItem(catalogue, input.itemNo());
      if (kind == AdjustmentKind.WITHDRAW) {
        adjustment = CatalogueAdjustment.withdraw(catalogueId, item.getId(), reason, actors.current(), now);
      } else {
        if (input.newCompletion() == null) {
          throw Refusal.invalid("newCompletion", "延期办理须填写新的计划完成时间");
        }
        if (!input.newCompletion().isAfter(item.getPlannedCompletion())) {
          throw Refusal.invalid(
              "newCompletion", "新的计划完成时间应晚于原计划完成时间（" + item.getPlannedCompletion() + "）");
        }
        if (input.newCompletion().getYear() > catalogue.getYear() + CatalogueItems.MAX_PLANNED_YEARS) {
          throw Refusal.invalid("newCompletion",
              "新的计划完成时间不得晚于" + (catalogue.getYear() + CatalogueItems.MAX_PLANNED_YEARS) + "年底（目录年度后" + CatalogueItems.MAX_PLANNED_YEARS + "年内）");
        }
        adjustment =
            CatalogueAdjustment.postpone(catalogueId, item.getId(), input.newCompletion(), reason, actors.current(), now);
      }
    }
    adjustment = adjustments.saveAndFlush(adjustment);
    Map<String, Object> vars = new HashMap<>();
    vars.put(Vars.ADJUSTMENT_ID, adjustment.getId());
    vars.put(Vars.CATALOGUE_ID, catalogueId);
    vars.put(Vars.CATALOGUE_UNIT, catalogue.getUnitCode());
    units.findById(catalogue.getUnitCode())
        .ifPresent(unit -> vars.put(CommonVariables.DECISION_UNIT_NAME, unit.getName()));
    vars.put(Vars.CATALOGUE_YEAR, catalogue.getYear());
    vars.put(Vars.ADJUSTMENT_SUMMARY, describe(adjustment));
    ProcessInstance pi =
        startAsApplication.start(CatalogueProcess.ADJUSTMENT_KEY, adjustment.businessKey(), vars);
    adjustment.attachProcess(pi.getId());
    return adjustment;
  }

  private CatalogueItem adjustableItem(Catalogue catalogue, String itemNo) {
    if (itemNo == null || itemNo.isBlank()) {
      throw Refusal.invalid("itemNo", "撤销或延期须指明目录事项编号");
    }
    CatalogueItem item =
        itemRepository.findByItemNo(itemNo.trim())
            .filter(i -> i.getCatalogueId().equals(catalogue.getId()))
            .orElseThrow(() -> Refusal.invalid("itemNo", "本目录中没有事项编号 " + Quote.of(itemNo.trim())));
    if (item.getStatus() != ItemStatus.PLANNED) {
      throw Refusal.invalid(
          "itemNo", "事项 " + item.getItemNo() + " 当前状态为“" + item.getStatus().label() + "”，不能撤销或延期");
    }
    if (adjustments.existsByItemIdAndStatus(item.getId(), AdjustmentStatus.PENDING)) {
      throw Refusal.conflict("ADJUSTMENT_PENDING", "事项 " + item.getItemNo() + " 已有待审批的调整申请");
    }
    return item;
  }

  @Transactional
  void applyAdjustment(long adjustmentId, String approvedBy, String opinion) {
    CatalogueAdjustment adjustment = adjustment(adjustmentId);
    if (adjustment.getStatus() != AdjustmentStatus.PENDING) {
      return;
    }
    OffsetDateTime now = clock.now();
    Long createdItemId = null;
    switch (adjustment.getKind()) {
      case ADD -> {
        Catalogue catalogue = catalogues.get(adjustment.getCatalogueId());
        CatalogueItem item =
            itemRepository.saveAndFlush(
                new CatalogueItem(
                    catalogue, itemRepository.maxSeq(catalogue.getId()) + 1, adjustment.proposedContent(),
                    ItemOrigin.ADJUSTMENT, adjustment.getRequestedBy(), now));
        createdItemId = item.getId();
      }
      case WITHDRAW -> items.item(adjustment.getItemId()).withdraw(now);
      case POSTPONE -> items.item(adjustment.getItemId()).postpone(adjustment.getNewCompletion(), now);
    }
    adjustment.approve(createdItemId, approvedBy, opinion, now);
  }

  @Transactional
  void rejectAdjustment(long adjustmentId, String decidedBy, String opinion) {
    CatalogueAdjustment adjustment = adjustment(adjustmentId);
    if (adjustment.getStatus() == AdjustmentStatus.PENDING) {
      adjustment.reject(decidedBy, opinion, clock.now());
    }
  }

  /** Whether an adjustment can still be carried out as asked (the item may have started meanwhile). */
  @Transactional(readOnly = true)
  String obstacleTo(long adjustmentId) {
    CatalogueAdjustment adjustment = adjustment(adjustmentId);
    if (adjustment.getKind() == AdjustmentKind.ADD) {
      return itemRepository.existsByCatalogueIdAndTitle(adjustment.getCatalogueId(), adjustment.getProposedTitle())
          ? "目录中已有同名事项“" + adjustment.getProposedTitle() + "”" : null;
    }
    CatalogueItem item = items.item(adjustment.getItemId());
    return item.getStatus() == ItemStatus.PLANNED
        ? null : "事项 " + item.getItemNo() + " 已" + item.getStatus().label() + "，不能再撤销或延期";
  }

  public String describe(CatalogueAdjustment a) {
    return switch (a.getKind()) {
      case ADD -> "新增事项：" + a.getProposedTitle() + "（承办单位：" + a.getProposedOrganisingUnit()
          + "；计划完成：" + a.getProposedCompletion() + "；依据和理由：" + a.getProposedLegalBasis()
          + "）。调整理由：" + a.getReason();
      case WITHDRAW -> "撤销事项 " + items.item(a.getItemId()).getItemNo() + " " + items.item(a.getItemId()).getTitle()
          + "。调整理由：" + a.getReason();
      case POSTPONE -> "延期办理事项 " + items.item(a.getItemId()).getItemNo() + " " + items.item(a.getItemId()).getTitle()
          + "：计划完成时间由 " + items.item(a.getItemId()).getPlannedCompletion() + " 改为 " + a.getNewCompletion()
          + "。调整理由：" + a.getReason();
    };
  }
}
