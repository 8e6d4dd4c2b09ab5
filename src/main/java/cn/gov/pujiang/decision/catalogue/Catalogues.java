package cn.gov.pujiang.decision.catalogue;

import cn.gov.pujiang.decision.refusal.Quote;
import cn.gov.pujiang.decision.catalogue.CatalogueProcess.Vars;
import cn.gov.pujiang.decision.lifecycle.Procedure;
import cn.gov.pujiang.decision.organisation.Unit;
import cn.gov.pujiang.decision.organisation.UnitRepository;
import cn.gov.pujiang.decision.process.CommonVariables;
import cn.gov.pujiang.decision.process.Actors;
import cn.gov.pujiang.decision.process.EngineClock;
import cn.gov.pujiang.decision.refusal.Refusal;
import cn.gov.pujiang.decision.refusal.TextRules;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual catalogues, their items and adjustments. Refusals a user can act on are {@link
 * Refusal}s with a Chinese message naming the field; the approval steps themselves run in the
 * decision-catalogue and catalogue-adjustment processes, whose delegates call the package-private
 * methods at the bottom.
 */
@Service
public class Catalogues {

  static final int MAX_TITLE = 200;
  static final int MAX_ORGANISING_UNIT = 100;
  static final int MAX_TEXT = 2000;
  /** A planned completion lies within the catalogue year and the following ten (a sane range, not a rule of law). */
  static final int MAX_PLANNED_YEARS = 10;

  private final CatalogueRepository catalogues;
  private final CatalogueItemRepository items;
  private final CatalogueAdjustmentRepository adjustments;
  private final UnitRepository units;
  private final CatalogueRules rules;
  private final EngineClock clock;
  private final Actors actors;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ProcessEngineConfigurationImpl engineConfiguration;

  public Catalogues(
      CatalogueRepository catalogues,
      CatalogueItemRepository items,
      CatalogueAdjustmentRepository adjustments,
      UnitRepository units,
      CatalogueRules rules,
      EngineClock clock,
      Actors actors,
      RuntimeService runtimeService,
      TaskService taskService,
      ProcessEngine processEngine) {
    this.catalogues = catalogues;
    this.items = items;
    this.adjustments = adjustments;
    this.units = units;
    this.rules = rules;
    this.clock = clock;
    this.actors = actors;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.engineConfiguration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
  }

  // ---- catalogues ----------------------------------------------------------------------------

  /** Opens a unit's catalogue for a year and starts its decision-catalogue process (编制). */
  @Transactional
  public Catalogue open(String unitCode, Integer year) {
    Unit unit = unit(unitCode);
    if (year == null) {
      throw Refusal.invalid("year", "请填写目录年度");
    }
    if (year < 2000 || year > 2100) {
      throw Refusal.invalid("year", "目录年度应为四位年份，例如 2026");
    }
    if (catalogues.findByUnitCodeAndYear(unitCode, year).isPresent()) {
      throw Refusal.conflict("CATALOGUE_EXISTS", unit.getName() + year + "年度决策事项目录已存在");
    }
    Catalogue catalogue =
        catalogues.saveAndFlush(
            new Catalogue(unitCode, year, rules.approvalBody(unit.isCounty()), actors.current(), clock.now()));
    Map<String, Object> vars = new HashMap<>();
    vars.put(Vars.CATALOGUE_ID, catalogue.getId());
    vars.put(Vars.CATALOGUE_UNIT, unitCode);
    // Tasklist shows the unit's Chinese name under each task (TaskFilters), never its code.
    vars.put(CommonVariables.DECISION_UNIT_NAME, unit.getName());
    vars.put(Vars.CATALOGUE_YEAR, year);
    vars.put(Vars.APPROVAL_BODY, catalogue.getApprovalBody());
    ProcessInstance pi =
        startAsTheApplication(CatalogueProcess.KEY, catalogue.businessKey(), vars);
    catalogue.attachProcess(pi.getId());
    return catalogue;
  }

  @Transactional(readOnly = true)
  public Catalogue get(long id) {
    return catalogues.findById(id).orElseThrow(() -> Refusal.notFound("目录不存在：" + id));
  }

