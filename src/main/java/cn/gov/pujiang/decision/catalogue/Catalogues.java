package cn.gov.pujiang.decision.catalogue;

import cn.gov.pujiang.decision.catalogue.CatalogueProcess.Vars;
import cn.gov.pujiang.decision.organisation.Unit;
import cn.gov.pujiang.decision.organisation.UnitRepository;
import cn.gov.pujiang.decision.engine.Actors;
import cn.gov.pujiang.decision.engine.AsApplication;
import cn.gov.pujiang.decision.engine.CommonVariables;
import cn.gov.pujiang.decision.engine.EngineClock;
import cn.gov.pujiang.decision.engine.ProcedureViolation;
import cn.gov.pujiang.decision.engine.StartAsApplication;
import cn.gov.pujiang.decision.refusal.Quote;
import cn.gov.pujiang.decision.refusal.Refusal;
import cn.gov.pujiang.decision.refusal.TextRules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual catalogues' lifecycle: opened, compiled and submitted here, approved and published in the
 * decision-catalogue process, whose delegates and listeners call the package-private methods. Items are
 * {@link CatalogueItems}, adjustments of a published catalogue {@link CatalogueAdjustments}. Refusals a
 * user can act on are {@link Refusal}s with a Chinese message naming the field.
 */
@Service
public class Catalogues {

  private final CatalogueRepository catalogues;
  private final CatalogueItemRepository items;
  private final UnitRepository units;
  private final CatalogueRules rules;
  private final EngineClock clock;
  private final Actors actors;
  private final TaskService taskService;
  private final ProcessEngine engine;
  private final StartAsApplication startAsApplication;

  public Catalogues(
      CatalogueRepository catalogues,
      CatalogueItemRepository items,
      UnitRepository units,
      CatalogueRules rules,
      EngineClock clock,
      Actors actors,
      TaskService taskService,
      ProcessEngine engine,
      StartAsApplication startAsApplication) {
    this.catalogues = catalogues;
    this.items = items;
    this.units = units;
    this.rules = rules;
    this.clock = clock;
    this.actors = actors;
    this.taskService = taskService;
    this.engine = engine;
    this.startAsApplication = startAsApplication;
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
        startAsApplication.start(CatalogueProcess.KEY, catalogue.businessKey(), vars);
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
    if (compilationNote.length() > CatalogueItems.MAX_TEXT) {
      throw Refusal.invalid("compilationNote", "编制说明不得超过" + CatalogueItems.MAX_TEXT + "个字");
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
      throw new ProcedureViolation("目录中尚无事项，不能提交审议");
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






  // ---- checks --------------------------------------------------------------------------------

  /**
   * Whether the catalogue's compile task exists, whoever may see it: read as the application, since the
   * caller has just been told it is not in their own task list.
   */
  private boolean compileTaskExists(Catalogue catalogue) {
    return AsApplication.run(engine, () -> taskService.createTaskQuery()
        .processInstanceBusinessKey(catalogue.businessKey())
        .taskDefinitionKey(CatalogueProcess.Elements.TASK_COMPILE)
        .count() > 0);
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




}