  @Transactional(readOnly = true)
  public List<Catalogue> list(String unitCode, Integer year) {
    requireYearFilter(year);
    if (unitCode != null && !unitCode.isBlank()) {
      unit(unitCode);
      return year == null
          ? catalogues.findByUnitCodeOrderByYearDesc(unitCode)
          : catalogues.findByUnitCodeAndYear(unitCode, year).stream().toList();
    }
    return year == null ? catalogues.findAllByOrderByYearDescUnitCodeAsc() : catalogues.findByYearOrderByUnitCode(year);
  }

  /** Completes the compilation task: the catalogue goes to the approving meeting. */
  @Transactional
  public Catalogue submit(long catalogueId, String compilationNote) {
    Catalogue catalogue = get(catalogueId);
    if (catalogue.getStatus() != CatalogueStatus.COMPILING) {
      throw Refusal.conflict("NOT_COMPILING", "目录当前状态为“" + catalogue.getStatus().label() + "”，不能提交审议");
    }
    if (items.countByCatalogueId(catalogueId) == 0) {
      throw Refusal.invalid("items", "目录中尚无事项，不能提交审议");
    }
    if (compilationNote == null || compilationNote.isBlank()) {
      throw Refusal.invalid("compilationNote", "请填写编制说明（事项征集、筛选和征求意见情况）");
    }
    if (compilationNote.length() > MAX_TEXT) {
      throw Refusal.invalid("compilationNote", "编制说明不得超过" + MAX_TEXT + "个字");
    }
    TextRules.requireMultiLine("compilationNote", "编制说明", compilationNote);
    Task task =
        taskService.createTaskQuery()
            .processInstanceBusinessKey(catalogue.businessKey())
            .taskDefinitionKey(CatalogueProcess.Elements.TASK_COMPILE)
            .singleResult();
    if (task == null) {
      if (compileTaskExists(catalogue)) {
        // The task is there but not the caller's to do (another group's, e.g. the county office's):
        // that is a permission, not a state conflict.
        throw Refusal.forbidden("该目录的“编制目录草案”任务不在您的待办中，只有负责编制该目录的人员可以提交审议");
      }
      throw Refusal.conflict("NOT_COMPILING", "目录的编制任务不存在，请刷新后再试");
    }
    taskService.complete(
        task.getId(), Map.of(Vars.COMPILATION_NOTE, compilationNote.trim(), Vars.ITEMS_CONFIRMED, true));
    return get(catalogueId);
  }

  // ---- items ---------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public List<CatalogueItem> items(long catalogueId) {
    get(catalogueId);
    return items.findByCatalogueIdOrderBySeq(catalogueId);
  }

  @Transactional(readOnly = true)
  public CatalogueItem item(long itemId) {
    return items.findById(itemId).orElseThrow(() -> Refusal.notFound("目录事项不存在：" + itemId));
  }

  @Transactional(readOnly = true)
  public java.util.Optional<CatalogueItem> findItem(String itemNo) {
    return itemNo == null ? java.util.Optional.empty() : items.findByItemNo(itemNo.trim());
  }

  /** Adds an item while the catalogue is being compiled; later additions go through an adjustment. */
  @Transactional
  public CatalogueItem addItem(long catalogueId, ItemInput input) {
    Catalogue catalogue = get(catalogueId);
    requireCompiling(catalogue);
    ItemContent content = validate(input, catalogue);
    if (items.existsByCatalogueIdAndTitle(catalogueId, content.title())) {
      throw duplicateTitle(content.title());
    }
    return items.saveAndFlush(
        new CatalogueItem(
            catalogue, items.maxSeq(catalogueId) + 1, content, ItemOrigin.COMPILED, actors.current(), clock.now()));
  }

  /**
   * Changes an item while its catalogue is being compiled. {@code expectedVersion} is the version
   * the editor read: if someone saved in between, the edit is refused with 409 and nothing of
   * either edit is lost (the first is stored, the second is returned to its author).
   */
  @Transactional
  public CatalogueItem updateItem(long itemId, Long expectedVersion, ItemInput input) {
    CatalogueItem item = item(itemId);
    Catalogue catalogue = get(item.getCatalogueId());
    if (expectedVersion == null) {
      throw Refusal.invalid("version", "请提供读取事项时得到的版本号（version 或 If-Match），以免覆盖他人的修改");
    }
    if (expectedVersion != item.getVersion()) {
      throw Refusal.conflict("CONCURRENT_CHANGE", "该事项已被他人修改，请刷新后重新操作，您的修改未保存");
    }
    requireCompiling(catalogue);
    ItemContent content = validate(input, catalogue);
    if (items.existsByCatalogueIdAndTitleAndIdNot(catalogue.getId(), content.title(), itemId)) {
      throw duplicateTitle(content.title());
    }
    item.apply(content, clock.now());
    items.flush();
    return item;
  }

  // ---- adjustments ---------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public List<CatalogueAdjustment> adjustments(long catalogueId) {
    get(catalogueId);
    return adjustments.findByCatalogueIdOrderByRequestedAtAscIdAsc(catalogueId);
  }

  @Transactional(readOnly = true)
  public CatalogueAdjustment adjustment(long adjustmentId) {
    return adjustments.findById(adjustmentId).orElseThrow(() -> Refusal.notFound("目录调整申请不存在：" + adjustmentId));
  }

  /** Asks for a change to a published catalogue; it takes effect only when approved. */
  @Transactional
  public CatalogueAdjustment requestAdjustment(long catalogueId, AdjustmentInput input) {
    Catalogue catalogue = get(catalogueId);
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
    String reason = requiredText(input.reason(), "reason", "调整理由", MAX_TEXT);
    OffsetDateTime now = clock.now();
    CatalogueAdjustment adjustment;
    if (kind == AdjustmentKind.ADD) {
      if (input.item() == null) {
        throw Refusal.invalid("item", "新增事项须填写事项内容");
      }
      ItemContent content = validate(input.item(), catalogue);
      if (items.existsByCatalogueIdAndTitle(catalogueId, content.title())
          || adjustments.existsByCatalogueIdAndKindAndProposedTitleAndStatus(
              catalogueId, AdjustmentKind.ADD, content.title(), AdjustmentStatus.PENDING)) {
        throw duplicateTitle(content.title());
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
        if (input.newCompletion().getYear() > catalogue.getYear() + MAX_PLANNED_YEARS) {
          throw Refusal.invalid("newCompletion",
              "新的计划完成时间不得晚于" + (catalogue.getYear() + MAX_PLANNED_YEARS) + "年底（目录年度后" + MAX_PLANNED_YEARS + "年内）");
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
        startAsTheApplication(CatalogueProcess.ADJUSTMENT_KEY, adjustment.businessKey(), vars);
    adjustment.attachProcess(pi.getId());
    return adjustment;
  }

  private CatalogueItem adjustableItem(Catalogue catalogue, String itemNo) {
    if (itemNo == null || itemNo.isBlank()) {
      throw Refusal.invalid("itemNo", "撤销或延期须指明目录事项编号");
    }
    CatalogueItem item =
        items.findByItemNo(itemNo.trim())
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

  // ---- engine side (delegates and listeners) -------------------------------------------------

  /** A readable list of the items, shown read-only in the approval forms. */
  @Transactional(readOnly = true)
  public String summary(long catalogueId) {
    Catalogue catalogue = get(catalogueId);
    StringBuilder text = new StringBuilder();
    text.append(unitName(catalogue.getUnitCode())).append(catalogue.getYear()).append("年度重大行政决策事项目录\n");
    for (CatalogueItem item : items.findByCatalogueIdOrderBySeq(catalogueId)) {
      text.append(item.getSeq()).append(". ").append(item.getTitle())
          .append("（承办单位：").append(item.getOrganisingUnit())
          .append("；计划完成：").append(item.getPlannedCompletion())
          .append("；履行程序：").append(String.join("、", ItemContent.labels(item.getPlannedProcedures())))
          .append("）\n    依据和理由：").append(item.getLegalBasis()).append('\n');
    }
    return text.toString();
  }

  @Transactional
  void markSubmitted(long catalogueId) {
    Catalogue catalogue = get(catalogueId);
    if (items.countByCatalogueId(catalogueId) == 0) {
      throw new cn.gov.pujiang.decision.process.ProcedureViolation("目录中尚无事项，不能提交审议");
    }
    catalogue.submitForApproval(clock.now());
  }

  @Transactional
  void recordApproval(long catalogueId, boolean approved, String note) {
    Catalogue catalogue = get(catalogueId);
    if (approved) {
      catalogue.approve(note, clock.now());
    } else {
      catalogue.returnForCompilation(note, clock.now());
    }
  }

  @Transactional
  void recordPartyConsent(long catalogueId, boolean consented, String note) {
    Catalogue catalogue = get(catalogueId);
    if (consented) {
      catalogue.recordPartyConsent(note, clock.now());
    } else {
      catalogue.returnForCompilation("同级党委未同意：" + note, clock.now());
    }
  }

  @Transactional
  void publish(long catalogueId) {
    get(catalogueId).publish(clock.now());
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
        Catalogue catalogue = get(adjustment.getCatalogueId());
        CatalogueItem item =
            items.saveAndFlush(
                new CatalogueItem(
                    catalogue, items.maxSeq(catalogue.getId()) + 1, adjustment.proposedContent(),
                    ItemOrigin.ADJUSTMENT, adjustment.getRequestedBy(), now));
        createdItemId = item.getId();
      }
      case WITHDRAW -> item(adjustment.getItemId()).withdraw(now);
      case POSTPONE -> item(adjustment.getItemId()).postpone(adjustment.getNewCompletion(), now);
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
      return items.existsByCatalogueIdAndTitle(adjustment.getCatalogueId(), adjustment.getProposedTitle())
          ? "目录中已有同名事项“" + adjustment.getProposedTitle() + "”" : null;
    }
    CatalogueItem item = item(adjustment.getItemId());
    return item.getStatus() == ItemStatus.PLANNED
        ? null : "事项 " + item.getItemNo() + " 已" + item.getStatus().label() + "，不能再撤销或延期";
  }

  /** Marks the item as started by a decision; called in the transaction that registers it. */
  @Transactional
  public void markStarted(CatalogueItem item) {
    items.findById(item.getId()).orElseThrow().markStarted(clock.now());
  }

  public String describe(CatalogueAdjustment a) {
    return switch (a.getKind()) {
      case ADD -> "新增事项：" + a.getProposedTitle() + "（承办单位：" + a.getProposedOrganisingUnit()
          + "；计划完成：" + a.getProposedCompletion() + "；依据和理由：" + a.getProposedLegalBasis()
          + "）。调整理由：" + a.getReason();
      case WITHDRAW -> "撤销事项 " + item(a.getItemId()).getItemNo() + " " + item(a.getItemId()).getTitle()
          + "。调整理由：" + a.getReason();
      case POSTPONE -> "延期办理事项 " + item(a.getItemId()).getItemNo() + " " + item(a.getItemId()).getTitle()
          + "：计划完成时间由 " + item(a.getItemId()).getPlannedCompletion() + " 改为 " + a.getNewCompletion()
          + "。调整理由：" + a.getReason();
    };
  }

  // ---- checks --------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  /**
   * Starts a catalogue process for the unit the caller was already checked for
   * ({@code CatalogueAccess} at the API). The engine does not grant anyone CREATE_INSTANCE on the
   * catalogue processes, so that they cannot be started through /engine-rest with a made-up unit;
   * the application starts them, with the user still recorded as the one who started it.
   */
  /** Whether the catalogue's compile task exists, whoever may see it. */
  private boolean compileTaskExists(Catalogue catalogue) {
    return engineConfiguration.getCommandExecutorTxRequired().execute(commandContext -> {
      boolean checking = commandContext.isAuthorizationCheckEnabled();
      commandContext.disableAuthorizationCheck();
      try {
        return taskService.createTaskQuery()
            .processInstanceBusinessKey(catalogue.businessKey())
            .taskDefinitionKey(CatalogueProcess.Elements.TASK_COMPILE)
            .count() > 0;
      } finally {
        if (checking) {
          commandContext.enableAuthorizationCheck();
        }
      }
    });
  }

  private ProcessInstance startAsTheApplication(String key, String businessKey, Map<String, Object> vars) {
    return engineConfiguration.getCommandExecutorTxRequired().execute(commandContext -> {
      boolean checking = commandContext.isAuthorizationCheckEnabled();
      commandContext.disableAuthorizationCheck();
      try {
        return runtimeService.startProcessInstanceByKey(key, businessKey, vars);
      } finally {
        if (checking) {
          commandContext.enableAuthorizationCheck();
        }
      }
    });
  }

  /** A year filter is a four-digit year of the catalogues' range, or absent. */
  public static void requireYearFilter(Integer year) {
    if (year != null && (year < 2000 || year > 2100)) {
      throw Refusal.invalid("year", "年度应为2000至2100之间的四位数字");
    }
  }

  public Unit unit(String unitCode) {
    if (unitCode == null || unitCode.isBlank()) {
      throw Refusal.invalid("unitCode", "请选择决策机关");
    }
    // Codes are matched exactly: a code with spaces is not a code (it would pass a trimmed look-up
    // and then fail the foreign key on insert, or silently match nothing in a filter).
    return units.findById(unitCode)
        .orElseThrow(() -> Refusal.invalid("unitCode", "决策机关不存在：" + Quote.of(unitCode) + "，请从列表中选择"));
  }

  String unitName(String unitCode) {
    return units.findById(unitCode).map(Unit::getName).orElse(unitCode);
  }

  private static void requireCompiling(Catalogue catalogue) {
    if (catalogue.getStatus() != CatalogueStatus.COMPILING) {
      throw Refusal.conflict(
          "NOT_COMPILING",
          "目录当前状态为“" + catalogue.getStatus().label() + "”，事项不能直接修改；已公布目录的新增、撤销、延期须提出调整申请并经批准");
    }
  }

  static ItemContent validate(ItemInput input, Catalogue catalogue) {
    if (input == null) {
      throw Refusal.invalid("title", "请填写事项内容");
    }
    String title = requiredText(input.title(), "title", "事项名称", MAX_TITLE);
    String organisingUnit = requiredText(input.organisingUnit(), "organisingUnit", "承办单位", MAX_ORGANISING_UNIT);
    String legalBasis = requiredText(input.legalBasis(), "legalBasis", "法律政策依据和列入目录的理由", MAX_TEXT);
    Set<Procedure> procedures = EnumSet.noneOf(Procedure.class);
    if (input.plannedProcedures() != null) {
      if (input.plannedProcedures().size() > Procedure.values().length) {
        throw Refusal.invalid("plannedProcedures", "履行程序要求最多" + Procedure.values().length + "项，且不得重复");
      }
      for (String code : input.plannedProcedures()) {
        try {
          if (!procedures.add(Procedure.valueOf(code == null ? "" : code))) {
            throw Refusal.invalid("plannedProcedures", "履行程序要求中有重复的程序：" + code);
          }
        } catch (IllegalArgumentException e) {
          throw Refusal.invalid(
              "plannedProcedures",
              "履行程序要求中有无法识别的程序：" + Quote.of(code) + "；可选："
                  + EnumSet.allOf(Procedure.class).stream().map(p -> p.name() + "（" + p.label() + "）")
                      .collect(Collectors.joining("、")));
        }
      }
    }
    LocalDate completion = input.plannedCompletion();
    if (completion == null) {
      throw Refusal.invalid("plannedCompletion", "请填写计划完成时间");
    }
    if (completion.getYear() < catalogue.getYear()) {
      throw Refusal.invalid("plannedCompletion", "计划完成时间不得早于" + catalogue.getYear() + "年");
    }
    if (completion.getYear() > catalogue.getYear() + MAX_PLANNED_YEARS) {
      throw Refusal.invalid("plannedCompletion",
          "计划完成时间不得晚于" + (catalogue.getYear() + MAX_PLANNED_YEARS) + "年底（目录年度后" + MAX_PLANNED_YEARS + "年内）");
    }
    return new ItemContent(title, organisingUnit, legalBasis, procedures, completion);
  }

  private static String requiredText(String value, String field, String label, int max) {
    if (value == null || value.isBlank()) {
      throw Refusal.invalid(field, "请填写" + label);
    }
    String trimmed = value.trim();
    if (max >= MAX_TEXT) {
      TextRules.requireMultiLine(field, label, trimmed);
    } else {
      TextRules.requireOneLine(field, label, trimmed);
    }
    if (trimmed.length() > max) {
      throw Refusal.invalid(field, label + "不得超过" + max + "个字（现为" + trimmed.length() + "个字）");
    }
    return trimmed;
  }

  private static Refusal duplicateTitle(String title) {
    return Refusal.invalid("title", "本目录中已有同名事项“" + Quote.of(title) + "”，同一目录中事项名称不得重复");
  }
}
